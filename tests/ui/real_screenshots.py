"""Screenshots of the real window for the docs, at the netbook's 1024x600 and a laptop's 1366x768:
the application as `cxrscreen` starts it, in its own Xvfb, driven with real X key presses and
clicks (tests/ui/xvfb.py), captured from the X server (ImageMagick's `import`). Xvfb has no
window manager, so windows have no title bar and the whole screen is the window's.

    .venv/bin/python tests/ui/real_screenshots.py [--out docs/screenshots] [--size 1024x600 ...]

Uses the shipped model, the app's samples and a temporary data folder.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "tests"))

SAMPLES = REPO / "desktop" / "cxrscreen" / "samples"
CHILD = SAMPLES / "person1003_bacteria_2934.jpeg"
ADULT = SAMPLES / "adult_chest_CR_jpeg_baseline.dcm"
HIP = SAMPLES / "hip_CR_rle_refused.dcm"


def take(size: tuple[int, int], out: Path, user: str) -> list[Path]:
    from helpers.accounts import PASSWORDS, set_up
    from test_ui_real_window import import_by_keyboard
    from xvfb import RealApp, Xvfb

    tmp = Path(tempfile.mkdtemp())
    data, exports = tmp / "data", tmp / "exports"
    set_up(data).close()
    exports.mkdir()
    for f in (CHILD, ADULT, HIP):
        shutil.copy(f, exports / f.name)
    try:  # the real SIIM chest, tagged as a side view (needs ../shared/data)
        from helpers.not_screened import tag_lateral_dicom

        side = tag_lateral_dicom(exports, "side_view_chest.dcm")
    except BaseException:  # noqa: BLE001 (pytest's skip when ../shared is absent)
        side = None
    (data / "ui_state.ini").write_text(f"[General]\nimport_dir={exports}\n")
    x = Xvfb(*size)
    app = RealApp(x, data, None, {"CXRSCREEN_SITE_CONFIG": str(tmp / "no-site.json"),
                                  "CXRSCREEN_DEVICE_NAME": "unit-7", "CXRSCREEN_SITE": "Mobile unit 7"})
    prefix = f"{size[0]}x{size[1]}"
    written: list[Path] = []

    def shot(name: str) -> None:
        app.ask("layout")  # one more turn of the event loop: everything painted
        path = out / f"{prefix}-{name}.png"
        x.screenshot(path)
        written.append(path)
        print("wrote", path)

    def settle_image() -> None:
        app.wait(lambda s: s["viewer_case"] == s["case"] and s["case"], "the image", 60)

    try:
        app.wait(lambda s: s["modal"] == "SignInDialog" and s["modal_active"]
                 and s["focus"] == "QLineEdit", "the sign-in dialog", 60)
        x.type(user)
        shot("01-sign-in")
        x.key("Tab")
        x.type(PASSWORDS[user])
        x.key("Return")
        app.wait(lambda s: s.get("main") and s.get("model_ready") and s.get("active"),
                 "the main window", 120)
        import_by_keyboard(x, app, CHILD)
        settle_image()
        app.click_widget("window.messages.close_button")
        app.click_widget("window.form.patient_id")
        x.type("MU-2026-0117")
        app.click_widget("window.form.age")
        x.key("ctrl+a")
        x.type("3")
        app.click_widget("window.form.notes")
        x.type("Cough and fast breathing for 4 days.")
        app.wait(lambda s: s["patient_id"] == "MU-2026-0117", "the typed details", 30)
        x.key("ctrl+s")
        app.wait(lambda s: s["message"] == "Saved.", "saved", 30)
        app.click_widget("window.messages.close_button")
        app.wait(lambda s: not s["message"], "no message", 30)
        shot("02-case-result")
        x.key("ctrl+Return")
        app.wait(lambda s: s["modal"] == "QMessageBox" and s["modal_active"], "question", 30)
        shot("03-finalise-question")
        x.key("Escape")
        app.focus_main_window()
        import_by_keyboard(x, app, ADULT)
        settle_image()
        app.click_widget("window.messages.close_button")
        app.wait(lambda s: not s["message"], "no message", 30)
        shot("04-adult-warning")
        import_by_keyboard_refused(x, app, HIP)
        shot("05-refused-hip")
        if side is not None:  # a refused side view, sent NOT screened for a reading (issue 22)
            import_by_keyboard_refused(x, app, side)
            shot("09-refused-side-view")
            app.click_widget("window.messages.action")
            app.wait(lambda s: s["modal"] == "QMessageBox" and s["modal_active"], "ask", 30)
            shot("10-send-for-reading-question")
            x.key("Return")
            app.focus_main_window()
            app.wait(lambda s: s["case_kind"] == "not_screened" and s["viewer_case"] == s["case"],
                     "the not-screened case", 60)
            shot("11-not-screened-case")
        if user != "nurse.achieng":
            # The child: below the adult and, when one was sent for reading, the side view.
            row = app.ask("row 2" if side is not None else "row 1")
            x.click(row["cx"], row["cy"])
            settle_image()
            if app.where("window.messages.close_button").get("visible"):
                app.click_widget("window.messages.close_button")
            x.key("ctrl+2")
            app.click_widget("window.review.buttons.agree")
            app.click_widget("window.review.note")
            x.type("Right lower zone opacity on my reading. Refer.")
            shot("06-clinician-review")
        x.key("F1")
        app.wait(lambda s: s["modal"] == "HelpDialog" and s["modal_active"], "help", 30)
        shot("07-help")
        x.key("Escape")
        app.focus_main_window()
        x.key("ctrl+shift+l")
        app.wait(lambda s: s["locked"] and s["active"], "locked", 30)
        shot("08-locked")
    finally:
        app.close()
        x.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return written


def import_by_keyboard_refused(x, app, path: Path) -> None:
    x.key("ctrl+o")
    app.wait(lambda s: s["modal"] == "QFileDialog" and s["modal_active"]
             and s["focus"] == "QLineEdit", "the file dialog", 30)
    x.type(path.name)
    x.key("Return")
    app.wait(lambda s: "cannot be screened" in s.get("message", "") and not s["modal"],
             "the refusal", 120)
    app.focus_main_window()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--size", action="append", default=None)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = args.size or ["1024x600", "1366x768"]
    for text in sizes:
        w, h = (int(v) for v in text.split("x"))
        take((w, h), args.out, "nurse.achieng" if (w, h) == (1024, 600) else "dr.mwangi")
    return 0


if __name__ == "__main__":
    sys.exit(main())
