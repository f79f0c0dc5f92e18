"""Subprocess for the kill tests: imports, reviews and finalises cases until it is killed.

It never ends by itself before its bound (``max_ops`` operations or ``max_seconds``), however fast
the machine: when the X-rays run out it keeps reviewing and finalising the cases it has. So a test
that kills it after some journal lines always kills it mid-work.

After each operation returns, a line is appended to the journal (flushed), so the test knows
what the store promised to keep: ``imported <id>``, ``reviewed <id>``, ``finalised <id>``.
"""

from __future__ import annotations

import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from store_fakes import JPEG_DIR, FakeScreener  # noqa: E402

from cxrscreen.core.errors import ImageRefused  # noqa: E402
from cxrscreen.core.errors import AlreadyStored  # noqa: E402
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ -> `import helpers`
from helpers.accounts import store_for  # noqa: E402


def main(data_dir: str, journal: str, seed: str, offset: str, max_ops: str = "100000",
         max_seconds: str = "300") -> None:
    rng = random.Random(int(seed))
    deadline = time.monotonic() + float(max_seconds)
    store = store_for(Path(data_dir))
    screener = FakeScreener()
    cases = store.list_cases()
    known = [c.id for c in cases]
    screened = [c.id for c in cases if c.state.value == "screened"]
    files = sorted((JPEG_DIR / "PNEUMONIA").glob("*.jpeg"))
    start = int(offset) % len(files)
    fresh = iter(files[start:] + files[:start])  # duplicates raise AlreadyStored: skipped
    with open(journal, "a", buffering=1) as log:
        for _ in itertools.repeat(None, int(max_ops)):
            if time.monotonic() > deadline:
                break
            roll = rng.random()
            path = next(fresh, None) if roll < 0.6 or not known else None
            if path is not None:
                try:
                    case = store.import_file(path, screener,
                                             {"patient_id": f"K{rng.randrange(999)}"},
                                             finalise=rng.random() < 0.3)
                except (AlreadyStored, ImageRefused):
                    continue
                log.write(f"imported {case.id}\n")
                known.append(case.id)
                if case.state.value == "screened":
                    screened.append(case.id)
            elif roll < 0.75 and screened:
                case_id = screened.pop(rng.randrange(len(screened)))
                store.finalise(case_id)
                log.write(f"finalised {case_id}\n")
            elif known:
                case_id = rng.choice(known)
                store.review(case_id, rng.choice(["agree", "disagree", "uncertain"]),
                             "note " * rng.randrange(1, 50))
                log.write(f"reviewed {case_id}\n")
            else:
                break  # nothing to import and no case to work on (no data)


if __name__ == "__main__":
    main(*sys.argv[1:])
