"""Starting training from the shipped int8 model (cxrtrain.warm_start): the float model it builds
scores as the int8 file does, and its batch normalisation starts where the data is."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cxrtrain.config import ModelConfig
from cxrtrain.models import build
from cxrtrain.warm_start import load_folded, tflite_convolutions

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "edge_models" / "cxr-pneumonia-cnn" / "1.1.0" / "model.tflite"
SAMPLES = sorted((ROOT / "desktop" / "cxrscreen" / "samples").glob("*.jpeg"))

pytestmark = pytest.mark.skipif(not SHIPPED.is_file(), reason="model 1.1.0 is not in edge_models")


def sample_images() -> np.ndarray:
    """The shipped sample chests, as the training cache holds images: uint8 (N, 224, 224)."""
    return np.stack([np.asarray(Image.open(p).convert("L").resize((224, 224), Image.BILINEAR))
                     for p in SAMPLES])


def int8_scores(images: np.ndarray, path: Path = SHIPPED) -> np.ndarray:
    """The int8 file's scores, as export and evaluation compute them."""
    from cxrtrain.scoring import score_tflite

    return score_tflite(path, images)[0]


def test_the_float_model_scores_as_the_int8_file_does():
    images = sample_images()
    assert len(images) >= 4
    model = build(ModelConfig(architecture="regularised_cnn", width=16), 224)
    load_folded(model, SHIPPED, images)
    floats = model.predict(images.astype("float32")[..., None] / 255.0, verbose=0).ravel()
    expected = int8_scores(images)
    # Only the int8 rounding of weights and activations separates them.
    assert np.abs(floats - expected).max() < 0.05, (floats, expected)
    assert np.argsort(floats).tolist() == np.argsort(expected).tolist()


def test_batch_statistics_start_at_the_moving_ones():
    """Unfolded on the same images, training mode (batch statistics) gives what inference mode
    gives: the first fine-tuning steps do not start from a different function."""
    images = sample_images()
    model = build(ModelConfig(architecture="regularised_cnn", width=16, dropout=0.0), 224)
    load_folded(model, SHIPPED, images)
    x = images.astype("float32")[..., None] / 255.0
    inference = np.asarray(model(x, training=False)).ravel()
    training = np.asarray(model(x, training=True)).ravel()
    assert np.abs(inference - training).max() < 0.02, (inference, training)


def test_a_model_of_another_shape_is_refused():
    model = build(ModelConfig(architecture="regularised_cnn", width=8), 224)
    with pytest.raises(ValueError, match="kernel"):
        load_folded(model, SHIPPED, sample_images())


def test_every_convolution_is_read_with_its_bias():
    convs = tflite_convolutions(SHIPPED)
    assert [k.shape[-1] for k, _ in convs] == [16, 32, 64, 64, 96, 128, 128, 1]
    assert all(b.shape == (k.shape[-1],) for k, b in convs)
    assert all(np.abs(k).max() > 0 for k, _ in convs)
