"""Send every queued case to the hospital's DICOMweb server, once.

One STOW-RS request per case (its image and its structured report). Items are marked as tried
before the request and as sent after the server confirms them, each in its own transaction, so an
interrupted sync picks up where it stopped, and a repeated request is harmless: the UIDs are fixed,
and a DICOM server keeps one copy per SOP Instance UID.
"""

from __future__ import annotations

import logging
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

from ..settings import Settings, SyncConnection, check_settings_file, sync_connection
from ..store.case_store import CaseStore
from ..identity import DeviceIdentity, device_identity
from .backoff import Backoff
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..errors import (AuthError, CaseDamaged, CertificateError, InsecureServer, NotConfigured,
                      NotConfirmed, RejectedError, ServerUnavailable, StoreDamagedError, SyncError)
from .dicomweb import DicomWebClient
from ..store.damage import ROW_ERRORS, damaged
from ..store.outbox import Outbox, OutboxItem
from .reachability import tcp_reachable

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]  # (cases done, cases in this run, case id)
STOPPING_ERRORS = (AuthError, CertificateError, NotConfigured, InsecureServer)


@dataclass
class SyncReport:
    sent_cases: list[str] = field(default_factory=list)
    sent_instances: int = 0
    rejected: dict[str, str] = field(default_factory=dict)  # case id -> reason
    damaged: dict[str, str] = field(default_factory=dict)  # case id -> why it was set aside
    remaining: int = 0  # instances still queued after this run
    error: SyncError | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return (self.remaining == 0 and self.error is None and not self.rejected
                and not self.damaged)

    @property
    def needs_person(self) -> bool:
        """Retrying by itself will not help (bad password, certificate, refused data)."""
        return isinstance(self.error, STOPPING_ERRORS) or bool(self.rejected)

    def message(self) -> str:
        if self.ok:
            return f"All cases are on the server ({len(self.sent_cases)} sent now)."
        parts = [f"{len(self.sent_cases)} case(s) sent, {self.remaining} item(s) still queued."]
        if self.cancelled:
            parts.append("Sending was stopped.")
        if self.error is not None:
            parts.append(self.error.english)
        for case_id, reason in self.rejected.items():
            parts.append(f"Case {case_id[:8]}: {reason}")
        parts += self.damaged.values()
        return " ".join(parts)


