"""The input check's feature density fitted on framed chests too (check 2.1.0, issue 20).

Up to check 2.0.0 the Gaussian of the model's pooled features was fitted on the upright training
chests exactly as their hospital framed them, although the model itself was trained to accept
other framings (cxrtrain.input_check.dataset.augment: zoom, shift, tilt up to 10 degrees,
borders, exposure). A chest framed 10% tighter, or tilted, then sat beyond the distance
threshold while the model called it a frontal chest with probability 0.996: under a 10% cut,
10 of 84 chest_other films were refused that way (docs/field_eval_2.0.0_check2.0.0_border.md).
Here each training chest is fitted as it is and in ``COPIES`` re-framed copies drawn from the
same augmentation, and the thresholds are chosen again by the unchanged rule (thresholds.py).

``cxrtrain input-check refit-density SRC --to edge_models --version V``: the same weights; a new
``feature_density.npz``, thresholds, view reference and card.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from cxrscreen.core.errors import ImageRefused
from cxrscreen.core.xray.read import read_xray

from .card import write_model_card
from .dataset import augment, base_of, check_of, chest_split
from .export import _tflite_features, sha256
from .thresholds import choose_all_thresholds
from .train import fit_density

COPIES = 2
SEED = 20261203
DENSITY = ("Mahalanobis distance of the int8 model's pooled features to one Gaussian (shrinkage "
           "0.1) fitted on the training chests as they are and {copies} re-framed copies of each "
           "(the augmentation the model was trained with: zoom, shift, tilt up to 10 degrees, "
           "borders, exposure)")


def density_inputs(data_root: Path, copies: int = COPIES, seed: int = SEED) -> np.ndarray:
    """uint8 check inputs of the check's TRAIN chests, each as it is and ``copies`` re-framed."""
    train, _, _ = chest_split(data_root)
    rng = np.random.default_rng(seed)
    out = []
    for sample in train:
        try:
            base = base_of(read_xray(sample.path).pixels)
        except ImageRefused:
            continue
        out.append(check_of(base))
        out += [check_of(augment(base, rng)) for _ in range(copies)]
    return np.stack(out)


def refit_density(source: Path, to: Path, version: str, data_root: Path,
                  copies: int = COPIES) -> Path:
    source, to = Path(source), Path(to)
    meta = json.loads((source / "metadata.json").read_text())
    folder = to / meta["name"] / version
    if folder.resolve() == source.resolve():
        raise SystemExit("choose a new version: the source folder would be overwritten")
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source / meta["model_file"], folder / meta["model_file"])
    if meta.get("view_reference_file"):  # loaded with the check; fitted again below
        shutil.copy2(source / meta["view_reference_file"], folder / meta["view_reference_file"])
    inputs = density_inputs(data_root, copies)
    mean, whitener = fit_density(_tflite_features(folder / meta["model_file"], inputs))
    np.savez(folder / meta["density_file"], mean=mean, whitener=whitener)
    meta.update(version=version, created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                density_sha256=sha256(folder / meta["density_file"]),
                density=DENSITY.format(copies=copies), density_fitted_on=len(inputs),
                derived_from=f"{meta['name']} {source.name}: the same weights; new: the feature "
                             f"density fitted on framed chests too, and every threshold chosen "
                             f"again by the same rule")
    (folder / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n")
    meta = choose_all_thresholds(folder, meta, data_root)
    write_model_card(folder, meta, meta.get("training") or {})
    return folder
