"""The case store: import, one-way states, review, audit, dedupe, start-up clean-up."""

from __future__ import annotations

import io
import os
import sqlite3
import stat
import sys
from pathlib import Path

import numpy as np
import pydicom
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import DICOM_DIR, NO_DATA, FakeScreener, fake_result, have_data, jpegs  # noqa: E402

from cxrscreen.core.store.cases import CaseState  # noqa: E402
from cxrscreen.core.errors import CaseNotFound, CaseStateError  # noqa: E402
from cxrscreen.core.errors import ImageRefused  # noqa: E402
from cxrscreen.core.xray.read import read_xray  # noqa: E402
from cxrscreen.core.errors import AlreadyStored  # noqa: E402
from helpers.accounts import CLINICIAN, store_for  # noqa: E402
from cxrscreen.core.store.schema import SCHEMA_VERSION  # noqa: E402
from cxrscreen.core.sync.builders import image_instance, structured_report  # noqa: E402
from cxrscreen.core.store.outbox import Outbox  # noqa: E402

pytestmark = pytest.mark.skipif(not have_data(), reason=NO_DATA)


@pytest.fixture
def store(tmp_path):
    s = store_for(tmp_path / "data")
    yield s
    s.close()


def test_import_keeps_original_heatmap_and_result(store):
    path = jpegs(1)[0]
    case = store.import_file(path, FakeScreener(), {"patient_id": "CH-001", "patient_sex": "f"})
    assert case.state is CaseState.SCREENED
    assert store.original_bytes(case) == path.read_bytes()
    assert case.original_sha256 == __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    assert store.heatmap(case).shape == (7, 7) and store.heatmap(case).dtype == np.float32
    again = store.get(case.id)
    assert again == case and again.patient.patient_sex == "F"
    assert again.screening.model_name == "test-model"
    assert [e.action for e in store.audit(case.id)] == ["created"]


def test_data_dir_is_owner_only(tmp_path):
    store_for(tmp_path / "new" / "data").close()
    mode = stat.S_IMODE((tmp_path / "new" / "data").stat().st_mode)
    assert mode == 0o700
    con = sqlite3.connect(tmp_path / "new" / "data" / "cases.sqlite3")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_dicom_fields_come_from_the_file(store):
    case = store.import_file(DICOM_DIR / "SIIM_chest_CR_jpeg_baseline.dcm", FakeScreener())
    ds = pydicom.dcmread(DICOM_DIR / "SIIM_chest_CR_jpeg_baseline.dcm", stop_before_pixels=True)
    assert case.patient.patient_id == ds.PatientID
    assert case.uids.image_sop_uid == ds.SOPInstanceUID
    assert case.uids.study_uid == ds.StudyInstanceUID


def test_refused_file_creates_nothing(store):
    with pytest.raises(ImageRefused) as err:
        store.import_file(DICOM_DIR / "WG04_RG2_RLE_hip_CR.dcm", FakeScreener())
    assert err.value.code == "not_chest"
    assert store.list_cases() == []
    assert list(store.files.all_shas()) == []


def test_same_xray_twice_is_stored_once(store):
    path = jpegs(1)[0]
    first = store.import_file(path, FakeScreener())
    with pytest.raises(AlreadyStored) as err:
        store.import_file(path, FakeScreener())
    assert err.value.case.id == first.id
    assert len(store.list_cases()) == 1


def test_states_move_one_way_and_freeze_patient_data(store):
    case = store.import_file(jpegs(1)[0], FakeScreener())
    case = store.update_patient(case.id, patient_id="CH-7", patient_age="4")
    case = store.set_notes(case.id, "cough for 5 days")
    assert (case.patient.patient_id, case.notes) == ("CH-7", "cough for 5 days")
    case = store.finalise(case.id)
    assert case.state is CaseState.FINALISED and case.finalised_at
    with pytest.raises(CaseStateError):
        store.finalise(case.id)
    with pytest.raises(CaseStateError):
        store.update_patient(case.id, patient_id="other")
    with pytest.raises(CaseStateError):
        store.set_notes(case.id, "changed")
    assert store.get(case.id).patient.patient_id == "CH-7"
    actions = [e.action for e in store.audit(case.id)]
    assert actions == ["created", "patient_updated", "notes_set", "finalised"]


