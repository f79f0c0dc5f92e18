"""The four architectures of the comparison. Each takes (S, S, 1) floats in [0, 1].

The CNNs end in a 1x1 convolution to one channel ("cam": class-activation logits per cell)
followed by global average pooling and a sigmoid. Because averaging is linear, that is exactly a
global-average-pooling + dense head, and the cam output is that head's exact class-activation map:
sigmoid(mean(cam)) == score. One invoke gives both.
"""

from __future__ import annotations

import math

import keras
from keras import layers, regularizers

from .config import ModelConfig

# Keras' default 0.99 lags far behind the weights with ~100 steps an epoch, and validation AUC then
# swings between epochs (seen: 0.94 -> 0.57). 0.9 tracks the weights within a few dozen steps.
BN_MOMENTUM = 0.9


def build(cfg: ModelConfig, size: int, positive_fraction: float = 0.5) -> keras.Model:
    bias = math.log(positive_fraction / (1.0 - positive_fraction))
    inputs = keras.Input((size, size, 1), name="image")
    if cfg.architecture == "dense_baseline":
        return _dense_baseline(inputs, cfg, bias)
    builder = {"plain_cnn": _plain, "regularised_cnn": _regularised, "separable_cnn": _separable}
    features = builder[cfg.architecture](inputs, cfg)
    if cfg.dropout > 0:
        features = layers.Dropout(cfg.dropout, name="head_dropout")(features)
    reg = regularizers.l2(cfg.l2) if cfg.l2 > 0 and cfg.architecture != "plain_cnn" else None
    cam = layers.Conv2D(1, 1, name="cam", kernel_regularizer=reg,
                        bias_initializer=keras.initializers.Constant(bias))(features)
    pooled = layers.GlobalAveragePooling2D(name="gap")(cam)
    score = layers.Activation("sigmoid", name="score")(pooled)
    model = keras.Model(inputs, score, name=cfg.architecture)
    if cfg.framing:
        from .framing import framed, load_net

        return framed(model, load_net(cfg.framing))
    return model


def with_cam_output(model: keras.Model) -> keras.Model:
    """The export view: outputs (score [1,1], cam [1,h,w,1])."""
    from .framing import framed_export, is_framed

    if is_framed(model):  # the cam mapped back onto the input's frame
        return framed_export(model, with_cam_output)
    try:
        cam = model.get_layer("cam").output
    except ValueError:
        return keras.Model(model.inputs[0], [model.output], name=model.name + "_export")
    return keras.Model(model.inputs[0], [model.output, cam], name=model.name + "_export")


def _dense_baseline(inputs, cfg: ModelConfig, bias: float) -> keras.Model:
    x = layers.AveragePooling2D(8, name="downsample")(inputs)
    x = layers.Flatten()(x)
    x = layers.Dense(64, activation="relu")(x)
    x = layers.Dropout(cfg.dropout)(x)
    x = layers.Dense(1, bias_initializer=keras.initializers.Constant(bias))(x)
    score = layers.Activation("sigmoid", name="score")(x)
    return keras.Model(inputs, score, name="dense_baseline")


def _plain(x, cfg: ModelConfig):
    w = cfg.width
    x = layers.Conv2D(w, 3, strides=2, padding="same", activation="relu")(x)
    for filters in (2 * w, 4 * w, 6 * w, 8 * w):
        x = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
        x = layers.MaxPooling2D()(x)
    return x


def _conv_bn(x, filters: int, cfg: ModelConfig, strides: int = 1):
    x = layers.Conv2D(filters, 3, strides=strides, padding="same", use_bias=False,
                      kernel_regularizer=regularizers.l2(cfg.l2))(x)
    x = layers.BatchNormalization(momentum=BN_MOMENTUM)(x)
    return layers.ReLU()(x)


def _regularised(x, cfg: ModelConfig):
    w = cfg.width
    x = _conv_bn(x, w, cfg, strides=2)
    x = _conv_bn(x, 2 * w, cfg)
    x = layers.MaxPooling2D()(x)
    x = _conv_bn(x, 4 * w, cfg)
    x = layers.MaxPooling2D()(x)
    x = _conv_bn(x, 4 * w, cfg)
    x = _conv_bn(x, 6 * w, cfg)
    x = layers.MaxPooling2D()(x)
    x = layers.SpatialDropout2D(cfg.dropout / 3)(x)
    x = _conv_bn(x, 8 * w, cfg)
    x = _conv_bn(x, 8 * w, cfg)
    return x  # 1/16 of the input: a 14x14 class-activation map at 224 px


def _separable(x, cfg: ModelConfig):
    """MobileNet-like: a strided stem, then depthwise-separable blocks, trained from scratch."""
    w = cfg.width
    x = _conv_bn(x, w, cfg, strides=2)
    for filters, strides in ((2 * w, 2), (4 * w, 1), (4 * w, 2), (8 * w, 1), (8 * w, 2),
                             (12 * w, 1), (16 * w, 2)):
        x = layers.DepthwiseConv2D(3, strides=strides, padding="same", use_bias=False)(x)
        x = layers.BatchNormalization(momentum=BN_MOMENTUM)(x)
        x = layers.ReLU(6.0)(x)
        x = layers.Conv2D(filters, 1, use_bias=False, kernel_regularizer=regularizers.l2(cfg.l2))(x)
        x = layers.BatchNormalization(momentum=BN_MOMENTUM)(x)
        x = layers.ReLU(6.0)(x)
    return x
