"""Keeping the window usable on a small screen (a 1024x600 netbook) in every language: a scroll
area for a form that may be taller than the room it gets, and a message bar that floats over the
top of the image instead of pushing the form down when it appears (details were typed into the
wrong case when the layout jumped by 60 px, issue 22)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


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
        widget.installEventFilter(self)  # a message appearing in the form needs more height
        if isinstance(widget, QTabWidget):
            widget.currentChanged.connect(self._fit_height)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # The page's wrapped labels and rows need more height when narrow; a scroll area only
        # honours the page's minimum, so keep that minimum at what this width needs.
        self._fit_height()
        super().resizeEvent(event)

    def _fit_height(self) -> None:
        """The least height the page needs at this width (its wrapped labels and form rows grow
        when narrow; QScrollArea honours only the size-independent minimum)."""
        inner = self.widget()
        page = inner.currentWidget() if isinstance(inner, QTabWidget) else inner
        need = inner.minimumSizeHint().height()
        layout = page.layout() if page is not None else None
        if layout is not None and layout.hasHeightForWidth():
            frame_w = inner.width() - page.width() if page is not inner else 0
            frame_h = inner.height() - page.height() if page is not inner else 0
            width = self.viewport().width() - frame_w
            need = max(need, layout.totalMinimumHeightForWidth(width) + frame_h)
        if inner.minimumHeight() != need:
            inner.setMinimumHeight(need)

    def _inner_width(self, hint: QSize) -> int:
        return max(hint.width(), self.widget().minimumWidth()) + \
            self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        inner = self.widget().minimumSizeHint()
        return QSize(self._inner_width(inner), min(inner.height(), self.SHORTEST))

    def sizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget().sizeHint()
        return QSize(self._inner_width(inner), inner.height())


def scroll_area(content: QWidget) -> QScrollArea:
    """``content`` in a frameless vertical scroll area (VerticalScroll): it scrolls only when the
    room is too small for it, and never sideways."""
    return VerticalScroll(content)


class FloatOver(QObject):
    """Keeps ``widget`` over the top edge of ``anchor``, as wide as it, as tall as its text needs
    (at most three quarters of the anchor, or ``anchor.float_room()`` px; the rest scrolls): it
    covers part of the anchor while shown and moves nothing else."""

    def __init__(self, widget: QWidget, anchor: QWidget) -> None:
        super().__init__(widget)
        self.widget, self.anchor = widget, anchor
        widget.placer = self
        widget.setParent(anchor)
        anchor.installEventFilter(self)

    def place(self) -> None:
        width = self.anchor.width()
        height = (self.widget.heightForWidth(width) if self.widget.hasHeightForWidth()
                  else self.widget.sizeHint().height())
        # The rest of a long text scrolls. The anchor may say how much of it can be covered
        # (Viewer.float_room: less over an image, which must stay usable, issue 22).
        room = getattr(self.anchor, "float_room", lambda: self.anchor.height() * 3 // 4)()
        room = max(room, 48)
        self.widget.setGeometry(0, 0, width, min(height, room))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.anchor and event.type() == QEvent.Type.Resize:
            self.place()
        return False
