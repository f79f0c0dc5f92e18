"""The real window in a real X server (Xvfb), driven with real X key presses and clicks (xdotool),
as a health worker's keyboard and mouse drive it: the application as `cxrscreen` starts it
(tests/ui/real_window.py adds only a probe that reports what the window shows).

Qt's test events (qtbot) go straight to a widget; real events go through the window system and
reach Qt's QWindow first. The lock screen swallowed them there and was a dead end for a person
while every qtbot test passed (issue 22). Every wait here is for a state the window reports, with
a timeout, never a fixed delay.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers.accounts import PASSWORDS, WORKER, set_up  # noqa: E402
from ui_helpers import SAMPLES  # noqa: E402
from xvfb import RealApp, Xvfb, missing_reason  # noqa: E402

CHILD = SAMPLES / "person1003_bacteria_2934.jpeg"
ADULT = SAMPLES / "adult_chest_CR_jpeg_baseline.dcm"  # 62 years old

pytestmark = pytest.mark.skipif(bool(missing_reason()), reason=missing_reason() or "-")


def start_app(request, tmp_path, model_dir, size) -> tuple[Xvfb, RealApp]:
    data = tmp_path / "data"
    if not data.exists():
        set_up(data).close()
    # The X-ray machine's export folder, where the file dialog opens (the last import's folder).
    exports = tmp_path / "exports"
    exports.mkdir(exist_ok=True)
    for sample in (CHILD, ADULT):
        shutil.copy(sample, exports / sample.name)
    (data / "ui_state.ini").write_text(f"[General]\nimport_dir={exports}\n")
    x = Xvfb(*size)
    request.addfinalizer(x.stop)
    app = RealApp(x, data, model_dir, {"CXRSCREEN_SITE_CONFIG": str(tmp_path / "no-site.json")})
    request.addfinalizer(app.close)
    return x, app


def sign_in(x: Xvfb, app: RealApp, user: str = WORKER) -> dict:
    """Type the name and password into the real sign-in dialog, as a person does."""
    app.wait(lambda s: s["modal"] == "SignInDialog" and s["modal_active"]
             and s["focus"] == "QLineEdit",
             "the sign-in dialog, with the name field ready for typing", 60)
    x.type(user)
    x.key("Tab")
    x.type(PASSWORDS[user])
    x.key("Return")
    return app.wait(lambda s: s.get("main") and s.get("model_ready") and s.get("active"),
                    "the main window, active, with the model loaded", 120)


def import_by_keyboard(x: Xvfb, app: RealApp, path: Path) -> dict:
    """Ctrl+O, type the file's name into the file dialog (which opens on the folder of the last
    import, see ``start_app``), Enter."""
    before = app.state()["rows"]
    x.key("ctrl+o")
    app.wait(lambda s: s["modal"] == "QFileDialog" and s["modal_active"]
             and s["focus"] == "QLineEdit",
             "the file dialog", 30)
    x.type(path.name)
    x.key("Return")
    done = app.wait(lambda s: s["modal"] == "QMessageBox" or (
        s["rows"] == before + 1 and s["case"] and not s["importing"] and not s["modal"]),
        f"{path.name} imported and open", 120)
    assert done["modal"] == "", done
    return app.focus_main_window()


@pytest.fixture
def netbook(request, tmp_path, model_dir):
    """The application on a 1024x600 screen, signed in as the health worker."""
    x, app = start_app(request, tmp_path, model_dir, (1024, 600))
    sign_in(x, app)
    return x, app


def test_lock_and_unlock_by_typing_and_nothing_reaches_the_case_form(netbook):
    x, app = netbook
    import_by_keyboard(x, app, CHILD)
    app.click_widget("window.form.patient_id")
    x.type("MU-1")
    app.wait(lambda s: s["patient_id"] == "MU-1", "the typed patient ID in the form", 30)

    x.key("ctrl+shift+l")
    app.wait(lambda s: s["locked"] and s["active"] and s["focus"] == "QLineEdit",
             "the lock screen", 30)
    # Behind the lock: Finalise (Ctrl+Enter) and Sync (F5) must do nothing. The three letters
    # typed after them go to the lock screen's password field; once they are there, every
    # event before them has been handled (X delivers them in order).
    x.key("ctrl+Return", "F5")
    x.type("zzz")
    locked = app.wait(lambda s: s["lock_password_len"] == 3,
                      "typed letters in the lock screen's password field", 30)
    assert locked["patient_id"] == "MU-1" and locked["stored_state"] == "screened"
    assert locked["modal"] == "" and locked["locked"]

    # A wrong password keeps it locked and says so.
    x.key("Return")
    app.wait(lambda s: s["lock_problem"] and s["lock_password_len"] == 0,
             "the lock screen refusing a wrong password", 60)
    assert app.state()["locked"]

    x.type(PASSWORDS[WORKER])
    app.wait(lambda s: s["lock_password_len"] == len(PASSWORDS[WORKER]), "the password typed", 30)
    app.click_widget("lock.button")  # Unlock, clicked with the mouse
    unlocked = app.wait(lambda s: not s["locked"], "the window unlocked", 60)
    assert unlocked["account"] == WORKER and unlocked["patient_id"] == "MU-1"
    assert unlocked["stored_state"] == "screened"

    # The form takes typing again, where it was left.
    app.click_widget("window.form.patient_id")
    x.key("End")
    x.type("7")
    app.wait(lambda s: s["patient_id"] == "MU-17", "typing in the form after unlocking", 30)


def assert_fits(app: RealApp, size) -> dict:
    found = app.ask("layout")["problems"]
    assert not found, f"at {size[0]}x{size[1]}:\n" + "\n".join(found)
    s = app.state()
    assert s["geometry"][2] <= size[0] and s["geometry"][3] <= size[1], s["geometry"]
    return s


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_every_control_is_on_the_screen_and_a_message_moves_nothing(request, tmp_path,
                                                                    model_dir, size):
    """At 1024x600 the window was 604 px tall (664 with a message), Finalise and the status bar
    were below the screen and the form's fields were squashed to 16 px over each other."""
    x, app = start_app(request, tmp_path, model_dir, size)
    s = sign_in(x, app)
    # Room for a window manager's title bar and panel on a 600 px screen.
    assert s["minimum"][0] <= 1024 and s["minimum"][1] <= 520, s["minimum"]
    assert s["finalise_enabled"] == [False, False]  # no case open
    assert_fits(app, size)

    def form_place() -> tuple:
        return tuple((p["x"], p["y"]) for p in (app.where("window.form.patient_id"),
                                                app.where("window.form.finalise_button")))

    import_by_keyboard(x, app, CHILD)
    app.wait(lambda s: s["viewer_case"] == s["case"], "the image shown", 60)
    assert app.state()["message"]  # "1 X-ray(s) screened."
    shown = form_place()
    assert_fits(app, size)
    app.click_widget("window.messages.close_button")  # dismissed with the mouse
    app.wait(lambda s: not s["message"], "the message hidden", 30)
    assert form_place() == shown  # the message went and the form stayed where it was
    assert_fits(app, size)
    app.click_widget("window.form.patient_id")
    x.key("ctrl+s")  # "Saved." comes: the form stays where it is
    app.wait(lambda s: s["message"] == "Saved.", "the Saved message", 30)
    assert form_place() == shown
    assert_fits(app, size)
    # A DICOM with a long file name, a long patient ID and the adult warning: still fits.
    import_by_keyboard(x, app, ADULT)
    app.wait(lambda s: s["viewer_case"] == s["case"], "the image shown", 60)
    assert_fits(app, size)


