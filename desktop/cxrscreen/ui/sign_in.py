"""The sign-in screen and the lock screen. The window only asks for a password; the core checks
it (core/accounts.py) and opens the data with it.

- :class:`SignInDialog` opens the store at start-up. On a new data folder it creates the first
  administrator; on a folder written by an older version it protects (upgrades) it first.
- :class:`LockGuard` locks the window after the site's idle time (``lock_after_seconds``) or at
  once with Ctrl+Shift+L: the cases are taken out of the window, every key and click outside the
  lock screen is swallowed, and the same or another account must sign in to go on. Background
  work (imports from the watched folder, sending) goes on meanwhile.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ..core.errors import CxrError

log = logging.getLogger(__name__)
LOCK_KEYS = "Ctrl+Shift+L"
INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
                QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
                QEvent.Type.Wheel, QEvent.Type.DragEnter, QEvent.Type.DragMove,
                QEvent.Type.Drop, QEvent.Type.ContextMenu, QEvent.Type.InputMethod}
ACTIVITY_EVENTS = INPUT_EVENTS | {QEvent.Type.MouseMove}


def _form(widget: QWidget, title: str, intro: str) -> tuple[QFormLayout, QLabel, QPushButton]:
    layout = QVBoxLayout(widget)
    heading = QLabel(title)
    heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
    text = QLabel(intro)  # plain text: a wrapped rich-text label was cut off
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.setWordWrap(True)
    form = QFormLayout()
    problem = QLabel()
    problem.setObjectName("signInProblem")
    problem.setWordWrap(True)
    problem.setStyleSheet("color:#b00020; font-weight:bold;")
    button = QPushButton()
    button.setObjectName("primary")
    button.setDefault(True)
    layout.addWidget(heading)
    layout.addWidget(text)
    layout.addLayout(form)
    layout.addWidget(problem)
    layout.addWidget(button)
    return form, problem, button


class SignInDialog(QDialog):
    """Sign in to the data folder (or create its administrator). ``store`` holds the result."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..core.store.folder_state import folder_state

        self.data_dir = Path(data_dir)
        self.store = None
        self.recovery_key = ""
        self.state = folder_state(self.data_dir)
        self.setWindowTitle(self.tr("CXR Screen — sign in"))
        self.setMinimumWidth(460)
        creating = self.state in ("new", "plain")
        if self.state == "plain":
            title, intro = self.tr("Protect the saved cases"), self.tr(
                "The cases on this laptop were saved by an older version and are not protected."
                " Create the administrator account: the cases are then encrypted, and every "
                "person signs in with their own account. No case is lost.")
        elif creating:
            title, intro = self.tr("Set up CXR Screen"), self.tr(
                "Create the administrator account. The administrator then adds an account for "
                "each health worker and clinician.")
        else:
            title, intro = self.tr("Sign in"), self.tr("Enter your name and password or PIN.")
        form, self.problem, self.button = _form(self, title, intro)
        self.name = QLineEdit()
        self.name.setMaxLength(64)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Password"), self.password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if creating:
            form.addRow(self.tr("Password &again"), self.again)
        self.button.setText(self.tr("Create and sign in") if creating else self.tr("Sign &in"))
        self.button.clicked.connect(self.submit)
        self.name.setFocus()

    def submit(self) -> None:
        from ..core.store.case_store import CaseStore

        name, password = self.name.text().strip(), self.password.text()
        if self.state in ("new", "plain") and password != self.again.text():
            self.problem.setText(self.tr("The two passwords are not the same."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.state == "plain":
                self._done = 0
                self.store, self.recovery_key = CaseStore.upgrade(self.data_dir, name, password,
                                                                  journal=self._progress)
            elif self.state == "new":
                self.store, self.recovery_key = CaseStore.create(self.data_dir, name, password)
            else:
                self.store = CaseStore.open(self.data_dir, name, password)
        except CxrError as exc:
            self.problem.setStyleSheet("color:#b00020; font-weight:bold;")
            self.problem.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def _progress(self, _step: str) -> None:
        """The upgrade's steps (one per file): keep the dialog alive and say how far it is."""
        self._done += 1
        self.problem.setStyleSheet("")
        self.problem.setText(self.tr("Protecting the saved cases… %1 files done.")
                             .replace("%1", str(self._done)))
        QApplication.processEvents()

    def show_recovery_key(self) -> None:
        """Large, with Save and Print, and not gone until its last group is typed back
        (ui/recovery_key.py)."""
        if self.recovery_key:
            from .recovery_key import RecoveryKeyDialog

            RecoveryKeyDialog(self.recovery_key, self.data_dir, self).exec()


class LockScreen(QWidget):
    unlockRequested = Signal(str, str)  # name, password

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName("lockScreen")
        box = QWidget()
        box.setFixedWidth(460)  # a fixed width lets the wrapped text take the height it needs
        form, self.problem, self.button = _form(
            box, self.tr("Locked"),
            self.tr("The cases are hidden. Sign in to go on (you, or another person with an "
                    "account). Work in the background goes on."))
        self.name = QLineEdit(name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Password"), self.password)
        self.button.setText(self.tr("&Unlock"))
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _submit(self) -> None:
        self.unlockRequested.emit(self.name.text().strip(), self.password.text())


def clear_unsaved_typing(window, before: str) -> None:
    """Another person unlocked: what ``before`` typed into the open case and did not save is
    cleared, and the window says so. It stayed in the form (issue 22): the next person could
    read it, or save and finalise it as their own. The same person unlocking keeps it."""
    case = window.case
    if case is None:
        return
    typed = window.form.has_unsaved_changes() or window.review.note.toPlainText().strip()
    if not typed:
        return
    log.info("unsaved typing in case %s cleared: another account unlocked", case.id)
    stored = window.session.store.get(case.id)
    window.form.show_case(stored)  # the stored values; what was typed is gone
    window.open_case(stored.id)
    window.messages.show_message(
        QCoreApplication.translate(
            "LockScreen", "What %1 typed in this case and did not save was cleared: it was "
            "not saved. The case shows what is stored.").replace("%1", before),
        "warning", about=stored.id)


class LockGuard(QObject):
    """Locks ``window`` (a MainWindow) when idle or on Ctrl+Shift+L."""

    locked = Signal()
    unlocked = Signal(str)  # the account now signed in

    def __init__(self, window, idle_seconds: float) -> None:
        super().__init__(window)
        self.window = window
        self.screen: LockScreen | None = None
        self._content: QWidget | None = None
        self._hidden_bars: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_idle_seconds(idle_seconds)
        self.shortcut = QShortcut(QKeySequence(LOCK_KEYS), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.lock)
        QApplication.instance().installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def set_idle_seconds(self, seconds: float) -> None:
        self.idle_ms = max(0, int(seconds * 1000))
        self._restart()

    def _restart(self) -> None:
        if self.idle_ms > 0 and not self.is_locked:
            self.timer.start(self.idle_ms)

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        # Dialogs over the cases (settings, accounts and the one it opened, print preview) close.
        for _ in range(8):
            modal = QApplication.activeModalWidget()
            if not isinstance(modal, QDialog) or modal is self.window:
                break
            modal.reject()
        store = self.window.session.store
        self.screen = LockScreen(store.account.name if store.account else "")
        self.screen.unlockRequested.connect(self._unlock)
        self._content = self.window.takeCentralWidget()
        self._hidden_bars = [w for w in self.window.findChildren(QWidget)
                             if w.metaObject().className() == "QToolBar" and w.isVisible()]
        for bar in self._hidden_bars:
            bar.hide()
        self.window.setCentralWidget(self.screen)
        self.screen.password.setFocus()
        log.info("window locked (%s)", store.account.name if store.account else "-")
        self.locked.emit()

    def _unlock(self, name: str, password: str) -> None:
        store = self.window.session.store
        before = store.account.name if store.account else ""
        try:
            account = store.sign_in(name, password)
        except CxrError as exc:
            self.screen.problem.setText(exc.message)
            self.screen.password.clear()
            return
        self.window.takeCentralWidget()
        self.screen.deleteLater()
        self.screen = None
        self.window.setCentralWidget(self._content)
        self._content.show()  # taken out of the window, it was hidden
        self._content = None
        for bar in self._hidden_bars:
            bar.show()
        self._hidden_bars = []
        if account.name != before:
            log.info("%s signed in on the lock screen (was %s)", account.name, before)
            self.window.review.set_account(account)
            self.window.status.set_account(account)
            self.window.case_list.refresh()
            clear_unsaved_typing(self.window, before)
        self._restart()
        self.unlocked.emit(account.name)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in ACTIVITY_EVENTS:
            return False
        if self.is_locked:
            # A real key or click from the window system reaches the QWindow first, which then
            # hands it to the focused (or clicked) widget: let it through there and judge it at
            # the widget. Swallowing it at the QWindow made the lock screen itself deaf (issue 22).
            if isinstance(obj, QWindow):
                return False
            if kind in INPUT_EVENTS and not self._on_lock_screen(obj) and obj is not self.shortcut:
                return True  # swallowed: nothing behind the lock screen can be reached
            return False
        if self.idle_ms > 0:
            self.timer.start(self.idle_ms)
        return False

    def _on_lock_screen(self, obj: QObject) -> bool:
        while obj is not None:
            if obj is self.screen:
                return True
            obj = obj.parent()
        return False
