"""Finding a uniform border (core/xray/border.py) on real films and on made-up edge cases."""

from __future__ import annotations

import numpy as np
import pytest

from cxrscreen.core.xray.border import find_border, trim_border
from cxrscreen.core.xray.read import read_xray
from helpers.data import shared

# A children's film (224 px), an adult's film from NIH (512 px) and one from another hospital
# (1024 px wide, so the box is found on a subsample and refined): none has a border of its own.
FILMS = [("chest_xray", "external_val", "NORMAL", "IM-0001-0001.jpeg"),
         ("nih_adult", "00000020_001.png"),
         ("chest_other", "CR.1.2.840.113564.1722810170.20200319202613984410.1003000225002.png")]


def framed(pixels: np.ndarray, value: float, top=0, bottom=0, left=0, right=0) -> np.ndarray:
    return np.pad(pixels, ((top, bottom), (left, right)), constant_values=value).astype(np.float32)


@pytest.fixture(params=FILMS, ids=lambda f: f[-1][:24])
def film(request) -> np.ndarray:
    return read_xray(shared(*request.param)).pixels


def test_a_film_without_a_border_is_passed_through_unchanged(film):
    assert find_border(film) == (0, film.shape[0], 0, film.shape[1])
    out = trim_border(film)
    assert out is film  # the very same array, not a copy that might differ


@pytest.mark.parametrize("value", [0.0, 1.0], ids=["black", "white"])
@pytest.mark.parametrize("edges", ["tblr", "t", "l", "br"])
def test_a_border_is_cut_back_to_the_film(film, value, edges):
    h, w = film.shape
    dy, dx = round(0.1 * h), round(0.1 * w)
    sides = {e: (dy if e in "tb" else dx) if e in edges else 0 for e in "tblr"}
    bordered = framed(film, value, sides["t"], sides["b"], sides["l"], sides["r"])
    np.testing.assert_array_equal(trim_border(bordered), film)


def test_a_black_border_on_top_and_a_white_one_on_the_left_both_go(film):
    bordered = framed(framed(film, 0.0, top=40), 1.0, left=30)
    np.testing.assert_array_equal(trim_border(bordered), film)


def test_a_nearly_black_border_with_a_little_noise_is_cut(film):
    rng = np.random.default_rng(0)
    bordered = framed(film, 0.0, 50, 50, 50, 50)
    edge = np.ones_like(bordered, dtype=bool)
    edge[50:-50, 50:-50] = False
    bordered[edge] = rng.uniform(0.0, 0.03, size=int(edge.sum()))
    np.testing.assert_array_equal(trim_border(bordered), film)


def test_dark_edges_with_texture_are_kept():
    """Real anatomy can be dark at an edge (air above the shoulders, soft tissue), but it is not
    uniform: noise and texture keep it."""
    rng = np.random.default_rng(1)
    img = rng.uniform(0.2, 0.8, size=(400, 300)).astype(np.float32)
    img[:60] = rng.uniform(0.0, 0.12, size=(60, 300))  # dark, noisy band at the top
    img[:, :40] = rng.normal(0.05, 0.04, size=(400, 40)).clip(0, 1)  # dark texture at the left
    assert trim_border(img) is img


def test_a_grey_uniform_edge_is_not_a_border():
    img = np.random.default_rng(2).uniform(0.2, 0.8, size=(300, 300)).astype(np.float32)
    img[:50] = 0.5
    assert trim_border(img) is img


def test_an_image_that_is_all_border_is_left_whole_for_the_blank_check():
    for img in (np.zeros((300, 400), np.float32), np.ones((300, 400), np.float32)):
        assert trim_border(img) is img
    speck = np.zeros((1000, 1000), np.float32)
    speck[500:540, 500:540] = np.random.default_rng(3).random((40, 40))
    assert trim_border(speck) is speck  # what would be left is far too small to be a film


def test_a_marker_or_a_label_in_the_border_does_not_stop_the_cut(film):
    """Exports often burn a side marker ("R") or a line of text into the black frame."""
    h, w = film.shape
    dy, dx = round(0.1 * h), round(0.1 * w)
    bordered = framed(film, 0.0, dy, dy, dx, dx)
    bordered[dy // 4:dy // 4 + max(1, dy // 3), dx // 4:dx // 4 + max(1, dx // 5)] = 1.0  # a marker
    bordered[-dy // 2:-dy // 2 + 2, w // 3:w // 3 + max(1, w // 50)] = 0.9  # a short label
    np.testing.assert_array_equal(trim_border(bordered), film)
