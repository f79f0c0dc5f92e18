"""Robustness report: an exported model under synthetic acquisition shifts of a labelled folder.

Each shift changes the decoded X-ray (the pixel contract's step 1, float [0, 1] at the source
resolution) the way another machine, console or export would; the shifted image then goes through
the application's own ``model_input`` and the int8 model through LiteRT, exactly as in the field.
For each shift: ROC-AUC, and sensitivity and specificity at the model's shipped screening
threshold, with the change from the unshifted images.

Run: ``cxrtrain robustness edge_models/<name>/<version> --data FOLDER --out DIR``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import Image, ImageFilter

from cxrscreen.core.xray.contract import model_input
from cxrscreen.core.xray.read import read_xray

from . import metrics

Shift = Callable[[np.ndarray], np.ndarray]


def _pil(pixels: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(np.rint(pixels * 255.0), 0, 255).astype(np.uint8))


def _back(img: Image.Image) -> np.ndarray:
    return np.asarray(img, dtype=np.float32) / 255.0


def gamma(g: float) -> Shift:
    return lambda p: np.power(np.clip(p, 0.0, 1.0), g).astype(np.float32)


def blur(p: np.ndarray) -> np.ndarray:
    """Gaussian blur of 1.5 px at 224 px (scaled with the image)."""
    radius = 1.5 * max(p.shape) / 224.0
    return _back(_pil(p).filter(ImageFilter.GaussianBlur(radius)))


def noise(p: np.ndarray) -> np.ndarray:
    """Gaussian noise of standard deviation 0.04 (on a [0, 1] scale), fixed seed."""
    rng = np.random.default_rng(0)
    return np.clip(p + rng.normal(0.0, 0.04, p.shape), 0.0, 1.0).astype(np.float32)


def jpeg(quality: int) -> Shift:
    def shift(p: np.ndarray) -> np.ndarray:
        buf = io.BytesIO()
        _pil(p).save(buf, format="JPEG", quality=quality)
        return _back(Image.open(io.BytesIO(buf.getvalue())).convert("L"))
    return shift


def crop(fraction: float) -> Shift:
    """Cut ``fraction`` of the height and width off every edge."""
    def shift(p: np.ndarray) -> np.ndarray:
        h, w = p.shape
        dy, dx = int(round(h * fraction)), int(round(w * fraction))
        return np.ascontiguousarray(p[dy:h - dy, dx:w - dx])
    return shift


def pad(fraction: float) -> Shift:
    """Add a black border of ``fraction`` of the height and width on every edge."""
    def shift(p: np.ndarray) -> np.ndarray:
        h, w = p.shape
        dy, dx = int(round(h * fraction)), int(round(w * fraction))
        return np.pad(p, ((dy, dy), (dx, dx)), constant_values=0.0).astype(np.float32)
    return shift


def rotate(degrees: float) -> Shift:
    return lambda p: _back(_pil(p).rotate(degrees, resample=Image.Resampling.BILINEAR, fillcolor=0))


def half_resolution(p: np.ndarray) -> np.ndarray:
    """A source with half the pixels on each side (the app resizes it back to the model's size)."""
    h, w = p.shape
    return _back(_pil(p).resize((max(1, w // 2), max(1, h // 2)), Image.Resampling.BOX))


SHIFTS: dict[str, Shift] = {
    "none": lambda p: p,
    "gamma 0.6": gamma(0.6),
    "gamma 1.6": gamma(1.6),
    "blur (1.5 px at 224)": blur,
    "noise (sd 0.04)": noise,
    "JPEG quality 30": jpeg(30),
    "crop 5% of each edge": crop(0.05),
    "pad 5% on each edge": pad(0.05),
    "crop 10% of each edge": crop(0.10),
    "pad 10% on each edge": pad(0.10),
    "rotate +10°": rotate(10.0),
    "rotate -10°": rotate(-10.0),
    "half-resolution source": half_resolution,
}
BORDER_SHIFTS = ("crop 10% of each edge", "pad 10% on each edge")


def shifted_inputs(pixels: list[np.ndarray], shift: Shift, size: int) -> np.ndarray:
    """(N, size, size) uint8 model inputs, as the training cache stores them."""
    return np.stack([np.rint(model_input(shift(p), size) * 255.0).astype(np.uint8) for p in pixels])


def shift_figures(y: np.ndarray, scores: dict[str, np.ndarray], threshold: float) -> dict:
    """{shift: AUC, sensitivity and specificity at ``threshold``, and each one's change from the
    shift ``none``} of one collection's scores under each shift."""
    rows = {}
    for name, s in scores.items():
        f = metrics.at_threshold(y, s, threshold)
        rows[name] = {"auc": round(metrics.roc_auc(y, s), 4),
                      "sensitivity": round(f["sensitivity"], 4),
                      "specificity": round(f["specificity"], 4)}
    for row in rows.values():
        for k in ("auc", "sensitivity", "specificity"):
            row[f"{k}_change"] = round(row[k] - rows["none"][k], 4)
    return rows


def robustness(model_dir: Path, data: Path, out: Path, samples: list | None = None) -> dict:
    """Figures under each shift of ``data`` (a labelled folder), or of ``samples`` (cxrtrain.data
    Samples, e.g. one collection's held-out patients; ``data`` then only names them)."""
    from .data import deduplicate, discover
    from .scoring import score_tflite

    model_dir, out = Path(model_dir), Path(out)
    meta = json.loads((model_dir / "metadata.json").read_text())
    size = int(meta["preprocessing"]["size"])
    threshold = float(meta["thresholds"][meta["thresholds"].get("default", "screening")]["value"])
    if samples is None:
        samples, _ = deduplicate(discover(data))
    y = np.array([s.label for s in samples])
    pixels = [read_xray(s.path).pixels for s in samples]
    scores = {name: score_tflite(model_dir / meta["model_file"],
                                 shifted_inputs(pixels, shift, size))[0]
              for name, shift in SHIFTS.items()}
    rows = shift_figures(y, scores, threshold)
    border_ok = all(abs(rows[n][f"{k}_change"]) <= 0.05 for n in BORDER_SHIFTS
                    for k in ("sensitivity", "specificity"))
    report = {"model": f"{meta['name']} {meta['version']}", "data": str(data), "images": len(y),
              "positives": int(y.sum()), "threshold": threshold, "shifts": rows,
              "border_invariant_within_0.05": border_ok}
    out.mkdir(parents=True, exist_ok=True)
    (out / "robustness.json").write_text(json.dumps(report, indent=2))
    (out / "ROBUSTNESS.md").write_text(robustness_markdown(report))
    _plot(report, out / "robustness.png")
    return report


def robustness_markdown(report: dict) -> str:
    lines = [
        f"# Robustness: {report['model']} on {report['data']}",
        "",
        f"{report['images']} images ({report['positives']} with pneumonia). Sensitivity and "
        f"specificity at the shipped screening threshold {report['threshold']:.4f}; change from "
        "the unshifted images in brackets. Written by `cxrtrain robustness`.",
        "",
        "| shift | ROC-AUC | sensitivity | specificity |",
        "|---|---|---|---|",
    ]
    for name, r in report["shifts"].items():
        lines.append(f"| {name} | {r['auc']:.3f} ({r['auc_change']:+.3f}) | "
                     f"{r['sensitivity']:.3f} ({r['sensitivity_change']:+.3f}) | "
                     f"{r['specificity']:.3f} ({r['specificity_change']:+.3f}) |")
    verdict = "within" if report["border_invariant_within_0.05"] else "NOT within"
    lines += ["", f"Cutting or padding 10% of every edge changes sensitivity and specificity "
                  f"{verdict} 0.05 (the target).", "", "![robustness](robustness.png)", ""]
    return "\n".join(lines)


def _plot(report: dict, path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(report["shifts"])
    x = np.arange(len(names))
    fig, ax = plt.subplots(figsize=(11, 4))
    for i, key in enumerate(("auc", "sensitivity", "specificity")):
        ax.bar(x + (i - 1) * 0.27, [report["shifts"][n][key] for n in names], 0.27, label=key)
    ax.set_xticks(x, names, rotation=35, ha="right", fontsize=8)
    ax.set_ylim(0, 1.02)
    ax.axhline(0.97, ls="--", color="grey", lw=0.8)
    ax.set_title(f"{report['model']}: figures under each shift (threshold {report['threshold']:.3f})")
    ax.legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
