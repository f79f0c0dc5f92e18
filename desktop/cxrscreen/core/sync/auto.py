"""Send queued cases automatically when the server becomes reachable (plain threading, no Qt).

A background thread wakes every ``interval`` seconds. If something is queued it checks that the
server is reachable (one TCP connection) and, if so, syncs. After a failed sync it waits longer
(exponential backoff with jitter, up to ``max_interval``). A bad credential, a rejected certificate
or refused data pauses it until :meth:`AutoSync.resume` (call it after the settings change): such
errors are shown to a person, never retried silently forever.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..errors import CxrError
from .backoff import Backoff

if TYPE_CHECKING:
    from .engine import SyncEngine, SyncReport

log = logging.getLogger(__name__)


class AutoSync:
    def __init__(self, engine: SyncEngine | Callable[[], SyncEngine], interval: float = 60.0,
                 max_interval: float = 900.0, on_report: Callable[[SyncReport], None] | None = None,
                 backoff: Backoff | None = None) -> None:
        self._engine = engine  # or what builds it, in the thread (see the engine property)
        self.interval = interval
        self.on_report = on_report
        self.backoff = backoff or Backoff(base=interval, cap=max_interval)
        self.paused_by: SyncReport | None = None
        self.checks = 0  # reachability checks made (for tests and the status bar)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def engine(self) -> SyncEngine:
        """The engine; given a function instead, it is built on first use, in the background
        thread, so that the window's start-up does not wait for it."""
        if callable(self._engine):
            self._engine = self._engine()
        return self._engine

    @engine.setter
    def engine(self, engine: SyncEngine) -> None:
        self._engine = engine

    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, name="cxrscreen-autosync",
                                            daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the thread; a sync in progress stops after the current case."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def sync_now(self) -> None:
        self._wake.set()

    def resume(self) -> None:
        """Clear a pause caused by a credential, certificate or refused data, and try again."""
        self.paused_by = None
        self._wake.set()

    def _loop(self) -> None:
        failures = 0
        while not self._stop.is_set():
            delay = self.interval
            try:
                if self.paused_by is None and self.engine.outbox.count() > 0:
                    self.checks += 1
                    if self.engine.check_reachable():
                        report = self.engine.sync_all(cancel=self._stop)
                        self._report(report)
                        if report.needs_person:
                            self.paused_by = report
                        elif report.error is not None:
                            delay = max(self.interval, self.backoff.delay(failures))
                            failures += 1
                        else:
                            failures = 0
            except CxrError as exc:  # e.g. the database is busy: try again next time
                log.warning("automatic sync skipped: %s", exc.english)
            self._wake.wait(delay)
            self._wake.clear()

    def _report(self, report: SyncReport) -> None:
        log.info("automatic sync: %s", report.message())
        if self.on_report is not None:
            try:
                self.on_report(report)
            except Exception:  # a faulty listener must not stop automatic sending
                log.exception("sync report listener failed")
