"""The framing net's geometry (cxrtrain.framing): reframing, mapping the map back, the targets of
its self-supervised training, and a framed model's export to TFLite."""

import numpy as np
import pytest

tf = pytest.importorskip("tensorflow")

from cxrtrain import framing  # noqa: E402
from cxrtrain.config import AugmentConfig  # noqa: E402


def _image(size=224, seed=0, block=8):
    rng = np.random.default_rng(seed)
    small = rng.random((size // block, size // block)).astype(np.float32)
    return np.kron(small, np.ones((block, block), np.float32))[None, ..., None]


def test_identity_box_gives_the_image_back():
    x = _image()
    out = framing.reframe_numpy(x, np.array([framing.IDENTITY], np.float32))
    assert np.abs(out - x).max() < 1e-4


def test_a_box_inside_cuts_and_a_box_outside_pads_with_black():
    x = np.ones((1, 224, 224, 1), np.float32)
    inside = framing.reframe_numpy(x, np.array([[0.25, 0.25, 0.75, 0.75]], np.float32))
    assert np.allclose(inside, 1.0, atol=1e-4)
    outside = framing.reframe_numpy(x, np.array([[-0.25, -0.25, 1.25, 1.25]], np.float32))
    assert outside[0, :20, :, 0].max() < 1e-4 and outside[0, -20:, :, 0].max() < 1e-4
    assert np.allclose(outside[0, 60:164, 60:164, 0], 1.0, atol=1e-4)


def test_reframe_runs_where_the_image_size_is_known_only_at_run_time():
    """A tf.data batch after augmentation has no static height and width; training a framed
    model failed there ("unsupported operand type(s) for -: 'NoneType' and 'int')."""
    run = tf.function(lambda x, b: framing.Reframe()(x, b), input_signature=[
        tf.TensorSpec([None, None, None, 1]), tf.TensorSpec([None, 4])])
    x = np.concatenate([_image(seed=1), _image(seed=2)])
    boxes = np.array([[0.1, 0.05, 0.9, 1.1], [-0.1, 0.0, 1.0, 0.8]], np.float32)
    assert np.abs(run(x, boxes).numpy() - framing.reframe_numpy(x, boxes)).max() < 1e-5


def test_random_frame_targets_undo_the_reframing():
    """Reframing a re-framed image to its target box gives the original back (where the original
    is still in view), so the net's target is where the original frame went."""
    tf.random.set_seed(3)
    a = AugmentConfig(gamma_max=1.0, contrast=0.0, brightness=0.0, noise_std=0.0,
                      blur_probability=0.0, lowres_probability=0.0)
    x = tf.constant(np.repeat(_image(block=56), 4, axis=0))  # coarse: a 10° tilt stays small
    framed, target = framing.random_frame(x, a)
    back = framing.reframe_numpy(framed.numpy(), target.numpy())
    original = framing.augment.stretch(x).numpy()
    centre = (slice(None), slice(84, 140), slice(84, 140))  # always in view: cut <= 0.35 a side
    corr = np.corrcoef(back[centre].ravel(), original[centre].ravel())[0, 1]
    assert corr > 0.8


def test_unframe_maps_the_cam_onto_the_input_frame():
    cam = np.zeros((1, 14, 14, 1), np.float32)
    cam[0, 3, 3, 0] = 5.0
    same = framing.Unframe()(tf.constant(cam), tf.constant([framing.IDENTITY])).numpy()
    assert np.allclose(same, cam, atol=1e-4)
    # A frame that is the input's right half: the peak moves right, the left half is "no evidence".
    half = framing.Unframe()(tf.constant(cam), tf.constant([[0.0, 0.5, 1.0, 1.0]])).numpy()
    peak = np.unravel_index(np.argmax(half[0, ..., 0]), (14, 14))
    assert peak[0] == 3 and peak[1] in (8, 9)
    assert np.allclose(half[0, :, :6, 0], 0.0)


def test_a_framed_model_exports_with_its_geometry_in_float(tmp_path):
    """Full-int8 quantisation rounds the reframe's pixel positions to about 2 px (measured: the
    scores moved by 0.48 on average), so export keeps the geometry in float
    (export.quantise_framed) and the TFLite file scores as the float model does."""
    import keras
    from ai_edge_litert.interpreter import Interpreter

    from cxrtrain.config import ModelConfig
    from cxrtrain.export import CAM_MEANING_FRAMED, convert_int8, tensor_spec
    from cxrtrain.models import build, with_cam_output

    keras.utils.set_random_seed(7)  # unseeded, an untrained map was sometimes nearly flat
    net = framing.build_net()
    box = net.get_layer("box")
    kernel, _ = box.get_weights()
    box.set_weights([kernel * 0.0, np.array([0.08, 0.05, 0.9, 0.97], np.float32)])
    net_path = tmp_path / "framing.keras"
    net.save(net_path)
    model = build(ModelConfig(width=4, framing=str(net_path)), 224)
    assert framing.is_framed(model)
    score, cam = with_cam_output(model)(_image())
    assert score.shape == (1, 1) and cam.shape == (1, 14, 14, 1)
    model.save(tmp_path / "framed.keras")
    reloaded = keras.models.load_model(tmp_path / "framed.keras", compile=False)
    assert np.allclose(reloaded.predict(_image(), verbose=0), model.predict(_image(), verbose=0))

    images = np.concatenate([_image(seed=k) for k in range(24)])
    calibration = (images[..., 0] * 255).astype(np.uint8)
    tflite = tmp_path / "framed.tflite"
    tflite.write_bytes(convert_int8(tmp_path / "framed.keras", calibration))
    spec = tensor_spec(tflite, framed=True)
    assert spec["input"]["dtype"] == "float32"
    assert spec["outputs"]["cam"]["meaning"] == CAM_MEANING_FRAMED
    interp = Interpreter(model_path=str(tflite))
    interp.allocate_tensors()
    inp = interp.get_input_details()[0]["index"]
    outs = {int(np.prod(d["shape"])) == 1: d["index"] for d in interp.get_output_details()}
    view = with_cam_output(reloaded)
    for k in range(6):
        x = _image(seed=100 + k)
        interp.set_tensor(inp, x)
        interp.invoke()
        f_score, f_cam = (v.numpy() for v in view(x))
        q_cam = interp.get_tensor(outs[False])
        assert abs(float(interp.get_tensor(outs[True]).ravel()[0]) - float(f_score.ravel()[0])) < 0.02
        span = float(f_cam.max() - f_cam.min())
        assert np.abs(q_cam - f_cam).max() < 0.1 * span + 1e-3
        assert np.corrcoef(q_cam.ravel(), f_cam.ravel())[0, 1] > 0.95
