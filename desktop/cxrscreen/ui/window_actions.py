"""The main window's actions: the toolbar, and the keyboard shortcuts that reach every part of
the window (a mixin of :class:`.main_window.MainWindow`).

Its words keep the ``MainWindow`` translation context they had before the window was split
(explicit ``QCoreApplication.translate("MainWindow", ...)``), so the .ts files did not change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from .messages import HelpDialog


class WindowActions:
    """Builds ``import_action``, ``finalise_action``, ``save_action``, ``print_action``,
    ``pdf_action``, ``sync_action``, ``settings_action``, ``accounts_action``, ``help_action``
    and the toolbar."""

    def _action(self, text: str, keys, slot, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in (keys if isinstance(keys, list) else [keys])])
        action.setToolTip(f"{tip or text} ({action.shortcut().toString(QKeySequence.NativeText)})")
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(
            QCoreApplication.translate("MainWindow", "Import X-rays…"), "Ctrl+O", self.choose_files)
        self.finalise_action = self._action(
            QCoreApplication.translate("MainWindow", "Finalise"), ["Ctrl+Return", "Ctrl+Enter"],
            self.form.request_finalise,
            QCoreApplication.translate("MainWindow", "Finalise the case and queue it for sending"))
        self.save_action = self._action(
            QCoreApplication.translate("MainWindow", "Save"), "Ctrl+S", self.form.request_save)
        self.print_action = self._action(
            QCoreApplication.translate("MainWindow", "Print report…"), "Ctrl+P", self.print_report)
        self.pdf_action = self._action(
            QCoreApplication.translate("MainWindow", "Save report as PDF…"), "Ctrl+Shift+S",
            self.choose_pdf)
        self.sync_action = self._action(
            QCoreApplication.translate("MainWindow", "Sync now"), "F5", self.sync_now,
            QCoreApplication.translate("MainWindow", "Send finalised cases to the hospital now"))
        self.settings_action = self._action(
            QCoreApplication.translate("MainWindow", "Settings…"), "Ctrl+,", self.open_settings)
        self.accounts_action = self._action(
            QCoreApplication.translate("MainWindow", "Accounts…"), "Ctrl+Shift+A",
            self.open_accounts,
            QCoreApplication.translate("MainWindow",
                                       "Change your password; administrators add and disable "
                                       "accounts"))
        self.help_action = self._action(QCoreApplication.translate("MainWindow", "Help"), "F1",
                                        lambda: HelpDialog(self).exec())
        self._action(QCoreApplication.translate("MainWindow", "Cases"), "Ctrl+L",
                     self.case_list.table.setFocus)
        self._action(QCoreApplication.translate("MainWindow", "Search"), "Ctrl+F",
                     self.case_list.search.setFocus)
        self._action(QCoreApplication.translate("MainWindow", "Case form"), "Ctrl+1",
                     lambda: self._tab(0))
        self._action(QCoreApplication.translate("MainWindow", "Review"), "Ctrl+2",
                     lambda: self._tab(1))
        self._action(QCoreApplication.translate("MainWindow", "Stop"), "Esc", self.cancel_running)
        bar = QToolBar(QCoreApplication.translate("MainWindow", "Main actions"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.import_action, self.finalise_action, self.print_action, self.pdf_action,
                  self.sync_action, self.settings_action, self.accounts_action, self.help_action):
            bar.addAction(a)
        self.addToolBar(bar)
        for a in (self.finalise_action, self.save_action, self.print_action, self.pdf_action):
            a.setEnabled(False)  # until a case is open (CaseFlow._show_case)

    def _tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        (self.form.patient_id if index == 0 else self.review.buttons["agree"]).setFocus()
