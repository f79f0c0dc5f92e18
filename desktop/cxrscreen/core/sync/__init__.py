"""Offline-first sending of finalised cases to the hospital's DICOMweb server (STOW-RS).

    engine = SyncEngine(store, settings)
    report = engine.sync_all(progress=callback, cancel=threading.Event())
    auto = AutoSync(engine, interval=60); auto.start()

Names are imported from their modules on first use (PEP 562), so that asking for the outbox does
not import the DICOM libraries and the HTTP client (about 0.5 s on the window's start-up).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the same names, seen by type checkers, import-linter and PyInstaller
    from .auto import AutoSync
    from .backoff import Backoff
    from .dicomweb import DicomWebClient
    from ..errors import (AuthError, CertificateError, NotConfigured, NotConfirmed, NotTheServer,
                          RejectedError, ServerUnavailable)
    from .engine import SyncEngine, SyncReport
    from ..store.outbox import Outbox, OutboxItem

_HOME = {"AutoSync": "auto", "Backoff": "backoff", "AuthError": ".errors",
         "CertificateError": ".errors", "DicomWebClient": "dicomweb",
         "NotConfigured": ".errors", "RejectedError": ".errors",
         "ServerUnavailable": ".errors", "SyncEngine": "engine", "SyncReport": "engine",
         "Outbox": ".store.outbox", "OutboxItem": ".store.outbox",
         "NotConfirmed": ".errors", "NotTheServer": ".errors"}

__all__ = ["AutoSync", "AuthError", "Backoff", "CertificateError", "DicomWebClient",
           "NotConfigured", "NotConfirmed", "NotTheServer", "Outbox", "OutboxItem",
           "RejectedError", "ServerUnavailable", "SyncEngine", "SyncReport"]


def __getattr__(name: str):
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_HOME[name]}", __name__), name)
