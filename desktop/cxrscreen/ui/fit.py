"""Keeping the window usable on a small screen (1024x600) in every language."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScroll(QScrollArea):
    """``widget`` at its full width, scrolled up and down when the window is too short for it,
    never sideways (a half-hidden field is worse than a scroll bar)."""

    SHORTEST = 160  # the height below which the window would rather not shrink this area

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _inner_width(self, hint: QSize) -> int:
        return max(hint.width(), self.widget().minimumWidth()) + \
            self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        inner = self.widget().minimumSizeHint()
        return QSize(self._inner_width(inner), min(inner.height(), self.SHORTEST))

    def sizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget().sizeHint()
        return QSize(self._inner_width(inner), inner.height())
