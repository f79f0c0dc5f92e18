"""A refused film that may be a chest is sent, NOT screened, for a clinician's reading from the
window (issue 22): the refusal's bar offers it, the worker is asked, the case opens marked "Not
screened" with no score, in the list, the form, the finalise question, the review tab and the
printed report. A hip is never offered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import HIP, answer_finalise, import_and_wait

from helpers.not_screened import tag_lateral_dicom


def offer_and_send(qtbot, window, path):
    outcome = import_and_wait(qtbot, window, [path])
    assert not outcome.imported and outcome.refused[0].sendable
    bar = window.messages
    assert bar.action.isVisible() and "clinician's reading" in bar.action.text().replace("&", "")
    assert "may still show the chest" in bar.text
    bar.action.click()
    qtbot.waitUntil(lambda: window.reading.question is not None
                    and window.reading.question.isVisible(), timeout=10_000)
    box = window.reading.question
    assert "did NOT screen this X-ray" in box.text() and "not a diagnosis" in box.text()
    return box


def test_a_side_view_is_sent_for_reading_and_marked_everywhere(qtbot, window, tmp_path):
    from cxrscreen.ui.confirm import finalise_question
    from cxrscreen.ui.report import report_html

    path = tag_lateral_dicom(tmp_path)
    box = offer_and_send(qtbot, window, path)
    with qtbot.waitSignal(window.caseShown, timeout=20_000,
                          check_params_cb=lambda cid: bool(cid)):
        box.send.click()
    case = window.case
    assert case is not None and case.not_screened and case.source_name == "side_view.dcm"
    # The result panel: no result, no score; why; what to do now.
    assert window.result.headline.text() == "NOT SCREENED: sent for a clinician's reading"
    details = window.result.details.text()
    assert "NOT screened" in details and "side (lateral) view" in details
    assert "(lateral_view)" in details and "refer to a clinician now" in details
    assert "Score" not in details and "nan" not in details
    assert "Stored as NOT SCREENED" in window.messages.text
    # The image shows, with no heatmap to switch on.
    qtbot.waitSignal(window.imageShown, timeout=20_000)
    qtbot.waitUntil(lambda: window.viewer.case_id == case.id, timeout=20_000)
    assert not window.viewer.heat_toggle.isEnabled()
    # The list: its own word, never "Screened".
    qtbot.waitUntil(lambda: window.case_list.table.rowCount() == 1, timeout=10_000)
    cells = [window.case_list.table.item(0, c).text() for c in range(6)]
    assert "NOT SCREENED" in cells and "Not finalised" in cells and "Screened" not in cells
    assert cells[1] == "NOT SCREENED" and cells[2] == "side_view.dcm"  # result, then file
    # The form, the review tab.
    assert "Not screened, not finalised yet" in window.form.state_label.text()
    assert not window.review.save.isEnabled()
    assert "no result to review" in window.review.current.text()
    # The finalise question repeats it; the printed report says it, with no model or score.
    question = finalise_question(case, window.form.patient_values())
    assert "Result: NOT SCREENED: sent for a clinician's reading" in question
    html = report_html(case)
    assert "NOT SCREENED: sent for a clinician&#x27;s reading" in html
    assert "Stored at" in html and "cxr://heatmap" not in html and "Operating point" not in html
    assert "do not wait for the reading" in html
    # Finalised as any case: queued to be sent.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=30_000)
    window.form.patient_id.setText("NS-7")
    window.form.age.setValue(4)
    window.form.patient_id.setFocus()
    qtbot.keyClick(window.form.patient_id, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answer_finalise(qtbot, window)
    qtbot.waitUntil(lambda: window.session.store.get(case.id).state.value == "finalised",
                    timeout=20_000)
    assert window.session.queued_cases() == 1


def test_go_back_stores_nothing(qtbot, window, tmp_path):
    box = offer_and_send(qtbot, window, tag_lateral_dicom(tmp_path))
    box.go_back.click()
    qtbot.waitUntil(lambda: window.reading.question is None, timeout=10_000)
    assert window.session.store.list_cases() == []


def test_a_hip_is_never_offered(qtbot, window):
    outcome = import_and_wait(qtbot, window, [HIP])
    assert outcome.refused[0].code == "not_chest" and not outcome.refused[0].sendable
    assert not window.messages.action.isVisible()
    assert "cannot be screened" in window.messages.text


@pytest.mark.parametrize("after", ["message", "import"])
def test_the_offer_goes_with_its_message(qtbot, window, tmp_path, after):
    from ui_helpers import SAMPLES

    import_and_wait(qtbot, window, [tag_lateral_dicom(tmp_path)])
    assert window.messages.action.isVisible()
    if after == "message":
        window.messages.show_message("Saved.", "info")
    else:
        import_and_wait(qtbot, window, [SAMPLES / "IM-0140-0001.jpeg"])
    assert not window.messages.action.isVisible()


def test_unsaved_typing_in_the_open_case_is_not_lost_by_sending(qtbot, window, tmp_path):
    from ui_helpers import SAMPLES

    first = import_and_wait(qtbot, window, [SAMPLES / "IM-0140-0001.jpeg"]).imported[0]
    qtbot.waitUntil(lambda: window.case is not None and window.case.id == first.id,
                    timeout=10_000)
    window.form.patient_id.setText("MU-TYPING")
    box = offer_and_send(qtbot, window, tag_lateral_dicom(tmp_path))
    box.send.click()
    qtbot.waitUntil(lambda: "it is in the list" in window.messages.text, timeout=20_000)
    assert window.case.id == first.id and window.form.patient_id.text() == "MU-TYPING"
    assert any(c.not_screened for c in window.session.store.list_cases())
