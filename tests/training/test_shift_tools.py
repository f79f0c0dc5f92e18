"""The tools that measure and simulate acquisition shifts: augmentation, robustness shifts and
the collection measures. Fast: no training."""

import numpy as np
import pytest

from cxrtrain.config import AugmentConfig
from cxrtrain.datashift import measures
from cxrtrain.robustness import SHIFTS, crop, pad, shifted_inputs


def _chest_like(size=224):
    """A bright body on a black frame, as many training normals look."""
    img = np.zeros((size, size), np.float32)
    img[20:-20, 20:-20] = np.linspace(0.3, 0.8, size - 40)[None, :]
    return img


def test_measures_see_the_frame_the_marks_and_the_sharpness():
    img = _chest_like()
    m = measures(img)
    assert m["dark_frame_fraction"] > 0.9 and m["left_edge"] < 0.01
    marked = img.copy()
    marked[2:10, 2:10] = 1.0  # a burnt-in letter in the corner
    assert measures(marked)["bright_marks_in_frame"] > m["bright_marks_in_frame"]
    noisy = np.clip(img + np.random.default_rng(0).normal(0, 0.05, img.shape), 0, 1).astype(np.float32)
    assert measures(noisy)["sharpness_x1000"] > m["sharpness_x1000"]


def test_crop_and_pad_change_the_border_by_the_fraction():
    img = _chest_like(200)
    assert crop(0.10)(img).shape == (160, 160)
    padded = pad(0.10)(img)
    assert padded.shape == (240, 240) and padded[:20].max() == 0.0


def test_every_robustness_shift_gives_contract_inputs():
    rng = np.random.default_rng(1)
    pixels = [rng.random((230, 250)).astype(np.float32), _chest_like()]
    for name, shift in SHIFTS.items():
        out = shifted_inputs(pixels, shift, 64)
        assert out.shape == (2, 64, 64) and out.dtype == np.uint8, name
    unchanged = shifted_inputs(pixels, SHIFTS["none"], 64)
    assert not np.array_equal(unchanged, shifted_inputs(pixels, SHIFTS["gamma 0.6"], 64))


def test_acquisition_augmentation_keeps_the_contract_and_varies_the_border():
    tf = pytest.importorskip("tensorflow")
    from cxrtrain.augment import acquisition, field_of_view

    x = tf.constant(np.stack([_chest_like(64)] * 16)[..., None])
    a = AugmentConfig(chain="acquisition")
    y = acquisition(x, a).numpy()
    assert y.shape == x.shape and y.min() >= 0.0 and y.max() <= 1.0
    # the stretch of the contract: each image spans (about) the full range again
    assert np.all(y.reshape(16, -1).max(axis=1) > 0.9)
    frames = field_of_view(x, AugmentConfig(chain="acquisition", border_fraction=0.15,
                                            rotation_degrees=0)).numpy()
    corner = frames[:, :3, :3, 0].mean(axis=(1, 2))
    assert corner.std() > 0.01  # the frame is no longer always black


def _detail(images: np.ndarray) -> np.ndarray:
    """Each image's mean absolute difference between neighbouring pixels (its fine detail)."""
    return np.abs(np.diff(images[..., 0], axis=2)).mean(axis=(1, 2))


def test_a_wider_blur_range_blurs_beyond_the_old_strongest_and_sharpens_as_before():
    tf = pytest.importorskip("tensorflow")
    from cxrtrain.augment import blur_or_sharpen

    rng = np.random.default_rng(0)
    x = tf.constant(rng.random((64, 96, 96, 1)).astype(np.float32))
    only_blur = dict(blur_probability=1.0, sharpen_max=-1.0)  # k drawn in [-1, -1]: full blur
    old = AugmentConfig(**only_blur)
    wide = AugmentConfig(**only_blur, blur_sigma_max=2.0)
    tf.random.set_seed(1)
    old_a, old_b = (blur_or_sharpen(x, old).numpy() for _ in range(2))
    ratios = np.stack([_detail(blur_or_sharpen(x, wide).numpy()) / _detail(old_a) for _ in range(8)])
    # the old blur is one fixed strength; the wide range reaches well below it, and never above
    np.testing.assert_allclose(old_a, old_b, atol=1e-6)
    assert ratios.min() < 0.8 and ratios.max() <= 1.02
    # sharpening (k > 0) is unchanged by the blur range: the same draws give the same images
    sharp = dict(blur_probability=1.0, sharpen_max=1.5)
    tf.random.set_seed(2)
    a = blur_or_sharpen(x, AugmentConfig(**sharp)).numpy()
    tf.random.set_seed(2)
    b = blur_or_sharpen(x, AugmentConfig(**sharp, blur_sigma_max=2.0)).numpy()
    sharpened = _detail(a) > _detail(x.numpy()) * 1.001
    blurred = _detail(a) < _detail(x.numpy()) * 0.999
    same = np.isclose(a, b, atol=1e-6).all(axis=(1, 2, 3))
    assert sharpened.sum() >= 8 and blurred.sum() >= 8
    assert same[sharpened].all() and not same[blurred].any()
