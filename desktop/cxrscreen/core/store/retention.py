"""Retention: clear what the laptop no longer needs once the hospital holds it.

A site rule (``purge_after_days`` in the site file; 0, the default, keeps everything): that many
days after the server confirmed a case (``sent_at``), its original image and heatmap files are
deleted and its identifying values are replaced by empty ones, in one transaction. A stub stays:
the case id, result, dates, model and DICOM UIDs, and the audit trail's actions, times and
accounts (their details, which can name the patient, are cleared). The case list shows it as
"sent and cleared". A case with anything still to send (e.g. a review recorded after sending) is
not cleared until that is sent.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime, timedelta, timezone

from . import integrity, schema
from .cases import Patient, now_utc
from .integrity import RowTags
from .vault import Cipher

log = logging.getLogger(__name__)


def due(con: sqlite3.Connection, days: int, now: datetime | None = None) -> list[sqlite3.Row]:
    """Sent cases confirmed more than ``days`` ago, not cleared yet, with nothing queued."""
    limit = (now or datetime.now(timezone.utc)) - timedelta(days=days)
    return con.execute(
        "SELECT id, original_sha256, heatmap_sha256 FROM cases c WHERE state = 'sent' AND "
        "purged_at = '' AND sent_at != '' AND sent_at < ? AND NOT EXISTS (SELECT 1 FROM outbox o "
        "WHERE o.case_id = c.id AND o.sent_at = '' AND o.superseded = 0)",
        (limit.isoformat(timespec="microseconds"),)).fetchall()


def clear(con: sqlite3.Connection, cipher: Cipher, tags: RowTags, case_id: str) -> None:
    """Empty the identifying values of one case (inside the caller's transaction). Its rows are
    checked first (NotAuthentic if edited: nothing is cleared)."""
    def sealed(table: str, column: str, text: str) -> bytes:
        return schema.seal(cipher, table, column, case_id, text)

    reviews = [r[0] for r in con.execute("SELECT id FROM reviews WHERE case_id = ?", (case_id,))]
    for review_id in reviews:
        integrity.checked(con, tags, "reviews", review_id)
    integrity.update(con, tags, "cases", case_id, {
        "patient_json": sealed("cases", "patient_json", json.dumps(Patient().to_dict())),
        "dicom_patient_json": None, "source_name": sealed("cases", "source_name", ""),
        "notes": sealed("cases", "notes", ""), "purged_at": now_utc(), "updated_at": now_utc()})
    for review_id in reviews:
        integrity.update(con, tags, "reviews", review_id, {"note": sealed("reviews", "note", "")})
    con.execute("UPDATE audit SET details_json = ? WHERE case_id = ?",
                (sealed("audit", "details_json", "{}"), case_id))


def unused_files(con: sqlite3.Connection, shas: set[str]) -> set[str]:
    """Of ``shas``, those no case that keeps its files points to (heatmaps can be shared)."""
    kept = {r[0] for r in con.execute(
        "SELECT original_sha256 FROM cases WHERE purged_at = '' UNION "
        "SELECT heatmap_sha256 FROM cases WHERE purged_at = ''")}
    return shas - kept
