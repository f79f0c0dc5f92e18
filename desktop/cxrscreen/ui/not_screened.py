"""Sending a refused film, not screened, for a clinician's reading (issue 22), in the window.

When an import refuses a film that may still be a chest (core/screening/not_screened.py), the
refusal's message bar offers "Send for a clinician's reading". The worker is asked first, in
plain words, that the X-ray will NOT be screened and gets no result; on "Send", the film is stored
as a not-screened case, opened, and the worker types the child's details and finalises it as any
case. The words every panel uses for such a case are here too, so that they say the same thing.

Kept apart from the window: main_window.py makes :class:`SendForReading`, and import_flow.py
calls its ``offer`` after an import's message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.screening.not_screened import (NOT_SCREENED_CHILD_NOW, NOT_SCREENED_EXPLAINED,
                                           NOT_SCREENED_HEADLINE, reason_line)
from .workers import Failure, Task

NOT_SCREENED_STYLE = "background:#4a148c; color:white;"  # neither red nor green: no result


def _tr(text: str) -> str:
    return QCoreApplication.translate("NotScreened", text)


def headline() -> str:
    return translate("NotScreened", NOT_SCREENED_HEADLINE)


def explained(case) -> str:
    """The panel's and the report's lines: no result, no score; why; what to do now."""
    return "\n".join([translate("NotScreened", NOT_SCREENED_EXPLAINED), reason_line(case.refusal),
                      translate("NotScreened", NOT_SCREENED_CHILD_NOW)])


def short() -> str:
    """The case list's result column."""
    return _tr(QT_TRANSLATE_NOOP("NotScreened", "NOT SCREENED"))


def sendable(refusals) -> list:
    return [r for r in refusals if getattr(r, "sendable", False)]


class SendForReading(QObject):
    """The offer, the question and the storing, for one window (ui/main_window.MainWindow)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.offered: list = []  # the refusals (workers.Refusal) the bar's button would send
        self.question: QMessageBox | None = None

    def offer(self, refusals) -> None:
        """After an import's message is shown: add the button when a refused film may be sent."""
        self.offered = sendable(refusals)
        bar = self.window.messages
        if not self.offered:
            bar.set_action(None)
            return
        names = ", ".join(r.path.name for r in self.offered)
        bar.append_line(_tr(QT_TRANSLATE_NOOP(
            "NotScreened", "%1 may still show the chest: you can send it, NOT screened, for a "
            "clinician's reading.")).replace("%1", names))
        bar.set_action(_tr(QT_TRANSLATE_NOOP("NotScreened", "Send for a &clinician's reading")),
                       self.ask)

    def ask(self) -> None:
        """The window-modal question; nothing is stored unless the worker chooses Send."""
        if not self.offered:
            return
        files = "\n".join(f"• {r.path.name}: {r.message}" for r in self.offered)
        box = QMessageBox(QMessageBox.Icon.Warning,
                          _tr(QT_TRANSLATE_NOOP("NotScreened", "Send without screening?")),
                          _tr(QT_TRANSLATE_NOOP(
                              "NotScreened",
                              "CXR Screen did NOT screen this X-ray and gives no result for it. "
                              "It will be stored as \"Not screened\" and, once you finalise it, "
                              "sent to the hospital for a clinician to read. CXR Screen is a "
                              "screening aid, not a diagnosis.")) + "\n\n" + files,
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("sendForReadingQuestion")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.send = box.addButton(_tr(QT_TRANSLATE_NOOP("NotScreened", "&Send for reading")),
                                 QMessageBox.ButtonRole.AcceptRole)
        box.go_back = box.addButton(_tr(QT_TRANSLATE_NOOP("NotScreened", "&Go back")),
                                    QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.send)
        box.setEscapeButton(box.go_back)
        self.question = box
        offered = list(self.offered)

        def answered(_result) -> None:
            self.question = None
            box.deleteLater()
            if box.clickedButton() is box.send:
                self.send(offered)

        box.finished.connect(answered)
        box.open()

    def send(self, refusals) -> None:
        store = self.window.session.store

        def work(_task):
            return [store.add_not_screened(r.path, r.error) for r in refusals]

        self.offered = []
        self.window.messages.set_action(None)
        self.window.runner.start(Task(work, "not_screened"), self._stored)

    def _stored(self, outcome) -> None:
        w = self.window
        if isinstance(outcome, Failure):
            w.messages.show_message(outcome.message, "error")
            return
        last = outcome[-1]
        if w.case is not None and w.form.has_unsaved_changes():
            # The open case has typing not saved yet: it stays; the new case is in the list.
            w.messages.show_message(_tr(QT_TRANSLATE_NOOP(
                "NotScreened", "Stored as NOT SCREENED: it is in the list. Open it, type the "
                "child's details, then Finalise to send it for a clinician's reading.")),
                "warning")
            w.case_list.refresh()
            w.check_server()
            return
        w.messages.show_message(_tr(QT_TRANSLATE_NOOP(
            "NotScreened", "Stored as NOT SCREENED. Type the child's details, then Finalise to "
            "send it for a clinician's reading.")), "warning", about=last.id)
        w.case_list.refresh(select=last.id)
        w.open_case(last.id)
        w.check_server()
