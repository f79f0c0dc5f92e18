"""Start training from a shipped int8 model instead of from random weights.

Model 1.1.0's Keras checkpoint was never kept; its int8 TFLite file is in git. TFLite folds each
batch normalisation into the convolution before it (kernel scaled, a bias added) and stores the
kernels as int8 with one scale per output channel. This module reads those kernels and biases back
to floats and puts them into a freshly built Keras model of the same architecture:

- each convolution gets the folded kernel;
- its batch normalisation is "unfolded" so that, in inference mode, it adds exactly the folded bias
  while its moving statistics are the real ones of the convolution's output on training images
  (mean m, variance v; gamma = sqrt(v + eps), beta = bias + m). In training mode, batch statistics
  then start close to the moving ones, so the first steps do not undo what the model knew.

The float model differs from the int8 file only by the int8 rounding of the weights; ``warm_start``
logs the AUC of both on the images it is given, so a mismatch shows at once.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


def tflite_convolutions(path: str | Path) -> list[tuple[np.ndarray, np.ndarray]]:
    """(kernel as (kh, kw, in, out) floats, bias (out,) floats) of each CONV_2D, in graph order."""
    from ai_edge_litert.interpreter import Interpreter

    interpreter = Interpreter(str(path))
    interpreter.allocate_tensors()
    tensors = {d["index"]: d for d in interpreter.get_tensor_details()}

    def floats(index: int) -> np.ndarray:
        detail = tensors[index]
        q = detail["quantization_parameters"]
        raw = interpreter.get_tensor(index).astype(np.float64)
        scales = np.asarray(q["scales"], np.float64)
        zeros = np.asarray(q["zero_points"], np.float64)
        if scales.size == 0:
            return raw
        axis = q.get("quantized_dimension", 0)
        shape = [1] * raw.ndim
        shape[axis] = -1
        if scales.size == 1:
            return (raw - zeros.reshape(())) * scales.reshape(())
        return (raw - zeros.reshape(shape)) * scales.reshape(shape)

    out = []
    for op in interpreter._get_ops_details():  # noqa: SLF001 (the one way to read the graph)
        if op["op_name"] != "CONV_2D":
            continue
        _, kernel_index, bias_index = op["inputs"][:3]
        kernel = floats(kernel_index)  # (out, kh, kw, in)
        bias = floats(bias_index) if bias_index >= 0 else np.zeros(kernel.shape[0])
        out.append((np.transpose(kernel, (1, 2, 3, 0)).astype(np.float32),
                    bias.astype(np.float32)))
    return out


def _conv_layers(model):
    import keras

    return [layer for layer in model.layers if type(layer) is keras.layers.Conv2D]


def _following_batch_norm(model, conv):
    """The BatchNormalization layer that reads ``conv``'s output, if any."""
    import keras

    for layer in model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            if layer.input is conv.output:
                return layer
    return None


def load_folded(model, path: str | Path, images: np.ndarray) -> None:
    """Put the weights of the int8 file ``path`` into ``model`` (same architecture), with batch
    normalisation unfolded on ``images`` (uint8 (N, S, S) training images, a few hundred)."""
    import keras

    convs = _conv_layers(model)
    folded = tflite_convolutions(path)
    if len(convs) != len(folded):
        raise ValueError(f"{path} has {len(folded)} convolutions, the model {len(convs)}")
    norms = []
    for layer, (kernel, bias) in zip(convs, folded):
        expected = tuple(layer.kernel.shape)
        if kernel.shape != expected:
            raise ValueError(f"{layer.name}: kernel {kernel.shape} in {path}, {expected} in model")
        bn = _following_batch_norm(model, layer)
        if bn is None:
            layer.set_weights([kernel, bias] if layer.use_bias else [kernel])
            continue
        layer.set_weights([kernel])
        eps = bn.epsilon
        # First a pure "add the bias": gamma 1, mean 0, variance 1 - eps.
        bn.set_weights([np.ones_like(bias), bias, np.zeros_like(bias),
                        np.full_like(bias, 1.0 - eps)])
        norms.append((layer, bn, bias))
    # Inference now equals the int8 file's function; measure each convolution's output statistics.
    probe = keras.Model(model.inputs, [layer.output for layer, _, _ in norms])
    x = images.astype("float32")[..., None] / 255.0
    outputs = probe.predict(x, batch_size=64, verbose=0)
    for (layer, bn, bias), y in zip(norms, outputs):
        mean = y.mean(axis=(0, 1, 2)).astype(np.float32)
        var = y.var(axis=(0, 1, 2)).astype(np.float32)
        gamma = np.sqrt(var + bn.epsilon).astype(np.float32)
        bn.set_weights([gamma, bias + mean, mean, var])
    log.info("warm start: %d convolutions from %s (%d batch normalisations unfolded on %d images)",
             len(folded), path, len(norms), len(images))
