"""The input check (core/input_check.py): the rule, the corrections, the plumbing into results,
cases, the SR and the JSON, and the shipped check on real files."""

from __future__ import annotations

import io
import json
import shutil
from dataclasses import replace

import numpy as np
import pytest
from PIL import Image

from cxrscreen.core.errors import REFUSAL_CODES, ImageRefused
from cxrscreen.core.xray.contract import model_input, resize_whole, stretch
from cxrscreen.core.xray.read import read_xray
from cxrscreen.core.screening.litert import find_default_model, model_kind
from cxrscreen.core.screening.input_check import CLASSES, InputChecker, decide, find_input_check
from cxrscreen.core.xray.check_contract import apply_corrections, colour_fraction, correct_pixels
from helpers.data import SIIM_JPEG, SIIM_MONO1, chest_jpegs, shared, shared_files
from helpers.models import EDGE_MODELS

CHECK = find_input_check([EDGE_MODELS])
needs_check = pytest.mark.skipif(CHECK is None, reason="no input check shipped in edge_models/")


def probs(**given) -> dict[str, float]:
    out = {c: 0.0 for c in CLASSES}
    out.update(given)
    return out


# -- the rule --------------------------------------------------------------------------------------

def test_an_upright_chest_is_accepted_without_correction():
    ok, fixes, p, d = decide(lambda f: (probs(frontal_chest=0.9, not_xray=0.1), 5.0), (0.5, 10, 0.5))
    assert ok and fixes == [] and d == 5.0


def test_far_from_the_training_chests_is_refused_even_when_the_classifier_is_sure():
    ok, fixes, _, _ = decide(lambda f: (probs(frontal_chest=0.99), 50.0), (0.5, 10, 0.5))
    assert not ok and fixes == []


def test_a_turned_chest_is_turned_back_and_checked_again():
    seen = []

    def scores(fixes):
        seen.append(fixes)
        return (probs(rotated_90=0.9), 5.0) if not fixes else (probs(frontal_chest=0.95), 4.0)

    ok, fixes, _, _ = decide(scores, (0.5, 10, 0.5))
    assert ok and fixes == ["rotated_90"] and seen == [(), ("rotated_90",)]


def test_a_correction_that_does_not_give_a_chest_is_refused_and_the_loop_ends():
    calls = []

    def scores(fixes):
        calls.append(fixes)
        return probs(inverted=0.9) if len(fixes) % 2 == 0 else probs(rotated_180=0.9), 5.0

    ok, fixes, _, _ = decide(scores, (0.5, 10, 0.5))
    assert not ok and len(calls) <= 3 and len(fixes) <= 2


def test_an_unsure_correction_is_not_made():
    ok, fixes, _, _ = decide(lambda f: (probs(rotated_90=0.4, not_xray=0.35, frontal_chest=0.25),
                                        5.0), (0.5, 10, 0.5))
    assert not ok and fixes == []


def test_corrections_undo_the_transforms():
    img = np.random.default_rng(0).random((30, 20)).astype(np.float32)
    for k, name in ((1, "rotated_90"), (2, "rotated_180"), (3, "rotated_270")):
        np.testing.assert_array_equal(correct_pixels(np.rot90(img, k), [name]), img)
    np.testing.assert_allclose(correct_pixels(1.0 - img, ["inverted"]), img, atol=1e-6)
    np.testing.assert_allclose(correct_pixels(np.rot90(1.0 - img, 1), ["rotated_90", "inverted"]),
                               img, atol=1e-6)


def test_a_correction_of_the_224_copy_equals_the_copy_of_the_corrected_image():
    """The screener corrects its 224-px copy instead of resizing the full image again."""
    xray = read_xray(chest_jpegs(1)[0])
    for fixes in (["inverted"], ["rotated_90"], ["rotated_270", "inverted"]):
        direct = model_input(correct_pixels(xray.pixels, fixes), 224)
        via_base = stretch(correct_pixels(resize_whole(xray.pixels, 224), fixes))
        np.testing.assert_allclose(via_base, direct, atol=2e-3)


def test_apply_corrections_keeps_what_a_viewer_needs():
    xray = read_xray(chest_jpegs(1)[0])
    out = apply_corrections(xray, ["rotated_90"])
    assert out.shape == (xray.shape[1], xray.shape[0])
    assert apply_corrections(xray, []) is xray


