"""The score histograms stored in a model's metadata use the monitor's binning, so the monitor
can compare the field's scores with them bin for bin."""

import numpy as np

from cxrscreen.monitor.metrics import histogram as monitor_histogram
from cxrtrain.score_distribution import describe_scores, histogram


def test_binning_is_the_monitors():
    scores = np.concatenate([np.arange(257) / 256.0, [0.0, 0.05, 0.95, 1.0, 0.999999]])
    for bins in (10, 20):
        assert histogram(scores, bins) == monitor_histogram(scores.tolist(), bins)
    assert histogram(np.array([0.0, 0.05, 0.5, 1.0]), 10) == [2, 0, 0, 0, 0, 1, 0, 0, 0, 1]


def test_describe_scores_splits_by_true_class():
    y = np.array([0, 0, 1, 1, 1])
    q = np.array([0.01, 0.6, 0.4, 0.97, 1.0])
    d = describe_scores(y, q, "here")
    assert d["n"] == 5 and d["n_by_class"] == {"NORMAL": 2, "PNEUMONIA": 3}
    assert d["by_class"]["NORMAL"][0] == 1 and d["by_class"]["NORMAL"][12] == 1
    assert d["by_class"]["PNEUMONIA"][8] == 1 and d["by_class"]["PNEUMONIA"][19] == 2
    assert d["all"] == [a + b for a, b in zip(d["by_class"]["NORMAL"], d["by_class"]["PNEUMONIA"])]
