"""The two DICOM instances a case sends: its image and its screening result as a structured report.

- Image: for a DICOM input, the original instance. It is sent byte for byte unless the health worker
  corrected the patient fields, in which case only the patient attributes are replaced (as a PACS
  does when reconciling patient data; UIDs and pixels are untouched). For JPEG/PNG, a DICOM
  Secondary Capture carrying the case's patient and study data and the image's grey values.
- Structured report (Comprehensive SR): references the image, carries the score, label, threshold,
  operating point, model name/version/sha256, the notes, the clinician's review if any, and the
  "screening aid, not a diagnosis" statement; and who sent it (device name, site, application
  version, in the content and as Station Name / Software Versions / Institution Name), which the
  hospital's monitoring groups by. An original DICOM image keeps its own Station Name (the X-ray
  machine's); a Secondary Capture made here carries the laptop's.
- A *not screened* case (a refused film sent for a clinician's reading) has the same image and
  its own report, which says it was not screened and why, with no score
  (not_screened_report.py).

All UIDs come from the case; the builders never invent one, so a rebuilt instance is the same
instance.
"""

from __future__ import annotations

import io
import re

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian

from ..store.cases import Case, Review
from ..identity import DeviceIdentity
from ..screening.intended_use import (ADULT_AGE_YEARS, ADULT_WARNING, outside_intended_use,
                                      patient_age_years)
from ..screening.results import DISCLAIMER, POSITIVE_LABEL, VIEW_UNCERTAIN_SUMMARY, view_doubted

MANUFACTURER = "CXR Screen"
LOCAL_SCHEME = "99CXRSCREEN"  # a private coding scheme (PS3.16 8.2: "99" prefix)
SC_SERIES_NUMBER, SR_SERIES_NUMBER = 9001, 9002


def image_instance(case: Case, original: bytes, identity: DeviceIdentity | None = None
                   ) -> tuple[bytes, Dataset]:
    """The image instance to send (bytes) and its header (the SR's evidence)."""
    if case.source_format == "dicom":
        ds = pydicom.dcmread(io.BytesIO(original), force=True)
        changed = _coerce_patient(ds, case)
        if ds.get("SOPInstanceUID") != case.uids.image_sop_uid:
            ds.SOPInstanceUID = case.uids.image_sop_uid
            ds.StudyInstanceUID, ds.SeriesInstanceUID = (case.uids.study_uid,
                                                         case.uids.image_series_uid)
            ds.file_meta.MediaStorageSOPInstanceUID = case.uids.image_sop_uid
            changed = True
        return (_encode(ds) if changed else original), ds
    ds = secondary_capture(case, original, identity)
    return _encode(ds), ds


def secondary_capture(case: Case, original: bytes, identity: DeviceIdentity | None = None
                      ) -> Dataset:
    from PIL import Image

    img = Image.open(io.BytesIO(original))
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        pixels, bits = np.asarray(img, dtype=np.uint16), 16
    else:
        pixels, bits = np.asarray(img.convert("L"), dtype=np.uint8), 8
    ds = Dataset()
    _patient_study(ds, case)
    ds.SOPClassUID = case.uids.image_sop_class_uid
    ds.SOPInstanceUID = case.uids.image_sop_uid
    ds.SeriesInstanceUID = case.uids.image_series_uid
    ds.Modality, ds.SeriesNumber, ds.InstanceNumber = "OT", SC_SERIES_NUMBER, 1
    ds.SeriesDescription = f"Chest X-ray ({case.source_format.upper()} import)"
    ds.ConversionType = "WSD"
    ds.BodyPartExamined = "CHEST"
    ds.PatientOrientation = ""
    ds.ImageComments = f"Imported from {case.source_name} (sha256 {case.original_sha256})"
    ds.BurnedInAnnotation = "NO"
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.Rows, ds.Columns = int(pixels.shape[0]), int(pixels.shape[1])
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = bits, bits, bits - 1
    ds.PixelRepresentation = 0
    ds.PixelData = np.ascontiguousarray(pixels).tobytes()
    if identity is not None:
        _identify(ds, case, identity)
    _file_meta(ds)
    return ds


def _identify(ds: Dataset, case: Case, identity: DeviceIdentity) -> None:
    """Station Name, Software Versions and (when the case names no institution) the site."""
    ds.StationName = identity.station_name
    ds.SoftwareVersions = ([identity.software] if case.not_screened else  # no model ran
                           [identity.software,
                            f"{case.screening.model_name} {case.screening.model_version}"])
    if not case.patient.institution and identity.site:
        ds.InstitutionName = identity.site[:64]


