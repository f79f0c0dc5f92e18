"""The store's reading methods (a case, the list of cases, a case's log, review and files),
kept apart from the writing ones: CaseStore inherits them. Every row read is checked against its
tag (integrity.py) and a case that cannot be read as it was stored is a CaseDamaged
(damage.py)."""

from __future__ import annotations

import io
import sqlite3
from datetime import datetime

import numpy as np

from . import schema
from .cases import AuditEntry, Case, CaseState, Review
from .damage import ROW_ERRORS, damaged, each_readable
from ..errors import CaseCleared, CaseDamaged, CaseNotFound, NotAuthentic, StoreDamagedError
from ..i18n import QT_TRANSLATE_NOOP


class CaseReading:
    """Mixed into CaseStore, whose ``_con``, ``_errors``, ``_signed_in``, ``tags``, ``files`` and
    ``cipher`` these use."""

    def get(self, case_id: str) -> Case:
        self._signed_in()
        con = self._con()
        with self._errors():
            row = con.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
            if row is None:
                row = self._by_prefix(con, case_id)
            return self._case(con, row)

    def list_cases(self, state: CaseState | str | None = None, search: str | None = None,
                   since: datetime | str | None = None,
                   set_aside: dict[str, CaseDamaged] | None = None) -> list[Case]:
        """Newest first. ``search`` matches the patient id or name, the file name or the case id
        (after decrypting: identifying values are not searchable inside the database). A case
        that cannot be read is left out, logged, and put in ``set_aside`` (case id -> error)."""
        self._signed_in()
        sql, args = "SELECT * FROM cases WHERE 1=1", []
        if state:
            sql += " AND state = ?"
            args.append(CaseState(state).value)
        if since:
            sql += " AND created_at >= ?"
            args.append(since.isoformat() if isinstance(since, datetime) else since)
        con = self._con()
        with self._errors():
            # Row by row: a row whose text no longer decodes is set aside alone.
            rowids = con.execute(sql.replace("SELECT *", "SELECT rowid, CAST(id AS BLOB)", 1)
                                 + " ORDER BY created_at DESC", args).fetchall()
            cases = each_readable(
                rowids, lambda r: bytes(r[1] or b"").decode("utf-8", "replace"),
                lambda r: self._case(con, con.execute("SELECT * FROM cases WHERE rowid = ?",
                                                      (r[0],)).fetchone()),
                set_aside if set_aside is not None else {})
        if search:
            cases = [c for c in cases if _matches(c, search)]
        return cases

    def audit(self, case_id: str) -> list[AuditEntry]:
        con = self._con()
        with self._errors():
            rows = con.execute("SELECT * FROM audit WHERE case_id = ? ORDER BY id",
                               (self.get(case_id).id,)).fetchall()
        try:
            return [schema.audit_from_row(r, self.cipher) for r in rows]
        except (StoreDamagedError, *ROW_ERRORS) as exc:
            raise damaged(case_id, exc) from None

    def review_by_id(self, review_id: int, sr_uid: str = "") -> Review | None:
        """One stored review (the sync engine puts it in the report it sends)."""
        self._signed_in()
        with self._errors():
            row = self._con().execute("SELECT * FROM reviews WHERE id = ?",
                                      (review_id,)).fetchone()
        try:
            if row is not None:
                self.tags.check("reviews", row)
            return schema.review_from_row(row, self.cipher, sr_uid)
        except (StoreDamagedError, NotAuthentic, *ROW_ERRORS) as exc:
            raise damaged(str(row["case_id"]), exc) from None

    def original_bytes(self, case: Case) -> bytes:
        """The original file (decrypted), checked against its sha256."""
        self._signed_in()
        check_not_cleared(case)
        return self.files.get(case.original_sha256)

    def files_missing(self, case: Case) -> bool:
        """The case's original or heatmap is not in the data folder (it was changed outside the
        application); a cleared case has none by design."""
        self._signed_in()
        heat = case.screening.heatmap_sha256  # empty: a not-screened case has no heatmap
        return not case.cleared and not (self.files.has(case.original_sha256)
                                         and (not heat or self.files.has(heat)))

    def heatmap(self, case: Case) -> np.ndarray | None:
        """None for a not-screened case (the model never looked at it)."""
        self._signed_in()
        check_not_cleared(case)
        if not case.screening.heatmap_sha256:
            return None
        return np.load(io.BytesIO(self.files.get(case.screening.heatmap_sha256)),
                       allow_pickle=False)

    def _get(self, con: sqlite3.Connection, case_id: str) -> Case:
        self._signed_in()
        row = con.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        row = row if row is not None else self._by_prefix(con, case_id)
        return self._case(con, row)

    def _case(self, con: sqlite3.Connection, row: sqlite3.Row) -> Case:
        """The case of ``row``; CaseDamaged if its values or its review cannot be read."""
        try:
            self.tags.check("cases", row)
            return schema.case_from_row(row, self._latest_review(con, row["id"]), self.cipher)
        except (StoreDamagedError, NotAuthentic, *ROW_ERRORS) as exc:
            raise damaged(str(row["id"]), exc) from None

    @staticmethod
    def _by_prefix(con: sqlite3.Connection, prefix: str) -> sqlite3.Row:
        rows = con.execute("SELECT * FROM cases WHERE id LIKE ? LIMIT 2",
                           (prefix.lower() + "%",)).fetchall() if len(prefix) >= 4 else []
        if len(rows) != 1:
            raise CaseNotFound(QT_TRANSLATE_NOOP(
                "StoreError", "No case {case} is stored here (several cases start with it; type "
                "more of the id).") if rows else QT_TRANSLATE_NOOP(
                "StoreError", "No case {case} is stored here."), case=repr(prefix))
        return rows[0]

    def _latest_review(self, con: sqlite3.Connection, case_id: str):
        row = con.execute("SELECT r.*, (SELECT sop_uid FROM outbox o WHERE o.review_id = r.id "
                          "AND o.superseded = 0) AS sr_uid FROM reviews r WHERE case_id = ? "
                          "ORDER BY id DESC LIMIT 1", (case_id,)).fetchone()
        if row is not None:
            self.tags.check("reviews", row)
        return schema.review_from_row(row, self.cipher, row["sr_uid"] or "" if row else "")


def check_not_cleared(case: Case) -> None:
    if case.cleared:
        raise CaseCleared(QT_TRANSLATE_NOOP(
            "StoreError", "Case {case} was sent and then cleared from this laptop (the site "
            "keeps cases only for a set time after the hospital confirms them). Its image and "
            "report are on the hospital's server."), case=case.id[:8])


def _matches(case: Case, search: str) -> bool:
    text = search.lower()
    return (text in case.patient.patient_id.lower() or text in case.patient.patient_name.lower()
            or text in case.source_name.lower() or case.id.startswith(text))
