"""Export: full-integer int8 TFLite with two outputs (score, class-activation map), checked for
parity against the float model, evaluated, and written with metadata.json and MODEL_CARD.md."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import shutil
import tempfile
from pathlib import Path

import numpy as np

from cxrscreen.core.xray.contract import PREPROCESSING

from . import metrics
from .evaluate import assess, save_evaluation
from .derived_run import read_records
from .manifest import load_external, open_run
from .model_card import write_model_card
from .score_distribution import score_distribution, sets_from_scores

log = logging.getLogger(__name__)

DATA_CITATION = (
    "Kermany D., Zhang K., Goldbaum M. (2018). Labeled Optical Coherence Tomography (OCT) and "
    "Chest X-Ray Images for Classification. Mendeley Data, v2. doi:10.17632/rscbjbr9sj.2"
)
SCHEMA_VERSION = 1


def convert_int8(keras_path: Path, calibration: np.ndarray) -> bytes:
    """Full-integer quantisation; calibration images come from the training cache, i.e. the
    same preprocessing as everything else. A framed model (cxrtrain.framing) keeps its geometry
    in float (quantise_framed)."""
    import keras

    from .framing import is_framed
    from .models import with_cam_output

    model = keras.models.load_model(keras_path, compile=False)
    if is_framed(model):
        return quantise_framed(with_cam_output(model), calibration)
    return quantise_int8(with_cam_output(model), calibration)


# The operators of a framed model's geometry (the box arithmetic, Reframe's and Unframe's
# bilinear weights and matrix products) that stay in float: in int8 a pixel position rounds to
# about 2 px and the score moved by 0.48 on average. The convolutions stay int8.
FLOAT_OPS = ("SUB", "ABS", "MUL", "ADD", "DIV", "BATCH_MATMUL", "MINIMUM", "REDUCE_MIN", "PACK",
             "BROADCAST_TO", "RELU", "STRIDED_SLICE", "RESHAPE", "SHAPE")


def quantise_framed(model, calibration: np.ndarray) -> bytes:
    """int8 weights and activations except FLOAT_OPS; float32 input and outputs (the app's
    LiteRT runner reads either). Calibrated on (N, S, S) uint8 images."""
    import tensorflow as tf

    converter, representative = _calibrated_converter(model, calibration)
    options = tf.lite.experimental.QuantizationDebugOptions(denylisted_ops=list(FLOAT_OPS))
    debugger = tf.lite.experimental.QuantizationDebugger(
        converter=converter, debug_dataset=representative, debug_options=options)
    return debugger.get_nondebug_quantized_model()


def quantise_int8(model, calibration: np.ndarray) -> bytes:
    """A Keras model -> full-integer int8 TFLite (int8 input and outputs), calibrated on
    (N, S, S) uint8 images. Shared by the pneumonia model and the input check."""
    import tensorflow as tf

    converter, _ = _calibrated_converter(model, calibration)
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    converter.inference_input_type = tf.int8
    converter.inference_output_type = tf.int8
    return converter.convert()


def _calibrated_converter(model, calibration: np.ndarray):
    """A TFLite converter set to quantise ``model``, and its calibration feed: (N, S, S) uint8
    images as the model's [0, 1] input."""
    import tensorflow as tf

    def representative():
        for img in calibration:
            yield [img.astype(np.float32)[None, ..., None] / 255.0]

    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.representative_dataset = representative
    return converter, representative


def tensor_spec(tflite_path: Path, framed: bool = False) -> dict:
    from ai_edge_litert.interpreter import Interpreter

    interp = Interpreter(model_path=str(tflite_path))
    interp.allocate_tensors()

    def spec(d: dict) -> dict:
        scale, zero = d["quantization"]
        return {"shape": [int(v) for v in d["shape"]], "dtype": np.dtype(d["dtype"]).name,
                "quantization": {"scale": float(scale), "zero_point": int(zero)}}

    outs = interp.get_output_details()
    out = {"input": spec(interp.get_input_details()[0]), "outputs": {}}
    for d in outs:
        if int(np.prod(d["shape"])) == 1:
            out["outputs"]["score"] = {**spec(d), "meaning": "probability of pneumonia (sigmoid)"}
        else:
            out["outputs"]["cam"] = {**spec(d), "meaning":
                                     CAM_MEANING_FRAMED if framed else CAM_MEANING}
    return out


CAM_MEANING = "class-activation logits; sigmoid(mean(cam)) == score"
CAM_MEANING_FRAMED = ("class-activation logits of the reframed image, mapped back onto the "
                      "input's frame (cells outside the standard frame get the map's lowest "
                      "value); their mean no longer gives the score")


