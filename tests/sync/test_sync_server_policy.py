"""Where the cases and the password may go (issue 21): the saved password is bound to the server
address; plain http:// only to loopback or when the site file allows it; the CA comes from the
site file or the shipped bundle, never from REQUESTS_CA_BUNDLE unless the site file says so.
Real Orthanc, a real TLS proxy with a self-signed certificate, a real listener."""

from __future__ import annotations

import json

import pytest
from fake_networks import CaptivePortal
from orthanc_server import PASSWORD, USER, FaultProxy, self_signed_cert
from sync_helpers import assert_all_sent_exactly_once, fill

from helpers.accounts import CLINICIAN, sign_in_env

from cxrscreen import cli
from cxrscreen.core.settings import Settings, load_settings, save_settings, with_password

pytestmark = pytest.mark.orthanc


@pytest.fixture(autouse=True)
def site(tmp_path, monkeypatch):
    path = tmp_path / "site.json"
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(path))
    for name in ("CXRSCREEN_SYNC_URL", "CXRSCREEN_SYNC_USER", "CXRSCREEN_SYNC_PASSWORD",
                 "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)

    def write(**values) -> None:
        path.write_text(json.dumps({"schema_version": 1, **values}))
    return write


def sync(store, monkeypatch, capsys) -> tuple[int, str]:
    sign_in_env(monkeypatch, CLINICIAN)
    code = cli.main(["--data-dir", str(store.data_dir), "sync", "--quiet"])
    out = capsys.readouterr()
    return code, out.out + out.err


def save(store, url: str, password: str | None = PASSWORD, **more) -> None:
    s = Settings(sync_url=url, sync_user=USER, **more)
    if password:
        s = with_password(s, store.cipher, password)
    save_settings(s, store.data_dir, store.cipher)


def edit_settings_file(store, tag: bool = True, **changes) -> None:
    """Change values in settings.json. ``tag=True``: tagged again under the data key, as a
    signed-in person saving through the application would (the values a per-user file may not
    set are tested so); ``tag=False``: what an attacker with the data folder does, by hand."""
    from cxrscreen.core.settings import TAG_KEY, tag_settings_file

    path = store.data_dir / "settings.json"
    raw = json.loads(path.read_text())
    raw.update(changes)
    if tag:
        raw.pop(TAG_KEY, None)
    path.write_text(json.dumps(raw))
    if tag:
        tag_settings_file(store.data_dir, store.cipher)


def test_a_hand_edited_settings_file_sends_nothing(store, screener, orthanc, monkeypatch,
                                                   capsys):
    """Issue 21: with sync_url edited by hand (and the saved password removed, so that the
    binding to the address does not stop it), the next sync went to the other server. The file
    no longer matches its tag: nothing is sent, and it says why."""
    fill(store, 1, dicom=False)
    save(store, orthanc.url)
    listener = CaptivePortal("html")
    try:
        edit_settings_file(store, tag=False, sync_url=listener.url, sync_password_enc="")
        code, text = sync(store, monkeypatch, capsys)
        assert code == 2 and "changed outside the application" in text, text
        assert listener.requests == []
        # A settings file written without the tag (deleted, or a new one by hand): the same.
        raw = json.loads((store.data_dir / "settings.json").read_text())
        del raw["integrity"]
        (store.data_dir / "settings.json").write_text(json.dumps(raw))
        code, text = sync(store, monkeypatch, capsys)
        assert code == 2 and "changed outside the application" in text, text
        assert listener.requests == []
    finally:
        listener.close()
    save(store, orthanc.url)  # saved again by a signed-in person: sends
    code, text = sync(store, monkeypatch, capsys)
    assert code == 0, text
    assert_all_sent_exactly_once(store, orthanc)


def test_a_changed_address_needs_the_password_again(store, screener, orthanc, monkeypatch,
                                                    capsys):
    fill(store, 1, dicom=False)
    save(store, orthanc.url)
    listener = CaptivePortal("html")  # stands for any other server: records what reaches it
    try:
        edit_settings_file(store, sync_url=listener.url)
        code, text = sync(store, monkeypatch, capsys)
        assert code == 2 and "typed for another server address" in text, text
        assert listener.requests == []  # neither the cases nor the password went there
    finally:
        listener.close()
    edit_settings_file(store, sync_url=orthanc.url)  # back to the address it was typed for
    code, text = sync(store, monkeypatch, capsys)
    assert code == 0, text
    assert_all_sent_exactly_once(store, orthanc)


def test_a_password_saved_before_binding_is_used_only_for_the_site_files_server(
        store, screener, orthanc, monkeypatch, capsys, site):
    from cxrscreen.core.settings import PASSWORD_AAD

    fill(store, 1, dicom=False)
    token = store.cipher.seal_text(PASSWORD, PASSWORD_AAD)  # as the previous version saved it
    save_settings(Settings(sync_user=USER, sync_password_enc=token), store.data_dir,
                  store.cipher)
    site(sync_url="http://127.0.0.1:9/dicom-web")
    edit_settings_file(store, sync_url=orthanc.url)
    code, text = sync(store, monkeypatch, capsys)
    assert code == 2 and "typed for another server address" in text, text
    site(sync_url=orthanc.url)
    edit_settings_file(store, sync_url=orthanc.url)
    code, text = sync(store, monkeypatch, capsys)
    assert code == 0, text


def test_plain_http_only_to_loopback_unless_the_site_allows_it(store, screener, monkeypatch,
                                                              capsys, site):
    fill(store, 1, dicom=False)
    save(store, "http://192.0.2.7/dicom-web")  # TEST-NET-1: another machine, never reached
    code, text = sync(store, monkeypatch, capsys)
    assert code == 6 and "does not use https://" in text, text
    # A per-user file cannot allow it ...
    edit_settings_file(store, allow_plain_http=True)
    code, text = sync(store, monkeypatch, capsys)
    assert code == 6, text
    # ... the site file can: the sync then tries the network (unreachable here).
    site(allow_plain_http=True)
    code, text = sync(store, monkeypatch, capsys)
    assert code == 4 and "cannot be reached" in text, text


def test_the_ca_never_comes_from_the_environment_unless_the_site_says_so(
        tmp_path, store, screener, orthanc, monkeypatch, capsys, site):
    cert, key = self_signed_cert(tmp_path)
    proxy = FaultProxy(orthanc.port, tls_files=(cert, key))
    try:
        fill(store, 1, dicom=False)
        save(store, proxy.url)
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))  # an impostor's CA in the env
        code, text = sync(store, monkeypatch, capsys)
        assert code == 6 and "certificate was not accepted" in text, text
        # Nor from the per-user settings file.
        edit_settings_file(store, ca_file=str(cert))
        assert load_settings(store.data_dir).ca_file == str(cert)
        code, text = sync(store, monkeypatch, capsys)
        assert code == 6, text
        site(ca_from_environment=True)
        code, text = sync(store, monkeypatch, capsys)
        assert code == 0, text
        assert_all_sent_exactly_once(store, orthanc)
    finally:
        proxy.close()


def test_the_site_files_ca_is_trusted(tmp_path, store, screener, orthanc, monkeypatch, capsys,
                                      site):
    cert, key = self_signed_cert(tmp_path)
    proxy = FaultProxy(orthanc.port, tls_files=(cert, key))
    try:
        fill(store, 1, dicom=False)
        site(ca_file=str(cert))
        save(store, proxy.url)
        code, text = sync(store, monkeypatch, capsys)
        assert code == 0, text
    finally:
        proxy.close()