def input_check_text(check: dict) -> str:
    """The input check in words for the SR: model, figures against thresholds, corrections."""
    model = check.get("model") or {}
    parts = [f"{model.get('name', '?')} {model.get('version', '?')}: accepted as a frontal chest "
             f"X-ray, score {check.get('score')} (threshold {check.get('threshold')}), feature "
             f"distance {check.get('distance')} (threshold {check.get('distance_threshold')})"
             + _view_words(check)]
    parts += list(check.get("notes") or [])
    return ". ".join(parts)


def _view_words(check: dict) -> str:
    if check.get("view_evidence_threshold") is not None:  # checks 1.2.0 on
        return (f", two-sided view score {check.get('view_score')} and layout distance "
                f"{check.get('layout_distance')}: side-view evidence {check.get('view_evidence')} "
                f"(threshold {check.get('view_evidence_threshold')})")
    if check.get("view_threshold") is not None:
        return (f", two-sided view score {check.get('view_score')} (threshold "
                f"{check.get('view_threshold')})")
    return ""


def structured_report(case: Case, image: Dataset, sr_uid: str, review: Review | None,
                      revision: int = 1, identity: DeviceIdentity | None = None) -> bytes:
    """The screening result as a Comprehensive SR that references ``image``."""
    import highdicom as hd
    from highdicom.sr import (CodeContentItem, ImageContentItem, NumContentItem,
                              TextContentItem)

    def code(value: str, meaning: str, scheme: str = LOCAL_SCHEME) -> hd.sr.CodedConcept:
        return hd.sr.CodedConcept(value, scheme, meaning)

    def text(name: hd.sr.CodedConcept, value: str) -> TextContentItem:
        return TextContentItem(name=name, value=value[:1024] or "-", relationship_type="CONTAINS")

    if case.not_screened:  # no score exists: not_screened_report.py says so, plainly
        raise ValueError("a not-screened case has its own report (not_screened_report.py)")
    s = case.screening
    positive = s.label == POSITIVE_LABEL
    unit = code("1", "no units", "UCUM")
    items = [
        text(code("121106", "Comment", "DCM"), DISCLAIMER),
        *([text(code("121106", "Comment", "DCM"), VIEW_UNCERTAIN_SUMMARY)]
          if view_doubted(s) else []),
        CodeContentItem(
            name=code("121071", "Finding", "DCM"),
            value=code("PNEUMONIA-SIGNS" if positive else "NO-PNEUMONIA-SIGNS",
                       "Signs of pneumonia, refer to a clinician" if positive
                       else "No signs of pneumonia detected"),
            relationship_type="CONTAINS"),
        # a code value of at most 16 characters (DICOM SH), or it goes in LongCodeValue
        *([text(code("OUTSIDE-USE", "Outside the intended use"),
                 ADULT_WARNING.format(age=int(patient_age_years(case.patient)),
                                      limit=ADULT_AGE_YEARS))]
          if outside_intended_use(case.patient) else []),
        NumContentItem(name=code("SCORE", "Pneumonia screening score"), value=float(s.score),
                       unit=unit, relationship_type="CONTAINS"),
        NumContentItem(name=code("THRESHOLD", "Decision threshold"), value=float(s.threshold),
                       unit=unit, relationship_type="CONTAINS"),
        text(code("OPERATING-POINT", "Operating point"), s.operating_point),
        text(code("111001", "Algorithm Name", "DCM"), s.model_name),
        text(code("111003", "Algorithm Version", "DCM"), s.model_version),
        text(code("MODEL-SHA256", "Model file sha256"), s.model_sha256),
        text(code("SCREENED-AT", "Screening time (UTC)"), case.created_at),
        ImageContentItem(name=code("121112", "Source of Measurement", "DCM"),
                         referenced_sop_class_uid=image.SOPClassUID,
                         referenced_sop_instance_uid=image.SOPInstanceUID,
                         relationship_type="CONTAINS"),
    ]
    check = s.input_check
    if check:
        items += [
            NumContentItem(name=code("INPUT-CHECK-SCORE", "Input check score (frontal chest X-ray)"),
                           value=float(check.get("score") or 0.0), unit=unit,
                           relationship_type="CONTAINS"),
            NumContentItem(name=code("INPUT-CHECK-THRESHOLD", "Input check threshold"),
                           value=float(check.get("threshold") or 0.0), unit=unit,
                           relationship_type="CONTAINS"),
            text(code("INPUT-CHECK", "Input check"), input_check_text(check)),
        ]
    items += sender_items(case, identity, code, text)
    if review is not None:
        items += [
            text(code("REVIEWER", "Reviewing clinician"), review.reviewer),
            CodeContentItem(name=code("REVIEW-DECISION", "Clinician review decision"),
                            value=code(review.decision.value.upper(),
                                       f"Clinician {review.decision.value}s with the screening"
                                       if review.decision.value != "uncertain"
                                       else "Clinician is uncertain"),
                            relationship_type="CONTAINS"),
            text(code("REVIEW-NOTE", "Clinician review note"), review.note),
            text(code("REVIEW-TIME", "Review time (UTC)"), review.time),
        ]
    return report_file(case, image, items, sr_uid, revision, identity,
                       when=review.time if review else case.finalised_at or case.created_at,
                       description="Pneumonia screening result (screening aid, not a diagnosis)",
                       software=[f"{s.model_name} {s.model_version}"])


