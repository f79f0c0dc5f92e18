#!/usr/bin/env bash
# Does the installed Windows build score like the Linux app? Installs SETUP silently into a fresh
# Wine prefix, runs the installed `cxrscreen-cli.exe screen --json` on FILES, runs the Linux app's
# `cxrscreen screen --json` (LINUX_CXRSCREEN, default <project>/.venv/bin/cxrscreen) on the same
# files, and compares file by file: the same outcome (scored or refused, and why) and the scores
# (pneumonia and input check) within TOLERANCE (default 0.01). Exit 0 only if every file agrees.
#
#   packaging/windows/compare_scores.sh dist/windows/cxrscreen-setup-0.1.0.exe ../shared/data/real_dicom/*.dcm
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 SETUP.exe FILE..." >&2
  exit 2
fi
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SETUP=$(realpath "$1"); shift
FILES=()
for f in "$@"; do [ -f "$f" ] || { echo "compare_scores.sh: $f not found" >&2; exit 2; }; FILES+=("$(realpath "$f")"); done
# shellcheck source=wine-env.sh
. "$HERE/wine-env.sh"
die() { echo "WINDOWS/LINUX SCORE COMPARISON FAILED: $*" >&2; exit 1; }
LINUX=${LINUX_CXRSCREEN:-$ROOT/.venv/bin/cxrscreen}
[ -x "$LINUX" ] || die "no Linux app at $LINUX (python3 -m venv .venv && .venv/bin/pip install -e '.[app]')"
for var in $(compgen -e | grep '^CXRSCREEN_' || true); do unset "$var"; done

OUT=$ROOT/build/windows/compare
PREFIX=$OUT/prefix
XVFB_PID=""
trap 'WINEPREFIX=$PREFIX wineserver -k 2>/dev/null || true; [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null || true' EXIT
WINEPREFIX=$PREFIX wineserver -k 2>/dev/null || true
rm -rf "$OUT" && mkdir -p "$OUT"
build_standins "$ROOT/build/windows/standins" "$HERE/wine-standins"
new_prefix "$PREFIX" "$ROOT/build/windows/standins"
start_xvfb "$OUT"   # the installer needs a display under Wine, even when silent
WIN_TIMEOUT=600 win "$(winpath "$SETUP")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART \
  || die "the silent install failed"
wineserver -w

WIN_FILES=()
for f in "${FILES[@]}"; do WIN_FILES+=("$(winpath "$f")"); done
echo "Windows (installed, under Wine): screen --json on ${#FILES[@]} files"
win 'C:\Program Files\CXR Screen\cxrscreen-cli.exe' screen --json "${WIN_FILES[@]}" > "$OUT/windows.out" || true
echo "Linux ($LINUX): screen --json on the same files"
"$LINUX" screen --json "${FILES[@]}" > "$OUT/linux.out" 2>"$OUT/linux.err" || true

python3 - "$OUT/linux.out" "$OUT/windows.out" "${TOLERANCE:-0.01}" "${FILES[@]}" <<'EOF'
import json, ntpath, os, sys

linux_out, windows_out, tol, files = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]


def results(path):
    """The JSON objects with a "file" key in a program's output (Wine may add other lines)."""
    found = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        start = line.find("{")
        if start < 0:
            continue
        try:
            obj = json.loads(line[start:])
        except ValueError:
            continue
        if isinstance(obj, dict) and "file" in obj:
            name = obj["file"]
            found[ntpath.basename(name) if "\\" in name else os.path.basename(name)] = obj
    return found


def summary(r):
    if r is None:
        return None, None, None
    check = (r.get("input_check") or {}).get("score")
    if r.get("ok"):
        return "scored", r.get("score"), check
    return "refused: " + str((r.get("error") or {}).get("code")), None, check


linux, windows = results(linux_out), results(windows_out)
bad = 0
print(f"{'file':42} {'Linux':>18} {'Windows':>18} {'|diff|':>8} {'check |diff|':>12}")
for f in files:
    name = os.path.basename(f)
    (lo, ls, lc), (wo, ws, wc) = summary(linux.get(name)), summary(windows.get(name))
    diff = abs(ls - ws) if ls is not None and ws is not None else None
    cdiff = abs(lc - wc) if lc is not None and wc is not None else None
    agree = lo is not None and lo == wo and (diff is None or diff <= tol) and (cdiff is None or cdiff <= tol)
    bad += not agree
    show = lambda o, s: "missing" if o is None else (f"{s:.4f}" if s is not None else o)
    print(f"{name:42} {show(lo, ls):>18} {show(wo, ws):>18} "
          f"{'' if diff is None else f'{diff:.4f}':>8} {'' if cdiff is None else f'{cdiff:.4f}':>12}"
          f"{'' if agree else '   DIFFERENT'}")
print(f"{len(files) - bad} of {len(files)} files agree within {tol}")
sys.exit(1 if bad else 0)
EOF
