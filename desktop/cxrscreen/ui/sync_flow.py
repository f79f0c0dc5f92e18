"""The hospital's server in the main window: checking that it can be reached (the status bar),
sending finalised cases now (F5) and showing what a sync, by hand or automatic, did (a mixin of
:class:`.main_window.MainWindow`; the words of a sync's outcome are in :mod:`.sync_words`).

Its words keep the ``MainWindow`` translation context (explicit ``QCoreApplication.translate``)."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication

from ..core.errors import CxrError
from .sync_words import server_problem, sync_summary
from .workers import Failure, Task


class SyncFlow:
    """Uses the window's ``session``, ``runner``, ``status``, ``messages``, ``ui_state`` and
    ``auto_sync``; keeps ``_sync_task`` and the numbers of the server checks."""

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
            self.messages.show_message(QCoreApplication.translate(
                "MainWindow", "No server is set up. Open Settings (Ctrl+,) and "
                "enter the server address."), "warning")
            return
        task = Task(self.session.sync, "sync")
        self._sync_task = task
        self.status.start_progress(QCoreApplication.translate("MainWindow", "Sending"), 0)
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
