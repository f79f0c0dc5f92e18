"""Authenticated rows (issue 21, "Integrity"): what someone with the data folder changes with
sqlite3 or a text editor is noticed. A result, a file's sha256, an outbox row, a role and
settings.json edited on a real store: each is a named error, the case set aside, nothing sent,
the role not raised. And a store written by the version before (schema 3, built by that
version's own code from git) is upgraded without losing a case, its rows tagged once.

Real SQLite, real files, real Argon2id and AES-GCM; the sync side is in
tests/sync/test_sync_integrity.py (real Orthanc)."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402

from cxrscreen.core.errors import AccountDamaged, SettingsTampered  # noqa: E402
from cxrscreen.core.settings import (Settings, load_settings, save_settings,  # noqa: E402
                                     sync_connection)
from cxrscreen.core.store.damage import CaseDamaged  # noqa: E402
from cxrscreen.core.store.accounts import NotAllowed  # noqa: E402
from cxrscreen.core.store.outbox import Outbox  # noqa: E402
from cxrscreen.core.store.schema import SCHEMA_VERSION  # noqa: E402
from helpers.old_code import old_code  # noqa: E402
from helpers.accounts import (ADMIN, CLINICIAN, PASSWORDS, WORKER, open_as,  # noqa: E402
                              set_up)

pytestmark = pytest.mark.skipif(not have_data(), reason=NO_DATA)
# The last commit before rows were authenticated (schema version 3): its own code builds the
# older store, as a laptop running that version left it.
BEFORE = "bf5a1d4fbaaa419ffe9ce62f0d2e6f4d14d33feb"


def sql(data: Path, statement: str, args: tuple = ()) -> None:
    """What an attacker with the data folder does: sqlite3, no key."""
    con = sqlite3.connect(data / "cases.sqlite3")
    con.execute(statement, args)
    con.commit()
    con.close()


@pytest.fixture
def folder(tmp_path):
    data = tmp_path / "data"
    with set_up(data) as store:
        ids = [store.import_file(p, FakeScreener(), {"patient_id": f"P{i}"}, finalise=True).id
               for i, p in enumerate(jpegs(4))]
        store.review(ids[3], "agree", "seen")
    return data, ids


def _listed(data: Path, user: str = CLINICIAN) -> tuple[set[str], dict]:
    aside: dict[str, CaseDamaged] = {}
    with open_as(data, user) as store:
        shown = {c.id for c in store.list_cases(set_aside=aside)}
    return shown, aside


def test_an_edited_result_is_set_aside_never_shown(folder):
    data, ids = folder
    with open_as(data) as store:
        was = store.get(ids[0])
    flipped = "NORMAL" if was.label == "PNEUMONIA" else "PNEUMONIA"
    screening = json.loads(sqlite3.connect(data / "cases.sqlite3").execute(
        "SELECT screening_json FROM cases WHERE id = ?", (ids[0],)).fetchone()[0])
    screening.update(score=1.0 - was.score, label=flipped)  # as the attacker in issue 21 did
    sql(data, "UPDATE cases SET score = ?, label = ?, screening_json = ? WHERE id = ?",
        (1.0 - was.score, flipped, json.dumps(screening), ids[0]))
    shown, aside = _listed(data)
    assert shown == set(ids[1:]) and set(aside) == {ids[0]}
    assert "changed outside the application" in aside[ids[0]].message
    with open_as(data) as store, pytest.raises(CaseDamaged) as err:
        store.get(ids[0])
    assert err.value.code == "damaged" and err.value.case_id == ids[0]
    # The score column alone, too (the list shows it).
    sql(data, "UPDATE cases SET score = 0.01 WHERE id = ?", (ids[1],))
    assert set(_listed(data)[1]) == {ids[0], ids[1]}


def test_what_was_changed_is_said_in_the_window_language(folder):
    """The messages of row authentication are marked templates (tests/core/test_error_messages
    .py): under the window's translator the reason of a set-aside case, its table word and an
    edited account's refusal are translated, their placeholders filled; .english stays English
    for the logs."""
    from cxrscreen.core import i18n

    data, ids = folder
    sql(data, "UPDATE cases SET score = 0.01 WHERE id = ?", (ids[0],))
    sql(data, "UPDATE accounts SET role = 'clinician' WHERE name = ?", (WORKER,))
    i18n.set_translator(lambda context, text: "FR[" + text + "]")
    try:
        aside = _listed(data)[1]
        with pytest.raises(AccountDamaged) as err:
            open_as(data, WORKER)
    finally:
        i18n.set_translator(None)
    text = aside[ids[0]].message
    assert text.startswith(f"FR[Case {ids[0][:8]} is damaged (FR[its FR[result or record] was "
                           "changed outside the application")
    assert err.value.message.startswith(f"FR[The account {WORKER} was changed outside")
    assert "{" not in text and "{" not in err.value.message
    assert err.value.english.startswith(f"The account {WORKER} was changed outside")


def test_swapped_file_hashes_are_noticed(folder):
    """Issue 21: two cases' image hashes were swapped, and a child's record was sent with
    another child's X-ray."""
    data, ids = folder
    con = sqlite3.connect(data / "cases.sqlite3")
    a, b = (con.execute("SELECT original_sha256 FROM cases WHERE id = ?", (i,)).fetchone()[0]
            for i in ids[:2])
    con.close()
    sql(data, "UPDATE cases SET original_sha256 = 'x' WHERE id = ?", (ids[0],))
    sql(data, "UPDATE cases SET original_sha256 = ? WHERE id = ?", (a, ids[1]))
    sql(data, "UPDATE cases SET original_sha256 = ? WHERE id = ?", (b, ids[0]))
    shown, aside = _listed(data)
    assert set(aside) == {ids[0], ids[1]} and shown == set(ids[2:])


