"""The .deb's layout, built by packaging/build_deb.sh from a stand-in bundle (fast; no PyInstaller).

The real bundle is packaged and installed with dpkg -i / dpkg -r by .ci/bundle."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"

needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("needs dpkg-deb")
    root = tmp_path_factory.mktemp("deb")
    bundle = root / "cxrscreen"
    (bundle / "_internal" / "edge_models").mkdir(parents=True)
    exe = bundle / "cxrscreen"
    exe.write_text("#!/bin/sh\necho stand-in\n")
    exe.chmod(0o700)
    (bundle / "_internal" / "data.txt").write_text("x")
    env = {**os.environ, "DEB_VERSION": "9.8.7", "DEB_REVISION": "3", "DEB_ARCH": "amd64"}
    proc = subprocess.run(["bash", str(PACKAGING / "build_deb.sh"), str(bundle), str(root / "out")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return root / "out" / "cxrscreen_9.8.7-3_amd64.deb"


def contents(deb: Path) -> dict[str, str]:
    """path -> 'owner/group mode [-> target]' for every entry of the package."""
    out = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                         check=True).stdout
    entries = {}
    for line in out.splitlines():
        mode, owner, _size, _date, _time, path, *rest = line.split()
        entries[path.lstrip(".")] = f"{owner} {mode} {' '.join(rest)}".strip()
    return entries


def test_control_fields(deb):
    info = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True,
                          check=True).stdout
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line
                  and not line.startswith(" "))
    assert fields["Package"] == "cxrscreen"
    assert fields["Version"] == "9.8.7-3"
    assert fields["Architecture"] == "amd64"
    assert fields["Depends"].startswith("libc6 (>= ")
    assert int(fields["Installed-Size"]) > 0
    assert "not a diagnosis" in info


def test_layout(deb):
    entries = contents(deb)
    assert entries["/opt/cxrscreen/cxrscreen"].split()[:2] == ["root/root", "-rwxr-xr-x"]
    assert entries["/usr/bin/cxrscreen"].endswith("-> /opt/cxrscreen/cxrscreen")
    for path in ("/usr/share/applications/cxrscreen.desktop",
                 "/usr/share/icons/hicolor/scalable/apps/cxrscreen.svg",
                 "/usr/share/icons/hicolor/48x48/apps/cxrscreen.png",
                 "/usr/share/icons/hicolor/512x512/apps/cxrscreen.png",
                 "/usr/share/doc/cxrscreen/README.md",
                 "/usr/share/doc/cxrscreen/site.example.json",
                 "/usr/share/doc/cxrscreen/copyright"):
        assert path in entries, path
    assert all(v.startswith("root/root") for v in entries.values())
    # Never in the package: the site file (IT's, kept across upgrades) and any user data.
    assert not [p for p in entries if p.startswith("/etc") or p.startswith("/var")
                or p.startswith("/home")]


def test_no_maintainer_scripts(deb, tmp_path):
    subprocess.run(["dpkg-deb", "-e", str(deb), str(tmp_path / "DEBIAN")], check=True)
    assert sorted(p.name for p in (tmp_path / "DEBIAN").iterdir()) == ["control"]


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "cxrscreen.desktop")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "/opt/cxrscreen/cxrscreen"
    assert section["Icon"] == "cxrscreen"
    assert section["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(["desktop-file-validate", str(PACKAGING / "cxrscreen.desktop")],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_icons_are_the_sizes_their_names_say():
    from PIL import Image

    assert Image.open(PACKAGING / "icons" / "cxrscreen.png").size == (512, 512)
    for png in (PACKAGING / "icons" / "png").glob("cxrscreen-*.png"):
        size = int(png.stem.split("-")[1])
        assert Image.open(png).size == (size, size)
    assert "<svg" in (PACKAGING / "icons" / "cxrscreen.svg").read_text()


@needs_dpkg
def test_an_unknown_system_library_stops_the_build(tmp_path):
    """A bundle needing a library that is neither bundled nor mapped to a package must fail."""
    if shutil.which("objdump") is None or not Path("/bin/true").is_file():
        pytest.skip("needs objdump")
    bundle = tmp_path / "cxrscreen"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy("/bin/true", bundle / "cxrscreen")  # an ELF file that needs libc only
    proc = subprocess.run(["bash", str(PACKAGING / "build_deb.sh"), str(bundle), str(tmp_path)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "DEB_VERSION": "1.0"})
    assert proc.returncode == 0, proc.stderr  # libc is known
    script = (PACKAGING / "build_deb.sh").read_text().replace('[libc.so.6]="libc6" ', "")
    patched = tmp_path / "build_deb.sh"
    patched.write_text(script)
    shutil.copytree(PACKAGING / "icons", tmp_path / "icons")
    for name in ("cxrscreen.desktop", "README.md", "site.example.json"):
        shutil.copy(PACKAGING / name, tmp_path / name)
    (tmp_path / "desktop" / "cxrscreen").mkdir(parents=True)
    proc = subprocess.run(["bash", str(patched), str(bundle), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "DEB_VERSION": "1.0"})
    assert proc.returncode != 0 and "libc.so.6" in proc.stderr
