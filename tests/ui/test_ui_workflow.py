"""The health worker's and the clinician's day, driven through the real window on real files."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cxrscreen.core.store.cases import CaseState
from cxrscreen.ui.case_list import COLUMNS
from cxrscreen.ui.workers import ImportOutcome

from helpers.accounts import CLINICIAN
from ui_helpers import HIP, J2K_CHEST, connect_to, import_and_wait, press_sync_now

pytestmark = pytest.mark.skipif(not J2K_CHEST.exists(), reason=f"{J2K_CHEST} is missing")


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


def settle(qtbot, window) -> None:
    """Wait until the window's background tasks (the server check an import starts) are done,
    so that one started before the settings change cannot land after the check that follows it
    (see test_an_older_server_check_does_not_overwrite_a_newer_one)."""
    qtbot.waitUntil(lambda: window.runner.busy == 0, timeout=30_000)


def test_screen_refuse_finalise_review_report(qtbot, window, tmp_path):
    # Import a JPEG 2000 DICOM: one case, its result stated in words, with score and model.
    out = import_and_wait(qtbot, window, [J2K_CHEST])
    assert isinstance(out, ImportOutcome) and len(out.imported) == 1, out
    case = out.imported[0]
    qtbot.waitUntil(lambda: window.viewer.case_id == case.id, timeout=30_000)
    headline = window.result.headline.text()
    assert headline in ("Signs of pneumonia — refer to a clinician",
                        "No signs of pneumonia detected")
    details = window.result.details.text()
    assert f"{case.score:.2f}" in details and case.screening.model_version in details
    assert "screening" in details or "balanced" in details
    assert window.case_list.table.rowCount() == 1
    # The heatmap is drawn over the full-resolution image, and can be switched off.
    rows, cols = window.viewer._xray.shape
    assert window.viewer.view.image_item.pixmap().width() == cols
    assert window.viewer.heatmap_visible
    window.viewer.heat_toggle.setChecked(False)
    assert not window.viewer.heatmap_visible
    window.viewer.heat_toggle.setChecked(True)
    # The DICOM form is prefilled from the header.
    assert window.form.patient_id.text() == case.patient.patient_id != ""

    # The hip is refused with its plain reason, and nothing else changes.
    out = import_and_wait(qtbot, window, [HIP])
    assert out.imported == [] and [r.code for r in out.refused] == ["not_chest"]
    assert "This is a hip X-ray: only frontal chest X-rays can be screened" in window.messages.text
    assert len(window.session.store.list_cases()) == 1
    assert window.case is not None and window.case.id == case.id

    # Fill in the form and finalise with the keyboard (Ctrl+Enter).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=30_000)
    window.form.age.setValue(4)
    window.form.sex.setCurrentIndex(window.form.sex.findData("M"))
    qtbot.keyClicks(window.form.notes, "Cough for 5 days")
    window.form.patient_id.setFocus()
    qtbot.keyClick(window.form.patient_id, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.case.state is CaseState.FINALISED, timeout=10_000)
    stored = window.session.store.get(case.id)
    assert stored.patient.patient_age == "004Y" and stored.patient.patient_sex == "M"
    assert stored.notes == "Cough for 5 days"
    assert not window.form.patient_id.isEnabled()  # frozen once finalised
    qtbot.waitUntil(lambda: window.case_list.table.item(0, COLUMNS.index("state")).text()
                    == "Finalised", timeout=30_000)

    # A clinician reviews it.
    window.tabs.setCurrentWidget(window.review)
    window.review.buttons["disagree"].setChecked(True)
    window.review.note.setPlainText("Clear lungs on my reading.")
    window.review.save.click()
    qtbot.waitUntil(lambda: window.case.review is not None, timeout=10_000)
    review = window.session.store.get(case.id).review
    assert (review.decision.value, review.reviewer) == ("disagree", CLINICIAN)
    assert CLINICIAN in window.review.current.text()

    # The report, as a PDF with at least one page.
    pdf = tmp_path / "report.pdf"
    with qtbot.waitSignal(window.reportSaved, timeout=60_000) as blocker:
        window.save_pdf(pdf)
    assert blocker.args[0].path == pdf, blocker.args[0]
    assert pdf.read_bytes().startswith(b"%PDF") and pdf_pages(pdf) >= 1


def test_sync_now_sends_to_orthanc_and_status_changes(qtbot, window, orthanc):
    out = import_and_wait(qtbot, window, [J2K_CHEST])
    case = out.imported[0]
    window.session.store.update_patient(case.id, patient_age="004Y")
    window.session.store.finalise(case.id)
    settle(qtbot, window)
    connect_to(window, orthanc, auto_sync=False)
    qtbot.waitUntil(lambda: window.status.queued.text() == "1 case(s) waiting to be sent",
                    timeout=10_000)
    qtbot.waitUntil(lambda: window.status.server.text() == "Server: reachable", timeout=10_000)
    assert window.status.last_sync.text() == "Last sync: never"
    report = press_sync_now(qtbot, window)
    assert report.ok, report.message()
    assert window.session.store.get(case.id).state is CaseState.SENT
    assert case.uids.image_sop_uid in orthanc.sop_uids(case.uids.study_uid)
    qtbot.waitUntil(lambda: window.status.queued.text() == "0 case(s) waiting to be sent",
                    timeout=10_000)
    assert window.status.last_sync.text().startswith("Last sync: 20")


def test_automatic_sync_sends_finalised_cases(qtbot, window, orthanc):
    out = import_and_wait(qtbot, window, [J2K_CHEST])
    case = out.imported[0]
    window.session.store.finalise(case.id)
    settle(qtbot, window)
    connect_to(window, orthanc, auto_sync=True)  # the server is reachable: it sends by itself
    qtbot.waitUntil(lambda: window.session.store.get(case.id).state is CaseState.SENT,
                    timeout=120_000)
    qtbot.waitUntil(lambda: window.status.queued.text() == "0 case(s) waiting to be sent",
                    timeout=20_000)


def test_an_older_server_check_does_not_overwrite_a_newer_one(qtbot, window, orthanc,
                                                              monkeypatch):
    """On a busy machine the check started after an import (no server set yet) can finish after
    the one started when the server is set. Forced here: the old check is held until the new one
    is shown."""
    check_reach = window.session.check_reach
    old_started, release_old = threading.Event(), threading.Event()

    def old_check_held(task=None):
        outcome = check_reach(task)
        if not outcome.configured:
            old_started.set()
            release_old.wait(30)
        return outcome

    monkeypatch.setattr(window.session, "check_reach", old_check_held)
    window.check_server()
    assert old_started.wait(30)
    connect_to(window, orthanc, auto_sync=False)
    qtbot.waitUntil(lambda: window.status.server.text() == "Server: reachable", timeout=30_000)
    release_old.set()
    settle(qtbot, window)  # the old check has finished and its result has been handled
    assert window.status.server.text() == "Server: reachable"
