"""Shared steps of the sync tests."""

from __future__ import annotations

from store_fakes import DICOM_DIR, FakeScreener, jpegs
from orthanc_server import Orthanc

from cxrscreen.core.store.case_store import CaseStore
from cxrscreen.core.store.outbox import Outbox

SR_CLASS = "1.2.840.10008.5.1.4.1.1.88.33"


def fill(store: CaseStore, n_jpeg: int, dicom: bool = True, offset: int = 0) -> list[str]:
    """Import finalised cases: ``n_jpeg`` JPEGs and, if asked, one real DICOM."""
    paths = jpegs(n_jpeg, offset=offset) + ([DICOM_DIR / "SIIM_chest_CR_jpeg_baseline.dcm"]
                                            if dicom else [])
    screener = FakeScreener()
    return [store.import_file(p, screener, {"patient_id": f"T{i}"}, finalise=True).id
            for i, p in enumerate(paths)]


def assert_all_sent_exactly_once(store: CaseStore, server: Orthanc) -> None:
    """Every case is ``sent`` locally, nothing is queued, and on the server each case's study holds
    exactly its image and its reports (checked with QIDO-RS): no duplicate, nothing missing."""
    assert Outbox(store).count() == 0
    con = store._con()
    expected_total = 0
    for case in store.list_cases():
        assert case.state.value == "sent", case
        want = sorted(r[0] for r in con.execute(
            "SELECT sop_uid FROM outbox WHERE case_id = ? AND sent_at != ''", (case.id,)))
        found = server.instances(case.uids.study_uid)
        uids = sorted(i["00080018"]["Value"][0] for i in found)
        assert uids == want, f"case {case.id}: server has {uids}, expected {want}"
        classes = [i["00080016"]["Value"][0] for i in found]
        assert classes.count(SR_CLASS) == len(want) - 1  # one image, the rest reports
        expected_total += len(want)
    assert server.count() == expected_total
