"""Figures per collection: each hospital's validation and held-out patients judged on their own,
so that a weak collection is never averaged away behind a strong one (issue 20).

For a collection with radiologists' reads of adults (``nih_adult``) the figures that matter are
lung opacity against normal films, and against every film without an opacity (abnormal ones
included): a screening aid must not call every abnormal chest pneumonia.
"""

from __future__ import annotations

import numpy as np

from . import metrics

NEGATIVE_SUBGROUPS = ("normal", "not_normal_no_opacity")


def by_source(samples: list) -> dict[str, np.ndarray]:
    """Indices of each collection's samples, in order of first appearance."""
    out: dict[str, list[int]] = {}
    for i, s in enumerate(samples):
        out.setdefault(s.source, []).append(i)
    return {k: np.array(v) for k, v in out.items()}


def figures(samples: list, scores: np.ndarray, thresholds: dict) -> dict:
    """AUC (95% CI) and, at each operating point, sensitivity and specificity with CIs, plus
    per-subgroup rates; for collections with the NEGATIVE_SUBGROUPS, the opacity-vs-normal AUC."""
    y = np.array([s.label for s in samples])
    sub = np.array([s.subgroup for s in samples])
    out: dict = {"n": int(len(y)), "positives": int(y.sum()),
                 "by_subgroup": {g: int((sub == g).sum()) for g in sorted(set(sub.tolist()))}}
    if 0 < y.sum() < len(y):
        out["roc_auc"] = metrics.with_intervals(y, scores, 0.5)["roc_auc"]
    if "normal" in out["by_subgroup"] and "lung_opacity" in out["by_subgroup"]:
        m = np.isin(sub, ("normal", "lung_opacity"))
        out["roc_auc_opacity_vs_normal"] = metrics.with_intervals(y[m], scores[m], 0.5)["roc_auc"]
    points = {}
    for name in ("screening", "balanced", "high_sensitivity"):
        if name not in thresholds:
            continue
        t = thresholds[name]["value"]
        full = metrics.with_intervals(y, scores, t) if 0 < y.sum() < len(y) else {}
        row = {"threshold": t, **{k: full[k] for k in ("sensitivity", "specificity") if k in full}}
        groups = {}
        for g in sorted(set(sub.tolist())):
            m = sub == g
            called = float((scores[m] >= t).mean())
            key = "sensitivity" if y[m].mean() > 0.5 else "specificity"
            groups[g] = {"n": int(m.sum()), key: round(called if key == "sensitivity" else 1 - called, 4)}
        row["subgroups"] = groups
        points[name] = row
    out["points"] = points
    return out


def collections_report(parts: dict[str, tuple[list, np.ndarray]], thresholds: dict) -> dict:
    """{part name: (samples, scores)} -> {collection: {part: figures}}."""
    report: dict = {}
    for part, (samples, scores) in parts.items():
        for source, idx in by_source(samples).items():
            report.setdefault(source, {})[part] = figures([samples[i] for i in idx], scores[idx],
                                                          thresholds)
    return report
