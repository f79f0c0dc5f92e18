"""A site operating point from the clinicians' reviews: the highest threshold whose sensitivity,
against the clinicians' decisions on reviewed cases of one model, reaches the target.

It refuses below a minimum number of reviewed positive and negative cases (and says how many more
are needed): a threshold chosen on a handful of cases would move with every new one. Caveat, shown
in the report: clinicians reviewed knowing the screening's result, and a case not referred is less
likely to be reviewed at all, so the figures lean optimistic; prefer a high review coverage of
non-referred cases before relying on it.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import datetime, timezone

from .metrics import wilson
from .records import ScreeningRecord

DEFAULT_TARGET = 0.97
MIN_POSITIVES, MIN_NEGATIVES = 50, 50


def propose(records: list[ScreeningRecord], target: float = DEFAULT_TARGET,
            min_positives: int = MIN_POSITIVES, min_negatives: int = MIN_NEGATIVES,
            model_sha256: str | None = None) -> dict:
    """The proposal as a dict: ``ok`` True with the threshold, or False with the reason."""
    if not records:
        return {"ok": False, "reason": "No results from CXR Screen on the server yet."}
    if model_sha256 is None:  # the model with the most reviewed cases
        reviewed = Counter(r.model_sha256 for r in records if r.clinician_positive is not None)
        model_sha256 = (reviewed or Counter(r.model_sha256 for r in records)).most_common(1)[0][0]
    mine = [r for r in records if r.model_sha256 == model_sha256]
    pos = sorted((r.score for r in mine if r.clinician_positive is True), reverse=True)
    neg = [r.score for r in mine if r.clinician_positive is False]
    version = next((r.model_version for r in mine), "")
    base = {"model_sha256": model_sha256, "model_version": version, "target_sensitivity": target,
            "reviewed_positives": len(pos), "reviewed_negatives": len(neg)}
    short = [f"{need - have} more reviewed {what}"
             for need, have, what in ((min_positives, len(pos), "positive case(s) (clinician "
                                                                "confirms signs of pneumonia)"),
                                      (min_negatives, len(neg), "negative case(s)"))
             if have < need]
    if short:
        return {**base, "ok": False, "reason": (
            f"Not enough reviewed cases to propose a threshold for model {version}: "
            f"{len(pos)} positive and {len(neg)} negative reviewed, at least {min_positives} and "
            f"{min_negatives} needed. Needed: {' and '.join(short)}.")}
    k = max(1, math.ceil(target * len(pos) - 1e-9))
    threshold = pos[k - 1]  # the k-th highest positive score: k positives at or above it
    tp = sum(1 for s in pos if s >= threshold)
    tn = sum(1 for s in neg if s < threshold)
    return {**base, "ok": True, "threshold": round(threshold, 6),
            "sensitivity": round(tp / len(pos), 4), "sensitivity_ci95": wilson(tp, len(pos)),
            "specificity": round(tn / len(neg), 4), "specificity_ci95": wilson(tn, len(neg)),
            "cases": len(pos) + len(neg),
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d")}


def site_file_entry(proposal: dict) -> dict:
    """What IT puts under ``site_operating_point`` in the site file (bound to the model)."""
    keys = ("threshold", "model_sha256", "model_version", "target_sensitivity", "cases",
            "reviewed_positives", "reviewed_negatives", "sensitivity", "sensitivity_ci95",
            "specificity", "specificity_ci95", "date")
    return {**{k: proposal[k] for k in keys}, "source": "cxrscreen monitor"}
