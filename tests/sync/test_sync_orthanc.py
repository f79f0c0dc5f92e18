"""Sync against a real Orthanc: STOW-RS of the image and the SR, idempotent, reviews after sending,
and the command line."""

from __future__ import annotations

import io
import json

import pydicom
import pytest
import requests
from sync_helpers import SR_CLASS, assert_all_sent_exactly_once, fill
from orthanc_server import PASSWORD, USER, connection

from helpers.accounts import CLINICIAN, set_up, sign_in_env, write_as_the_application

from cxrscreen import cli
from cxrscreen.cli import store as cli_store
from cxrscreen.core.sync import Backoff, SyncEngine
from cxrscreen.core.store.outbox import Outbox

pytestmark = pytest.mark.orthanc


def engine(store, url, **kw) -> SyncEngine:
    return SyncEngine(store, connection(url, **kw), backoff=Backoff(base=0.05, max_attempts=3))


def test_sync_sends_image_and_report_once(store, screener, orthanc):
    ids = fill(store, 3)
    seen = []
    report = engine(store, orthanc.url).sync_all(progress=lambda d, n, c: seen.append((d, n)))
    assert report.ok and sorted(report.sent_cases) == sorted(ids), report.message()
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert_all_sent_exactly_once(store, orthanc)
    # The DICOM input reached the server as the original instance, pixels untouched, with the
    # patient id the health worker typed (fill() sets one) replacing the file's.
    case = next(c for c in store.list_cases() if c.source_format == "dicom")
    got = wado(orthanc, case.uids.study_uid, case.uids.image_series_uid, case.uids.image_sop_uid)
    original = pydicom.dcmread(io.BytesIO(store.original_bytes(case)))
    assert got.PixelData == original.PixelData and got.SOPInstanceUID == original.SOPInstanceUID
    assert got.PatientID == case.patient.patient_id == "T3" != original.PatientID


def wado(orthanc, study: str, series: str, sop: str) -> pydicom.Dataset:
    """WADO-RS retrieve of one instance."""
    r = requests.get(f"{orthanc.url}/studies/{study}/series/{series}/instances/{sop}",
                     auth=(USER, PASSWORD),
                     headers={"Accept": 'multipart/related; type="application/dicom"; '
                                      'transfer-syntax=*'})
    assert r.status_code == 200
    boundary = r.content.split(b"\r\n", 1)[0]
    part = r.content.split(boundary)[1]
    return pydicom.dcmread(io.BytesIO(part[part.index(b"\r\n\r\n") + 4:-2]), force=True)


def test_resending_after_a_lost_answer_creates_no_duplicate(store, screener, orthanc):
    fill(store, 2)
    assert engine(store, orthanc.url).sync_all().ok
    before = orthanc.count()
    # As if the server's answers were lost: the outbox believes nothing was sent.
    write_as_the_application(store, "outbox", "1", (), sent_at="")
    write_as_the_application(store, "cases", "1", (), state="finalised")
    assert Outbox(store).count() == 2 * 3
    assert engine(store, orthanc.url).sync_all().ok
    assert orthanc.count() == before
    assert_all_sent_exactly_once(store, orthanc)


def test_review_after_sending_adds_a_new_report(store, screener, orthanc):
    case_id = fill(store, 1, dicom=False)[0]
    assert engine(store, orthanc.url).sync_all().ok
    case = store.review(case_id, "disagree", "normal lungs")
    assert case.state.value == "sent"  # one-way: stays sent
    report = engine(store, orthanc.url).sync_all()
    assert report.ok and report.sent_instances == 1
    assert_all_sent_exactly_once(store, orthanc)
    sr_uids = [i["00080018"]["Value"][0] for i in orthanc.instances(case.uids.study_uid)
               if i["00080016"]["Value"][0] == SR_CLASS]
    assert case.review.sr_uid in sr_uids and len(sr_uids) == 2
    sr = wado(orthanc, case.uids.study_uid, case.uids.sr_series_uid, case.review.sr_uid)
    assert sr.PatientID == "T0" and CLINICIAN in str(sr.ContentSequence)


