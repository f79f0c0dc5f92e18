"""The local case store: SQLite (WAL) plus content-addressed files, one transaction per operation.

Safe to call from several threads (each thread gets its own connection) and from several processes
(SQLite's lock serialises writers). Files are written atomically before the row that points to them
commits, so a crash or ``kill -9`` at any moment leaves either the whole case or nothing; the
leftovers of an interrupted write are removed by :meth:`CaseStore.recover` at start-up.
"""

from __future__ import annotations

import getpass
import io
import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np

from . import store_schema as schema
from .cases import (AuditEntry, Case, CaseNotFound, CaseState, Decision, check_editable,
                    check_transition, new_case, npy_bytes, now_utc, uid_from_uuid)
from .errors import ImageRefused, StoreError
from .imaging import XRay, _read_bytes, read_xray
from .results import ScreeningResult
from .store_files import FileStore, ensure_private_dir, os_error, sha256_hex

log = logging.getLogger(__name__)
DB_NAME = "cases.sqlite3"


class AlreadyStored(StoreError):
    """The same X-ray (same bytes, or the same DICOM instance) is already a case."""

    code = "already_stored"

    def __init__(self, case: Case) -> None:
        super().__init__(f"This X-ray is already stored as case {case.id[:8]} "
                         f"(from {case.source_name}); it was not added again.")
        self.case = case


@dataclass
class RecoveryReport:
    removed_temp_files: int = 0
    removed_orphan_files: int = 0
    cases_missing_files: list[str] = field(default_factory=list)


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in containers or some service accounts
        return ""


