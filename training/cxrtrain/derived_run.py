"""A run folder for a model made from trained ones (an ensemble or a weight average), beside the
run whose configuration and split it takes, so that ``cxrtrain export`` treats it as any run."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

# The run files the export reads, copied from the run the new model is made beside.
RUN_FILES = ("manifest.json", "external.json", "git_commit.txt")


def check_run(run_dir: Path, out: Path) -> None:
    """Refuse before any work: an existing ``out``, or a ``run_dir`` that is not a finished run."""
    if Path(out).exists():
        raise FileExistsError(f"{out} exists; choose a new folder")
    for name in ("config.json", "manifest.json"):
        if not (Path(run_dir) / name).is_file():
            raise FileNotFoundError(f"{Path(run_dir) / name}: not a finished training run")


def write_run(run_dir: Path, out: Path, model, version: str, card_notes: str,
              record_name: str, record: dict) -> Path:
    """``out`` with ``run_dir``'s split and configuration (export.version set to ``version``),
    ``model`` as its kept checkpoint and ``record`` (how it was made) as ``<record_name>.json``."""
    run_dir, out = Path(run_dir), Path(out)
    check_run(run_dir, out)
    out.mkdir(parents=True)
    for name in RUN_FILES:
        if (run_dir / name).is_file():
            shutil.copy2(run_dir / name, out / name)
    cfg = json.loads((run_dir / "config.json").read_text())
    cfg["export"]["version"] = version
    if card_notes:
        cfg["export"]["card_notes"] = card_notes
    (out / "config.json").write_text(json.dumps(cfg, indent=2))
    model.save(out / "best.keras")
    (out / f"{record_name}.json").write_text(json.dumps({"run": str(run_dir), **record}, indent=2))
    return out


def members_record(members: list[Path]) -> list[dict]:
    return [{"path": str(p), "sha256": hashlib.sha256(Path(p).read_bytes()).hexdigest()}
            for p in members]
