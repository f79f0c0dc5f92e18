"""A small DICOMweb client (STOW-RS to store, QIDO-RS to search, WADO-RS to retrieve) on
``requests``.

Every failure becomes one of the named errors below, each with a message a health worker can act
on. Only :class:`ServerUnavailable` is worth retrying by itself; the others need a person.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

import requests

from ..errors import SyncError
from ..settings import SyncConnection

FAILED_SOP_SEQUENCE, REFERENCED_SOP_SEQUENCE = "00081198", "00081199"
SOP_INSTANCE_UID, FAILURE_REASON = "00081155", "00081197"
DUPLICATE_SOP_INSTANCE = 0x0111  # PS3.7 C.4.2: the server already holds this UID


class NotConfigured(SyncError):
    code = "not_configured"


class ServerUnavailable(SyncError):
    """The server could not be reached or is temporarily failing: try again later."""

    code = "unreachable"


class AuthError(SyncError):
    code = "auth"


class CertificateError(SyncError):
    code = "certificate"


class RejectedError(SyncError):
    """The server refused the instances themselves: retrying the same data will not help."""

    code = "rejected"


@dataclass
class StoreOutcome:
    stored: set[str] = field(default_factory=set)
    failed: dict[str, str] = field(default_factory=dict)  # SOP UID -> reason


class DicomWebClient:
    def __init__(self, conn: SyncConnection, timeout: tuple[float, float] = (5.0, 120.0)) -> None:
        if not conn.url:
            raise NotConfigured(
                "No hospital server is set. Enter the server address (DICOMweb URL), user and "
                "password in the settings, or ask your IT officer for the site configuration.")
        self.root = conn.url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        if conn.user:
            self.session.auth = (conn.user, conn.password)
        # TLS is always verified. Passed with each request: a session-level value would be
        # overridden by REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE from the environment.
        self.verify: str | bool = conn.ca_file or True

    def close(self) -> None:
        self.session.close()

    def store(self, instances: list[tuple[str, bytes]]) -> StoreOutcome:
        """STOW-RS: send ``(sop_uid, dicom bytes)`` pairs in one request."""
        boundary = secrets.token_hex(16)
        chunks = []
        for _, data in instances:
            chunks += [f"--{boundary}\r\nContent-Type: application/dicom\r\n\r\n".encode(), data,
                       b"\r\n"]
        chunks.append(f"--{boundary}--\r\n".encode())
        headers = {"Content-Type": f'multipart/related; type="application/dicom"; '
                                   f"boundary={boundary}",
                   "Accept": "application/dicom+json"}
        resp = self._request("POST", "/studies", data=b"".join(chunks), headers=headers)
        uids = [uid for uid, _ in instances]
        if 400 <= resp.status_code < 500:
            raise RejectedError(
                f"The server refused the case (HTTP {resp.status_code}): "
                f"{_failures(resp) or resp.reason}. Ask your IT officer to check the server's "
                "log; the case stays queued.")
        outcome = StoreOutcome()
        failed = _failures(resp)
        for uid in uids:
            if uid in failed and failed[uid] != f"failure reason {DUPLICATE_SOP_INSTANCE}":
                outcome.failed[uid] = failed[uid]
            else:
                outcome.stored.add(uid)
        return outcome

    def search_instances(self, **params: str) -> list[dict]:
        """QIDO-RS: ``/instances`` matching DICOM attribute keywords, e.g. StudyInstanceUID."""
        return self.search("/instances", {**params, "limit": "1000"})

    def search(self, path: str, params: dict[str, str]) -> list[dict]:
        """QIDO-RS on ``path`` (e.g. "/instances") with ``params`` as given (paging with
        ``limit`` and ``offset`` is the caller's)."""
        resp = self._request("GET", path, params=params,
                             headers={"Accept": "application/dicom+json"})
        if resp.status_code == 204 or not resp.content:
            return []
        if resp.status_code != 200:
            raise SyncError(f"The server could not search (HTTP {resp.status_code}).")
        try:
            return resp.json()
        except ValueError:
            raise ServerUnavailable("The server's search answer was cut off or unreadable; "
                                    "try again.") from None

    def retrieve_metadata(self, study: str, series: str, sop: str) -> dict:
        """WADO-RS metadata: one instance's attributes as DICOM JSON (PS3.18 F.2), sequences
        included, without the bulk data."""
        resp = self._get_instance(study, series, sop, "/metadata", "application/dicom+json",
                                  "describe")
        try:
            body = resp.json()
        except ValueError:
            raise ServerUnavailable("The server's answer was cut off or unreadable; try "
                                    "again.") from None
        return body[0] if isinstance(body, list) and body else {}

    def retrieve_instance(self, study: str, series: str, sop: str) -> bytes:
        """WADO-RS: one instance as DICOM bytes (the first part of the multipart answer)."""
        resp = self._get_instance(study, series, sop, "",
                                  'multipart/related; type="application/dicom"; transfer-syntax=*',
                                  "send")
        return first_part(resp.content)

    def _get_instance(self, study: str, series: str, sop: str, suffix: str, accept: str,
                      verb: str) -> requests.Response:
        """GET one instance's WADO-RS resource; a missing instance or another failure raised with
        what the server could not ``verb``."""
        resp = self._request("GET", f"/studies/{study}/series/{series}/instances/{sop}{suffix}",
                             headers={"Accept": accept})
        if resp.status_code == 404:
            raise RejectedError(f"The server no longer holds instance {sop}.")
        if resp.status_code != 200:
            raise SyncError(f"The server could not {verb} instance {sop} "
                            f"(HTTP {resp.status_code}).")
        return resp

    def _request(self, method: str, path: str, **kwargs) -> requests.Response:
        try:
            resp = self.session.request(method, self.root + path, timeout=self.timeout,
                                        verify=self.verify, **kwargs)
        except requests.exceptions.SSLError as exc:
            raise CertificateError(
                "The server's certificate was not accepted, so nothing was sent. The server "
                "may be an impostor, or its certificate changed or expired. Ask your IT officer "
                f"for the right CA certificate file. ({_short(exc)})") from None
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise ServerUnavailable(
                "The hospital's server cannot be reached right now (no network, or the server is "
                f"down). Cases stay safely queued and are sent later. ({_short(exc)})") from None
        except requests.exceptions.RequestException as exc:
            raise ServerUnavailable(f"Sending failed ({_short(exc)}); it will be retried.") \
                from None
        if resp.status_code in (401, 403):
            raise AuthError(
                "The server refused the user name or password (HTTP "
                f"{resp.status_code}). Check them in the settings; sending is paused until "
                "they are corrected.")
        if resp.status_code in (408, 425, 429) or resp.status_code >= 500:
            raise ServerUnavailable(
                f"The hospital's server is having trouble (HTTP {resp.status_code}). Cases stay "
                "safely queued and are sent later.")
        return resp


def first_part(body: bytes) -> bytes:
    """The first part of a multipart/related body; a cut-off body means a failing server."""
    boundary, sep, rest = body.partition(b"\r\n")
    head_end = rest.find(b"\r\n\r\n")
    end = rest.find(b"\r\n" + boundary)
    if not sep or not boundary.startswith(b"--") or head_end < 0 or end < 0:
        raise ServerUnavailable("The server's answer was cut off; try again.")
    return rest[head_end + 4:end]


def _failures(resp: requests.Response) -> dict[str, str]:
    """SOP UID -> failure reason from a STOW-RS response body (PS3.18 10.5.3)."""
    try:
        body = resp.json()
    except ValueError:
        return {}
    if isinstance(body, list):
        body = body[0] if body else {}
    out = {}
    for item in (body.get(FAILED_SOP_SEQUENCE) or {}).get("Value", []) or []:
        uid = ((item.get(SOP_INSTANCE_UID) or {}).get("Value") or [""])[0]
        reason = ((item.get(FAILURE_REASON) or {}).get("Value") or [""])[0]
        out[uid] = f"failure reason {reason}"
    return out


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 200 else text[:200] + "..."
