"""Evaluation plots as PNG files."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from . import metrics


def _plt():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def plot_curves(y: np.ndarray, s: np.ndarray, out_dir: Path, name: str = "roc_pr.png",
                title: str = "") -> None:
    plt = _plt()
    fpr, tpr, _ = metrics.roc_curve(y, s)
    recall, precision = metrics.pr_curve(y, s)
    fig, axes = plt.subplots(1, 2, figsize=(9, 4))
    axes[0].plot(fpr, tpr)
    axes[0].plot([0, 1], [0, 1], "--", color="grey")
    axes[0].set(xlabel="1 - specificity", ylabel="sensitivity",
                title=f"ROC {title} (AUC {metrics.roc_auc(y, s):.3f})".replace("  ", " "))
    axes[1].plot(recall, precision)
    axes[1].set(xlabel="recall (sensitivity)", ylabel="precision",
                title=f"Precision-recall (AP {metrics.pr_auc(y, s):.3f})")
    fig.tight_layout()
    fig.savefig(out_dir / name, dpi=100)
    plt.close(fig)


def plot_reliability(calibration: dict, out_dir: Path, name: str = "reliability.png") -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(4.5, 4.5))
    xs = [b["mean_score"] for b in calibration["bins"]]
    ys = [b["fraction_positive"] for b in calibration["bins"]]
    ax.plot([0, 1], [0, 1], "--", color="grey")
    ax.plot(xs, ys, "o-")
    ax.set(xlabel="mean score in bin", ylabel="fraction with pneumonia",
           title=f"Reliability (ECE {calibration['ece']:.3f})")
    fig.tight_layout()
    fig.savefig(out_dir / name, dpi=100)
    plt.close(fig)


def example_heatmaps(y, s, images, cams, threshold: float, out_dir: Path, per_kind: int = 3) -> None:
    """True/false positives/negatives with their class-activation maps."""
    plt = _plt()
    from PIL import Image

    pred = s >= threshold
    kinds = {"true positive": pred & (y == 1), "false positive": pred & (y == 0),
             "true negative": ~pred & (y == 0), "false negative": ~pred & (y == 1)}
    fig, axes = plt.subplots(4, per_kind, figsize=(2.6 * per_kind, 10.5))
    for row, (kind, mask) in enumerate(kinds.items()):
        idx = np.flatnonzero(mask)[:per_kind]
        for col in range(per_kind):
            ax = axes[row, col]
            ax.axis("off")
            if col >= len(idx):
                continue
            i = idx[col]
            heat = 1.0 / (1.0 + np.exp(-cams[i]))
            size = images[i].shape[::-1]
            heat = np.asarray(Image.fromarray(heat.astype(np.float32)).resize(size, Image.Resampling.BILINEAR))
            ax.imshow(images[i], cmap="gray")
            ax.imshow(heat, cmap="jet", alpha=0.35, vmin=0, vmax=1)
            ax.set_title(f"{kind}\nscore {s[i]:.2f}", fontsize=8)
    fig.tight_layout()
    fig.savefig(out_dir / "example_heatmaps.png", dpi=90)
    plt.close(fig)
