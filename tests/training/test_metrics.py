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


def test_second_collection_chooses_the_points_and_high_sensitivity_holds_on_both():
    """With a second collection, the screening point is chosen there (sensitivity >= 0.97 on it),
    and high_sensitivity keeps >= 0.97 on validation too, even when validation needs a lower
    threshold (as for model 1.1.0: 0.05 vs 0.35)."""
    rng = np.random.default_rng(3)
    y_val = rng.integers(0, 2, 400)
    s_val = np.clip(0.15 * y_val + rng.random(400) * 0.8, 0, 1)  # weak separation: low threshold
    y_ext = rng.integers(0, 2, 300)
    s_ext = np.clip(0.5 * y_ext + rng.random(300) * 0.5, 0, 1)
    sub_ext = ["normal" if v == 0 else "viral" for v in y_ext]
    out = assess(y_val, s_val, y_val, s_val, ["normal" if v == 0 else "bacterial" for v in y_val],
                 0.97, (y_ext, s_ext, sub_ext))
    th = out["thresholds"]
    assert out["thresholds_chosen_on"] == "external"
    assert metrics.at_threshold(y_ext, s_ext, th["screening"]["value"])["sensitivity"] >= 0.97
    assert th["screening"]["value"] == metrics.screening_threshold(y_ext, s_ext, 0.97)
    hs = th["high_sensitivity"]["value"]
    assert hs <= th["screening"]["value"]
    for y, s in ((y_val, s_val), (y_ext, s_ext)):
        assert metrics.at_threshold(y, s, hs)["sensitivity"] >= 0.97
    assert set(out["external"]) == {"screening", "balanced", "high_sensitivity"}
    assert th["screening"]["external_sensitivity"] >= 0.97
    assert "viral" in out["subgroups_external"]["screening"]
