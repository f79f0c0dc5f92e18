"""The outbox: which DICOM instances still have to reach the server, kept in the case database.

Rows are created by the store when a case is finalised (its image and its structured report) and
when a finalised or sent case is reviewed (a new structured report). Each row's SOP Instance UID is
fixed when the row is created, so sending a row again can never create a second copy on the
server. A row is marked as tried *before* its request goes out; an untried SR may still be replaced
by a newer review, a tried one never is (the server may already hold it).

Every row is authenticated (integrity.py): :meth:`Outbox.pending` checks all of them, also those
marked sent or superseded (an edit marking a row sent would otherwise hide a case from sending
for ever). A case with a row that does not match its tag is set aside as a whole (``set_aside``:
none of its items is sent), and the others go on.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from . import integrity
from .cases import CaseState, Review, now_utc
from .case_store import CaseStore
from .damage import ROW_ERRORS, damaged
from ..errors import CaseDamaged, NotAuthentic, StoreDamagedError
from ..i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class OutboxItem:
    id: int
    case_id: str
    kind: str  # "image" or "sr"
    sop_uid: str
    review_id: int | None
    attempts: int
    last_error: str


class Outbox:
    def __init__(self, store: CaseStore) -> None:
        self.store = store
        # Cases whose outbox rows do not match their tags, from the last pending() (case id ->
        # error): none of their items is returned; the sync reports them.
        self.set_aside: dict[str, CaseDamaged] = {}

    def pending(self) -> list[OutboxItem]:
        """What still has to reach the server: oldest case first, its image before its SRs."""
        tags = self.store.tags
        with self.store.transaction() as con:
            rows = con.execute(
                "SELECT o.* FROM outbox o JOIN cases c ON c.id = o.case_id "
                "ORDER BY c.created_at, o.case_id, o.kind = 'sr', o.id").fetchall()
        set_aside: dict[str, CaseDamaged] = {}
        try:
            for r in rows:
                if not tags.ok("outbox", r) and r["case_id"] not in set_aside:
                    try:
                        tags.check("outbox", r)
                    except NotAuthentic as exc:
                        set_aside[r["case_id"]] = damaged(r["case_id"], exc)
            self.set_aside = set_aside
            return [OutboxItem(r["id"], r["case_id"], r["kind"], r["sop_uid"], r["review_id"],
                               r["attempts"], r["last_error"]) for r in rows
                    if r["sent_at"] == "" and not r["superseded"]
                    and r["case_id"] not in set_aside]
        except ROW_ERRORS:  # a damaged schema (a column's name no longer reads)
            raise StoreDamagedError(QT_TRANSLATE_NOOP(
                "StoreError", "The list of what is left to send is damaged. Nothing was sent or "
                "changed. Ask your IT officer to run `cxrscreen doctor` and to restore the data "
                "folder from a backup.")) from None

    def pending_by_case(self) -> Iterator[tuple[str, list[OutboxItem]]]:
        for case_id, items in groupby(self.pending(), key=lambda i: i.case_id):
            yield case_id, list(items)

    def count(self) -> int:
        with self.store.transaction() as con:
            return con.execute("SELECT COUNT(*) FROM outbox WHERE sent_at = '' AND "
                               "superseded = 0").fetchone()[0]

    def review(self, item: OutboxItem) -> Review | None:
        if item.review_id is None:
            return None
        return self.store.review_by_id(item.review_id, item.sop_uid)

    def record_attempt(self, items: list[OutboxItem]) -> None:
        with self.store.transaction() as con:
            con.executemany("UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ? "
                            "WHERE id = ?", [(now_utc(), i.id) for i in items])

    def record_error(self, items: list[OutboxItem], error: str) -> None:
        with self.store.transaction() as con:
            con.executemany("UPDATE outbox SET last_error = ? WHERE id = ?",
                            [(error[:500], i.id) for i in items])

    def mark_sent(self, items: list[OutboxItem]) -> None:
        """The server holds these items; a case with nothing left to send becomes ``sent``."""
        now = now_utc()
        tags = self.store.tags
        with self.store.transaction() as con:
            for item in items:
                row = integrity.checked(con, tags, "outbox", item.id)
                if row["sent_at"] == "":
                    integrity.update(con, tags, "outbox", item.id,
                                     {"sent_at": now, "last_error": ""})
            for case_id, group in groupby(items, key=lambda i: i.case_id):
                self.store.append_audit(con, case_id, "uploaded",
                                        {"sop_uids": [i.sop_uid for i in group]})
                left = con.execute("SELECT COUNT(*) FROM outbox WHERE case_id = ? AND "
                                   "sent_at = '' AND superseded = 0", (case_id,)).fetchone()[0]
                state = con.execute("SELECT state FROM cases WHERE id = ?",
                                    (case_id,)).fetchone()[0]
                if left == 0 and state == CaseState.FINALISED.value:
                    self.store.mark_sent(con, case_id, now)
