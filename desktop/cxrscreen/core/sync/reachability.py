"""A cheap reachability check: can a TCP connection to the server be opened? No request is sent,
so no credential is used and nothing is logged on the server."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit


def tcp_reachable(url: str, timeout: float = 3.0) -> bool:
    parts = urlsplit(url)
    if not parts.hostname:
        return False
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname, port), timeout=timeout):
            return True
    except OSError:
        return False
