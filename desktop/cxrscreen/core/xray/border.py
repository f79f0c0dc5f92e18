"""A uniform border around a film: found, and cut away for the input check.

Another hospital's export often puts the film inside a black (or white) frame: a letterboxed
export, the unexposed edge of a plate, collimation saved as pure black. The input check resizes
the WHOLE image to 224 px, so a 10% frame shrinks the chest and moves it away from where the
check's model and its layout reference expect it, and real frontal chests were refused as
``not_chest`` (docs/INPUT_CHECK.md). The check therefore judges the film inside the frame.

A border line is a row or a column at an edge that is nearly constant AND nearly black or nearly
white: at least 97% of its pixels within 0.03 of its median (so that a side marker or a short
label burned into the frame does not stop the cut), and that median dark or light. Anatomy that
is dark at an edge (air above the shoulders, soft tissue) still has noise and texture, so it is
kept. Edges are peeled together until no edge has a border line left, each
line measured only inside what the other edges left (a black frame at the top and a white one
at the left both go). An image that is nearly all border is left whole, for the blank check and
the model to judge.

Only the input check uses this; the pneumonia model's input is not changed here.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

BORDER_SPREAD = 0.03  # a pixel this close to its line's median is part of a uniform line ...
BORDER_SHARE = 0.97  # ... when at least this share of the line is (a marker or a label is not)
BORDER_DARK = 0.06  # a uniform line whose median is at most this is black ...
BORDER_LIGHT = 0.94  # ... and at least this, white
MIN_KEPT = 0.25  # keep the whole image when less than this share of a side would be left
SAMPLES_PER_LINE = 256  # a line is measured on at most about this many pixels


class Box(NamedTuple):
    """Rows top..bottom and columns left..right (end excluded) of what is inside the border."""

    top: int
    bottom: int
    left: int
    right: int

    def margins(self, shape: tuple[int, int]) -> tuple[int, int, int, int] | None:
        """Pixels cut from the top, bottom, left and right edges of an image of ``shape``; None
        when nothing is cut."""
        h, w = shape
        cut = (self.top, h - self.bottom, self.left, w - self.right)
        return cut if any(cut) else None

    def cut(self, pixels: np.ndarray) -> np.ndarray:
        """What lies inside the box, as an array of its own."""
        return np.ascontiguousarray(pixels[self.top:self.bottom, self.left:self.right])


def find_border(pixels: np.ndarray) -> Box:
    """The box inside the uniform border of a grey image in [0, 1] (the whole image when it has
    none, or when nearly all of it is border)."""
    h, w = pixels.shape
    whole = Box(0, h, 0, w)
    # A regular subsample, so a line costs the same on a 4k film as on a 1k one. Its lines are a
    # subset of the image's; the edges found are then refined at full resolution.
    step = max(1, int(np.ceil(max(h, w) / SAMPLES_PER_LINE)))
    sample = np.asarray(pixels[::step, ::step], dtype=np.float32)
    sh, sw = sample.shape
    top, bottom, left, right = 0, sh, 0, sw
    while True:
        inside = sample[top:bottom, left:right]
        moved = (_border_depth(inside), _border_depth(inside[::-1]),
                 _border_depth(inside.T), _border_depth(inside.T[::-1]))
        if not any(moved):
            break
        top, bottom = top + moved[0], bottom - moved[1]
        left, right = left + moved[2], right - moved[3]
        if bottom - top < 2 or right - left < 2:
            return whole
    if (top, bottom, left, right) == (0, sh, 0, sw):
        return whole
    # In full-resolution lines: the first and last content lines sampled, then outwards over
    # the lines the subsample skipped for as long as they are not border lines.
    box = Box(top * step, (bottom - 1) * step + 1 if bottom < sh else h,
              left * step, (right - 1) * step + 1 if right < sw else w)
    if step > 1:
        box = _refine(pixels, box, step)
    if box.bottom - box.top < MIN_KEPT * h or box.right - box.left < MIN_KEPT * w:
        return whole
    return box


def trim_border(pixels: np.ndarray) -> np.ndarray:
    """``pixels`` inside their uniform border; the very same array when there is none."""
    box = find_border(pixels)
    return pixels if box.margins(pixels.shape) is None else box.cut(pixels)


def border_lines(a: np.ndarray, axis: int) -> np.ndarray:
    """Per line of ``a`` (its rows for ``axis=1``, its columns for ``axis=0``): is it a border
    line, nearly constant and nearly black or nearly white?"""
    level = np.median(a, axis=axis)
    near = np.abs(a - np.expand_dims(level, axis)) <= BORDER_SPREAD
    uniform = near.mean(axis=axis) >= BORDER_SHARE
    return uniform & ((level <= BORDER_DARK) | (level >= BORDER_LIGHT))


def _border_depth(a: np.ndarray, band: int = 8) -> int:
    """How many rows of ``a``, from its first on, are border lines (each judged across the whole
    row). Measured in growing bands of rows from the edge, so that a film without a border costs
    a few rows, not the whole image."""
    while True:
        flags = border_lines(a[:band], axis=1)
        depth = _leading(flags)
        if depth < flags.size or band >= a.shape[0]:
            return depth
        band *= 4


def _leading(flags: np.ndarray) -> int:
    """How many flags at the start are True."""
    false = np.flatnonzero(~flags)
    return int(false[0]) if false.size else int(flags.size)


def _refine(pixels: np.ndarray, box: Box, step: int) -> Box:
    """Each edge of ``box`` that has a border beyond it, moved outwards over the (at most step - 1)
    skipped lines between it and the last border line sampled, up to the first border line."""
    h, w = pixels.shape
    top, bottom, left, right = box
    if top > 0:
        lines = pixels[top - step + 1:top, left:right][::-1]  # from the content outwards
        top -= _leading(~border_lines(lines, axis=1))
    if bottom < h:
        lines = pixels[bottom:bottom + step - 1, left:right]
        bottom += _leading(~border_lines(lines, axis=1))
    if left > 0:
        lines = pixels[top:bottom, left - step + 1:left][:, ::-1]
        left -= _leading(~border_lines(lines, axis=0))
    if right < w:
        lines = pixels[top:bottom, right:right + step - 1]
        right += _leading(~border_lines(lines, axis=0))
    return Box(top, bottom, left, right)
