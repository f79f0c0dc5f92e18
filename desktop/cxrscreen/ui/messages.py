"""The message bar (refusals, errors, confirmations, in plain words, never a blocking pop-up) and
the keyboard help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

STYLES = {
    "error": "background:#fde7e9; color:#5f000f; border:2px solid #b00020;",
    "warning": "background:#fff3cd; color:#3d2e00; border:2px solid #b38600;",
    "info": "background:#e6f4ea; color:#0b3d17; border:2px solid #1b5e20;",
}


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        close = QPushButton(self.tr("OK"))
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.hide)
        self.close_button = close
        # A long message (many refused files) scrolls inside the bar, which floats over the image
        # (fit.FloatOver) and so cannot push the form down.
        from .fit import scroll_area

        self.scroll = scroll_area(self.label)
        self.scroll.setStyleSheet("background: transparent;")
        self.label.setStyleSheet("background: transparent; border: none;")
        # One optional action beside OK (a refused chest: "Send for a clinician's reading").
        self.action = QPushButton()
        self.action.setObjectName("messageAction")
        self.action.hide()
        self._action_slot = None
        self.action.clicked.connect(lambda: self._action_slot and self._action_slot())
        # Under the text, not beside it: the bar is as narrow as the image (about 330 px at
        # 1024x600), too narrow for the text and two buttons side by side.
        text_column = QVBoxLayout()
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.addWidget(self.scroll, 1)
        text_column.addWidget(self.action, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(text_column, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self.about = ""
        self.placer = None  # fit.FloatOver, when the bar floats over another widget
        self.hide()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # Margins (8 + 8), spacing, the frame, and room for the inner scroll bar: an estimate
        # that is too wide makes the text scroll when it would have fitted.
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        text_width = max(50, width - self.close_button.sizeHint().width() - 30 - bar)
        action = self.action.sizeHint().height() + 6 if not self.action.isHidden() else 0
        return max(self.label.heightForWidth(text_width) + 14 + action,
                   self.close_button.sizeHint().height() + 10)

    def show_message(self, text: str, kind: str = "info", about: str = "") -> None:
        """``about``: the case the message is about; it is hidden when another case opens."""
        self.kind, self.about = kind, about
        self.set_action(None, place=False)  # a new message: the last one's action is gone
        self.setStyleSheet(f"#messageBar {{{STYLES[kind]}}}")
        self.label.setText(text)
        self.label.setAccessibleName(text)
        if self.placer is not None:  # floating over the image: take the height the text needs
            self.placer.place()
        self.show()
        self.raise_()

    def set_action(self, text: str | None, slot=None, place: bool = True) -> None:
        """Show a button that runs ``slot`` beside OK, or none (``text`` None)."""
        self._action_slot = slot if text else None
        if text:
            self.action.setText(text)
            self.action.setAccessibleName(text.replace("&", ""))
        self.action.setVisible(bool(text))
        if place and self.placer is not None and not self.isHidden():
            self.placer.place()

    def append_line(self, text: str) -> None:
        """One more line under the shown message."""
        self.label.setText(f"{self.label.text()}\n{text}" if self.label.text() else text)
        self.label.setAccessibleName(self.label.text())
        if self.placer is not None and not self.isHidden():
            self.placer.place()

    @property
    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""


def shortcuts() -> list[tuple[str, str]]:
    return [
        ("Ctrl+O", QCoreApplication.translate("Help", "Import X-ray files")),
        ("Ctrl+L", QCoreApplication.translate("Help", "Go to the case list (arrows choose a case)")),
        ("Ctrl+Shift+L", QCoreApplication.translate("Help", "Lock the window now")),
        ("Ctrl+F", QCoreApplication.translate("Help", "Search for a patient")),
        ("Ctrl+1 / Ctrl+2", QCoreApplication.translate("Help", "Case form / clinician review")),
        ("Ctrl+S", QCoreApplication.translate("Help", "Save the case form")),
        ("Ctrl+Enter", QCoreApplication.translate("Help", "Finalise the case (queue it for the hospital)")),
        ("Ctrl+P", QCoreApplication.translate("Help", "Print the report")),
        ("Ctrl+Shift+S", QCoreApplication.translate("Help", "Save the report as PDF")),
        ("F5", QCoreApplication.translate("Help", "Send finalised cases now")),
        ("H", QCoreApplication.translate("Help", "Heatmap on or off")),
        ("+ / − / 0", QCoreApplication.translate("Help", "Zoom in / out / fit (on the image)")),
        ("W", QCoreApplication.translate("Help", "Reset the window (brightness and contrast)")),
        ("Esc", QCoreApplication.translate("Help", "Stop the running import or sync")),
        ("Ctrl+,", QCoreApplication.translate("Help", "Settings")),
        ("Ctrl+Shift+A", QCoreApplication.translate("Help", "Accounts: your password; "
                                                    "administrators manage accounts")),
        ("F1", QCoreApplication.translate("Help", "This help")),
    ]


def result_help() -> list[tuple[str, str]]:
    """What each result means and what to do now, in the words the window uses (F1)."""
    return [
        (QCoreApplication.translate("Help", "Signs of pneumonia — refer to a clinician (red)"),
         QCoreApplication.translate("Help", "Send the child to the clinic today with the printed report (Ctrl+P). The "
           "clinician decides; the result is not a diagnosis.")),
        (QCoreApplication.translate("Help", "No signs of pneumonia detected (green)"),
         QCoreApplication.translate("Help", "The X-ray showed no signs the model knows. It can be wrong: if the child is "
           "unwell (fast breathing, chest drawing in, high fever, not drinking), refer anyway.")),
        (QCoreApplication.translate("Help", "Outside the intended use (amber)"),
         QCoreApplication.translate("Help", "The patient is 16 or older. The model is made for children; its score may "
           "be wrong. A clinician must read this X-ray.")),
        (QCoreApplication.translate("Help", "… cannot be screened"),
         QCoreApplication.translate("Help", "The message says why and what to do: for example, take or choose a frontal "
           "chest X-ray, or export the image again. Nothing was stored.")),
        (QCoreApplication.translate("Help", "Finalise (Ctrl+Enter)"),
         QCoreApplication.translate("Help", "Check the patient ID and age first: a finalised case cannot be changed. It "
           "is sent to the hospital when the network is back.")),
    ]


class HelpDialog(QDialog):
    """F1: what a result means and what to do, then every shortcut. It scrolls on a small
    screen (it was only the list of shortcuts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from html import escape

        from .fit import scroll_area

        self.setWindowTitle(self.tr("Help"))
        meaning = "".join(f"<p><b>{escape(k)}</b><br>{escape(v)}</p>" for k, v in result_help())
        rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                       for k, v in shortcuts())
        aid = self.tr("CXR Screen is a screening aid, not a diagnosis.")
        # Looked up outside the f-string: lupdate does not read calls inside one.
        meaning_title = self.tr("What the result means, and what to do")
        keys_title = self.tr("Keyboard shortcuts")
        text = QLabel(f"<h3>{escape(meaning_title)}</h3>"
                      f"{meaning}<p>{escape(aid)}</p>"
                      f"<h3>{escape(keys_title)}</h3>"
                      f"<table cellpadding='4'>{rows}</table>")
        text.setObjectName("helpText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll_area(text), 1)
        layout.addWidget(buttons)
        self.resize(self.sizeHint())

    def sizeHint(self):  # noqa: N802 (Qt's name) — the text scrolls: never taller than 540
        from PySide6.QtCore import QSize

        return QSize(720, 540)
