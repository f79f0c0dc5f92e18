"""The clinician's review: agree / disagree / uncertain, a note, and their name. Allowed in any
state; a new review replaces the shown one (the store keeps every review in the audit trail)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

DECISIONS = ("agree", "disagree", "uncertain")


def decision_text(decision: str) -> str:
    return {"agree": QCoreApplication.translate("Review", "Agree with the result"),
            "disagree": QCoreApplication.translate("Review", "Disagree with the result"),
            "uncertain": QCoreApplication.translate("Review", "Uncertain")}.get(decision, decision)


class ReviewPanel(QWidget):
    reviewRequested = Signal(str, str, str)  # decision, reviewer, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = QLabel()
        self.current.setObjectName("currentReview")
        self.current.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        row = QVBoxLayout()  # stacked: side by side they were cut off at 1366 px
        labels = {"agree": self.tr("A&gree"), "disagree": self.tr("&Disagree"),
                  "uncertain": self.tr("&Uncertain")}
        for decision in DECISIONS:
            b = QRadioButton(labels[decision])
            self.group.addButton(b)
            self.buttons[decision] = b
            row.addWidget(b)
        self.reviewer = QLineEdit()
        self.reviewer.setMaxLength(64)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.problems = QLabel()
        self.problems.setStyleSheet("color:#b00020; font-weight:bold;")
        self.problems.setWordWrap(True)
        self.save = QPushButton(self.tr("Record &review"))
        self.save.clicked.connect(self.request_review)
        form = QFormLayout()
        form.addRow(self.tr("Decision"), row)
        form.addRow(self.tr("Reviewer's &name"), self.reviewer)
        form.addRow(self.tr("N&ote"), self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.save)
        layout.addStretch(1)
        self.case = None
        self.show_case(None)

    def show_case(self, case) -> None:
        self.case = case
        self.problems.setText("")
        self.note.setPlainText("")
        self.group.setExclusive(False)
        for b in self.buttons.values():
            b.setChecked(False)
            b.setEnabled(case is not None)
        self.group.setExclusive(True)
        self.save.setEnabled(case is not None)
        review = case.review if case is not None else None
        if review is None:
            self.current.setText(self.tr("Not reviewed by a clinician yet."))
            return
        self.current.setText(
            self.tr("Reviewed by %1 on %2: %3.").replace("%1", review.reviewer)
            .replace("%2", review.time[:16].replace("T", " ") + " UTC")
            .replace("%3", decision_text(review.decision.value))
            + (f"\n{review.note}" if review.note else ""))
        if not self.reviewer.text():
            self.reviewer.setText(review.reviewer)

    def selected(self) -> str:
        return next((d for d, b in self.buttons.items() if b.isChecked()), "")

    def request_review(self) -> None:
        if self.case is None:
            return
        problems = []
        if not self.selected():
            problems.append(self.tr("Choose agree, disagree or uncertain."))
        if not self.reviewer.text().strip():
            problems.append(self.tr("Enter the reviewer's name."))
        self.problems.setText("\n".join(problems))
        if problems:
            return
        self.reviewRequested.emit(self.selected(), self.reviewer.text().strip(),
                                  self.note.toPlainText().strip())
