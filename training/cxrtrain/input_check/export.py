"""``cxrtrain input-check export``: the trained model as int8 LiteRT, its metadata (tensor specs,
thresholds) and its model card.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from cxrscreen.core.screening.litert import dequantise, quantise, tensor_spec
from cxrscreen.core.xray.check_contract import CHECK_PREPROCESSING
from cxrscreen.core.screening.input_check import CLASSES, KIND

from .card import write_model_card
from .dataset import NAME, SEED, SIZE, VERSION, training_data
from .thresholds import choose_all_thresholds
from .train import fit_density


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export(run: Path, to: Path, data_root: Path, version: str = VERSION) -> Path:
    """int8 TFLite + feature density + provisional thresholds, then thresholds chosen on the
    threshold-choice sets (see choose_thresholds), then metadata.json and MODEL_CARD.md."""
    import keras

    info = json.loads((run / "train.json").read_text())
    data = training_data(data_root, Path(info.get("cache") or run / "cache"), quick=info["quick"],
                         side_views=info.get("side_views", False),
                         drawn_laterals=info.get("drawn_laterals", False))
    model = keras.models.load_model(run / "model.keras", compile=False)
    rng = np.random.default_rng(SEED + 1)
    calib = data["x"][rng.permutation(len(data["x"]))[:400]]
    folder = to / NAME / version
    folder.mkdir(parents=True, exist_ok=True)
    from ..export import quantise_int8

    (folder / "model.tflite").write_bytes(quantise_int8(model, calib))
    # Density of the int8 model's own features on upright training chests (what the app computes).
    meta = provisional_metadata(folder, version)
    feats = _tflite_features(folder / "model.tflite", data["chest_train_x"])
    mean, whitener = fit_density(feats)
    np.savez(folder / "feature_density.npz", mean=mean, whitener=whitener)
    meta["density_sha256"] = sha256(folder / "feature_density.npz")
    (folder / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n")
    meta["training"] = {k: info.get(k) for k in ("epochs", "examples", "seconds",
                                                 "learning_rate", "drawn_laterals")}
    if info.get("init") and (Path(info["init"]) / "train.json").is_file():  # fine-tuned
        meta["training"]["init_epochs"] = json.loads(
            (Path(info["init"]) / "train.json").read_text()).get("epochs")
    meta = choose_all_thresholds(folder, meta, data_root)
    write_model_card(folder, meta, meta["training"])
    return folder


def _tflite_features(path: Path, images: np.ndarray) -> np.ndarray:
    from ai_edge_litert.interpreter import Interpreter

    interp = Interpreter(model_path=str(path))
    interp.allocate_tensors()
    inp = interp.get_input_details()[0]
    outs = interp.get_output_details()
    feat = next(o for o in outs if int(np.prod(o["shape"])) != len(CLASSES))
    out = []
    for img in images:
        q = quantise(img.astype(np.float32) / 255.0, inp)
        interp.set_tensor(inp["index"], q.reshape(inp["shape"]))
        interp.invoke()
        out.append(dequantise(interp.get_tensor(feat["index"]), feat).reshape(-1))
    return np.stack(out)


def provisional_metadata(folder: Path, version: str = VERSION) -> dict:
    from ai_edge_litert.interpreter import Interpreter

    interp = Interpreter(model_path=str(folder / "model.tflite"))
    interp.allocate_tensors()
    inp = interp.get_input_details()[0]

    outs = {("probabilities" if int(np.prod(o["shape"])) == len(CLASSES) else "features"):
            tensor_spec(o)
            for o in interp.get_output_details()}
    return {
        "schema_version": 1, "kind": KIND, "name": NAME, "version": version,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "architecture": "4-block CNN (16-32-64-128) at 64 px, global average pooling (the "
                        "features), dense 64, softmax over the classes",
        "classes": list(CLASSES), "model_file": "model.tflite",
        "sha256": sha256(folder / "model.tflite"),
        "size_bytes": (folder / "model.tflite").stat().st_size,
        "density_file": "feature_density.npz", "density_sha256": "",
        "density": "Mahalanobis distance of the int8 model's pooled features to one Gaussian "
                   "(shrinkage 0.1) fitted on the upright training chests",
        "input": tensor_spec(inp), "outputs": outs,
        "preprocessing": {**CHECK_PREPROCESSING, "size": SIZE},
        "thresholds": {"frontal_chest": {"value": 0.5}, "distance": {"value": 1e9},
                       "correction": {"value": 0.5}},
    }
