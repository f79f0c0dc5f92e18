"""cxrtrain soup: one model whose weights are the mean of several trained models' weights."""

import json

import numpy as np
import pytest

pytest.importorskip("tensorflow")

from cxrtrain.config import ModelConfig  # noqa: E402
from cxrtrain.soup import average_weights, make_soup_run  # noqa: E402


def _member(path, seed, width=4):
    import keras

    from cxrtrain.models import build

    keras.utils.set_random_seed(seed)
    build(ModelConfig(width=width), 64, positive_fraction=0.5).save(path)
    return path


def test_every_weight_is_the_members_mean_and_the_soup_is_neither_member(tmp_path):
    import keras

    paths = [_member(tmp_path / f"m{i}.keras", seed) for i, seed in enumerate((1, 2))]
    members = [keras.models.load_model(p, compile=False) for p in paths]
    soup = average_weights(paths)
    for a, b, s in zip(members[0].get_weights(), members[1].get_weights(), soup.get_weights()):
        np.testing.assert_allclose(s, (a.astype(np.float64) + b) / 2, rtol=1e-6, atol=1e-7)
    x = np.random.default_rng(0).random((4, 64, 64, 1)).astype(np.float32)
    scores = [np.asarray(m(x, training=False)) for m in (*members, soup)]
    assert not np.allclose(scores[2], scores[0], atol=1e-4)
    assert not np.allclose(scores[2], scores[1], atol=1e-4)
    weighted = average_weights(paths, [0.25, 0.75])
    w0, w1, ws = (m.get_weights()[0] for m in (*members, weighted))
    np.testing.assert_allclose(ws, 0.25 * w0.astype(np.float64) + 0.75 * w1, rtol=1e-6, atol=1e-7)


def test_members_must_share_one_architecture_and_the_shares_must_add_up(tmp_path):
    a = _member(tmp_path / "a.keras", 1)
    wide = _member(tmp_path / "wide.keras", 2, width=8)
    with pytest.raises(ValueError, match="one architecture"):
        average_weights([a, wide])
    with pytest.raises(ValueError, match="two or more"):
        average_weights([a])
    b = _member(tmp_path / "b.keras", 3)
    with pytest.raises(ValueError, match="summing to 1"):
        average_weights([a, b], [0.5, 0.6])


def test_the_run_folder_takes_the_runs_split_and_records_the_members(tmp_path):
    import keras

    run = tmp_path / "run"
    run.mkdir()
    (run / "config.json").write_text(json.dumps({"export": {"version": "2.1.0"}, "seed": 7}))
    (run / "manifest.json").write_text("{}")
    paths = [_member(tmp_path / f"m{i}.keras", seed) for i, seed in enumerate((1, 2))]
    out = make_soup_run(run, paths, tmp_path / "soup", "2.2.0", "notes.md")
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["export"] == {"version": "2.2.0", "card_notes": "notes.md"} and cfg["seed"] == 7
    record = json.loads((out / "soup.json").read_text())
    assert [m["path"] for m in record["members"]] == [str(p) for p in paths]
    assert "0.50 each" in record["how"]
    kept = keras.models.load_model(out / "best.keras", compile=False).get_weights()
    for k, s in zip(kept, average_weights(paths).get_weights()):
        np.testing.assert_array_equal(k, s)
    with pytest.raises(FileExistsError):
        make_soup_run(run, paths, out, "2.2.0")


def test_the_card_calls_it_a_weight_average_and_names_the_members():
    from cxrtrain.model_card import _origin, _training_time

    meta = {"training": {"train_seconds": None, "soup": {
        "members": [{"path": "a.keras", "sha256": "1" * 64}, {"path": "b.keras", "sha256": "2" * 64}],
        "how": "the plain mean of the members' weights (0.50 each)"}}}
    origin = _origin(meta)
    assert 'weight average ("soup") of 2 models' in origin and "`cxrtrain soup`" in origin
    assert "`a.keras`" in origin and "`b.keras`" in origin and "ensemble" not in origin
    assert "None" not in _training_time(meta) and "members' training runs" in _training_time(meta)


def test_the_card_says_validation_chose_no_epoch_of_a_model_made_from_trained_ones():
    from cxrtrain.model_card import _validation_role

    soup = {"training": {"config": {"train": {"select_on": "worst_auc"}},
                         "soup": {"members": [], "how": ""}}, "thresholds": {}, "metrics": {}}
    assert "chose no epoch" in _validation_role(soup)
    trained = {"training": {"config": {"train": {"select_on": "worst_auc"}}}, "thresholds": {},
               "metrics": {}}
    assert "chose the epoch" in _validation_role(trained)
