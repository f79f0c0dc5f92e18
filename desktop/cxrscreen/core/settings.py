"""Settings: one typed, versioned schema; layers: defaults < site file < per-user file < env.

- Site file: pushed by the IT officer to every laptop; never holds credentials. Its path is
  ``CXRSCREEN_SITE_CONFIG`` if set, else :func:`site_config_path` (``/etc/cxrscreen/site.json`` on
  Linux, ``%PROGRAMDATA%\\CXRScreen\\site.json`` on Windows,
  ``/Library/Application Support/CXRScreen/site.json`` on macOS).
- Per-user file: ``settings.json`` in the data folder, holding only what differs from the site.
- Environment: ``CXRSCREEN_SYNC_URL``, ``CXRSCREEN_SYNC_USER``, ``CXRSCREEN_SYNC_PASSWORD`` (used as
  given, never saved).

The sync password is saved encrypted (AES-GCM) with the data folder's data key, which only a
signed-in account can unwrap (vault.py). The per-user file is also authenticated: it carries an
``integrity`` tag (HMAC-SHA256 under a key derived from the data key) over everything else in it,
written by :func:`save_settings` and checked by :func:`load_settings` when given the signed-in
cipher (the sync, the import's operating point, the identity sent). A file edited by hand does
not match it: :class:`SettingsTampered`, and nothing is sent with it. The site file is not
tagged (IT writes it by hand, the same file for every laptop, in a folder only an administrator
of the computer can change); what only the site file can set (the CA, plain http, the lock and
retention times) cannot be set by the per-user file. See docs/STORE_AND_SYNC.md.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import SettingsError, SettingsTampered, WrongKey
from .i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from .store.vault import Cipher

log = logging.getLogger(__name__)
SETTINGS_VERSION = 1
APP_NAME = "cxrscreen"
SETTINGS_FILE = "settings.json"
LEGACY_KEY_FILE = "secret.key"  # the key of the old hand-written cipher; removed by the upgrade
PASSWORD_AAD = "settings:sync_password"
CREDENTIAL_KEYS = {"sync_user", "sync_password", "sync_password_enc", "password", "user"}
TAG_KEY = "integrity"  # the per-user file's tag under the data key (not a setting)


@dataclass(frozen=True)
class Settings:
    schema_version: int = SETTINGS_VERSION
    sync_url: str = ""  # the DICOMweb root, e.g. https://pacs.example.org/dicom-web
    sync_user: str = ""
    sync_password_enc: str = ""  # encrypted; never the plain password
    ca_file: str = ""  # extra CA bundle for the server's certificate (TLS is always verified)
    device_name: str = ""  # empty: $CXRSCREEN_DEVICE_NAME, else the host name (see identity.py)
    site: str = ""  # the screening site's name, e.g. "Mobile unit 3, North district"
    auto_sync: bool = True
    watched_folder: str = ""
    operating_point: str = ""  # empty: the model's default
    data_dir: str = ""
    language: str = ""  # the window's language (en, fr, pt, sw); empty: the system's (ui/language.py)
    # The window locks after this many seconds without a key press or a mouse move (0: never).
    # Read from the site file only (site_defaults), so a per-user file cannot turn it off.
    lock_after_seconds: int = 300
    # Retention (site file only): this many days after the server confirmed a case, its image and
    # identifying values are cleared from the laptop, leaving a stub. 0: keep everything.
    purge_after_days: int = 0
    # Site file only (sync/server_policy.py): plain http:// to another machine, and the CA from
    # REQUESTS_CA_BUNDLE in the environment. A per-user file cannot turn either on.
    allow_plain_http: bool = False
    ca_from_environment: bool = False


@dataclass(frozen=True)
class SyncConnection:
    url: str
    user: str
    password: str
    ca_file: str
    allow_plain_http: bool = False  # from the site file only
    ca_from_environment: bool = False  # from the site file only

    @property
    def configured(self) -> bool:
        return bool(self.url)


def site_config_path() -> Path:
    if os.environ.get("CXRSCREEN_SITE_CONFIG"):
        return Path(os.environ["CXRSCREEN_SITE_CONFIG"])
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "CXRScreen" / "site.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/CXRScreen/site.json")
    return Path("/etc/cxrscreen/site.json")


LOCATION_FILE = "location.json"


def user_config_dir() -> Path:
    """Per-user folder for the one setting that cannot live in the data folder: where it is.
    ``CXRSCREEN_CONFIG_DIR`` overrides it (tests never touch a real profile)."""
    if os.environ.get("CXRSCREEN_CONFIG_DIR"):
        return Path(os.environ["CXRSCREEN_CONFIG_DIR"])
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def remember_data_dir(path: str | Path | None) -> None:
    """Record the user's chosen data folder (None or "" forgets it). Used at the next start."""
    target = user_config_dir() / LOCATION_FILE
    if not path:
        target.unlink(missing_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_private(target, json.dumps({"data_dir": str(Path(path).expanduser())}).encode())


def resolve_data_dir(cli_value: str | Path | None = None) -> Path:
    """--data-dir, else CXRSCREEN_DATA_DIR, else the folder the user chose in the settings, else
    the site file's data_dir, else the platform's per-user data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    if os.environ.get("CXRSCREEN_DATA_DIR"):
        return Path(os.environ["CXRSCREEN_DATA_DIR"]).expanduser()
    chosen = _read_json(user_config_dir() / LOCATION_FILE, "data folder pointer")
    if chosen.get("data_dir"):
        return Path(str(chosen["data_dir"])).expanduser()
    site = _read_json(site_config_path(), "site configuration file")
    if site.get("data_dir"):
        return Path(str(site["data_dir"])).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def load_settings(data_dir: Path, cipher: Cipher | None = None) -> Settings:
    """The settings. With the signed-in ``cipher``, the per-user file is checked first
    (SettingsTampered if it was changed outside the application); without one (before anyone
    signs in: the window's language), it is read unchecked."""
    site = site_defaults()
    raw = _read_json(Path(data_dir) / SETTINGS_FILE, "settings file")
    if cipher is not None:
        _check_tag(raw, cipher, Path(data_dir) / SETTINGS_FILE)
    raw.pop(TAG_KEY, None)
    user = _migrate(raw)
    return _validated({**asdict(site), **user})


def check_settings_file(data_dir: Path, cipher: Cipher) -> None:
    """SettingsTampered if the per-user file exists and does not match its tag."""
    path = Path(data_dir) / SETTINGS_FILE
    _check_tag(_read_json(path, "settings file"), cipher, path)


def tag_settings_file(data_dir: Path, cipher: Cipher) -> bool:
    """Tag the per-user file as it is (once, when a store written before is switched on: see
    store/integrity.py). Returns whether there was a file to tag."""
    path = Path(data_dir) / SETTINGS_FILE
    raw = _read_json(path, "settings file")
    if not raw:
        return False
    raw[TAG_KEY] = _tag(raw, cipher)
    _write_private(path, json.dumps(raw, indent=2).encode())
    log.warning("the settings file written before settings were authenticated was tagged once, "
                "as it was")
    return True


def _tag(raw: dict, cipher: Cipher) -> str:
    import hashlib
    import hmac

    body = json.dumps({k: v for k, v in raw.items() if k != TAG_KEY}, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")
    return "tag1:" + hmac.new(cipher.subkey("settings file v1"), body, hashlib.sha256).hexdigest()


def _check_tag(raw: dict, cipher: Cipher, path: Path) -> None:
    import hmac

    if not raw:
        return  # no file (or an empty one): the site file and the defaults apply
    stored = raw.get(TAG_KEY)
    if isinstance(stored, str) and hmac.compare_digest(stored, _tag(raw, cipher)):
        return
    log.error("the settings file %s does not match its tag (%s): it was changed outside the "
              "application; nothing is sent with it", path, "none" if stored is None else "wrong")
    raise SettingsTampered(QT_TRANSLATE_NOOP(
        "SettingsError", "The settings file {path} was changed outside the application (it does "
        "not match what CXR Screen saved), so nothing is sent with it and the site's settings are "
        "used. Open the settings, check the server address, user and password, and save them "
        "again; tell your IT officer that the data folder was edited."), path=path)


def site_defaults() -> Settings:
    path = site_config_path()
    raw = _migrate(_read_json(path, "site configuration file"))
    raw.pop("site_operating_point", None)  # read by site_point.py, bound to the model
    found = CREDENTIAL_KEYS & set(raw)
    if found:
        raise SettingsError(QT_TRANSLATE_NOOP(
            "SettingsError", "The site configuration file {path} contains credentials ({keys}). "
            "Credentials must never be in the site file, which is copied to every laptop. Remove "
            "them and enter the user and password on each laptop."),
            path=path, keys=", ".join(sorted(found)))
    return _validated({**asdict(Settings()), **raw})


def save_settings(settings: Settings, data_dir: Path, cipher: Cipher | None = None) -> None:
    """Save what differs from the site defaults, atomically, readable only by the owner, tagged
    under the signed-in ``cipher``. Without one the file has no tag and is refused wherever it is
    checked (used only where no store is involved)."""
    site = asdict(site_defaults())
    mine = {k: v for k, v in asdict(_validated(asdict(settings))).items()
            if v != site.get(k) or k == "schema_version"}
    if cipher is not None:
        mine[TAG_KEY] = _tag(mine, cipher)
    _write_private(Path(data_dir) / SETTINGS_FILE, json.dumps(mine, indent=2).encode())
    if settings.data_dir and Path(settings.data_dir).expanduser() != Path(data_dir):
        remember_data_dir(settings.data_dir)  # the settings file cannot point to its own folder


def password_aad(url: str) -> str:
    """The saved password is bound to the server address it was typed for: sealed with it as
    associated data, it does not open for another address (an edited settings.json)."""
    return f"{PASSWORD_AAD}:{url.strip().rstrip('/')}"


def with_password(settings: Settings, cipher: Cipher, password: str) -> Settings:
    """``settings`` with the sync password sealed under the data folder's data key (vault.py),
    bound to ``settings.sync_url``."""
    token = cipher.seal_text(password, password_aad(settings.sync_url)) if password else ""
    return dataclasses.replace(settings, sync_password_enc=token)


def sync_connection(settings: Settings, cipher: Cipher | None) -> SyncConnection:
    """The server connection; the saved password is decrypted with the signed-in data key, and
    only for the address it was saved for. The CA file and the transport rules come from the
    site file alone (sync/server_policy.py)."""
    env = os.environ
    url = (env.get("CXRSCREEN_SYNC_URL") or settings.sync_url).rstrip("/")
    site = site_defaults()
    if settings.ca_file and settings.ca_file != site.ca_file:
        log.warning("the CA file in the per-user settings is ignored: only the site "
                    "configuration file chooses the CA to trust")
    password = env.get("CXRSCREEN_SYNC_PASSWORD")
    if password is None:
        password = _saved_password(settings, cipher, url) if settings.sync_password_enc else ""
    return SyncConnection(url=url, user=env.get("CXRSCREEN_SYNC_USER") or settings.sync_user,
                          password=password, ca_file=site.ca_file,
                          allow_plain_http=site.allow_plain_http,
                          ca_from_environment=site.ca_from_environment)


def _saved_password(settings: Settings, cipher: Cipher | None, url: str) -> str:
    if cipher is None:
        raise SettingsError(QT_TRANSLATE_NOOP(
            "SettingsError", "The saved sync password cannot be read before someone signs in. "
            "Sign in. Enter it again in the settings if it still cannot be read."))
    token = settings.sync_password_enc
    try:
        return cipher.open_text(token, password_aad(url))
    except WrongKey:
        pass
    try:  # saved before it was bound to an address: trusted only for the site file's server
        legacy = cipher.open_text(token, PASSWORD_AAD)
    except WrongKey:
        legacy = None
    if legacy is not None and url and url == site_defaults().sync_url.rstrip("/"):
        return legacy
    log.warning("the saved sync password was not used for %s: it was saved for another server "
                "address, or with another data key", url or "(no address)")
    raise SettingsError(QT_TRANSLATE_NOOP(
        "SettingsError", "The saved sync password cannot be used for the server {url}: it was "
        "typed for another server address (a changed address needs the password again), or "
        "saved by an older version or on another laptop. Enter it again in the settings. If you "
        "did not change the address, tell your IT officer: the settings may have been edited."),
        url=url or "-")


# -- files and validation ------------------------------------------------------------------------

# What _read_json says a file cannot be read, one whole sentence per file (translatable).
_UNREADABLE = {
    "data folder pointer": QT_TRANSLATE_NOOP(
        "SettingsError", "The data folder pointer {path} cannot be read ({reason}). Fix or "
        "remove it."),
    "site configuration file": QT_TRANSLATE_NOOP(
        "SettingsError", "The site configuration file {path} cannot be read ({reason}). Fix or "
        "remove it."),
    "settings file": QT_TRANSLATE_NOOP(
        "SettingsError", "The settings file {path} cannot be read ({reason}). Fix or remove it."),
}


def _read_json(path: Path, what: str) -> dict:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SettingsError(_UNREADABLE[what], path=path, reason=exc) from None
    if not isinstance(value, dict):
        raise SettingsError(_UNREADABLE[what], path=path, reason=translate(
            "SettingsError", QT_TRANSLATE_NOOP("SettingsError",
                                               "it does not hold one JSON object {...}")))
    return value


def _migrate(raw: dict) -> dict:
    version = raw.get("schema_version", SETTINGS_VERSION)
    if not isinstance(version, int) or version > SETTINGS_VERSION:
        raise SettingsError(QT_TRANSLATE_NOOP(
            "SettingsError", "The settings were written by a newer version of CXR Screen. "
            "Install that version, or remove the settings file."))
    # Future migrations go here: if version == 1: raw = _v1_to_v2(raw) ...
    return {**raw, "schema_version": SETTINGS_VERSION}


def _validated(values: dict) -> Settings:
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    clean = {}
    for key, value in values.items():
        if key not in fields:
            log.warning("ignoring unknown setting %r", key)
            continue
        want = bool if fields[key].type == "bool" else int if fields[key].type == "int" else str
        if not isinstance(value, want) or (want is int and isinstance(value, bool)):
            raise SettingsError(QT_TRANSLATE_NOOP(
                "SettingsError", "The setting {key} must be {kind}, not {value}."),
                key=repr(key), kind=want.__name__, value=repr(value))
        clean[key] = value
    settings = Settings(**clean)
    if settings.sync_url and not settings.sync_url.startswith(("https://", "http://")):
        raise SettingsError(QT_TRANSLATE_NOOP(
            "SettingsError", "The server address must start with https:// (or http:// on a "
            "closed network): {url}"), url=repr(settings.sync_url))
    return settings


def _write_private(path: Path, data: bytes, exclusive: bool = False) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if exclusive:
            os.link(tmp, path)  # fails if another process created the key first
            os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except FileExistsError:
        os.unlink(tmp)
    except OSError as exc:
        raise SettingsError(QT_TRANSLATE_NOOP(
            "SettingsError", "{path} cannot be written ({reason})."),
            path=path, reason=exc.strerror) from None
