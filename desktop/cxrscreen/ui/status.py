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
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel.clicked.connect(self.cancelRequested)
        for w in (self.server, self.queued, self.last_sync):
            self.addPermanentWidget(w)
        self.addWidget(self.progress)
        self.addWidget(self.cancel)
        self.end_progress()
        self.set_server(False, False)
        self.set_queued(0)
        self.set_last_sync(None)

    def set_server(self, configured: bool, reachable: bool | None) -> None:
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

    def set_queued(self, cases: int) -> None:
        self.queued.setText(self.tr("%n case(s) waiting to be sent", "", cases))

    def set_last_sync(self, when: datetime | None) -> None:
        if when is None:
            self.last_sync.setText(self.tr("Last sync: never"))
        else:
            self.last_sync.setText(self.tr("Last sync: %1").replace(
                "%1", when.astimezone().strftime("%Y-%m-%d %H:%M")))

    def start_progress(self, text: str, total: int = 0) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(0)
        self.progress.setFormat(text + " %v/%m" if total else text)
        self.progress.show()
        self.cancel.show()

    def update_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def end_progress(self) -> None:
        self.progress.hide()
        self.cancel.hide()

    @property
    def busy(self) -> bool:
        return not self.progress.isHidden()
