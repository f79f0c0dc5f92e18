"""Accounts, in the window: anyone changes their own password; an administrator also adds
accounts, disables them and sets new passwords (the same core methods as `cxrscreen users`, with
the same checks and the same account log). Nothing is kept in the dialog: every change is made by
the store at once, or refused with its message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..core.store.accounts import Role
from ..core.errors import CxrError


def role_words() -> dict[Role, str]:
    """Each role as the dialogs show it (translated)."""
    # Spelled out (not an alias of translate): lupdate reads a call named `tr` as self.tr and
    # filed these under no context, so they were never found at run time.
    return {Role.HEALTH_WORKER: QCoreApplication.translate("Accounts", "Health worker"),
            Role.CLINICIAN: QCoreApplication.translate("Accounts", "Clinician"),
            Role.ADMIN: QCoreApplication.translate("Accounts", "Administrator")}


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("accountsProblem")
    label.setWordWrap(True)
    return label


class PasswordDialog(QDialog):
    """A new password, typed twice (for a new account, or one an administrator resets)."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None,
                 with_name: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(64)
        self.role = QComboBox()
        for role, words in role_words().items():
            self.role.addItem(words, role.value)
        if with_name:
            form.addRow(self.tr("&Name"), self.name)
            form.addRow(self.tr("&Role"), self.role)
        self.password, self.again = _password_field(), _password_field()
        form.addRow(self.tr("&Password or PIN"), self.password)
        form.addRow(self.tr("Password &again"), self.again)
        layout.addLayout(form)
        self.problem = _problem_label()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.name if with_name else self.password).setFocus()

    def _check(self) -> None:
        if self.password.text() != self.again.text():
            self.problem.setText(self.tr("The two passwords are not the same."))
            self.again.clear()
            self.again.setFocus()
            return
        self.accept()


class AccountsDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        me = store.account
        self.setWindowTitle(self.tr("Accounts"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.problem = _problem_label()
        own = QGroupBox(self.tr("Your password (%1)").replace("%1", me.name))
        form = QFormLayout(own)
        self.old, self.new, self.again = (_password_field(), _password_field(),
                                          _password_field())
        form.addRow(self.tr("&Current password"), self.old)
        form.addRow(self.tr("&New password or PIN"), self.new)
        form.addRow(self.tr("New password &again"), self.again)
        self.change_button = QPushButton(self.tr("Change my password"))
        self.change_button.clicked.connect(self.change_own)
        form.addRow("", self.change_button)
        layout.addWidget(own)
        self.admin = me.role == Role.ADMIN
        self.table = QTableWidget(0, 3)
        self.add_button = QPushButton(self.tr("&Add account…"))
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.reset_button = QPushButton(self.tr("&Set a new password…"))
        if self.admin:
            layout.addWidget(self._admin_box())
        layout.addWidget(self.problem)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def _admin_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Accounts on this laptop (administrators only)"))
        layout = QVBoxLayout(box)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"),
                                              self.tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        for button in (self.add_button, self.disable_button, self.reset_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.disable_button.clicked.connect(self.disable)
        self.reset_button.clicked.connect(self.reset)
        return box

    # -- what the dialog shows ------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.admin:
            return
        words = role_words()
        accounts = self.store.list_accounts()
        self.table.setRowCount(len(accounts))
        for i, account in enumerate(accounts):
            state = self.tr("disabled") if account.disabled else self.tr("active")
            if account.damaged:  # its row was edited outside the application (integrity.py)
                state = self.tr("damaged: cannot sign in (disable it, then reset its password)")
            for j, text in enumerate((account.name, words[account.role], state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.name)
                self.table.setItem(i, j, item)

    def selected(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _say(self, text: str, error: bool) -> None:
        self.problem.setStyleSheet("color:#b00020; font-weight:bold;" if error else "")
        self.problem.setText(text)

    def _do(self, action, done: str) -> bool:
        """Run one store change; say what happened. True when it was made."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a key derivation: ~0.2 s
        try:
            action()
        except CxrError as exc:
            self._say(exc.message, True)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._say(done, False)
        self.refresh()
        return True

    # -- changes ---------------------------------------------------------------------------------

    def change_own(self) -> None:
        if self.new.text() != self.again.text():
            self._say(self.tr("The two new passwords are not the same."), True)
            return
        old, new = self.old.text(), self.new.text()
        for field in (self.old, self.new, self.again):
            field.clear()
        self._do(lambda: self.store.change_own_password(old, new),
                 self.tr("Your password is changed. Use the new one from now on."))

    def add(self) -> None:
        dialog = PasswordDialog(self.tr("Add an account"), self.tr(
            "The person signs in with this name and password. Give the password to them "
            "in private; they can change it under Accounts."), self, with_name=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = dialog.name.text().strip()
        self._do(lambda: self.store.add_account(name, dialog.role.currentData(),
                                                dialog.password.text()),
                 self.tr("Account %1 added.").replace("%1", name))

    def disable(self) -> None:
        name = self.selected()
        if name is None:
            self._say(self.tr("Choose an account in the list first."), True)
            return
        self._do(lambda: self.store.disable_account(name), self.tr(
            "Account %1 is disabled: it can no longer sign in. Set a new password to enable "
            "it again.").replace("%1", name))

    def reset(self) -> None:
        name = self.selected()
        if name is None:
            self._say(self.tr("Choose an account in the list first."), True)
            return
        dialog = PasswordDialog(self.tr("New password for %1").replace("%1", name), self.tr(
            "The old password stops working at once. A disabled account is enabled again."),
            self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._do(lambda: self.store.reset_password(name, dialog.password.text()),
                 self.tr("New password set for %1.").replace("%1", name))
