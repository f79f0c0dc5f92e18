"""Screening many files at once, in their order.

Most of the work per image outside the model is Python (reading, the input check, the view
score), which holds the interpreter lock, while the model's invoke releases it. With one
Screener per thread (``Screener.twin``), one image's Python work runs while another is being
scored, so both cores stay busy (figures in docs/PERFORMANCE.md). A Screener gives the same
scores whatever its thread count, so the results are those of screening one by one.
"""

from __future__ import annotations

import queue
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from ..errors import CxrError

AHEAD = 2  # files in flight per worker: enough to keep every worker busy, few images in memory


def screen_many(screeners: Sequence, paths: Sequence[Path], operating_point: str | None = None
                ) -> Iterator[tuple[Path, object, object]]:
    """``(path, xray, result)`` for each path, in order, or ``(path, None, error)`` when the file
    cannot be screened (an ImageRefused or another CxrError, as ``read_and_screen`` raises it).
    One worker thread per screener; a single screener screens one file after another."""
    if len(screeners) <= 1 or len(paths) <= 1:
        for path in paths:
            yield (path, *_one(screeners[0], path, operating_point))
        return
    idle: queue.SimpleQueue = queue.SimpleQueue()
    for screener in screeners:
        idle.put(screener)

    def work(path: Path):
        screener = idle.get()
        try:
            return _one(screener, path, operating_point)
        finally:
            idle.put(screener)

    pending: deque[tuple[Path, Future]] = deque()
    todo = iter(paths)
    pool = ThreadPoolExecutor(max_workers=len(screeners), thread_name_prefix="screen")
    try:
        for path in todo:
            pending.append((path, pool.submit(work, path)))
            if len(pending) >= AHEAD * len(screeners):
                break
        while pending:
            path, future = pending.popleft()
            outcome = future.result()  # a bug in a worker is raised here, as it would be serially
            nxt = next(todo, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(work, nxt)))
            yield (path, *outcome)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _one(screener, path: Path, operating_point: str | None) -> tuple[object, object]:
    try:
        return screener.read_and_screen(path, operating_point)
    except CxrError as exc:
        return None, exc
