"""A refused film that may be a chest is stored, on the health worker's choice, as a NOT SCREENED
case with no score, and its report says so (issue 22). Real store, real DICOM files."""

from __future__ import annotations

import io
import math

import pydicom
import pytest

from cxrscreen.core.errors import AlreadyStored, ImageRefused, NotSendable
from cxrscreen.core.screening.not_screened import (NOT_SCREENED_LABEL, film_may_be_chest,
                                                   may_be_chest)
from cxrscreen.core.store.cases import CaseStateError
from cxrscreen.core.store.outbox import Outbox
from cxrscreen.core.sync.builders import image_instance, structured_report
from cxrscreen.core.sync.not_screened_report import not_screened_report
from cxrscreen.core.xray.read import read_xray
from cxrscreen.monitor.records import parse_report
from helpers.accounts import store_for
from helpers.data import RG2_HIP, shared
from helpers.not_screened import chest_tagged_lateral, lateral_jpeg, tag_lateral_dicom


@pytest.fixture
def store(tmp_path):
    s = store_for(tmp_path / "data")
    yield s
    s.close()


def refusal_of(path, screener=None) -> ImageRefused:
    with pytest.raises(ImageRefused) as caught:
        xray = read_xray(path)
        screener.screen(xray)
    return caught.value


@pytest.mark.parametrize("code, part, fmt, ok", [
    ("lateral_view", "", "jpeg", True), ("rotated", "", "png", True),
    ("inverted", "", "dicom", True), ("not_chest", "CHEST", "dicom", True),
    ("not_chest", "THORAX", "dicom", True), ("not_chest", "", "dicom", False),
    ("not_chest", "HIP", "dicom", False), ("not_chest", "CHEST", "jpeg", False),
    ("not_xray", "CHEST", "dicom", False), ("unreadable", "CHEST", "dicom", False),
    ("unsupported", "CHEST", "dicom", False), ("too_small", "CHEST", "dicom", False),
    ("too_large", "CHEST", "dicom", False)])
def test_which_refusals_may_be_sent_for_a_reading(code, part, fmt, ok):
    assert may_be_chest(code, part, fmt) is ok


def test_a_side_view_is_stored_not_screened_with_no_score(store, tmp_path):
    path = tag_lateral_dicom(tmp_path)
    refusal = refusal_of(path)
    assert refusal.code == "lateral_view" and film_may_be_chest(path.read_bytes(), refusal.code)
    case = store.add_not_screened(path, refusal, {"patient_id": "CH-9"})
    assert case.not_screened and case.kind == "not_screened"
    assert case.label == NOT_SCREENED_LABEL and math.isnan(case.score)
    assert case.refusal["code"] == "lateral_view" and "side (lateral)" in case.refusal["template"]
    assert case.patient.patient_id == "CH-9" and case.source_name == "side_view.dcm"
    out = case.to_dict()
    assert out["score"] is None and out["kind"] == "not_screened"
    assert out["refusal"]["code"] == "lateral_view"
    # Read back from SQLite: the row says what it is; the score column holds no real score.
    again = store.list_cases()[0]
    assert again.not_screened and again.refusal == case.refusal
    row = store._con().execute("SELECT kind, score FROM cases WHERE id = ?", (case.id,)).fetchone()
    assert tuple(row) == ("not_screened", -1.0)
    # No heatmap exists, and none is missing.
    assert store.heatmap(case) is None and not store.files_missing(case)
    assert store.recover().cases_missing_files == []
    assert store.original_bytes(case) == path.read_bytes()
    assert [a.action for a in store.audit(case.id)] == ["created_not_screened"]
    # Finalised and queued like every case: its image and its report.
    store.finalise(case.id)
    assert [i.kind for i in Outbox(store).pending()] == ["image", "sr"]
    with pytest.raises(AlreadyStored):
        store.add_not_screened(path, refusal)


def test_no_review_of_a_not_screened_case(store, tmp_path):
    path = tag_lateral_dicom(tmp_path)
    case = store.add_not_screened(path, refusal_of(path))
    with pytest.raises(CaseStateError, match="not screened"):
        store.review(case.id, "agree")