def sender_items(case: Case, identity: DeviceIdentity | None, code, text) -> list:
    """Who sent the report (device, site, application) and the health worker's notes."""
    items = []
    if identity is not None:
        items += [text(code("DEVICE-NAME", "Screening device"), identity.device_name),
                  # no site set: no item (it read "Screening site: -", issue 22)
                  *([text(code("SITE", "Screening site"), identity.site)] if identity.site
                    else []),
                  text(code("APP-VERSION", "Application version"), identity.software)]
    if case.notes:
        items.append(text(code("HEALTH-WORKER-NOTES", "Health worker notes"), case.notes))
    return items


def report_file(case: Case, image: Dataset, items: list, sr_uid: str, revision: int,
                identity: DeviceIdentity | None, when: str, description: str,
                software: list[str]) -> bytes:
    """A Comprehensive SR of ``items`` under a "Diagnostic imaging report" container, in the
    case's study, referencing ``image``; ``software`` follows the application's version."""
    import highdicom as hd
    from highdicom.sr import ContainerContentItem

    root = ContainerContentItem(name=hd.sr.CodedConcept("18748-4", "LN",
                                                        "Diagnostic imaging report"),
                                template_id=None)
    root.ContentSequence = items
    sr = hd.sr.ComprehensiveSR(
        evidence=[image], content=root, series_instance_uid=case.uids.sr_series_uid,
        series_number=SR_SERIES_NUMBER, sop_instance_uid=sr_uid, instance_number=revision,
        manufacturer=MANUFACTURER, is_complete=True,
        institution_name=case.patient.institution or (identity.site[:64] if identity else "")
        or None)
    if identity is not None:
        sr.StationName = identity.station_name
        sr.SoftwareVersions = [identity.software, *software] if software else identity.software
    sr.ContentDate, sr.ContentTime = _da_tm(when)
    sr.TimezoneOffsetFromUTC = "+0000"  # the case's timestamps are UTC
    sr.SeriesDescription = description
    return _encode(sr)


def _patient_study(ds: Dataset, case: Case) -> None:
    p = case.patient
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.PatientID, ds.PatientName = p.patient_id, p.patient_name.replace(" ", "^", 1)
    ds.PatientSex, ds.PatientBirthDate = p.patient_sex, p.birth_date
    age = dicom_age(p.patient_age)
    if age:
        ds.PatientAge = age
    ds.StudyInstanceUID = case.uids.study_uid
    date, time = _da_tm(case.created_at)
    ds.StudyDate, ds.StudyTime = p.study_date or date, p.study_time or time
    ds.ContentDate, ds.ContentTime = date, time
    ds.AccessionNumber, ds.StudyID, ds.ReferringPhysicianName = p.accession_number, "", ""
    ds.Manufacturer, ds.InstitutionName = MANUFACTURER, p.institution
    ds.StudyDescription = "Chest X-ray, pneumonia screening"


def _coerce_patient(ds: Dataset, case: Case) -> bool:
    """Apply the health worker's corrections to the patient attributes; True if any changed."""
    if case.dicom_patient is None or case.patient == case.dicom_patient:
        return False
    p, before = case.patient, case.dicom_patient
    pairs = [("PatientID", p.patient_id, before.patient_id),
             ("PatientName", p.patient_name.replace(" ", "^", 1), None),
             ("PatientSex", p.patient_sex, before.patient_sex),
             ("PatientAge", dicom_age(p.patient_age), dicom_age(before.patient_age)),
             ("PatientBirthDate", p.birth_date, before.birth_date)]
    if p.patient_name == before.patient_name:
        pairs.pop(1)
    for keyword, new, old in pairs:
        if new != old:
            setattr(ds, keyword, new)
    ds.SpecificCharacterSet = "ISO_IR 192"
    return True


def dicom_age(text: str) -> str:
    """'4', '4y', '004Y', '18 months' -> a DICOM age string ('004Y', '018M'); '' if unclear."""
    m = re.fullmatch(r"\s*(\d{1,3})\s*([dwmy]?)[a-z]*\s*", text.lower())
    if not m:
        return ""
    return f"{int(m.group(1)):03d}{(m.group(2) or 'y').upper()}"


def _da_tm(iso: str) -> tuple[str, str]:
    digits = re.sub(r"\D", "", iso)
    return digits[:8], digits[8:14]


def _file_meta(ds: Dataset) -> None:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = meta


def _encode(ds: Dataset) -> bytes:
    if "TransferSyntaxUID" not in getattr(ds, "file_meta", Dataset()):
        _file_meta(ds)
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()
