"""Nothing that may be the only copy is deleted (issue 21): files no case points to go to the
quarantine folder; a database older than its files (a partial restore, a copy without its -wal)
is refused before anything moves; `cxrscreen doctor` lists what IT must see and re-attaches what
it can. Real SQLite, real files, real encryption."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402

from helpers.accounts import ADMIN, WORKER, open_as, sign_in_env, store_for  # noqa: E402

from cxrscreen import cli  # noqa: E402
from cxrscreen.core.errors import OlderDatabaseError  # noqa: E402

pytestmark = pytest.mark.skipif(not have_data(), reason=NO_DATA)
DB = "cases.sqlite3"


@pytest.fixture(autouse=True)
def no_site(monkeypatch, tmp_path):
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(tmp_path / "no-site.json"))


def encrypted_files(data: Path) -> set[str]:
    return {p.name for p in data.rglob("*.enc")}


def backup(data: Path, to: Path) -> None:
    """What IT does with the application open: sqlite3 cases.sqlite3 ".backup copy"."""
    src, dst = sqlite3.connect(data / DB), sqlite3.connect(to)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()


def restore_db_only(data: Path, copy: Path) -> None:
    for suffix in ("-wal", "-shm"):
        (data / (DB + suffix)).unlink(missing_ok=True)
    shutil.copyfile(copy, data / DB)


def doctor(data: Path, monkeypatch, capsys, *extra: str, user: str = ADMIN) -> tuple[int, str]:
    sign_in_env(monkeypatch, user)
    code = cli.main(["--data-dir", str(data), "doctor", *extra])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_an_older_database_is_refused_and_nothing_is_deleted(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    paths = jpegs(5)
    with store_for(data) as store:
        old = [store.import_file(p, FakeScreener(), finalise=True).id for p in paths[:2]]
        backup(data, tmp_path / "old.sqlite3")
        new = [store.import_file(p, FakeScreener(), finalise=True).id for p in paths[2:]]
    shutil.copyfile(data / DB, tmp_path / "new.sqlite3")  # closed: the WAL is checkpointed
    files = encrypted_files(data)
    assert len(files) == 10

    restore_db_only(data, tmp_path / "old.sqlite3")  # the partial restore
    with pytest.raises(OlderDatabaseError) as err:
        open_as(data)
    assert "holds 2 cases, but this folder had 5" in err.value.message
    assert "Nothing was changed or deleted" in err.value.message
    assert encrypted_files(data) == files and not (data / "quarantine").exists()

    # IT's check says the same, changes nothing, and a health worker may not run it.
    code, text = doctor(data, monkeypatch, capsys, user=WORKER)
    assert code == 7 and "administrator" in text
    code, text = doctor(data, monkeypatch, capsys)
    assert code == 2 and "REFUSED" in text and "Traceback" not in text
    assert encrypted_files(data) == files and not (data / "quarantine").exists()

    # Putting the newer database back: every case is there, whole.
    restore_db_only(data, tmp_path / "new.sqlite3")
    with open_as(data) as store:
        assert {c.id for c in store.list_cases()} == set(old + new)
        assert all(store.original_bytes(c) for c in store.list_cases())


def test_accepting_the_older_database_keeps_the_newer_files_in_quarantine(
        tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    paths = jpegs(4)
    with store_for(data) as store:
        store.import_file(paths[0], FakeScreener(), finalise=True)
        backup(data, tmp_path / "old.sqlite3")
        for p in paths[1:]:
            store.import_file(p, FakeScreener(), finalise=True)
    shutil.copyfile(data / DB, tmp_path / "new.sqlite3")
    restore_db_only(data, tmp_path / "old.sqlite3")

    code, text = doctor(data, monkeypatch, capsys, "--accept-older-database")
    assert code == 0, text
    assert "Quarantined files (encrypted; no case points to them): 6" in text
    assert len(list((data / "quarantine").glob("*.enc"))) == 6
    with open_as(data) as store:
        assert len(store.list_cases()) == 1
    log = (data / "logs" / "cxrscreen.log").read_text()
    assert log.count("moved to the quarantine folder") == 6

    # The newer database comes back after all: the clean-up re-attaches its files.
    restore_db_only(data, tmp_path / "new.sqlite3")
    code, text = doctor(data, monkeypatch, capsys)
    assert code == 0 and "moved back from quarantine to their case: 6" in text, text
    with open_as(data) as store:
        cases = store.list_cases()
        assert len(cases) == 4 and all(store.original_bytes(c) for c in cases)
    assert not list((data / "quarantine").glob("*.enc"))


def test_a_copy_whose_wal_was_lost_is_refused(tmp_path):
    data, copy = tmp_path / "data", tmp_path / "copy"
    paths = jpegs(4)
    store = store_for(data)
    try:
        store.import_file(paths[0], FakeScreener(), finalise=True)
        store._con().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for p in paths[1:]:
            store.import_file(p, FakeScreener(), finalise=True)
        # Copied while open, and the -wal file left behind (or deleted from the copy).
        shutil.copytree(data, copy, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    finally:
        store.close()
    files = encrypted_files(copy)
    with pytest.raises(OlderDatabaseError):
        open_as(copy)
    assert encrypted_files(copy) == files


def test_doctor_lists_damaged_and_missing_cases(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    with store_for(data) as store:
        ids = [store.import_file(p, FakeScreener(), finalise=True).id for p in jpegs(3)]
        store.files.path(store.get(ids[0]).original_sha256).unlink()
        with store.transaction() as con:
            con.execute("UPDATE cases SET screening_json = 'null' WHERE id = ?", (ids[1],))
    code, text = doctor(data, monkeypatch, capsys)
    assert code == 2 and "Traceback" not in text, text
    assert f"Damaged cases (set aside, not shown or sent): 1\n  {ids[1]}" in text
    assert f"Cases whose files are missing: 1\n  {ids[0]}" in text
