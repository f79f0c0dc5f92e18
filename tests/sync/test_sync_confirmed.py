"""'Sent' means the server stored it (issue 21): a Wi-Fi sign-in page, a redirect, an empty or
partial answer never marks a case as sent; the case stays queued, the sync exits non-zero with a
plain message, and the next sync to the real server sends everything exactly once."""

from __future__ import annotations

import pytest
from fake_networks import CaptivePortal, PartProxy
from orthanc_server import PASSWORD, USER
from sync_helpers import assert_all_sent_exactly_once, fill

from helpers.accounts import CLINICIAN, sign_in_env

from cxrscreen import cli
from cxrscreen.core.store.outbox import Outbox

pytestmark = pytest.mark.orthanc


def sync_cli(store, url: str, monkeypatch, capsys) -> tuple[int, str]:
    sign_in_env(monkeypatch, CLINICIAN)
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", url)
    monkeypatch.setenv("CXRSCREEN_SYNC_USER", USER)
    monkeypatch.setenv("CXRSCREEN_SYNC_PASSWORD", PASSWORD)
    code = cli.main(["--data-dir", str(store.data_dir), "sync", "--quiet"])
    out = capsys.readouterr()
    return code, out.out + out.err


def states(store) -> set[str]:
    return {c.state.value for c in store.list_cases()}


@pytest.mark.parametrize("mode, exit_code, words", [
    ("html", 4, "The network answered with a web page, not the hospital's server. Sign in to "
                "the Wi-Fi, then sync again."),
    ("redirect", 4, "redirect"),
    ("empty_list", 1, "did not confirm"),
    ("empty", 1, "did not confirm"),
])
def test_a_wifi_sign_in_page_is_not_the_server(store, screener, orthanc, monkeypatch, capsys,
                                               mode, exit_code, words):
    fill(store, 5)  # six cases, twelve instances
    queued = Outbox(store).count()
    portal = CaptivePortal(mode)
    try:
        code, text = sync_cli(store, portal.url, monkeypatch, capsys)
    finally:
        portal.close()
    assert code == exit_code, text
    assert words in text and "All cases are on the server" not in text
    assert Outbox(store).count() == queued and states(store) == {"finalised"}
    if mode == "redirect":  # STOW does not follow redirects: the sign-in page was never asked
        assert not [p for _, p in portal.requests if p.startswith("/portal")]
    # Once on the real network, everything goes, once.
    code, text = sync_cli(store, orthanc.url, monkeypatch, capsys)
    assert code == 0, text
    assert_all_sent_exactly_once(store, orthanc)


def test_a_partial_answer_leaves_the_rest_queued(store, screener, orthanc, monkeypatch, capsys):
    fill(store, 2, dicom=False)
    first = Outbox(store).pending()[0].case_id
    sr = next(i for i in Outbox(store).pending() if i.case_id == first and i.kind == "sr")
    proxy = PartProxy(orthanc.port, drop=[sr.sop_uid.encode()])
    try:
        code, text = sync_cli(store, proxy.url, monkeypatch, capsys)
    finally:
        proxy.close()
    assert proxy.dropped == 1 and code == 1, text
    assert "did not confirm" in text and first[:8] in text
    # The image the server listed is sent; its report, which the server does not hold, is not,
    # so the case is not "sent".
    assert [i.sop_uid for i in Outbox(store).pending() if i.case_id == first] == [sr.sop_uid]
    assert store.get(first).state.value == "finalised"
    assert sr.sop_uid not in orthanc.sop_uids()
    code, text = sync_cli(store, orthanc.url, monkeypatch, capsys)
    assert code == 0, text
    assert_all_sent_exactly_once(store, orthanc)


def test_what_the_answer_omits_but_the_server_holds_is_confirmed_by_a_lookup(
        store, screener, orthanc, monkeypatch, capsys):
    fill(store, 2)
    proxy = PartProxy(orthanc.port, stow_answer=b"{}")  # Orthanc stores; the answer says nothing
    try:
        code, text = sync_cli(store, proxy.url, monkeypatch, capsys)
    finally:
        proxy.close()
    assert code == 0, text
    assert sum(1 for m, p in proxy.requests if m == "GET" and "SOPInstanceUID" in p) == 6
    assert_all_sent_exactly_once(store, orthanc)
