"""The case database's schema, its versioned migrations, and row <-> record mapping.

``PRAGMA user_version`` holds the schema version. Each migration runs in one transaction, so an
upgrade interrupted by a power cut leaves the previous version intact and is simply run again.
Never edit a released migration: append a new one.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from .cases import (AuditEntry, Case, CaseState, Decision, DicomUids, Patient, Review,
                    Screening)
from .errors import StoreError
from .store_files import StoreDamagedError, StoreLockedError, disk_full, read_only

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
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(con: sqlite3.Connection) -> int:
    """Bring the database to SCHEMA_VERSION, one transaction per version. Returns the version."""
    while True:
        con.execute("BEGIN IMMEDIATE")
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    "These cases were saved by a newer version of CXR Screen. Install that "
                    "version (or newer) to open them; nothing was changed.", code="too_new")
            if version == SCHEMA_VERSION:
                con.execute("COMMIT")
                return version
            for statement in MIGRATIONS[version]:
                con.execute(statement)
            con.execute(f"PRAGMA user_version = {version + 1}")
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise


def case_from_row(row: sqlite3.Row, review: Review | None) -> Case:
    dicom_patient = row["dicom_patient_json"]
    return Case(
        id=row["id"],
        state=CaseState(row["state"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        finalised_at=row["finalised_at"],
        sent_at=row["sent_at"],
        source_name=row["source_name"],
        source_format=row["source_format"],
        original_sha256=row["original_sha256"],
        original_size=row["original_size"],
        patient=Patient(**json.loads(row["patient_json"])),
        dicom_patient=Patient(**json.loads(dicom_patient)) if dicom_patient else None,
        screening=Screening(**json.loads(row["screening_json"])),
        uids=DicomUids(
            study_uid=row["study_uid"], image_series_uid=row["image_series_uid"],
            image_sop_uid=row["image_sop_uid"], image_sop_class_uid=row["image_sop_class_uid"],
            sr_series_uid=row["sr_series_uid"]),
        notes=row["notes"],
        review=review,
    )


def review_from_row(row: sqlite3.Row | None, sr_uid: str = "") -> Review | None:
    if row is None:
        return None
    return Review(reviewer=row["reviewer"], decision=Decision(row["decision"]), note=row["note"],
                  time=row["time"], sr_uid=sr_uid)


def audit_from_row(row: sqlite3.Row) -> AuditEntry:
    return AuditEntry(case_id=row["case_id"], time=row["time"], action=row["action"],
                      actor=row["actor"], details=json.loads(row["details_json"]))


def case_values(case: Case) -> dict:
    """Column values for inserting ``case``."""
    return {
        "id": case.id, "state": case.state.value, "created_at": case.created_at,
        "updated_at": case.updated_at, "source_name": case.source_name,
        "source_format": case.source_format, "original_sha256": case.original_sha256,
        "original_size": case.original_size, "patient_id": case.patient.patient_id,
        "patient_json": json.dumps(case.patient.to_dict()),
        "dicom_patient_json": json.dumps(case.dicom_patient.to_dict()) if case.dicom_patient
        else None,
        "score": case.screening.score, "label": case.screening.label,
        "screening_json": json.dumps(case.screening.to_dict()),
        "heatmap_sha256": case.screening.heatmap_sha256, "study_uid": case.uids.study_uid,
        "image_series_uid": case.uids.image_series_uid, "image_sop_uid": case.uids.image_sop_uid,
        "image_sop_class_uid": case.uids.image_sop_class_uid,
        "sr_series_uid": case.uids.sr_series_uid, "notes": case.notes,
    }


def sqlite_error(exc: sqlite3.Error, data_dir: Path) -> StoreError:
    """Turn an SQLite error into a named error a health worker can act on."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return StoreLockedError(
            "The case database is busy: another CXR Screen window or program is using it. "
            "Close the other one, wait a moment, and try again. Nothing was changed.")
    if name == "SQLITE_FULL" or "disk is full" in text:
        return disk_full(data_dir)
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")) or \
            "readonly" in text or "unable to open" in text:
        return read_only(data_dir)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return StoreDamagedError(
            f"The case database in {data_dir} is damaged. Do not delete anything; "
            "ask your IT officer to restore it from a backup.")
    return StoreError(f"The case database could not be used ({exc}). Nothing was changed.")
