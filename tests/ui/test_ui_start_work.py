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
