"""The sign-in screen and the lock: the real window offscreen, real accounts, no fixed sleeps
(the tests wait for the lock's signals)."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from helpers.accounts import ADMIN, CLINICIAN, PASSWORDS, WORKER, set_up, store_for


def test_first_start_creates_the_administrator(qtbot, tmp_path, monkeypatch):
    from cxrscreen.core.store.case_store import CaseStore
    from cxrscreen.ui.sign_in import SignInDialog

    dialog = SignInDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    assert dialog.state == "new" and dialog.again.isVisibleTo(dialog)
    dialog.name.setText("boss")
    dialog.password.setText("first-pass")
    dialog.again.setText("other-pass")
    dialog.button.click()
    assert "not the same" in dialog.problem.text() and dialog.store is None
    dialog.again.setText("first-pass")
    dialog.button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.store.account.role.value == "admin" and dialog.recovery_key.count("-") == 12
    dialog.store.close()
    CaseStore.open(tmp_path / "data", "boss", "first-pass").close()


def test_sign_in_refuses_a_wrong_password_and_opens_with_the_right_one(qtbot, tmp_path):
    from cxrscreen.ui.sign_in import SignInDialog

    set_up(tmp_path / "data").close()
    dialog = SignInDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    assert dialog.state == "ready" and not dialog.again.isVisibleTo(dialog)
    dialog.name.setText(WORKER)
    dialog.password.setText("0000")
    dialog.button.click()
    assert dialog.store is None and "not right" in dialog.problem.text()
    assert dialog.password.text() == ""
    dialog.password.setText(PASSWORDS[WORKER])
    dialog.button.click()
    assert dialog.store is not None and dialog.store.account.name == WORKER
    dialog.store.close()


def test_idle_window_locks_hides_the_cases_and_ignores_keys(qtbot, window):
    guard = window.lock
    content = window.centralWidget()
    assert window.case_list.isVisible()
    with qtbot.waitSignal(guard.locked, timeout=10_000):
        guard.set_idle_seconds(0.05)  # the site sets this; tiny here, then wait for the signal
    guard.set_idle_seconds(0)
    assert guard.is_locked and window.centralWidget() is guard.screen
    assert not window.case_list.isVisible() and not content.isVisible()
    # A shortcut behind the lock screen does nothing (F5 would start sending).
    triggered = []
    window.sync_action.triggered.connect(lambda: triggered.append(1))
    qtbot.keyClick(guard.screen.password, Qt.Key.Key_F5)
    assert not triggered
    # A wrong password keeps it locked; the right one brings the cases back.
    guard.screen.password.setText("wrong-one")
    guard.screen.button.click()
    assert guard.is_locked and "not right" in guard.screen.problem.text()
    guard.screen.password.setText(PASSWORDS[CLINICIAN])
    with qtbot.waitSignal(guard.unlocked, timeout=10_000) as unlocked:
        guard.screen.button.click()
    assert unlocked.args == [CLINICIAN]
    assert not guard.is_locked and window.centralWidget() is content
    assert window.case_list.isVisible()
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_F5)  # the same key works again
    assert triggered == [1]


def test_lock_shortcut_and_another_person_signing_in(qtbot, window):
    guard = window.lock
    with qtbot.waitSignal(guard.locked, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    guard.screen.name.setText(WORKER)
    guard.screen.password.setText(PASSWORDS[WORKER])
    with qtbot.waitSignal(guard.unlocked, timeout=10_000):
        qtbot.keyClick(guard.screen.password, Qt.Key.Key_Return)
    assert window.session.store.account.name == WORKER
    # A health worker sees why they cannot record a review.
    assert "Only a clinician" in window.review.reviewer.text()
    assert not window.review.save.isEnabled()


def test_review_form_uses_the_signed_in_clinician(window):
    assert window.review.reviewer.text() == CLINICIAN
    assert not window.review.findChildren(QLineEdit)  # no free-text name any more


def test_site_file_sets_the_idle_time(qtbot, tmp_path, monkeypatch, model_dir):
    from cxrscreen.ui.app import create_window

    site = tmp_path / "site.json"
    site.write_text(json.dumps({"lock_after_seconds": 42}))
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(site))
    w = create_window(store_for(tmp_path / "d", ADMIN), model_dir)
    qtbot.addWidget(w)
    assert w.lock.idle_ms == 42_000 and w.lock.timer.isActive()
    w.session.close()


@pytest.fixture
def cleared_case(data_dir) -> str:
    """A case sent and then cleared by retention, in the window's data folder."""
    from store_fakes import FakeScreener, have_data, jpegs

    from cxrscreen.core.store.outbox import Outbox

    if not have_data():
        pytest.skip("no shared data")
    set_up(data_dir).close()
    with store_for(data_dir, WORKER) as store:
        case = store.import_file(jpegs(1)[0], FakeScreener(), finalise=True)
        outbox = Outbox(store)
        outbox.mark_sent(outbox.pending())
        assert store.purge_confirmed(0, datetime.now(timezone.utc) + timedelta(days=1)) == \
            [case.id]
    return case.id


