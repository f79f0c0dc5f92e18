"""One damaged case never stops the others.

A stored file that no longer matches its sha256, a value that does not decrypt, a row whose JSON
or state was edited: each is a :class:`CaseDamaged` naming the case, raised where the row or the
file is read. Listing and sending set such a case aside (logged, reported, never shown or sent as
it is) and go on with every other case; ``cxrscreen doctor`` lists them for IT.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import TypeVar

from ..errors import CaseDamaged, NotAuthentic, StoreDamagedError
from ..i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")

# What decoding an edited or bit-flipped row can raise (json, dataclass fields, enums, None).
ROW_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, UnicodeDecodeError,
              json.JSONDecodeError, OverflowError)


def damaged(case_id: str, exc: BaseException) -> CaseDamaged:
    """``exc`` (raised while reading case ``case_id``) as a CaseDamaged."""
    if isinstance(exc, CaseDamaged):
        return exc
    if isinstance(exc, NotAuthentic):
        what = translate("StoreError", _TABLE_WORDS.get(exc.table, _ROW))
        return CaseDamaged(case_id, translate("StoreError", _CHANGED).format(what=what))
    if isinstance(exc, StoreDamagedError):
        return CaseDamaged(case_id, _first_sentence(exc.message))
    return CaseDamaged(case_id, f"a stored value cannot be read: {type(exc).__name__}")


_CHANGED = QT_TRANSLATE_NOOP(
    "StoreError", "its {what} was changed outside the application: it does not match its tag")
_ROW = QT_TRANSLATE_NOOP("StoreError", "row")
_TABLE_WORDS = {"cases": QT_TRANSLATE_NOOP("StoreError", "result or record"),
                "reviews": QT_TRANSLATE_NOOP("StoreError", "review"),
                "outbox": QT_TRANSLATE_NOOP("StoreError", "list of what to send"),
                "accounts": QT_TRANSLATE_NOOP("StoreError", "account")}


def each_readable(rows: Iterable[T], case_id: Callable[[T], str], read: Callable[[T], R],
                  set_aside: dict[str, CaseDamaged]) -> list[R]:
    """``read(row)`` for every row; a row that cannot be read goes into ``set_aside`` (case id
    -> error) and is logged, instead of stopping the others."""
    out = []
    for row in rows:
        try:
            out.append(read(row))
        except (StoreDamagedError, *ROW_ERRORS) as exc:
            key = _safe_id(row, case_id)
            set_aside[key] = damaged(key, exc)
            log.error("case %s set aside: %s", key, set_aside[key].what)
    return out


def _safe_id(row, case_id: Callable) -> str:
    try:
        return str(case_id(row))
    except ROW_ERRORS:
        return "?"


def _first_sentence(text: str) -> str:
    head = text.split(". ", 1)[0].rstrip(".")
    return head[0].lower() + head[1:] if head else "damaged"
