"""Issue 21 in the window: a damaged case is named in a banner (not just missing from the list);
the settings no longer offer a CA file the core ignores; a changed server address asks for the
password again (the core refuses the saved one for another address)."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402

pytestmark = pytest.mark.skipif(not have_data(), reason=NO_DATA)


def _window(qtbot, data, model_dir):
    from cxrscreen.ui.app import create_window, make_app
    from helpers.accounts import store_for

    make_app([])
    w = create_window(store_for(data), model_dir)
    qtbot.addWidget(w)
    w.show()
    w.start()
    return w


def test_a_case_set_aside_is_named_in_a_banner(qtbot, tmp_path, model_dir):
    from helpers.accounts import store_for

    data = tmp_path / "data"
    with store_for(data) as store:
        ids = [store.import_file(p, FakeScreener(), finalise=True).id for p in jpegs(3)]
    con = sqlite3.connect(data / "cases.sqlite3")  # an edit outside the application
    con.execute("UPDATE cases SET label = 'NORMAL', score = 0.0 WHERE id = ?", (ids[1],))
    con.commit()
    con.close()
    w = _window(qtbot, data, model_dir)
    qtbot.waitUntil(lambda: w.case_list.table.rowCount() == 2, timeout=30_000)
    qtbot.waitUntil(w.damaged_banner.isVisible, timeout=5_000)
    assert w.damaged_banner.case_ids == [ids[1]]
    assert ids[1][:8] in w.damaged_banner.text() and "cxrscreen doctor" in w.damaged_banner.text()
    assert "changed outside the application" in w.damaged_banner.toolTip()
    w.session.close()


def test_no_case_set_aside_no_banner(qtbot, window):
    qtbot.waitUntil(lambda: window.case_list.cases is not None, timeout=10_000)
    assert not window.damaged_banner.isVisible()


def test_the_ca_is_shown_from_the_site_file_not_edited(qtbot, window, tmp_path, monkeypatch):
    from cxrscreen.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.session, ["screening"], window)
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "ca_file")  # the field the core ignored is gone
    assert "ships with" in dialog.ca_source.text()
    site = tmp_path / "site.json"
    site.write_text(json.dumps({"schema_version": 1, "ca_file": "/etc/cxrscreen/district.pem"}))
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(site))
    dialog = SettingsDialog(window.session, ["screening"], window)
    qtbot.addWidget(dialog)
    assert "/etc/cxrscreen/district.pem" in dialog.ca_source.text()


def test_a_changed_address_asks_for_the_password_again(qtbot, window, data_dir):
    from cxrscreen.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.session, ["screening"], window)
    qtbot.addWidget(dialog)
    dialog.url.setText("https://pacs.example.org/dicom-web")
    dialog.user.setText("unit7")
    dialog.password.setText("pw-1")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.session.sync_connection().password == "pw-1"

    dialog = SettingsDialog(window.session, ["screening"], window)
    qtbot.addWidget(dialog)
    dialog.url.setText("https://other.example.org/dicom-web")
    assert "again" in dialog.password.placeholderText()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Type the password for the new address" in dialog.error.text()
    assert json.loads((data_dir / "settings.json").read_text())["sync_url"] == \
        "https://pacs.example.org/dicom-web"  # nothing saved
    dialog.password.setText("pw-2")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.session.sync_connection().password == "pw-2"  # bound to the new address


def test_an_edited_settings_file_is_shown_and_not_used(qtbot, tmp_path, model_dir):
    from cxrscreen.core.settings import Settings, save_settings
    from helpers.accounts import store_for

    data = tmp_path / "data"
    with store_for(data) as store:
        save_settings(Settings(sync_url="https://pacs.example.org/dicom-web"), data, store.cipher)
    raw = json.loads((data / "settings.json").read_text())
    raw["sync_url"] = "https://elsewhere.example.org/dicom-web"  # by hand
    (data / "settings.json").write_text(json.dumps(raw))
    w = _window(qtbot, data, model_dir)
    assert "changed outside the application" in w.messages.label.text()
    assert w.session.settings.sync_url == ""  # the site's settings (none here), not the edit
    w.session.close()


def test_a_case_whose_outbox_row_was_edited_is_named_after_a_sync(qtbot, tmp_path, model_dir,
                                                                  orthanc):
    from helpers.accounts import store_for
    from ui_helpers import connect_to, press_sync_now

    data = tmp_path / "data"
    with store_for(data) as store:
        ids = [store.import_file(p, FakeScreener(), finalise=True).id for p in jpegs(2)]
    con = sqlite3.connect(data / "cases.sqlite3")
    con.execute("UPDATE outbox SET sent_at = '2026-01-01' WHERE case_id = ? AND kind = 'sr'",
                (ids[0],))
    con.commit()
    con.close()
    w = _window(qtbot, data, model_dir)
    qtbot.waitUntil(lambda: w.case_list.table.rowCount() == 2, timeout=30_000)
    assert not w.damaged_banner.isVisible()  # its case row is as written: listed
    connect_to(w, orthanc)
    report = press_sync_now(qtbot, w)
    assert list(report.damaged) == [ids[0]]
    qtbot.waitUntil(w.damaged_banner.isVisible, timeout=5_000)
    assert w.damaged_banner.case_ids == [ids[0]]
    assert orthanc.count() == 2  # the other case only
    w.session.close()
