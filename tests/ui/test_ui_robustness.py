"""Bad input never crashes the window: it shows a plain message and changes nothing else."""

from __future__ import annotations

import shutil
import threading

from cxrscreen.core.errors import StoreError
from cxrscreen.ui.workers import ImportOutcome

from ui_helpers import HIP, SAMPLES, import_and_wait

JPEG = SAMPLES / "IM-0140-0001.jpeg"


def test_corrupt_empty_and_missing_files_are_refused_with_reasons(qtbot, window, tmp_path):
    corrupt = tmp_path / "corrupt.dcm"
    corrupt.write_bytes(b"\0" * 128 + b"DICM" + b"\x02\x00\x10\x00garbage" * 50)
    text = tmp_path / "notes.txt"
    text.write_text("not an image")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    out = import_and_wait(qtbot, window, [corrupt, text, empty, tmp_path / "gone.dcm"])
    assert isinstance(out, ImportOutcome)
    assert out.imported == [] and len(out.refused) == 4
    assert {r.code for r in out.refused} == {"unreadable"}
    shown = window.messages.text
    for name in ("corrupt.dcm", "notes.txt", "empty.png", "gone.dcm"):
        assert f"{name} cannot be screened" in shown
    assert window.messages.kind == "error"
    assert window.session.store.list_cases() == []
    assert window.case_list.table.rowCount() == 0


def test_a_full_disk_is_shown_and_stores_nothing(qtbot, window, monkeypatch):
    def full(*_a, **_k):
        raise StoreError("The disk is full: the case was not saved. Free some space.",
                         code="disk_full")

    monkeypatch.setattr(window.session.store, "import_file", full)
    out = import_and_wait(qtbot, window, [JPEG])
    assert [r.code for r in out.failed] == ["disk_full"]
    assert "The disk is full" in window.messages.text
    assert window.session.store.list_cases() == []


def test_an_unexpected_error_is_shown_not_swallowed(qtbot, window, monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(window.session, "import_files", boom)
    with qtbot.waitSignal(window.importFinished, timeout=10_000) as blocker:
        window.import_paths([JPEG])
    assert blocker.args[0].unexpected
    assert "kaboom" in window.messages.text and window.messages.kind == "error"
    assert not window.status.busy  # the progress bar is gone, the window usable


def test_duplicates_are_not_added_twice(qtbot, window):
    import_and_wait(qtbot, window, [JPEG])
    out = import_and_wait(qtbot, window, [JPEG])
    assert out.imported == [] and len(out.duplicates) == 1
    assert "already stored" in window.messages.text
    assert len(window.session.store.list_cases()) == 1


def test_a_batch_import_can_be_cancelled(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(6):  # different bytes each, so none is a duplicate
        (folder / f"x{i}.jpeg").write_bytes(JPEG.read_bytes() + bytes([i]) * (i + 1))
    # Cancel while the first file is being imported: the import waits there for the cancel, so
    # a fast machine cannot finish the batch first and a slow one cannot cancel before it starts.
    first_started, cancelled = threading.Event(), threading.Event()
    import_file = window.session.store.import_file

    def first_waits_for_cancel(*args, **kwargs):
        if not first_started.is_set():
            first_started.set()
            assert cancelled.wait(60)
        return import_file(*args, **kwargs)

    monkeypatch.setattr(window.session.store, "import_file", first_waits_for_cancel)
    with qtbot.waitSignal(window.importFinished, timeout=60_000) as blocker:
        window.import_paths([folder])
        assert window.status.busy  # the progress bar is shown
        assert first_started.wait(60)
        window.cancel_running()
        cancelled.set()
    out = blocker.args[0]
    assert out.cancelled and out.total == 6 and len(out.imported) == 1  # stopped after the first
    assert len(window.session.store.list_cases()) == len(out.imported)
    assert "Import stopped" in window.messages.text


def test_watched_folder_imports_new_exports(qtbot, window, tmp_path):
    import dataclasses

    folder = tmp_path / "console-export"
    folder.mkdir()
    window.session.apply_settings(dataclasses.replace(window.session.settings,
                                                      watched_folder=str(folder)))
    window.apply_settings()
    window.watcher._timer.setInterval(100)
    with qtbot.waitSignal(window.importFinished, timeout=30_000) as blocker:
        shutil.copy(JPEG, folder / "child-17.jpeg")
        shutil.copy(HIP, folder / "hip.dcm")
    out = blocker.args[0]
    if len(out.imported) + len(out.refused) < 2:  # the two files may arrive in two scans
        with qtbot.waitSignal(window.importFinished, timeout=30_000) as blocker:
            pass
        second = blocker.args[0]
        out.imported += second.imported
        out.refused += second.refused
    assert [c.source_name for c in out.imported] == ["child-17.jpeg"]
    assert [r.path.name for r in out.refused] == ["hip.dcm"]
