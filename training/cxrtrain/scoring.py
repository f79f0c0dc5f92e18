"""Score cached images with a Keras checkpoint or an exported int8 TFLite file.

Both return (scores [N], cams [N, h, w] or None). The TFLite path uses ai_edge_litert, the same
runtime as the field application.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cxrscreen.core.screening.litert import dequantise, quantise


def score_keras(model_path: Path, images: np.ndarray, batch: int = 64):
    import keras

    from . import framing  # noqa: F401 (registers the framing layers, for framed checkpoints)
    from .models import with_cam_output

    model = with_cam_output(keras.models.load_model(model_path, compile=False))
    scores, cams = [], []
    for i in range(0, len(images), batch):
        x = images[i:i + batch].astype(np.float32)[..., None] / 255.0
        out = model(x, training=False)
        out = out if isinstance(out, (list, tuple)) else [out]
        scores.append(np.asarray(out[0]).reshape(-1))
        if len(out) > 1:
            cams.append(np.asarray(out[1])[..., 0])
    return np.concatenate(scores), (np.concatenate(cams) if cams else None)


def score_tflite(tflite_path: Path, images: np.ndarray, threads: int = 2):
    from ai_edge_litert.interpreter import Interpreter

    interp = Interpreter(model_path=str(tflite_path), num_threads=threads)
    interp.allocate_tensors()
    inp = interp.get_input_details()[0]
    outs = interp.get_output_details()
    score_out = next(o for o in outs if int(np.prod(o["shape"])) == 1)
    cam_out = next((o for o in outs if o is not score_out), None)
    scores, cams = [], []
    for img in images:
        q = quantise(img.astype(np.float32) / 255.0, inp)
        interp.set_tensor(inp["index"], q.reshape(inp["shape"]))
        interp.invoke()
        scores.append(dequantise(interp.get_tensor(score_out["index"]), score_out).item())
        if cam_out is not None:
            cams.append(dequantise(interp.get_tensor(cam_out["index"]), cam_out)[0, ..., 0])
    return np.clip(np.array(scores), 0.0, 1.0), (np.stack(cams) if cams else None)
