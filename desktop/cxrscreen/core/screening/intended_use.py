"""Who the model is for: children. An age of 16 or more, typed by the health worker or read from
the DICOM header (PatientAge, else PatientBirthDate against the study date), puts a case outside
the intended use; the window, the printed report and the DICOM SR then say so beside the score,
which is still shown (issue 22: a 62-year-old was screened and finalised with no warning).

Plain Python, no Qt: the command line and the sync use it too.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..i18n import QT_TRANSLATE_NOOP, translate

ADULT_AGE_YEARS = 16  # the model was trained on children aged 1 to 5; 16 and over are adults here
_AGE = re.compile(r"^\s*(\d{1,3})\s*([YMWD]?)\s*$", re.IGNORECASE)
_DAYS_PER_UNIT = {"Y": 365.25, "M": 30.4375, "W": 7.0, "D": 1.0}


def _date(text: str) -> date | None:
    text = (text or "").strip()
    for fmt in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return datetime.strptime(text[:10] if "-" in text else text[:8], fmt).date()
        except ValueError:
            continue
    return None


def age_in_years(patient_age: str = "", birth_date: str = "", on: str = "") -> float | None:
    """The age in years from a DICOM age string ("062Y", "018M", "4"), else from the birth date
    on the date ``on`` (the study date, YYYYMMDD, else today); None when neither is known."""
    m = _AGE.match(patient_age or "")
    if m:
        return int(m.group(1)) * _DAYS_PER_UNIT[(m.group(2) or "Y").upper()] / 365.25
    born = _date(birth_date)
    if born is None:
        return None
    seen = _date(on) or date.today()
    if seen < born:
        return None
    return (seen - born).days / 365.25


def patient_age_years(patient) -> float | None:
    """``patient``: core.store.cases.Patient (or anything with the same fields)."""
    return age_in_years(getattr(patient, "patient_age", ""), getattr(patient, "birth_date", ""),
                        getattr(patient, "study_date", ""))


def is_adult(years: float | None) -> bool:
    return years is not None and years >= ADULT_AGE_YEARS


def outside_intended_use(patient) -> bool:
    return is_adult(patient_age_years(patient))


ADULT_WARNING = QT_TRANSLATE_NOOP(
    "IntendedUse",
    "Outside the intended use: this patient is {age} years old. CXR Screen is made for children "
    "(under {limit}); its score was not checked on adults and may be wrong. A clinician must "
    "read this X-ray.")


def adult_warning(patient) -> str:
    """The warning for ``patient``, or "" when the patient is a child or the age is unknown."""
    years = patient_age_years(patient)
    if not is_adult(years):
        return ""
    return translate("IntendedUse", ADULT_WARNING).format(age=int(years),
                                                          limit=ADULT_AGE_YEARS)
