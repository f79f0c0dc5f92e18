"""The input check's two-sided view threshold (cxrscreen.core.view_symmetry).

The score learns nothing; its one parameter is a low quantile of the score on upright frontal
chests that the check's weights were fitted on (the TRAIN patients of chest_xray/train), chosen
by the rule that chose the model's own thresholds (see choose_view_threshold). No lateral chest
or other non-chest image chooses it: those folders only report what it does.

``cxrtrain input-check add-view SRC --to edge_models --version V`` makes a new version of an
existing check (the same model and density files) with the threshold in its metadata and its
model card; ``cxrtrain input-check export`` does the same for a newly trained check.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import numpy as np

from cxrscreen.core.errors import ImageRefused
from cxrscreen.core.xray.read import read_xray
from cxrscreen.core.xray.contract import resize_whole, stretch
from cxrscreen.core.xray.check_contract import BASE_SIZE, correct_pixels
from cxrscreen.core.screening.input_check import InputChecker
from cxrscreen.core.screening.view_symmetry import two_sided_score

from .card import write_model_card
from .versions import derive
from .dataset import FALSE_REFUSAL_LIMITS, chest_sets, chest_split

QUANTILES = (0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.02)
LIMITS = FALSE_REFUSAL_LIMITS  # as for the model's thresholds
FEATURE = ("two-sided view score (cxrscreen.core.view_symmetry): mirror symmetry of rib-scale "
           "edge orientations about the midline of the lung band")


def checked_base(path: Path, checker=None) -> np.ndarray | None:
    """The 224-px copy of one file as the application's view measures see it: turned or
    inverted back by the model's corrections when ``checker`` (a check without view gates) is
    given; None when the file, or the check's model, refuses it."""
    try:
        xray = read_xray(path)
        base = resize_whole(xray.pixels, BASE_SIZE)
        if checker is not None:
            _, result = checker.check(xray, base)
            base = correct_pixels(base, result.corrections)
    except ImageRefused:
        return None
    return base


def view_score_of(path: Path, checker=None) -> float | None:
    """The view score of one file as the application computes it (see checked_base)."""
    base = checked_base(path, checker)
    return None if base is None else two_sided_score(stretch(base))


def without_view(checker: InputChecker) -> InputChecker:
    """The same check (sharing its model) with no view threshold: what decides before the view
    score does."""
    model_only = copy.copy(checker)
    model_only.view_threshold = None
    model_only.evidence_threshold = None
    return model_only


def pick_threshold(fitted: np.ndarray, scores: dict[str, list[float | None]],
                   limits: dict[str, float], refuse_above: bool = False
                   ) -> tuple[float, float, dict[str, float]]:
    """(threshold, quantile, false refusals per set): the candidate quantile of ``fitted``
    that refuses the most whose refusals of each set in ``scores`` (None = refused anyway) are
    within its limit. Candidates are the low quantiles ``QUANTILES`` of a score that refuses
    below its threshold, or, with ``refuse_above``, the same upper quantiles of one that refuses
    above it (the side-view evidence)."""
    chosen = None
    for q in QUANTILES:
        t = float(np.quantile(fitted, 1.0 - q if refuse_above else q))
        refused = {k: float(np.mean([v is None or (v > t if refuse_above else v < t) for v in vs]))
                   for k, vs in scores.items()}
        better = chosen is None or (t < chosen[0] if refuse_above else t > chosen[0])
        if all(refused[k] <= limits[k] for k in limits) and better:
            chosen = (t, q, refused)
    if chosen is None:
        raise SystemExit("no threshold keeps false refusals within the limits "
                         f"{limits}: this check of the view cannot be used with this data")
    return chosen


def choose_view_threshold(checker, data_root: Path, limits: dict[str, float] = LIMITS) -> dict:
    """``thresholds.view`` for the check's metadata.

    Candidates are low quantiles of the score on the chests the check's weights were fitted on
    (the TRAIN patients of chest_xray/train). The highest candidate is taken whose false refusals,
    together with the model's own, stay within the limits that chose the model's thresholds
    (0.5% of the validation patients and of external_val, 3% of chest_other). No lateral chest
    or other non-chest image takes part."""
    train, val, _ = chest_split(data_root)
    fitted = np.asarray([v for v in (view_score_of(Path(s.path)) for s in train) if v is not None])
    sets = chest_sets(data_root, val)
    # None: refused before the view score (reader or model); counted as refused at every candidate.
    model_only = without_view(checker)
    scores = {k: [view_score_of(p, model_only) for p in v] for k, v in sets.items()}
    t, q, refused_at = pick_threshold(fitted, scores, limits)
    return {"value": round(t, 4), "quantile": q,
            "fitted_on": f"chest_xray/train, the check's TRAIN patients ({len(fitted)} images)",
            "rule": "the highest of the quantiles " + ", ".join(f"{x:g}" for x in QUANTILES)
                    + " of the score on those chests whose false refusals, with the model's, stay "
                    + ", ".join(f"<= {v:.1%} ({k})" for k, v in limits.items()),
            "false_refusal_at_choice": {k: round(v, 4) for k, v in refused_at.items()},
            "sets": {k: len(v) for k, v in sets.items()}, "feature": FEATURE}


def add_view(source: Path, to: Path, version: str, data_root: Path,
             run: Path | None = None, limits: dict[str, float] = LIMITS) -> Path:
    """A new version of the check in ``source`` with the view threshold: same model and density
    files (checksums unchanged), new metadata and model card. ``run`` is the training run of
    ``source`` (its train.json gives the card's training figures) when ``source``'s metadata
    does not carry them."""
    meta, folder = derive(source, to, version, ("model_file", "density_file"),
                          "the same weights and feature density; new: the two-sided view "
                          "threshold")
    if run is not None and "training" not in meta:
        info = json.loads((run / "train.json").read_text())
        meta["training"] = {k: info.get(k) for k in ("epochs", "examples", "seconds")}
    # A view-threshold version (as 1.1.0): the side-view evidence of a newer source is not kept.
    for key in ("view_reference_file", "view_reference_sha256", "view_reference"):
        meta.pop(key, None)
    meta["thresholds"].pop("frontal_view", None)
    meta["thresholds"]["view"] = choose_view_threshold(InputChecker.load(source), data_root, limits)
    (folder / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n")
    write_model_card(folder, meta, meta.get("training") or {})
    return folder
