"""The Keras checkpoint kept in git is the shipped 2.0.0 model's float original, so a later model
can start from it (1.1.0's checkpoint was never kept, and had to be read back from int8)."""

import json
from pathlib import Path

import numpy as np
import pytest

from test_warm_start import int8_scores, sample_images

ROOT = Path(__file__).resolve().parents[2]
CHECKPOINT = ROOT / "training" / "checkpoints" / "cxr-pneumonia-cnn-2.0.0.keras"
SHIPPED = ROOT / "edge_models" / "cxr-pneumonia-cnn" / "2.0.0"


def test_the_checkpoint_scores_as_the_shipped_int8_model():
    import keras

    meta = json.loads((SHIPPED / "metadata.json").read_text())
    assert meta["training"]["chosen"]["epoch"] == 6 and len(meta["training"]["init_from"]["sha256"]) == 64
    model = keras.models.load_model(CHECKPOINT, compile=False)
    images = sample_images()
    floats = model.predict(images.astype("float32")[..., None] / 255.0, verbose=0).ravel()
    expected = int8_scores(images, SHIPPED / "model.tflite")
    assert np.abs(floats - expected).max() < 0.05, (floats, expected)
