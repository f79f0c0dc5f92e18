"""One CXR Screen structured report read back into plain figures.

A report is CXR Screen's when its Manufacturer is "CXR Screen" AND its content holds the
screening score coded in CXR Screen's private scheme (99CXRSCREEN, see core/sync/builders.py).
Anything else (another program's SR, a report with the same manufacturer text but other content)
is ignored, never guessed at.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass

import pydicom

from ..core.sync.builders import LOCAL_SCHEME, MANUFACTURER

POSITIVE_CODE = "PNEUMONIA-SIGNS"


@dataclass(frozen=True)
class ScreeningRecord:
    sop_uid: str
    study_uid: str  # one case = one study
    revision: int  # the SR's Instance Number: a later review sends a higher one
    screened_at: str  # ISO 8601 UTC
    device: str
    site: str
    app_version: str
    model_name: str
    model_version: str
    model_sha256: str
    operating_point: str
    threshold: float
    score: float
    referred: bool  # the screening said "signs of pneumonia, refer"
    review: str  # "agree", "disagree", "uncertain" or "" (not reviewed)

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def clinician_positive(self) -> bool | None:
        """The clinician's reading implied by the review (None: not reviewed or uncertain)."""
        if self.review == "agree":
            return self.referred
        if self.review == "disagree":
            return not self.referred
        return None


def parse_report(data: bytes) -> ScreeningRecord | None:
    """The record, or None when the instance is not a CXR Screen screening report."""
    try:
        ds = pydicom.dcmread(io.BytesIO(data), force=True)
    except Exception:  # noqa: BLE001 - pydicom raises many kinds on a damaged file: not ours
        return None
    if str(ds.get("Manufacturer", "")) != MANUFACTURER or "ContentSequence" not in ds:
        return None
    text: dict[str, str] = {}
    nums: dict[str, float] = {}
    codes: dict[str, str] = {}
    for item in ds.ContentSequence:
        concept = (item.get("ConceptNameCodeSequence") or [None])[0]
        if concept is None:
            continue
        key = _code(concept)
        if "TextValue" in item:
            text[key] = str(item.TextValue)
        elif "MeasuredValueSequence" in item and item.MeasuredValueSequence:
            nums[key] = float(item.MeasuredValueSequence[0].NumericValue)
        elif "ConceptCodeSequence" in item and item.ConceptCodeSequence:
            value = item.ConceptCodeSequence[0]
            if str(value.get("CodingSchemeDesignator", "")) == LOCAL_SCHEME:
                codes[key] = _code(value)
        if key == "SCORE" and str(concept.get("CodingSchemeDesignator", "")) != LOCAL_SCHEME:
            return None
    if "SCORE" not in nums or "121071" not in codes:
        return None
    screened = text.get("SCREENED-AT") or _iso(ds.get("StudyDate", ""), ds.get("StudyTime", ""))
    decision = codes.get("REVIEW-DECISION", "").lower()
    return ScreeningRecord(
        sop_uid=str(ds.SOPInstanceUID), study_uid=str(ds.StudyInstanceUID),
        revision=int(ds.get("InstanceNumber") or 1), screened_at=screened,
        device=text.get("DEVICE-NAME") or str(ds.get("StationName", "")) or "unknown",
        site=text.get("SITE", "").strip("-") or str(ds.get("InstitutionName", "")) or "unknown",
        app_version=text.get("APP-VERSION", "unknown"),
        model_name=text.get("111001", ""), model_version=text.get("111003", "unknown"),
        model_sha256=text.get("MODEL-SHA256", ""),
        operating_point=text.get("OPERATING-POINT", ""), threshold=nums.get("THRESHOLD", 0.5),
        score=nums["SCORE"], referred=codes["121071"] == POSITIVE_CODE,
        review=decision if decision in ("agree", "disagree", "uncertain") else "")


def _code(item) -> str:
    """A code's value: CodeValue, or LongCodeValue for codes over 16 characters."""
    return str(item.get("CodeValue") or item.get("LongCodeValue") or "")


def _iso(date: str, time: str) -> str:
    date, time = str(date), str(time or "000000")
    if len(date) != 8:
        return "1970-01-01T00:00:00Z"
    return f"{date[:4]}-{date[4:6]}-{date[6:]}T{time[:2]}:{time[2:4]}:{time[4:6] or '00'}Z"
