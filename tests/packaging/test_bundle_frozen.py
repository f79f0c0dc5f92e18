"""The frozen bundle itself (slow, opt-in: CXRSCREEN_TEST_BUNDLE=1; .ci/bundle runs it after
packaging/build.sh). CXRSCREEN_BUNDLE names the bundle folder (default: dist/cxrscreen).

The frozen executable runs with a bare environment (no PYTHONPATH, PATH=/usr/bin:/bin, a temporary
HOME) from a temporary folder, headless."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("CXRSCREEN_BUNDLE") or REPO / "dist" / "cxrscreen")
J2K_CHEST = REPO.parent / "shared" / "data" / "real_dicom" / "WG04_RG1_J2KI_chest_CR.dcm"
BUDGET_MB = 250

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("CXRSCREEN_TEST_BUNDLE") != "1",
                       reason="frozen-bundle tests are opt-in: CXRSCREEN_TEST_BUNDLE=1"),
]


@pytest.fixture(scope="module")
def exe() -> Path:
    path = BUNDLE / "cxrscreen"
    if not path.is_file():
        pytest.fail(f"no bundle at {BUNDLE}: run packaging/build.sh")
    return path


SIGN_IN = {"CXRSCREEN_USER": "it", "CXRSCREEN_PASSWORD": "it-pass-1"}


def frozen(exe: Path, tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "CXRSCREEN_SITE_CONFIG": str(tmp_path / "none.json"),
           **extra}
    return subprocess.run([str(exe), *args], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=300)


def test_self_test_passes_frozen(exe, tmp_path):
    proc = frozen(exe, tmp_path, "--data-dir", str(tmp_path / "data"), "self-test", "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["ok"] and report["frozen"]
    decoders = next(c for c in report["checks"] if c["name"] == "dicom_decoders")["details"]
    assert "pylibjpeg" in decoders["JPEG2000Lossless"]["available_plugins"]
    assert "pyjpegls" in decoders["JPEGLSLossless"]["available_plugins"]


def chest_source() -> Path:
    if J2K_CHEST.is_file():
        return J2K_CHEST
    return BUNDLE / "_internal" / "cxrscreen" / "samples" / "adult_chest_CR_jpeg_baseline.dcm"


def test_frozen_scores_chests_in_every_encoding_like_the_source_does(exe, tmp_path):
    """JPEG 2000 (as received), JPEG-LS, RLE and uncompressed copies of a real chest: the frozen
    CLI screens them all, with the same scores as the source tree and the same model."""
    import pydicom
    from pydicom import uid

    from cxrscreen.core.screening.screener import Screener
    from cxrscreen.core.screening.litert import find_default_model

    source = chest_source()
    ds = pydicom.dcmread(source)
    pixels = ds.pixel_array
    files = [source]
    for syntax in (uid.JPEGLSLossless, uid.RLELossless, uid.ExplicitVRLittleEndian):
        copy = pydicom.dcmread(source)
        if syntax == uid.ExplicitVRLittleEndian:
            copy.decompress()
        else:
            copy.compress(syntax, pixels, generate_instance_uid=False)
        out = tmp_path / f"chest_{syntax.name.split()[0]}.dcm"
        copy.save_as(out, enforce_file_format=True)
        files.append(out)
    proc = frozen(exe, tmp_path, "screen", "--json", *map(str, files))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["ok"] for r in results] == [True] * len(files)
    screener = Screener.load(find_default_model(BUNDLE / "_internal" / "edge_models"))
    for path, result in zip(files, results):
        assert abs(result["score"] - round(screener.screen_file(path).score, 4)) <= 1e-4, path


def test_frozen_refuses_the_hip(exe, tmp_path):
    hip = BUNDLE / "_internal" / "cxrscreen" / "samples" / "hip_CR_rle_refused.dcm"
    proc = frozen(exe, tmp_path, "screen", "--json", str(hip))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["error"]["code"] == "not_chest"


def test_frozen_ships_and_runs_the_input_check(exe, tmp_path):
    """The check's own folder (model, feature density, metadata) is in the bundle, and a negative
    chest (MONOCHROME2 pixels tagged MONOCHROME1) is inverted back there too."""
    folder = next((BUNDLE / "_internal" / "edge_models").glob("cxr-input-check/*"))
    shipped = {p.name for p in folder.iterdir()}
    assert {"model.tflite", "feature_density.npz", "metadata.json", "MODEL_CARD.md"} <= shipped
    meta = json.loads((folder / "metadata.json").read_text())
    assert meta.get("view_reference_file", "metadata.json") in shipped
    sample = BUNDLE / "_internal" / "cxrscreen" / "samples" / "adult_chest_CR_jpeg_baseline.dcm"
    import pydicom

    ds = pydicom.dcmread(sample)
    ds.PhotometricInterpretation = "MONOCHROME1"
    negative = tmp_path / "negative.dcm"
    ds.save_as(negative)
    proc = frozen(exe, tmp_path, "screen", "--json", str(negative))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["input_check"]["corrections"] == ["inverted"]


def test_bundle_contents_and_size():
    names = [p.name.lower() for p in BUNDLE.rglob("*")]
    assert not [n for n in names if "tensorflow" in n]
    assert not {"cxrtrain", "keras", "tests"} & set(names)
    assert list((BUNDLE / "_internal" / "edge_models").glob("*/*/model.tflite"))
    assert json.loads((BUNDLE / "_internal" / "BUILD_INFO.json").read_text())["models"]
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle size {size / 2**20:.1f} MB")
    assert size <= BUDGET_MB * 2**20


def test_frozen_sync_sends_image_and_report_to_orthanc(exe, tmp_path):
    """The sync path frozen: requests, TLS stack, pydicom writing and highdicom's (minified)
    standard tables building the structured report, against a real Orthanc."""
    import sys

    sys.path.insert(0, str(REPO / "tests"))
    from sync.orthanc_server import PASSWORD, USER, Orthanc, missing_reason

    if missing_reason():
        pytest.skip(missing_reason())
    server = Orthanc(tmp_path / "orthanc")
    server.start()
    try:
        sample = BUNDLE / "_internal" / "cxrscreen" / "samples" / "IM-0140-0001.jpeg"
        data = str(tmp_path / "data")
        made = frozen(exe, tmp_path, "--data-dir", data, "init", "--admin", "it", **SIGN_IN)
        assert made.returncode == 0 and "RECOVERY KEY" in made.stdout, made.stderr
        imported = frozen(exe, tmp_path, "--data-dir", data, "import", "--patient-id", "P-1",
                          str(sample), **SIGN_IN)
        assert imported.returncode == 0, imported.stdout + imported.stderr
        env_args = ("--data-dir", data, "sync")
        proc = subprocess.run([str(exe), *env_args], cwd=tmp_path, capture_output=True, text=True,
                              timeout=300,
                              env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"),
                                   "CXRSCREEN_SITE_CONFIG": str(tmp_path / "none.json"),
                                   "CXRSCREEN_SYNC_URL": server.url, "CXRSCREEN_SYNC_USER": USER,
                                   "CXRSCREEN_SYNC_PASSWORD": PASSWORD, **SIGN_IN})
        assert proc.returncode == 0, proc.stdout + proc.stderr + server.log_tail()
        assert server.count() == 2  # the image and its structured report
    finally:
        server.stop()


def test_bundle_ships_the_translations_compiled():
    """The bundle has no .ts and cannot compile one: its .qm files are built with it, and they
    speak French, Portuguese and Swahili (ui/language.py loads them)."""
    from PySide6.QtCore import QTranslator

    folder = BUNDLE / "_internal" / "cxrscreen" / "i18n"
    assert not list(folder.glob("*.ts"))
    title = "CXR Screen — chest X-ray screening aid"
    said = {}
    for lang in ("fr", "pt", "sw"):
        translator = QTranslator()
        assert translator.load(str(folder / f"cxrscreen_{lang}.qm")), lang
        said[lang] = translator.translate("MainWindow", title)
    assert said == {"fr": "CXR Screen — aide au dépistage sur radiographie thoracique",
                    "pt": "CXR Screen — auxiliar de rastreio em radiografia do tórax",
                    "sw": "CXR Screen — msaada wa uchunguzi wa X-ray ya kifua"}
    assert list((BUNDLE / "_internal").rglob("qtbase_fr.qm"))
