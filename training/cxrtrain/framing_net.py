"""Train the framing net (cxrtrain.framing) on the training patients of a configuration's split.

Run: ``cxrtrain framing-net --config C --data chest_xray --also nih_adult --out runs/framing``.
It needs no labels: each training image is re-framed at random and the net learns where the
original frame went (cxrtrain.framing.random_frame). The split is the classifier's own (same seed
and fractions), so the patients held out from the classifier are held out from the net too. The
net kept is the epoch with the lowest error on a fixed re-framing of the validation patients.
"""

from __future__ import annotations

import json
import logging
import math
import time
from pathlib import Path

import numpy as np

from .config import Config
from .data import cache_path, load_cached

log = logging.getLogger(__name__)


def _dataset(images: np.ndarray, cfg: Config, shuffle: bool, batch: int = 32):
    import tensorflow as tf

    from .framing import random_frame

    ds = tf.data.Dataset.from_tensor_slices(images)
    if shuffle:
        ds = ds.shuffle(len(images), seed=cfg.seed, reshuffle_each_iteration=True)
    ds = ds.batch(batch).map(lambda x: tf.cast(x, tf.float32)[..., None] / 255.0)
    return ds.map(lambda x: random_frame(x, cfg.augment),
                  num_parallel_calls=tf.data.AUTOTUNE).prefetch(2)


def train_net(cfg: Config, data_dir: str | Path, out: str | Path, also: list[str | Path] = (),
              cache_dir: str | Path | None = None, epochs: int = 12) -> Path:
    import keras
    import tensorflow as tf

    from .framing import build_net
    from .manifest import save_split
    from .train import git_commit, prepare_split

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    keras.utils.set_random_seed(cfg.seed)
    split = prepare_split(cfg, data_dir, also)
    save_split(split, out / "manifest.json")
    cache = cache_path(cache_dir)
    x_train = load_cached(split.train, cfg.data.image_size, cache)
    x_val = load_cached(split.val, cfg.data.image_size, cache)
    tf.random.set_seed(cfg.seed + 1)  # one fixed re-framing of the validation patients
    fixed = list(_dataset(x_val, cfg, shuffle=False))
    vx = np.concatenate([b[0] for b in fixed])
    vy = np.concatenate([b[1] for b in fixed])

    net = build_net(cfg.data.image_size)
    steps = math.ceil(len(x_train) / 32) * epochs
    net.compile(keras.optimizers.Adam(keras.optimizers.schedules.CosineDecay(2e-3, steps,
                                                                             alpha=0.02)),
                loss=keras.losses.Huber(delta=0.05))
    history, best, started = [], math.inf, time.time()
    for epoch in range(1, epochs + 1):
        net.fit(_dataset(x_train, cfg, shuffle=True), epochs=1, verbose=2)
        mae = float(np.abs(net.predict(vx, batch_size=64, verbose=0) - vy).mean())
        history.append({"epoch": epoch, "val_box_mae": mae,
                        "seconds": round(time.time() - started, 1)})
        log.info("framing net epoch %d: validation box error %.4f", epoch, mae)
        if mae < best:
            best = mae
            net.save(out / "framing.keras")
    (out / "framing.json").write_text(json.dumps({
        "what": "framing net: where the standard frame lies in an image (cxrtrain.framing)",
        "train_images": len(x_train), "val_images": len(x_val), "epochs": history,
        "kept_val_box_mae": best, "seed": cfg.seed, "git_commit": git_commit(),
        "train_seconds": round(time.time() - started, 1)}, indent=2))
    return out / "framing.keras"
