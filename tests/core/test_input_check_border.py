"""The shipped input check on real films given a uniform border (core/xray/border.py).

Check 2.0.0 refused these frontal chests as not_chest once they had a black or white frame:
the whole-image resize shrank and moved the chest. The check now judges the film inside the
frame; the pneumonia model still gets the whole image; a non-chest image stays refused."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from cxrscreen.core.errors import ImageRefused
from cxrscreen.core.screening.input_check import InputChecker, find_input_check
from cxrscreen.core.xray.check_contract import check_input
from cxrscreen.core.xray.contract import model_input
from cxrscreen.core.xray.read import read_xray
from helpers.data import shared, shared_files
from helpers.models import EDGE_MODELS

CHECK = find_input_check([EDGE_MODELS])

# Adults' frontal chests from another hospital (chest_other) that 2.0.0 accepted as they are and
# refused with a 10% black border on every edge, and with a white one.
CHESTS = ["CR.1.2.840.113564.1722810170.20200319202613984410.1003000225002.png", "e22aa56f.jpg"]

# (value, edges, share of the side): on every edge, and on one edge only.
BORDERS = {"black, every edge": (0.0, "tblr", 0.10), "white, every edge": (1.0, "tblr", 0.10),
           "black, top": (0.0, "t", 0.15), "white, top": (1.0, "t", 0.15),
           "black, left": (0.0, "l", 0.15)}


def bordered(pixels: np.ndarray, value: float, edges: str, share: float) -> np.ndarray:
    h, w = pixels.shape
    dy, dx = round(share * h), round(share * w)
    width = [(dy if "t" in edges else 0, dy if "b" in edges else 0),
             (dx if "l" in edges else 0, dx if "r" in edges else 0)]
    return np.pad(pixels, width, constant_values=value).astype(np.float32)


@pytest.fixture(scope="module")
def checker() -> InputChecker:
    if CHECK is None:
        pytest.skip("no input check shipped in edge_models/")
    return InputChecker.load(CHECK)


@pytest.mark.parametrize("border", list(BORDERS), ids=list(BORDERS))
@pytest.mark.parametrize("name", CHESTS, ids=lambda n: n[:24])
def test_a_bordered_chest_is_judged_as_the_film_inside(checker, name, border):
    xray = read_xray(shared("chest_other", name))
    _, plain = checker.check(xray)
    value, edges, share = BORDERS[border]
    framed = replace(xray, pixels=bordered(xray.pixels, value, edges, share))
    _, result = checker.check(framed)  # refused as not_chest before the border was cut
    assert result.accepted and result.corrections == () and not result.view_doubt
    assert result.score == pytest.approx(plain.score, abs=0.01)
    assert result.distance == pytest.approx(plain.distance, rel=0.02)
    assert result.view_evidence == pytest.approx(plain.view_evidence, rel=0.05, abs=0.2)
    cut = dict(zip("tblr", result.border_cut))
    h, w = xray.shape
    for edge in "tblr":
        expected = round(share * (h if edge in "tb" else w)) if edge in edges else 0
        assert abs(cut[edge] - expected) <= 2, (edge, result.border_cut)


@pytest.mark.parametrize("path", [shared_files("real_images")[0],
                                  shared_files("chest_xray/external_val/NORMAL")[0]]
                         if shared_files("real_images") else [], ids=lambda p: p.name)
def test_a_film_without_a_border_is_checked_exactly_as_before(checker, path):
    """Nothing is cut, and the check sees bit for bit the input it saw before border.py."""
    xray = read_xray(path)
    fixed, result = checker.check(xray)
    assert result.border_cut is None and result.to_dict()["border_cut"] is None
    assert fixed is xray
    probs, distance = checker.scores(check_input(xray.pixels, checker.size))
    assert result.probabilities == probs and result.distance == distance


@pytest.mark.parametrize("border", ["black, every edge", "white, every edge"])
def test_the_pneumonia_model_still_gets_the_whole_bordered_image(screener, border):
    """The check cuts its own copy; the score is the model's on the image as it came."""
    if screener.input_check is None:
        pytest.skip("no input check shipped")
    xray = read_xray(shared("chest_other", CHESTS[0]))
    framed = replace(xray, pixels=bordered(xray.pixels, *BORDERS[border]))
    result = screener.screen(framed)
    assert result.input_check["border_cut"] is not None
    whole, _ = screener._invoke(model_input(framed.pixels, screener.meta.size))
    assert result.score == pytest.approx(whole, abs=1e-6)


NON_CHESTS = [("knee", 0), ("knee", 1), ("hand", 0), ("hand", 1), ("dental", 1), ("dental", 2)]


@pytest.mark.parametrize("border", list(BORDERS), ids=list(BORDERS))
@pytest.mark.parametrize("kind,index", NON_CHESTS, ids=lambda v: str(v))
def test_a_bordered_non_chest_is_still_refused(checker, kind, index, border):
    files = [p for p in shared_files(f"ood/{kind}") if p.suffix.lower() in (".png", ".jpg", ".jpeg")]
    if len(files) <= index:
        pytest.skip(f"no ood/{kind} files")
    xray = read_xray(files[index])
    with pytest.raises(ImageRefused):
        checker.check(xray)
    with pytest.raises(ImageRefused) as err:
        checker.check(replace(xray, pixels=bordered(xray.pixels, *BORDERS[border])))
    assert err.value.code in ("not_chest", "not_xray", "inverted", "rotated")
