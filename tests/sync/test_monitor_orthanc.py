"""`cxrscreen monitor` against a real Orthanc filled by the app's own sync from three laptops:
paging, other software's reports ignored, the figures equal a direct computation from the
laptops' stores, a server that goes down mid-fetch, and the next run fetching only what is new."""

from __future__ import annotations

import json
import threading

import pytest
import requests
from monitor_helpers import LAPTOPS, direct_device_figures, fill_from_laptops, foreign_reports
from orthanc_server import PASSWORD, USER
from sync_helpers import SR_CLASS

from helpers.model_reference import direct_point, direct_psi, write_model

from cxrscreen import cli
from cxrscreen.core.screening.site_operating_point import read_site_point, site_point_status
from cxrscreen.monitor.cache import MonitorCache

pytestmark = pytest.mark.orthanc


@pytest.fixture
def credentials(monkeypatch):
    monkeypatch.setenv("CXRSCREEN_SYNC_USER", USER)
    monkeypatch.setenv("CXRSCREEN_SYNC_PASSWORD", PASSWORD)


def monitor(capsys, url, out, *extra) -> tuple[int, dict, str]:
    code = cli.main(["monitor", "--server", url, "--out", str(out), "--json",
                     "--page-size", "5", *extra])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else {}, captured.err


def test_figures_agree_with_the_laptops_stores(tmp_path, screener, orthanc, credentials, capsys):
    expected = fill_from_laptops(tmp_path / "laptops", orthanc.url)
    foreign = foreign_reports(orthanc.url)
    code, result, err = monitor(capsys, orthanc.url, tmp_path / "out")
    assert code == 0, err
    direct = direct_device_figures(expected)
    cases = sum(len(e.cases) for e in expected)
    reports = cases + sum(1 for e in expected for c in e.cases if c.review)
    # Every SR was listed across several pages of 5; the two foreign ones are not counted.
    assert result["fetch"]["listed"] == reports + len(foreign) > 3 * 5
    assert result["fetch"]["complete"]
    assert result["totals"]["cases"] == cases
    got = {d["device"]: d for d in result["devices"]}
    assert sorted(got) == sorted(device for device, _ in LAPTOPS)
    for device, site in LAPTOPS:
        for key, value in direct[device].items():
            assert got[device][key] == value, (device, key)
        assert got[device]["site"] == site
        d = direct[device]
        if d["tp"] + d["fn"]:
            assert got[device]["sensitivity"] == round(d["tp"] / (d["tp"] + d["fn"]), 4)
    sites = {s["site"]: s["cases"] for s in result["sites"]}
    assert sites == {"North district": 8, "South": 4}
    assert sum(w["cases"] for w in result["weeks"]) == cases
    assert {m["model_version"] for m in result["model_versions"]} == {"0.0.1"}
    # The proposal refuses on so few reviewed cases and says how many more are needed.
    assert not result["proposal"]["ok"] and "more reviewed" in result["proposal"]["reason"]
    out = tmp_path / "out"
    page = (out / "report.html").read_text()
    assert page.count("data:image/png;base64,") == 4 and "van-2" in page
    assert "not a diagnosis" in page and "accuracy against a confirmed diagnosis" in page
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    assert not (out / "site_operating_point.json").exists()
    cache = MonitorCache(out / "monitor-cache.sqlite3", orthanc.url)
    assert cache.counts() == (reports, len(foreign))
    cache.close()
    # The next run lists again and fetches nothing.
    code, again, _ = monitor(capsys, orthanc.url, out)
    assert code == 0 and again["fetch"]["new"] == 0
    assert again["devices"] == result["devices"]


