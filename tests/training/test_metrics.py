"""Metric functions against hand-computed values."""

import numpy as np
import pytest

from cxrtrain import metrics
from cxrtrain.evaluate import assess


def test_auc_perfect_and_inverted():
    y = np.array([0, 0, 1, 1])
    assert metrics.roc_auc(y, np.array([0.1, 0.2, 0.8, 0.9])) == 1.0
    assert metrics.roc_auc(y, np.array([0.9, 0.8, 0.2, 0.1])) == 0.0
    assert metrics.roc_auc(y, np.array([0.5, 0.5, 0.5, 0.5])) == 0.5


def test_auc_hand_computed():
    y = np.array([0, 1, 0, 1, 1])
    s = np.array([0.1, 0.4, 0.35, 0.8, 0.3])
    # pairs (pos, neg): 0.4>0.1,0.4>0.35, 0.8>both, 0.3>0.1 but <0.35 -> 5 of 6
    assert metrics.roc_auc(y, s) == pytest.approx(5 / 6)


def test_confusion_and_rates():
    y = np.array([1, 1, 1, 0, 0])
    s = np.array([0.9, 0.6, 0.2, 0.7, 0.1])
    f = metrics.at_threshold(y, s, 0.5)
    assert f["confusion"] == {"tp": 2, "fp": 1, "tn": 1, "fn": 1}
    assert f["sensitivity"] == pytest.approx(2 / 3)
    assert f["specificity"] == pytest.approx(0.5)
    assert f["precision"] == pytest.approx(2 / 3)


def test_screening_threshold_reaches_sensitivity_with_best_specificity():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 400)
    s = np.clip(0.35 * y + rng.random(400) * 0.7, 0, 1)
    t = metrics.screening_threshold(y, s, 0.97)
    assert metrics.at_threshold(y, s, t)["sensitivity"] >= 0.97
    higher = np.unique(s[s > t]).min()
    assert metrics.at_threshold(y, s, higher)["sensitivity"] < 0.97


def test_threshold_is_not_rounded_above_quantised_scores():
    """Regression: thresholds were rounded to 6 decimals, which moved a threshold equal to an
    int8 score (k/256) above it and silently dropped validation sensitivity below 0.97."""
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 600)
    s = np.clip(np.round((0.3 * y + rng.random(600) * 0.7) * 256) / 256, 0, 1)
    out = assess(y, s, y, s, ["normal" if v == 0 else "bacterial" for v in y], 0.97)
    t = out["thresholds"]["screening"]["value"]
    assert metrics.at_threshold(y, s, t)["sensitivity"] >= 0.97
    assert out["thresholds"]["screening"]["validation_sensitivity"] >= 0.97


def test_intervals_contain_point_and_calibration():
    rng = np.random.default_rng(2)
    y = rng.integers(0, 2, 300)
    s = np.clip(0.4 * y + rng.random(300) * 0.6, 0, 1)
    f = metrics.with_intervals(y, s, 0.5, rounds=200)
    for k in metrics.SCALARS:
        lo, hi = f[k]["ci95"]
        assert lo <= f[k]["value"] <= hi
    cal = metrics.calibration(y, s)
    assert 0 <= cal["ece"] <= 1 and sum(b["n"] for b in cal["bins"]) == 300
