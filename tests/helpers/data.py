"""Where the real test data lives, and a clear skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = Path(os.environ.get("CXRSCREEN_SHARED_DATA", REPO.parent / "shared" / "data"))
REAL_DICOM = SHARED_DATA / "real_dicom"
REAL_IMAGES = SHARED_DATA / "real_images"
CHEST_TRAIN = SHARED_DATA / "chest_xray" / "train"

RG1_J2K_CHEST = "WG04_RG1_J2KI_chest_CR.dcm"
SIIM_JPEG = "SIIM_chest_CR_jpeg_baseline.dcm"
SIIM_MONO1 = "SIIM_chest_CR_tagged_MONOCHROME1.dcm"
RG2_HIP = "WG04_RG2_RLE_hip_CR.dcm"
NIH_PNG = "NIH_00000001_000.png"
TBX_RGB_PNG = "TBX11K_h0001_rgb.png"


def shared(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with the reason when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared test data {path} (../shared/data beside the repository), "
                    "which is not present on this machine")
    return path


def shared_files(folder: str) -> list[Path]:
    """Every file in a shared data folder (empty list when absent: parametrisation then skips)."""
    path = SHARED_DATA / folder
    return sorted(p for p in path.iterdir() if p.is_file() and p.name != "README.md") if path.is_dir() else []


def chest_jpegs(n: int) -> list[Path]:
    """The first ``n`` training JPEGs of each class, interleaved (deterministic)."""
    normal = sorted((CHEST_TRAIN / "NORMAL").glob("*.jpeg"))
    pneumonia = sorted((CHEST_TRAIN / "PNEUMONIA").glob("*.jpeg"))
    if not normal or not pneumonia:
        pytest.skip(f"needs the shared chest_xray training images in {CHEST_TRAIN}")
    out: list[Path] = []
    for a, b in zip(normal, pneumonia):
        out += [a, b]
        if len(out) >= n:
            break
    return out[:n]


def pydicom_data(name: str) -> Path:
    """A file from the pydicom-data package (real DICOM test files), or skip."""
    try:
        import data_store
    except ImportError:
        pytest.skip("needs the pydicom-data package (pip install pydicom-data)")
    path = Path(data_store.__file__).parent / "data" / name
    if not path.is_file():
        pytest.skip(f"pydicom-data has no {name}")
    return path


def pydicom_testfile(name: str) -> Path:
    """A test file bundled inside pydicom itself (looked up locally, never downloaded)."""
    import pydicom.data

    path = Path(pydicom.data.__file__).parent / "test_files" / name
    if not path.is_file():  # never download: the test suite runs offline
        pytest.skip(f"pydicom has no bundled test file {name}")
    return path
