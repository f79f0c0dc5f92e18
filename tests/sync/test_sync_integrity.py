"""Authenticated rows and the sync (issue 21): a result, a file hash, an outbox row edited with
sqlite3 on a real store; the sync sends every other case to a real Orthanc, sets the edited
ones aside (not sent, named, exit 2) and keeps them queued. A role raised with sqlite3 cannot
sign in to sync at all."""

from __future__ import annotations

import json
import sqlite3

import pytest
from orthanc_server import PASSWORD, USER
from sync_helpers import fill

from helpers.accounts import WORKER, sign_in_env

from cxrscreen import cli
from cxrscreen.core.store.outbox import Outbox

pytestmark = pytest.mark.orthanc


def sql(store, statement: str, args: tuple = ()) -> None:
    con = sqlite3.connect(store.data_dir / "cases.sqlite3")  # no key: what an attacker has
    con.execute(statement, args)
    con.commit()
    con.close()


def test_edited_rows_are_not_sent_and_the_others_are(store, screener, orthanc, monkeypatch,
                                                     capsys):
    ids = fill(store, 6, dicom=False)
    result_case, hash_case, outbox_case = ids[1], ids[3], ids[4]
    row = json.loads(store._con().execute("SELECT screening_json FROM cases WHERE id = ?",
                                          (result_case,)).fetchone()[0])
    row.update(score=0.0, label="NORMAL")  # issue 21: a case became "normal, score 0"
    sql(store, "UPDATE cases SET score = 0.0, label = 'NORMAL', screening_json = ? WHERE id = ?",
        (json.dumps(row), result_case))
    a, b = store.get(ids[0]).original_sha256, store.get(hash_case).original_sha256
    sql(store, "UPDATE cases SET original_sha256 = 'x' WHERE id = ?", (ids[0],))
    sql(store, "UPDATE cases SET original_sha256 = ? WHERE id = ?", (a, hash_case))
    sql(store, "UPDATE cases SET original_sha256 = ? WHERE id = ?", (b, ids[0]))  # X-rays swapped
    sql(store, "UPDATE outbox SET sop_uid = sop_uid || '.7' WHERE case_id = ? AND kind = 'sr'",
        (outbox_case,))
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", orthanc.url)
    monkeypatch.setenv("CXRSCREEN_SYNC_USER", USER)
    monkeypatch.setenv("CXRSCREEN_SYNC_PASSWORD", PASSWORD)
    sign_in_env(monkeypatch)
    code = cli.main(["--data-dir", str(store.data_dir), "sync", "--quiet"])
    out = capsys.readouterr()
    text = out.out + out.err
    assert code == 2, text
    assert "Traceback" not in text and "2 case(s) sent" in text
    for case_id in (ids[0], result_case, hash_case, outbox_case):
        assert f"Case {case_id[:8]} is damaged" in text
    on_server = set(orthanc.sop_uids())
    assert len(on_server) == 4  # 2 cases, an image and a report each; nothing of the four
    outbox = Outbox(store)
    assert {i.case_id for i in outbox.pending()} == {ids[0], result_case, hash_case}
    assert set(outbox.set_aside) == {outbox_case}
    assert Outbox(store).count() == 8  # the four are still queued (two rows each)
    log = (store.data_dir / "logs" / "cxrscreen.log").read_text()
    assert f"case {outbox_case} not sent" in log and f"case {result_case} not sent" in log


def test_a_raised_role_cannot_sign_in_to_sync(store, screener, orthanc, monkeypatch, capsys):
    fill(store, 1, dicom=False)
    sql(store, "UPDATE accounts SET role = 'admin' WHERE name = ?", (WORKER,))
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", orthanc.url)
    sign_in_env(monkeypatch, WORKER)
    code = cli.main(["--data-dir", str(store.data_dir), "sync", "--quiet"])
    text = capsys.readouterr().err
    assert code == 7 and "changed outside the application" in text, text  # sign-in refused
    assert orthanc.count() == 0
