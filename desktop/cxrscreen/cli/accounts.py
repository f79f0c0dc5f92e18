"""Accounts on the command line: ``init`` and ``users``, and the sign-in every store command uses.

Every command that opens the store signs in with ``--user NAME`` (or ``CXRSCREEN_USER``) and a
password from ``CXRSCREEN_PASSWORD`` or a prompt. A new password (``init``, ``users add``,
``users reset-password``) comes from ``CXRSCREEN_NEW_PASSWORD`` (for ``init``, also
``CXRSCREEN_PASSWORD``, for scripts written before) or a prompt asked twice.

Exit codes: 0 done; 2 the store cannot be used; 7 sign-in refused or the role does not allow it;
8 the account could not be added or changed.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from ..core.errors import (AccountDamaged, AccountError, CxrError, InputMissing, NotAllowed,
                           SignInError)
from ..core.store.roles import Role
from ..core.settings import resolve_data_dir

EXIT_STORE, EXIT_SIGN_IN, EXIT_ACCOUNT = 2, 7, 8


def add_sign_in_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", default=None,
                        help="account to sign in with (default: $CXRSCREEN_USER); the password "
                        "comes from $CXRSCREEN_PASSWORD or a prompt")


def add_commands(subparsers) -> None:
    p = subparsers.add_parser(
        "init", help="set up a data folder and its first administrator (or protect an old one)",
        description="Create the data folder's first administrator. The password comes from "
        "$CXRSCREEN_PASSWORD or $CXRSCREEN_NEW_PASSWORD or a prompt. A folder written by an "
        "older version is upgraded: "
        "every case is kept and encrypted. Prints the recovery key once: keep it safe.")
    p.add_argument("--admin", required=True, metavar="NAME", help="the administrator's name")
    p.set_defaults(func=cmd_init)

    users = subparsers.add_parser("users", help="manage accounts (administrators)")
    sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    q = sub.add_parser("add", help="add an account; its password from $CXRSCREEN_NEW_PASSWORD "
                       "or a prompt")
    q.add_argument("name")
    q.add_argument("--role", required=True, choices=[r.value for r in Role])
    q.set_defaults(func=cmd_users_add)
    q = sub.add_parser("list", help="list the accounts")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_users_list)
    q = sub.add_parser("disable", help="disable an account (it can no longer sign in)")
    q.add_argument("name")
    q.set_defaults(func=cmd_users_disable)
    q = sub.add_parser("reset-password", help="give an account a new password (also "
                       "re-enables it); from $CXRSCREEN_NEW_PASSWORD or a prompt")
    q.add_argument("name")
    q.add_argument("--recovery-key", action="store_true",
                   help="open with the recovery key IT keeps instead of signing in (asked at a "
                   "prompt, or $CXRSCREEN_RECOVERY_KEY)")
    q.set_defaults(func=cmd_users_reset)
    for parser in sub.choices.values():
        add_sign_in_arguments(parser)


def open_store(args: argparse.Namespace, recover: bool = True):
    """The store, signed in; or None after printing why (the exit code is in args.exit_code).
    ``recover=False``: without the start-up clean-up (``doctor`` runs it itself)."""
    from ..core.store.case_store import CaseStore

    try:
        user = getattr(args, "user", None) or os.environ.get("CXRSCREEN_USER") or \
            _ask("Account name: ", "CXRSCREEN_USER")
        password = os.environ.get("CXRSCREEN_PASSWORD")
        if password is None:
            password = _secret(f"Password for {user}: ", "CXRSCREEN_PASSWORD")
        return CaseStore.open(resolve_data_dir(getattr(args, "data_dir", None)), user, password,
                              recover=recover)
    except (SignInError, AccountDamaged, InputMissing) as exc:  # damaged: its row was edited
        args.exit_code = EXIT_SIGN_IN
        fail(exc)
    except CxrError as exc:
        args.exit_code = EXIT_STORE
        fail(exc)
    return None


def cmd_init(args: argparse.Namespace) -> int:
    from ..core.store.case_store import CaseStore
    from ..core.store.folder_state import folder_state

    try:
        data_dir = resolve_data_dir(args.data_dir)
        upgrading = folder_state(data_dir) == "plain"
        # CXRSCREEN_PASSWORD as before (scripts that set both keep working: the administrator
        # then signs in with it), else a new account's variable, as the README says and as
        # `users add` reads it (issue 22: init asked only for CXRSCREEN_PASSWORD).
        password = os.environ.get("CXRSCREEN_PASSWORD") or \
            os.environ.get("CXRSCREEN_NEW_PASSWORD") or \
            _new_secret(f"New password for {args.admin}: ", "CXRSCREEN_NEW_PASSWORD")
        if upgrading:
            print("Protecting the cases saved by the older version (this can take a while)...",
                  file=sys.stderr, flush=True)
        store, recovery = CaseStore.create(data_dir, args.admin, password)
    except (AccountError, InputMissing) as exc:
        fail(exc)
        return EXIT_ACCOUNT
    except CxrError as exc:
        fail(exc)
        return EXIT_STORE
    with store:
        cases = len(store.list_cases()) if upgrading else 0
    done = (f"The {cases} case(s) saved before are kept and now encrypted. The saved sync "
            "password, if any, must be entered again. " if upgrading else "")
    print(f"Data folder {data_dir} is ready; administrator: {args.admin}. {done}\n"
          f"RECOVERY KEY (shown once; write it down and keep it locked away, apart from this "
          f"laptop; it opens every case if all passwords are lost):\n\n    {recovery}\n")
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    return _admin(args, lambda store: (
        store.add_account(args.name, args.role, _new_password(args.name)),
        print(f"Account {args.name} added ({args.role}).")))


def cmd_users_list(args: argparse.Namespace) -> int:
    def show(store) -> None:
        for account in store.list_accounts():
            if args.json:
                print(json.dumps(account.to_dict()))
            else:
                state = "disabled" if account.disabled else "active"
                if account.damaged:  # integrity.py: its role means nothing; it cannot sign in
                    state += ", DAMAGED (changed outside the application; cannot sign in)"
                print(f"{account.name:<24} {account.role.value:<14} {state}")
    return _admin(args, show, needs_admin=False)


def cmd_users_disable(args: argparse.Namespace) -> int:
    return _admin(args, lambda store: (
        store.disable_account(args.name),
        print(f"Account {args.name} is disabled; it can no longer sign in.")))


def cmd_users_reset(args: argparse.Namespace) -> int:
    def reset(store) -> None:
        store.reset_password(args.name, _new_password(args.name))
        print(f"Account {args.name} has a new password (and is active).")

    if not args.recovery_key:
        return _admin(args, reset)
    from ..core.store.case_store import CaseStore

    try:
        key = os.environ.get("CXRSCREEN_RECOVERY_KEY") or \
            _secret("Recovery key: ", "CXRSCREEN_RECOVERY_KEY")
        store = CaseStore.open_with_recovery_key(resolve_data_dir(args.data_dir), key)
    except (SignInError, InputMissing) as exc:
        fail(exc)
        return EXIT_SIGN_IN
    except CxrError as exc:
        fail(exc)
        return EXIT_STORE
    with store:
        return _run(store, reset)


def _admin(args: argparse.Namespace, action, needs_admin: bool = True) -> int:

    store = open_store(args)
    if store is None:
        return args.exit_code
    with store:
        if needs_admin and store.account.role is not Role.ADMIN:
            fail(NotAllowed("Only an administrator can manage accounts."))
            return EXIT_SIGN_IN
        return _run(store, action)


def _run(store, action) -> int:

    try:
        action(store)
    except NotAllowed as exc:
        fail(exc)
        return EXIT_SIGN_IN
    except (AccountError, InputMissing) as exc:
        fail(exc)
        return EXIT_ACCOUNT
    except CxrError as exc:
        fail(exc)
        return EXIT_STORE
    return 0


def _new_password(name: str) -> str:
    return os.environ.get("CXRSCREEN_NEW_PASSWORD") or \
        _new_secret(f"New password for {name}: ", "CXRSCREEN_NEW_PASSWORD")


def _ask(prompt: str, env: str) -> str:
    if not sys.stdin.isatty():
        raise InputMissing(f"No account given. Use --user NAME or set {env}.")
    return input(prompt).strip()


def _secret(prompt: str, env: str) -> str:
    if not sys.stdin.isatty():
        raise InputMissing(f"No password given and no terminal to ask for one: set {env}.")
    return getpass.getpass(prompt)


def _new_secret(prompt: str, env: str) -> str:
    first = _secret(prompt, env)
    if _secret("Type it again: ", env) != first:
        raise InputMissing("The two passwords are not the same; nothing was changed.")
    return first


def fail(exc: CxrError) -> None:
    print(f"Error: {exc.message}", file=sys.stderr)
