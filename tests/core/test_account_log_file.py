"""Account changes are written to the log file IT reads, never a password (issue 22)."""

from __future__ import annotations

import logging

from helpers.accounts import ADMIN, PASSWORDS, WORKER, open_as, set_up


def test_account_changes_are_in_the_log(tmp_path, caplog, monkeypatch):
    set_up(tmp_path / "d").close()
    # Another test's logging set-up may have disabled or detached existing loggers
    # (dictConfig's disable_existing_loggers): listen to this one whatever came before.
    logger = logging.getLogger("cxrscreen.core.store.account_methods")
    monkeypatch.setattr(logger, "disabled", False)
    monkeypatch.setattr(logger, "propagate", True)
    caplog.set_level(logging.INFO, logger=logger.name)
    caplog.clear()  # set_up's own accounts, when an earlier test let INFO through already
    with open_as(tmp_path / "d", ADMIN) as admin:
        admin.add_account("nurse.b", "health_worker", "secret-9")
        admin.reset_password("nurse.b", "secret-10")
        admin.disable_account("nurse.b")
        admin.change_own_password(PASSWORDS[ADMIN], "admin-pass-2")
    text = "\n".join(r.getMessage() for r in caplog.records if r.name == logger.name)
    for needed in ("account nurse.b added (health_worker) by admin",
                   "password of account nurse.b set by admin",
                   "account nurse.b disabled by admin",
                   "account admin changed its own password"):
        assert needed in text, text
    assert "secret" not in text and "admin-pass" not in text and WORKER not in text