def test_an_outbox_row_marked_sent_or_moved_is_noticed_and_nothing_of_its_case_goes(folder):
    data, ids = folder
    with open_as(data) as store:
        assert {i.case_id for i in Outbox(store).pending()} == set(ids)
    # Marked sent by hand: the case would never be sent, and nobody would know.
    sql(data, "UPDATE outbox SET sent_at = '2026-01-01T00:00:00+00:00' WHERE case_id = ? "
        "AND kind = 'image'", (ids[0],))
    # Another case's report pointed at another SOP instance UID.
    sql(data, "UPDATE outbox SET sop_uid = '1.2.3.4' WHERE case_id = ? AND kind = 'sr'",
        (ids[1],))
    with open_as(data) as store:
        outbox = Outbox(store)
        pending = outbox.pending()
        assert {i.case_id for i in pending} == set(ids[2:])  # nothing of the two: not the SR
        assert set(outbox.set_aside) == {ids[0], ids[1]}
        assert "list of what to send" in outbox.set_aside[ids[0]].message


def test_a_raised_role_gives_no_rights(folder):
    """Issue 21: a health worker's role became clinician with sqlite3, and her review was sent
    as a clinician's review."""
    data, ids = folder
    sql(data, "UPDATE accounts SET role = 'clinician' WHERE name = ?", (WORKER,))
    with pytest.raises(AccountDamaged) as err:
        open_as(data, WORKER)
    assert err.value.code == "account_damaged" and "cannot sign in" in err.value.message
    with open_as(data, ADMIN) as admin:
        listed = {a.name: a for a in admin.list_accounts()}
        assert listed[WORKER].damaged and not listed[CLINICIAN].damaged
        with pytest.raises(AccountDamaged):  # a reset would keep the role written in the file
            admin.reset_password(WORKER, "5678")
        admin.disable_account(WORKER)  # possible: it takes the account out of use
        admin.reset_password(WORKER, "5678")
        back = {a.name: a for a in admin.list_accounts()}[WORKER]
    assert back.role.value == "health_worker" and not back.damaged
    with _open(data, WORKER, "5678") as worker:
        assert worker.account.role.value == "health_worker"
        with pytest.raises(NotAllowed):
            worker.review(ids[0], "agree")
    # Raised to admin, disabled flag cleared on a disabled account: the same.
    sql(data, "UPDATE accounts SET role = 'admin' WHERE name = ?", (WORKER,))
    with pytest.raises(AccountDamaged):
        _open(data, WORKER, "5678")


