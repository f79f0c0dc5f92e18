"""Upgrading a plain data folder (written before accounts and encryption): every case is kept,
encrypted, and kill -9 at any step leaves either the old plain store or the new encrypted one,
never a mix. Real subprocesses, real SIGKILL, kill moments chosen by journal lines."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402

from cxrscreen.core.store.case_store import CaseStore  # noqa: E402
from cxrscreen.core.store.folder_state import folder_state
from cxrscreen.core.errors import PlainStoreError  # noqa: E402
from helpers.kill import kill_after_lines  # noqa: E402
from helpers.plain_store import PLAIN_ACTOR, PLAIN_SYNC_PASSWORD, make_plain_store  # noqa: E402

WORKER = Path(__file__).resolve().parent / "upgrade_worker.py"
ROUNDS = int(os.environ.get("CXRSCREEN_KILL_ROUNDS", "10"))
ADMIN, PASSWORD = "boss", "boss-pass-1"

pytestmark = pytest.mark.skipif(not have_data(), reason=NO_DATA)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("plain") / "data"
    return root, make_plain_store(root, jpegs(7), FakeScreener())


def _copy(template: tuple[Path, dict], dest: Path) -> tuple[Path, dict]:
    shutil.copytree(template[0], dest)
    return dest, template[1]


def _lines(journal: Path) -> list[str]:
    return journal.read_text().splitlines() if journal.exists() else []


def _check_plain(data: Path, expected: dict) -> None:
    """The old store is whole: its database and every plain file, as before."""
    con = sqlite3.connect(data / "cases.sqlite3")
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 1
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = {r[0]: r[1:] for r in con.execute(
            "SELECT id, patient_id, original_sha256, heatmap_sha256 FROM cases")}
    finally:
        con.close()
    assert set(rows) == set(expected)
    for case_id, (patient_id, *shas) in rows.items():
        assert patient_id == expected[case_id]["patient_id"]
        for sha in shas:
            assert hashlib.sha256((data / "files" / sha[:2] / sha).read_bytes()).hexdigest() == sha


def _check_upgraded(data: Path, expected: dict) -> None:
    """The new store is whole and nothing plain is left once it has been opened."""
    with CaseStore.open(data, ADMIN, PASSWORD) as store:
        cases = {c.id: c for c in store.list_cases()}
        assert set(cases) == set(expected)
        for case_id, want in expected.items():
            case = cases[case_id]
            assert (case.patient.patient_id, case.patient.patient_name, case.state.value,
                    case.notes) == (want["patient_id"], want["patient_name"], want["state"],
                                    want["notes"])
            assert hashlib.sha256(store.original_bytes(case)).hexdigest() == \
                want["original_sha256"]
            assert store.heatmap(case).ndim == 2
            assert (case.review is not None) == bool(want["reviews"])
            trail = store.audit(case_id)
            assert trail[0].actor == PLAIN_ACTOR and "patient" in trail[0].details
        con = store._con()
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        queued = con.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
        assert queued == 2 * sum(1 for w in expected.values() if w["state"] == "finalised")
        assert not list(store.files.foreign_files())
        # The saved sync password moved under the data key: sending goes on, nobody retypes it.
        from cxrscreen.core.settings import load_settings, sync_connection

        conn = sync_connection(load_settings(data), store.cipher)
        assert (conn.url, conn.user, conn.password) == ("https://pacs.example/dicom-web", "unit7",
                                                        PLAIN_SYNC_PASSWORD)
    assert folder_state(data) == "ready"
    assert not (data / "secret.key").exists() and not (data / "cases.sqlite3.upgrade").exists()
    assert '"v1:' not in (data / "settings.json").read_text()
    assert PLAIN_SYNC_PASSWORD not in (data / "settings.json").read_text()
    assert not list((data / "tmp").iterdir())


def test_upgrade_keeps_every_case_and_leaves_nothing_plain(tmp_path, template):
    data, expected = _copy(template, tmp_path / "data")
    assert folder_state(data) == "plain"
    with pytest.raises(PlainStoreError) as err:
        CaseStore.open(data, ADMIN, PASSWORD)
    assert "cxrscreen init --admin" in err.value.message and "no case is lost" in err.value.message
    names = [line.encode() for line in ("Oldname", "OLD-000", "old note", "old review note")]
    store, recovery = CaseStore.create(data, ADMIN, PASSWORD)  # an old folder is upgraded
    store.close()
    assert recovery.count("-") == 12
    _check_upgraded(data, expected)
    for path in (p for p in data.rglob("*") if p.is_file()):
        content = path.read_bytes()
        assert not any(n in content for n in names), path
    for original in jpegs(7):
        assert not any(original.read_bytes()[i:i + 48] in p.read_bytes()
                       for i in (1000, 5000) for p in (data / "files").rglob("*.enc"))


def test_a_saved_password_the_old_key_cannot_read_is_dropped_with_a_warning(tmp_path, template,
                                                                             caplog):
    import json

    data, _ = _copy(template, tmp_path / "data")
    (data / "secret.key").write_bytes(bytes(range(32)))  # not the key it was saved with
    store, _ = CaseStore.create(data, ADMIN, PASSWORD)
    store.close()
    settings = json.loads((data / "settings.json").read_text())
    assert "sync_password_enc" not in settings and settings["sync_user"] == "unit7"
    assert any("enter it again" in r.getMessage() for r in caplog.records)
    assert not (data / "secret.key").exists()


@pytest.mark.slow
def test_kill_minus_nine_during_the_upgrade_leaves_old_or_new_never_a_mix(tmp_path, template):
    rng = random.Random(2026)
    # The worker's steps: start, one line per file, "database built", "committed", "opened".
    files = {w[k] for w in template[1].values() for k in ("original_sha256", "heatmap_sha256")}
    steps = 1 + len(files) + 3
    outcomes = {"plain": 0, "ready": 0}
    for round_no in range(ROUNDS):
        data, expected = _copy(template, tmp_path / f"data{round_no}")
        journal = tmp_path / f"journal{round_no}.txt"
        target = rng.randrange(1, steps + 1) if round_no > 1 else (steps - 2 + round_no)
        kill_after_lines([sys.executable, str(WORKER), str(data), str(journal)], journal, target)
        state = folder_state(data)
        assert state in outcomes, state
        outcomes[state] += 1
        # The kill lands a moment after the line was read, so the worker may have gone further:
        # once it wrote "committed" the new store must be there; if the old one is, it never did.
        committed = "committed" in _lines(journal)
        assert state == "ready" if committed else True, (_lines(journal)[-3:], state)
        if state == "plain":
            _check_plain(data, expected)
            CaseStore.create(data, ADMIN, PASSWORD)[0].close()  # run again, to the end
        _check_upgraded(data, expected)
    assert outcomes["plain"] and outcomes["ready"], outcomes


def test_self_test_tells_it_a_folder_still_needs_protecting(tmp_path, template):
    from cxrscreen.core.selftest import Status, _check_data_folder

    data, _ = _copy(template, tmp_path / "data")
    summary, details, status = _check_data_folder(data)
    assert status is Status.WARN and details["accounts"] == "plain"
    assert "cxrscreen init --admin" in summary
    CaseStore.create(data, ADMIN, PASSWORD)[0].close()
    summary, details, status = _check_data_folder(data)
    assert status is Status.PASS and "set up with accounts" in summary
    assert "not set up yet" in _check_data_folder(tmp_path / "new")[0]


def test_a_crash_mid_transaction_does_not_hide_the_folder_state(tmp_path, template):
    """A kill inside a rollback-journal transaction (as during a journal-mode change) leaves a
    hot journal; reading the state must roll it back, not report the folder unwritable. (With a
    read-only connection folder_state raised ReadOnlyError here: found by the kill loop.)"""
    data, expected = _copy(template, tmp_path / "data")
    script = ("import sqlite3, sys, threading\n"
              "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "con.execute('PRAGMA journal_mode = DELETE')\n"
              "con.execute('PRAGMA cache_size = 1')\n"  # spill pages to disk: the journal is hot
              "con.execute('BEGIN IMMEDIATE')\n"
              "con.execute(\"UPDATE cases SET notes = hex(randomblob(3000))\")\n"
              "print('inside', flush=True)\n"
              "threading.Event().wait()\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(data / "cases.sqlite3")],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "inside"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert (data / "cases.sqlite3-journal").exists()
    assert folder_state(data) == "plain"
    _check_plain(data, expected)  # rolled back: the old notes, every case
