"""Benchmark of the frozen bundle: its size, and cold start until the main window is shown.

    .venv/bin/python tests/benchmarks/bench_bundle.py [--bundle dist/cxrscreen] [--runs 5]

Cold start: before each run the bundle's files are evicted from the page cache
(posix_fadvise DONTNEED, which needs no privileges; system libraries such as libGL stay cached, as
they would on a laptop that has been used), then ``cxrscreen`` starts with an empty data folder on
an X server (Xvfb is started if $DISPLAY is unset) and the clock stops when a window titled
"CXR Screen" is mapped (polled with xdotool every 10 ms). Budgets (issue 6): window <= 3 s,
bundle <= 250 MB. Prints numbers; asserts nothing (the machine may be busy).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TITLE = "CXR Screen"


def bundle_size(bundle: Path) -> tuple[int, int]:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def evict(bundle: Path) -> None:
    os.sync()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def window_visible(display: str) -> bool:
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", TITLE],
                         capture_output=True, text=True, env={**os.environ, "DISPLAY": display})
    return bool(out.stdout.strip())


def start_xvfb() -> tuple[subprocess.Popen | None, str]:
    """Use $DISPLAY, or start Xvfb on a free high display number and wait until it answers."""
    if os.environ.get("DISPLAY"):
        return None, os.environ["DISPLAY"]
    import random

    for _ in range(10):
        display = f":{random.randint(200, 900)}"
        if Path(f"/tmp/.X{display[1:]}-lock").exists():
            continue
        # -noreset: otherwise the server resets when the last client (xdotool) disconnects, and
        # a client connecting meanwhile fails with "could not connect to display".
        proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-noreset",
                                 "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and proc.poll() is None:
            if subprocess.run(["xdpyinfo", "-display", display],
                              capture_output=True).returncode == 0:
                return proc, display
            time.sleep(0.1)
        proc.kill()
        proc.wait()
    raise RuntimeError("Xvfb did not start")


def one_start(exe: Path, display: str, cold: bool, timeout: float = 30.0) -> float:
    if cold:
        evict(exe.parent)
    with tempfile.TemporaryDirectory(prefix="cxrscreen-bench-") as tmp:
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "CXRSCREEN_SITE_CONFIG": str(Path(tmp) / "no-site.json"), "LANG": "C.UTF-8"}
        if os.environ.get("CXRSCREEN_MODELS_DIR"):
            env["CXRSCREEN_MODELS_DIR"] = os.environ["CXRSCREEN_MODELS_DIR"]
        log = open(Path(tmp) / "stderr.txt", "w+b")  # noqa: SIM115 — read back on failure
        started = time.perf_counter()
        proc = subprocess.Popen([str(exe), "--data-dir", str(Path(tmp) / "data")], env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)
        try:
            while time.perf_counter() - started < timeout:
                if window_visible(display):
                    return time.perf_counter() - started
                if proc.poll() is not None:
                    log.seek(0)
                    raise RuntimeError(f"cxrscreen exited with {proc.returncode} before showing "
                                       f"its window:\n{log.read().decode(errors='replace')[-3000:]}")
                time.sleep(0.01)
            raise RuntimeError(f"no window after {timeout} s")
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()


def cli_seconds(exe: Path, *args: str) -> float:
    """Wall time of one frozen CLI command, started cold (bundle evicted from the page cache)."""
    evict(exe.parent)
    with tempfile.TemporaryDirectory(prefix="cxrscreen-bench-") as tmp:
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "LANG": "C.UTF-8",
               "CXRSCREEN_SITE_CONFIG": str(Path(tmp) / "no-site.json")}
        started = time.perf_counter()
        proc = subprocess.run([str(exe), "--data-dir", str(Path(tmp) / "data"), *args], env=env,
                              capture_output=True, text=True, stdin=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"cxrscreen {' '.join(args)} failed:\n{proc.stdout}{proc.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "cxrscreen")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    exe = args.bundle / "cxrscreen"
    if not exe.is_file():
        print(f"no bundle at {args.bundle}: run packaging/build.sh first", file=sys.stderr)
        return 2
    size, count = bundle_size(args.bundle)
    report: dict = {"bundle": str(args.bundle), "size_bytes": size, "size_mb": round(size / 2**20, 1),
                    "files": count, "size_budget_mb": 250, "load_average": os.getloadavg()[0]}
    sample = args.bundle / "_internal" / "cxrscreen" / "samples" / "IM-0140-0001.jpeg"
    report["cold_self_test_s"] = round(cli_seconds(exe, "self-test"), 3)
    report["cold_cli_screen_one_jpeg_s"] = round(cli_seconds(exe, "screen", "--json", str(sample)), 3)
    if shutil.which("xdotool") is None or (not os.environ.get("DISPLAY") and not shutil.which("Xvfb")):
        report["start"] = "skipped: needs xdotool and an X server (or Xvfb)"
    else:
        xvfb, display = start_xvfb()
        try:
            cold = [one_start(exe, display, cold=True) for _ in range(args.runs)]
            warm = [one_start(exe, display, cold=False) for _ in range(max(1, args.runs // 2))]
        finally:
            if xvfb is not None:
                xvfb.terminate()
                xvfb.wait()
        report["cold_start_s"] = {"median": round(statistics.median(cold), 3),
                                  "max": round(max(cold), 3), "runs": [round(t, 3) for t in cold]}
        report["warm_start_s"] = {"median": round(statistics.median(warm), 3),
                                  "runs": [round(t, 3) for t in warm]}
        report["start_budget_s"] = 3.0
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"bundle {report['bundle']}: {report['size_mb']} MB in {count} files "
              f"(budget {report['size_budget_mb']} MB)")
        print(f"cold frozen CLI: self-test {report['cold_self_test_s']} s, screen one JPEG "
              f"{report['cold_cli_screen_one_jpeg_s']} s")
        if "cold_start_s" in report:
            c, w = report["cold_start_s"], report["warm_start_s"]
            print(f"window shown, cold: median {c['median']} s, max {c['max']} s {c['runs']}; "
                  f"warm: median {w['median']} s (budget 3 s; load average "
                  f"{report['load_average']:.1f})")
        else:
            print(f"start: {report['start']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
