"""A not-screened case's kind and refusal are covered by the row's tag (issues 21 and 22): someone
with the data folder and sqlite3 cannot turn a screened result into "not screened" (no result
shown, nothing to act on), a not-screened film into a screened one, or change why it was refused,
unnoticed. And the stores of the two versions before (schema 3, no tags; schema 4, tagged without
these columns), built by those versions' own code from git, upgrade to schema 5 losing no case,
their tags still valid.

Real SQLite, real files, real Argon2id and AES-GCM, real DICOM files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402

from cxrscreen.core.errors import CaseDamaged, ImageRefused  # noqa: E402
from cxrscreen.core.store import integrity, schema  # noqa: E402
from cxrscreen.core.store.outbox import Outbox  # noqa: E402
from cxrscreen.core.xray.read import read_xray  # noqa: E402
from helpers.old_code import old_code  # noqa: E402
from helpers.accounts import CLINICIAN, WORKER, open_as, set_up  # noqa: E402
from helpers.not_screened import tag_lateral_dicom  # noqa: E402

pytestmark = pytest.mark.skipif(not have_data(), reason=NO_DATA)
# The versions before, as laptops running them left their stores: schema 3 (the last commit
# before rows were authenticated) and schema 4 (integrity merged into main, before this branch).
VERSION_3 = "bf5a1d4fbaaa419ffe9ce62f0d2e6f4d14d33feb"
VERSION_4 = "7a370d0e6507ca69002b0cd99327747daca9e13c"


def sql(data: Path, statement: str, args: dict | tuple = ()) -> None:
    """What an attacker with the data folder does: sqlite3, no key."""
    con = sqlite3.connect(data / "cases.sqlite3")
    con.execute(statement, args)
    con.commit()
    con.close()


def listed(data: Path, user: str = CLINICIAN) -> tuple[set[str], set[str]]:
    """The cases shown, and those set aside as changed outside the application."""
    aside: dict = {}
    with open_as(data, user) as store:
        shown = {c.id for c in store.list_cases(set_aside=aside)}
    return shown, set(aside)


def not_screened_case(store, folder: Path):
    path = tag_lateral_dicom(folder)
    with pytest.raises(ImageRefused) as refused:
        read_xray(path)  # a side view, from its header: lateral_view
    return store.add_not_screened(path, refused.value, finalise=True)


@pytest.fixture
def folder(tmp_path):
    data = tmp_path / "data"
    with set_up(data) as store:
        screened = store.import_file(jpegs(1)[0], FakeScreener(), finalise=True)
        other = not_screened_case(store, tmp_path)
        assert other.not_screened and other.refusal["code"] == "lateral_view"
    return data, screened.id, other.id


def test_a_not_screened_case_and_its_outbox_rows_are_tagged(folder):
    data, _screened, other = folder
    con = sqlite3.connect(data / "cases.sqlite3")
    assert con.execute("SELECT kind, tag IS NOT NULL FROM cases WHERE id = ?",
                       (other,)).fetchone() == ("not_screened", 1)
    assert con.execute("SELECT COUNT(*) FROM outbox WHERE case_id = ? AND tag IS NOT NULL",
                       (other,)).fetchone()[0] == 2  # its image and its report
    con.close()
    assert listed(data) == ({_screened, other}, set())


@pytest.mark.parametrize("which, edit", [
    # A screened result hidden: the window would show "not screened", no result to act on.
    ("screened", "UPDATE cases SET kind = 'not_screened' WHERE id = ?"),
    # Put back to what a screened row has: both columns at their defaults.
    ("not_screened", "UPDATE cases SET kind = 'screened', refusal_json = '{}' WHERE id = ?"),
    # Why it was refused, changed.
    ("not_screened", "UPDATE cases SET refusal_json = replace(refusal_json, 'lateral_view', "
                     "'rotated') WHERE id = ?"),
    # A refusal written into a screened case; the same bytes as the default, as a blob.
    ("screened", "UPDATE cases SET refusal_json = '{\"code\": \"rotated\"}' WHERE id = ?"),
    ("screened", "UPDATE cases SET refusal_json = CAST('{}' AS BLOB) WHERE id = ?"),
])
def test_editing_the_kind_or_the_refusal_with_sqlite3_is_noticed(folder, which, edit):
    data, screened, other = folder
    edited, untouched = (screened, other) if which == "screened" else (other, screened)
    sql(data, edit, (edited,))
    assert listed(data) == ({untouched}, {edited})
    with open_as(data) as store:  # what the case page and the sync read (the sync sets it aside)
        with pytest.raises(CaseDamaged, match="changed outside the application"):
            store.get(edited)
        assert store.get(untouched).id == untouched


def test_a_row_at_the_defaults_is_encoded_as_before_and_any_other_value_is_not(monkeypatch):
    """The encoding of a row written before version 5 (no kind, no refusal) is the one its tag
    was made on; a row whose kind or refusal differs encodes longer, so never alike."""
    later = integrity.ADDED_LATER["cases"]
    row = {**{c: f"v-{c}" for c in integrity.COVERED["cases"]}, **later}
    with monkeypatch.context() as m:  # the encoding of version 4, on the row as it read it
        m.setitem(integrity.COVERED, "cases",
                  tuple(c for c in integrity.COVERED["cases"] if c not in later))
        m.setattr(integrity, "ADDED_LATER", {})
        as_version_4 = integrity._canonical("cases", {c: row[c] for c in row if c not in later})
    assert integrity._canonical("cases", row) == as_version_4
    for changes in ({"kind": "not_screened"}, {"refusal_json": '{"code": "rotated"}'},
                    {"refusal_json": b"{}"}, {"kind": "screened ", "refusal_json": "{}"}):
        assert integrity._canonical("cases", {**row, **changes}) != as_version_4


# -- upgrading the stores of the two versions before -----------------------------------------

OLD_SCRIPT = r"""
import json, sys
from pathlib import Path
sys.path[:0] = [sys.argv[1] + "/tests", sys.argv[1] + "/tests/sync"]
from helpers.accounts import set_up
from store_fakes import FakeScreener
data = Path(sys.argv[2]); paths = [Path(p) for p in sys.argv[3:]]
with set_up(data) as store:
    ids = [store.import_file(p, FakeScreener(), {"patient_id": f"OLD{i}"},
                             finalise=i > 0).id for i, p in enumerate(paths)]
    store.set_notes(ids[0], "not finalised yet")
    store.review(ids[1], "disagree", "looks normal")
    print(json.dumps({c.id: [c.state.value, c.score, c.label, c.original_sha256,
                             c.review.decision.value if c.review else None, c.notes]
                      for c in store.list_cases()}))
