"""A private X server (Xvfb) and the real application in it, driven by real X events (xdotool):
what a person's keyboard and mouse do, through the window system. Qt's test events go straight
to a widget and skip the window system; that is how the lock screen's deafness to real keys went
unnoticed (issue 22).

Every wait here waits for something to happen (the X server saying which display it took, a
line on the probe, a state the window reports), with a timeout; none is a fixed delay.
"""

from __future__ import annotations

import json
import os
import queue
import select
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEEDED = ("Xvfb", "xdotool")


def missing_reason() -> str:
    absent = [tool for tool in NEEDED if shutil.which(tool) is None]
    if absent:
        return (f"{', '.join(absent)} not installed (Debian: apt-get install xvfb xdotool); "
                "the real-window tests need them")
    return ""


class Xvfb:
    """An X server on a display number of its own (Xvfb -displayfd picks a free one)."""

    def __init__(self, width: int, height: int, timeout: float = 30.0) -> None:
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
             "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(write)
        number = b""
        end = time.monotonic() + timeout
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], max(0.0, end - time.monotonic()))
            if not ready:
                self.stop()
                raise RuntimeError("Xvfb did not say which display it took")
            chunk = os.read(read, 16)
            if not chunk:
                self.stop()
                raise RuntimeError(f"Xvfb stopped: {self.proc.stderr.read().decode()[-500:]}")
            number += chunk
        os.close(read)
        self.display = f":{number.decode().strip()}"
        self.size = (width, height)

    def env(self) -> dict:
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True,
                              text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "15", text)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "30", *keys)

    def click(self, x: int, y: int) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")

    def screenshot(self, path: Path) -> None:
        """The whole X screen as a person would see it (ImageMagick's `import`)."""
        subprocess.run(["import", "-display", self.display, "-window", "root", str(path)],
                       check=True, timeout=60)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class RealApp:
    """tests/ui/real_window.py (ui.app.run plus a probe) in ``xvfb``."""

    def __init__(self, xvfb: Xvfb, data_dir: Path, model_dir: Path | None,
                 extra_env: dict | None = None) -> None:
        self.x = xvfb
        cmd = [sys.executable, str(HERE / "real_window.py"), "--data-dir", str(data_dir)]
        if model_dir is not None:
            cmd += ["--model", str(model_dir)]
        env = xvfb.env()
        env.pop("CXRSCREEN_USER", None)
        env.pop("CXRSCREEN_PASSWORD", None)
        env.update(extra_env or {})
        self.proc = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, bufsize=1)
        self._lines: queue.Queue = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_err, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.startswith("PROBE "):
                self._lines.put(json.loads(line[6:]))
        self._lines.put(None)

    def _read_err(self) -> None:
        for line in self.proc.stderr:
            self.stderr.append(line)

    def ask(self, command: str, timeout: float = 60.0) -> dict:
        if self.proc.poll() is not None:
            raise AssertionError(f"the application ended ({self.proc.returncode}):\n"
                                 + "".join(self.stderr[-40:]))
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        try:
            reply = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no answer to {command!r} in {timeout} s") from None
        if reply is None:
            raise AssertionError("the application ended:\n" + "".join(self.stderr[-40:]))
        if "error" in reply:
            raise AssertionError(f"{command!r}: {reply['error']}")
        return reply

    def state(self) -> dict:
        return self.ask("state")

    def where(self, path: str) -> dict:
        return self.ask(f"where {path}")

    def wait(self, condition, what: str, timeout: float = 60.0) -> dict:
        """The first state for which ``condition(state)`` holds, asked again as each answer
        comes (each answer is a round trip through the application's event loop)."""
        end = time.monotonic() + timeout
        last = {}
        while time.monotonic() < end:
            last = self.state()
            if condition(last):
                return last
            time.sleep(0.05)  # between questions only; the check is the condition
        raise AssertionError(f"timed out waiting for {what}; last state: {last}\n"
                             + "".join(self.stderr[-20:]))

    def focus_main_window(self) -> dict:
        """Give the keyboard back to the main window after a dialog closed, as a window manager
        does (Xvfb has none: X gives the focus to no window when a dialog goes away)."""
        win = self.wait(lambda s: s.get("main") and s["modal"] == "", "no dialog open", 30)
        self.x.xdotool("windowfocus", "--sync", str(win["winid"]))
        return self.wait(lambda s: s["active"], "the main window active", 30)

    def click_widget(self, path: str) -> dict:
        place = self.where(path)
        assert place.get("found") and place["visible"], f"{path} is not on the screen: {place}"
        self.x.click(place["cx"], place["cy"])
        return place

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.ask("quit", timeout=10)
                self.proc.wait(20)
            except (AssertionError, subprocess.TimeoutExpired, BrokenPipeError, OSError):
                pass
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
