"""Fault tests against a real Orthanc. After recovery every case is on the server exactly once
(checked with QIDO-RS) and every case is ``sent`` locally."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sync_helpers import assert_all_sent_exactly_once, fill
from orthanc_server import PASSWORD, USER, FaultProxy, connection, self_signed_cert

from cxrscreen.core.settings import SyncConnection
from helpers.accounts import PASSWORDS, WORKER, store_for  # noqa: E402
from cxrscreen.core.sync import AutoSync, Backoff, SyncEngine
from cxrscreen.core.store.outbox import Outbox

pytestmark = pytest.mark.orthanc


def engine(store, url, attempts=3, timeout=(2.0, 30.0), **kw) -> SyncEngine:
    return SyncEngine(store, connection(url, **kw), timeout=timeout,
                      backoff=Backoff(base=0.05, cap=0.2, max_attempts=attempts))


def test_server_down_at_the_start(store, screener, orthanc):
    fill(store, 2)
    orthanc.kill()
    report = engine(store, orthanc.url).sync_all()
    assert report.error is not None and report.error.code == "unreachable"
    assert "cannot be reached" in report.error.message and not report.needs_person
    assert report.remaining == 6 and {c.state.value for c in store.list_cases()} == {"finalised"}
    orthanc.start()
    assert engine(store, orthanc.url).sync_all().ok
    assert_all_sent_exactly_once(store, orthanc)


def test_server_killed_mid_batch_and_restarted(store, screener, orthanc):
    fill(store, 12)
    sent = []

    def kill_after_three(done: int, total: int, case_id: str) -> None:
        sent.append(case_id)
        if done == 3:
            orthanc.kill()

    report = engine(store, orthanc.url).sync_all(progress=kill_after_three)
    assert report.error is not None and report.error.code == "unreachable"
    assert len(report.sent_cases) == 3 and 0 < report.remaining < 26
    orthanc.start()
    assert engine(store, orthanc.url).sync_all().ok
    assert_all_sent_exactly_once(store, orthanc)


def test_server_killed_at_random_moments(store, screener, orthanc, proxy):
    """The server dies at random points of an exchange (before a case reaches it, or after it
    stored one but before its answer), chosen by request count, not by a timer that may fire
    after a fast sync has finished."""
    fill(store, 10)
    rng = random.Random(7)
    for stage in rng.sample(["received", "forwarded"] * 2, 3):  # each kind at least once
        target = proxy.requests + rng.randint(1, 3)
        killed = threading.Event()

        def kill_server(number: int, at: str, target=target, stage=stage, killed=killed) -> None:
            if (number, at) == (target, stage):
                orthanc.kill()
                killed.set()

        proxy.hook = kill_server
        report = engine(store, proxy.url, attempts=2).sync_all()
        proxy.hook = None
        assert killed.is_set()  # the server really died mid-batch ...
        assert report.error is not None and report.error.code == "unreachable"
        assert report.remaining > 0  # ... and the rest stayed queued
        orthanc.start()
    assert engine(store, orthanc.url).sync_all().ok
    assert_all_sent_exactly_once(store, orthanc)


def test_client_killed_mid_batch(tmp_path, screener, orthanc):
    """kill -9 of `cxrscreen sync` at random moments mid-batch, then a final sync: nothing lost,
    nothing twice. The proxy picks the moment by request count, and holds the client there
    until it is killed: while a request is on its way (not yet on the server), while its answer
    is (the server stored the case), or just after an answer (the client is recording it)."""
    data = tmp_path / "client"
    with store_for(data) as s:
        fill(s, 14)
    total = 15
    proxy = FaultProxy(orthanc.port)
    env = {**os.environ, "CXRSCREEN_SYNC_URL": proxy.url, "CXRSCREEN_SYNC_USER": USER,
           "CXRSCREEN_SYNC_PASSWORD": PASSWORD, "CXRSCREEN_USER": WORKER,
           "CXRSCREEN_PASSWORD": PASSWORDS[WORKER]}
    rng = random.Random(3)
    stages = ["received", "forwarded", "answered"]
    rng.shuffle(stages)
    try:
        for stage in stages:
            sent_before = _sent(data)
            target = proxy.requests + rng.randint(1, 4)
            reached, release = threading.Event(), threading.Event()

            def hold(number: int, at: str, target=target, stage=stage, reached=reached,
                     release=release) -> bool:
                if (number, at) == (target, stage):
                    reached.set()
                # Hold the chosen request, and any later one so the client cannot finish before
                # it is killed; once released, held requests are dropped unanswered.
                if ((number, at) == (target, stage) and at != "answered") or \
                        (number > target and at == "received"):
                    release.wait(120)
                    return True
                return False

            proxy.hook = hold
            proc = subprocess.Popen([sys.executable, "-m", "cxrscreen", "--data-dir",
                                     str(data), "sync", "--quiet"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            try:
                _wait(lambda p=proc, r=reached: r.is_set() or p.poll() is not None, timeout=120)
                assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
                proc.send_signal(signal.SIGKILL)
                proc.wait(10)
            finally:
                release.set()
                proxy.hook = None
                if proc.poll() is None:
                    proc.kill()
                    proc.wait(10)
            assert proc.returncode == -signal.SIGKILL  # it was killed, it did not finish
            assert sent_before <= _sent(data) < total
    finally:
        proxy.close()
    with store_for(data) as store:
        assert engine(store, orthanc.url).sync_all().ok
        assert_all_sent_exactly_once(store, orthanc)


def _sent(data: Path) -> int:
    con = sqlite3.connect(f"file:{data / 'cases.sqlite3'}?mode=ro", uri=True, timeout=5)
    try:
        return con.execute("SELECT COUNT(*) FROM cases WHERE state = 'sent'").fetchone()[0]
    finally:
        con.close()


def test_server_answers_5xx_then_recovers(store, screener, proxy, orthanc):
    fill(store, 3)
    proxy.fail_next = 3
    report = engine(store, proxy.url, attempts=5).sync_all()
    assert report.ok, report.message()
    assert proxy.failed == 3  # the failures really happened and were retried
    assert_all_sent_exactly_once(store, orthanc)


def test_5xx_that_persists_is_reported_and_kept_queued(store, screener, proxy, orthanc):
    fill(store, 1, dicom=False)
    proxy.fail_next = 100
    report = engine(store, proxy.url, attempts=3).sync_all()
    assert report.error.code == "unreachable" and "HTTP 503" in report.error.message
    assert proxy.requests == 3 and report.remaining == 2
    assert Outbox(store).pending()[0].last_error


def test_slow_server(store, screener, proxy, orthanc):
    """Answers slower than the client waits: the server stores, the client times out and
    retries; the retries create no duplicate."""
    fill(store, 2)
    stored, release = threading.Event(), threading.Event()

    def answer_late(number: int, at: str) -> bool:
        # The server has stored it; its answer waits until the client has given up.
        if at == "forwarded":
            stored.set()
            release.wait(120)
            return True
        return False

    proxy.hook = answer_late
    try:
        report = engine(store, proxy.url, attempts=2, timeout=(2.0, 0.3)).sync_all()
    finally:
        release.set()
    proxy.hook = None
    assert report.error is not None and report.error.code == "unreachable"
    assert proxy.requests == 2  # tried twice, and gave up each time
    _wait(stored.is_set)  # (Orthanc may still be storing when the client gives up)
    assert orthanc.count() >= 1  # the server did store what the client gave up on
    proxy.delay = 0.2  # slow, but within the client's patience
    assert engine(store, proxy.url, timeout=(2.0, 10.0)).sync_all().ok
    assert_all_sent_exactly_once(store, orthanc)


def test_wrong_password_stops_and_is_not_retried(store, screener, proxy, orthanc):
    fill(store, 2)
    report = engine(store, proxy.url, password="not-the-password").sync_all()
    assert report.error.code == "auth" and report.needs_person
    assert "user name or password" in report.error.message
    assert proxy.requests == 1  # stopped at once: no retry, no other case tried
    assert orthanc.count() == 0 and report.remaining == 6
    # Automatic sync pauses on it instead of retrying silently forever ...
    auto = AutoSync(engine(store, proxy.url, password="bad"), interval=0.05)
    turns = _count_turns(auto)
    auto.start()
    _wait(lambda: auto.paused_by is not None)
    requests_when_paused, turns_when_paused = proxy.requests, turns.waits
    _wait(lambda: turns.waits >= turns_when_paused + 3)  # it woke up again, several times
    assert auto.paused_by is not None and proxy.requests == requests_when_paused
    # ... until the password is corrected.
    auto.engine = engine(store, proxy.url)
    auto.resume()
    _wait(lambda: Outbox(store).count() == 0)
    auto.stop()
    assert_all_sent_exactly_once(store, orthanc)


def test_auto_sync_sends_when_the_server_comes_back(store, screener, orthanc):
    fill(store, 2)
    orthanc.kill()
    auto = AutoSync(engine(store, orthanc.url), interval=0.1, max_interval=0.3)
    auto.start()
    _wait(lambda: auto.checks >= 2)
    assert Outbox(store).count() == 6  # checking cheaply, not sending
    orthanc.start()
    _wait(lambda: Outbox(store).count() == 0)
    auto.stop()
    assert_all_sent_exactly_once(store, orthanc)


def test_untrusted_certificate_stops_the_sync(tmp_path, store, screener, orthanc):
    try:
        cert, key = self_signed_cert(tmp_path)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("the openssl tool is needed to make a test certificate")
    proxy = FaultProxy(orthanc.port, tls_files=(cert, key))
    try:
        fill(store, 1, dicom=False)
        report = engine(store, proxy.url).sync_all()
        assert report.error.code == "certificate" and report.needs_person
        assert orthanc.count() == 0
        trusted = SyncEngine(store, SyncConnection(proxy.url, USER, PASSWORD, str(cert)))
        assert trusted.sync_all().ok  # with the site's CA file it is accepted
    finally:
        proxy.close()
    assert_all_sent_exactly_once(store, orthanc)


def _wait(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


class _CountingEvent(threading.Event):
    """Counts waits: AutoSync's loop ends each turn waiting on its wake-up event."""

    def __init__(self) -> None:
        super().__init__()
        self.waits = 0

    def wait(self, timeout: float | None = None) -> bool:
        self.waits += 1
        return super().wait(timeout)


def _count_turns(auto: AutoSync) -> _CountingEvent:
    """Count the turns of ``auto``'s loop (call before start), so that a test can wait for the
    loop to come round again instead of sleeping for a time tuned on one machine."""
    assert isinstance(auto._wake, threading.Event)  # fail loudly if AutoSync changes
    auto._wake = _CountingEvent()
    return auto._wake
