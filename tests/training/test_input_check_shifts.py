"""``cxrtrain input-check shifts``: the shipped check's refusals of frontal chests under each
robustness shift, through the application's own path."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxrscreen.core.screening.input_check import find_input_check
from cxrtrain.input_check.shifts import main, refusals_under_shifts
from cxrtrain.robustness import SHIFTS

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
CHECK = find_input_check([ROOT / "edge_models"])


@pytest.mark.skipif(CHECK is None or not (DATA / "chest_xray" / "external_val").is_dir(),
                    reason="needs the shipped input check and ../shared/data/chest_xray")
def test_every_shift_is_reported_for_every_image(capsys):
    result = main(CHECK, DATA, limit=6)
    assert list(result) == list(SHIFTS)
    for row in result.values():
        assert row["n"] == 6 and 0.0 <= row["refused"] <= 1.0
        assert sum(row["codes"].values()) == round(row["refused"] * 6)
    assert result["none"]["refused"] == 0.0  # these six frontal chests pass as they are
    out = capsys.readouterr().out
    assert "rotate -10°" in out and "6 frontal chests" in out


def test_a_refusal_under_a_shift_is_counted_with_its_code(tmp_path):
    """A check that can pass nothing (P(frontal chest) threshold above 1) refuses every image
    under every shift, and each refusal is counted under its code."""
    if CHECK is None or not (DATA / "chest_xray" / "external_val").is_dir():
        pytest.skip("needs the shipped input check and ../shared/data/chest_xray")
    import json
    import shutil

    folder = tmp_path / CHECK.name
    shutil.copytree(CHECK, folder)
    meta = json.loads((folder / "metadata.json").read_text())
    meta["thresholds"]["frontal_chest"]["value"] = 1.01  # nothing can pass
    (folder / "metadata.json").write_text(json.dumps(meta))
    files = sorted((DATA / "chest_xray" / "external_val").glob("*/*"))[:3]
    result = refusals_under_shifts(folder, files)
    assert all(row["refused"] == 1.0 for row in result.values())
    assert all(sum(row["codes"].values()) == 3 for row in result.values())
