"""DICOM into the pixel contract: every transfer syntax, windowing, metadata and refusals."""

from __future__ import annotations

import numpy as np
import pytest

from cxrscreen.core.errors import ImageRefused
from cxrscreen.core.xray.contract import model_input
from cxrscreen.core.xray.read import read_xray
from helpers.data import (
    RG1_J2K_CHEST,
    RG2_HIP,
    SIIM_JPEG,
    SIIM_MONO1,
    pydicom_data,
    pydicom_testfile,
    shared,
    shared_files,
)
from helpers.dicom import make_dicom, relabel, transcode

from test_imaging import assert_contract


def refusal(source) -> ImageRefused:
    with pytest.raises(ImageRefused) as err:
        read_xray(source)
    return err.value


# --- real files ---------------------------------------------------------------------------

EXPECTED_REAL = {
    RG1_J2K_CHEST: ("ok", (1955, 1841)),
    SIIM_JPEG: ("ok", (1024, 1024)),
    SIIM_MONO1: ("ok", (1024, 1024)),
    RG2_HIP: ("not_chest", None),
}


@pytest.mark.parametrize("path", shared_files("real_dicom"), ids=lambda p: p.name)
def test_every_real_dicom_file(path):
    expected, shape = EXPECTED_REAL.get(path.name, ("ok", None))
    if expected == "ok":
        xray = read_xray(path)
        assert xray.source_format == "dicom"
        assert_contract(xray)
        if shape:
            assert xray.shape == shape
        assert xray.info.modality == "CR"
        assert "CHEST" in xray.info.body_part
    else:
        err = refusal(path)
        assert err.code == expected
        assert "chest" in err.message.lower()


def test_monochrome1_is_inverted_relative_to_monochrome2():
    m2 = read_xray(shared("real_dicom", SIIM_JPEG))
    m1 = read_xray(shared("real_dicom", SIIM_MONO1))
    assert not m2.inverted and m1.inverted
    np.testing.assert_allclose(m1.pixels, 1.0 - m2.pixels, atol=1e-6)


