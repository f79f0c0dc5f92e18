"""A recovery key read back with 0 for O, 1 for I or 8 for B still opens the folder: the key's
alphabet (A-Z, 2-7) has none of them (issue 22)."""

from __future__ import annotations

from cxrscreen.core.store.vault import format_recovery_key, parse_recovery_key


def test_zero_one_and_eight_read_as_o_i_and_b():
    key = bytes(range(32))
    text = format_recovery_key(key)
    assert not set("018") & set(text)
    misread = text.replace("O", "0").replace("I", "1").replace("B", "8").lower()
    assert parse_recovery_key(misread) == key
    # a key that has all three letters
    key = bytes.fromhex("73a6a1d5cf1c9bcb1e2e1fd17d1d1e3a0f0e0d0c0b0a09080706050403020100")
    text = format_recovery_key(key)
    assert parse_recovery_key(text.replace("O", "0").replace("I", "1").replace("B", "8")) == key