def parity(y: np.ndarray, s_float: np.ndarray, s_int8: np.ndarray, threshold: float) -> dict:
    agree = float(np.mean((s_float >= threshold) == (s_int8 >= threshold)))
    auc_f, auc_q = metrics.roc_auc(y, s_float), metrics.roc_auc(y, s_int8)
    return {"label_agreement": round(agree, 4), "auc_float": round(auc_f, 4),
            "auc_int8": round(auc_q, 4), "auc_difference": round(abs(auc_f - auc_q), 4),
            "max_abs_score_difference": round(float(np.max(np.abs(s_float - s_int8))), 4),
            "passes": bool(agree >= 0.99 and abs(auc_f - auc_q) <= 0.005)}


def export_run(run_dir: Path, to: Path, cache_dir: Path | None = None, epoch: int | None = None,
               why: str = "") -> Path:
    """``epoch``: export that epoch's weights (``epochs/epoch_NN.keras``) instead of the checkpoint
    the training rule kept; ``why`` says who chose it and on what, for the metadata and the card."""
    from .data import load_cached
    from .scoring import score_keras, score_tflite

    run_dir = Path(run_dir)
    cfg, split, cache = open_run(run_dir, cache_dir)
    size = cfg.data.image_size
    x_train = load_cached(split.train, size, cache)
    rng = np.random.default_rng(cfg.seed)
    calib = x_train[rng.choice(len(x_train), min(cfg.export.calibration_images, len(x_train)), replace=False)]
    keras_path = run_dir / "best.keras"
    if epoch is not None:
        if not why:
            raise ValueError("an epoch chosen by hand needs --why")
        keras_path = run_dir / "epochs" / f"epoch_{epoch:02d}.keras"
    tflite = convert_int8(keras_path, calib)

    work = Path(tempfile.mkdtemp(prefix="export-", dir=run_dir))
    model_path = work / "model.tflite"
    model_path.write_bytes(tflite)
    x_val, x_test = load_cached(split.val, size, cache), load_cached(split.test, size, cache)
    y_val = np.array([s.label for s in split.val])
    y_test = np.array([s.label for s in split.test])
    q_val, _ = score_tflite(model_path, x_val)
    q_test, cams = score_tflite(model_path, x_test)
    f_val, _ = score_keras(keras_path, x_val)
    f_test, _ = score_keras(keras_path, x_test)

    external, ext = None, load_external(run_dir)
    q_ext = None
    if ext is not None:
        x_ext = load_cached(ext[1], size, cache)
        q_ext, _ = score_tflite(model_path, x_ext)
        external = (np.array([s.label for s in ext[1]]), q_ext, [s.subgroup for s in ext[1]])
    # Trained on several hospitals (train --also): the run's own figures (validation, test,
    # parity, the score reference) stay those of the --data collection, and every collection
    # is reported on its own below.
    all_val, all_test, qa_val, qa_test = split.val, split.test, q_val, q_test
    main = split.train[0].source if split.train else ""
    mv = np.array([s.source == main for s in split.val])
    mt = np.array([s.source == main for s in split.test])
    others_val = [i for i, s in enumerate(split.val) if s.source != main]
    also = None
    if others_val and cfg.export.also_min_sensitivity > 0:
        also = (y_val[others_val], q_val[others_val], cfg.export.also_min_sensitivity,
                "the other training collections' validation patients")
    y_val, q_val, f_val, x_val = y_val[mv], q_val[mv], f_val[mv], x_val[mv]
    y_test, q_test, f_test, x_test = y_test[mt], q_test[mt], f_test[mt], x_test[mt]
    cams = cams[mt]
    test_main = [s for s in split.test if s.source == main]
    result = assess(y_val, q_val, y_test, q_test, [s.subgroup for s in test_main],
                    cfg.export.screening_min_sensitivity, external, also)
    result["model"] = "int8 TFLite (as shipped)"
    result["external_source"] = ext[0] if ext is not None else None
    result["reported_on"] = "internal test split (patient-grouped, held out)"
    t = result["thresholds"]["screening"]["value"]
    result["parity"] = {"validation": parity(y_val, f_val, q_val, t),
                        "test": parity(y_test, f_test, q_test, t)}
    save_evaluation(run_dir / "export_eval", result, y_test, q_test, x_test, cams, test_main,
                    "internal test split (patient-grouped, held out)", external)
    (run_dir / "export_eval" / "parity.json").write_text(json.dumps(result["parity"], indent=2))
    if not result["parity"]["validation"]["passes"]:
        log.warning("int8 parity below target: %s", result["parity"]["validation"])

    sha = hashlib.sha256(tflite).hexdigest()
    timing = _read_json(run_dir / "timing.json")
    derived = read_records(run_dir)  # an ensemble's or a soup's record: how it was made
    meta = {
        "schema_version": SCHEMA_VERSION,
        "name": cfg.export.name,
        "version": cfg.export.version,
        "created": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "architecture": cfg.model.architecture,
        "labels": ["NORMAL", "PNEUMONIA"],
        "model_file": "model.tflite",
        "sha256": sha,
        "size_bytes": len(tflite),
        **tensor_spec(model_path, framed=bool(cfg.model.framing)),
        "preprocessing": {**PREPROCESSING, "size": size},
        "thresholds": result["thresholds"],
        "metrics": {"reported_on": result["reported_on"], "test": result["test"],
                    "validation": result["validation"], "subgroups_test": result["subgroups_test"],
                    "calibration_ece_test": result["calibration_test"]["ece"],
                    "parity": result["parity"], **_external_metrics(result, ext, cfg.train.select_on,
                                                                derived=bool(derived))},
        "data": {"citation": DATA_CITATION, "license": "CC BY 4.0", "source": split.source,
                 "file_list_sha256": split.file_list_sha256,
                 "duplicates_dropped": split.duplicates_dropped, "counts": split.counts},
        "training": {"config": cfg.to_dict(),
                     "git_commit": (run_dir / "git_commit.txt").read_text().strip(),
                     "train_seconds": timing.get("train_seconds"),
                     **({"init_from": _read_json(run_dir / "init_from.json")}
                        if (run_dir / "init_from.json").exists() else {}),
                     **derived,
                     **({"chosen": {"epoch": epoch, "why": why}} if epoch is not None else {}),
                     **({"framing": _framing_record(cfg.model.framing)}
                        if cfg.model.framing else {})},
        "score_distribution": score_distribution(sha, sets_from_scores(
            (y_val, q_val), split.source,
            None if external is None else (external[0], external[1], ext[0]))),
    }
    if len(set(s.source for s in split.train)) > 1:
        from .collection_eval import collections_report
        from .sites import CITATIONS

        parts = {"validation": (all_val, qa_val), "test": (all_test, qa_test)}
        if ext is not None:
            parts["external"] = (ext[1], q_ext)
        meta["metrics"]["collections"] = collections_report(parts, result["thresholds"])
        meta["data"]["collections"] = {k: CITATIONS.get(k, {}) for k in
                                       dict.fromkeys(s.source for s in split.train)}
    if ext is not None:
        from .robustness import robustness

        (work / "metadata.json").write_text(json.dumps(meta, indent=2))  # robustness reads it
        report = robustness(work, Path(ext[0]), run_dir / "robustness")
        meta["robustness"] = {k: report[k] for k in ("data", "threshold", "shifts",
                                                     "border_invariant_within_0.05")}
        meta["robustness"]["data"] = Path(report["data"]).name
        for source in dict.fromkeys(s.source for s in all_test if s.source != main):
            held_out = [s for s in all_test if s.source == source]
            more = robustness(work, Path(f"{source} (held-out test patients)"),
                              run_dir / f"robustness_{source}", samples=held_out)
            meta.setdefault("robustness_collections", {})[source] = {
                k: more[k] for k in ("data", "threshold", "shifts", "border_invariant_within_0.05")}
    (work / "metadata.json").write_text(json.dumps(meta, indent=2))
    write_model_card(work / "MODEL_CARD.md", meta, card_notes(cfg.export.card_notes))
    dest = Path(to) / cfg.export.name / cfg.export.version
    if dest.exists():
        shutil.rmtree(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(work), dest)
    log.info("exported %s (%d bytes, sha256 %s)", dest, len(tflite), sha)
    return dest


