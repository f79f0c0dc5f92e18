"""The split a run used, saved with the run so evaluation and export reuse exactly it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .data import Sample, describe


@dataclass
class Split:
    train: list[Sample]
    val: list[Sample]
    test: list[Sample]
    duplicates_dropped: int = 0
    file_list_sha256: str = ""
    source: str = ""
    counts: dict = field(default_factory=dict)


def save_split(split: Split, path: Path) -> None:
    doc = {
        "source": split.source,
        "duplicates_dropped": split.duplicates_dropped,
        "file_list_sha256": split.file_list_sha256,
        "counts": {k: describe(getattr(split, k)) for k in ("train", "val", "test")},
        **{k: [asdict(s) for s in getattr(split, k)] for k in ("train", "val", "test")},
    }
    path.write_text(json.dumps(doc, indent=1))


def load_split(path: Path) -> Split:
    doc = json.loads(Path(path).read_text())
    parts = {k: [Sample(**s) for s in doc[k]] for k in ("train", "val", "test")}
    return Split(**parts, duplicates_dropped=doc["duplicates_dropped"],
                 file_list_sha256=doc["file_list_sha256"], source=doc["source"],
                 counts=doc["counts"])


def save_external(folder: Path, samples: list[Sample], path: Path) -> None:
    """The second collection a run measured (and perhaps chose its epoch) on."""
    doc = {"source": str(folder), "counts": describe(samples), "samples": [asdict(s) for s in samples]}
    path.write_text(json.dumps(doc, indent=1))


def load_external(run_dir: Path) -> tuple[str, list[Sample]] | None:
    path = Path(run_dir) / "external.json"
    if not path.exists():
        return None
    doc = json.loads(path.read_text())
    return doc["source"], [Sample(**s) for s in doc["samples"]]


def open_run(run_dir: Path, cache_dir: Path | None = None):
    """(config, split, cache folder) of a finished training run, as evaluate and export need."""
    from .config import Config
    from .data import cache_path

    run_dir = Path(run_dir)
    cfg = Config.from_dict(json.loads((run_dir / "config.json").read_text()))
    return cfg, load_split(run_dir / "manifest.json"), cache_path(cache_dir)
