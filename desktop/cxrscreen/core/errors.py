"""Named errors with a stable code and a message a health worker can act on.

Every error the application shows to a person comes from this module. The ``code`` is stable (it
appears in JSON output and in tests); the ``message`` says what went wrong and what to do.

Messages are translatable. Where an error is raised its English message is marked for Qt's
``lupdate`` with ``QT_TRANSLATE_NOOP(<context>, "... {name} ...")``, the context being the error
family's (``StoreError``, ``SyncError``, ``SettingsError``, ``ModelError``, ``Refusal``); the
error looks the template up through :func:`.i18n.translate` and fills its ``{placeholders}`` from
keyword arguments after translation. Without the window's translator (the command line, the
logs) the message stays English. tests/core/test_error_messages.py keeps every raise site in the
core marked (the modules not yet done are listed there).
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, translate


class CxrError(Exception):
    """Base of every error the application reports to a person."""

    code = "error"
    context = "CoreError"  # the translation context of the templates its raise sites mark

    def __init__(self, message: str, *, code: str | None = None, **params) -> None:
        text = translate(self.context, message)
        if params:
            text = text.format(**params)
        super().__init__(text)
        if code is not None:
            self.code = code
        self.template = message  # the English template, as marked where it was raised
        self.params = params
        self.message = text

    @property
    def english(self) -> str:
        """The message in English, whatever the window's language: for logs and stored records."""
        return self.template.format(**self.params) if self.params else self.template

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

    context = "Refusal"

    def __init__(self, code: str, template: str, **params) -> None:
        if code not in REFUSAL_CODES:
            raise ValueError(f"unknown refusal code {code!r}")
        super().__init__(template, code=code, **params)
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
    context = "ModelError"


class StoreError(CxrError):
    """The local case store could not complete an operation; nothing stored was damaged."""

    code = "store"
    context = "StoreError"


class AlreadyStored(StoreError):
    """The same X-ray (same bytes, or the same DICOM instance) is already a case (store/)."""

    code = "already_stored"

    def __init__(self, case) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StoreError", "This X-ray is already stored as case {case} (from {file}); it was not "
            "added again."), case=case.id[:8], file=case.source_name)
        self.case = case


class NotSendable(StoreError):
    """A refused film that is not known to be a chest cannot be sent, not screened, for a
    clinician's reading (core/screening/not_screened.py may_be_chest)."""

    code = "not_sendable"


class CaseCleared(StoreError):
    """The case's identifying data and files were cleared by the retention rule (store/)."""

    code = "cleared"


class DiskFullError(StoreError):
    """The disk is full: nothing new could be saved (store/files.py)."""

    code = "disk_full"


class ReadOnlyError(StoreError):
    """The data folder cannot be written (read-only disk or permissions)."""

    code = "read_only"


class StoreLockedError(StoreError):
    """Another program holds the case database."""

    code = "locked"


class StoreDamagedError(StoreError):
    """The case database or a stored value cannot be read as it was written."""

    code = "damaged"


class CaseDamaged(StoreDamagedError):
    """One case cannot be read as it was stored; it is set aside, the others go on
    (store/damage.py)."""

    code = "damaged"

    def __init__(self, case_id: str, what: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StoreError", "Case {case} is damaged ({what}) and was set aside: it is not shown or "
            "sent as it is. Every other case is safe and goes on. Ask your IT officer to run "
            "`cxrscreen doctor`, and to restore the data folder from a backup if needed."),
            case=case_id[:8], what=what)
        self.case_id = case_id
        self.what = what


class CaseNotFound(StoreError):
    """No case has this id (store/cases.py)."""

    code = "case_not_found"


class CaseStateError(StoreError):
    """An operation that the case's state does not allow (states move one way)."""

    code = "case_state"


class PlainStoreError(StoreError):
    """A data folder written before accounts and encryption: it must be upgraded first."""

    code = "needs_upgrade"


class NotSetUp(StoreError):
    """The data folder has no accounts yet."""

    code = "not_set_up"


class OlderDatabaseError(StoreError):
    """The case database is older than the files beside it: opening it would lose cases."""

    code = "older_database"


class SignInError(StoreError):
    """Sign-in refused: wrong name or password, disabled account, or too many tries."""

    code = "sign_in"


class NotAllowed(StoreError):
    """The signed-in account's role does not allow this."""

    code = "not_allowed"


class AccountError(StoreError):
    """An account cannot be added or changed as asked."""

    code = "account"


class SyncError(CxrError):
    """Sending cases to the hospital's server failed."""

    code = "sync"
    context = "SyncError"


class NotConfigured(SyncError):
    """No server address is set (settings, site file or environment)."""

    code = "not_configured"


class ServerUnavailable(SyncError):
    """The server could not be reached or is temporarily failing: try again later."""

    code = "unreachable"


class AuthError(SyncError):
    """The server refused the user name or password."""

    code = "auth"


class CertificateError(SyncError):
    """The server's certificate could not be checked."""

    code = "certificate"


class RejectedError(SyncError):
    """The server refused the instances themselves: retrying the same data will not help."""

    code = "rejected"


class InsecureServer(SyncError):
    """The server address uses plain http:// to another machine, which the site does not allow."""

    code = "insecure"


class NotTheServer(SyncError):
    """What answered is not a DICOMweb server: a Wi-Fi sign-in page, a proxy, a redirect."""

    code = "not_server"


class NotConfirmed(SyncError):
    """The server answered, but did not confirm that it stored what was sent."""

    code = "not_confirmed"


class WrongKey(CxrError):
    """The key (a password, a recovery key) does not open this value. Raised by the vault
    (store/vault.py) and always turned into a plainer error by whoever asked it to open a value."""

    code = "wrong_key"


class SettingsError(CxrError):
    """A settings value or the site configuration file is invalid."""

    code = "settings"
    context = "SettingsError"


class CheckFailed(CxrError):
    """Raised inside a self-test check (selftest.py) to fail it with a message and details."""

    code = "self_test"

    def __init__(self, summary: str, details: dict | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = details or {}


class InputMissing(CxrError):
    """A command needs a value (a password, a name) that was not given (cli/accounts.py)."""

    code = "input"


class PlottingUnavailable(CxrError):
    """The monitor's figures need matplotlib, which is not installed (monitor/figures.py)."""

    code = "no_matplotlib"


class CacheError(CxrError):
    """The monitor's local cache of the server's records cannot be used (monitor/cache.py)."""

    code = "cache"


class NotAuthentic(StoreError):
    """A stored row (a case, a review, an item to send, an account) does not match the tag the
    application wrote with it: it was changed outside the application (store/integrity.py). A
    case is set aside (CaseDamaged), an account cannot sign in."""

    code = "not_authentic"

    def __init__(self, message: str, *, table: str = "", key: str = "", **params) -> None:
        super().__init__(message, key=key, **params)  # {key}: the row's id in the message
        self.table = table
        self.key = key


class AccountDamaged(StoreError):
    """An account's row (its role, its state) was changed outside the application: it cannot
    sign in, so a role raised by editing the file gives nobody more rights."""

    code = "account_damaged"


class SettingsTampered(SettingsError):
    """The per-user settings file (settings.json) was changed outside the application: it does
    not match the tag written with it under the data key. Nothing is sent with it."""

    code = "settings_tampered"
