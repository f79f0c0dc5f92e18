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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np

from . import accounts
from . import store_quarantine as quarantine
from . import store_schema as schema
from . import vault
from .accounts import Account, Role, SignInError
from .cases import (AuditEntry, Case, CaseNotFound, CaseState, Decision, Review, check_editable,
                    check_transition, new_case, npy_bytes, now_utc, uid_from_uuid)
from .errors import ImageRefused, StoreError
from .file_names import readable_name
from .imaging import XRay, _read_bytes, read_xray
from .results import ScreeningResult
from .store_damage import ROW_ERRORS, CaseDamaged, damaged, each_readable
from .store_files import FileStore, StoreDamagedError, ensure_private_dir, os_error, sha256_hex
from .store_schema import PlainStoreError
from .store_accounts import AccountMethods
from .store_state import DB_NAME, folder_state, has_accounts  # noqa: F401 (folder_state too)

log = logging.getLogger(__name__)


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
    removed_orphan_files: int = 0  # plain files an interrupted upgrade left (they have a copy)
    quarantined_files: int = 0  # files no case points to, moved to quarantine/ (never deleted)
    reattached_files: list[str] = field(default_factory=list)  # moved back from quarantine/
    cases_missing_files: list[str] = field(default_factory=list)


class NotSetUp(StoreError):
    """The data folder has no accounts yet."""

    code = "not_set_up"


