"""Training side of the input check (cxrtrain/input_check*.py): the made-up images, the
augmentation, the density and the threshold simulation. No TensorFlow here (fast)."""

from __future__ import annotations

import numpy as np
import pytest

from cxrscreen.core.input_check import CLASSES, decide
from cxrtrain import input_check_synth as synth
from cxrtrain.input_check import (BASE_SIZE, VARIANTS, augment, check_of, crop_piece, fit_density,
                                  lateral_like, net_turns, simulate)


@pytest.mark.parametrize("kind", [*synth.NOT_XRAY_KINDS, *synth.OTHER_XRAY_KINDS])
def test_made_up_images_follow_the_pixel_contract(kind):
    rng = np.random.default_rng(0)
    for _ in range(3):
        px = synth.make(kind, rng)
        assert px.dtype == np.float32 and px.ndim == 2 and min(px.shape) >= 200
        assert 0.0 <= px.min() and px.max() <= 1.0
        assert synth.make_png(kind, rng)[:8] == b"\x89PNG\r\n\x1a\n"


def test_augment_and_crop_keep_the_base_size_and_range():
    rng = np.random.default_rng(1)
    base = rng.random((BASE_SIZE, BASE_SIZE)).astype(np.float32)
    for strong in (False, True):
        out = augment(base, rng, strong)
        assert out.shape == (BASE_SIZE, BASE_SIZE) and 0 <= out.min() and out.max() <= 1
    assert crop_piece(base, rng).shape == (BASE_SIZE, BASE_SIZE)
    side = lateral_like(base, rng)
    assert side.shape == (BASE_SIZE, BASE_SIZE) and 0 <= side.min() and side.max() <= 1
    small = check_of(base)
    assert small.dtype == np.uint8 and small.shape == (64, 64)


def test_density_whitens_its_training_features():
    rng = np.random.default_rng(2)
    feats = rng.normal(3.0, 2.0, (4000, 8)).astype(np.float32)
    mean, whitener = fit_density(feats, shrinkage=0.0)
    z = (feats - mean) @ whitener
    np.testing.assert_allclose(np.cov(z, rowvar=False), np.eye(8), atol=0.05)


def test_net_turns():
    assert net_turns([]) == (False, 0)
    assert net_turns(["rotated_90"]) == (False, 3)
    assert net_turns(["inverted", "rotated_270"]) == (True, 1)


def test_the_threshold_search_simulates_exactly_the_applications_rule():
    """simulate() on a table of the 8 variants must decide as decide() does on the live model."""
    rng = np.random.default_rng(3)
    for _ in range(200):
        table = {}
        for key in VARIANTS:
            p = rng.dirichlet(np.ones(len(CLASSES)) * 0.3)
            table[key] = ({c: float(v) for c, v in zip(CLASSES, p)}, float(rng.uniform(0, 20)))
        th = (float(rng.uniform(0.2, 0.8)), float(rng.uniform(5, 15)), 0.5)
        live = decide(lambda fixes: table[net_turns(fixes)], th)
        assert simulate(table, th) == (live[0], live[1])
