"""Smaller gaps of issue 22: who is signed in, who may change the operating point, and a Help
that says what a result means and what to do."""

from __future__ import annotations

import json

from helpers.accounts import ADMIN, CLINICIAN, WORKER


def test_the_status_bar_says_who_is_signed_in(window):
    assert window.status.account.text() == f"{CLINICIAN} (clinician)"
    assert window.status.account.toolTip().startswith(f"Signed in: {CLINICIAN}.")
    assert window.status.account.isVisible()


def test_only_an_administrator_changes_the_operating_point(qtbot, tmp_path, model_dir):
    from cxrscreen.ui.app import create_window, make_app
    from cxrscreen.ui.settings_dialog import SettingsDialog
    from helpers.accounts import store_for

    make_app([])
    for user, allowed in ((WORKER, False), (ADMIN, True)):
        data = tmp_path / "data"
        w = create_window(store_for(data, user), model_dir)
        qtbot.addWidget(w)
        w.session.model.load()
        dialog = SettingsDialog(w.session, ["screening", "balanced", "high_sensitivity"], w)
        qtbot.addWidget(dialog)
        assert dialog.operating_point.isEnabled() is allowed, user
        assert dialog.point_note.isVisibleTo(dialog) is not allowed
        dialog.operating_point.setCurrentIndex(dialog.operating_point.findData("high_sensitivity"))
        dialog.accept()
        saved = json.loads((data / "settings.json").read_text()).get("operating_point", "")
        assert saved == ("high_sensitivity" if allowed else ""), user
        w.session.close()


def test_help_says_what_a_result_means_and_what_to_do(qtbot, window):
    from cxrscreen.ui.messages import HelpDialog

    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.findChild(type(window.result.headline), "helpText").text()
    for needed in ("What the result means", "refer anyway", "printed report",
                   "Outside the intended use", "cannot be changed", "Ctrl+Shift+L"):
        assert needed in text, needed


def test_an_editable_notes_box_is_not_grey(qtbot, window):
    from ui_helpers import SAMPLES, import_and_wait

    case = import_and_wait(qtbot, window, [SAMPLES / "IM-0140-0001.jpeg"]).imported[0]
    qtbot.waitUntil(lambda: window.case is not None and window.case.id == case.id,
                    timeout=10_000)
    notes = window.form.notes
    assert not notes.isReadOnly()
    image = notes.viewport().grab().toImage()
    corner = image.pixelColor(image.width() - 3, image.height() - 3)
    assert corner.lightness() > 240, corner.name()  # white, not the frozen grey (#e4e4e4)
