"""The monitor's local SQLite cache: every instance seen on the server and, for CXR Screen's
reports, the figures read from it. The next run fetches only what is not here yet.

One cache belongs to one server: opening it for another is refused, so that two hospitals'
figures are never mixed.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ..core.errors import CacheError
from .records import ScreeningRecord

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS instances (
    sop_uid TEXT PRIMARY KEY,
    ours INTEGER NOT NULL,          -- 1: a CXR Screen report (in records), 0: ignored
    fetched_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE IF NOT EXISTS records (
    sop_uid TEXT PRIMARY KEY REFERENCES instances(sop_uid),
    study_uid TEXT NOT NULL,
    revision INTEGER NOT NULL,
    data TEXT NOT NULL              -- ScreeningRecord as JSON
);
CREATE INDEX IF NOT EXISTS records_study ON records(study_uid, revision);
"""


class MonitorCache:
    def __init__(self, path: Path, server: str) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = sqlite3.connect(self.path)
            self.con.executescript(SCHEMA)
            row = self.con.execute("SELECT value FROM meta WHERE key = 'server'").fetchone()
        except sqlite3.Error as exc:
            raise CacheError(f"The monitor's cache {self.path} cannot be used ({exc}). Delete "
                             "it: the next run fetches everything again.") from None
        if row is None:
            with self.con:
                self.con.execute("INSERT INTO meta VALUES ('server', ?)", (server,))
        elif row[0] != server:
            raise CacheError(f"The cache {self.path} holds results from {row[0]}, not {server}. "
                             "Use another output folder (or --cache) for each server.")

    def close(self) -> None:
        self.con.close()

    def get_meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self.con:
            if value is None:
                self.con.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def known(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT sop_uid FROM instances")}

    def add(self, fetched: list[tuple[str, ScreeningRecord | None]]) -> None:
        """Keep a batch of fetched instances (None: not CXR Screen's), in one transaction."""
        with self.con:
            for sop_uid, record in fetched:
                self.con.execute("INSERT OR REPLACE INTO instances (sop_uid, ours) VALUES (?, ?)",
                                 (sop_uid, int(record is not None)))
                if record is not None:
                    self.con.execute("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)",
                                     (sop_uid, record.study_uid, record.revision,
                                      json.dumps(record.to_dict())))

    def counts(self) -> tuple[int, int]:
        """(CXR Screen reports, other instances ignored)."""
        ours = self.con.execute("SELECT COUNT(*) FROM instances WHERE ours = 1").fetchone()[0]
        other = self.con.execute("SELECT COUNT(*) FROM instances WHERE ours = 0").fetchone()[0]
        return ours, other

    def latest_records(self) -> list[ScreeningRecord]:
        """One record per case: its latest report (a review sends a new revision)."""
        rows = self.con.execute(
            "SELECT r.data FROM records r JOIN (SELECT study_uid, MAX(revision) AS rev "
            "FROM records GROUP BY study_uid) m ON r.study_uid = m.study_uid "
            "AND r.revision = m.rev ORDER BY r.study_uid")
        seen, out = set(), []
        for (data,) in rows:
            record = ScreeningRecord(**json.loads(data))
            if record.study_uid not in seen:  # two reports with one revision: keep one
                seen.add(record.study_uid)
                out.append(record)
        return out
