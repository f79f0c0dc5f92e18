"""Train one configuration into a run directory; keep the best checkpoint by validation AUC."""

from __future__ import annotations

import csv
import json
import logging
import math
import os
import subprocess
import time
from pathlib import Path

import numpy as np

from .config import Config
from .data import (cache_path, deduplicate, describe, discover, file_list_sha256, limit_stratified,
                   load_cached, split_by_patient)
from .manifest import Split, save_external, save_split

log = logging.getLogger(__name__)


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                             cwd=Path(__file__).resolve().parent, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True,
                               cwd=Path(__file__).resolve().parent, timeout=10)
        commit = out.stdout.strip()
        return commit + ("-dirty" if dirty.stdout.strip() else "") if commit else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def prepare_split(cfg: Config, data_dir: str | Path, also: list[str | Path] = ()) -> Split:
    """The --data folder split by patient, then each ``also`` collection (another hospital) split
    by its own patients and appended (cxrtrain.sites)."""
    samples = discover(data_dir)
    samples, dropped = deduplicate(samples)
    samples = limit_stratified(samples, cfg.data.limit, cfg.seed)
    train, val, test = split_by_patient(samples, cfg.data.val_fraction, cfg.data.test_fraction,
                                        cfg.seed)
    split = Split(train=train, val=val, test=test, duplicates_dropped=dropped,
                  file_list_sha256=file_list_sha256(samples), source=str(data_dir))
    for name, part in (("train", train), ("val", val), ("test", test)):
        log.info("%s: %s", name, json.dumps(describe(part)))
    log.info("duplicates dropped: %d", dropped)
    if also:
        from .sites import add_collections

        split = add_collections(split, cfg, list(also))
    return split


def augmenter(cfg: Config):
    """A function of a batch in [0, 1] (B, S, S, 1), applied in training only."""
    import keras
    from keras import layers

    a = cfg.augment
    if a.chain == "acquisition":
        from .augment import acquisition

        return lambda x, training=True: acquisition(x, a)
    return keras.Sequential([
        layers.RandomRotation(a.rotation_degrees / 360.0, fill_mode="constant", fill_value=0.0),
        layers.RandomTranslation(a.shift_fraction, a.shift_fraction, fill_mode="constant"),
        layers.RandomZoom((-a.zoom_fraction, a.zoom_fraction), fill_mode="constant"),
        layers.RandomBrightness(a.brightness, value_range=(0.0, 1.0)),
        layers.RandomContrast(a.contrast),
    ], name="augment")  # no flips: anatomy is not symmetric, and vertical flips never occur


def make_dataset(images: np.ndarray, labels: np.ndarray, batch: int, *, shuffle: bool,
                 augment=None, seed: int = 0, weights: np.ndarray | None = None):
    import tensorflow as tf

    parts = (images, labels.astype("float32"))
    if weights is not None:
        parts += (weights.astype("float32"),)
    ds = tf.data.Dataset.from_tensor_slices(parts)
    if shuffle:
        ds = ds.shuffle(len(images), seed=seed, reshuffle_each_iteration=True)
    ds = ds.batch(batch)
    ds = ds.map(lambda x, *rest: (tf.cast(x, tf.float32)[..., None] / 255.0, *rest),
                num_parallel_calls=tf.data.AUTOTUNE)
    if augment is not None:
        ds = ds.map(lambda x, *rest: (tf.clip_by_value(augment(x, training=True), 0.0, 1.0), *rest),
                    num_parallel_calls=tf.data.AUTOTUNE)
    return ds.prefetch(2)


def find_external(data_dir: str | Path) -> Path | None:
    """The second collection beside the training folder (``<data>/external_val``), if any."""
    candidate = Path(data_dir) / "external_val"
    return candidate if candidate.is_dir() else None


def external_auc_callback(images: np.ndarray, labels: np.ndarray):
    """A Keras callback that adds ``ext_auc`` (ROC-AUC on the second collection) to each epoch's
    logs, before the checkpoint callback reads them."""
    import keras

    from . import metrics

    x = images.astype("float32")[..., None] / 255.0

    class _ExternalAUC(keras.callbacks.Callback):
        scorer = None  # the model to score with, if not the one being fitted

        def on_epoch_end(self, epoch, logs=None):
            m = self.scorer or self.model
            s = np.asarray(m.predict(x, batch_size=64, verbose=0)).reshape(-1)
            auc = float(metrics.roc_auc(labels, s))
            if logs is not None:
                logs["ext_auc"] = auc
            log.info("epoch %d: external AUC %.4f", epoch + 1, auc)

    return _ExternalAUC()


