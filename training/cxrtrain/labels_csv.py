"""A second hospital's collection described by a ``labels.csv`` (one row per file), as
``../shared/data/nih_adult`` is: file, patient_id, view, label, label_source.

Labels become the model's two classes: ``lung_opacity`` (a radiologist saw an opacity suggesting
pneumonia) and ``nih_pneumonia`` (NIH's report-mined label, weak) are positive; ``normal`` and
``not_normal_no_opacity`` (abnormal, but no opacity) are negative. The label itself is kept as the
sample's subgroup, so every figure can be given per label and the weak labels can be weighted down
in training and left out of evaluation (:data:`WEAK_SUBGROUPS`).
"""

from __future__ import annotations

import csv
from pathlib import Path

from .sample import Sample

POSITIVE = {"lung_opacity": 1, "nih_pneumonia": 1, "pneumonia": 1}
NEGATIVE = {"normal": 0, "not_normal_no_opacity": 0}
WEAK_SUBGROUPS = frozenset({"nih_pneumonia"})


def from_labels_csv(path: Path) -> list[Sample]:
    path = Path(path)
    name = path.parent.resolve().name
    out = []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            label_text = row["label"].strip()
            if label_text in POSITIVE:
                label = POSITIVE[label_text]
            elif label_text in NEGATIVE:
                label = NEGATIVE[label_text]
            else:
                raise ValueError(f"{path}: unknown label {label_text!r} for {row['file']}")
            out.append(Sample(str(path.parent / row["file"]), label,
                              f"{name}:{row['patient_id'].strip()}", label_text,
                              source=name, view=(row.get("view") or "").strip().upper()))
    return out


def strong_only(samples: list[Sample]) -> list[Sample]:
    """Without the weak labels: what evaluation and the choice of epoch may use."""
    return [s for s in samples if s.subgroup not in WEAK_SUBGROUPS]