def test_colour_fraction():
    grey = np.repeat(np.random.default_rng(0).integers(0, 256, (300, 300, 1), np.uint8), 3, axis=2)
    assert colour_fraction(grey) == 0.0
    colour = np.random.default_rng(1).integers(0, 256, (300, 300, 3), np.uint8)
    assert colour_fraction(colour) > 0.5


def test_colour_is_measured_before_the_image_is_turned_grey():
    rgb = np.zeros((256, 256, 3), np.uint8)
    rgb[..., 0] = np.linspace(0, 255, 256, dtype=np.uint8)
    rgb[..., 2] = 255 - rgb[..., 0]
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="PNG")
    assert read_xray(buf.getvalue()).colour_fraction > 0.5


def test_new_refusal_codes_exist():
    assert {"rotated", "inverted", "not_xray", "not_chest", "lateral_view"} <= set(REFUSAL_CODES)


def test_a_refusal_carries_the_check_in_its_json():
    exc = ImageRefused("not_xray", "x")
    assert "input_check" not in exc.to_dict()
    exc.input_check = {"score": 0.1, "threshold": 0.5}
    assert exc.to_dict()["input_check"]["threshold"] == 0.5


# -- finding models --------------------------------------------------------------------------------

def test_the_default_model_is_never_the_input_check(tmp_path):
    pneu = tmp_path / "cxr-pneumonia-cnn" / "1.0.0"
    check = tmp_path / "cxr-input-check" / "9.0.0"
    for folder, meta in ((pneu, {"name": "cxr-pneumonia-cnn"}),
                         (check, {"name": "cxr-input-check", "kind": "input_check"})):
        folder.mkdir(parents=True)
        (folder / "metadata.json").write_text(json.dumps(meta))
    assert model_kind(pneu) == "pneumonia" and model_kind(check) == "input_check"
    assert find_default_model(tmp_path) == pneu
    assert find_input_check([tmp_path]) == check


@needs_check
def test_a_damaged_check_is_a_model_error(tmp_path):
    from cxrscreen.core.errors import ModelError

    copy = tmp_path / "c"
    shutil.copytree(CHECK, copy)
    (copy / "feature_density.npz").write_bytes(b"damaged")
    with pytest.raises(ModelError, match="damaged"):
        InputChecker.load(copy)


# -- the shipped check on real and made-up inputs --------------------------------------------------

@pytest.fixture(scope="module")
def checker() -> InputChecker:
    if CHECK is None:
        pytest.skip("no input check shipped in edge_models/")
    return InputChecker.load(CHECK)


@pytest.mark.parametrize("path", shared_files("real_images"), ids=lambda p: p.name)
def test_real_chest_images_are_accepted(checker, path):
    _, result = checker.check(read_xray(path))
    assert result.accepted and result.corrections == ()


def test_a_wrong_monochrome1_tag_is_inverted_back(checker):
    """The SIIM file tagged MONOCHROME1 has MONOCHROME2 pixels: honouring the tag (as read_xray
    must) gives a negative. The check inverts it back and says so, instead of scoring a negative
    or sending the health worker to fix a PACS header."""
    right, _ = checker.check(read_xray(shared("real_dicom", SIIM_JPEG)))
    fixed, result = checker.check(read_xray(shared("real_dicom", SIIM_MONO1)))
    assert result.corrections == ("inverted",) and "negative" in result.notes[0]
    np.testing.assert_allclose(fixed.pixels, right.pixels, atol=1e-5)


@pytest.mark.parametrize("k", [1, 2, 3])
def test_a_turned_chest_is_never_scored_as_if_upright(checker, k):
    for path in chest_jpegs(4):
        xray = read_xray(path)
        turned = replace(xray, pixels=np.ascontiguousarray(np.rot90(xray.pixels, k)))
        try:
            fixed, result = checker.check(turned)
        except ImageRefused as exc:
            assert exc.code in ("rotated", "not_chest", "not_xray")
            continue
        np.testing.assert_array_equal(fixed.pixels, xray.pixels)


def test_noise_and_colour_are_refused_with_plain_words(checker):
    xray = read_xray(chest_jpegs(1)[0])
    noisy = replace(xray, pixels=np.random.default_rng(0).random(xray.shape, dtype=np.float32))
    with pytest.raises(ImageRefused) as err:
        checker.check(noisy)
    assert err.value.code in ("not_xray", "not_chest") and "try again" in err.value.message
    assert err.value.input_check["score"] is not None
    with pytest.raises(ImageRefused) as err:
        checker.check(replace(xray, colour_fraction=0.4))
    assert err.value.code == "not_xray" and "colour" in err.value.message


