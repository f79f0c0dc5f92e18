"""The real window under Xvfb, real X keys and clicks (xdotool): a refused side view is sent, NOT
screened, for a clinician's reading (issue 22), at 1024x600 and 1366x768, with nothing cut off
or off the screen along the way."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers.not_screened import tag_lateral_dicom  # noqa: E402
from test_ui_real_window import assert_fits, sign_in, start_app  # noqa: E402
from xvfb import missing_reason  # noqa: E402

pytestmark = pytest.mark.skipif(bool(missing_reason()), reason=missing_reason() or "-")


def modal_fits(app, size) -> None:
    box = app.where("modal")
    assert box["found"] and box["x"] >= 0 and box["y"] >= 0, box
    assert box["x"] + box["w"] <= size[0] and box["y"] + box["h"] <= size[1], (box, size)


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_a_side_view_is_sent_for_reading_with_real_keys(request, tmp_path, model_dir, size):
    x, app = start_app(request, tmp_path, model_dir, size)
    side = tag_lateral_dicom(tmp_path / "exports", "side_view.dcm")
    sign_in(x, app)
    # Ctrl+O, the file's name, Enter: refused, and the bar offers the reading.
    x.key("ctrl+o")
    app.wait(lambda s: s["modal"] == "QFileDialog" and s["modal_active"]
             and s["focus"] == "QLineEdit", "the file dialog", 30)
    x.type(side.name)
    x.key("Return")
    refused = app.wait(lambda s: not s["importing"] and not s["modal"]
                       and "cannot be screened" in s["message"], "the refusal", 120)
    app.focus_main_window()
    assert "clinician" in refused["message_action"] and refused["rows"] == 0
    assert "may still show the chest" in refused["message"]
    assert_fits(app, size)
    # A click on the bar's button asks first; Esc goes back and nothing is stored.
    app.click_widget("window.messages.action")
    asked = app.wait(lambda s: s["modal"] == "QMessageBox" and s["modal_active"],
                     "the question before sending", 30)
    assert asked["modal_title"] == "Send without screening?"
    assert "did NOT screen this X-ray" in asked["modal_text"]
    modal_fits(app, size)
    x.key("Escape")
    back = app.focus_main_window()
    assert back["rows"] == 0 and back["case"] == ""
    # Again, and Enter (Send for reading): stored and opened, marked NOT SCREENED.
    app.click_widget("window.messages.action")
    app.wait(lambda s: s["modal"] == "QMessageBox" and s["modal_active"], "the question", 30)
    x.key("Return")
    app.focus_main_window()
    opened = app.wait(lambda s: s["case"] and s["case_kind"] == "not_screened"
                      and s["viewer_case"] == s["case"], "the not-screened case open", 60)
    assert opened["rows"] == 1 and opened["message"].startswith("Stored as NOT SCREENED")
    headline = app.where("window.result.headline")
    assert headline["text"] == "NOT SCREENED: sent for a clinician's reading"
    assert_fits(app, size)
    # The image stays usable under the explanation and beside the message.
    w, h = opened["image_size"]
    assert w >= 300 and h >= 180 and opened["image_uncovered"] >= 100, opened
    # Typed details, Ctrl+Enter: the question says NOT SCREENED; Enter finalises.
    app.click_widget("window.form.patient_id")
    x.key("ctrl+a")  # the DICOM's patient ID is there
    x.type("NS-3")
    app.wait(lambda s: s["patient_id"] == "NS-3", "the typed patient ID", 30)
    x.key("ctrl+Return")
    asked = app.wait(lambda s: s["modal"] == "QMessageBox" and s["modal_active"],
                     "the question before finalising", 30)
    assert "Result: NOT SCREENED" in asked["modal_text"] and "NS-3" in asked["modal_text"]
    modal_fits(app, size)
    x.key("Return")
    app.focus_main_window()
    done = app.wait(lambda s: s["stored_state"] == "finalised", "the case finalised", 60)
    assert done["case_kind"] == "not_screened"


def test_the_image_stays_usable_with_the_adult_warning_and_a_long_message(request, tmp_path,
                                                                           model_dir):
    """At 1024x600 the adult warning and a long message bar (a refused file beside the adult's
    X-ray) left the image about 130x80 px (issue 22)."""
    from test_ui_real_window import ADULT
    from ui_helpers import HIP

    x, app = start_app(request, tmp_path, model_dir, (1024, 600))
    shutil.copy(HIP, tmp_path / "exports" / HIP.name)
    sign_in(x, app)
    x.key("ctrl+o")  # both files at once, as the file dialog takes them: "a" "b"
    app.wait(lambda s: s["modal"] == "QFileDialog" and s["modal_active"]
             and s["focus"] == "QLineEdit", "the file dialog", 30)
    x.type(f'"{ADULT.name}" "{HIP.name}"')
    x.key("Return")
    shown = app.wait(lambda s: s["viewer_case"] == s["case"] and s["case"] and not s["modal"]
                     and "cannot be screened" in s["message"],
                     "the adult's image, with the import's long message", 120)
    app.focus_main_window()
    assert app.where("window.result.adult")["visible"]
    # The layout settles after the message shows (the result's text is laid out, then the image
    # fitted): wait for the sizes it must reach, rather than judge the first moment. Seen in a
    # cold first run: 334x144 at that moment, 401x162 once settled.
    settled = app.wait(lambda s: s["image_size"][0] >= 300 and s["image_size"][1] >= 160
                       and s["image_uncovered"] >= 90,
                       "the image at least 300x160 px, 90 px of it uncovered", 30)
    print("image", shown["image_size"], "then", settled["image_size"], "uncovered",
          settled["image_uncovered"])
    assert_fits(app, (1024, 600))
