"""The main window: case list on the left, the result, image and forms on the right, the
disclaimer always at the top and the sync status at the bottom. It builds the panels and wires
them to background tasks; the work itself is in :mod:`.session` (which calls the core).

The window's parts are mixins, one job each: :mod:`.window_actions` (the toolbar and shortcuts),
:mod:`.case_flow` (the open case: show, save, finalise, review), :mod:`.import_flow` (importing
and what it says), :mod:`.report_actions` (PDF and printing) and :mod:`.sync_flow` (the server's
status and sending). Their words keep the ``MainWindow`` translation context."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ..core.errors import CxrError
from .case_flow import CaseFlow
from .case_form import CaseForm
from .case_list import CaseList
from .damaged_banner import DamagedCasesBanner
from .import_flow import ImportFlow
from .messages import MessageBar
from .not_screened import SendForReading
from .report_actions import ReportActions
from .result_panel import DisclaimerBar, ResultPanel
from .review_panel import ReviewPanel
from .status import StatusBar
from .sync_flow import SyncFlow
from .viewer import Viewer
from .watcher import FolderWatcher
from .window_actions import WindowActions
from .workers import Failure, Task, TaskRunner

log = logging.getLogger(__name__)


class MainWindow(WindowActions, CaseFlow, ImportFlow, ReportActions, SyncFlow, QMainWindow):
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
        self._build_actions()  # WindowActions
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
        self.damaged_banner = DamagedCasesBanner()  # issue 21: names the cases set aside
        layout.addWidget(self.damaged_banner)
        self.damaged_banner.follow(self)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)
        FloatOver(self.messages, self.viewer)


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

    def cancel_running(self) -> None:
        """Esc or the status bar's Stop: stop the import and the sync that are running."""
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
