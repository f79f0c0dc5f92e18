"""Offline-first sending of finalised cases to the hospital's DICOMweb server (STOW-RS).

    engine = SyncEngine(store, settings)
    report = engine.sync_all(progress=callback, cancel=threading.Event())
    auto = AutoSync(engine, interval=60); auto.start()
"""

from .auto import AutoSync
from .backoff import Backoff
from .dicomweb import (AuthError, CertificateError, DicomWebClient, NotConfigured, RejectedError,
                       ServerUnavailable)
from .engine import SyncEngine, SyncReport
from .outbox import Outbox, OutboxItem

__all__ = ["AutoSync", "AuthError", "Backoff", "CertificateError", "DicomWebClient",
           "NotConfigured", "Outbox", "OutboxItem", "RejectedError", "ServerUnavailable",
           "SyncEngine", "SyncReport"]
