"""Screening metrics in plain numpy: figures, bootstrap intervals, thresholds, calibration."""

from __future__ import annotations

import numpy as np


def roc_curve(y: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(false positive rate, true positive rate, thresholds), thresholds descending."""
    order = np.argsort(-s, kind="mergesort")
    s_sorted, y_sorted = s[order], y[order]
    distinct = np.r_[np.flatnonzero(np.diff(s_sorted)), len(s) - 1]
    tps = np.cumsum(y_sorted)[distinct]
    fps = (distinct + 1) - tps
    pos, neg = max(y.sum(), 1), max(len(y) - y.sum(), 1)
    return np.r_[0.0, fps / neg], np.r_[0.0, tps / pos], np.r_[np.inf, s_sorted[distinct]]


def roc_auc(y: np.ndarray, s: np.ndarray) -> float:
    if y.min() == y.max():
        return float("nan")
    fpr, tpr, _ = roc_curve(y, s)
    return float(np.trapezoid(tpr, fpr))


def pr_curve(y: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(-s, kind="mergesort")
    s_sorted, y_sorted = s[order], y[order]
    distinct = np.r_[np.flatnonzero(np.diff(s_sorted)), len(s) - 1]  # tied scores step together
    tp = np.cumsum(y_sorted)[distinct]
    precision = tp / (distinct + 1)
    recall = tp / max(y.sum(), 1)
    return recall, precision


def pr_auc(y: np.ndarray, s: np.ndarray) -> float:
    """Average precision (step-wise area under the precision-recall curve)."""
    if y.sum() == 0:
        return float("nan")
    recall, precision = pr_curve(y, s)
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


def at_threshold(y: np.ndarray, s: np.ndarray, threshold: float) -> dict:
    pred = s >= threshold
    tp = int(np.sum(pred & (y == 1)))
    fp = int(np.sum(pred & (y == 0)))
    tn = int(np.sum(~pred & (y == 0)))
    fn = int(np.sum(~pred & (y == 1)))
    sens = tp / (tp + fn) if tp + fn else float("nan")
    spec = tn / (tn + fp) if tn + fp else float("nan")
    prec = tp / (tp + fp) if tp + fp else float("nan")
    f1 = 2 * prec * sens / (prec + sens) if tp else 0.0
    return {"accuracy": (tp + tn) / len(y), "precision": prec, "sensitivity": sens,
            "specificity": spec, "f1": f1, "confusion": {"tp": tp, "fp": fp, "tn": tn, "fn": fn}}


SCALARS = ("accuracy", "precision", "sensitivity", "specificity", "f1", "roc_auc", "pr_auc")


def figures(y: np.ndarray, s: np.ndarray, threshold: float) -> dict:
    out = at_threshold(y, s, threshold)
    out["roc_auc"] = roc_auc(y, s)
    out["pr_auc"] = pr_auc(y, s)
    return out


def with_intervals(y: np.ndarray, s: np.ndarray, threshold: float, rounds: int = 1000,
                   seed: int = 0) -> dict:
    """Point figures with 95% percentile-bootstrap intervals (resampling images)."""
    point = figures(y, s, threshold)
    rng = np.random.default_rng(seed)
    draws = {k: [] for k in SCALARS}
    n = len(y)
    for _ in range(rounds):
        idx = rng.integers(0, n, n)
        yb, sb = y[idx], s[idx]
        if yb.min() == yb.max():
            continue
        f = figures(yb, sb, threshold)
        for k in SCALARS:
            draws[k].append(f[k])
    out = {"n": int(n), "positives": int(y.sum()), "threshold": float(threshold),
           "confusion": point["confusion"]}
    for k in SCALARS:
        values = np.array([v for v in draws[k] if np.isfinite(v)])
        lo, hi = (np.percentile(values, [2.5, 97.5]) if len(values) else (np.nan, np.nan))
        out[k] = {"value": _r(point[k]), "ci95": [_r(lo), _r(hi)]}
    return out


def screening_threshold(y: np.ndarray, s: np.ndarray, min_sensitivity: float) -> float:
    """The highest threshold whose sensitivity is >= min_sensitivity (hence the best specificity)."""
    fpr, tpr, thr = roc_curve(y, s)
    ok = np.flatnonzero(tpr >= min_sensitivity)
    i = ok[0]  # thresholds descend, so the first index that reaches the sensitivity is the highest
    return float(min(thr[i], 1.0))


def youden_threshold(y: np.ndarray, s: np.ndarray) -> float:
    fpr, tpr, thr = roc_curve(y, s)
    j = tpr - fpr
    j[0] = -1.0  # the infinite threshold labels nothing positive
    return float(min(thr[int(np.argmax(j))], 1.0))


def calibration(y: np.ndarray, s: np.ndarray, bins: int = 10) -> dict:
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(s, edges[1:-1]), 0, bins - 1)
    rows, ece = [], 0.0
    for b in range(bins):
        m = which == b
        if not m.any():
            continue
        conf, acc = float(s[m].mean()), float(y[m].mean())
        ece += m.mean() * abs(conf - acc)
        rows.append({"bin": [float(edges[b]), float(edges[b + 1])], "n": int(m.sum()),
                     "mean_score": conf, "fraction_positive": acc})
    return {"ece": round(float(ece), 4), "bins": rows}


def _r(v: float) -> float:
    return round(float(v), 4) if np.isfinite(v) else float("nan")
