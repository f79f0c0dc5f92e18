"""The banner naming the cases set aside as damaged (issue 21): a case whose row was changed
outside the application, whose value does not decrypt or whose file fails its checksum is left
out of the case list by the store (core/store/damage.py); without this banner it would simply be
missing. A case whose outbox rows were edited is still listed but is not sent: the sync's report
names it, and the banner adds it. It names them and says what to do; it stays until neither the
list nor the last sync sets any aside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from .messages import STYLES

SHOWN_IDS = 5  # more ids than this are counted, not listed


class DamagedCasesBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedCases")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(f"#damagedCases {{{STYLES['error']} padding: 4px;}}")
        self.setAccessibleName(self.tr("Damaged cases"))
        self.case_ids: list[str] = []
        self._listed: dict = {}  # from the case list (list_cases' set_aside)
        self._not_sent: dict = {}  # from the last sync's report (report.damaged)
        self.hide()

    def follow(self, window) -> None:
        """Listen to the window's case list and to its sync reports (manual and automatic)."""
        window.case_list.setAside.connect(self.show_set_aside)
        window.syncFinished.connect(self.show_sync_report)
        window.autoSyncReport.connect(self.show_sync_report)

    def show_set_aside(self, set_aside: dict) -> None:
        """``set_aside``: case id -> why (CaseDamaged or its message), from list_cases."""
        self._listed = dict(set_aside)
        self._show()

    def show_sync_report(self, report) -> None:
        damaged = getattr(report, "damaged", None)
        if damaged is None:  # a failed task: nothing learnt about the cases
            return
        if damaged or (report.error is None and not report.cancelled):
            self._not_sent = dict(damaged)  # a whole run that set none aside clears them
        self._show()

    def _show(self) -> None:
        set_aside = {**self._not_sent, **self._listed}
        self.case_ids = sorted(set_aside)
        if not self.case_ids:
            self.hide()
            return
        ids = ", ".join(i[:8] for i in self.case_ids[:SHOWN_IDS])
        if len(self.case_ids) > SHOWN_IDS:
            ids += self.tr(" and %n more", "", len(self.case_ids) - SHOWN_IDS)
        text = self.tr(
            "%n case(s) were set aside because they are damaged or were changed outside the "
            "application: %1. They are not shown or sent as they are; every other case is safe. "
            "Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a "
            "backup if needed.", "", len(self.case_ids)).replace("%1", ids)
        self.setText(text)
        self.setToolTip("\n".join(getattr(e, "message", str(e)) for e in set_aside.values()))
        self.show()
