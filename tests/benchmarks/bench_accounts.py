"""Benchmark: the cost of accounts and encryption. Prints numbers; asserts nothing about speed.

    .venv/bin/python tests/benchmarks/bench_accounts.py [--runs 10] [--cases 50]

- sign-in: CaseStore.open with the right password (Argon2id + unwrap + start-up clean-up), the
  same with a wrong password, and the key derivation alone;
- AES-GCM on a typical X-ray (a 2 MB file) and on a database value;
- listing cases (every row's identifying values are decrypted) for ``--cases`` cases.

Compare import throughput and start-up with bench_store_sync.py and bench_ui_startup.py run on
this branch and on the previous version (see docs/PERFORMANCE.md).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ -> `import helpers`
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from helpers.accounts import CLINICIAN, PASSWORDS, WORKER, open_as, set_up  # noqa: E402
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402

from cxrscreen.core.store import vault  # noqa: E402
from cxrscreen.core.errors import SignInError  # noqa: E402
from cxrscreen.core.store.case_store import CaseStore  # noqa: E402


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cases", type=int, default=50)
    args = parser.parse_args()
    params = vault.KdfParams.fresh()
    kdf = _median(lambda: vault.derive_key(PASSWORDS[CLINICIAN], params), args.runs)
    print(f"Argon2id (t={params.time_cost}, m={params.memory_kib} KiB, p={params.lanes}): "
          f"median {kdf * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        set_up(data).close()
        if have_data():
            with open_as(data) as store:
                for path in jpegs(args.cases):
                    store.import_file(path, FakeScreener(), {"patient_id": path.stem[:16],
                                                             "patient_name": "Bench^Child"})
        sign_in = _median(lambda: open_as(data).close(), args.runs)
        print(f"sign-in (open the store, right password, {args.cases} cases): "
              f"median {sign_in * 1000:.0f} ms")

        if have_data():
            with open_as(data) as store:
                listing = _median(store.list_cases, args.runs)
            print(f"list {args.cases} cases (decrypting each): median {listing * 1000:.1f} ms")
        else:
            print(f"listing skipped: {NO_DATA}")

        def wrong() -> None:  # as the health worker: the clinician is not slowed down
            try:
                CaseStore.open(data, WORKER, "not-the-password")
            except SignInError:
                pass
        print(f"sign-in refused (wrong password): median {_median(wrong, 3) * 1000:.0f} ms "
              "(3 runs; more would trip the rate limit)")
    cipher = vault.Cipher(vault.new_data_key())
    blob = bytes(2 << 20)
    seal = _median(lambda: cipher.seal(blob, "x"), args.runs)
    sealed = cipher.seal(blob, "x")
    opened = _median(lambda: cipher.open(sealed, "x"), args.runs)
    print(f"AES-GCM 2 MiB file: seal {seal * 1000:.1f} ms, open {opened * 1000:.1f} ms")
    value = b'{"patient_id": "KE-0001", "patient_name": "Someone^Child"}' * 2
    small = _median(lambda: cipher.seal(value, "cases.patient_json:id"), 1000)
    print(f"AES-GCM one database value: {small * 1e6:.0f} us")
    return 0


if __name__ == "__main__":
    sys.exit(main())
