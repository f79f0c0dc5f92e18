"""The main window: case list on the left, the result, image and forms on the right, the
disclaimer always at the top and the sync status at the bottom. It wires widgets to background
tasks; the work itself is in :mod:`.session` (which calls the core)."""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QMainWindow, QSplitter, QTabWidget, QToolBar,
                               QVBoxLayout, QWidget)

from ..core.errors import CxrError
from .case_form import CaseForm
from .case_list import CaseList
from .messages import HelpDialog, MessageBar
from .not_screened import SendForReading
from .result_panel import DisclaimerBar, ResultPanel
from .review_panel import ReviewPanel
from .status import StatusBar
from .viewer import Viewer
from .watcher import FolderWatcher
from .workers import Failure, ImportOutcome, Task, TaskRunner

log = logging.getLogger(__name__)

MAX_LISTED = 6


def already_stored_line(refusal) -> str:
    """"a.jpeg is already stored: patient MU-1, file a.jpeg, imported 2026-12-02 14:02." """
    from PySide6.QtCore import QCoreApplication

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


class MainWindow(QMainWindow):
    caseShown = Signal(str)  # case id, after the panels show it
    imageShown = Signal(str)
    importFinished = Signal(object)  # ImportOutcome or Failure
    syncFinished = Signal(object)  # SyncReport or Failure
    reportSaved = Signal(object)  # ReportOutcome or Failure
    autoSyncReport = Signal(object)  # from the AutoSync thread (queued to the GUI thread)

    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        self.runner = TaskRunner(self)
        self.ui_state = QSettings(str(session.data_dir / "ui_state.ini"),
                                  QSettings.Format.IniFormat)
        self.setWindowTitle(self.tr("CXR Screen — chest X-ray screening aid"))
        self.setAcceptDrops(True)
        self.case = None
        self.finalise_box = None  # the open "Finalise the case?" question (confirm.py)
        self.auto_sync = None
        self._import_task: Task | None = None
        self._sync_task: Task | None = None
        self._pending_imports: list[Path] = []
        self._reachable: bool | None = None
        self._reach_started = 0  # server checks started, and the newest one shown
        self._reach_shown = 0

        self.disclaimer = DisclaimerBar()
        self.messages = MessageBar()
        self.case_list = CaseList(session, self.runner)
        self.result = ResultPanel()
        self.viewer = Viewer()
        self.form = CaseForm()
        self.review = ReviewPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Case"))
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.setTabToolTip(0, self.tr("Patient details and notes (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Clinician review (Ctrl+2)"))
        self.tabs.setMinimumWidth(300)
        self.status = StatusBar()
        self.setStatusBar(self.status)
        self.watcher = FolderWatcher(self)
        self.reading = SendForReading(self)  # a refused chest, sent for reading (not_screened.py)
        self._build_layout()
        self._build_actions()
        self._connect()
        last = self.ui_state.value("last_sync", "")
        self.status.set_last_sync(datetime.fromisoformat(last) if last else None)

    # -- layout and actions ---------------------------------------------------------------------

    def _build_layout(self) -> None:
        # Three columns under the disclaimer, each as tall as the window: the cases; the result
        # over the image; the case form. On a 1024x600 netbook the form got the room left under
        # the result and its fields were squashed to 16 px; now it has the full height, and it
        # scrolls (with Save and Finalise outside the scroll) when even that is too little.
        # The message bar floats over the top of the image (fit.FloatOver): it moves nothing.
        from .fit import FloatOver

        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.result)
        ml.addWidget(self.viewer, 1)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.setChildrenCollapsible(False)
        main.addWidget(self.case_list)
        main.addWidget(middle)
        main.addWidget(self.tabs)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setStretchFactor(2, 0)
        main.setSizes([330, 700, 340])  # the search box (pt, sw) and the form (fr) need these
        self.splitter = main
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.disclaimer)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)
        FloatOver(self.messages, self.viewer)

    def _action(self, text: str, keys, slot, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in (keys if isinstance(keys, list) else [keys])])
        action.setToolTip(f"{tip or text} ({action.shortcut().toString(QKeySequence.NativeText)})")
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(self.tr("Import X-rays…"), "Ctrl+O", self.choose_files)
        self.finalise_action = self._action(self.tr("Finalise"), ["Ctrl+Return", "Ctrl+Enter"],
                                            self.form.request_finalise,
                                            self.tr("Finalise the case and queue it for sending"))
        self.save_action = self._action(self.tr("Save"), "Ctrl+S", self.form.request_save)
        self.print_action = self._action(self.tr("Print report…"), "Ctrl+P", self.print_report)
        self.pdf_action = self._action(self.tr("Save report as PDF…"), "Ctrl+Shift+S",
                                       self.choose_pdf)
        self.sync_action = self._action(self.tr("Sync now"), "F5", self.sync_now,
                                        self.tr("Send finalised cases to the hospital now"))
        self.settings_action = self._action(self.tr("Settings…"), "Ctrl+,", self.open_settings)
        self.accounts_action = self._action(
            self.tr("Accounts…"), "Ctrl+Shift+A", self.open_accounts,
            self.tr("Change your password; administrators add and disable accounts"))
        self.help_action = self._action(self.tr("Help"), "F1", lambda: HelpDialog(self).exec())
        self._action(self.tr("Cases"), "Ctrl+L", self.case_list.table.setFocus)
        self._action(self.tr("Search"), "Ctrl+F", self.case_list.search.setFocus)
        self._action(self.tr("Case form"), "Ctrl+1", lambda: self._tab(0))
        self._action(self.tr("Review"), "Ctrl+2", lambda: self._tab(1))
        self._action(self.tr("Stop"), "Esc", self.cancel_running)
        bar = QToolBar(self.tr("Main actions"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.import_action, self.finalise_action, self.print_action, self.pdf_action,
                  self.sync_action, self.settings_action, self.accounts_action, self.help_action):
            bar.addAction(a)
        self.addToolBar(bar)
        for a in (self.finalise_action, self.save_action, self.print_action, self.pdf_action):
            a.setEnabled(False)  # until a case is open (_show_case)

    def _tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        (self.form.patient_id if index == 0 else self.review.buttons["agree"]).setFocus()

    def _connect(self) -> None:
        self.case_list.caseSelected.connect(self.open_case)
        self.form.saveRequested.connect(lambda p, n: self._save_case(p, n, False))
        self.form.finaliseRequested.connect(self._confirm_finalise)
        self.review.reviewRequested.connect(self._record_review)
        # The adult warning follows the age as it is typed, before it is saved.
        self.form.age.valueChanged.connect(self._patient_typed)
        self.form.age_unit.currentIndexChanged.connect(self._patient_typed)
        self.status.cancelRequested.connect(self.cancel_running)
        self.watcher.filesReady.connect(lambda paths: self.import_paths(paths, watched=True))
        self.autoSyncReport.connect(self._auto_synced)
        self.reach_timer = QTimer(self, interval=30_000)
        self.reach_timer.timeout.connect(self.check_server)

    # -- start-up -------------------------------------------------------------------------------

    def start(self) -> None:
        """After the window is shown: list the cases, then load the model and check the server
        in the background."""
        self.case_list.refresh()
        self.runner.start(Task(self.session.model.load, "model"), self._model_loaded)
        if self.session.settings_error:
            self.messages.show_message(self.session.settings_error, "error")
        self.apply_settings()

    def _model_loaded(self, outcome) -> None:
        if isinstance(outcome, Failure):
            log.warning("window ready, but screening is not possible: %s", outcome.message)
            self.messages.show_message(
                self.tr("Screening is not possible: %1").replace("%1", outcome.message), "error")
            self.import_action.setEnabled(False)
            return
        site = self.session.model.site_point()
        self.result.site_point = site
        if site.message and not site.active:  # a site point for another model: say so
            self.messages.show_message(site.message, "warning")
        log.info("window ready: model loaded, cases listed")  # IT and CI wait for this line

    def apply_settings(self) -> None:
        s = self.session.settings
        self.watcher.watch(s.watched_folder or None)
        if self.auto_sync is not None:
            self.auto_sync.stop(timeout=5)
            self.auto_sync = None
        if s.auto_sync and self._server_set_up():
            try:
                from ..core.sync.auto import AutoSync

                # the engine is built in AutoSync's thread, not on the way to the case list
                self.auto_sync = AutoSync(
                    self.session.engine, interval=60,
                    on_report=lambda r: self.autoSyncReport.emit(self.session.after_auto_sync(r)))
                self.auto_sync.start()
            except CxrError as exc:
                self.messages.show_message(exc.message, "error")
        self.check_server()
        self.reach_timer.start()

    # -- cases ----------------------------------------------------------------------------------

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
            self.viewer.show_message(self.tr("Loading the image…"))
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
            out, self.tr("Finalised: the case is queued to be sent.") if finalise
            else self.tr("Saved.")))

    def _record_review(self, decision: str, note: str) -> None:
        case_id = self.case.id  # recorded under the signed-in clinician (the store checks)
        self.runner.start(
            Task(lambda _t: self.session.store.review(case_id, decision, note), "review"),
            lambda out: self._case_changed(out, self.tr("Review recorded.")))

    def _case_changed(self, outcome, message: str) -> None:
        if isinstance(outcome, Failure):
            self.messages.show_message(outcome.message, "error", about=getattr(self.case, "id", ""))
            return
        self.messages.show_message(message, "info", about=outcome.id)
        if self.case is not None and self.case.id == outcome.id:
            self._show_case(outcome)
        self.case_list.refresh(select=outcome.id)
        self.check_server()

    # -- import ---------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import X-rays"), self.ui_state.value("import_dir", ""),
            self.tr("X-ray images (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;"
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
        self.status.start_progress(self.tr("Importing"), len(paths))
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
            lines.append(self.tr("From the watched folder:"))
        if out.imported:
            lines.append(self.tr("%n X-ray(s) screened.", "", len(out.imported)))
            if watched and self.case is not None:
                lines.append(self.tr("The case on the screen is unchanged; the new case is in "
                                     "the list."))
        for r in (out.refused + out.failed)[:MAX_LISTED]:
            lines.append(self.tr("%1 cannot be screened: %2").replace("%1", r.path.name)
                         .replace("%2", r.message))
        hidden = len(out.refused) + len(out.failed) - MAX_LISTED
        if hidden > 0:
            lines.append(self.tr("…and %n more file(s) could not be screened.", "", hidden))
        if out.refused:  # what to do for the child now, whatever the file was
            lines.append(self.tr("The child was not screened. If the child is unwell, refer to "
                                 "a clinician now; do not wait for a new X-ray."))
        for r in out.duplicates[:MAX_LISTED]:  # which file, and which case it already is
            lines.append(already_stored_line(r))
        if len(out.duplicates) > MAX_LISTED:
            lines.append(self.tr("…and %n more file(s) were already stored.", "",
                                 len(out.duplicates) - MAX_LISTED))
        if out.cancelled:
            lines.append(self.tr("Import stopped: the remaining files were not imported."))
        if not lines:
            lines.append(self.tr("No files to import."))
        kind = "error" if out.refused or out.failed else "warning" if out.cancelled else "info"
        self.messages.show_message("\n".join(lines), kind)
        self.reading.offer(out.refused)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- reports --------------------------------------------------------------------------------

    def choose_pdf(self) -> None:
        if self.case is None:
            return
        name = f"cxr-report-{self.case.patient.patient_id or self.case.id[:8]}.pdf"
        name = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
        start = str(Path(self.ui_state.value("report_dir", str(Path.home()))) / name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report as PDF"), start,
                                              self.tr("PDF (*.pdf)"))
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
            self.messages.show_message(self.tr("Report saved: %1").replace(
                "%1", str(outcome.path)), "info")

    def print_report(self) -> None:
        if self.case is None:
            return
        from PySide6.QtCore import QCoreApplication

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
            self.messages.show_message(self.tr("Report sent to the printer."), "info")

    # -- sync -----------------------------------------------------------------------------------

    def check_server(self) -> None:
        # Checks run in a pool and may finish out of order on a busy machine: number them and
        # show only the newest, or a check started before the server was set could overwrite a
        # newer "reachable" with "not set up".
        self._reach_started += 1
        number = self._reach_started
        self.runner.start(Task(self.session.check_reach, "reach"),
                          lambda outcome: self._reach_checked(outcome, number))

    def _reach_checked(self, outcome, number: int) -> None:
        if number < self._reach_shown:
            return
        self._reach_shown = number
        if isinstance(outcome, Failure):
            self.status.set_server(True, False)
            self.status.setToolTip(outcome.message)
            return
        was = self._reachable
        self._reachable = outcome.reachable
        self.status.set_server(outcome.configured, outcome.reachable)
        self.status.set_queued(outcome.queued)
        if outcome.reachable and was is False and self.auto_sync is not None:
            self.auto_sync.sync_now()  # connectivity is back

    def _server_set_up(self) -> bool | None:
        """Is a server set, by the settings, the site file or the environment? Asks the same
        resolved connection as the status bar and the CLI (core.settings.sync_connection).
        None (and the reason shown) when the connection cannot be resolved."""
        try:
            return self.session.sync_connection().configured
        except CxrError as exc:  # e.g. the saved password cannot be read
            self.messages.show_message(exc.message, "error")
            return None

    def sync_now(self) -> None:
        if self._sync_task is not None:
            return
        set_up = self._server_set_up()
        if set_up is None:
            return
        if not set_up:
            self.messages.show_message(self.tr("No server is set up. Open Settings (Ctrl+,) and "
                                               "enter the server address."), "warning")
            return
        task = Task(self.session.sync, "sync")
        self._sync_task = task
        self.status.start_progress(self.tr("Sending"), 0)
        self.runner.start(task, self._synced, lambda d, n, _c: self.status.update_progress(d, n))

    def _synced(self, outcome) -> None:
        self._sync_task = None
        self.status.end_progress()
        self._sync_result(outcome)
        self.syncFinished.emit(outcome)

    def _auto_synced(self, report) -> None:
        self._sync_result(report, automatic=True)

    def _sync_result(self, outcome, automatic: bool = False) -> None:
        if isinstance(outcome, Failure):
            self.messages.show_message(outcome.message, "error")
        else:
            from .sync_words import server_problem, sync_summary

            if outcome.error is None and not outcome.cancelled:
                now = datetime.now(timezone.utc)
                self.ui_state.setValue("last_sync", now.isoformat())
                self.status.set_last_sync(now)
            if not outcome.cancelled:  # a refused password stays shown until a sync works
                self.status.set_server_problem(server_problem(outcome))
            if not automatic or not outcome.ok:
                waiting = getattr(outcome, "waiting_cases", outcome.remaining)
                self.messages.show_message(sync_summary(outcome, waiting),
                                           "info" if outcome.ok else "error")
                self.status.set_queued(waiting)
            self.case_list.refresh()
            if self.case is not None:
                self.open_case(self.case.id)
        self.check_server()

    def cancel_running(self) -> None:
        for task in (self._import_task, self._sync_task):
            if task is not None:
                task.cancel()

    # -- settings and closing --------------------------------------------------------------------

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self.session.model.operating_points(), self)
        if dialog.exec():
            self.apply_settings()
            self.messages.show_message(self.tr("Settings saved."), "info")

    def open_accounts(self) -> None:
        from .accounts_dialog import AccountsDialog

        AccountsDialog(self.session.store, self).exec()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self.reach_timer.stop()
        self.runner.cancel_all()
        if self.auto_sync is not None:
            self.auto_sync.stop(timeout=5)
            self.auto_sync = None
        self.runner.wait(15_000)
