"""``cxrtrain add-score-distribution``: write the score-distribution block (score_distribution.py)
into an already exported model's metadata.json and its model card again, from its training run.
Beside export.py rather than inside score_distribution.py, which export.py imports."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import numpy as np

from . import metrics
from .data import Sample, load_cached
from .export import card_notes
from .manifest import load_external, open_run
from .model_card import write_model_card
from .score_distribution import score_distribution, sets_from_scores
from .scoring import score_tflite

log = logging.getLogger(__name__)


class ProvenanceError(ValueError):
    """The run given is not the one the model was exported from."""


def add_score_distribution(model_dir: Path, run_dir: Path, cache_dir: Path | None = None) -> dict:
    """Compute the block for an exported model from its training run and write it into its
    metadata.json, and its model card again (model.tflite is read, never written)."""
    model_dir, run_dir = Path(model_dir), Path(run_dir)
    meta_path = model_dir / "metadata.json"
    meta = json.loads(meta_path.read_text())
    model_path = model_dir / meta["model_file"]
    sha = hashlib.sha256(model_path.read_bytes()).hexdigest()
    if sha != meta["sha256"]:
        raise ProvenanceError(f"{model_path} does not match its metadata's sha256")
    cfg, split, cache = open_run(run_dir, cache_dir)
    if (cfg.export.name, cfg.export.version) != (meta["name"], meta["version"]):
        raise ProvenanceError(f"run {run_dir} exports {cfg.export.name} {cfg.export.version}, "
                              f"not {meta['name']} {meta['version']}")
    if split.file_list_sha256 != meta["data"]["file_list_sha256"]:
        raise ProvenanceError(f"run {run_dir} used another file list than {model_dir}")
    size = meta["preprocessing"]["size"]
    y_val = _labels(split.val)
    q_val, _ = score_tflite(model_path, load_cached(split.val, size, cache))
    _check_auc(y_val, q_val, meta)
    ext, external = load_external(run_dir), None
    if ext is not None:
        q_ext, _ = score_tflite(model_path, load_cached(ext[1], size, cache))
        external = (_labels(ext[1]), q_ext, ext[0])
    block = score_distribution(sha, sets_from_scores((y_val, q_val), split.source, external))
    meta["score_distribution"] = block
    meta_path.write_text(json.dumps(meta, indent=2))
    write_model_card(model_dir / "MODEL_CARD.md", meta,
                     card_notes(meta["training"]["config"]["export"].get("card_notes", "")))
    log.info("score distribution written into %s (%s)", meta_path,
             ", ".join(f"{k}: {v['n']}" for k, v in block["sets"].items()))
    return block


def _check_auc(y: np.ndarray, q: np.ndarray, meta: dict) -> None:
    """The recomputed validation AUC must be the metadata's: same model, same images, same
    preprocessing (else the histograms would describe something the model card does not)."""
    recorded = meta["metrics"]["validation"]["screening"]["roc_auc"]["value"]
    now = round(metrics.roc_auc(y, q), 4)
    if abs(now - recorded) > 1e-4:
        raise ProvenanceError(f"validation AUC recomputed as {now}, the metadata says "
                              f"{recorded}: not the run (or the preprocessing) of this model")


def _labels(samples: list[Sample]) -> np.ndarray:
    return np.array([s.label for s in samples])
