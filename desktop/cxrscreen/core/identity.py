"""Who sends a case: this laptop's device name and site, with the application's version.

Resolved once, the same way for every caller (window, CLI, automatic sync):
``CXRSCREEN_DEVICE_NAME`` / ``CXRSCREEN_SITE`` from the environment, else ``device_name`` / ``site``
from the settings (the per-user file over the site file), else the host name and no site.
The hospital's monitoring (``cxrscreen monitor``) groups results by these values.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass

from .. import __version__
from .errors import SettingsError
from .settings import Settings, site_defaults

APP_NAME = "cxrscreen"


@dataclass(frozen=True)
class DeviceIdentity:
    device_name: str
    site: str
    app_version: str = __version__

    @property
    def station_name(self) -> str:
        """DICOM Station Name (0008,1010) is a short string: at most 16 characters."""
        return self.device_name[:16]

    @property
    def software(self) -> str:
        return f"{APP_NAME} {self.app_version}"


def device_identity(settings: Settings | None = None) -> DeviceIdentity:
    """The identity from the environment, else ``settings`` (or the site file when no settings
    are given), else the host name."""
    if settings is None:
        try:
            settings = site_defaults()
        except SettingsError:
            settings = Settings()  # the window and the CLI report a broken site file themselves
    env = os.environ
    name = (env.get("CXRSCREEN_DEVICE_NAME") or settings.device_name or socket.gethostname()
            or "unnamed").strip()
    site = (env.get("CXRSCREEN_SITE") or settings.site).strip()
    return DeviceIdentity(device_name=name, site=site)
