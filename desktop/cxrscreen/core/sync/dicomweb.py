"""A small DICOMweb client (STOW-RS to store, QIDO-RS to search, WADO-RS to retrieve) on
``requests``.

Every failure becomes one of the named errors below, each with a message a health worker can act
on. Only :class:`ServerUnavailable` is worth retrying by itself; the others need a person.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

import requests

from ..i18n import QT_TRANSLATE_NOOP
from ..errors import (AuthError, CertificateError, NotConfigured, NotTheServer, RejectedError,
                      ServerUnavailable, SyncError)
from ..settings import SyncConnection

from . import stow_answer
from .server_policy import check_transport, tls_verify

SOP_INSTANCE_UID_TAG = "00080018"  # in a QIDO-RS answer (ReferencedSOPInstanceUID in STOW's)


@dataclass
class StoreOutcome:
    stored: set[str] = field(default_factory=set)
    failed: dict[str, str] = field(default_factory=dict)  # SOP UID -> reason
    unconfirmed: set[str] = field(default_factory=set)  # neither listed nor found: still queued


class DicomWebClient:
    def __init__(self, conn: SyncConnection, timeout: tuple[float, float] = (5.0, 120.0)) -> None:
        if not conn.url:
            raise NotConfigured(QT_TRANSLATE_NOOP(
                "SyncError", "No hospital server is set. Enter the server address (DICOMweb URL), "
                "user and password in the settings, or ask your IT officer for the site "
                "configuration."))
        check_transport(conn)  # before any request: no password over plain http by mistake
        self.root = conn.url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        if conn.user:
            self.session.auth = (conn.user, conn.password)
        # TLS is always verified, with a CA file passed with each request: True (or a
        # session-level value) would let REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE decide.
        self.verify: str | bool = tls_verify(conn)

    def close(self) -> None:
        self.session.close()

    def store(self, instances: list[tuple[str, bytes]], study_uid: str = "") -> StoreOutcome:
        """STOW-RS: send ``(sop_uid, dicom bytes)`` pairs in one request.

        An instance counts as stored only when the answer lists it as stored, or, when the
        answer does not (or lists it as a duplicate), a lookup in ``study_uid`` finds it on the
        server; the rest are ``unconfirmed`` (stow_answer.py). A redirect is never followed and
        a web page is never taken for an answer: both raise NotTheServer."""
        boundary = secrets.token_hex(16)
        chunks = []
        for _, data in instances:
            chunks += [f"--{boundary}\r\nContent-Type: application/dicom\r\n\r\n".encode(), data,
                       b"\r\n"]
        chunks.append(f"--{boundary}--\r\n".encode())
        headers = {"Content-Type": f'multipart/related; type="application/dicom"; '
                                   f"boundary={boundary}",
                   "Accept": "application/dicom+json"}
        resp = self._request("POST", "/studies", data=b"".join(chunks), headers=headers,
                             allow_redirects=False)
        content_type = resp.headers.get("Content-Type", "")
        if 300 <= resp.status_code < 400:
            raise stow_answer.redirect_error(resp.status_code, resp.headers.get("Location", ""))
        if 400 <= resp.status_code < 500:
            raise RejectedError(QT_TRANSLATE_NOOP(
                "SyncError", "The server refused the case (HTTP {status}): {reason}. Ask your IT "
                "officer to check the server's log; the case stays queued."),
                status=resp.status_code,
                reason=stow_answer.failures_text(content_type, resp.content) or resp.reason)
        if resp.status_code not in (200, 202):
            raise NotTheServer(QT_TRANSLATE_NOOP(
                "SyncError", "The server gave an answer a DICOMweb server does not give (HTTP "
                "{status}). Nothing was marked as sent; ask your IT officer to check the server "
                "address."), status=resp.status_code)
        answer = stow_answer.parse(content_type, resp.content)
        outcome = StoreOutcome()
        for uid, _ in instances:
            if uid in answer.failed:
                outcome.failed[uid] = answer.failed[uid]
            elif uid in answer.stored or (study_uid and self.holds(study_uid, uid)):
                outcome.stored.add(uid)
            else:
                outcome.unconfirmed.add(uid)
        return outcome

    def holds(self, study_uid: str, sop_uid: str) -> bool:
        """QIDO-RS: does the server list this instance? No redirect is followed; anything but a
        DICOM JSON list naming it is a no (a web page raises NotTheServer)."""
        resp = self._request("GET", f"/studies/{study_uid}/instances",
                             params={"SOPInstanceUID": sop_uid},
                             headers={"Accept": "application/dicom+json"},
                             allow_redirects=False)
        if resp.status_code != 200:
            return False
        if stow_answer.looks_like_web_page(resp.headers.get("Content-Type", ""), resp.content):
            raise NotTheServer(stow_answer.WEB_PAGE)
        try:
            found = resp.json()
        except ValueError:
            return False
        return isinstance(found, list) and any(
            isinstance(i, dict) and ((i.get(SOP_INSTANCE_UID_TAG) or {}).get("Value") or [""])[0]
            == sop_uid for i in found)

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
            raise SyncError(QT_TRANSLATE_NOOP(
                "SyncError", "The server could not search (HTTP {status})."),
                status=resp.status_code)
        try:
            return resp.json()
        except ValueError:
            raise ServerUnavailable(QT_TRANSLATE_NOOP(
                "SyncError", "The server's search answer was cut off or unreadable; try "
                "again.")) from None

    def retrieve_metadata(self, study: str, series: str, sop: str) -> dict:
        """WADO-RS metadata: one instance's attributes as DICOM JSON (PS3.18 F.2), sequences
        included, without the bulk data."""
        resp = self._get_instance(study, series, sop, "/metadata", "application/dicom+json",
                                  "describe")
        try:
            body = resp.json()
        except ValueError:
            raise ServerUnavailable(QT_TRANSLATE_NOOP(
                "SyncError", "The server's answer was cut off or unreadable; try again.")) \
                from None
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
            raise RejectedError(QT_TRANSLATE_NOOP(
                "SyncError", "The server no longer holds instance {sop}."), sop=sop)
        if resp.status_code != 200:
            raise SyncError(QT_TRANSLATE_NOOP(
                "SyncError", "The server could not {verb} instance {sop} (HTTP {status})."),
                verb=verb, sop=sop, status=resp.status_code)
        return resp

    def _request(self, method: str, path: str, **kwargs) -> requests.Response:
        try:
            resp = self.session.request(method, self.root + path, timeout=self.timeout,
                                        verify=self.verify, **kwargs)
        except requests.exceptions.SSLError as exc:
            raise CertificateError(QT_TRANSLATE_NOOP(
                "SyncError", "The server's certificate was not accepted, so nothing was sent. "
                "The server may be an impostor, or its certificate changed or expired. Ask your "
                "IT officer for the right CA certificate file. ({reason})"),
                reason=_short(exc)) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise ServerUnavailable(QT_TRANSLATE_NOOP(
                "SyncError", "The hospital's server cannot be reached right now (no network, or "
                "the server is down). Cases stay safely queued and are sent later. ({reason})"),
                reason=_short(exc)) from None
        except requests.exceptions.RequestException as exc:
            raise ServerUnavailable(QT_TRANSLATE_NOOP(
                "SyncError", "Sending failed ({reason}); it will be retried."),
                reason=_short(exc)) from None
        if resp.status_code in (401, 403):
            raise AuthError(QT_TRANSLATE_NOOP(
                "SyncError", "The server refused the user name or password (HTTP {status}). "
                "Check them in the settings; sending is paused until they are corrected."),
                status=resp.status_code)
        if resp.status_code in (408, 425, 429) or resp.status_code >= 500:
            raise ServerUnavailable(QT_TRANSLATE_NOOP(
                "SyncError", "The hospital's server is having trouble (HTTP {status}). Cases stay "
                "safely queued and are sent later."), status=resp.status_code)
        return resp


def first_part(body: bytes) -> bytes:
    """The first part of a multipart/related body; a cut-off body means a failing server."""
    boundary, sep, rest = body.partition(b"\r\n")
    head_end = rest.find(b"\r\n\r\n")
    end = rest.find(b"\r\n" + boundary)
    if not sep or not boundary.startswith(b"--") or head_end < 0 or end < 0:
        raise ServerUnavailable(QT_TRANSLATE_NOOP(
            "SyncError", "The server's answer was cut off; try again."))
    return rest[head_end + 4:end]


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 200 else text[:200] + "..."
