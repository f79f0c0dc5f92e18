"""The recovery key, shown once after the administrator is created: large, in a font where every
character is distinct, with Save and Print, and a check that it was written down before the
window goes on. It vanished with one OK or Enter (issue 22)."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)


def same_group(typed: str, group: str) -> bool:
    """The typed last group matches, read as the key is read back (0 is O, 1 is I, 8 is B)."""
    clean = typed.strip().upper().translate(str.maketrans("018", "OIB"))
    return bool(group) and clean == group.upper()


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, data_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.data_dir = key, data_dir
        self.last_group = key.split("-")[-1] if key else ""
        self.setWindowTitle(self.tr("Recovery key"))
        intro = QLabel(self.tr(
            "Write down this recovery key and give it to your IT officer to keep locked away, "
            "apart from this laptop. It is shown only now. It opens the cases if every password "
            "is lost."))
        intro.setWordWrap(True)
        shown = QLabel(key)
        shown.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(16)
        font.setWeight(QFont.Weight.Bold)
        shown.setFont(font)
        # The window's style sheet sets every widget to 11 pt, which won over the 16 pt font.
        shown.setStyleSheet("font-size: 16pt; font-weight: bold;")
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        alphabet = QLabel(self.tr("It has only the letters A to Z and the digits 2 to 7: there is "
                                  "no zero (0), no one (1) and no eight (8)."))
        alphabet.setWordWrap(True)
        self.save = QPushButton(self.tr("&Save to a file…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        for b in (self.save, self.print_button):
            b.setAutoDefault(False)  # Enter never opens a file or print dialog by surprise
        self.save.clicked.connect(lambda: self.save_to_file())
        self.print_button.clicked.connect(self.print_key)
        check = QLabel(self.tr("To check that it is written down, type its last group of four "
                               "characters:"))
        check.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setMaxLength(8)
        self.typed.setObjectName("recoveryCheck")
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName("primary")
        self.done_button.setEnabled(False)
        self.done_button.setDefault(True)  # Enter: Done, once the last group is typed back
        self.done_button.clicked.connect(self.accept)
        self.typed.textChanged.connect(
            lambda text: self.done_button.setEnabled(same_group(text, self.last_group)))
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        for w in (intro, shown, alphabet):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.saved)
        layout.addWidget(check)
        layout.addWidget(self.typed)
        layout.addWidget(self.done_button)
        self.typed.setFocus()
        self._fit()

    def _fit(self) -> None:
        """A width where the key reads on two lines, and the height its wrapped text needs at that
        width: sized from its hint, the first paragraph was cut off at 1024x600 (issue 22)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width = min(560, screen.width() - 40) if screen else 560
        height = self.layout().totalHeightForWidth(width)
        self.setMinimumSize(width, height)
        self.resize(width, height)

    def reject(self) -> None:  # noqa: D102 — Esc must not throw the only copy away
        if same_group(self.typed.text(), self.last_group):
            super().reject()

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        when = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
        # Looked up outside the f-string: lupdate does not read calls inside one.
        title = self.tr("CXR Screen recovery key")
        folder = self.tr("Data folder: %1").replace("%1", str(self.data_dir or ""))
        made = self.tr("Made: %1").replace("%1", when)
        keep = self.tr("Keep it locked away, apart from the laptop.")
        doc.setHtml(
            f"<h2>{html.escape(title)}</h2>"
            f"<p style='font-family: monospace; font-size: 18pt;'><b>{html.escape(self.key)}</b>"
            f"</p><p>{html.escape(folder)}<br>{html.escape(made)}</p>"
            f"<p>{html.escape(keep)}</p>")
        return doc

    def save_to_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key"),
                                                  "cxrscreen-recovery-key.txt",
                                                  self.tr("Text (*.txt)"))
        if not path:
            return
        try:
            Path(path).write_text(self.document().toPlainText() + "\n", encoding="utf-8")
        except OSError as exc:
            self.saved.setText(self.tr("It could not be saved (%1). Choose another place, "
                                       "for example a USB stick.").replace("%1", exc.strerror
                                                                           or str(exc)))
            return
        self.saved.setText(self.tr("Saved to %1. Move that file to a USB stick that IT keeps, "
                                   "then delete it from this laptop.").replace("%1", str(path)))

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            self.document().print_(printer)
            self.saved.setText(self.tr("Sent to the printer."))
