"""Upgrade a plain data folder (written before accounts and encryption) into an encrypted one.

Crash-safe by construction: the old store stays the store until one atomic rename.

1. Every stored file is encrypted next to its plain original (``<sha>`` -> ``<sha>.enc``, each
   written atomically). The old store ignores these.
2. A new database is built in a separate file (``cases.sqlite3.upgrade``) from a snapshot of the
   old one: the same cases, reviews, outbox and audit rows, identifying values encrypted, the
   first administrator and the recovery key's wrapping of the new data key. It never held a plain
   value, so no old page of it can leak one. It is fsynced.
3. The old database is checkpointed out of WAL mode (its ``-wal`` file is merged and removed, so
   no stale log can ever be replayed onto the new file), then the new file is renamed over it and
   the folder fsynced. **This rename is the commit.** Before it, a restart sees the old plain store
   (and the upgrade runs again from the start); after it, the new one.
4. The saved sync password moves under the new data key (read once with the old cipher's key,
   then sealed with AES-GCM), then the old key file and the plain files are removed. If this is
   interrupted, the new store's start-up clean-up finishes it (``FileStore.foreign_files``).

It needs free disk space for one encrypted copy of the files while it runs.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from . import accounts, integrity, vault
from . import schema
from .accounts import Role
from .cases import now_utc
from ..errors import StoreError
from ..i18n import QT_TRANSLATE_NOOP
from ..settings import LEGACY_KEY_FILE, SETTINGS_FILE, TAG_KEY, password_aad, tag_settings_file
from .folder_state import DB_NAME
from .files import (FileStore, atomic_write, disk_full, ensure_private_dir, fsync_dir, os_error,
                    sqlite_error,
                    sha256_hex)

log = logging.getLogger(__name__)
STAGING = DB_NAME + ".upgrade"
Journal = Callable[[str], None]


def upgrade(data_dir: Path, admin: str, password: str,
            journal: Journal | None = None) -> bytes:
    """Upgrade the plain store in ``data_dir``; returns the recovery key (raw bytes).
    The caller then opens the new store (which finishes step 4)."""
    note = journal or (lambda line: log.info("upgrade: %s", line))
    accounts.check_name(admin)
    accounts.check_password(password)
    old_db = data_dir / DB_NAME
    staging = data_dir / STAGING
    for leftover in (staging, Path(f"{staging}-journal"), Path(f"{staging}-wal"),
                     Path(f"{staging}-shm")):
        leftover.unlink(missing_ok=True)
    data_key, recovery = vault.new_data_key(), vault.new_recovery_key()
    cipher = vault.Cipher(data_key)
    try:
        old = sqlite3.connect(old_db, timeout=10.0, isolation_level=None)
        old.row_factory = sqlite3.Row
        try:
            old.execute("BEGIN IMMEDIATE")  # a consistent snapshot; no old writer meanwhile
            shas = [sha for r in old.execute("SELECT original_sha256, heatmap_sha256 FROM cases")
                    for sha in r]
            _check_space(data_dir, shas)
            _encrypt_files(data_dir, shas, cipher, note)
            _build_database(old, staging, cipher, admin, password, recovery, note)
            old.execute("COMMIT")
            # Out of WAL mode: merges and deletes the -wal file (needs no other connection).
            mode = old.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if mode.lower() != "delete":
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "The case database is in use by another CXR Screen window or "
                    "program. Close it and try again; nothing was changed."), code="locked")
        finally:
            old.close()
        for stale in (Path(f"{old_db}-wal"), Path(f"{old_db}-shm")):
            stale.unlink(missing_ok=True)  # checkpointed above: nothing in them is needed
        if Path(f"{old_db}-journal").exists():
            # A rollback journal belongs to the old file; over the new one it would corrupt it.
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "The old case database is still being changed by another program. "
                "Close every CXR Screen window and try again; nothing was changed."),
                code="locked")
        _tag_settings(data_dir, cipher)  # the new store checks it: tagged before the commit
        os.replace(staging, old_db)  # the commit
        fsync_dir(data_dir)
        note("committed")
    except sqlite3.Error as exc:
        raise sqlite_error(exc, data_dir) from None
    except OSError as exc:
        raise os_error(exc, data_dir) from None
    remove_plain_leftovers(data_dir, vault.Cipher(data_key))
    return recovery


def remove_plain_leftovers(data_dir: Path, cipher: vault.Cipher) -> None:
    """After the commit: the saved sync password re-sealed under the data key (so sending goes
    on without anyone typing it again), then the old cipher's key file. The key file goes last:
    a kill in between leaves both, and the next start does it again. Plain case files go in the
    store's clean-up."""
    path = data_dir / SETTINGS_FILE
    try:
        settings = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        settings = None
    token = str(settings.get("sync_password_enc", "")) if isinstance(settings, dict) else ""
    if token.startswith("v1:"):
        password = _legacy_password(data_dir, token)
        if password is None:
            del settings["sync_password_enc"]
            log.warning("the saved sync password could not be read with the old key file and "
                        "was removed by the upgrade; enter it again in the settings")
        else:
            url = str(settings.get("sync_url") or _site_url())
            settings["sync_password_enc"] = cipher.seal_text(password, password_aad(url))
            log.info("the saved sync password is now encrypted with the data key")
        tmp = path.with_name(path.name + ".tmp")
        settings.pop(TAG_KEY, None)
        atomic_write(path, json.dumps(settings, indent=2).encode(), tmp.parent)
        _tag_settings(data_dir, cipher)
    (data_dir / LEGACY_KEY_FILE).unlink(missing_ok=True)


