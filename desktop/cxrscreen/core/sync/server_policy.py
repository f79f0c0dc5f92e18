"""What the client accepts before it sends anything: the transport and the CA it trusts.

- Plain ``http://`` carries the password and the cases readable by anyone on the way. It is
  allowed only to this machine (loopback: a local relay, the tests) or when the site file says
  ``"allow_plain_http": true`` (a closed network IT vouches for). A per-user settings file cannot
  allow it: it is read from the site file only (settings.site_defaults).
- TLS is always verified, against the site file's ``ca_file`` or, without one, the CA bundle the
  application ships with (certifi). ``REQUESTS_CA_BUNDLE`` / ``CURL_CA_BUNDLE`` in the
  environment are ignored (an environment variable could make the client trust an impostor),
  unless the site file says ``"ca_from_environment": true``.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from ..errors import InsecureServer
from ..i18n import QT_TRANSLATE_NOOP
from ..settings import SyncConnection


def is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_transport(conn: SyncConnection) -> None:
    if urlsplit(conn.url).scheme.lower() == "https":
        return
    if urlsplit(conn.url).scheme.lower() == "http" and (is_loopback(conn.url)
                                                        or conn.allow_plain_http):
        return
    raise InsecureServer(QT_TRANSLATE_NOOP(
        "SyncError", "The server address {url} does not use https://, so the password and the "
        "cases would travel readable by anyone on the network. Nothing was sent. Use the "
        "https:// address of the hospital's server; on a closed network, your IT officer can "
        "allow http:// in the site configuration file (allow_plain_http)."), url=conn.url)


def tls_verify(conn: SyncConnection) -> str | bool:
    """What ``requests`` verifies the server's certificate with: a CA file, never True (True
    lets REQUESTS_CA_BUNDLE from the environment decide), unless the site allows that."""
    if conn.ca_file:
        return conn.ca_file
    if conn.ca_from_environment:
        return True
    import certifi

    return certifi.where()
