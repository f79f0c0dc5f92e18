"""File names as a person can read them, whatever bytes they are made of.

On Linux a file name is bytes; a console or a USB stick formatted elsewhere may write names in
Latin-1 (``a_M\\xfcller.jpeg``) that are not UTF-8. Python hands those over with "surrogate
escapes", which cannot be encoded, stored as UTF-8 or printed. :func:`readable` shows each such
byte as ``\\xNN`` instead; the file itself is read by its real name, untouched.
"""

from __future__ import annotations

import os
from pathlib import Path


def readable(name: str | os.PathLike) -> str:
    text = os.fspath(name)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def readable_name(path: str | os.PathLike) -> str:
    return readable(Path(path).name)
