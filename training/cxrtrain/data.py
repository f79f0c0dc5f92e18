"""Data: find labelled images, de-duplicate, split by patient, and cache them through the
application's own preprocessing (cxrscreen.core.xray), so training sees what the app sees."""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import random
import re
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path

import numpy as np

from cxrscreen.core.xray.contract import PREPROCESSING_NAME
from cxrscreen.core.xray.read import load_for_model

from .labels_csv import from_labels_csv
from .sample import Sample

log = logging.getLogger(__name__)

LABELS = ("NORMAL", "PNEUMONIA")
IMAGE_SUFFIXES = {".jpeg", ".jpg", ".png", ".dcm", ".dicom", ""}
_PATIENT_PATTERNS = (
    re.compile(r"^(person\d+)_", re.I),
    re.compile(r"^((?:NORMAL2-)?IM-\d+)-", re.I),
)


def patient_of(filename: str) -> str:
    stem = Path(filename).name
    for pattern in _PATIENT_PATTERNS:
        match = pattern.match(stem)
        if match:
            return match.group(1)
    return Path(filename).stem


def subgroup_of(filename: str, label: int) -> str:
    name = Path(filename).name.lower()
    if label == 0:
        return "normal"
    if "bacteria" in name:
        return "bacterial"
    if "virus" in name:
        return "viral"
    return "pneumonia"


def discover(source: str | Path) -> list[Sample]:
    """Kaggle layout (train/[val/][test/] each with NORMAL/ and PNEUMONIA/, or NORMAL/ and
    PNEUMONIA/ directly) or a CSV manifest with columns path,label[,patient]."""
    source = Path(source)
    if source.is_file() and source.suffix.lower() == ".csv":
        return _from_csv(source)
    if (source / "labels.csv").is_file() and not (source / LABELS[0]).is_dir():
        return from_labels_csv(source / "labels.csv")
    if not source.is_dir():
        raise FileNotFoundError(f"no data folder or CSV manifest at {source}")
    if all((source / lab).is_dir() for lab in LABELS):
        return _from_folder(source, "")
    samples: list[Sample] = []
    for split in ("train", "val", "test"):
        if (source / split).is_dir():
            samples += _from_folder(source / split, split)
    if not samples:
        raise FileNotFoundError(f"{source} has neither NORMAL/ and PNEUMONIA/ nor train/")
    return samples


def _from_folder(folder: Path, split: str) -> list[Sample]:
    out = []
    for label, name in enumerate(LABELS):
        for path in sorted((folder / name).rglob("*")):
            if path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES and not path.name.startswith("."):
                out.append(Sample(str(path), label, patient_of(path.name),
                                  subgroup_of(path.name, label), split,
                                  source=_collection_name(folder)))
    return out


def _collection_name(folder: Path) -> str:
    """The collection a Kaggle-layout folder belongs to: ``chest_xray`` for chest_xray/train,
    ``external_val`` for chest_xray/external_val."""
    name = folder.resolve().name
    return folder.resolve().parent.name if name in ("train", "val", "test") else name


def _from_csv(manifest: Path) -> list[Sample]:
    out = []
    with open(manifest, newline="") as fh:
        for row in csv.DictReader(fh):
            label_text = row["label"].strip().upper()
            label = 1 if label_text in ("1", "PNEUMONIA", "POSITIVE") else 0
            path = Path(row["path"])
            if not path.is_absolute():
                path = manifest.parent / path
            patient = (row.get("patient") or "").strip() or patient_of(path.name)
            out.append(Sample(str(path), label, patient, subgroup_of(path.name, label),
                              (row.get("split") or "").strip()))
    return out


