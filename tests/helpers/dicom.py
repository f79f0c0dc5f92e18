"""Build and transcode DICOM files for tests (pydicom only; everything written to tmp paths)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

CR_SOP_CLASS = "1.2.840.10008.5.1.4.1.1.1"  # Computed Radiography Image Storage


class Raw(str):
    """A header value written as raw bytes (VR UN) so that invalid values reach the reader."""


def make_dicom(pixels: np.ndarray | None = None, *, preamble: bool = True, **attrs) -> bytes:
    """A small valid single-frame CR file (explicit VR little endian). ``attrs`` set or, with the
    value None, delete data elements by keyword; a :class:`Raw` value is written unchecked."""
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid

    if pixels is None:
        yy, xx = np.mgrid[0:256, 0:256]
        pixels = (xx * 12 + yy * 4).astype(np.uint16)  # 0..4080: 12-bit content
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CR_SOP_CLASS
    sop = generate_uid()
    meta.MediaStorageSOPInstanceUID = sop
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = CR_SOP_CLASS
    ds.SOPInstanceUID = sop
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.PatientID = "P-0042"
    ds.PatientName = "Doe^Jane"
    ds.PatientSex = "F"
    ds.PatientAge = "004Y"
    ds.PatientBirthDate = "20210304"
    ds.StudyDate = "20250102"
    ds.StudyTime = "101530"
    ds.Modality = "CR"
    ds.BodyPartExamined = "CHEST"
    ds.ViewPosition = "AP"
    ds.Manufacturer = "ACME Imaging"
    ds.InstitutionName = "District Hospital"
    ds.AccessionNumber = "A123"
    ds.Rows, ds.Columns = pixels.shape
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    signed = pixels.dtype.kind == "i"
    ds.BitsAllocated = pixels.dtype.itemsize * 8
    ds.BitsStored = ds.BitsAllocated
    ds.HighBit = ds.BitsStored - 1
    ds.PixelRepresentation = 1 if signed else 0
    ds.PixelData = np.ascontiguousarray(pixels).tobytes()
    from pydicom.dataelem import DataElement
    from pydicom.datadict import tag_for_keyword

    patches: list[tuple[int, bytes]] = []
    for key, value in attrs.items():
        if value is None:
            if key in ds:
                delattr(ds, key)
        elif isinstance(value, Raw):
            raw = value.encode("latin-1")
            raw += b" " * (len(raw) % 2)
            # A valid placeholder of the same length, patched with the raw bytes after writing.
            ds.add(DataElement(tag_for_keyword(key), _vr(key), "1" * len(raw) if _vr(key) == "DS"
                               else "A" * len(raw)))
            patches.append((tag_for_keyword(key), raw))
        else:
            setattr(ds, key, value)
    buf = io.BytesIO()
    if preamble:
        ds.save_as(buf, enforce_file_format=True)
    else:  # no preamble, no file meta: the dataset starts at (0008,xxxx)
        del ds.file_meta
        ds.save_as(buf, implicit_vr=False, little_endian=True)
    data = bytearray(buf.getvalue())
    for tag, raw in patches:
        marker = (tag >> 16).to_bytes(2, "little") + (tag & 0xFFFF).to_bytes(2, "little")
        at = data.index(marker, 132) + 8  # tag (4), VR (2), length (2)
        data[at:at + len(raw)] = raw
    return bytes(data)


def _vr(keyword: str) -> str:
    from pydicom.datadict import dictionary_VR

    return dictionary_VR(keyword)


def relabel(path: Path, dest: Path, **attrs) -> Path:
    """Copy a real file with some header elements changed (pixel data untouched, still encoded)."""
    import pydicom

    ds = pydicom.dcmread(path, force=True)
    for key, value in attrs.items():
        if value is None:
            if key in ds:
                delattr(ds, key)
        else:
            setattr(ds, key, value)
    ds.save_as(dest)
    return dest


def transcode(path: Path, dest: Path, syntax: str) -> Path:
    """Re-encode a real single-frame file: "implicit", "big_endian", "rle", "jpegls",
    "jpegls_near", "j2k_lossless", "deflated"."""
    import pydicom
    from pydicom import uid

    ds = pydicom.dcmread(path)
    if syntax in ("implicit", "big_endian", "deflated"):
        arr = ds.pixel_array
        if ds.file_meta.TransferSyntaxUID.is_compressed:
            ds.decompress()
        if syntax == "implicit":
            ds.file_meta.TransferSyntaxUID = uid.ImplicitVRLittleEndian
            ds.save_as(dest, implicit_vr=True, little_endian=True)
        elif syntax == "deflated":
            ds.file_meta.TransferSyntaxUID = uid.DeflatedExplicitVRLittleEndian
            ds.save_as(dest)
        else:
            # Big endian: pydicom will not flip a read dataset's endianness, so copy the
            # elements into a fresh dataset, and swap the OW pixel bytes by hand.
            from pydicom.dataset import Dataset
            from pydicom.filewriter import dcmwrite

            fresh = Dataset()
            for elem in ds:
                fresh.add(elem)
            fresh.file_meta = ds.file_meta
            fresh.file_meta.TransferSyntaxUID = uid.ExplicitVRBigEndian
            if ds.BitsAllocated > 8:
                fresh.PixelData = arr.astype(arr.dtype.newbyteorder(">")).tobytes()
                fresh["PixelData"].VR = "OW"
            fresh.preamble = b"\0" * 128
            dcmwrite(dest, fresh, implicit_vr=False, little_endian=False, enforce_file_format=True)
        return dest
    targets = {"rle": (uid.RLELossless, {}),
               "jpegls": (uid.JPEGLSLossless, {}),
               "jpegls_near": (uid.JPEGLSNearLossless, {"jls_error": 3}),
               "j2k_lossless": (uid.JPEG2000Lossless, {})}
    target, kwargs = targets[syntax]
    ds.compress(target, **kwargs)
    ds.save_as(dest)
    return dest
