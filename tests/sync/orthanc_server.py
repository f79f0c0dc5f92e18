"""A private Orthanc (with the DICOMweb plugin) for tests, plus a fault-injecting proxy.

Orthanc listens on a free port with authentication on, remote access off, storage in a temporary
folder. Orthanc 1.10 has no bind-address option: it listens on all interfaces but, with
``RemoteAccessAllowed: false``, answers only connections from this machine.
"""

from __future__ import annotations

import http.server
import json
import signal
import socket
import socketserver
import ssl
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import requests

from cxrscreen.core.settings import SyncConnection

ORTHANC_BIN = Path("/usr/sbin/Orthanc")
PLUGIN_CANDIDATES = [Path("/usr/share/orthanc/plugins/libOrthancDicomWeb.so"),
                     *sorted(Path("/usr/lib/orthanc").glob("libOrthancDicomWeb.so*"))]
USER, PASSWORD = "cxr", "s3cret-field-laptop"


def dicomweb_plugin() -> Path | None:
    return next((p for p in PLUGIN_CANDIDATES if p.exists()), None)


def missing_reason() -> str | None:
    if not ORTHANC_BIN.exists() or dicomweb_plugin() is None:
        return ("Orthanc with its DICOMweb plugin is not installed "
                "(run .ci/install_orthanc.sh: Debian packages orthanc, orthanc-dicomweb)")
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Orthanc:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        storage = workdir / "storage"
        storage.mkdir(parents=True, exist_ok=True)
        config = {
            "Name": "cxrscreen-test", "HttpPort": self.port, "DicomServerEnabled": False,
            "DicomPort": free_port(), "RemoteAccessAllowed": False,
            "AuthenticationEnabled": True, "RegisteredUsers": {USER: PASSWORD},
            "StorageDirectory": str(storage), "IndexDirectory": str(storage),
            "Plugins": [str(dicomweb_plugin())], "DicomWeb": {"Enable": True,
                                                            "Root": "/dicom-web/"},
            "SaveJobs": False, "HttpCompressionEnabled": False, "ConcurrentJobs": 1,
        }
        self.config = workdir / "orthanc.json"
        self.config.write_text(json.dumps(config))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/dicom-web"

    def start(self, timeout: float = 30.0) -> None:
        log = open(self.workdir / "orthanc.log", "ab")
        self.proc = subprocess.Popen([str(ORTHANC_BIN), str(self.config)], stdout=log,
                                     stderr=subprocess.STDOUT, cwd=self.workdir)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("Orthanc exited: " + self.log_tail())
            try:
                r = requests.get(f"http://127.0.0.1:{self.port}/system", auth=(USER, PASSWORD),
                                 timeout=1)
                if r.status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise RuntimeError("Orthanc did not start: " + self.log_tail())

    def kill(self) -> None:
        """SIGKILL, like a power cut on the server."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    def log_tail(self) -> str:
        path = self.workdir / "orthanc.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    # -- checks the tests make (QIDO-RS and Orthanc's REST API) --

    def instances(self, study_uid: str | None = None) -> list[dict]:
        params = {"limit": "10000", "includefield": "00080016"}
        if study_uid:
            params["StudyInstanceUID"] = study_uid
        r = requests.get(self.url + "/instances", params=params, auth=(USER, PASSWORD),
                         headers={"Accept": "application/dicom+json"}, timeout=30)
        r.raise_for_status()
        return r.json() if r.content else []

    def sop_uids(self, study_uid: str | None = None) -> list[str]:
        return [i["00080018"]["Value"][0] for i in self.instances(study_uid)]

    def count(self) -> int:
        r = requests.get(f"http://127.0.0.1:{self.port}/statistics", auth=(USER, PASSWORD),
                         timeout=10)
        return int(r.json()["CountInstances"])


class FaultProxy:
    """HTTP proxy in front of Orthanc that can answer 503, answer slowly, or let a test act at an
    exact point of an exchange (see ``hook``), so that faults land at events, not after delays."""

    def __init__(self, target_port: int, tls_files: tuple[Path, Path] | None = None) -> None:
        self.target = f"http://127.0.0.1:{target_port}"
        self.scheme = "https" if tls_files else "http"
        self.fail_next = 0  # answer this many requests with 503 without forwarding
        self.delay = 0.0  # seconds to wait after forwarding, before answering
        # hook(number, stage) is called in the proxy's thread for request ``number`` (1, 2, ...)
        # at each stage: "received" (not forwarded yet), "forwarded" (the server has answered the
        # proxy), "answered" (the answer is written back). It may block, e.g. to hold a request
        # while the test kills something; if it returns True at "received" or "forwarded", the
        # connection is dropped unanswered (and, at "received", the request never reaches the
        # server).
        self.hook: Callable[[int, str], bool | None] | None = None
        self.requests = 0
        self.failed = 0
        self._count = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                self._forward("GET")

            def do_POST(self) -> None:
                self._forward("POST")

            def _forward(self, method: str) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with proxy._count:
                    proxy.requests += 1
                    number = proxy.requests
                if proxy.fail_next > 0:
                    proxy.fail_next -= 1
                    proxy.failed += 1
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self._at(number, "received"):
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                try:
                    r = requests.request(method, proxy.target + self.path, data=body,
                                         headers=headers, timeout=60)
                except requests.RequestException:  # the server is down: so is the connection
                    self.close_connection = True
                    return
                if self._at(number, "forwarded"):
                    return
                time.sleep(proxy.delay)
                try:
                    self.send_response(r.status_code)
                    for k, v in r.headers.items():
                        if k.lower() not in ("transfer-encoding", "connection", "keep-alive",
                                             "content-encoding", "content-length"):
                            self.send_header(k, v)
                    self.send_header("Content-Length", str(len(r.content)))
                    self.end_headers()
                    self.wfile.write(r.content)
                    self.wfile.flush()
                except OSError:
                    return  # the client gave up waiting
                self._at(number, "answered")

            def _at(self, number: int, stage: str) -> bool:
                """Run the test's hook; True: drop the connection without an answer."""
                hook = proxy.hook
                if hook is not None and hook(number, stage) and stage != "answered":
                    self.close_connection = True
                    return True
                return False

        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        if tls_files:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(tls_files[0]), str(tls_files[1]))
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}/dicom-web"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()



def connection(url: str, password: str = PASSWORD) -> SyncConnection:
    return SyncConnection(url=url, user=USER, password=password, ca_file="")


def self_signed_cert(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no system CA vouches for (needs the openssl tool)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key
