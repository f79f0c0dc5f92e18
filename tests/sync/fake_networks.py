"""Networks that lie: a Wi-Fi sign-in page (captive portal) answering every address, and a proxy in
front of Orthanc that drops parts of a STOW-RS request, so that the server's true answer is a
partial one. Real HTTP servers on 127.0.0.1, in a thread."""

from __future__ import annotations

import http.server
import re
import socketserver
import threading

import requests

PORTAL_PAGE = (b"<!DOCTYPE html><html><head><title>Welcome to CityNet Wi-Fi</title></head>"
               b"<body><form>Accept the terms to continue</form></body></html>")


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


class _Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _answer(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


class _Running:
    def __init__(self, handler: type) -> None:
        self.server = _Server(("127.0.0.1", 0), handler)
        self.port = self.server.server_address[1]
        self.requests: list[tuple[str, str]] = []  # (method, path)
        self.server.owner = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/dicom-web"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class CaptivePortal(_Running):
    """Answers every request the way a Wi-Fi sign-in page does. ``mode``:
    ``html`` (200 and a web page), ``redirect`` (302 to the sign-in page, which answers 200 and
    HTML), ``empty_list`` (200 and ``[]`` as JSON, to searches too), ``empty`` (200, no body)."""

    def __init__(self, mode: str) -> None:
        self.mode = mode

        class Handler(_Quiet):
            def do_GET(self) -> None:
                self._any("GET")

            def do_POST(self) -> None:
                self._any("POST")

            def _any(self, method: str) -> None:
                owner = self.server.owner
                self._body()
                owner.requests.append((method, self.path))
                if self.path.startswith("/portal"):
                    return self._answer(200, PORTAL_PAGE, "text/html; charset=utf-8")
                if owner.mode == "redirect":
                    return self._answer(302, b"", "text/html",
                                        Location=f"http://127.0.0.1:{owner.port}/portal?x=1")
                if owner.mode == "empty_list":
                    return self._answer(200, b"[]", "application/json")
                if owner.mode == "empty":
                    return self._answer(200, b"", "application/dicom+json")
                return self._answer(200, PORTAL_PAGE, "text/html; charset=utf-8")

        super().__init__(Handler)


class PartProxy(_Running):
    """Forwards to Orthanc, but replaces its STOW-RS answer with ``stow_answer`` if given, and
    strips from each STOW-RS request the parts that contain one of
    ``drop`` (bytes, e.g. an SOP Instance UID), so Orthanc stores and lists only the rest: a
    genuine partial answer. Other requests pass unchanged."""

    def __init__(self, target_port: int, drop: list[bytes] = (),
                 stow_answer: bytes | None = None) -> None:
        self.target = f"http://127.0.0.1:{target_port}"
        self.drop = list(drop)
        self.stow_answer = stow_answer  # not None: replaces Orthanc's answer to every STOW-RS
        self.dropped = 0

        class Handler(_Quiet):
            def do_GET(self) -> None:
                self._forward("GET")

            def do_POST(self) -> None:
                self._forward("POST")

            def _forward(self, method: str) -> None:
                owner = self.server.owner
                body = self._body()
                owner.requests.append((method, self.path))
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("host", "content-length")}
                if method == "POST":
                    body = owner._strip(body, self.headers.get("Content-Type", ""))
                r = requests.request(method, owner.target + self.path, data=body,
                                     headers=headers, timeout=60, allow_redirects=False)
                if method == "POST" and owner.stow_answer is not None:
                    return self._answer(200, owner.stow_answer, "application/dicom+json")
                self._answer(r.status_code, r.content, r.headers.get("Content-Type", ""))

        super().__init__(Handler)

    def _strip(self, body: bytes, content_type: str) -> bytes:
        boundary = re.search(r"boundary=([^;\s]+)", content_type).group(1).encode()
        parts = body.split(b"--" + boundary)
        kept = [parts[0]]
        for part in parts[1:-1]:
            if any(d in part for d in self.drop):
                self.dropped += 1
            else:
                kept.append(part)
        return (b"--" + boundary).join(kept + [parts[-1]])
