"""The application as `cxrscreen` starts it (ui.app.run: sign-in dialog, main window, lock), plus a
probe on stdin so that a test driving it with real X events (tests/ui/xvfb.py) can ask what the
window shows. Nothing here acts on the window: the test acts through the X server only.

    python tests/ui/real_window.py --data-dir DIR [--model MODEL_DIR]

One command per line on stdin, one answer per line on stdout, prefixed "PROBE ":
    state            what the window shows now (JSON)
    where PATH       a widget's place on the screen, e.g. `where window.form.patient_id`
                     (roots: window, modal, lock)
    layout           the visible controls of the main window that are clipped, squashed or off
                     the screen (layout_check.problems)
    layout_modal     the same for the open dialog
    quit             close the application
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main_window():
    from PySide6.QtWidgets import QApplication

    from cxrscreen.ui.main_window import MainWindow

    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible():
            return w
    return None


def _resolve(path: str):
    from PySide6.QtWidgets import QApplication

    root, *attrs = path.split(".")
    window = main_window()
    obj = {"window": window, "modal": QApplication.activeModalWidget(),
           "lock": getattr(getattr(window, "lock", None), "screen", None)}[root]
    for attr in attrs:
        if obj is None:
            return None
        if isinstance(obj, dict):
            obj = obj.get(attr)
        else:
            obj = obj[int(attr)] if attr.isdigit() else getattr(obj, attr, None)
    return obj


def where(path: str) -> dict:
    from PySide6.QtCore import QPoint

    widget = _resolve(path)
    if widget is None:
        return {"found": False}
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return {"found": True, "visible": widget.isVisible(), "enabled": widget.isEnabled(),
            "x": top_left.x(), "y": top_left.y(), "w": widget.width(), "h": widget.height(),
            "cx": top_left.x() + widget.width() // 2, "cy": top_left.y() + widget.height() // 2,
            "text": widget.text() if hasattr(widget, "text") and callable(widget.text) else ""}


def state() -> dict:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance()
    modal = QApplication.activeModalWidget()
    focus = app.focusWidget()
    out = {"modal": type(modal).__name__ if modal else "",
           "modal_title": modal.windowTitle() if modal else "",
           # the X server's keyboard focus is on the dialog (Qt heard FocusIn): keys go there
           "modal_active": bool(modal and modal.isActiveWindow()),
           "modal_text": modal.text() if isinstance(modal, QMessageBox) else "",
           "focus": type(focus).__name__ if focus else "",
           "main": False}
    if isinstance(modal, QMessageBox):
        out["modal_buttons"] = [b.text() for b in modal.buttons()]
    window = main_window()
    if window is None:
        return out
    guard = getattr(window, "lock", None)
    case = window.case
    screen = window.screen().availableGeometry()
    out.update({
        "main": True, "active": window.isActiveWindow(), "winid": int(window.winId()),
        "model_ready": window.session.model.ready,
        "locked": bool(guard and guard.is_locked),
        "lock_password_len": len(guard.screen.password.text()) if guard and guard.screen else -1,
        "lock_problem": guard.screen.problem.text() if guard and guard.screen else "",
        "account": window.session.store.account.name if window.session.store else "",
        "case": case.id if case else "", "case_state": case.state.value if case else "",
        "case_kind": case.kind if case else "",
        "message_action": (window.messages.action.text()
                           if window.messages.action.isVisible() else ""),
        "image_size": [window.viewer.view.width(), window.viewer.view.height()],
        # the image's height not under a message floating over it (fit.FloatOver)
        "image_uncovered": window.viewer.view.height() - (
            max(0, window.messages.geometry().bottom() + 1 - window.viewer.view.y())
            if window.messages.isVisible() else 0),
        "stored_state": (window.session.store.get(case.id).state.value if case else ""),
        "patient_id": window.form.patient_id.text(),
        "review": (lambda r: [r.decision.value, r.reviewer, r.note] if r else None)(
            window.session.store.get(case.id).review if case else None),
        "message": window.messages.text, "message_kind": window.messages.kind,
        "rows": window.case_list.table.rowCount(),
        "importing": window._import_task is not None,
        "viewer_case": window.viewer.case_id or "",
        "geometry": [window.x(), window.y(), window.width(), window.height()],
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "finalise_enabled": [window.finalise_action.isEnabled(),
                             window.form.finalise_button.isEnabled()],
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
    })
    return out


def answer(line: str) -> dict:
    command, _, arg = line.strip().partition(" ")
    if command == "state":
        return state()
    if command == "where":
        return where(arg)
    if command == "row":  # the case list's row N, where a person clicks it
        table = main_window().case_list.table
        rect = table.visualRect(table.model().index(int(arg), 0))
        centre = table.viewport().mapToGlobal(rect.center())
        return {"found": rect.isValid(), "cx": centre.x(), "cy": centre.y(),
                "rows": table.rowCount()}
    if command == "minimum":  # minimum sizes of the main parts, widest first
        window = main_window()
        parts = {n: getattr(window, n) for n in ("case_list", "result", "viewer", "tabs",
                                                   "status", "disclaimer", "form", "review")}
        return {n: [w.minimumSizeHint().width(), w.minimumSizeHint().height()]
                for n, w in parts.items()} | {"window": [window.minimumSizeHint().width(),
                                                        window.minimumSizeHint().height()],
                                  "window_min": [window.minimumWidth(), window.minimumHeight()],
                                  "central_min": [window.centralWidget().minimumSizeHint().width(),
                                                  window.centralWidget().minimumSizeHint().height()],
                                  "size": [window.width(), window.height()],
                                  "splitter": window.splitter.sizes()}
    if command == "layout_modal":  # the same, for the open dialog
        from PySide6.QtWidgets import QApplication

        from layout_check import problems

        modal = QApplication.activeModalWidget()
        return {"problems": problems(modal) if modal else ["no dialog"],
                "geometry": [modal.x(), modal.y(), modal.width(), modal.height()] if modal
                else []}
    if command == "layout":
        from layout_check import problems

        window = main_window()
        return {"problems": problems(window) if window else ["no main window"]}
    if command == "quit":
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        QTimer.singleShot(0, QApplication.closeAllWindows)
        QTimer.singleShot(0, QApplication.quit)
        return {"ok": True}
    return {"error": f"unknown command {command!r}"}


def install_probe(app) -> None:
    from PySide6.QtCore import QSocketNotifier

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, app)

    def readable() -> None:
        line = sys.stdin.readline()
        if not line:  # the test went away
            notifier.setEnabled(False)
            app.quit()
            return
        try:
            reply = answer(line)
        except Exception as exc:  # noqa: BLE001 — the test shows it; the app goes on
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write("PROBE " + json.dumps(reply) + "\n")
        sys.stdout.flush()

    notifier.activated.connect(readable)
    app._probe = notifier  # kept alive with the application


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    from cxrscreen.ui.app import make_app, run

    install_probe(make_app([]))
    return run(argparse.Namespace(data_dir=args.data_dir, model=args.model))


if __name__ == "__main__":
    sys.exit(main())
