"""training/recipes/chain.sh runs the shipped chain (1.1.0, v4, v6, v8, then the soup) from random
weights: its four configurations must stay the shipped stages' own, apart from where each starts
and the version it would be exported as, and each stage must start where the recipe left the last."""

import dataclasses
import re
import subprocess

import pytest

from helpers.data import REPO

pytest.importorskip("tensorflow")  # cxrtrain's training side

from cxrtrain.config import load_config  # noqa: E402

CONFIGS = REPO / "training" / "configs"
RECIPE = REPO / "training" / "recipes" / "chain.sh"
STAGES = {"chain_s1": "shipped", "chain_s2": "v4", "chain_s3": "v6", "chain_s4": "v8"}
STARTS = {"chain_s1": "", "chain_s2": "runs/chain/s1/best.keras",
          "chain_s3": "runs/chain/s2/best.keras", "chain_s4": "runs/chain/s3/epochs/epoch_06.keras"}


def _as_compared(cfg) -> dict:
    d = dataclasses.asdict(cfg)
    d["model"].pop("init_from", None)
    for key in ("version", "card_notes"):
        d["export"].pop(key, None)
    return d


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_each_stage_is_the_shipped_stage_with_only_its_start_changed(stage):
    ours = load_config(CONFIGS / f"{stage}.toml")
    theirs = load_config(CONFIGS / f"{STAGES[stage]}.toml")
    assert _as_compared(ours) == _as_compared(theirs)
    assert (ours.model.init_from or "") == STARTS[stage]


def test_the_recipe_trains_every_stage_in_order_and_averages_the_right_epochs():
    text = RECIPE.read_text()
    subprocess.run(["bash", "-n", str(RECIPE)], check=True)
    assert "chain_s1.toml" in text and 'chain_s$n.toml' in text and "for n in 2 3 4" in text
    assert re.search(r'soup "\$out/s3/epochs/epoch_06\.keras" "\$chosen"', text)
    assert 'epoch_0[4-8].keras' in text  # the candidates chain_notes.md names
