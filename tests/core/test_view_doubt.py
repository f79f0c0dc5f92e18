"""A film the check's model calls frontal, doubted only by the side-view evidence, is screened and
referred for a clinician's reading instead of refused (check 2.0.0, issue 20). One-sided disease
(a white-out lung, the sickest children) breaks the two-sided view measures: it must never turn a
frontal chest into ``lateral_view``."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from cxrscreen.core.errors import ImageRefused
from cxrscreen.core.screening.input_check import InputChecker, find_input_check
from cxrscreen.core.screening.results import VIEW_UNCERTAIN, VIEW_UNCERTAIN_SUMMARY
from cxrscreen.core.xray.read import read_xray
from helpers.data import SHARED_DATA, chest_jpegs, shared
from helpers.models import EDGE_MODELS
from helpers.one_sided import one_sided_opacity

CHECK = find_input_check([EDGE_MODELS])


@pytest.fixture(scope="module")
def checker() -> InputChecker:
    if CHECK is None:
        pytest.skip("no input check shipped in edge_models/")
    return InputChecker.load(CHECK)


def _doubting(checker, monkeypatch, rule: str):
    if checker.evidence_threshold is None:
        pytest.skip("this check has no side-view evidence")
    monkeypatch.setattr(checker, "on_view_doubt", rule)
    # Side-view evidence is -2 (ln p_view + ln p_layout) >= 0: every film is above -1.
    monkeypatch.setattr(checker, "evidence_threshold", -1.0)


def test_the_shipped_check_refers_a_doubt_instead_of_refusing(checker):
    assert checker.on_view_doubt == "refer"


def test_a_view_doubt_alone_is_screened_and_referred(checker, monkeypatch):
    _doubting(checker, monkeypatch, "refer")
    _, result = checker.check(read_xray(chest_jpegs(1)[0]))
    assert result.accepted and result.view_doubt and result.code is None
    assert result.to_dict()["view_doubt"] is True


def test_older_checks_still_refuse_on_the_view_alone(checker, monkeypatch):
    _doubting(checker, monkeypatch, "refuse")
    with pytest.raises(ImageRefused) as err:
        checker.check(read_xray(chest_jpegs(1)[0]))
    assert err.value.code == "lateral_view"


def test_a_doubted_film_is_referred_whatever_its_score(screener, monkeypatch):
    check = screener.input_check
    _doubting(check, monkeypatch, "refer")
    normal = chest_jpegs(1)[0]  # the first training NORMAL image
    _, result = screener.read_and_screen(normal)
    assert result.refer and result.refer_reason == VIEW_UNCERTAIN
    assert result.summary() == VIEW_UNCERTAIN_SUMMARY
    out = result.to_dict()
    assert out["refer"] is True and out["refer_reason"] == VIEW_UNCERTAIN
    assert out["label"] in ("NORMAL", "PNEUMONIA")  # the model's own reading is still given


def test_without_a_doubt_refer_follows_the_label(screener):
    _, result = screener.read_and_screen(chest_jpegs(2)[1])
    assert result.refer_reason is None and result.refer == result.positive


def _frontal_chests() -> list:
    """75 frontal chests of two hospitals, none of which fitted the check (external_val, and
    nih_adult films: with check 1.3.0, 4 of these 150 one-sided copies were lateral_view)."""
    ext = SHARED_DATA / "chest_xray" / "external_val"
    files = sorted((ext / "NORMAL").glob("*.jpeg"))[:25] + sorted((ext / "PNEUMONIA").glob("*.jpeg"))[:25]
    return files + sorted((SHARED_DATA / "nih_adult").glob("*.png"))[:25]


@pytest.mark.parametrize("side", ["left", "right"])
def test_one_sided_opacity_never_makes_a_frontal_chest_lateral(checker, side):
    files = _frontal_chests()
    if len(files) < 75:
        pytest.skip("needs ../shared/data (chest_xray and nih_adult)")
    refused = []
    for i, path in enumerate(files):
        xray = read_xray(path)
        opaque = replace(xray, pixels=one_sided_opacity(xray.pixels, side, 0.85, seed=i))
        try:
            checker.check(opaque)
        except ImageRefused as exc:
            assert exc.code != "lateral_view", f"{path.name} made one-sidedly opaque: {exc.message}"
            refused.append((path.name, exc.code))
    assert len(refused) <= 4, refused  # 75 frontal chests: 5% refused for other reasons at most


def test_real_films_with_an_opacity_are_never_lateral(checker):
    import csv

    labels = SHARED_DATA / "nih_adult" / "labels.csv"
    if not labels.is_file():
        pytest.skip("needs ../shared/data/nih_adult")
    with open(labels, newline="") as fh:
        opacities = [r["file"] for r in csv.DictReader(fh) if r["label"] == "lung_opacity"]
    for name in opacities[:60]:
        try:
            checker.check(read_xray(SHARED_DATA / "nih_adult" / name))
        except ImageRefused as exc:
            assert exc.code != "lateral_view", name


def test_the_opacity_is_one_sided():
    xray = read_xray(shared("real_images", "NIH_00000001_000.png"))
    left = one_sided_opacity(xray.pixels, "left")
    w = left.shape[1]
    changed = np.abs(left - xray.pixels)
    assert changed[:, : w // 2].mean() > 5 * changed[:, w // 2:].mean()
    assert left[:, : w // 2].mean() > xray.pixels[:, : w // 2].mean() + 0.1
