"""Honest evaluation: thresholds from validation only; figures reported on data that chose
nothing (the internal test split, or another labelled folder)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from . import metrics
from .manifest import load_external, open_run
from .plots import example_heatmaps, plot_curves, plot_reliability
from .report import write_report

log = logging.getLogger(__name__)


def _subgroups(y, s, sub: list[str], t: float) -> dict:
    sub = np.array(sub)
    groups = {}
    for g in sorted(set(sub.tolist())):
        m = sub == g
        f = metrics.at_threshold(y[m], s[m], t)
        key = "specificity" if g == "normal" else "sensitivity"
        groups[g] = {"n": int(m.sum()), key: round(f[key], 4)}
    return groups


def operating_points(thresholds: dict) -> list[str]:
    return [k for k in ("screening", "balanced", "high_sensitivity") if k in thresholds]


def assess(y_val, s_val, y_test, s_test, sub_test: list[str], min_sensitivity: float,
           external: tuple | None = None, also: tuple | None = None) -> dict:
    """Operating points and figures with 95% CIs on every set.

    ``external`` is (labels, scores, subgroups) of a second collection. When it is given, it
    chooses the operating points (the default "screening" point is the highest threshold with
    sensitivity >= ``min_sensitivity`` there): a site unlike the training folder is what the
    application will meet, and a split of the training folder is saturated. Otherwise the
    validation split chooses them. The internal test split chooses nothing in either case.

    ``also`` is (labels, scores, min_sensitivity, name) of a further collection's validation
    patients (another hospital): the screening point then also keeps that sensitivity there, so
    that the default point does not fall apart at the other hospital.
    """
    if external is not None:
        y_sel, s_sel, chosen_on = external[0], external[1], "external"
        where = "the second collection (external_val)"
    else:
        y_sel, s_sel, chosen_on, where = y_val, s_val, "validation", "validation"
    thresholds = {
        "default": "screening",
        "screening": {"value": float(metrics.screening_threshold(y_sel, s_sel, min_sensitivity)),
                      "rule": f"highest threshold with sensitivity >= {min_sensitivity} on {where}"},
        "balanced": {"value": float(metrics.youden_threshold(y_sel, s_sel)),
                     "rule": f"Youden's J on {where}"},
    }
    if also is not None:
        y_also, s_also, min_also, name_also = also
        other = float(metrics.screening_threshold(y_also, s_also, min_also))
        point = thresholds["screening"]
        point["value"] = min(point["value"], other)
        point["rule"] += f" and sensitivity >= {min_also} on {name_also}"
        point["also_sensitivity"] = round(
            metrics.at_threshold(y_also, s_also, point["value"])["sensitivity"], 4)
    if external is not None:
        # The two collections may need very different thresholds for the same sensitivity: this
        # point keeps the target on both, for sites that want sensitivity first.
        both = min(metrics.screening_threshold(y_val, s_val, min_sensitivity),
                   thresholds["screening"]["value"])
        thresholds["high_sensitivity"] = {
            "value": float(both),
            "rule": f"highest threshold with sensitivity >= {min_sensitivity} on both validation "
                    "and the second collection (external_val)"}
    out = {"thresholds": thresholds, "thresholds_chosen_on": chosen_on, "validation": {},
           "test": {}, "subgroups_test": {}}
    if external is not None:
        out.update({"external": {}, "subgroups_external": {}})
    for name in operating_points(thresholds):
        t = thresholds[name]["value"]
        v = metrics.at_threshold(y_val, s_val, t)
        thresholds[name]["validation_sensitivity"] = round(v["sensitivity"], 4)
        thresholds[name]["validation_specificity"] = round(v["specificity"], 4)
        out["validation"][name] = metrics.with_intervals(y_val, s_val, t)
        out["test"][name] = metrics.with_intervals(y_test, s_test, t)
        out["subgroups_test"][name] = _subgroups(y_test, s_test, sub_test, t)
        if external is not None:
            e = metrics.at_threshold(external[0], external[1], t)
            thresholds[name]["external_sensitivity"] = round(e["sensitivity"], 4)
            thresholds[name]["external_specificity"] = round(e["specificity"], 4)
            out["external"][name] = metrics.with_intervals(external[0], external[1], t)
            out["subgroups_external"][name] = _subgroups(external[0], external[1], external[2], t)
    out["calibration_test"] = metrics.calibration(y_test, s_test)
    if external is not None:
        out["calibration_external"] = metrics.calibration(external[0], external[1])
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
    external = None
    ext = load_external(run_dir)
    if ext is not None:
        ext_samples = ext[1]
        s_ext, _ = score_keras(run_dir / "best.keras", load_cached(ext_samples, size, cache))
        external = (np.array([s.label for s in ext_samples]), s_ext,
                    [s.subgroup for s in ext_samples])
    if data is None:
        samples, out_dir, title = split.test, run_dir / "eval", "internal test split (patient-grouped, held out)"
    else:
        samples, _ = deduplicate(discover(data))
        out_dir, title = run_dir / f"eval_{Path(data).name}", f"external folder {data}"
    x_test = load_cached(samples, size, cache)
    y_test = np.array([s.label for s in samples])
    s_test, cams = score_keras(run_dir / "best.keras", x_test)
    result = assess(y_val, s_val, y_test, s_test, [s.subgroup for s in samples],
                    cfg.export.screening_min_sensitivity, external)
    result["model"] = "float Keras checkpoint best.keras"
    result["external_source"] = ext[0] if ext is not None else None
    result["reported_on"] = title
    save_evaluation(out_dir, result, y_test, s_test, x_test, cams, samples, title, external)
    return result


def save_evaluation(out_dir: Path, result: dict, y, s, images, cams, samples, title: str,
                    external: tuple | None = None) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "metrics.json").write_text(json.dumps(result, indent=2))
    np.savez_compressed(out_dir / "scores.npz", y=y, s=s,
                        files=np.array([Path(x.path).name for x in samples]))
    plot_curves(y, s, out_dir)
    plot_reliability(result["calibration_test"], out_dir)
    if external is not None:
        plot_curves(external[0], external[1], out_dir, name="roc_pr_external.png",
                    title="second collection")
        plot_reliability(result["calibration_external"], out_dir, name="reliability_external.png")
    if cams is not None:
        example_heatmaps(y, s, images, cams, result["thresholds"]["screening"]["value"], out_dir)
    write_report(out_dir, result, title)
    t = result["test"]["screening"]
    log.info("%s at screening threshold %.3f: sensitivity %s specificity %s AUC %s", title,
             result["thresholds"]["screening"]["value"], t["sensitivity"], t["specificity"],
             t["roc_auc"])
    if "external" in result:
        e = result["external"]["screening"]
        log.info("second collection at the same threshold: sensitivity %s specificity %s AUC %s",
                 e["sensitivity"], e["specificity"], e["roc_auc"])
