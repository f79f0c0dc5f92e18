"""Which language the window speaks, and loading its translations.

The language is the ``language`` setting (the per-user settings file, else the site file IT
pushes) when it names one the application ships, else the first of the system's languages that
it ships, else English. It takes effect when the application starts.

Translations are written in ``i18n/cxrscreen_<code>.ts`` (the files translators edit with Qt
Linguist). Qt loads compiled ``.qm`` files: where the ``.ts`` is present (an installed or
editable package) it is compiled at first use with PySide6's own ``lrelease`` into a per-user
cache, keyed by the ``.ts`` file's content, so a corrected ``.ts`` is picked up at the next start;
the bundle (packaging/cxrscreen.spec) ships the ``.qm`` compiled at build time instead.
Qt's own words (standard buttons, the file dialog) come from Qt's ``qtbase_<code>.qm`` where
PySide6 ships one; our ``.ts`` files also carry the standard buttons and the file dialog's
labels (ui/qt_words.py), so that Swahili, which Qt lacks, has them too.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
# Each language the window ships, named in that language (so a person finds their own).
LANGUAGES = {"en": "English", "fr": "Français", "pt": "Português", "sw": "Kiswahili"}
# Qt's catalogues for its own dialogs, best first. Mozambique and Angola write European
# Portuguese; PySide6 ships qtbase only in Brazilian Portuguese, and ours is installed after it.
QT_CATALOGUES = {"fr": ("qtbase_fr",), "pt": ("qtbase_pt_PT", "qtbase_pt_BR"), "sw": ()}

_installed: list[QTranslator] = []


def chosen_language(setting: str | None = None, system: QLocale | None = None) -> str:
    """The code of the language to use: ``setting`` if it names a shipped language, else the
    first shipped one among the system's languages, else ``"en"``."""
    code = (setting or "").strip().lower().replace("-", "_").split("_")[0]
    if code in LANGUAGES:
        return code
    if code:
        log.warning("language %r is not one the application ships (%s); using the system's",
                    setting, ", ".join(LANGUAGES))
    system = system or QLocale.system()
    for name in [*system.uiLanguages(), system.name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def language_setting(data_dir: Path | str | None) -> str:
    """The ``language`` setting for ``data_dir`` ("" when unset or the settings cannot be read:
    the window then shows the problem in the system's language)."""
    from ..core.errors import CxrError
    from ..core.settings import load_settings, site_defaults

    try:
        return load_settings(Path(data_dir)).language if data_dir else site_defaults().language
    except CxrError:
        try:
            return site_defaults().language
        except CxrError:
            return ""


def cache_dir() -> Path:
    """Where compiled translations are kept: ``CXRSCREEN_CACHE_DIR``, else the user's cache."""
    if os.environ.get("CXRSCREEN_CACHE_DIR"):
        return Path(os.environ["CXRSCREEN_CACHE_DIR"]) / "i18n"
    import platformdirs

    return Path(platformdirs.user_cache_dir("cxrscreen", appauthor=False)) / "i18n"


def lrelease() -> Path | None:
    """PySide6's lrelease (shipped in its wheel), or None."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    names = ["lrelease.exe"] if sys.platform == "win32" else [
        "lrelease", "Qt/libexec/lrelease", "lrelease.app/Contents/MacOS/lrelease"]
    for name in names:
        if (folder / name).is_file():
            return folder / name
    return None


def compiled_catalogue(code: str, folder: Path = I18N_DIR) -> Path | None:
    """The ``.qm`` for ``code``: compiled from ``cxrscreen_<code>.ts`` into the cache when the
    ``.ts`` is there (once per content), else the ``.qm`` shipped beside it, else None."""
    ts = folder / f"cxrscreen_{code}.ts"
    if not ts.is_file():
        shipped = folder / f"cxrscreen_{code}.qm"
        return shipped if shipped.is_file() else None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    name = f"cxrscreen_{code}-{digest}.qm"
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    for place in (cache_dir(), Path(tempfile.gettempdir()) / f"cxrscreen-i18n-{user}"):
        if (place / name).is_file():
            return place / name
        try:
            return _compile(ts, place / name)
        except OSError as exc:
            log.warning("cannot compile %s into %s (%s)", ts.name, place, exc)
    return None


def _compile(ts: Path, target: Path) -> Path:
    tool = lrelease()
    if tool is None:
        raise OSError("PySide6's lrelease is missing")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        done = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(tmp)],
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0 or not tmp.is_file():
            raise OSError(f"lrelease failed: {(done.stderr or done.stdout).strip()[:300]}")
        os.replace(tmp, target)  # another start compiling the same file at once is harmless
    finally:
        tmp.unlink(missing_ok=True)
    log.info("compiled %s into %s", ts.name, target)
    return target


def install(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Replace the translators installed before with those of ``code`` (Qt's, then ours, which
    Qt asks first). Returns the translators installed; none for English."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code == "en":
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in QT_CATALOGUES.get(code, ()):
        translator = QTranslator(app)
        if translator.load(name, qt_folder):
            app.installTranslator(translator)
            _installed.append(translator)
            break
    ours = compiled_catalogue(code)
    translator = QTranslator(app)
    if ours is not None and translator.load(str(ours)):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("no translation for %s could be loaded (%s); the window stays in English",
                    LANGUAGES.get(code, code), ours)
    return list(_installed)


def language_box(setting: str):
    """A choice of the system's language or one of those shipped, showing ``setting``."""
    from PySide6.QtWidgets import QComboBox

    box = QComboBox()
    box.setObjectName("language")
    system = LANGUAGES[chosen_language("")]
    box.addItem(QCoreApplication.translate("Language", "The system's language (%1)")
                .replace("%1", system), "")
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(chosen_language(setting) if setting else "")))
    return box
