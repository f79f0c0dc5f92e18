"""The input check's side-view evidence (cxrscreen.core.view_evidence), from check 1.2.0.

Fitted on the upright frontal chests that fitted the check's weights (the TRAIN patients of
chest_xray/train): the Gaussian of their coarse layouts, and their view scores and layout
distances (the tails the evidence is measured in). The threshold is a high quantile of the
evidence on those chests, chosen by the rule that chose the model's thresholds: the highest
refusal power whose false refusals, with the model's own, stay within 0.5% of the validation
patients and of external_val and 3% of chest_other. No lateral chest or other non-chest image
fits or chooses anything.

``cxrtrain input-check add-view-evidence SRC --to edge_models --version V`` makes a new version
of an existing check: the same model and feature density (checksums unchanged), a new
``view_reference.npz``, and the threshold ``frontal_view`` in place of the view score's own.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from cxrscreen.core.errors import ImageRefused
from cxrscreen.core.xray.read import read_xray
from cxrscreen.core.xray.contract import resize_whole, stretch
from cxrscreen.core.screening.litert import sha256_file
from cxrscreen.core.xray.check_contract import BASE_SIZE
from cxrscreen.core.screening.input_check import InputChecker
from cxrscreen.core.screening.view_evidence import ViewReference, fit_reference, layout
from cxrscreen.core.screening.view_symmetry import two_sided_score

from .dataset import augment, chest_sets, chest_split
from .card import write_model_card
from .versions import derive
from .view import LIMITS, QUANTILES, checked_base, pick_threshold, without_view

REFERENCE_FILE = "view_reference.npz"
SEED = 20261123
COPIES = 1  # re-framed copies of each fitted chest (see fitted_features)
FEATURE = ("side-view evidence (cxrscreen.core.view_evidence): Fisher's combination of the "
           "two-sided view score's lower tail and the coarse layout distance's upper tail among "
           "the fitted chests")


def view_features(path: Path, checker: InputChecker | None = None, size: int = 64):
    """(view score, layout of the check's input) of one file as the application computes them
    (input_check_view.checked_base); None when the file, or the check's model, refuses it."""
    base = checked_base(path, checker)
    return None if base is None else base_features(base, size)


def base_features(base: np.ndarray, size: int = 64):
    """(view score, layout) of a 224-px copy, as the check computes them."""
    return two_sided_score(stretch(base)), layout(stretch(resize_whole(base, size)))


def fitted_features(paths: list[Path], size: int, copies: int, seed: int = SEED):
    """The fitted chests' features: each upright chest as it is, and ``copies`` re-framed copies
    of it (cxrtrain.input_check.augment: the framings, tilts up to 10 degrees, borders and
    exposures the check's model was trained to accept), so that the reference covers how
    frontal chests vary in the field, not only how this collection framed them."""
    rng = np.random.default_rng(seed)
    out = []
    for path in paths:
        try:
            base = resize_whole(read_xray(path).pixels, BASE_SIZE)
        except ImageRefused:
            continue
        out.append(base_features(base, size))
        out += [base_features(augment(base, rng), size) for _ in range(copies)]
    return out


def fit_and_choose(checker: InputChecker, data_root: Path, limits: dict[str, float] = LIMITS,
                   copies: int = COPIES) -> tuple[dict[str, np.ndarray], dict]:
    """The reference arrays and ``thresholds.frontal_view`` for a check."""
    train, val, _ = chest_split(data_root)
    fitted = fitted_features([Path(s.path) for s in train], checker.size, copies)
    arrays = fit_reference(np.stack([f[1] for f in fitted]), np.asarray([f[0] for f in fitted]))
    ref = ViewReference(arrays["layout_mean"], arrays["layout_whitener"], arrays["view_scores"],
                        arrays["layout_distances"])

    def evidence(f):
        return None if f is None else ref.evidence(f[0], ref.layout_distance(f[1]))

    own = np.asarray([evidence(f) for f in fitted])
    sets = chest_sets(data_root, val)
    model_only = without_view(checker)
    scores = {k: [evidence(view_features(p, model_only, checker.size)) for p in v]
              for k, v in sets.items()}
    t, q, refused_at = pick_threshold(own, scores, limits, refuse_above=True)
    threshold = {
        "value": round(t, 4), "quantile": q,
        "fitted_on": f"{' and '.join(dict.fromkeys(_collection(x) for x in train))}, the "
                     f"check's TRAIN patients: {len(train)} images and "
                     f"{copies} re-framed copy(ies) of each ({len(fitted)} in all)",
        "rule": "the lowest threshold among the upper " + ", ".join(f"{x:g}" for x in QUANTILES)
                + " quantiles of the evidence on those chests whose false refusals, with the "
                + "model's, stay "
                + ", ".join(f"<= {v:.1%} ({k})" for k, v in limits.items()),
        "false_refusal_at_choice": {k: round(v, 4) for k, v in refused_at.items()},
        "sets": {k: len(v) for k, v in sets.items()}, "feature": FEATURE,
        # From check 2.0.0: evidence above the threshold on a film the model calls frontal is a
        # doubt, referred for a clinician's reading, not a refusal (cxrscreen's InputChecker).
        "on_doubt": "refer"}
    return arrays, threshold


def _collection(sample) -> str:
    return "nih_adult" if sample.source == "nih_adult" else "chest_xray/train"


def write_reference(folder: Path, meta: dict, arrays: dict[str, np.ndarray]) -> None:
    """The view reference file, and its name and checksum in ``meta``. float64, as the threshold
    was chosen with: a rounded copy could move an image's evidence across it."""
    np.savez_compressed(folder / REFERENCE_FILE, **arrays)
    meta["view_reference_file"] = REFERENCE_FILE
    meta["view_reference_sha256"] = sha256_file(folder / REFERENCE_FILE)
    meta["view_reference"] = ("Gaussian (shrinkage 0.01) of the 8 x 8 cell means of the check's "
                              "64-px input, and the sorted view scores and layout distances, of "
                              "the fitted chests and re-framed copies of them")


def add_view_evidence(source: Path, to: Path, version: str, data_root: Path,
                      limits: dict[str, float] = LIMITS, copies: int = COPIES) -> Path:
    """A new version of the check in ``source``: same model and feature density, plus the view
    reference and its threshold (the view score's own threshold, if any, is dropped: the
    evidence uses the score)."""
    meta, folder = derive(source, to, version, ("model_file", "density_file"),
                          "the same weights and feature density; new: the side-view evidence")
    arrays, threshold = fit_and_choose(InputChecker.load(source), data_root, limits, copies)
    write_reference(folder, meta, arrays)
    meta["thresholds"].pop("view", None)
    meta["thresholds"]["frontal_view"] = threshold
    (folder / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n")
    write_model_card(folder, meta, meta.get("training") or {})
    return folder
