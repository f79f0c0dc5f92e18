#!/bin/sh
# Install Orthanc and its DICOMweb plugin from Debian's packages for the sync tests.
#
# Idempotent: does nothing when both are already installed. Leaves no system Orthanc service
# running or bound to a port: the tests start their own private Orthanc on 127.0.0.1.
# Works as root without sudo; as another user it uses sudo when available.
set -eu

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install_orthanc.sh: run as root (or install sudo)" >&2; exit 1; fi
fi

have_all() {
    [ -x /usr/sbin/Orthanc ] && dpkg -s orthanc-dicomweb >/dev/null 2>&1
}

stop_service() {
    # The package may start the system service; the tests never use it.
    if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
        $SUDO systemctl stop orthanc >/dev/null 2>&1 || true
        $SUDO systemctl disable orthanc >/dev/null 2>&1 || true
    fi
    if [ -x /etc/init.d/orthanc ]; then
        $SUDO /etc/init.d/orthanc stop >/dev/null 2>&1 || true
    fi
}

if have_all; then
    echo "Orthanc and orthanc-dicomweb are already installed."
    stop_service
    exit 0
fi

# Keep invoke-rc.d from starting the service during installation (containers, CI runners).
POLICY=/usr/sbin/policy-rc.d
ADDED_POLICY=0
if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
    $SUDO chmod 0755 "$POLICY"
    ADDED_POLICY=1
fi
cleanup() { if [ "$ADDED_POLICY" -eq 1 ]; then $SUDO rm -f "$POLICY"; fi; }
trap cleanup EXIT INT TERM

$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
    orthanc orthanc-dicomweb
stop_service

have_all || { echo "install_orthanc.sh: Orthanc did not install correctly" >&2; exit 1; }
echo "Orthanc installed: $(/usr/sbin/Orthanc --version 2>/dev/null | head -n 1)"
