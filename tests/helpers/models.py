"""A screening model for the tests: the shipped one when edge_models/ has one (the contract is
about the real model), otherwise a tiny model trained once with cxrtrain and cached.

The tiny model is built in a subprocess (TensorFlow never enters the test process) from
tests/training/tiny.toml: one epoch, 64 px, ~60 images of ../shared/data/chest_xray, about a
minute on two cores. It is cached under pytest's cache folder, keyed by the training code, the
config and the pixel contract, so later runs reuse it.

CXRSCREEN_TEST_MODEL=<model folder> runs the tests against another model (e.g. a candidate).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .data import CHEST_TRAIN, REPO

EDGE_MODELS = REPO / "edge_models"
TINY_CONFIG = REPO / "tests" / "training" / "tiny.toml"


def shipped_model() -> Path | None:
    """The application's default model in the repository's edge_models/, if one was shipped."""
    from cxrscreen.core.errors import ModelError
    from cxrscreen.core.screening.litert import find_default_model

    try:
        return find_default_model(EDGE_MODELS)
    except ModelError:
        return None


def shipped_models() -> list[Path]:
    """Every pneumonia model folder under edge_models/<name>/<version>/ (the input check, whose
    metadata says "kind": "input_check", has a format of its own: test_input_check_format.py)."""
    from cxrscreen.core.screening.litert import model_kind

    return sorted(p.parent for p in EDGE_MODELS.glob("*/*/metadata.json")
                  if model_kind(p.parent) != "input_check")


def tiny_model_key() -> str:
    digest = hashlib.sha256()
    sources = [TINY_CONFIG, REPO / "desktop" / "cxrscreen" / "core" / "xray" / "contract.py",
               *sorted((REPO / "training" / "cxrtrain").glob("*.py"))]
    for path in sources:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def build_tiny_model(work: Path) -> Path:
    """Train and export the tiny model under ``work``; returns the model folder."""
    run, cache, out = work / "run", work / "cache", work / "models"
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "CUDA_VISIBLE_DEVICES": ""}
    cli = [sys.executable, "-m", "cxrtrain.cli"]
    for args in (["train", "--config", str(TINY_CONFIG), "--data", str(CHEST_TRAIN.parent),
                  "--out", str(run), "--cache", str(cache)],
                 ["export", str(run), "--to", str(out), "--cache", str(cache)]):
        proc = subprocess.run(cli + args, env=env, capture_output=True, text=True, timeout=900)
        if proc.returncode != 0:
            raise RuntimeError(f"cxrtrain {args[0]} failed:\n{proc.stderr[-4000:]}")
    meta = next(out.glob("*/*/metadata.json"))
    return meta.parent


def cached_tiny_model(cache_root: Path) -> Path:
    """The tiny model, built once and reused while its inputs are unchanged."""
    dest = cache_root / f"tiny-{tiny_model_key()}"
    if (dest / "metadata.json").is_file():
        meta = json.loads((dest / "metadata.json").read_text())
        if (dest / meta["model_file"]).is_file():
            return dest
    work = cache_root / f"build-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    built = build_tiny_model(work)
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(built, dest)
    shutil.rmtree(work, ignore_errors=True)
    return dest


def model_dir_fixture(request, tmp_path_factory) -> Path:
    """Body of the session-scoped ``model_dir`` fixtures (tests/core and tests/cli)."""
    import pytest

    chosen = os.environ.get("CXRSCREEN_TEST_MODEL")  # try a candidate model before shipping it
    if chosen:
        return Path(chosen)
    shipped = shipped_model()
    if shipped is not None:
        return shipped
    if not CHEST_TRAIN.is_dir():
        pytest.skip("no model shipped in edge_models/ and no ../shared/data/chest_xray to train "
                    "the tiny test model from")
    try:
        root = Path(request.config.cache.mkdir("cxrscreen-test-models"))
    except AttributeError:  # pytest's cache plugin disabled (-p no:cacheprovider)
        root = tmp_path_factory.mktemp("models")
    return cached_tiny_model(root)
