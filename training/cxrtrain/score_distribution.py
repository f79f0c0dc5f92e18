"""The shipped int8 model's score distribution on the validation split and on the second
collection (external_val), per true class and overall, as it goes into metadata.json.

The hospital's monitor compares the scores it sees in the field with this block (population
stability index), so the scores must be the ones the application would give: the int8
``model.tflite`` run by LiteRT on images through the application's own preprocessing
(``scoring.score_tflite`` on ``data.load_cached``), never the float Keras model.

``add_distribution.add_score_distribution`` writes the block into an already exported model's metadata.json (and
its model card again) without touching model.tflite (its sha256 binds site operating points),
after checking that the run is the one the model was exported from: same name and version, same
file list, and the validation AUC it recomputes equals the one the metadata already holds.
"""

from __future__ import annotations

import logging

import numpy as np


log = logging.getLogger(__name__)

BINS = 20
BINNING = (f"{BINS} equal bins on [0, 1]: bin i holds scores in [i/{BINS}, (i+1)/{BINS}); "
           "a score of 1.0 counts in the last bin")
LABELS = ("NORMAL", "PNEUMONIA")
REFERENCE = "validation"
REFERENCE_WHY = (
    "The validation split is the reference: it is the distribution the model was selected and "
    "calibrated on (patient-grouped, never trained on), but it comes from the training hospital "
    "(Guangzhou), with its X-ray machines and its prevalence of pneumonia. external_val, from "
    "another hospital, shows how far scores move between hospitals with no change in the model; "
    "a field site is a third population, so some drift against the reference is expected, and "
    "a different prevalence of pneumonia alone changes the overall distribution.")


def histogram(scores: np.ndarray, bins: int = BINS) -> list[int]:
    """Counts per bin, with the monitor's rule (``cxrscreen.monitor.metrics.histogram``)."""
    idx = np.clip((np.asarray(scores, dtype=np.float64) * bins).astype(np.int64), 0, bins - 1)
    return [int(c) for c in np.bincount(idx, minlength=bins)]


def describe_scores(y: np.ndarray, scores: np.ndarray, source: str) -> dict:
    """One set's histograms: overall and per true class."""
    y, scores = np.asarray(y), np.asarray(scores)
    return {"source": source, "n": int(len(scores)),
            "n_by_class": {name: int(np.sum(y == k)) for k, name in enumerate(LABELS)},
            "all": histogram(scores),
            "by_class": {name: histogram(scores[y == k]) for k, name in enumerate(LABELS)}}


def score_distribution(sha256: str, sets: dict[str, dict]) -> dict:
    """The metadata block from ``describe_scores`` of each set (validation first)."""
    return {"scores": "int8 model.tflite run by LiteRT on the application's preprocessing "
                      "(as the application screens)",
            "model_sha256": sha256, "bins": BINS, "range": [0.0, 1.0], "binning": BINNING,
            "reference": REFERENCE, "reference_why": REFERENCE_WHY, "sets": sets}


def sets_from_scores(val: tuple[np.ndarray, np.ndarray], split_source: str,
                     ext: tuple[np.ndarray, np.ndarray, str] | None) -> dict[str, dict]:
    """{"validation": ..., "external_val": ...} from (labels, int8 scores) of each set."""
    sets = {"validation": describe_scores(
        *val, f"{split_source}: the run's patient-grouped validation split (training hospital)")}
    if ext is not None:
        y, q, source = ext
        sets["external_val"] = describe_scores(
            y, q, f"{source}: the second collection (another hospital; never trained on)")
    return sets


