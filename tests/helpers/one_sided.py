"""Chests made one-sidedly opaque: one hemithorax whitened as by a lobar consolidation, a large
effusion or a collapsed lung, the other untouched. The sickest children look like this, and a
view measure that expects two mirror-image sides may take them for side views (issue 20)."""

from __future__ import annotations

import numpy as np


def one_sided_opacity(pixels: np.ndarray, side: str = "left", strength: float = 0.85,
                      seed: int = 0) -> np.ndarray:
    """``pixels``: a decoded frontal chest (float [0, 1], H x W, 0 = black). The image's left or
    right lung field is blended towards a bright, mottled opacity with a soft edge."""
    h, w = pixels.shape
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx = (0.31 if side == "left" else 0.69) * w
    cy = 0.50 * h
    r = np.sqrt(((xx - cx) / (0.17 * w)) ** 2 + ((yy - cy) / (0.28 * h)) ** 2)
    mask = np.clip((1.15 - r) / 0.3, 0.0, 1.0) * strength
    coarse = rng.normal(0.0, 1.0, (8, 8)).astype(np.float32)
    from PIL import Image

    mottle = np.asarray(Image.fromarray(coarse).resize((w, h), Image.Resampling.BICUBIC))
    bright = np.clip(0.78 + 0.05 * mottle, 0.0, 1.0)
    return np.clip(pixels * (1.0 - mask) + bright * mask, 0.0, 1.0).astype(np.float32)
