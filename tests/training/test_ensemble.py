"""cxrtrain ensemble: the members' mean logit as one model with the same two outputs (score and
class-activation map), which quantises and runs as a single model does."""

import json

import numpy as np
import pytest

pytest.importorskip("tensorflow")

from cxrtrain.config import ModelConfig  # noqa: E402
from cxrtrain.ensemble import build_ensemble, make_ensemble_run  # noqa: E402


def _member(path, seed):
    import keras

    from cxrtrain.models import build

    keras.utils.set_random_seed(seed)
    model = build(ModelConfig(width=4), 64, positive_fraction=0.5)
    # Move every "cam" bias so that the members disagree and the mean is not either one.
    cam = model.get_layer("cam")
    kernel, bias = cam.get_weights()
    cam.set_weights([kernel, bias + (seed - 1.5)])
    model.save(path)
    return path


def _logit(p):
    return np.log(p / (1 - p))


def test_score_is_the_sigmoid_of_the_members_mean_logit_and_the_map_is_their_mean(tmp_path):
    import keras

    from cxrtrain.models import with_cam_output

    paths = [_member(tmp_path / f"m{i}.keras", seed) for i, seed in enumerate((1, 2))]
    x = np.random.default_rng(0).random((3, 64, 64, 1)).astype(np.float32)
    members = [with_cam_output(keras.models.load_model(p, compile=False)) for p in paths]
    outs = [[np.asarray(o) for o in m(x, training=False)] for m in members]
    ens = with_cam_output(build_ensemble(paths))
    score, cam = (np.asarray(o) for o in ens(x, training=False))
    mean_logit = (_logit(outs[0][0]) + _logit(outs[1][0])) / 2
    assert not np.allclose(outs[0][0], outs[1][0], atol=1e-3)
    np.testing.assert_allclose(_logit(score), mean_logit, atol=1e-4)
    np.testing.assert_allclose(cam, (outs[0][1] + outs[1][1]) / 2, atol=1e-5)
    # As for one model: sigmoid(mean(cam)) == score, which the application's heatmap relies on.
    np.testing.assert_allclose(1 / (1 + np.exp(-cam.mean(axis=(1, 2, 3)))), score.ravel(), atol=1e-5)


def test_an_ensemble_quantises_to_one_int8_model_with_score_and_map(tmp_path):
    from cxrtrain.export import quantise_int8
    from cxrtrain.models import with_cam_output
    from cxrtrain.scoring import score_keras, score_tflite

    paths = [_member(tmp_path / f"m{i}.keras", seed) for i, seed in enumerate((1, 2))]
    ens_path = tmp_path / "ensemble.keras"
    build_ensemble(paths).save(ens_path)
    rng = np.random.default_rng(1)
    images = rng.integers(0, 256, (24, 64, 64), dtype=np.uint8)
    import keras

    tflite = quantise_int8(with_cam_output(keras.models.load_model(ens_path, compile=False)),
                           images[:16])
    model_path = tmp_path / "model.tflite"
    model_path.write_bytes(tflite)
    q, cams = score_tflite(model_path, images[16:])
    f, _ = score_keras(ens_path, images[16:])
    assert cams is not None and cams.shape[1:3] == (4, 4)
    assert np.max(np.abs(q - f)) < 0.05


def test_members_must_have_a_map_and_the_same_input(tmp_path):
    import keras

    from cxrtrain.models import build

    a = _member(tmp_path / "a.keras", 1)
    other = build(ModelConfig(width=4), 32)
    other.save(tmp_path / "small.keras")
    with pytest.raises(ValueError, match="input"):
        build_ensemble([a, tmp_path / "small.keras"])
    plain = keras.Sequential([keras.Input((64, 64, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(1, activation="sigmoid")])
    plain.save(tmp_path / "plain.keras")
    with pytest.raises(ValueError, match="class-activation map"):
        build_ensemble([a, tmp_path / "plain.keras"])
    with pytest.raises(ValueError, match="two or more"):
        build_ensemble([a])


def test_the_run_folder_takes_the_runs_split_and_a_new_version(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    (run / "config.json").write_text(json.dumps({"export": {"version": "2.1.0"}, "seed": 7}))
    (run / "manifest.json").write_text("{}")
    (run / "git_commit.txt").write_text("abc\n")
    paths = [_member(tmp_path / f"m{i}.keras", seed) for i, seed in enumerate((1, 2))]
    out = make_ensemble_run(run, paths, tmp_path / "ens", "2.2.0", "notes.md")
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["export"] == {"version": "2.2.0", "card_notes": "notes.md"} and cfg["seed"] == 7
    assert (out / "manifest.json").read_text() == "{}" and (out / "best.keras").is_file()
    record = json.loads((out / "ensemble.json").read_text())
    assert [m["path"] for m in record["members"]] == [str(p) for p in paths]
    assert all(len(m["sha256"]) == 64 for m in record["members"])
    with pytest.raises(FileExistsError):
        make_ensemble_run(run, paths, out, "2.2.0")
    with pytest.raises(FileNotFoundError, match="not a finished training run"):
        make_ensemble_run(tmp_path, paths, tmp_path / "ens2", "2.2.0")


def test_the_card_names_the_members_and_does_not_invent_a_training_time():
    from cxrtrain.model_card import _origin, _training_time

    meta = {"training": {"train_seconds": None, "ensemble": {
        "members": [{"path": "a.keras", "sha256": "1" * 64}, {"path": "b.keras", "sha256": "2" * 64}],
        "how": "the mean of the members' class-activation logits"}}}
    origin = _origin(meta)
    assert "an ensemble of 2 models" in origin and "`a.keras`" in origin and "`b.keras`" in origin
    assert "None" not in _training_time(meta) and "members' training runs" in _training_time(meta)
    assert _training_time({"training": {"train_seconds": 832.0}}) == "832.0 s on a 2-core CPU"
