"""Small things left from issue 22: the age from a birth date on the report, the adult warning
in the finalise question."""

from __future__ import annotations

import io

import pydicom
from ui_helpers import SAMPLES, import_and_wait

ADULT_DICOM = SAMPLES / "adult_chest_CR_jpeg_baseline.dcm"  # PatientAge 62, study 1901-01-01


def birth_date_only(tmp_path):
    """The adult sample with no PatientAge, only a birth date: 64 years on the study date."""
    ds = pydicom.dcmread(ADULT_DICOM)
    del ds.PatientAge
    ds.PatientBirthDate = "18360601"
    buf = io.BytesIO()
    ds.save_as(buf)
    path = tmp_path / "born_1836.dcm"
    path.write_bytes(buf.getvalue())
    return path


def open_imported(qtbot, window, path):
    case = import_and_wait(qtbot, window, [path]).imported[0]
    qtbot.waitUntil(lambda: window.case is not None and window.case.id == case.id,
                    timeout=10_000)
    return window.case


def test_the_report_gives_the_age_from_the_birth_date_as_the_warning_does(qtbot, window,
                                                                          tmp_path):
    from cxrscreen.ui.report import report_html

    case = open_imported(qtbot, window, birth_date_only(tmp_path))
    assert case.patient.patient_age == "" and case.patient.birth_date == "18360601"
    assert "64 years old" in window.result.adult.text()
    html = report_html(case)
    assert "<td><b>Age</b></td><td>64 years</td>" in html, html[html.index("Age"):][:80]


def test_the_finalise_question_repeats_the_adult_warning(qtbot, window):
    from cxrscreen.ui.confirm import finalise_question

    case = open_imported(qtbot, window, ADULT_DICOM)
    question = finalise_question(case, window.form.patient_values())
    assert "Outside the intended use: this patient is 62 years old" in question
    # The age as typed: a child's age takes the warning away.
    window.form.age.setValue(4)
    assert "Outside the intended use" not in finalise_question(case, window.form.patient_values())


def unlock_as(qtbot, window, user):
    from PySide6.QtCore import Qt

    from helpers.accounts import PASSWORDS

    guard = window.lock
    with qtbot.waitSignal(guard.locked, timeout=10_000):
        guard.lock()
    guard.screen.name.setText(user)
    guard.screen.password.setText(PASSWORDS[user])
    with qtbot.waitSignal(guard.unlocked, timeout=10_000):
        qtbot.keyClick(guard.screen.password, Qt.Key.Key_Return)


def test_another_person_unlocking_does_not_get_the_unsaved_typing(qtbot, window):
    from helpers.accounts import WORKER

    case = open_imported(qtbot, window, SAMPLES / "IM-0140-0001.jpeg")
    window.form.patient_id.setText("MU-TYPED-BY-DR")
    window.form.notes.setPlainText("Private note, not saved")
    assert window.form.has_unsaved_changes()
    unlock_as(qtbot, window, WORKER)
    assert window.form.patient_id.text() == case.patient.patient_id != "MU-TYPED-BY-DR"
    assert window.form.notes.toPlainText() == "" and not window.form.has_unsaved_changes()
    assert "did not save was cleared" in window.messages.text
    assert window.session.store.get(case.id).patient.patient_id != "MU-TYPED-BY-DR"


def test_the_same_person_unlocking_keeps_the_unsaved_typing(qtbot, window):
    from helpers.accounts import CLINICIAN

    open_imported(qtbot, window, SAMPLES / "IM-0140-0001.jpeg")
    window.form.patient_id.setText("MU-KEEP")
    unlock_as(qtbot, window, CLINICIAN)
    assert window.form.patient_id.text() == "MU-KEEP" and window.form.has_unsaved_changes()
