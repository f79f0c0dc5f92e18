"""The pixel contract for JPEG and PNG, format detection by content, and model_input."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cxrscreen.core.errors import REFUSAL_CODES, ImageRefused
from cxrscreen.core.xray.contract import MIN_SIDE, PREPROCESSING, XRay, model_input
from cxrscreen.core.xray.read import detect_format, load_for_model, read_xray
from helpers.data import NIH_PNG, TBX_RGB_PNG, chest_jpegs, shared, shared_files


def assert_contract(xray: XRay) -> None:
    px = xray.pixels
    assert isinstance(px, np.ndarray)
    assert px.dtype == np.float32
    assert px.ndim == 2
    assert min(px.shape) >= MIN_SIDE
    assert np.isfinite(px).all()
    assert px.min() >= 0.0 and px.max() <= 1.0


def gradient(h: int = 300, w: int = 260) -> np.ndarray:
    """A grey ramp with a bright disc: enough structure to tell orientation and contrast apart."""
    yy, xx = np.mgrid[0:h, 0:w]
    img = (xx / (w - 1)) * 0.6 + 0.2
    img[(yy - h / 2) ** 2 + (xx - w / 2) ** 2 < (min(h, w) / 5) ** 2] = 0.95
    return img.astype(np.float32)


def encode(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


# --- format detection ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\0" * 128 + b"DICM" + b"\x02\x00", "dicom"),
        (b"\x08\x00\x05\x00CS\x0a\x00ISO_IR 100", "dicom"),  # preamble-less, little endian
        (b"\x02\x00\x00\x00UL\x04\x00", "dicom"),
        (b"\x00\x08\x00\x05CS\x00\x0aISO_IR 100", "dicom"),  # preamble-less, big endian
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", "png"),
        (b"GIF89a" + b"\0" * 20, None),
        (b"%PDF-1.7\n", None),
        (b"", None),
        (b"\0" * 200, None),
    ],
)
def test_detect_format_by_content(head, kind):
    assert detect_format(head) == kind


def test_png_named_dcm_is_read_as_png(tmp_path):
    path = tmp_path / "chest.dcm"
    path.write_bytes(encode(Image.fromarray(np.uint8(gradient() * 255)), "PNG"))
    xray = read_xray(path)
    assert xray.source_format == "png"
    assert_contract(xray)


def test_jpeg_named_png_is_read_as_jpeg(tmp_path):
    path = tmp_path / "chest.png"
    path.write_bytes(encode(Image.fromarray(np.uint8(gradient() * 255)), "JPEG", quality=95))
    assert read_xray(path).source_format == "jpeg"


# --- PNG and JPEG variants ----------------------------------------------------------------


def _variants():
    g = gradient()
    g8 = np.uint8(np.rint(g * 255))
    grey = Image.fromarray(g8)
    rgb = Image.merge("RGB", [grey] * 3)
    rgba = rgb.copy()
    rgba.putalpha(200)
    la = Image.merge("LA", [grey, Image.new("L", grey.size, 255)])
    palette = grey.convert("P", palette=Image.Palette.ADAPTIVE, colors=256)
    palette_alpha = palette.copy()
    palette_alpha.info["transparency"] = 0
    g16 = Image.fromarray(np.uint16(np.rint(g * 4095)))  # 12-bit values in a 16-bit PNG
    full16 = Image.fromarray(np.uint16(np.rint(g * 65535)))
    return {
        "png-grey8": (encode(grey, "PNG"), "png"),
        "png-grey16-12bit": (encode(g16, "PNG"), "png"),
        "png-grey16-full": (encode(full16, "PNG"), "png"),
        "png-rgb": (encode(rgb, "PNG"), "png"),
        "png-rgba": (encode(rgba, "PNG"), "png"),
        "png-la": (encode(la, "PNG"), "png"),
        "png-palette": (encode(palette, "PNG"), "png"),
        "png-palette-alpha": (encode(palette_alpha, "PNG"), "png"),
        "png-1bit": (encode(grey.convert("1"), "PNG"), "png"),
        "jpeg-grey": (encode(grey, "JPEG", quality=95), "jpeg"),
        "jpeg-rgb": (encode(rgb, "JPEG", quality=95), "jpeg"),
        "jpeg-progressive": (encode(rgb, "JPEG", quality=95, progressive=True), "jpeg"),
    }


VARIANTS = _variants()


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_raster_variants_follow_the_contract(name):
    data, kind = VARIANTS[name]
    xray = read_xray(data)
    assert xray.source_format == kind
    assert xray.shape == (300, 260)
    assert_contract(xray)
    if name == "png-1bit":
        return  # dithered to black and white: only the contract holds
    # Same picture whatever the encoding: the ramp goes dark (left) to bright (right), and the
    # correlation with the source is high (grey, colour, palette and 16-bit alike).
    ref = gradient()
    assert xray.pixels[:, :40].mean() < xray.pixels[:, -40:].mean()
    assert np.corrcoef(xray.pixels.ravel(), ref.ravel())[0, 1] > 0.98


def test_8bit_raster_is_divided_by_255_not_stretched():
    g8 = np.full((256, 256), 100, np.uint8)
    g8[:, 128:] = 150
    xray = read_xray(encode(Image.fromarray(g8), "PNG"))
    assert xray.pixels[0, 0] == pytest.approx(100 / 255, abs=1e-6)
    assert xray.pixels[0, -1] == pytest.approx(150 / 255, abs=1e-6)


def test_16bit_png_uses_the_whole_range_after_windowing():
    xray = read_xray(VARIANTS["png-grey16-12bit"][0])
    # 12-bit content in 16 bits must not come out nearly black (a blind /65535 would).
    assert xray.pixels.max() > 0.9 and xray.pixels.min() < 0.1


def test_exif_orientation_is_applied():
    g8 = np.uint8(np.rint(gradient(300, 260) * 255))
    img = Image.fromarray(g8)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise on display
    xray = read_xray(encode(img, "JPEG", quality=95, exif=exif.tobytes()))
    assert xray.shape == (260, 300)


def test_tiny_image_is_refused_too_small():
    with pytest.raises(ImageRefused) as err:
        read_xray(encode(Image.new("L", (150, 400), 128), "PNG"))
    assert err.value.code == "too_small"
    assert "200" in err.value.message


def test_just_big_enough_is_accepted():
    gradient = Image.linear_gradient("L").resize((200, 200))
    assert read_xray(encode(gradient, "PNG")).shape == (200, 200)


def test_flat_pixels_still_follow_the_contract_in_model_input():
    """read_xray refuses blank images (see test_blank_image_is_refused_not_scored); model_input
    itself must still cope with flat pixels without dividing by zero."""
    assert model_input(np.zeros((256, 256), np.float32), 64).max() == 0.0


def test_animated_png_is_refused_unsupported():
    frames = [Image.new("L", (256, 256), v) for v in (10, 200)]
    buf = io.BytesIO()
    frames[0].save(buf, format="PNG", save_all=True, append_images=frames[1:])
    with pytest.raises(ImageRefused) as err:
        read_xray(buf.getvalue())
    assert err.value.code == "unsupported"


@pytest.mark.parametrize("data", [b"", b"hello, this is not an image" * 10, b"GIF89a" + b"\0" * 300])
def test_not_an_image_is_unreadable(data):
    with pytest.raises(ImageRefused) as err:
        read_xray(data)
    assert err.value.code == "unreadable"


@pytest.mark.parametrize("data", [b"\xff\xd8\xff damaged", b"\x89PNG\r\n\x1a\n" + b"\0" * 40])
def test_damaged_file_message_is_plain_and_the_same_every_time(data):
    """Regression: a file with a JPEG or PNG signature that Pillow cannot identify was refused
    with Pillow's text, "cannot identify image file <_io.BytesIO object at 0x7f...>": a memory
    address in a message for a health worker, different at every run."""
    messages = set()
    for _ in range(2):
        with pytest.raises(ImageRefused) as err:
            read_xray(data)
        assert err.value.code == "unreadable"
        messages.add(err.value.message)
    (message,) = messages
    assert "damaged or incomplete" in message and "0x" not in message and "BytesIO" not in message


def test_missing_file_and_folder_are_unreadable(tmp_path):
    for source in (tmp_path / "nope.png", tmp_path):
        with pytest.raises(ImageRefused) as err:
            read_xray(source)
        assert err.value.code == "unreadable"
        assert err.value.code in REFUSAL_CODES


def test_zero_length_file_is_unreadable(tmp_path):
    path = tmp_path / "empty.jpeg"
    path.write_bytes(b"")
    with pytest.raises(ImageRefused) as err:
        read_xray(path)
    assert err.value.code == "unreadable"
    assert "empty" in err.value.message.lower()


# --- real files ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", shared_files("real_images"), ids=lambda p: p.name)
def test_every_real_png_follows_the_contract(path):
    xray = read_xray(path)
    assert xray.source_format == "png"
    assert xray.shape == (512, 512)
    assert_contract(xray)
    assert 0.2 < xray.pixels.mean() < 0.8


def test_rgb_png_equals_its_grey_copy():
    rgb = shared("real_images", TBX_RGB_PNG)
    img = Image.open(rgb)
    assert img.mode == "RGB"
    grey = encode(img.convert("L"), "PNG")
    assert np.abs(read_xray(rgb).pixels - read_xray(grey).pixels).max() <= 1 / 255 + 1e-6


def test_training_jpegs_follow_the_contract():
    for path in chest_jpegs(6):
        xray = read_xray(path)
        assert xray.source_format == "jpeg"
        assert xray.shape == (224, 224) or min(xray.shape) >= MIN_SIDE
        assert_contract(xray)


# --- model_input --------------------------------------------------------------------------


def test_model_input_shape_range_and_stretch():
    x = model_input(gradient(), 224)
    assert x.shape == (224, 224) and x.dtype == np.float32
    assert x.min() == 0.0 and x.max() == 1.0
    assert np.isfinite(x).all()


def test_model_input_keeps_the_whole_image_no_crop():
    img = np.zeros((400, 300), np.float32)
    img[:, :10] = 1.0  # a bright band at the very left edge must survive (no cropping)
    img[-10:, :] = 0.5  # and one at the very bottom
    x = model_input(img, 64)
    assert x[:30, 0].mean() > 0.5
    assert x[-1, 32:].mean() > 0.2


def test_full_size_and_224_copy_give_the_same_model_input():
    """The training copies are 224x224 resizes of larger originals: the app must see the same."""
    big = shared("real_images", NIH_PNG)
    pixels = read_xray(big).pixels
    copy = Image.fromarray(np.uint8(np.rint(pixels * 255))).resize((224, 224), Image.Resampling.BILINEAR)
    a = model_input(pixels, 224)
    b = load_for_model(encode(copy, "PNG"), 224) if min(copy.size) >= MIN_SIDE else None
    assert b is not None
    assert np.abs(a - b).mean() < 0.01


def test_model_input_rejects_colour_arrays():
    with pytest.raises(ValueError):
        model_input(np.zeros((10, 10, 3), np.float32), 8)


def test_preprocessing_spec_is_json_and_named():
    import json

    assert json.loads(json.dumps(PREPROCESSING))["name"] == "cxrscreen-v1"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero (Linux, macOS)")
def test_device_file_is_refused_not_read_forever():
    """Regression: /dev/zero reports size 0 and was read until memory ran out."""
    with pytest.raises(ImageRefused) as err:
        read_xray("/dev/zero")
    assert err.value.code == "unreadable"


def test_fifo_is_refused_without_blocking(tmp_path):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    fifo = tmp_path / "pipe.dcm"
    os.mkfifo(fifo)
    with pytest.raises(ImageRefused) as err:
        read_xray(fifo)
    assert err.value.code == "unreadable"


@pytest.mark.parametrize("value", [0, 128, 255])
def test_blank_image_is_refused_not_scored(tmp_path, value):
    """Regression: a uniform image (failed exposure, blank export) was scored like an X-ray."""
    import numpy as np
    from PIL import Image

    from cxrscreen.core.errors import ImageRefused
    from cxrscreen.core.xray.read import read_xray

    path = tmp_path / "blank.png"
    arr = np.full((400, 400), value, np.uint8)
    arr[10, 10] = 255 - value  # one stray pixel does not make an image
    Image.fromarray(arr).save(path)
    with pytest.raises(ImageRefused) as err:
        read_xray(path)
    assert err.value.code == "unreadable" and "blank" in err.value.message


def test_refusal_messages_go_through_the_installed_translator():
    """The window installs Qt's translator; the core's refusal reasons must use it (with their
    parameters filled in after translation), and stay English without it."""
    from cxrscreen.core import i18n
    from cxrscreen.core.errors import ImageRefused
    from cxrscreen.core.xray.contract import check_size

    seen = []

    def fake(context, text):
        seen.append(context)
        return "FR: " + text

    i18n.set_translator(fake)
    try:
        with pytest.raises(ImageRefused) as err:
            check_size(100, 150)
    finally:
        i18n.set_translator(None)
    assert err.value.message.startswith("FR: The image is only 150 x 100 pixels")
    assert seen == ["Refusal"] and err.value.params == {"cols": 150, "rows": 100, "minimum": 200}
    with pytest.raises(ImageRefused) as err:
        check_size(100, 150)
    assert err.value.message.startswith("The image is only 150 x 100 pixels")


@pytest.mark.parametrize("n", [1, 2, 50, 4096, 8192, 50176, 300_000])
@pytest.mark.parametrize("kind", ["uniform", "ties", "constant", "skewed"])
def test_fast_percentiles_equal_numpys(n, kind):
    """imaging.percentiles replaces np.percentile on every image's path (for speed, issue 11): it
    must give numpy's linear-interpolation values, ties and constant images included."""
    from cxrscreen.core.xray.contract import percentiles

    rng = np.random.default_rng(n)
    a = {"uniform": rng.random(n), "ties": rng.integers(0, 5, n) / 4.0,
         "constant": np.full(n, 0.3), "skewed": rng.random(n) ** 6}[kind].astype(np.float32)
    for qs in ((1.0, 99.0), (0.5, 99.5)):
        np.testing.assert_allclose(percentiles(a, qs), np.percentile(a, qs), rtol=0, atol=1e-6)
