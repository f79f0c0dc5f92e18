"""The status bar and the sync message say what is true (issue 22): counts in cases, not DICOM
instances; "already on the server" rather than "(0 sent now)"; a refused password shown instead
of a green "reachable"."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest

from ui_helpers import J2K_CHEST, NO_SHARED, import_and_wait, orthanc_module, press_sync_now


def report(**kw):
    base = dict(sent_cases=[], remaining=0, error=None, rejected={}, cancelled=False)
    base.update(kw)
    ok = base["remaining"] == 0 and base["error"] is None and not base["rejected"]
    return SimpleNamespace(ok=ok, **base)


def test_the_summary_counts_cases(qtbot):
    from cxrscreen.ui.sync_words import sync_summary

    assert sync_summary(report(), 0) == "All cases are already on the server."
    assert sync_summary(report(sent_cases=["a", "b"]), 0) == \
        "2 case(s) sent. All cases are on the server."
    text = sync_summary(report(sent_cases=["a"], remaining=6,
                               error=SimpleNamespace(message="The server cannot be reached.",
                                                     code="unreachable")), 3)
    assert text.startswith("1 case(s) sent. 3 case(s) still waiting to be sent.")
    assert "item" not in text


@pytest.mark.skipif(not J2K_CHEST.exists(), reason=NO_SHARED)
def test_a_refused_password_is_shown_in_the_status_bar(qtbot, window, orthanc):
    from cxrscreen.core.settings import with_password

    mod = orthanc_module()
    case = import_and_wait(qtbot, window, [J2K_CHEST]).imported[0]
    window.session.store.update_patient(case.id, patient_age="004Y")
    window.session.store.finalise(case.id)
    s = dataclasses.replace(window.session.settings, sync_url=orthanc.url, sync_user=mod.USER,
                            auto_sync=False)
    window.session.apply_settings(with_password(s, window.session.store.cipher, "wrong-one"))
    window.apply_settings()
    qtbot.waitUntil(lambda: window.status.server.text() == "Server: reachable", timeout=30_000)
    out = press_sync_now(qtbot, window)
    assert getattr(out.error, "code", "") == "auth", out
    assert window.status.server.text() == "Server: password refused"
    assert "1 case(s) still waiting to be sent" in window.messages.text
    window.check_server()  # the server still answers: the refusal stays until a sync works
    qtbot.waitUntil(lambda: window.runner.busy == 0, timeout=30_000)
    assert window.status.server.text() == "Server: password refused"
