"""Does the image show both sides of the chest, as a frontal (PA or AP) view does?

In a frontal chest X-ray the two hemithoraces are mirror images of each other: the ribs of the
left half slope one way and those of the right half the other way, about the spine. In a lateral
view both lungs lie on top of each other, the spine runs along one edge, and the ribs cross the
image in the same direction on both sides of its centre. The score measures exactly that: the
distribution of edge orientations in the left half of the lung band against the mirrored
distribution of the right half, about the best midline near the centre (patients are not always
centred). A band-pass (difference of Gaussians) keeps rib-sized edges and drops the body outline,
which is symmetric in both views.

The orientation distributions are compared through their first ``HARMONICS`` circular moments
(sums of edge strength * exp(2i k theta), the strength capped so that a few strong straight edges
do not outweigh the ribs): mirroring maps theta to 180 - theta, which conjugates each
moment, so no histogram bins are needed. It learns nothing: its only parameter is the threshold,
stored in the input check's metadata (``thresholds.view``).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from ..xray.contract import percentiles

SIZE = 112  # the score is computed on a copy of this size (pixels below are at this size)
FINE_SIGMA, COARSE_SIGMA = 0.75, 3.0  # band-pass: rib-sized edges
ROWS = (0.2, 0.8)  # the lung band, as fractions of the height
MARGIN = 0.1  # columns left out at each side, as a fraction of the width
MIDLINE_SHIFTS = range(-10, 11, 2)  # the midline is searched this many pixels about the centre
HARMONICS = 4  # circular moments of the orientation distribution (resolution about 22 degrees)
WEIGHT_CAP_PERCENTILE = 75  # edge weights are capped at this percentile of the edge strengths


def two_sided_score(base: np.ndarray) -> float:
    """Mirror symmetry of rib-scale edge orientations, in [-1, 1], of a grey image in [0, 1] (the
    check's stretched 224-px copy). Frontal chests score high, lateral chests low."""
    u8 = Image.fromarray(np.clip(base * 255.0 + 0.5, 0, 255).astype(np.uint8))
    if u8.size != (SIZE, SIZE):
        u8 = u8.resize((SIZE, SIZE), Image.BILINEAR, reducing_gap=None)
    band = (np.asarray(u8.filter(ImageFilter.GaussianBlur(FINE_SIGMA)), dtype=np.float32)
            - np.asarray(u8.filter(ImageFilter.GaussianBlur(COARSE_SIGMA)), dtype=np.float32))
    h, w = band.shape
    gy, gx = np.gradient(band)
    rows = slice(int(h * ROWS[0]), int(h * ROWS[1]))
    g = (gx[rows] + 1j * gy[rows]).astype(np.complex128)
    mag = np.abs(g)
    unit2 = np.where(mag > 0, g / np.maximum(mag, 1e-12), 0) ** 2  # exp(2i theta)
    # Weights capped at a high percentile: a few strong straight edges (the border of the plate,
    # a letter marker, a tube) must not outweigh the many rib edges.
    weight = np.minimum(mag, percentiles(mag, (WEIGHT_CAP_PERCENTILE,) * 2)[0])
    # Per-column moments, cumulated over columns: the moments of any column range are a
    # difference of two rows of ``cum``.
    moments, power = [], weight.astype(np.complex128)
    for _ in range(HARMONICS):
        power = power * unit2
        moments.append(power.sum(axis=0))
    cum = np.vstack([np.zeros((1, HARMONICS), np.complex128),
                     np.cumsum(np.stack(moments, axis=1), axis=0)])
    # Every candidate midline at once: its left and mirrored right moments, then their
    # correlations (the best one is the score).
    margin = int(w * MARGIN)
    mids = w // 2 + np.asarray(MIDLINE_SHIFTS)
    halves = np.minimum(mids, w - mids) - margin
    keep = halves > 0
    mids, halves = mids[keep], halves[keep]
    left = cum[mids] - cum[mids - halves]
    mirrored = np.conj(cum[mids + halves] - cum[mids])  # theta -> 180 - theta
    norms = np.linalg.norm(left, axis=1) * np.linalg.norm(mirrored, axis=1)
    dots = np.real(np.sum(np.conj(mirrored) * left, axis=1))
    ok = norms > 0
    return float(np.max(dots[ok] / norms[ok])) if ok.any() else -1.0

