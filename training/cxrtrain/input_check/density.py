"""The input check's feature density fitted on framed chests too (check 2.1.0, issue 20).

Up to check 2.0.0 the Gaussian of the model's pooled features was fitted on the upright training
chests exactly as their hospital framed them, although the model itself was trained to accept
other framings (cxrtrain.input_check.dataset.augment: zoom, shift, tilt up to 10 degrees,
borders, exposure). A chest framed 10% tighter, or tilted, then sat beyond the distance
threshold while the model called it a frontal chest with probability 0.996: under a 10% cut,
10 of 84 chest_other films were refused that way (docs/field_eval_2.0.0_check2.0.0_border.md).
Here each training chest is fitted as it is and in ``COPIES`` re-framed copies: turned by up to
10 degrees either way, then every edge cut or padded with black by the same share, up to 12%
(``reframed``: the shifts of the field evaluation, drawn from a range around them). The
thresholds are then chosen again by the unchanged rule (thresholds.py).

The first try drew the copies from the model's whole training augmentation (zoom from 0.7,
exposure, noise, blur, flips, bars); that density also took in dental panoramics (refused 89.1%,
target 90%), so the copies vary the framing only.

``cxrtrain input-check refit-density SRC --to edge_models --version V``: the same weights and
side-view evidence (reference and threshold); a new ``feature_density.npz``, the model's
thresholds and the card. Choosing the evidence again as well (as the export does) was tried: it
spent the chests' fewer refusals on a tighter evidence threshold, 13.0 instead of 15.5, and so
more view doubts (under a 10% cut, 8 of 84 chest_other films instead of 3).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from cxrscreen.core.errors import ImageRefused
from cxrscreen.core.screening.input_check import InputChecker
from cxrscreen.core.xray.border import trim_border
from cxrscreen.core.xray.read import read_xray

from .card import write_model_card
from .dataset import base_of, check_of, chest_split
from .export import _tflite_features, sha256
from .thresholds import choose_thresholds
from .train import fit_density
from .versions import derive

COPIES = 2
SEED = 20261203
EDGE_SHARE = 0.12  # each edge cut (or padded) by up to this share of the side
TILT_DEGREES = 10.0
DENSITY = ("Mahalanobis distance of the int8 model's pooled features to one Gaussian (shrinkage "
           "0.1) fitted on the training chests as they are and {copies} re-framed copies of each "
           "(turned up to 10 degrees, every edge cut or padded with black by up to 12%)")


def reframed(pixels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The chest turned by up to TILT_DEGREES, then every edge cut (or padded with black) by the
    same random share of up to EDGE_SHARE: another machine's framing of the same film."""
    from ..robustness import crop, pad, rotate

    out = rotate(float(rng.uniform(-TILT_DEGREES, TILT_DEGREES)))(pixels)
    share = float(rng.uniform(-EDGE_SHARE, EDGE_SHARE))
    return (crop(share) if share >= 0 else pad(-share))(out)


def density_inputs(data_root: Path, copies: int = COPIES, seed: int = SEED) -> np.ndarray:
    """uint8 check inputs of the check's TRAIN chests, each as it is and ``copies`` re-framed,
    each inside its uniform border as the application cuts it (core/xray/border.py)."""
    train, _, _ = chest_split(data_root)
    rng = np.random.default_rng(seed)
    out = []
    for sample in train:
        try:
            pixels = read_xray(sample.path).pixels
        except ImageRefused:
            continue
        # What the application's check looks at: the film inside any uniform border.
        out.append(check_of(base_of(trim_border(pixels))))
        out += [check_of(base_of(trim_border(reframed(pixels, rng)))) for _ in range(copies)]
    return np.stack(out)


def refit_density(source: Path, to: Path, version: str, data_root: Path,
                  copies: int = COPIES) -> Path:
    # The model's thresholds are chosen again (the distances moved). The side-view evidence is
    # kept as it was: it does not use the features, and choosing it again spent the chests'
    # smaller refusals on a tighter evidence threshold (more view doubts) instead.
    meta, folder = derive(source, to, version, ("model_file", "view_reference_file"),
                          "the same weights and side-view evidence; new: the feature density "
                          "fitted on re-framed chests too, and the model's thresholds chosen "
                          "again by the same rule")
    inputs = density_inputs(data_root, copies)
    mean, whitener = fit_density(_tflite_features(folder / meta["model_file"], inputs))
    np.savez(folder / meta["density_file"], mean=mean, whitener=whitener)
    meta.update(density_sha256=sha256(folder / meta["density_file"]),
                density=DENSITY.format(copies=copies), density_fitted_on=len(inputs))
    (folder / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n")
    chosen = choose_thresholds(InputChecker.load(folder), data_root)
    kept = {k: v for k, v in meta["thresholds"].items() if k not in chosen["thresholds"]}
    meta["thresholds"] = {**chosen["thresholds"], **kept}
    meta["threshold_choice"] = chosen["report"]
    (folder / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n")
    write_model_card(folder, meta, meta.get("training") or {})
    return folder
