"""Fixtures of the packaging tests (self-test logic, .deb layout, and the opt-in frozen bundle)."""

from __future__ import annotations

from pathlib import Path

import pytest

# model_dir comes from tests/conftest.py


@pytest.fixture(autouse=True)
def no_site_config(tmp_path, monkeypatch) -> Path:
    """Never read the machine's real site file (/etc/cxrscreen/site.json) or user profile."""
    path = tmp_path / "site" / "site.json"
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(path))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CXRSCREEN_DATA_DIR", raising=False)
    monkeypatch.delenv("CXRSCREEN_MODELS_DIR", raising=False)
    return path
