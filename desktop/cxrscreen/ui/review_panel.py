"""The clinician's review: agree / disagree / uncertain and a note, recorded under the signed-in
clinician's account (only a clinician can record one; the store checks it too). Allowed in any
state; a new review replaces the shown one (the store keeps every review in the audit trail)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QButtonGroup, QFormLayout, QLabel, QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

DECISIONS = ("agree", "disagree", "uncertain")


def decision_text(decision: str) -> str:
    return {"agree": QCoreApplication.translate("Review", "Agree with the result"),
            "disagree": QCoreApplication.translate("Review", "Disagree with the result"),
            "uncertain": QCoreApplication.translate("Review", "Uncertain")}.get(decision, decision)


class ReviewPanel(QWidget):
    reviewRequested = Signal(str, str)  # decision, note (recorded under the signed-in account)

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
        self.reviewer = QLabel()  # the signed-in account (set_account)
        self.reviewer.setObjectName("reviewer")
        self.account = None
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
        form.addRow(self.tr("Reviewer"), self.reviewer)
        form.addRow(self.tr("N&ote"), self.note)
        from .fit import scroll_area  # it scrolls when the window is short (1024x600)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.addWidget(self.current)
        inner.addLayout(form)
        inner.addWidget(self.problems)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll_area(content), 1)
        layout.addWidget(self.save)
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
        self.save.setEnabled(case is not None and self._may_review())
        if case is not None and case.not_screened:  # no result to agree or disagree with
            for b in self.buttons.values():
                b.setEnabled(False)
            self.save.setEnabled(False)
            self.current.setText(self.tr("Not screened: there is no result to review. Read the "
                                         "X-ray in the hospital's system (PACS)."))
            return
        review = case.review if case is not None else None
        if review is None:
            self.current.setText(self.tr("Not reviewed by a clinician yet."))
            return
        self.current.setText(
            self.tr("Reviewed by %1 on %2: %3.").replace("%1", review.reviewer)
            .replace("%2", review.time[:16].replace("T", " ") + " UTC")
            .replace("%3", decision_text(review.decision.value))
            + (f"\n{review.note}" if review.note else ""))

    def set_account(self, account) -> None:
        """The signed-in account (core.accounts.Account): a review is recorded under it."""
        self.account = account
        if account is None:
            self.reviewer.setText("")
        elif self._may_review():
            self.reviewer.setText(account.name)
        else:
            self.reviewer.setText(self.tr("Only a clinician can record a review (you are signed "
                                          "in as %1).").replace("%1", account.name))
        self.reviewer.setWordWrap(True)
        self.save.setEnabled(self.case is not None and self._may_review()
                             and not self.case.not_screened)

    def _may_review(self) -> bool:
        return self.account is not None and self.account.role.value == "clinician"

    def selected(self) -> str:
        return next((d for d, b in self.buttons.items() if b.isChecked()), "")

    def request_review(self) -> None:
        if self.case is None or self.case.not_screened:
            return
        problems = []
        if not self.selected():
            problems.append(self.tr("Choose agree, disagree or uncertain."))
        if not self._may_review():
            problems.append(self.tr("Only a clinician can record a review."))
        self.problems.setText("\n".join(problems))
        if problems:
            return
        self.reviewRequested.emit(self.selected(), self.note.toPlainText().strip())
