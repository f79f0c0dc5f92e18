"""One pixel contract for every input: any X-ray file in, one documented array out.

The contract (shared by training and the application, so the model sees in the field exactly what
it saw in training):

1. ``read_xray`` detects the format by content (DICOM, JPEG, PNG), refuses what cannot be screened
   with an :class:`~cxrscreen.core.errors.ImageRefused`, and returns an :class:`XRay` whose
   ``pixels`` are float32, shape (H, W), values in [0, 1], 0 = black (air) and 1 = white (bone), at
   the original resolution. DICOM is windowed (VOI LUT, else Window Center/Width, else a robust
   percentile window) after the modality rescale, and MONOCHROME1 is inverted. 8-bit JPEG/PNG are
   divided by 255; 16-bit PNG get the percentile window; colour is turned to luminance.
2. ``model_input`` resizes the WHOLE image (no cropping, aspect ratio not kept: the training images
   are 224x224 copies of larger originals made that way) to ``size`` x ``size`` with Pillow's
   antialiased bilinear filter, then stretches the 1st..99th percentile to [0, 1].

``PREPROCESSING`` describes step 2 and is written into each model's metadata.json; the inference
code refuses a model whose preprocessing spec it does not implement.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from ..errors import ImageRefused
from ..i18n import QT_TRANSLATE_NOOP

PREPROCESSING_NAME = "cxrscreen-v1"
STRETCH_PERCENTILES = (1.0, 99.0)
PREPROCESSING = {
    "name": PREPROCESSING_NAME,
    "color": "grey",
    "resize": "whole image to size x size, Pillow bilinear (antialiased), aspect ratio not kept",
    "intensity": "float32 in [0,1], 0 = black; per-image stretch of the 1st..99th percentile",
    "stretch_percentiles": list(STRETCH_PERCENTILES),
}

MIN_SIDE = 200
BLANK_RANGE = 0.02  # 1st..99th percentile spread below which an image shows nothing
MAX_SIDE = 12_000
MAX_PIXELS = 100_000_000
MAX_FILE_BYTES = 1_000_000_000
TOO_BIG_FILE = QT_TRANSLATE_NOOP("Refusal", "This file is too large to be an X-ray image.")


@dataclass(frozen=True)
class StudyInfo:
    """What a case record needs from the file. Empty strings where the file says nothing."""

    patient_id: str = ""
    patient_name: str = ""
    patient_sex: str = ""
    patient_age: str = ""
    birth_date: str = ""
    study_date: str = ""
    study_time: str = ""
    modality: str = ""
    body_part: str = ""
    view_position: str = ""
    manufacturer: str = ""
    institution: str = ""
    study_uid: str = ""
    series_uid: str = ""
    sop_uid: str = ""
    sop_class_uid: str = ""
    accession_number: str = ""

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class XRay:
    """A decoded X-ray following the pixel contract (see the module docstring)."""

    pixels: np.ndarray
    source_format: str  # "dicom", "jpeg" or "png"
    info: StudyInfo = field(default_factory=StudyInfo)
    # For DICOM only: modality values (after rescale, before windowing and inversion), the window
    # used, and whether the display is inverted (MONOCHROME1), so a viewer can re-window.
    raw: np.ndarray | None = None
    window: tuple[float, float] | None = None
    inverted: bool = False
    voi_function: str = "LINEAR"  # the window's VOI LUT Function (LINEAR, LINEAR_EXACT, SIGMOID)
    # Share of clearly coloured pixels in the decoded file, measured before it was turned grey
    # (an X-ray has none; see core/input_check.py).
    colour_fraction: float = 0.0

    @property
    def shape(self) -> tuple[int, int]:
        return (int(self.pixels.shape[0]), int(self.pixels.shape[1]))


def check_not_blank(pixels: np.ndarray) -> None:
    """Refuse an image with nothing in it (a failed exposure, a blank export): the model would
    still give it a score, and that score would mean nothing."""
    # A regular subsample of at most ~16k pixels: the spread of a whole image, at a fraction of
    # the cost of sorting millions of values (this runs for every image).
    step = max(1, int(np.ceil(np.sqrt(pixels.size / 16384))))
    lo, hi = percentiles(pixels[::step, ::step], (1.0, 99.0))
    if hi - lo < BLANK_RANGE:
        raise ImageRefused(
            "unreadable",
            QT_TRANSLATE_NOOP("Refusal", "The image is blank or almost uniform: no X-ray can be seen in it. "
               "Check the exposure and export the image again."),
        )


def check_declared_size(rows: int, cols: int) -> None:
    """Refuse absurd dimensions before any pixel is decoded (decompression bombs)."""
    if rows <= 0 or cols <= 0:
        raise ImageRefused("unreadable", QT_TRANSLATE_NOOP(
            "Refusal", "The file declares an image with no pixels. Export the X-ray again from the "
            "console and try again."))
    if rows > MAX_SIDE or cols > MAX_SIDE or rows * cols > MAX_PIXELS:
        raise ImageRefused(
            "too_large",
            QT_TRANSLATE_NOOP("Refusal", "The image declares {cols} x {rows} pixels, far more than any X-ray. "
               "The file is damaged or is not an X-ray."),
            cols=cols, rows=rows,
        )


def check_size(rows: int, cols: int) -> None:
    check_declared_size(rows, cols)
    if min(rows, cols) < MIN_SIDE:
        raise ImageRefused(
            "too_small",
            QT_TRANSLATE_NOOP("Refusal", "The image is only {cols} x {rows} pixels; at least {minimum} pixels on "
               "the short side are needed. Export the full-resolution image, not a thumbnail."),
            cols=cols, rows=rows, minimum=MIN_SIDE,
        )


def percentiles(values: np.ndarray, qs: tuple[float, float]) -> tuple[float, float]:
    """``np.percentile(values, qs)`` (linear interpolation), a low and a high percentile, exact to
    float rounding, at a fraction of the cost for large arrays: it runs for every image.

    Sorting (partitioning) every value is what costs. Only the values at or below a bound taken
    from a sparse subsample can be the low order statistics (and at or above another, the high
    ones); partitioning those few gives the same order statistics. If a bound does not hold
    enough values, the whole array is partitioned instead."""
    flat = np.asarray(values, dtype=np.float32).reshape(-1)
    n = flat.size
    pos = [q / 100.0 * (n - 1) for q in qs]
    idx = [int(np.floor(p)) for p in pos]
    need = [(i, min(i + 1, n - 1)) for i in idx]
    stats: dict[int, float] = {}
    if n >= 8192:
        sub = np.sort(flat[:: max(1, n // 2048)])
        m = sub.size
        lo_bound = sub[min(m - 1, int(m * (qs[0] / 100.0 + 0.02)) + 1)]
        hi_bound = sub[max(0, int(m * (qs[1] / 100.0 - 0.02)) - 1)]
        low = flat[flat <= lo_bound]
        high = flat[flat >= hi_bound]
        if low.size > need[0][1]:
            part = np.partition(low, list(need[0]))
            stats.update({k: float(part[k]) for k in need[0]})
        first_high = n - high.size  # sorted index of the smallest value kept in ``high``
        if need[1][0] >= first_high:
            ks = [k - first_high for k in need[1]]
            part = np.partition(high, ks)
            stats.update({k: float(part[k - first_high]) for k in need[1]})
    missing = [k for pair in need for k in pair if k not in stats]
    if missing:
        part = np.partition(flat, sorted(set(missing)))
        stats.update({k: float(part[k]) for k in missing})
    out = [stats[a] + (stats[b] - stats[a]) * (p - i) for p, i, (a, b) in zip(pos, idx, need)]
    return out[0], out[1]


def percentile_window(values: np.ndarray, low: float = 0.5, high: float = 99.5) -> np.ndarray:
    """Map the [low, high] percentiles of ``values`` to [0, 1], clipped, as float32."""
    sample = values[::4, ::4] if values.ndim == 2 and values.size > 1_000_000 else values
    lo, hi = percentiles(sample, (low, high))
    if hi - lo < 1e-6:
        lo, hi = float(values.min()), float(values.max())
    if hi - lo < 1e-6:
        return np.zeros(values.shape, dtype=np.float32)
    out = (values.astype(np.float32) - np.float32(lo)) / np.float32(hi - lo)
    return np.clip(out, 0.0, 1.0, out=out)


def resize_whole(pixels: np.ndarray, size: int) -> np.ndarray:
    """The WHOLE image resized to ``size`` x ``size`` (Pillow antialiased bilinear, aspect ratio
    not kept), float32, no intensity change."""
    if pixels.ndim != 2:
        raise ValueError("pixels must be a 2-D grey image")
    img = Image.fromarray(np.ascontiguousarray(pixels, dtype=np.float32))
    return np.asarray(img.resize((size, size), Image.Resampling.BILINEAR), dtype=np.float32)


def model_input(pixels: np.ndarray, size: int) -> np.ndarray:
    """Step 2 of the contract: (H, W) float [0,1] -> (size, size) float32 [0,1]."""
    return stretch(resize_whole(pixels, size))


def stretch(small: np.ndarray) -> np.ndarray:
    """The per-image stretch of ``model_input``: 1st..99th percentile to [0, 1], clipped."""
    lo, hi = percentiles(small, STRETCH_PERCENTILES)
    if hi - lo < 1e-3:
        return np.clip(small, 0.0, 1.0)
    out = (small - np.float32(lo)) / np.float32(hi - lo)
    return np.clip(out, 0.0, 1.0, out=out)


def to_uint8(pixels: np.ndarray) -> np.ndarray:
    """Display copy of contract pixels."""
    return np.clip(np.rint(pixels * 255.0), 0, 255).astype(np.uint8)