def test_cli_import_cases_review_sync(tmp_path, screener, orthanc, monkeypatch, capsys):
    from store_fakes import DICOM_DIR, jpegs

    monkeypatch.setattr(cli_store, "load_screener", lambda model: screener)
    data = str(tmp_path / "cli-data")
    set_up(tmp_path / "cli-data").close()
    sign_in_env(monkeypatch, CLINICIAN)
    files = [str(p) for p in jpegs(2)] + [str(DICOM_DIR / "WG04_RG2_RLE_hip_CR.dcm")]
    assert cli.main(["--data-dir", data, "import", "--json", *files]) == 1  # one refused
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["status"] for x in lines] == ["stored", "stored", "refused"]
    assert lines[2]["error"]["code"] == "not_chest"
    assert cli.main(["--data-dir", data, "cases", "--json"]) == 0
    cases = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {c["state"] for c in cases} == {"finalised"} and len(cases) == 2
    assert set(cases[0]) >= {"id", "state", "score", "label", "patient_id"}
    assert cli.main(["--data-dir", data, "review", cases[0]["id"][:8], "--decision",
                           "agree"]) == 0
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", orthanc.url)
    monkeypatch.setenv("CXRSCREEN_SYNC_USER", USER)
    monkeypatch.setenv("CXRSCREEN_SYNC_PASSWORD", "wrong")
    assert cli.main(["--data-dir", data, "sync"]) == 5
    assert "password" in capsys.readouterr().out
    monkeypatch.setenv("CXRSCREEN_SYNC_PASSWORD", PASSWORD)
    assert cli.main(["--data-dir", data, "sync"]) == 0
    out = capsys.readouterr()
    assert "[2/2]" in out.err and "All cases are on the server" in out.out
    # Two images and two reports: the review came before any sending, so its report replaced
    # the first report of that case instead of adding a second one.
    assert orthanc.count() == 4


def test_duplicate_sop_failure_counts_as_stored_only_when_the_server_lists_it(monkeypatch):
    """Some servers report a repeated UID as failure 0111H instead of success: it is looked up,
    as is a UID the answer does not mention; only what the lookup finds counts as stored."""
    from cxrscreen.core.settings import SyncConnection
    from cxrscreen.core.sync.dicomweb import DicomWebClient

    def failed(uid, code):
        return {"00081155": {"vr": "UI", "Value": [uid]},
                "00081197": {"vr": "US", "Value": [code]}}

    class Answer:
        reason = "Accepted"
        headers = {"Content-Type": "application/dicom+json"}

        def __init__(self, status, body):
            self.status_code, self.content = status, json.dumps(body).encode()

        def json(self):
            return json.loads(self.content)

    def request(method, path, **kwargs):
        assert kwargs.get("allow_redirects") is False
        if method == "POST":
            return Answer(202, {"00081198": {"vr": "SQ", "Value": [failed("1.2.3", 0x0111),
                                                                   failed("1.2.4", 0xA700)]}})
        looked_up.append(kwargs["params"]["SOPInstanceUID"])
        held = kwargs["params"]["SOPInstanceUID"] == "1.2.3"
        return Answer(200, [{"00080018": {"vr": "UI", "Value": ["1.2.3"]}}] if held else [])

    looked_up = []
    client = DicomWebClient(SyncConnection("http://127.0.0.1:9/dicom-web", "", "", ""))
    monkeypatch.setattr(client, "_request", request)
    outcome = client.store([("1.2.3", b""), ("1.2.4", b""), ("1.2.5", b"")], "1.2.9")
    assert outcome.stored == {"1.2.3"} and set(outcome.failed) == {"1.2.4"}
    assert outcome.unconfirmed == {"1.2.5"} and looked_up == ["1.2.3", "1.2.5"]
