"""How a case store is opened, created, upgraded and recovered after a crash (CaseStore's class
methods and start-up work, kept apart from what it does with cases once open)."""

from __future__ import annotations
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Self
from . import accounts
from . import integrity
from . import quarantine
from . import schema
from . import vault
from .accounts import Account, Role
from .cases import now_utc
from ..errors import (NotAuthentic, NotSetUp, OlderDatabaseError, PlainStoreError, SignInError,
                      StoreError)
from ..i18n import QT_TRANSLATE_NOOP
from .folder_state import folder_state, has_accounts

log = logging.getLogger(__name__)


@dataclass
class RecoveryReport:
    removed_temp_files: int = 0
    removed_orphan_files: int = 0  # plain files an interrupted upgrade left (they have a copy)
    quarantined_files: int = 0  # files no case points to, moved to quarantine/ (never deleted)
    reattached_files: list[str] = field(default_factory=list)  # moved back from quarantine/
    cases_missing_files: list[str] = field(default_factory=list)


class StoreOpening:
    """CaseStore's ways in: sign in, create, upgrade, recover (a mixin, like AccountMethods)."""

    @classmethod
    def open(cls, data_dir: Path | str, user: str, password: str, busy_timeout: float = 10.0,
             recover: bool = True) -> Self:
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
                               busy_timeout: float = 10.0) -> Self:
        """Open with the recovery key IT keeps (to reset a forgotten administrator password).
        The actor is "recovery key", with an administrator's rights."""
        store = cls._prepared(data_dir, busy_timeout)
        try:
            row = store._con().execute(
                "SELECT wrapped_key FROM keyslots WHERE name = 'recovery'").fetchone()
            try:
                recovery = vault.parse_recovery_key(recovery_key)
                key, version = vault.unwrap_versioned(recovery, row[0], "recovery")
            except (vault.WrongKey, TypeError):
                raise SignInError(QT_TRANSLATE_NOOP(
                    "StoreError", "This recovery key does not open this data folder. Check it "
                    "letter by letter.")) from None
            tags = integrity.RowTags(vault.Cipher(key))
            with store._write() as con:
                counts = integrity.switch_on(con, tags, version)
                if counts:
                    accounts.record(con, accounts.RECOVERY, "rows_authenticated",
                                    accounts.RECOVERY, counts)
                    store._switching_on(vault.Cipher(key))
                if version < 2:  # anchors "rows are authenticated" in this wrapping too
                    con.execute("UPDATE keyslots SET wrapped_key = ? WHERE name = 'recovery'",
                                (vault.wrap(recovery, key, "recovery"),))
            store._unlocked(Account(accounts.RECOVERY, Role.ADMIN), key)
        except BaseException:
            store.close()
            raise
        log.warning("data folder opened with the recovery key")
        return store._started(True)

    @classmethod
    def create(cls, data_dir: Path | str, admin: str, password: str,
               busy_timeout: float = 10.0) -> tuple[Self, str]:
        """Set up a new data folder with its first administrator. Returns the store (signed in
        as the administrator) and the recovery key, to be shown once and kept by IT."""
        data_dir = Path(data_dir)
        state = folder_state(data_dir)
        if state == "plain":
            return cls.upgrade(data_dir, admin, password, busy_timeout=busy_timeout)
        if state != "new":
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "The data folder {folder} is already set up; nothing was changed. "
                "Sign in, or choose another folder."), code="already_set_up", folder=data_dir)
        store = cls(data_dir, busy_timeout)
        try:
            with store._errors():
                schema.migrate(store._con())
            data_key, recovery = vault.new_data_key(), vault.new_recovery_key()
            with store._write() as con:
                if has_accounts(con):
                    raise StoreError(QT_TRANSLATE_NOOP(
                        "StoreError", "Another program set up this data folder at the same "
                        "time; nothing was changed."), code="already_set_up")
                tags = integrity.RowTags(vault.Cipher(data_key))
                account = accounts.create(con, admin, Role.ADMIN, password, data_key, admin,
                                          tags)
                integrity.tag_untagged(con, tags)  # nothing to tag: writes the marker
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
                journal: Callable[[str], None] | None = None) -> tuple[Self, str]:
        """Protect a data folder written by a version without accounts and encryption: every
        case is kept, encrypted, and ``admin`` becomes its first administrator (upgrade.py)."""
        from . import upgrade

        data_dir = Path(data_dir)
        if folder_state(data_dir) != "plain":
            raise StoreError(QT_TRANSLATE_NOOP(
                "StoreError", "The data folder {folder} does not need an upgrade."),
                code="already_set_up", folder=data_dir)
        recovery = upgrade.upgrade(data_dir, admin, password, journal)
        store = cls.open(data_dir, admin, password, busy_timeout)
        log.info("data folder %s upgraded; administrator %s", data_dir, admin)
        return store, vault.format_recovery_key(recovery)

    @classmethod
    def _prepared(cls, data_dir: Path | str, busy_timeout: float) -> Self:
        state = folder_state(data_dir)
        if state == "new":
            raise NotSetUp(QT_TRANSLATE_NOOP(
                "StoreError", "The data folder {folder} is not set up yet. Start the application "
                "to create the administrator, or run `cxrscreen init --admin NAME`."),
                folder=data_dir)
        if state == "plain":
            raise PlainStoreError(QT_TRANSLATE_NOOP(
                "StoreError", "The cases in this data folder were saved by an older version of "
                "CXR Screen and are not protected yet. An administrator must start the "
                "application (or run `cxrscreen init --admin NAME`) once to protect them; no case "
                "is lost."))
        store = cls(Path(data_dir), busy_timeout)
        try:
            with store._errors():
                schema.migrate(store._con())
        except BaseException:
            store.close()
            raise
        return store

    def _started(self, recover: bool) -> Self:
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
        from ..errors import SettingsError
        from ..settings import site_defaults

        try:
            days = site_defaults().purge_after_days
        except SettingsError as exc:  # the window and the CLI report a broken site file
            log.warning("retention not applied: %s", exc.english)
            return
        if days > 0:
            try:
                self.purge_confirmed(days)
            except StoreError as exc:  # e.g. a full disk: try again at the next start
                log.error("retention not applied: %s", exc.english)

    def purge_confirmed(self, days: int, now: datetime | None = None) -> list[str]:
        """Clear the image and identifying values of cases the server confirmed more than
        ``days`` ago (retention.py). Returns their ids."""
        from . import retention

        self._signed_in()
        with self._write() as con:
            rows = []
            for row in retention.due(con, days, now):
                try:
                    retention.clear(con, self.cipher, self.tags, row["id"])
                    rows.append(row)
                except NotAuthentic as exc:  # set aside: a damaged case is never cleared
                    log.error("retention: case %s not cleared: %s", row["id"], exc.english)
            shas = {r[k] for r in rows for k in ("original_sha256", "heatmap_sha256")
                    if r[k]}  # a not-screened case has no heatmap
            gone = retention.unused_files(con, shas)
        for sha in gone:  # after the commit: a crash before this leaves orphans recover() removes
            self.files.remove(sha)
        if rows:
            log.info("retention: cleared %d case(s) confirmed by the server over %d days ago",
                     len(rows), days)
        return [r["id"] for r in rows]

    def recover(self, accept_older_database: bool = False) -> RecoveryReport:
        """Clear what a crash left behind: temporary files are removed; files no case points to
        are moved to quarantine/ (they may be the only copy: quarantine.py), and quarantined
        files a case points to are moved back. A database older than its files is refused first
        (OlderDatabaseError), unless ``accept_older_database`` (an administrator, through
        ``cxrscreen doctor``). Cases whose files are missing are reported."""
        report = RecoveryReport()
        self._signed_in()
        with self._write() as con:  # holding the write lock: no import can commit meanwhile
            from .upgrade import remove_plain_leftovers

            if accept_older_database:
                accounts.require(self.account, Role.ADMIN, action=QT_TRANSLATE_NOOP(
                    "StoreError", "accept an older database"))
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
                if not (self.files.has(r[1]) and (not r[2] or self.files.has(r[2])))]
        for case_id in report.cases_missing_files:
            log.error("case %s: stored files are missing", case_id)
        return report