def test_drift_and_each_operating_point_from_the_models_metadata(tmp_path, screener, orthanc,
                                                                credentials, capsys):
    """With the model's metadata (--models), drift against its validation histogram and every
    operating point re-scored agree with a direct computation from the laptops' stores."""
    expected = fill_from_laptops(tmp_path / "laptops", orthanc.url)
    validation = [i / 200 for i in range(200)]
    write_model(tmp_path / "models", validation, validation[::2], "ab" * 32, name="test-model",
                version="0.0.1", thresholds={"screening": 0.5, "high_sensitivity": 0.3})
    code, result, err = monitor(capsys, orthanc.url, tmp_path / "out", "--models",
                                str(tmp_path / "models"))
    assert code == 0, err
    cases = [c for e in expected for c in e.cases]
    assert result["totals"]["psi_validation"] == round(
        direct_psi([c.score for c in cases], validation), 4)
    for e in expected:
        row = next(d for d in result["devices"] if d["device"] == e.device)
        assert row["psi_validation"] == round(direct_psi([c.score for c in e.cases],
                                                         validation), 4)

    def clinician(case) -> bool | None:
        decision = case.review.decision.value if case.review else ""
        referred = case.screening.label == "PNEUMONIA"
        return {"agree": referred, "disagree": not referred}.get(decision)

    rows = result["rescored_points"]
    assert [(r["operating_point"], r["threshold"]) for r in rows] == [
        ("screening", 0.5), ("high_sensitivity", 0.3)]
    for row in rows:
        direct = direct_point([(c.score, clinician(c)) for c in cases], row["threshold"])
        assert {k: row[k] for k in direct} == direct, row["operating_point"]
    assert result["drift"]["validation"]["cases"] == 200


def test_proposed_point_goes_into_the_site_file_as_written(tmp_path, screener, orthanc,
                                                           credentials, capsys, monkeypatch):
    fill_from_laptops(tmp_path / "laptops", orthanc.url)
    out = tmp_path / "out"
    code, result, err = monitor(capsys, orthanc.url, out, "--min-positives", "1",
                                "--min-negatives", "1", "--target-sensitivity", "0.9")
    assert code == 0, err
    p = result["proposal"]
    assert p["ok"] and p["model_sha256"] == "ab" * 32 and p["target_sensitivity"] == 0.9
    assert f"threshold {p['threshold']:.4f}" in (out / "report.html").read_text()
    # IT copies the file's entry into the site file as it is: the app reads it back.
    site = tmp_path / "site.json"
    site.write_text((out / "site_operating_point.json").read_text())
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(site))
    point = read_site_point()
    assert (point.threshold, point.cases, point.target_sensitivity) == (
        p["threshold"], p["cases"], 0.9)
    assert site_point_status("ab" * 32, "0.0.1").active
    # A later run that can no longer propose removes the old proposal file.
    code, result, _ = monitor(capsys, orthanc.url, out)
    assert not result["proposal"]["ok"] and not (out / "site_operating_point.json").exists()


