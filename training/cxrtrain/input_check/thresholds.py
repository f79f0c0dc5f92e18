"""The input check's thresholds: chosen on chest sets only, by simulating the check's decision
rule on every variant (turned, inverted) of each image.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import numpy as np

from cxrscreen.core.xray.read import read_xray
from cxrscreen.core.xray.check_contract import check_input
from cxrscreen.core.screening.input_check import InputChecker

from . import evidence
from .dataset import FALSE_REFUSAL_LIMITS, chest_sets, chest_split, image_files

log = logging.getLogger(__name__)


def choose_all_thresholds(folder: Path, meta: dict, data_root: Path) -> dict:
    """The model's thresholds (choose_thresholds), then the side-view evidence (its reference
    file and threshold), which must be chosen with the model's final thresholds in place (what
    the model already refuses counts), each written to ``folder``. Returns the final metadata."""
    chosen = choose_thresholds(InputChecker.load(folder), data_root)
    meta["thresholds"] = chosen["thresholds"]
    meta["threshold_choice"] = chosen["report"]
    (folder / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n")
    arrays, meta["thresholds"]["frontal_view"] = evidence.fit_and_choose(InputChecker.load(folder), data_root)
    evidence.write_reference(folder, meta, arrays)
    (folder / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n")
    return meta


VARIANTS = [(inv, k) for inv in (False, True) for k in range(4)]


def net_turns(corrections) -> tuple[bool, int]:
    """(inverted?, quarter turns) that a list of corrections applies in total."""
    from cxrscreen.core.xray.check_contract import UNDO_TURNS

    inv, k = False, 0
    for c in corrections:
        if c == "inverted":
            inv = not inv
        else:
            k = (k + UNDO_TURNS[c]) % 4
    return inv, k


def variant_scores(checker, x: np.ndarray) -> dict:
    """Scores of the check input under every correction the rule could apply (8 variants)."""
    out = {}
    for inv, k in VARIANTS:
        v = 1.0 - x if inv else x
        out[(inv, k)] = checker.scores(np.ascontiguousarray(np.rot90(v, k)))
    return out


def simulate(table: dict, thresholds) -> tuple[bool, list[str]]:
    from cxrscreen.core.screening.input_check import decide

    accepted, corrections, _, _ = decide(lambda fixes: table[net_turns(fixes)], thresholds)
    return accepted, corrections


def _tables(checker, paths: list[Path]) -> list[dict | None]:
    """Variant tables through the application's reader; None for a file refused before the model
    (colour, blank, size...)."""
    from cxrscreen.core.errors import ImageRefused
    from cxrscreen.core.screening.input_check import COLOUR_MAX_FRACTION

    out = []
    for p in paths:
        try:
            xray = read_xray(p)
        except ImageRefused:
            out.append(None)
            continue
        if xray.colour_fraction > COLOUR_MAX_FRACTION:
            out.append(None)
            continue
        out.append(variant_scores(checker, check_input(xray.pixels, checker.size)))
    return out


def choose_thresholds(checker, data_root: Path) -> dict:
    """Grid search: the highest refusal of the ood folders (the worst kind first, then all
    together) subject to false refusals <= 0.5% on the validation patients and external_val and
    <= 3% on chest_other (FALSE_REFUSAL_LIMITS)."""
    t0 = time.time()
    _, val, _ = chest_split(data_root)
    accept = chest_sets(data_root, val)
    refuse = {k: image_files(data_root / "ood" / k) for k in ("knee", "dental", "hand", "lateral_cxr",
                                                         "natural")}
    acc_t = {k: _tables(checker, v) for k, v in accept.items()}
    ref_t = {k: _tables(checker, v) for k, v in refuse.items()}
    limits = FALSE_REFUSAL_LIMITS
    probs = np.concatenate([[t[(False, 0)][0]["frontal_chest"] for t in ts if t]
                            for ts in acc_t.values()])
    dists = np.concatenate([[t[(False, 0)][1] for t in ts if t] for ts in acc_t.values()])
    p_grid = sorted({0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
                     *np.quantile(probs, [0.002, 0.005, 0.01, 0.02]).round(4).tolist()})
    d_grid = sorted(set(np.quantile(dists, [0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 1.0])
                        .round(3).tolist() + [float(dists.max() * f) for f in (1.1, 1.25, 1.5)]))
    best = None
    for tp in p_grid:
        for td in d_grid:
            th = (tp, td, 0.5)
            fr = {k: np.mean([t is None or not simulate(t, th)[0] for t in ts])
                  for k, ts in acc_t.items()}
            if any(fr[k] > limits[k] for k in limits):
                continue
            rr = {k: np.mean([t is None or not simulate(t, th)[0] for t in ts])
                  for k, ts in ref_t.items()}
            key = (round(min(rr.values()), 3), np.mean(list(rr.values())), -tp)
            if best is None or key > best[0]:
                best = (key, th, fr, rr)
    if best is None:  # nothing meets the limits: the most permissive point, said so
        th = (min(p_grid), max(d_grid), 0.5)
        best = ((0, 0, 0), th, {}, {})
    _, th, fr, rr = best
    report = {"rule": "grid search over the P(frontal chest) and distance thresholds: highest "
                      "refusal of the worst ood folder, then of all, with false refusals "
                      + ", ".join(f"<= {v:.1%} ({k})" for k, v in limits.items()),
              "sets": {k: len(v) for k, v in {**accept, **refuse}.items()},
              "false_refusal_at_choice": {k: round(float(v), 4) for k, v in fr.items()},
              "refusal_at_choice": {k: round(float(v), 4) for k, v in rr.items()},
              "seconds": round(time.time() - t0, 1)}
    log.info("thresholds %s: %s", th, report)
    return {"thresholds": {"frontal_chest": {"value": float(th[0])},
                           "distance": {"value": float(th[1])},
                           "correction": {"value": float(th[2])}}, "report": report}
