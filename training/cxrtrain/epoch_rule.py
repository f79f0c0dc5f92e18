"""``cxrtrain choose``: the rule that chose 2.1.0's epoch, as code, for any set of candidates
(a run's epochs, an ensemble).

1. Keep the candidates whose sensitivity and specificity on ``external_val`` change by at most
   ``limit`` under every framing shift (``cxrtrain checkpoint-shifts``' report, each candidate at
   its own sensitivity-0.97 threshold on unshifted ``external_val``).
2. Of those, the best worst-collection AUC: the lowest of each training collection's validation
   AUC and ``external_val``'s, as the training callback (``sites.collection_auc_callback``)
   measures it, here measured again for every candidate on the run's own split.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from . import metrics
from .checkpoint_shifts import THRESHOLD_COLLECTION
from .field_eval import FIELD_SHIFTS

FRAMINGS = tuple(s for s in FIELD_SHIFTS if s != "none")

LIMIT = 0.05


def largest_change(figures: dict) -> float:
    """The largest |change| of sensitivity or specificity on external_val over the framing
    shifts (any other shift in the report, such as blur, is not part of this step)."""
    rows = figures["collections"][THRESHOLD_COLLECTION]
    return max(abs(row[k]) for shift, row in rows.items() if shift in FRAMINGS
               for k in ("sensitivity_change", "specificity_change"))


def collection_aucs(run_dir: Path, keras_path: Path, cache_dir: Path | None = None) -> dict:
    """{collection: AUC} on the run's validation patients of each training collection, and on
    external_val, for one float model."""
    from .data import load_cached
    from .manifest import load_external, open_run
    from .scoring import score_keras

    cfg, split, cache = open_run(Path(run_dir), cache_dir)
    size = cfg.data.image_size
    sets = {}
    for source in sorted({s.source for s in split.val}):
        samples = [s for s in split.val if s.source == source]
        sets[source] = samples
    ext = load_external(Path(run_dir))
    if ext is not None:
        sets["external_val"] = ext[1]
    out = {}
    for name, samples in sets.items():
        scores, _ = score_keras(keras_path, load_cached(samples, size, cache))
        out[name] = round(float(metrics.roc_auc(np.array([s.label for s in samples]), scores)), 4)
    return out


def choose(shifts: dict[str, dict], aucs: dict[str, dict], limit: float = LIMIT) -> dict:
    """The rule on measured figures: ``shifts`` {candidate: checkpoint-shifts figures}, ``aucs``
    {candidate: {collection: AUC}}. Returns every candidate's row and the one chosen (None when
    no candidate passes step 1)."""
    rows = {}
    for name, figures in shifts.items():
        change = largest_change(figures)
        rows[name] = {"largest_change": round(change, 4), "passes": change <= limit + 1e-9,
                      "aucs": aucs[name], "worst_auc": min(aucs[name].values())}
    passing = [n for n, r in rows.items() if r["passes"]]
    chosen = max(passing, key=lambda n: rows[n]["worst_auc"]) if passing else None
    return {"limit": limit, "candidates": rows, "chosen": chosen}


def choose_for_run(run_dir: Path, shifts_json: Path, cache_dir: Path | None = None) -> dict:
    shifts = json.loads(Path(shifts_json).read_text())
    aucs = {name: collection_aucs(run_dir, Path(name), cache_dir) for name in shifts}
    return choose(shifts, aucs)


def markdown(result: dict) -> str:
    lines = ["| candidate | largest change on external_val | passes | AUCs | worst |",
             "|---|---:|---|---|---:|"]
    for name, r in result["candidates"].items():
        aucs = ", ".join(f"{k} {v:.3f}" for k, v in r["aucs"].items())
        mark = " **(chosen)**" if name == result["chosen"] else ""
        lines.append(f"| `{name}`{mark} | {r['largest_change']:.3f} | "
                     f"{'yes' if r['passes'] else 'no'} | {aucs} | {r['worst_auc']:.3f} |")
    lines += ["", f"Chosen: {result['chosen'] or 'none passes the framing step'} "
                  f"(limit ±{result['limit']})."]
    return "\n".join(lines)