class SyncEngine:
    def __init__(self, store: CaseStore, settings: Settings | SyncConnection,
                 backoff: Backoff | None = None, timeout: tuple[float, float] = (5.0, 120.0),
                 identity: DeviceIdentity | None = None) -> None:
        self.store = store
        if isinstance(settings, Settings):  # the per-user file must be as it was saved
            check_settings_file(store.data_dir, store.cipher)
        self.conn = (settings if isinstance(settings, SyncConnection)
                     else sync_connection(settings, store.cipher))
        self.backoff = backoff or Backoff()
        self.timeout = timeout
        self.outbox = Outbox(store)
        # Written into what is sent (SR and Secondary Capture); see core/identity.py.
        self.identity = identity or device_identity(
            settings if isinstance(settings, Settings) else None)
        self._running = threading.Lock()

    def identity_of(self, case) -> DeviceIdentity:
        """The identity the case was screened with; this laptop's, for a case stored before the
        identity was recorded with it."""
        s = case.screening
        if not s.device_name:
            return self.identity
        return DeviceIdentity(device_name=s.device_name, site=s.site,
                              app_version=s.app_version or self.identity.app_version)

    def check_reachable(self, timeout: float = 3.0) -> bool:
        return bool(self.conn.url) and tcp_reachable(self.conn.url, timeout)

    def sync_all(self, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> SyncReport:
        """Send all queued cases. Never raises a SyncError: the report says what happened."""
        report = SyncReport()
        if not self._running.acquire(blocking=False):
            report.error = SyncError(QT_TRANSLATE_NOOP(
                "SyncError", "Sending is already in progress."), code="busy")
            report.remaining = self.outbox.count()
            return report
        try:
            client = DicomWebClient(self.conn, self.timeout)
        except (NotConfigured, InsecureServer) as exc:
            self._running.release()
            report.error, report.remaining = exc, self.outbox.count()
            return report
        try:
            if self.outbox.count() and not self.check_reachable():
                # No network at all: say so at once rather than back off five times.
                raise ServerUnavailable(QT_TRANSLATE_NOOP(
                    "SyncError", "The hospital's server cannot be reached right now (no network, "
                    "or the server is down). Cases stay safely queued and are sent later."))
            self._run(client, report, progress, cancel)
        except ServerUnavailable as exc:
            report.error = exc
        finally:
            client.close()
            self._running.release()
        report.remaining = self.outbox.count()
        return report

    def _run(self, client: DicomWebClient, report: SyncReport, progress: Progress | None,
             cancel: threading.Event | None) -> None:
        groups = list(self.outbox.pending_by_case())
        for case_id, exc in self.outbox.set_aside.items():  # an outbox row edited: not sent
            report.damaged[case_id] = exc.message
            log.error("case %s not sent: %s", case_id, exc.what)
        for done, (case_id, items) in enumerate(groups):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return
            try:
                outcome = self._send_case(client, case_id, items, cancel)
            except RejectedError as exc:
                self.outbox.record_error(items, exc.english)
                report.rejected[case_id] = exc.message
                continue
            except CaseDamaged as exc:  # set aside: never sent as it is; the others go on
                self.outbox.record_error(items, exc.english)
                report.damaged[case_id] = exc.message
                log.error("case %s not sent: %s", case_id, exc.what)
                continue
            except SyncError as exc:  # unreachable after retries, auth, certificate: stop
                self.outbox.record_error(items, exc.english)
                report.error = exc
                report.cancelled = cancel is not None and cancel.is_set()
                return
            sent = [i for i in items if i.sop_uid in outcome.stored]
            if sent:
                self.outbox.mark_sent(sent)
                report.sent_instances += len(sent)
            if len(sent) == len(items):
                report.sent_cases.append(case_id)
            elif outcome.failed:
                reasons = "; ".join(outcome.failed.values())
                report.rejected[case_id] = translate("SyncError", QT_TRANSLATE_NOOP(
                    "SyncError", "The server did not store part of it ({reasons}).")).format(
                    reasons=reasons)
                self.outbox.record_error([i for i in items if i not in sent], reasons)
            if outcome.unconfirmed and not outcome.failed:
                # The server neither listed nor holds them: the same answer would come for the
                # next case (a sign-in page answering 200 [], a proxy): stop, keep all queued.
                exc = NotConfirmed(QT_TRANSLATE_NOOP(
                    "SyncError", "The server did not confirm that it stored case {case} "
                    "({unconfirmed} of its {items} item(s) are neither listed in its answer nor "
                    "found on it), so they stay queued. If this Wi-Fi has a sign-in page, sign "
                    "in, then sync again; if it happens again, ask your IT officer to check the "
                    "server address."), case=case_id[:8], unconfirmed=len(outcome.unconfirmed),
                    items=len(items))
                self.outbox.record_error([i for i in items if i.sop_uid in outcome.unconfirmed],
                                         exc.english)
                log.warning("case %s: %d item(s) not confirmed by the server", case_id,
                            len(outcome.unconfirmed))
                report.error = exc
                return
            if progress is not None:
                progress(done + 1, len(groups), case_id)

    def _send_case(self, client: DicomWebClient, case_id: str, items: list[OutboxItem],
                   cancel: threading.Event | None):
        parts, study_uid = self._instances(case_id, items)
        self.outbox.record_attempt(items)
        attempt = 0
        while True:
            try:
                return client.store(parts, study_uid)
            except ServerUnavailable:
                if attempt + 1 >= self.backoff.max_attempts:
                    raise
                log.info("server unavailable; retry %d for case %s", attempt + 1, case_id)
                if not self.backoff.wait(attempt, cancel):
                    raise
                attempt += 1

    def _instances(self, case_id: str,
                   items: list[OutboxItem]) -> tuple[list[tuple[str, bytes]], str]:
        """The instances to send, and the study they belong to (to look them up after)."""
        # pydicom and highdicom (about 0.4 s to import) only when something is sent: building
        # an engine is on the way to the window's case list when automatic sync is on.
        try:
            return self._build(case_id, items)
        except (StoreDamagedError, *ROW_ERRORS) as exc:
            raise damaged(case_id, exc) from None

    def _build(self, case_id: str,
               items: list[OutboxItem]) -> tuple[list[tuple[str, bytes]], str]:
        from .builders import image_instance, structured_report
        from .not_screened_report import not_screened_report

        case = self.store.get(case_id)
        identity = self.identity_of(case)
        image_bytes, header = image_instance(case, self.store.original_bytes(case), identity)
        parts = []
        for item in items:
            if item.kind == "image":
                parts.append((item.sop_uid, image_bytes))
            else:
                with warnings.catch_warnings():  # highdicom warns on one-word patient names
                    warnings.simplefilter("ignore", UserWarning)
                    sr = (not_screened_report(case, header, item.sop_uid, revision=item.id,
                                              identity=identity) if case.not_screened else
                          structured_report(case, header, item.sop_uid, self.outbox.review(item),
                                            revision=item.id, identity=identity))
                parts.append((item.sop_uid, sr))
        return parts, case.uids.study_uid
