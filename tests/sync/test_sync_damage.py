"""Damage is contained (issue 21): one damaged stored file or row is set aside and reported (exit
code, log), never sent as it is, and every other case still lists and syncs (real Orthanc, real
files, real SQLite)."""

from __future__ import annotations

import pytest
from orthanc_server import PASSWORD, USER
from sync_helpers import fill

from helpers.accounts import CLINICIAN, sign_in_env

from cxrscreen import cli
from cxrscreen.core.store.outbox import Outbox

pytestmark = pytest.mark.orthanc


def run(store, monkeypatch, capsys, *args: str) -> tuple[int, str]:
    sign_in_env(monkeypatch, CLINICIAN)
    code = cli.main(["--data-dir", str(store.data_dir), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def flip_a_byte(path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_damaged_file_and_a_damaged_row_are_set_aside_and_the_rest_is_sent(
        store, screener, orthanc, monkeypatch, capsys):
    ids = fill(store, 9)  # ten cases
    file_case, row_case = ids[2], ids[5]
    flip_a_byte(store.files.path(store.get(file_case).original_sha256))
    with store.transaction() as con:  # a row edited with sqlite3: its JSON no longer parses
        con.execute("UPDATE cases SET screening_json = '{\"score\": 0.0, ' WHERE id = ?",
                    (row_case,))
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", orthanc.url)
    monkeypatch.setenv("CXRSCREEN_SYNC_USER", USER)
    monkeypatch.setenv("CXRSCREEN_SYNC_PASSWORD", PASSWORD)

    code, text = run(store, monkeypatch, capsys, "sync", "--quiet")
    assert code == 2, text
    assert "Traceback" not in text
    assert f"Case {file_case[:8]} is damaged" in text and f"Case {row_case[:8]} is damaged" in text
    assert "8 case(s) sent" in text
    states = {c.id: c.state.value for c in store.list_cases()}
    assert [i for i, s in states.items() if s != "sent"] == [file_case]  # the row one is unlisted
    assert {i.case_id for i in Outbox(store).pending()} == {file_case, row_case}
    on_server = set(orthanc.sop_uids())
    assert store.get(file_case).uids.image_sop_uid not in on_server
    assert len(on_server) == 16
    log = (store.data_dir / "logs" / "cxrscreen.log").read_text()
    assert f"case {file_case} not sent" in log and f"case {row_case} set aside" in log

    # `cases` lists the nine others, names the damaged one, and exits non-zero.
    code, text = run(store, monkeypatch, capsys, "cases")
    assert code == 2 and "Traceback" not in text
    assert f"Case {row_case[:8]} is damaged" in text
    assert sum(1 for line in text.splitlines() if line[:8] in {i[:8] for i in ids}) == 9


def test_cases_reports_a_case_whose_files_are_missing(store, screener, monkeypatch, capsys):
    ids = fill(store, 2, dicom=False)
    store.files.path(store.get(ids[0]).original_sha256).unlink()
    code, text = run(store, monkeypatch, capsys, "cases")
    assert code == 2, text
    line = next(x for x in text.splitlines() if x.startswith(ids[0][:8]))
    assert "FILES MISSING" in line
    assert "FILES MISSING" not in next(x for x in text.splitlines() if x.startswith(ids[1][:8]))
