"""``cxrtrain checkpoint-shifts``: float checkpoints under the field evaluation's framing shifts,
to compare the epochs of a run before one is exported.

Each labelled collection of ``cxrtrain field-eval`` (``external_val``; ``nih_adult``'s held-out
patients) is decoded once; each shift (a 10% cut from every edge, a 10% black border, ±10°) is
made from the decoded pixels and goes through the application's ``model_input``, as in the
field. Each checkpoint's threshold is its own: the highest with sensitivity >= 0.97 on unshifted
``external_val``, the export's screening rule. Not the field figures: no input check, no int8.
``extra`` adds shifts of ``cxrtrain robustness`` (blur, say) to the report; ``cxrtrain choose``'s
framing step still looks at the four framings only.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from cxrscreen.core.xray.read import read_xray

from . import metrics
from .field_eval import FIELD_SHIFTS
from .robustness import shift_figures, shifted_inputs

THRESHOLD_COLLECTION = "external_val"
MIN_SENSITIVITY = 0.97


def labelled_sets(data_root: Path, size: int = 224,
                  extra: tuple[str, ...] = ()) -> dict[str, tuple[np.ndarray, dict]]:
    """{collection: (labels, {shift: uint8 inputs})} for every labelled field collection."""
    from .field_eval import collections
    from .robustness import SHIFTS

    unknown = [name for name in extra if name not in SHIFTS]
    if unknown:
        raise ValueError(f"unknown shift {unknown}; cxrtrain robustness has: {', '.join(SHIFTS)}")
    shifts = {**FIELD_SHIFTS, **{name: SHIFTS[name] for name in extra}}

    out = {}
    for name, items in collections(Path(data_root)).items():
        items = [(p, y) for p, y in items if y is not None]
        if not items:
            continue
        pixels = [read_xray(p).pixels for p, _ in items]
        shifted = {shift: shifted_inputs(pixels, fn or (lambda x: x), size)
                   for shift, fn in shifts.items()}
        out[name] = (np.array([y for _, y in items]), shifted)
    return out


def judge(scores: dict[str, dict[str, np.ndarray]], labels: dict[str, np.ndarray]) -> dict:
    """Figures of one checkpoint from its scores {collection: {shift: scores}}."""
    base = scores[THRESHOLD_COLLECTION]["none"]
    threshold = metrics.screening_threshold(labels[THRESHOLD_COLLECTION], base, MIN_SENSITIVITY)
    return {"threshold": round(threshold, 4),
            "collections": {name: shift_figures(labels[name], by_shift, threshold)
                            for name, by_shift in scores.items()}}


def checkpoint_shifts(checkpoints: list[Path], data_root: Path, out: Path,
                      extra: tuple[str, ...] = ()) -> dict:
    from .scoring import score_keras

    sets = labelled_sets(data_root, extra=tuple(extra))
    labels = {name: y for name, (y, _) in sets.items()}
    report = {}
    for ckpt in checkpoints:
        scores = {name: {shift: score_keras(ckpt, x)[0] for shift, x in shifted.items()}
                  for name, (_, shifted) in sets.items()}
        report[str(ckpt)] = judge(scores, labels)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "checkpoint_shifts.json").write_text(json.dumps(report, indent=2))
    (out / "CHECKPOINT_SHIFTS.md").write_text(markdown(report))
    return report


def markdown(report: dict) -> str:
    lines = ["# Float checkpoints under framing shifts (`cxrtrain checkpoint-shifts`)", "",
             f"Threshold: each checkpoint's highest with sensitivity >= {MIN_SENSITIVITY} on "
             f"unshifted {THRESHOLD_COLLECTION}. Cells: specificity (change), sensitivity.", ""]
    for ckpt, r in report.items():
        shifts = list(r["collections"][THRESHOLD_COLLECTION])
        lines += [f"## {ckpt} (threshold {r['threshold']})", "",
                  "| collection | AUC | " + " | ".join(shifts) + " |",
                  "|---|---:|" + "---:|" * len(shifts)]
        for name, rows in r["collections"].items():
            cells = [f"{rows[s]['specificity']:.3f} ({rows[s]['specificity_change']:+.3f}), "
                     f"{rows[s]['sensitivity']:.3f}" for s in shifts]
            lines.append(f"| {name} | {rows['none']['auc']:.3f} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)
