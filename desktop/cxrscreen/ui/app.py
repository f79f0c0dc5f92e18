"""Start the desktop application: `cxrscreen` with no command ends up in :func:`run`.

Start-up is kept short: the window and the case list come first; the model is loaded in the
background after the window shows (see MainWindow.start).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

STYLE = """
QWidget { font-size: 11pt; }
QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox { min-height: 32px; }
QPushButton, QToolButton { padding: 4px 12px; }
QToolBar QToolButton { font-weight: bold; padding: 6px 10px; }
QPushButton#primary { background: #0b4f9c; color: white; font-weight: bold; }
QPushButton#primary:disabled { background: #9aa7b8; color: #eeeeee; }
QTableWidget { selection-background-color: #0b4f9c; selection-color: white; }
QRadioButton, QCheckBox { min-height: 28px; }
QWidget:focus { outline: 2px solid #0b4f9c; }
"""


def install_translators(app: QApplication, language: str | None = None) -> str:
    """Our translations and Qt's for ``language`` (a code; None or "": the system's language);
    returns the code chosen (ui/language.py)."""
    from .language import chosen_language, install

    code = chosen_language(language)
    install(app, code)
    return code


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("CXR Screen")
    app.setOrganizationName("CXR Screen")
    install_translators(app, language)
    from ..core.i18n import set_translator

    set_translator(QCoreApplication.translate)  # the core's messages (refusals) in the UI's language
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    app.setStyleSheet(STYLE)
    return app


def build_window(data_dir: Path, model_dir: Path | str | None = None):
    """The main window for ``data_dir`` before anyone has signed in: built while the key is
    derived or while the person types, it shows nothing until :func:`finish_window`."""
    from .main_window import MainWindow
    from .session import Session

    return MainWindow(Session(None, Path(model_dir) if model_dir else None, data_dir=data_dir))


def finish_window(window, store):
    """Give the window its signed-in ``store``, its lock guard (idle time from the site file) and
    the reviewer's account; it is then ready to show."""
    from ..core.errors import CxrError
    from ..core.settings import Settings, site_defaults
    from .sign_in import LockGuard

    window.session.attach(store)
    try:
        idle = site_defaults().lock_after_seconds
    except CxrError:  # a broken site file is shown by the window; lock with the default
        idle = Settings().lock_after_seconds
    window.lock = LockGuard(window, idle)
    window.review.set_account(store.account)
    return window


def create_window(store, model_dir: Path | str | None = None):
    """The main window for a signed-in ``store`` (a test's fixture), not yet shown."""
    return finish_window(build_window(Path(store.data_dir), model_dir), store)


def open_window(data_dir: Path | str | None = None, model_dir: Path | str | None = None):
    """Sign in (:func:`sign_in`) and return the main window, not yet shown; None when the person
    closed the sign-in. The window is built while the key is derived, or while the person types,
    so that the case list follows the sign-in at once."""
    from ..core.settings import resolve_data_dir

    folder = resolve_data_dir(data_dir)
    built = []

    def build() -> None:
        if not built:
            built.append(build_window(folder, model_dir))

    store = sign_in(folder, meanwhile=build)
    if store is None:
        return None
    return finish_window(built[0] if built else build_window(folder, model_dir), store)


def preload_window() -> None:
    """Import the store's and the main window's modules (about 0.35 s): what a sign-in on a
    folder that is not ready yet (first start, upgrade) can do while the person types."""
    from ..core.store import case_store as store  # noqa: F401
    from . import main_window, session  # noqa: F401


def sign_in(data_dir: Path | str | None = None, meanwhile=None):
    """Ask for a name and password (or create the administrator); the signed-in store, or None
    when the person closed the dialog. Like every command, the window signs in without asking
    when ``CXRSCREEN_USER`` and ``CXRSCREEN_PASSWORD`` are both set (scripted checks, e.g. IT's
    start-up test); if that sign-in is refused, the dialog asks as usual. ``meanwhile`` (default:
    import the window's modules) runs on this thread while the key is derived (Argon2id releases
    Python's lock) or once the dialog shows, on a folder that is ready."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    from ..core.errors import CxrError
    from ..core.settings import resolve_data_dir
    from ..core.store.folder_state import folder_state
    from .sign_in import SignInDialog

    meanwhile = meanwhile or preload_window
    folder = resolve_data_dir(data_dir)
    user, password = os.environ.get("CXRSCREEN_USER"), os.environ.get("CXRSCREEN_PASSWORD")
    if user and password and folder_state(folder) == "ready":
        from ..core.store.case_store import CaseStore

        with ThreadPoolExecutor(1, thread_name_prefix="cxrscreen-sign-in") as pool:
            opening = pool.submit(CaseStore.open, folder, user, password)
            meanwhile()
            try:
                return opening.result()
            except CxrError as exc:
                logging.getLogger(__name__).warning("sign-in from the environment refused: %s",
                                                    exc.message)
    dialog = SignInDialog(folder)
    # Once the dialog shows, while the person types.
    QTimer.singleShot(0, meanwhile if dialog.state == "ready" else preload_window)
    if dialog.exec() != SignInDialog.DialogCode.Accepted:
        return None
    dialog.show_recovery_key()
    return dialog.store


def run(args) -> int:
    from ..core.errors import CxrError
    from ..core.logs import setup_logging
    from ..core.settings import resolve_data_dir

    try:
        log_file = setup_logging(resolve_data_dir(getattr(args, "data_dir", None)))
    except CxrError:  # a bad site file is shown by the window below; log to stderr meanwhile
        log_file = setup_logging(None)
    logging.getLogger(__name__).info("CXR Screen starting; log file %s", log_file)
    from .language import language_setting

    try:
        data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    except CxrError:
        data_dir = None
    app = make_app(language=language_setting(data_dir))
    try:
        window = open_window(getattr(args, "data_dir", None), getattr(args, "model", None))
        if window is None:
            return 0
    except Exception as exc:  # noqa: BLE001 — the last place to tell a person why nothing opens
        message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
        QMessageBox.critical(None, QCoreApplication.translate("App", "CXR Screen cannot start"),
                             message)
        return 2
    window.resize(1280, 720)
    window.showMaximized()
    QTimer.singleShot(0, window.start)
    code = app.exec()
    window.session.close()
    return code
