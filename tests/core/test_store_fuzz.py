"""No database corruption produces a traceback (issue 21): 160 seeded byte flips in the database
gave 6 tracebacks (JSONDecodeError, TypeError), and one bad row made `cases` fail for every case.

Seeded: each flip is one byte of a copy of a real database (real imports, a review, the outbox),
XORed with a random non-zero value; then the store is opened and every read a person's screen or
the sync makes is done. Anything raised must be a named error (CxrError) with a message, and no
flip may change silently what is shown or sent: every case that is still shown, and every item
still queued, must be exactly as stored (result, score, state, file hashes, UIDs, review), since
rows are authenticated (integrity.py). A case whose flip is noticed is set aside.

CXRSCREEN_FUZZ_FLIPS changes the number of flips (default 300).
"""

from __future__ import annotations

import os
import random
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402

from cxrscreen.core.store import vault  # noqa: E402
from cxrscreen.core.errors import CxrError  # noqa: E402
from cxrscreen.core.store.case_store import CaseStore  # noqa: E402
from cxrscreen.core.store.outbox import Outbox  # noqa: E402
from helpers.accounts import CLINICIAN, PASSWORDS, set_up  # noqa: E402

pytestmark = pytest.mark.skipif(not have_data(), reason=NO_DATA)
FLIPS = int(os.environ.get("CXRSCREEN_FUZZ_FLIPS", "300"))
DB = "cases.sqlite3"


@pytest.fixture
def template(tmp_path, monkeypatch):
    """A real data folder, with cheap password hashing so that hundreds of sign-ins are quick
    (each account keeps the parameters it was made with)."""
    monkeypatch.setattr(vault.KdfParams, "fresh", classmethod(
        lambda cls: cls(time_cost=1, memory_kib=64, lanes=1, salt="c2FsdHNhbHRzYWx0c2FsdA==")))
    data = tmp_path / "template"
    with set_up(data) as store:
        ids = [store.import_file(p, FakeScreener(), {"patient_id": f"F{i}"}, finalise=i % 2 == 0
                                 ).id for i, p in enumerate(jpegs(6))]
        store.review(ids[0], "disagree", "normal lungs")
        store.review(ids[1], "agree")
        store.set_notes(ids[3], "cough for two weeks")
    return data


def shown(case) -> tuple:
    """What decides what a person sees and what is sent, of one case."""
    s = case.screening
    return (case.state.value, s.score, s.label, s.threshold, s.operating_point,
            case.original_sha256, s.heatmap_sha256, case.uids, case.patient,
            (case.review.reviewer, case.review.decision.value, case.review.note)
            if case.review else None, case.notes, case.source_name)


def reads(data: Path) -> dict:
    """What the case list, a case's page and the sync read; returns what was shown and queued."""
    seen: dict = {}
    with CaseStore.open(data, CLINICIAN, PASSWORDS[CLINICIAN]) as store:
        set_aside: dict = {}
        for case in store.list_cases(set_aside=set_aside):
            seen[case.id] = shown(case)
            for step in (lambda: store.get(case.id), lambda: store.audit(case.id),
                         lambda: store.original_bytes(case), lambda: store.heatmap(case)):
                try:
                    step()
                except CxrError:
                    pass  # named: fine; a traceback is not
        for item in Outbox(store).pending():
            seen[("queued", item.id)] = (item.case_id, item.kind, item.sop_uid, item.review_id)
            try:
                Outbox(store).review(item)
            except CxrError:
                pass
        seen["accounts"] = [(a.name, a.role.value, a.disabled) for a in store.list_accounts()
                            if not a.damaged]
        store.account_log()
    return seen


def silent_changes(truth: dict, seen: dict) -> list:
    """What was shown or queued differently from the store as written."""
    out = [(k, v) for k, v in seen.items() if k != "accounts" and truth.get(k) != v]
    out += [a for a in seen.get("accounts", []) if a not in truth["accounts"]]
    return out


def test_a_flipped_result_is_noticed(tmp_path, template):
    """A byte of a stored label flipped in the file (PNEUMONIA -> PNEUMONIQ): not shown so."""
    truth = reads(template)
    work = tmp_path / "flipped"
    shutil.copytree(template, work)
    raw = bytearray((work / DB).read_bytes())
    label = max((b"PNEUMONIA", b"NORMAL"), key=raw.count)
    at = raw.index(label)
    raw[at + len(label) - 1] ^= 0x10
    (work / DB).write_bytes(bytes(raw))
    seen = reads(work)
    assert silent_changes(truth, seen) == []
    assert len([k for k in seen if isinstance(k, str) and k != "accounts"]) == len(
        [k for k in truth if isinstance(k, str) and k != "accounts"]) - 1  # one set aside


def test_byte_flips_in_the_database_give_named_errors_never_a_traceback(tmp_path, template):
    size = (template / DB).stat().st_size
    rng = random.Random(21)
    truth = reads(template)
    unnamed, silent = [], []
    outcomes = {"opened": 0, "named error": 0}
    for n in range(FLIPS):
        work = tmp_path / f"flip{n % 4}"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(template, work)
        at, xor = rng.randrange(size), rng.randrange(1, 256)
        with open(work / DB, "r+b") as f:
            f.seek(at)
            byte = f.read(1)[0]
            f.seek(at)
            f.write(bytes([byte ^ xor]))
        try:
            changed = silent_changes(truth, reads(work))
            if changed:
                silent.append((at, xor, changed[:3]))
            outcomes["opened"] += 1
        except CxrError as exc:
            assert exc.message, exc
            outcomes["named error"] += 1
        except Exception as exc:  # noqa: BLE001 (what this test looks for)
            import traceback

            tb = traceback.extract_tb(exc.__traceback__)[-3:]
            where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in tb[::-1])
            unnamed.append((at, xor, f"{type(exc).__name__}: {exc} at {where}"))
    print(f"{FLIPS} flips: {outcomes}, unnamed: {len(unnamed)}, silent changes: {len(silent)}")
    for u in unnamed:
        print("UNNAMED", u)
    for c in silent:
        print("SILENT", c)
    assert not unnamed, unnamed[:10]
    assert not silent, silent[:10]
