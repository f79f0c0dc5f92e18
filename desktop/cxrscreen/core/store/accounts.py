"""Accounts of the people who use one data folder: who they are, what they may do, and sign-in.

Each account has a role (``health_worker``, ``clinician``, ``admin``) and a password or PIN. The
password is never stored: it derives (Argon2id, see vault.py) the key that unwraps this folder's
data key. So checking a password and opening the data are the same act, and a wrong password opens
nothing. Disabling an account erases its wrapped key.

Repeated wrong passwords slow down: after ``FREE_TRIES`` wrong passwords in a row, the next try is
refused until a wait has passed that doubles with each further wrong password (``5 s`` up to
``15 min``). The count is kept in the database (so restarting the application does not reset it)
and every wrong password is logged and written to the account log.

Functions here work on a connection inside the caller's write transaction (store.py), except
:func:`sign_in`, which opens its own short transactions around the slow key derivation.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import Enum

from . import integrity, vault
from .cases import now_utc
from ..errors import (AccountDamaged, AccountError, NotAllowed, NotAuthentic, SignInError,
                      StoreError)
from ..i18n import QT_TRANSLATE_NOOP, translate
from .roles import ROLE_WORDS, Role  # noqa: F401  (re-exported: the roles belong to accounts)

log = logging.getLogger(__name__)
FREE_TRIES = 3
FIRST_WAIT_S = 5.0
MAX_WAIT_S = 15 * 60.0
MIN_PASSWORD = 4  # a PIN of 4 digits is the least; the rate limit protects it in the application
RECOVERY = "recovery key"  # the actor name when IT opens the folder with the recovery key


@dataclass(frozen=True)
class Account:
    name: str
    role: Role
    disabled: bool = False
    created_at: str = ""
    # Its row was changed outside the application (integrity.py): it cannot sign in, and its
    # stored role means nothing.
    damaged: bool = False

    def to_dict(self) -> dict:
        return {"name": self.name, "role": self.role.value, "disabled": self.disabled,
                "created_at": self.created_at, "damaged": self.damaged}


# "a clinician", as NotAllowed names the role that may do something (translatable).
_A_ROLE = {Role.HEALTH_WORKER: QT_TRANSLATE_NOOP("StoreError", "a health worker"),
           Role.CLINICIAN: QT_TRANSLATE_NOOP("StoreError", "a clinician"),
           Role.ADMIN: QT_TRANSLATE_NOOP("StoreError", "an administrator")}


def require(account: Account, *roles: Role, action: str) -> None:
    """NotAllowed unless ``account`` has one of ``roles``. ``action`` ("record a review") is
    marked ``QT_TRANSLATE_NOOP("StoreError", ...)`` where require is called."""
    if account.role not in roles:
        who = translate("StoreError", " or ").join(translate("StoreError", _A_ROLE[r])
                                                   for r in roles)
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "StoreError", "Only {who} can {action}. You are signed in as {name} ({role}); ask "
            "{who} to do it."), who=who, action=translate("StoreError", action),
            name=account.name, role=translate("StoreError", ROLE_WORDS[account.role]))


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(QT_TRANSLATE_NOOP(
            "StoreError", "A password or PIN needs at least {count} characters."),
            count=MIN_PASSWORD)


def check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 64 or any(ch in name for ch in "\n\r\t"):
        raise AccountError(QT_TRANSLATE_NOOP(
            "StoreError", "An account name needs 1 to 64 characters, on one line."))
    return name


def create(con: sqlite3.Connection, name: str, role: Role | str, password: str,
           data_key: bytes, by: str, tags: integrity.RowTags) -> Account:
    name, role = check_name(name), Role(role)
    check_password(password)
    if con.execute("SELECT 1 FROM accounts WHERE name = ?", (name,)).fetchone():
        raise AccountError(QT_TRANSLATE_NOOP(
            "StoreError", "An account named {name} already exists."), name=repr(name))
    params = vault.KdfParams.fresh()
    wrapped = vault.wrap(vault.derive_key(password, params), data_key, name.lower())
    now = now_utc()
    integrity.insert(con, tags, "accounts", {
        "name": name, "role": role.value, "kdf_json": params.to_json(), "wrapped_key": wrapped,
        "disabled": 0, "created_at": now})
    record(con, name, "account_added", by, {"role": role.value})
    return Account(name, role, False, now)


def sign_in(con: sqlite3.Connection, write: Callable[[], ContextManager[sqlite3.Connection]],
            name: str, password: str,
            on_switch_on: Callable[[vault.Cipher], None] | None = None) -> tuple[Account, bytes]:
    """The account and the data key, or SignInError. The slow key derivation runs outside any
    transaction; a failure is written (and committed) before the error is raised.
    ``on_switch_on(cipher)`` runs when this sign-in switches an older store's row checking on,
    before that commits (the store tags its settings file there)."""
    row = con.execute("SELECT * FROM accounts WHERE name = ?", (name.strip(),)).fetchone()
    wrong = SignInError(QT_TRANSLATE_NOOP(
        "StoreError", "The name or the password is not right. Check both and try again (capital "
        "letters count)."))
    if row is None:
        vault.derive_key(password, vault.KdfParams.fresh())  # the same time as a real try
        log.warning("sign-in refused: no such account")  # not the name: it may be a password
        raise wrong
    name = row["name"]
    if row["disabled"]:
        _refused(write, name, "disabled")
        raise SignInError(QT_TRANSLATE_NOOP(
            "StoreError", "The account {name} is disabled. Ask your administrator."),
            code="disabled", name=name)
    wait = _wait_left(row)
    if wait > 0:
        _refused(write, name, "too_many_tries")
        if wait < 90:
            raise SignInError(QT_TRANSLATE_NOOP(
                "StoreError", "Too many wrong passwords for {name}. Wait {count} seconds and try "
                "again, or ask your administrator to reset the password."),
                code="too_many_tries", name=name, count=int(wait) + 1)
        raise SignInError(QT_TRANSLATE_NOOP(
            "StoreError", "Too many wrong passwords for {name}. Wait {count} minutes and try "
            "again, or ask your administrator to reset the password."),
            code="too_many_tries", name=name, count=int(wait // 60) + 1)
    # Every try is counted as a failure *before* the password is checked, and the count is reset
    # only if it was right: a try that cannot be counted (a full disk) is not checked at all, so
    # guessing stays rate-limited when nothing can be written.
    try:
        with write() as w:
            failed = w.execute("SELECT failed_count FROM accounts WHERE name = ?",
                               (name,)).fetchone()[0] + 1
            w.execute("UPDATE accounts SET failed_count = ?, last_failed_at = ? "
                      "WHERE name = ?", (failed, now_utc(), name))
    except StoreError as exc:
        log.error("sign-in refused for %s: the try could not be counted (%s)", name, exc.english)
        raise SignInError(QT_TRANSLATE_NOOP(
            "StoreError", "Signing in is not possible right now: the data folder cannot be "
            "written (the disk may be full), so wrong passwords could not be counted. Cases "
            "already stored are safe. Free some space on the disk (or ask your IT officer), then "
            "sign in again."), code="cannot_count") from None
    kek = vault.derive_key(password, vault.KdfParams.from_json(row["kdf_json"]))
    try:
        data_key, wrap_version = vault.unwrap_versioned(kek, row["wrapped_key"], name.lower())
    except vault.WrongKey:
        try:
            with write() as w:
                record(w, name, "wrong_password", name, {"in_a_row": failed})
        except StoreError as exc:  # counted already; only the account log entry is missing
            log.error("could not record a wrong password for %s: %s", name, exc.english)
        log.warning("sign-in refused for %s: wrong password (%d in a row)", name, failed)
        raise wrong from None
    # The role is read only now, from a row checked under the data key it unlocked: a role
    # raised with sqlite3 does not match its tag, and such an account cannot sign in.
    cipher = vault.Cipher(data_key)
    tags = integrity.RowTags(cipher)
    with write() as w:  # an older store is switched on here, once (integrity.switch_on)
        counts = integrity.switch_on(w, tags, wrap_version)
        if counts:
            record(w, name, "rows_authenticated", name, counts)
            if on_switch_on is not None:
                on_switch_on(cipher)
    row = con.execute("SELECT * FROM accounts WHERE name = ?", (name,)).fetchone()
    if not tags.ok("accounts", row):
        _refused(write, name, "account_damaged")
        raise AccountDamaged(QT_TRANSLATE_NOOP(
            "StoreError", "The account {name} was changed outside the application (its role or "
            "state does not match what was stored), so it cannot sign in. Ask your administrator "
            "to disable it and give it a new password, or to add a new account; tell your IT "
            "officer that the data folder was edited."), name=name)
    try:
        with write() as w:
            if wrap_version < 2:  # anchors "rows are authenticated" in this account's wrapping
                integrity.update(w, tags, "accounts", name,
                                 {"wrapped_key": vault.wrap(kek, data_key, name.lower())})
            w.execute("UPDATE accounts SET failed_count = 0 WHERE name = ?", (name,))
            record(w, name, "signed_in", name, {})
    except StoreError as exc:  # e.g. a full disk: the cases can still be read
        log.error("could not record the sign-in of %s: %s", name, exc.english)
    log.info("signed in: %s (%s)", name, row["role"])
    return _account(row), data_key


def _refused(write: Callable[[], ContextManager[sqlite3.Connection]], name: str,
             reason: str) -> None:
    try:
        with write() as w:
            record(w, name, "sign_in_refused", name, {"reason": reason})
    except StoreError as exc:
        log.error("could not record a refused sign-in of %s: %s", name, exc.english)
    log.warning("sign-in refused for %s: %s", name, reason)


def list_all(con: sqlite3.Connection, tags: integrity.RowTags) -> list[Account]:
    """Every account; one whose row does not match its tag is listed as damaged."""
    return [_account(r, damaged=not tags.ok("accounts", r))
            for r in con.execute("SELECT * FROM accounts ORDER BY name")]


def disable(con: sqlite3.Connection, name: str, by: str, tags: integrity.RowTags) -> None:
    """Disable an account and erase its wrapped key. A damaged account (its row edited) can be
    disabled too: its role is then set to the least (health worker) before it is tagged again,
    so that a password reset later cannot give it the role someone wrote into the file."""
    row = _row(con, name)
    genuine = tags.ok("accounts", row)
    if (genuine and row["role"] == Role.ADMIN.value and _enabled_admins(con, tags) <= 1
            and not row["disabled"]):
        raise AccountError(QT_TRANSLATE_NOOP(
            "StoreError", "This is the only administrator left; add another administrator "
            "before disabling it."))
    changes = {"disabled": 1, "wrapped_key": b""}
    if not genuine:
        changes["role"] = Role.HEALTH_WORKER.value
        log.warning("account %s was damaged (edited outside the application); disabled, and "
                    "its role set to health worker", row["name"])
    integrity.update(con, tags, "accounts", row["name"], changes, check=genuine)
    record(con, row["name"], "account_disabled", by, {} if genuine else {"was_damaged": True})


def reset_password(con: sqlite3.Connection, name: str, password: str, data_key: bytes,
                   by: str, tags: integrity.RowTags) -> None:
    """A new password (this also enables a disabled account). Refused for a damaged account
    (AccountDamaged): disabling it first sets its role to the least."""
    row = _row(con, name)
    check_password(password)
    params = vault.KdfParams.fresh()
    wrapped = vault.wrap(vault.derive_key(password, params), data_key, row["name"].lower())
    try:
        integrity.update(con, tags, "accounts", row["name"],
                         {"kdf_json": params.to_json(), "wrapped_key": wrapped, "disabled": 0})
    except NotAuthentic:
        raise AccountDamaged(QT_TRANSLATE_NOOP(
            "StoreError", "The account {name} was changed outside the application, so its "
            "password is not reset (that would keep the role written into the file). Disable it "
            "first (its role is then set to health worker), then reset its password."),
            name=row["name"]) from None
    con.execute("UPDATE accounts SET failed_count = 0 WHERE name = ?", (row["name"],))
    record(con, row["name"], "password_reset", by, {})


def record(con: sqlite3.Connection, account: str, action: str, by: str, details: dict) -> None:
    con.execute("INSERT INTO account_log (time, account, action, actor, details_json) "
                "VALUES (?, ?, ?, ?, ?)", (now_utc(), account, action, by, json.dumps(details)))


def _row(con: sqlite3.Connection, name: str) -> sqlite3.Row:
    row = con.execute("SELECT * FROM accounts WHERE name = ?", (name.strip(),)).fetchone()
    if row is None:
        raise AccountError(QT_TRANSLATE_NOOP(
            "StoreError", "There is no account named {name}. `cxrscreen users list` shows the "
            "accounts."), name=repr(name))
    return row


def _enabled_admins(con: sqlite3.Connection, tags: integrity.RowTags) -> int:
    return sum(tags.ok("accounts", r) for r in con.execute(
        "SELECT * FROM accounts WHERE role = 'admin' AND disabled = 0"))


def _account(row: sqlite3.Row, damaged: bool = False) -> Account:
    return Account(row["name"], Role(row["role"]), bool(row["disabled"]), row["created_at"],
                   damaged)


def wait_seconds(failed: int) -> float:
    """How long sign-in stays refused after ``failed`` wrong passwords in a row."""
    if failed < FREE_TRIES:
        return 0.0
    return min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (failed - FREE_TRIES))


def _wait_left(row: sqlite3.Row) -> float:
    if row["failed_count"] < FREE_TRIES or not row["last_failed_at"]:
        return 0.0
    last = datetime.fromisoformat(row["last_failed_at"])
    until = last + timedelta(seconds=wait_seconds(row["failed_count"]))
    return max(0.0, (until - datetime.now(timezone.utc)).total_seconds())
