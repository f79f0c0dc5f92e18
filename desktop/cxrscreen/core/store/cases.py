"""Case records: what one screened child's X-ray is, and the one-way states it moves through.

Plain data, no I/O. :mod:`cxrscreen.core.store` persists these; the CLI and the UI read them.

States move one way: ``screened`` -> ``finalised`` (queued for sending) -> ``sent``. Patient data
and the health worker's notes can change only while a case is ``screened``: once finalised, they are
what the hospital's server receives. A clinician's review can be recorded in any state.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from enum import Enum

import io

import numpy as np

from ..errors import CaseStateError, StoreError
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..xray.contract import XRay
from ..screening.not_screened import NOT_SCREENED_LABEL
from ..screening.results import ScreeningResult
from .files import sha256_hex

SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7"
SCREENED, NOT_SCREENED = "screened", "not_screened"  # case kinds (the cases.kind column)


class CaseState(str, Enum):
    SCREENED = "screened"
    FINALISED = "finalised"
    SENT = "sent"


class Decision(str, Enum):
    AGREE = "agree"
    DISAGREE = "disagree"
    UNCERTAIN = "uncertain"


# Allowed moves; everything else is refused.
TRANSITIONS = {
    CaseState.SCREENED: {CaseState.FINALISED},
    CaseState.FINALISED: {CaseState.SENT},
    CaseState.SENT: set(),
}

PATIENT_FIELDS = ("patient_id", "patient_name", "patient_sex", "patient_age", "birth_date")
PATIENT_SEXES = ("", "M", "F", "O")


def now_utc() -> str:
    """Timestamps are ISO 8601 in UTC with microseconds, so they sort as text."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def new_case_id() -> str:
    return str(uuid.uuid4())


def uid_from_uuid(value: uuid.UUID | None = None) -> str:
    """A DICOM UID under the 2.25 root (ISO/IEC 9834-8): unique without a registered org root."""
    return "2.25." + str((value or uuid.uuid4()).int)


@dataclass(frozen=True)
class Patient:
    """Patient and study fields: from the DICOM header, or typed by the health worker."""

    patient_id: str = ""
    patient_name: str = ""
    patient_sex: str = ""  # M, F, O or empty
    patient_age: str = ""  # DICOM age string, e.g. "004Y"
    birth_date: str = ""  # YYYYMMDD
    study_date: str = ""
    study_time: str = ""
    accession_number: str = ""
    institution: str = ""

    def with_changes(self, changes: dict[str, str]) -> Patient:
        unknown = set(changes) - set(PATIENT_FIELDS)
        if unknown:
            raise ValueError(f"not patient fields: {sorted(unknown)}")
        clean = {k: (v or "").strip() for k, v in changes.items()}
        if "patient_sex" in clean:
            clean["patient_sex"] = clean["patient_sex"].upper()[:1]
            if clean["patient_sex"] not in PATIENT_SEXES:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "Sex must be M, F or O (other), or left empty."),
                    code="invalid_field")
        return Patient(**{**asdict(self), **clean})

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class Review:
    reviewer: str
    decision: Decision
    note: str
    time: str
    sr_uid: str = ""  # the SR instance that carries this review to the server

    def to_dict(self) -> dict[str, str]:
        return {"reviewer": self.reviewer, "decision": self.decision.value, "note": self.note,
                "time": self.time}


@dataclass(frozen=True)
class Screening:
    """The screening result as stored (the heatmap is a content-addressed .npy file)."""

    score: float
    label: str
    threshold: float
    operating_point: str
    model_name: str
    model_version: str
    model_sha256: str
    heatmap_sha256: str
    heatmap_method: str
    # The input check's score, threshold, distance and corrections (empty for cases stored before
    # the check existed). The stored original is as received; ``corrections`` say how the screened
    # image was turned or inverted from it (core/input_check.py apply_corrections).
    input_check: dict = field(default_factory=dict)
    # Which laptop screened it, where, with which application version (core/identity.py), as they
    # were when it was screened: a case may be sent days later, after the laptop was renamed or
    # moved. Empty for cases stored before they were recorded (those are sent with the sending
    # laptop's identity).
    device_name: str = ""
    site: str = ""
    app_version: str = ""

    @property
    def corrections(self) -> list[str]:
        return list(self.input_check.get("corrections", []))

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class DicomUids:
    """Fixed once per case, so that a retry never creates a duplicate on the server."""

    study_uid: str
    image_series_uid: str
    image_sop_uid: str
    image_sop_class_uid: str
    sr_series_uid: str


@dataclass(frozen=True)
class Case:
    id: str
    state: CaseState
    created_at: str
    updated_at: str
    source_name: str
    source_format: str  # dicom, jpeg, png
    original_sha256: str
    original_size: int
    patient: Patient
    screening: Screening
    uids: DicomUids
    notes: str = ""
    review: Review | None = None
    finalised_at: str = ""
    sent_at: str = ""
    dicom_patient: Patient | None = field(default=None, repr=False)  # as found in the file
    purged_at: str = ""  # retention cleared the image and identifying values (a stub is left)
    # "screened", or "not_screened": a refused film that may be a chest, stored on the health
    # worker's choice and sent for a clinician's reading with no score (core/screening/
    # not_screened.py). ``refusal`` is then why it was refused (refusal_record()).
    kind: str = "screened"
    refusal: dict = field(default_factory=dict)

    @property
    def not_screened(self) -> bool:
        return self.kind == NOT_SCREENED

    @property
    def cleared(self) -> bool:
        return bool(self.purged_at)

    @property
    def score(self) -> float:
        return self.screening.score

    @property
    def label(self) -> str:
        return self.screening.label

    def to_dict(self) -> dict:
        return {
            "id": self.id, "state": self.state.value, "created_at": self.created_at,
            "updated_at": self.updated_at, "finalised_at": self.finalised_at,
            "sent_at": self.sent_at, "source_name": self.source_name,
            "source_format": self.source_format, "original_sha256": self.original_sha256,
            "original_size": self.original_size,
            "score": None if self.not_screened else round(self.screening.score, 4),
            "label": self.screening.label, "patient_id": self.patient.patient_id,
            "patient": self.patient.to_dict(), "screening": self.screening.to_dict(),
            "notes": self.notes, "review": self.review.to_dict() if self.review else None,
            "study_uid": self.uids.study_uid, "purged_at": self.purged_at,
            "kind": self.kind, "refusal": self.refusal or None,
        }


