"""DICOM decoding into the pixel contract (see imaging.py), with the checks that refuse what is not
a frontal chest radiograph."""

from __future__ import annotations

import io

import numpy as np

from ..errors import ImageRefused
from ..i18n import QT_TRANSLATE_NOOP, translate
from .contract import StudyInfo, XRay, check_declared_size, percentile_window
from .check_contract import colour_fraction

# Radiographs, and the catch-alls that exports use (OT other, SC secondary capture): the pixels
# decide for those. (XC is external-camera photography: a photograph, named below.)
RADIOGRAPH_MODALITIES = {"", "CR", "DX", "DR", "RG", "OT", "SC"}
NOT_CHEST_MODALITIES = {
    "MG": QT_TRANSLATE_NOOP("Modality", "a mammogram"),
    "IO": QT_TRANSLATE_NOOP("Modality", "a dental X-ray"),
    "PX": QT_TRANSLATE_NOOP("Modality", "a dental X-ray"),
}
LATERAL_VIEWS = {"LL", "RL", "LAT", "LATERAL", "LLD", "RLD"}
CHEST_WORDS = ("CHEST", "THORAX", "LUNG", "TORAX", "THORAC", "POITRINE")
MODALITY_NAMES = {
    "CT": QT_TRANSLATE_NOOP("Modality", "a CT scan"),
    "MR": QT_TRANSLATE_NOOP("Modality", "an MRI scan"),
    "US": QT_TRANSLATE_NOOP("Modality", "an ultrasound"),
    "NM": QT_TRANSLATE_NOOP("Modality", "a nuclear medicine image"),
    "PT": QT_TRANSLATE_NOOP("Modality", "a PET scan"),
    "XA": QT_TRANSLATE_NOOP("Modality", "an angiography image"),
    "RF": QT_TRANSLATE_NOOP("Modality", "a fluoroscopy image"),
    "ES": QT_TRANSLATE_NOOP("Modality", "an endoscopy image"),
    "OP": QT_TRANSLATE_NOOP("Modality", "an eye photograph"),
    "XC": QT_TRANSLATE_NOOP("Modality", "a camera photograph"),
    "GM": QT_TRANSLATE_NOOP("Modality", "a microscope image"),
    "OCT": QT_TRANSLATE_NOOP("Modality", "an eye scan (OCT)"),
    "SM": QT_TRANSLATE_NOOP("Modality", "a microscope slide image"),
    "IVUS": QT_TRANSLATE_NOOP("Modality", "an ultrasound from inside a blood vessel"),
    # Objects a PACS holds beside the images: named, so that nobody reads "a RTDOSE image".
    "RTDOSE": QT_TRANSLATE_NOOP("Modality", "a radiotherapy dose file"),
    "RTPLAN": QT_TRANSLATE_NOOP("Modality", "a radiotherapy plan"),
    "RTSTRUCT": QT_TRANSLATE_NOOP("Modality", "a radiotherapy structure set (outlines)"),
    "RTRECORD": QT_TRANSLATE_NOOP("Modality", "a radiotherapy treatment record"),
    "SEG": QT_TRANSLATE_NOOP("Modality", "a segmentation (outlines drawn over a scan)"),
    "SR": QT_TRANSLATE_NOOP("Modality", "a report (DICOM structured report)"),
    "DOC": QT_TRANSLATE_NOOP("Modality", "a document"),
    "KO": QT_TRANSLATE_NOOP("Modality", "a note that marks key images"),
    "PR": QT_TRANSLATE_NOOP("Modality", "a display-settings file (presentation state)"),
    "ECG": QT_TRANSLATE_NOOP("Modality", "an ECG (a heart tracing)"),
    "HD": QT_TRANSLATE_NOOP("Modality", "a waveform recording"),
    "AU": QT_TRANSLATE_NOOP("Modality", "a sound recording"),
    "REG": QT_TRANSLATE_NOOP("Modality", "an image registration file"),
}


