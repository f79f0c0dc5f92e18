"""Benchmark: import throughput (read + screen + store, cases/s) and sync throughput (cases/s)
against a private local Orthanc. Prints numbers; asserts nothing about speed.

    .venv/bin/python tests/benchmarks/bench_store_sync.py [--cases 100] [--real-model]

Without --real-model the screening step is a stand-in (mean brightness), so the import figure
measures decoding, hashing, fsync'd writes and the SQLite transaction: the store's own cost.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402
from orthanc_server import Orthanc, connection, missing_reason  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ -> `import helpers`
from helpers.accounts import store_for  # noqa: E402
from cxrscreen.core.sync import SyncEngine  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100)
    parser.add_argument("--real-model", action="store_true", help="screen with the shipped model")
    args = parser.parse_args()
    if not have_data():
        print(f"skipped: {NO_DATA}")
        return 0
    screener = FakeScreener()
    if args.real_model:
        from cxrscreen.core.screening.screener import Screener

        screener = Screener.load()
    files = jpegs(args.cases)
    with tempfile.TemporaryDirectory() as tmp:
        store = store_for(Path(tmp) / "data")
        t0 = time.perf_counter()
        for path in files:
            store.import_file(path, screener, {"patient_id": path.stem[:16]}, finalise=True)
        t_import = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in files) / len(files) / 1024
        print(f"import: {len(files)} cases in {t_import:.2f} s = {len(files) / t_import:.1f} "
              f"cases/s (JPEG {size:.0f} KiB each, "
              f"{'real model' if args.real_model else 'stand-in screener'})")
        reason = missing_reason()
        if reason:
            print(f"sync: skipped ({reason})")
            return 0
        server = Orthanc(Path(tmp) / "orthanc")
        server.start()
        try:
            engine = SyncEngine(store, connection(server.url))
            t0 = time.perf_counter()
            report = engine.sync_all()
            t_sync = time.perf_counter() - t0
            assert report.ok, report.message()
            print(f"sync:   {len(report.sent_cases)} cases ({report.sent_instances} instances) in "
                  f"{t_sync:.2f} s = {len(report.sent_cases) / t_sync:.1f} cases/s "
                  "(STOW-RS, one request per case, local Orthanc)")
        finally:
            server.kill()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
