"""Reading a STOW-RS answer (PS3.18 10.5.3, the Store Instances Response Module): which instances
the server says it stored, and which it refused.

"Sent" must mean "the server has it". So an instance counts as stored only when the answer lists
its SOP Instance UID in ReferencedSOPSequence (0008,1199), or when a lookup on the server
(QIDO-RS, see dicomweb.py) finds it. Everything else is *unconfirmed* and stays queued: an
instance the answer does not mention, an answer that is a web page (a Wi-Fi sign-in page answers
any address with 200 and HTML), an empty list, an empty or unreadable body.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..errors import NotTheServer
from ..i18n import QT_TRANSLATE_NOOP

FAILED_SOP_SEQUENCE, REFERENCED_SOP_SEQUENCE = "00081198", "00081199"
SOP_INSTANCE_UID, FAILURE_REASON = "00081155", "00081197"
DUPLICATE_SOP_INSTANCE = 0x0111  # PS3.7 C.4.2: the server already holds this UID

WEB_PAGE = QT_TRANSLATE_NOOP(
    "SyncError", "The network answered with a web page, not the hospital's server. Sign in to "
    "the Wi-Fi, then sync again. Nothing was marked as sent; the cases stay queued.")


@dataclass
class StowAnswer:
    stored: set[str] = field(default_factory=set)  # listed in ReferencedSOPSequence
    failed: dict[str, str] = field(default_factory=dict)  # SOP UID -> reason (not duplicates)
    duplicates: set[str] = field(default_factory=set)  # 0111H: the server says it has it


def looks_like_web_page(content_type: str, body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html",
                                                              b"<head", b"<body"))


def redirect_error(status: int, location: str) -> NotTheServer:
    return NotTheServer(QT_TRANSLATE_NOOP(
        "SyncError", "The network sent the request elsewhere (HTTP {status} redirect{where}), "
        "so it did not reach the hospital's server. If this Wi-Fi has a sign-in page, sign in, "
        "then sync again; otherwise ask your IT officer to check the server address. Nothing "
        "was marked as sent; the cases stay queued."), status=status,
        where=f"-> {location[:120]}" if location else "")


def parse(content_type: str, body: bytes) -> StowAnswer:
    """The instances a 200/202 STOW-RS answer lists as stored and as failed. A web page raises
    NotTheServer; an answer that says nothing readable gives an empty StowAnswer (so every
    instance is unconfirmed until a lookup finds it)."""
    if looks_like_web_page(content_type, body):
        raise NotTheServer(WEB_PAGE)
    try:
        value = json.loads(body.decode("utf-8")) if body.strip() else None
    except (UnicodeDecodeError, ValueError):
        return StowAnswer()
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, dict):
        return StowAnswer()
    answer = StowAnswer()
    for item in _items(value, REFERENCED_SOP_SEQUENCE):
        uid = _first(item, SOP_INSTANCE_UID)
        if uid:
            answer.stored.add(uid)
    for item in _items(value, FAILED_SOP_SEQUENCE):
        uid, reason = _first(item, SOP_INSTANCE_UID), _first(item, FAILURE_REASON)
        if not uid:
            continue
        answer.stored.discard(uid)  # listed as both: believe the failure
        if reason == DUPLICATE_SOP_INSTANCE:
            answer.duplicates.add(uid)
        else:
            answer.failed[uid] = f"failure reason {reason}"
    return answer


def failures_text(content_type: str, body: bytes) -> str:
    """The failure list of a refusal (4xx) answer, for the message; empty if there is none."""
    try:
        failed = parse(content_type, body).failed
    except NotTheServer:
        return ""
    return "; ".join(f"{uid}: {reason}" for uid, reason in failed.items())


def _items(value: dict, tag: str) -> list[dict]:
    element = value.get(tag)
    items = element.get("Value") if isinstance(element, dict) else None
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _first(item: dict, tag: str):
    element = item.get(tag)
    values = element.get("Value") if isinstance(element, dict) else None
    if not isinstance(values, list) or not values:
        return ""
    first = values[0]
    return first if isinstance(first, (str, int)) and not isinstance(first, bool) else ""
