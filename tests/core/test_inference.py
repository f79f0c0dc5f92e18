"""The LiteRT screener: result contract, model checks at load, and encoding consistency."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from cxrscreen.core.errors import ImageRefused, ModelError
from cxrscreen.core.screening.screener import Screener
from cxrscreen.core.screening.litert import find_default_model, read_metadata
from cxrscreen.core.screening.results import NEGATIVE_LABEL, POSITIVE_LABEL, heatmap_at
from helpers.data import NIH_PNG, RG1_J2K_CHEST, chest_jpegs, pydicom_data, shared
from helpers.dicom import transcode

TIMINGS = {"read_ms", "preprocess_ms", "inference_ms", "heatmap_ms", "total_ms"}


def assert_result(result, meta) -> None:
    assert isinstance(result.score, float) and 0.0 <= result.score <= 1.0
    assert result.label in (POSITIVE_LABEL, NEGATIVE_LABEL)
    assert result.label == (POSITIVE_LABEL if result.score >= result.threshold else NEGATIVE_LABEL)
    op = meta.raw["thresholds"]["default"]
    assert result.operating_point == op
    assert result.threshold == pytest.approx(meta.raw["thresholds"][op]["value"])
    assert result.model.sha256 == meta.raw["sha256"]
    assert (result.model.name, result.model.version) == (meta.raw["name"], meta.raw["version"])
    hm = result.heatmap
    assert hm.dtype == np.float32 and hm.ndim == 2
    assert np.isfinite(hm).all() and hm.min() >= 0 and hm.max() <= 1


def test_screen_a_training_jpeg(screener):
    path = chest_jpegs(1)[0]
    xray, result = screener.read_and_screen(path)
    assert_result(result, screener.meta)
    assert TIMINGS <= set(result.timings_ms)
    assert all(v >= 0 for v in result.timings_ms.values())
    assert result.timings_ms["total_ms"] == pytest.approx(
        sum(v for k, v in result.timings_ms.items() if k != "total_ms"))
    d = result.to_dict()
    assert json.loads(json.dumps(d))["model"]["sha256"] == screener.meta.raw["sha256"]


def test_screen_is_deterministic(screener):
    path = chest_jpegs(2)[1]
    a, b = screener.screen_file(path), screener.screen_file(path)
    assert a.score == b.score
    np.testing.assert_array_equal(a.heatmap, b.heatmap)


def test_heatmap_aligns_to_the_original_image(screener):
    xray, result = screener.read_and_screen(shared("real_images", NIH_PNG))
    full = heatmap_at(result.heatmap, xray.shape)
    assert full.shape == xray.shape
    assert full.min() >= 0 and full.max() <= 1
    # A coarse cell's value lands on the matching region of the original image.
    h, w = result.heatmap.shape
    r, c = np.unravel_index(np.argmax(result.heatmap), result.heatmap.shape)
    cy, cx = int((r + 0.5) * xray.shape[0] / h), int((c + 0.5) * xray.shape[1] / w)
    assert full[cy, cx] == pytest.approx(result.heatmap[r, c], abs=0.05)


def test_cam_heatmap_agrees_with_the_score(screener):
    """With the exact GAP + dense head, sigmoid(mean(cam logits)) == score (within int8 error)."""
    if "cam" not in screener.meta.raw["outputs"]:
        pytest.skip("model has no CAM output")
    if "sigmoid(mean(cam)) == score" not in screener.meta.raw["outputs"]["cam"]["meaning"]:
        pytest.skip("a framed model's map lies over the input's frame (cxrtrain.framing): its "
                    "mean is not the score")
    result = screener.screen_file(chest_jpegs(1)[0])
    assert result.heatmap_method == "class_activation_map"
    logits = np.log(result.heatmap / (1 - result.heatmap + 1e-7) + 1e-7)
    assert 1 / (1 + np.exp(-logits.mean())) == pytest.approx(result.score, abs=0.06)


def test_operating_points(screener):
    path = chest_jpegs(1)[0]
    for op in screener.meta.operating_points:
        result = screener.screen_file(path, op)
        assert result.operating_point == op
        assert result.threshold == pytest.approx(screener.meta.raw["thresholds"][op]["value"])
    with pytest.raises(ModelError):
        screener.screen_file(path, "no-such-point")


def test_refusal_passes_through_screening(screener, tmp_path):
    (tmp_path / "empty.dcm").write_bytes(b"")
    with pytest.raises(ImageRefused) as err:
        screener.read_and_screen(tmp_path / "empty.dcm")
    assert err.value.code == "unreadable"


def test_default_threads_is_two(model_dir):
    assert Screener.load(model_dir).threads == 2


# --- the same chest in different encodings gives the same score ------------------------------


@pytest.fixture(scope="module")
def rg1_variants(tmp_path_factory):
    src = pydicom_data("RG1_UNCI.dcm")
    out = tmp_path_factory.mktemp("rg1-scores")
    files = {name: pydicom_data(name) for name in ("RG1_UNCI.dcm", "RG1_UNCR.dcm", "RG1_J2KR.dcm",
                                                   "RG1_J2KI.dcm")}
    for syntax in ("rle", "jpegls", "big_endian", "implicit"):
        files[syntax] = transcode(src, out / f"{syntax}.dcm", syntax)
    return files


def test_same_chest_in_every_encoding_scores_within_0_02(screener, rg1_variants):
    scores = {name: screener.screen_file(path).score for name, path in rg1_variants.items()}
    shared_copy = shared("real_dicom", RG1_J2K_CHEST)
    scores["shared J2KI"] = screener.screen_file(shared_copy).score
    spread = max(scores.values()) - min(scores.values())
    assert spread <= 0.02, scores


# --- model discovery and load-time checks -----------------------------------------------------


def copy_model(model_dir: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "m" / "1.0.0"
    shutil.copytree(model_dir, dest)
    return dest


def edit_meta(model: Path, change) -> None:
    path = model / "metadata.json"
    meta = json.loads(path.read_text())
    change(meta)
    path.write_text(json.dumps(meta))


def load_error(model: Path) -> str:
    with pytest.raises(ModelError) as err:
        Screener.load(model)
    return err.value.message


def test_find_default_model_picks_the_newest_version(model_dir, tmp_path):
    root = tmp_path / "edge_models"
    for name, version in (("a", "1.2.0"), ("a", "1.10.0"), ("b", "1.9.9"), ("a", "0.9")):
        shutil.copytree(model_dir, root / name / version)
    assert find_default_model(root) == root / "a" / "1.10.0"


def test_no_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError) as err:
        find_default_model(tmp_path / "nothing")
    assert "--model" in err.value.message


def test_sha256_mismatch_is_refused(model_dir, tmp_path):
    model = copy_model(model_dir, tmp_path)
    blob = bytearray((model / "model.tflite").read_bytes())
    blob[-10] ^= 0xFF
    (model / "model.tflite").write_bytes(bytes(blob))
    assert "checksum" in load_error(model)


def test_missing_model_file_is_refused(model_dir, tmp_path):
    model = copy_model(model_dir, tmp_path)
    (model / "model.tflite").unlink()
    assert "missing" in load_error(model)


@pytest.mark.parametrize("key", ["schema_version", "sha256", "input", "outputs", "preprocessing",
                                 "thresholds", "labels", "model_file"])
def test_missing_metadata_key_is_refused(model_dir, tmp_path, key):
    model = copy_model(model_dir, tmp_path)
    edit_meta(model, lambda m: m.pop(key))
    assert key in load_error(model)


def test_wrong_schema_version_is_refused(model_dir, tmp_path):
    model = copy_model(model_dir, tmp_path)
    edit_meta(model, lambda m: m.update(schema_version=2))
    assert "schema version 2" in load_error(model)


def test_unknown_preprocessing_is_refused(model_dir, tmp_path):
    model = copy_model(model_dir, tmp_path)
    edit_meta(model, lambda m: m["preprocessing"].update(name="imagenet-rgb"))
    assert "imagenet-rgb" in load_error(model)


def _set(path: list, value):
    def change(meta):
        node = meta
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


@pytest.mark.parametrize(("path", "value", "words"), [
    (["input", "shape"], [1, 128, 128, 1], "input"),
    (["input", "dtype"], "float32", "input"),
    (["input", "quantization", "scale"], 0.5, "quantisation"),
    (["input", "quantization", "zero_point"], 0, "quantisation"),
    (["outputs", "score", "shape"], [1, 2], "score"),
    (["outputs", "score", "dtype"], "uint8", "score"),
    (["preprocessing", "size"], 999, "size"),
])
def test_tensors_not_matching_metadata_are_refused(model_dir, tmp_path, path, value, words):
    model = copy_model(model_dir, tmp_path)
    edit_meta(model, _set(path, value))
    assert words in load_error(model)


def test_extra_declared_output_is_refused(model_dir, tmp_path):
    model = copy_model(model_dir, tmp_path)
    edit_meta(model, lambda m: m["outputs"].update(extra={"shape": [1, 3], "dtype": "int8"}))
    assert "outputs" in load_error(model)


MALFORMED = [
    (lambda m: m.update(preprocessing="cxrscreen-v1"), "preprocessing not an object"),
    (lambda m: m.update(outputs=[]), "outputs not an object"),
    (lambda m: m["preprocessing"].pop("size"), "no preprocessing size"),
    (lambda m: m["thresholds"]["screening"].pop("value"), "threshold without value"),
    (lambda m: m["thresholds"]["screening"].update(value=1.5), "threshold outside [0,1]"),
    (lambda m: m["thresholds"].update(default="nonexistent"), "default points nowhere"),
    (lambda m: m.update(sha256=None), "sha256 not a string"),
    (lambda m: m.update(name=None), "name missing"),
]


@pytest.mark.parametrize(("change", "label"), MALFORMED, ids=[m[1] for m in MALFORMED])
def test_malformed_metadata_is_a_model_error_not_a_crash(model_dir, tmp_path, change, label):
    """Regression: wrong types in metadata.json crashed with KeyError/AttributeError/TypeError
    (or produced results with an impossible threshold) instead of a ModelError."""
    model = copy_model(model_dir, tmp_path)
    edit_meta(model, change)
    load_error(model)


def test_metadata_that_is_not_json_is_refused(model_dir, tmp_path):
    model = copy_model(model_dir, tmp_path)
    (model / "metadata.json").write_text("{not json")
    assert "cannot be read" in load_error(model)


def test_read_metadata_of_the_test_model(model_dir):
    meta = read_metadata(model_dir)
    digest = hashlib.sha256((model_dir / meta.raw["model_file"]).read_bytes()).hexdigest()
    assert digest == meta.raw["sha256"]
    assert meta.size == meta.raw["input"]["shape"][1]


# --- occlusion heatmap and threads, with a stand-in interpreter ------------------------------


class BrightnessInterpreter:
    """Stand-in for LiteRT with one float score output: the mean brightness of the top-left
    quarter of the input. Lets the occlusion path be tested exactly."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._x = None

    def get_input_details(self):
        return [{"index": 0, "shape": np.array([1, self.size, self.size, 1]), "dtype": np.float32,
                 "quantization": (0.0, 0)}]

    def get_output_details(self):
        return [{"index": 1, "shape": np.array([1, 1]), "dtype": np.float32, "quantization": (0.0, 0)}]

    def set_tensor(self, index, value):
        self._x = np.array(value, dtype=np.float32)

    def invoke(self):
        pass

    def get_tensor(self, index):
        q = self.size // 2
        return np.array([[self._x[0, :q, :q, 0].mean()]], np.float32)


