"""The window shows which operating point is in use and where it came from (settings dialog,
result banner), and says plainly when the site's point was chosen for another model."""

from __future__ import annotations

import json

from cxrscreen.core.screening.litert import read_metadata

from ui_helpers import SAMPLES, import_and_wait

CHEST = SAMPLES / "IM-0140-0001.jpeg"


def site_file(tmp_path, monkeypatch, sha: str, version: str = "1.1.0") -> None:
    path = tmp_path / "site-with-point.json"
    path.write_text(json.dumps({"site_operating_point": {
        "threshold": 0.2, "model_sha256": sha, "model_version": version,
        "target_sensitivity": 0.97, "cases": 412, "date": "2026-11-23",
        "source": "cxrscreen monitor"}}))
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(path))


def test_site_point_in_use_is_shown_with_its_origin(qtbot, tmp_path, monkeypatch, model_dir,
                                                    request):
    from cxrscreen.ui.settings_dialog import SettingsDialog

    site_file(tmp_path, monkeypatch, read_metadata(model_dir).raw["sha256"])
    window = request.getfixturevalue("window")
    qtbot.waitUntil(lambda: window.result.site_point is not None, timeout=30_000)
    case = import_and_wait(qtbot, window, [CHEST]).imported[0]
    assert (case.screening.operating_point, case.screening.threshold) == ("site", 0.2)
    window.open_case(case.id)
    text = window.result.details.text()
    assert "site (chosen by the site's IT)" in text
    assert "from 412 reviewed cases" in text and "on 2026-11-23" in text
    dialog = SettingsDialog(window.session, window.session.model.operating_points(), window)
    qtbot.addWidget(dialog)
    assert dialog.site_point.text().startswith("Site operating point in use: threshold 0.2000")
    assert dialog.operating_point.findData("site") >= 0


def test_site_point_for_another_model_is_not_used_and_the_window_says_so(
        qtbot, tmp_path, monkeypatch, model_dir, request):
    from cxrscreen.ui.settings_dialog import SettingsDialog

    site_file(tmp_path, monkeypatch, "0" * 64, version="0.9.0")
    window = request.getfixturevalue("window")
    qtbot.waitUntil(lambda: "It is not used" in window.messages.label.text(), timeout=30_000)
    assert "chosen for model 0.9.0" in window.messages.label.text()
    case = import_and_wait(qtbot, window, [CHEST]).imported[0]
    assert case.screening.operating_point != "site"
    dialog = SettingsDialog(window.session, window.session.model.operating_points(), window)
    qtbot.addWidget(dialog)
    assert "It is not used" in dialog.site_point.text()
    assert dialog.operating_point.findData("site") < 0
