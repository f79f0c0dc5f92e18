"""Settings: one typed, versioned schema; layers: defaults < site file < per-user file < env.

- Site file: pushed by the IT officer to every laptop; never holds credentials. Its path is
  ``CXRSCREEN_SITE_CONFIG`` if set, else :func:`site_config_path` (``/etc/cxrscreen/site.json`` on
  Linux, ``%PROGRAMDATA%\\CXRScreen\\site.json`` on Windows,
  ``/Library/Application Support/CXRScreen/site.json`` on macOS).
- Per-user file: ``settings.json`` in the data folder, holding only what differs from the site.
- Environment: ``CXRSCREEN_SYNC_URL``, ``CXRSCREEN_SYNC_USER``, ``CXRSCREEN_SYNC_PASSWORD`` (used as
  given, never saved).

The sync password is saved encrypted with a random per-installation key (``secret.key``, mode 0600,
in the data folder). See docs/STORE_AND_SYNC.md for what that does and does not protect against.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import logging
import os
import secrets
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import SettingsError

log = logging.getLogger(__name__)
SETTINGS_VERSION = 1
APP_NAME = "cxrscreen"
SETTINGS_FILE, KEY_FILE = "settings.json", "secret.key"
CREDENTIAL_KEYS = {"sync_user", "sync_password", "sync_password_enc", "password", "user"}


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


@dataclass(frozen=True)
class SyncConnection:
    url: str
    user: str
    password: str
    ca_file: str

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


def load_settings(data_dir: Path) -> Settings:
    site = site_defaults()
    user = _migrate(_read_json(Path(data_dir) / SETTINGS_FILE, "settings file"))
    return _validated({**asdict(site), **user})


def site_defaults() -> Settings:
    path = site_config_path()
    raw = _migrate(_read_json(path, "site configuration file"))
    raw.pop("site_operating_point", None)  # read by site_point.py, bound to the model
    found = CREDENTIAL_KEYS & set(raw)
    if found:
        raise SettingsError(
            f"The site configuration file {path} contains credentials ({', '.join(sorted(found))})."
            " Credentials must never be in the site file, which is copied to every laptop. Remove "
            "them and enter the user and password on each laptop.")
    return _validated({**asdict(Settings()), **raw})


def save_settings(settings: Settings, data_dir: Path) -> None:
    """Save what differs from the site defaults, atomically, readable only by the owner."""
    site = asdict(site_defaults())
    mine = {k: v for k, v in asdict(_validated(asdict(settings))).items()
            if v != site.get(k) or k == "schema_version"}
    _write_private(Path(data_dir) / SETTINGS_FILE, json.dumps(mine, indent=2).encode())
    if settings.data_dir and Path(settings.data_dir).expanduser() != Path(data_dir):
        remember_data_dir(settings.data_dir)  # the settings file cannot point to its own folder


def with_password(settings: Settings, data_dir: Path, password: str) -> Settings:
    token = encrypt(password, installation_key(data_dir)) if password else ""
    return dataclasses.replace(settings, sync_password_enc=token)


def sync_connection(settings: Settings, data_dir: Path) -> SyncConnection:
    env = os.environ
    password = env.get("CXRSCREEN_SYNC_PASSWORD")
    if password is None:
        password = (decrypt(settings.sync_password_enc, installation_key(data_dir))
                    if settings.sync_password_enc else "")
    return SyncConnection(url=(env.get("CXRSCREEN_SYNC_URL") or settings.sync_url).rstrip("/"),
                          user=env.get("CXRSCREEN_SYNC_USER") or settings.sync_user,
                          password=password, ca_file=settings.ca_file)


# -- the password at rest ------------------------------------------------------------------------
# HMAC-SHA256 in counter mode as the key stream, then HMAC-SHA256 over nonce and ciphertext
# (encrypt-then-MAC), with the standard library only. The key lives beside the settings; see docs.

def installation_key(data_dir: Path) -> bytes:
    path = Path(data_dir) / KEY_FILE
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        _write_private(path, secrets.token_bytes(32), exclusive=True)
        key = path.read_bytes()
    except OSError as exc:
        raise SettingsError(f"The key file {path} cannot be read ({exc.strerror}).") from None
    if len(key) != 32:
        raise SettingsError(f"The key file {path} is damaged. Delete it and enter the sync "
                            "password again.")
    return key


def encrypt(plain: str, key: bytes) -> str:
    nonce = secrets.token_bytes(16)
    data = plain.encode("utf-8")
    body = bytes(a ^ b for a, b in zip(data, _keystream(key, nonce, len(data)), strict=True))
    tag = hmac.new(_subkey(key, b"mac"), nonce + body, hashlib.sha256).digest()
    return "v1:" + base64.b64encode(nonce + body + tag).decode("ascii")


def decrypt(token: str, key: bytes) -> str:
    try:
        version, payload = token.split(":", 1)
        raw = base64.b64decode(payload, validate=True)
    except ValueError:
        raw, version = b"", ""
    nonce, body, tag = raw[:16], raw[16:-32], raw[-32:]
    good = hmac.new(_subkey(key, b"mac"), nonce + body, hashlib.sha256).digest()
    if version != "v1" or len(raw) < 48 or not hmac.compare_digest(tag, good):
        raise SettingsError("The saved sync password cannot be read (the settings were copied "
                            "from another laptop, or the key file changed). Enter it again.")
    stream = _keystream(key, nonce, len(body))
    return bytes(a ^ b for a, b in zip(body, stream, strict=True)).decode("utf-8")


def _subkey(key: bytes, label: bytes) -> bytes:
    return hmac.new(key, b"cxrscreen-settings-" + label, hashlib.sha256).digest()


def _keystream(key: bytes, nonce: bytes, length: int) -> bytes:
    enc = _subkey(key, b"enc")
    blocks = (hmac.new(enc, nonce + i.to_bytes(8, "big"), hashlib.sha256).digest()
              for i in range((length + 31) // 32))
    return b"".join(blocks)[:length]


# -- files and validation ------------------------------------------------------------------------

def _read_json(path: Path, what: str) -> dict:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SettingsError(f"The {what} {path} cannot be read ({exc}). Fix or remove it.") \
            from None
    if not isinstance(value, dict):
        raise SettingsError(f"The {what} {path} must hold one JSON object {{...}}.")
    return value


def _migrate(raw: dict) -> dict:
    version = raw.get("schema_version", SETTINGS_VERSION)
    if not isinstance(version, int) or version > SETTINGS_VERSION:
        raise SettingsError("The settings were written by a newer version of CXR Screen. "
                            "Install that version, or remove the settings file.")
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
            raise SettingsError(f"The setting {key!r} must be {want.__name__}, not {value!r}.")
        clean[key] = value
    settings = Settings(**clean)
    if settings.sync_url and not settings.sync_url.startswith(("https://", "http://")):
        raise SettingsError("The server address must start with https:// (or http:// on a "
                            f"closed network): {settings.sync_url!r}")
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
        raise SettingsError(f"{path} cannot be written ({exc.strerror}).") from None