@pytest.mark.parametrize("best,code,words", [("rotated_90", "rotated", "turned (90 degrees)"),
                                             ("inverted", "inverted", "negative")])
def test_a_correction_that_fails_is_refused_with_its_own_code(checker, monkeypatch, best, code,
                                                             words):
    monkeypatch.setattr(checker, "scores", lambda x: (probs(**{best: 0.9, "frontal_chest": 0.1}),
                                                      1.0))
    with pytest.raises(ImageRefused) as err:
        checker.check(read_xray(chest_jpegs(1)[0]))
    assert err.value.code == code and words in err.value.message
    assert "try again" in err.value.message


def test_photographs_are_refused(checker):
    photos = shared_files("ood/natural")[:20]
    if not photos:
        pytest.skip("no ood/natural folder")
    refused = 0
    for path in photos:
        try:
            checker.check(read_xray(path))
        except ImageRefused:
            refused += 1
    assert refused >= 18


# -- plumbing: screener, JSON, case, SR ------------------------------------------------------------

@needs_check
def test_results_carry_the_check(screener):
    xray, result = screener.read_and_screen(chest_jpegs(1)[0])
    check = result.to_dict()["input_check"]
    assert check["accepted"] and check["score"] >= check["threshold"]
    assert check["distance"] <= check["distance_threshold"]
    assert check["model"]["name"] == "cxr-input-check"
    assert "check_ms" in result.timings_ms


@needs_check
def test_the_scored_image_is_the_corrected_one(screener):
    upright, ref = screener.read_and_screen(shared("real_dicom", SIIM_JPEG))
    fixed, result = screener.read_and_screen(shared("real_dicom", SIIM_MONO1))
    assert result.corrections == ["inverted"] and abs(result.score - ref.score) < 0.02
    np.testing.assert_allclose(fixed.pixels, upright.pixels, atol=1e-5)


@needs_check
def test_the_case_record_and_the_sr_keep_the_check(screener, tmp_path):
    from helpers.accounts import store_for

    store = store_for(tmp_path / "data")
    try:
        case = store.import_file(shared("real_dicom", SIIM_MONO1), screener)
        back = store.get(case.id)
        assert back.screening.input_check["corrections"] == ["inverted"]
        assert back.screening.input_check["threshold"] is not None
        from cxrscreen.core.sync.builders import input_check_text

        assert "inverted back" in input_check_text(back.screening.input_check)
        seen = back.screening.input_check
        assert f"two-sided view score {seen['view_score']}" in input_check_text(seen)
        if seen["view_evidence_threshold"] is not None:  # checks 1.2.0 on
            assert seen["view_evidence"] <= seen["view_evidence_threshold"]
            assert f"side-view evidence {seen['view_evidence']} (threshold " \
                f"{seen['view_evidence_threshold']})" in input_check_text(seen)
            assert f"layout distance {seen['layout_distance']}" in input_check_text(seen)
        else:
            assert seen["view_score"] >= seen["view_threshold"]
    finally:
        store.close()


