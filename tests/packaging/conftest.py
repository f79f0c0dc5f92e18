"""Fixtures of the packaging tests (self-test logic, .deb layout, and the opt-in frozen bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ -> `import helpers`

from helpers.models import model_dir_fixture  # noqa: E402


@pytest.fixture(scope="session")
def model_dir(request, tmp_path_factory) -> Path:
    """The shipped model when there is one, else a tiny cxrtrain model (built once)."""
    return model_dir_fixture(request, tmp_path_factory)


@pytest.fixture(autouse=True)
def no_site_config(tmp_path, monkeypatch) -> Path:
    """Never read the machine's real site file (/etc/cxrscreen/site.json) or user profile."""
    path = tmp_path / "site" / "site.json"
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(path))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CXRSCREEN_DATA_DIR", raising=False)
    monkeypatch.delenv("CXRSCREEN_MODELS_DIR", raising=False)
    return path
