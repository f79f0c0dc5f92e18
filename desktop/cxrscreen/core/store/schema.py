"""The case database's schema, its versioned migrations, and row <-> record mapping.

``PRAGMA user_version`` holds the schema version. Each migration runs in one transaction, so an
upgrade interrupted by a power cut leaves the previous version intact and is simply run again.
Never edit a released migration: append a new one.
"""

from __future__ import annotations

import json
import sqlite3

from .cases import AuditEntry, Case, CaseState, Decision, DicomUids, Patient, Review, Screening
from ..errors import PlainStoreError, StoreDamagedError, StoreError
from ..i18n import QT_TRANSLATE_NOOP
from .vault import Cipher, WrongKey
from .folder_state import PLAIN_VERSION, schema_version

MIGRATIONS: list[list[str]] = [
    [  # version 1
        """CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            state TEXT NOT NULL CHECK (state IN ('screened', 'finalised', 'sent')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            finalised_at TEXT NOT NULL DEFAULT '',
            sent_at TEXT NOT NULL DEFAULT '',
            source_name TEXT NOT NULL,
            source_format TEXT NOT NULL,
            original_sha256 TEXT NOT NULL UNIQUE,
            original_size INTEGER NOT NULL,
            patient_id TEXT NOT NULL DEFAULT '',
            patient_json TEXT NOT NULL,
            dicom_patient_json TEXT,
            score REAL NOT NULL,
            label TEXT NOT NULL,
            screening_json TEXT NOT NULL,
            heatmap_sha256 TEXT NOT NULL,
            study_uid TEXT NOT NULL,
            image_series_uid TEXT NOT NULL,
            image_sop_uid TEXT NOT NULL UNIQUE,
            image_sop_class_uid TEXT NOT NULL,
            sr_series_uid TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX cases_state ON cases (state, created_at)",
        "CREATE INDEX cases_patient ON cases (patient_id)",
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases (id),
            reviewer TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('agree', 'disagree', 'uncertain')),
            note TEXT NOT NULL DEFAULT '',
            time TEXT NOT NULL
        )""",
        "CREATE INDEX reviews_case ON reviews (case_id, id)",
        # One row per DICOM instance to send. UIDs are fixed when the row is created.
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases (id),
            kind TEXT NOT NULL CHECK (kind IN ('image', 'sr')),
            sop_uid TEXT NOT NULL UNIQUE,
            review_id INTEGER REFERENCES reviews (id),
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_attempt_at TEXT NOT NULL DEFAULT '',
            last_error TEXT NOT NULL DEFAULT '',
            sent_at TEXT NOT NULL DEFAULT '',
            superseded INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX outbox_pending ON outbox (sent_at, superseded, case_id)",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases (id),
            time TEXT NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            details_json TEXT NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX audit_case ON audit (case_id, id)",
    ],
    [  # version 2: accounts, and the data key's wrappings. From this version on, identifying
        # values (ENCRYPTED_COLUMNS) are AES-GCM blobs; a version-1 database is plain and is
        # upgraded by copying it into a new file (upgrade.py), never changed in place.
        """CREATE TABLE accounts (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('health_worker', 'clinician', 'admin')),
            kdf_json TEXT NOT NULL,
            wrapped_key BLOB NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            failed_count INTEGER NOT NULL DEFAULT 0,
            last_failed_at TEXT NOT NULL DEFAULT ''
        )""",
        # Other wrappings of the data key; today one: 'recovery' (the key IT keeps).
        """CREATE TABLE keyslots (
            name TEXT PRIMARY KEY,
            wrapped_key BLOB NOT NULL,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE account_log (
            id INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            account TEXT NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            details_json TEXT NOT NULL DEFAULT '{}'
        )""",
    ],
    [  # version 3: retention. When a case's image and identifying values were cleared.
        "ALTER TABLE cases ADD COLUMN purged_at TEXT NOT NULL DEFAULT ''",
    ],
    [  # version 4: authenticated rows (integrity.py). NULL until the first signed-in open tags
        # the rows written before (integrity.switch_on): migrating needs no key, tagging does.
        "ALTER TABLE cases ADD COLUMN tag BLOB",
        "ALTER TABLE reviews ADD COLUMN tag BLOB",
        "ALTER TABLE outbox ADD COLUMN tag BLOB",
        "ALTER TABLE accounts ADD COLUMN tag BLOB",
    ],
    [  # version 5: not-screened cases (issue 22). A refused film that may be a chest, stored on
        # the health worker's choice and sent for a clinician's reading with no score. Its
        # refusal (code, message template and values, the input check's figures) is plain JSON:
        # it names no one. Both columns are covered by the row's tag (integrity.ADDED_LATER):
        # every row written before has their defaults, so its tag stays valid as it is.
        "ALTER TABLE cases ADD COLUMN kind TEXT NOT NULL DEFAULT 'screened' "
        "CHECK (kind IN ('screened', 'not_screened'))",
        "ALTER TABLE cases ADD COLUMN refusal_json TEXT NOT NULL DEFAULT '{}'",
    ],
]
# (table, column): encrypted with the data key; the row's case id is bound in as associated data.
ENCRYPTED_COLUMNS = (("cases", "source_name"), ("cases", "patient_json"),
                     ("cases", "dicom_patient_json"), ("cases", "notes"),
                     ("reviews", "note"), ("audit", "details_json"))
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(con: sqlite3.Connection) -> int:
    """Bring the database to SCHEMA_VERSION. A new database gets every version in one
    transaction; later versions are applied one transaction each. A plain (version 1) database
    is never changed here: PlainStoreError (upgrade.py copies it into an encrypted store)."""
    while True:
        con.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(con)
            if current > SCHEMA_VERSION:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "These cases were saved by a newer version of CXR Screen. "
                    "Install that version (or newer) to open them; nothing was changed."),
                    code="too_new")
            if current == SCHEMA_VERSION:
                con.execute("COMMIT")
                return current
            if 0 < current <= PLAIN_VERSION:
                raise PlainStoreError(QT_TRANSLATE_NOOP(
                    "StoreError", "The cases in this data folder were saved by an older version "
                    "of CXR Screen and are not protected yet. An administrator must start the "
                    "application (or run `cxrscreen init --admin NAME`) once to protect them; no "
                    "case is lost."))
            steps = MIGRATIONS if current == 0 else MIGRATIONS[current:current + 1]
            for statement in (s for step in steps for s in step):
                con.execute(statement)
            con.execute(f"PRAGMA user_version = {current + len(steps)}")
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise


