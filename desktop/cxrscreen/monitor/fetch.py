"""Bring the server's CXR Screen reports into the cache: list SR instances with QIDO-RS (paged with
limit/offset), retrieve the ones not cached yet with WADO-RS (a few at a time), and keep them in
batches. Uses core/sync's DICOMweb client, so authentication and TLS follow the sync's rules
(TLS always verified; the site's CA file when given).

If the server stops answering part way, what was fetched is kept and the summary says so; the
next run lists again and fetches only what is still missing.
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


def list_reports(client: DicomWebClient, page_size: int = 500) -> list[dict]:
    """Every SR instance on the server (study, series, SOP UID, manufacturer), page by page until
    an empty page (a server may cap a page below ``page_size``)."""
    rows, offset = [], 0
    fields = [STUDY, SERIES, SOP, MANUFACTURER_TAG]
    while True:
        page = client.search("/instances", {"Modality": "SR", "limit": str(page_size),
                                            "offset": str(offset), "includefield": fields})
        if not page:
            return rows
        rows += page
        offset += len(page)


def fetch_reports(conn: SyncConnection, cache: MonitorCache, page_size: int = 500,
                  workers: int = 4, batch: int = 200, progress: Progress | None = None
                  ) -> FetchSummary:
    """Never raises a SyncError: the summary carries it (with what was kept)."""
    summary = FetchSummary()
    client = DicomWebClient(conn, timeout=(5.0, 60.0))
    try:
        rows = list_reports(client, page_size)
    except SyncError as exc:
        summary.error = exc
        client.close()
        return summary
    client.close()
    summary.listed = len(rows)
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
                return item[2], parse_report(local.client.retrieve_instance(*item))
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
