"""Test doubles and data for the store and sync tests (no model needed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cxrscreen.core.screening.results import ModelInfo, ScreeningResult

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
JPEG_DIR = DATA / "chest_xray" / "train"
DICOM_DIR = DATA / "real_dicom"
CHEST_DICOMS = ["SIIM_chest_CR_jpeg_baseline.dcm", "WG04_RG1_J2KI_chest_CR.dcm"]
NO_DATA = f"the shared test data is absent ({DATA})"


class FakeScreener:
    """Scores an X-ray by its mean brightness: deterministic and instant."""

    model = ModelInfo("test-model", "0.0.1", "ab" * 32)

    def screen(self, xray, operating_point: str | None = None) -> ScreeningResult:
        score = float(np.clip(xray.pixels.mean(), 0.0, 1.0))
        return fake_result(score, operating_point or "screening")


def fake_result(score: float = 0.7, operating_point: str = "screening") -> ScreeningResult:
    return ScreeningResult(
        score=score, label="PNEUMONIA" if score >= 0.5 else "NORMAL", threshold=0.5,
        operating_point=operating_point, model=FakeScreener.model,
        heatmap=np.full((7, 7), score, np.float32), heatmap_method="class_activation_map")


def jpegs(n: int, offset: int = 0) -> list[Path]:
    """``n`` distinct JPEG chest X-rays (different content, so no duplicates)."""
    files = sorted((JPEG_DIR / "PNEUMONIA").glob("*.jpeg"))[offset * 3:]
    out, seen = [], set()
    for f in files[::3]:
        data = f.read_bytes()
        if data not in seen:
            seen.add(data)
            out.append(f)
        if len(out) == n:
            break
    return out


def have_data() -> bool:
    return JPEG_DIR.is_dir() and DICOM_DIR.is_dir()
