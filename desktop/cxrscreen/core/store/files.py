"""The data folder and its content-addressed files, written so a crash never leaves half a file.

A file is written to ``tmp/`` under a name that carries the writer's process id, flushed and
fsynced, then renamed to ``files/<sha[:2]>/<sha>`` and the folder fsynced. Only after that does the
database row that points to it commit (see store.py). So after a crash there can be temporary files
and unreferenced files, never a row pointing to a missing or partial file; :meth:`FileStore.
cleanup` removes the leftovers. Every file is encrypted before it is written (see FileStore).
"""

from __future__ import annotations

import errno
import sqlite3
import hashlib
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP
from ..errors import DiskFullError, ReadOnlyError, StoreDamagedError, StoreError, StoreLockedError
from .vault import MAGIC, NONCE_BYTES, Cipher, WrongKey

STALE_TEMP_SECONDS = 3600.0
OVERHEAD = len(MAGIC) + NONCE_BYTES + 16  # what encryption adds to a file: marker, nonce, tag


def disk_full(where: Path) -> DiskFullError:
    return DiskFullError(QT_TRANSLATE_NOOP(
        "StoreError", "The disk is full, so nothing new could be saved in {where}. Cases already "
        "stored are safe. Free some space (empty the recycle bin, remove other files), then try "
        "again."), where=where)


def read_only(where: Path) -> ReadOnlyError:
    return ReadOnlyError(QT_TRANSLATE_NOOP(
        "StoreError", "The data folder {where} cannot be written to (it is read-only or belongs "
        "to another user). Cases already stored are safe. Ask your IT officer to fix the "
        "folder's permissions, or start the application with another data folder."),
        where=where)


