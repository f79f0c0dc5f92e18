"""Model files, loaded in one place: where they are, their metadata, checksum, the LiteRT
interpreter, and the quantisation of their tensors. The screener, the input check, the self-test
and training (its quantiser) use these, so they cannot drift apart.

See docs/MODEL_FORMAT.md for the files this reads.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from packaging.version import InvalidVersion, Version

from ..errors import ModelError
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..xray.contract import PREPROCESSING_NAME
from .results import ModelInfo


SUPPORTED_SCHEMA = 1


MODELS_ENV = "CXRSCREEN_MODELS_DIR"


def default_models_root() -> Path:
    """edge_models/ beside the package (source checkout) or inside a frozen bundle."""
    env = os.environ.get(MODELS_ENV)
    if env:
        return Path(env)
    return installed_models_root()


def installed_models_root() -> Path:
    """edge_models/ shipped with this copy of the application (ignores $CXRSCREEN_MODELS_DIR)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "edge_models"
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "edge_models"
        if candidate.is_dir():
            return candidate
    return here.parents[3] / "edge_models"


def version_key(version: str) -> tuple:
    """Sort key of a model folder's version name (PEP 440 by packaging.version); a folder whose
    name is not a version sorts below every version. The bundle's spec orders versions by it too,
    so that the newest it ships is the one the application picks."""
    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, Version("0"))


def model_kind(model_dir: Path) -> str:
    """``kind`` from a model folder's metadata.json: "pneumonia" when absent (the pneumonia
    model's metadata predates the key), "input_check" for the input check, "" if unreadable."""
    try:
        raw = json.loads((Path(model_dir) / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return ""
    return str(raw.get("kind", "pneumonia")) if isinstance(raw, dict) else ""


INPUT_CHECK = "input_check"
PNEUMONIA = "pneumonia"


def find_model(kind: str, roots: list[Path | None]) -> Path | None:
    """The newest version of a model of ``kind`` under the first of ``roots`` that has one, or
    None. ``PNEUMONIA`` is every model that is not the input check (whose metadata says so)."""
    def wanted(folder: Path) -> bool:
        found = model_kind(folder)
        return found == kind if kind != PNEUMONIA else found != INPUT_CHECK

    for root in roots:
        if not root or not Path(root).is_dir():
            continue
        found = [m.parent for m in Path(root).glob("*/*/metadata.json") if wanted(m.parent)]
        if found:
            return max(found, key=lambda d: (version_key(d.name), d.parent.name))
    return None


def find_default_model(root: Path | None = None) -> Path:
    """The newest version of any pneumonia model under ``root`` (the input check, which has a
    folder of its own there, is never picked)."""
    root = Path(root) if root else default_models_root()
    folder = find_model(PNEUMONIA, [root])
    if folder is None:
        raise ModelError(QT_TRANSLATE_NOOP(
            "ModelError", "No screening model was found in {folder}. Reinstall the application, "
            "or pass --model with the folder that holds model.tflite and metadata.json."),
            folder=root)
    return folder


@dataclass(frozen=True)
class ModelMeta:
    path: Path
    raw: dict

    @property
    def info(self) -> ModelInfo:
        return ModelInfo(self.raw["name"], self.raw["version"], self.raw["sha256"])

    @property
    def size(self) -> int:
        return int(self.raw["preprocessing"]["size"])

    @property
    def operating_points(self) -> list[str]:
        return [k for k, v in self.raw["thresholds"].items() if isinstance(v, dict)]

    def threshold(self, name: str | None) -> tuple[str, float]:
        thresholds = self.raw["thresholds"]
        name = name or thresholds.get("default", "screening")
        if name not in thresholds or not isinstance(thresholds[name], dict):
            raise ModelError(QT_TRANSLATE_NOOP(
                "ModelError", "The model has no operating point {name}; it offers {offered}."),
                name=repr(name), offered=", ".join(self.operating_points))
        return name, float(thresholds[name]["value"])


REQUIRED_KEYS = ("schema_version", "name", "version", "model_file", "sha256", "input", "outputs",
                 "preprocessing", "thresholds", "labels")


def read_metadata(model_dir: Path) -> ModelMeta:
    path = Path(model_dir) / "metadata.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(QT_TRANSLATE_NOOP(
            "ModelError", "The model folder {folder} has no metadata.json. Reinstall the "
            "application or the model."), folder=model_dir) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(QT_TRANSLATE_NOOP(
            "ModelError", "The model's metadata.json cannot be read ({reason}). Reinstall the "
            "application or the model."), reason=exc) from None
    if not isinstance(raw, dict):
        raise unusable("The model's metadata.json is not a JSON object.")
    missing = [k for k in REQUIRED_KEYS if k not in raw]
    if missing:
        raise unusable(f"The model's metadata.json lacks {', '.join(missing)}.")
    if raw["schema_version"] != SUPPORTED_SCHEMA:
        raise unusable(
            f"The model's metadata is schema version {raw['schema_version']}; this application "
            f"reads version {SUPPORTED_SCHEMA}. Install a matching application or model."
        )
    _check_structure(raw)
    if raw["preprocessing"].get("name") != PREPROCESSING_NAME:
        raise unusable(
            f"The model expects preprocessing {raw['preprocessing'].get('name')!r}, which this "
            f"application does not implement (it implements {PREPROCESSING_NAME!r})."
        )
    if "score" not in raw["outputs"]:
        raise unusable("The model's metadata declares no score output.")
    return ModelMeta(Path(model_dir), raw)


