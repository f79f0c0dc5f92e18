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