def _external_metrics(result: dict, ext, select_on: str, derived: bool = False) -> dict:
    if ext is None:
        return {}
    from .data import describe

    return {"thresholds_chosen_on": "external", "external": result["external"],
            "subgroups_external": result["subgroups_external"],
            "calibration_ece_external": result["calibration_external"]["ece"],
            "external_data": {"source": Path(ext[0]).name, "counts": describe(ext[1]),
                              "use": ("chose the model (by the written rule in the model card's notes) and the "
                                      "operating points; " if derived else
                                      "chose the checkpoint's epoch and the operating points; "
                                      if select_on in ("external_auc", "worst_auc") else
                                      "chose the operating points; ") + "never trained on"}}


def card_notes(name: str) -> str:
    if not name:
        return ""
    path = Path(name)
    if not path.is_absolute():
        path = Path(__file__).resolve().parents[2] / name
    return path.read_text() if path.is_file() else ""


def _framing_record(path: str) -> dict:
    """What the card says of the framing net: its file's sha256 and how it was trained
    (framing.json beside it, written by cxrtrain framing-net)."""
    net = Path(path)
    info = _read_json(net.parent / "framing.json")
    return {"path": str(path), "sha256": hashlib.sha256(net.read_bytes()).hexdigest(),
            **{k: info[k] for k in ("train_images", "val_images", "kept_val_box_mae",
                                    "train_seconds", "git_commit") if k in info}}


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text()) if path.exists() else {}