def test_the_next_run_lists_only_from_where_the_last_ended_unless_the_server_changed(
        tmp_path, screener, orthanc, proxy, credentials, capsys):
    fill_from_laptops(tmp_path / "laptops", orthanc.url)
    out = tmp_path / "out"
    code, first, err = monitor(capsys, proxy.url, out)
    assert code == 0, err
    # Nothing new: one page from the remembered last row, and the empty page after it.
    before = proxy.requests
    code, again, _ = monitor(capsys, proxy.url, out)
    assert code == 0 and again["fetch"]["new"] == 0
    assert proxy.requests - before == 2
    assert again["fetch"]["listed"] == first["fetch"]["listed"]
    # New reports from another laptop: only they are listed past the anchor and fetched.
    added = fill_from_laptops(tmp_path / "laptops", orthanc.url, per_laptop=2,
                              laptops=[("van-4", "East")], first=3)
    new_reports = sum(1 + bool(c.review) for c in added[0].cases)
    code, more, _ = monitor(capsys, proxy.url, out)
    assert code == 0 and more["fetch"]["new"] == new_reports
    assert more["totals"]["cases"] == first["totals"]["cases"] + 2
    # The server deletes an early report: the anchor no longer holds, so everything is listed
    # again (the new laptop's next reports are still found).
    uid = next(i["00080018"]["Value"][0] for i in orthanc.instances()
               if i["00080016"]["Value"][0] == SR_CLASS)
    base = f"http://127.0.0.1:{orthanc.port}"
    found = requests.post(f"{base}/tools/lookup", data=uid, auth=(USER, PASSWORD)).json()
    requests.delete(f"{base}/instances/{found[0]['ID']}", auth=(USER, PASSWORD)).raise_for_status()
    added = fill_from_laptops(tmp_path / "laptops2", orthanc.url, per_laptop=1,
                              laptops=[("van-5", "East")], first=5)
    before = proxy.requests
    code, last, _ = monitor(capsys, proxy.url, out)
    assert proxy.requests - before > 1 + -(-last["fetch"]["listed"] // 5)  # listed everything
    assert code == 0 and last["fetch"]["new"] == 1 + bool(added[0].cases[0].review)
    assert last["fetch"]["listed"] == more["fetch"]["listed"] - 1 + last["fetch"]["new"]
    assert last["totals"]["cases"] == more["totals"]["cases"] + 1  # the cache keeps the deleted


def test_server_down_mid_fetch_keeps_what_was_fetched_and_resumes(
        tmp_path, screener, orthanc, proxy, credentials, capsys):
    expected = fill_from_laptops(tmp_path / "laptops", orthanc.url)
    reports = sum(len(e.cases) + sum(1 for c in e.cases if c.review) for e in expected)
    listing_pages = -(-reports // 5) + 1  # the last, empty page ends the listing
    # Listing and retrieval run at once, so request numbers do not say which is which; by
    # request kill_at at least kill_at - 1 - listing_pages retrievals were asked (one at a time).
    killed = threading.Event()
    kill_at = listing_pages + 6

    def hook(number: int, stage: str):
        if number == kill_at and stage == "received":
            orthanc.kill()  # like a power cut on the server
            killed.set()
            return True
        return None

    proxy.hook = hook
    out = tmp_path / "out"
    code, result, err = monitor(capsys, proxy.url, out, "--workers", "1")
    assert killed.is_set(), err
    assert code == 1, err
    assert "Fetching stopped" in err and "run the same command again" in err
    fetched = result["fetch"]["fetched"]
    assert 4 <= fetched < reports and not result["fetch"]["complete"]
    assert "INCOMPLETE" in (out / "report.html").read_text()
    proxy.hook = None
    orthanc.start()
    code, result, err = monitor(capsys, proxy.url, out, "--workers", "1")
    assert code == 0, err
    assert result["fetch"]["new"] == reports - fetched  # only what was missing
    assert result["totals"]["cases"] == sum(len(e.cases) for e in expected)
    assert "INCOMPLETE" not in (out / "report.html").read_text()


def test_a_cache_belongs_to_one_server(tmp_path, orthanc, credentials, capsys):
    MonitorCache(tmp_path / "out" / "monitor-cache.sqlite3", "https://elsewhere/dicom-web"
                 ).close()
    code, _, err = monitor(capsys, orthanc.url, tmp_path / "out")
    assert code == 3 and "holds results from https://elsewhere/dicom-web" in err


def test_wrong_password_is_said_plainly(tmp_path, orthanc, monkeypatch, capsys):
    monkeypatch.setenv("CXRSCREEN_SYNC_USER", USER)
    monkeypatch.setenv("CXRSCREEN_SYNC_PASSWORD", "wrong")
    code, _, err = monitor(capsys, orthanc.url, tmp_path / "out")
    assert code == 3 and "refused the user name or password" in err
    assert "queued" not in err  # the monitor sends nothing: not the sync's words


def test_without_server_it_uses_the_installations_resolved_server(tmp_path, orthanc, credentials,
                                                                   monkeypatch, capsys):
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", orthanc.url)
    code = cli.main(["--data-dir", str(tmp_path / "data"), "monitor", "--out",
                     str(tmp_path / "out"), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["fetch"]["complete"] and result["totals"]["cases"] == 0
