"""Fill a real Orthanc the way the field does: several laptops (data folders with their own device
names and sites) import, finalise, sync, and clinicians review some cases (a new report each)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from orthanc_server import connection
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
from store_fakes import FakeScreener, jpegs

from helpers.accounts import store_for

from cxrscreen.core.settings import Settings, save_settings
from cxrscreen.core.sync import Backoff, DicomWebClient, SyncEngine

LAPTOPS = [("van-1", "North district"), ("van-2", "North district"), ("clinic-a", "South")]
DECISIONS = ["agree", "disagree", "agree", "uncertain", "agree", None]


@dataclass
class Expected:
    """What each laptop's own store says: the direct computation the monitor must agree with."""
    device: str
    site: str
    cases: list  # Case objects, latest state


def fill_from_laptops(root: Path, url: str, per_laptop: int = 4,
                      laptops: list[tuple[str, str]] = LAPTOPS, first: int = 0
                      ) -> list[Expected]:
    out = []
    screener = FakeScreener()
    for n, (device, site) in enumerate(laptops, start=first):
        store = store_for(root / device)  # signed in as the clinician, who also reviews
        # Each laptop's name and site, set as IT sets them: recorded with each case as it is
        # screened, and sent with it.
        save_settings(Settings(device_name=device, site=site), store.data_dir, store.cipher)
        try:
            ids = [store.import_file(p, screener, {"patient_id": f"{device}-{i}"},
                                     finalise=True).id
                   for i, p in enumerate(jpegs(per_laptop, offset=n * per_laptop))]
            engine = SyncEngine(store, connection(url), backoff=Backoff(base=0.05,
                                                                        max_attempts=3))
            assert engine.sync_all().ok
            for i, case_id in enumerate(ids):
                decision = DECISIONS[(i + n) % len(DECISIONS)]
                if decision:
                    store.review(case_id, decision)
            assert engine.sync_all().ok  # each review is a new report revision
            out.append(Expected(device, site, [store.get(i) for i in ids]))
        finally:
            store.close()
    return out


def foreign_reports(url: str) -> list[str]:
    """Two SRs CXR Screen did not write: another vendor's, and one that borrows the manufacturer
    name but has none of CXR Screen's content. The monitor must ignore both."""
    uids = []
    client = DicomWebClient(connection(url))
    for maker in ("Other Vendor AI", "CXR Screen"):
        ds = Dataset()
        ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.88.33"
        ds.SOPInstanceUID = generate_uid()
        ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
        ds.Modality, ds.Manufacturer, ds.PatientID = "SR", maker, "OTHER"
        ds.ValueType = "CONTAINER"
        item = Dataset()
        item.ValueType, item.RelationshipType = "TEXT", "CONTAINS"
        code = Dataset()
        code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = "SCORE", "99OTHER", "s"
        item.ConceptNameCodeSequence = [code]
        item.TextValue = "0.9"
        ds.ContentSequence = [item]
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID = (ds.SOPClassUID,
                                                                         ds.SOPInstanceUID)
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds.file_meta = meta
        buf = io.BytesIO()
        ds.save_as(buf, enforce_file_format=True)
        assert client.store([(ds.SOPInstanceUID, buf.getvalue())]).stored
        uids.append(ds.SOPInstanceUID)
    client.close()
    return uids


def direct_device_figures(expected: list[Expected]) -> dict[str, dict]:
    out = {}
    for e in expected:
        rows = {"cases": 0, "referred": 0, "reviewed": 0, "agree": 0, "disagree": 0,
                "tp": 0, "fn": 0, "tn": 0, "fp": 0}
        for case in e.cases:
            referred = case.screening.label == "PNEUMONIA"
            rows["cases"] += 1
            rows["referred"] += referred
            decision = case.review.decision.value if case.review else ""
            if decision:
                rows["reviewed"] += 1
            if decision in ("agree", "disagree"):
                rows[decision] += 1
                agree = decision == "agree"
                key = ("tp" if agree else "fp") if referred else ("tn" if agree else "fn")
                rows[key] += 1
        out[e.device] = rows
    return out
