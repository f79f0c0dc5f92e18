"""Read one X-ray file: detect its format by content, decode it (dicom.py, raster.py) and check
it against the pixel contract (contract.py).
"""

from __future__ import annotations

import stat
from pathlib import Path

import numpy as np

from ..errors import ImageRefused
from ..i18n import QT_TRANSLATE_NOOP
from .contract import (MAX_FILE_BYTES, TOO_BIG_FILE, XRay, check_not_blank, check_size,
                       model_input)
from .dicom import read_dicom
from .raster import read_raster


def detect_format(head: bytes) -> str | None:
    """Return "dicom", "jpeg", "png" or None from the first bytes of a file."""
    if len(head) >= 132 and head[128:132] == b"DICM":
        return "dicom"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    # A DICOM file without preamble starts with a group 0x0002 or 0x0008 tag, little endian or
    # (explicit VR big endian, retired but still written by old consoles) big endian.
    if len(head) >= 8 and head[:2] in (b"\x02\x00", b"\x08\x00", b"\x00\x02", b"\x00\x08"):
        return "dicom"
    return None


def read_xray(source: str | Path | bytes) -> XRay:
    """Read and check one X-ray file. Raises ImageRefused with a stable code and a plain message."""
    data = _read_bytes(source)
    kind = detect_format(data[:132])
    if kind is None:
        raise ImageRefused(
            "unreadable",
            QT_TRANSLATE_NOOP("Refusal", "This file is not an image the application can read (it is not DICOM, "
               "JPEG or PNG). Export the X-ray again from the machine's console."),
        )
    if kind == "dicom":
        xray = read_dicom(data)
    else:
        xray = read_raster(data, kind)
    check_size(*xray.shape)
    check_not_blank(xray.pixels)
    return xray


def _read_bytes(source: str | Path | bytes) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        path = Path(source)
        try:
            st = path.stat()
            if stat.S_ISDIR(st.st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(st.st_mode):
                # A device or pipe (/dev/zero, a FIFO) would be read forever.
                raise ImageRefused("unreadable", QT_TRANSLATE_NOOP("Refusal", "{name} is not a regular file."),
                                   name=path.name)
            if st.st_size > MAX_FILE_BYTES:
                raise ImageRefused("too_large", TOO_BIG_FILE)
            with open(path, "rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:  # it grew while being read
                raise ImageRefused("too_large", TOO_BIG_FILE)
        except IsADirectoryError:
            raise ImageRefused("unreadable", QT_TRANSLATE_NOOP("Refusal", "{name} is a folder, not an image file."),
                               name=path.name) from None
        except FileNotFoundError:
            raise ImageRefused("unreadable", QT_TRANSLATE_NOOP("Refusal", "The file {path} does not exist."),
                               path=str(path)) from None
        except PermissionError:
            raise ImageRefused(
                "unreadable", QT_TRANSLATE_NOOP("Refusal", "The file {name} cannot be opened: permission denied."),
                name=path.name) from None
        except OSError as exc:
            raise ImageRefused(
                "unreadable", QT_TRANSLATE_NOOP("Refusal", "The file {name} cannot be read ({reason})."),
                name=path.name, reason=exc.strerror) from None
    if not data:
        raise ImageRefused("unreadable", QT_TRANSLATE_NOOP("Refusal", "The file is empty. Export the X-ray again."))
    return data


def load_for_model(source: str | Path | bytes, size: int) -> np.ndarray:
    """read_xray + model_input: what training caches and what the app feeds the model."""
    return model_input(read_xray(source).pixels, size)
