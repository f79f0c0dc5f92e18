"""Authenticated rows: what decides what is shown, sent or allowed cannot be edited unnoticed.

Encryption (vault.py) hides identifying values; it does not stop someone with the data folder
and ``sqlite3`` from changing a result, a file's sha256, an outbox row or a role. So every row of
``cases``, ``reviews``, ``outbox`` and ``accounts`` carries a ``tag``: HMAC-SHA256, under a key
derived from the data key (HKDF, ``Cipher.subkey``), over the table's name and the columns listed
in :data:`COVERED` (values in a fixed order, with their SQLite types). The key exists only once a
person has signed in, so nobody without a password can make a tag. A row whose tag does not match
is :class:`~cxrscreen.core.errors.NotAuthentic`: for a case, the existing CaseDamaged path (set
aside, not shown, not sent; the others go on); for an account, it cannot sign in.

Every write goes through :func:`insert` or :func:`update`; :func:`update` checks the row it
changes before it writes the new tag, so a write never makes an edited row look genuine.

**Switching on, once** (:func:`switch_on`). A store written before this (schema version 3) has
no tags. At the first signed-in open, its rows are tagged as they are (logged, and written to the
account log), and a marker is written: a ``keyslots`` row sealed under the derived key. That a
store has been switched on is anchored in three places, so deleting tags or the marker does not
switch checking off: the marker; any row that has a tag; and every key wrapping made since (each
account's, at its next sign-in; vault.WRAP_V2), which opens only with the associated data of the
new kind and cannot be turned back into the old kind without that account's password. Only a
store with none of the three is treated as older.

Not covered (they decide nothing shown or sent, or are written before anyone signs in): the
outbox's ``attempts``, ``last_attempt_at`` and ``last_error``; an account's ``failed_count``,
``last_failed_at``, ``kdf_json`` and ``wrapped_key`` (the wrapping authenticates itself); the
audit trail and the account log (their details are encrypted and bound to their case); the
always-empty ``patient_id``. A deleted row, or a whole older copy of the folder, is not detected
by a tag: see docs/STORE_AND_SYNC.md.
"""

from __future__ import annotations

import hmac
import logging
import sqlite3
from collections.abc import Mapping

from . import vault
from .cases import now_utc
from ..errors import NotAuthentic
from ..i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

# The columns each tag covers, in order. Listing them (instead of "every column") keeps a new
# column with a default from failing every existing tag. A column added later that decides what
# is shown or sent is added here and in ADDED_LATER, with the default every older row has.
COVERED: dict[str, tuple[str, ...]] = {
    "cases": ("id", "state", "created_at", "updated_at", "finalised_at", "sent_at",
              "source_name", "source_format", "original_sha256", "original_size",
              "patient_json", "dicom_patient_json", "score", "label", "screening_json",
              "heatmap_sha256", "study_uid", "image_series_uid", "image_sop_uid",
              "image_sop_class_uid", "sr_series_uid", "notes", "purged_at",
              "kind", "refusal_json"),
    "reviews": ("id", "case_id", "reviewer", "decision", "note", "time"),
    "outbox": ("id", "case_id", "kind", "sop_uid", "review_id", "created_at", "sent_at",
               "superseded"),
    "accounts": ("name", "role", "disabled", "created_at"),
}
# Covered columns added after rows were first tagged, each with the value its migration gave
# every row written before (schema version 5: a not-screened case's kind and refusal, issue 22).
# A row whose values are all these is encoded without them, so a tag made before the column
# existed stays valid with no re-tagging (a migration has no key; tagging after the next sign-in
# would have to trust the rows as they are then). Any other value is encoded, so changing one of
# them, to or from its default, is noticed: the encoding then has more parts and cannot be the
# same. Compared with their SQLite type: a blob '{}' is not the text '{}'.
ADDED_LATER: dict[str, dict[str, object]] = {
    "cases": {"kind": "screened", "refusal_json": "{}"},
}
KEY_COLUMN = {"cases": "id", "reviews": "id", "outbox": "id", "accounts": "name"}
MARKER = "integrity"  # the keyslots row saying that rows are authenticated in this store
_MARKER_PLAIN = b"rows are authenticated"
_MARKER_AAD = b"cxrscreen-integrity-marker"


