"""The server given only in the environment (CXRSCREEN_SYNC_URL/USER/PASSWORD), as IT or a new
user might set it: "Sync now" and automatic sending use it, as the status bar and the CLI do.

Before the fix the window decided from the saved settings alone: the status bar said "Server:
reachable", "Sync now" answered "No server is set up" and automatic sending never started.
"""

from __future__ import annotations

import pytest

from cxrscreen.core.store.cases import CaseState
from cxrscreen.core.settings import Settings, save_settings

from ui_helpers import J2K_CHEST, import_and_wait, orthanc_module, press_sync_now

pytestmark = pytest.mark.skipif(not J2K_CHEST.exists(), reason=f"{J2K_CHEST} is missing")


@pytest.fixture
def server_in_env(orthanc, monkeypatch):
    mod = orthanc_module()
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", orthanc.url)
    monkeypatch.setenv("CXRSCREEN_SYNC_USER", mod.USER)
    monkeypatch.setenv("CXRSCREEN_SYNC_PASSWORD", mod.PASSWORD)
    return orthanc


def _finalised_case(qtbot, window):
    case = import_and_wait(qtbot, window, [J2K_CHEST]).imported[0]
    window.session.store.finalise(case.id)
    return case


def test_sync_now_uses_the_server_from_the_environment(qtbot, server_in_env, data_dir, request):
    from helpers.accounts import store_for

    with store_for(data_dir) as store:  # saved by a signed-in person (the file is tagged)
        save_settings(Settings(auto_sync=False), data_dir, store.cipher)  # only "Sync now" sends
    window = request.getfixturevalue("window")
    assert window.session.settings.sync_url == ""  # nothing saved: the environment alone
    case = _finalised_case(qtbot, window)
    window.check_server()
    qtbot.waitUntil(lambda: window.status.server.text() == "Server: reachable", timeout=10_000)
    report = press_sync_now(qtbot, window)
    assert report.ok, report.message()
    assert window.session.store.get(case.id).state is CaseState.SENT
    assert case.uids.image_sop_uid in server_in_env.sop_uids(case.uids.study_uid)


def test_automatic_sync_starts_with_the_server_from_the_environment(qtbot, server_in_env,
                                                                    request):
    window = request.getfixturevalue("window")
    assert window.session.settings.sync_url == "" and window.session.settings.auto_sync
    assert window.auto_sync is not None, "automatic sending did not start"
    case = _finalised_case(qtbot, window)
    window.auto_sync.sync_now()
    qtbot.waitUntil(lambda: window.session.store.get(case.id).state is CaseState.SENT,
                    timeout=120_000)
    assert case.uids.image_sop_uid in server_in_env.sop_uids(case.uids.study_uid)
