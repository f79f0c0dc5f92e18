"""Locks the input check's folder format (docs/MODEL_FORMAT.md, "The input check")."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ -> `import helpers`

from helpers.models import EDGE_MODELS  # noqa: E402

CHECKS = sorted(p.parent for p in EDGE_MODELS.glob("*/*/metadata.json")
                if json.loads(p.read_text()).get("kind") == "input_check")


def test_an_input_check_ships():
    assert CHECKS, f"no input check in {EDGE_MODELS}: the application refuses to screen without one"


@pytest.fixture(params=CHECKS, ids=[f"{p.parent.name}/{p.name}" for p in CHECKS])
def check(request) -> tuple[Path, dict]:
    return request.param, json.loads((request.param / "metadata.json").read_text())


def test_identity_files_and_checksums(check):
    path, meta = check
    assert meta["schema_version"] == 1 and meta["kind"] == "input_check"
    assert meta["name"] == path.parent.name and meta["version"] == path.name
    assert (path / "MODEL_CARD.md").is_file()
    blob = (path / meta["model_file"]).read_bytes()
    assert hashlib.sha256(blob).hexdigest() == meta["sha256"] and len(blob) == meta["size_bytes"]
    density = (path / meta["density_file"]).read_bytes()
    assert hashlib.sha256(density).hexdigest() == meta["density_sha256"]
    reference = b""
    if "view_reference_file" in meta:  # from 1.2.0
        reference = (path / meta["view_reference_file"]).read_bytes()
        assert hashlib.sha256(reference).hexdigest() == meta["view_reference_sha256"]
        assert meta["thresholds"]["frontal_view"]["value"] > 0
    assert len(blob) + len(density) + len(reference) <= 500_000  # the budget


def test_the_application_loads_it_and_its_rule_is_complete(check):
    from cxrscreen.core.xray.check_contract import CHECK_PREPROCESSING
    from cxrscreen.core.screening.input_check import CLASSES, InputChecker

    path, meta = check
    checker = InputChecker.load(path)
    assert tuple(meta["classes"]) == CLASSES
    assert {k: v for k, v in meta["preprocessing"].items() if k != "size"} == CHECK_PREPROCESSING
    assert meta["input"]["shape"] == [1, checker.size, checker.size, 1]
    assert meta["input"]["dtype"] == "int8"
    assert 0.0 <= checker.threshold <= 1.0 and 0.0 <= checker.correction_threshold <= 1.0
    assert np.isfinite(checker.distance_threshold) and checker.distance_threshold > 0
    assert "threshold_choice" in meta


def test_the_model_card_says_what_fitted_and_what_only_chose_thresholds(check):
    path, _ = check
    card = (path / "MODEL_CARD.md").read_text()
    assert "fitted the weights" in card and "only chose thresholds" in card
    assert "Kermany" in card and "CC BY 4.0" in card
