"""What a person could not reach or read in a window: visible controls that are off the screen,
cut off by what holds them, squashed below their minimum size, or lying over another control.

Geometry is mapped to the screen (mapToGlobal) and compared with the screen's available geometry.
A control inside a scroll area may be scrolled out of sight (it is reachable by scrolling), so a
scroll area's viewport is where clipping stops being a fault; the scroll area itself must fit.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea,
                               QAbstractSlider, QAbstractSpinBox, QComboBox, QLabel, QLineEdit,
                               QPlainTextEdit, QProgressBar, QScrollBar, QTabBar, QTextEdit,
                               QWidget)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider,
            QPlainTextEdit, QTextEdit, QTabBar, QAbstractItemView, QLabel, QProgressBar)
# Controls made of other widgets: their insides are theirs to lay out.
COMPOUND = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar, QTextEdit, QPlainTextEdit,
            QAbstractScrollArea)


def _global(w: QWidget) -> QRect:
    return QRect(w.mapToGlobal(QPoint(0, 0)), w.size())


def _name(w: QWidget) -> str:
    text = ""
    if hasattr(w, "text") and callable(w.text):
        try:
            text = str(w.text())[:30]
        except TypeError:
            text = ""
    return f"{type(w).__name__}({w.objectName() or text!r})"


def _inside_compound(w: QWidget, top: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, COMPOUND) and not _is_viewport_content(w, parent):
            return True
        parent = parent.parentWidget()
    return False


def _is_viewport_content(w: QWidget, area: QWidget) -> bool:
    """A widget in a plain scroll area's content (not one of the area's own parts)."""
    from PySide6.QtWidgets import QScrollArea

    return isinstance(area, QScrollArea) and area.widget() is not None and (
        area.widget() is w or area.widget().isAncestorOf(w))


def visible_rect(w: QWidget, top: QWidget) -> tuple[QRect, bool]:
    """The part of ``w`` that can be seen (global coordinates), and whether scrolling can bring
    the rest into sight."""
    rect = _global(w)
    scrollable = False
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(w):
            scrollable = True
        rect = rect.intersected(_global(parent))
        if parent is top:
            break
        parent = parent.parentWidget()
    return rect, scrollable


def _floating(w: QWidget) -> QWidget | None:
    """The floating widget (ui/fit.FloatOver: the message bar) that holds ``w``, if any."""
    while w is not None:
        if getattr(w, "placer", None) is not None:
            return w
        w = w.parentWidget()
    return None


def _covers_by_design(a: QWidget, b: QWidget) -> bool:
    """``a`` floats over ``b`` on purpose: the message bar lies over the top of the image area
    (fit.FloatOver), whatever the image area shows under it (the image, or its placeholder)."""
    for one, other in ((a, b), (b, a)):
        bar = _floating(one)
        if bar is not None and _floating(other) is not bar and \
                bar.placer.anchor.isAncestorOf(other):
            return True
    return False


def controls(top: QWidget) -> list[QWidget]:
    out = []
    for w in top.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisible() or w.window() is not top:
            continue
        if w.objectName().startswith("qt_") or _inside_compound(w, top):
            continue
        if isinstance(w, QLabel) and not w.text() and w.pixmap().isNull():
            continue
        out.append(w)
    return out


def problems(top: QWidget) -> list[str]:
    screen = top.screen().availableGeometry()
    found: list[str] = []
    seen: list[tuple[QWidget, QRect]] = []
    for w in controls(top):
        rect = _global(w)
        shown, scrollable = visible_rect(w, top)
        if shown.isEmpty() and scrollable:
            continue  # scrolled out of sight, reachable by scrolling
        if not scrollable and not screen.contains(rect):
            found.append(f"{_name(w)} at {rect.getRect()} is outside the screen "
                         f"{screen.getRect()}")
        elif not scrollable and shown != rect:
            found.append(f"{_name(w)} at {rect.getRect()} is cut off (only {shown.getRect()} "
                         "shows)")
        if not isinstance(w, (QScrollBar, QAbstractScrollArea)):
            hint = w.minimumSizeHint().expandedTo(w.minimumSize())
            if w.height() + 1 < hint.height() or w.width() + 1 < hint.width():
                found.append(f"{_name(w)} is squashed to {w.width()}x{w.height()} (needs "
                             f"{hint.width()}x{hint.height()})")
        if isinstance(w, QLabel) and w.wordWrap() and w.heightForWidth(w.width()) > w.height() + 1:
            found.append(f"{_name(w)} shows {w.height()} px of its {w.heightForWidth(w.width())}"
                         " px of text")
        if not shown.isEmpty():
            for other, other_rect in seen:
                if (not other.isAncestorOf(w) and not w.isAncestorOf(other)
                        and other_rect.intersects(shown) and not _covers_by_design(w, other)):
                    overlap = other_rect.intersected(shown)
                    if overlap.width() > 1 and overlap.height() > 1:
                        found.append(f"{_name(w)} overlaps {_name(other)} by "
                                     f"{overlap.width()}x{overlap.height()}")
            seen.append((w, shown))
    return found
