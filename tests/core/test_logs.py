"""The log file IT reads when something goes wrong."""

import logging
import os
import subprocess
import sys
from pathlib import Path


SAMPLES = Path(__file__).resolve().parents[2] / "desktop" / "cxrscreen" / "samples"


def test_store_commands_log_to_the_data_folder(tmp_path, model_dir):
    data = tmp_path / "data"  # does not exist yet: the first command must already be logged
    env = {**os.environ, "CXRSCREEN_MODELS_DIR": str(model_dir.parent.parent),
           "CXRSCREEN_USER": "it", "CXRSCREEN_PASSWORD": "it-pass-1"}
    out = subprocess.run([sys.executable, "-m", "cxrscreen", "--data-dir", str(data), "init",
                          "--admin", "it"], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    out = subprocess.run([sys.executable, "-m", "cxrscreen", "--data-dir", str(data), "import",
                          str(SAMPLES / "IM-0140-0001.jpeg"), str(SAMPLES / "hip_CR_rle_refused.dcm")],
                         capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 1, out.stderr  # the hip is refused
    out = subprocess.run([sys.executable, "-m", "cxrscreen", "--data-dir", str(data), "review",
                          "nonexistent", "--decision", "agree"], capture_output=True, text=True,
                         timeout=120, env=env)
    assert out.returncode != 0
    text = (data / "logs" / "cxrscreen.log").read_text()
    assert "init finished with exit status 0" in text and "signed in: it (admin)" in text
    assert "stored case" in text and "(not_chest)" in text
    # File names are not logged: consoles often name files after the patient.
    assert "IM-0140-0001" not in text and "hip_CR_rle_refused" not in text
    assert "review finished with exit status" in text


def test_unwritable_log_folder_does_not_stop_the_application(tmp_path):
    from cxrscreen.core.logs import setup_logging

    blocker = tmp_path / "data"
    blocker.mkdir()
    (blocker / "logs").write_text("a file where the folder should be")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert setup_logging(blocker) is None
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)


def test_a_full_disk_under_the_log_gives_one_quiet_line(tmp_path):
    """Issue 21: a full disk printed four '--- Logging error ---' tracebacks per command. The log
    file here is /dev/full, whose every write fails with ENOSPC, as on a full disk."""
    if not Path("/dev/full").exists():
        import pytest

        pytest.skip("no /dev/full on this system")
    data = tmp_path / "data"
    env = {**os.environ, "CXRSCREEN_USER": "it", "CXRSCREEN_PASSWORD": "it-pass-1",
           "CXRSCREEN_SITE_CONFIG": str(tmp_path / "no-site.json")}
    cmd = [sys.executable, "-m", "cxrscreen", "--data-dir", str(data)]
    assert subprocess.run(cmd + ["init", "--admin", "it"], capture_output=True, timeout=120,
                          env=env).returncode == 0
    log = data / "logs" / "cxrscreen.log"
    log.unlink()
    log.symlink_to("/dev/full")
    out = subprocess.run(cmd + ["cases"], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert "Logging error" not in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert out.stderr.count("the log cannot be written (No space left on device)") == 1
    assert "No cases stored yet." in out.stdout
