"""The project's own code as it was at an earlier commit, to build what that version wrote (an
older data folder) with nothing faked. Skips the test when the commit is not in this clone."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def old_code(commit: str, into: Path, what: str) -> Path:
    """``desktop/`` and ``tests/`` of ``commit``, unpacked into ``into``; ``what`` names that
    version in the skip message."""
    try:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "desktop", "tests"],
                                 capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip(f"the commit {commit[:8]} ({what}) is not in this clone")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into
