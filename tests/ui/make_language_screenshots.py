"""Screenshots of the window in each language, from a real window on an X server (Xvfb), for
docs/i18n/ and docs/screenshots/i18n/; also prints any text cut off (tests/helpers/layout.py).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_language_screenshots.py

Each language runs in its own process, started with that language's system locale
(LANG=fr_FR.UTF-8, pt_MZ.UTF-8, sw_KE.UTF-8), as a laptop in the field would start it. The picture
is read back from the X server (QScreen.grabWindow), and the window's title as the X server has it
is printed with xdotool when it is installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LOCALES = {"fr": "fr_FR.UTF-8", "pt": "pt_MZ.UTF-8", "sw": "sw_KE.UTF-8", "en": "en_GB.UTF-8"}
SAMPLES = REPO / "desktop" / "cxrscreen" / "samples"


def one_language(lang: str, out: Path) -> int:
    sys.path.insert(0, str(REPO / "tests"))
    from helpers.accounts import store_for
    from helpers.layout import clipped_texts
    from PySide6.QtWidgets import QApplication

    from cxrscreen.ui.app import create_window, make_app
    from cxrscreen.ui.settings_dialog import SettingsDialog

    app = make_app([])
    tmp = Path(tempfile.mkdtemp())
    w = create_window(store_for(tmp / "data"))
    w.resize(1366, 768)
    w.show()
    w.start()

    def spin(cond, timeout=60.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end and not cond():
            app.processEvents()
            time.sleep(0.02)
        for _ in range(30):
            app.processEvents()
            time.sleep(0.01)

    def shot(name: str, widget=None) -> None:
        widget = widget or w
        spin(lambda: False, 0.3)
        picture = QApplication.primaryScreen().grabWindow(widget.winId())
        picture.save(str(out / f"{lang}-{name}.png"))
        problems = clipped_texts(widget)
        print(f"{lang}-{name}.png {widget.width()}x{widget.height()}: "
              f"{len(problems)} texts cut off", *problems, sep="\n  ")

    spin(lambda: w.session.model.ready)
    done = []
    w.importFinished.connect(done.append)
    w.import_paths([SAMPLES / "person1003_bacteria_2934.jpeg"])
    spin(lambda: done)
    case = done[-1].imported[0]
    w.case_list.select(case.id)
    spin(lambda: w.viewer.case_id == case.id)
    w.messages.hide()
    w.form.patient_id.setText("MU-2026-0117")
    w.form.age.setValue(3)
    if shutil.which("xdotool"):
        title = subprocess.run(["xdotool", "search", "--name", "CXR Screen", "getwindowname"],
                               capture_output=True, text=True).stdout.strip()
        print(f"{lang}: the X server's window title: {title}")
    shot("01-result")
    w.resize(1024, 600)
    shot("01-result-1024x600")
    w.resize(1366, 768)
    w.import_paths([SAMPLES / "hip_CR_rle_refused.dcm"])
    spin(lambda: len(done) == 2)
    shot("03-refused")
    d = SettingsDialog(w.session, ["screening", "balanced"], w)
    d.resize(max(760, d.sizeHint().width()), d.sizeHint().height())
    d.show()
    shot("05-settings", d)
    d.close()
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter

    from cxrscreen.ui.report import build_document

    doc = build_document(w.session.store, w.session.store.get(case.id))  # the printed report
    doc.setTextWidth(800)
    image = QImage(QSize(800, int(doc.size().height()) + 20), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    image.save(str(out / f"{lang}-06-report.png"))
    w.shutdown()
    w.session.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots" / "i18n")
    parser.add_argument("--languages", default="fr,pt,sw")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        return one_language(args.one, args.out)
    if not os.environ.get("DISPLAY"):
        print("No X server: run under xvfb-run (see the docstring).", file=sys.stderr)
        return 2
    status = 0
    for lang in args.languages.split(","):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
        env.update(LANG=LOCALES[lang], QT_QPA_PLATFORM="xcb",
                   CXRSCREEN_SITE_CONFIG=str(Path(tempfile.mkdtemp()) / "no-site.json"),
                   CXRSCREEN_CONFIG_DIR=tempfile.mkdtemp(), CXRSCREEN_CACHE_DIR=tempfile.mkdtemp())
        status |= subprocess.run([sys.executable, __file__, "--one", lang, "--out",
                                  str(args.out)], env=env).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
