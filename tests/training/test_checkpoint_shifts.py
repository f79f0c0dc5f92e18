"""cxrtrain checkpoint-shifts: each checkpoint's own screening threshold on unshifted external_val,
and the change each framing shift makes, per collection."""

import numpy as np
import pytest

pytest.importorskip("tensorflow")

from cxrtrain.checkpoint_shifts import judge, markdown  # noqa: E402


def _labels():
    return {"external_val": np.array([0, 0, 0, 0, 1, 1, 1, 1]),
            "nih": np.array([0, 0, 1, 1])}


def test_threshold_comes_from_unshifted_external_val_and_changes_are_against_it():
    ext = np.array([0.1, 0.2, 0.3, 0.6, 0.5, 0.7, 0.8, 0.9])
    scores = {"external_val": {"none": ext, "crop 10% of each edge": ext + 0.3},
              "nih": {"none": np.array([0.1, 0.9, 0.8, 0.9]),
                      "crop 10% of each edge": np.array([0.1, 0.2, 0.8, 0.9])}}
    r = judge(scores, _labels())
    assert r["threshold"] == 0.5  # the highest that keeps every pneumonia of external_val
    ext_rows = r["collections"]["external_val"]
    assert ext_rows["none"]["specificity"] == 0.75 and ext_rows["none"]["sensitivity"] == 1.0
    assert ext_rows["crop 10% of each edge"]["specificity"] == 0.25  # 0.4, 0.5, 0.6 now refer
    assert ext_rows["crop 10% of each edge"]["specificity_change"] == -0.5
    nih = r["collections"]["nih"]
    assert nih["none"]["specificity"] == 0.5 and nih["crop 10% of each edge"]["specificity"] == 1.0
    assert nih["crop 10% of each edge"]["specificity_change"] == 0.5
    text = markdown({"ckpt.keras": r})
    assert "0.250 (-0.500)" in text and "| nih |" in text


def _figures(change_spec, change_sens=0.0):
    rows = {"none": {"specificity_change": 0.0, "sensitivity_change": 0.0},
            "crop 10% of each edge": {"specificity_change": change_spec,
                                      "sensitivity_change": change_sens}}
    return {"collections": {"external_val": rows, "nih": {"none": {}}}}


def test_the_epoch_rule_filters_on_framing_then_takes_the_best_worst_collection_auc():
    from cxrtrain.epoch_rule import choose, markdown as rule_markdown

    shifts = {"e1": _figures(-0.09), "e2": _figures(-0.04), "e3": _figures(0.01, -0.06),
              "e4": _figures(0.05)}
    aucs = {"e1": {"a": 0.99, "b": 0.80}, "e2": {"a": 0.95, "b": 0.70},
            "e3": {"a": 0.99, "b": 0.90}, "e4": {"a": 0.72, "b": 0.99}}
    r = choose(shifts, aucs)
    # e1 (spec -0.09) and e3 (sens -0.06) fail the framing step despite the better AUCs.
    assert [n for n, row in r["candidates"].items() if row["passes"]] == ["e2", "e4"]
    assert r["chosen"] == "e4" and r["candidates"]["e4"]["worst_auc"] == 0.72
    assert "`e4` **(chosen)**" in rule_markdown(r)
    assert choose({"e1": _figures(-0.2)}, {"e1": {"a": 0.9}})["chosen"] is None


def test_a_reported_blur_is_not_part_of_the_framing_step():
    from cxrtrain.epoch_rule import choose

    figures = _figures(-0.02)
    figures["collections"]["external_val"]["blur (1.5 px at 224)"] = {
        "specificity_change": -0.2, "sensitivity_change": 0.0}
    r = choose({"e1": figures}, {"e1": {"a": 0.9}})
    assert r["chosen"] == "e1" and r["candidates"]["e1"]["largest_change"] == 0.02


def test_an_unknown_extra_shift_is_refused_before_any_work(tmp_path):
    from cxrtrain.checkpoint_shifts import labelled_sets

    with pytest.raises(ValueError, match="unknown shift"):
        labelled_sets(tmp_path, extra=("blur 9 px",))