def _fake_meta(size: int = 64):
    from cxrscreen.core.screening.litert import ModelMeta

    raw = {"name": "fake", "version": "0", "sha256": "0" * 64,
           "preprocessing": {"name": "cxrscreen-v1", "size": size},
           "thresholds": {"default": "screening", "screening": {"value": 0.5}},
           "outputs": {"score": {"shape": [1, 1], "dtype": "float32"}}}
    return ModelMeta(Path("."), raw)


def test_occlusion_heatmap_points_at_what_drives_the_score():
    from cxrscreen.core.xray.contract import XRay

    screener = Screener(_fake_meta(), BrightnessInterpreter(), threads=1)
    yy, xx = np.mgrid[0:256, 0:256]
    pixels = ((xx + yy) % 7 / 7).astype(np.float32) * 0.2 + 0.4  # texture so the stretch works
    pixels[:128, :128] += 0.4
    result = screener.screen(XRay(pixels=pixels, source_format="png"))
    assert result.heatmap_method == "occlusion"
    hm = result.heatmap
    assert hm.shape == (8, 8)
    assert hm[:4, :4].min() > 0.5  # occluding the bright quarter lowers the score
    assert hm[4:, 4:].max() == 0.0  # the rest does not matter to this "model"
    assert hm.max() == pytest.approx(1.0)


