"""Acquisition augmentation: what another hospital's machine, console and export do to an X-ray.

The first shipped model learned the borders and the field of view of one hospital's images (normal
images there have darker edges) and lost a third of its specificity on a second collection. Each
step below imitates one real source of difference, applied to a batch of contract images
(float [0, 1], shape (B, S, S, 1)) before the same per-image percentile stretch that the pixel
contract applies (``cxrscreen.core.xray.contract.model_input``), so the model sees what the app would
produce from such an acquisition:

- field of view: a random crop or padding of each edge (padding filled with a random grey, as a
  collimator, a film border or a letterboxed export would be), a little rotation and aspect change;
- exposure and processing: a random gamma curve, contrast, and a random blur or sharpening;
- detector and export: noise, a lower-resolution source, JPEG re-encoding;
- burnt-in borders: dark or bright bars along random edges.

Everything runs as TensorFlow ops inside tf.data, one random draw per image.
"""

from __future__ import annotations

import math

import tensorflow as tf

from .config import AugmentConfig


def _uniform(batch, lo, hi, seed=None):
    return tf.random.uniform([batch], lo, hi, seed=seed)


def field_of_view(x: tf.Tensor, a: AugmentConfig) -> tf.Tensor:
    """Crop or pad each edge independently by up to ``a.border_fraction`` (negative = pad), plus a
    small rotation; the uncovered area gets a random grey per image."""
    b = tf.shape(x)[0]
    size = tf.shape(x)[1:3]
    f = a.border_fraction
    top, left, bottom, right = (_uniform(b, -f, f) for _ in range(4))
    if a.symmetric_zoom > 0:
        z = _uniform(b, -a.symmetric_zoom, a.symmetric_zoom)
        top, left, bottom, right = top + z, left + z, bottom + z, right + z
    boxes = tf.stack([top, left, 1.0 - bottom, 1.0 - right], axis=1)
    angle = None
    if a.rotation_degrees > 0:
        angle = _uniform(b, -a.rotation_degrees, a.rotation_degrees) * (math.pi / 180.0)
    return frame_to(x, boxes, angle)


def frame_to(x: tf.Tensor, boxes: tf.Tensor, angle: tf.Tensor | None = None) -> tf.Tensor:
    """Each image turned by ``angle`` (radians; None: not turned), cut to its box (top, left,
    bottom, right, 0..1, may reach outside) and resized back; what the image does not cover gets
    a random grey per image (_fill_values)."""
    b = tf.shape(x)[0]
    both = tf.concat([x, tf.ones_like(x)], axis=-1)
    if angle is not None:
        both = _rotate(both, angle)
    out = tf.image.crop_and_resize(both, boxes, tf.range(b), tf.shape(x)[1:3],
                                   extrapolation_value=0.0)
    image, covered = out[..., :1], out[..., 1:]
    fill = tf.reshape(_fill_values(b), [-1, 1, 1, 1])
    return image * covered + fill * (1.0 - covered)


def _fill_values(b):
    """Mostly black (the common border), sometimes white or mid-grey."""
    choice = tf.random.uniform([b])
    grey = tf.random.uniform([b], 0.0, 1.0)
    return tf.where(choice < 0.6, tf.random.uniform([b], 0.0, 0.08),
                    tf.where(choice < 0.8, tf.random.uniform([b], 0.85, 1.0), grey))


def _rotate(images, angles):
    """Rotate each image about its centre (bilinear, zero outside)."""
    h = tf.cast(tf.shape(images)[1], tf.float32)
    w = tf.cast(tf.shape(images)[2], tf.float32)
    cos, sin = tf.cos(angles), tf.sin(angles)
    x0 = (w - 1) / 2.0
    y0 = (h - 1) / 2.0
    # Output (x, y) samples input (a0 x + a1 y + a2, b0 x + b1 y + b2).
    a2 = x0 - cos * x0 + sin * y0
    b2 = y0 - sin * x0 - cos * y0
    zeros = tf.zeros_like(angles)
    transforms = tf.stack([cos, -sin, a2, sin, cos, b2, zeros, zeros], axis=1)
    return tf.raw_ops.ImageProjectiveTransformV3(
        images=images, transforms=transforms, output_shape=tf.shape(images)[1:3],
        fill_value=0.0, interpolation="BILINEAR", fill_mode="CONSTANT")


def exposure(x: tf.Tensor, a: AugmentConfig) -> tf.Tensor:
    b = tf.shape(x)[0]
    log_g = math.log(a.gamma_max)
    gamma = tf.exp(_uniform(b, -log_g, log_g))
    x = tf.pow(tf.clip_by_value(x, 1e-4, 1.0), tf.reshape(gamma, [-1, 1, 1, 1]))
    contrast = tf.reshape(_uniform(b, 1.0 - a.contrast, 1.0 + a.contrast), [-1, 1, 1, 1])
    shift = tf.reshape(_uniform(b, -a.brightness, a.brightness), [-1, 1, 1, 1])
    mean = tf.reduce_mean(x, axis=[1, 2, 3], keepdims=True)
    return (x - mean) * contrast + mean + shift


