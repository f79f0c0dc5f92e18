"""The settings dialog: one form over the core's typed Settings. Validation is the core's: a value
it refuses is shown and nothing is saved. Values come from the per-user file over the site file."""

from __future__ import annotations

import dataclasses

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
        self.ca_file = PathField(s.ca_file, False, self.tr("CA certificate file"))
        self.auto_sync = QCheckBox(self.tr("Send finalised cases automatically when the server "
                                           "can be reached"))
        self.auto_sync.setChecked(s.auto_sync)
        self.watched = PathField(s.watched_folder, True, self.tr("Watched folder"))
        self.operating_point = QComboBox()
        self.operating_point.addItem(self.tr("The model's default"), "")
        names = {"screening": self.tr("Screening"), "balanced": self.tr("Balanced"),
                 "high_sensitivity": self.tr("High sensitivity"),
                 "site": self.tr("Site (chosen by the site's IT)")}
        figures = session.model.operating_point_figures()
        for op in operating_points:
            label = names.get(op, op)
            if op in figures:  # the trade-off differs per model: show it rather than promise it
                sens, spec, external = figures[op]
                text = (self.tr("%1 — on a second collection: sensitivity %2%, specificity %3%")
                        if external else
                        self.tr("%1 — on validation: sensitivity %2%, specificity %3%"))
                label = text.replace(
                    "%1", label).replace("%2", f"{100 * sens:.0f}").replace("%3", f"{100 * spec:.0f}")
            self.operating_point.addItem(label, op)
        self.operating_point.setCurrentIndex(max(0, self.operating_point.findData(
            s.operating_point)))
        self.operating_point.setEnabled(len(operating_points) > 1)
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
        form.addRow(self.tr("CA certificate file"), self.ca_file)
        form.addRow("", self.auto_sync)
        form.addRow(self.tr("Watched folder"), self.watched)
        form.addRow(self.tr("Operating point"), self.operating_point)
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

    def values(self):
        from ..core.settings import with_password

        s = dataclasses.replace(
            self.session.settings, sync_url=self.url.text().strip(),
            sync_user=self.user.text().strip(), ca_file=self.ca_file.text(),
            auto_sync=self.auto_sync.isChecked(), watched_folder=self.watched.text(),
            operating_point=self.operating_point.currentData() or "",
            language=self.language.currentData() or "",
            data_dir=self.data_dir.text() if self.data_dir.text() != str(self.session.data_dir)
            else self.session.settings.data_dir)
        if self.password.text():
            s = with_password(s, self.session.store.cipher, self.password.text())
        return s

    def accept(self) -> None:
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
    if settings.ca_file and not Path(settings.ca_file).is_file():
        problems.append(QCoreApplication.translate(
            "SettingsDialog", "The CA certificate file does not exist: %1").replace(
                "%1", settings.ca_file))
    if settings.watched_folder and not Path(settings.watched_folder).is_dir():
        problems.append(QCoreApplication.translate(
            "SettingsDialog", "The watched folder does not exist: %1").replace(
                "%1", settings.watched_folder))
    return problems
