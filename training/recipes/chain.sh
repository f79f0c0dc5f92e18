#!/usr/bin/env bash
# The shipped pneumonia model's chain (1.1.0 -> 2.0.0 -> 2.1.0 -> the 2.2.0 soup) from random
# weights as one timed recipe (issue 20: training <= 90 minutes on 2 cores). Run from the
# repository root on an idle machine; writes runs/chain/ (runs/ is not kept in git) and prints
# each step's wall time and the total. The rule it follows and what it must reach are in
# training/configs/chain_notes.md.
#   stage 1 (chain_s1.toml): 1.1.0's recipe, the children of chest_xray/train only, 18 epochs;
#   stage 2 (chain_s2.toml): v4.toml from stage 1's kept checkpoint, two hospitals, 8 epochs;
#   stage 3 (chain_s3.toml): v6.toml from stage 2's kept checkpoint, 6 epochs, the last goes on;
#   stage 4 (chain_s4.toml): v8.toml from stage 3's last epoch, 8 epochs;
#   choice: stage 4's epochs 4 to 8 under the four framings, 2.1.0's rule (cxrtrain choose);
#   soup:   the plain mean of stage 3's last epoch and stage 4's chosen one (as 2.2.0).
# Then: cxrtrain checkpoint-shifts runs/chain/soup/best.keras ... and cxrtrain export runs/chain/soup
set -euo pipefail
data=${DATA:-../shared/data}
cache=${CACHE:-runs/cache}
cxrtrain=${CXRTRAIN:-.venv/bin/cxrtrain}
out=runs/chain
mkdir -p "$out"
start=$(date +%s)
last=$start
step() {  # print the wall time of the step just finished
  local now
  now=$(date +%s)
  echo "$1: $((now - last)) s" | tee -a "$out/times.txt"
  last=$now
}
"$cxrtrain" train --config training/configs/chain_s1.toml --data "$data/chest_xray" \
    --out "$out/s1" --cache "$cache"
step "stage 1"
for n in 2 3 4; do
  "$cxrtrain" train --config "training/configs/chain_s$n.toml" --data "$data/chest_xray" \
      --also "$data/nih_adult" --out "$out/s$n" --cache "$cache"
  step "stage $n"
done
"$cxrtrain" checkpoint-shifts "$out"/s4/epochs/epoch_0[4-8].keras --data "$data" --out "$out/cs4"
"$cxrtrain" choose "$out/s4" --shifts "$out/cs4/checkpoint_shifts.json" --cache "$cache" \
    --out "$out/cs4/choice.json"
step "choice"
chosen=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['chosen'] or '')" \
    "$out/cs4/choice.json")
if [ -z "$chosen" ]; then
  echo "no stage-4 epoch passes the framing step: the recipe ends here (chain_notes.md)"
  exit 3
fi
"$cxrtrain" soup "$out/s3/epochs/epoch_06.keras" "$chosen" --run "$out/s4" --out "$out/soup" \
    --version "${VERSION:-2.3.0}"
step "soup"
echo "total: $(($(date +%s) - start)) s (cache of decoded images included if it was empty)" \
    | tee -a "$out/times.txt"
