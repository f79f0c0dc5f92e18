"""Where a training epoch's time goes (not collected by pytest). Prints milliseconds per batch for
the three parts of `cxrtrain train`'s loop, measured apart on real training JPEGs:

- data: the batched tf.data pipeline without augmentation (cast and scale);
- augmentation: the config's augmentation chain on that batch (in training it runs in tf.data,
  beside the step, on the same two cores);
- step: one optimiser step of the config's model (forward, backward, update) on a fixed batch.

    .venv/bin/python tests/benchmarks/bench_train_step.py [--config training/configs/v8.toml]
        [--batches 12] [--images 640]

It also prints the epoch time these imply for a training set of --train-images (4,011 in the
2.1.0 split). Target context: issue 20 asks for training <= 90 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1]))  # tests/ -> `import helpers`

from helpers.data import CHEST_TRAIN  # noqa: E402


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:8.1f} ms  (min {min(samples) * 1000:.1f}, " \
           f"max {max(samples) * 1000:.1f}; {len(samples)} batches)"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--config", type=Path, default=HERE.parents[2] / "training/configs/v8.toml")
    p.add_argument("--batches", type=int, default=12, help="batches timed per part")
    p.add_argument("--images", type=int, default=640, help="training JPEGs decoded for the test")
    p.add_argument("--train-images", type=int, default=4011, help="for the implied epoch time")
    args = p.parse_args()
    if not CHEST_TRAIN.is_dir():
        print(f"needs {CHEST_TRAIN} (../shared/data beside the repository)")
        return 1
    import keras
    import tensorflow as tf

    from cxrtrain.config import load_config
    from cxrtrain.data import discover, load_cached
    from cxrtrain.models import build
    from cxrtrain.train import augmenter, make_dataset

    cfg = load_config(args.config)
    size, batch = cfg.data.image_size, cfg.train.batch_size
    samples = discover(CHEST_TRAIN)[: args.images]
    cache = Path(".cache/bench_train_step")
    images = load_cached(samples, size, cache)
    labels = np.array([s.label for s in samples])
    print(f"config {args.config.name}: {size} px, batch {batch}, augmentation '{cfg.augment.chain}', "
          f"{tf.config.threading.get_intra_op_parallelism_threads() or 'default'} intra-op threads")

    def time_batches(ds) -> list[float]:
        it = iter(ds.repeat())
        next(it)  # the first batch builds the graph: not timed
        out = []
        for _ in range(args.batches):
            t = time.perf_counter()
            next(it)
            out.append(time.perf_counter() - t)
        return out

    plain = make_dataset(images, labels, batch, shuffle=True, seed=cfg.seed)
    data = time_batches(plain.prefetch(0))
    augment = augmenter(cfg)
    x = next(iter(plain))[0]
    aug_fn = tf.function(lambda b: augment(b, training=True))
    aug_fn(x)
    aug = []
    for _ in range(args.batches):
        t = time.perf_counter()
        np.asarray(aug_fn(x))
        aug.append(time.perf_counter() - t)

    keras.utils.set_random_seed(cfg.seed)
    model = build(cfg.model, size, positive_fraction=0.5)
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="binary_crossentropy")
    y = tf.constant(labels[:batch].astype("float32"))
    model.train_on_batch(x, y)  # compiles the step: not timed
    step = []
    for _ in range(args.batches):
        t = time.perf_counter()
        model.train_on_batch(x, y)
        step.append(time.perf_counter() - t)

    print(f"data without augmentation: {ms(data)}")
    print(f"augmentation:              {ms(aug)}")
    print(f"train step:                {ms(step)}")
    steps = -(-args.train_images // batch)
    serial = steps * (statistics.median(data) + statistics.median(aug) + statistics.median(step))
    print(f"implied epoch of {args.train_images} images ({steps} steps): {serial:.0f} s if the parts "
          f"ran one after another, {steps * statistics.median(step):.0f} s of train steps alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
