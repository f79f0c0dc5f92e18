"""A data folder as the versions before accounts and encryption wrote it (schema version 1):
identifying values and files in clear, the old key file and an old-style saved password. Built
from the same record code (cases.new_case) so that the upgrade has real cases to carry over."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

# The sync password PLAIN_SYNC_PASSWORD as the version before accounts saved it (its "v1" cipher,
# with the key file secret.key = 32 zero bytes); made by that version's settings.encrypt.
PLAIN_SYNC_PASSWORD = "pacs-pass-9"
OLD_SAVED_PASSWORD = ("v1:1m2tFAgOszqohFTY75AdpdoOsFxmKWhytaoaI/4l0K7RWCn5PhA4Aa99KbYM+ItRZJC0N1fx9"
                      "Bse4kg=")
PLAIN_ACTOR = "fieldlaptop"  # the operating-system user the old versions recorded


def make_plain_store(data_dir: Path, paths: list[Path], screener) -> dict[str, dict]:
    """Returns, per case id: patient_id, patient_name, the original's and heatmap's sha256,
    state and number of reviews: what the upgrade must keep."""
    from cxrscreen.core.store import schema
    from cxrscreen.core.store.cases import new_case, npy_bytes, now_utc, uid_from_uuid
    from cxrscreen.core.xray.read import read_xray

    data_dir.mkdir(parents=True, mode=0o700)
    con = sqlite3.connect(data_dir / "cases.sqlite3", isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("BEGIN")
    for statement in schema.MIGRATIONS[0]:
        con.execute(statement)
    con.execute("PRAGMA user_version = 1")
    expected = {}
    for i, path in enumerate(paths):
        original = path.read_bytes()
        xray = read_xray(original)
        result = screener.screen(xray)
        case = new_case(original, path.name, xray, result,
                        {"patient_id": f"OLD-{i:03d}", "patient_name": f"Oldname^Child{i}"})
        heat = npy_bytes(result.heatmap)
        for sha, blob in ((case.original_sha256, original),
                          (case.screening.heatmap_sha256, heat)):
            (data_dir / "files" / sha[:2]).mkdir(parents=True, exist_ok=True)
            (data_dir / "files" / sha[:2] / sha).write_bytes(blob)
        values = {
            "id": case.id, "state": "screened", "created_at": case.created_at,
            "updated_at": case.updated_at, "source_name": case.source_name,
            "source_format": case.source_format, "original_sha256": case.original_sha256,
            "original_size": case.original_size, "patient_id": case.patient.patient_id,
            "patient_json": json.dumps(case.patient.to_dict()),
            "dicom_patient_json": json.dumps(case.dicom_patient.to_dict())
            if case.dicom_patient else None,
            "score": case.screening.score, "label": case.screening.label,
            "screening_json": json.dumps(case.screening.to_dict()),
            "heatmap_sha256": case.screening.heatmap_sha256, "study_uid": case.uids.study_uid,
            "image_series_uid": case.uids.image_series_uid,
            "image_sop_uid": case.uids.image_sop_uid,
            "image_sop_class_uid": case.uids.image_sop_class_uid,
            "sr_series_uid": case.uids.sr_series_uid, "notes": f"old note {i}",
        }
        con.execute(f"INSERT INTO cases ({', '.join(values)}) VALUES "
                    f"({', '.join('?' * len(values))})", list(values.values()))
        con.execute("INSERT INTO audit (case_id, time, action, actor, details_json) VALUES "
                    "(?, ?, 'created', ?, ?)", (case.id, now_utc(), PLAIN_ACTOR,
                                                json.dumps({"patient": case.patient.to_dict()})))
        reviews = 0
        if i % 3 == 0:
            con.execute("INSERT INTO reviews (case_id, reviewer, decision, note, time) VALUES "
                        "(?, 'Dr Old', 'agree', 'old review note', ?)", (case.id, now_utc()))
            reviews = 1
        state = "screened"
        if i % 2 == 0:
            state = "finalised"
            con.execute("UPDATE cases SET state = 'finalised', finalised_at = ? WHERE id = ?",
                        (now_utc(), case.id))
            for kind, uid in (("image", case.uids.image_sop_uid), ("sr", uid_from_uuid())):
                con.execute("INSERT INTO outbox (case_id, kind, sop_uid, created_at) VALUES "
                            "(?, ?, ?, ?)", (case.id, kind, uid, now_utc()))
        expected[case.id] = {"patient_id": case.patient.patient_id,
                             "patient_name": case.patient.patient_name,
                             "original_sha256": case.original_sha256,
                             "heatmap_sha256": case.screening.heatmap_sha256,
                             "state": state, "reviews": reviews, "notes": f"old note {i}"}
    con.execute("COMMIT")
    con.close()
    (data_dir / "secret.key").write_bytes(bytes(32))
    (data_dir / "settings.json").write_text(json.dumps({
        "schema_version": 1, "sync_url": "https://pacs.example/dicom-web", "sync_user": "unit7",
        "sync_password_enc": OLD_SAVED_PASSWORD}))
    return expected
