"""Guessing stays rate-limited on a full disk (issue 21): after 6 wrong passwords on a full disk
the failure count stayed at 0, so guessing was unlimited. Now every try is counted before the
password is checked, and a try that cannot be counted is refused with a clear message. A real,
full tmpfs (root only), real SQLite, real Argon2id."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cxrscreen.core.store import accounts
from cxrscreen.core.errors import SignInError
from cxrscreen.core.store.case_store import CaseStore
from helpers.accounts import WORKER, open_as, set_up
from helpers.full_disk import fill_disk, small_tmpfs


@pytest.fixture
def tmpfs(tmp_path: Path):
    with small_tmpfs(tmp_path) as mnt:
        yield mnt


def test_wrong_passwords_on_a_full_disk_are_counted_or_refused(tmpfs):
    data = tmpfs / "data"
    window = set_up(data)  # the window stays open (its -shm file exists), as on a real laptop
    filler = fill_disk(tmpfs)
    codes, messages = [], []
    try:
        for _ in range(6):
            with pytest.raises(SignInError) as err:
                CaseStore.open(data, WORKER, "0000")
            codes.append(err.value.code)
            messages.append(err.value.message)
    finally:
        window.close()
    # A password is checked only after its try was counted: at most FREE_TRIES guesses are
    # checked before the account waits, full disk or not.
    assert codes.count("sign_in") <= accounts.FREE_TRIES, codes
    assert set(codes) <= {"sign_in", "too_many_tries", "cannot_count"}, codes
    for code, message in zip(codes, messages):
        if code == "cannot_count":
            assert "disk may be full" in message and "Free some space" in message
    filler.unlink()
    con = sqlite3.connect(data / "cases.sqlite3")
    counted = con.execute("SELECT failed_count FROM accounts WHERE name = ?",
                          (WORKER,)).fetchone()[0]
    con.close()
    assert counted == codes.count("sign_in")  # every checked guess is in the count
    # With space again, the wait still holds if it was reached; the folder opens after it.
    if counted >= accounts.FREE_TRIES:
        with pytest.raises(SignInError) as err:
            open_as(data, WORKER)
        assert err.value.code == "too_many_tries"
    else:
        open_as(data, WORKER).close()


def test_opening_on_a_full_disk_says_the_disk_is_full(tmpfs):
    """With no other program open, SQLite cannot even make its -shm file: that was "could not be
    used (disk I/O error)"; it now says what to do."""
    from cxrscreen.core.errors import StoreError

    data = tmpfs / "data"
    set_up(data).close()
    fill_disk(tmpfs)
    with pytest.raises(StoreError) as err:
        open_as(data, WORKER)
    assert err.value.code == "disk_full" and "Free some space" in err.value.message