def read_dicom(data: bytes, check_tags: bool = True) -> XRay:
    """``check_tags=False`` reads the pixels of what the tags say is not a chest radiograph
    (training uses it for the input check's negatives; the application never does)."""
    import pydicom
    from pydicom.errors import BytesLengthException, InvalidDicomError

    try:
        ds = pydicom.dcmread(io.BytesIO(data), force=True)
        # Touch the attributes we rely on so that a damaged header fails here, not later.
        _ = ds.get("Modality"), ds.get("Rows"), ds.get("Columns")
    except (InvalidDicomError, BytesLengthException, EOFError, ValueError, TypeError, KeyError,
            IndexError, AttributeError, OverflowError, NotImplementedError, OSError) as exc:
        raise ImageRefused(
            "unreadable",
            QT_TRANSLATE_NOOP("Refusal", "The DICOM file is damaged or incomplete ({error}). "
                              "Export it again."),
            error=type(exc).__name__) from None
    info = study_info(ds)
    if check_tags:
        check_clinical(info)
    if "PixelData" not in ds and "FloatPixelData" not in ds:
        raise ImageRefused(
            "unreadable",
            QT_TRANSLATE_NOOP("Refusal", "This DICOM file holds no image (it may be a report or a "
                              "study list). Export the X-ray image itself."),
        )
    rows, cols = _int(ds.get("Rows")), _int(ds.get("Columns"))
    check_declared_size(rows, cols)
    frames = _int(ds.get("NumberOfFrames") or 1)
    if frames > 1:
        raise ImageRefused(
            "unsupported",
            QT_TRANSLATE_NOOP("Refusal", "This DICOM file holds {frames} images (a series or a cine "
                              "loop); only a single X-ray image can be screened. Export the "
                              "frontal chest image on its own and try again."),
            frames=frames)
    _ensure_transfer_syntax(ds)
    raw, colour = _decode(ds)
    return _to_contract(ds, raw, info, colour)


def _ensure_transfer_syntax(ds) -> None:
    """Files without file meta (no preamble, or written by old consoles) do not name their
    transfer syntax; pydicom then cannot decode the pixels. Such files are always uncompressed,
    so the encoding pydicom detected while reading the header names it."""
    from pydicom.dataset import FileMetaDataset
    from pydicom.uid import ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian

    meta = getattr(ds, "file_meta", None)
    if meta is not None and meta.get("TransferSyntaxUID"):
        return
    implicit, little = ds.original_encoding
    if implicit is None or little is None:
        return
    if meta is None:
        meta = ds.file_meta = FileMetaDataset()
    if implicit:
        meta.TransferSyntaxUID = ImplicitVRLittleEndian
    else:
        meta.TransferSyntaxUID = ExplicitVRLittleEndian if little else ExplicitVRBigEndian


def study_info(ds) -> StudyInfo:
    def text(keyword: str) -> str:
        try:
            value = ds.get(keyword)
        except Exception:  # a damaged element must not hide the rest of the header
            return ""
        if value is None:
            return ""
        if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue":
            value = "\\".join(str(v) for v in value)
        return str(value).strip()

    return StudyInfo(
        patient_id=text("PatientID"),
        patient_name=text("PatientName").replace("^", " ").strip(),
        patient_sex=text("PatientSex").upper(),
        patient_age=text("PatientAge"),
        birth_date=text("PatientBirthDate"),
        study_date=text("StudyDate"),
        study_time=text("StudyTime"),
        modality=text("Modality").upper(),
        body_part=text("BodyPartExamined").upper(),
        view_position=text("ViewPosition").upper(),
        manufacturer=text("Manufacturer"),
        institution=text("InstitutionName"),
        study_uid=text("StudyInstanceUID"),
        series_uid=text("SeriesInstanceUID"),
        sop_uid=text("SOPInstanceUID"),
        sop_class_uid=text("SOPClassUID"),
        accession_number=text("AccessionNumber"),
    )


def check_clinical(info: StudyInfo) -> None:
    """Refuse images that are declared to be something other than a frontal chest radiograph."""
    modality = info.modality
    if modality in NOT_CHEST_MODALITIES:
        raise ImageRefused(
            "not_chest",
            QT_TRANSLATE_NOOP("Refusal", "This is {kind}: only frontal chest X-rays can be screened."),
            kind=translate("Modality", NOT_CHEST_MODALITIES[modality]))
    if modality not in RADIOGRAPH_MODALITIES:
        if modality in MODALITY_NAMES:
            raise ImageRefused(
                "not_xray",
                QT_TRANSLATE_NOOP("Refusal", "This is {kind}, not an X-ray radiograph: only "
                                  "frontal chest X-rays can be screened. Choose the child's "
                                  "chest X-ray file and try again."),
                kind=translate("Modality", MODALITY_NAMES[modality]))
        raise ImageRefused(
            "not_xray",
            QT_TRANSLATE_NOOP("Refusal", "This file is marked as {modality}, not as an X-ray "
                              "radiograph: only frontal chest X-rays can be screened. Choose the "
                              "child's chest X-ray file and try again."),
            modality=modality)
    part = info.body_part
    if part and not any(word in part for word in CHEST_WORDS):
        if "BREAST" in part or "MAMM" in part:
            raise ImageRefused(
                "not_chest",
                QT_TRANSLATE_NOOP("Refusal", "This is {kind}: only frontal chest X-rays can be screened."),
                kind=translate("Modality", NOT_CHEST_MODALITIES["MG"]))
        name = part.lower().replace("_", " ")
        template = (QT_TRANSLATE_NOOP("Refusal", "This is an {part} X-ray: only frontal chest X-rays "
                                      "can be screened. Choose or take a frontal chest X-ray.")
                    if name[:1] in "aeiou" else
                    QT_TRANSLATE_NOOP("Refusal", "This is a {part} X-ray: only frontal chest X-rays "
                                      "can be screened. Choose or take a frontal chest X-ray."))
        raise ImageRefused("not_chest", template, part=name)
    if info.view_position in LATERAL_VIEWS:
        raise ImageRefused(
            "lateral_view",
            QT_TRANSLATE_NOOP("Refusal", "This is a side (lateral) view: only frontal chest X-rays "
                              "(PA or AP) can be screened. Choose the frontal image of the study."),
        )


