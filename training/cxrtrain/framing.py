"""Framing: put every X-ray into one standard frame before the pneumonia model sees it.

Another hospital's machine frames the chest differently: tighter collimation, a wider border, a
tilt. Model 2.0.0 lost 0.12 of its specificity when 10% of each edge was cut off, although it had
been trained with such crops. The fix here standardises what the classifier sees instead of asking
it to ignore the frame:

- **The framing net** (``build_net``) looks at a 224-px contract image and says where the standard
  frame lies in it: a box (top, left, bottom, right) in the image's own coordinates, 0..1, which may
  reach outside the image (a tightly cut film) or lie inside it (a film with a border). It learns
  this by itself (``random_frame``): each training image is re-framed at random (a crop or a border
  on each edge, a zoom, a tilt, other exposures), and the net must give back where the image's
  original frame went. No lung outlines or other labels are used. Each collection's own framing is
  the standard, so the net learns the frame typical of the training hospitals.
- **The reframe layer** (``Reframe``) cuts that box out of the image (black outside the image) and
  resizes it back to 224 px with bilinear weights written as two matrix products, so the whole
  model stays in TFLite's built-in int8 operators.
- **The framed classifier** (``framed``): framing net (frozen) -> reframe -> the pneumonia CNN. Its
  class-activation map is mapped back onto the input's frame (``Unframe``), so the app's heatmap
  lies over the image it shows. One TFLite file holds all of it: the app runs it as any other model.
"""

from __future__ import annotations

import math

import keras
import numpy as np
import tensorflow as tf
from keras import layers

from . import augment

SIZE = 224
# How far random_frame re-frames an image: each edge cut by up to MAX_CUT or padded by up to
# MAX_PAD, then all four moved together by up to +-ZOOM, and a tilt of up to TILT degrees.
MAX_CUT, MAX_PAD, ZOOM, TILT = 0.20, 0.15, 0.15, 10.0
IDENTITY = (0.0, 0.0, 1.0, 1.0)


def build_net(size: int = SIZE) -> keras.Model:
    """A small CNN (about 0.1 M weights) on the image averaged down to half size; its output is
    the standard frame's box (top, left, bottom, right) in the input's coordinates."""
    inputs = keras.Input((size, size, 1), name="image")
    x = layers.AveragePooling2D(2, name="half")(inputs)
    for f in (16, 24, 32, 48, 64):
        x = layers.Conv2D(f, 3, strides=2, padding="same", use_bias=False)(x)
        x = layers.BatchNormalization()(x)
        x = layers.ReLU()(x)
        x = layers.Conv2D(f, 3, padding="same", use_bias=False)(x)
        x = layers.BatchNormalization()(x)
        x = layers.ReLU()(x)
    x = layers.Conv2D(16, 1, activation="relu")(x)  # the flattened map keeps where things are
    x = layers.Flatten()(x)
    x = layers.Dropout(0.2)(x)
    x = layers.Dense(64, activation="relu")(x)
    box = layers.Dense(4, name="box", bias_initializer=keras.initializers.Constant(IDENTITY))(x)
    return keras.Model(inputs, box, name="framing")


def random_frame(x: tf.Tensor, a) -> tuple[tf.Tensor, tf.Tensor]:
    """A batch of contract images (B, S, S, 1) in [0, 1], re-framed at random, and where each
    original frame lies in its re-framed image: the framing net's target. Exposure, blur, noise
    and resolution change too (cxrtrain.augment), so that they cannot tell the frame."""
    b = tf.shape(x)[0]
    top, left, bottom, right = (tf.random.uniform([b], -MAX_PAD, MAX_CUT) for _ in range(4))
    zoom = tf.random.uniform([b], -ZOOM, ZOOM)
    top, left, bottom, right = top + zoom, left + zoom, bottom + zoom, right + zoom
    angle = tf.random.uniform([b], -TILT, TILT) * (math.pi / 180.0)
    boxes = tf.stack([top, left, 1.0 - bottom, 1.0 - right], axis=1)
    image = augment.frame_to(x, boxes, angle)
    height, width = 1.0 - bottom - top, 1.0 - right - left
    target = tf.stack([-top / height, -left / width, (1.0 - top) / height, (1.0 - left) / width],
                      axis=1)
    image = tf.clip_by_value(augment.exposure(tf.clip_by_value(image, 0.0, 1.0), a), 0.0, 1.0)
    image = augment.noise(augment.low_resolution(augment.blur_or_sharpen(image, a), a), a)
    return augment.stretch(tf.clip_by_value(image, 0.0, 1.0)), target


