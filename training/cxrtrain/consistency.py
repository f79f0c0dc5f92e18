"""Framing consistency: the same film, framed another way, must get the same score.

Model 1.1.0 called a third of the normal children of the second collection "pneumonia" once 10%
of every edge was cut and the rest enlarged back, although its augmentation already cropped and
padded edges at random: the model learned to tolerate a new framing on average, not to ignore it.
Here every training image is seen twice in a step: as the acquisition chain made it (view A) and
re-framed (view B: every edge cut or padded by the same random amount, then turned a little). Both
views are trained on the label, and the squared difference of their logits is added to the loss,
so a change of framing alone is penalised directly.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from .config import AugmentConfig

# The re-framing of view B: up to 15% of every edge cut (or padded), turned up to 12 degrees.
REFRAME = {"border_fraction": 0.0, "symmetric_zoom": 0.15, "rotation_degrees": 12.0}


def reframe(x, a: AugmentConfig):
    """View B of a batch of view-A images in [0, 1]: re-framed, then the contract's stretch."""
    import tensorflow as tf

    from .augment import field_of_view, stretch

    b = dataclasses.replace(a, **REFRAME)
    return stretch(tf.clip_by_value(field_of_view(x, b), 0.0, 1.0))


def paired(base, weight: float):
    """A model of two views that trains ``base`` (a model ending in the "gap" logit and a
    sigmoid): outputs "a" and "b" (the two views' scores) and "d" (their logits' difference)."""
    import keras
    from keras import layers

    logit = keras.Model(base.inputs, base.get_layer("gap").output, name="logit")
    shape = tuple(base.inputs[0].shape[1:])
    xa = keras.Input(shape, name="view_a")
    xb = keras.Input(shape, name="view_b")
    la, lb = logit(xa), logit(xb)
    outputs = {"a": layers.Activation("sigmoid", name="a")(la),
               "b": layers.Activation("sigmoid", name="b")(lb),
               "d": layers.Subtract(name="d")([la, lb])}
    model = keras.Model({"view_a": xa, "view_b": xb}, outputs, name="framing_pairs")
    losses = {"a": "binary_crossentropy", "b": "binary_crossentropy", "d": "mean_squared_error"}
    return model, losses, {"a": 1.0, "b": 1.0, "d": weight}


def paired_dataset(ds, a: AugmentConfig):
    """(x, y[, w]) batches of view A -> ({view_a, view_b}, {a, b, d}[, weights]) batches."""
    import tensorflow as tf

    def pair(x, y, *w):
        inputs = {"view_a": x, "view_b": reframe(x, a)}
        y = tf.reshape(y, [-1, 1])
        targets = {"a": y, "b": y, "d": tf.zeros_like(y)}
        if not w:
            return inputs, targets
        return inputs, targets, {"a": w[0], "b": w[0], "d": w[0]}

    return ds.map(pair, num_parallel_calls=tf.data.AUTOTUNE)


def keep_best(base, path: Path, monitor: str):
    """Saves ``base`` (not the two-view model) whenever ``monitor`` is the best so far, and every
    epoch's weights as epochs/epoch_NN.keras beside it, to judge afterwards."""
    import keras

    class _KeepBest(keras.callbacks.Callback):
        best = -np.inf

        def on_epoch_end(self, epoch, logs=None):
            every = Path(path).parent / "epochs"
            every.mkdir(exist_ok=True)
            base.save(str(every / f"epoch_{epoch + 1:02d}.keras"))
            value = (logs or {}).get(monitor)
            if value is not None and value > self.best:
                self.best = value
                base.save(str(path))

    return _KeepBest()
