"""The watched folder, where the X-ray machine's console exports files.

New files are handed over once their size has stayed the same for one poll (so a file still being
copied is not read half-written). Each file is offered once per run; a file already stored is
recognised by the store (same bytes or same DICOM instance) and not added twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SKIP_SUFFIXES = {".part", ".tmp", ".crdownload", ".partial"}


class FolderWatcher(QObject):
    filesReady = Signal(list)  # list[Path]

    def __init__(self, parent: QObject | None = None, poll_ms: int = 2000) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _p: self._timer.start())
        self._timer = QTimer(self, interval=poll_ms)
        self._timer.timeout.connect(self.scan)
        self._sizes: dict[Path, int] = {}
        self._offered: set[Path] = set()

    def watch(self, folder: str | Path | None) -> None:
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self.folder = Path(folder) if folder else None
        self._sizes.clear()
        if self.folder is None or not self.folder.is_dir():
            self._timer.stop()
            return
        self._watcher.addPath(str(self.folder))
        self._timer.start()  # polling also catches network folders that send no events
        self.scan()

    def scan(self) -> None:
        if self.folder is None:
            return
        try:
            entries = [p for p in self.folder.iterdir() if p.is_file()
                       and not p.name.startswith(".") and p.suffix.lower() not in SKIP_SUFFIXES]
        except OSError:  # the folder was unplugged: try again at the next poll
            return
        ready = []
        for path in sorted(entries):
            if path in self._offered:
                continue
            try:
                size = path.stat().st_size
            except OSError:
                continue
            if size > 0 and self._sizes.get(path) == size:
                ready.append(path)
                self._offered.add(path)
                self._sizes.pop(path, None)
            else:
                self._sizes[path] = size
        if ready:
            self.filesReady.emit(ready)
