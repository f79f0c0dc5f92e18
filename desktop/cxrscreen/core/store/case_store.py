"""The local case store: SQLite (WAL) plus content-addressed files, one transaction per operation.

Safe to call from several threads (each thread gets its own connection) and from several processes
(SQLite's lock serialises writers). Files are written atomically before the row that points to them
commits, so a crash or ``kill -9`` at any moment leaves either the whole case or nothing; the
leftovers of an interrupted write are removed by :meth:`CaseStore.recover` at start-up.

Nothing is readable without signing in: :meth:`CaseStore.open` takes an account's name and
password, which unwrap the data key (accounts.py, vault.py); identifying values and every file are
encrypted with it. Every change is recorded under the signed-in account.
"""

from __future__ import annotations

import io
import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import numpy as np

from . import accounts
from . import quarantine
from . import schema
from . import vault
from .accounts import Account, Role
from .cases import (AuditEntry, Case, CaseState, Decision, Review, check_editable,
                    check_transition, new_case, npy_bytes, now_utc, uid_from_uuid)
from ..errors import (AlreadyStored, CaseCleared, CaseDamaged, CaseNotFound, CaseStateError,
                      ImageRefused, SignInError, StoreDamagedError, StoreError)
from ..i18n import QT_TRANSLATE_NOOP
from ..file_names import readable_name
from ..xray.contract import XRay
from ..xray.read import _read_bytes, read_xray
from ..screening.results import ScreeningResult
from .damage import ROW_ERRORS, damaged, each_readable
from .files import (FileStore, damaged_database, ensure_private_dir, os_error,
                    sha256_hex, sqlite_error, strict_text)
from .account_methods import AccountMethods
from .not_screened_methods import NotScreenedMethods
from .opening import StoreOpening
from .folder_state import DB_NAME

log = logging.getLogger(__name__)


