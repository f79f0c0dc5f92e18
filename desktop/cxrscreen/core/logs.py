"""A log file IT can read: <data folder>/logs/cxrscreen.log, rotated (5 x 1 MB).

Windowed builds (Windows in particular) have no console, so stderr alone would lose everything.
Patient names are never logged by the application's modules; case ids are.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

LOG_NAME = "cxrscreen.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(data_dir: Path | None, console_level: int = logging.WARNING) -> Path | None:
    """Log INFO and above to the file (when the data folder is writable) and ``console_level`` and
    above to stderr. Returns the log file's path, or None when only stderr could be used."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if not any(getattr(h, "_cxrscreen", False) for h in root.handlers):
        console = ConsoleHandler()
        console.setLevel(console_level)
        console.setFormatter(logging.Formatter(FORMAT))
        console._cxrscreen = True  # type: ignore[attr-defined]
        root.addHandler(console)
    if data_dir is None:
        return None
    path = Path(data_dir) / "logs" / LOG_NAME
    if any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = QuietFileHandler(path, maxBytes=1_000_000, backupCount=4, encoding="utf-8")
    except OSError as exc:  # a read-only or full disk must not stop the application
        logging.getLogger(__name__).warning("no log file at %s (%s)", path, exc.strerror)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    sys.excepthook = _log_uncaught
    return path


class _Quiet:
    """A log that cannot be written (a full disk) says so once, in one line, instead of the
    logging module's traceback for every message."""

    _said = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        if self._said:
            return
        self._said = True
        kind, exc = sys.exc_info()[:2]
        why = getattr(exc, "strerror", None) or (kind.__name__ if kind else "error")
        try:
            sys.__stderr__.write(f"cxrscreen: the log cannot be written ({why}); "
                                 "later messages are dropped.\n")
        except (OSError, ValueError, AttributeError):
            pass  # no console either: nothing more can be done


class ConsoleHandler(_Quiet, logging.StreamHandler):
    """stderr as it is now (not as it was when logging was set up: tests and embedding
    programs replace it)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self):  # noqa: D102
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


class QuietFileHandler(_Quiet, logging.handlers.RotatingFileHandler):
    pass


def _log_uncaught(kind, value, tb) -> None:
    logging.getLogger("cxrscreen").critical("unexpected error", exc_info=(kind, value, tb))
    sys.__excepthook__(kind, value, tb)
