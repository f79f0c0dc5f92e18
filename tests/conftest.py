"""Suite-wide fixtures: isolation from the real user's profile and site file, and the model."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/ -> `import helpers`

from helpers.models import model_dir_fixture  # noqa: E402

# Hypothesis's time limits (a 200 ms deadline per example, the "too slow" health check) are
# speed thresholds tuned on a fast machine; the suite must pass on a slow, busy one. Loaded
# before the test modules, so their @settings inherit it. Time is measured in tests/benchmarks.
settings.register_profile("any-machine", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("any-machine")


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's profile or a site file in /etc."""
    base = tmp_path_factory.mktemp("profile")
    monkeypatch.setenv("CXRSCREEN_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(base / "no-site.json"))
    for name in ("CXRSCREEN_DATA_DIR", "CXRSCREEN_SYNC_URL", "CXRSCREEN_SYNC_USER",
                 "CXRSCREEN_SYNC_PASSWORD", "CXRSCREEN_DEVICE_NAME", "CXRSCREEN_SITE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def model_dir(request, tmp_path_factory) -> Path:
    """The shipped model when there is one, else a tiny cxrtrain model (built once)."""
    return model_dir_fixture(request, tmp_path_factory)


@pytest.fixture(scope="session")
def screener(model_dir):
    from cxrscreen.core.screening.screener import Screener

    return Screener.load(model_dir, threads=2)
