"""Pieces that let the window fit a small screen (a 1024x600 netbook, issue 22): a scroll area
for a form that may be taller than the room it gets, and a message bar that floats over the top
of the image instead of pushing the form down when it appears (details were typed into the wrong
case when the layout jumped by 60 px)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_area(content: QWidget) -> QScrollArea:
    """``content`` in a frameless vertical scroll area: it scrolls only when the room is too
    small for it, and never sideways."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class FloatOver(QObject):
    """Keeps ``widget`` over the top edge of ``anchor``, as wide as it, as tall as its text needs
    (at most three quarters of the anchor, the rest scrolls): it covers part of the anchor while shown and
    moves nothing else."""

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
        room = max(self.anchor.height() * 3 // 4, 48)  # the rest of a long text scrolls
        self.widget.setGeometry(0, 0, width, min(height, room))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.anchor and event.type() == QEvent.Type.Resize:
            self.place()
        return False
