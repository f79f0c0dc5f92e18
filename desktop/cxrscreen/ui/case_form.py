"""The case form: patient ID, name, sex and age (prefilled from DICOM, typed for JPEG/PNG), the
health worker's notes, Save and Finalise. Editable only while the case is ``screened``."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout,
                               QWidget)

AGE_UNITS = ("Y", "M", "W", "D")
AGE_MAX = {"Y": 120, "M": 240, "W": 520, "D": 999}
_AGE_RE = re.compile(r"^\s*(\d{1,3})\s*([YMWD]?)\s*$", re.IGNORECASE)


def parse_age(text: str) -> tuple[int | None, str]:
    """DICOM age string ("004Y") -> (4, "Y"); (None, "Y") when empty or unreadable."""
    m = _AGE_RE.match(text or "")
    if not m:
        return None, "Y"
    return int(m.group(1)), (m.group(2).upper() or "Y")


def format_age(number: int | None, unit: str) -> str:
    return "" if number is None else f"{number:03d}{unit}"


def validate_patient(patient: dict[str, str], for_finalise: bool) -> list[str]:
    """Problems a person must fix, in plain words (empty list: all good)."""
    problems = []
    pid = patient.get("patient_id", "")
    if for_finalise and not pid:
        problems.append(QCoreApplication.translate("CaseForm", "Enter the patient ID (it links the X-ray to the child)."))
    if len(pid) > 64 or "\\" in pid:
        problems.append(QCoreApplication.translate("CaseForm", "The patient ID must be at most 64 characters, without \\."))
    name = patient.get("patient_name", "")
    if len(name) > 64 or "\\" in name:
        problems.append(QCoreApplication.translate("CaseForm", "The name must be at most 64 characters, without \\."))
    if for_finalise and not patient.get("patient_age"):
        problems.append(QCoreApplication.translate("CaseForm", "Enter the child's age."))
    return problems


class CaseForm(QWidget):
    saveRequested = Signal(dict, str)  # patient fields, notes
    finaliseRequested = Signal(dict, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patient_id = QLineEdit()
        self.patient_id.setMaxLength(64)
        self.patient_name = QLineEdit()
        self.patient_name.setMaxLength(64)
        self.sex = QComboBox()
        for code, text in (("", self.tr("Not recorded")), ("F", self.tr("Female")),
                           ("M", self.tr("Male")), ("O", self.tr("Other"))):
            self.sex.addItem(text, code)
        self.age = QSpinBox()
        self.age.setRange(-1, 999)
        self.age.setSpecialValueText(self.tr("not entered"))
        self.age.setValue(-1)
        self.age_unit = QComboBox()
        for code, text in zip(AGE_UNITS, (self.tr("years"), self.tr("months"), self.tr("weeks"),
                                          self.tr("days"))):
            self.age_unit.addItem(text, code)
        age_row = QHBoxLayout()
        age_row.addWidget(self.age, 1)
        age_row.addWidget(self.age_unit, 1)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes (symptoms, what the family was told...)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(60)
        self.source = QLabel()
        self.source.setWordWrap(True)
        # A long file name must wrap, not widen the window past a 1024 px screen.
        self.source.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problems = QLabel()
        self.problems.setObjectName("formProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color:#b00020; font-weight:bold;")
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.finalise_button = QPushButton(self.tr("&Finalise (Ctrl+Enter)"))
        self.finalise_button.setObjectName("primary")
        self.finalise_button.setToolTip(self.tr("Freeze the case and queue it to be sent to the "
                                                "hospital"))
        self.save_button.clicked.connect(self.request_save)
        self.finalise_button.clicked.connect(self.request_finalise)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Patient &ID"), self.patient_id)
        form.addRow(self.tr("&Name"), self.patient_name)
        form.addRow(self.tr("Se&x"), self.sex)
        age_label = QLabel(self.tr("&Age"))
        age_label.setBuddy(self.age)
        form.addRow(age_label, age_row)
        # One above the other, each the column's width: side by side, "Finaliser (Ctrl+Entrée)"
        # was cut off beside "Enregistrer" in a 1024 px window.
        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.finalise_button)
        # The fields scroll when the window is short (a 1024x600 netbook); Save and Finalise
        # stay below them, always on the screen.
        from .fit import scroll_area

        fields = QWidget()
        inner = QVBoxLayout(fields)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.addWidget(self.source)
        inner.addLayout(form)
        inner.addWidget(QLabel(self.tr("Health worker's notes")))
        inner.addWidget(self.notes, 1)
        inner.addWidget(self.problems)
        inner.addWidget(self.state_label)
        self.fields = scroll_area(fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields, 1)
        layout.addLayout(buttons)
        self.case = None
        self.show_case(None)

    # -- public --------------------------------------------------------------------------------

    def show_case(self, case) -> None:
        self.case = case
        p = case.patient if case is not None else None
        self.patient_id.setText(p.patient_id if p else "")
        self.patient_name.setText(p.patient_name if p else "")
        self.sex.setCurrentIndex(max(0, self.sex.findData(p.patient_sex if p else "")))
        number, unit = parse_age(p.patient_age if p else "")
        self.age_unit.setCurrentIndex(max(0, self.age_unit.findData(unit)))
        self.age.setValue(-1 if number is None else number)
        self.notes.setPlainText(case.notes if case else "")
        self.problems.setText("")
        editable = case is not None and case.state.value == "screened"
        for w in (self.patient_id, self.patient_name, self.sex, self.age, self.age_unit,
                  self.save_button, self.finalise_button):
            w.setEnabled(editable)
        self.notes.setReadOnly(not editable)
        # The style's [readOnly="true"] grey is chosen when the style is applied: apply it again,
        # or an editable notes box stayed grey as if it were frozen.
        self.notes.style().unpolish(self.notes)
        self.notes.style().polish(self.notes)
        if case is None:
            self.source.setText("")
            self.state_label.setText("")
            return
        src = (self.tr("From the DICOM file %1: check the details.") if case.source_format ==
               "dicom" else self.tr("From the image file %1: type the details."))
        self.source.setText(src.replace("%1", breakable(case.source_name)))
        self.state_label.setText(state_sentence(case))

    def patient_values(self) -> dict[str, str]:
        age = self.age.value()
        return {
            "patient_id": self.patient_id.text().strip(),
            "patient_name": self.patient_name.text().strip(),
            "patient_sex": self.sex.currentData() or "",
            "patient_age": format_age(None if age < 0 else age, self.age_unit.currentData()),
        }

    def has_unsaved_changes(self) -> bool:
        if self.case is None or self.case.state.value != "screened":
            return False
        p = self.case.patient
        stored = {k: getattr(p, k) for k in self.patient_values()}
        stored["patient_age"] = format_age(*parse_age(p.patient_age))  # "62" is "062Y"
        return (stored != self.patient_values() or self.notes.toPlainText() != self.case.notes)

    def request_save(self) -> None:
        self._request(False)

    def request_finalise(self) -> None:
        self._request(True)

    # -- internals -----------------------------------------------------------------------------

    def _request(self, finalise: bool) -> None:
        if self.case is None or self.case.state.value != "screened":
            return
        values = self.patient_values()
        problems = validate_patient(values, finalise)
        number, unit = self.age.value(), self.age_unit.currentData()
        if number > AGE_MAX[unit]:
            problems.append(self.tr("The age is too large for the unit chosen."))
        self.problems.setText("\n".join(problems))
        if problems:
            first = self.patient_id if not values["patient_id"] else self.age
            first.setFocus()
            return
        signal = self.finaliseRequested if finalise else self.saveRequested
        signal.emit(values, self.notes.toPlainText())


def breakable(name: str) -> str:
    """A file name that a wrapped label may break after _ - . (a zero-width space there)."""
    return re.sub(r"([_\-.])", "\\1\u200b", name)


def state_sentence(case) -> str:
    state = case.state.value
    if state == "screened" and case.not_screened:
        return QCoreApplication.translate("CaseForm", "Not screened, not finalised yet: type the "
                                          "child's details, then Finalise to send it for a "
                                          "clinician's reading.")
    if state == "screened":
        return QCoreApplication.translate("CaseForm", "Not finalised yet: check the details, then Finalise.")
    if state == "finalised":
        return QCoreApplication.translate("CaseForm", "Finalised: queued to be sent to the hospital. It can no longer "
                              "be changed.")
    return QCoreApplication.translate("CaseForm", "Sent to the hospital. It can no longer be changed.")
