#!/usr/bin/env bash
# Build the Debian/Ubuntu package from the PyInstaller bundle, with dpkg-deb only (no network, no
# debhelper). Usage:
#
#   packaging/build_deb.sh [BUNDLE_DIR [OUT_DIR]]     # defaults: dist/cxrscreen  dist
#
# Environment: DEB_VERSION (default: cxrscreen.__version__), DEB_REVISION (default 1),
# DEB_COMPRESS (gzip, the default, fast; or xz, ~25% smaller and several times slower).
#
# Layout: the bundle in /opt/cxrscreen/, /usr/bin/cxrscreen -> /opt/cxrscreen/cxrscreen, a desktop
# entry and icons, and the IT documentation with site.example.json in /usr/share/doc/cxrscreen/.
# No maintainer scripts: the desktop and icon caches are refreshed by dpkg triggers, and nothing is
# created outside the package's own files, so `dpkg -r` leaves the machine as it was. User data
# (cases) and /etc/cxrscreen/site.json are never part of the package and are never removed by it.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
BUNDLE=$(cd "${1:-$ROOT/dist/cxrscreen}" && pwd)
OUT=${2:-$ROOT/dist}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

VERSION=${DEB_VERSION:-$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/desktop/cxrscreen/__init__.py")}
REVISION=${DEB_REVISION:-1}
ARCH=${DEB_ARCH:-$(dpkg --print-architecture 2>/dev/null || echo amd64)}
test -n "$VERSION" || { echo "build_deb.sh: cannot tell the version" >&2; exit 2; }
test -x "$BUNDLE/cxrscreen" || { echo "build_deb.sh: $BUNDLE/cxrscreen is missing; run packaging/build.sh" >&2; exit 2; }

STAGE=$(mktemp -d "${TMPDIR:-/tmp}/cxrscreen-deb.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
PKG=$STAGE/pkg

install -d -m 0755 "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
  "$PKG/usr/share/doc/cxrscreen" "$PKG/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$PKG/opt/cxrscreen"
ln -s /opt/cxrscreen/cxrscreen "$PKG/usr/bin/cxrscreen"
install -m 0644 "$HERE/cxrscreen.desktop" "$PKG/usr/share/applications/cxrscreen.desktop"
install -m 0644 "$HERE/icons/cxrscreen.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/cxrscreen.svg"
for size in 16 24 32 48 64 128 256 512; do
  dir=$PKG/usr/share/icons/hicolor/${size}x${size}/apps
  install -d -m 0755 "$dir"
  if [ "$size" = 512 ]; then
    install -m 0644 "$HERE/icons/cxrscreen.png" "$dir/cxrscreen.png"
  else
    install -m 0644 "$HERE/icons/png/cxrscreen-$size.png" "$dir/cxrscreen.png"
  fi
done
install -m 0644 "$HERE/README.md" "$PKG/usr/share/doc/cxrscreen/README.md"
install -m 0644 "$HERE/site.example.json" "$PKG/usr/share/doc/cxrscreen/site.example.json"
cat > "$PKG/usr/share/doc/cxrscreen/copyright" <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: cxrscreen

Files: *
License: Apache-2.0
 CXR Screen is a screening aid, not a diagnosis.
 On Debian systems the full text of the Apache License 2.0 is in
 /usr/share/common-licenses/Apache-2.0.

Files: opt/cxrscreen/_internal/*
License: various
 The bundled runtime includes Python (PSF), Qt 6 and PySide6 (LGPL-3.0), NumPy and Pillow (BSD/HPND),
 pydicom and highdicom (MIT), pylibjpeg, libjpeg, openjpeg and CharLS (MIT/GPL-3.0/BSD-2, see each
 package's metadata in opt/cxrscreen/_internal/*.dist-info), and LiteRT (Apache-2.0).
 The sample images' sources and licences are in opt/cxrscreen/_internal/cxrscreen/samples/ATTRIBUTION.md.
EOF

# Normalise permissions: directories and executables 0755, everything else 0644.
find "$PKG" -type d -exec chmod 0755 {} +
find "$PKG/opt" "$PKG/usr/share" -type f -exec chmod 0644 {} +
chmod 0755 "$PKG/opt/cxrscreen/cxrscreen"
find "$PKG/opt/cxrscreen" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 0755 {} +

# The system libraries the bundle expects from the laptop: what its ELF files need (NEEDED) but
# the bundle does not carry. PyInstaller leaves these out on purpose (the C library, the graphics
# drivers' GL/EGL, libxcb and Wayland, which must match the display server), and the spec leaves
# CUPS to the system. Each one maps to its package; an unknown one stops the build, so a new
# dependency cannot slip through unnoticed. The minimum C library is the build machine's: build on
# the oldest release you deploy to.
declare -A PACKAGE_OF=(
  [libc.so.6]="libc6" [libm.so.6]="libc6" [libdl.so.2]="libc6" [libpthread.so.0]="libc6"
  [librt.so.1]="libc6" [libresolv.so.2]="libc6" [libutil.so.1]="libc6"
  [ld-linux-x86-64.so.2]="libc6" [ld-linux-aarch64.so.1]="libc6"
  [libGL.so.1]="libgl1" [libEGL.so.1]="libegl1" [libOpenGL.so.0]="libopengl0" [libGLX.so.0]="libglx0"
  [libxcb.so.1]="libxcb1" [libX11.so.6]="libx11-6" [libX11-xcb.so.1]="libx11-xcb1"
  [libwayland-client.so.0]="libwayland-client0" [libwayland-cursor.so.0]="libwayland-cursor0"
  [libwayland-egl.so.1]="libwayland-egl1"
  [libcups.so.2]="libcups2 | libcups2t64"
  [libfontconfig.so.1]="libfontconfig1" [libfreetype.so.6]="libfreetype6"
  [libdbus-1.so.3]="libdbus-1-3" [libz.so.1]="zlib1g"
  [libxkbcommon.so.0]="libxkbcommon0" [libxkbcommon-x11.so.0]="libxkbcommon-x11-0"
  [libglib-2.0.so.0]="libglib2.0-0 | libglib2.0-0t64"
)
ELF_FILES=$(find "$PKG/opt/cxrscreen" -type f \( -name '*.so*' -o -name cxrscreen \) \
              -exec sh -c 'head -c 4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
GLIBC=2.31
MISSING=""
if [ -n "$ELF_FILES" ]; then
  # shellcheck disable=SC2086
  GLIBC=$(objdump -T $ELF_FILES 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sort -uV | tail -1 | cut -d_ -f2)
  BUNDLED=$(find "$PKG/opt/cxrscreen" \( -type f -o -type l \) -name '*.so*' -printf '%f\n' | sort -u)
  # shellcheck disable=SC2086
  MISSING=$(objdump -p $ELF_FILES 2>/dev/null | awk '/NEEDED/ {print $2}' | sort -u | \
              grep -vxF -f <(echo "$BUNDLED") || true)
fi
# Libraries needed only by an optional Qt plugin (the Wayland platform, which loads only in a
# Wayland session, where they are always present; CUPS printing, which falls back to PDF) are
# Recommends, so that dpkg -i never fails for their sake on a machine without them.
OPTIONAL_LIBS="libwayland-client.so.0 libwayland-cursor.so.0 libwayland-egl.so.1 libcups.so.2"
DEPENDS="libc6 (>= ${GLIBC})"
RECOMMENDS=""
for lib in $MISSING; do
  pkg=${PACKAGE_OF[$lib]:-}
  if [ -z "$pkg" ]; then
    echo "build_deb.sh: the bundle needs $lib from the system, and no package is known for it." \
         "Add it to PACKAGE_OF in $0 (or bundle it)." >&2
    exit 1
  fi
  [ "$pkg" = libc6 ] && continue
  case " $OPTIONAL_LIBS " in
    *" $lib "*) case ", $RECOMMENDS, " in *", $pkg, "*) ;; *) RECOMMENDS="${RECOMMENDS:+$RECOMMENDS, }$pkg" ;; esac ;;
    *) case ", $DEPENDS, " in *", $pkg, "*) ;; *) DEPENDS="$DEPENDS, $pkg" ;; esac ;;
  esac
done
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)

cat > "$PKG/DEBIAN/control" <<EOF
Package: cxrscreen
Version: ${VERSION}-${REVISION}
Section: science
Priority: optional
Architecture: ${ARCH}
Maintainer: CXR Screen maintainers <cxrscreen@example.org>
Installed-Size: ${INSTALLED_KB}
Depends: ${DEPENDS}
${RECOMMENDS:+Recommends: ${RECOMMENDS}
}Homepage: https://example.org/cxrscreen
Description: offline pneumonia screening aid for children's chest X-rays
 CXR Screen screens frontal chest X-rays of children (DICOM, JPEG, PNG) for
 signs of pneumonia on a laptop with no network, stores the cases, and sends
 them to the hospital's PACS when a connection is available.
 .
 A screening aid, not a diagnosis: a clinician must confirm every result.
 Self-contained: Python, Qt, LiteRT and the model are inside /opt/cxrscreen.
 Run "cxrscreen self-test" after installing.
EOF

DEB=$OUT/cxrscreen_${VERSION}-${REVISION}_${ARCH}.deb
start=$(date +%s)
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-gzip}" --build "$PKG" "$DEB" >/dev/null
echo "Built $DEB ($(du -h "$DEB" | cut -f1), installed size $((INSTALLED_KB / 1024)) MB," \
     "needs glibc >= ${GLIBC}) in $(( $(date +%s) - start )) s."
