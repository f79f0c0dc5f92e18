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

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import accounts
from . import integrity
from . import quarantine
from . import schema
from . import vault
from .accounts import Account, Role
from .cases import (Case, CaseState, Decision, check_editable, check_transition, new_case,
                    npy_bytes, now_utc, uid_from_uuid)
from ..errors import (AlreadyStored, CaseStateError, ImageRefused, NotAuthentic, SignInError,
                      StoreDamagedError, StoreError)
from ..i18n import QT_TRANSLATE_NOOP
from ..file_names import readable_name
from ..xray.contract import XRay
from ..xray.read import _read_bytes, read_xray
from ..screening.results import ScreeningResult
from .damage import ROW_ERRORS, damaged
from .files import (FileStore, damaged_database, ensure_private_dir, os_error,
                    sha256_hex, sqlite_error, strict_text)
from .account_methods import AccountMethods
from .case_reading import CaseReading, check_not_cleared
from .not_screened_methods import NotScreenedMethods
from .opening import StoreOpening
from .connections import Connections
from .folder_state import DB_NAME

log = logging.getLogger(__name__)


class CaseStore(StoreOpening, AccountMethods, CaseReading, NotScreenedMethods):
    def __init__(self, data_dir: Path, busy_timeout: float = 10.0) -> None:
        self.data_dir = ensure_private_dir(Path(data_dir))
        self.db_path = self.data_dir / DB_NAME
        self.busy_timeout = busy_timeout
        self._connections = Connections(self._connect)
        self.account: Account | None = None
        self.cipher: vault.Cipher | None = None
        self.files: FileStore | None = None
        self.tags: integrity.RowTags | None = None

    def _unlocked(self, account: Account, data_key: bytes) -> None:
        self.cipher = vault.Cipher(data_key)
        self.tags = integrity.RowTags(self.cipher)
        self.files = FileStore(self.data_dir, self.cipher)
        self.account = account

    def _signed_in(self) -> Account:
        if self.account is None or self.cipher is None:
            raise SignInError(QT_TRANSLATE_NOOP("StoreError", "Sign in first."))
        return self.account

    def close(self) -> None:
        """Close the database; a connection another thread is using closes when its operation
        ends (connections.py)."""
        self._connections.close_all()

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
            integrity.insert(con, self.tags, "cases", schema.case_values(case, self.cipher))
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
            return device_identity(load_settings(self.data_dir, self.cipher))
        except SettingsError:  # a damaged settings file: the window and the CLI report it
            return device_identity()

    def update_patient(self, case_id: str, **fields: str) -> Case:
        with self._write() as con:
            case = self._get(con, case_id)
            check_editable(case, QT_TRANSLATE_NOOP("StoreError", "patient details"))
            patient = case.patient.with_changes(fields)
            integrity.update(con, self.tags, "cases", case.id, {
                "patient_json": schema.seal(self.cipher, "cases", "patient_json", case.id,
                                            json.dumps(patient.to_dict())),
                "updated_at": now_utc()})
            self._audit(con, case.id, "patient_updated", {"changes": fields})
        return self.get(case.id)

    def set_notes(self, case_id: str, notes: str) -> Case:
        with self._write() as con:
            case = self._get(con, case_id)
            check_editable(case, QT_TRANSLATE_NOOP("StoreError", "notes"))
            integrity.update(con, self.tags, "cases", case.id, {
                "notes": schema.seal(self.cipher, "cases", "notes", case.id, notes),
                "updated_at": now_utc()})
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
            check_not_cleared(case)
            if case.not_screened:
                raise CaseStateError(QT_TRANSLATE_NOOP(
                    "StoreError", "Case {case} was not screened: there is no result to agree "
                    "or disagree with. Record your reading of the X-ray in the hospital's "
                    "system."), case=case.id[:8])
            now = now_utc()
            review_id = integrity.insert(con, self.tags, "reviews", {
                "case_id": case.id, "reviewer": reviewer.name, "decision": decision.value,
                "note": schema.seal(self.cipher, "reviews", "note", case.id, note), "time": now})
            details = {"reviewer": reviewer.name, "decision": decision.value, "note": note}
            if case.state is not CaseState.SCREENED:
                # An SR never sent, never tried, is replaced; one possibly received stays.
                for (item,) in con.execute(
                        "SELECT id FROM outbox WHERE case_id = ? AND kind = 'sr' AND "
                        "sent_at = '' AND attempts = 0 AND superseded = 0", (case.id,)).fetchall():
                    integrity.update(con, self.tags, "outbox", item, {"superseded": 1})
                details["sr_uid"] = self._queue(con, case.id, "sr", uid_from_uuid(), review_id)
            integrity.update(con, self.tags, "cases", case.id, {"updated_at": now})
            self._audit(con, case.id, "reviewed", details)
        return self.get(case.id)

    # -- internals -------------------------------------------------------------------------------

    def _con(self) -> sqlite3.Connection:
        return self._connections.get()

    def _connect(self) -> sqlite3.Connection:
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
        return con

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """One operation: its sqlite and file errors become StoreErrors, and this thread's
        connection stays open until it ends, even if another thread closes the store."""
        try:
            with self._connections.in_use():
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
        integrity.update(con, self.tags, "cases", case_id,
                         {"state": "sent", "sent_at": now, "updated_at": now})
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

    def _find_duplicate(self, sha: str, sop_uid: str, con: sqlite3.Connection | None = None):
        con = con or self._con()
        with self._errors():
            row = con.execute("SELECT * FROM cases WHERE original_sha256 = ? OR "
                              "(image_sop_uid = ? AND ? != '')", (sha, sop_uid, sop_uid)).fetchone()
            if row is None:
                return None
            try:
                self.tags.check("cases", row)
                return schema.case_from_row(row, None, self.cipher)
            except (StoreDamagedError, NotAuthentic, *ROW_ERRORS) as exc:
                raise damaged(str(row["id"]), exc) from None

    def _finalise(self, con: sqlite3.Connection, case: Case) -> None:
        check_transition(case, CaseState.FINALISED)
        now = now_utc()
        integrity.update(con, self.tags, "cases", case.id,
                         {"state": "finalised", "finalised_at": now, "updated_at": now})
        self._queue(con, case.id, "image", case.uids.image_sop_uid, None)
        review = con.execute("SELECT id FROM reviews WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                             (case.id,)).fetchone()
        sr_uid = self._queue(con, case.id, "sr", uid_from_uuid(), review[0] if review else None)
        self._audit(con, case.id, "finalised", {"image_uid": case.uids.image_sop_uid,
                                                "sr_uid": sr_uid})

    def _queue(self, con: sqlite3.Connection, case_id: str, kind: str, sop_uid: str,
               review_id: int | None) -> str:
        integrity.insert(con, self.tags, "outbox", {
            "case_id": case_id, "kind": kind, "sop_uid": sop_uid, "review_id": review_id,
            "created_at": now_utc()})
        return sop_uid

    def _audit(self, con: sqlite3.Connection, case_id: str, action: str, details: dict) -> None:
        con.execute("INSERT INTO audit (case_id, time, action, actor, details_json) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (case_id, now_utc(), action, self.actor,
                     schema.seal(self.cipher, "audit", "details_json", case_id,
                                 json.dumps(details, default=str))))
