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

from ..core.errors import (AuthError, CertificateError, RejectedError, ServerUnavailable,
                           SyncError)
from ..core.settings import SyncConnection
from ..core.sync.builders import MANUFACTURER
from ..core.sync.dicomweb import DicomWebClient
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


ANCHOR_OFFSET, ANCHOR_UID = "listing_anchor_offset", "listing_anchor_uid"


def _pages(client: DicomWebClient, cache: MonitorCache, page_size: int):
    """Yield (page of rows, the server's count so far): from the remembered anchor when it still
    holds, else from the start."""
    def page_at(offset: int) -> list[dict]:
        return client.search("/instances", {"Modality": "SR", "limit": str(page_size),
                                            "offset": str(offset),
                                            "includefield": [STUDY, SERIES, SOP,
                                                             MANUFACTURER_TAG]})

    offset = 0
    anchor_offset, anchor_uid = cache.get_meta(ANCHOR_OFFSET), cache.get_meta(ANCHOR_UID)
    if anchor_offset is not None and anchor_uid:
        page = page_at(int(anchor_offset))
        if page and _value(page[0], SOP) == anchor_uid:
            offset = int(anchor_offset) + len(page)
            yield page, offset
        else:
            log.info("the server's listing changed since the last run: listing everything again")
    while True:
        page = page_at(offset)
        if not page:
            return
        offset += len(page)
        yield page, offset


def fetch_reports(conn: SyncConnection, cache: MonitorCache, page_size: int = 1000,
                  workers: int = 4, batch: int = 200, progress: Progress | None = None
                  ) -> FetchSummary:
    """List and retrieve at once (each page's new reports are retrieved while the next page is
    listed). Never raises a SyncError: the summary carries it (with what was kept)."""
    summary = FetchSummary()
    known = cache.known()
    retriever = _Retriever(conn, cache, summary, workers, batch, progress)
    client = DicomWebClient(conn, timeout=(5.0, 60.0))
    last_uid = ""
    try:
        for rows, listed in _pages(client, cache, page_size):
            summary.listed = listed
            last_uid = _value(rows[-1], SOP)
            todo, skipped = [], []
            for row in rows:
                sop = _value(row, SOP)
                if not sop or sop in known:
                    continue
                known.add(sop)
                maker = _value(row, MANUFACTURER_TAG)
                if maker and maker != MANUFACTURER:
                    skipped.append((sop, None))  # another program's report: not retrieved
                else:
                    todo.append((_value(row, STUDY), _value(row, SERIES), sop))
            summary.new += len(todo) + len(skipped)
            cache.add(skipped)
            summary.fetched += len(skipped)
            retriever.submit(todo)
            if retriever.stop.is_set():
                break
    except SyncError as exc:
        summary.error = summary.error or exc
    finally:
        client.close()
        retriever.finish()
    if summary.complete and last_uid:  # everything listed is cached: the next run starts here
        cache.set_meta(ANCHOR_OFFSET, str(summary.listed - 1))
        cache.set_meta(ANCHOR_UID, last_uid)
    if summary.error is not None:
        log.warning("monitor fetch stopped: %s", summary.error.message)
    return summary


class _Retriever:
    """WADO-RS metadata requests in a small pool (one HTTP session per thread); results are kept
    in the cache in batches, in the caller's thread."""

    def __init__(self, conn: SyncConnection, cache: MonitorCache, summary: FetchSummary,
                 workers: int, batch: int, progress: Progress | None) -> None:
        self.conn, self.cache, self.summary = conn, cache, summary
        self.batch, self.progress = batch, progress
        self.pool = ThreadPoolExecutor(max_workers=max(1, workers))
        self.futures: set = set()
        self.local = threading.local()
        self.clients: list[DicomWebClient] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.pending: list = []
        self.done = self.submitted = 0

    def submit(self, todo: list[tuple[str, str, str]]) -> None:
        self.submitted += len(todo)
        self.futures |= {self.pool.submit(self._one, item) for item in todo}
        self._collect(block=False)

    def finish(self) -> None:
        self._collect(block=True)
        self.pool.shutdown(wait=True)
        _keep(self.cache, self.pending, self.summary)
        for client in self.clients:
            client.close()

    def _one(self, item: tuple[str, str, str]):
        if self.stop.is_set():
            return item[2], "skipped"
        if not hasattr(self.local, "client"):
            self.local.client = DicomWebClient(self.conn, timeout=(5.0, 60.0))
            with self.lock:
                self.clients.append(self.local.client)
        for attempt in (1, 2):  # one retry: a kept-alive connection the server had closed
            try:
                return item[2], parse_report(self.local.client.retrieve_metadata(*item))
            except RejectedError:  # deleted on the server since it was listed
                return item[2], "gone"
            except ServerUnavailable:
                if attempt == 2 or self.stop.is_set():
                    raise
        raise AssertionError("unreachable")

    def _collect(self, block: bool) -> None:
        while self.futures:
            finished, self.futures = wait(self.futures, timeout=None if block else 0,
                                          return_when=FIRST_COMPLETED)
            if not finished:
                return
            for fut in finished:
                try:
                    sop, record = fut.result()
                except SyncError as exc:
                    if self.summary.error is None:
                        self.summary.error = exc
                    self.stop.set()
                    continue
                if isinstance(record, str):
                    continue
                self.pending.append((sop, record))
                self.done += 1
                if len(self.pending) >= self.batch:
                    _keep(self.cache, self.pending, self.summary)
            if self.progress is not None:
                self.progress(self.done, self.submitted)


def _keep(cache: MonitorCache, items: list, summary: FetchSummary) -> None:
    if items:
        cache.add(items)
        summary.fetched += len(items)
        summary.ours += sum(1 for _, r in items if r is not None)
        items.clear()