def train(cfg: Config, data_dir: str | Path, run_dir: str | Path, cache_dir: str | Path | None = None,
          external: str | Path | None = None, also: list[str | Path] = ()) -> Path:
    """``also``: further training collections (other hospitals), each split by its own patients
    (cxrtrain.sites)."""
    import keras
    import tensorflow as tf

    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    _log_to(run_dir / "train.log")
    keras.utils.set_random_seed(cfg.train.seed_for(cfg.seed))  # the split keeps cfg.seed
    (run_dir / "config.json").write_text(json.dumps(cfg.to_dict(), indent=2))
    (run_dir / "git_commit.txt").write_text(git_commit() + "\n")

    split = prepare_split(cfg, data_dir, also)
    save_split(split, run_dir / "manifest.json")
    size = cfg.data.image_size
    cache = cache_path(cache_dir)
    x_train = load_cached(split.train, size, cache)
    x_val = load_cached(split.val, size, cache)
    y_train = np.array([s.label for s in split.train])
    y_val = np.array([s.label for s in split.val])
    external = Path(external) if external else find_external(data_dir)
    ext_callback = []
    if external is not None:
        ext_samples, _ = deduplicate(discover(external))
        save_external(external, ext_samples, run_dir / "external.json")
        x_ext = load_cached(ext_samples, size, cache)
        ext_callback = [external_auc_callback(x_ext, np.array([s.label for s in ext_samples]))]
        log.info("second collection %s: %s (measured each epoch; never trained on)", external,
                 json.dumps(describe(ext_samples)))
    elif cfg.train.select_on == "external_auc":
        raise ValueError("train.select_on = external_auc needs a second collection (--external)")
    monitor = {"external_auc": "ext_auc", "worst_auc": "worst_auc"}.get(cfg.train.select_on,
                                                                         "val_auc")
    if cfg.train.select_on == "worst_auc":
        from .sites import collection_auc_callback

        sets = {}
        for source in sorted({s.source for s in split.val}):
            idx = [i for i, s in enumerate(split.val) if s.source == source]
            sets[source] = (x_val[idx], y_val[idx])
        if external is not None:
            sets["external_val"] = (x_ext, np.array([s.label for s in ext_samples]))
        ext_callback = [collection_auc_callback(sets)]

    pos = float(y_train.mean())
    class_weight = None
    prior = pos
    weights = None
    if cfg.train.balance == "collection":
        from .sites import describe_weights, sample_weights

        weights = sample_weights(split.train, cfg)
        log.info("training weight by collection/class/view: %s",
                 json.dumps(describe_weights(split.train, weights)))
        prior = 0.5
    elif cfg.train.class_weighting:
        class_weight = {0: 0.5 / (1 - pos), 1: 0.5 / pos}
        prior = 0.5  # the weighted classes are balanced, so the starting log-odds is 0
    from .models import build

    model = build(cfg.model, size, positive_fraction=prior)
    if cfg.model.init_from:
        _warm_start(model, cfg, x_train, run_dir)
    steps = math.ceil(len(x_train) / cfg.train.batch_size) * cfg.train.epochs
    schedule = keras.optimizers.schedules.CosineDecay(cfg.train.learning_rate, steps, alpha=0.05)
    ema = cfg.train.ema_momentum
    optimizer = (keras.optimizers.Adam(schedule, use_ema=True, ema_momentum=ema) if ema > 0
                 else keras.optimizers.Adam(schedule))
    if ema > 0:  # first, so that the AUCs and the checkpoint of each epoch see the averaged weights
        ext_callback = [keras.callbacks.SwapEMAWeights(swap_on_epoch=True)] + ext_callback
    if cfg.train.framing_consistency > 0 and class_weight is not None:
        # A model of several outputs takes weights per image, not per class.
        weights = np.where(y_train == 1, class_weight[1], class_weight[0])
        class_weight = None
    train_ds = make_dataset(x_train, y_train, cfg.train.batch_size, shuffle=True,
                            augment=augmenter(cfg), seed=cfg.train.seed_for(cfg.seed),
                            weights=weights)
    val_ds = make_dataset(x_val, y_val, 64, shuffle=False)
    checkpoint = keras.callbacks.ModelCheckpoint(str(run_dir / "best.keras"), monitor=monitor,
                                                 mode="max", save_best_only=True)
    fit_model = model
    if cfg.train.framing_consistency > 0:
        from .consistency import keep_best, paired, paired_dataset

        fit_model, losses, loss_weights = paired(model, cfg.train.framing_consistency)
        fit_model.compile(optimizer=optimizer, loss=losses, loss_weights=loss_weights)
        train_ds, val_ds = paired_dataset(train_ds, cfg.augment), None
        checkpoint = keep_best(model, run_dir / "best.keras", monitor)  # and every epoch
        for callback in ext_callback:
            callback.scorer = model
    else:
        model.compile(optimizer=optimizer, loss="binary_crossentropy",
                      metrics=[keras.metrics.AUC(name="auc"), "accuracy"])
    log.info("model %s: %d parameters", cfg.model.architecture, model.count_params())
    (run_dir / "epochs").mkdir(exist_ok=True)
    every_epoch = [] if fit_model is not model else [  # (the two-view model saves its own)
        keras.callbacks.ModelCheckpoint(str(run_dir / "epochs" / "epoch_{epoch:02d}.keras"))]
    callbacks = ext_callback + every_epoch + [
        checkpoint,
        keras.callbacks.EarlyStopping(monitor=monitor, mode="max",
                                      patience=cfg.train.patience, restore_best_weights=False),
        keras.callbacks.CSVLogger(str(run_dir / "history.csv")),
    ]
    started = time.monotonic()
    verbose = 1 if os.isatty(2) else 2
    fit_model.fit(train_ds, validation_data=val_ds, epochs=cfg.train.epochs,
              class_weight=class_weight, callbacks=callbacks, verbose=verbose)
    seconds = time.monotonic() - started
    timing = {"train_seconds": round(seconds, 1), "threads": tf.config.threading.get_intra_op_parallelism_threads(),
              "cpu_count": os.cpu_count()}
    (run_dir / "timing.json").write_text(json.dumps(timing, indent=2))
    log.info("training took %.1f s", seconds)
    _plot_history(run_dir)
    return run_dir


