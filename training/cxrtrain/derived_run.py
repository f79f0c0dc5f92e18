"""A run folder for a model made from trained ones (an ensemble or a weight average), beside the
run whose configuration and split it takes, so that ``cxrtrain export`` treats it as any run."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

# The run files the export reads, copied from the run the new model is made beside.
RUN_FILES = ("manifest.json", "external.json", "git_commit.txt")
# The kinds of model made from trained ones; each leaves its record as <kind>.json in its run.
KINDS = ("ensemble", "soup")


def check_run(run_dir: Path, out: Path) -> None:
    """Refuse before any work: an existing ``out``, or a ``run_dir`` that is not a finished run."""
    if Path(out).exists():
        raise FileExistsError(f"{out} exists; choose a new folder")
    for name in ("config.json", "manifest.json"):
        if not (Path(run_dir) / name).is_file():
            raise FileNotFoundError(f"{Path(run_dir) / name}: not a finished training run")


def write_run(run_dir: Path, out: Path, build, version: str, card_notes: str,
              kind: str, record: dict) -> Path:
    """``out`` with ``run_dir``'s split and configuration (export.version set to ``version``),
    the model ``build()`` makes as its kept checkpoint, and ``record`` (how it was made) as
    ``<kind>.json``. Refused, before the model is built, as ``check_run`` refuses."""
    run_dir, out = Path(run_dir), Path(out)
    if kind not in KINDS:
        raise ValueError(f"{kind}: not one of {KINDS}")
    check_run(run_dir, out)
    model = build()
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
    (out / f"{kind}.json").write_text(json.dumps({"run": str(run_dir), **record}, indent=2))
    return out


def read_records(run_dir: Path) -> dict[str, dict]:
    """{kind: record} of the run's model when it was made from trained ones, else {}."""
    return {kind: json.loads((Path(run_dir) / f"{kind}.json").read_text()) for kind in KINDS
            if (Path(run_dir) / f"{kind}.json").exists()}


def members_record(members: list[Path]) -> list[dict]:
    return [{"path": str(p), "sha256": hashlib.sha256(Path(p).read_bytes()).hexdigest()}
            for p in members]
