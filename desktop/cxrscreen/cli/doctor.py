"""``cxrscreen doctor``: the data folder's health, for the IT officer (an administrator signs in).

It runs the start-up clean-up (which moves quarantined files back when a case points to them
again, and moves files no case points to into ``quarantine/``), then lists what needs a person:
damaged cases (set aside, never shown or sent as they are), cases whose files are missing, the
quarantined files, and a database older than its files (core/store/quarantine.py).
``--accept-older-database`` keeps an older database on purpose (the newer files stay in
quarantine).

Exit codes: 0 nothing needs a person (quarantined files may be listed); 2 something does, or the
store cannot be used; 7 sign-in refused, or not an administrator.
"""

from __future__ import annotations

import argparse
import json
import time

from .accounts import (EXIT_SIGN_IN, EXIT_STORE, add_sign_in_arguments, fail,
                           open_store)
from ..core.errors import StoreError


def add_commands(subparsers) -> None:
    p = subparsers.add_parser(
        "doctor", help="check the data folder: damaged cases, missing and quarantined files "
        "(administrators)",
        description="List damaged cases, cases whose files are missing, and files kept in the "
        "quarantine folder; move back the quarantined files a case points to. Changes no case.")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.add_argument("--accept-older-database", action="store_true",
                   help="keep a case database that is older than its files (after a partial "
                   "restore); the files of the newer cases stay in the quarantine folder")
    add_sign_in_arguments(p)
    p.set_defaults(func=cmd_doctor)


def cmd_doctor(args: argparse.Namespace) -> int:
    from ..core.store.accounts import NotAllowed, Role, require
    from ..core.store.outbox import Outbox
    from ..core.store.quarantine import OlderDatabaseError, quarantined

    store = open_store(args, recover=False)
    if store is None:
        return args.exit_code
    with store:
        try:
            require(store.account, Role.ADMIN, action="run the data folder check")
        except NotAllowed as exc:
            fail(exc)
            return EXIT_SIGN_IN
        older = None
        try:
            recovery = store.recover(accept_older_database=args.accept_older_database)
        except OlderDatabaseError as exc:
            older, recovery = exc, None
        try:
            set_aside: dict = {}
            cases = store.list_cases(set_aside=set_aside)
            outbox = Outbox(store)
            outbox.pending()  # checks every outbox row: a case whose rows were edited
            for case_id, exc in outbox.set_aside.items():
                set_aside.setdefault(case_id, exc)
            damaged_accounts = [a.name for a in store.list_accounts() if a.damaged]
            missing = [c.id for c in cases if store.files_missing(c)]
            kept = quarantined(store.data_dir)
        except StoreError as exc:
            fail(exc)
            return EXIT_STORE
    report = {
        "data_dir": str(store.data_dir), "cases": len(cases) + len(set_aside),
        "older_database": older.message if older else "",
        "damaged": [{"case": cid, "what": exc.what} for cid, exc in set_aside.items()],
        "damaged_accounts": damaged_accounts,
        "files_missing": missing,
        "quarantined": [{"file": str(q.path), "sha256": q.sha, "bytes": q.size,
                         "modified": time.strftime("%Y-%m-%d %H:%M", time.localtime(q.mtime))}
                        for q in kept],
        "reattached": recovery.reattached_files if recovery else [],
        "moved_to_quarantine": recovery.quarantined_files if recovery else 0,
    }
    print(json.dumps(report, indent=2) if args.json else _text(report))
    needs_person = bool(older or set_aside or missing or damaged_accounts)
    return EXIT_STORE if needs_person else 0


def _text(r: dict) -> str:
    lines = [f"Data folder {r['data_dir']}: {r['cases']} case(s)."]
    if r["older_database"]:
        lines.append(f"REFUSED: {r['older_database']}")
    lines.append(f"Damaged cases (set aside, not shown or sent): {len(r['damaged'])}")
    lines += [f"  {d['case']}  {d['what']}" for d in r["damaged"]]
    if r["damaged_accounts"]:
        lines.append("Accounts changed outside the application (they cannot sign in; disable "
                     f"them, then reset their password): {', '.join(r['damaged_accounts'])}")
    lines.append(f"Cases whose files are missing: {len(r['files_missing'])}")
    lines += [f"  {cid}" for cid in r["files_missing"]]
    lines.append(f"Files moved back from quarantine to their case: {len(r['reattached'])}")
    lines.append(f"Quarantined files (encrypted; no case points to them): {len(r['quarantined'])}")
    lines += [f"  {q['file']}  {q['bytes']} bytes  {q['modified']}" for q in r["quarantined"]]
    if r["damaged"] or r["files_missing"]:
        lines.append("Restore the data folder (cases.sqlite3 with its -wal file, and files/) from "
                     "one backup; the cases not listed here are safe.")
    elif r["quarantined"] and not r["older_database"]:
        lines.append("Every case is whole. The quarantined files belong to no case here (an "
                     "import stopped before it finished, or a newer database that was replaced);"
                     " keep them until you know no newer database will be put back.")
    return "\n".join(lines)
