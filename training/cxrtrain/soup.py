"""A weight average ("model soup") of trained pneumonia models (issue 20).

Models fine-tuned from one another, or from one starting point, often lie in one basin of the
loss, where the mean of their weights is itself a good model. Unlike an ensemble it is one model
of the members' size and speed. Models trained apart do not share a basin, and their mean is
usually worthless: the soup is measured like any candidate before anything ships.

Every weight is averaged, batch-normalisation statistics included (they are not estimated again).
``cxrtrain soup`` writes a run folder for it beside the members' run, as ``cxrtrain ensemble``
does, so that ``cxrtrain export`` quantises, measures and writes it as any other run.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .derived_run import members_record, write_run


def average_weights(member_paths: list[Path], shares: list[float] | None = None):
    """The first member's model with every weight replaced by the members' weighted mean
    (``shares``, default equal; they must sum to 1). The members must have the same layers."""
    import keras

    if len(member_paths) < 2:
        raise ValueError("a weight average needs two or more members")
    shares = [1 / len(member_paths)] * len(member_paths) if shares is None else list(shares)
    if len(shares) != len(member_paths) or abs(sum(shares) - 1) > 1e-6 or min(shares) < 0:
        raise ValueError(f"shares {shares}: one per member, none negative, summing to 1")
    members = [keras.models.load_model(p, compile=False) for p in member_paths]
    first = _layout(members[0])
    for path, m in zip(member_paths[1:], members[1:]):
        if _layout(m) != first:
            raise ValueError(f"{path}: its layers or weight shapes differ from {member_paths[0]}'s; "
                             "only models of one architecture can be averaged")
    weights = [m.get_weights() for m in members]
    mean = [sum(share * w[i].astype(np.float64) for share, w in zip(shares, weights))
            .astype(weights[0][i].dtype) for i in range(len(weights[0]))]
    soup = members[0]
    soup.set_weights(mean)
    return soup


def make_soup_run(run_dir: Path, members: list[Path], out: Path, version: str,
                  card_notes: str = "") -> Path:
    """A run folder at ``out`` whose kept model is the equal-weight average of ``members``."""
    record = {"members": members_record(members),
              "how": (f"the plain mean of the members' weights ({1 / len(members):.2f} each), "
                      "batch-normalisation statistics included")}
    return write_run(run_dir, out, lambda: average_weights([Path(p) for p in members]), version,
                     card_notes, "soup", record)


def _layout(model) -> list[tuple[str, tuple]]:
    """Each layer's kind and weight shapes, in order (names differ between models built apart)."""
    return [(type(layer).__name__, tuple(tuple(w.shape) for w in layer.weights))
            for layer in model.layers]
