"""`cxrscreen self-test`: passes on a working installation, names what is broken otherwise."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cxrscreen.core.selftest import (CHEST_DICOM_SAMPLE, REQUIRED_DECODERS, SAMPLE_EXPECTATIONS,
                                     Status, default_samples_dir, run_self_test)

REPO = Path(__file__).resolve().parents[2]
CHECKS = ["model", "samples", "input_check", "dicom_decoders", "case_store", "site_config",
          "data_folder"]


def by_name(report):
    return {c.name: c for c in report.checks}


def test_passes_on_a_working_installation(model_dir, tmp_path):
    data = tmp_path / "data"
    report = run_self_test(model_dir=model_dir, data_dir=data)
    checks = by_name(report)
    assert [c.name for c in report.checks] == CHECKS
    assert report.ok, [c.to_dict() for c in report.failed()]
    # A test model may label the children's samples differently from their grade (a warning).
    assert all(c.status is Status.PASS for c in report.checks if c.name != "samples")
    results = checks["samples"].details["results"]
    assert set(results) == set(SAMPLE_EXPECTATIONS)
    assert results["hip_CR_rle_refused.dcm"] == {"refused": "not_chest"}
    assert all("label" in results[n] for n, want in SAMPLE_EXPECTATIONS.items() if want is None)
    assert checks["model"].details["sha256"] == checks["model"].details["sha256_expected"]
    decoders = checks["dicom_decoders"].details
    for syntax, plugins in REQUIRED_DECODERS.items():
        assert set(plugins) <= set(decoders[syntax]["available_plugins"])
        assert decoders[syntax]["decoded"] == decoders["JPEGBaseline8Bit"]["decoded"]
    assert not data.exists(), "the self-test must not create the data folder"
    json.dumps(report.to_dict())  # the --json output is plain JSON


def test_a_damaged_model_fails_on_its_sha256(model_dir, tmp_path):
    broken = tmp_path / "model"
    shutil.copytree(model_dir, broken)
    tflite = broken / json.loads((broken / "metadata.json").read_text())["model_file"]
    data = bytearray(tflite.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tflite.write_bytes(bytes(data))
    report = run_self_test(model_dir=broken, data_dir=tmp_path / "data")
    checks = by_name(report)
    assert not report.ok
    assert checks["model"].status is Status.FAIL and "sha256" in checks["model"].summary
    assert checks["samples"].status is Status.FAIL and "Not run" in checks["samples"].summary
    assert checks["input_check"].status is Status.FAIL and "Not run" in checks["input_check"].summary
    assert checks["dicom_decoders"].ok and checks["case_store"].ok  # the others still run


def test_no_model_fails(tmp_path):
    report = run_self_test(model_dir=tmp_path / "nothing-here", data_dir=tmp_path / "data")
    assert not report.ok and by_name(report)["model"].status is Status.FAIL


def test_a_missing_sample_is_named(model_dir, tmp_path):
    samples = tmp_path / "samples"
    shutil.copytree(default_samples_dir(), samples)
    (samples / "IM-0160-0001.jpeg").unlink()
    check = by_name(run_self_test(model_dir=model_dir, samples_dir=samples,
                                  data_dir=tmp_path / "data"))["samples"]
    assert check.status is Status.FAIL and "IM-0160-0001.jpeg: missing" in check.summary


def test_a_sample_that_should_be_refused_but_screens_fails(model_dir, tmp_path):
    samples = tmp_path / "samples"
    shutil.copytree(default_samples_dir(), samples)
    (samples / "hip_CR_rle_refused.dcm").unlink()
    shutil.copy(samples / CHEST_DICOM_SAMPLE, samples / "hip_CR_rle_refused.dcm")
    check = by_name(run_self_test(model_dir=model_dir, samples_dir=samples,
                                  data_dir=tmp_path / "data"))["samples"]
    assert check.status is Status.FAIL and "must be refused as not_chest" in check.summary


def test_a_site_file_with_credentials_fails(model_dir, tmp_path, no_site_config):
    no_site_config.parent.mkdir(parents=True)
    no_site_config.write_text(json.dumps({"sync_url": "https://pacs.example.org/dicom-web",
                                          "sync_password": "secret"}))
    report = run_self_test(model_dir=model_dir, data_dir=tmp_path / "data")
    check = by_name(report)["site_config"]
    assert not report.ok and check.status is Status.FAIL and "credentials" in check.summary


def test_a_valid_site_file_is_reported(model_dir, tmp_path, no_site_config):
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    no_site_config.parent.mkdir(parents=True)
    no_site_config.write_text(json.dumps({"sync_url": "https://pacs.example.org/dicom-web",
                                          "ca_file": str(ca), "operating_point": "balanced",
                                          "watched_folder": str(tmp_path / "not-yet")}))
    check = by_name(run_self_test(model_dir=model_dir, data_dir=tmp_path / "data"))["site_config"]
    assert check.status is Status.WARN and "watched folder" in check.summary  # a warning only
    assert check.details["preset"]["operating_point"] == "balanced"


def test_a_site_point_for_another_model_is_a_warning(model_dir, tmp_path, no_site_config):
    no_site_config.parent.mkdir(parents=True)
    no_site_config.write_text(json.dumps({"site_operating_point": {
        "threshold": 0.2, "model_sha256": "0" * 64, "model_version": "0.9.0"}}))
    check = by_name(run_self_test(model_dir=model_dir, data_dir=tmp_path / "data"))["site_config"]
    assert check.status is Status.WARN and "It is not used" in check.summary
    no_site_config.write_text(json.dumps({"site_operating_point": {"threshold": "x"}}))
    check = by_name(run_self_test(model_dir=model_dir, data_dir=tmp_path / "data"))["site_config"]
    assert check.status is Status.FAIL and "not valid" in check.summary


def test_the_example_site_file_is_valid_and_holds_no_credentials(monkeypatch):
    from cxrscreen.core.settings import CREDENTIAL_KEYS, site_defaults

    example = REPO / "packaging" / "site.example.json"
    raw = json.loads(example.read_text())
    assert not CREDENTIAL_KEYS & set(raw)
    assert {"sync_url", "ca_file", "watched_folder", "operating_point"} <= set(raw)
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(example))
    settings = site_defaults()
    assert settings.sync_url == raw["sync_url"] and settings.operating_point == "screening"


def test_cli_json_and_exit_status(model_dir, tmp_path, capsys):
    from cxrscreen.cli import main

    code = main(["--data-dir", str(tmp_path / "data"), "self-test", "--json",
                 "--model", str(model_dir)])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["ok"] is True and [c["name"] for c in report["checks"]] == CHECKS
    assert main(["--data-dir", str(tmp_path / "data"), "self-test",
                 "--model", str(tmp_path / "none")]) == 1
    out = capsys.readouterr()
    assert "FAIL  model" in out.out and "Self-test FAILED (model, samples, input_check)" in out.err


def test_self_test_never_imports_qt(model_dir, tmp_path):
    code = ("import sys; from cxrscreen.cli import main; "
            f"rc = main(['--data-dir', {str(tmp_path / 'd')!r}, 'self-test', '--model', "
            f"{str(model_dir)!r}]); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'; "
            "sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_input_check_is_checked(tmp_path):
    check = by_name(run_self_test(data_dir=tmp_path / "data"))["input_check"]
    assert check.status is Status.PASS, check.summary
    assert check.details["negative chest"]["corrections"] == ["inverted"]
    assert check.details["noise"] in ("not_xray", "not_chest")


@pytest.mark.parametrize("name", sorted(SAMPLE_EXPECTATIONS))
def test_every_expected_sample_ships(name):
    assert (default_samples_dir() / name).is_file()


def test_the_shipped_model_labels_the_samples_as_graded(tmp_path):
    from helpers.models import shipped_model

    shipped = shipped_model()
    if shipped is None:
        pytest.skip("no model shipped in edge_models/ yet")
    check = by_name(run_self_test(model_dir=shipped, data_dir=tmp_path / "data"))["samples"]
    assert check.status is Status.PASS, check.summary
    assert "match their reference grades" in check.summary


def test_a_label_differing_from_the_grade_is_a_warning(model_dir, tmp_path, monkeypatch):
    from cxrscreen.core import selftest

    first = by_name(run_self_test(model_dir=model_dir, data_dir=tmp_path / "data"))["samples"]
    labels = {name: first.details["results"][name]["label"] for name in selftest.SAMPLE_GRADES}
    opposite = {"NORMAL": "PNEUMONIA", "PNEUMONIA": "NORMAL"}
    monkeypatch.setattr(selftest, "SAMPLE_GRADES",
                        {name: opposite[label] for name, label in labels.items()})
    report = run_self_test(model_dir=model_dir, data_dir=tmp_path / "data")
    check = by_name(report)["samples"]
    assert check.status is Status.WARN and "reference grade" in check.summary
    assert report.ok  # a warning does not fail the self-test
