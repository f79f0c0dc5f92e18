"""Screenshots of the settings dialog and the report for docs/DESKTOP.md (05, 06), and of the
window offscreen (01-04 here are not used by the docs any more: the real window's, at 1024x600
and 1366x768, come from tests/ui/real_screenshots.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_screenshots.py [--out docs/screenshots]

Uses the default model (edge_models/, or CXRSCREEN_MODELS_DIR) and a temporary data folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data" / "real_dicom"
SIZE = (1366, 768)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # No site file (an empty /dev/null was read as a broken one and its error was in the shot).
    os.environ["CXRSCREEN_SITE_CONFIG"] = str(Path(tempfile.mkdtemp()) / "no-site.json")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter

    from cxrscreen.ui.app import create_window, make_app
    from cxrscreen.ui.report import build_document
    from cxrscreen.ui.settings_dialog import SettingsDialog

    app = make_app([])
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ -> `import helpers`
    from helpers.accounts import store_for

    w = create_window(store_for(tmp / "data"))
    w.resize(*SIZE)
    w.show()
    w.start()

    def spin(cond, timeout=60.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end and not cond():
            app.processEvents()
            time.sleep(0.02)
        for _ in range(20):
            app.processEvents()

    def shot(name: str, widget=None) -> None:
        (widget or w).grab().save(str(args.out / name))
        print("wrote", args.out / name)

    spin(lambda: w.session.model.ready)
    done = []
    w.importFinished.connect(done.append)
    samples = REPO / "desktop" / "cxrscreen" / "samples"
    w.import_paths([samples / "person1003_bacteria_2934.jpeg", samples / "IM-0140-0001.jpeg",
                    DATA / "SIIM_chest_CR_jpeg_baseline.dcm", DATA / "WG04_RG1_J2KI_chest_CR.dcm"])
    spin(lambda: done)
    child = done[-1].imported[0]  # the child with pneumonia: the app's intended use
    w.case_list.select(child.id)  # as a person would: click the row
    spin(lambda: w.viewer.case_id == child.id)
    w.messages.hide()
    w.form.patient_id.setText("MU-2026-0117")
    w.form.age.setValue(3)
    spin(lambda: False, 0.5)
    case = done[-1].imported[-1]
    w.case_list.select(case.id)
    spin(lambda: w.viewer.case_id == case.id)
    w.form.age.setValue(4)

    w.viewer.heat_toggle.setChecked(False)
    w.viewer.set_window(float(w.viewer._xray.raw.mean()), float(w.viewer._xray.raw.std()) * 2)
    spin(lambda: False, 0.3)
    w.viewer.view.zoom(2.0)
    shot("02-viewer-window-level-zoom.png")
    w.viewer.reset_windowing()
    w.viewer.view.fit()
    w.viewer.heat_toggle.setChecked(True)

    w.import_paths([DATA / "WG04_RG2_RLE_hip_CR.dcm"])
    spin(lambda: len(done) == 2)
    w.messages.hide()
    spin(lambda: False, 0.3)

    w.tabs.setCurrentWidget(w.review)
    w.review.buttons["agree"].setChecked(True)
    w.review.note.setPlainText("Lungs clear on my reading. No referral needed.")

    d = SettingsDialog(w.session, ["screening", "balanced"], w)
    d.url.setText("https://pacs.district-hospital.example/dicom-web")
    d.user.setText("unit-7")
    d.resize(760, d.sizeHint().height())
    d.show()
    spin(lambda: False, 0.3)
    shot("05-settings.png", d)
    d.close()

    doc = build_document(w.session.store, w.session.store.get(case.id))
    doc.setTextWidth(800)
    size = QSize(800, int(doc.size().height()) + 20)
    img = QImage(size, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    doc.drawContents(painter)
    painter.end()
    img.save(str(args.out / "06-report.png"))
    print("wrote", args.out / "06-report.png")
    w.shutdown()
    w.session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
