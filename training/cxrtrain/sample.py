"""One labelled image of a training collection. Its own module so that the readers of each
collection's layout (data.py for folders and CSV manifests, labels_csv.py for labels.csv) can both
build Samples without importing each other."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    path: str
    label: int  # 1 = PNEUMONIA
    patient: str
    subgroup: str  # "normal", "bacterial", "viral" or "pneumonia"
    split: str = ""  # "train", "val", "test" when the layout says so
    sha256: str = ""
    source: str = ""  # the collection (hospital) it comes from: its folder name
    view: str = ""  # "PA" or "AP" where the collection records it
