"""Settings: layered site < user < environment, versioned, password encrypted at rest."""

from __future__ import annotations

import json
import stat

import pytest

from cxrscreen.core import settings as st
from cxrscreen.core.errors import SettingsError


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for name in ("CXRSCREEN_SYNC_URL", "CXRSCREEN_SYNC_USER", "CXRSCREEN_SYNC_PASSWORD",
                 "CXRSCREEN_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(tmp_path / "site.json"))


def test_defaults_without_any_file(tmp_path):
    s = st.load_settings(tmp_path / "data")
    assert s == st.Settings() and s.auto_sync is True and s.schema_version == 1


def test_site_file_gives_defaults_and_user_file_overrides(tmp_path):
    (tmp_path / "site.json").write_text(json.dumps({
        "sync_url": "https://pacs.district.example/dicom-web", "watched_folder": "/media/xray",
        "ca_file": "/etc/cxrscreen/ca.pem"}))
    data = tmp_path / "data"
    s = st.load_settings(data)
    assert s.sync_url.startswith("https://pacs.district") and s.watched_folder == "/media/xray"
    st.save_settings(st.Settings(**{**s.__dict__, "watched_folder": "/home/nurse/xray"}), data)
    saved = json.loads((data / "settings.json").read_text())
    assert saved == {"schema_version": 1, "watched_folder": "/home/nurse/xray"}  # only the diff
    assert stat.S_IMODE((data / "settings.json").stat().st_mode) == 0o600
    again = st.load_settings(data)
    assert again.watched_folder == "/home/nurse/xray" and again.ca_file == "/etc/cxrscreen/ca.pem"


def test_credentials_in_the_site_file_are_refused(tmp_path):
    (tmp_path / "site.json").write_text(json.dumps({"sync_password": "hunter2"}))
    with pytest.raises(SettingsError) as err:
        st.load_settings(tmp_path / "data")
    assert "must never be in the site file" in err.value.message


def test_password_is_never_stored_in_plain_text(tmp_path):
    from cxrscreen.core.store.vault import Cipher, new_data_key

    data, cipher = tmp_path / "data", Cipher(new_data_key())
    s = st.with_password(st.Settings(sync_url="https://p.example", sync_user="unit7"), cipher,
                         "correct horse battery")
    st.save_settings(s, data)
    raw = (data / "settings.json").read_bytes()
    assert b"correct horse" not in raw and b"v2:" in raw
    assert not (data / "secret.key").exists()  # no key beside the password any more
    conn = st.sync_connection(st.load_settings(data), cipher)
    assert (conn.url, conn.user, conn.password) == ("https://p.example", "unit7",
                                                    "correct horse battery")
    # Another data folder's key (or no signed-in key) cannot read it.
    for other in (Cipher(new_data_key()), None):
        with pytest.raises(SettingsError) as err:
            st.sync_connection(st.load_settings(data), other)
        assert "Enter it again" in err.value.message


def test_tampered_token_is_detected():
    from cxrscreen.core.store.vault import Cipher, WrongKey

    cipher = Cipher(bytes(range(32)))
    token = cipher.seal_text("secret", st.PASSWORD_AAD)
    assert cipher.open_text(token, st.PASSWORD_AAD) == "secret"
    flipped = token[:-6] + ("A" if token[-6] != "A" else "B") + token[-5:]
    with pytest.raises(WrongKey):
        cipher.open_text(flipped, st.PASSWORD_AAD)
    settings = st.Settings(sync_password_enc=flipped)
    with pytest.raises(SettingsError):
        st.sync_connection(settings, cipher)


def test_environment_overrides_and_is_not_saved(tmp_path, monkeypatch):
    data = tmp_path / "data"
    st.save_settings(st.Settings(sync_url="https://saved.example"), data)
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", "https://env.example/dicom-web/")
    monkeypatch.setenv("CXRSCREEN_SYNC_PASSWORD", "from-env")
    conn = st.sync_connection(st.load_settings(data), None)
    assert conn.url == "https://env.example/dicom-web" and conn.password == "from-env"
    assert b"from-env" not in (data / "settings.json").read_bytes()


def test_bad_values_and_newer_versions_are_refused(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"auto_sync": "yes"}))
    with pytest.raises(SettingsError, match="auto_sync"):
        st.load_settings(data)
    (data / "settings.json").write_text(json.dumps({"sync_url": "ftp://x"}))
    with pytest.raises(SettingsError, match="https://"):
        st.load_settings(data)
    (data / "settings.json").write_text(json.dumps({"schema_version": 9}))
    with pytest.raises(SettingsError, match="newer version"):
        st.load_settings(data)


def test_data_dir_resolution(tmp_path, monkeypatch):
    assert st.resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"
    monkeypatch.setenv("CXRSCREEN_DATA_DIR", str(tmp_path / "env"))
    assert st.resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("CXRSCREEN_DATA_DIR")
    (tmp_path / "site.json").write_text(json.dumps({"data_dir": str(tmp_path / "site")}))
    assert st.resolve_data_dir(None) == tmp_path / "site"
    (tmp_path / "site.json").unlink()
    assert "cxrscreen" in str(st.resolve_data_dir(None)).lower()  # the platform's user folder


def test_data_folder_chosen_in_settings_is_used_at_next_start(tmp_path):
    """Regression: the chosen data folder was saved in settings.json inside the OLD data folder,
    and resolve_data_dir never read it, so the choice had no effect."""
    from cxrscreen.core.settings import Settings, resolve_data_dir, save_settings

    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    save_settings(Settings(data_dir=str(new)), old)
    assert resolve_data_dir() == new
    assert resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"  # --data-dir still wins
