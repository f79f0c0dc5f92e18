"""Is the image laid out as a frontal chest is? Two measures, and one verdict from both.

1. The two-sided view score (``view_symmetry``): the ribs of the two halves mirror each other.
2. The layout distance: the image's coarse layout (the mean of each cell of an 8 x 8 grid over
   the check's 64-px input: where the dark lungs, the bright mediastinum, the shoulders and the
   diaphragm lie) against the layouts of the upright frontal chests the check was fitted on
   (Mahalanobis, one Gaussian with shrinkage). A side view puts one lung field in the middle and
   the spine at an edge, a dental panoramic puts the jaw where the lungs are: neither is laid out
   like a frontal chest, even when the check's model and its features take it for one.

Each measure alone has to be cut far into its tail to spare the frontal chests, which vary (a
child, an adult, a rotated patient). Their evidence is combined instead, by Fisher's method: each
measure's tail probability among the fitted chests (how many had a view score as low, and how many
a layout distance as high), ``-2 (ln p_view + ln p_layout)``. An image that is unusual on both
counts is refused even when neither alone would be; the threshold is a high quantile of this
evidence on the fitted chests (``cxrtrain input-check add-view-evidence``). Nothing here learns
from an image that is not a frontal chest.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

GRID = 8  # cells per side of the layout


def layout(x: np.ndarray) -> np.ndarray:
    """The coarse layout of the check's input (size x size, size a multiple of GRID): the mean
    of each cell, row by row, float64."""
    n = x.shape[0] // GRID
    return np.asarray(x, np.float64).reshape(GRID, n, GRID, n).mean(axis=(1, 3)).reshape(-1)


@dataclass(frozen=True)
class ViewReference:
    """What the fitted chests looked like: the layout Gaussian, and their sorted view scores
    and layout distances (the tails the evidence is measured in)."""

    mean: np.ndarray
    whitener: np.ndarray
    view_scores: np.ndarray  # sorted ascending
    layout_distances: np.ndarray  # sorted ascending

    @classmethod
    def load(cls, path: Path) -> "ViewReference":
        with np.load(path, allow_pickle=False) as z:
            ref = cls(np.asarray(z["layout_mean"], np.float64),
                      np.asarray(z["layout_whitener"], np.float64),
                      np.sort(np.asarray(z["view_scores"], np.float64)),
                      np.sort(np.asarray(z["layout_distances"], np.float64)))
        cells = GRID * GRID
        if ref.mean.shape != (cells,) or ref.whitener.shape != (cells, cells) \
                or ref.view_scores.ndim != 1 or ref.layout_distances.ndim != 1 \
                or ref.view_scores.size < 100 or ref.layout_distances.size < 100:
            raise ValueError("the view reference's arrays do not have the expected shapes")
        return ref

    def distance(self, x: np.ndarray) -> float:
        """The layout distance of a check input (size x size)."""
        return self.layout_distance(layout(x))

    def layout_distance(self, cells: np.ndarray) -> float:
        z = (cells - self.mean) @ self.whitener
        return float(np.sqrt(z @ z))

    def evidence(self, view_score: float, distance: float) -> float:
        """Fisher's combination of the two tail probabilities (with one added to each count, so
        that neither is ever 0): high means unlike the fitted chests on both counts."""
        n = self.view_scores.size
        p_view = (np.searchsorted(self.view_scores, view_score, side="right") + 1) / (n + 1)
        m = self.layout_distances.size
        p_layout = (m - np.searchsorted(self.layout_distances, distance, side="left") + 1) / (m + 1)
        return float(-2.0 * (np.log(p_view) + np.log(p_layout)))


def fit_reference(layouts: np.ndarray, view_scores: np.ndarray, shrinkage: float = 0.01
                  ) -> dict[str, np.ndarray]:
    """The arrays of a view reference file from the fitted chests' layouts (n x 64) and view
    scores: the Gaussian (covariance shrunk towards its mean variance), then each chest's own
    layout distance."""
    layouts = np.asarray(layouts, np.float64)
    mean = layouts.mean(axis=0)
    cov = np.cov(layouts, rowvar=False)
    cov += shrinkage * np.trace(cov) / cov.shape[0] * np.eye(cov.shape[0])
    whitener = np.linalg.cholesky(np.linalg.inv(cov))
    z = (layouts - mean) @ whitener
    return {"layout_mean": mean, "layout_whitener": whitener,
            "view_scores": np.sort(np.asarray(view_scores, np.float64)),
            "layout_distances": np.sort(np.sqrt(np.einsum("ij,ij->i", z, z)))}
