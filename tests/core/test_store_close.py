"""Closing the store while another thread is in the middle of an operation (the window's pool
threads): the operation finishes on its own connection, which its thread then closes.

CI once crashed (a segmentation fault in a pool thread inside ``list_cases``) because closing the
store closed a connection another thread was querying."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402

from helpers.accounts import store_for  # noqa: E402

pytestmark = pytest.mark.skipif(not have_data(), reason=NO_DATA)


def _paused_in_reading(store):
    """Make the store's next row read stop until ``resume`` is set; ``inside`` tells it has."""
    inside, resume = threading.Event(), threading.Event()
    real = store._case

    def paused(con, row):
        if not inside.is_set():
            inside.set()
            assert resume.wait(60), "the test never resumed the reader"
        return real(con, row)

    store._case = paused
    return inside, resume


def _in_thread(fn):
    out: dict = {}

    def run():
        try:
            out["value"] = fn()
        except Exception as exc:  # reported by the test, not lost in the thread
            out["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def test_a_list_in_another_thread_finishes_when_the_store_is_closed(tmp_path):
    store = store_for(tmp_path / "data")
    ids = {store.import_file(p, FakeScreener()).id for p in jpegs(3)}
    inside, resume = _paused_in_reading(store)
    thread, out = _in_thread(store.list_cases)
    assert inside.wait(60)
    store.close()  # here, while the other thread is between two rows of its query
    resume.set()
    thread.join(60)
    assert not thread.is_alive()
    assert "error" not in out, out.get("error")
    assert {c.id for c in out["value"]} == ids
    assert store._connections.open_count == 0  # the reader closed its own when it was done


def test_the_closing_thread_still_closes_idle_connections_at_once(tmp_path):
    store = store_for(tmp_path / "data")
    thread, out = _in_thread(store.list_cases)  # opens a connection in that thread, then idles
    thread.join(60)
    assert out.get("value") == [] and store._connections.open_count == 2
    store.close()
    assert store._connections.open_count == 0