def test_case_list_shows_sent_and_cleared(qtbot, cleared_case, window):
    from cxrscreen.ui.case_list import COLUMNS

    qtbot.waitUntil(lambda: window.case_list.table.rowCount() == 1, timeout=10_000)
    assert window.case_list.table.item(0, COLUMNS.index("state")).text() == "Sent and cleared"


def test_window_signs_in_from_the_environment_like_every_command(qtbot, tmp_path, monkeypatch):
    from cxrscreen.ui.app import sign_in

    set_up(tmp_path / "data").close()
    monkeypatch.setenv("CXRSCREEN_USER", WORKER)
    monkeypatch.setenv("CXRSCREEN_PASSWORD", PASSWORDS[WORKER])
    store = sign_in(tmp_path / "data")
    assert store.account.name == WORKER
    store.close()


def test_the_window_is_built_while_the_person_types_and_opens_signed_in(qtbot, tmp_path,
                                                                       monkeypatch):
    """open_window (what `cxrscreen` runs): the main window exists, hidden, while the sign-in
    dialog waits for the person; after "Sign in" it gets the store, the lock and the reviewer."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cxrscreen.ui.app import open_window
    from cxrscreen.ui.main_window import MainWindow
    from cxrscreen.ui.sign_in import SignInDialog

    set_up(tmp_path / "data").close()
    monkeypatch.delenv("CXRSCREEN_USER", raising=False)
    seen, turns = [], []

    def person() -> None:  # types once the window is built, or after 50 turns of the loop
        dialog = QApplication.activeModalWidget()
        hidden = [w for w in QApplication.topLevelWidgets()
                  if isinstance(w, MainWindow) and not w.isVisible()]
        turns.append(1)
        if not isinstance(dialog, SignInDialog) or (not hidden and len(turns) < 50):
            QTimer.singleShot(0, person)
            return
        seen.append(hidden)
        dialog.name.setText(CLINICIAN)
        dialog.password.setText(PASSWORDS[CLINICIAN])
        dialog.button.click()

    QTimer.singleShot(0, person)
    window = open_window(tmp_path / "data")
    qtbot.addWidget(window)
    assert seen and seen[0] == [window]  # built before "Sign in" was pressed
    assert window.session.store.account.name == CLINICIAN and window.lock is not None
    assert window.review.account.name == CLINICIAN
    window.session.close()


def test_first_start_after_the_upgrade_protects_the_old_cases(qtbot, tmp_path):
    from store_fakes import FakeScreener, have_data, jpegs

    from cxrscreen.core.store.folder_state import folder_state
    from cxrscreen.ui.sign_in import SignInDialog
    from helpers.plain_store import make_plain_store

    if not have_data():
        pytest.skip("no shared data")
    expected = make_plain_store(tmp_path / "data", jpegs(3), FakeScreener())
    dialog = SignInDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    assert dialog.state == "plain"
    dialog.name.setText("boss")
    dialog.password.setText("boss-pass-1")
    dialog.again.setText("boss-pass-1")
    dialog.button.click()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
    assert "files done" in dialog.problem.text()
    assert {c.id for c in dialog.store.list_cases()} == set(expected)
    dialog.store.close()
    assert folder_state(tmp_path / "data") == "ready"
