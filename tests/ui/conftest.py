"""Fixtures for the window tests: the shipped model (or a tiny one built once), a fresh data
folder per test, a private Orthanc, and no real user profile, site file or server touched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ -> `import helpers`

from ui_helpers import DATA, REPO, orthanc_module  # noqa: E402

# The window tests read English whatever the developer's desktop speaks (Qt reads the locale once,
# so before the application exists); test_ui_language.py starts each language itself.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)


def _has_model(root: Path) -> bool:
    return root.is_dir() and any(root.glob("*/*/metadata.json"))


@pytest.fixture(scope="session")
def model_dir(request, tmp_path_factory) -> Path:
    """CXRSCREEN_MODELS_DIR when set, else the shipped model, else a tiny model built once."""
    from cxrscreen.core.screening.litert import find_default_model

    env = os.environ.get("CXRSCREEN_MODELS_DIR")
    if env and _has_model(Path(env)):
        return find_default_model(Path(env))
    try:
        from helpers.models import model_dir_fixture  # shared with tests/core and tests/cli
    except ImportError:
        model_dir_fixture = None
    if model_dir_fixture is not None:
        return model_dir_fixture(request, tmp_path_factory)
    if _has_model(REPO / "edge_models"):
        return find_default_model(REPO / "edge_models")
    if not (DATA / "chest_xray").is_dir():
        pytest.skip(f"no shipped model and no training data at {DATA / 'chest_xray'}")
    work = tmp_path_factory.mktemp("tiny_model")
    cxrtrain = [sys.executable, "-m", "cxrtrain.cli"]
    subprocess.run([*cxrtrain, "train", "--config", str(REPO / "tests/training/tiny.toml"),
                    "--data", str(DATA / "chest_xray"), "--out", str(work / "run"),
                    "--cache", str(work / "cache")], check=True, capture_output=True)
    subprocess.run([*cxrtrain, "export", str(work / "run"), "--to", str(work / "models"),
                    "--cache", str(work / "cache")], check=True, capture_output=True)
    return find_default_model(work / "models")


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    monkeypatch.setenv("CXRSCREEN_SITE_CONFIG", str(tmp_path / "no-site.json"))
    monkeypatch.setenv("CXRSCREEN_CACHE_DIR", str(tmp_path / "cache"))  # compiled translations
    for name in ("CXRSCREEN_DATA_DIR", "CXRSCREEN_SYNC_URL", "CXRSCREEN_SYNC_USER",
                 "CXRSCREEN_SYNC_PASSWORD", "CXRSCREEN_DEVICE_NAME", "CXRSCREEN_SITE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def window(qtbot, data_dir, model_dir):
    """The real main window at 1366x768, started, with the model loaded."""
    from cxrscreen.ui.app import create_window, make_app

    make_app([])
    from helpers.accounts import store_for

    w = create_window(store_for(data_dir), model_dir)  # signed in as the clinician
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.session.model.ready or w.session.model.error is not None,
                    timeout=60_000)
    assert w.session.model.error is None, w.session.model.error
    yield w
    w.shutdown()
    w.session.close()


@pytest.fixture
def orthanc(tmp_path):
    """A private Orthanc with DICOMweb (the sync tests' helper); skipped when not installed."""
    mod = orthanc_module()
    reason = mod.missing_reason()
    if reason:
        pytest.skip(reason)
    server = mod.Orthanc(tmp_path / "orthanc")
    server.start()
    yield server
    server.stop()
