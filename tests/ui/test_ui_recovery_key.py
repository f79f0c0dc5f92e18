"""The recovery key does not vanish with one Enter: Save, and Done only after its last group is
typed back; Esc does not close it before that (issue 22)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_key_is_kept_until_its_last_group_is_typed_back(qtbot, tmp_path):
    from cxrscreen.ui.recovery_key import RecoveryKeyDialog

    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRSO"
    dialog = RecoveryKeyDialog(key, tmp_path / "data")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(type(dialog.saved), "recoveryKey").text() == key
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # Enter alone: still open
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc alone: still open
    assert dialog.isVisible() and not dialog.done_button.isEnabled()
    dialog.save_to_file(str(tmp_path / "key.txt"))
    assert key in (tmp_path / "key.txt").read_text() and "Saved to" in dialog.saved.text()
    qtbot.keyClicks(dialog.typed, "qrs0")  # read back with a zero for the O
    assert dialog.done_button.isEnabled()
    dialog.done_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
