"""The store's account methods (sign in again, manage accounts, the account log), kept apart from
the cases: CaseStore inherits them. Every rule is in core/accounts.py; these methods add the
signed-in account's role check, the store's write transaction and its error translation."""

from __future__ import annotations

import logging

from . import accounts
from .accounts import Account, Role
from .damage import ROW_ERRORS
from ..errors import StoreDamagedError
from ..i18n import QT_TRANSLATE_NOOP

# IT reads the log file, not the database: every change to an account is said there too
# (names and roles only, never a password). Issue 22: account changes were not in the log.
log = logging.getLogger(__name__)


class AccountMethods:
    """Mixed into CaseStore, whose ``_con``, ``_write``, ``_errors``, ``_signed_in``,
    ``_unlocked`` and ``cipher`` these use."""

    def sign_in(self, user: str, password: str) -> Account:
        """Sign in (again, or as someone else: the lock screen). On failure the store stays as
        it was: still signed in as before, or not at all."""
        with self._errors():
            try:
                account, key = accounts.sign_in(self._con(), self._write, user, password,
                                                self._switching_on)
            except ROW_ERRORS:  # an edited or bit-flipped account row (role, KDF parameters)
                raise StoreDamagedError(QT_TRANSLATE_NOOP(
                    "StoreError", "This account's entry in the case database is damaged, so it "
                    "cannot sign in. Ask your IT officer: another account, or the recovery key, "
                    "can still open the data folder.")) from None
        if self.cipher is not None and key != self.cipher.data_key:
            raise StoreDamagedError(QT_TRANSLATE_NOOP(
                "StoreError", "This account belongs to another data folder."))
        self._unlocked(account, key)
        return account

    def _switching_on(self, cipher) -> None:
        """An older store's rows are being tagged (integrity.switch_on): its settings file too."""
        from ..errors import SettingsError
        from ..settings import tag_settings_file

        try:
            tag_settings_file(self.data_dir, cipher)
        except SettingsError as exc:  # unreadable: refused where it is used, and reported there
            log.error("the settings file was not tagged: %s", exc.english)

    @property
    def actor(self) -> str:
        return self._signed_in().name

    def add_account(self, name: str, role: Role | str, password: str) -> Account:
        me = self._signed_in()
        accounts.require(me, Role.ADMIN, action=QT_TRANSLATE_NOOP("StoreError", "add accounts"))
        with self._write() as con:
            account = accounts.create(con, name, role, password, self.cipher.data_key, me.name,
                                      self.tags)
        log.info("account %s added (%s) by %s", account.name, account.role.value, me.name)
        return account

    def list_accounts(self) -> list[Account]:
        self._signed_in()
        with self._errors():
            return accounts.list_all(self._con(), self.tags)

    def disable_account(self, name: str) -> None:
        me = self._signed_in()
        accounts.require(me, Role.ADMIN,
                         action=QT_TRANSLATE_NOOP("StoreError", "disable accounts"))
        with self._write() as con:
            accounts.disable(con, name, me.name, self.tags)
        log.info("account %s disabled by %s", name, me.name)

    def reset_password(self, name: str, password: str) -> None:
        """An administrator sets a new password (also for themself, or to re-enable)."""
        me = self._signed_in()
        accounts.require(me, Role.ADMIN, action=QT_TRANSLATE_NOOP("StoreError", "reset passwords"))
        with self._write() as con:
            accounts.reset_password(con, name, password, self.cipher.data_key, me.name,
                                    self.tags)
        log.info("password of account %s set by %s (the account is enabled)", name, me.name)

    def change_own_password(self, old: str, new: str) -> None:
        me = self._signed_in()
        self.sign_in(me.name, old)
        with self._write() as con:
            accounts.reset_password(con, me.name, new, self.cipher.data_key, me.name,
                                    self.tags)
        log.info("account %s changed its own password", me.name)

    def account_log(self, account: str | None = None) -> list[dict]:
        with self._errors():
            rows = self._con().execute(
                "SELECT * FROM account_log WHERE ? IS NULL OR account = ? COLLATE NOCASE "
                "ORDER BY id", (account, account)).fetchall()
        return [{k: r[k] for k in r.keys()} for r in rows]
