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
