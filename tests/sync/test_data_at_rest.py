"""A stolen data folder reveals no name, no patient ID and no pixel: after real imports (the
shipped model), a review, a saved sync password and a sync to a real Orthanc, no byte sequence
of a patient's name or ID, of the sync password, or of the original images is found in any file
under the data folder (the database and its -wal and -shm files while it is open, files/, tmp/,
logs/, settings.json). The server, meanwhile, received everything in clear."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pydicom
import pytest
from orthanc_server import PASSWORD, USER
from store_fakes import DICOM_DIR, NO_DATA, have_data, jpegs

from cxrscreen.core.settings import load_settings, save_settings, with_password
from cxrscreen.core.store.case_store import CaseStore

pytestmark = [pytest.mark.skipif(not have_data(), reason=NO_DATA), pytest.mark.orthanc]

NAMES = {"dicom": ("Wanjiru^Achieng", "KE-DCM-4471"), "jpeg": ("Otieno^Baraka", "KE-JPG-9932")}


def _cli(env: dict, data: Path, *args: str, user: str | None = None) -> str:
    extra = ["--user", user] if user else []
    proc = subprocess.run([sys.executable, "-m", "cxrscreen", "--data-dir", str(data), *args,
                           *extra], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def _needles(originals: list[bytes]) -> dict[str, bytes]:
    out = {}
    for name, patient_id in NAMES.values():
        for part in name.split("^"):
            out[f"name {part}"] = part.encode()
        out[f"id {patient_id}"] = patient_id.encode()
    out["sync password"] = PASSWORD.encode()
    for i, data in enumerate(originals):  # 48-byte windows across each original file
        for k in range(1, 16):
            at = len(data) * k // 16
            out[f"original {i} at {at}"] = data[at:at + 48]
    return out


def test_no_patient_data_or_pixels_in_clear_anywhere_in_the_data_folder(tmp_path, orthanc,
                                                                         model_dir):
    data, inbox = tmp_path / "data", tmp_path / "inbox"
    inbox.mkdir()
    ds = pydicom.dcmread(DICOM_DIR / "SIIM_chest_CR_jpeg_baseline.dcm")
    ds.PatientName, ds.PatientID = NAMES["dicom"]
    # Consoles often name files after the patient: the file names must not leak either.
    dicom = inbox / "Wanjiru_Achieng_KE-DCM-4471.dcm"
    ds.save_as(dicom)
    jpeg = inbox / "Otieno_Baraka_KE-JPG-9932.jpeg"
    jpeg.write_bytes(jpegs(1)[0].read_bytes())
    originals = [dicom.read_bytes(), jpeg.read_bytes()]
    env = {**os.environ, "CXRSCREEN_PASSWORD": "boss-pass-1", "CXRSCREEN_NEW_PASSWORD": "4321"}
    for name in ("CXRSCREEN_SYNC_URL", "CXRSCREEN_SYNC_USER", "CXRSCREEN_SYNC_PASSWORD"):
        env.pop(name, None)
    _cli(env, data, "init", "--admin", "boss")
    _cli(env, data, "users", "add", "nurse", "--role", "health_worker", user="boss")
    _cli(env, data, "users", "add", "doc", "--role", "clinician", user="boss")
    with CaseStore.open(data, "boss", "boss-pass-1") as admin:  # the sync password, saved
        settings = dataclasses.replace(load_settings(data), sync_url=orthanc.url, sync_user=USER)
        save_settings(with_password(settings, admin.cipher, PASSWORD), data, admin.cipher)
    nurse = {**env, "CXRSCREEN_PASSWORD": "4321"}
    _cli(nurse, data, "import", "--model", str(model_dir), str(dicom), user="nurse")
    name, patient_id = NAMES["jpeg"]
    _cli(nurse, data, "import", "--model", str(model_dir), "--patient-id", patient_id,
         "--patient-name", name, str(jpeg), user="nurse")
    out = _cli(nurse, data, "sync", user="nurse")
    assert "All cases are on the server" in out

    # The server holds the names in clear: the sync decrypted what it sent.
    on_server = {str(i.get("00100020", {}).get("Value", [""])[0]) for i in orthanc.instances()}
    assert {NAMES["dicom"][1], NAMES["jpeg"][1]} <= on_server

    # A clinician reviews, with the store left open: its -wal and -shm files exist now.
    with CaseStore.open(data, "doc", "4321") as doc:
        cases = doc.list_cases()
        assert {c.patient.patient_id for c in cases} == {NAMES["dicom"][1], NAMES["jpeg"][1]}
        assert doc.list_cases(search="otieno")[0].patient.patient_name == NAMES["jpeg"][0]
        doc.review(cases[0].id, "agree", f"seen with {NAMES['jpeg'][0]}'s mother")
        assert (data / "cases.sqlite3-wal").stat().st_size > 0
        files = [p for p in data.rglob("*") if p.is_file()]
        names = {p.name for p in files}
        assert {"cases.sqlite3", "cases.sqlite3-wal", "cases.sqlite3-shm",
                "settings.json"} <= names and any(p.parent.name == "logs" for p in files)
        needles = _needles(originals)
        found = [(str(p.relative_to(data)), what) for p in files
                 for what, needle in needles.items() if needle in p.read_bytes()]
    assert not found, found
