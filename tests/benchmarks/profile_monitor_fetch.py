"""Where the monitor's first fetch spends its time: the server's CPU (Orthanc, read from /proc)
and the client's CPU per QIDO-RS listing row and per WADO-RS metadata request, against a private
Orthanc holding N reports made as in bench_monitor.py. Prints numbers, asserts nothing.

    PYTHONPATH=desktop:training:tests/sync:tests .venv/bin/python -u \
        tests/benchmarks/profile_monitor_fetch.py [--reports 2000] [--requests 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_monitor as bench  # noqa: E402
from orthanc_server import Orthanc, connection, missing_reason  # noqa: E402

from cxrscreen.core.sync import DicomWebClient  # noqa: E402
from cxrscreen.monitor.fetch import SERIES, SOP, STUDY, _value  # noqa: E402
from cxrscreen.monitor.records import parse_report  # noqa: E402


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(label: str, pid: int, n: int, work) -> None:
    server0, client0, wall0 = cpu_seconds(pid), time.process_time(), time.perf_counter()
    work()
    wall = time.perf_counter() - wall0
    print(f"{label}: {n} in {wall:.2f} s wall; per item {1000 * wall / n:.2f} ms wall, "
          f"server CPU {1000 * (cpu_seconds(pid) - server0) / n:.2f} ms, client CPU "
          f"{1000 * (time.process_time() - client0) / n:.2f} ms", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=1000)
    args = parser.parse_args()
    if missing_reason():
        print(f"skipped: {missing_reason()}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        server = Orthanc(Path(tmp) / "orthanc")
        server.start()
        try:
            template = bench.template(Path(tmp), server.url)
            bench.store_many(server.url, template, args.reports, 0, random.Random(12))
            conn, pid = connection(server.url), server.proc.pid
            client = DicomWebClient(conn)
            rows: list = []

            def listing():
                while page := client.search("/instances", {
                        "Modality": "SR", "limit": "1000", "offset": str(len(rows)),
                        "includefield": [STUDY, SERIES, SOP]}):
                    rows.extend(page)

            measure("QIDO-RS listing rows", pid, args.reports, listing)
            items = [(_value(r, STUDY), _value(r, SERIES), _value(r, SOP))
                     for r in rows][:args.requests]
            for workers in (1, 4, 8):
                local = threading.local()

                def one(item, local=local):
                    if not hasattr(local, "client"):
                        local.client = DicomWebClient(conn)
                    return parse_report(local.client.retrieve_metadata(*item))

                def run(workers=workers, one=one):
                    with ThreadPoolExecutor(workers) as pool:
                        list(pool.map(one, items))

                measure(f"WADO-RS metadata, {workers} worker(s)", pid, len(items), run)
            client.close()
        finally:
            server.kill()
    print(f"load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPU(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