def _warm_start(model, cfg: Config, x_train: np.ndarray, run_dir: Path) -> None:
    """Start from cfg.model.init_from: a Keras checkpoint, or a shipped int8 model read back to
    floats (cxrtrain.warm_start)."""
    import hashlib

    path = Path(cfg.model.init_from)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    from .framing import framed_parts, is_framed

    if is_framed(model):  # the start is for the classifier; the framing net stays as it is
        model = framed_parts(model)[1]
    if path.suffix == ".keras":
        import keras

        start = keras.models.load_model(path, compile=False)
        if is_framed(start):
            start = framed_parts(start)[1]
        model.set_weights(start.get_weights())
    else:
        from .warm_start import load_folded

        rng = np.random.default_rng(cfg.train.seed_for(cfg.seed))
        pick = rng.choice(len(x_train), min(512, len(x_train)), replace=False)
        load_folded(model, path, x_train[np.sort(pick)])
    (run_dir / "init_from.json").write_text(json.dumps({"path": str(path), "sha256": digest},
                                                       indent=2))
    log.info("started from %s (sha256 %s)", path, digest)


def _plot_history(run_dir: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with open(run_dir / "history.csv") as fh:
        rows = list(csv.DictReader(fh))
    if not rows:
        return
    epochs = [int(r["epoch"]) + 1 for r in rows]

    def values(key):  # CSVLogger writes NA for a figure missing from an epoch's logs
        return [float(r[key]) if r[key] not in ("", "NA") else math.nan for r in rows]

    fig, axes = plt.subplots(1, 2, figsize=(9, 3.5))
    for ax, key in zip(axes, ("loss", "auc")):
        if key not in rows[0]:
            continue
        ax.plot(epochs, values(key), label="train")
        if "val_" + key in rows[0]:
            ax.plot(epochs, values("val_" + key), label="validation")
        if key == "auc" and "ext_auc" in rows[0]:
            ax.plot(epochs, values("ext_auc"), label="second collection")
        ax.set_xlabel("epoch")
        ax.set_title(key)
        ax.legend()
    fig.tight_layout()
    fig.savefig(run_dir / "learning_curves.png", dpi=100)
    plt.close(fig)


def _log_to(path: Path) -> None:
    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) and h.baseFilename == str(path.resolve())
               for h in root.handlers):
        handler = logging.FileHandler(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
