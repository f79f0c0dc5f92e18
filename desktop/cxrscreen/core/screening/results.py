"""What one screening produces. Plain data: the store, the CLI and the UI all read this."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

POSITIVE_LABEL = "PNEUMONIA"
NEGATIVE_LABEL = "NORMAL"
DISCLAIMER = (
    "Screening aid, not a diagnosis. The result must be confirmed by a trained clinician; "
    "it is only for frontal chest X-rays of children."
)

VIEW_UNCERTAIN = "view_uncertain"
VIEW_UNCERTAIN_SUMMARY = (
    "Refer to a clinician: the check could not confirm that this is a frontal chest X-ray, so a "
    "clinician must read it")


def view_doubted(screening) -> bool:
    """True when the input check could not confirm a frontal view (InputCheckResult.view_doubt),
    for a ScreeningResult or a stored case's screening: the child is referred whatever the score."""
    return bool((getattr(screening, "input_check", None) or {}).get("view_doubt"))


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str
    sha256: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version, "sha256": self.sha256}


@dataclass(frozen=True)
class ScreeningResult:
    """score: probability of pneumonia in [0, 1]; label at ``threshold`` (operating point
    ``operating_point``); heatmap: (h, w) float32 in [0, 1] on the model's coarse grid, covering
    the whole image (use :func:`heatmap_at` to align it to the original image)."""

    score: float
    label: str
    threshold: float
    operating_point: str
    model: ModelInfo
    heatmap: np.ndarray
    heatmap_method: str  # "class_activation_map" or "occlusion"
    timings_ms: dict[str, float] = field(default_factory=dict)
    # What the input check saw (core/input_check.py InputCheckResult.to_dict()): its score and
    # threshold, the feature distance and its threshold, and any correction (turned, inverted).
    input_check: dict = field(default_factory=dict)

    @property
    def corrections(self) -> list[str]:
        return list(self.input_check.get("corrections", []))

    @property
    def notes(self) -> list[str]:
        """Plain sentences about what was done to the image before scoring (corrections)."""
        return list(self.input_check.get("notes", []))

    @property
    def positive(self) -> bool:
        return self.label == POSITIVE_LABEL

    @property
    def refer_reason(self) -> str | None:
        """Why the child is referred whatever the score: "view_uncertain" when the input check
        could not confirm a frontal view (InputCheckResult.view_doubt). None otherwise."""
        return VIEW_UNCERTAIN if view_doubted(self) else None

    @property
    def refer(self) -> bool:
        """Send the child to a clinician: signs of pneumonia, or a film a clinician must read."""
        return self.positive or self.refer_reason is not None

    def summary(self) -> str:
        if self.refer_reason is not None:
            return VIEW_UNCERTAIN_SUMMARY
        if self.positive:
            return "Signs of pneumonia — refer to a clinician"
        return "No signs of pneumonia detected"

    def to_dict(self) -> dict:
        return {
            "score": round(float(self.score), 4),
            "label": self.label,
            "refer": self.refer,
            "refer_reason": self.refer_reason,
            "threshold": round(float(self.threshold), 4),
            "operating_point": self.operating_point,
            "model": self.model.to_dict(),
            "heatmap_method": self.heatmap_method,
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
            "input_check": self.input_check,
        }


def heatmap_at(heatmap: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Resize a coarse heatmap to ``shape`` (rows, cols): aligned to the whole original image,
    because the model saw the whole image resized without cropping."""
    from PIL import Image

    img = Image.fromarray(np.ascontiguousarray(heatmap, dtype=np.float32))
    out = img.resize((int(shape[1]), int(shape[0])), Image.Resampling.BILINEAR)
    return np.clip(np.asarray(out, dtype=np.float32), 0.0, 1.0)
