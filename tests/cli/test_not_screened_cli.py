"""`cxrscreen import --send-refused-for-reading` and `cxrscreen cases` with a not-screened case
(issue 22): a side view is stored NOT screened, with no score; a hip stays refused."""

from __future__ import annotations

import json

from helpers.accounts import CLINICIAN, set_up, sign_in_env
from helpers.data import RG2_HIP, shared
from helpers.not_screened import tag_lateral_dicom

from cxrscreen import cli
from cxrscreen.cli import store as cli_store


def test_import_sends_a_side_view_for_reading_and_cases_marks_it(tmp_path, screener,
                                                                  monkeypatch, capsys):
    monkeypatch.setattr(cli_store, "load_screener", lambda model: screener)
    data = str(tmp_path / "data")
    set_up(tmp_path / "data").close()
    sign_in_env(monkeypatch, CLINICIAN)
    side, hip = tag_lateral_dicom(tmp_path), shared("real_dicom", RG2_HIP)
    # Without the choice, both are refused and nothing is stored.
    assert cli.main(["--data-dir", data, "import", "--json", str(side), str(hip)]) == 1
    assert [json.loads(x)["status"] for x in capsys.readouterr().out.splitlines()] == \
        ["refused", "refused"]
    assert cli.main(["--data-dir", data, "import", "--json", "--send-refused-for-reading",
                     str(side), str(hip)]) == 1  # nothing was screened
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["status"] for x in lines] == ["not_screened", "refused"]
    assert lines[0]["case"]["kind"] == "not_screened" and lines[0]["case"]["score"] is None
    assert lines[0]["case"]["state"] == "finalised"  # queued for the clinician's reading
    assert lines[0]["error"]["code"] == "lateral_view" and lines[1]["error"]["code"] == "not_chest"
    assert cli.main(["--data-dir", data, "cases", "--json"]) == 0
    (case,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert case["kind"] == "not_screened" and case["score"] is None
    assert case["refusal"]["code"] == "lateral_view"
    assert cli.main(["--data-dir", data, "cases"]) == 0
    text = capsys.readouterr().out
    assert "NOT SCREENED (lateral_view), for a clinician's reading" in text
    assert "score" not in text and "nan" not in text
    assert cli.main(["--data-dir", data, "import", "--send-refused-for-reading", str(side)]) == 0
    assert "already" in capsys.readouterr().out
