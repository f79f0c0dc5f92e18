"""The screener: the input check, then the pneumonia model, for every score. The model files are
loaded and checked against their metadata by litert.py."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import numpy as np

from ..errors import ImageRefused, ModelError
from ..i18n import QT_TRANSLATE_NOOP
from ..xray.check_contract import BASE_SIZE, correct_pixels
from ..xray.contract import XRay, model_input, resize_whole, stretch
from ..xray.read import read_xray
from .input_check import InputChecker, find_input_check
from .check_result import log_line
from .litert import (ModelMeta, default_models_root, dequantise, find_default_model,
                     installed_models_root, open_checked, quantise, read_metadata, unusable)
from .results import NEGATIVE_LABEL, POSITIVE_LABEL, ModelInfo, ScreeningResult
from .site_operating_point import SitePointStatus, site_point_status, with_site_point

log = logging.getLogger(__name__)


def load_input_check(model_dir: Path, threads: int):
    """The newest input check beside the pneumonia model (its edge_models/), else in the default
    models folder, else in the one shipped with the application. Missing is a ModelError: nothing
    is screened without the check."""
    roots = [Path(model_dir).parent.parent, default_models_root(), installed_models_root()]
    folder = find_input_check(roots)
    if folder is None:
        raise ModelError(QT_TRANSLATE_NOOP(
            "ModelError", "The input check model (edge_models/cxr-input-check) is missing, so no "
            "image can be checked before screening. Reinstall the application."))
    return InputChecker.load(folder, threads=threads)


class Screener:
    """Scores X-rays with one checked model, after the input check (core/input_check.py).
    Thread-safe (one invoke at a time)."""

    def __init__(self, meta: ModelMeta, interpreter, threads: int, input_check=None) -> None:
        self.meta = meta
        self.site_point = SitePointStatus()  # set by load() from the site file
        self.input_check = input_check
        self.threads = threads
        self._interp = interpreter
        self._lock = threading.Lock()
        self._input = interpreter.get_input_details()[0]
        outputs = interpreter.get_output_details()
        self._score = next(o for o in outputs if int(np.prod(o["shape"])) == 1)
        self._cam = next((o for o in outputs if o is not self._score), None)

    @classmethod
    def load(cls, model_dir: Path | str | None = None, threads: int = 2) -> "Screener":
        model_dir = Path(model_dir) if model_dir else find_default_model()
        meta = read_metadata(model_dir)
        model_file = model_dir / meta.raw["model_file"]
        if not model_file.is_file():
            raise ModelError(QT_TRANSLATE_NOOP(
                "ModelError", "The model file {file} is missing. Reinstall the model."),
                file=model_file)
        interp = open_checked(model_file, meta.raw["sha256"], threads,
                              QT_TRANSLATE_NOOP("ModelError", "The model file"),
                              QT_TRANSLATE_NOOP(
                                  "ModelError", "The model file is damaged or was replaced: its "
                                  "checksum does not match its metadata. Reinstall the "
                                  "application or the model."))
        check_tensors(meta, interp)
        site = site_point_status(meta.raw["sha256"], meta.raw["version"])
        if site.active:  # the site's own threshold for exactly this model (core/site_point.py)
            meta = ModelMeta(meta.path, with_site_point(meta.raw, site.point))
        screener = cls(meta, interp, threads, load_input_check(model_dir, threads))
        screener.site_point = site
        return screener

    def twin(self, threads: int = 1) -> "Screener":
        """A Screener on the same model files, with interpreters of its own (of ``threads``
        threads each): several twins score several images at once, one per thread. The files
        are checked against their checksums again, as when they were first loaded."""
        model_file = self.meta.path / self.meta.raw["model_file"]
        interp = open_checked(model_file, self.meta.raw["sha256"], threads,
                              QT_TRANSLATE_NOOP("ModelError", "The model file"),
                              QT_TRANSLATE_NOOP(
                                  "ModelError", "The model file was replaced while it was in "
                                  "use: its checksum no longer matches its metadata. Reinstall "
                                  "the application or the model."))
        check = self.input_check.twin(threads) if self.input_check is not None else None
        twin = Screener(self.meta, interp, threads, check)
        twin.site_point = self.site_point
        return twin

    @property
    def info(self) -> ModelInfo:
        return self.meta.info

    def screen_file(self, path: Path | str | bytes, operating_point: str | None = None) -> ScreeningResult:
        return self.read_and_screen(path, operating_point)[1]

    def read_and_screen(self, path: Path | str | bytes,
                        operating_point: str | None = None) -> tuple[XRay, ScreeningResult]:
        """Read (refusing what cannot be screened), check and score one file, with per-stage
        timings. The X-ray returned is the one scored: turned or inverted back if the input check
        corrected it."""
        started = time.perf_counter()
        xray = read_xray(path)
        read_ms = (time.perf_counter() - started) * 1000
        xray, result = self.check_and_screen(xray, operating_point)
        return xray, _with_timings(result, {"read_ms": read_ms, **result.timings_ms})

    def screen(self, xray: XRay, operating_point: str | None = None) -> ScreeningResult:
        """Check, then score. Raises ImageRefused (with ``input_check``) for what the input check
        refuses."""
        return self.check_and_screen(xray, operating_point)[1]

    def check_and_screen(self, xray: XRay, operating_point: str | None = None
                         ) -> tuple[XRay, ScreeningResult]:

        op, threshold = self.meta.threshold(operating_point)
        t0 = time.perf_counter()
        # One resize of the full image serves both models when the pneumonia model is 224 px.
        base = resize_whole(xray.pixels, BASE_SIZE)
        tr = time.perf_counter()
        # The pneumonia model's input, stretched once: the check's view score reads it too.
        shared = self.meta.size == BASE_SIZE
        x = stretch(base) if shared else None
        tb = time.perf_counter()
        check = None
        if self.input_check is not None:
            try:
                xray, check = self.input_check.check(xray, base, x)
            except ImageRefused as exc:
                if exc.input_check:
                    log.info("%s", log_line(exc.input_check))
                raise
            log.info("%s", log_line(check.to_dict()))
            if check.corrections:
                base = correct_pixels(base, check.corrections)
                x = None
        tc = time.perf_counter()
        if x is None:
            x = stretch(base) if shared else model_input(xray.pixels, self.meta.size)
        t1 = time.perf_counter()
        score, cam = self._invoke(x)
        t2 = time.perf_counter()
        if cam is not None:
            heatmap = display_heatmap(cam, score, threshold)
            method = "class_activation_map"
        else:
            heatmap = self._occlusion(x)
            method = "occlusion"
        t3 = time.perf_counter()
        result = ScreeningResult(
            score=score,
            label=POSITIVE_LABEL if score >= threshold else NEGATIVE_LABEL,
            threshold=threshold,
            operating_point=op,
            model=self.info,
            heatmap=heatmap.astype(np.float32),
            heatmap_method=method,
            timings_ms={"resize_ms": (tr - t0) * 1000, "check_ms": (tc - tb) * 1000,
                        "preprocess_ms": (t1 - tc + tb - tr) * 1000,
                        "inference_ms": (t2 - t1) * 1000, "heatmap_ms": (t3 - t2) * 1000},
            input_check=check.to_dict() if check is not None else {},
        )
        return xray, result

    def _invoke(self, x: np.ndarray) -> tuple[float, np.ndarray | None]:
        inp = self._input
        q = quantise(x, inp)
        with self._lock:
            self._interp.set_tensor(inp["index"], q.reshape(inp["shape"]))
            self._interp.invoke()
            score = dequantise(self._interp.get_tensor(self._score["index"]), self._score)
            cam = (dequantise(self._interp.get_tensor(self._cam["index"]), self._cam)
                   if self._cam is not None else None)
        score_value = float(np.clip(score.reshape(-1)[0], 0.0, 1.0))
        return score_value, (cam.reshape(cam.shape[1:3]) if cam is not None else None)

    def _occlusion(self, x: np.ndarray, grid: int = 8) -> np.ndarray:
        """Occlusion sensitivity for models without a CAM output: how much the score drops when
        each cell of a grid is greyed out."""
        base, _ = self._invoke(x)
        size = x.shape[0]
        step = size // grid
        out = np.zeros((grid, grid), np.float32)
        fill = float(np.median(x))
        for r in range(grid):
            for c in range(grid):
                occluded = x.copy()
                occluded[r * step:(r + 1) * step, c * step:(c + 1) * step] = fill
                score, _ = self._invoke(occluded)
                out[r, c] = max(0.0, base - score)
        top = out.max()
        return out / top if top > 0 else out


def display_heatmap(cam: np.ndarray, score: float, threshold: float) -> np.ndarray:
    """Where the evidence lies, relative to the rest of this image, faded by score / threshold.

    The class-activation logits are min-max scaled within the image (so a strongly positive image
    shows where it is MOST abnormal, rather than a uniformly saturated lung field), then multiplied
    by min(1, score / threshold): full strength for every referral, while a clear negative, whose
    cells with some positive evidence (often the heart) are outweighed by the rest of the image,
    shows almost nothing.
    """
    strength = 1.0 if threshold <= 0 else float(np.clip(score / threshold, 0.0, 1.0))
    lo, hi = float(cam.min()), float(cam.max())
    relative = (cam - lo) / (hi - lo) if hi - lo > 1e-6 else np.zeros_like(cam)
    return (strength * relative).astype(np.float32)


def check_tensors(meta: ModelMeta, interp) -> None:
    """Refuse a model whose tensors do not match its metadata."""
    raw = meta.raw
    inputs = interp.get_input_details()
    outputs = interp.get_output_details()
    if len(inputs) != 1:
        raise unusable(f"The model has {len(inputs)} inputs; one was expected.")
    _check_one("input", raw["input"], inputs[0])
    declared = raw["outputs"]
    if len(outputs) != len(declared):
        raise unusable(
            f"The model has {len(outputs)} outputs but its metadata declares {len(declared)}."
        )
    by_kind = {("score" if int(np.prod(o["shape"])) == 1 else "cam"): o for o in outputs}
    for kind, spec in declared.items():
        if kind not in by_kind:
            raise unusable(f"The model has no {kind} output although its metadata declares one.")
        _check_one(f"{kind} output", spec, by_kind[kind])
    size = int(raw["preprocessing"]["size"])
    if list(raw["input"]["shape"])[1:3] != [size, size]:
        raise unusable("The model's input size does not match its preprocessing size.")


def _check_one(what: str, spec: dict, detail: dict) -> None:
    shape = [int(v) for v in detail["shape"]]
    if shape != list(spec["shape"]):
        raise unusable(f"The model's {what} has shape {shape}; its metadata says {spec['shape']}.")
    dtype = np.dtype(detail["dtype"]).name
    if dtype != spec["dtype"]:
        raise unusable(f"The model's {what} is {dtype}; its metadata says {spec['dtype']}.")
    scale, zero = detail["quantization"]
    q = spec.get("quantization") or {}
    if q and (not np.isclose(scale, q.get("scale", 0.0), rtol=1e-5) or int(zero) != q.get("zero_point")):
        raise unusable(f"The model's {what} quantisation does not match its metadata.")


def _with_timings(result: ScreeningResult, timings: dict[str, float]) -> ScreeningResult:
    from dataclasses import replace

    total = sum(timings.values())
    return replace(result, timings_ms={**timings, "total_ms": total})