@needs_check
def test_cli_json_has_the_check_for_scores_and_refusals(tmp_path, capsys):
    from cxrscreen.cli import main

    photo = tmp_path / "photo.png"
    rgb = np.random.default_rng(0).integers(0, 256, (300, 300, 3), np.uint8)
    Image.fromarray(rgb).save(photo)
    code = main(["screen", "--json", str(chest_jpegs(1)[0]), str(photo)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 1
    assert rows[0]["ok"] and rows[0]["input_check"]["accepted"]
    assert not rows[1]["ok"] and rows[1]["error"]["code"] == "not_xray"
    assert rows[1]["error"]["input_check"]["colour_fraction"] > 0.03


@needs_check
def test_a_colour_photograph_in_a_dicom_secondary_capture_is_refused(screener):
    """Issue 11's first example: modality OT, no body part, colour pixels. The tags let it
    through; the colour measured before it is turned grey refuses it."""
    from helpers.dicom import make_dicom

    rng = np.random.default_rng(0)
    small = rng.integers(0, 256, (8, 8, 3), np.uint8)
    rgb = np.asarray(Image.fromarray(small).resize((256, 256), Image.Resampling.BICUBIC))
    data = make_dicom(np.zeros((256, 256), np.uint8), Modality="OT", BodyPartExamined=None,
                      ViewPosition=None, SamplesPerPixel=3, PhotometricInterpretation="RGB",
                      PlanarConfiguration=0, BitsAllocated=8, BitsStored=8, HighBit=7,
                      PixelData=np.ascontiguousarray(rgb.astype(np.uint8)).tobytes())
    with pytest.raises(ImageRefused) as err:
        screener.read_and_screen(data)
    assert err.value.code == "not_xray" and "colour" in err.value.message


def test_fast_colour_measure_agrees_with_the_reference():
    """raster_io measures colour with Pillow in C (the numpy measure cost more than inference on
    a 224-px JPEG); it must give the same decisions as input_check.colour_fraction."""
    from cxrscreen.core.screening.input_check import COLOUR_MAX_FRACTION
    from cxrscreen.core.xray.raster import _colour_fraction

    rng = np.random.default_rng(5)
    grey = np.repeat(rng.integers(0, 256, (300, 280, 1), dtype=np.uint8), 3, axis=2)
    tinted = grey.copy()
    tinted[:60, :, 0] = np.minimum(255, tinted[:60, :, 0].astype(int) + 80).astype(np.uint8)
    colour = rng.integers(0, 256, (300, 280, 3), dtype=np.uint8)
    for arr in (grey, tinted, colour):
        img = Image.fromarray(arr)
        fast, ref = _colour_fraction(img), colour_fraction(arr)
        assert abs(fast - ref) < 0.02, (fast, ref)
        assert (fast > COLOUR_MAX_FRACTION) == (ref > COLOUR_MAX_FRACTION)
    assert _colour_fraction(Image.fromarray(grey)) == 0.0


def test_grey_content_in_three_channels_reads_as_its_luminance():
    """raster_io skips the luminance conversion and the colour measure when R, G and B are equal
    (most exported X-rays): the pixels must be exactly what the conversion gives, and one
    coloured pixel must send the image through the full path."""
    from cxrscreen.core.xray.raster import _colour_fraction

    rng = np.random.default_rng(7)
    grey = np.repeat(rng.integers(0, 256, (240, 260, 1), dtype=np.uint8), 3, axis=2)
    expected = np.asarray(Image.fromarray(grey).convert("L"), np.float32) / np.float32(255.0)
    for fmt in ("PNG", "JPEG"):
        buf = io.BytesIO()
        Image.fromarray(grey).save(buf, fmt)
        decoded = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
        xray = read_xray(buf.getvalue())
        assert np.array_equal(xray.pixels, np.asarray(decoded.convert("L"), np.float32)
                              / np.float32(255.0)), fmt
        assert xray.colour_fraction == 0.0 and xray.pixels.dtype == np.float32
    assert np.array_equal(read_xray(_png(grey)).pixels, expected)
    dotted = grey.copy()
    dotted[:40, :40] = (255, 0, 0)  # a red corner: 2.5% of the pixels
    xray = read_xray(_png(dotted))
    assert xray.colour_fraction == _colour_fraction(Image.fromarray(dotted)) > 0.02
    assert np.array_equal(xray.pixels, np.asarray(Image.fromarray(dotted).convert("L"), np.float32)
                          / np.float32(255.0))


def _png(arr: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.parametrize("given,code", [
    ({"rotated_180": 0.46, "other_xray": 0.40, "frontal_chest": 0.14}, "not_chest"),
    ({"inverted": 0.45, "not_xray": 0.35, "other_xray": 0.20}, "not_xray")])
def test_an_unsure_turn_or_negative_is_not_called_one(checker, monkeypatch, given, code):
    # A dental panoramic once came back "This chest X-ray seems to be turned": the check's most
    # likely class was a turn, but below the confidence it needs to correct one. Then the image
    # is not known to be a chest at all, and the refusal says what it most likely is instead.
    monkeypatch.setattr(checker, "scores", lambda x: (probs(**given), 30.0))
    with pytest.raises(ImageRefused) as err:
        checker.check(read_xray(chest_jpegs(1)[0]))
    assert err.value.code == code


def test_a_turned_or_negative_refusal_does_not_insist_it_is_a_chest(checker, monkeypatch):
    monkeypatch.setattr(checker, "scores", lambda x: (probs(inverted=0.9, frontal_chest=0.1), 1.0))
    with pytest.raises(ImageRefused) as err:
        checker.check(read_xray(chest_jpegs(1)[0]))
    assert "if it is not a chest x-ray" in err.value.message.lower()