def _open(data: Path, user: str, password: str):
    from cxrscreen.core.store.case_store import CaseStore

    return CaseStore.open(data, user, password)


def test_an_edited_settings_file_is_refused_where_it_decides(folder):
    data, _ = folder
    with open_as(data) as store:
        save_settings(Settings(sync_url="https://pacs.example/dicom-web"), data, store.cipher)
        assert load_settings(data, store.cipher).sync_url == "https://pacs.example/dicom-web"
    path = data / "settings.json"
    raw = json.loads(path.read_text())
    raw["sync_url"] = "https://elsewhere.example/dicom-web"
    path.write_text(json.dumps(raw))  # a plain file write
    with open_as(data) as store:
        with pytest.raises(SettingsTampered) as err:
            load_settings(data, store.cipher)
        from cxrscreen.core.sync import SyncEngine

        with pytest.raises(SettingsTampered):
            SyncEngine(store, load_settings(data))  # the engine checks the file itself
    assert err.value.code == "settings_tampered"
    assert load_settings(data).sync_url.startswith("https://elsewhere")  # unchecked: the language


def test_deleting_every_tag_and_the_marker_does_not_switch_checking_off(folder, caplog):
    data, ids = folder
    sql(data, "UPDATE cases SET label = 'NORMAL' WHERE id = ?", (ids[0],))
    for table in ("cases", "reviews", "outbox", "accounts"):
        sql(data, f"UPDATE {table} SET tag = NULL")
    sql(data, "DELETE FROM keyslots WHERE name = 'integrity'")
    # The clinician's key wrapping was made with checking on: it says so, whatever the rows say.
    with caplog.at_level(logging.WARNING), pytest.raises(AccountDamaged):
        open_as(data, CLINICIAN)  # its own row has no tag any more
    assert "marker" in caplog.text and "tagged once" not in caplog.text
    con = sqlite3.connect(data / "cases.sqlite3")
    assert con.execute("SELECT COUNT(*) FROM cases WHERE tag IS NOT NULL").fetchone()[0] == 0
    assert con.execute("SELECT 1 FROM keyslots WHERE name = 'integrity'").fetchone()  # put back
    con.close()


def test_the_recovery_key_open_checks_rows_too(tmp_path):
    from cxrscreen.core.store.case_store import CaseStore

    data = tmp_path / "data"
    store, recovery = CaseStore.create(data, ADMIN, PASSWORDS[ADMIN])
    with store:
        case = store.import_file(jpegs(1)[0], FakeScreener(), finalise=True)
    sql(data, "UPDATE cases SET state = 'sent' WHERE id = ?", (case.id,))
    with CaseStore.open_with_recovery_key(data, recovery) as it:
        aside = {}
        assert it.list_cases(set_aside=aside) == [] and set(aside) == {case.id}


# -- upgrading a store written by the version before -------------------------------------------

OLD_SCRIPT = r"""
import json, sys
from pathlib import Path
sys.path[:0] = [sys.argv[1] + "/tests", sys.argv[1] + "/tests/sync"]
from helpers.accounts import set_up, open_as, WORKER, ADMIN
from store_fakes import FakeScreener
from cxrscreen.core.store.outbox import Outbox
from cxrscreen.core.settings import Settings, save_settings, with_password
data = Path(sys.argv[2]); paths = [Path(p) for p in sys.argv[3:]]
with set_up(data) as store:
    ids = [store.import_file(p, FakeScreener(), {"patient_id": f"OLD{i}"},
                             finalise=i > 0).id for i, p in enumerate(paths)]
    store.set_notes(ids[0], "not finalised yet")
    store.review(ids[1], "disagree", "looks normal")
    out = Outbox(store)
    out.mark_sent([i for i in out.pending() if i.case_id == ids[2]])
    save_settings(with_password(Settings(sync_url="https://pacs.example/dicom-web",
                                         sync_user="laptop7"), store.cipher, "pw-1"), data)
    print(json.dumps({c.id: [c.state.value, c.score, c.label, c.original_sha256,
                             c.review.decision.value if c.review else None, c.notes]
                      for c in store.list_cases()}))
"""


