"""A new version of an existing input check: its folder, the files it keeps unchanged, and its
metadata stamped as derived (``add-view``, ``add-view-evidence``, ``refit-density``)."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path


def derive(source: Path, to: Path, version: str, keep: tuple[str, ...],
           new: str) -> tuple[dict, Path]:
    """(the source's metadata, stamped as ``version`` derived from it, and the new folder), with
    the files that the metadata keys in ``keep`` name (``model_file``...) copied over; ``new``
    says what the version changes. A key the metadata lacks is skipped."""
    source, to = Path(source), Path(to)
    meta = json.loads((source / "metadata.json").read_text())
    folder = to / meta["name"] / version
    if folder.resolve() == source.resolve():
        raise SystemExit("choose a new version: the source folder would be overwritten")
    folder.mkdir(parents=True, exist_ok=True)
    for key in keep:
        if meta.get(key):
            shutil.copy2(source / meta[key], folder / meta[key])
    meta["version"] = version
    meta["created"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    meta["derived_from"] = f"{meta['name']} {source.name}: {new}"
    return meta, folder
