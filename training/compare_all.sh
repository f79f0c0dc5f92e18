#!/usr/bin/env bash
# Trains, evaluates and exports the three comparison architectures one after another (about
# 30-40 minutes on 2 cores), then writes the comparison table with the shipped run.
# Usage: training/compare_all.sh DATA_DIR RUNS_DIR
set -euo pipefail
data=${1:?data dir}; runs=${2:?runs dir}
here=$(cd "$(dirname "$0")" && pwd)
bin=${CXRTRAIN:-cxrtrain}
for arch in dense_baseline plain_cnn separable_cnn; do
  "$bin" train --config "$here/configs/compare_$arch.toml" --data "$data" --out "$runs/$arch"
  "$bin" evaluate "$runs/$arch"
  "$bin" export "$runs/$arch" --to "$runs/$arch/edge_models"
done
