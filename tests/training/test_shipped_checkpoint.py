"""The Keras checkpoints kept in git are the shipped models' float originals (2.0.0; 2.1.0, which
started from it; 2.2.0, the mean of the two), so a later model can start from them (1.1.0's
checkpoint was never kept, and had to be read back from int8)."""

import json
from pathlib import Path

import numpy as np
import pytest

from test_warm_start import int8_scores, sample_images

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("version, epoch", [("2.0.0", 6), ("2.1.0", 8)])
def test_the_checkpoint_scores_as_the_shipped_int8_model(version, epoch):
    import keras

    checkpoint = ROOT / "training" / "checkpoints" / f"cxr-pneumonia-cnn-{version}.keras"
    shipped = ROOT / "edge_models" / "cxr-pneumonia-cnn" / version
    meta = json.loads((shipped / "metadata.json").read_text())
    assert meta["training"]["chosen"]["epoch"] == epoch
    assert len(meta["training"]["init_from"]["sha256"]) == 64
    _assert_scores_as_int8(keras.models.load_model(checkpoint, compile=False), shipped)


def test_the_shipped_soup_is_the_mean_of_the_two_kept_checkpoints():
    """2.2.0 is made again from 2.0.0's and 2.1.0's checkpoints, whose sha256 its metadata
    records: it is the float checkpoint kept for it, weight for weight, and scores as the shipped
    int8 file."""
    import hashlib

    from cxrtrain.soup import average_weights

    shipped = ROOT / "edge_models" / "cxr-pneumonia-cnn" / "2.2.0"
    meta = json.loads((shipped / "metadata.json").read_text())
    members = meta["training"]["soup"]["members"]
    paths = [ROOT / m["path"] for m in members]
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths] == [m["sha256"] for m in members]
    model = average_weights(paths)
    import keras

    kept = keras.models.load_model(ROOT / "training" / "checkpoints" / "cxr-pneumonia-cnn-2.2.0.keras",
                                   compile=False)
    for a, b in zip(model.get_weights(), kept.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)
    _assert_scores_as_int8(model, shipped)


def _assert_scores_as_int8(model, shipped: Path) -> None:
    """The float model's scores of the sample images are within 0.05 of the shipped int8 file's."""
    images = sample_images()
    floats = model.predict(images.astype("float32")[..., None] / 255.0, verbose=0).ravel()
    expected = int8_scores(images, shipped / "model.tflite")
    assert np.abs(floats - expected).max() < 0.05, (floats, expected)
