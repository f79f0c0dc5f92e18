"""Start-up time of the desktop application: from launching the process to the case list shown.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_ui_startup.py [--cases 40]

Fills a temporary data folder with ``--cases`` screened cases (once), then starts the real window
in a fresh Python process ``--runs`` times and prints the wall-clock time from process launch to
the case list's first load (the model loads in the background after that, as in the app). Prints
numbers; asserts nothing (timings do not belong in the test suite).

Signing in is part of the start-up. By default the app's scripted path signs in
(CXRSCREEN_USER and CXRSCREEN_PASSWORD). With ``--typing S`` a person signs in on the dialog
instead, taking S seconds to type: the figures are then the time to the sign-in screen, the
time from pressing "Sign in" to the case list, and their sum (the machine's part).

With ``--locale fr_FR.UTF-8`` (or pt_MZ.UTF-8, sw_KE.UTF-8) the window starts in that system
language, with an empty translation cache: the first run also compiles the translation (once per
laptop and version of the .ts file), the others load it from the cache, as every later start does.
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


def type_password(typing: float) -> None:
    """A person at the sign-in dialog: once it shows, ``typing`` seconds, then "Sign in"."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from helpers.accounts import CLINICIAN, PASSWORDS

    from cxrscreen.ui.sign_in import SignInDialog

    def submit(dialog) -> None:
        dialog.name.setText(CLINICIAN)
        dialog.password.setText(PASSWORDS[CLINICIAN])
        print("SUBMIT", flush=True)
        dialog.button.click()

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SignInDialog) and dialog.isVisible():
            print("SHOWN", flush=True)
            QTimer.singleShot(int(typing * 1000), lambda: submit(dialog))
        else:
            QTimer.singleShot(5, look)

    QTimer.singleShot(0, look)


def child(data_dir: str, typing: float = 0.0) -> None:
    from PySide6.QtCore import QTimer

    from helpers.accounts import CLINICIAN, PASSWORDS

    from cxrscreen.ui.app import make_app, open_window

    app = make_app([])
    started = time.perf_counter()
    # Signing in (Argon2id) is part of the start-up: the app's own path for a scripted start
    # (CXRSCREEN_USER and CXRSCREEN_PASSWORD), which builds the window while the key is derived.
    if typing:
        type_password(typing)
    else:
        os.environ.update(CXRSCREEN_USER=CLINICIAN, CXRSCREEN_PASSWORD=PASSWORDS[CLINICIAN])
    window = open_window(data_dir)  # the app's own path: signs in, builds the window meanwhile
    print(f"SIGNIN {time.perf_counter() - started:.3f}", flush=True)

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
    from cxrscreen.core.screening.screener import Screener
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
    parser.add_argument("--typing", type=float, default=0.0,
                        help="sign in on the dialog, typing for this many seconds")
    parser.add_argument("--locale", default="", help="the system language, e.g. fr_FR.UTF-8")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.typing)
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "CXRSCREEN_SITE_CONFIG": os.devnull}
    os.environ.update(env)
    with tempfile.TemporaryDirectory() as tmp:
        if args.locale:
            env = {k: v for k, v in env.items() if not k.startswith(("LC_", "LANG"))}
            env.update(LANG=args.locale, CXRSCREEN_CACHE_DIR=str(Path(tmp) / "cache"))
        data_dir = Path(tmp) / "data"
        fill(data_dir, args.cases)
        times, sign_ins, shown, after_submit = [], [], [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            proc = subprocess.Popen([sys.executable, __file__, "--child", str(data_dir),
                                     "--typing", str(args.typing)],
                                    stdout=subprocess.PIPE, text=True, env=env)
            for line in proc.stdout:
                now = time.perf_counter() - started
                if line.startswith("SIGNIN"):
                    sign_ins.append(float(line.split()[1]))
                if line.startswith("SHOWN"):
                    shown.append(now)
                if line.startswith("SUBMIT"):
                    submitted = now
                if line.startswith("READY"):
                    times.append(now)
                    if args.typing:
                        after_submit.append(now - submitted)
                    break
            proc.wait(120)
        if not times:
            print("the window never showed its case list", file=sys.stderr)
            return 1
    if args.locale and len(times) > 1:
        print(f"{args.locale}: first start (compiles the translation) {times[0]:.2f} s; later "
              f"starts median {statistics.median(times[1:]):.2f} s")
    print(f"start-up to case list ({args.locale or 'system language'}, {args.cases} cases, "
          f"{len(times)} runs): "
          f"median {statistics.median(times):.2f} s, max {max(times):.2f} s; of which signing in "
          f"median {statistics.median(sign_ins):.2f} s")
    if args.typing:
        machine = [a + b for a, b in zip(shown, after_submit, strict=True)]
        print(f"on the sign-in dialog, typing {args.typing:.1f} s: to the sign-in screen median "
              f"{statistics.median(shown):.2f} s; from 'Sign in' to the case list median "
              f"{statistics.median(after_submit):.2f} s; the machine's part (their sum) median "
              f"{statistics.median(machine):.2f} s, max {max(machine):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
