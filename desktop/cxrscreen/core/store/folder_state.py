"""What state a data folder is in, read with SQLite alone: the sign-in screen needs it before the
store's own modules (NumPy, the image readers, the ciphers: about 0.2 s) are imported, which then
happens while the person types."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .files import sqlite_error

DB_NAME = "cases.sqlite3"
PLAIN_VERSION = 1  # the last version whose database held identifying values in clear


def folder_state(data_dir: Path | str) -> str:
    """``new`` (no accounts yet), ``plain`` (written by a version without encryption: to be
    upgraded) or ``ready``. Creates no database."""
    db = Path(data_dir) / DB_NAME
    if not db.is_file():
        return "new"
    try:
        # mode=rw: never creates the database, but may finish what a crash left (a hot rollback
        # journal, e.g. from a kill during a journal-mode change), which a read-only connection
        # cannot do. as_uri escapes '?', '#', spaces and drive letters.
        con = sqlite3.connect(db.resolve().as_uri() + "?mode=rw", uri=True, timeout=10.0)
        try:
            version = schema_version(con)
            if 0 < version <= PLAIN_VERSION:
                return "plain"
            if version == 0:
                return "new"
            return "ready" if has_accounts(con) else "new"
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise sqlite_error(exc, Path(data_dir)) from None
    except UnicodeDecodeError:  # SQLite's message quotes a damaged schema's bytes
        from .files import damaged_database

        raise damaged_database(Path(data_dir)) from None


def schema_version(con: sqlite3.Connection) -> int:
    return con.execute("PRAGMA user_version").fetchone()[0]


def has_accounts(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT 1 FROM accounts LIMIT 1").fetchone() is not None
