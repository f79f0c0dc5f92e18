"""The banner naming the cases set aside as damaged (issue 21): a case whose row was changed
outside the application, whose value does not decrypt or whose file fails its checksum is left
out of the case list by the store (core/store/damage.py); without this banner it would simply be
missing. It names them and says what to do; it stays until the list no longer sets any aside."""

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
        self.hide()

    def show_set_aside(self, set_aside: dict) -> None:
        """``set_aside``: case id -> why (CaseDamaged or its message), from list_cases."""
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