def _weights(start, end, count, positions):
    """(B, count, positions) bilinear weights: row i samples position start + i (end - start) /
    (count - 1) along an axis of ``positions`` pixels (start, end in pixels); zero outside.
    ``count`` and ``positions`` are ints, or scalar tensors where the shape is known only when
    the graph runs (a tf.data batch)."""
    steps = tf.range(count, dtype=tf.float32) / tf.cast(count - 1, tf.float32)
    span = tf.reshape(end - start, [-1, 1, 1])
    at = tf.reshape(start, [-1, 1, 1]) + tf.reshape(steps, [1, -1, 1]) * span
    pixels = tf.reshape(tf.range(positions, dtype=tf.float32), [1, 1, -1])
    return tf.nn.relu(1.0 - tf.abs(at - pixels))


def _side(tensor, axis: int):
    """The static size of an axis, else the size when the graph runs."""
    return tensor.shape[axis] if tensor.shape[axis] is not None else tf.shape(tensor)[axis]


@keras.saving.register_keras_serializable(package="cxrtrain")
class Reframe(layers.Layer):
    """image (B, H, W, 1), box (B, 4) -> the box cut out and resized to H x W (black outside)."""

    def call(self, image, box):
        h, w = _side(image, 1), _side(image, 2)
        hf, wf = tf.cast(h - 1, tf.float32), tf.cast(w - 1, tf.float32)
        wy = _weights(box[:, 0] * hf, box[:, 2] * hf, h, h)
        wx = _weights(box[:, 1] * wf, box[:, 3] * wf, w, w)
        plane = image[..., 0]
        out = tf.matmul(tf.matmul(wy, plane), wx, transpose_b=True)
        return out[..., None]


@keras.saving.register_keras_serializable(package="cxrtrain")
class Unframe(layers.Layer):
    """cam (B, h, w, 1) over the reframed image, box (B, 4) -> the same map over the input image.
    Cells of the input outside the box get the map's lowest value (no evidence there)."""

    def call(self, cam, box):
        h, w = cam.shape[1], cam.shape[2]
        my = _inverse_weights(box[:, 0], box[:, 2], h)
        mx = _inverse_weights(box[:, 1], box[:, 3], w)
        plane = cam[..., 0]
        ones = tf.ones_like(plane)
        mapped = tf.matmul(tf.matmul(my, plane), mx, transpose_b=True)
        covered = tf.matmul(tf.matmul(my, ones), mx, transpose_b=True)
        low = tf.reduce_min(plane, axis=[1, 2], keepdims=True)
        return (mapped + (1.0 - tf.minimum(covered, 1.0)) * low)[..., None]


def _inverse_weights(start, end, cells: int):
    """(B, cells, cells): input cell k (centre (k + 0.5) / cells) reads the reframed map at
    (u - start) / (end - start), in cell units."""
    centres = (tf.range(cells, dtype=tf.float32) + 0.5) / float(cells)
    span = tf.reshape(end - start, [-1, 1, 1])
    at = (tf.reshape(centres, [1, cells, 1]) - tf.reshape(start, [-1, 1, 1])) / span
    at = at * float(cells) - 0.5
    grid = tf.reshape(tf.range(cells, dtype=tf.float32), [1, 1, cells])
    return tf.nn.relu(1.0 - tf.abs(at - grid))


def load_net(path) -> keras.Model:
    return keras.models.load_model(path, compile=False)


def framed(classifier: keras.Model, net: keras.Model) -> keras.Model:
    """framing net (frozen, inference mode) -> Reframe -> classifier; output: the score."""
    net.trainable = False
    inputs = keras.Input(classifier.input_shape[1:], name="image")
    box = net(inputs, training=False)
    score = classifier(Reframe(name="reframe")(inputs, box))
    return keras.Model(inputs, score, name="framed_" + classifier.name)


def is_framed(model: keras.Model) -> bool:
    return any(layer.name == "reframe" for layer in model.layers)


def framed_parts(model: keras.Model) -> tuple[keras.Model, keras.Model]:
    """(framing net, classifier) of a framed model."""
    nested = [layer for layer in model.layers if isinstance(layer, keras.Model)]
    classifier = next(m for m in nested if any(layer.name == "cam" for layer in m.layers))
    net = next(m for m in nested if m is not classifier)
    return net, classifier


def framed_export(model: keras.Model, cam_view) -> keras.Model:
    """The export view of a framed model: (score, cam over the input's frame). ``cam_view`` is
    the classifier's own export view (models.with_cam_output, passed in: models imports this
    module)."""
    net, classifier = framed_parts(model)
    inner = cam_view(classifier)
    inputs = keras.Input(model.input_shape[1:], name="image")
    box = net(inputs, training=False)
    score, cam = inner(Reframe()(inputs, box))
    return keras.Model(inputs, [score, Unframe()(cam, box)], name=model.name + "_export")


def reframe_numpy(images: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Reframe on (B, S, S, 1) floats, for evaluation and tests."""
    return Reframe()(tf.constant(images, tf.float32), tf.constant(boxes, tf.float32)).numpy()
