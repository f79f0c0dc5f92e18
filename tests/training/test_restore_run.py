"""cxrtrain restore-run: a lost run folder made again from a shipped model's metadata, refused
unless its split is the one the model was trained with."""

import json

import pytest

from helpers.data import REPO, shared

pytest.importorskip("tensorflow")  # cxrtrain's training side

from cxrtrain.restore_run import restore_run  # noqa: E402

MODEL = REPO / "edge_models" / "cxr-pneumonia-cnn" / "2.1.0"


def test_the_shipped_models_run_comes_back_with_its_split(tmp_path):
    data, nih = shared("chest_xray"), shared("nih_adult")
    out = restore_run(MODEL, data, tmp_path / "run", [nih])
    meta = json.loads((MODEL / "metadata.json").read_text())
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["file_list_sha256"] == meta["data"]["file_list_sha256"]
    assert manifest["counts"] == meta["data"]["counts"]
    assert json.loads((out / "config.json").read_text()) == meta["training"]["config"]
    assert (out / "git_commit.txt").read_text().strip() == meta["training"]["git_commit"]
    external = json.loads((out / "external.json").read_text())
    assert external["counts"] == meta["metrics"]["external_data"]["counts"]
    with pytest.raises(FileExistsError):
        restore_run(MODEL, data, out, [nih])


def test_other_data_is_refused_and_writes_nothing(tmp_path):
    data = shared("chest_xray")
    with pytest.raises(ValueError, match="not the same data"):
        restore_run(MODEL, data, tmp_path / "run")  # without nih_adult
    assert not (tmp_path / "run").exists()


def test_the_same_files_split_otherwise_are_refused(tmp_path):
    data, nih = shared("chest_xray"), shared("nih_adult")
    model = tmp_path / "model"
    model.mkdir()
    meta = json.loads((MODEL / "metadata.json").read_text())
    meta["training"]["config"]["seed"] += 1  # another seed: the same files, other patients held out
    (model / "metadata.json").write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="not the same split"):
        restore_run(model, data, tmp_path / "run", [nih])
    assert not (tmp_path / "run").exists()
