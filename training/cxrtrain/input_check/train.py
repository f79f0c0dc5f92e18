"""The input check's model (a 4-block CNN at 64 px) and its training.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import numpy as np

from cxrscreen.core.screening.input_check import CLASSES

from .dataset import SEED, SIZE, training_data

log = logging.getLogger(__name__)


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


def fit_density(features: np.ndarray, shrinkage: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Mean and whitener W (z = (f - mean) @ W, |z|^2 = Mahalanobis^2) of a shrunk Gaussian."""
    mean = features.mean(0)
    cov = np.cov(features - mean, rowvar=False)
    d = cov.shape[0]
    cov = (1 - shrinkage) * cov + shrinkage * np.trace(cov) / d * np.eye(d)
    precision = np.linalg.inv(cov)
    whitener = np.linalg.cholesky(precision)
    return mean.astype(np.float32), whitener.astype(np.float32)
