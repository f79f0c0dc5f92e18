"""The status bar: is the server reachable, how many cases wait to be sent, when the last sync
happened, and the progress of the running import or sync (with Cancel)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget


class StatusBar(QStatusBar):
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.server = QLabel()
        self.server.setObjectName("serverStatus")
        self.queued = QLabel()
        self.queued.setObjectName("queuedStatus")
        self.last_sync = QLabel()
        self.last_sync.setObjectName("lastSync")
        self.account = QLabel()  # who is signed in: everything done is recorded under this name
        self.account.setObjectName("signedIn")
        self.account.setStyleSheet("font-weight:bold; padding:0 6px;")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel.clicked.connect(self.cancelRequested)
        self.setSizeGripEnabled(False)  # the window is maximised; the grip took room
        for w in (self.account, self.server, self.queued, self.last_sync):
            self.addPermanentWidget(w)
        self.addWidget(self.progress)
        self.addWidget(self.cancel)
        self.end_progress()
        self._problem = ""
        self.set_server(False, False)
        self.set_queued(0)
        self.set_last_sync(None)

    def set_server_problem(self, text: str) -> None:
        """A refusal a person must fix (password, certificate): shown instead of "reachable",
        which only means the server answers (it stayed green while it refused the password)."""
        self._problem = text
        self.set_server(*self._last_server)

    def set_server(self, configured: bool, reachable: bool | None) -> None:
        self._last_server = (configured, reachable)
        if configured and reachable and getattr(self, "_problem", ""):
            self.server.setText(self._problem)
            self.server.setStyleSheet("color:#b00020; font-weight:bold; padding:0 6px;")
            return
        if not configured:
            text, colour = self.tr("Server: not set up"), "#555"
        elif reachable is None:
            text, colour = self.tr("Server: checking…"), "#555"
        elif reachable:
            text, colour = self.tr("Server: reachable"), "#1b5e20"
        else:
            text, colour = self.tr("Server: not reachable"), "#b00020"
        self.server.setText(text)
        self.server.setStyleSheet(f"color:{colour}; font-weight:bold; padding:0 6px;")

    def set_account(self, account) -> None:
        """``account``: core.accounts.Account, or None."""
        if account is None:
            self.account.setText("")
            self.account.hide()
            return
        roles = {"health_worker": self.tr("health worker"), "clinician": self.tr("clinician"),
                 "admin": self.tr("administrator")}
        self.account.setText(self.tr("%1 (%2)").replace("%1", account.name)
                             .replace("%2", roles.get(account.role.value, account.role.value)))
        self.account.setToolTip(self.tr("Signed in: %1. Everything you do is recorded under "
                                        "this name.").replace("%1", account.name))
        self.account.setVisible(not self.busy)

    def set_queued(self, cases: int) -> None:
        self.queued.setText(self.tr("%n case(s) waiting to be sent", "", cases))

    def set_last_sync(self, when: datetime | None) -> None:
        if when is None:
            self.last_sync.setText(self.tr("Last sync: never"))
        else:
            local = when.astimezone()  # today: the time only (the bar must fit 1024 px)
            today = local.date() == datetime.now().astimezone().date()
            self.last_sync.setText(self.tr("Last sync: %1").replace(
                "%1", local.strftime("%H:%M" if today else "%Y-%m-%d %H:%M")))
            self.last_sync.setToolTip(local.strftime("%Y-%m-%d %H:%M %Z"))

    def start_progress(self, text: str, total: int = 0) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(0)
        self.progress.setFormat(text + " %v/%m" if total else text)
        # Room for them on a 1024 px screen, made before they show: the bar grew past the
        # screen and took the window with it (Finalise off the edge).
        self.account.hide()
        self.last_sync.hide()
        self.progress.show()
        self.cancel.show()

    def update_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def end_progress(self) -> None:
        self.progress.hide()
        self.cancel.hide()
        self.account.setVisible(bool(self.account.text()))
        self.last_sync.show()

    @property
    def busy(self) -> bool:
        return not self.progress.isHidden()
