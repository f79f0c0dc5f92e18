"""Subprocess for the kill tests: imports, reviews and finalises cases in a loop until killed.

After each operation returns, a line is appended to the journal (flushed), so the test knows
what the store promised to keep: ``imported <id>``, ``reviewed <id>``, ``finalised <id>``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from store_fakes import FakeScreener, jpegs  # noqa: E402

from cxrscreen.core.store import AlreadyStored, CaseStore  # noqa: E402


def main(data_dir: str, journal: str, seed: str, offset: str) -> None:
    rng = random.Random(int(seed))
    store = CaseStore.open(Path(data_dir))
    screener = FakeScreener()
    with open(journal, "a", buffering=1) as log:
        for path in jpegs(400, offset=int(offset)):
            try:
                case = store.import_file(path, screener, {"patient_id": f"K{rng.randrange(999)}"},
                                         finalise=rng.random() < 0.5)
            except AlreadyStored:
                continue
            log.write(f"imported {case.id}\n")
            if case.state.value == "screened" and rng.random() < 0.5:
                store.finalise(case.id)
                log.write(f"finalised {case.id}\n")
            if rng.random() < 0.6:
                store.review(case.id, rng.choice(["agree", "disagree", "uncertain"]), "Dr K",
                             "note " * rng.randrange(1, 50))
                log.write(f"reviewed {case.id}\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
