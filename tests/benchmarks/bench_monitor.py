"""Benchmark: `cxrscreen monitor` against a private local Orthanc holding N CXR Screen reports.
Prints the first fetch, an incremental fetch with 100 new reports, and the report build times.
Asserts nothing about speed.

    .venv/bin/python tests/benchmarks/bench_monitor.py [--reports 10000] [--new 100]

The reports are one real report written by the app's own sync (a stored, reviewed case), copied
with new UIDs, devices (20), sites (4), weeks, scores and reviews, and stored with STOW-RS.
Targets (issue 12): first fetch <= 2 min on loopback, incremental <= 5 s, report <= 10 s.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ -> `import helpers`
from store_fakes import NO_DATA, FakeScreener, have_data, jpegs  # noqa: E402
from orthanc_server import Orthanc, connection, missing_reason  # noqa: E402

import pydicom  # noqa: E402
from pydicom.uid import generate_uid  # noqa: E402

from cxrscreen.core.settings import Settings, save_settings  # noqa: E402
from helpers.accounts import store_for  # noqa: E402
from cxrscreen.core.sync import DicomWebClient, SyncEngine  # noqa: E402
from cxrscreen.monitor.cache import MonitorCache  # noqa: E402
from cxrscreen.monitor.fetch import _pages, fetch_reports  # noqa: E402
from cxrscreen.monitor.metrics import summarise  # noqa: E402
from cxrscreen.monitor.reference import model_references  # noqa: E402
from cxrscreen.monitor.proposal import propose  # noqa: E402
from cxrscreen.monitor.report import write_report  # noqa: E402


def template(work: Path, url: str) -> bytes:
    store = store_for(work / "laptop")  # signed in as the clinician, who also reviews
    save_settings(Settings(device_name="bench", site="Bench site"), store.data_dir,
                  store.cipher)
    case = store.import_file(jpegs(1)[0], FakeScreener(), {"patient_id": "B0"}, finalise=True)
    engine = SyncEngine(store, connection(url))
    assert engine.sync_all().ok
    store.review(case.id, "agree")
    assert engine.sync_all().ok
    sop = store._con().execute("SELECT sop_uid FROM outbox WHERE kind = 'sr' ORDER BY id DESC"
                               ).fetchone()[0]
    store.close()
    client = DicomWebClient(connection(url))
    data = client.retrieve_instance(case.uids.study_uid, case.uids.sr_series_uid, sop)
    client.close()
    return data


def variant(tpl: bytes, rng: random.Random, n: int) -> tuple[str, bytes]:
    ds = pydicom.dcmread(io.BytesIO(tpl))
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    score = min(1.0, max(0.0, rng.betavariate(2, 3) + (0.1 if n % 20 == 3 else 0)))
    positive = score >= 0.5
    when = datetime(2026, 9, 1, tzinfo=timezone.utc) + timedelta(hours=rng.randrange(12 * 168))
    for item in ds.ContentSequence:
        name = item.ConceptNameCodeSequence[0]
        key = name.get("CodeValue") or name.get("LongCodeValue")
        if key == "SCORE":
            item.MeasuredValueSequence[0].NumericValue = f"{score:.6f}"
        elif key == "121071":
            code = item.ConceptCodeSequence[0]
            for attr in ("CodeValue", "LongCodeValue"):
                if attr in code:
                    delattr(code, attr)
            if positive:
                code.CodeValue = "PNEUMONIA-SIGNS"
            else:
                code.LongCodeValue = "NO-PNEUMONIA-SIGNS"
        elif key == "DEVICE-NAME":
            item.TextValue = f"laptop-{n % 20:02d}"
        elif key == "SITE":
            item.TextValue = f"Site {n % 4}"
        elif key == "SCREENED-AT":
            item.TextValue = when.isoformat()
        elif key == "REVIEW-DECISION":
            code = item.ConceptCodeSequence[0]
            code.CodeValue = "AGREE" if rng.random() < 0.9 else "DISAGREE"
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return ds.SOPInstanceUID, buf.getvalue()


def store_many(url: str, tpl: bytes, count: int, start: int, rng: random.Random) -> None:
    client = DicomWebClient(connection(url))
    for first in range(start, start + count, 100):
        batch = [variant(tpl, rng, n) for n in range(first, min(first + 100, start + count))]
        outcome = client.store(batch)
        assert len(outcome.stored) == len(batch), outcome.failed
    client.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--new", type=int, default=100)
    args = parser.parse_args()
    reason = missing_reason() or (None if have_data() else NO_DATA)
    if reason:
        print(f"skipped: {reason}")
        return 0
    rng = random.Random(12)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        server = Orthanc(work / "orthanc")
        server.start()
        try:
            tpl = template(work, server.url)
            t = time.perf_counter()
            store_many(server.url, tpl, args.reports - 2, 0, rng)
            print(f"filled Orthanc with {server.count()} instances in "
                  f"{time.perf_counter() - t:.1f} s")
            conn = connection(server.url)
            cache = MonitorCache(work / "out" / "cache.sqlite3", server.url)
            t = time.perf_counter()
            first = fetch_reports(conn, cache)
            records = cache.latest_records()
            first_s = time.perf_counter() - t
            print(f"first fetch: {first.fetched} reports ({len(records)} cases) in "
                  f"{first_s:.1f} s  (target <= 120 s)")
            listing = MonitorCache(work / "listing.sqlite3", server.url)  # no anchor: all
            client = DicomWebClient(conn)
            t = time.perf_counter()
            rows = sum(len(page) for page, _ in _pages(client, listing, 1000))
            print(f"  of which listing alone (QIDO-RS, pages of 1000): {rows} rows in "
                  f"{time.perf_counter() - t:.1f} s")
            client.close()
            listing.close()
            store_many(server.url, tpl, args.new, args.reports, rng)
            t = time.perf_counter()
            again = fetch_reports(conn, cache)
            records = cache.latest_records()
            inc_s = time.perf_counter() - t
            print(f"incremental fetch: {again.fetched} new of {again.listed} listed in "
                  f"{inc_s:.2f} s  (target <= 5 s)")
            t = time.perf_counter()
            summary = summarise(records, None, model_references(records))  # as the CLI does
            proposal = propose(records, min_positives=50, min_negatives=50)
            write_report(work / "out", summary, [r.score for r in records], proposal,
                         again.message(), server.url)
            rep_s = time.perf_counter() - t
            print(f"report build ({len(records)} cases, HTML + PDF): {rep_s:.2f} s  "
                  "(target <= 10 s)")
            cache.close()
        finally:
            server.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
