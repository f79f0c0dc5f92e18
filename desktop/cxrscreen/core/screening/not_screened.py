"""A refused film that may still be a chest: sent, not screened, for a clinician's reading.

The input check (or the DICOM header) refuses what must not be scored. Some refused films may
still show the child's chest, and the child must not be left with nothing (issue 22): on the
health worker's explicit choice such a film is stored as a *not screened* case and sent to the
hospital's PACS with a structured report that says plainly it was NOT screened, and why. No score
is made, stored or sent for it.

Which refusals qualify (``may_be_chest``):

- ``lateral_view``: a side view of the chest (from the ViewPosition tag, or from the check);
- ``rotated``, ``inverted``: the check saw a turned or negative chest it could not put right;
- ``not_chest`` only when the file is a DICOM whose BodyPartExamined names the chest: the
  console says chest, the check doubts it (a real lateral chest is refused so).

Never: a file that cannot be read or decoded (``unreadable``, ``unsupported``, ``too_large``), a
thumbnail (``too_small``: export the full image instead), what is not an X-ray (``not_xray``), a
DICOM that says it is another body part or modality (the hip is ``not_chest`` from its tags), or
a JPEG/PNG the check calls ``not_chest`` (nothing says it is a chest).

Plain Python, no Qt: the store, the CLI, the sync and the window use it.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ImageRefused
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..xray.contract import XRay, check_not_blank, check_size
from ..xray.dicom import CHEST_WORDS, read_dicom
from ..xray.raster import read_raster
from ..xray.read import _read_bytes, detect_format

NOT_SCREENED_LABEL = "NOT_SCREENED"  # the stored label of a not-screened case: no score exists
ALWAYS = ("lateral_view", "rotated", "inverted")
CHEST_BY_TAG = ("not_chest",)

# What the window, the report and the SR say. A screening aid, not a diagnosis: plainly.
NOT_SCREENED_HEADLINE = QT_TRANSLATE_NOOP(
    "NotScreened", "NOT SCREENED: sent for a clinician's reading")
NOT_SCREENED_EXPLAINED = QT_TRANSLATE_NOOP(
    "NotScreened",
    "This X-ray was NOT screened: CXR Screen made no result and no score for it. It is sent to "
    "the hospital for a clinician to read. CXR Screen is a screening aid, not a diagnosis.")
NOT_SCREENED_CHILD_NOW = QT_TRANSLATE_NOOP(
    "NotScreened",
    "If the child is unwell, refer to a clinician now; do not wait for the reading.")
WHY = QT_TRANSLATE_NOOP("NotScreened", "Why it was not screened: %1")


def is_not_screened(case_or_screening) -> bool:
    """True for a stored not-screened case (or its Screening record)."""
    screening = getattr(case_or_screening, "screening", case_or_screening)
    return getattr(screening, "label", "") == NOT_SCREENED_LABEL


def may_be_chest(code: str, body_part: str = "", source_format: str = "") -> bool:
    """Whether a film refused with ``code`` may be sent, not screened, for a reading."""
    if code in ALWAYS:
        return True
    part = (body_part or "").upper()
    return (code in CHEST_BY_TAG and source_format == "dicom"
            and any(word in part for word in CHEST_WORDS))


def film_may_be_chest(source: bytes | str | Path, code: str) -> bool:
    """``may_be_chest`` for a refused file (its bytes or its path): reads the file, and only
    the DICOM header (no pixels), when the body part decides. False for a file whose header
    cannot be read."""
    if code in ALWAYS:
        return True
    if code not in CHEST_BY_TAG:
        return False
    try:
        data = _read_bytes(source)
    except ImageRefused:
        return False
    if detect_format(data[:132]) != "dicom":
        return False
    import io

    import pydicom

    try:
        ds = pydicom.dcmread(io.BytesIO(data), force=True, stop_before_pixels=True)
        part = str(ds.get("BodyPartExamined", "") or "")
    except Exception:  # noqa: BLE001 (a damaged header, of any kind, is not known to be a chest)
        return False
    return may_be_chest(code, part, "dicom")


def read_refused(data: bytes) -> XRay:
    """The refused film read for storing and showing, without the header's chest checks (the
    refusal is kept with the case). Raises ImageRefused when it cannot be read at all."""
    kind = detect_format(data[:132])
    if kind is None:
        raise ImageRefused("unreadable", QT_TRANSLATE_NOOP(
            "Refusal", "This file is not an image the application can read (it is not DICOM, "
            "JPEG or PNG). Export the X-ray again from the machine's console."))
    xray = read_dicom(data, check_tags=False) if kind == "dicom" else read_raster(data, kind)
    check_size(*xray.shape)
    check_not_blank(xray.pixels)
    return xray


def refusal_record(refusal: ImageRefused) -> dict:
    """What is stored with the case: the code, the English template and its values (the window
    shows it in the person's language, the SR in English), and the input check's figures."""
    return {"code": refusal.code, "template": refusal.template,
            "params": {k: str(v) for k, v in refusal.params.items()},
            "input_check": dict(refusal.input_check or {})}


def refusal_text(record: dict, translated: bool = True) -> str:
    """The refusal's message from a stored record: translated for the window and the report,
    English (``translated=False``) for the SR."""
    template = record.get("template") or record.get("code", "")
    text = translate("Refusal", template) if translated else template
    try:
        return text.format(**(record.get("params") or {}))
    except (KeyError, IndexError, ValueError):
        return text


def reason_line(record: dict, translated: bool = True) -> str:
    """"Why it was not screened: <message> (lateral_view)"."""
    why = translate("NotScreened", WHY) if translated else WHY
    return why.replace("%1", f"{refusal_text(record, translated)} ({record.get('code', '')})")
