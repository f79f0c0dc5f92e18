"""What differs between two labelled collections, measured on the decoded pixels (the pixel
contract's step 1, before any stretch): exposure, contrast, borders, burnt-in marks, field of view
and sharpness, per class. Writes a Markdown table and pictures.

Run: ``cxrtrain datashift --data FOLDER --data OTHER_FOLDER --out DIR``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from PIL import Image

from cxrscreen.core.xray.read import read_xray

from .data import LABELS, deduplicate, discover

SIZE = 224  # every measure is taken on the image resized to this, so sources of any size compare
EDGE = 12  # columns or rows that make "the edge"


def _laplacian_variance(p: np.ndarray) -> float:
    lap = (-4 * p[1:-1, 1:-1] + p[:-2, 1:-1] + p[2:, 1:-1] + p[1:-1, :-2] + p[1:-1, 2:])
    return float(lap.var())


def _resized(pixels: np.ndarray) -> np.ndarray:
    img = Image.fromarray(np.ascontiguousarray(pixels, dtype=np.float32))
    return np.asarray(img.resize((SIZE, SIZE), Image.Resampling.BILINEAR), dtype=np.float32)


def measures(pixels: np.ndarray) -> dict[str, float]:
    return _measures_at_size(_resized(pixels))


def _measures_at_size(p: np.ndarray) -> dict[str, float]:
    frame = np.ones_like(p, dtype=bool)
    frame[EDGE:-EDGE, EDGE:-EDGE] = False
    centre = p[SIZE // 4: 3 * SIZE // 4, SIZE // 4: 3 * SIZE // 4]
    col_means = p.mean(axis=0)
    return {
        "mean": float(p.mean()),
        "std": float(p.std()),
        "p1": float(np.percentile(p, 1)),
        "p99": float(np.percentile(p, 99)),
        "left_edge": float(p[:, :EDGE].mean()),
        "right_edge": float(p[:, -EDGE:].mean()),
        "top_edge": float(p[:EDGE].mean()),
        "bottom_edge": float(p[-EDGE:].mean()),
        "edge_minus_centre": float(p[frame].mean() - centre.mean()),
        "dark_frame_fraction": float((p[frame] < 0.08).mean()),
        "bright_marks_in_frame": float((p[frame] > 0.92).mean()),
        "field_of_view_width": float((col_means > 0.25).mean()),
        "sharpness_x1000": 1000.0 * _laplacian_variance(p),
    }


def collect(folder: Path) -> dict[str, dict]:
    samples, _ = deduplicate(discover(folder))
    out = {}
    for label in (0, 1):
        rows, mean_image, examples = [], np.zeros((SIZE, SIZE), np.float64), []
        hist = np.zeros(64)
        for s in (x for x in samples if x.label == label):
            small = _resized(read_xray(s.path).pixels)
            rows.append(_measures_at_size(small))
            mean_image += small
            if len(examples) < 6 and len(rows) % 7 == 1:  # spread over the sorted file list
                examples.append(small)
            hist += np.histogram(small, bins=64, range=(0.0, 1.0))[0]
        out[LABELS[label]] = {"n": len(rows), "rows": rows, "mean_image": mean_image / max(len(rows), 1),
                              "histogram": hist / max(hist.sum(), 1), "examples": examples}
    return out


def compare_collections(folders: list[Path], out: Path) -> str:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    groups = {}
    for folder in folders:
        name = Path(folder).name
        for label, g in collect(Path(folder)).items():
            groups[f"{name} {label}"] = g
    keys = list(next(iter(groups.values()))["rows"][0])
    summary = {g: {k: _median_iqr([r[k] for r in v["rows"]]) for k in keys} | {"n": v["n"]}
               for g, v in groups.items()}
    (out / "datashift.json").write_text(json.dumps(summary, indent=2))
    table = ["| measure (median [IQR]) | " + " | ".join(f"{g} (n={summary[g]['n']})" for g in groups) + " |",
             "|---|" + "---|" * len(groups)]
    for k in keys:
        table.append(f"| {k} | " + " | ".join(_fmt(summary[g][k]) for g in groups) + " |")
    _plot(groups, out)
    text = "\n".join(table) + "\n"
    (out / "DATASHIFT.md").write_text("# Differences between collections\n\nWritten by "
                                      "`cxrtrain datashift`.\n\n" + text)
    return text


def _median_iqr(values: list[float]) -> list[float]:
    q1, med, q3 = np.percentile(values, [25, 50, 75])
    return [round(float(med), 4), round(float(q1), 4), round(float(q3), 4)]


def _fmt(m: list[float]) -> str:
    return f"{m[0]:.3f} [{m[1]:.3f}–{m[2]:.3f}]"


def _plot(groups: dict, out: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(groups)
    fig, axes = plt.subplots(1, len(names), figsize=(3 * len(names), 3.3))
    for ax, g in zip(np.atleast_1d(axes), names):
        ax.imshow(groups[g]["mean_image"], cmap="gray", vmin=0, vmax=1)
        ax.set_title(f"mean image\n{g}", fontsize=9)
        ax.axis("off")
    fig.tight_layout()
    fig.savefig(out / "mean_images.png", dpi=90)
    plt.close(fig)

    rows = [np.concatenate(groups[g]["examples"], axis=1) for g in names]
    width = max(r.shape[1] for r in rows)
    grid = np.concatenate([np.pad(r, ((0, 0), (0, width - r.shape[1]))) for r in rows], axis=0)
    fig, ax = plt.subplots(figsize=(12, 2.1 * len(names)))
    ax.imshow(grid, cmap="gray", vmin=0, vmax=1)
    ax.set_yticks([SIZE * (i + 0.5) for i in range(len(names))], names, fontsize=9)
    ax.set_xticks([])
    ax.set_title("examples (decoded pixels, before the contract's stretch)", fontsize=10)
    fig.tight_layout()
    fig.savefig(out / "examples.png", dpi=80)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 3.5))
    centres = (np.arange(64) + 0.5) / 64
    for g in names:
        ax.plot(centres, groups[g]["histogram"], label=g)
    ax.set(xlabel="pixel value (0 = black)", ylabel="fraction of pixels", title="intensity histograms")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out / "histograms.png", dpi=90)
    plt.close(fig)

    shown = ("left_edge", "edge_minus_centre", "dark_frame_fraction", "bright_marks_in_frame",
             "std", "sharpness_x1000")
    fig, axes = plt.subplots(1, len(shown), figsize=(3.2 * len(shown), 3.6))
    for ax, key in zip(axes, shown):
        ax.boxplot([[r[key] for r in groups[g]["rows"]] for g in names], showfliers=False)
        ax.set_xticks(range(1, len(names) + 1), [g.replace(" ", "\n") for g in names], fontsize=7)
        ax.set_title(key, fontsize=9)
    fig.tight_layout()
    fig.savefig(out / "measures.png", dpi=90)
    plt.close(fig)