def _decode(ds) -> tuple[np.ndarray, float]:
    """Stored values (grey, or colour turned to luminance) and the share of coloured pixels."""
    colour = 0.0
    tsyntax = getattr(getattr(ds, "file_meta", None), "TransferSyntaxUID", None)
    encoding = getattr(tsyntax, "name", str(tsyntax))
    try:
        arr = ds.pixel_array
    except (NotImplementedError, ImportError):
        raise _no_decoder(encoding) from None
    except RuntimeError as exc:
        if "plugin" in str(exc).lower() or "no pixel data decoders" in str(exc).lower():
            raise _no_decoder(encoding) from None
        raise _damaged(exc) from None
    except Exception as exc:  # decoders raise many types on damaged data; all mean the same here
        raise _damaged(exc) from None
    if str(ds.get("PhotometricInterpretation", "")).strip().upper() == "PALETTE COLOR":
        # The stored values are palette indices, not brightness: look the colours up first.
        from pydicom.pixels import apply_color_lut

        try:
            arr = apply_color_lut(arr, ds)
        except Exception as exc:  # a missing or malformed palette
            raise _damaged(exc) from None
    if arr.ndim == 3 and arr.shape[-1] in (3, 4):
        colour = colour_fraction(_as_8bit_rgb(arr[..., :3], ds))
        arr = arr[..., :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
    if arr.ndim != 2:
        raise ImageRefused("unsupported", QT_TRANSLATE_NOOP(
            "Refusal", "This DICOM image has an unexpected shape and cannot be screened."))
    return arr, colour


def _as_8bit_rgb(rgb: np.ndarray, ds) -> np.ndarray:
    """Colour samples scaled to 0..255 for the colour measure (16-bit secondary captures)."""
    if rgb.dtype == np.uint8:
        return rgb
    bits = _int(ds.get("BitsStored") or 0) or rgb.dtype.itemsize * 8
    return (rgb.astype(np.float32) * np.float32(255.0 / max(1, (1 << bits) - 1))).astype(np.uint8)


def _damaged(exc: BaseException) -> ImageRefused:
    return ImageRefused(
        "unreadable",
        QT_TRANSLATE_NOOP("Refusal", "The image data in this DICOM file is damaged or incomplete "
                          "({error}). Export the X-ray again."),
        error=type(exc).__name__)


def _no_decoder(encoding: str) -> ImageRefused:
    return ImageRefused(
        "unsupported",
        QT_TRANSLATE_NOOP("Refusal", "This DICOM encoding ({encoding}) cannot be decoded here. "
                          "Export the image uncompressed or as JPEG."),
        encoding=encoding)


def _to_contract(ds, arr: np.ndarray, info: StudyInfo, colour: float = 0.0) -> XRay:
    samples = _int(ds.get("SamplesPerPixel") or 1)
    if str(ds.get("PhotometricInterpretation", "")).strip().upper() == "PALETTE COLOR":
        samples = 3  # decoded to colour, then luminance: no grey-level window applies
    if samples == 1 and np.issubdtype(arr.dtype, np.integer):
        bits_stored = _int(ds.get("BitsStored") or 0)
        if ds.get("PixelRepresentation", 0) == 0 and 0 < bits_stored < arr.dtype.itemsize * 8:
            arr = arr & np.array((1 << bits_stored) - 1, dtype=arr.dtype)
    values = _modality_values(ds, arr, grey=samples == 1)
    window = None
    function = _voi_function(ds)
    if samples == 1 and "VOILUTSequence" in ds:
        # The VOI LUT maps modality values (after rescale), not stored values (PS3.3 C.11.2).
        pixels = _apply_voi_lut(ds, values)
    else:
        window = _window(ds) if samples == 1 else None
        pixels = apply_window(values, *window, function) if window else percentile_window(values)
        if window and float(pixels.std()) < 0.01 < float(percentile_window(values).std()):
            # A window that flattens a varied image (absurd width, or a centre far outside the
            # data) is a broken header, not a choice: fall back to the robust window.
            window, pixels = None, percentile_window(values)
    inverted = str(ds.get("PhotometricInterpretation", "")).strip().upper() == "MONOCHROME1"
    if inverted:
        pixels = 1.0 - pixels
    if not np.isfinite(pixels).all():
        raise ImageRefused("unreadable", QT_TRANSLATE_NOOP(
            "Refusal", "The image data in this DICOM file is damaged."))
    return XRay(
        pixels=np.ascontiguousarray(pixels, dtype=np.float32),
        source_format="dicom",
        info=info,
        raw=values,
        window=window,
        inverted=inverted,
        voi_function=function,
        colour_fraction=colour,
    )


VOI_FUNCTIONS = ("LINEAR", "LINEAR_EXACT", "SIGMOID")


def apply_window(values: np.ndarray, center: float, width: float,
                 function: str = "LINEAR") -> np.ndarray:
    """A DICOM VOI window (PS3.3 C.11.2.1.2, any VOI LUT Function) on modality values, mapped
    to [0, 1] by pydicom's ``apply_windowing``.

    The window is described by a dataset of its own whose output range is 0..1 (unsigned, one
    bit stored), so the values need no rescale afterwards and a viewer can re-window raw values
    without the file's dataset."""
    from pydicom.dataset import Dataset
    from pydicom.pixels import apply_windowing
    from pydicom.valuerep import DSfloat

    voi = Dataset()
    voi.PhotometricInterpretation = "MONOCHROME2"
    voi.BitsStored, voi.PixelRepresentation = 1, 0
    voi.WindowCenter = DSfloat(float(center), auto_format=True)
    voi.WindowWidth = DSfloat(max(float(width), 1.0), auto_format=True)
    voi.VOILUTFunction = function if function in VOI_FUNCTIONS else "LINEAR"
    return np.asarray(apply_windowing(values, voi), dtype=np.float32)


def _voi_function(ds) -> str:
    """VOI LUT Function (0028,1056); LINEAR when absent or not one the standard defines."""
    function = str(ds.get("VOILUTFunction", "") or "LINEAR").strip().upper()
    return function if function in VOI_FUNCTIONS else "LINEAR"


def _window(ds) -> tuple[float, float] | None:
    center, width = ds.get("WindowCenter"), ds.get("WindowWidth")
    if center is None or width is None:
        return None
    try:
        c = float(center[0] if _is_multi(center) else center)
        w = float(width[0] if _is_multi(width) else width)
    except (TypeError, ValueError, IndexError):
        return None
    if not np.isfinite(c) or not np.isfinite(w) or w <= 1:
        return None
    return (c, w)


def _modality_values(ds, arr: np.ndarray, grey: bool) -> np.ndarray:
    """Stored values to modality values by pydicom's ``apply_modality_lut``: the Modality LUT
    Sequence, else Rescale Slope and Intercept (PS3.3 C.11.1). A malformed LUT falls back to the
    rescale; a slope or intercept that is not a finite number counts as absent."""
    from pydicom.dataset import Dataset
    from pydicom.pixels import apply_modality_lut
    from pydicom.valuerep import DSfloat

    if grey and "ModalityLUTSequence" in ds:
        try:
            return np.asarray(apply_modality_lut(arr, ds), dtype=np.float32)
        except Exception:  # a malformed LUT: fall back to the rescale attributes
            pass
    slope = _float(ds.get("RescaleSlope"), 1.0)
    intercept = _float(ds.get("RescaleIntercept"), 0.0)
    values = arr.astype(np.float32)
    if slope == 1.0 and intercept == 0.0:
        return values
    rescale = Dataset()  # only the checked attributes, so a broken header cannot reach pydicom
    rescale.RescaleSlope = DSfloat(slope, auto_format=True)
    rescale.RescaleIntercept = DSfloat(intercept, auto_format=True)
    return np.asarray(apply_modality_lut(values, rescale), dtype=np.float32)


def _apply_voi_lut(ds, values: np.ndarray) -> np.ndarray:
    from pydicom.pixels import apply_voi_lut

    try:
        index = np.rint(values).astype(np.int64)  # LUT inputs are integers
        out = apply_voi_lut(index, ds, index=0, prefer_lut=True).astype(np.float32)
        descriptor = ds.VOILUTSequence[0].LUTDescriptor
        top = float(2 ** int(descriptor[2]) - 1)
    except Exception:  # a malformed LUT: fall back to the robust window rather than refuse
        return percentile_window(values)
    return np.clip(out / np.float32(top), 0.0, 1.0)


def _is_multi(value) -> bool:
    return isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue"


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _float(value, default: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return default
    return v if np.isfinite(v) else default

