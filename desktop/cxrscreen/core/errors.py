"""Named errors with a stable code and a message a health worker can act on.

Every error the application shows to a person comes from this module. The ``code`` is stable (it
appears in JSON output and in tests); the ``message`` says what went wrong and what to do.
"""

from __future__ import annotations


class CxrError(Exception):
    """Base of every error the application reports to a person."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


# Refusal codes for input images. They are part of the command line's JSON contract.
REFUSAL_CODES = (
    "unreadable",
    "unsupported",
    "not_xray",
    "not_chest",
    "lateral_view",
    "too_small",
    "too_large",
    "rotated",
    "inverted",
)


class ImageRefused(CxrError):
    """The file cannot be screened. Nothing was changed because of it.

    ``template`` is an English message marked with ``QT_TRANSLATE_NOOP("Refusal", ...)``; its
    ``{placeholders}`` are filled from ``params`` after translation (see core/i18n.py).
    """

    def __init__(self, code: str, template: str, **params) -> None:
        if code not in REFUSAL_CODES:
            raise ValueError(f"unknown refusal code {code!r}")
        from .i18n import translate

        text = translate("Refusal", template)
        super().__init__(text.format(**params) if params else text, code=code)
        self.template = template
        self.params = params
        # What the input check saw when it refused (core/input_check.py); None for other refusals.
        self.input_check: dict | None = None

    def to_dict(self) -> dict:
        out = super().to_dict()
        if self.input_check is not None:
            out["input_check"] = self.input_check
        return out


class ModelError(CxrError):
    """The screening model is missing, damaged or does not match its metadata."""

    code = "model"


class StoreError(CxrError):
    """The local case store could not complete an operation; nothing stored was damaged."""

    code = "store"


class AlreadyStored(StoreError):
    """The same X-ray (same bytes, or the same DICOM instance) is already a case (store/)."""

    code = "already_stored"

    def __init__(self, case) -> None:
        super().__init__(f"This X-ray is already stored as case {case.id[:8]} "
                         f"(from {case.source_name}); it was not added again.")
        self.case = case


class NotSendable(StoreError):
    """A refused film that is not known to be a chest cannot be sent, not screened, for a
    clinician's reading (core/screening/not_screened.py may_be_chest)."""

    code = "not_sendable"


class CaseCleared(StoreError):
    """The case's identifying data and files were cleared by the retention rule (store/)."""

    code = "cleared"


class SyncError(CxrError):
    """Sending cases to the hospital's server failed."""

    code = "sync"


class WrongKey(CxrError):
    """The key (a password, a recovery key) does not open this value. Raised by the vault
    (store/vault.py) and always turned into a plainer error by whoever asked it to open a value."""

    code = "wrong_key"


class SettingsError(CxrError):
    """A settings value or the site configuration file is invalid."""

    code = "settings"


class CheckFailed(CxrError):
    """Raised inside a self-test check (selftest.py) to fail it with a message and details."""

    code = "self_test"

    def __init__(self, summary: str, details: dict | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = details or {}
