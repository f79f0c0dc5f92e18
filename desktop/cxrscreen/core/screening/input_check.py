"""The input check: is this image a frontal chest X-ray, upright and positive, before any score?

DICOM tags can lie or be missing, so the check looks at the pixels of every image, DICOM included,
for every caller (the ``Screener`` runs it before the pneumonia model). Steps, cheapest first:

1. colour: an X-ray has no colour; a file with clearly coloured pixels (a photograph, a
   screenshot) is refused as ``not_xray`` without running any model;
2. a small int8 model (``edge_models/cxr-input-check/<version>/``, metadata ``"kind":
   "input_check"``) at 64 px gives the probabilities of seven classes: an upright frontal chest, the
   same turned 90/180/270 degrees, a negative (inverted) chest, another X-ray, not an X-ray;
3. the distance of the model's pooled features to the upright chests it was trained on
   (Mahalanobis, one Gaussian): a kind of image the model never saw falls far from them even when
   the classifier's probabilities are confidently wrong;
4. is it laid out as a frontal view? The two-sided view score (``view_symmetry``: the ribs of
   the two halves mirror each other) and, from check 1.2.0, the coarse layout's distance to the
   fitted chests, judged together (``view_evidence``; check 1.1.x used the view score alone,
   ``thresholds.view``). A lateral chest, which the model cannot tell from a frontal one, is
   refused as ``lateral_view``.

An image is accepted when P(frontal chest) >= ``threshold``, the distance <= its threshold and the
side-view evidence <= its threshold. A
turned or negative chest is turned or inverted back, checked again, and screened only if the
corrected image passes; the result says so (``corrections`` and ``notes``). Otherwise it is refused
(``rotated`` / ``inverted``). Why correct rather than refuse: a health worker cannot edit a PACS
header or rotate an export in the field, and a corrected chest is checked as strictly as any other.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import numpy as np

from ..errors import ImageRefused, ModelError
from ..i18n import QT_TRANSLATE_NOOP
from ..xray.check_contract import (BASE_SIZE, CHECK_PREPROCESSING_NAME, UNDO_TURNS,
                                   apply_corrections, check_input, correct_pixels)
from ..xray.border import find_border
from ..xray.contract import XRay, resize_whole, stretch
from .check_result import InputCheckResult
from .litert import dequantise, find_model, open_checked, open_interpreter, quantise, sha256_file
from .view_evidence import ViewReference
from .view_symmetry import two_sided_score

KIND = "input_check"
CLASSES = ("frontal_chest", "rotated_90", "rotated_180", "rotated_270", "inverted", "other_xray",
           "not_xray")
COLOUR_MAX_FRACTION = 0.03  # chest sets: at most 0.002; colour photographs: 97% above 0.02
MAX_CORRECTIONS = 2  # e.g. a negative that is also turned

MSG_COLOUR = QT_TRANSLATE_NOOP(
    "Refusal", "This is a colour picture, not an X-ray (X-rays are grey). Choose the child's chest "
               "X-ray file; if this is a photograph of the film, use the digital X-ray instead.")
MSG_NOT_XRAY = QT_TRANSLATE_NOOP(
    "Refusal", "This does not look like an X-ray: it may be a photograph, a document, a screenshot "
               "or another kind of scan. Choose the child's chest X-ray file and try again.")
MSG_NOT_CHEST = QT_TRANSLATE_NOOP(
    "Refusal", "This does not look like a frontal chest X-ray: it may show another part of the "
               "body, or the chest from the side. Choose the front view (PA or AP) of the chest "
               "and try again.")
MSG_ROTATED = QT_TRANSLATE_NOOP(
    "Refusal", "This image seems to be a chest X-ray turned ({angle} degrees), and it could not be "
               "turned back with confidence. Export it again upright, as it is read on a light "
               "box, and try again. If it is not a chest X-ray, choose the child's chest X-ray "
               "file instead.")
MSG_INVERTED = QT_TRANSLATE_NOOP(
    "Refusal", "This image seems to be a chest X-ray stored as a negative (bones dark, lungs "
               "light), and it could not be corrected with confidence. Export it again as a normal "
               "image (for DICOM, ask for the MONOCHROME setting to be checked) and try again. If "
               "it is not a chest X-ray, choose the child's chest X-ray file instead.")
MSG_VIEW = QT_TRANSLATE_NOOP(
    "Refusal", "This does not look like a frontal chest X-ray: it may be a side (lateral) view, or "
               "the chest may be turned away from the plate. Only frontal chest X-rays (PA or AP) "
               "can be screened. Choose the front view of the chest and try again.")


def find_input_check(roots: list[Path]) -> Path | None:
    """The newest input-check model folder under the first of ``roots`` that has one."""
    return find_model(KIND, roots)


class InputChecker:
    """Runs the check. Thread-safe (one invoke at a time)."""

    def __init__(self, folder: Path, meta: dict, interpreter, mean: np.ndarray,
                 whitener: np.ndarray, view_reference: ViewReference | None = None) -> None:
        self.folder = folder
        self.view_reference = view_reference
        self.meta = meta
        self._interp = interpreter
        self._lock = threading.Lock()
        self._input = interpreter.get_input_details()[0]
        outs = interpreter.get_output_details()
        n = len(meta["classes"])
        self._probs = next(o for o in outs if int(np.prod(o["shape"])) == n)
        self._feats = next(o for o in outs if o is not self._probs)
        self._mean = mean.astype(np.float32)
        self._whitener = whitener.astype(np.float32)
        t = meta["thresholds"]
        self.threshold = float(t["frontal_chest"]["value"])
        self.distance_threshold = float(t["distance"]["value"])
        self.correction_threshold = float(t["correction"]["value"])
        # Optional (absent in 1.0.0): the two-sided view score's threshold.
        self.view_threshold = float(t["view"]["value"]) if "view" in t else None
        # From 1.2.0: the view score and the layout distance judged together (view_evidence).
        self.evidence_threshold = (float(t["frontal_view"]["value"])
                                   if "frontal_view" in t and view_reference is not None else None)
        # What the side-view evidence does on its own (from 2.0.0 "refer": a film the model calls
        # frontal is screened and referred; before, "refuse": refused as lateral_view).
        self.on_view_doubt = (str(t["frontal_view"].get("on_doubt", "refuse"))
                              if self.evidence_threshold is not None else "refuse")
        self.size = int(meta["preprocessing"]["size"])
        self.classes = tuple(meta["classes"])

    @property
    def thresholds(self) -> tuple[float, float, float]:
        return self.threshold, self.distance_threshold, self.correction_threshold

    @property
    def info(self) -> dict[str, str]:
        return {"name": self.meta["name"], "version": self.meta["version"],
                "sha256": self.meta["sha256"]}

    @classmethod
    def load(cls, folder: Path | str, threads: int = 1) -> "InputChecker":
        folder = Path(folder)
        try:
            meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(QT_TRANSLATE_NOOP(
                "ModelError", "The input check's metadata.json in {folder} cannot be read "
                "({reason}). Reinstall the application."), folder=folder, reason=exc) from None
        problem = _metadata_problem(meta)
        if problem:
            raise ModelError(QT_TRANSLATE_NOOP(
                "ModelError", "The input check in {folder} is not usable: {problem}. Reinstall "
                "the application."), folder=folder, problem=problem)
        files = {"model": folder / meta["model_file"], "density": folder / meta["density_file"]}
        if "view_reference_file" in meta:
            files["view_reference"] = folder / meta["view_reference_file"]
        for what, path in files.items():
            expected = meta["sha256" if what == "model" else f"{what}_sha256"]
            if not path.is_file():
                raise ModelError(QT_TRANSLATE_NOOP(
                    "ModelError", "The input check's file {file} is missing. Reinstall the "
                    "application."), file=path)
            if sha256_file(path) != expected:
                raise ModelError(QT_TRANSLATE_NOOP(
                    "ModelError", "The input check's file {file} is damaged or was replaced "
                    "(checksum). Reinstall the application."), file=path.name)
        try:
            with np.load(files["density"], allow_pickle=False) as z:
                mean, whitener = z["mean"], z["whitener"]
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(QT_TRANSLATE_NOOP(
                "ModelError", "The input check's {file} cannot be read ({reason}). Reinstall the "
                "application."), file=files["density"].name, reason=exc) from None
        reference = None
        if "view_reference" in files:
            try:
                reference = ViewReference.load(files["view_reference"])
            except (OSError, KeyError, ValueError) as exc:
                raise ModelError(QT_TRANSLATE_NOOP(
                    "ModelError", "The input check's {file} cannot be read ({reason}). Reinstall "
                    "the application."), file=files["view_reference"].name, reason=exc) from None
        interp = open_interpreter(files["model"], threads,
                                  QT_TRANSLATE_NOOP("ModelError", "The input check"))
        outs = interp.get_output_details()
        shapes = sorted(int(np.prod(o["shape"])) for o in outs)
        if len(outs) != 2 or len(meta["classes"]) not in shapes \
                or mean.shape != (whitener.shape[0],) or whitener.shape[0] not in shapes:
            raise ModelError(QT_TRANSLATE_NOOP(
                "ModelError", "The input check's tensors do not match its metadata. Reinstall "
                "the application."))
        return cls(folder, meta, interp, mean, whitener, reference)

    def twin(self, threads: int = 1) -> "InputChecker":
        """The same check with an interpreter of its own (see ``Screener.twin``)."""
        model_file = self.folder / self.meta["model_file"]
        interp = open_checked(model_file, self.meta["sha256"], threads,
                              QT_TRANSLATE_NOOP("ModelError", "The input check"),
                              QT_TRANSLATE_NOOP(
                                  "ModelError", "The input check's model file was replaced while "
                                  "it was in use (checksum). Reinstall the application."))
        return InputChecker(self.folder, self.meta, interp, self._mean, self._whitener,
                            self.view_reference)

    def _invoke(self, x: np.ndarray) -> tuple[np.ndarray, float]:

        inp = self._input
        q = quantise(x, inp)
        with self._lock:
            self._interp.set_tensor(inp["index"], q.reshape(inp["shape"]))
            self._interp.invoke()
            probs = dequantise(self._interp.get_tensor(self._probs["index"]), self._probs)
            feats = dequantise(self._interp.get_tensor(self._feats["index"]), self._feats)
        z = (feats.reshape(-1) - self._mean) @ self._whitener
        return probs.reshape(-1), float(np.sqrt(np.dot(z, z)))

    def scores(self, x: np.ndarray) -> tuple[dict[str, float], float]:
        """Class probabilities and feature distance of one check input (size x size, [0, 1])."""
        probs, distance = self._invoke(x)
        return {c: float(p) for c, p in zip(self.classes, probs)}, distance

    def check(self, xray: XRay, base: np.ndarray | None = None,
              stretched: np.ndarray | None = None) -> tuple[XRay, InputCheckResult]:
        """The checked (possibly corrected) X-ray and what the check saw. Raises ImageRefused,
        with the result in ``exc.input_check``, for what must not be screened. ``base`` is
        ``resize_whole(pixels, BASE_SIZE)`` and ``stretched`` is ``stretch(base)`` when the caller
        already has them (the pneumonia model needs both)."""
        started = time.perf_counter()
        colour = float(xray.colour_fraction)
        common = {"threshold": self.threshold, "distance_threshold": self.distance_threshold,
                  "view_threshold": self.view_threshold,
                  "view_evidence_threshold": self.evidence_threshold, "colour_fraction": colour,
                  "model": self.info}
        if colour > COLOUR_MAX_FRACTION:
            result = InputCheckResult(accepted=False, code="not_xray", score=None, distance=None,
                                      ms=(time.perf_counter() - started) * 1000, **common)
            raise _refusal(result, MSG_COLOUR)
        # The check judges the film inside a uniform black or white border (border.py); the
        # caller's base and stretched copies, which the pneumonia model uses, are left alone.
        box = find_border(xray.pixels)
        cut = box.margins(xray.shape)
        pixels = xray.pixels
        if cut is not None:
            pixels = box.cut(pixels)
            base = stretched = None
        if base is None:
            base = resize_whole(pixels, BASE_SIZE)
        x = check_input(pixels, self.size, base)
        accepted, corrections, probs, distance = decide(
            lambda fixes: self.scores(correct_pixels(x, fixes)), self.thresholds)
        p = probs["frontal_chest"]
        code = None if accepted else _refusal_code(probs, corrections, self.correction_threshold)
        view = layout_distance = evidence = None
        view_doubt = False
        judged = self.evidence_threshold is not None or self.view_threshold is not None
        if accepted and judged:
            if stretched is None or corrections:
                stretched = stretch(correct_pixels(base, corrections))
            view = two_sided_score(stretched)
            if self.evidence_threshold is not None:
                layout_distance = self.view_reference.distance(correct_pixels(x, corrections))
                evidence = self.view_reference.evidence(view, layout_distance)
                side_view = evidence > self.evidence_threshold
            else:
                side_view = view < self.view_threshold
            if side_view and self.evidence_threshold is not None and self.on_view_doubt == "refer":
                view_doubt = True
            elif side_view:
                accepted, code = False, "lateral_view"
        result = InputCheckResult(accepted=accepted, code=code, score=p, distance=distance,
                                  corrections=tuple(corrections), probabilities=probs,
                                  view_score=view, layout_distance=layout_distance,
                                  view_evidence=evidence, view_doubt=view_doubt, border_cut=cut,
                                  ms=(time.perf_counter() - started) * 1000, **common)
        if not accepted:
            raise _refusal(result, *_message(code, probs, corrections))
        return apply_corrections(xray, corrections), result


def decide(scores_of, thresholds: tuple[float, float, float]
           ) -> tuple[bool, list[str], dict[str, float], float]:
    """The check's rule, apart from the model so that training can choose thresholds with it.

    ``scores_of(corrections)`` gives (class probabilities, distance) of the check input with
    ``corrections`` applied. Accept when P(frontal chest) >= threshold and distance <= its
    threshold; else, when the most likely class is a turn or a negative with probability >=
    the correction threshold, undo it and decide again (at most MAX_CORRECTIONS times).
    Returns (accepted, corrections, probabilities, distance) of the last image looked at."""
    threshold, distance_threshold, correction_threshold = thresholds
    corrections: list[str] = []
    while True:
        probs, distance = scores_of(tuple(corrections))
        best = max(probs, key=probs.get)
        accepted = probs["frontal_chest"] >= threshold and distance <= distance_threshold
        fixable = (best in UNDO_TURNS or best == "inverted") \
            and probs[best] >= correction_threshold \
            and len(corrections) < MAX_CORRECTIONS and best not in corrections
        if accepted or not fixable:
            return accepted, corrections, probs, distance
        corrections.append(best)


def _refusal_code(probs: dict[str, float], corrections: list[str],
                  correction_threshold: float) -> str:
    best = max(probs, key=probs.get)
    if (best in UNDO_TURNS or best == "inverted") and probs[best] < correction_threshold:
        # Too unsure of a turn or a negative to correct it, so also too unsure to tell the user
        # "this chest is turned": the image is not known to be a chest (dental panoramics did this).
        return "not_xray" if probs["not_xray"] > probs["other_xray"] else "not_chest"
    if best in UNDO_TURNS or (best == "frontal_chest" and any(c in UNDO_TURNS for c in corrections)):
        return "rotated"
    if best == "inverted" or (best == "frontal_chest" and "inverted" in corrections):
        return "inverted"
    if best == "not_xray":
        return "not_xray"
    return "not_chest"


def _message(code: str, probs: dict[str, float], corrections: list[str]) -> tuple:
    if code == "rotated":
        turned = max(UNDO_TURNS, key=lambda c: probs[c])
        if corrections and corrections[-1] in UNDO_TURNS:
            turned = corrections[-1]
        return MSG_ROTATED, {"angle": turned.split("_")[1]}
    if code == "inverted":
        return MSG_INVERTED, {}
    if code == "not_xray":
        return MSG_NOT_XRAY, {}
    if code == "lateral_view":
        return MSG_VIEW, {}
    return MSG_NOT_CHEST, {}


def _refusal(result: InputCheckResult, template: str, params: dict | None = None) -> ImageRefused:
    exc = ImageRefused(result.code, template, **(params or {}))
    exc.input_check = result.to_dict()
    return exc


def _metadata_problem(meta) -> str | None:
    if not isinstance(meta, dict):
        return "metadata.json is not a JSON object"
    needed = ("kind", "name", "version", "model_file", "sha256", "density_file", "density_sha256",
              "classes", "preprocessing", "thresholds")
    missing = [k for k in needed if k not in meta]
    if missing:
        return f"metadata.json lacks {', '.join(missing)}"
    if meta["kind"] != KIND:
        return f"its kind is {meta['kind']!r}, not {KIND!r}"
    if tuple(meta["classes"]) != CLASSES:
        return "its classes are not the ones this application knows"
    pre = meta["preprocessing"]
    if not isinstance(pre, dict) or pre.get("name") != CHECK_PREPROCESSING_NAME \
            or not isinstance(pre.get("size"), int):
        return f"it expects preprocessing {pre.get('name') if isinstance(pre, dict) else pre!r}"
    for key in ("frontal_chest", "distance", "correction"):
        value = (meta["thresholds"].get(key) or {}).get("value") \
            if isinstance(meta["thresholds"], dict) else None
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
            return f"it has no valid {key} threshold"
    if ("view_reference_file" in meta) != ("frontal_view" in meta["thresholds"]) \
            or ("view_reference_file" in meta and "view_reference_sha256" not in meta):
        return "its side-view evidence needs a view reference file, its checksum and a threshold"
    if "frontal_view" in meta["thresholds"]:
        value = (meta["thresholds"]["frontal_view"] or {}).get("value") \
            if isinstance(meta["thresholds"]["frontal_view"], dict) else None
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
            return "its side-view evidence threshold is not a positive number"
    if "view" in meta["thresholds"]:
        value = (meta["thresholds"]["view"] or {}).get("value") \
            if isinstance(meta["thresholds"]["view"], dict) else None
        if not isinstance(value, (int, float)) or isinstance(value, bool) \
                or not -1.0 <= value <= 1.0:
            return "its view threshold is not a number between -1 and 1"
    return None