def deduplicate(samples: list[Sample]) -> tuple[list[Sample], int]:
    """Drop byte-identical files (keeps the first in sorted path order). Returns (kept, dropped)."""
    seen: set[str] = set()
    kept = []
    for s in sorted(samples, key=lambda s: s.path):
        digest = hashlib.sha256(Path(s.path).read_bytes()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        kept.append(Sample(**{**asdict(s), "sha256": digest}))
    return kept, len(samples) - len(kept)


def split_by_patient(samples: list[Sample], val_fraction: float, test_fraction: float,
                     seed: int) -> tuple[list[Sample], list[Sample], list[Sample]]:
    """Train / validation / internal test, stratified by each patient's majority label; no
    patient is in two parts. Validation picks the checkpoint and the thresholds; the internal test
    part is touched only to report figures. A layout's own val/ and test/ folders win."""
    given_val = [s for s in samples if s.split == "val"]
    given_test = [s for s in samples if s.split == "test"]
    rest = [s for s in samples if s.split in ("train", "")]
    by_patient: dict[str, list[Sample]] = defaultdict(list)
    for s in rest:
        by_patient[s.patient].append(s)
    rng = random.Random(seed)
    parts: dict[str, set[str]] = {"val": set(), "test": set()}
    wanted = {"val": 0.0 if given_val else val_fraction, "test": 0.0 if given_test else test_fraction}
    for label in (0, 1):
        patients = sorted(p for p, ss in by_patient.items()
                          if round(sum(x.label for x in ss) / len(ss)) == label)
        rng.shuffle(patients)
        total = sum(len(by_patient[p]) for p in patients)
        queue = iter(patients)
        for part in ("val", "test"):
            taken = 0
            while taken < wanted[part] * total:
                p = next(queue, None)
                if p is None:
                    break
                parts[part].add(p)
                taken += len(by_patient[p])
    train = [s for s in rest if s.patient not in parts["val"] | parts["test"]]
    val = given_val or [s for s in rest if s.patient in parts["val"]]
    test = given_test or [s for s in rest if s.patient in parts["test"]]
    return train, val, test


def limit_stratified(samples: list[Sample], limit: int, seed: int) -> list[Sample]:
    if limit <= 0 or limit >= len(samples):
        return samples
    rng = random.Random(seed)
    out = []
    for label in (0, 1):
        group = [s for s in samples if s.label == label]
        rng.shuffle(group)
        out += group[: max(2, round(limit * len(group) / len(samples)))]
    return sorted(out, key=lambda s: s.path)


def describe(samples: list[Sample]) -> dict:
    return {
        "images": len(samples),
        "patients": len({s.patient for s in samples}),
        "by_class": {LABELS[k]: v for k, v in sorted(Counter(s.label for s in samples).items())},
        "by_subgroup": dict(sorted(Counter(s.subgroup for s in samples).items())),
    }


def file_list_sha256(samples: list[Sample]) -> str:
    lines = sorted(f"{s.sha256} {LABELS[s.label]} {Path(s.path).name}" for s in samples)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def cache_path(cache_dir: str | Path | None = None) -> Path:
    """The decoded-image cache: ``cache_dir``, else $CXRTRAIN_CACHE, else .cache/cxrtrain."""
    if cache_dir:
        return Path(cache_dir)
    return Path(os.environ.get("CXRTRAIN_CACHE", ".cache/cxrtrain"))


def _decode_one(args: tuple[str, int]) -> np.ndarray:
    path, size = args
    x = load_for_model(path, size)
    return np.rint(x * 255.0).astype(np.uint8)


def load_cached(samples: list[Sample], size: int, cache_dir: Path, workers: int = 2) -> np.ndarray:
    """(N, size, size) uint8 through the app's preprocessing; cached by file hashes and size."""
    key = hashlib.sha256(
        json.dumps([PREPROCESSING_NAME, size, [s.sha256 or s.path for s in samples]]).encode()
    ).hexdigest()[:20]
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"images_{size}_{key}.npy"
    if path.exists():
        return np.load(path)
    jobs = [(s.path, size) for s in samples]
    try:
        from tqdm import tqdm
    except ImportError:  # progress bars are a nicety
        tqdm = None
    with ProcessPoolExecutor(max_workers=workers) as pool:
        it = pool.map(_decode_one, jobs, chunksize=32)
        if tqdm is not None:
            it = tqdm(it, total=len(jobs), desc=f"decode {size}px", unit="img")
        arr = np.stack(list(it))
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, arr)
    tmp.replace(path)
    return arr
