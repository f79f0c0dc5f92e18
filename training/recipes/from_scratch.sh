#!/usr/bin/env bash
# The pneumonia model from random weights, in two stages, timed (issue 20: training <= 90 minutes
# on 2 cores). Run from the repository root; writes runs/v10a and runs/v10b (runs/ is not kept in
# git) and prints each stage's wall time and the total.
#   stage 1 (training/configs/v10a.toml): 1.1.0's recipe, the children of chest_xray/train only;
#   stage 2 (training/configs/v10b.toml): stage 1's kept checkpoint on two hospitals, with 2.1.0's
#     framing augmentation.
# Then: cxrtrain checkpoint-shifts runs/v10b/epochs/epoch_*.keras --data ../shared/data --out DIR
set -euo pipefail
data=${DATA:-../shared/data}
cache=${CACHE:-runs/cache}
cxrtrain=${CXRTRAIN:-.venv/bin/cxrtrain}
start=$(date +%s)
"$cxrtrain" train --config training/configs/v10a.toml --data "$data/chest_xray" \
    --out runs/v10a --cache "$cache"
stage1=$(date +%s)
echo "stage 1: $((stage1 - start)) s"
"$cxrtrain" train --config training/configs/v10b.toml --data "$data/chest_xray" \
    --also "$data/nih_adult" --out runs/v10b --cache "$cache"
end=$(date +%s)
echo "stage 2: $((end - stage1)) s"
echo "total: $((end - start)) s (cache of decoded images included if it was empty)"