class CaseStore(AccountMethods):
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

    @classmethod
    def open(cls, data_dir: Path | str, user: str, password: str, busy_timeout: float = 10.0,
             recover: bool = True) -> CaseStore:
        """Sign in to the store in ``data_dir`` (migrating its schema if needed). A wrong
        password, a disabled account or too many tries raise SignInError and open nothing."""
        store = cls._prepared(data_dir, busy_timeout)
        try:
            store.sign_in(user, password)
        except BaseException:
            store.close()
            raise
        return store._started(recover)

    @classmethod
    def open_with_recovery_key(cls, data_dir: Path | str, recovery_key: str,
                               busy_timeout: float = 10.0) -> CaseStore:
        """Open with the recovery key IT keeps (to reset a forgotten administrator password).
        The actor is "recovery key", with an administrator's rights."""
        store = cls._prepared(data_dir, busy_timeout)
        try:
            row = store._con().execute(
                "SELECT wrapped_key FROM keyslots WHERE name = 'recovery'").fetchone()
            try:
                key = vault.unwrap(vault.parse_recovery_key(recovery_key), row[0], "recovery")
            except (vault.WrongKey, TypeError):
                raise SignInError("This recovery key does not open this data folder. Check it "
                                  "letter by letter.") from None
            store._unlocked(Account(accounts.RECOVERY, Role.ADMIN), key)
        except BaseException:
            store.close()
            raise
        log.warning("data folder opened with the recovery key")
        return store._started(True)

    @classmethod
    def create(cls, data_dir: Path | str, admin: str, password: str,
               busy_timeout: float = 10.0) -> tuple[CaseStore, str]:
        """Set up a new data folder with its first administrator. Returns the store (signed in
        as the administrator) and the recovery key, to be shown once and kept by IT."""
        data_dir = Path(data_dir)
        state = folder_state(data_dir)
        if state == "plain":
            return cls.upgrade(data_dir, admin, password, busy_timeout=busy_timeout)
        if state != "new":
            raise StoreError(f"The data folder {data_dir} is already set up; nothing was "
                             "changed. Sign in, or choose another folder.", code="already_set_up")
        store = cls(data_dir, busy_timeout)
        try:
            with store._errors():
                schema.migrate(store._con())
            data_key, recovery = vault.new_data_key(), vault.new_recovery_key()
            with store._write() as con:
                if has_accounts(con):
                    raise StoreError("Another program set up this data folder at the same time;"
                                     " nothing was changed.", code="already_set_up")
                account = accounts.create(con, admin, Role.ADMIN, password, data_key, admin)
                con.execute("INSERT INTO keyslots (name, wrapped_key, created_at) VALUES "
                            "('recovery', ?, ?)", (vault.wrap(recovery, data_key, "recovery"),
                                                   now_utc()))
            store._unlocked(account, data_key)
        except BaseException:
            store.close()
            raise
        log.info("data folder %s set up; administrator %s", data_dir, account.name)
        return store._started(True), vault.format_recovery_key(recovery)

    @classmethod
    def upgrade(cls, data_dir: Path | str, admin: str, password: str,
                busy_timeout: float = 10.0,
                journal: Callable[[str], None] | None = None) -> tuple[CaseStore, str]:
        """Protect a data folder written by a version without accounts and encryption: every
        case is kept, encrypted, and ``admin`` becomes its first administrator (upgrade.py)."""
        from . import upgrade

        data_dir = Path(data_dir)
        if folder_state(data_dir) != "plain":
            raise StoreError(f"The data folder {data_dir} does not need an upgrade.",
                             code="already_set_up")
        recovery = upgrade.upgrade(data_dir, admin, password, journal)
        store = cls.open(data_dir, admin, password, busy_timeout)
        log.info("data folder %s upgraded; administrator %s", data_dir, admin)
        return store, vault.format_recovery_key(recovery)

    @classmethod
    def _prepared(cls, data_dir: Path | str, busy_timeout: float) -> CaseStore:
        state = folder_state(data_dir)
        if state == "new":
            raise NotSetUp(f"The data folder {data_dir} is not set up yet. Start the application "
                           "to create the administrator, or run `cxrscreen init --admin NAME`.")
        if state == "plain":
            raise PlainStoreError(
                "The cases in this data folder were saved by an older version of CXR Screen and "
                "are not protected yet. An administrator must start the application (or run "
                "`cxrscreen init --admin NAME`) once to protect them; no case is lost.")
        store = cls(Path(data_dir), busy_timeout)
        try:
            with store._errors():
                schema.migrate(store._con())
        except BaseException:
            store.close()
            raise
        return store

    def _started(self, recover: bool) -> CaseStore:
        if recover:
            try:
                report = self.recover()
            except BaseException:
                self.close()
                raise
            if (report.removed_temp_files or report.removed_orphan_files
                    or report.quarantined_files or report.reattached_files):
                log.info("start-up clean-up: %s", report)
            self.apply_site_retention()
        return self

    def apply_site_retention(self) -> None:
        """The site file's ``purge_after_days`` rule (retention.py): at every start, and after
        every sync, so that a laptop left running for weeks clears its cases too. A broken site
        file or a full disk is logged, and the rule is tried again next time."""
        from .errors import SettingsError
        from .settings import site_defaults

        try:
            days = site_defaults().purge_after_days
        except SettingsError as exc:  # the window and the CLI report a broken site file
            log.warning("retention not applied: %s", exc.message)
            return
        if days > 0:
            try:
                self.purge_confirmed(days)
            except StoreError as exc:  # e.g. a full disk: try again at the next start
                log.error("retention not applied: %s", exc.message)

    def purge_confirmed(self, days: int, now: datetime | None = None) -> list[str]:
        """Clear the image and identifying values of cases the server confirmed more than
        ``days`` ago (retention.py). Returns their ids."""
        from . import retention

        self._signed_in()
        with self._write() as con:
            rows = retention.due(con, days, now)
            for row in rows:
                retention.clear(con, self.cipher, row["id"])
            shas = {r[k] for r in rows for k in ("original_sha256", "heatmap_sha256")}
            gone = retention.unused_files(con, shas)
        for sha in gone:  # after the commit: a crash before this leaves orphans recover() removes
            self.files.remove(sha)
        if rows:
            log.info("retention: cleared %d case(s) confirmed by the server over %d days ago",
                     len(rows), days)
        return [r["id"] for r in rows]

    def _unlocked(self, account: Account, data_key: bytes) -> None:
        self.cipher = vault.Cipher(data_key)
        self.files = FileStore(self.data_dir, self.cipher)
        self.account = account

    def _signed_in(self) -> Account:
        if self.account is None or self.cipher is None:
            raise SignInError("Sign in first.")
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
        from .errors import SettingsError
        from .identity import device_identity
        from .settings import load_settings

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
            check_editable(case, "patient details")
            patient = case.patient.with_changes(fields)
            con.execute("UPDATE cases SET patient_json = ?, updated_at = ? WHERE id = ?",
                        (schema.seal(self.cipher, "cases", "patient_json", case.id,
                                     json.dumps(patient.to_dict())), now_utc(), case.id))
            self._audit(con, case.id, "patient_updated", {"changes": fields})
        return self.get(case.id)

    def set_notes(self, case_id: str, notes: str) -> Case:
        with self._write() as con:
            case = self._get(con, case_id)
            check_editable(case, "notes")
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
        accounts.require(reviewer, Role.CLINICIAN, action="record a review")
        with self._write() as con:
            case = self._get(con, case_id)
            _check_not_cleared(case)
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
        return not case.cleared and not (self.files.has(case.original_sha256)
                                         and self.files.has(case.screening.heatmap_sha256))

    def heatmap(self, case: Case) -> np.ndarray:
        self._signed_in()
        _check_not_cleared(case)
        return np.load(io.BytesIO(self.files.get(case.screening.heatmap_sha256)),
                       allow_pickle=False)

    # -- start-up clean-up ----------------------------------------------------------------------

    def recover(self, accept_older_database: bool = False) -> RecoveryReport:
        """Clear what a crash left behind: temporary files are removed; files no case points to
        are moved to quarantine/ (they may be the only copy: store_quarantine.py), and
        quarantined files a case points to are moved back. A database older than its files is
        refused first (OlderDatabaseError), unless ``accept_older_database`` (an administrator,
        through ``cxrscreen doctor``). Cases whose files are missing are reported."""
        report = RecoveryReport()
        self._signed_in()
        with self._write() as con:  # holding the write lock: no import can commit meanwhile
            from .upgrade import remove_plain_leftovers

            if accept_older_database:
                accounts.require(self.account, Role.ADMIN, action="accept an older database")
                quarantine.accept_older(con, self.files)
            quarantine.check_not_older(con, self.files, self.data_dir)
            remove_plain_leftovers(self.data_dir, self.cipher)
            for foreign in self.files.foreign_files():  # plain files an upgrade left behind
                foreign.unlink(missing_ok=True)
                report.removed_orphan_files += 1
            for tmp in self.files.stale_temps():
                tmp.unlink(missing_ok=True)
                report.removed_temp_files += 1
            used = {r[0] for r in con.execute(
                "SELECT original_sha256 FROM cases WHERE purged_at = '' UNION "
                "SELECT heatmap_sha256 FROM cases WHERE purged_at = ''")}
            report.reattached_files = quarantine.reattach(self.files, used, self.data_dir)
            for sha in list(self.files.all_shas()):
                if sha not in used:
                    quarantine.move_to_quarantine(self.files, sha, self.data_dir)
                    report.quarantined_files += 1
            quarantine.record_written(self.files, quarantine.case_count(con))
            report.cases_missing_files = [
                r[0] for r in con.execute("SELECT id, original_sha256, heatmap_sha256 FROM cases "
                                          "WHERE purged_at = ''")
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
                con.text_factory = schema.strict_text
                con.execute("PRAGMA journal_mode = WAL")
                con.execute("PRAGMA synchronous = FULL")  # power cuts: a commit is on disk
                con.execute("PRAGMA foreign_keys = ON")
            except sqlite3.Error as exc:
                raise self._sqlite_error(exc) from None
            except UnicodeDecodeError:  # SQLite's message quotes a damaged schema's bytes
                raise schema.damaged_database(self.data_dir) from None
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
            raise schema.damaged_database(self.data_dir) from None
        except OSError as exc:
            raise os_error(exc, self.data_dir) from None

    def transaction(self):
        """One write transaction (a context manager giving the connection): for the sync
        outbox, which keeps its own table in this database."""
        return self._write()

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
        return schema.sqlite_error(exc, self.data_dir)

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
            raise CaseNotFound(f"No case {prefix!r} is stored here" + (
                " (several cases start with it; type more of the id)." if rows else "."))
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


class CaseCleared(StoreError):
    code = "cleared"


def _check_not_cleared(case: Case) -> None:
    if case.cleared:
        raise CaseCleared(
            f"Case {case.id[:8]} was sent and then cleared from this laptop (the site keeps cases"
            " only for a set time after the hospital confirms them). Its image and report are on"
            " the hospital's server.")


def _matches(case: Case, search: str) -> bool:
    text = search.lower()
    return (text in case.patient.patient_id.lower() or text in case.patient.patient_name.lower()
            or text in case.source_name.lower() or case.id.startswith(text))
