"""The open case in the main window: showing it in the result, image, form and review panels,
and saving, finalising (after asking) and reviewing it in the background (a mixin of
:class:`.main_window.MainWindow`).

Its words keep the ``MainWindow`` translation context (explicit ``QCoreApplication.translate``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import CxrError
from .workers import Failure, Task


class CaseFlow:
    """Uses the window's ``session``, ``runner``, panels and actions; keeps ``case`` (the case
    shown) and ``finalise_box`` (the open "Finalise the case?" question)."""

    def open_case(self, case_id: str) -> None:
        if not case_id:
            self._show_case(None)
            return
        try:
            case = self.session.store.get(case_id)
        except CxrError as exc:
            self.messages.show_message(exc.message, "error")
            return
        same_image = self.case is not None and self.case.id == case.id
        self._show_case(case)
        if not same_image or self.viewer.case_id != case.id:
            self.viewer.show_message(QCoreApplication.translate("MainWindow",
                                                                "Loading the image…"))
            self.runner.start(Task(lambda _t: self.session.load_image(case), "image"),
                              self._image_loaded)

    def _show_case(self, case) -> None:
        if self.messages.about and (case is None or case.id != self.messages.about):
            self.messages.hide()  # "Finalised." was about the case before: not this one
        # The same case again (after a save, a sync, a list refresh): what the person typed and
        # has not saved yet stays in the form; it was wiped by every refresh.
        keep_typing = (case is not None and self.case is not None and case.id == self.case.id
                       and case.state.value == "screened" and self.form.has_unsaved_changes())
        self.case = case
        self.result.show_case(case)
        if keep_typing:
            self.form.case = case
        else:
            self.form.show_case(case)
        self.review.show_case(case)
        has = case is not None
        for a in (self.print_action, self.pdf_action):
            a.setEnabled(has)
        self.finalise_action.setEnabled(has and case.state.value == "screened")
        self.save_action.setEnabled(has and case.state.value == "screened")
        if case is None:
            self.viewer.clear()
        self.caseShown.emit(case.id if case else "")

    def _image_loaded(self, outcome) -> None:
        if isinstance(outcome, Failure):
            self.viewer.show_message(outcome.message)
            self.messages.show_message(outcome.message, "error")
            return
        if self.case is None or outcome.case_id != self.case.id:
            return  # the user moved on to another case
        self.viewer.show_image(outcome)
        self.imageShown.emit(outcome.case_id)

    def _patient_typed(self, *_args) -> None:
        if self.case is not None and self.case.state.value == "screened":
            self.result.set_patient(self.case.patient.with_changes(self.form.patient_values()))

    def _confirm_finalise(self, patient: dict, notes: str) -> None:
        """Finalising cannot be undone: ask first, naming the child (confirm.py)."""
        from .confirm import finalise_box

        if self.case is None:
            return
        case = self.case
        box = finalise_box(self, case, patient)
        self.finalise_box = box

        def answered(_result) -> None:
            self.finalise_box = None
            box.deleteLater()
            if box.clickedButton() is box.finalise and self.case is not None \
                    and self.case.id == case.id:
                self._save_case(patient, notes, True)

        box.finished.connect(answered)
        box.open()

    def _save_case(self, patient: dict, notes: str, finalise: bool) -> None:
        case_id = self.case.id

        def work(_task):
            case = self.session.save_case(case_id, patient, notes)
            return self.session.store.finalise(case_id) if finalise else case

        self.runner.start(Task(work, "save"), lambda out: self._case_changed(
            out, QCoreApplication.translate("MainWindow",
                                            "Finalised: the case is queued to be sent.")
            if finalise else QCoreApplication.translate("MainWindow", "Saved.")))

    def _record_review(self, decision: str, note: str) -> None:
        case_id = self.case.id  # recorded under the signed-in clinician (the store checks)
        self.runner.start(
            Task(lambda _t: self.session.store.review(case_id, decision, note), "review"),
            lambda out: self._case_changed(
                out, QCoreApplication.translate("MainWindow", "Review recorded.")))

    def _case_changed(self, outcome, message: str) -> None:
        if isinstance(outcome, Failure):
            self.messages.show_message(outcome.message, "error", about=getattr(self.case, "id", ""))
            return
        self.messages.show_message(message, "info", about=outcome.id)
        if self.case is not None and self.case.id == outcome.id:
            self._show_case(outcome)
        self.case_list.refresh(select=outcome.id)
        self.check_server()
