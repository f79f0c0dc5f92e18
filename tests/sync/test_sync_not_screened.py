"""A not-screened case (a refused film sent for a clinician's reading, issue 22) reaches a real
Orthanc as its image and an SR that says it was NOT screened and why, with no score; the
hospital's monitoring, run against the same server, does not count it as a screening."""

from __future__ import annotations

import io
import json

import pydicom
import pytest
from orthanc_server import PASSWORD, USER, connection
from sync_helpers import SR_CLASS, assert_all_sent_exactly_once, fill
from test_sync_orthanc import wado

from helpers.not_screened import lateral_jpeg, tag_lateral_dicom

from cxrscreen import cli
from cxrscreen.core.errors import ImageRefused
from cxrscreen.core.sync import Backoff, SyncEngine
from cxrscreen.core.xray.read import read_xray

pytestmark = pytest.mark.orthanc


def content(sr: pydicom.Dataset) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in sr.ContentSequence:
        name = item.ConceptNameCodeSequence[0].CodeValue
        value = (item.TextValue if "TextValue" in item else
                 item.ConceptCodeSequence[0].CodeValue if "ConceptCodeSequence" in item else
                 str(item.MeasuredValueSequence[0].NumericValue)
                 if "MeasuredValueSequence" in item else "")
        out.setdefault(name, []).append(value)
    return out


def test_a_not_screened_case_reaches_the_pacs_with_an_sr_saying_why(
        store, screener, orthanc, tmp_path, monkeypatch, capsys):
    screened = fill(store, 1, dicom=False)[0]
    path = tag_lateral_dicom(tmp_path)
    with pytest.raises(ImageRefused) as refused:
        read_xray(path)
    case = store.add_not_screened(path, refused.value, {"patient_id": "NS-1"}, finalise=True)
    # A JPEG goes as a Secondary Capture made here. (The check turns back real turned chests;
    # this refusal is written by the test, to send the JPEG path.)
    jpeg = store.add_not_screened(lateral_jpeg(), ImageRefused(
        "rotated", "The image is turned ({angle} degrees) and could not be turned back.",
        angle=90), {"patient_id": "NS-2"}, finalise=True)
    report = SyncEngine(store, connection(orthanc.url),
                        backoff=Backoff(base=0.05, max_attempts=3)).sync_all()
    assert report.ok, report.message()
    assert_all_sent_exactly_once(store, orthanc)
    assert store.get(case.id).state.value == "sent" and store.get(jpeg.id).state.value == "sent"

    # The image: the original instance, pixels untouched, with the typed patient ID.
    got = wado(orthanc, case.uids.study_uid, case.uids.image_series_uid, case.uids.image_sop_uid)
    original = pydicom.dcmread(io.BytesIO(path.read_bytes()))
    assert got.PixelData == original.PixelData and got.PatientID == "NS-1"
    # The SR: NOT screened, why, no score, the disclaimer.
    for c, code in ((case, "lateral_view"), (jpeg, "rotated")):
        sr_uid = next(i["00080018"]["Value"][0] for i in orthanc.instances(c.uids.study_uid)
                      if i["00080016"]["Value"][0] == SR_CLASS)
        sr = wado(orthanc, c.uids.study_uid, c.uids.sr_series_uid, sr_uid)
        items = content(sr)
        assert items["121106"][0].startswith("NOT SCREENED.")
        assert items["121071"] == ["NOT-SCREENED"] and items["REFUSAL-CODE"] == [code]
        assert f"({code})" in items["121106"][1]
        assert not {"SCORE", "THRESHOLD", "OPERATING-POINT", "111001"} & set(items)
        assert sr.SeriesDescription.startswith("NOT SCREENED") and sr.PatientID == c.patient.patient_id
    sc = wado(orthanc, jpeg.uids.study_uid, jpeg.uids.image_series_uid, jpeg.uids.image_sop_uid)
    assert sc.Modality == "OT" and sc.PatientID == "NS-2"

    # The monitor, from the same server: one screening, not three.
    monkeypatch.setenv("CXRSCREEN_SYNC_USER", USER)
    monkeypatch.setenv("CXRSCREEN_SYNC_PASSWORD", PASSWORD)
    code = cli.main(["monitor", "--server", orthanc.url, "--out", str(tmp_path / "out"),
                     "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    result = json.loads(out.out)
    assert result["fetch"]["listed"] == 3 and result["totals"]["cases"] == 1, result["totals"]
    assert store.get(screened).state.value == "sent"
