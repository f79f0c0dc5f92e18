"""Any file-name bytes import (issue 21): a Latin-1 name (a_M\\xfcller.jpeg, as a console or a USB
stick formatted elsewhere writes it) crashed `import` with a traceback, and the rest of the folder
was not imported. Real files, the real command in a subprocess, a strict UTF-8 console."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, have_data, jpegs  # noqa: E402

pytestmark = pytest.mark.skipif(not have_data() or sys.platform == "win32", reason=NO_DATA)
LATIN1 = b"a_M\xfcller.jpeg"


@pytest.mark.parametrize("console", ["utf-8", ""])  # strict UTF-8, and the locale's default
def test_a_latin1_file_name_imports_with_the_rest_of_the_folder(tmp_path, model_dir, console):
    folder = tmp_path / "export"
    folder.mkdir()
    images = jpegs(3)
    shutil.copyfile(images[0], os.fsdecode(os.fsencode(folder) + b"/" + LATIN1))
    shutil.copyfile(images[1], folder / "b_plain.jpeg")
    shutil.copyfile(images[2], folder / "c_last.jpeg")
    env = {**os.environ, "CXRSCREEN_MODELS_DIR": str(model_dir.parent.parent),
           "CXRSCREEN_USER": "it", "CXRSCREEN_PASSWORD": "it-pass-1",
           "CXRSCREEN_SITE_CONFIG": str(tmp_path / "no-site.json")}
    if console:
        env["PYTHONIOENCODING"] = console
    cmd = [sys.executable, "-m", "cxrscreen", "--data-dir", str(tmp_path / "data")]
    assert subprocess.run(cmd + ["init", "--admin", "it"], env=env, capture_output=True,
                          timeout=120).returncode == 0
    out = subprocess.run(cmd + ["import", str(folder)], env=env, capture_output=True,
                         timeout=300)
    text = out.stdout.decode("utf-8", "replace") + out.stderr.decode("utf-8", "replace")
    assert out.returncode == 0, text
    assert "Traceback" not in text
    assert text.count("stored ") == 3 and "a_M\\xfcller.jpeg" in text
    listed = subprocess.run(cmd + ["cases", "--json"], env=env, capture_output=True, timeout=120)
    names = {json.loads(line)["source_name"] for line in listed.stdout.splitlines()}
    assert names == {"a_M\\xfcller.jpeg", "b_plain.jpeg", "c_last.jpeg"}
