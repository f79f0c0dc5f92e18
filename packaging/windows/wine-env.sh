# Shared by build.sh and smoke.sh (sourced, not run): Wine prefixes and running Windows programs.
# Everything here exists to run the Windows build ON THIS LINUX MACHINE; none of it is shipped.

# Stand-in DLLs that Wine 8 lacks (see wine-standins/README.md): names, for the bundle check too.
STANDIN_DLLS="icuuc bcryptprimitives mscms"

export WINEARCH=win64
export WINEDEBUG=${WINEDEBUG:--all}
# No Mono or Gecko (there is no internet and nothing here needs .NET or HTML): without this, the
# first start of a prefix asks to download them.
WINE_BASE_OVERRIDES="mscoree,mshtml="

say() { printf '\n== %s\n' "$*"; }
die() { echo "WINDOWS BUILD FAILED: $*" >&2; exit 1; }

# win PROGRAM ARGS...: run a Windows program under Wine, its output on ours. Wine programs must
# see a pipe, not a file or a terminal, on stdout ("Invalid handle" in Python otherwise), and no
# standard input. WIN_TIMEOUT (seconds, default 1200) bounds each run so that nothing hangs CI.
win() {
  local rc=0
  timeout --kill-after=30 "${WIN_TIMEOUT:-1200}" wine "$@" < /dev/null 2>&1 | cat || rc=$?
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    echo "(wine $1 was stopped after ${WIN_TIMEOUT:-1200} s)" >&2
  fi
  return "$rc"
}

# winpath UNIX_PATH: the same path as Windows programs see it (Z:\...).
winpath() { winepath -w "$1" 2>/dev/null; }

# build_standins OUT_DIR SRC_DIR: compile the stand-in DLLs (once; they are tiny).
build_standins() {
  local out=$1 src=$2 cc=x86_64-w64-mingw32-gcc name
  command -v "$cc" >/dev/null || die "$cc not found: apt-get install gcc-mingw-w64-x86-64-win32"
  mkdir -p "$out"
  for name in $STANDIN_DLLS; do
    if [ ! -f "$out/$name.dll" ] || [ "$src/$name.c" -nt "$out/$name.dll" ]; then
      "$cc" -O2 -shared -s -o "$out/$name.dll" "$src/$name.c" "$src/$name.def" -ladvapi32 \
        || die "could not compile the stand-in $name.dll"
    fi
  done
}

# new_prefix PREFIX STANDIN_DIR: a fresh Windows 10 prefix with the stand-in DLLs in system32.
new_prefix() {
  local prefix=$1 standins=$2 name
  rm -rf "$prefix"
  mkdir -p "$(dirname "$prefix")"
  export WINEPREFIX=$prefix
  export WINEDLLOVERRIDES=$WINE_BASE_OVERRIDES
  win wineboot --init || die "wineboot could not create the prefix $prefix"
  wineserver -w
  win winecfg -v win10 || die "winecfg -v win10 failed"
  for name in $STANDIN_DLLS; do
    cp "$standins/$name.dll" "$prefix/drive_c/windows/system32/$name.dll"
  done
  # Wine has its own mscms.dll: prefer the stand-in (native) over it, in this prefix only.
  export WINEDLLOVERRIDES="$WINE_BASE_OVERRIDES;mscms,bcryptprimitives=n,b"
  wineserver -w
  [ -d "$prefix/drive_c/windows/system32" ] || die "the prefix $prefix has no system32"
}

# start_xvfb DIR: a virtual display of our own (Xvfb picks a free number and writes it to fd 3 once
# it accepts clients); sets DISPLAY and XVFB_PID. Inno Setup's installer needs a display under
# Wine even when silent ("Error reading FPreparingMemo.Lines.Strings" without one).
start_xvfb() {
  local dir=$1 num="" _
  # -noreset: without it the server resets whenever its last client leaves (here, when Wine's
  # programs end between two steps), and a CI run could not connect to it afterwards.
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 3>"$dir/display.txt" 2>"$dir/xvfb.log" &
  XVFB_PID=$!
  for _ in $(seq 1 300); do  # up to 30 s; an event (the number written), not a fixed delay
    num=$(tr -dc 0-9 < "$dir/display.txt" 2>/dev/null || true)
    [ -n "$num" ] && break
    kill -0 "$XVFB_PID" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$num" ] || die "Xvfb did not start: $(cat "$dir/xvfb.log")"
  export DISPLAY=:$num
  echo "Xvfb on display $DISPLAY"
}

# retry N COMMAND...: run COMMAND up to N times (downloads over a flaky network), 15 s, 30 s... apart.
retry() {
  local tries=$1 i
  shift
  for i in $(seq 1 "$tries"); do
    "$@" && return 0
    [ "$i" = "$tries" ] && break
    echo "(attempt $i of $tries failed: $*; trying again in $((i * 15)) s)" >&2
    sleep $((i * 15))
  done
  return 1
}
