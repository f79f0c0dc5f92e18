"""The input check's feature density fitted on framed chests too (cxrtrain.input_check.density,
check 2.1.0): what it fits, and that it never overwrites the check it starts from."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("ai_edge_litert")

from helpers.data import chest_jpegs  # noqa: E402

from cxrtrain.input_check import density  # noqa: E402
from cxrtrain.input_check.dataset import base_of, check_of  # noqa: E402
from cxrscreen.core.xray.read import read_xray  # noqa: E402
from cxrscreen.core.xray.border import trim_border  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


class _Sample:
    def __init__(self, path: Path) -> None:
        self.path = path


def test_each_chest_is_fitted_as_it_is_and_in_re_framed_copies(monkeypatch):
    files = chest_jpegs(3)
    monkeypatch.setattr(density, "chest_split",
                        lambda root: ([_Sample(p) for p in files], [], []))
    x = density.density_inputs(Path("unused"), copies=2, seed=1)
    assert x.shape == (9, 64, 64) and x.dtype == np.uint8
    for i, path in enumerate(files):
        as_it_is = check_of(base_of(trim_border(read_xray(path).pixels)))
        assert np.array_equal(x[3 * i], as_it_is)
        for j in (1, 2):  # the copies are re-framed, not the same image again
            assert np.abs(x[3 * i + j].astype(int) - as_it_is).mean() > 2
    again = density.density_inputs(Path("unused"), copies=2, seed=1)
    assert np.array_equal(x, again)  # seeded


def test_refit_refuses_to_overwrite_its_source(tmp_path):
    source = REPO / "edge_models" / "cxr-input-check" / "2.0.0"
    with pytest.raises(SystemExit, match="new version"):
        density.refit_density(source, REPO / "edge_models", "2.0.0", tmp_path)


def test_reframed_copies_are_turned_and_cut_or_padded_within_the_field_shifts():
    pixels = np.full((400, 300), 0.5, np.float32)
    rng = np.random.default_rng(0)
    shapes = [density.reframed(pixels, rng).shape for _ in range(60)]
    heights = np.array([h for h, _ in shapes]) / 400
    assert heights.min() >= 1 - 2 * density.EDGE_SHARE - 0.01
    assert heights.max() <= 1 + 2 * density.EDGE_SHARE + 0.01
    assert (heights < 0.95).any() and (heights > 1.05).any()  # both cuts and borders are drawn
    turned = density.reframed(pixels, np.random.default_rng(3))
    assert turned.min() == 0.0  # the black corners of a turn (or a black border)
