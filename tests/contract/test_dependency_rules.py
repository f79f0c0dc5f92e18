"""The dependency rules of docs/ARCHITECTURE.md: core is headless (no Qt, no TensorFlow) and the
application never imports training."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

PROBE = r"""
import importlib, json, pkgutil, sys
import cxrscreen, cxrscreen.core, cxrscreen.cli, cxrscreen.cli.screen
names = [m.name for m in pkgutil.walk_packages(cxrscreen.core.__path__, "cxrscreen.core.")]
for name in names:
    importlib.import_module(name)
heavy = ("PySide6", "tensorflow", "keras", "cxrtrain", "cxrscreen.ui")
print(json.dumps({"imported": names,
                  "heavy": sorted(m for m in sys.modules if m.split(".")[0] in heavy
                                  or m.startswith("cxrscreen.ui"))}))
"""


def test_core_and_cli_import_neither_qt_nor_tensorflow():
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=120, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "cxrscreen.core.xray.contract" in report["imported"]
    assert "cxrscreen.core.screening.screener" in report["imported"]
    assert report["heavy"] == []


def test_import_linter_contracts_hold():
    exe = Path(sys.executable).with_name("lint-imports")
    if not exe.exists():
        exe = shutil.which("lint-imports")
        if exe is None:
            pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    proc = subprocess.run([str(exe), "--no-cache"], capture_output=True, text=True, timeout=300,
                          cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "KEPT" in proc.stdout and "BROKEN" not in proc.stdout


MONITOR_PROBE = r"""
import importlib, json, pkgutil, sys
import cxrscreen.monitor, cxrscreen.cli.monitor
names = [m.name for m in pkgutil.walk_packages(cxrscreen.monitor.__path__, "cxrscreen.monitor.")]
for name in names:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules
                        if m.split(".")[0] in ("PySide6", "matplotlib", "tensorflow")
                        or m.startswith("cxrscreen.ui"))))
"""


def test_monitor_imports_no_qt_and_loads_matplotlib_only_to_draw():
    """The monitor runs on a hospital server without Qt; matplotlib (its own extra, never in the
    field bundle) is imported only when a report is drawn."""
    proc = subprocess.run([sys.executable, "-c", MONITOR_PROBE], capture_output=True, text=True,
                          timeout=120, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []


SCREEN_PROBE = r"""
import json, sys
from cxrscreen.cli import main
code = main(["screen", "--json", "--model", sys.argv[1], sys.argv[2]])
print(json.dumps({"code": code, "loaded": sorted(
    m for m in ("cryptography", "argon2", "cxrscreen.core.store.case_store", "cxrscreen.core.store.accounts",
                "pydicom", "requests", "PySide6") if m in sys.modules)}))
"""


def test_screen_loads_neither_the_store_nor_its_cryptography(model_dir):
    """`cxrscreen screen` stores nothing, so it must not pay for loading the store, the accounts
    and their cryptography (they cost it about a tenth of a second at every start)."""
    from helpers.data import chest_jpegs

    proc = subprocess.run([sys.executable, "-c", SCREEN_PROBE, str(model_dir),
                           str(chest_jpegs(1)[0])], capture_output=True, text=True, timeout=120,
                          cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report == {"code": 0, "loaded": []}