class CaseStore(StoreOpening, AccountMethods, NotScreenedMethods):
    def __init__(self, data_dir: Path, busy_timeout: float = 10.0) -> None:
        self.data_dir = ensure_private_dir(Path(data_dir))
        self.db_path = self.data_dir / DB_NAME
        self.busy_timeout = busy_timeout
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.account: Account | None = None
        self.cipher: vault.Cipher | None = None
        self.files: FileStore | None = None

    def _unlocked(self, account: Account, data_key: bytes) -> None:
        self.cipher = vault.Cipher(data_key)
        self.files = FileStore(self.data_dir, self.cipher)
        self.account = account

    def _signed_in(self) -> Account:
        if self.account is None or self.cipher is None:
            raise SignInError(QT_TRANSLATE_NOOP("StoreError", "Sign in first."))
        return self.account

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
                    operating_point: str | None = None, finalise: bool = False) -> Case:
        """Read, screen and store one file. Raises ImageRefused (nothing is created) or
        AlreadyStored."""
        data = _read_bytes(path)
        existing = self._find_duplicate(sha256_hex(data), "")
        if existing is not None:
            raise AlreadyStored(existing)
        name = readable_name(path) if not isinstance(path, bytes) else "upload"
        try:
            xray = read_xray(data)
        except ImageRefused as exc:
            log.info("refused a file of %d bytes (%s)", len(data), exc.code)
            raise
        try:
            result = screener.screen(xray, operating_point=operating_point)
        except ImageRefused as exc:  # by the input check; the screener logged its figures
            log.info("refused a file of %d bytes (%s)", len(data), exc.code)
            raise
        case = self.add_case(data, name, xray, result, patient_overrides, finalise)
        # File names are not logged: consoles often name files after the patient.
        log.info("stored case %s (%s, %d bytes): %s, score %.3f, model %s %s; input check score "
                 "%s (threshold %s)%s", case.id, case.source_format, len(data), result.label,
                 result.score, result.model.name,
                 result.model.version, result.input_check.get("score"),
                 result.input_check.get("threshold"),
                 f", corrected: {'+'.join(result.corrections)}" if result.corrections else "")
        return case

    def add_case(self, original: bytes, source_name: str, xray: XRay, result: ScreeningResult,
                 patient_overrides: dict | None = None, finalise: bool = False) -> Case:
        """Store an already screened X-ray as a new case (``screened``, or ``finalised``)."""
        self._signed_in()
        case = new_case(original, source_name, xray, result, patient_overrides, self.identity())
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
            values = schema.case_values(case, self.cipher)
            con.execute(f"INSERT INTO cases ({', '.join(values)}) VALUES "
                        f"({', '.join(':' + k for k in values)})", values)
            self._audit(con, case.id, "created", {
                "source_name": source_name, "sha256": case.original_sha256,
                "score": case.score, "label": case.label, "patient": case.patient.to_dict()})
            if finalise:
                self._finalise(con, case)
        with self._errors():  # after the commit: the record may lag the database, never lead
            quarantine.record_written(self.files, quarantine.case_count(self._con()))
        return self.get(case.id)

    def identity(self):
        """This laptop's identity now (core/identity.py), with this folder's settings; recorded
        with each case as it is screened."""
        from ..errors import SettingsError
        from ..identity import device_identity
        from ..settings import load_settings

        try:
            return device_identity(load_settings(self.data_dir))
        except SettingsError:  # a damaged settings file: the window and the CLI report it
            return device_identity()

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

    def update_patient(self, case_id: str, **fields: str) -> Case:
        with self._write() as con:
            case = self._get(con, case_id)
            check_editable(case, QT_TRANSLATE_NOOP("StoreError", "patient details"))
            patient = case.patient.with_changes(fields)
            con.execute("UPDATE cases SET patient_json = ?, updated_at = ? WHERE id = ?",
                        (schema.seal(self.cipher, "cases", "patient_json", case.id,
                                     json.dumps(patient.to_dict())), now_utc(), case.id))
            self._audit(con, case.id, "patient_updated", {"changes": fields})
        return self.get(case.id)

    def set_notes(self, case_id: str, notes: str) -> Case:
        with self._write() as con:
            case = self._get(con, case_id)
            check_editable(case, QT_TRANSLATE_NOOP("StoreError", "notes"))
            con.execute("UPDATE cases SET notes = ?, updated_at = ? WHERE id = ?",
                        (schema.seal(self.cipher, "cases", "notes", case.id, notes), now_utc(),
                         case.id))
            self._audit(con, case.id, "notes_set", {"notes": notes})
        return self.get(case.id)

    def finalise(self, case_id: str) -> Case:
        """Freeze the case and queue it for sending (its image and its structured report)."""
        with self._write() as con:
            self._finalise(con, self._get(con, case_id))
        return self.get(case_id)

    def review(self, case_id: str, decision: Decision | str, note: str = "") -> Case:
        """Record the signed-in clinician's review (refused for other roles). For a finalised or
        sent case this queues a new structured report (a new SOP instance with a UID fixed now);
        see docs/STORE_AND_SYNC.md."""
        decision = Decision(decision)
        reviewer = self._signed_in()
        accounts.require(reviewer, Role.CLINICIAN,
                         action=QT_TRANSLATE_NOOP("StoreError", "record a review"))
        with self._write() as con:
            case = self._get(con, case_id)
            _check_not_cleared(case)
            if case.not_screened:
                raise CaseStateError(QT_TRANSLATE_NOOP(
                    "StoreError", "Case {case} was not screened: there is no result to agree "
                    "or disagree with. Record your reading of the X-ray in the hospital's "
                    "system."), case=case.id[:8])
            now = now_utc()
            cur = con.execute("INSERT INTO reviews (case_id, reviewer, decision, note, time) "
                              "VALUES (?, ?, ?, ?, ?)",
                              (case.id, reviewer.name, decision.value,
                               schema.seal(self.cipher, "reviews", "note", case.id, note), now))
            details = {"reviewer": reviewer.name, "decision": decision.value, "note": note}
            if case.state is not CaseState.SCREENED:
                # An SR never sent, never tried, is replaced; one possibly received stays.
                con.execute("UPDATE outbox SET superseded = 1 WHERE case_id = ? AND kind = 'sr' "
                            "AND sent_at = '' AND attempts = 0", (case.id,))
                details["sr_uid"] = self._queue(con, case.id, "sr", uid_from_uuid(),
                                                cur.lastrowid)
            con.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case.id))
            self._audit(con, case.id, "reviewed", details)
        return self.get(case.id)

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
            return schema.review_from_row(row, self.cipher, sr_uid)
        except (StoreDamagedError, *ROW_ERRORS) as exc:
            raise damaged(str(row["case_id"]), exc) from None

    def original_bytes(self, case: Case) -> bytes:
        """The original file (decrypted), checked against its sha256."""
        self._signed_in()
        _check_not_cleared(case)
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
        _check_not_cleared(case)
        if not case.screening.heatmap_sha256:
            return None
        return np.load(io.BytesIO(self.files.get(case.screening.heatmap_sha256)),
                       allow_pickle=False)

    # -- start-up clean-up ----------------------------------------------------------------------

    # -- internals -------------------------------------------------------------------------------

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            try:
                con = sqlite3.connect(self.db_path, timeout=self.busy_timeout,
                                      isolation_level=None, check_same_thread=False)
                con.row_factory = sqlite3.Row
                con.text_factory = strict_text
                con.execute("PRAGMA journal_mode = WAL")
                con.execute("PRAGMA synchronous = FULL")  # power cuts: a commit is on disk
                con.execute("PRAGMA foreign_keys = ON")
            except sqlite3.Error as exc:
                raise self._sqlite_error(exc) from None
            except UnicodeDecodeError:  # SQLite's message quotes a damaged schema's bytes
                raise damaged_database(self.data_dir) from None
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
        except UnicodeDecodeError:  # SQLite's message quotes a damaged schema's bytes
            raise damaged_database(self.data_dir) from None
        except OSError as exc:
            raise os_error(exc, self.data_dir) from None

    def transaction(self):
        """One write transaction (a context manager giving the connection): for the sync
        outbox, which keeps its own table in this database."""
        return self._write()

    def mark_sent(self, con: sqlite3.Connection, case_id: str, now: str) -> None:
        """The server holds everything of a finalised case: it becomes ``sent``, through the
        same one-way check as every other change of state (for the sync outbox)."""
        check_transition(self._get(con, case_id), CaseState.SENT)
        con.execute("UPDATE cases SET state = 'sent', sent_at = ?, updated_at = ? WHERE id = ?",
                    (now, now, case_id))
        self._audit(con, case_id, "sent", {})

    def append_audit(self, con: sqlite3.Connection, case_id: str, action: str,
                     details: dict) -> None:
        """An audit entry under the signed-in account (for the sync outbox)."""
        self._audit(con, case_id, action, details)

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
        return sqlite_error(exc, self.data_dir)

    def _get(self, con: sqlite3.Connection, case_id: str) -> Case:
        self._signed_in()
        row = con.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        row = row if row is not None else self._by_prefix(con, case_id)
        return self._case(con, row)

    def _case(self, con: sqlite3.Connection, row: sqlite3.Row) -> Case:
        """The case of ``row``; CaseDamaged if its values or its review cannot be read."""
        try:
            return schema.case_from_row(row, self._latest_review(con, row["id"]), self.cipher)
        except (StoreDamagedError, *ROW_ERRORS) as exc:
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
        return schema.review_from_row(row, self.cipher, row["sr_uid"] or "" if row else "")

    def _find_duplicate(self, sha: str, sop_uid: str, con: sqlite3.Connection | None = None):
        con = con or self._con()
        with self._errors():
            row = con.execute("SELECT * FROM cases WHERE original_sha256 = ? OR "
                              "(image_sop_uid = ? AND ? != '')", (sha, sop_uid, sop_uid)).fetchone()
            return schema.case_from_row(row, None, self.cipher) if row is not None else None

    def _finalise(self, con: sqlite3.Connection, case: Case) -> None:
        check_transition(case, CaseState.FINALISED)
        now = now_utc()
        con.execute("UPDATE cases SET state = 'finalised', finalised_at = ?, updated_at = ? "
                    "WHERE id = ?", (now, now, case.id))
        self._queue(con, case.id, "image", case.uids.image_sop_uid, None)
        review = con.execute("SELECT id FROM reviews WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                             (case.id,)).fetchone()
        sr_uid = self._queue(con, case.id, "sr", uid_from_uuid(), review[0] if review else None)
        self._audit(con, case.id, "finalised", {"image_uid": case.uids.image_sop_uid,
                                                "sr_uid": sr_uid})

    @staticmethod
    def _queue(con: sqlite3.Connection, case_id: str, kind: str, sop_uid: str,
               review_id: int | None) -> str:
        con.execute("INSERT INTO outbox (case_id, kind, sop_uid, review_id, created_at) "
                    "VALUES (?, ?, ?, ?, ?)", (case_id, kind, sop_uid, review_id, now_utc()))
        return sop_uid

    def _audit(self, con: sqlite3.Connection, case_id: str, action: str, details: dict) -> None:
        con.execute("INSERT INTO audit (case_id, time, action, actor, details_json) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (case_id, now_utc(), action, self.actor,
                     schema.seal(self.cipher, "audit", "details_json", case_id,
                                 json.dumps(details, default=str))))


def _check_not_cleared(case: Case) -> None:
    if case.cleared:
        raise CaseCleared(QT_TRANSLATE_NOOP(
            "StoreError", "Case {case} was sent and then cleared from this laptop (the site "
            "keeps cases only for a set time after the hospital confirms them). Its image and "
            "report are on the hospital's server."), case=case.id[:8])


def _matches(case: Case, search: str) -> bool:
    text = search.lower()
    return (text in case.patient.patient_id.lower() or text in case.patient.patient_name.lower()
            or text in case.source_name.lower() or case.id.startswith(text))
