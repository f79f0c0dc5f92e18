"""The import / cases / review / sync commands, without a server."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import DICOM_DIR, NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402

from helpers.accounts import set_up, sign_in_env  # noqa: E402

from cxrscreen import cli  # noqa: E402
from cxrscreen.cli import store as cli_store

pytestmark = pytest.mark.skipif(not have_data(), reason=NO_DATA)


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(tmp_path / "no-site.json"))
    for name in ("CXRSCREEN_SYNC_URL", "CXRSCREEN_SYNC_USER", "CXRSCREEN_SYNC_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    set_up(tmp_path).close()  # every command signs in, as the clinician
    sign_in_env(monkeypatch)


def run(data: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data), *args])


def test_import_prints_a_line_per_file_and_reports_refusals(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli_store, "load_screener", lambda model: FakeScreener())
    good = jpegs(2)
    code = run(tmp_path, "import", "--patient-id", "CH-1", str(good[0]), str(good[1]),
               str(DICOM_DIR / "WG04_RG2_RLE_hip_CR.dcm"), str(good[0]))
    out = capsys.readouterr().out.splitlines()
    assert code == 1 and len(out) == 4
    assert out[0].startswith("stored") and out[2].startswith("REFUSED")
    assert "only frontal chest X-rays" in out[2] and out[3].startswith("already")
    assert run(tmp_path, "cases", "--json") == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2 and all(r["patient_id"] == "CH-1" and r["state"] == "finalised"
                                  for r in rows)


def test_review_and_its_errors(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli_store, "load_screener", lambda model: FakeScreener())
    run(tmp_path, "import", "--json", str(jpegs(1)[0]))
    case_id = json.loads(capsys.readouterr().out)["case"]["id"]
    assert run(tmp_path, "review", case_id[:8], "--decision", "uncertain", "--note",
               "repeat film") == 0
    assert "queued" in capsys.readouterr().out
    assert run(tmp_path, "review", "ffffffff", "--decision", "agree") == 2
    assert "No case" in capsys.readouterr().err
    run(tmp_path, "cases")
    assert "review: uncertain" in capsys.readouterr().out


def test_sync_without_a_server_says_what_to_do(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli_store, "load_screener", lambda model: FakeScreener())
    run(tmp_path, "import", str(jpegs(1)[0]))
    assert run(tmp_path, "sync") == 3
    assert "No hospital server is set" in capsys.readouterr().out
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", "http://127.0.0.1:9/dicom-web")  # nothing there
    assert run(tmp_path, "sync") == 4
    assert "cannot be reached" in capsys.readouterr().out


def test_sync_with_an_empty_queue_succeeds(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", "http://127.0.0.1:9/dicom-web")
    assert run(tmp_path, "sync") == 0


def test_import_with_the_real_model(tmp_path, capsys):
    try:
        cli_store.load_screener(None)
    except Exception as exc:  # no shipped model in this checkout yet
        pytest.skip(f"the real screening model is not available: {exc}")
    assert run(tmp_path, "import", "--json", str(jpegs(1)[0])) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["status"] == "stored" and 0.0 <= row["case"]["score"] <= 1.0


def test_patient_details_from_a_file_or_standard_input_and_arguments_warn(
        tmp_path, monkeypatch, capsys):
    """Issue 21: --patient-name and --patient-id are readable by every local user in
    /proc/PID/cmdline; they can come from a file or standard input instead."""
    import io

    monkeypatch.setattr(cli_store, "load_screener", lambda model: FakeScreener())
    files = jpegs(3)
    details = tmp_path / "child.json"
    details.write_text(json.dumps({"patient_id": "CH-7", "patient_name": "Amina W",
                                   "sex": "F", "age": "004Y"}))
    assert run(tmp_path, "import", "--patient-file", str(details), str(files[0])) == 0
    assert "Warning" not in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO('{"patient_id": "CH-8", "sex": "M"}'))
    assert run(tmp_path, "import", "--patient-file", "-", str(files[1])) == 0
    assert "Warning" not in capsys.readouterr().err
    assert run(tmp_path, "import", "--patient-id", "CH-9", str(files[2])) == 0
    assert "can be read by every user of this computer" in capsys.readouterr().err
    assert run(tmp_path, "cases", "--json") == 0
    rows = {r["patient_id"]: r["patient"] for r in
            map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows["CH-7"]["patient_name"] == "Amina W" and rows["CH-7"]["patient_sex"] == "F"
    assert rows["CH-7"]["patient_age"] == "004Y" and rows["CH-8"]["patient_sex"] == "M"
    assert set(rows) == {"CH-7", "CH-8", "CH-9"}
    # A file that is not one JSON object of text values is refused before anything is stored.
    details.write_text('{"patient_id": 7}')
    assert run(tmp_path, "import", "--patient-file", str(details), str(jpegs(4)[3])) == 2
    assert "one JSON object" in capsys.readouterr().err
