"""One CXR Screen structured report, read from its DICOM JSON metadata (WADO-RS), into plain
figures.

A report is CXR Screen's when its Manufacturer is "CXR Screen" AND its content holds the
screening score coded in CXR Screen's private scheme (99CXRSCREEN, see core/sync/builders.py).
Anything else (another program's SR, a report with the same manufacturer text but other content)
is ignored, never guessed at. DICOM JSON rather than the DICOM file: the same content, but
pydicom took about 17 ms to walk one report's nested sequences here, json.loads well under 1 ms,
and 10,000 reports must be read within the two minutes the first run is allowed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..core.sync.builders import LOCAL_SCHEME, MANUFACTURER

POSITIVE_CODE = "PNEUMONIA-SIGNS"
from ..core.sync.not_screened_report import NOT_SCREENED_CODE  # never a screening
# DICOM JSON tags (PS3.18 F.2) of what is read.
MANUFACTURER_TAG, CONTENT, CONCEPT_NAME = "00080070", "0040A730", "0040A043"
CODE_VALUE, SCHEME, LONG_CODE_VALUE = "00080100", "00080102", "00080119"
TEXT_VALUE, MEASURED, NUMERIC, CONCEPT_CODE = "0040A160", "0040A300", "0040A30A", "0040A168"
SOP_UID, STUDY_UID, INSTANCE_NUMBER = "00080018", "0020000D", "00200013"
STATION, INSTITUTION, STUDY_DATE, STUDY_TIME = "00081010", "00080080", "00080020", "00080030"


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


def _values(ds: dict, tag: str) -> list:
    return (ds.get(tag) or {}).get("Value") or []


def _first(ds: dict, tag: str, default=""):
    values = _values(ds, tag)
    if not values:
        return default
    value = values[0]
    if isinstance(value, dict) and "Alphabetic" in value:  # a person name
        return value["Alphabetic"]
    return value


def _code(item: dict) -> str:
    """A code's value: CodeValue, or LongCodeValue for codes over 16 characters."""
    return str(_first(item, CODE_VALUE) or _first(item, LONG_CODE_VALUE))


def parse_report(ds: dict) -> ScreeningRecord | None:
    """The record from one instance's DICOM JSON, or None when it is not a CXR Screen
    screening report."""
    if _first(ds, MANUFACTURER_TAG) != MANUFACTURER or not _values(ds, CONTENT):
        return None
    text: dict[str, str] = {}
    nums: dict[str, float] = {}
    codes: dict[str, str] = {}
    try:
        for item in _values(ds, CONTENT):
            concept = (_values(item, CONCEPT_NAME) or [None])[0]
            if not isinstance(concept, dict):
                continue
            key = _code(concept)
            if key == "SCORE" and _first(concept, SCHEME) != LOCAL_SCHEME:
                return None
            if TEXT_VALUE in item:
                text[key] = str(_first(item, TEXT_VALUE))
            elif _values(item, MEASURED):
                nums[key] = float(_first(_values(item, MEASURED)[0], NUMERIC))
            elif _values(item, CONCEPT_CODE):
                value = _values(item, CONCEPT_CODE)[0]
                if _first(value, SCHEME) == LOCAL_SCHEME:
                    codes[key] = _code(value)
        if codes.get("121071") == NOT_SCREENED_CODE:
            return None  # not screened: it has no score, and is not counted as a screening
        if "SCORE" not in nums or "121071" not in codes:
            return None
        screened = text.get("SCREENED-AT") or _iso(str(_first(ds, STUDY_DATE)),
                                                   str(_first(ds, STUDY_TIME)))
        decision = codes.get("REVIEW-DECISION", "").lower()
        return ScreeningRecord(
            sop_uid=str(_first(ds, SOP_UID)), study_uid=str(_first(ds, STUDY_UID)),
            revision=int(_first(ds, INSTANCE_NUMBER, 1) or 1), screened_at=screened,
            device=text.get("DEVICE-NAME") or str(_first(ds, STATION)) or "unknown",
            site=text.get("SITE", "").strip("-") or str(_first(ds, INSTITUTION)) or "unknown",
            app_version=text.get("APP-VERSION", "unknown"),
            model_name=text.get("111001", ""), model_version=text.get("111003", "unknown"),
            model_sha256=text.get("MODEL-SHA256", ""),
            operating_point=text.get("OPERATING-POINT", ""),
            threshold=nums.get("THRESHOLD", 0.5), score=nums["SCORE"],
            referred=codes["121071"] == POSITIVE_CODE,
            review=decision if decision in ("agree", "disagree", "uncertain") else "")
    except (TypeError, ValueError, AttributeError, IndexError):
        return None  # malformed content: not a report this program wrote


def _iso(date: str, time: str) -> str:
    time = time or "000000"
    if len(date) != 8:
        return "1970-01-01T00:00:00Z"
    return f"{date[:4]}-{date[4:6]}-{date[6:]}T{time[:2]}:{time[2:4]}:{time[4:6] or '00'}Z"
