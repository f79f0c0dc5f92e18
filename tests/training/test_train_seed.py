"""train.seed: a recipe repeated on the same split with other first weights, shuffling and
augmentation, so that the spread of one run can be measured (training/configs/chain_notes.md)."""

import json
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("tensorflow")  # cxrtrain's training side

from cxrtrain.config import TrainConfig, load_config  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "chest_xray"


def test_unset_the_training_seed_is_the_split_seed_as_before():
    assert TrainConfig().seed_for(1234) == 1234
    assert TrainConfig(seed=5).seed_for(1234) == 5
    assert load_config(ROOT / "training" / "configs" / "v8.toml").train.seed == -1


@pytest.mark.slow
@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/chest_xray is absent")
def test_another_training_seed_keeps_the_split_and_changes_the_run(tmp_path):
    import keras

    from cxrtrain.train import train

    runs = []
    for seed in (1, 2):
        cfg = load_config(ROOT / "tests" / "training" / "tiny.toml")
        cfg.train.seed = seed
        runs.append(train(cfg, DATA, tmp_path / f"run{seed}", tmp_path / "cache"))
    manifests = [json.loads((r / "manifest.json").read_text()) for r in runs]
    assert manifests[0] == manifests[1]  # the same patients in training, validation and test
    assert [json.loads((r / "config.json").read_text())["train"]["seed"] for r in runs] == [1, 2]
    first, second = (keras.models.load_model(r / "best.keras", compile=False).get_weights()
                     for r in runs)
    assert any(not np.array_equal(a, b) for a, b in zip(first, second))
