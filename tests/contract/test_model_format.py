"""Locks the metadata.json format (docs/MODEL_FORMAT.md) of every model shipped in edge_models/."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ -> `import helpers`

from helpers.models import EDGE_MODELS, shipped_models  # noqa: E402

MODELS = shipped_models()
REQUIRED = {"schema_version", "name", "version", "created", "architecture", "labels", "model_file",
            "sha256", "size_bytes", "input", "outputs", "preprocessing", "thresholds", "metrics",
            "data", "training"}

pytestmark = pytest.mark.skipif(
    not MODELS, reason=f"no model has been shipped yet in {EDGE_MODELS} (cxrtrain export writes it)")


def _ids(paths):
    return [f"{p.parent.name}/{p.name}" for p in paths]


@pytest.fixture(params=MODELS, ids=_ids(MODELS))
def model(request) -> tuple[Path, dict]:
    return request.param, json.loads((request.param / "metadata.json").read_text())


def test_required_keys_and_identity(model):
    path, meta = model
    assert REQUIRED <= set(meta), REQUIRED - set(meta)
    assert meta["schema_version"] == 1
    assert meta["name"] == path.parent.name and meta["version"] == path.name
    assert all(part.isdigit() for part in meta["version"].split("."))
    assert meta["labels"] == ["NORMAL", "PNEUMONIA"]
    assert (path / "MODEL_CARD.md").is_file()


def test_sha256_and_size_match_the_file(model):
    path, meta = model
    blob = (path / meta["model_file"]).read_bytes()
    assert hashlib.sha256(blob).hexdigest() == meta["sha256"]
    assert len(blob) == meta["size_bytes"]


def test_tensors_match_the_metadata(model):
    path, meta = model
    from cxrscreen.core.screening.screener import Screener

    screener = Screener.load(path)  # runs check_tensors
    assert meta["input"]["dtype"] == "int8"
    shape = meta["input"]["shape"]
    assert len(shape) == 4 and shape[0] == 1 and shape[3] == 1 and shape[1] == shape[2]
    assert meta["outputs"]["score"]["shape"] == [1, 1]
    if "cam" in meta["outputs"]:
        cam = meta["outputs"]["cam"]["shape"]
        assert len(cam) == 4 and cam[0] == 1 and cam[3] == 1
    assert screener.meta.size == shape[1]


def test_thresholds_are_probabilities(model):
    _, meta = model
    thresholds = meta["thresholds"]
    assert thresholds["default"] in thresholds
    for name in ("screening", "balanced"):
        assert 0.0 <= thresholds[name]["value"] <= 1.0
        assert thresholds[name]["rule"]


def test_preprocessing_is_the_one_the_app_implements(model):
    _, meta = model
    from cxrscreen.core.xray.contract import PREPROCESSING

    assert meta["preprocessing"]["name"] == PREPROCESSING["name"]
    assert {k: v for k, v in meta["preprocessing"].items() if k != "size"} == PREPROCESSING
    assert meta["preprocessing"]["size"] == meta["input"]["shape"][1]


def test_data_citation_and_licence(model):
    _, meta = model
    assert "Kermany" in meta["data"]["citation"]
    assert meta["data"]["license"] == "CC BY 4.0"
