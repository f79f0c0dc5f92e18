"""Asking before what cannot be undone: finalising a case freezes it and queues it for the
hospital, and it was one keystroke (Ctrl+Enter) with no question (issue 22). The question names
the child, so that a worker who typed into the wrong case sees it before it is frozen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.screening.intended_use import adult_warning
from .not_screened import headline
from .result_panel import summary_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Confirm", text)


def finalise_question(case, patient: dict[str, str]) -> str:
    from .report import _age, _sex

    typed = case.patient.with_changes(patient)  # the details as they will be frozen
    # An adult: the warning again, where the worker confirms (it was only on the result).
    warning = adult_warning(typed) if not case.not_screened else ""
    return (_tr(QT_TRANSLATE_NOOP("Confirm", "Finalise this case? It cannot be changed afterwards, and it will be sent to the "
                "hospital."))
            + "\n\n" + _tr(QT_TRANSLATE_NOOP("Confirm", "Patient ID: %1")).replace("%1", patient.get("patient_id") or "—")
            + "\n" + _tr(QT_TRANSLATE_NOOP("Confirm", "Age: %1 · Sex: %2")).replace("%1", _age(patient.get("patient_age", ""), typed))
            .replace("%2", _sex(patient.get("patient_sex", "")))
            + "\n" + _tr(QT_TRANSLATE_NOOP("Confirm", "File: %1")).replace("%1", case.source_name)
            + "\n" + _tr(QT_TRANSLATE_NOOP("Confirm", "Result: %1")).replace("%1", result_words(case))
            + (f"\n\n{warning}" if warning else ""))


def result_words(case) -> str:
    if case.not_screened:
        return headline()
    return summary_text(case.screening.label)


def finalise_box(parent: QWidget, case, patient: dict[str, str]) -> QMessageBox:
    """A window-modal question (not yet shown: call ``open()``); ``box.finalise`` is the button
    that finalises. Esc or "Go back" leaves the case as it is."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr(QT_TRANSLATE_NOOP("Confirm", "Finalise the case?")),
                      finalise_question(case, patient), QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("finaliseQuestion")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.finalise = box.addButton(_tr(QT_TRANSLATE_NOOP("Confirm", "&Finalise")), QMessageBox.ButtonRole.AcceptRole)
    box.go_back = box.addButton(_tr(QT_TRANSLATE_NOOP("Confirm", "&Go back")), QMessageBox.ButtonRole.RejectRole)
    box.finalise.setObjectName("primary")
    box.setDefaultButton(box.finalise)
    box.setEscapeButton(box.go_back)
    return box
