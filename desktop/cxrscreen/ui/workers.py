"""Background work for the window: every slow call into the core runs here, off the GUI thread.

A :class:`Task` runs one function in Qt's thread pool. Its result comes back to the GUI thread
through a queued signal as a typed outcome: the function's own return value (one of the outcome
dataclasses below), or a :class:`Failure` when it raised. Nothing is swallowed: a named
:class:`~cxrscreen.core.errors.CxrError` carries its plain message; anything else becomes a
Failure that says it is unexpected and is logged with its traceback.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import CxrError

log = logging.getLogger(__name__)


# -- typed outcomes ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Failure:
    """A task that could not finish. ``message`` is meant for a person."""

    message: str
    code: str = "error"
    unexpected: bool = False


@dataclass(frozen=True)
class Refusal:
    path: Path
    code: str
    message: str
    case: object = None  # the stored case, when the file is one already (core.store.cases.Case)
    # A refused film that may be a chest (core/screening/not_screened.py): it can be sent, not
    # screened, for a clinician's reading; ``error`` is the ImageRefused to store with it.
    sendable: bool = False
    error: object = None


@dataclass
class ImportOutcome:
    imported: list = field(default_factory=list)  # Case
    refused: list[Refusal] = field(default_factory=list)
    duplicates: list[Refusal] = field(default_factory=list)
    failed: list[Refusal] = field(default_factory=list)  # store errors (disk full, ...)
    cancelled: bool = False
    total: int = 0


@dataclass(frozen=True)
class ImageOutcome:
    """The decoded original of one case, for the viewer."""

    case_id: str
    xray: Any  # core.imaging.XRay
    heatmap: Any  # numpy array; None for a not-screened case (the model never looked)


@dataclass(frozen=True)
class ReportOutcome:
    path: Path
    pages: int


@dataclass(frozen=True)
class ReachOutcome:
    configured: bool
    reachable: bool
    queued: int


# -- the runner ----------------------------------------------------------------------------------

class _Signals(QObject):
    done = Signal(object)
    progress = Signal(int, int, str)


class Task(QRunnable):
    """Run ``fn(task)`` in the thread pool; ``fn`` may call ``task.report(done, total, text)`` and
    check ``task.cancelled``."""

    def __init__(self, fn: Callable[["Task"], Any], name: str = "task") -> None:
        super().__init__()
        self.setAutoDelete(False)  # the window keeps a reference while the task runs
        self.fn = fn
        self.name = name
        self.signals = _Signals()
        self.cancel_event = threading.Event()
        self.done = self.signals.done
        self.progress = self.signals.progress

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def cancel(self) -> None:
        self.cancel_event.set()

    def report(self, done: int, total: int, text: str = "") -> None:
        self.signals.progress.emit(done, total, text)

    def run(self) -> None:  # in a pool thread
        try:
            outcome = self.fn(self)
        except CxrError as exc:
            outcome = Failure(exc.message, exc.code)
        except MemoryError:
            outcome = Failure("The computer ran out of memory. Close other programs and try "
                              "again.", "memory", unexpected=True)
        except Exception as exc:  # the boundary: turn anything else into a visible Failure
            log.error("task %s failed:\n%s", self.name, traceback.format_exc())
            outcome = Failure(f"Unexpected error ({type(exc).__name__}: {exc}).", "unexpected",
                              unexpected=True)
        self.signals.done.emit(outcome)


class TaskRunner(QObject):
    """Keeps running tasks alive and starts them in the global pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Task] = set()
        self.pool = QThreadPool.globalInstance()

    def start(self, task: Task, on_done: Callable[[Any], None],
              on_progress: Callable[[int, int, str], None] | None = None) -> Task:
        self._running.add(task)
        task.done.connect(on_done)
        task.done.connect(lambda _o, t=task: self._running.discard(t))
        if on_progress is not None:
            task.progress.connect(on_progress)
        self.pool.start(task)
        return task

    @property
    def busy(self) -> int:
        return len(self._running)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