"""


def _old_store(tmp_path: Path, commit: str, version: int) -> tuple[Path, dict]:
    """A data folder written by the code of ``commit`` (schema ``version``), and its cases."""
    old = old_code(commit, tmp_path / f"old{version}", f"schema version {version}")
    data = tmp_path / f"data{version}"
    env = {**os.environ, "PYTHONPATH": str(old / "desktop"),
           "CXRSCREEN_CONFIG_DIR": str(tmp_path / "config")}
    run = subprocess.run([sys.executable, "-c", OLD_SCRIPT, str(old), str(data),
                          *map(str, jpegs(3))], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    con = sqlite3.connect(data / "cases.sqlite3")
    assert con.execute("PRAGMA user_version").fetchone()[0] == version
    con.close()
    return data, json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("commit, version", [(VERSION_3, 3), (VERSION_4, 4)])
def test_the_stores_of_the_versions_before_upgrade_losing_no_case(tmp_path, commit, version):
    data, before = _old_store(tmp_path, commit, version)
    if version == 4:  # its rows were tagged by that version, without kind and refusal
        con = sqlite3.connect(data / "cases.sqlite3")
        assert con.execute("SELECT COUNT(*) FROM cases WHERE tag IS NULL").fetchone()[0] == 0
        con.close()
    with open_as(data, WORKER) as store:
        aside: dict = {}
        cases = store.list_cases(set_aside=aside)
        after = {c.id: [c.state.value, c.score, c.label, c.original_sha256,
                        c.review.decision.value if c.review else None, c.notes] for c in cases}
        assert aside == {} and after == before  # every case, as it was: its tag still valid
        assert all(c.kind == "screened" and c.refusal == {} for c in cases)
        pending = len(Outbox(store).pending())
        new = not_screened_case(store, tmp_path)  # and the upgraded store takes a new one
    con = sqlite3.connect(data / "cases.sqlite3")
    assert con.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 5
    for table in ("cases", "reviews", "outbox", "accounts"):
        assert con.execute(f"SELECT COUNT(*) FROM {table} WHERE tag IS NULL").fetchone()[0] == 0
    with pytest.raises(sqlite3.IntegrityError):  # the kind is one of two
        con.execute("UPDATE cases SET kind = 'maybe'")
    con.close()
    with open_as(data) as store:
        assert len(Outbox(store).pending()) == pending + 2
    # An old case's kind and the new case's refusal, edited after the upgrade: both noticed.
    first = next(iter(before))
    sql(data, "UPDATE cases SET kind = 'not_screened' WHERE id = ?", (first,))
    sql(data, "UPDATE cases SET refusal_json = '{}' WHERE id = ?", (new.id,))
    shown, aside_now = listed(data)
    assert aside_now == {first, new.id} and shown == set(before) - {first}