def _old_version(tmp_path: Path) -> Path:
    return old_code(BEFORE, tmp_path / "old", "the version before")


def test_a_store_of_the_version_before_is_upgraded_losing_nothing(tmp_path, caplog):
    old = _old_version(tmp_path)
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(old / "desktop"),
           "CXRSCREEN_CONFIG_DIR": str(tmp_path / "config")}
    run = subprocess.run([sys.executable, "-c", OLD_SCRIPT, str(old), str(data),
                          *map(str, jpegs(5))], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    before = json.loads(run.stdout.strip().splitlines()[-1])
    con = sqlite3.connect(data / "cases.sqlite3")
    assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    old_pending = sorted(r[0] for r in con.execute(
        "SELECT sop_uid FROM outbox WHERE sent_at = '' AND superseded = 0"))
    con.close()

    with caplog.at_level(logging.WARNING), open_as(data, WORKER) as store:
        aside = {}
        after = {c.id: [c.state.value, c.score, c.label, c.original_sha256,
                        c.review.decision.value if c.review else None, c.notes]
                 for c in store.list_cases(set_aside=aside)}
        assert aside == {} and after == before  # every case, as it was
        assert sorted(i.sop_uid for i in Outbox(store).pending()) == old_pending
        settings = load_settings(data, store.cipher)  # tagged, as it was
        assert settings.sync_user == "laptop7"
        assert sync_connection(settings, store.cipher).password == "pw-1"  # still opens
        assert [e for e in store.account_log() if e["action"] == "rows_authenticated"]
    assert "tagged once" in caplog.text
    con = sqlite3.connect(data / "cases.sqlite3")
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION  # 5: issue 22
    for table in ("cases", "reviews", "outbox", "accounts"):
        assert con.execute(f"SELECT COUNT(*) FROM {table} WHERE tag IS NULL").fetchone()[0] == 0
    con.close()

    # Tagged once only: the next opens (another account too) tag nothing, and an edit now shows.
    caplog.clear()
    with caplog.at_level(logging.WARNING), open_as(data, CLINICIAN) as store:
        assert len(store.list_cases()) == 5
    assert "tagged once" not in caplog.text
    first = next(iter(before))
    sql(data, "UPDATE cases SET label = 'NORMAL' WHERE id = ?", (first,))
    assert set(_listed(data, ADMIN)[1]) == {first}
    # The worker's key wrapping was made again at its first sign-in: with the tags and the marker
    # deleted, it still knows that checking is on.
    for table in ("cases", "reviews", "outbox", "accounts"):
        sql(data, f"UPDATE {table} SET tag = NULL")
    sql(data, "DELETE FROM keyslots WHERE name = 'integrity'")
    with pytest.raises(AccountDamaged):
        open_as(data, WORKER)


def test_doctor_lists_edited_cases_outbox_rows_and_accounts(folder, monkeypatch, capsys):
    from cxrscreen import cli
    from helpers.accounts import sign_in_env

    data, ids = folder
    sql(data, "UPDATE cases SET label = 'NORMAL', score = 0.0 WHERE id = ?", (ids[0],))
    sql(data, "UPDATE outbox SET superseded = 1 WHERE case_id = ?", (ids[1],))
    sql(data, "UPDATE accounts SET role = 'admin' WHERE name = ?", (WORKER,))
    sign_in_env(monkeypatch, ADMIN)
    code = cli.main(["--data-dir", str(data), "doctor", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 2
    assert {d["case"] for d in report["damaged"]} == {ids[0], ids[1]}
    assert report["damaged_accounts"] == [WORKER]
    code = cli.main(["--data-dir", str(data), "users", "list"])
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith(WORKER))
    assert code == 0 and "DAMAGED" in line
