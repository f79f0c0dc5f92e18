"""The site operating point from the site file: used (and made the default) for exactly the model
it was chosen for; for another model it is not used and says so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cxrscreen.core.screening.screener import Screener
from cxrscreen.core.screening.litert import read_metadata
from cxrscreen.core.settings import load_settings
from cxrscreen.core.screening.site_operating_point import read_site_point, site_point_status

SAMPLE = Path(__file__).resolve().parents[2] / "desktop/cxrscreen/samples/IM-0140-0001.jpeg"


def write_site(tmp_path: Path, monkeypatch, entry: dict | None, **other) -> Path:
    path = tmp_path / "site.json"
    raw = {"schema_version": 1, **other}
    if entry is not None:
        raw["site_operating_point"] = entry
    path.write_text(json.dumps(raw))
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(path))
    return path


def entry(sha: str, threshold: float = 0.123, version: str = "1.1.0") -> dict:
    return {"threshold": threshold, "model_sha256": sha, "model_version": version,
            "target_sensitivity": 0.97, "cases": 412, "date": "2026-11-23",
            "source": "cxrscreen monitor"}


def test_a_matching_site_point_is_the_default(model_dir, tmp_path, monkeypatch):
    meta = read_metadata(model_dir)
    write_site(tmp_path, monkeypatch, entry(meta.raw["sha256"]), site="North")
    screener = Screener.load(model_dir)
    assert screener.site_point.active
    assert "threshold 0.1230" in screener.site_point.message
    assert "412 reviewed cases" in screener.site_point.message
    result = screener.screen_file(SAMPLE)
    assert (result.operating_point, result.threshold) == ("site", 0.123)
    # The model's own points stay available by name.
    assert screener.screen_file(SAMPLE, "screening").operating_point == "screening"
    # The settings still load (the entry is not a setting) and keep the site's other values.
    assert load_settings(tmp_path / "data").site == "North"


def test_a_site_point_for_another_model_is_not_used_and_says_why(model_dir, tmp_path,
                                                                 monkeypatch):
    meta = read_metadata(model_dir)
    write_site(tmp_path, monkeypatch, entry("0" * 64, version="1.0.0"))
    screener = Screener.load(model_dir)
    status = screener.site_point
    assert not status.active
    assert "chosen for model 1.0.0" in status.message
    assert f"this laptop has model {meta.raw['version']}" in status.message
    assert "It is not used" in status.message
    assert screener.screen_file(SAMPLE).operating_point == meta.raw["thresholds"]["default"]
    assert "site" not in screener.meta.operating_points


def test_a_broken_site_point_is_reported(tmp_path, monkeypatch):
    write_site(tmp_path, monkeypatch, {"threshold": "high", "model_sha256": "x"})
    with pytest.raises(Exception, match="not valid"):
        read_site_point()
    status = site_point_status("a" * 64, "1.1.0")
    assert not status.active and "not valid" in status.message
    write_site(tmp_path, monkeypatch, None)
    assert site_point_status("a" * 64, "1.1.0").message == ""


def test_version_and_screen_say_which_point_is_in_use(model_dir, tmp_path, monkeypatch):
    meta = read_metadata(model_dir)
    write_site(tmp_path, monkeypatch, entry("0" * 64))
    env = {**__import__("os").environ}
    run = [sys.executable, "-m", "cxrscreen", "screen", "--model", str(model_dir), str(SAMPLE)]
    proc = subprocess.run(run, capture_output=True, text=True, env=env, timeout=300)
    assert "It is not used" in proc.stderr
    write_site(tmp_path, monkeypatch, entry(meta.raw["sha256"]))
    proc = subprocess.run(run + ["--json"], capture_output=True, text=True,
                          env={**__import__("os").environ}, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Site operating point in use" in proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["operating_point"] == "site"
