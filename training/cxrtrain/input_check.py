"""``cxrtrain input-check train | export | evaluate``: the input check (cxrscreen.core.input_check).

What fits the weights (licence-permitted data only, see ../shared/data/README.md):
- upright frontal chests: the TRAIN part of chest_xray/train, split by patient exactly as the
  pneumonia model splits it (cxrtrain.data.split_by_patient, seed 1234, 15% / 15%), augmented;
- the same chests turned 90/180/270 degrees and inverted (classes of their own);
- other X-rays: ood/knee (CC BY 4.0), the knee CR of pydicom-data (RG3), small crops of chests,
  and limb-like renders; not X-rays: pydicom-data's MR, CT, ultrasound, photographs and secondary
  captures, and images made here (cxrtrain.input_check_synth).
What only chooses thresholds: the validation patients of chest_xray/train, chest_xray/external_val,
chest_other and the ood/ folders (dental, hand, lateral_cxr, natural, knee). Nothing is fitted on them.

Every image goes through the application's reader (read_xray) and the check's own preprocessing
(cxrscreen.core.input_check.check_input), so training and the application see the same pixels.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from PIL import Image

from cxrscreen.core.xray.dicom import read_dicom
from cxrscreen.core.xray.contract import read_xray, resize_whole
from cxrscreen.core.screening.input_check import (BASE_SIZE, CHECK_PREPROCESSING, CLASSES, KIND,
                                                  check_input)

from . import input_check_synth as synth

log = logging.getLogger(__name__)

NAME = "cxr-input-check"
VERSION = "1.0.0"
SIZE = 64
SEED = 1234
SPLIT = (0.15, 0.15)  # the pneumonia model's validation / internal test fractions
C = {name: i for i, name in enumerate(CLASSES)}
PYDICOM_OTHER_XRAY = ("RG3_UNCI.dcm",)
PYDICOM_NOT_XRAY = ("MR2_UNCI.dcm", "emri_small.dcm", "liver.dcm", "US1_UNCI.dcm",
                    "OBXXXX1A.dcm", "gdcm-US-ALOKA-16.dcm", "OT-PAL-8-face.dcm", "SC_rgb.dcm",
                    "MR-SIEMENS-DICOM-WithOverlays.dcm", "693_UNCI.dcm", "JPEG2000_UNC.dcm",
                    "color3d_jpeg_baseline.dcm")


# -- data ------------------------------------------------------------------------------------------

def chest_split(data_root: Path):
    from .data import deduplicate, discover, split_by_patient

    samples, _ = deduplicate(discover(data_root / "chest_xray" / "train"))
    return split_by_patient(samples, *SPLIT, seed=SEED)


def base_of(pixels: np.ndarray) -> np.ndarray:
    return resize_whole(pixels, BASE_SIZE)


def augment(base: np.ndarray, rng: np.random.Generator, strong: bool = False) -> np.ndarray:
    """A plausible other exposure / framing of the same 224-px image (float [0, 1])."""
    img = Image.fromarray(base.astype(np.float32))
    angle = rng.uniform(-180, 180) if strong else rng.uniform(-10, 10)
    scale = rng.uniform(0.7, 1.25)
    sx, sy = scale * rng.uniform(0.88, 1.12), scale * rng.uniform(0.88, 1.12)
    tx, ty = rng.uniform(-0.08, 0.08) * BASE_SIZE, rng.uniform(-0.08, 0.08) * BASE_SIZE
    a = np.deg2rad(angle)
    c, s = np.cos(a) / sx, np.sin(a) / sy
    cx = cy = BASE_SIZE / 2
    # inverse affine (output -> input) about the centre
    m = (c, s, cx - c * cx - s * cy + tx, -np.sin(a) / sx, np.cos(a) / sy,
         cy + np.sin(a) / sx * cx - np.cos(a) / sy * cy + ty)
    fill = float(rng.choice([0.0, float(np.median(base)), 1.0], p=[0.6, 0.3, 0.1]))
    img = img.transform((BASE_SIZE, BASE_SIZE), Image.Transform.AFFINE, m,
                        resample=Image.Resampling.BILINEAR, fillcolor=fill)
    out = np.asarray(img, np.float32)
    if rng.random() < 0.5:
        out = out[:, ::-1]
    out = np.clip(out, 0, 1) ** rng.uniform(0.6, 1.6)
    out = (out - 0.5) * rng.uniform(0.7, 1.3) + 0.5 + rng.uniform(-0.12, 0.12)
    if rng.random() < 0.3:
        small = int(BASE_SIZE / rng.uniform(1.3, 3.0))  # blur: down and up again
        out = resize_whole(resize_whole(np.ascontiguousarray(out, np.float32), small), BASE_SIZE)
    if rng.random() < 0.3:
        out = out + rng.normal(0, rng.uniform(0.005, 0.04), out.shape).astype(np.float32)
    out = np.array(out, dtype=np.float32)  # writable
    if rng.random() < 0.2:  # collimator edges or a film border
        side = rng.integers(4)
        w = int(rng.integers(5, 30))
        v = float(rng.choice([0.0, 1.0]))
        if side == 0:
            out[:w] = v
        elif side == 1:
            out[-w:] = v
        elif side == 2:
            out[:, :w] = v
        else:
            out[:, -w:] = v
    return np.ascontiguousarray(np.clip(out, 0, 1), dtype=np.float32)


def crop_piece(base: np.ndarray, rng) -> np.ndarray:
    """A small piece of a chest (a fifth of the area or less): not a chest X-ray to screen."""
    f = rng.uniform(0.25, 0.42)
    n = int(BASE_SIZE * f)
    y, x = rng.integers(0, BASE_SIZE - n, 2)
    return resize_whole(base[y:y + n, x:x + n], BASE_SIZE)


def lateral_like(base: np.ndarray, rng) -> np.ndarray:
    """A crude side view made from a frontal chest: in a lateral projection both lungs lie on top of
    each other and the spine is at one edge. So: the mean of one half and the mirrored other half
    (spine at the inner edge), stretched to the full width, spine side chosen at random. No
    lateral chest X-ray may fit the weights (ood/lateral_cxr is for evaluation only)."""
    half = BASE_SIZE // 2
    left, right = base[:, :half], base[:, half:][:, ::-1]
    w = rng.uniform(0.3, 0.7)
    fused = np.ascontiguousarray(w * left + (1 - w) * right, dtype=np.float32)  # spine on the right
    if rng.random() < 0.5:
        fused = np.ascontiguousarray(fused[:, ::-1])
    return resize_whole(fused, BASE_SIZE)


def to_u8(x: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(x * 255), 0, 255).astype(np.uint8)


def check_of(base: np.ndarray) -> np.ndarray:
    return to_u8(check_input(base, SIZE, base=base))


def chest_examples(bases: list[np.ndarray], rng, copies_upright: int) -> tuple[list, list]:
    xs, ys = [], []
    for base in bases:
        for _ in range(copies_upright):
            xs.append(check_of(augment(base, rng)))
            ys.append(C["frontal_chest"])
        for name, k in (("rotated_90", 1), ("rotated_180", 2), ("rotated_270", 3)):
            xs.append(check_of(np.ascontiguousarray(np.rot90(augment(base, rng), k))))
            ys.append(C[name])
        inv = 1.0 - augment(base, rng)
        if rng.random() < 0.25:
            inv = np.ascontiguousarray(np.rot90(inv, int(rng.integers(1, 4))))
        xs.append(check_of(inv))
        ys.append(C["inverted"])
        if rng.random() < 0.35:
            xs.append(check_of(crop_piece(augment(base, rng), rng)))
            ys.append(C["other_xray"])
    return xs, ys


def _pydicom_file(name: str) -> Path | None:
    try:
        import data_store
    except ImportError:
        return None
    path = Path(data_store.__file__).parent / "data" / name
    return path if path.is_file() else None


def negative_bases(data_root: Path) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Real negatives we may fit on: (other X-rays, not X-rays) as 224-px bases."""
    other, notx = [], []
    for path in sorted((data_root / "ood" / "knee").glob("*")):
        if path.suffix.lower() in (".png", ".jpg", ".jpeg"):
            other.append(base_of(read_xray(path).pixels))
    for names, bucket in ((PYDICOM_OTHER_XRAY, other), (PYDICOM_NOT_XRAY, notx)):
        for name in names:
            path = _pydicom_file(name)
            if path is None:
                continue
            try:
                xray = read_dicom(path.read_bytes(), check_tags=False)
            except Exception as exc:  # a file this pydicom cannot decode is simply not used
                log.warning("skipping %s (%s)", name, exc)
                continue
            bucket.append(base_of(xray.pixels))
    return other, notx


