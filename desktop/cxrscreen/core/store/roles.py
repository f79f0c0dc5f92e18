"""The three roles an account can have (core/accounts.py), in a module of their own so that the
command line can offer them without loading the store's cryptography."""

from __future__ import annotations

from enum import Enum

from ..i18n import QT_TRANSLATE_NOOP


class Role(str, Enum):
    HEALTH_WORKER = "health_worker"
    CLINICIAN = "clinician"
    ADMIN = "admin"


# English, marked for translation (the errors that name a role translate them, core/i18n.py).
ROLE_WORDS = {Role.HEALTH_WORKER: QT_TRANSLATE_NOOP("StoreError", "health worker"),
              Role.CLINICIAN: QT_TRANSLATE_NOOP("StoreError", "clinician"),
              Role.ADMIN: QT_TRANSLATE_NOOP("StoreError", "administrator")}
