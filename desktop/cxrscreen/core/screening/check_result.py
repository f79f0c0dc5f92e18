"""What the input check saw (InputCheckResult), as the JSON output, the report and the log show it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import QT_TRANSLATE_NOOP, translate


NOTE_INVERTED = QT_TRANSLATE_NOOP(
    "InputCheck", "The image was stored as a negative; it was inverted back before screening.")


NOTE_TURNED = QT_TRANSLATE_NOOP(
    "InputCheck", "The image was turned {angle} degrees; it was turned upright before screening.")


@dataclass(frozen=True)
class InputCheckResult:
    """What the check saw. ``score`` is P(upright frontal chest) of the last image checked (after
    corrections), ``distance`` its feature distance to the training chests."""

    accepted: bool
    code: str | None  # refusal code when refused
    score: float | None
    threshold: float | None
    distance: float | None
    distance_threshold: float | None
    colour_fraction: float
    corrections: tuple[str, ...] = ()
    probabilities: dict[str, float] = field(default_factory=dict)
    view_score: float | None = None  # two-sided symmetry (view_symmetry), when the check has one
    view_threshold: float | None = None  # checks 1.1.x: the view score's own threshold
    layout_distance: float | None = None  # checks 1.2.0 on (view_evidence): the coarse layout's
    view_evidence: float | None = None  # distance, and the evidence from both measures
    view_evidence_threshold: float | None = None
    model: dict[str, str] = field(default_factory=dict)
    ms: float = 0.0
    # From check 2.0.0: the model called it a frontal chest and only the side-view evidence
    # doubted it. It is screened, and always referred for a clinician's reading (never refused:
    # one-sided disease, in the sickest children, also breaks the two-sided measures).
    view_doubt: bool = False
    # Pixels of a uniform black or white border cut from the top, bottom, left and right edges
    # before the check looked (core/xray/border.py); None when there was none. The pneumonia
    # model still sees the whole image.
    border_cut: tuple[int, int, int, int] | None = None

    @property
    def notes(self) -> list[str]:
        out = []
        for name in self.corrections:
            if name == "inverted":
                out.append(translate("InputCheck", NOTE_INVERTED))
            else:
                out.append(translate("InputCheck", NOTE_TURNED).format(angle=name.split("_")[1]))
        return out

    def to_dict(self) -> dict:
        def r(v):
            return None if v is None else round(float(v), 4)

        return {"accepted": self.accepted, "code": self.code, "score": r(self.score),
                "threshold": r(self.threshold), "distance": r(self.distance),
                "distance_threshold": r(self.distance_threshold),
                "colour_fraction": r(self.colour_fraction), "corrections": list(self.corrections),
                "notes": self.notes,
                "probabilities": {k: r(v) for k, v in self.probabilities.items()},
                "view_score": r(self.view_score), "view_threshold": r(self.view_threshold),
                "layout_distance": r(self.layout_distance), "view_evidence": r(self.view_evidence),
                "view_evidence_threshold": r(self.view_evidence_threshold),
                "view_doubt": bool(self.view_doubt),
                "border_cut": list(self.border_cut) if self.border_cut else None,
                "model": dict(self.model), "ms": round(self.ms, 2)}


def log_line(check: dict) -> str:
    """One line for the log file from ``InputCheckResult.to_dict()``: verdict, score against
    threshold, distance against threshold, corrections."""
    def f(v):
        return "-" if v is None else f"{v:.3f}"

    verdict = "accepted" if check["accepted"] else f"refused ({check['code']})"
    if check.get("view_doubt"):
        verdict = "accepted with a doubt about the view (referred)"
    fixes = f", corrected: {'+'.join(check['corrections'])}" if check["corrections"] else ""
    if check.get("border_cut"):
        fixes += ", border cut (top, bottom, left, right): " + ", ".join(
            str(v) for v in check["border_cut"])
    view = (f", view {f(check.get('view_score'))} (threshold {f(check.get('view_threshold'))})"
            if check.get("view_threshold") is not None else "")
    if check.get("view_evidence_threshold") is not None:
        view = (f", view {f(check.get('view_score'))}, layout distance "
                f"{f(check.get('layout_distance'))}, side-view evidence "
                f"{f(check.get('view_evidence'))} (threshold "
                f"{f(check.get('view_evidence_threshold'))})")
    return (f"input check {verdict}: score {f(check['score'])} (threshold "
            f"{f(check['threshold'])}), distance {f(check['distance'])} (threshold "
            f"{f(check['distance_threshold'])}){view}, colour {check['colour_fraction']:.3f}{fixes}")
