"""A model folder whose metadata holds a score distribution, and PSI written out by hand: what the
monitor's drift against the validation distribution is checked with."""

from __future__ import annotations

import json
import math
from pathlib import Path

PSI_BINS = 10


def hist(scores: list[float], bins: int = 20) -> list[int]:
    counts = [0] * bins
    for s in scores:
        counts[min(bins - 1, int(s * bins))] += 1
    return counts


def write_model(root: Path, val_scores: list[float], ext_scores: list[float], sha: str,
                name: str = "cxr-pneumonia-cnn", version: str = "1.1.0",
                thresholds: dict[str, float] | None = None,
                with_distribution: bool = True) -> Path:
    """``root/name/version/metadata.json`` (only what the monitor reads)."""
    folder = root / name / version
    folder.mkdir(parents=True)
    points = thresholds or {"screening": 0.35, "balanced": 0.35, "high_sensitivity": 0.05}
    meta = {"name": name, "version": version, "sha256": sha,
            "thresholds": {"default": "screening", **{k: {"value": v} for k, v in points.items()}}}
    if with_distribution:
        meta["score_distribution"] = {
            "bins": 20, "reference": "validation", "reference_why": "why",
            "sets": {"validation": {"source": "val", "n": len(val_scores),
                                    "n_by_class": {"NORMAL": 0, "PNEUMONIA": len(val_scores)},
                                    "all": hist(val_scores)},
                     "external_val": {"source": "ext", "n": len(ext_scores),
                                      "n_by_class": {}, "all": hist(ext_scores)}}}
    (folder / "metadata.json").write_text(json.dumps(meta))
    return folder


def direct_psi(scores: list[float], reference: list[float]) -> float:
    """PSI once more: 10 equal bins, empty shares as 1e-4."""
    def shares(values):
        return [max(c / len(values), 1e-4) for c in hist(values, PSI_BINS)]
    a, e = shares(scores), shares(reference)
    return sum((x - y) * math.log(x / y) for x, y in zip(a, e, strict=True))


def direct_point(cases: list[tuple[float, bool | None]], threshold: float) -> dict:
    """(score, clinician positive or None) -> counts at ``threshold`` (referred: score >= it)."""
    known = [(s >= threshold, c) for s, c in cases if c is not None]
    return {"cases": len(cases), "referred": sum(s >= threshold for s, _ in cases),
            "tp": sum(p and c for p, c in known), "fn": sum(not p and c for p, c in known),
            "tn": sum(not p and not c for p, c in known),
            "fp": sum(p and not c for p, c in known)}