def test_finalising_asks_first_and_the_next_case_has_no_stale_finalised_bar(netbook, tmp_path):
    x, app = netbook
    shutil.copy(SAMPLES / "IM-0140-0001.jpeg", tmp_path / "exports" / "IM-0140-0001.jpeg")
    first = import_by_keyboard(x, app, CHILD)
    app.click_widget("window.form.patient_id")
    x.type("MU-2")
    app.click_widget("window.form.age")
    x.key("ctrl+a")
    x.type("4")
    app.wait(lambda s: s["patient_id"] == "MU-2", "the typed patient ID", 30)
    # Ctrl+Enter asks; Esc goes back and nothing is frozen.
    x.key("ctrl+Return")
    asked = app.wait(lambda s: s["modal"] == "QMessageBox" and s["modal_active"],
                     "the question before finalising", 30)
    assert "cannot be changed" in asked["modal_text"] and "MU-2" in asked["modal_text"]
    x.key("Escape")
    back = app.focus_main_window()
    assert back["stored_state"] == "screened" and back["case_state"] == "screened"
    # Ctrl+Enter, then Enter (the Finalise button): frozen and queued.
    x.key("ctrl+Return")
    app.wait(lambda s: s["modal"] == "QMessageBox" and s["modal_active"], "the question", 30)
    x.key("Return")
    app.focus_main_window()
    done = app.wait(lambda s: s["case_state"] == "finalised" and s["message"].startswith(
        "Finalised"), "the case finalised", 60)
    assert done["stored_state"] == "finalised" and done["finalise_enabled"] == [False, False]
    # The next child: no green "Finalised" bar left over from the one before.
    second = import_by_keyboard(x, app, SAMPLES / "IM-0140-0001.jpeg")
    assert second["case"] != first["case"]
    assert not second["message"].startswith("Finalised"), second["message"]
    assert second["finalise_enabled"] == [True, True]


def test_a_clinician_reviews_with_the_mouse_and_keyboard(request, tmp_path, model_dir):
    from helpers.accounts import CLINICIAN

    x, app = start_app(request, tmp_path, model_dir, (1366, 768))
    sign_in(x, app, CLINICIAN)
    case = import_by_keyboard(x, app, CHILD)["case"]
    x.key("ctrl+2")  # the Review tab
    app.wait(lambda s: app.where("window.review.buttons.agree")["visible"], "the review tab", 30)
    app.click_widget("window.review.buttons.agree")
    app.click_widget("window.review.note")
    x.type("Right lower zone opacity. Refer.")
    app.click_widget("window.review.save")
    done = app.wait(lambda s: s["message"] == "Review recorded.", "the review recorded", 60)
    assert done["case"] == case and done["review"] == ["agree", CLINICIAN,
                                                       "Right lower zone opacity. Refer."]