@dataclass(frozen=True)
class AuditEntry:
    case_id: str
    time: str
    action: str  # created, patient_updated, notes_set, finalised, reviewed, sent, ...
    actor: str
    details: dict


# A state's word in the errors that name one (translatable, core/i18n.py).
_STATE_WORDS = {"screened": QT_TRANSLATE_NOOP("StoreError", "screened"),
                "finalised": QT_TRANSLATE_NOOP("StoreError", "finalised"),
                "sent": QT_TRANSLATE_NOOP("StoreError", "sent")}


def _state_word(state: CaseState) -> str:
    return translate("StoreError", _STATE_WORDS.get(state.value, state.value))


def check_transition(case: Case, target: CaseState) -> None:
    if target not in TRANSITIONS[case.state]:
        raise CaseStateError(QT_TRANSLATE_NOOP(
            "StoreError", "Case {case} is already {state}; it cannot become {target} (a case "
            "only moves forward: screened, finalised, sent)."),
            case=case.id[:8], state=_state_word(case.state), target=_state_word(target))


def check_editable(case: Case, what: str) -> None:
    """``what`` ("notes") is marked ``QT_TRANSLATE_NOOP("StoreError", ...)`` by the caller."""
    if case.state is not CaseState.SCREENED:
        raise CaseStateError(QT_TRANSLATE_NOOP(
            "StoreError", "The {what} of case {case} can no longer be changed: the case is "
            "{state} and its data is queued for (or already at) the hospital. Add a note in a "
            "clinician review instead."), what=translate("StoreError", what), case=case.id[:8],
            state=_state_word(case.state))


def npy_bytes(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.save(buf, np.ascontiguousarray(array, dtype=np.float32), allow_pickle=False)
    return buf.getvalue()


def new_case(original: bytes, source_name: str, xray: XRay, result: ScreeningResult,
              overrides: dict | None, identity=None) -> Case:
    """``identity`` (a core.identity.DeviceIdentity) is recorded with the screening."""
    heat = npy_bytes(result.heatmap)
    return _case(original, source_name, xray, overrides, Screening(
            score=float(result.score), label=result.label, threshold=float(result.threshold),
            operating_point=result.operating_point, model_name=result.model.name,
            model_version=result.model.version, model_sha256=result.model.sha256,
            heatmap_sha256=sha256_hex(heat), heatmap_method=result.heatmap_method,
            input_check=dict(result.input_check),
            device_name=identity.device_name if identity else "",
            site=identity.site if identity else "",
            app_version=identity.app_version if identity else ""))


def new_not_screened_case(original: bytes, source_name: str, xray: XRay, refusal: dict,
                          overrides: dict | None, identity=None) -> Case:
    """A refused film stored, not screened, for a clinician's reading: no score, no threshold,
    no heatmap and no model (the pneumonia model never ran on it); ``refusal`` says why
    (core/screening/not_screened.py refusal_record)."""
    nan = float("nan")
    screening = Screening(
        score=nan, label=NOT_SCREENED_LABEL, threshold=nan, operating_point="", model_name="",
        model_version="", model_sha256="", heatmap_sha256="", heatmap_method="",
        input_check=dict(refusal.get("input_check") or {}),
        device_name=identity.device_name if identity else "",
        site=identity.site if identity else "",
        app_version=identity.app_version if identity else "")
    return _case(original, source_name, xray, overrides, screening, NOT_SCREENED, refusal)


def _case(original: bytes, source_name: str, xray: XRay, overrides: dict | None,
          screening: Screening, kind: str = SCREENED, refusal: dict | None = None) -> Case:
    info, now, is_dicom = xray.info, now_utc(), xray.source_format == "dicom"
    from_file = Patient(patient_id=info.patient_id, patient_name=info.patient_name,
                        patient_sex=info.patient_sex if info.patient_sex in ("M", "F", "O")
                        else "", patient_age=info.patient_age, birth_date=info.birth_date,
                        study_date=info.study_date, study_time=info.study_time,
                        accession_number=info.accession_number, institution=info.institution)
    patient = from_file.with_changes(overrides or {})
    return Case(
        id=new_case_id(), state=CaseState.SCREENED, created_at=now, updated_at=now,
        source_name=source_name, source_format=xray.source_format,
        original_sha256=sha256_hex(original), original_size=len(original), patient=patient,
        dicom_patient=from_file if is_dicom else None, screening=screening,
        kind=kind, refusal=dict(refusal or {}),
        uids=DicomUids(
            study_uid=(is_dicom and info.study_uid) or uid_from_uuid(),
            image_series_uid=(is_dicom and info.series_uid) or uid_from_uuid(),
            image_sop_uid=(is_dicom and info.sop_uid) or uid_from_uuid(),
            image_sop_class_uid=(is_dicom and info.sop_class_uid) or SECONDARY_CAPTURE,
            sr_series_uid=uid_from_uuid()),
    )

