"""Helpers for the window tests (a uniquely named module: several test folders have a conftest)."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
J2K_CHEST = DATA / "real_dicom" / "WG04_RG1_J2KI_chest_CR.dcm"
SAMPLES = REPO / "desktop" / "cxrscreen" / "samples"
# The app ships this exact file (WG04_RG2_RLE_hip_CR.dcm) as a sample: always present.
HIP = SAMPLES / "hip_CR_rle_refused.dcm"
NO_SHARED = f"{J2K_CHEST} is missing (../shared/data is not beside the checkout)"

sys.path.insert(0, str(REPO / "tests" / "sync"))


def orthanc_module():
    """The sync tests' private-Orthanc helper (tests/sync/orthanc_server.py, formerly orthanc.py)."""
    try:
        import orthanc_server as module
    except ImportError:
        import orthanc as module
    return module


def import_and_wait(qtbot, window, paths, timeout=60_000):
    """Import through the window and return the typed outcome it reports."""
    with qtbot.waitSignal(window.importFinished, timeout=timeout) as blocker:
        window.import_paths([Path(p) for p in paths])
    return blocker.args[0]


def connect_to(window, server, auto_sync: bool = False) -> None:
    """Point the window's settings at ``server`` (as the settings dialog would)."""
    from cxrscreen.core.settings import with_password

    mod = orthanc_module()
    s = dataclasses.replace(window.session.settings, sync_url=server.url, sync_user=mod.USER,
                            auto_sync=auto_sync)
    window.session.apply_settings(with_password(s, window.session.store.cipher, mod.PASSWORD))
    window.apply_settings()


def press_sync_now(qtbot, window):
    """Press F5 ("Sync now") in the active window, as a person would; the sync's report."""
    from PySide6.QtCore import Qt

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=30_000)
    with qtbot.waitSignal(window.syncFinished, timeout=120_000) as blocker:
        qtbot.keyClick(window.case_list.table, Qt.Key.Key_F5)
    return blocker.args[0]


def answer_finalise(qtbot, window, finalise: bool = True) -> None:
    """Answer the question that finalising asks (ui/confirm.py), as a person clicking."""
    qtbot.waitUntil(lambda: window.finalise_box is not None and window.finalise_box.isVisible(),
                    timeout=10_000)
    box = window.finalise_box
    (box.finalise if finalise else box.go_back).click()