def test_screener_is_thread_safe(screener):
    from concurrent.futures import ThreadPoolExecutor

    paths = chest_jpegs(6)
    expected = [screener.screen_file(p).score for p in paths]
    with ThreadPoolExecutor(max_workers=3) as pool:
        got = list(pool.map(lambda p: screener.screen_file(p).score, paths * 3))
    assert got == expected * 3


def test_heatmap_of_a_clear_negative_is_faded_and_of_a_referral_is_full():
    """Regression: a 'no signs of pneumonia' result showed a full-strength red blob over the heart,
    because some cells carry positive evidence that the rest of the image outweighs."""
    import numpy as np

    from cxrscreen.core.screening.screener import display_heatmap

    cam = np.array([[4.0, -6.0], [-6.0, -6.0]], np.float32)  # one hot cell, mean logit negative
    faded = display_heatmap(cam, score=0.01, threshold=0.3)
    assert faded.max() < 0.05
    full = display_heatmap(cam, score=0.9, threshold=0.3)
    assert full.max() == 1.0 and full.min() == 0.0 and full[0, 0] == 1.0


def test_heatmap_of_a_strong_referral_is_not_uniformly_saturated():
    """A per-cell sigmoid saturated the whole lung field of a clear pneumonia; the map must still
    show where the evidence is strongest."""
    import numpy as np

    from cxrscreen.core.screening.screener import display_heatmap

    cam = np.array([[12.0, 8.0], [6.0, 9.0]], np.float32)  # every cell strongly positive
    heat = display_heatmap(cam, score=0.999, threshold=0.3)
    assert heat[0, 0] == 1.0 and heat[1, 0] == 0.0 and 0.2 < heat[0, 1] < 0.5
