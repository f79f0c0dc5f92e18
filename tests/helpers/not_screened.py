"""Real refused films that may be a chest, for the not-screened tests (issue 22)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

from helpers.data import SIIM_JPEG, shared

LATERAL_JPEG = ("ood", "lateral_cxr", "000002-16.jpg")  # a real side view; the check: not_chest


def tag_lateral_dicom(folder: Path, name: str = "side_view.dcm", **attrs) -> Path:
    """The real SIIM chest CR (pixels untouched) as a new instance with ViewPosition LL: refused
    from its header (lateral_view)."""
    import pydicom

    from pydicom.uid import generate_uid

    ds = pydicom.dcmread(shared("real_dicom", SIIM_JPEG))
    ds.ViewPosition = "LL"
    # The side view of the same study is another instance (the app's adult sample is this
    # frontal file: the same instance would be "already stored").
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    for key, value in attrs.items():
        setattr(ds, key, value)
    buf = io.BytesIO()
    ds.save_as(buf)
    path = Path(folder) / name
    path.write_bytes(buf.getvalue())
    return path


def chest_tagged_lateral(folder: Path, name: str = "lateral_chest.dcm",
                         body_part: str = "CHEST") -> Path:
    """A real lateral chest X-ray (JPEG) in a DICOM whose BodyPartExamined says ``body_part``,
    with no ViewPosition: the input check refuses it as not_chest."""
    from PIL import Image

    from helpers.dicom import make_dicom

    pixels = np.asarray(Image.open(shared(*LATERAL_JPEG)).convert("L"))
    path = Path(folder) / name
    path.write_bytes(make_dicom(pixels, BodyPartExamined=body_part, ViewPosition=None))
    return path


def lateral_jpeg() -> Path:
    return shared(*LATERAL_JPEG)
