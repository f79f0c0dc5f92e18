"""Accounts: sign-in, roles, disabled accounts, the rate limit, the recovery key, and the
`init` / `users` commands. Real SQLite, real Argon2id, real files."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402

from cxrscreen import cli  # noqa: E402
from cxrscreen.core.store import accounts  # noqa: E402
from cxrscreen.core.errors import AccountError, NotAllowed, NotSetUp, SignInError  # noqa: E402
from cxrscreen.core.store.case_store import CaseStore  # noqa: E402
from cxrscreen.core.store.folder_state import folder_state
from helpers.accounts import (ADMIN, CLINICIAN, PASSWORDS, WORKER, open_as,  # noqa: E402
                              set_up)


@pytest.fixture
def data(tmp_path) -> Path:
    set_up(tmp_path / "data").close()
    return tmp_path / "data"


def test_a_new_folder_needs_an_administrator_first(tmp_path):
    with pytest.raises(NotSetUp) as err:
        CaseStore.open(tmp_path / "new", ADMIN, "whatever")
    assert "cxrscreen init --admin" in err.value.message
    assert folder_state(tmp_path / "new") == "new"


def test_wrong_password_opens_nothing(data):
    for user, password in ((CLINICIAN, "wrong-pass"), ("nobody", PASSWORDS[CLINICIAN]),
                           (CLINICIAN, PASSWORDS[WORKER])):
        with pytest.raises(SignInError) as err:
            CaseStore.open(data, user, password)
        assert err.value.code == "sign_in" and "not right" in err.value.message
    # Names are not case-sensitive; passwords are.
    open_as(data, CLINICIAN).close()
    with pytest.raises(SignInError):
        CaseStore.open(data, CLINICIAN, PASSWORDS[CLINICIAN].upper())
    CaseStore.open(data, CLINICIAN.upper(), PASSWORDS[CLINICIAN]).close()


def test_a_store_not_signed_in_reads_and_writes_nothing(data):
    store = CaseStore(data)  # constructed without signing in
    for call in (lambda: store.list_cases(), lambda: store.get("abcd1234"),
                 lambda: store.finalise("abcd1234"), lambda: store.list_accounts()):
        with pytest.raises(SignInError):
            call()
    store.close()


def test_disabled_account_cannot_sign_in_until_reset(data):
    with open_as(data, ADMIN) as admin:
        admin.disable_account(WORKER)
        assert {a.name: a.disabled for a in admin.list_accounts()}[WORKER] is True
    with pytest.raises(SignInError) as err:
        open_as(data, WORKER)
    assert err.value.code == "disabled" and "Ask your administrator" in err.value.message
    # Its wrapping of the data key is gone: the old password no longer opens anything.
    con = sqlite3.connect(data / "cases.sqlite3")
    assert con.execute("SELECT length(wrapped_key) FROM accounts WHERE name = ?",
                       (WORKER,)).fetchone()[0] == 0
    con.close()
    with open_as(data, ADMIN) as admin:
        admin.reset_password(WORKER, "5678")
    CaseStore.open(data, WORKER, "5678").close()
    with pytest.raises(SignInError):
        open_as(data, WORKER)  # the old password


def test_only_an_administrator_manages_accounts_and_one_always_stays(data):
    with open_as(data, CLINICIAN) as clinician:
        with pytest.raises(NotAllowed) as err:
            clinician.add_account("x", "admin", "abcd")
        assert "Only a administrator" not in err.value.message  # plain words
        assert "administrator" in err.value.message
        with pytest.raises(NotAllowed):
            clinician.disable_account(WORKER)
    with open_as(data, ADMIN) as admin:
        with pytest.raises(AccountError):
            admin.disable_account(ADMIN)  # the only administrator
        with pytest.raises(AccountError):
            admin.add_account(CLINICIAN.upper(), "clinician", "abcd")  # exists
        with pytest.raises(AccountError):
            admin.add_account("short", "clinician", "123")  # too short


def test_repeated_wrong_passwords_slow_down_and_are_logged_and_persisted(data):
    for _ in range(accounts.FREE_TRIES):
        with pytest.raises(SignInError) as err:
            CaseStore.open(data, WORKER, "0000")
        assert err.value.code == "sign_in"
    # Now even the right password is refused until the wait is over; a restart does not help.
    for _ in range(2):
        with pytest.raises(SignInError) as err:
            open_as(data, WORKER)
        assert err.value.code == "too_many_tries" and "Wait" in err.value.message
    with open_as(data, ADMIN) as admin:
        log = [e["action"] for e in admin.account_log(WORKER)]
    assert log.count("wrong_password") == accounts.FREE_TRIES
    assert log.count("sign_in_refused") == 2
    # The wait doubles with each wrong password, up to a limit.
    waits = [accounts.wait_seconds(n) for n in range(accounts.FREE_TRIES, 20)]
    assert waits[1] == 2 * waits[0] and max(waits) == accounts.MAX_WAIT_S
    # Once the wait is over (moved into the past here), the right password works and resets it.
    con = sqlite3.connect(data / "cases.sqlite3")
    con.execute("UPDATE accounts SET last_failed_at = '2000-01-01T00:00:00+00:00'")
    con.commit()
    con.close()
    open_as(data, WORKER).close()
    con = sqlite3.connect(data / "cases.sqlite3")
    assert con.execute("SELECT failed_count FROM accounts WHERE name = ?",
                       (WORKER,)).fetchone()[0] == 0
    con.close()


@pytest.mark.skipif(not have_data(), reason=NO_DATA)
def test_reviews_are_for_clinicians_and_every_entry_names_the_account(data):
    with open_as(data, WORKER) as worker:
        case = worker.import_file(jpegs(1)[0], FakeScreener(), {"patient_id": "CH-1"})
        worker.set_notes(case.id, "cough")
        worker.finalise(case.id)
        with pytest.raises(NotAllowed) as err:
            worker.review(case.id, "agree")
        assert "Only a clinician can record a review" in err.value.message
    with open_as(data, ADMIN) as admin, pytest.raises(NotAllowed):
        admin.review(case.id, "agree")
    with open_as(data, CLINICIAN) as clinician:
        reviewed = clinician.review(case.id, "disagree", "clear lungs")
        assert reviewed.review.reviewer == CLINICIAN and reviewed.review.note == "clear lungs"
        trail = [(e.action, e.actor) for e in clinician.audit(case.id)]
    assert trail == [("created", WORKER), ("notes_set", WORKER), ("finalised", WORKER),
                     ("reviewed", CLINICIAN)]


def test_the_recovery_key_opens_the_folder_and_resets_a_forgotten_password(tmp_path):
    store, recovery = CaseStore.create(tmp_path / "d", "boss", "first-pass")
    store.close()
    with pytest.raises(SignInError):
        CaseStore.open_with_recovery_key(tmp_path / "d", "AAAA-" * 12 + "AAAA")
    with CaseStore.open_with_recovery_key(tmp_path / "d", recovery.lower()) as rescue:
        rescue.reset_password("boss", "second-pass")
    CaseStore.open(tmp_path / "d", "boss", "second-pass").close()


def _cli(data: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data), *args])


def test_init_and_users_commands(tmp_path, monkeypatch, capsys):
    data = tmp_path / "cli"
    monkeypatch.setenv("CXRSCREEN_PASSWORD", "boss-pass")
    assert _cli(data, "init", "--admin", "boss") == 0
    out = capsys.readouterr().out
    assert "RECOVERY KEY" in out and "administrator: boss" in out
    assert _cli(data, "init", "--admin", "boss") == 2  # already set up: nothing changed
    assert "already set up" in capsys.readouterr().err
    monkeypatch.setenv("CXRSCREEN_NEW_PASSWORD", "4321")
    assert _cli(data, "users", "add", "nurse", "--role", "health_worker", "--user", "boss") == 0
    monkeypatch.setenv("CXRSCREEN_USER", "boss")
    assert _cli(data, "users", "add", "doc", "--role", "clinician") == 0
    capsys.readouterr()
    assert _cli(data, "users", "list", "--json") == 0
    listed = capsys.readouterr().out
    assert '"name": "nurse"' in listed and '"role": "clinician"' in listed
    assert _cli(data, "users", "disable", "nurse") == 0
    monkeypatch.setenv("CXRSCREEN_PASSWORD", "4321")
    assert _cli(data, "cases", "--user", "nurse") == 7
    assert "disabled" in capsys.readouterr().err
    assert _cli(data, "cases", "--user", "doc") == 0
    assert _cli(data, "users", "add", "x", "--role", "admin", "--user", "doc") == 7
    monkeypatch.setenv("CXRSCREEN_PASSWORD", "boss-pass")
    monkeypatch.setenv("CXRSCREEN_NEW_PASSWORD", "8765")
    assert _cli(data, "users", "reset-password", "nurse") == 0
    monkeypatch.setenv("CXRSCREEN_PASSWORD", "8765")
    assert _cli(data, "cases", "--user", "nurse") == 0
    monkeypatch.delenv("CXRSCREEN_USER")
    assert _cli(data, "cases") == 7  # no account given, no terminal to ask
    assert "--user" in capsys.readouterr().err


def test_argon2id_parameters_are_memory_hard():
    from cxrscreen.core.store.vault import KdfParams, derive_key

    params = KdfParams.fresh()
    assert params.memory_kib >= 65536 and params.time_cost >= 2
    assert derive_key("1234", params) == derive_key("1234", params) != \
        derive_key("1234", KdfParams.fresh())


def test_a_data_folder_path_with_unusual_characters(tmp_path):
    folder = tmp_path / "field #2 ? 50%" / "data"
    assert folder_state(folder) == "new"
    CaseStore.create(folder, "boss", "first-pass")[0].close()
    assert folder_state(folder) == "ready"
    CaseStore.open(folder, "boss", "first-pass").close()


def test_changing_ones_own_password_needs_the_old_one(data):
    with open_as(data, WORKER) as worker:
        with pytest.raises(SignInError):
            worker.change_own_password("0000", "9876")
        worker.change_own_password(PASSWORDS[WORKER], "9876")
        assert worker.account.name == WORKER
    CaseStore.open(data, WORKER, "9876").close()
    with pytest.raises(SignInError):
        open_as(data, WORKER)  # the old password
