"""The open case's report from the main window: saved as a PDF or printed, built in the
background (a mixin of :class:`.main_window.MainWindow`; the report itself is :mod:`.report`).

Its words keep the ``MainWindow`` translation context (explicit ``QCoreApplication.translate``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from .workers import Failure, Task


class ReportActions:
    """Uses the window's ``case``, ``session``, ``runner``, ``ui_state`` and ``messages``; emits
    its ``reportSaved``."""

    def choose_pdf(self) -> None:
        if self.case is None:
            return
        name = f"cxr-report-{self.case.patient.patient_id or self.case.id[:8]}.pdf"
        name = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
        start = str(Path(self.ui_state.value("report_dir", str(Path.home()))) / name)
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "Save report as PDF"), start,
            QCoreApplication.translate("MainWindow", "PDF (*.pdf)"))
        if path:
            path = path if path.lower().endswith(".pdf") else path + ".pdf"
            self.ui_state.setValue("report_dir", str(Path(path).parent))
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        from .report import save_pdf

        case_id, store, identity = self.case.id, self.session.store, self._identity()
        self.runner.start(Task(lambda _t: save_pdf(store, case_id, path, identity), "report"),
                          self._pdf_saved)

    def _identity(self):
        """This laptop's site and device name, for the report (core.identity)."""
        from ..core.identity import device_identity

        return device_identity(self.session.settings)

    def _pdf_saved(self, outcome) -> None:
        self.reportSaved.emit(outcome)
        if isinstance(outcome, Failure):
            self.messages.show_message(outcome.message, "error")
        else:
            self.messages.show_message(QCoreApplication.translate(
                "MainWindow", "Report saved: %1").replace("%1", str(outcome.path)), "info")

    def print_report(self) -> None:
        if self.case is None:
            return
        from .report import build_document

        case, store, identity = self.case, self.session.store, self._identity()
        gui_thread = QCoreApplication.instance().thread()

        def work(_task):
            doc = build_document(store, case, identity)
            doc.moveToThread(gui_thread)
            return doc

        self.runner.start(Task(work, "print"), self._print_ready)

    def _print_ready(self, outcome) -> None:
        if isinstance(outcome, Failure):
            self.messages.show_message(outcome.message, "error")
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            outcome.print_(printer)
            self.messages.show_message(
                QCoreApplication.translate("MainWindow", "Report sent to the printer."), "info")
