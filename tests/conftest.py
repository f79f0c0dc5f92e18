"""Suite-wide isolation: no test reads or writes the real user's profile or a site file in /etc."""

import pytest


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("profile")
    monkeypatch.setenv("CXRSCREEN_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(base / "no-site.json"))
    for name in ("CXRSCREEN_DATA_DIR", "CXRSCREEN_SYNC_URL", "CXRSCREEN_SYNC_USER",
                 "CXRSCREEN_SYNC_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
