#!/usr/bin/env bash
# Build the one-folder bundle dist/cxrscreen/ (executable dist/cxrscreen/cxrscreen) with the
# project's .venv. Usage, from anywhere:
#
#   packaging/build.sh                   # ships <project>/edge_models
#   CXRSCREEN_BUNDLE_MODELS=/path/to/edge_models packaging/build.sh
#
# Needs: .venv with the project installed with the app and dev extras
#   (python3 -m venv .venv && .venv/bin/pip install -e '.[app,dev]').
# Prints the build time and the bundle size at the end.
set -euo pipefail
if [ -n "${CXRSCREEN_BUNDLE_MODELS:-}" ]; then  # relative to where the caller is
  CXRSCREEN_BUNDLE_MODELS=$(cd "$CXRSCREEN_BUNDLE_MODELS" && pwd)
  export CXRSCREEN_BUNDLE_MODELS
fi
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}

if [ ! -x "$PY" ]; then
  echo "build.sh: $PY not found. Create the venv first: python3 -m venv .venv && " \
       ".venv/bin/pip install -e '.[app,dev]'" >&2
  exit 2
fi
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
  echo "build.sh: PyInstaller is missing from the venv; installing it (the dev extra pins it)." >&2
  "$PY" -m pip install -q 'pyinstaller>=6.10'
fi
if [ ! -f packaging/icons/cxrscreen.png ]; then
  "$PY" packaging/make_icon.py
fi

start=$(date +%s)
# --noconfirm: replace an older dist/cxrscreen; build/ holds PyInstaller's cache between builds.
"$PY" -m PyInstaller --noconfirm --clean --log-level "${PYI_LOG_LEVEL:-WARN}" \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/cxrscreen.spec
end=$(date +%s)

BUNDLE=$ROOT/dist/cxrscreen
test -x "$BUNDLE/cxrscreen" || { echo "build.sh: $BUNDLE/cxrscreen was not produced" >&2; exit 1; }
# Record what was built, for support: version, model, git commit.
"$PY" - "$BUNDLE" <<'EOF'
import json, subprocess, sys
from pathlib import Path
from cxrscreen import __version__
bundle = Path(sys.argv[1])
try:
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
except (OSError, subprocess.CalledProcessError):
    commit = ""
models = sorted(str(p.parent.relative_to(bundle / "_internal" / "edge_models"))
                for p in (bundle / "_internal" / "edge_models").glob("*/*/metadata.json"))
(bundle / "_internal" / "BUILD_INFO.json").write_text(json.dumps(
    {"version": __version__, "git_commit": commit, "models": models}, indent=2) + "\n")
EOF
size_mb=$(du -sm "$BUNDLE" | cut -f1)
echo "Built $BUNDLE in $((end - start)) s; bundle size ${size_mb} MB ($(du -sh "$BUNDLE" | cut -f1))."
