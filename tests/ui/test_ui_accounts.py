"""Accounts in the window (Accounts…, Ctrl+Shift+A): real data folders, real key derivations,
the real dialogs offscreen. Modal dialogs are answered from a zero-delay timer, which runs once
the dialog's own event loop does (no fixed waits)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from helpers.accounts import ADMIN, CLINICIAN, PASSWORDS, WORKER, open_as, set_up


def answer_next_dialog(fill) -> list:
    """Call ``fill(dialog)`` on the next modal dialog, once it shows; returns what it saw."""
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        fill(dialog)

    QTimer.singleShot(0, look)
    return seen


def type_new_account(name: str, role: str, password: str, again: str | None = None):
    def fill(dialog) -> None:
        dialog.name.setText(name)
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.password.setText(password)
        dialog.again.setText(password if again is None else again)
        dialog._check()
        if dialog.isVisible():  # refused (the two passwords differ): the person cancels
            dialog.reject()
    return fill


def select(dialog, name: str) -> None:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).text() == name:
            dialog.table.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def states(dialog) -> dict[str, str]:
    return {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
            for r in range(dialog.table.rowCount())}


@pytest.fixture
def folder(tmp_path):
    set_up(tmp_path / "data").close()
    return tmp_path / "data"


def test_an_administrator_adds_disables_and_enables_accounts(qtbot, folder):
    from cxrscreen.core.errors import SignInError
    from cxrscreen.core.store.case_store import CaseStore
    from cxrscreen.ui.accounts_dialog import AccountsDialog

    store = open_as(folder, ADMIN)
    dialog = AccountsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.isVisibleTo(dialog)
    assert states(dialog) == {ADMIN: "active", CLINICIAN: "active", WORKER: "active"}

    answer_next_dialog(type_new_account("nurse.wanjiru", "health_worker", "5678", "5679"))
    dialog.add_button.click()  # the two passwords differ: nothing is added
    assert "nurse.wanjiru" not in states(dialog)
    answer_next_dialog(type_new_account("nurse.wanjiru", "health_worker", "5678"))
    dialog.add_button.click()
    assert "nurse.wanjiru added" in dialog.problem.text()
    assert states(dialog)["nurse.wanjiru"] == "active"
    with CaseStore.open(folder, "nurse.wanjiru", "5678") as theirs:
        assert theirs.account.role.value == "health_worker"

    dialog.disable_button.click()  # nothing chosen
    assert "Choose an account" in dialog.problem.text()
    select(dialog, WORKER)
    dialog.disable_button.click()
    assert states(dialog)[WORKER] == "disabled"
    with pytest.raises(SignInError):
        CaseStore.open(folder, WORKER, PASSWORDS[WORKER])

    select(dialog, WORKER)
    answer_next_dialog(type_new_account("", "health_worker", "2468"))
    dialog.reset_button.click()
    assert states(dialog)[WORKER] == "active" and "New password set" in dialog.problem.text()
    CaseStore.open(folder, WORKER, "2468").close()
    log = [(e["account"], e["action"], e["actor"]) for e in store.account_log()]
    assert (WORKER, "account_disabled", ADMIN) in log and (WORKER, "password_reset", ADMIN) in log
    store.close()


def test_the_last_administrator_cannot_be_disabled(qtbot, folder):
    from cxrscreen.ui.accounts_dialog import AccountsDialog

    store = open_as(folder, ADMIN)
    dialog = AccountsDialog(store)
    qtbot.addWidget(dialog)
    select(dialog, ADMIN)
    dialog.disable_button.click()
    assert "only administrator" in dialog.problem.text()
    assert states(dialog)[ADMIN] == "active"
    store.close()


def test_a_health_worker_changes_only_their_own_password(qtbot, folder):
    from cxrscreen.core.errors import SignInError
    from cxrscreen.core.store.case_store import CaseStore
    from cxrscreen.ui.accounts_dialog import AccountsDialog

    store = open_as(folder, WORKER)
    dialog = AccountsDialog(store)
    qtbot.addWidget(dialog)
    assert not dialog.table.isVisibleTo(dialog) and not dialog.add_button.isVisibleTo(dialog)
    dialog.old.setText("0000")
    dialog.new.setText("8642")
    dialog.again.setText("8642")
    dialog.change_button.click()
    assert "not right" in dialog.problem.text()
    CaseStore.open(folder, WORKER, PASSWORDS[WORKER]).close()  # unchanged
    dialog.old.setText(PASSWORDS[WORKER])
    dialog.new.setText("8642")
    dialog.again.setText("8642")
    dialog.change_button.click()
    assert "password is changed" in dialog.problem.text()
    assert dialog.old.text() == dialog.new.text() == ""  # no password left in the fields
    CaseStore.open(folder, WORKER, "8642").close()
    with pytest.raises(SignInError):
        CaseStore.open(folder, WORKER, PASSWORDS[WORKER])
    store.close()


def test_locking_closes_the_accounts_dialog_and_the_one_it_opened(qtbot, folder):
    """Locking with a dialog open over a dialog (Accounts, then Add account) closed only the
    top one, and the accounts list stayed in front of the lock screen."""
    from cxrscreen.ui.app import create_window

    window = create_window(open_as(folder, ADMIN))
    qtbot.addWidget(window)
    window.show()
    opened = []

    def in_add_dialog() -> None:
        opened.append(type(QApplication.activeModalWidget()).__name__)
        window.lock.lock()

    def in_accounts_dialog() -> None:
        opened.append(type(QApplication.activeModalWidget()).__name__)
        QTimer.singleShot(0, in_add_dialog)
        QApplication.activeModalWidget().add_button.click()

    def give_up() -> None:  # only if a dialog stayed open: the test fails instead of hanging
        while (modal := QApplication.activeModalWidget()) is not None:
            opened.append("left open")
            modal.reject()

    QTimer.singleShot(0, in_accounts_dialog)
    guard = QTimer(singleShot=True, interval=30_000)
    guard.timeout.connect(give_up)
    guard.start()
    window.accounts_action.trigger()
    guard.stop()
    assert opened == ["AccountsDialog", "PasswordDialog"]
    assert window.lock.is_locked and QApplication.activeModalWidget() is None
    window.shutdown()
    window.session.close()
