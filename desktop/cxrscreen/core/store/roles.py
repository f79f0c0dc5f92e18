"""The three roles an account can have (core/accounts.py), in a module of their own so that the
command line can offer them without loading the store's cryptography."""

from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    HEALTH_WORKER = "health_worker"
    CLINICIAN = "clinician"
    ADMIN = "admin"


ROLE_WORDS = {Role.HEALTH_WORKER: "health worker", Role.CLINICIAN: "clinician",
              Role.ADMIN: "administrator"}