def _tag_settings(data_dir: Path, cipher: vault.Cipher) -> None:
    from ..errors import SettingsError

    try:
        tag_settings_file(data_dir, cipher)
    except SettingsError as exc:  # unreadable: refused where it is used, and reported there
        log.error("the settings file was not tagged: %s", exc.english)


def _site_url() -> str:
    """The site file's server (the address a saved password is bound to when the per-user file
    names none); empty when the site file cannot be read."""
    from ..errors import SettingsError
    from ..settings import site_defaults

    try:
        return site_defaults().sync_url
    except SettingsError:
        return ""


def _legacy_password(data_dir: Path, token: str) -> str | None:
    """The sync password saved by a version before accounts ("v1": an HMAC-SHA256 keystream with
    encrypt-then-MAC, its key in ``secret.key`` beside it). Read once, here, to move it under the
    data key; nothing is encrypted this way any more. None when it cannot be read."""
    try:
        key = (data_dir / LEGACY_KEY_FILE).read_bytes()
        raw = base64.b64decode(token[3:], validate=True)
    except (OSError, ValueError):
        return None

    def sub(label: bytes) -> bytes:
        return hmac.new(key, b"cxrscreen-settings-" + label, hashlib.sha256).digest()

    nonce, body, tag = raw[:16], raw[16:-32], raw[-32:]
    good = hmac.new(sub(b"mac"), nonce + body, hashlib.sha256).digest()
    if len(key) != 32 or len(raw) < 48 or not hmac.compare_digest(tag, good):
        return None
    stream = b"".join(hmac.new(sub(b"enc"), nonce + i.to_bytes(8, "big"), hashlib.sha256).digest()
                      for i in range((len(body) + 31) // 32))
    try:
        return bytes(a ^ b for a, b in zip(body, stream, strict=False)).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _check_space(data_dir: Path, shas: list[str]) -> None:
    files = data_dir / "files"
    need = sum((files / s[:2] / s).stat().st_size for s in set(shas)
               if (files / s[:2] / s).is_file())
    need += (data_dir / DB_NAME).stat().st_size * 2 + (16 << 20)
    if shutil.disk_usage(data_dir).free < need:
        raise disk_full(data_dir)


def _encrypt_files(data_dir: Path, shas: list[str], cipher: vault.Cipher, note: Journal) -> None:
    store = FileStore(data_dir, cipher)
    for sha in sorted(set(shas)):
        plain_path = store.files / sha[:2] / sha
        try:
            data = plain_path.read_bytes()
        except FileNotFoundError:
            log.error("upgrade: stored file %s was already missing", sha[:12])
            continue
        if sha256_hex(data) != sha:
            log.error("upgrade: stored file %s was already damaged; kept as it is", sha[:12])
        ensure_private_dir(store.path(sha).parent)
        atomic_write(store.path(sha), cipher.seal(data, sha), store.tmp)  # a new key: rewrite
        note(f"file {sha[:12]}")


def _build_database(old: sqlite3.Connection, staging: Path, cipher: vault.Cipher, admin: str,
                    password: str, recovery: bytes, note: Journal) -> None:
    new = sqlite3.connect(staging, isolation_level=None)
    new.row_factory = sqlite3.Row
    try:
        new.execute("PRAGMA journal_mode = OFF")  # a scratch file until the rename
        schema.migrate(new)
        new.execute("BEGIN")
        tags = integrity.RowTags(cipher)
        accounts.create(new, admin, Role.ADMIN, password, cipher.data_key, admin, tags)
        new.execute("INSERT INTO keyslots (name, wrapped_key, created_at) VALUES "
                    "('recovery', ?, ?)", (vault.wrap(recovery, cipher.data_key, "recovery"),
                                           now_utc()))
        accounts.record(new, admin, "upgraded_plain_folder", admin, {})
        for row in old.execute("SELECT * FROM cases"):
            values = dict(row)
            for table, column in schema.ENCRYPTED_COLUMNS:
                if table == "cases":
                    values[column] = schema.seal(cipher, "cases", column, row["id"], row[column])
            values["patient_id"] = ""
            new.execute(f"INSERT INTO cases ({', '.join(values)}) VALUES "
                        f"({', '.join('?' * len(values))})", list(values.values()))
        for row in old.execute("SELECT * FROM reviews"):
            new.execute("INSERT INTO reviews (id, case_id, reviewer, decision, note, time) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (row["id"], row["case_id"], row["reviewer"], row["decision"],
                         schema.seal(cipher, "reviews", "note", row["case_id"], row["note"]),
                         row["time"]))
        for row in old.execute("SELECT * FROM outbox"):
            values = dict(row)
            new.execute(f"INSERT INTO outbox ({', '.join(values)}) VALUES "
                        f"({', '.join('?' * len(values))})", list(values.values()))
        for row in old.execute("SELECT * FROM audit"):
            new.execute("INSERT INTO audit (id, case_id, time, action, actor, details_json) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (row["id"], row["case_id"], row["time"], row["action"], row["actor"],
                         schema.seal(cipher, "audit", "details_json", row["case_id"],
                                     row["details_json"])))
        integrity.tag_untagged(new, tags)  # every row copied is tagged as it is
        new.execute("COMMIT")
    finally:
        new.close()
    fd = os.open(staging, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    note("database built")
