"""Start-up time of the desktop application: from launching the process to the case list shown.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_ui_startup.py [--cases 40]

Fills a temporary data folder with ``--cases`` screened cases (once), then starts the real window
in a fresh Python process ``--runs`` times and prints the wall-clock time from process launch to
the case list's first load (the model loads in the background after that, as in the app). Prints
numbers; asserts nothing (timings do not belong in the test suite).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests"))  # `import helpers`
JPEG = REPO / "desktop" / "cxrscreen" / "samples" / "IM-0140-0001.jpeg"


def child(data_dir: str) -> None:
    from PySide6.QtCore import QTimer

    from helpers.accounts import CLINICIAN, PASSWORDS

    from cxrscreen.ui.app import create_window, make_app, sign_in

    app = make_app([])
    started = time.perf_counter()
    # Signing in (Argon2id) is part of the start-up: the app's own path for a scripted start
    # (CXRSCREEN_USER and CXRSCREEN_PASSWORD), which imports the window while the key is derived.
    os.environ.update(CXRSCREEN_USER=CLINICIAN, CXRSCREEN_PASSWORD=PASSWORDS[CLINICIAN])
    store = sign_in(data_dir)
    print(f"SIGNIN {time.perf_counter() - started:.3f}", flush=True)
    window = create_window(store)

    def ready(count: int) -> None:
        print(f"READY {count}", flush=True)
        app.quit()

    window.case_list.loaded.connect(ready)
    window.resize(1366, 768)
    window.show()
    QTimer.singleShot(0, window.start)
    app.exec()
    window.shutdown()
    window.session.close()


def fill(data_dir: Path, cases: int) -> None:
    from cxrscreen.core.inference import Screener
    from helpers.accounts import store_for

    screener = Screener.load()
    base = JPEG.read_bytes()
    with store_for(data_dir) as store:
        for i in range(cases):  # distinct bytes, so each is a new case
            store.import_file(base + i.to_bytes(4, "big"), screener,
                              {"patient_id": f"BENCH-{i:03d}", "patient_age": "003Y"})


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "CXRSCREEN_SITE_CONFIG": os.devnull}
    os.environ.update(env)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        fill(data_dir, args.cases)
        times, sign_ins = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            proc = subprocess.Popen([sys.executable, __file__, "--child", str(data_dir)],
                                    stdout=subprocess.PIPE, text=True, env=env)
            for line in proc.stdout:
                if line.startswith("SIGNIN"):
                    sign_ins.append(float(line.split()[1]))
                if line.startswith("READY"):
                    times.append(time.perf_counter() - started)
                    break
            proc.wait(120)
        if not times:
            print("the window never showed its case list", file=sys.stderr)
            return 1
    print(f"start-up to case list ({args.cases} cases, {len(times)} runs): "
          f"median {statistics.median(times):.2f} s, max {max(times):.2f} s; of which signing in "
          f"median {statistics.median(sign_ins):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
