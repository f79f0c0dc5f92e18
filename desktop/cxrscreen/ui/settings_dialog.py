"""The settings dialog: one form over the core's typed Settings. Validation is the core's: a value
it refuses is shown and nothing is saved. Values come from the per-user file over the site file.

The CA to trust is shown, not edited: only the site file chooses it (core/sync/server_policy.py;
a CA file in the per-user settings is ignored). The saved password is bound to the server address
it was typed for (core/settings.py), so a changed address asks for the password again."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ..core.errors import CxrError
from .language import language_box


class PathField(QWidget):
    def __init__(self, text: str, folder: bool, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(text)
        self.folder, self.title = folder, title
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def _browse(self) -> None:
        if self.folder:
            chosen = QFileDialog.getExistingDirectory(self, self.title, self.text())
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.title, self.text())
        if chosen:
            self.edit.setText(chosen)


def _site_ca_file() -> str:
    """The CA file the site configuration names ("" for the bundled certificates)."""
    from ..core.settings import site_defaults

    try:
        return site_defaults().ca_file
    except CxrError:  # a broken site file: the window reports it
        return ""


class SettingsDialog(QDialog):
    def __init__(self, session, operating_points: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.session = session
        s = session.settings
        self.url = QLineEdit(s.sync_url)
        self.url.setPlaceholderText("https://pacs.example.org/dicom-web")
        self.user = QLineEdit(s.sync_user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged") if s.sync_password_enc
                                         else self.tr("not set"))
        self.site_ca = _site_ca_file()
        self.ca_source = QLabel(
            self.tr("From the site configuration: %1").replace("%1", self.site_ca)
            if self.site_ca else
            self.tr("The certificate authorities this application ships with (the site "
                    "configuration names no CA file)"))
        self.ca_source.setObjectName("caSource")
        self.ca_source.setWordWrap(True)
        self.ca_source.setToolTip(self.tr("Only the IT officer's site configuration file can "
                                          "choose which certificates are trusted."))
        self.url.textChanged.connect(self._address_changed)
        self.auto_sync = QCheckBox(self.tr("Send finalised cases automatically when the server "
                                           "can be reached"))
        self.auto_sync.setChecked(s.auto_sync)
        self.watched = PathField(s.watched_folder, True, self.tr("Watched folder"))
        self.operating_point = QComboBox()
        self.operating_point.addItem(self.tr("The model's default"), "")
        from .plain_figures import point_label

        figures = session.model.operating_point_figures()
        thresholds = session.model.operating_point_thresholds()
        for op in operating_points:
            # The name in the box; the trade-off, in plain words, wrapped under it (in the box
            # it made the dialog 1275 px wide).
            full = point_label(op, figures, thresholds)
            self.operating_point.addItem(full.split(" — ")[0], op)
            self.operating_point.setItemData(self.operating_point.count() - 1, full,
                                             Qt.ItemDataRole.ToolTipRole)
        self.operating_point.setCurrentIndex(max(0, self.operating_point.findData(
            s.operating_point)))
        # The operating point decides which children are referred: IT's (an administrator's)
        # choice for the site, not something a health worker changes on one laptop.
        account = getattr(session.store, "account", None)
        may_choose = account is not None and account.role.value == "admin"
        self.operating_point.setEnabled(len(operating_points) > 1 and may_choose)
        self.may_choose_point = may_choose
        self.point_words = QLabel()
        self.point_words.setObjectName("pointWords")
        self.point_words.setWordWrap(True)
        self.operating_point.currentIndexChanged.connect(self._show_point_words)
        self._show_point_words()
        self.point_note = QLabel("" if may_choose else self.tr(
            "Only an administrator (IT) can change the operating point."))
        self.point_note.setWordWrap(True)
        self.point_note.setVisible(not may_choose)
        # Which site point is in force and where it came from, or why it is not used.
        site = session.model.site_point()
        self.site_point = QLabel(site.message)
        self.site_point.setObjectName("sitePoint")
        self.site_point.setWordWrap(True)
        self.site_point.setVisible(bool(site.message))
        if site.message and not site.active:
            self.site_point.setStyleSheet("color:#b00020;")
        self.data_dir = PathField(s.data_dir or str(session.data_dir), True,
                                  self.tr("Data folder"))
        self.language = language_box(s.language)
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020; font-weight:bold;")
        form = QFormLayout()
        form.addRow(self.tr("Server address (DICOMweb)"), self.url)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Trusted certificates"), self.ca_source)
        form.addRow("", self.auto_sync)
        form.addRow(self.tr("Watched folder"), self.watched)
        form.addRow(self.tr("Operating point"), self.operating_point)
        form.addRow("", self.point_words)
        form.addRow("", self.point_note)
        form.addRow("", self.site_point)
        form.addRow(self.tr("Data folder (restart to apply)"), self.data_dir)
        form.addRow(self.tr("Language (restart to apply)"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Values left as the site configuration sets them follow it. The "
                              "password is stored encrypted on this laptop."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def address_changed(self) -> bool:
        """The server address differs from the one the saved password was typed for."""
        saved = self.session.settings
        return (bool(saved.sync_password_enc)
                and self.url.text().strip().rstrip("/") != saved.sync_url.strip().rstrip("/"))

    def _address_changed(self, *_args) -> None:
        s = self.session.settings
        self.password.setPlaceholderText(
            self.tr("type it again for the new address") if self.address_changed()
            else self.tr("unchanged") if s.sync_password_enc else self.tr("not set"))

    def _show_point_words(self, *_args) -> None:
        full = self.operating_point.currentData(Qt.ItemDataRole.ToolTipRole) or ""
        self.point_words.setText(full)
        self.point_words.setVisible(bool(full))

    def values(self):
        from ..core.settings import with_password

        s = dataclasses.replace(
            self.session.settings, sync_url=self.url.text().strip(),
            sync_user=self.user.text().strip(), ca_file=self.site_ca,
            auto_sync=self.auto_sync.isChecked(), watched_folder=self.watched.text(),
            operating_point=(self.operating_point.currentData() or "") if self.may_choose_point
            else self.session.settings.operating_point,
            language=self.language.currentData() or "",
            data_dir=self.data_dir.text() if self.data_dir.text() != str(self.session.data_dir)
            else self.session.settings.data_dir)
        if self.password.text():
            s = with_password(s, self.session.store.cipher, self.password.text())
        return s

    def accept(self) -> None:
        if self.address_changed() and not self.password.text():
            # The core would refuse the saved password for the new address at the next sync.
            self.error.setText(self.tr(
                "The server address changed. Type the password for the new address: the saved "
                "password works only for the address it was typed for."))
            self.password.setFocus()
            return
        try:
            settings = self.values()
            problems = check_paths(settings)
            if problems:
                self.error.setText("\n".join(problems))
                return
            self.session.apply_settings(settings)  # validates, then saves atomically
        except CxrError as exc:
            self.error.setText(exc.message)
            return
        super().accept()


def check_paths(settings) -> list[str]:
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    problems = []
    if settings.watched_folder and not Path(settings.watched_folder).is_dir():
        problems.append(QCoreApplication.translate(
            "SettingsDialog", "The watched folder does not exist: %1").replace(
                "%1", settings.watched_folder))
    return problems
