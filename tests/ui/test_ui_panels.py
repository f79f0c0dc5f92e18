"""The form, the filters, the viewer, the settings and the layout, each on its own."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from cxrscreen.core.store.cases import CaseState
from cxrscreen.core.screening.results import DISCLAIMER
from cxrscreen.ui.case_list import COLUMNS
from cxrscreen.ui.result_panel import disclaimer_text, summary_text

from ui_helpers import J2K_CHEST, NO_SHARED, SAMPLES, answer_finalise, import_and_wait

JPEG = SAMPLES / "IM-0140-0001.jpeg"
JPEG2 = SAMPLES / "person1003_virus_1685.jpeg"


def test_disclaimer_and_result_words_match_the_core(window):
    assert disclaimer_text() == DISCLAIMER
    assert window.disclaimer.text() == DISCLAIMER and window.disclaimer.isVisible()
    assert summary_text("PNEUMONIA") == "Signs of pneumonia — refer to a clinician"
    assert summary_text("NORMAL") == "No signs of pneumonia detected"


def test_jpeg_form_needs_id_and_age_before_finalising(qtbot, window):
    case = import_and_wait(qtbot, window, [JPEG]).imported[0]
    qtbot.waitUntil(lambda: window.case is not None and window.case.id == case.id, timeout=30_000)
    assert window.form.patient_id.text() == ""  # nothing to prefill from a JPEG
    window.form.request_finalise()
    assert "Enter the patient ID" in window.form.problems.text()
    assert "Enter the child's age" in window.form.problems.text()
    assert window.session.store.get(case.id).state is CaseState.SCREENED
    window.form.patient_id.setText("MU-2291")
    window.form.patient_name.setText("Baraka")
    window.form.age.setValue(18)
    window.form.age_unit.setCurrentIndex(window.form.age_unit.findData("M"))
    window.form.request_save()
    qtbot.waitUntil(lambda: window.session.store.get(case.id).patient.patient_id == "MU-2291",
                    timeout=30_000)
    assert window.session.store.get(case.id).patient.patient_age == "018M"
    assert window.session.store.get(case.id).state is CaseState.SCREENED
    window.form.request_finalise()  # it asks first (it cannot be undone); "Go back" keeps it
    answer_finalise(qtbot, window, finalise=False)
    qtbot.waitUntil(lambda: window.finalise_box is None, timeout=10_000)
    assert window.session.store.get(case.id).state is CaseState.SCREENED
    window.form.request_finalise()
    answer_finalise(qtbot, window)
    qtbot.waitUntil(lambda: window.session.store.get(case.id).state is CaseState.FINALISED,
                    timeout=30_000)


def test_filters_and_search(qtbot, window):
    a = import_and_wait(qtbot, window, [JPEG]).imported[0]
    b = import_and_wait(qtbot, window, [JPEG2]).imported[0]
    window.session.store.update_patient(a.id, patient_id="AAA-1")
    window.session.store.update_patient(b.id, patient_id="BBB-2")
    window.session.store.finalise(b.id)

    def shown():
        with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
            window.case_list.refresh()
        return [window.case_list.table.item(r, COLUMNS.index("patient")).text()
                for r in range(window.case_list.table.rowCount())]

    assert shown() == ["BBB-2", "AAA-1"]  # newest first
    window.case_list.state.setCurrentIndex(window.case_list.state.findData("finalised"))
    assert shown() == ["BBB-2"]
    window.case_list.state.setCurrentIndex(0)
    window.case_list.search.setText("aaa")
    assert shown() == ["AAA-1"]
    window.case_list.search.setText("")
    label = a.label
    window.case_list.result.setCurrentIndex(window.case_list.result.findData(label))
    assert "AAA-1" in shown()
    other = "NORMAL" if label == "PNEUMONIA" else "PNEUMONIA"
    window.case_list.result.setCurrentIndex(window.case_list.result.findData(other))
    assert "AAA-1" not in shown()


@pytest.mark.skipif(not J2K_CHEST.exists(), reason=NO_SHARED)
def test_viewer_zoom_window_level_and_heatmap_opacity(qtbot, window):
    case = import_and_wait(qtbot, window, [J2K_CHEST]).imported[0]
    qtbot.waitUntil(lambda: window.viewer.case_id == case.id, timeout=30_000)
    viewer = window.viewer
    assert viewer.reset_window.isVisible()  # DICOM: window/level offered
    before = viewer.view.image_item.pixmap().toImage()
    raw = viewer._xray.raw
    viewer.set_window(float(np.median(raw)), float(raw.std()) / 4)
    qtbot.waitUntil(lambda: viewer.view.image_item.pixmap().toImage() != before, timeout=30_000)
    assert viewer.window_label.text().startswith("L ")
    viewer.reset_windowing()
    assert viewer.view.image_item.pixmap().toImage() == before
    zoom = viewer.view.zoom_level
    viewer.view.setFocus()
    qtbot.keyClick(viewer.view, Qt.Key.Key_Plus)
    assert viewer.view.zoom_level > zoom
    viewer.opacity.setValue(20)
    assert abs(viewer.view.heat_item.opacity() - 0.2) < 1e-6


def test_jpeg_has_no_window_level(qtbot, window):
    case = import_and_wait(qtbot, window, [JPEG]).imported[0]
    qtbot.waitUntil(lambda: window.viewer.case_id == case.id, timeout=30_000)
    assert not window.viewer.reset_window.isVisible()


def test_settings_dialog_validates_and_saves_per_user(qtbot, window, data_dir):
    from cxrscreen.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.session, ["screening", "balanced"], window)
    qtbot.addWidget(dialog)
    dialog.url.setText("pacs.example.org")  # no scheme: refused by the core's validation
    dialog.accept()
    assert "must start with https://" in dialog.error.text()
    assert not (data_dir / "settings.json").exists()
    dialog.url.setText("https://pacs.example.org/dicom-web")
    dialog.user.setText("unit7")
    dialog.password.setText("pw-of-unit7")
    # Signed in as a clinician: the operating point is IT's choice (test_ui_small_things.py).
    assert not dialog.operating_point.isEnabled()
    dialog.operating_point.setCurrentIndex(dialog.operating_point.findData("balanced"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["sync_url"] == "https://pacs.example.org/dicom-web"
    assert saved.get("operating_point", "") == "" and "pw-of-unit7" not in json.dumps(saved)
    assert window.session.settings.sync_user == "unit7"


def test_site_file_supplies_defaults(qtbot, tmp_path, monkeypatch, model_dir):
    from cxrscreen.ui.app import create_window

    site = tmp_path / "site.json"
    site.write_text(json.dumps({"sync_url": "https://hospital.example/dicom-web",
                                "auto_sync": False}))
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(site))
    from helpers.accounts import store_for

    w = create_window(store_for(tmp_path / "d2"), model_dir)
    qtbot.addWidget(w)
    assert w.session.settings.sync_url == "https://hospital.example/dicom-web"
    assert w.session.settings.auto_sync is False
    w.session.close()


def test_fits_a_small_laptop_screen(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740, hint
    assert window.width() <= 1366 and window.height() <= 768


def test_every_visible_text_goes_through_translation(window):
    """A fake translator that upper-cases every string: labels built with tr() change."""
    from PySide6.QtCore import QTranslator

    from cxrscreen.ui.main_window import MainWindow

    class Upper(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper()

    app = QCoreApplication.instance()
    upper = Upper()
    app.installTranslator(upper)
    try:
        w = MainWindow(window.session)
        assert w.import_action.text() == "IMPORT X-RAYS…"
        assert w.disclaimer.text() == DISCLAIMER.upper()
        assert w.form.finalise_button.text().startswith("&FINALISE")
        w.deleteLater()
    finally:
        app.removeTranslator(upper)


def test_single_key_shortcuts_do_not_steal_typing(qtbot, window):
    case = import_and_wait(qtbot, window, [JPEG]).imported[0]
    qtbot.waitUntil(lambda: window.viewer.case_id == case.id, timeout=30_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=30_000)
    window.form.patient_name.setFocus()
    qtbot.keyClicks(window.form.patient_name, "Wanjiru Hawa")
    assert window.form.patient_name.text() == "Wanjiru Hawa"
    assert window.viewer.heat_toggle.isChecked()  # "H" typed into the field, not the shortcut
    window.viewer.view.setFocus()
    qtbot.keyClick(window.viewer.view, Qt.Key.Key_H)
    assert not window.viewer.heat_toggle.isChecked()


def test_settings_dialog_shows_each_points_figures_from_the_model(qtbot, window, model_dir):
    """Each operating point is labelled with the figures the model's metadata gives, in plain
    words (issue 22): those of the second collection when it has them (closer to a new site),
    else validation's; a point with the same threshold as one before it says so."""
    from cxrscreen.ui.settings_dialog import SettingsDialog

    thresholds = json.loads((model_dir / "metadata.json").read_text())["thresholds"]
    points = [k for k, v in thresholds.items() if isinstance(v, dict)]
    dialog = SettingsDialog(window.session, points, window)
    qtbot.addWidget(dialog)
    for i, op in enumerate(points):
        label = dialog.operating_point.itemData(dialog.operating_point.findData(op),
                                                Qt.ItemDataRole.ToolTipRole)
        point = thresholds[op]
        assert "sensitivity" not in label and "specificity" not in label, label
        if any(thresholds[o]["value"] == point["value"] for o in points[:i]):
            assert "the same as" in label, label
            continue
        if "external_sensitivity" in point:
            where, sens, spec = "other hospitals", point["external_sensitivity"], point["external_specificity"]
        else:
            where, sens, spec = "test X-rays", point["validation_sensitivity"], point["validation_specificity"]
        assert where in label, label
        assert f"finds {100 * sens:.0f} of 100 children with pneumonia" in label, label
        assert f"sends {100 * (1 - spec):.0f} of 100 children without it" in label, label


def test_the_view_doubt_headline_is_the_cores_words(qapp):
    """The window's headline for a view doubt is written twice, so that it can be translated
    (like the disclaimer): in English both must say the same."""
    from cxrscreen.core.screening.results import VIEW_UNCERTAIN_SUMMARY
    from cxrscreen.ui.result_panel import summary_text

    assert summary_text("NORMAL", view_doubt=True) == VIEW_UNCERTAIN_SUMMARY
    assert summary_text("PNEUMONIA", view_doubt=True) == VIEW_UNCERTAIN_SUMMARY