def os_error(exc: OSError, where: Path) -> StoreError:
    """Turn an operating-system error into a named error a health worker can act on."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return disk_full(where)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return read_only(where)
    return StoreError(QT_TRANSLATE_NOOP(
        "StoreError", "The data folder {where} could not be used ({reason}). Cases already "
        "stored are safe. Check the disk, then try again."), code="io", where=where,
        reason=exc.strerror or exc)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) with owner-only permissions; tighten it if it exists."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix" and (path.stat().st_mode & 0o077):
            os.chmod(path, 0o700)
    except OSError as exc:
        raise os_error(exc, path) from None
    return path


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS journals the rename itself
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(target: Path, data: bytes, tmp_dir: Path) -> None:
    """Write ``data`` to ``target`` so that ``target`` is either absent or complete."""
    tmp = tmp_dir / f"{os.getpid()}-{secrets.token_hex(8)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # the clean-up at the next start removes it
        raise os_error(exc, target.parent) from None


class FileStore:
    """Content-addressed, write-once files under ``root/files``, encrypted with the data key.

    A file is named after the sha256 of its plain content, plus ``.enc``; it holds the AES-GCM
    ciphertext (vault.py) with that sha256 as associated data, so a file renamed or swapped for
    another does not decrypt. Nothing is ever written in clear, not even to ``tmp/``.
    """

    SUFFIX = ".enc"

    def __init__(self, root: Path, cipher: Cipher) -> None:
        self.root = root
        self.files = root / "files"
        self.tmp = root / "tmp"
        self.cipher = cipher
        for folder in (self.files, self.tmp):
            ensure_private_dir(folder)

    def path(self, sha: str) -> Path:
        return self.files / sha[:2] / (sha + self.SUFFIX)

    def has(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def put(self, data: bytes, sha: str | None = None) -> str:
        """Store ``data`` (no-op when already there); returns its sha256."""
        sha = sha or sha256_hex(data)
        target = self.path(sha)
        if target.is_file() and target.stat().st_size == len(data) + OVERHEAD:
            return sha
        ensure_private_dir(target.parent)
        atomic_write(target, self.cipher.seal(data, sha), self.tmp)
        return sha

    def get(self, sha: str, verify: bool = True) -> bytes:
        try:
            blob = self.path(sha).read_bytes()
        except FileNotFoundError:
            raise StoreDamagedError(QT_TRANSLATE_NOOP(
                "StoreError", "A stored file is missing from {folder} ({file}). The data folder "
                "was changed outside the application; restore it from a backup."),
                folder=self.files, file=sha[:12]) from None
        except OSError as exc:
            raise os_error(exc, self.files) from None
        try:
            data = self.cipher.open(blob, sha)
        except WrongKey:
            data = b""
        if not data or (verify and sha256_hex(data) != sha):
            raise StoreDamagedError(QT_TRANSLATE_NOOP(
                "StoreError", "A stored file is damaged ({file}): its content no longer matches "
                "its checksum. Restore the data folder from a backup."), file=sha[:12])
        return data

    def all_shas(self) -> Iterator[str]:
        for f in self._all_files():
            if f.name.endswith(self.SUFFIX) and len(f.name) == 64 + len(self.SUFFIX):
                yield f.name[:64]

    def foreign_files(self) -> Iterator[Path]:
        """Files under ``files/`` that are not this store's: e.g. the plain files an upgrade
        left behind when it was interrupted after its commit (upgrade.py)."""
        for f in self._all_files():
            if not (f.name.endswith(self.SUFFIX) and len(f.name) == 64 + len(self.SUFFIX)):
                yield f

    def _all_files(self) -> Iterator[Path]:
        for sub in self.files.iterdir():
            if sub.is_dir():
                for f in sub.iterdir():
                    if f.is_file():
                        yield f

    def remove(self, sha: str) -> None:
        self.path(sha).unlink(missing_ok=True)

    def stale_temps(self, alive: Callable[[int], bool] | None = None) -> list[Path]:
        """Temporary files whose writer is gone: a dead process id, or older than an hour."""
        alive = alive or pid_alive
        out = []
        now = time.time()
        for f in self.tmp.iterdir():
            pid_text = f.name.split("-", 1)[0]
            pid = int(pid_text) if pid_text.isdigit() else -1
            try:
                old = now - f.stat().st_mtime > STALE_TEMP_SECONDS
            except FileNotFoundError:
                continue
            if old or pid < 0 or (pid != os.getpid() and not alive(pid)):
                out.append(f)
        return out


def pid_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # no cheap check; the age rule cleans these up
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sqlite_error(exc: sqlite3.Error, data_dir: Path) -> StoreError:
    """Turn an SQLite error into a named error a health worker can act on."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return StoreLockedError(QT_TRANSLATE_NOOP(
            "StoreError", "The case database is busy: another CXR Screen window or program is "
            "using it. Close the other one, wait a moment, and try again. Nothing was changed."))
    if name == "SQLITE_FULL" or "disk is full" in text or (
            (name.startswith("SQLITE_IOERR") or "disk i/o error" in text)
            and _no_space(data_dir)):  # e.g. the -shm file cannot be made on a full disk
        return disk_full(data_dir)
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")) or \
            "readonly" in text or "unable to open" in text:
        return read_only(data_dir)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in text:
        return damaged_database(data_dir)
    return StoreError(QT_TRANSLATE_NOOP(
        "StoreError", "The case database could not be used ({reason}). Nothing was changed."),
        reason=exc)


def strict_text(value: bytes) -> str:
    """SQLite's text as str (the connections' text_factory): a value that is not UTF-8 (a flipped
    byte) is a named error, raised for its row, instead of a UnicodeDecodeError."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise StoreDamagedError(QT_TRANSLATE_NOOP(
            "StoreError", "A value in the case database is not readable text: the database was "
            "changed outside the application or is damaged. Ask your IT officer to run "
            "`cxrscreen doctor`.")) from None


def damaged_database(data_dir: Path) -> StoreDamagedError:
    return StoreDamagedError(QT_TRANSLATE_NOOP(
        "StoreError", "The case database in {folder} is damaged. Do not delete anything; ask "
        "your IT officer to restore it from a backup."), folder=data_dir)


def _no_space(data_dir: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(data_dir).free < 64 * 1024
    except OSError:
        return False