class RowTags:
    """Makes and checks the tags of one data folder (its key derived from the data key)."""

    def __init__(self, cipher: vault.Cipher) -> None:
        self._key = cipher.subkey("row tags v1")
        self._marker_key = cipher.subkey("integrity marker v1")

    def tag(self, table: str, row: Mapping) -> bytes:
        return hmac.digest(self._key, _canonical(table, row), "sha256")

    def ok(self, table: str, row: Mapping) -> bool:
        stored = row["tag"]
        return isinstance(stored, bytes) and hmac.compare_digest(stored, self.tag(table, row))

    def check(self, table: str, row: Mapping) -> None:
        """NotAuthentic if ``row`` (with its ``tag`` column) is not as the application wrote it."""
        if not self.ok(table, row):
            message = QT_TRANSLATE_NOOP(
                "StoreError", "A stored {what} ({key}) was changed outside the application (it "
                "has no tag), so it is not used as it is. Ask your IT officer to run `cxrscreen "
                "doctor` and to restore the data folder from a backup.") \
                if row["tag"] is None else QT_TRANSLATE_NOOP(
                "StoreError", "A stored {what} ({key}) was changed outside the application (it "
                "does not match its tag), so it is not used as it is. Ask your IT officer to run "
                "`cxrscreen doctor` and to restore the data folder from a backup.")
            raise NotAuthentic(message, table=table, key=str(row[KEY_COLUMN[table]]),
                               what=translate("StoreError", _WORDS[table]))

    def marker(self) -> bytes:
        return vault.seal(self._marker_key, _MARKER_PLAIN, _MARKER_AAD)

    def marker_ok(self, blob: bytes) -> bool:
        try:
            return vault.open_sealed(self._marker_key, blob, _MARKER_AAD) == _MARKER_PLAIN
        except vault.WrongKey:
            return False


_WORDS = {"cases": QT_TRANSLATE_NOOP("StoreError", "case"),
          "reviews": QT_TRANSLATE_NOOP("StoreError", "review"),
          "outbox": QT_TRANSLATE_NOOP("StoreError", "item to send"),
          "accounts": QT_TRANSLATE_NOOP("StoreError", "account")}


_ENCODE = {  # each value with its SQLite type: a text "1" is not the integer 1
    type(None): lambda v: b"n",
    bytes: lambda v: b"b" + v,
    int: lambda v: b"i%d" % v,
    bool: lambda v: b"i%d" % v,
    float: lambda v: b"f" + v.hex().encode("ascii"),
    str: lambda v: b"s" + v.encode("utf-8"),
}


def _canonical(table: str, row: Mapping) -> bytes:
    """The table's name and the covered values, each with its type and its length, so that no
    two different rows encode alike ("ab","c" is not "a","bc"); the columns of ADDED_LATER only
    when a row's values are not all their defaults."""
    out = bytearray(b"t" + table.encode("utf-8"))
    columns = COVERED[table]
    later = ADDED_LATER.get(table)
    if later and all(type(row[c]) is type(v) and row[c] == v for c, v in later.items()):
        columns = tuple(c for c in columns if c not in later)  # as a row was tagged before
    for column in columns:
        value = row[column]
        encode = _ENCODE.get(type(value))
        part = encode(value) if encode else b"s" + str(value).encode("utf-8")
        out += len(part).to_bytes(4, "big")
        out += part
    return bytes(out)


def insert(con: sqlite3.Connection, tags: RowTags, table: str, values: Mapping) -> int:
    """INSERT ``values`` into ``table`` with their tag; returns the new row's rowid. A row with
    values left to SQLite (an id, a default) is tagged just after, in the same transaction."""
    values = dict(values)
    key = KEY_COLUMN[table]
    complete = all(c in values for c in COVERED[table])
    if complete:
        values["tag"] = tags.tag(table, values)
    cur = con.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES "
                      f"({', '.join(':' + k for k in values)})", values)
    if not complete:
        row = con.execute(f"SELECT * FROM {table} WHERE rowid = ?", (cur.lastrowid,)).fetchone()
        con.execute(f"UPDATE {table} SET tag = ? WHERE rowid = ?",
                    (tags.tag(table, row), cur.lastrowid))
    return cur.lastrowid


