"""The result, stated plainly, with the score, the operating point and the model version, and the
standing disclaimer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..core.screening.results import POSITIVE_LABEL, view_doubted
from .fit import VerticalScroll
from .not_screened import NOT_SCREENED_STYLE, explained, headline

POSITIVE_STYLE = "background:#b00020; color:white;"
NEGATIVE_STYLE = "background:#1b5e20; color:white;"


def disclaimer_text() -> str:
    # Same words as core.results.DISCLAIMER (a test keeps them equal), here so they can be
    # translated.
    return QCoreApplication.translate(
        "Disclaimer",
        "Screening aid, not a diagnosis. The result must be confirmed by a trained clinician; "
        "it is only for frontal chest X-rays of children.")


def summary_text(label: str, view_doubt: bool = False) -> str:
    if view_doubt:  # same words as core.screening.results.VIEW_UNCERTAIN_SUMMARY
        return QCoreApplication.translate(
            "Result", "Refer to a clinician: the check could not confirm that this is a frontal "
            "chest X-ray, so a clinician must read it")
    if label == POSITIVE_LABEL:
        return QCoreApplication.translate("Result", "Signs of pneumonia — refer to a clinician")
    return QCoreApplication.translate("Result", "No signs of pneumonia detected")


def operating_point_name(op: str) -> str:
    names = {"screening": QCoreApplication.translate("Result", "screening (default)"),
             "balanced": QCoreApplication.translate("Result", "balanced"),
             "site": QCoreApplication.translate("Result", "site (chosen by the site's IT)")}
    return names.get(op, op)


def site_point_line(screening, site_point) -> str:
    """Where a ``site`` point came from, when the case used the site point in force now."""
    point = getattr(site_point, "point", None)
    if (screening.operating_point != "site" or point is None or not site_point.active
            or abs(point.threshold - screening.threshold) > 1e-9):
        return ""
    return QCoreApplication.translate("Result", "Site operating point: %1.").replace(
        "%1", point.provenance())


def details_text(screening) -> str:
    return (QCoreApplication.translate(
        "Result", "Score %1 (refer at %2 or more) · operating point: %3 · model %4 %5")
        .replace("%1", f"{screening.score:.2f}").replace("%2", f"{screening.threshold:.2f}")
        .replace("%3", operating_point_name(screening.operating_point))
        .replace("%4", screening.model_name).replace("%5", screening.model_version))


MORE_MAX = 150  # px: about seven lines (the adult warning and the score); the rest scrolls


class CappedScroll(VerticalScroll):
    """As tall as its text needs at its width, up to ``cap`` px; then it scrolls."""

    def __init__(self, widget: QWidget, cap: int) -> None:
        super().__init__(widget)
        self.cap = cap
        self.setMaximumHeight(cap)

    def _need(self) -> int:
        layout = self.widget().layout()
        width = max(1, self.viewport().width() if self.isVisible() else self.width())
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else \
            self.widget().sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(super().sizeHint().width(), min(self.cap, self._need()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), min(self.cap, self._need()))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.updateGeometry()  # narrower: more lines; the layout asks the hint again


class ResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setObjectName("resultHeadline")
        self.headline.setWordWrap(True)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.headline.setFont(font)
        # An adult (16 or more): said under the headline, in black on amber (intended_use.py).
        self.adult = QLabel()
        self.adult.setObjectName("adultWarning")
        self.adult.setWordWrap(True)
        self.adult.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.adult.setStyleSheet("background:#ffd54f; color:#1a1a1a; font-weight:bold; "
                                 "border:2px solid #8a6d00; padding:4px;")
        self.adult.hide()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.site_point = None  # core.site_point.SitePointStatus, set once the model is loaded
        # The warning and the figures scroll under the headline when they need more than
        # MORE_MAX px: at 1024x600 they took the image's room, which shrank to about 130x80 px
        # with the adult warning and a message shown (issue 22).
        more = QWidget()
        inner = QVBoxLayout(more)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(self.adult)
        inner.addWidget(self.details)
        self.more = CappedScroll(more, MORE_MAX)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.more)
        self.show_case(None)

    def show_case(self, case, patient=None) -> None:
        """``patient``: the details as typed in the form, when they differ from the case's."""
        self._case = case
        self.set_patient(patient if case is not None else None)
        if case is None:
            self.headline.setText(self.tr("No case open"))
            self.headline.setStyleSheet("padding:8px;")
            self.details.setText("")
            return
        if case.not_screened:  # no result, no score: say so, why, and what to do now
            self.headline.setText(headline())
            self.headline.setStyleSheet(NOT_SCREENED_STYLE + "padding:8px;")
            self.headline.setAccessibleName(self.headline.text())
            self.details.setText(explained(case))
            return
        s = case.screening
        doubt = view_doubted(s)
        self.headline.setText(summary_text(s.label, doubt))
        self.headline.setStyleSheet(
            (POSITIVE_STYLE if s.label == POSITIVE_LABEL or doubt else NEGATIVE_STYLE)
            + "padding:8px;")
        self.headline.setAccessibleName(self.headline.text())
        # A turned or negative image that the input check corrected says so, under the figures.
        notes = list(getattr(s, "input_check", {}).get("notes") or [])
        site = site_point_line(s, self.site_point)
        details = details_text(s)
        if not self.adult.isHidden():
            details = self.tr("Not checked on adults: %1").replace("%1", details)
        self.details.setText("\n".join([details, *([site] if site else []), *notes]))

    def set_patient(self, patient=None) -> None:
        """Show or hide the adult warning for ``patient`` (default: the open case's)."""
        from ..core.screening.intended_use import adult_warning

        case = getattr(self, "_case", None)
        # Not for a film that was not screened: the warning is about a score, and none exists.
        warning = adult_warning(patient or case.patient) \
            if case is not None and not case.not_screened else ""
        was_hidden = self.adult.isHidden()
        self.adult.setText(warning)
        self.adult.setAccessibleName(warning)
        self.adult.setVisible(bool(warning))
        if case is not None and was_hidden != (not warning) and patient is not None:
            self.show_case(case, patient)  # the details' "Not checked on adults" follows


class DisclaimerBar(QLabel):
    """Always visible, at the top of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(disclaimer_text(), parent)
        self.setObjectName("disclaimer")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background:#fff3cd; color:#1a1a1a; padding:4px; font-weight:bold;")