def test_a_hip_is_never_sent_as_a_chest(store):
    path = shared("real_dicom", RG2_HIP)
    refusal = refusal_of(path)
    assert refusal.code == "not_chest" and not film_may_be_chest(path.read_bytes(), "not_chest")
    with pytest.raises(NotSendable) as caught:
        store.add_not_screened(path, refusal)
    assert store.list_cases() == []
    # The refusal's code is a placeholder of the message, not the error's own code (CxrError
    # takes code= as that): the command line's JSON says not_sendable.
    assert caught.value.code == "not_sendable" and "(it was refused as not_chest)" in \
        caught.value.english


def test_a_damaged_file_is_never_stored(store, tmp_path):
    path = tag_lateral_dicom(tmp_path)
    damaged = tmp_path / "cut.dcm"
    damaged.write_bytes(path.read_bytes()[:2000])
    assert not film_may_be_chest(damaged.read_bytes(), "unreadable")
    with pytest.raises(ImageRefused):
        store.add_not_screened(damaged, ImageRefused("lateral_view", "x"))  # a lie: still no
    assert store.list_cases() == []


def test_a_lateral_chest_marked_chest_goes_and_as_a_jpeg_does_not(store, screener, tmp_path):
    marked = chest_tagged_lateral(tmp_path)
    refusal = refusal_of(marked, screener)
    assert refusal.code == "not_chest" and refusal.input_check  # the check refused it
    assert film_may_be_chest(marked.read_bytes(), refusal.code)
    case = store.add_not_screened(marked, refusal)
    assert case.not_screened and case.screening.input_check["code"] == "not_chest"
    jpeg = lateral_jpeg()
    refusal = refusal_of(jpeg, screener)
    assert refusal.code == "not_chest" and not film_may_be_chest(jpeg.read_bytes(), "not_chest")
    with pytest.raises(NotSendable):
        store.add_not_screened(jpeg, refusal)
    hip_tagged = chest_tagged_lateral(tmp_path, "other.dcm", body_part="HAND")
    assert not film_may_be_chest(hip_tagged.read_bytes(), "not_chest")


def sr_of(case, store) -> pydicom.Dataset:
    _, header = image_instance(case, store.original_bytes(case))
    return pydicom.dcmread(io.BytesIO(not_screened_report(case, header, "2.25.1234")))


def items(sr) -> dict[str, str]:
    out = {}
    for item in sr.ContentSequence:
        name = item.ConceptNameCodeSequence[0].CodeValue
        if "TextValue" in item:
            out.setdefault(name, []).append(item.TextValue)
        elif "ConceptCodeSequence" in item:
            out.setdefault(name, []).append(item.ConceptCodeSequence[0].CodeValue)
        elif "MeasuredValueSequence" in item:
            out.setdefault(name, []).append(item.MeasuredValueSequence[0].NumericValue)
    return out


def test_the_report_says_not_screened_and_why_with_no_score(store, tmp_path):
    path = tag_lateral_dicom(tmp_path, PatientAge="004Y")
    case = store.add_not_screened(path, refusal_of(path))
    sr = sr_of(case, store)
    got = items(sr)
    assert got["121106"][0].startswith("NOT SCREENED. This X-ray was not analysed")
    assert "Why it was not screened: This is a side (lateral) view" in got["121106"][1]
    assert got["121106"][1].endswith("(lateral_view)")
    assert "Screening aid, not a diagnosis" in got["121106"][2]
    assert got["121071"] == ["NOT-SCREENED"] and got["REFUSAL-CODE"] == ["lateral_view"]
    for absent in ("SCORE", "THRESHOLD", "OPERATING-POINT", "111001", "MODEL-SHA256"):
        assert absent not in got
    assert sr.SeriesDescription.startswith("NOT SCREENED")
    assert sr.CurrentRequestedProcedureEvidenceSequence[0].StudyInstanceUID == case.uids.study_uid
    # The hospital's monitoring never counts it as a screening.
    assert parse_report(sr.to_json_dict()) is None
    # The screening report refuses a not-screened case (it would need a score).
    with pytest.raises(ValueError):
        structured_report(case, pydicom.dcmread(io.BytesIO(store.original_bytes(case))),
                          "2.25.1", None)


def test_no_adult_warning_about_a_score_in_a_not_screened_report(store, tmp_path):
    path = tag_lateral_dicom(tmp_path)  # the SIIM chest is a 62-year-old
    case = store.add_not_screened(path, refusal_of(path))
    assert "OUTSIDE-USE" not in items(sr_of(case, store))  # "its score was not checked": none