def synthetic(kinds, per_kind: int, rng) -> tuple[list, list, list]:
    xs, ys, names = [], [], []
    for kind in kinds:
        cls = C["other_xray"] if kind in synth.OTHER_XRAY_KINDS else C["not_xray"]
        for _ in range(per_kind):
            base = base_of(synth.make(kind, rng))
            if rng.random() < 0.5:
                base = augment(base, rng, strong=True)
            xs.append(check_of(base))
            ys.append(cls)
            names.append(kind)
    return xs, ys, names


def build_dataset(data_root: Path, cache: Path, quick: bool = False) -> dict:
    """Arrays for training and validation (uint8 64x64), cached in ``cache``."""
    path = cache / f"input_check_data{'_quick' if quick else ''}.npz"
    if path.is_file():
        with np.load(path) as z:
            return {k: z[k] for k in z.files}
    rng = np.random.default_rng(SEED)
    train, val, _test = chest_split(data_root)
    if quick:
        train, val = train[:120], val[:40]
    t0 = time.time()
    train_bases = [base_of(read_xray(s.path).pixels) for s in train]
    val_bases = [base_of(read_xray(s.path).pixels) for s in val]
    log.info("read %d train + %d val chests in %.0f s", len(train_bases), len(val_bases),
             time.time() - t0)
    xs, ys = chest_examples(train_bases, rng, copies_upright=2)
    other, notx = negative_bases(data_root)
    reps = 4 if quick else 40
    for bases, cls in ((other, C["other_xray"]), (notx, C["not_xray"])):
        for base in bases:
            for _ in range(reps if cls == C["not_xray"] else max(1, reps // 2)):
                xs.append(check_of(augment(base, rng, strong=True)))
                ys.append(cls)
    per_kind = 20 if quick else 600
    kinds = [*synth.NOT_XRAY_KINDS, *synth.OTHER_XRAY_KINDS]
    sx, sy, _ = synthetic(kinds, per_kind, rng)
    xs += sx
    ys += sy
    log.info("built %d training examples in %.0f s", len(xs), time.time() - t0)
    vx, vy = chest_examples(val_bases, rng, copies_upright=1)
    sx, sy, _ = synthetic(kinds, max(5, per_kind // 10), rng)
    out = {"x": np.stack(xs), "y": np.asarray(ys, np.int64),
           "val_x": np.stack(vx + sx), "val_y": np.asarray(vy + sy, np.int64),
           "chest_train_x": np.stack([check_of(b) for b in train_bases])}
    cache.mkdir(parents=True, exist_ok=True)
    np.savez(path, **out)
    return out


# kind of made-up side view -> (its cache file's name, its random seed's offset from SEED)
SIDE_VIEW_KINDS = {"drawn": ("renders", 11), "fused": ("lateral", 7)}


def side_view_dataset(data_root: Path, cache: Path, quick: bool = False,
                      kind: str = "drawn") -> dict:
    """Side views made here, as "other_xray", one per training chest (and one per validation
    chest), cached apart. No lateral chest X-ray may fit the weights.

    - ``drawn`` (``--drawn-laterals``, from check 1.3.0): side views drawn from anatomy
      (cxrtrain.lateral_render: one lung field, the spine near the back edge, the sternum and
      the heart in front, the diaphragm falling backwards), three in four with the band-passed
      texture of one lung of that training chest.
    - ``fused`` (``--side-views``, an experiment, not shipped): the mean of the two halves of a
      frontal chest (``lateral_like``); fine-tuning 1.0.0 with them left ood/lateral_cxr at 50%
      refused and dropped ood/dental from 95% to 69%."""
    from .lateral_render import draw, lung_texture

    name, seed_offset = SIDE_VIEW_KINDS[kind]
    path = cache / f"input_check_{name}{'_quick' if quick else ''}.npz"
    if path.is_file():
        with np.load(path) as z:
            return {k: z[k] for k in z.files}
    rng = np.random.default_rng(SEED + seed_offset)
    train, val, _ = chest_split(data_root)
    if quick:
        train, val = train[:120], val[:40]
    out = {}
    for key, samples in (("x", train), ("val_x", val)):
        xs = []
        for s in samples:
            base = base_of(read_xray(s.path).pixels)
            if kind == "drawn":
                texture = lung_texture(base, rng) if rng.random() < 0.75 else None
                side = resize_whole(draw(rng, texture), BASE_SIZE)
            else:
                side = lateral_like(base, rng)
            xs.append(check_of(augment(side, rng)))
        out[key] = np.stack(xs)
    out["y"] = np.full(len(out["x"]), C["other_xray"], np.int64)
    out["val_y"] = np.full(len(out["val_x"]), C["other_xray"], np.int64)
    cache.mkdir(parents=True, exist_ok=True)
    np.savez(path, **out)
    return out


def training_data(data_root: Path, cache: Path, quick: bool = False,
                  side_views: bool = False, drawn_laterals: bool = False) -> dict:
    data = build_dataset(data_root, cache, quick)
    for wanted, kind in ((side_views, "fused"), (drawn_laterals, "drawn")):
        if not wanted:
            continue
        extra = side_view_dataset(data_root, cache, quick, kind)
        for key in ("x", "y", "val_x", "val_y"):
            data[key] = np.concatenate([data[key], extra[key]])
    return data


# -- model -----------------------------------------------------------------------------------------

def build_model():
    import keras
    from keras import layers

    inp = keras.Input((SIZE, SIZE, 1), name="image")
    x = inp
    for i, width in enumerate((16, 32, 64, 128)):
        x = layers.Conv2D(width, 3, padding="same", use_bias=False, name=f"conv{i}")(x)
        x = layers.BatchNormalization(name=f"bn{i}")(x)
        x = layers.ReLU(name=f"relu{i}")(x)
        if i < 3:
            x = layers.MaxPooling2D(name=f"pool{i}")(x)
    feats = layers.GlobalAveragePooling2D(name="features")(x)
    h = layers.Dense(64, activation="relu", name="hidden")(feats)
    h = layers.Dropout(0.2)(h)
    probs = layers.Dense(len(CLASSES), activation="softmax", name="classes")(h)
    return keras.Model(inp, [probs, feats])


def train(data_root: Path, out: Path, epochs: int = 6, quick: bool = False,
          init: Path | None = None, learning_rate: float = 2e-3, side_views: bool = False,
          drawn_laterals: bool = False) -> Path:
    """Train into ``out``; ``init`` (a run folder) continues from that run's weights (fine-tuning,
    e.g. after adding a kind of example) with its example cache."""
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(SEED)
    out.mkdir(parents=True, exist_ok=True)
    cache = (init or out) / "cache"
    data = training_data(data_root, cache, quick=quick, side_views=side_views,
                         drawn_laterals=drawn_laterals)
    x = data["x"][..., None].astype(np.float32) / 255.0
    y = data["y"]
    vx = data["val_x"][..., None].astype(np.float32) / 255.0
    vy = data["val_y"]
    counts = np.bincount(y, minlength=len(CLASSES))
    weights = {i: float(len(y) / (len(CLASSES) * max(1, c))) for i, c in enumerate(counts)}
    log.info("training examples per class: %s", dict(zip(CLASSES, counts.tolist())))
    model = keras.models.load_model(init / "model.keras", compile=False) if init else build_model()
    trainer = keras.Model(model.input, model.outputs[0])
    steps = int(np.ceil(len(x) / 64)) * epochs
    schedule = keras.optimizers.schedules.CosineDecay(learning_rate, steps)
    trainer.compile(optimizer=keras.optimizers.Adam(schedule),
                    loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    t0 = time.time()
    history = trainer.fit(x, y, batch_size=64, epochs=epochs, validation_data=(vx, vy),
                          class_weight=weights, verbose=2, shuffle=True)
    model.save(out / "model.keras")
    (out / "train.json").write_text(json.dumps({
        "epochs": epochs, "seconds": round(time.time() - t0, 1), "quick": quick,
        "init": str(init) if init else None, "learning_rate": learning_rate,
        "cache": str(cache), "side_views": side_views, "drawn_laterals": drawn_laterals,
        "examples": int(len(y)), "per_class": dict(zip(CLASSES, counts.tolist())),
        "history": {k: [round(float(v), 4) for v in vs] for k, vs in history.history.items()},
        "tensorflow": tf.__version__}, indent=2))
    return out


# -- export ----------------------------------------------------------------------------------------

def fit_density(features: np.ndarray, shrinkage: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Mean and whitener W (z = (f - mean) @ W, |z|^2 = Mahalanobis^2) of a shrunk Gaussian."""
    mean = features.mean(0)
    cov = np.cov(features - mean, rowvar=False)
    d = cov.shape[0]
    cov = (1 - shrinkage) * cov + shrinkage * np.trace(cov) / d * np.eye(d)
    precision = np.linalg.inv(cov)
    whitener = np.linalg.cholesky(precision)
    return mean.astype(np.float32), whitener.astype(np.float32)


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
    from .export import quantise_int8

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


def choose_all_thresholds(folder: Path, meta: dict, data_root: Path) -> dict:
    """The model's thresholds (choose_thresholds), then the side-view evidence (its reference
    file and threshold), which must be chosen with the model's final thresholds in place (what
    the model already refuses counts), each written to ``folder``. Returns the final metadata."""
    from cxrscreen.core.screening.input_check import InputChecker

    from .input_check_evidence import fit_and_choose, write_reference

    chosen = choose_thresholds(InputChecker.load(folder), data_root)
    meta["thresholds"] = chosen["thresholds"]
    meta["threshold_choice"] = chosen["report"]
    (folder / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n")
    arrays, meta["thresholds"]["frontal_view"] = fit_and_choose(InputChecker.load(folder), data_root)
    write_reference(folder, meta, arrays)
    (folder / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def _tflite_features(path: Path, images: np.ndarray) -> np.ndarray:
    from ai_edge_litert.interpreter import Interpreter

    interp = Interpreter(model_path=str(path))
    interp.allocate_tensors()
    inp = interp.get_input_details()[0]
    outs = interp.get_output_details()
    feat = next(o for o in outs if int(np.prod(o["shape"])) != len(CLASSES))
    scale, zero = inp["quantization"]
    fs, fz = feat["quantization"]
    out = []
    for img in images:
        q = np.clip(np.rint(img.astype(np.float32) / 255.0 / scale) + zero, -128, 127).astype(np.int8)
        interp.set_tensor(inp["index"], q.reshape(inp["shape"]))
        interp.invoke()
        out.append((interp.get_tensor(feat["index"]).astype(np.float32).reshape(-1) - fz) * fs)
    return np.stack(out)


def provisional_metadata(folder: Path, version: str = VERSION) -> dict:
    from ai_edge_litert.interpreter import Interpreter

    interp = Interpreter(model_path=str(folder / "model.tflite"))
    interp.allocate_tensors()
    inp = interp.get_input_details()[0]

    def spec(d):
        scale, zero = d["quantization"]
        return {"shape": [int(v) for v in d["shape"]], "dtype": np.dtype(d["dtype"]).name,
                "quantization": {"scale": float(scale), "zero_point": int(zero)}}

    outs = {("probabilities" if int(np.prod(o["shape"])) == len(CLASSES) else "features"): spec(o)
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
        "input": spec(inp), "outputs": outs,
        "preprocessing": {**CHECK_PREPROCESSING, "size": SIZE},
        "thresholds": {"frontal_chest": {"value": 0.5}, "distance": {"value": 1e9},
                       "correction": {"value": 0.5}},
    }


# -- threshold choice and evaluation ---------------------------------------------------------------

VARIANTS = [(inv, k) for inv in (False, True) for k in range(4)]


def net_turns(corrections) -> tuple[bool, int]:
    """(inverted?, quarter turns) that a list of corrections applies in total."""
    from cxrscreen.core.screening.input_check import UNDO_TURNS

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


def image_files(folder: Path) -> list[Path]:
    """The images of a data folder (not its SOURCES.tsv / labels.csv), sorted."""
    return sorted(p for p in folder.iterdir() if p.is_file()
                  and p.suffix.lower() in (".png", ".jpg", ".jpeg", ".dcm")) if folder.is_dir() else []


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


# The most a threshold of the check may refuse of each chest set when it is chosen (margins under
# the 1% / 5% targets): the model's thresholds, the view threshold and the side-view
# evidence are all chosen under these.
FALSE_REFUSAL_LIMITS = {"val": 0.005, "external_val": 0.005, "chest_other": 0.03}


def chest_sets(data_root: Path, val) -> dict[str, list[Path]]:
    """The chest sets that choose the check's thresholds (never fit anything): the validation
    patients of chest_xray/train (``val``, from chest_split), chest_xray/external_val and
    chest_other."""
    return {"val": [Path(s.path) for s in val],
            "external_val": sorted((data_root / "chest_xray" / "external_val").glob("*/*")),
            "chest_other": image_files(data_root / "chest_other")}


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
                      "refusal of the worst ood folder, then of all, with false refusals <= 0.5% "
                      "(validation patients, external_val) and <= 3% (chest_other)",
              "sets": {k: len(v) for k, v in {**accept, **refuse}.items()},
              "false_refusal_at_choice": {k: round(float(v), 4) for k, v in fr.items()},
              "refusal_at_choice": {k: round(float(v), 4) for k, v in rr.items()},
              "seconds": round(time.time() - t0, 1)}
    log.info("thresholds %s: %s", th, report)
    return {"thresholds": {"frontal_chest": {"value": float(th[0])},
                           "distance": {"value": float(th[1])},
                           "correction": {"value": float(th[2])}}, "report": report}


def write_model_card(folder: Path, meta: dict, train_info: dict) -> None:
    t = meta["thresholds"]
    choice = meta.get("threshold_choice", {})
    view = t.get("view")
    view_rule = (f"""
- Then, for an accepted image: the two-sided view score (both halves of the chest mirror each
  other, as in a frontal view; a lateral view does not) must be >= {view['value']:.4g}. It learns
  nothing; the threshold is the {view['quantile']:.2%} quantile of the score on
  {view['fitted_on']} (rule: {view.get('rule', '')}; false refusals at the choice:
  {json.dumps(view.get('false_refusal_at_choice', {}))}). Refused as `lateral_view`.""" if view else "")
    evidence = t.get("frontal_view")
    if evidence:
        view_rule = f"""
- Then, for an accepted image: is it laid out as a frontal chest? Two measures, judged together:
  the two-sided view score (both halves of the chest mirror each other, as in a frontal view)
  and the coarse layout's distance (8 x 8 cell means of the 64-px input, Mahalanobis) to the
  fitted chests; their tail probabilities among those chests are combined by Fisher's method
  into the side-view evidence, which must be <= {evidence['value']:.4g} (`{meta.get('view_reference_file')}`).
  The threshold is the {1 - evidence['quantile']:.2%} quantile of the evidence on
  {evidence['fitted_on']} (rule: {evidence.get('rule', '')}; false refusals at the choice:
  {json.dumps(evidence.get('false_refusal_at_choice', {}))}). Refused as `lateral_view`."""
    derived = (f"\n- {meta['derived_from']}." if meta.get("derived_from") else "")
    drawn = ("""- Side (lateral) chest views drawn here from anatomy (cxrtrain.lateral_render: one lung
  field, the spine near the back edge, the sternum and heart in front, the diaphragm falling
  backwards), three in four filled with the band-passed texture of one lung of a training chest,
  one per training chest, as "other X-ray". No lateral chest X-ray fitted anything.
""" if train_info.get("drawn_laterals") else "")
    drawn_limit = ("""
- The drawn side views were designed after three of ood/lateral_cxr that check 1.2.0 accepted
  had been looked at, and the thresholds of the model are chosen to refuse the most of the
  worst ood folder (often lateral_cxr): the lateral figure is optimistic; the hidden sets are
  the honest test.""" if train_info.get("drawn_laterals") else "")
    tuned = (f", fine-tuning the weights of a first training of {train_info['init_epochs']} epochs "
             f"on the same examples without the drawn side views (learning rate "
             f"{train_info.get('learning_rate')})" if train_info.get("init_epochs") else "")
    evidence_limit = ("""
- The side-view evidence's design (an 8 x 8 layout, Fisher's combination with the view score)
  was written down before it was evaluated, with one alternative (refuse when either measure is
  beyond its own threshold), in one run that also reported ood/lateral_cxr; only Fisher's met the
  chest limits at any candidate. Those 22 laterals had already been looked at while the view
  score was designed (1.1.0), so the lateral figure is optimistic.
- A clearly tilted chest can be refused as `lateral_view`: 3.9% of external_val turned by -10
  degrees (1.1.0: 3.0%), at most 0.9% under the other shifts of `cxrtrain robustness`."""
                      if evidence else "")
    text = f"""# {NAME} {meta['version']} — input check (is this a frontal chest X-ray?)

Refuses what must not be scored by the pneumonia model, and turns back or un-inverts chests that
are turned or negative. Runs in the application before every score (cxrscreen.core.input_check).

## What it is
- int8 TFLite CNN, input 64x64 grey (preprocessing `{CHECK_PREPROCESSING['name']}`: the whole image
  to 224x224 then 64x64, stretch of the 1st..99th percentile), {meta['size_bytes']} bytes.
- Outputs: probabilities of {', '.join(CLASSES)}; and the pooled features, whose Mahalanobis
  distance to the upright training chests (`feature_density.npz`) flags kinds of image never seen.
- Rule: accept when P(frontal_chest) >= {t['frontal_chest']['value']:.4g} and distance <=
  {t['distance']['value']:.4g}; a most-likely turn or negative with probability >=
  {t['correction']['value']:.4g} is undone and the corrected image checked again (at most two
  corrections). Before the model, an image with more than 3% clearly coloured pixels is refused.{view_rule}{derived}

## Data that fitted the weights (licence-permitted only)
- chest_xray/train (Kermany, Zhang, Goldbaum 2018, Mendeley Data v2, doi:10.17632/rscbjbr9sj.2,
  CC BY 4.0): the TRAIN patients of the pneumonia model's split (by patient, seed {SEED},
  validation {SPLIT[0]:.0%}, internal test {SPLIT[1]:.0%}), augmented (framing, rotation up to 10
  degrees, mirror, exposure, blur, noise, borders); the same images turned 90/180/270 degrees and
  inverted; small crops of them as "other X-ray".
- ood/knee (Chen 2018, Knee Osteoarthritis Severity Grading Dataset, doi:10.17632/56rmx5bjcr.1,
  CC BY 4.0) as "other X-ray"; pydicom-data's RG3 knee CR as "other X-ray"; its MR, CT,
  ultrasound, photograph and secondary-capture files as "not an X-ray".
- Images rendered by cxrtrain.input_check_synth: noise, gradients, documents and forms,
  screenshots, photograph-like shapes, ultrasound fans, CT/MR-like cross-sections (not X-ray) and
  limb-like radiographs (other X-ray).
{drawn}- Training: {train_info.get('epochs')} epochs, {train_info.get('examples')} examples,
  {train_info.get('seconds')} s{tuned}.

## Data that only chose thresholds (never fitted)
The validation patients of chest_xray/train, chest_xray/external_val, chest_other and the ood/
folders (knee, dental, hand, lateral_cxr, natural): {json.dumps(choice.get('sets', {}))}.
Rule: {choice.get('rule', '')}.
False refusals at the chosen point: {json.dumps(choice.get('false_refusal_at_choice', {}))}.
Refusals at the chosen point: {json.dumps(choice.get('refusal_at_choice', {}))}.
Because these folders chose the thresholds, their figures are optimistic; the hidden sets are the
honest test. The internal test patients of chest_xray/train were not used for anything but the
report (`cxrtrain input-check evaluate`).

## Limits
- It has never seen a real lateral chest X-ray{" (only drawn ones)" if train_info.get("drawn_laterals") else ""}, a dental panoramic or a hand during fitting: those are
  refused through the model{" (drawn side views are among its other X-rays)" if train_info.get("drawn_laterals") else ""}, the feature distance{" and the side-view evidence" if evidence else (" and the two-sided view score" if view else "")}, which
  are weaker than a class of their own.
- Adults' chests (chest_other) sit farther from the children's chests it learned than children's
  chests do; a few can be refused as not a frontal chest.{evidence_limit}{drawn_limit}
- See docs/INPUT_CHECK.md for the measured refusal rates per kind of input.
"""
    (folder / "MODEL_CARD.md").write_text(text)
