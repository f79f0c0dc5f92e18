"""Honest evaluation: thresholds from validation only; figures reported on data that chose
nothing (the internal test split, or another labelled folder)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from . import metrics
from .manifest import open_run
from .plots import example_heatmaps, plot_curves, plot_reliability
from .report import write_report

log = logging.getLogger(__name__)


def assess(y_val, s_val, y_test, s_test, sub_test: list[str], min_sensitivity: float) -> dict:
    """Thresholds from validation; figures with 95% CIs on validation and on test."""
    thresholds = {
        "default": "screening",
        "screening": {"value": float(metrics.screening_threshold(y_val, s_val, min_sensitivity)),
                      "rule": f"highest threshold with validation sensitivity >= {min_sensitivity}"},
        "balanced": {"value": float(metrics.youden_threshold(y_val, s_val)),
                     "rule": "Youden's J on validation"},
    }
    out = {"thresholds": thresholds, "validation": {}, "test": {}, "subgroups_test": {}}
    for name in ("screening", "balanced"):
        t = thresholds[name]["value"]
        v = metrics.at_threshold(y_val, s_val, t)
        thresholds[name]["validation_sensitivity"] = round(v["sensitivity"], 4)
        thresholds[name]["validation_specificity"] = round(v["specificity"], 4)
        out["validation"][name] = metrics.with_intervals(y_val, s_val, t)
        out["test"][name] = metrics.with_intervals(y_test, s_test, t)
        sub = np.array(sub_test)
        groups = {}
        for g in sorted(set(sub_test)):
            m = sub == g
            f = metrics.at_threshold(y_test[m], s_test[m], t)
            key = "specificity" if g == "normal" else "sensitivity"
            groups[g] = {"n": int(m.sum()), key: round(f[key], 4)}
        out["subgroups_test"][name] = groups
    out["calibration_test"] = metrics.calibration(y_test, s_test)
    return out


def evaluate_run(run_dir: Path, data: Path | None = None, cache_dir: Path | None = None) -> dict:
    """Evaluate the run's best Keras checkpoint (float). With ``data``, score that labelled
    folder with the thresholds the run chose on its own validation split."""
    from .data import deduplicate, discover, load_cached
    from .scoring import score_keras

    run_dir = Path(run_dir)
    cfg, split, cache = open_run(run_dir, cache_dir)
    size = cfg.data.image_size
    x_val = load_cached(split.val, size, cache)
    y_val = np.array([s.label for s in split.val])
    s_val, _ = score_keras(run_dir / "best.keras", x_val)
    if data is None:
        samples, out_dir, title = split.test, run_dir / "eval", "internal test split (patient-grouped, held out)"
    else:
        samples, _ = deduplicate(discover(data))
        out_dir, title = run_dir / f"eval_{Path(data).name}", f"external folder {data}"
    x_test = load_cached(samples, size, cache)
    y_test = np.array([s.label for s in samples])
    s_test, cams = score_keras(run_dir / "best.keras", x_test)
    result = assess(y_val, s_val, y_test, s_test, [s.subgroup for s in samples],
                    cfg.export.screening_min_sensitivity)
    result["model"] = "float Keras checkpoint best.keras"
    result["reported_on"] = title
    save_evaluation(out_dir, result, y_test, s_test, x_test, cams, samples, title)
    return result


def save_evaluation(out_dir: Path, result: dict, y, s, images, cams, samples, title: str) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "metrics.json").write_text(json.dumps(result, indent=2))
    np.savez_compressed(out_dir / "scores.npz", y=y, s=s,
                        files=np.array([Path(x.path).name for x in samples]))
    plot_curves(y, s, out_dir)
    plot_reliability(result["calibration_test"], out_dir)
    if cams is not None:
        example_heatmaps(y, s, images, cams, result["thresholds"]["screening"]["value"], out_dir)
    write_report(out_dir, result, title)
    t = result["test"]["screening"]
    log.info("%s at screening threshold %.3f: sensitivity %s specificity %s AUC %s", title,
             result["thresholds"]["screening"]["value"], t["sensitivity"], t["specificity"],
             t["roc_auc"])