def _check_structure(raw: dict) -> None:
    """Types and ranges the loader relies on, so a malformed file is a ModelError, not a crash
    (or, worse, a result judged against an impossible threshold)."""
    for key in ("name", "version", "model_file", "sha256"):
        if not isinstance(raw[key], str) or not raw[key]:
            raise unusable(f"The model's metadata.json has no valid {key}.")
    for key in ("input", "outputs", "preprocessing", "thresholds"):
        if not isinstance(raw[key], dict):
            raise unusable(f"The model's metadata.json: {key} is not an object.")
    for what, spec in [("input", raw["input"]), *raw["outputs"].items()]:
        if not isinstance(spec, dict) or not isinstance(spec.get("shape"), list) \
                or not isinstance(spec.get("dtype"), str):
            raise unusable(f"The model's metadata.json: {what} needs a shape and a dtype.")
    size = raw["preprocessing"].get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
        raise unusable("The model's metadata.json has no valid preprocessing size.")
    thresholds = raw["thresholds"]
    points = {k: v for k, v in thresholds.items() if isinstance(v, dict)}
    if not points:
        raise unusable("The model's metadata.json declares no operating point.")
    for name, point in points.items():
        value = point.get("value")
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0.0 <= value <= 1.0:
            raise unusable(f"The model's operating point {name!r} has no threshold in [0, 1].")
    if thresholds.get("default", "screening") not in points:
        raise unusable(
            f"The model's default operating point {thresholds.get('default', 'screening')!r} "
            "is not defined in its metadata.json."
        )


def unusable(detail: str) -> ModelError:
    """A model whose files do not hold together (metadata, tensors): one translated sentence; the
    technical ``detail`` stays in English, for IT."""
    return ModelError(QT_TRANSLATE_NOOP(
        "ModelError", "The screening model cannot be used: {detail} Reinstall the application or "
        "the model."), detail=detail)


def open_interpreter(model_file: Path, threads: int, what: str):
    """A LiteRT interpreter with its tensors allocated; ``what`` names the model in the error
    (marked ``QT_TRANSLATE_NOOP("ModelError", ...)`` by the caller)."""
    try:
        from ai_edge_litert.interpreter import Interpreter

        interp = Interpreter(model_path=str(model_file), num_threads=threads)
        interp.allocate_tensors()
    except (ValueError, RuntimeError) as exc:
        raise ModelError(QT_TRANSLATE_NOOP(
            "ModelError", "{what} cannot be loaded by LiteRT ({reason}). Reinstall the "
            "application or the model."), what=translate("ModelError", what), reason=exc) from None
    return interp


def tensor_spec(detail: dict) -> dict:
    """A LiteRT tensor's shape, dtype and quantisation as metadata.json records them (written by
    training's export, read back by the checks at load)."""
    scale, zero = detail["quantization"]
    return {"shape": [int(v) for v in detail["shape"]], "dtype": np.dtype(detail["dtype"]).name,
            "quantization": {"scale": float(scale), "zero_point": int(zero)}}


def open_checked(model_file: Path, sha256: str, threads: int, what: str, damaged: str):
    """``open_interpreter`` once the file's checksum is the metadata's; else ModelError(damaged).
    ``what`` and ``damaged`` are marked ``QT_TRANSLATE_NOOP("ModelError", ...)`` by the caller."""
    if sha256_file(model_file) != sha256:
        raise ModelError(damaged)
    return open_interpreter(model_file, threads, what)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def quantise(x: np.ndarray, detail: dict) -> np.ndarray:
    """Float input in the model's units -> the input tensor's dtype (int8/uint8 or float)."""
    if detail["dtype"] == np.int8 or detail["dtype"] == np.uint8:
        scale, zero = detail["quantization"]
        info = np.iinfo(detail["dtype"])
        return np.clip(np.rint(x / scale) + zero, info.min, info.max).astype(detail["dtype"])
    return x.astype(detail["dtype"])


def dequantise(value: np.ndarray, detail: dict) -> np.ndarray:
    scale, zero = detail["quantization"]
    if scale:
        return (value.astype(np.float32) - np.float32(zero)) * np.float32(scale)
    return value.astype(np.float32)
