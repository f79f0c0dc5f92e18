"""Fixtures for the sync tests: a private Orthanc per test, started on 127.0.0.1 on a free port
with authentication on and storage in a temporary folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from store_fakes import NO_DATA, FakeScreener, have_data  # noqa: E402
from orthanc_server import FaultProxy, Orthanc, missing_reason  # noqa: E402

from helpers.accounts import store_for  # noqa: E402


@pytest.fixture
def orthanc(tmp_path: Path):
    reason = missing_reason()
    if reason:
        pytest.skip(reason)
    server = Orthanc(tmp_path / "orthanc")
    server.start()
    yield server
    server.kill()  # nothing to keep: faster than a clean shutdown


@pytest.fixture
def proxy(orthanc: Orthanc):
    p = FaultProxy(orthanc.port)
    yield p
    p.close()


@pytest.fixture
def store(tmp_path: Path):
    s = store_for(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def screener() -> FakeScreener:
    if not have_data():
        pytest.skip(NO_DATA)
    return FakeScreener()

