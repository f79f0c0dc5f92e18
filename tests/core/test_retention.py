"""Retention: N days after the server confirmed a case, its image and identifying values leave
the laptop and a stub stays. Real SQLite, real files; the sending is recorded as the sync engine
records it (Outbox.mark_sent), without a server."""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402

from cxrscreen.core.errors import CaseCleared  # noqa: E402
from cxrscreen.core.store.outbox import Outbox  # noqa: E402
from helpers.accounts import (CLINICIAN, WORKER, open_as, set_up,  # noqa: E402
                              write_as_the_application)

pytestmark = pytest.mark.skipif(not have_data(), reason=NO_DATA)
NAME, PID = "Akinyi^Wambui", "KE-RET-0042"


def _sent_cases(data: Path, n: int) -> list:
    """``n`` cases, sent (as the sync engine records it), the first one 10 days ago."""
    with open_as(data, WORKER) as store:
        cases = [store.import_file(p, FakeScreener(), {"patient_id": f"{PID}-{i}",
                                                       "patient_name": NAME}, finalise=True)
                 for i, p in enumerate(jpegs(n))]
        outbox = Outbox(store)
        outbox.mark_sent(outbox.pending())
        old = (datetime.now(timezone.utc) - timedelta(days=10)).isoformat()
        write_as_the_application(store, "cases", "id = ?", (cases[0].id,), sent_at=old)
    return cases


def test_confirmed_cases_are_cleared_after_the_site_days_and_a_stub_stays(tmp_path):
    data = tmp_path / "data"
    set_up(data).close()
    old, recent = _sent_cases(data, 2)
    with open_as(data, CLINICIAN) as store:
        assert store.purge_confirmed(30) == []  # not old enough
        assert store.purge_confirmed(7) == [old.id]
        stub, kept = store.get(old.id), store.get(recent.id)
        assert stub.cleared and not kept.cleared
        assert stub.patient.patient_id == "" and stub.patient.patient_name == ""
        assert stub.source_name == "" and stub.dicom_patient is None
        assert (stub.id, stub.score, stub.label, stub.uids, stub.sent_at, stub.created_at) == \
            (old.id, old.score, old.label, old.uids, stub.sent_at, old.created_at)
        assert [e.details for e in store.audit(old.id)] == [{}] * len(store.audit(old.id))
        assert [e.actor for e in store.audit(old.id)][0] == WORKER
        assert not store.files.has(old.original_sha256)
        assert store.files.has(recent.original_sha256)
        assert store.heatmap(kept).ndim == 2  # a heatmap shared with the cleared case stays
        with pytest.raises(CaseCleared) as err:
            store.original_bytes(stub)
        assert "hospital's server" in err.value.message
        with pytest.raises(CaseCleared):
            store.review(old.id, "agree")
        assert store.purge_confirmed(7) == []  # once
        assert not store.recover().cases_missing_files
        assert [c.id for c in store.list_cases(search="Akinyi")] == [recent.id]


def test_the_site_file_rule_applies_at_start_and_the_default_keeps(tmp_path, monkeypatch):
    data = tmp_path / "data"
    set_up(data).close()
    old, _ = _sent_cases(data, 2)
    with open_as(data, CLINICIAN) as store:  # no site file: keep everything
        assert not store.get(old.id).cleared
    site = tmp_path / "site.json"
    site.write_text(json.dumps({"purge_after_days": 7}))
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(site))
    with open_as(data, CLINICIAN) as store:
        assert store.get(old.id).cleared
    for path in (p for p in data.rglob("*") if p.is_file()):
        assert f"{PID}-0".encode() not in path.read_bytes()


def test_the_rule_applies_after_a_sync_in_a_window_left_open(tmp_path, monkeypatch):
    """The rule ran only when the store opened: a laptop whose window stays open for weeks
    never cleared anything. Now every sync (here one that finds no server) applies it too."""
    from cxrscreen.ui.session import Session
    from cxrscreen.ui.workers import Task

    data = tmp_path / "data"
    set_up(data).close()
    old, recent = _sent_cases(data, 2)
    monkeypatch.delenv("CXRSCREEN_SYNC_URL", raising=False)
    with open_as(data, CLINICIAN) as store:  # opened before the site set the rule
        session = Session(store)
        site = tmp_path / "site.json"
        site.write_text(json.dumps({"purge_after_days": 7}))
        monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(site))
        assert not store.get(old.id).cleared
        report = session.sync(Task(lambda _t: None))
        assert report.error is not None  # no server set up: nothing sent
        assert store.get(old.id).cleared and not store.get(recent.id).cleared
        assert session.after_auto_sync(report) is report