def _soft_blur(x: tf.Tensor, sigma_max: float = 1.0) -> tf.Tensor:
    """Area-downsample by 2 and bilinear back: a blur of about 1 px sigma (measured against
    Gaussians on training JPEGs: downsampling by f matches a sigma of f / 2 px from f = 2 to 4).
    With ``sigma_max`` above 1 the factor is drawn for the batch from [2, 2 sigma_max]. Resizing
    is ten to forty times faster on a CPU than a single-channel convolution or pooling."""
    size = tf.shape(x)[1:3]
    if sigma_max <= 1.0:
        small = size // 2
    else:
        factor = tf.random.uniform([], 2.0, 2.0 * sigma_max)
        small = tf.maximum(tf.cast(tf.cast(size, tf.float32) / factor, tf.int32), 1)
    return tf.image.resize(tf.image.resize(x, small, method="area"), size, method="bilinear")


def blur_or_sharpen(x: tf.Tensor, a: AugmentConfig) -> tf.Tensor:
    """x + k (x - blur(x)): k < 0 blurs (k = -1 is about a Gaussian of sigma 1 px, or up to
    ``a.blur_sigma_max``), k > 0 sharpens (unsharp masking, as many consoles apply; always
    against the 1 px blur)."""
    b = tf.shape(x)[0]
    blurred = _soft_blur(x)
    k = _uniform(b, -1.0, a.sharpen_max)
    k = tf.where(tf.random.uniform([b]) < a.blur_probability, k, tf.zeros_like(k))
    k = tf.reshape(k, [-1, 1, 1, 1])
    if a.blur_sigma_max > 1.0:
        blurred = tf.where(k < 0, _soft_blur(x, a.blur_sigma_max), blurred)
    return x + k * (x - blurred)


def low_resolution(x: tf.Tensor, a: AugmentConfig) -> tf.Tensor:
    """Half- to three-quarter-resolution source for a random part of the batch."""
    size = tf.shape(x)[1:3]
    factor = tf.random.uniform([], 0.45, 0.8)
    small_size = tf.cast(tf.cast(size, tf.float32) * factor, tf.int32)
    small = tf.image.resize(x, small_size, method="area")
    back = tf.image.resize(small, size, method="bilinear")
    pick = tf.reshape(tf.cast(tf.random.uniform([tf.shape(x)[0]]) < a.lowres_probability,
                              tf.float32), [-1, 1, 1, 1])
    return pick * back + (1.0 - pick) * x


def noise(x: tf.Tensor, a: AugmentConfig) -> tf.Tensor:
    b = tf.shape(x)[0]
    sigma = tf.reshape(_uniform(b, 0.0, a.noise_std), [-1, 1, 1, 1])
    return x + sigma * tf.random.normal(tf.shape(x))


def border_bars(x: tf.Tensor, a: AugmentConfig) -> tf.Tensor:
    """Dark or bright bars (burnt-in frames, collimator edges) along random edges."""
    b = tf.shape(x)[0]
    s = tf.cast(tf.shape(x)[1], tf.float32)
    pos = tf.range(s)
    rows = tf.reshape(pos, [1, -1, 1, 1])
    cols = tf.reshape(pos, [1, 1, -1, 1])
    mask = tf.zeros_like(x)
    for axis_pos, from_end in ((rows, False), (rows, True), (cols, False), (cols, True)):
        width = tf.reshape(_uniform(b, 0.0, a.bar_fraction) * s, [-1, 1, 1, 1])
        on = tf.reshape(tf.cast(tf.random.uniform([b]) < a.bar_probability, tf.float32), [-1, 1, 1, 1])
        edge = (s - 1.0 - axis_pos) if from_end else axis_pos
        mask = tf.maximum(mask, on * tf.cast(edge < width, tf.float32))
    value = tf.reshape(_fill_values(b), [-1, 1, 1, 1])
    return x * (1.0 - mask) + value * mask


def jpeg(x: tf.Tensor, a: AugmentConfig) -> tf.Tensor:
    def one(img):
        q = tf.random.uniform([], 25, 90, dtype=tf.int32)
        return tf.cond(tf.random.uniform([]) < a.jpeg_probability,
                       lambda: tf.image.adjust_jpeg_quality(img, q), lambda: img)

    return tf.map_fn(one, tf.clip_by_value(x, 0.0, 1.0), fn_output_signature=tf.float32)


def stretch(x: tf.Tensor, low: float = 1.0, high: float = 99.0) -> tf.Tensor:
    """The contract's per-image 1st..99th percentile stretch (on a 1-in-16 subsample)."""
    b = tf.shape(x)[0]
    sample = tf.reshape(x[:, ::4, ::4, :], [b, -1])
    ordered = tf.sort(sample, axis=1)
    n = tf.cast(tf.shape(ordered)[1] - 1, tf.float32)
    lo = tf.gather(ordered, tf.cast(tf.round(n * low / 100.0), tf.int32), axis=1)
    hi = tf.gather(ordered, tf.cast(tf.round(n * high / 100.0), tf.int32), axis=1)
    lo = tf.reshape(lo, [-1, 1, 1, 1])
    hi = tf.reshape(hi, [-1, 1, 1, 1])
    span = tf.maximum(hi - lo, 1e-3)
    return tf.clip_by_value((x - lo) / span, 0.0, 1.0)


def acquisition(x: tf.Tensor, a: AugmentConfig) -> tf.Tensor:
    """The whole chain, for a batch of contract images in [0, 1]."""
    x = field_of_view(x, a)
    x = border_bars(x, a)
    x = tf.clip_by_value(exposure(tf.clip_by_value(x, 0.0, 1.0), a), 0.0, 1.0)
    x = blur_or_sharpen(x, a)
    x = low_resolution(x, a)
    x = noise(x, a)
    if a.jpeg_probability > 0:
        x = jpeg(x, a)
    return stretch(tf.clip_by_value(x, 0.0, 1.0))
