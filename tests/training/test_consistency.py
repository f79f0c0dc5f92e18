"""Framing consistency (cxrtrain.consistency): view B is view A re-framed, the two-view model's
difference output is the logits' difference, and a tiny run trains and keeps the base model."""

import json
from pathlib import Path

import numpy as np
import pytest

from cxrtrain.config import AugmentConfig, ModelConfig
from cxrtrain.models import build

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "chest_xray"


def test_view_b_is_a_reframing_of_view_a():
    import tensorflow as tf

    from cxrtrain.consistency import reframe

    rng = np.random.default_rng(0)
    x = tf.constant(rng.uniform(0.2, 0.8, (8, 64, 64, 1)).astype("float32"))
    b = np.asarray(reframe(x, AugmentConfig(chain="acquisition")))
    assert b.shape == (8, 64, 64, 1)
    assert 0.0 <= b.min() and b.max() <= 1.0
    # Re-framed: not the same pixels (a cut, a border or a turn moved them).
    assert np.abs(b - np.asarray(x)).mean(axis=(1, 2, 3)).min() > 0.01


def test_the_difference_output_is_the_logit_difference():
    from cxrtrain.consistency import paired

    base = build(ModelConfig(architecture="regularised_cnn", width=4), 64)
    model, losses, weights = paired(base, 0.5)
    assert weights == {"a": 1.0, "b": 1.0, "d": 0.5} and set(losses) == {"a", "b", "d"}
    rng = np.random.default_rng(1)
    xa = rng.uniform(0, 1, (3, 64, 64, 1)).astype("float32")
    xb = rng.uniform(0, 1, (3, 64, 64, 1)).astype("float32")
    out = model({"view_a": xa, "view_b": xb}, training=False)
    pa, pb = np.asarray(base(xa, training=False)), np.asarray(base(xb, training=False))
    np.testing.assert_allclose(np.asarray(out["a"]), pa, atol=1e-5)
    np.testing.assert_allclose(np.asarray(out["b"]), pb, atol=1e-5)
    logit = lambda p: np.log(p / (1 - p))  # noqa: E731
    np.testing.assert_allclose(np.asarray(out["d"]), logit(pa) - logit(pb), atol=1e-3)


@pytest.mark.slow
@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/chest_xray is absent")
def test_a_consistency_run_keeps_the_base_model_and_can_start_from_it(tmp_path):
    import keras

    from cxrtrain.cli import main

    text = (ROOT / "tests" / "training" / "tiny.toml").read_text()
    text = text.replace("[train]\n", "[train]\nframing_consistency = 0.5\nema_momentum = 0.9\n")
    cfg = tmp_path / "pairs.toml"
    cfg.write_text(text)
    run, cache = tmp_path / "run", tmp_path / "cache"
    assert main(["train", "--config", str(cfg), "--data", str(DATA), "--out", str(run),
                 "--cache", str(cache)]) == 0
    model = keras.models.load_model(run / "best.keras", compile=False)
    assert len(model.inputs) == 1 and tuple(model.output.shape) == (None, 1)
    every = keras.models.load_model(run / "epochs" / "epoch_01.keras", compile=False)
    assert len(every.inputs) == 1  # the base model, not the two-view one
    # A second run starts from the first one's checkpoint, and records which.
    again = text.replace("[model]\n", f'[model]\ninit_from = "{run / "best.keras"}"\n')
    cfg.write_text(again)
    assert main(["train", "--config", str(cfg), "--data", str(DATA), "--out", str(tmp_path / "run2"),
                 "--cache", str(cache)]) == 0
    start = json.loads((tmp_path / "run2" / "init_from.json").read_text())
    assert start["path"] == str(run / "best.keras") and len(start["sha256"]) == 64
