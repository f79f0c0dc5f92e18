"""Bring the server's CXR Screen reports into the cache: list SR instances with QIDO-RS (paged with
limit/offset), retrieve the ones not cached yet with WADO-RS (their DICOM JSON metadata, a few at a
time), and keep them in batches. Uses core/sync's DICOMweb client, so authentication and TLS follow
the sync's rules (TLS always verified; the site's CA file when given).

If the server stops answering part way, what was fetched is kept and the summary says so; the
next run fetches only what is still missing.

Listing is the slow part on a large server (Orthanc answers about 300 rows a second), so a run
that fetched everything remembers where the listing ended: the UID of the last row and its
position. The next run asks for the page that starts there; if the same UID is still at that
position, only the rows after it are new. If it is not (the server's order changed, something was
deleted), the whole list is read again. Nothing is ever skipped on a guess.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass

from ..core.errors import SyncError
from ..core.settings import SyncConnection
from ..core.sync.builders import MANUFACTURER
from ..core.sync.dicomweb import (AuthError, CertificateError, DicomWebClient, RejectedError,
                                  ServerUnavailable)
from .cache import MonitorCache
from .records import parse_report

log = logging.getLogger(__name__)
STUDY, SERIES, SOP, MANUFACTURER_TAG = "0020000D", "0020000E", "00080018", "00080070"
Progress = Callable[[int, int], None]  # (retrieved, to retrieve)


@dataclass
class FetchSummary:
    listed: int = 0  # SR instances on the server
    new: int = 0  # not in the cache before this run
    fetched: int = 0  # retrieved (or skipped by their manufacturer) and kept this run
    ours: int = 0  # of those, CXR Screen reports
    error: SyncError | None = None

    @property
    def complete(self) -> bool:
        return self.error is None and self.fetched == self.new

    def message(self) -> str:
        text = (f"{self.listed} report(s) on the server, {self.new} new, {self.fetched} fetched "
                f"now ({self.ours} from CXR Screen).")
        if self.error is not None:
            text += (f" Fetching stopped: {explain(self.error)} What was fetched is kept; run "
                     f"the same command again to fetch the rest.")
        return text


def explain(exc: SyncError) -> str:
    """The sync's errors in the monitor's words (nothing here is 'queued' or 'sent later')."""
    if isinstance(exc, AuthError):
        return ("The server refused the user name or password. Set CXRSCREEN_SYNC_USER and "
                "CXRSCREEN_SYNC_PASSWORD (or --user and type the password).")
    if isinstance(exc, CertificateError):
        return ("The server's certificate was not accepted (an impostor, or a changed or "
                "expired certificate). Give the hospital's CA certificate with --ca-file.")
    if isinstance(exc, ServerUnavailable):
        return "The server cannot be reached or stopped answering."
    return exc.message


def _value(row: dict, tag: str) -> str:
    return str(((row.get(tag) or {}).get("Value") or [""])[0])


def list_reports(client: DicomWebClient, page_size: int = 500, offset: int = 0) -> list[dict]:
    """SR instances on the server (study, series, SOP UID, manufacturer) from ``offset``, page
    by page until an empty page (a server may cap a page below ``page_size``)."""
    rows = []
    fields = [STUDY, SERIES, SOP, MANUFACTURER_TAG]
    while True:
        page = client.search("/instances", {"Modality": "SR", "limit": str(page_size),
                                            "offset": str(offset), "includefield": fields})
        if not page:
            return rows
        rows += page
        offset += len(page)


ANCHOR_OFFSET, ANCHOR_UID = "listing_anchor_offset", "listing_anchor_uid"


def _list_new(client: DicomWebClient, cache: MonitorCache, page_size: int
              ) -> tuple[list[dict], int]:
    """(rows to consider, the server's total). From the remembered anchor when it still holds,
    else everything."""
    anchor_offset, anchor_uid = cache.get_meta(ANCHOR_OFFSET), cache.get_meta(ANCHOR_UID)
    if anchor_offset is not None and anchor_uid:
        start = int(anchor_offset)
        rows = list_reports(client, page_size, start)
        if rows and _value(rows[0], SOP) == anchor_uid:
            return rows, start + len(rows)
        log.info("the server's listing changed since the last run: listing everything again")
    rows = list_reports(client, page_size)
    return rows, len(rows)


def fetch_reports(conn: SyncConnection, cache: MonitorCache, page_size: int = 500,
                  workers: int = 4, batch: int = 200, progress: Progress | None = None
                  ) -> FetchSummary:
    """Never raises a SyncError: the summary carries it (with what was kept)."""
    summary = FetchSummary()
    client = DicomWebClient(conn, timeout=(5.0, 60.0))
    try:
        rows, summary.listed = _list_new(client, cache, page_size)
    except SyncError as exc:
        summary.error = exc
        return summary
    finally:
        client.close()
    known = cache.known()
    todo, skipped = [], []
    for row in rows:
        sop = _value(row, SOP)
        if not sop or sop in known:
            continue
        known.add(sop)
        maker = _value(row, MANUFACTURER_TAG)
        if maker and maker != MANUFACTURER:
            skipped.append((sop, None))  # another program's report: no need to retrieve it
        else:
            todo.append((_value(row, STUDY), _value(row, SERIES), sop))
    summary.new = len(todo) + len(skipped)
    cache.add(skipped)
    summary.fetched = len(skipped)
    _retrieve_all(conn, cache, todo, summary, workers, batch, progress)
    if summary.complete and rows:  # everything up to here is cached: the next run starts here
        cache.set_meta(ANCHOR_OFFSET, str(summary.listed - 1))
        cache.set_meta(ANCHOR_UID, _value(rows[-1], SOP))
    return summary


def _retrieve_all(conn: SyncConnection, cache: MonitorCache, todo: list[tuple[str, str, str]],
                  summary: FetchSummary, workers: int, batch: int,
                  progress: Progress | None) -> None:
    local = threading.local()
    clients: list[DicomWebClient] = []
    stop = threading.Event()
    lock = threading.Lock()

    def one(item: tuple[str, str, str]):
        if stop.is_set():
            return item[2], "skipped"
        if not hasattr(local, "client"):
            local.client = DicomWebClient(conn, timeout=(5.0, 60.0))
            with lock:
                clients.append(local.client)
        for attempt in (1, 2):  # one retry: a kept-alive connection the server had closed
            try:
                return item[2], parse_report(local.client.retrieve_metadata(*item))
            except RejectedError:  # deleted on the server since it was listed
                return item[2], "gone"
            except ServerUnavailable:
                if attempt == 2 or stop.is_set():
                    raise
        raise AssertionError("unreachable")

    pending_batch: list = []
    done = 0
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = {pool.submit(one, item) for item in todo}
        while futures:
            finished, futures = wait(futures, return_when=FIRST_COMPLETED)
            for fut in finished:
                try:
                    sop, record = fut.result()
                except SyncError as exc:
                    if summary.error is None:
                        summary.error = exc
                    stop.set()
                    continue
                if isinstance(record, str):
                    continue
                pending_batch.append((sop, record))
                done += 1
                if len(pending_batch) >= batch:
                    _keep(cache, pending_batch, summary)
            if progress is not None:
                progress(done, len(todo))
    _keep(cache, pending_batch, summary)
    for c in clients:
        c.close()
    if summary.error is not None:
        log.warning("monitor fetch stopped: %s", summary.error.message)


def _keep(cache: MonitorCache, items: list, summary: FetchSummary) -> None:
    if items:
        cache.add(items)
        summary.fetched += len(items)
        summary.ours += sum(1 for _, r in items if r is not None)
        items.clear()
