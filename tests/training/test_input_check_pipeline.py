"""The input check's smoke run: the 1.3.0 recipe end to end on a few real images (``--quick``:
120 training chests and 20 made-up images of each kind), one epoch, then fine-tuning with the
drawn side views, then export with a version of its own, and a load by the application. It never
trains the shipped check; the thresholds are chosen on the real chest sets by the real rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxrscreen.core.xray.read import read_xray
from cxrscreen.core.screening.input_check import InputChecker
from cxrscreen.core.xray.check_contract import check_input

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (DATA / "chest_xray").is_dir(),
                                 reason="../shared/data/chest_xray is absent")]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from cxrtrain.input_check.cli import main

    base = tmp_path_factory.mktemp("ic")
    first, tuned, models = base / "first", base / "tuned", base / "models"
    data = ["--data", str(DATA)]
    assert main(["train", *data, "--quick", "--epochs", "1", "--out", str(first)]) == 0
    assert main(["train", *data, "--quick", "--epochs", "1", "--init", str(first),
                 "--learning-rate", "5e-4", "--drawn-laterals", "--out", str(tuned)]) == 0
    assert main(["export", str(tuned), *data, "--to", str(models), "--version", "9.9.9"]) == 0
    return first, tuned, models / "cxr-input-check" / "9.9.9"


def test_fine_tuning_adds_the_drawn_side_views_to_the_first_runs_examples(exported):
    first, tuned, _ = exported
    a = json.loads((first / "train.json").read_text())
    b = json.loads((tuned / "train.json").read_text())
    assert b["drawn_laterals"] is True and b["init"] == str(first)
    assert b["per_class"]["other_xray"] == a["per_class"]["other_xray"] + 120
    assert b["examples"] == a["examples"] + 120
    assert (first / "cache" / "input_check_renders_quick.npz").is_file()


def test_the_export_is_a_check_the_application_loads(exported):
    _, _, folder = exported
    meta = json.loads((folder / "metadata.json").read_text())
    assert meta["version"] == "9.9.9"
    assert meta["training"]["drawn_laterals"] is True and meta["training"]["init_epochs"] == 1
    assert "frontal_view" in meta["thresholds"] and meta["view_reference_file"]
    card = (folder / "MODEL_CARD.md").read_text()
    assert "drawn here from anatomy" in card and "No lateral chest X-ray fitted anything" in card
    assert "fine-tuning the weights of a first training of 1 epochs" in card
    checker = InputChecker.load(folder)
    assert checker.info["version"] == "9.9.9"
    chest = sorted((DATA / "chest_xray" / "external_val" / "NORMAL").glob("*"))[0]
    probs, distance = checker.scores(check_input(read_xray(chest).pixels, checker.size))
    assert abs(sum(probs.values()) - 1.0) < 0.05 and distance >= 0.0
