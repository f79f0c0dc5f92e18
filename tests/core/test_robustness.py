"""Damaged input never crashes: read_xray returns a contract image or raises ImageRefused with a
known code. Truncations, flipped bytes, empty files and hypothesis-driven mutations of real files."""

from __future__ import annotations

import io
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from cxrscreen.core.errors import REFUSAL_CODES, ImageRefused
from cxrscreen.core.xray.contract import XRay
from cxrscreen.core.xray.read import read_xray
from helpers.data import NIH_PNG, SIIM_JPEG, chest_jpegs, pydicom_data, shared
from helpers.dicom import Raw, make_dicom


def outcome(data: bytes) -> str:
    """The property: a valid contract image ("ok") or a refusal with a known code."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            xray = read_xray(data)
        except ImageRefused as exc:
            assert exc.code in REFUSAL_CODES
            assert exc.message and "Traceback" not in exc.message
            return exc.code
    assert isinstance(xray, XRay)
    px = xray.pixels
    assert px.dtype == np.float32 and px.ndim == 2
    assert np.isfinite(px).all()
    assert px.min() >= 0.0 and px.max() <= 1.0
    return "ok"


def _png_bytes() -> bytes:
    yy, xx = np.mgrid[0:256, 0:256]
    return _encode(Image.fromarray(np.uint8((xx + yy) // 2)), "PNG")


def _encode(img, fmt, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


def _sources() -> dict[str, bytes]:
    """Small real-ish files of each kind (kept small so mutations decode quickly)."""
    out = {"png": _png_bytes(), "dicom_synthetic": make_dicom()}
    yy, xx = np.mgrid[0:256, 0:256]
    out["jpeg"] = _encode(Image.fromarray(np.uint8((xx + yy) // 2)), "JPEG", quality=90)
    return out


SOURCES = _sources()


def real_sources() -> dict[str, bytes]:
    """Real files: a training JPEG, the NIH PNG, an RLE and a JPEG-LS DICOM chest."""
    return {
        "train_jpeg": chest_jpegs(1)[0].read_bytes(),
        "nih_png": shared("real_images", NIH_PNG).read_bytes(),
        "siim_jpeg_dicom": shared("real_dicom", SIIM_JPEG).read_bytes(),
    }


@pytest.fixture(scope="module")
def real():
    return real_sources()


# --- deterministic damage -----------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(SOURCES))
def test_truncations_at_many_offsets(kind):
    data = SOURCES[kind]
    offsets = sorted({0, 1, 2, 3, 4, 8, 16, 64, 127, 128, 131, 132, 200, 300, 500}
                     | {int(f * len(data)) for f in np.linspace(0.01, 0.999, 40)})
    seen = set()
    for n in offsets:
        if n >= len(data):
            continue
        code = outcome(data[:n])
        seen.add(code)
        if n == 0:
            assert code == "unreadable"
    assert "unreadable" in seen


def test_truncated_real_files(real):
    for name, data in real.items():
        for frac in (0.0005, 0.01, 0.1, 0.3, 0.5, 0.9, 0.999):
            code = outcome(data[: int(len(data) * frac)])
            assert code in ("unreadable", "ok"), (name, frac, code)


def test_truncated_dicom_header_is_unreadable():
    data = make_dicom()
    for n in (132, 140, 200, 300, 400):
        assert outcome(data[:n]) == "unreadable"


@pytest.mark.parametrize("kind", sorted(SOURCES))
def test_flipped_bytes(kind):
    data = SOURCES[kind]
    rng = np.random.default_rng(1234)
    for _ in range(40):
        buf = bytearray(data)
        for pos in rng.integers(0, len(buf), size=rng.integers(1, 6)):
            buf[pos] ^= 1 << int(rng.integers(0, 8))
        outcome(bytes(buf))


def test_empty_and_garbage():
    assert outcome(b"") == "unreadable"
    assert outcome(b"\0") == "unreadable"
    assert outcome(b"\0" * 128 + b"DICM") == "unreadable"
    assert outcome(b"\0" * 128 + b"DICM" + b"\xff" * 500) == "unreadable"
    assert outcome(b"\xff\xd8\xff") == "unreadable"
    assert outcome(b"\x89PNG\r\n\x1a\n") == "unreadable"


def test_zero_length_file_on_disk(tmp_path):
    for name in ("x.dcm", "x.png", "x.jpeg", "noext"):
        (tmp_path / name).write_bytes(b"")
        with pytest.raises(ImageRefused) as err:
            read_xray(tmp_path / name)
        assert err.value.code == "unreadable"


def test_png_declaring_60000_square_is_too_large():
    """A valid PNG header declaring 60000x60000 (IDAT tiny): refused from the header."""
    import struct
    import zlib

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    ihdr = struct.pack(">IIBBBBB", 60000, 60000, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 100)) \
        + chunk(b"IEND", b"")
    assert outcome(data) == "too_large"


def test_jpeg_declaring_60000_square_is_too_large():
    data = bytearray(SOURCES["jpeg"])
    sof = data.find(b"\xff\xc0")
    assert sof > 0
    data[sof + 5:sof + 9] = (60000).to_bytes(2, "big") * 2  # height, width
    assert outcome(bytes(data)) == "too_large"


def test_dicom_declaring_60000_square_is_too_large():
    assert outcome(make_dicom(Rows=60000, Columns=60000)) == "too_large"


def test_dicom_pixel_data_shorter_than_declared_is_unreadable():
    data = make_dicom()
    import pydicom

    ds = pydicom.dcmread(io.BytesIO(data))
    ds.PixelData = ds.PixelData[: len(ds.PixelData) // 3]
    buf = io.BytesIO()
    ds.save_as(buf)
    assert outcome(buf.getvalue()) == "unreadable"


def test_dicom_with_a_damaged_file_meta_header_is_unreadable():
    """Found by test_property_mutated_dicom_header, only on runs where the random UIDs made the
    file's length fit: one zeroed byte turns the group length's VR 'UL' into an implicit length
    longer than the file, whose remaining bytes are not a multiple of 4. Pinned here for every run."""
    data = bytearray(make_dicom())
    assert data[128:140] == b"DICM\x02\x00\x00\x00UL\x04\x00"
    data[136] = 0
    if (len(data) - 140) % 4 == 0:
        data += b"\0\0"
    assert outcome(bytes(data)) == "unreadable"


def test_truncated_j2k_from_pydicom_data():
    data = pydicom_data("emri_small_jpeg_2k_lossless_too_short.dcm").read_bytes()
    assert outcome(data) in ("unreadable", "not_xray")


# --- property tests -----------------------------------------------------------------------

mutation = st.lists(
    st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8
)


def mutate(data: bytes, edits, cut: float | None) -> bytes:
    buf = bytearray(data)
    for where, value in edits:
        buf[int(where * len(buf))] = value
    if cut is not None:
        buf = buf[: int(cut * len(buf))]
    return bytes(buf)


PROPERTY = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(kind=st.sampled_from(sorted(SOURCES)), edits=mutation,
       cut=st.none() | st.floats(0, 1))
def test_property_mutated_small_files(kind, edits, cut):
    outcome(mutate(SOURCES[kind], edits, cut))


@PROPERTY
@given(edits=mutation, cut=st.none() | st.floats(0, 1))
def test_property_mutated_dicom_header(edits, cut):
    """Concentrate edits on the DICOM header (the first ~600 bytes), where parsing happens."""
    data = SOURCES["dicom_synthetic"]
    head, rest = data[:700], data[700:]
    outcome(mutate(head, edits, None) + (rest if cut is None else rest[: int(cut * len(rest))]))


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(["train_jpeg", "nih_png", "siim_jpeg_dicom"]), edits=mutation,
       cut=st.none() | st.floats(0, 1))
def test_property_mutated_real_files(real, name, edits, cut):
    outcome(mutate(real[name], edits, cut))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(attrs=st.dictionaries(
    st.sampled_from(["Rows", "Columns", "BitsStored", "HighBit", "SamplesPerPixel",
                     "BitsAllocated", "NumberOfFrames", "PixelRepresentation"]),
    st.integers(0, 65535), max_size=3))
def test_property_inconsistent_dicom_attributes(attrs):
    outcome(make_dicom(**attrs))


@settings(max_examples=30, deadline=None, derandomize=True)
@given(attrs=st.dictionaries(
    st.sampled_from(["WindowCenter", "WindowWidth", "RescaleSlope", "RescaleIntercept",
                     "PhotometricInterpretation", "Modality", "BodyPartExamined", "ViewPosition"]),
    st.sampled_from(["", "0", "-1", "1e308", "nan", "inf", "abc", "1\\2", "MONOCHROME1", "RGB",
                     "CHEST", "LL", "CT"]), max_size=4))
def test_property_odd_dicom_text_values(attrs):
    outcome(make_dicom(**{k: Raw(v) for k, v in attrs.items()}))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(mode=st.sampled_from(["L", "RGB", "RGBA", "LA", "P", "I;16", "1"]),
       fmt=st.sampled_from(["PNG", "JPEG"]),
       height=st.integers(150, 320), width=st.integers(150, 320), seed=st.integers(0, 2**16))
def test_property_any_valid_raster_is_read_or_too_small(mode, fmt, height, width, seed):
    """Every valid PNG/JPEG, whatever its mode and size, is a contract image or too_small."""
    if fmt == "JPEG" and mode not in ("L", "RGB"):
        mode = "L"
    rng = np.random.default_rng(seed)
    base = Image.fromarray(rng.integers(0, 256, (height, width), dtype=np.uint8))
    if mode == "I;16":
        img = Image.fromarray(rng.integers(0, 4096, (height, width), dtype=np.uint16))
    elif mode == "P":
        img = base.convert("P", palette=Image.Palette.ADAPTIVE)
    else:
        img = base.convert(mode)
    code = outcome(_encode(img, fmt))
    assert code == ("too_small" if min(height, width) < 200 else "ok")
