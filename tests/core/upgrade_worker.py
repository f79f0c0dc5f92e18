"""Runs the upgrade of a plain data folder, writing each step to a journal, then waits to be
killed (so a kill always hits a live process). Used by test_upgrade.py's kill -9 loop.

    python upgrade_worker.py DATA_DIR JOURNAL
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ -> `import helpers`

from cxrscreen.core.store.case_store import CaseStore  # noqa: E402

ADMIN, PASSWORD = "boss", "boss-pass-1"


def main(data_dir: str, journal_path: str) -> None:
    with open(journal_path, "a", encoding="utf-8") as journal:
        def note(line: str) -> None:
            journal.write(line + "\n")
            journal.flush()
            os.fsync(journal.fileno())

        note("start")
        store, _ = CaseStore.upgrade(Path(data_dir), ADMIN, PASSWORD, journal=note)
        store.close()
        note("opened")
    threading.Event().wait()  # until killed


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
