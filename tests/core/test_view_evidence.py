"""The side-view evidence (core/view_evidence.py): the coarse layout, the Fisher combination and
its place in the input check from cxr-input-check 1.2.0."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from cxrscreen.core.errors import ImageRefused, ModelError
from cxrscreen.core.xray.read import read_xray
from cxrscreen.core.screening.input_check import CLASSES, InputChecker, find_input_check
from cxrscreen.core.screening.check_result import log_line
from cxrscreen.core.screening.view_evidence import GRID, ViewReference, fit_reference, layout
from helpers.data import chest_jpegs
from helpers.models import EDGE_MODELS

CHECK = find_input_check([EDGE_MODELS])
has_evidence = CHECK is not None and "frontal_view" in json.loads(
    (CHECK / "metadata.json").read_text())["thresholds"]
needs_evidence = pytest.mark.skipif(not has_evidence,
                                    reason="the shipped input check has no side-view evidence")


def test_layout_is_the_mean_of_each_cell_row_by_row():
    x = np.zeros((64, 64), np.float32)
    x[:8, 8:16] = 1.0  # the second cell of the first row
    x[56:, :] = 0.5  # the whole last row of cells
    cells = layout(x)
    assert cells.shape == (GRID * GRID,)
    assert cells[1] == 1.0 and cells[0] == 0.0
    assert np.all(cells[-GRID:] == 0.5) and cells.sum() == 1.0 + 0.5 * GRID


def reference(rng, n=500):
    layouts = rng.normal(0.5, 0.1, (n, GRID * GRID))
    views = rng.uniform(0.3, 1.0, n)
    arrays = fit_reference(layouts, views)
    return ViewReference(arrays["layout_mean"], arrays["layout_whitener"], arrays["view_scores"],
                         arrays["layout_distances"]), layouts


def test_evidence_grows_as_either_measure_leaves_the_fitted_chests():
    ref, layouts = reference(np.random.default_rng(0))
    typical = float(np.median(ref.layout_distances))
    assert ref.evidence(0.8, typical) < ref.evidence(0.35, typical) < ref.evidence(0.0, typical)
    assert ref.evidence(0.8, typical) < ref.evidence(0.8, typical * 2)
    # Unusual on both counts weighs more than either alone.
    far = float(ref.layout_distances[-5])
    assert ref.evidence(0.31, far) > max(ref.evidence(0.31, typical), ref.evidence(0.8, far))
    # Beyond every fitted chest on both counts: the largest value it can take, not infinity.
    n = ref.view_scores.size
    assert ref.evidence(-1.0, 1e9) == pytest.approx(-4.0 * np.log(1.0 / (n + 1)))
    # Each fitted chest's own distance is what the reference says it is.
    x = layouts[7].reshape(GRID, GRID).repeat(8, 0).repeat(8, 1)
    assert np.isclose(ref.layout_distances, ref.distance(x), rtol=1e-9).any()


def test_a_reference_file_with_the_wrong_shapes_is_refused(tmp_path):
    ref, _ = reference(np.random.default_rng(1))
    path = tmp_path / "ref.npz"
    np.savez(path, layout_mean=ref.mean[:10], layout_whitener=ref.whitener,
             view_scores=ref.view_scores, layout_distances=ref.layout_distances)
    with pytest.raises(ValueError, match="shapes"):
        ViewReference.load(path)


@needs_evidence
def test_the_shipped_check_judges_the_view_by_the_evidence():
    checker = InputChecker.load(CHECK)
    assert checker.evidence_threshold is not None and checker.view_threshold is None
    t = checker.meta["thresholds"]["frontal_view"]
    assert "TRAIN patients" in t["fitted_on"] and t["false_refusal_at_choice"]
    assert all(v <= limit for v, limit in zip(
        (t["false_refusal_at_choice"][k] for k in ("val", "external_val", "chest_other")),
        (0.005, 0.005, 0.03)))
    _, result = checker.check(read_xray(chest_jpegs(1)[0]))
    seen = result.to_dict()
    assert result.accepted and seen["view_evidence"] <= seen["view_evidence_threshold"]
    assert seen["layout_distance"] > 0 and seen["view_score"] is not None
    assert "side-view evidence" in log_line(seen)


@needs_evidence
def test_an_image_laid_out_unlike_a_chest_that_the_model_accepts_is_refused(monkeypatch):
    """The model and its feature distance are made to accept anything; a chest with its two
    halves swapped (spine at the edges, lungs in the middle) keeps mirror-symmetric ribs but is
    not laid out as a frontal chest."""
    checker = InputChecker.load(CHECK)
    probs = {c: 0.0 for c in CLASSES} | {"frontal_chest": 0.99}
    monkeypatch.setattr(checker, "scores", lambda x: (probs, 1.0))
    xray = read_xray(chest_jpegs(1)[0])
    h, w = xray.pixels.shape
    swapped = np.concatenate([xray.pixels[:, w // 2:], xray.pixels[:, :w // 2]], axis=1)
    unlike = type(xray)(**{**xray.__dict__, "pixels": np.ascontiguousarray(swapped)})
    # From check 2.0.0 (on_doubt = refer) the evidence alone is a doubt: screened and referred.
    monkeypatch.setattr(checker, "on_view_doubt", "refer")
    _, doubted = checker.check(unlike)
    assert doubted.accepted and doubted.view_doubt
    assert doubted.view_evidence > doubted.view_evidence_threshold
    # Older checks (on_doubt = refuse) refuse it as a side view.
    monkeypatch.setattr(checker, "on_view_doubt", "refuse")
    with pytest.raises(ImageRefused) as err:
        checker.check(unlike)
    assert err.value.code == "lateral_view"
    seen = err.value.input_check
    assert seen["view_evidence"] > seen["view_evidence_threshold"]
    _, result = checker.check(xray)  # the same chest, as it is: accepted
    assert result.accepted and not result.view_doubt


@needs_evidence
def test_a_damaged_view_reference_or_a_missing_threshold_is_a_model_error(tmp_path):
    folder = tmp_path / CHECK.name
    shutil.copytree(CHECK, folder)
    meta = json.loads((folder / "metadata.json").read_text())
    reference_file = folder / meta["view_reference_file"]
    reference_file.write_bytes(reference_file.read_bytes()[:-3])
    with pytest.raises(ModelError, match="damaged"):
        InputChecker.load(folder)
    shutil.copy(CHECK / meta["view_reference_file"], reference_file)
    del meta["thresholds"]["frontal_view"]
    (folder / "metadata.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="side-view evidence"):
        InputChecker.load(folder)
