"""An adult's X-ray (16 or more, typed or from the DICOM header) says "outside the intended use"
on the result and on the printed report; the score is still shown, marked (issue 22)."""

from __future__ import annotations

from ui_helpers import SAMPLES, import_and_wait

ADULT_DICOM = SAMPLES / "adult_chest_CR_jpeg_baseline.dcm"  # PatientAge 062Y
CHILD_JPEG = SAMPLES / "IM-0140-0001.jpeg"


def test_an_adult_from_the_dicom_header_is_warned_about(qtbot, window):
    from cxrscreen.ui.report import report_html

    case = import_and_wait(qtbot, window, [ADULT_DICOM]).imported[0]
    qtbot.waitUntil(lambda: window.case is not None and window.case.id == case.id,
                    timeout=10_000)
    warning = window.result.adult
    assert warning.isVisible() and "Outside the intended use" in warning.text()
    assert "62 years old" in warning.text()
    details = window.result.details.text()
    assert details.startswith("Not checked on adults") and f"{case.score:.2f}" in details
    html = report_html(window.session.store.get(case.id))
    assert "Outside the intended use: this patient is 62 years old" in html


def test_a_typed_age_of_16_warns_and_15_does_not(qtbot, window):
    case = import_and_wait(qtbot, window, [CHILD_JPEG]).imported[0]
    qtbot.waitUntil(lambda: window.case is not None and window.case.id == case.id,
                    timeout=10_000)
    assert not window.result.adult.isVisible()
    window.form.age.setValue(16)  # years: as it is typed, before saving
    assert window.result.adult.isVisible() and "16 years old" in window.result.adult.text()
    assert window.result.details.text().startswith("Not checked on adults")
    window.form.age.setValue(15)
    assert not window.result.adult.isVisible()
    assert not window.result.details.text().startswith("Not checked")
    window.form.age.setValue(200)
    window.form.age_unit.setCurrentIndex(window.form.age_unit.findData("M"))  # 16.7 years
    assert window.result.adult.isVisible()
