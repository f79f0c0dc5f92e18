"""`cxrscreen init` takes the new administrator's password from CXRSCREEN_NEW_PASSWORD, as the
README says and as `users add` does; it asked only for CXRSCREEN_PASSWORD (issue 22)."""

from __future__ import annotations

from cxrscreen.cli.main import main as cli_main
from cxrscreen.core.store.case_store import CaseStore


def test_init_reads_the_new_password_variable(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CXRSCREEN_PASSWORD", raising=False)
    monkeypatch.setenv("CXRSCREEN_NEW_PASSWORD", "boss-pass-9")
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(tmp_path / "no-site.json"))
    assert cli_main(["--data-dir", str(tmp_path / "d"), "init", "--admin", "boss"]) == 0
    assert "RECOVERY KEY" in capsys.readouterr().out
    CaseStore.open(tmp_path / "d", "boss", "boss-pass-9").close()


def test_without_a_password_init_names_the_variable_to_set(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CXRSCREEN_PASSWORD", raising=False)
    monkeypatch.delenv("CXRSCREEN_NEW_PASSWORD", raising=False)
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(tmp_path / "no-site.json"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert cli_main(["--data-dir", str(tmp_path / "d"), "init", "--admin", "boss"]) != 0
    assert "CXRSCREEN_NEW_PASSWORD" in capsys.readouterr().err


def test_a_script_that_sets_both_keeps_its_administrator_password(tmp_path, monkeypatch):
    """Scripts written before set CXRSCREEN_PASSWORD for init and CXRSCREEN_NEW_PASSWORD for the
    accounts they add next: init keeps reading the first (test_data_at_rest caught this)."""
    monkeypatch.setenv("CXRSCREEN_PASSWORD", "boss-pass-1")
    monkeypatch.setenv("CXRSCREEN_NEW_PASSWORD", "4321")
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(tmp_path / "no-site.json"))
    assert cli_main(["--data-dir", str(tmp_path / "d"), "init", "--admin", "boss"]) == 0
    CaseStore.open(tmp_path / "d", "boss", "boss-pass-1").close()