def test_j2k_chest_monochrome1_has_bright_bones_and_dark_lungs():
    """WG04 RG1 is MONOCHROME1, 15-bit: after inversion and windowing the lungs (centre of each
    half) are darker than the spine/mediastinum (centre column)."""
    px = read_xray(shared("real_dicom", RG1_J2K_CHEST)).pixels
    h, w = px.shape
    lungs = (px[h // 3:2 * h // 3, w // 5:2 * w // 5].mean() + px[h // 3:2 * h // 3, 3 * w // 5:4 * w // 5].mean()) / 2
    spine = px[h // 3:2 * h // 3, 9 * w // 20:11 * w // 20].mean()
    assert lungs < spine
    assert 0.05 < px.mean() < 0.95  # windowed, not a plain cast of 15-bit values


RG1_FILES = ["RG1_UNCI.dcm", "RG1_UNCR.dcm", "RG1_J2KR.dcm", "RG1_J2KI.dcm"]


@pytest.fixture(scope="module")
def rg1_reference():
    return read_xray(pydicom_data("RG1_UNCI.dcm"))


@pytest.fixture(scope="module")
def rg1_transcoded(tmp_path_factory):
    """RG1 (chest CR) re-encoded in the syntaxes pydicom-data lacks for a chest."""
    src = pydicom_data("RG1_UNCI.dcm")
    out = tmp_path_factory.mktemp("rg1")
    return {s: transcode(src, out / f"rg1_{s}.dcm", s)
            for s in ("implicit", "big_endian", "rle", "jpegls", "jpegls_near", "j2k_lossless",
                      "deflated")}


@pytest.mark.parametrize("name", RG1_FILES)
def test_rg1_pydicom_data_encodings_agree(name, rg1_reference):
    xray = read_xray(pydicom_data(name))
    assert_contract(xray)
    assert xray.shape == rg1_reference.shape
    assert xray.info.sop_uid  # the record needs it
    diff = np.abs(model_input(xray.pixels, 224) - model_input(rg1_reference.pixels, 224))
    assert diff.mean() < 0.01


@pytest.mark.parametrize("syntax", ["implicit", "big_endian", "rle", "jpegls", "jpegls_near",
                                    "j2k_lossless", "deflated"])
def test_rg1_transcoded_encodings_agree(syntax, rg1_transcoded, rg1_reference):
    xray = read_xray(rg1_transcoded[syntax])
    assert_contract(xray)
    tol = 2e-3 if syntax == "jpegls_near" else 1e-6
    assert np.abs(xray.pixels - rg1_reference.pixels).max() <= tol


def test_preamble_less_chest_is_read(rg1_reference, tmp_path):
    data = make_dicom(preamble=False)
    assert data[128:132] != b"DICM"
    xray = read_xray(data)
    assert xray.source_format == "dicom"
    assert xray.info.patient_id == "P-0042"


def test_big_endian_preamble_less_file_is_detected_as_dicom():
    """ExplVR_BigEndNoMeta is an RT plan: detected as DICOM (then refused as not an X-ray),
    not dismissed as 'not an image'."""
    err = refusal(pydicom_testfile("ExplVR_BigEndNoMeta.dcm"))
    assert err.code == "not_xray"


# Files of other syntaxes (JPEG extended, lossless JPEG, ...) exist only for other modalities:
# relabel them as a chest CR so the decode path itself is exercised.
DECODE_CASES = [
    ("JPGExtended.dcm", "pydicom", "JPEG extended (12-bit)"),
    ("JPEG-LL.dcm", "data", "lossless JPEG process 14 (16-bit)"),
    ("JPGLosslessP14SV1_1s_1f_8b.dcm", "data", "lossless JPEG SV1 (8-bit)"),
    ("JPEG2000.dcm", "pydicom", "JPEG 2000"),
    ("image_dfl.dcm", "pydicom", "deflated"),
    ("OT-PAL-8-face.dcm", "data", "palette colour"),
    ("OBXXXX1A_rle.dcm", "data", "RLE palette"),
    ("gdcm-US-ALOKA-16_big.dcm", "data", "big endian 16-bit palette"),
]


@pytest.mark.parametrize(("name", "where", "what"), DECODE_CASES, ids=[c[2] for c in DECODE_CASES])
def test_other_syntaxes_decode_to_the_contract(name, where, what, tmp_path):
    src = pydicom_testfile(name) if where == "pydicom" else pydicom_data(name)
    dest = relabel(src, tmp_path / name, Modality="CR", BodyPartExamined="CHEST",
                   NumberOfFrames=None)
    xray = read_xray(dest)
    assert_contract(xray)
    assert xray.pixels.std() > 0.02  # a real picture, not a blank


def test_palette_colour_is_looked_up_not_read_as_indices(tmp_path):
    """Regression: PALETTE COLOR pixels are indices; reading them as brightness gives noise."""
    import pydicom
    from pydicom.pixels import apply_color_lut

    src = pydicom_data("OT-PAL-8-face.dcm")
    ds = pydicom.dcmread(src, force=True)
    ds.file_meta.TransferSyntaxUID = pydicom.uid.ExplicitVRLittleEndian  # the file names none
    rgb = apply_color_lut(ds.pixel_array, ds).astype(np.float32)
    lum = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    xray = read_xray(src)
    assert np.corrcoef(xray.pixels.ravel(), lum.ravel())[0, 1] > 0.99


def test_knee_is_refused_not_chest():
    err = refusal(pydicom_data("RG3_UNCI.dcm"))
    assert err.code == "not_chest"


@pytest.mark.parametrize(("name", "where"), [("CT_small.dcm", "pydicom"), ("MR_small.dcm", "pydicom"),
                                             ("US1_UNCI.dcm", "data"), ("JPEG2000.dcm", "pydicom"),
                                             ("693_J2KR.dcm", "data")])
def test_ct_mr_us_nm_files_are_refused_not_xray(name, where):
    err = refusal(pydicom_testfile(name) if where == "pydicom" else pydicom_data(name))
    assert err.code == "not_xray"
    assert "X-ray" in err.message


@pytest.mark.parametrize(("name", "words"), [("rtdose.dcm", "radiotherapy dose"),
                                             ("rtplan.dcm", "radiotherapy plan"),
                                             ("rtstruct.dcm", "radiotherapy"),
                                             ("test-SR.dcm", "report"),
                                             ("waveform_ecg.dcm", "ECG (a heart tracing)"),
                                             ("liver_1frame.dcm", "segmentation")])
def test_other_dicom_objects_are_named_in_plain_words(name, words):
    """Real PACS objects that are not images of a patient: the message names them in words a
    health worker knows (it said "This is a RTDOSE image", "a ECG image") and says what to do."""
    err = refusal(pydicom_testfile(name))
    assert err.code == "not_xray"
    assert words in err.message and "Choose the child's chest X-ray" in err.message
    assert " a RT" not in err.message and " a ECG" not in err.message and " a SR " not in err.message


def test_a_camera_photograph_is_refused_by_its_modality(tmp_path):
    """XC is DICOM's "external-camera photography" (a photo of a wound, a rash, a face), not an
    X-ray: it was among the radiograph modalities and reached the pixel check."""
    dest = relabel(pydicom_data("RG1_UNCI.dcm"), tmp_path / "xc.dcm", Modality="XC")
    err = refusal(dest)
    assert err.code == "not_xray" and "photograph" in err.message


def test_an_unknown_modality_is_refused_in_a_whole_sentence(tmp_path):
    dest = relabel(pydicom_data("RG1_UNCI.dcm"), tmp_path / "xx.dcm", Modality="ZZ")
    err = refusal(dest)
    assert err.code == "not_xray"
    assert "ZZ" in err.message and "a ZZ image" not in err.message
    assert "Choose the child's chest X-ray" in err.message


def test_multi_frame_is_refused_unsupported(tmp_path):
    src = pydicom_data("emri_small.dcm")  # 10 frames
    dest = relabel(src, tmp_path / "multi.dcm", Modality="DX", BodyPartExamined="CHEST")
    assert refusal(dest).code == "unsupported"


# --- metadata -----------------------------------------------------------------------------


def test_study_info_has_what_a_case_record_needs():
    info = read_xray(make_dicom()).info
    assert info.patient_id == "P-0042"
    assert info.patient_name == "Doe Jane"
    assert info.patient_sex == "F"
    assert info.patient_age == "004Y"
    assert info.birth_date == "20210304"
    assert info.study_date == "20250102"
    assert info.study_time == "101530"
    assert info.modality == "CR"
    assert info.body_part == "CHEST"
    assert info.view_position == "AP"
    assert info.manufacturer == "ACME Imaging"
    assert info.institution == "District Hospital"
    for uid in (info.study_uid, info.series_uid, info.sop_uid):
        assert uid.startswith("1.2.") and len(uid) <= 64
    assert info.sop_class_uid == "1.2.840.10008.5.1.4.1.1.1"
    assert len({info.study_uid, info.series_uid, info.sop_uid}) == 3


def test_study_info_of_the_real_chest():
    info = read_xray(shared("real_dicom", SIIM_JPEG)).info
    assert info.modality == "CR" and info.view_position == "PA"
    assert info.sop_uid and info.study_uid and info.series_uid


def test_missing_header_fields_are_empty_strings():
    info = read_xray(make_dicom(PatientName=None, PatientSex=None, BodyPartExamined=None,
                                ViewPosition=None, Modality=None)).info
    assert info.patient_name == info.patient_sex == info.body_part == info.view_position == ""


# --- windowing ----------------------------------------------------------------------------


def ramp16(lo=0, hi=4000, shape=(256, 256)) -> np.ndarray:
    return np.linspace(lo, hi, shape[0] * shape[1]).reshape(shape).astype(np.uint16)


def test_window_center_width_is_honoured():
    xray = read_xray(make_dicom(ramp16(), WindowCenter=1000, WindowWidth=1000))
    assert xray.window == (1000.0, 1000.0)
    raw = ramp16().astype(np.float32)
    assert (xray.pixels[raw <= 490] == 0).all()
    assert (xray.pixels[raw >= 1510] == 1).all()
    mid = np.abs(raw - 1000) < 3
    assert np.allclose(xray.pixels[mid], 0.5, atol=0.01)


def test_sigmoid_voi_lut_function_is_honoured():
    """Regression: VOILUTFunction SIGMOID was decoded as a linear window (PS3.3 C.11.2.1.3.1)."""
    raw = ramp16().astype(np.float64)
    xray = read_xray(make_dicom(ramp16(), WindowCenter=1000, WindowWidth=1000,
                                VOILUTFunction="SIGMOID"))
    expected = 1.0 / (1.0 + np.exp(-4.0 * (raw - 1000.0) / 1000.0))
    np.testing.assert_allclose(xray.pixels, expected, atol=1e-5)
    assert xray.pixels[raw <= 490].min() > 0  # a sigmoid never clips, a linear window does
    assert xray.voi_function == "SIGMOID"


def test_rescale_slope_and_intercept_apply_before_the_window():
    # stored 0..4000, slope 2, intercept -1000 -> modality values -1000..7000; window 3000 +- 500
    xray = read_xray(make_dicom(ramp16(), RescaleSlope="2", RescaleIntercept="-1000",
                                WindowCenter=3000, WindowWidth=1000))
    modality = ramp16().astype(np.float32) * 2 - 1000
    np.testing.assert_allclose(xray.raw, modality, atol=1e-3)
    assert np.allclose(xray.pixels[np.abs(modality - 3000) < 4], 0.5, atol=0.01)
    assert (xray.pixels[modality < 2400] == 0).all()


def test_without_window_a_robust_percentile_window_is_used():
    arr = ramp16(1000, 2000)
    arr[0, :5] = 65000  # a few hot pixels must not squash the whole image into black
    xray = read_xray(make_dicom(arr))
    assert xray.window is None
    assert xray.pixels.std() > 0.2
    assert np.median(xray.pixels) == pytest.approx(0.5, abs=0.05)


def test_bits_stored_masks_bits_above_the_stored_range():
    arr = ramp16(0, 4095)
    dirty = arr | np.uint16(0xF000)  # garbage (e.g. overlay) in the four unused high bits
    clean = read_xray(make_dicom(arr, BitsStored=12, HighBit=11))
    masked = read_xray(make_dicom(dirty, BitsStored=12, HighBit=11))
    np.testing.assert_allclose(masked.pixels, clean.pixels, atol=1e-6)


def test_signed_pixels_with_window():
    arr = np.linspace(-2000, 2000, 256 * 256).reshape(256, 256).astype(np.int16)
    xray = read_xray(make_dicom(arr, WindowCenter=0, WindowWidth=2000))
    assert xray.pixels[arr < -1010].max() == 0 and xray.pixels[arr > 1010].min() == 1
    assert_contract(xray)


def test_voi_lut_sequence_is_honoured():
    """vlut_04 carries a VOI LUT: the output follows the LUT, not a linear window."""
    import pydicom
    from pydicom.pixels import apply_voi_lut

    src = pydicom_data("vlut_04.dcm")
    ds = pydicom.dcmread(src)
    assert "VOILUTSequence" in ds
    expected = apply_voi_lut(ds.pixel_array, ds, prefer_lut=True).astype(np.float32)
    top = 2 ** int(ds.VOILUTSequence[0].LUTDescriptor[2]) - 1
    xray = read_xray(src)
    np.testing.assert_allclose(xray.pixels, np.clip(expected / top, 0, 1), atol=1e-5)


def _voi_lut_item(entries: int, first: int, data: list[int], bits: int = 16):
    from pydicom.dataset import Dataset

    item = Dataset()
    item.LUTDescriptor = [entries, first, bits]
    item.LUTData = data
    item["LUTData"].VR = "US"
    return item


def test_voi_lut_applies_to_rescaled_values():
    """Regression: the VOI LUT was indexed with stored values, ignoring Rescale Intercept."""
    from pydicom.sequence import Sequence

    stored = ramp16(1000, 3000)  # modality values 0..2000 after intercept -1000
    lut = _voi_lut_item(2001, 0, [int(v) for v in np.linspace(0, 65535, 2001)])
    xray = read_xray(make_dicom(stored, RescaleIntercept="-1000", RescaleSlope="1",
                                VOILUTSequence=Sequence([lut])))
    expected = (stored.astype(np.float32) - 1000) / 2000
    np.testing.assert_allclose(xray.pixels, expected, atol=2e-3)


def test_modality_lut_sequence_is_honoured():
    """Regression: a Modality LUT Sequence (mlut_18) was ignored, so raw values were wrong."""
    import pydicom
    from pydicom.pixels import apply_modality_lut

    src = pydicom_data("mlut_18.dcm")
    ds = pydicom.dcmread(src)
    assert "ModalityLUTSequence" in ds
    xray = read_xray(src)
    np.testing.assert_allclose(xray.raw, apply_modality_lut(ds.pixel_array, ds), atol=1e-3)
    assert_contract(xray)


def test_malformed_voi_lut_falls_back_to_a_window():
    from pydicom.sequence import Sequence

    bad = _voi_lut_item(10, 0, [1, 2, 3], bits=3)  # 3-bit entries: not allowed
    xray = read_xray(make_dicom(ramp16(), VOILUTSequence=Sequence([bad])))
    assert_contract(xray)
    assert xray.pixels.std() > 0.2


def test_monochrome1_flag_inverts_the_synthetic_image():
    a = read_xray(make_dicom(ramp16(), WindowCenter=2000, WindowWidth=4000))
    b = read_xray(make_dicom(ramp16(), WindowCenter=2000, WindowWidth=4000,
                             PhotometricInterpretation="MONOCHROME1"))
    np.testing.assert_allclose(a.pixels + b.pixels, 1.0, atol=1e-6)


# --- refusals -----------------------------------------------------------------------------


@pytest.mark.parametrize("modality", ["CT", "MR", "US", "NM", "PT", "XA", "RF", "SR", "SEG"])
def test_non_radiograph_modalities_are_refused(modality):
    err = refusal(make_dicom(Modality=modality))
    assert err.code == "not_xray"


@pytest.mark.parametrize("modality", ["CR", "DX", "DR", "RG", ""])
def test_radiograph_modalities_are_accepted(modality):
    assert_contract(read_xray(make_dicom(Modality=modality or None)))


@pytest.mark.parametrize(("attrs", "code"), [
    ({"Modality": "MG"}, "not_chest"),
    ({"BodyPartExamined": "KNEE"}, "not_chest"),
    ({"BodyPartExamined": "BREAST"}, "not_chest"),
    ({"BodyPartExamined": "HIP"}, "not_chest"),
    ({"ViewPosition": "LL"}, "lateral_view"),
    ({"ViewPosition": "RL"}, "lateral_view"),
    ({"ViewPosition": "LAT"}, "lateral_view"),
])
def test_clinical_refusals(attrs, code):
    err = refusal(make_dicom(**attrs))
    assert err.code == code
    assert err.message.endswith(".")


@pytest.mark.parametrize("part", ["CHEST", "THORAX", "chest", "LUNG", "PORT CHEST"])
def test_chest_body_parts_are_accepted(part):
    assert read_xray(make_dicom(BodyPartExamined=part)).info.body_part == part.upper()


@pytest.mark.parametrize("view", ["PA", "AP", ""])
def test_frontal_views_are_accepted(view):
    assert_contract(read_xray(make_dicom(ViewPosition=view or None)))


def test_no_pixel_data_is_unreadable():
    err = refusal(make_dicom(PixelData=None))
    assert err.code == "unreadable"
    assert "no image" in err.message


def test_declared_60000_square_is_too_large_before_decoding():
    # The pixel data is tiny: a decoder would fail, so "too_large" proves the header check ran first.
    err = refusal(make_dicom(Rows=60000, Columns=60000))
    assert err.code == "too_large"
    assert "60000" in err.message


def test_small_dicom_is_too_small():
    err = refusal(make_dicom(np.zeros((120, 300), np.uint16)))
    assert err.code == "too_small"


def test_multi_frame_synthetic_is_unsupported():
    two = np.zeros((2, 256, 256), np.uint16)
    err = refusal(make_dicom(two[0], NumberOfFrames=2, PixelData=two.tobytes()))
    assert err.code == "unsupported"
    assert "2 images" in err.message
    assert "Export the frontal chest image on its own" in err.message  # what to do


def test_an_image_with_no_pixels_says_what_to_do():
    from cxrscreen.core.xray.contract import check_declared_size

    with pytest.raises(ImageRefused) as err:
        check_declared_size(0, 512)
    assert err.value.code == "unreadable" and "Export the X-ray again" in err.value.message


def test_encoding_without_decoder_is_unsupported():
    data = make_dicom()
    import io

    import pydicom

    ds = pydicom.dcmread(io.BytesIO(data))
    ds.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2.4.100"  # MPEG-2: no decoder anywhere
    ds.PixelData = pydicom.encaps.encapsulate([b"\0" * 100])
    buf = io.BytesIO()
    ds.save_as(buf)
    err = refusal(buf.getvalue())
    assert err.code == "unsupported"
    assert "encoding" in err.message


def test_absurd_window_falls_back_to_the_percentile_window(tmp_path):
    """Regression: Window Width 1e308 turned a real chest into a flat grey image that was still
    scored."""
    import pydicom

    ds = pydicom.dcmread(shared("real_dicom", RG1_J2K_CHEST))
    ds.WindowCenter, ds.WindowWidth = "0", "1e308"
    path = tmp_path / "absurd.dcm"
    ds.save_as(path)
    xray = read_xray(path)
    assert float(xray.pixels.std()) > 0.05
    assert xray.window is None
