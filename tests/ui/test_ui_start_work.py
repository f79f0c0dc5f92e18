"""What the window does on its way to the case list must not include building the sync engine:
asking whether a server is set up built it, and importing its DICOM libraries took 0.8 s of a
1.6 s start-up (found by profiling tests/benchmarks/bench_ui_startup.py)."""

from __future__ import annotations


def test_the_window_knows_its_server_without_building_the_sync_engine(window, monkeypatch):
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", "https://pacs.example.org/dicom-web")
    window.session.apply_settings(window.session.settings)  # drops any engine already built
    conn = window.session.sync_connection()
    assert conn.configured and conn.url == "https://pacs.example.org/dicom-web"
    assert window.session._engine is None
    assert window.session.engine().conn == conn  # the same resolution as the engine's


def test_checking_the_server_builds_no_engine(window, monkeypatch):
    """The status bar's check (every 30 s, and at start) needs one TCP connection, not the
    engine: building it imported pydicom in a thread that competed with the case list."""
    monkeypatch.setenv("CXRSCREEN_SYNC_URL", "http://127.0.0.1:9/dicom-web")  # nothing listens
    window.session.apply_settings(window.session.settings)
    outcome = window.session.check_reach()
    assert outcome.configured and not outcome.reachable
    assert window.session._engine is None


def test_automatic_sync_builds_its_engine_in_its_own_thread(window, monkeypatch, qtbot):
    """With automatic sync on, start-up built the engine on the GUI thread before the case list
    (about 0.5 s of DICOM and HTTP imports); now AutoSync's thread builds it on first use."""
    import threading
    from dataclasses import replace

    monkeypatch.setenv("CXRSCREEN_SYNC_URL", "http://127.0.0.1:9/dicom-web")
    window.session.apply_settings(replace(window.session.settings, auto_sync=True))
    on_gui_thread = []
    build = window.session.engine

    def spy():
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return build()

    monkeypatch.setattr(window.session, "engine", spy)
    window.apply_settings()
    qtbot.waitUntil(lambda: bool(on_gui_thread), timeout=30_000)
    assert window.auto_sync is not None and on_gui_thread[0] is False


def test_the_sign_in_screen_shows_before_the_store_is_imported(data_dir):
    """The sign-in screen needs the folder's state only: importing the store first (NumPy, the
    image readers, the ciphers) kept a person waiting 0.3 s longer for it. They are imported
    while the person types (app.preload_window)."""
    import os
    import subprocess
    import sys

    from helpers.accounts import store_for

    store_for(data_dir).close()
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from cxrscreen.ui.sign_in import SignInDialog\n"
            "dialog = SignInDialog(sys.argv[1])\n"
            "dialog.show()\n"
            "app.processEvents()\n"
            "heavy = ('numpy', 'cryptography', 'cxrscreen.core.store.case_store')\n"
            "print(dialog.state, [m for m in heavy if m in sys.modules])\n")
    out = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True,
                         text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[0] == "ready []"
