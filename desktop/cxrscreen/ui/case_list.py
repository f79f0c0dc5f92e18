"""The case list: newest first (so today's cases are at the top), with filters for state, result
and a patient search. The store is queried in a background task."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QLabel,
                               QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..core.screening.not_screened import NOT_SCREENED_LABEL
from ..core.screening.results import POSITIVE_LABEL
from .not_screened import short as not_screened_short
from .workers import Failure, Task

# Who and which file first: rows read "Today 00:40 | Refer | Screened" with the patient ID cut
# off and no file name, and children could not be told apart (issue 22).
# The result second: at 1024x600 the list is about 330 px wide and only the first columns are in
# sight, and a health worker looks for who (patient ID), what (the result), then which film.
COLUMNS = ("patient", "result", "file", "when", "state", "name")
FILE_COLUMN_MAX = 230  # px; a longer file name is shortened in the middle (whole in the tip)
PATIENT_COLUMN_MAX = 130  # px; a DICOM patient ID can be a 36-character UID


def state_text(state: str) -> str:
    return {"screened": QCoreApplication.translate("CaseList", "Screened"), "finalised": QCoreApplication.translate("CaseList", "Finalised"),
            "sent": QCoreApplication.translate("CaseList", "Sent"),
            "cleared": QCoreApplication.translate("CaseList", "Sent and cleared")}.get(state, state)


def result_short(label: str) -> str:
    if label == NOT_SCREENED_LABEL:  # a refused film sent for a clinician's reading: no result
        return not_screened_short()
    return QCoreApplication.translate("CaseList", "Refer") if label == POSITIVE_LABEL else QCoreApplication.translate("CaseList", "No signs")


def when_text(created_at: str, today: datetime | None = None) -> tuple[str, bool]:
    """("Today 14:02", True) for today's cases in local time, else ("2026-11-20 09:15", False)."""
    try:
        t = datetime.fromisoformat(created_at).astimezone()
    except ValueError:
        return created_at, False
    today = today or datetime.now().astimezone()
    if t.date() == today.date():
        return QCoreApplication.translate("CaseList", "Today %1").replace(
            "%1", t.strftime("%H:%M")), True
    return t.strftime("%Y-%m-%d %H:%M"), False


class Listed(list):
    """The cases of one query, and those the store set aside as damaged (case id -> error)."""

    def __init__(self, cases, set_aside: dict) -> None:
        super().__init__(cases)
        self.set_aside = set_aside


class CaseList(QWidget):
    caseSelected = Signal(str)
    loaded = Signal(int)  # number of cases shown
    failed = Signal(str)
    setAside = Signal(dict)  # case id -> CaseDamaged: left out of the list (damaged_banner.py)

    def __init__(self, session, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search patient ID or name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("Filter by state"))
        for data, text in (("", self.tr("All states")), ("screened", state_text("screened")),
                           ("finalised", state_text("finalised")), ("sent", state_text("sent"))):
            self.state.addItem(text, data)
        self.result = QComboBox()
        self.result.setAccessibleName(self.tr("Filter by result"))
        for data, text in (("", self.tr("All results")), (POSITIVE_LABEL, self.tr("Refer")),
                           ("NORMAL", self.tr("No signs")),
                           (NOT_SCREENED_LABEL, self.tr("Not screened"))):
            self.result.addItem(text, data)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Patient ID"), self.tr("Result"),
                                              self.tr("File"), self.tr("When"),
                                              self.tr("State"), self.tr("Name")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Cases"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for key in ("patient", "file"):
            header.setSectionResizeMode(COLUMNS.index(key), QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.count_label = QLabel()
        filters = QVBoxLayout()  # one above the other: "Tous les résultats" fits a narrow list
        filters.addWidget(self.state)
        filters.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.state.currentIndexChanged.connect(self.refresh)
        self.result.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.cases: list = []
        self._generation = 0
        self._select_after: str | None = None
        self._shown: str | None = None  # the case last announced by caseSelected

    # -- public --------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Reload in the background; keep (or move to ``select``) the selection."""
        self._select_after = select or self.current_id()
        self._generation += 1
        generation = self._generation
        state, search = self.state.currentData() or None, self.search.text().strip() or None
        label = self.result.currentData() or None
        store = self.session.store

        def work(_task: Task):
            aside: dict = {}
            cases = store.list_cases(state=state, search=search, set_aside=aside)
            return Listed([c for c in cases if label is None or c.label == label], aside)

        self.runner.start(Task(work, "list"), lambda out: self._loaded(generation, out))

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, case_id: str) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == case_id:
                self.table.selectRow(row)
                return True
        return False

    # -- internals -----------------------------------------------------------------------------

    def _loaded(self, generation: int, outcome) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        if isinstance(outcome, Failure):
            self.count_label.setText(outcome.message)
            self.failed.emit(outcome.message)
            return
        self.cases = outcome
        self.setAside.emit(dict(getattr(outcome, "set_aside", {})))
        keep = self._select_after
        shown = self._shown
        self.table.blockSignals(True)
        # The highlight stays on a row number while the rows change under it: with a new case
        # at the top it moved to the new case, silently, while the form still showed the one
        # being edited (issue 22). Clear it, rebuild, highlight ``keep`` again, and say so only
        # when the case to show has changed.
        self.table.clearSelection()
        self.table.setRowCount(len(outcome))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, case in enumerate(outcome):
            when, today = when_text(case.created_at)
            state = state_text("cleared" if case.cleared else case.state.value)
            if case.not_screened and case.state.value == "screened":
                state = self.tr("Not finalised")  # "Screened" would say what is not true
            cells = {"patient": case.patient.patient_id or self.tr("no ID yet"),
                     "file": case.source_name, "result": result_short(case.label),
                     "when": when, "state": state, "name": case.patient.patient_name}
            tip = " · ".join(v for v in (cells["patient"], case.source_name, cells["result"],
                                         when, state) if v)
            for col, key in enumerate(COLUMNS):
                item = QTableWidgetItem(cells[key])
                item.setToolTip(tip)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, case.id)
                    if not case.patient.patient_id:
                        item.setForeground(Qt.GlobalColor.darkGray)
                if today:
                    item.setFont(bold)
                if key == "result" and case.label == POSITIVE_LABEL:
                    item.setForeground(Qt.GlobalColor.darkRed)
                if key in ("result", "file") and case.not_screened:  # never read as a result
                    item.setForeground(Qt.GlobalColor.darkMagenta)
                    item.setFont(bold)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        for key, widest in (("patient", PATIENT_COLUMN_MAX), ("file", FILE_COLUMN_MAX)):
            col = COLUMNS.index(key)  # as wide as the text, up to a limit: both stay in sight
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), widest))
        self.count_label.setText(self.tr("%n case(s)", "", len(outcome)))
        self.table.blockSignals(True)
        found = bool(keep) and self.select(keep)
        self.table.blockSignals(False)
        if found and keep != shown:
            self._selection_changed()
        elif keep and not found:
            self._selection_changed()  # the case shown is no longer listed (filter, search)
        self.loaded.emit(len(outcome))

    def _selection_changed(self) -> None:
        self._shown = self.current_id()
        self.caseSelected.emit(self._shown or "")