def test_review_after_finalising_queues_a_new_report_with_a_fixed_uid(store):
    case = store.import_file(jpegs(1)[0], FakeScreener(), finalise=True)
    outbox = Outbox(store)
    first_sr = [i for i in outbox.pending() if i.kind == "sr"][0]
    outbox.record_attempt([first_sr])  # it may have reached the server: it must stay
    case = store.review(case.id, "disagree", "no consolidation")
    srs = [i for i in outbox.pending() if i.kind == "sr"]
    assert [i.sop_uid for i in srs][0] == first_sr.sop_uid
    assert len(srs) == 2 and srs[1].sop_uid == case.review.sr_uid != first_sr.sop_uid
    # A second review replaces the untried report of the first one, never a tried one.
    case = store.review(case.id, "agree", "on second look")
    srs = [i for i in outbox.pending() if i.kind == "sr"]
    assert len(srs) == 2 and srs[1].sop_uid == case.review.sr_uid
    assert case.review.decision.value == "agree"


def test_search_and_filters(store):
    a, b = jpegs(2)
    store.import_file(a, FakeScreener(), {"patient_id": "KAMPALA-12"}, finalise=True)
    store.import_file(b, FakeScreener(), {"patient_id": "GULU-3"})
    assert [c.patient.patient_id for c in store.list_cases(search="gulu")] == ["GULU-3"]
    assert len(store.list_cases(state="finalised")) == 1
    assert store.list_cases(since="2999-01-01") == []
    with pytest.raises(CaseNotFound):
        store.get("no-such-case")


def test_case_id_prefix_finds_the_case(store):
    case = store.import_file(jpegs(1)[0], FakeScreener())
    assert store.get(case.id[:8]).id == case.id


def test_recover_removes_leftovers_of_a_crash_and_keeps_cases(store, tmp_path):
    case = store.import_file(jpegs(1)[0], FakeScreener())
    orphan = store.files.put(b"half an import that never committed")
    dead_tmp = store.files.tmp / "999999999-deadbeef.tmp"
    dead_tmp.write_bytes(b"partial")
    report = store.recover()
    assert (report.removed_temp_files, report.quarantined_files) == (1, 1)
    assert not store.files.has(orphan) and not dead_tmp.exists()
    # The file no case points to is kept, encrypted, in the quarantine folder (issue 21).
    assert (store.data_dir / "quarantine" / f"{orphan}.enc").is_file()
    assert store.original_bytes(store.get(case.id))  # the case is intact
    assert report.cases_missing_files == []


def test_damaged_file_is_detected(store):
    case = store.import_file(jpegs(1)[0], FakeScreener())
    path = store.files.path(case.original_sha256)
    os.chmod(path, 0o600)
    path.write_bytes(b"garbage")
    with pytest.raises(Exception) as err:
        store.original_bytes(case)
    assert getattr(err.value, "code", "") == "damaged"


def test_builders_make_valid_instances_with_the_case_data(store):
    case = store.add_case(jpegs(1)[0].read_bytes(), "x.jpeg",
                          read_xray(jpegs(1)[0]), fake_result(0.81),
                          {"patient_id": "CH-9", "patient_name": "Amina Okello"}, finalise=True)
    case = store.review(case.id, "agree", "clear")
    data, header = image_instance(case, store.original_bytes(case))
    sc = pydicom.dcmread(io.BytesIO(data))
    assert sc.SOPInstanceUID == case.uids.image_sop_uid and sc.PatientID == "CH-9"
    assert str(sc.PatientName) == "Amina^Okello" and sc.Rows > 0
    sr = pydicom.dcmread(io.BytesIO(structured_report(case, header, case.review.sr_uid,
                                                      case.review)))
    assert sr.SOPInstanceUID == case.review.sr_uid and sr.StudyInstanceUID == case.uids.study_uid
    text = " ".join(_sr_values(sr))
    for needed in ("0.81", "test-model", "0.0.1", "ab" * 32, "Screening aid, not a diagnosis",
                   CLINICIAN, "AGREE", "Signs of pneumonia"):
        assert needed in text, needed
    ref = sr.CurrentRequestedProcedureEvidenceSequence[0].ReferencedSeriesSequence[0]
    assert ref.ReferencedSOPSequence[0].ReferencedSOPInstanceUID == case.uids.image_sop_uid


def _sr_values(sr) -> list[str]:
    out = []
    for item in sr.ContentSequence:
        if "TextValue" in item:
            out.append(str(item.TextValue))
        if "MeasuredValueSequence" in item:
            out.append(str(item.MeasuredValueSequence[0].NumericValue))
        if "ConceptCodeSequence" in item:
            out += [item.ConceptCodeSequence[0].CodeValue,
                    item.ConceptCodeSequence[0].CodeMeaning]
    return out
