"""Signed-in stores for tests: a data folder with an administrator, a clinician and a health
worker (fixed test passwords), and the environment the command line signs in with."""

from __future__ import annotations

from pathlib import Path

ADMIN, CLINICIAN, WORKER = "admin", "dr.mwangi", "nurse.achieng"
PASSWORDS = {ADMIN: "admin-pass-1", CLINICIAN: "clinic-pass-2", WORKER: "1234"}


def set_up(data_dir: Path):
    """Create the data folder with the three accounts; returns the clinician's store."""
    from cxrscreen.core.store.case_store import CaseStore

    admin, _ = CaseStore.create(data_dir, ADMIN, PASSWORDS[ADMIN])
    with admin:
        admin.add_account(CLINICIAN, "clinician", PASSWORDS[CLINICIAN])
        admin.add_account(WORKER, "health_worker", PASSWORDS[WORKER])
    return open_as(data_dir, CLINICIAN)


def open_as(data_dir: Path, user: str = CLINICIAN, **kwargs):
    from cxrscreen.core.store.case_store import CaseStore

    return CaseStore.open(data_dir, user, PASSWORDS[user], **kwargs)


def store_for(data_dir: Path, user: str = CLINICIAN, **kwargs):
    """Open ``data_dir`` as ``user``, setting it up first if it is new."""
    from cxrscreen.core.store.folder_state import folder_state

    if folder_state(data_dir) == "new":
        set_up(data_dir).close()
    return open_as(data_dir, user, **kwargs)


def sign_in_env(monkeypatch, user: str = CLINICIAN) -> None:
    """The command line signs in as ``user``."""
    monkeypatch.setenv("CXRSCREEN_USER", user)
    monkeypatch.setenv("CXRSCREEN_PASSWORD", PASSWORDS[user])


def write_as_the_application(store, table: str, where: str, args: tuple, **changes) -> int:
    """Change rows as the application itself would (their tags written again under the signed-in
    data key): for tests that set up a past state (a backdated sending, a case stored by an older
    version). Editing with plain sqlite3 is what an attacker does, and is noticed (integrity.py).
    Returns the number of rows changed."""
    from cxrscreen.core.store import integrity

    key = integrity.KEY_COLUMN[table]
    with store.transaction() as con:
        keys = [r[0] for r in con.execute(f"SELECT {key} FROM {table} WHERE {where}", args)]
        for value in keys:
            integrity.update(con, store.tags, table, value, changes)
    return len(keys)
