"""Is any text cut off? Text widths (QFontMetrics) against the widgets that show them.

Used by the window's language tests and the screenshot script. Each problem is one line saying
which widget, which text, how wide the text is and how wide its widget is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QCheckBox, QComboBox,
                               QHeaderView, QLabel, QLayout, QLineEdit, QPushButton, QRadioButton,
                               QTabBar, QToolBar, QWidget)

SLACK = 1  # pixels of rounding


def plain(text: str) -> str:
    """What a button or label shows: mnemonics (&) removed, && kept as &."""
    return re.sub(r"&(.)", r"\1", text.replace("&&", "\0")).replace("\0", "&")


def _width(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that does not fit its widget."""
    problems: list[str] = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not text or not _shown(label, root) or label.pixmap() is not None and not text:
            continue
        rect = label.contentsRect()
        if label.textFormat() == Qt.TextFormat.RichText or text.lstrip().startswith("<"):
            doc = QTextDocument()
            doc.setDefaultFont(label.font())
            doc.setDocumentMargin(0)  # as QLabel lays it out
            doc.setHtml(text)
            if label.wordWrap():
                doc.setTextWidth(rect.width())
            need_w, need_h = doc.idealWidth(), doc.size().height()
            if (not label.wordWrap() and need_w > rect.width() + SLACK) or \
                    need_h > rect.height() + 4 * SLACK:
                problems.append(f"{_name(label)} {plain(doc.toPlainText())[:60]!r}: needs "
                                f"{need_w:.0f}x{need_h:.0f}, has {rect.width()}x{rect.height()}")
            continue
        fm = QFontMetrics(label.font())
        shown = plain(text) if label.buddy() is not None or "&" in text else text
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            longest_word = max((fm.horizontalAdvance(w) for w in shown.split()), default=0)
            if need > label.height() + SLACK or longest_word > rect.width() + SLACK:
                problems.append(f"{_name(label)} {shown[:60]!r}: needs height {need} "
                                f"(longest word {longest_word}), has {label.height()} "
                                f"(width {rect.width()})")
        elif _width(fm, shown) > rect.width() + SLACK:
            problems.append(f"{_name(label)} {shown[:60]!r}: text {_width(fm, shown)} px, "
                            f"label {rect.width()} px")
    for button in root.findChildren(QAbstractButton):
        text = plain(button.text())
        if not text or not _shown(button, root):
            continue
        fm = QFontMetrics(button.font())
        extra = 0
        if isinstance(button, (QCheckBox, QRadioButton)):
            extra = 20  # the indicator beside the text
        if fm.horizontalAdvance(text) + extra > button.width() + SLACK or \
                button.sizeHint().width() > button.width() + SLACK:
            problems.append(f"{_name(button)} {text!r}: text {fm.horizontalAdvance(text)} px "
                            f"(wants {button.sizeHint().width()}), button {button.width()} px")
    for combo in root.findChildren(QComboBox):
        if not _shown(combo, root) or not combo.currentText():
            continue
        fm = QFontMetrics(combo.font())
        room = combo.width() - 32  # the arrow and the frame
        if fm.horizontalAdvance(combo.currentText()) > room + SLACK:
            problems.append(f"{_name(combo)} {combo.currentText()!r}: text "
                            f"{fm.horizontalAdvance(combo.currentText())} px, room {room} px")
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if not hint or edit.text() or not _shown(edit, root):
            continue
        fm = QFontMetrics(edit.font())
        room = edit.width() - 12
        if fm.horizontalAdvance(hint) > room + SLACK:
            problems.append(f"{_name(edit)} placeholder {hint!r}: {fm.horizontalAdvance(hint)} px,"
                            f" room {room} px")
    for bar in root.findChildren(QTabBar):
        if not _shown(bar, root):
            continue
        fm = QFontMetrics(bar.font())
        for i in range(bar.count()):
            text = plain(bar.tabText(i))
            if fm.horizontalAdvance(text) > bar.tabRect(i).width() + SLACK:
                problems.append(f"tab {text!r}: {fm.horizontalAdvance(text)} px, tab "
                                f"{bar.tabRect(i).width()} px")
    for header in root.findChildren(QHeaderView):
        if not _shown(header, root) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        fm = QFontMetrics(header.font())
        for i in range(header.count()):
            if header.isSectionHidden(i):
                continue
            text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
            if fm.horizontalAdvance(text) + 8 > header.sectionSize(i) + SLACK:
                problems.append(f"column {text!r}: {fm.horizontalAdvance(text)} px, column "
                                f"{header.sectionSize(i)} px")
    for toolbar in root.findChildren(QToolBar):
        if not _shown(toolbar, root):
            continue
        for action in toolbar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            widget = toolbar.widgetForAction(action)
            if widget is None or not widget.isVisibleTo(toolbar):
                problems.append(f"toolbar button {plain(action.text())!r} does not fit: it went "
                                "into the toolbar's overflow menu")
    problems += squeezed_widgets(root)
    return problems


def _laid_out(layout: QLayout) -> list[QWidget]:
    found = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _laid_out(item.layout())
    return found


def squeezed_widgets(root: QWidget) -> list[str]:
    """Widgets of one layout drawn over each other, or fields and buttons squeezed below the
    height they need (a layout given less room than its minimum does both)."""
    problems = []
    for parent in [root, *root.findChildren(QWidget)]:
        if parent.layout() is None or not _shown(parent, root):
            continue
        children = [c for c in _laid_out(parent.layout()) if _shown(c, root)]
        for i, a in enumerate(children):
            for b in children[i + 1:]:
                both = a.geometry().intersected(b.geometry())
                if both.width() > 2 and both.height() > 2:
                    problems.append(f"{_name(a)} and {_name(b)} overlap ({both.width()}x"
                                    f"{both.height()} px) in {_name(parent)}")
    for field in root.findChildren(QWidget):
        if isinstance(field, (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton)) and \
                _shown(field, root) and field.height() + SLACK < field.minimumSizeHint().height():
            problems.append(f"{_name(field)} squeezed to {field.height()} px high (needs "
                            f"{field.minimumSizeHint().height()})")
    return problems
