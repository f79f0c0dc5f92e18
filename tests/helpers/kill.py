"""Kill -9 a worker process at a moment set by its own progress (lines in its journal), never by
a delay: the same on a fast idle machine and a slow busy one."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path


def journal_lines(journal: Path) -> int:
    """Journal lines written so far (complete lines only)."""
    return journal.read_bytes().count(b"\n") if journal.exists() else 0


def kill_after_lines(cmd: list[str], journal: Path, target: int, limit: float = 120.0) -> None:
    """Start ``cmd``, wait until ``journal`` holds ``target`` lines, then SIGKILL it. Asserts the
    worker was still at work when killed (it did not stop or crash first). ``limit`` only bounds
    a hung worker."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + limit
        while journal_lines(journal) < target:
            assert proc.poll() is None, \
                "the worker stopped by itself: " + proc.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, f"no progress in {limit} s: the worker hangs"
            time.sleep(0.005)
        assert proc.poll() is None, "the worker finished before it was killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()[-2000:]