def checked(con: sqlite3.Connection, tags: RowTags, table: str, key) -> sqlite3.Row:
    row = con.execute(f"SELECT * FROM {table} WHERE {KEY_COLUMN[table]} = ?", (key,)).fetchone()
    if row is None:
        raise KeyError(f"{table} {key}")
    tags.check(table, row)
    return row


def update(con: sqlite3.Connection, tags: RowTags, table: str, key, changes: Mapping,
           check: bool = True) -> sqlite3.Row:
    """Change one row and write its new tag, inside the caller's transaction. The row is checked
    first (NotAuthentic if it was edited), so a write never makes an edited row genuine.
    ``check=False`` only to take a damaged account out of use (accounts.disable)."""
    row = con.execute(f"SELECT * FROM {table} WHERE {KEY_COLUMN[table]} = ?", (key,)).fetchone()
    if row is None:
        raise KeyError(f"{table} {key}")
    if check:
        tags.check(table, row)
    new = {**dict(row), **changes}
    sets = {**changes, "tag": tags.tag(table, new)}
    con.execute(f"UPDATE {table} SET {', '.join(f'{k} = :{k}' for k in sets)} "
                f"WHERE {KEY_COLUMN[table]} = :_key", {**sets, "_key": row[KEY_COLUMN[table]]})
    return row


def is_on(con: sqlite3.Connection, wrap_version: int) -> bool:
    """Whether this store has been switched on (any of the three anchors)."""
    if wrap_version >= 2:
        return True
    if con.execute("SELECT 1 FROM keyslots WHERE name = ?", (MARKER,)).fetchone():
        return True
    return any(con.execute(f"SELECT 1 FROM {t} WHERE tag IS NOT NULL LIMIT 1").fetchone()
               for t in COVERED)


def switch_on(con: sqlite3.Connection, tags: RowTags, wrap_version: int) -> dict:
    """At every unlock, inside a write transaction: in a store already switched on, put back a
    missing marker (logged); in an older store (no anchor at all), tag every row as it is and
    write the marker. Returns how many rows of each table were tagged now (empty: none); the
    caller writes that to the account log."""
    marker = con.execute("SELECT wrapped_key FROM keyslots WHERE name = ?", (MARKER,)).fetchone()
    if is_on(con, wrap_version):
        if marker is None or not tags.marker_ok(marker[0]):
            log.warning("the marker saying that rows are authenticated was missing or damaged "
                        "and was written again; rows are still checked")
            _write_marker(con, tags)
        return {}
    counts = tag_untagged(con, tags)
    log.warning("rows written before row authentication were tagged once, as they were: %s "
                "(from now on a row changed outside the application is noticed)",
                ", ".join(f"{n} {t}" for t, n in counts.items()))
    return counts


def tag_untagged(con: sqlite3.Connection, tags: RowTags) -> dict:
    """Tag every row that has no tag, as it is, and write the marker (switching on an older
    store; the upgrade of a plain folder). Returns the counts per table."""
    counts = {}
    for table in COVERED:
        rows = con.execute(f"SELECT * FROM {table} WHERE tag IS NULL").fetchall()
        for row in rows:
            con.execute(f"UPDATE {table} SET tag = ? WHERE {KEY_COLUMN[table]} = ?",
                        (tags.tag(table, row), row[KEY_COLUMN[table]]))
        counts[table] = len(rows)
    _write_marker(con, tags)
    return counts


def _write_marker(con: sqlite3.Connection, tags: RowTags) -> None:
    con.execute("INSERT OR REPLACE INTO keyslots (name, wrapped_key, created_at) VALUES "
                "(?, ?, ?)", (MARKER, tags.marker(), now_utc()))
