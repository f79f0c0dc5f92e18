"""An ensemble of trained pneumonia models as one model of the same shape (issue 20).

Every member ends in a class-activation map of logits, "cam", whose spatial mean is the score's
logit. The ensemble averages the members' maps into its own "cam" and takes the sigmoid of its
mean, so its score is the sigmoid of the members' mean logit and its map is a map of the same
kind: the export, the application's runner and its heatmap read it as they read one model.

``cxrtrain ensemble`` writes a run folder for it beside the members' run, with that run's
configuration and split (all members must share that split: the same seed and fractions), so
that ``cxrtrain export`` quantises, measures and writes it as any other run.
"""

from __future__ import annotations

from pathlib import Path

from .derived_run import members_record, write_run


def build_ensemble(member_paths: list[Path]):
    """A Keras model whose "cam" is the mean of the members' "cam" and whose "score" is the
    sigmoid of that map's mean."""
    import keras
    from keras import layers

    if len(member_paths) < 2:
        raise ValueError("an ensemble needs two or more members")
    members = [keras.models.load_model(p, compile=False) for p in member_paths]
    shape = members[0].inputs[0].shape[1:]
    for path, m in zip(member_paths, members):
        if m.inputs[0].shape[1:] != shape:
            raise ValueError(f"{path}: input {m.inputs[0].shape[1:]}, the first member's is {shape}")
        try:
            m.get_layer("cam")
        except ValueError:
            raise ValueError(f"{path}: no class-activation map (layer 'cam') to average") from None
    image = keras.Input(shape=shape, name="image")
    cams = [keras.Model(m.inputs[0], m.get_layer("cam").output, name=f"member_{i + 1}")(image)
            for i, m in enumerate(members)]
    cam = layers.Average(name="cam")(cams)
    logit = layers.GlobalAveragePooling2D(name="gap")(cam)
    score = layers.Activation("sigmoid", name="score")(logit)
    return keras.Model(image, score, name=f"ensemble_of_{len(members)}")


def make_ensemble_run(run_dir: Path, members: list[Path], out: Path, version: str,
                      card_notes: str = "") -> Path:
    """A run folder at ``out`` whose kept model is the ensemble of ``members``, with
    ``run_dir``'s configuration (export.version set to ``version``) and split."""
    record = {"members": members_record(members),
              "how": "the mean of the members' class-activation logits; score = sigmoid of its mean"}
    return write_run(run_dir, out, lambda: build_ensemble([Path(p) for p in members]), version,
                     card_notes, "ensemble", record)
