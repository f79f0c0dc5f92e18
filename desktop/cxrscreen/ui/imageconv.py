"""numpy arrays -> QImage, and the heatmap layer the viewer lays over the X-ray."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from ..core.xray.contract import to_uint8
from ..core.screening.overlay import heatmap_rgba


def grey_qimage(pixels: np.ndarray) -> QImage:
    """Contract pixels (float [0,1], H x W) as an 8-bit grey QImage that owns its memory."""
    data = np.ascontiguousarray(to_uint8(pixels))
    h, w = data.shape
    return QImage(data.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


def rgb_qimage(rgb: np.ndarray) -> QImage:
    data = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w, _ = data.shape
    return QImage(data.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def heatmap_qimage(heatmap: np.ndarray, shape: tuple[int, int], max_side: int = 512) -> QImage:
    """The heatmap as a colour layer with its own transparency (core.overlay.heatmap_rgba), at
    most ``max_side`` pixels: the viewer stretches it over the full image, which is what the
    model's coarse grid means."""
    rows, cols = shape
    scale = min(1.0, max_side / max(rows, cols))
    size = (max(1, round(rows * scale)), max(1, round(cols * scale)))
    rgba = np.ascontiguousarray(heatmap_rgba(heatmap, size))
    h, w = size
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
