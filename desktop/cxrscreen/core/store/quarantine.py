"""Nothing that may be the only copy of a case is deleted by the start-up clean-up.

- A stored file that no case points to is **moved** to ``<data folder>/quarantine/`` (still
  encrypted, under the same name) and logged, never deleted: after a partial restore or a lost
  ``-wal`` file, those files are the only copies of the newest cases. A quarantined file that a
  case points to again (the right database was put back) is moved back by the next clean-up.
- A **database older than its files** is refused before anything is moved. ``files/.written``
  records how many cases this folder had after each import (cases are never deleted: retention
  leaves a stub); a database holding fewer cases than that is an older copy (a restored backup,
  a copy without its ``-wal``). The marker is written after the commit (renamed into place, not
  fsynced), so a crash leaves it behind the database or empty, never ahead of it.

``cxrscreen doctor`` (cli/doctor.py) lists damaged cases, missing files and quarantined files for
IT, and accepts an older database on purpose.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from ..errors import OlderDatabaseError
from ..i18n import QT_TRANSLATE_NOOP
from .files import FileStore, atomic_write, ensure_private_dir, fsync_dir, os_error

log = logging.getLogger(__name__)
QUARANTINE_DIR = "quarantine"
MARKER = ".written"


@dataclass(frozen=True)
class QuarantinedFile:
    path: Path
    sha: str
    size: int
    mtime: float


def quarantine_dir(data_dir: Path) -> Path:
    return Path(data_dir) / QUARANTINE_DIR


def case_count(con: sqlite3.Connection) -> int:
    return con.execute("SELECT COUNT(*) FROM cases").fetchone()[0]


def written(files: FileStore) -> int:
    """The number of cases this folder is known to have had (0 when never recorded)."""
    try:
        text = (files.files / MARKER).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return 0
    except (OSError, UnicodeDecodeError):
        log.warning("the record of cases written (%s) cannot be read; it is written again",
                    files.files / MARKER)
        return 0
    return int(text) if text.isdigit() else 0


def record_written(files: FileStore, count: int) -> None:
    """After a commit: this folder now has ``count`` cases. Best effort: a failure (a full disk)
    only leaves the record behind the database, which never refuses anything."""
    if count <= written(files):
        return
    # Renamed into place but not fsynced: a power cut may leave an older or an empty record,
    # which only weakens the check (it never refuses a good database), and an fsync per import
    # cost a quarter of the import rate (tests/benchmarks/bench_store_sync.py).
    tmp = files.tmp / f"{os.getpid()}-written-{threading.get_ident()}.tmp"
    try:
        tmp.write_bytes(f"{count}\n".encode("ascii"))
        os.replace(tmp, files.files / MARKER)
    except OSError as exc:
        log.warning("the record of cases written was not updated (%s)", exc.strerror or exc)


def check_not_older(con: sqlite3.Connection, files: FileStore, data_dir: Path) -> None:
    have, had = case_count(con), written(files)
    if have < had:
        log.error("the case database holds %d cases, but this folder had %d: refused (an "
                  "older database beside newer files)", have, had)
        raise OlderDatabaseError(QT_TRANSLATE_NOOP(
            "StoreError", "The case database in {folder} is older than the files beside it: it "
            "holds {have} cases, but this folder had {had}. It may be a restored backup, or a copy "
            "whose cases.sqlite3-wal file was lost. Nothing was changed or deleted. Put back the "
            "newer cases.sqlite3 together with its -wal file, or restore the whole folder from "
            "one backup. If this older database is really the one to keep, an administrator "
            "runs `cxrscreen doctor --accept-older-database` (the files of the newer cases are "
            "kept in the quarantine folder)."), folder=data_dir, have=have, had=had)


def accept_older(con: sqlite3.Connection, files: FileStore) -> None:
    """Accept the database as it is: the record follows it (the clean-up then quarantines the
    files it does not know)."""
    count = case_count(con)
    atomic_write(files.files / MARKER, f"{count}\n".encode("ascii"), files.tmp)
    log.warning("an older case database was accepted (%d cases); files it does not know go to "
                "the quarantine folder", count)


def move_to_quarantine(files: FileStore, sha: str, data_dir: Path) -> Path:
    target_dir = ensure_private_dir(quarantine_dir(data_dir))
    source, target = files.path(sha), target_dir / files.path(sha).name
    try:
        os.replace(source, target)
        fsync_dir(target_dir)
        fsync_dir(source.parent)
    except OSError as exc:
        raise os_error(exc, target_dir) from None
    log.warning("a stored file no case points to was moved to the quarantine folder: %s",
                target)
    return target


def reattach(files: FileStore, used: set[str], data_dir: Path) -> list[str]:
    """Move back the quarantined files that a case points to and that ``files/`` lacks."""
    back = []
    for q in quarantined(data_dir):
        if q.sha in used and not files.has(q.sha):
            ensure_private_dir(files.path(q.sha).parent)
            try:
                os.replace(q.path, files.path(q.sha))
                fsync_dir(files.path(q.sha).parent)
            except OSError as exc:
                raise os_error(exc, files.files) from None
            log.info("a quarantined file was re-attached: %s", q.sha)
            back.append(q.sha)
    return back


def quarantined(data_dir: Path) -> list[QuarantinedFile]:
    folder = quarantine_dir(data_dir)
    if not folder.is_dir():
        return []
    out = []
    for f in sorted(folder.iterdir()):
        name = f.name
        if f.is_file() and name.endswith(FileStore.SUFFIX) and \
                len(name) == 64 + len(FileStore.SUFFIX):
            st = f.stat()
            out.append(QuarantinedFile(f, name[:64], st.st_size, st.st_mtime))
    return out
