"""Each thread's connection to the case database, and closing them without pulling one from under
a thread that is using it.

The window reads and writes the store from Qt's pool threads. Closing the store from the GUI
thread while a pool thread was in the middle of a query closed that thread's connection under it:
at best its query failed, at worst (CPython's sqlite3 module is not safe against that) the
process crashed, and a write in progress would have been rolled back. So every operation runs
inside :meth:`Connections.in_use`, and :meth:`Connections.close_all` closes at once only the
connections no other thread is using; each of the others is closed by its own thread when its
operation ends.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(eq=False)
class _Held:
    con: sqlite3.Connection
    owner: int  # the thread's ident
    doomed: bool = False  # the store was closed while the owner was using it


class Connections:
    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect
        self._lock = threading.Lock()
        self._local = threading.local()
        self._open: list[_Held] = []
        self._busy: dict[int, int] = {}  # thread ident -> depth of operations in progress

    def get(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use (and again after :meth:`close_all`)."""
        held = getattr(self._local, "held", None)
        if held is None:
            held = _Held(self._connect(), threading.get_ident())
            with self._lock:
                self._open.append(held)
            self._local.held = held
        return held.con

    @contextmanager
    def in_use(self) -> Iterator[None]:
        """One operation of this thread: its connection is not closed until the operation ends."""
        me = threading.get_ident()
        with self._lock:
            self._busy[me] = self._busy.get(me, 0) + 1
        try:
            yield
        finally:
            with self._lock:
                depth = self._busy.pop(me) - 1
                if depth:
                    self._busy[me] = depth
                else:
                    for held in [h for h in self._open if h.owner == me and h.doomed]:
                        self._open.remove(held)
                        held.con.close()

    def close_all(self) -> None:
        """Close every connection that no other thread is using now; mark the rest, which their
        threads close when their operation ends. Every thread opens a new one on its next use."""
        me = threading.get_ident()
        with self._lock:
            for held in list(self._open):
                if held.owner == me or not self._busy.get(held.owner):
                    self._open.remove(held)
                    held.con.close()
                else:
                    held.doomed = True
            self._local = threading.local()

    @property
    def open_count(self) -> int:
        with self._lock:
            return len(self._open)
