"""Heatmap overlay images (RGB uint8), shared by the CLI, reports and the window."""

from __future__ import annotations

import numpy as np
from PIL import Image

from ..xray.contract import to_uint8
from .results import heatmap_at

# A perceptually ordered blue -> green -> yellow -> red ramp, readable in daylight.
_STOPS = np.array([[0.0, 0, 0, 255], [0.35, 0, 200, 255], [0.55, 0, 220, 0],
                   [0.75, 255, 230, 0], [1.0, 255, 0, 0]], dtype=np.float32)


def colormap(values: np.ndarray) -> np.ndarray:
    v = np.clip(values, 0.0, 1.0)
    out = np.empty(v.shape + (3,), np.float32)
    for ch in range(3):
        out[..., ch] = np.interp(v, _STOPS[:, 0], _STOPS[:, ch + 1])
    return out


def heatmap_rgba(heatmap: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """The heatmap as an (H, W, 4) uint8 colour layer at ``shape``; weak evidence is transparent."""
    heat = heatmap_at(heatmap, shape)
    rgba = np.empty(tuple(shape) + (4,), np.uint8)
    rgba[..., :3] = np.rint(colormap(heat)).astype(np.uint8)
    rgba[..., 3] = np.rint(255 * _transparency_ramp(heat)).astype(np.uint8)
    return rgba


def _transparency_ramp(heat: np.ndarray) -> np.ndarray:
    return np.clip(heat * 1.5 - 0.25, 0.0, 1.0)


def render_overlay(pixels: np.ndarray, heatmap: np.ndarray, opacity: float = 0.4,
                   max_side: int = 1024) -> np.ndarray:
    """The X-ray in grey with the heatmap blended on top; weaker evidence is more transparent."""
    img = Image.fromarray(to_uint8(pixels))
    scale = min(1.0, max_side / max(img.size))
    if scale < 1.0:
        img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))),
                         Image.Resampling.BILINEAR)
    grey = np.asarray(img, dtype=np.float32)[..., None].repeat(3, axis=2)
    layer = heatmap_rgba(heatmap, (img.height, img.width)).astype(np.float32)
    alpha = opacity * layer[..., 3:] / 255.0
    out = grey * (1 - alpha) + layer[..., :3] * alpha
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)


def save_overlay(path, pixels: np.ndarray, heatmap: np.ndarray, opacity: float = 0.4) -> None:
    Image.fromarray(render_overlay(pixels, heatmap, opacity)).save(path, format="PNG")