class CaseStore:
    def __init__(self, data_dir: Path, busy_timeout: float = 10.0) -> None:
        self.data_dir = ensure_private_dir(Path(data_dir))
        self.db_path = self.data_dir / DB_NAME
        self.busy_timeout = busy_timeout
        self.files = FileStore(self.data_dir)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    @classmethod
    def open(cls, data_dir: Path | str, busy_timeout: float = 10.0,
             recover: bool = True) -> CaseStore:
        """Open (creating and migrating if needed) the store in ``data_dir``."""
        store = cls(Path(data_dir), busy_timeout)
        with store._errors():
            schema.migrate(store._con())
        if recover:
            report = store.recover()
            if report.removed_temp_files or report.removed_orphan_files:
                log.info("start-up clean-up: %s", report)
        return store

    def close(self) -> None:
        with self._lock:
            for con in self._all:
                con.close()
            self._all.clear()
        self._local = threading.local()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- cases -----------------------------------------------------------------------------------

    def import_file(self, path: Path | str | bytes, screener, patient_overrides: dict | None = None,
                    operating_point: str | None = None, finalise: bool = False,
                    actor: str | None = None) -> Case:
        """Read, screen and store one file. Raises ImageRefused (nothing is created) or
        AlreadyStored."""
        data = _read_bytes(path)
        existing = self._find_duplicate(sha256_hex(data), "")
        if existing is not None:
            raise AlreadyStored(existing)
        name = Path(path).name if not isinstance(path, bytes) else "upload"
        try:
            xray = read_xray(data)
        except ImageRefused as exc:
            log.info("refused %s (%s)", name, exc.code)
            raise
        try:
            result = screener.screen(xray, operating_point=operating_point)
        except ImageRefused as exc:  # by the input check; the screener logged its figures
            log.info("refused %s (%s)", name, exc.code)
            raise
        case = self.add_case(data, name, xray, result, patient_overrides, finalise, actor)
        log.info("stored case %s from %s: %s, score %.3f, model %s %s; input check score %s "
                 "(threshold %s)%s", case.id, name, result.label, result.score, result.model.name,
                 result.model.version, result.input_check.get("score"),
                 result.input_check.get("threshold"),
                 f", corrected: {'+'.join(result.corrections)}" if result.corrections else "")
        return case

    def add_case(self, original: bytes, source_name: str, xray: XRay, result: ScreeningResult,
                 patient_overrides: dict | None = None, finalise: bool = False,
                 actor: str | None = None) -> Case:
        """Store an already screened X-ray as a new case (``screened``, or ``finalised``)."""
        case = new_case(original, source_name, xray, result, patient_overrides)
        heat = npy_bytes(result.heatmap)
        # Files first (atomically), then the row that points to them.
        self.files.put(original, case.original_sha256)
        self.files.put(heat, case.screening.heatmap_sha256)
        with self._write() as con:
            dup = self._find_duplicate(case.original_sha256, case.uids.image_sop_uid, con)
            if dup is not None:
                raise AlreadyStored(dup)
            # A concurrent clean-up may have removed a file written before we held the lock.
            self.files.put(original, case.original_sha256)
            self.files.put(heat, case.screening.heatmap_sha256)
            values = schema.case_values(case)
            con.execute(f"INSERT INTO cases ({', '.join(values)}) VALUES "
                        f"({', '.join(':' + k for k in values)})", values)
            self._audit(con, case.id, "created", actor, {
                "source_name": source_name, "sha256": case.original_sha256,
                "score": case.score, "label": case.label, "patient": case.patient.to_dict()})
            if finalise:
                self._finalise(con, case, actor)
        return self.get(case.id)

    def get(self, case_id: str) -> Case:
        con = self._con()
        with self._errors():
            row = con.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
            if row is None:
                row = self._by_prefix(con, case_id)
            return schema.case_from_row(row, self._latest_review(con, row["id"]))

    def list_cases(self, state: CaseState | str | None = None, search: str | None = None,
                   since: datetime | str | None = None) -> list[Case]:
        """Newest first. ``search`` matches the patient id or name, the file name or the case id."""
        sql, args = "SELECT * FROM cases WHERE 1=1", []
        if state:
            sql += " AND state = ?"
            args.append(CaseState(state).value)
        if search:
            sql += " AND (patient_json LIKE ? OR source_name LIKE ? OR id LIKE ?)"
            args += [f"%{search}%", f"%{search}%", f"{search}%"]
        if since:
            sql += " AND created_at >= ?"
            args.append(since.isoformat() if isinstance(since, datetime) else since)
        con = self._con()
        with self._errors():
            rows = con.execute(sql + " ORDER BY created_at DESC", args).fetchall()
            return [schema.case_from_row(r, self._latest_review(con, r["id"])) for r in rows]

    def update_patient(self, case_id: str, actor: str | None = None, **fields: str) -> Case:
        with self._write() as con:
            case = self._get(con, case_id)
            check_editable(case, "patient details")
            patient = case.patient.with_changes(fields)
            con.execute("UPDATE cases SET patient_json = ?, patient_id = ?, updated_at = ? "
                        "WHERE id = ?", (json.dumps(patient.to_dict()), patient.patient_id,
                                         now_utc(), case.id))
            self._audit(con, case.id, "patient_updated", actor, {"changes": fields})
        return self.get(case.id)

    def set_notes(self, case_id: str, notes: str, actor: str | None = None) -> Case:
        with self._write() as con:
            case = self._get(con, case_id)
            check_editable(case, "notes")
            con.execute("UPDATE cases SET notes = ?, updated_at = ? WHERE id = ?",
                        (notes, now_utc(), case.id))
            self._audit(con, case.id, "notes_set", actor, {"notes": notes})
        return self.get(case.id)

    def finalise(self, case_id: str, actor: str | None = None) -> Case:
        """Freeze the case and queue it for sending (its image and its structured report)."""
        with self._write() as con:
            self._finalise(con, self._get(con, case_id), actor)
        return self.get(case_id)

    def review(self, case_id: str, decision: Decision | str, reviewer: str, note: str = "",
               actor: str | None = None) -> Case:
        """Record a clinician's review. For a finalised or sent case this queues a new
        structured report (a new SOP instance with a UID fixed now); see docs/STORE_AND_SYNC.md."""
        decision = Decision(decision)
        if not reviewer.strip():
            raise StoreError("Enter the reviewer's name.", code="invalid_field")
        with self._write() as con:
            case = self._get(con, case_id)
            now = now_utc()
            cur = con.execute("INSERT INTO reviews (case_id, reviewer, decision, note, time) "
                              "VALUES (?, ?, ?, ?, ?)", (case.id, reviewer, decision.value,
                                                         note, now))
            details = {"reviewer": reviewer, "decision": decision.value, "note": note}
            if case.state is not CaseState.SCREENED:
                # An SR never sent, never tried, is replaced; one possibly received stays.
                con.execute("UPDATE outbox SET superseded = 1 WHERE case_id = ? AND kind = 'sr' "
                            "AND sent_at = '' AND attempts = 0", (case.id,))
                details["sr_uid"] = self._queue(con, case.id, "sr", uid_from_uuid(),
                                                cur.lastrowid)
            con.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case.id))
            self._audit(con, case.id, "reviewed", actor, details)
        return self.get(case.id)

    def audit(self, case_id: str) -> list[AuditEntry]:
        con = self._con()
        with self._errors():
            rows = con.execute("SELECT * FROM audit WHERE case_id = ? ORDER BY id",
                               (self.get(case_id).id,)).fetchall()
        return [schema.audit_from_row(r) for r in rows]

    def original_bytes(self, case: Case) -> bytes:
        """The original file, checked against its sha256."""
        return self.files.get(case.original_sha256)

    def heatmap(self, case: Case) -> np.ndarray:
        return np.load(io.BytesIO(self.files.get(case.screening.heatmap_sha256)),
                       allow_pickle=False)

    # -- start-up clean-up ----------------------------------------------------------------------

    def recover(self) -> RecoveryReport:
        """Remove what a crash left behind: temporary files and files no case points to.
        Cases whose files are missing (changed outside the application) are reported."""
        report = RecoveryReport()
        with self._write() as con:  # holding the write lock: no import can commit meanwhile
            for tmp in self.files.stale_temps():
                tmp.unlink(missing_ok=True)
                report.removed_temp_files += 1
            used = {r[0] for r in con.execute(
                "SELECT original_sha256 FROM cases UNION SELECT heatmap_sha256 FROM cases")}
            for sha in list(self.files.all_shas()):
                if sha not in used:
                    self.files.remove(sha)
                    report.removed_orphan_files += 1
            report.cases_missing_files = [
                r[0] for r in con.execute("SELECT id, original_sha256, heatmap_sha256 FROM cases")
                if not (self.files.has(r[1]) and self.files.has(r[2]))]
        for case_id in report.cases_missing_files:
            log.error("case %s: stored files are missing", case_id)
        return report

    # -- internals -------------------------------------------------------------------------------

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            try:
                con = sqlite3.connect(self.db_path, timeout=self.busy_timeout,
                                      isolation_level=None, check_same_thread=False)
                con.row_factory = sqlite3.Row
                con.execute("PRAGMA journal_mode = WAL")
                con.execute("PRAGMA synchronous = FULL")  # power cuts: a commit is on disk
                con.execute("PRAGMA foreign_keys = ON")
            except sqlite3.Error as exc:
                raise self._sqlite_error(exc) from None
            self._local.con = con
            with self._lock:
                self._all.append(con)
        return con

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise self._sqlite_error(exc) from None
        except OSError as exc:
            raise os_error(exc, self.data_dir) from None

    def transaction(self):
        """One write transaction (a context manager giving the connection): for the sync
        outbox, which keeps its own table in this database."""
        return self._write()

    def append_audit(self, con: sqlite3.Connection, case_id: str, action: str,
                     actor: str | None, details: dict) -> None:
        self._audit(con, case_id, action, actor, details)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it commits, or none of it."""
        con = self._con()
        with self._errors():
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise

    def _sqlite_error(self, exc: sqlite3.Error) -> StoreError:
        return schema.sqlite_error(exc, self.data_dir)

    def _get(self, con: sqlite3.Connection, case_id: str) -> Case:
        row = con.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        row = row if row is not None else self._by_prefix(con, case_id)
        return schema.case_from_row(row, self._latest_review(con, row["id"]))

    @staticmethod
    def _by_prefix(con: sqlite3.Connection, prefix: str) -> sqlite3.Row:
        rows = con.execute("SELECT * FROM cases WHERE id LIKE ? LIMIT 2",
                           (prefix.lower() + "%",)).fetchall() if len(prefix) >= 4 else []
        if len(rows) != 1:
            raise CaseNotFound(f"No case {prefix!r} is stored here" + (
                " (several cases start with it; type more of the id)." if rows else "."))
        return rows[0]

    @staticmethod
    def _latest_review(con: sqlite3.Connection, case_id: str):
        row = con.execute("SELECT r.*, (SELECT sop_uid FROM outbox o WHERE o.review_id = r.id "
                          "AND o.superseded = 0) AS sr_uid FROM reviews r WHERE case_id = ? "
                          "ORDER BY id DESC LIMIT 1", (case_id,)).fetchone()
        return schema.review_from_row(row, row["sr_uid"] or "" if row else "")

    def _find_duplicate(self, sha: str, sop_uid: str, con: sqlite3.Connection | None = None):
        con = con or self._con()
        with self._errors():
            row = con.execute("SELECT * FROM cases WHERE original_sha256 = ? OR "
                              "(image_sop_uid = ? AND ? != '')", (sha, sop_uid, sop_uid)).fetchone()
            return schema.case_from_row(row, None) if row is not None else None

    def _finalise(self, con: sqlite3.Connection, case: Case, actor: str | None) -> None:
        check_transition(case, CaseState.FINALISED)
        now = now_utc()
        con.execute("UPDATE cases SET state = 'finalised', finalised_at = ?, updated_at = ? "
                    "WHERE id = ?", (now, now, case.id))
        self._queue(con, case.id, "image", case.uids.image_sop_uid, None)
        review = con.execute("SELECT id FROM reviews WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                             (case.id,)).fetchone()
        sr_uid = self._queue(con, case.id, "sr", uid_from_uuid(), review[0] if review else None)
        self._audit(con, case.id, "finalised", actor, {"image_uid": case.uids.image_sop_uid,
                                                       "sr_uid": sr_uid})

    @staticmethod
    def _queue(con: sqlite3.Connection, case_id: str, kind: str, sop_uid: str,
               review_id: int | None) -> str:
        con.execute("INSERT INTO outbox (case_id, kind, sop_uid, review_id, created_at) "
                    "VALUES (?, ?, ?, ?, ?)", (case_id, kind, sop_uid, review_id, now_utc()))
        return sop_uid

    @staticmethod
    def _audit(con: sqlite3.Connection, case_id: str, action: str, actor: str | None,
               details: dict) -> None:
        con.execute("INSERT INTO audit (case_id, time, action, actor, details_json) "
                    "VALUES (?, ?, ?, ?, ?)", (case_id, now_utc(), action,
                                              default_actor() if actor is None else actor,
                                              json.dumps(details, default=str)))
