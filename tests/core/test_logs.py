"""The log file IT reads when something goes wrong."""

import logging
import subprocess
import sys


def test_store_commands_log_to_the_data_folder(tmp_path):
    data = tmp_path / "data"
    out = subprocess.run([sys.executable, "-m", "cxrscreen", "--data-dir", str(data), "cases"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    out = subprocess.run([sys.executable, "-m", "cxrscreen", "--data-dir", str(data), "review",
                          "nonexistent", "--decision", "agree"], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode != 0
    log = data / "logs" / "cxrscreen.log"
    assert log.is_file()
    assert log.stat().st_size > 0


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
