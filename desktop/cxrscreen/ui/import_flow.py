"""Importing X-rays into the main window: the file dialog, drag and drop and the watched
folder, one import at a time (more files wait their turn), and the message that says what was
screened, refused or already stored (a mixin of :class:`.main_window.MainWindow`).

Its words keep the ``MainWindow`` translation context (explicit ``QCoreApplication.translate``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from .workers import Failure, ImportOutcome, Task

MAX_LISTED = 6


def already_stored_line(refusal) -> str:
    """"a.jpeg is already stored: patient MU-1, file a.jpeg, imported 2026-12-02 14:02." """
    from .case_list import when_text

    case = refusal.case
    if case is None:
        return refusal.message
    return (QCoreApplication.translate(
        "MainWindow", "%1 is already stored (patient %2, file %3, imported %4); it was not "
        "added again.").replace("%1", refusal.path.name)
        .replace("%2", case.patient.patient_id or QCoreApplication.translate("MainWindow",
                                                                             "no ID yet"))
        .replace("%3", case.source_name).replace("%4", when_text(case.created_at)[0]))


class ImportFlow:
    """Uses the window's ``session``, ``runner``, ``status``, ``messages``, ``case_list`` and
    ``form``; keeps ``_import_task`` and the files waiting for it (``_pending_imports``)."""

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, QCoreApplication.translate("MainWindow", "Import X-rays"),
            self.ui_state.value("import_dir", ""),
            QCoreApplication.translate(
                "MainWindow", "X-ray images (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;"
                "All files (*)"))
        if paths:
            self.ui_state.setValue("import_dir", str(Path(paths[0]).parent))
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path], watched: bool = False) -> None:
        """``watched``: new files in the watched folder, not chosen by the person. They never
        take the open case away from the person (the list's highlight moved to the new case
        while the form still showed the old one, and details went into the wrong case)."""
        if self._import_task is not None:
            self._pending_imports += list(paths)
            self._pending_watched = getattr(self, "_pending_watched", True) and watched
            return
        task = Task(lambda t: self.session.import_files(t, list(paths)), "import")
        task.watched = watched
        self._import_task = task
        self.status.start_progress(QCoreApplication.translate("MainWindow", "Importing"),
                                   len(paths))
        self.runner.start(task, self._imported,
                          lambda d, n, _name: self.status.update_progress(d, n))

    def _imported(self, outcome) -> None:
        watched = getattr(self._import_task, "watched", False)
        self._import_task = None
        self.status.end_progress()
        if isinstance(outcome, Failure):
            self.messages.show_message(outcome.message, "error")
        else:
            keep_open = watched and self.case is not None
            if not keep_open and not outcome.imported and (outcome.refused or outcome.failed) \
                    and self.case is not None and not self.form.has_unsaved_changes():
                # Only refusals: the refusal must not sit above the previous child's result.
                self.case_list.table.clearSelection()
                self._show_case(None)
            self._report_import(outcome, watched)
            if outcome.imported:
                self.case_list.refresh(select=None if keep_open else outcome.imported[-1].id)
                self.check_server()
        self.importFinished.emit(outcome)
        if self._pending_imports:
            paths, self._pending_imports = self._pending_imports, []
            watched, self._pending_watched = getattr(self, "_pending_watched", True), True
            self.import_paths(paths, watched)

    def _report_import(self, out: ImportOutcome, watched: bool = False) -> None:
        lines = []
        if watched:
            lines.append(QCoreApplication.translate("MainWindow", "From the watched folder:"))
        if out.imported:
            lines.append(QCoreApplication.translate("MainWindow", "%n X-ray(s) screened.", "",
                                                    len(out.imported)))
            if watched and self.case is not None:
                lines.append(QCoreApplication.translate(
                    "MainWindow", "The case on the screen is unchanged; the new case is in "
                    "the list."))
        for r in (out.refused + out.failed)[:MAX_LISTED]:
            lines.append(QCoreApplication.translate("MainWindow", "%1 cannot be screened: %2")
                         .replace("%1", r.path.name).replace("%2", r.message))
        hidden = len(out.refused) + len(out.failed) - MAX_LISTED
        if hidden > 0:
            lines.append(QCoreApplication.translate(
                "MainWindow", "…and %n more file(s) could not be screened.", "", hidden))
        if out.refused:  # what to do for the child now, whatever the file was
            lines.append(QCoreApplication.translate(
                "MainWindow", "The child was not screened. If the child is unwell, refer to "
                "a clinician now; do not wait for a new X-ray."))
        for r in out.duplicates[:MAX_LISTED]:  # which file, and which case it already is
            lines.append(already_stored_line(r))
        if len(out.duplicates) > MAX_LISTED:
            lines.append(QCoreApplication.translate(
                "MainWindow", "…and %n more file(s) were already stored.", "",
                len(out.duplicates) - MAX_LISTED))
        if out.cancelled:
            lines.append(QCoreApplication.translate(
                "MainWindow", "Import stopped: the remaining files were not imported."))
        if not lines:
            lines.append(QCoreApplication.translate("MainWindow", "No files to import."))
        kind = "error" if out.refused or out.failed else "warning" if out.cancelled else "info"
        self.messages.show_message("\n".join(lines), kind)
        self.reading.offer(out.refused)  # a refused chest, sent for reading (not_screened.py)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
