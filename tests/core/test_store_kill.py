"""kill -9 at random moments during imports, reviews and finalising loses no stored case and
leaves no half-case. Real subprocesses, real SIGKILL, a bounded loop."""

from __future__ import annotations

import hashlib
import os
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, have_data  # noqa: E402

from helpers.accounts import store_for  # noqa: E402
from helpers.kill import journal_lines, kill_after_lines  # noqa: E402

WORKER = Path(__file__).resolve().parents[1] / "sync" / "store_worker.py"
ROUNDS = int(os.environ.get("CXRSCREEN_KILL_ROUNDS", "10"))

pytestmark = [pytest.mark.skipif(not have_data(), reason=NO_DATA), pytest.mark.slow]


def test_kill_minus_nine_loses_nothing_and_leaves_no_half_case(tmp_path):
    data, journal = tmp_path / "data", tmp_path / "journal.txt"
    rng = random.Random(1234)
    for round_no in range(ROUNDS):
        before = journal_lines(journal)
        # Kill at a random moment after real progress, counted in the worker's own steps
        # (journal lines), not in seconds: the worker never ends by itself, so on a fast
        # idle machine and a slow busy one alike the kill lands mid-work.
        kill_after_lines([sys.executable, str(WORKER), str(data), str(journal), str(round_no),
                          str(round_no * 60)], journal, before + 1 + rng.randrange(25))
        _check(data, journal)
    promised = Counter(line.split()[0] for line in journal.read_text().splitlines())
    assert promised["imported"] > ROUNDS and promised["reviewed"] > 0
    assert promised["finalised"] > 0


def _check(data: Path, journal: Path) -> None:
    lines = [line.split() for line in journal.read_text().splitlines()] \
        if journal.exists() else []
    with store_for(data) as store:  # runs the start-up clean-up
        cases = {c.id: c for c in store.list_cases()}
        for action, case_id in lines:  # everything the store promised is there
            assert case_id in cases, f"{action} case {case_id} was lost"
        reviews = Counter(cid for action, cid in lines if action == "reviewed")
        con = store._con()
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for case_id, case in cases.items():  # and every case is whole
            original = store.original_bytes(case)
            assert hashlib.sha256(original).hexdigest() == case.original_sha256
            assert store.heatmap(case).shape == (7, 7)
            audit = [e.action for e in store.audit(case_id)]
            assert audit[0] == "created"
            n_reviews = con.execute("SELECT COUNT(*) FROM reviews WHERE case_id = ?",
                                    (case_id,)).fetchone()[0]
            assert n_reviews >= reviews[case_id] and audit.count("reviewed") == n_reviews
            kinds = sorted(r[0] for r in con.execute(
                "SELECT kind FROM outbox WHERE case_id = ? AND superseded = 0", (case_id,)))
            if case.state.value == "screened":
                assert kinds == [] and "finalised" not in audit
            else:
                assert kinds[0] == "image" and "sr" in kinds and "finalised" in audit
        used = {c.original_sha256 for c in cases.values()} | \
            {c.screening.heatmap_sha256 for c in cases.values()}
        assert set(store.files.all_shas()) == used  # no orphan files after the clean-up
        assert list(store.files.tmp.iterdir()) == []  # no temporary leftovers
