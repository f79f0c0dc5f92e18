"""The side views drawn for the input check (cxrtrain/lateral_render.py, check 1.3.0): they follow
the pixel contract, they are laid out as a side view and not as a frontal chest, and the training
examples made from them are "other X-ray" and never a lateral chest X-ray from ood/."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cxrscreen.core.screening.input_check import CLASSES
from cxrtrain.input_check.dataset import BASE_SIZE, side_view_dataset, training_data
from cxrtrain.input_check.lateral_render import SIZE, draw, lung_texture

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "chest_xray").is_dir(),
                                reason="../shared/data/chest_xray is absent")


def frontal_like(rng) -> np.ndarray:
    """A crude frontal chest (224 px): two dark lungs either side of a bright middle."""
    x = np.linspace(-1, 1, BASE_SIZE)
    row = 0.75 - 0.45 * np.exp(-((np.abs(x) - 0.45) / 0.2) ** 2)
    return np.clip(np.tile(row, (BASE_SIZE, 1)) + rng.normal(0, 0.05, (BASE_SIZE,) * 2),
                   0, 1).astype(np.float32)


def test_drawings_follow_the_pixel_contract():
    rng = np.random.default_rng(0)
    texture = lung_texture(frontal_like(rng), rng)
    assert texture.shape == (SIZE, SIZE) and abs(float(texture.mean())) < 5
    for t in (None, texture):
        img = draw(rng, t)
        assert img.dtype == np.float32 and img.shape == (SIZE, SIZE)
        assert 0.0 <= img.min() and img.max() <= 1.0 and img.std() > 0.05


def test_the_spine_is_near_an_edge_and_the_middle_is_lung():
    """What makes it a side view: the brightest column of the chest (the spine) is not in the
    middle, and the middle of the chest is darker than the spine's column (one lung field)."""
    rng = np.random.default_rng(1)
    for i in range(30):
        img = draw(rng, None)
        band = img[int(0.25 * SIZE):int(0.5 * SIZE)]  # the chest above the diaphragm
        cols = band.mean(axis=0)
        body = np.flatnonzero(cols > cols.min() + 0.3 * (cols.max() - cols.min()))
        spine = int(np.argmax(cols[body[0]:body[-1] + 1])) + body[0]
        middle = (body[0] + body[-1]) // 2
        assert abs(spine - middle) > 0.1 * (body[-1] - body[0]), i
        assert cols[middle - 5:middle + 5].mean() < cols[spine] - 0.1, i


def test_both_sides_are_drawn_front_left_and_front_right():
    rng = np.random.default_rng(2)
    sides = set()
    for _ in range(20):
        cols = draw(rng, None)[int(0.25 * SIZE):int(0.5 * SIZE)].mean(axis=0)
        sides.add(int(np.argmax(cols)) > SIZE // 2)
    assert sides == {True, False}


@needs_data
def test_drawn_side_views_are_other_xray_examples_cached_apart(tmp_path):
    drawn = side_view_dataset(DATA, tmp_path, quick=True, kind="drawn")
    assert drawn["x"].shape == (120, 64, 64) and drawn["val_x"].shape == (40, 64, 64)
    assert drawn["x"].dtype == np.uint8
    assert set(drawn["y"].tolist()) == {CLASSES.index("other_xray")}
    assert (tmp_path / "input_check_renders_quick.npz").is_file()
    again = side_view_dataset(DATA, tmp_path, quick=True, kind="drawn")  # from the cache
    np.testing.assert_array_equal(again["x"], drawn["x"])
    base = training_data(DATA, tmp_path, quick=True)
    both = training_data(DATA, tmp_path, quick=True, drawn_laterals=True)
    assert len(both["x"]) == len(base["x"]) + 120
    assert len(both["val_y"]) == len(base["val_y"]) + 40