def seal(cipher: Cipher, table: str, column: str, case_id: str, text: str | None) -> bytes | None:
    if text is None:
        return None
    return cipher.seal(text.encode("utf-8"), f"{table}.{column}:{case_id}")


def unseal(cipher: Cipher, table: str, column: str, case_id: str,
           blob: bytes | None) -> str | None:
    if blob is None:
        return None
    try:
        return cipher.open(blob, f"{table}.{column}:{case_id}").decode("utf-8")
    except WrongKey:
        raise StoreDamagedError(QT_TRANSLATE_NOOP(
            "StoreError", "A value of case {case} cannot be read: it was changed outside the "
            "application, or copied from another data folder. Ask your IT officer to restore the "
            "data folder from a backup."), case=case_id[:8]) from None


def case_from_row(row: sqlite3.Row, review: Review | None, cipher: Cipher) -> Case:
    case_id = row["id"]
    dicom_patient = unseal(cipher, "cases", "dicom_patient_json", case_id,
                           row["dicom_patient_json"])
    return Case(
        id=row["id"],
        state=CaseState(row["state"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        finalised_at=row["finalised_at"],
        sent_at=row["sent_at"],
        source_name=unseal(cipher, "cases", "source_name", case_id, row["source_name"]),
        source_format=row["source_format"],
        original_sha256=row["original_sha256"],
        original_size=row["original_size"],
        patient=Patient(**json.loads(unseal(cipher, "cases", "patient_json", case_id,
                                            row["patient_json"]))),
        dicom_patient=Patient(**json.loads(dicom_patient)) if dicom_patient else None,
        screening=Screening(**json.loads(row["screening_json"])),
        uids=DicomUids(
            study_uid=row["study_uid"], image_series_uid=row["image_series_uid"],
            image_sop_uid=row["image_sop_uid"], image_sop_class_uid=row["image_sop_class_uid"],
            sr_series_uid=row["sr_series_uid"]),
        notes=unseal(cipher, "cases", "notes", case_id, row["notes"]),
        review=review,
        purged_at=row["purged_at"],
        kind=row["kind"],
        refusal=json.loads(row["refusal_json"] or "{}"),
    )


def review_from_row(row: sqlite3.Row | None, cipher: Cipher, sr_uid: str = "") -> Review | None:
    if row is None:
        return None
    return Review(reviewer=row["reviewer"], decision=Decision(row["decision"]),
                  note=unseal(cipher, "reviews", "note", row["case_id"], row["note"]),
                  time=row["time"], sr_uid=sr_uid)


def audit_from_row(row: sqlite3.Row, cipher: Cipher) -> AuditEntry:
    details = unseal(cipher, "audit", "details_json", row["case_id"], row["details_json"])
    return AuditEntry(case_id=row["case_id"], time=row["time"], action=row["action"],
                      actor=row["actor"], details=json.loads(details))


def case_values(case: Case, cipher: Cipher) -> dict:
    """Column values for inserting ``case``: identifying values encrypted, and the patient id
    column left empty (a search decrypts instead of using an index)."""
    def sealed(column: str, text: str | None) -> bytes | None:
        return seal(cipher, "cases", column, case.id, text)

    return {
        "id": case.id, "state": case.state.value, "created_at": case.created_at,
        "updated_at": case.updated_at, "source_name": sealed("source_name", case.source_name),
        "source_format": case.source_format, "original_sha256": case.original_sha256,
        "original_size": case.original_size, "patient_id": "",
        "patient_json": sealed("patient_json", json.dumps(case.patient.to_dict())),
        "dicom_patient_json": sealed("dicom_patient_json",
                                     json.dumps(case.dicom_patient.to_dict()))
        if case.dicom_patient else None,
        # A not-screened case has no score (NaN in its record); the column cannot be NULL, and
        # nothing reads it: -1, outside every score's [0, 1].
        "score": -1.0 if case.not_screened else case.screening.score,
        "label": case.screening.label,
        "screening_json": json.dumps(case.screening.to_dict()),
        "heatmap_sha256": case.screening.heatmap_sha256, "study_uid": case.uids.study_uid,
        "image_series_uid": case.uids.image_series_uid, "image_sop_uid": case.uids.image_sop_uid,
        "image_sop_class_uid": case.uids.image_sop_class_uid,
        "sr_series_uid": case.uids.sr_series_uid, "notes": sealed("notes", case.notes),
        "purged_at": case.purged_at,
        "kind": case.kind, "refusal_json": json.dumps(case.refusal),
    }


