"""The structured report of a *not screened* case: a refused film sent for a clinician's reading.

It says plainly, first, that the X-ray was NOT screened and why (the refusal's code and message),
and carries no score, no threshold, no operating point and no pneumonia model: none was made. The
finding is coded NOT-SCREENED in CXR Screen's private scheme, so the hospital's monitoring never
counts it as a screening (monitor/records.py). Otherwise it is built as the screening report is
(builders.py): the same study, the image as its evidence, who sent it, the notes. No adult
warning: it says the score was not checked on adults, and there is no score.
"""

from __future__ import annotations

from pydicom.dataset import Dataset

from ..identity import DeviceIdentity
from ..screening.not_screened import reason_line, refusal_text
from ..screening.results import DISCLAIMER
from ..store.cases import Case
from .builders import LOCAL_SCHEME, report_file, sender_items

NOT_SCREENED_CODE = "NOT-SCREENED"
NOT_SCREENED_SR_TEXT = (
    "NOT SCREENED. This X-ray was not analysed by the pneumonia screening model: there is no "
    "screening result and no score. It was sent for a clinician's reading. A clinician must "
    "read it.")
SERIES_DESCRIPTION = "NOT SCREENED: for a clinician's reading (CXR Screen)"


def refused_check_text(check: dict) -> str:
    """What the input check saw when it refused, in words (empty when the header refused)."""
    if not check:
        return ""
    model = check.get("model") or {}
    return (f"{model.get('name', '?')} {model.get('version', '?')}: refused ({check.get('code')})"
            f", frontal chest score {check.get('score')} (threshold {check.get('threshold')}), "
            f"feature distance {check.get('distance')} (threshold "
            f"{check.get('distance_threshold')})")


def not_screened_report(case: Case, image: Dataset, sr_uid: str, revision: int = 1,
                        identity: DeviceIdentity | None = None) -> bytes:
    """The Comprehensive SR of a not-screened case, referencing ``image``."""
    import highdicom as hd
    from highdicom.sr import CodeContentItem, ImageContentItem, TextContentItem

    if not case.not_screened:
        raise ValueError("a screened case has a screening report (builders.structured_report)")

    def code(value: str, meaning: str, scheme: str = LOCAL_SCHEME) -> hd.sr.CodedConcept:
        return hd.sr.CodedConcept(value, scheme, meaning)

    def text(name: hd.sr.CodedConcept, value: str) -> TextContentItem:
        return TextContentItem(name=name, value=value[:1024] or "-", relationship_type="CONTAINS")

    comment = code("121106", "Comment", "DCM")
    items = [
        text(comment, NOT_SCREENED_SR_TEXT),
        text(comment, reason_line(case.refusal, translated=False)),
        CodeContentItem(name=code("121071", "Finding", "DCM"),
                        value=code(NOT_SCREENED_CODE, "Not screened, for a clinician's reading"),
                        relationship_type="CONTAINS"),
        text(code("REFUSAL-CODE", "Why not screened (code)"), case.refusal.get("code", "")),
        text(code("REFUSAL-REASON", "Why not screened"),
             refusal_text(case.refusal, translated=False)),
        text(comment, DISCLAIMER),
        text(code("STORED-AT", "Stored at (UTC)"), case.created_at),
        ImageContentItem(name=code("121112", "Source of Measurement", "DCM"),
                         referenced_sop_class_uid=image.SOPClassUID,
                         referenced_sop_instance_uid=image.SOPInstanceUID,
                         relationship_type="CONTAINS"),
    ]
    check = refused_check_text(case.screening.input_check)
    if check:
        items.append(text(code("INPUT-CHECK", "Input check"), check))
    items += sender_items(case, identity, code, text)
    return report_file(case, image, items, sr_uid, revision, identity,
                       when=case.finalised_at or case.created_at,
                       description=SERIES_DESCRIPTION, software=[])  # no model ran
