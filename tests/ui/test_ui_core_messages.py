"""The core's errors in the window's language (issue 23): under French the window showed the
store's, sync's and the settings' problems in English ("The case database is busy…"), because
the core wrote them as f-strings. Each test makes the real problem happen (an unreadable site
file, a locked database, a full disk, a password the hospital's server refuses) in a French
window, and reads what the window says."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from ui_helpers import J2K_CHEST, NO_SHARED, SAMPLES, import_and_wait, orthanc_module, \
    press_sync_now

CHEST = SAMPLES / "person1003_bacteria_2934.jpeg"


@pytest.fixture
def french(qapp):
    from cxrscreen.ui.app import install_translators, make_app

    install_translators(make_app([]), "fr")
    yield
    install_translators(qapp, "en")


def open_window(qtbot, data_dir: Path, model_dir: Path, **store_kwargs):
    from helpers.accounts import store_for

    from cxrscreen.ui.app import create_window

    w = create_window(store_for(data_dir, **store_kwargs), model_dir)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.session.model.ready or w.session.model.error is not None,
                    timeout=60_000)
    return w


def close(w) -> None:
    w.shutdown()
    w.session.close()


def save_typed_id(qtbot, w, case_id: str) -> None:
    """Type a patient ID and press Ctrl+S, as a person would; wait for the message."""
    w.case_list.select(case_id)
    qtbot.waitUntil(lambda: w.case is not None and w.case.id == case_id, timeout=30_000)
    w.form.patient_id.setText("MU-77")
    w.messages.hide()
    w.save_action.trigger()
    qtbot.waitUntil(lambda: w.messages.isVisible() and w.runner.busy == 0, timeout=60_000)


def test_an_unreadable_site_file_is_shown_in_french(qtbot, french, data_dir, model_dir,
                                                    tmp_path, monkeypatch):
    site = tmp_path / "site.json"
    site.write_text('{"sync_url": "https://pacs.example", ', encoding="utf-8")  # cut off
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(site))
    w = open_window(qtbot, data_dir, model_dir)
    try:
        qtbot.waitUntil(lambda: w.messages.isVisible(), timeout=30_000)
        text = w.messages.text
        assert f"Le fichier de configuration du site {site} ne peut pas être lu (" in text, text
        assert "Corrigez-le ou supprimez-le." in text
        assert "cannot be read" not in text and "{path}" not in text
    finally:
        close(w)


def test_a_locked_store_is_shown_in_french(qtbot, french, data_dir, model_dir):
    w = open_window(qtbot, data_dir, model_dir, busy_timeout=0.5)
    other = None
    try:
        case = import_and_wait(qtbot, w, [CHEST]).imported[0]
        # Another program holds the case database (a second window, a backup tool).
        other = sqlite3.connect(data_dir / "cases.sqlite3", isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        save_typed_id(qtbot, w, case.id)
        text = w.messages.text
        assert "La base des cas est occupée" in text, text
        assert "Rien n’a été modifié." in text
        assert "busy" not in text
    finally:
        if other is not None:
            other.execute("ROLLBACK")
            other.close()
        close(w)


@pytest.fixture
def tmpfs(tmp_path: Path):
    from helpers.full_disk import small_tmpfs

    with small_tmpfs(tmp_path, "6m") as mnt:
        yield mnt


def test_a_full_disk_is_shown_in_french(qtbot, french, tmpfs, model_dir):
    """A real full disk under the data folder (a small tmpfs)."""
    from helpers.full_disk import fill_disk

    data_dir = tmpfs / "data"
    w = open_window(qtbot, data_dir, model_dir)
    try:
        case = import_and_wait(qtbot, w, [CHEST]).imported[0]
        fill_disk(tmpfs)
        save_typed_id(qtbot, w, case.id)
        text = w.messages.text
        assert "Le disque est plein" in text, text
        assert "Les cas déjà enregistrés sont intacts." in text
        assert "disk is full" not in text.lower()
    finally:
        (tmpfs / "filler").unlink(missing_ok=True)
        close(w)


@pytest.mark.skipif(not J2K_CHEST.exists(), reason=NO_SHARED)
def test_a_refused_password_is_explained_in_french(qtbot, french, data_dir, model_dir, orthanc):
    from cxrscreen.core.settings import with_password

    mod = orthanc_module()
    w = open_window(qtbot, data_dir, model_dir)
    try:
        case = import_and_wait(qtbot, w, [J2K_CHEST]).imported[0]
        w.session.store.update_patient(case.id, patient_age="004Y")
        w.session.store.finalise(case.id)
        s = dataclasses.replace(w.session.settings, sync_url=orthanc.url, sync_user=mod.USER,
                                auto_sync=False)
        w.session.apply_settings(with_password(s, w.session.store.cipher, "wrong-one"))
        w.apply_settings()
        out = press_sync_now(qtbot, w)
        assert getattr(out.error, "code", "") == "auth", out
        text = w.messages.text
        assert "Le serveur a refusé le nom d’utilisateur ou le mot de passe (HTTP 401)" in text, \
            text
        assert "l’envoi est suspendu jusqu’à leur correction" in text
        assert "refused the user name" not in text
    finally:
        close(w)


def site_point_file(tmp_path, monkeypatch, sha: str, version: str) -> None:
    import json

    path = tmp_path / "site-with-point.json"
    path.write_text(json.dumps({"site_operating_point": {
        "threshold": 0.2, "model_sha256": sha, "model_version": version,
        "target_sensitivity": 0.97, "cases": 412, "date": "2026-11-23",
        "source": "cxrscreen monitor"}}))
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(path))


def test_the_site_operating_point_is_explained_in_french(qtbot, french, data_dir, model_dir,
                                                        tmp_path, monkeypatch):
    """The site configuration's operating point: for another model (not used, the window says
    why), then for this model (its origin under the result)."""
    from cxrscreen.core.screening.litert import read_metadata

    site_point_file(tmp_path, monkeypatch, "0" * 64, "0.9.0")
    w = open_window(qtbot, data_dir, model_dir)
    try:
        qtbot.waitUntil(lambda: w.messages.isVisible(), timeout=30_000)
        text = w.messages.text
        assert "Le point de fonctionnement du site (seuil 0.2000) a été choisi pour le modèle " \
            "0.9.0" in text, text
        assert "Il n’est pas utilisé" in text and "It is not used" not in text
    finally:
        close(w)
    site_point_file(tmp_path, monkeypatch, read_metadata(model_dir).raw["sha256"], "1.1.0")
    w = open_window(qtbot, data_dir, model_dir)
    try:
        qtbot.waitUntil(lambda: w.result.site_point is not None, timeout=30_000)
        assert w.session.model.site_point().message.startswith(
            "Point de fonctionnement du site utilisé : seuil 0.2000, fixé par l’informatique du "
            "site à partir de 412 cas relus pour une sensibilité visée de 97 % le 2026-11-23")
        case = import_and_wait(qtbot, w, [CHEST]).imported[0]
        w.open_case(case.id)
        details = w.result.details.text()
        assert "à partir de 412 cas relus" in details and "reviewed cases" not in details
    finally:
        close(w)
