"""The input check's own pixel contract (``cxrscreen-check-v1``), its corrections, and the colour
measure that tells a photograph from an X-ray. Beside contract.py so that the readers, the input
check and training use one implementation.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .contract import XRay, resize_whole, stretch


CHECK_PREPROCESSING_NAME = "cxrscreen-check-v1"


BASE_SIZE = 224  # the check resizes to this first (shared with a 224-px pneumonia model), then down


CHECK_PREPROCESSING = {
    "name": CHECK_PREPROCESSING_NAME,
    "color": "grey",
    "resize": f"whole image to {BASE_SIZE} x {BASE_SIZE}, then to size x size (Pillow bilinear, "
              "antialiased), aspect ratio not kept",
    "intensity": "float32 in [0,1]; per-image stretch of the 1st..99th percentile",
}


# Class -> how many quarter turns (np.rot90 k) undo it.
UNDO_TURNS = {"rotated_90": -1, "rotated_180": 2, "rotated_270": 1}


COLOUR_CHROMA = 40  # |R-G| + |G-B| + |R-B| above which a pixel is clearly coloured (0..510)


def colour_fraction(rgb: np.ndarray) -> float:
    """Share of clearly coloured pixels in an (H, W, 3) uint8 image, on a subsample (cheap)."""
    step = max(1, int(np.ceil(np.sqrt(rgb.shape[0] * rgb.shape[1] / 16384))))
    a = rgb[::step, ::step, :3]
    # |R-G| + |G-B| + |R-B| == 2 (max - min): no signed copy of the image is needed.
    chroma = a.max(axis=2) - a.min(axis=2)
    return float(np.count_nonzero(chroma > COLOUR_CHROMA // 2)) / float(chroma.size)


def check_input(pixels: np.ndarray, size: int, base: np.ndarray | None = None) -> np.ndarray:
    """Preprocessing ``cxrscreen-check-v1``: contract pixels -> (size, size) float32 in [0, 1].
    ``base`` is ``resize_whole(pixels, BASE_SIZE)`` when the caller already has it."""
    if base is None:
        base = resize_whole(pixels, BASE_SIZE)
    return stretch(resize_whole(base, size))


def correct_pixels(pixels: np.ndarray, corrections: tuple[str, ...] | list[str]) -> np.ndarray:
    """Apply the check's corrections, in order, to a grey image in [0, 1]."""
    out = pixels
    for name in corrections:
        if name == "inverted":
            out = 1.0 - out
        elif name in UNDO_TURNS:
            out = np.rot90(out, UNDO_TURNS[name])
        else:
            raise ValueError(f"unknown correction {name!r}")
    return np.ascontiguousarray(out, dtype=np.float32)


def apply_corrections(xray: XRay, corrections: tuple[str, ...] | list[str]) -> XRay:
    """``xray`` as it was screened: the same corrections applied to the pixels (and to the raw
    values a viewer re-windows), so the image, the heatmap and the report agree."""
    if not corrections:
        return xray
    raw = xray.raw
    inverted = xray.inverted
    if raw is not None:
        turns = [n for n in corrections if n in UNDO_TURNS]
        raw = correct_pixels(raw, turns) if turns else raw
    if corrections.count("inverted") % 2:
        inverted = not inverted
    return replace(xray, pixels=correct_pixels(xray.pixels, corrections), raw=raw,
                   inverted=inverted)
