"""Typed training configuration, loaded from TOML. Every run records the config it used."""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

ARCHITECTURES = ("dense_baseline", "plain_cnn", "regularised_cnn", "separable_cnn")


@dataclass
class DataConfig:
    image_size: int = 224
    val_fraction: float = 0.15
    test_fraction: float = 0.15
    limit: int = 0  # 0 = all images; >0 = a stratified subset (for the CI smoke run)
    # Further training collections (train --also DIR), each split by patient on its own: these
    # fractions of its patients go to validation and to the held-out test part.
    also_val_fraction: float = 0.2
    also_test_fraction: float = 0.3


AUGMENT_CHAINS = ("geometric", "acquisition")
# "worst_auc": the lowest of the second collection's AUC and each training collection's validation
# AUC, so that the epoch kept is the one where no collection is weak.
SELECT_ON = ("val_auc", "external_auc", "worst_auc")


@dataclass
class AugmentConfig:
    # "geometric": rotation, shift, zoom, brightness, contrast (model 1.0.0).
    # "acquisition": cxrtrain.augment, what another site's machine and export do to an image.
    chain: str = "geometric"
    rotation_degrees: float = 7.0
    shift_fraction: float = 0.06
    zoom_fraction: float = 0.10
    brightness: float = 0.10
    contrast: float = 0.15
    # Used by the acquisition chain only.
    border_fraction: float = 0.12  # each edge cropped or padded by up to this fraction
    gamma_max: float = 1.8  # gamma drawn log-uniformly in [1/gamma_max, gamma_max]
    blur_probability: float = 0.5
    sharpen_max: float = 1.5
    # The strongest blur, as a Gaussian's sigma in pixels at the input size. 1.0 is the blur of
    # every model up to 2.2.0 (an area downsample by 2 and back); above 1, each batch draws its
    # blur's strength up to this.
    blur_sigma_max: float = 1.0
    noise_std: float = 0.03
    lowres_probability: float = 0.25
    jpeg_probability: float = 0.3
    bar_probability: float = 0.15
    bar_fraction: float = 0.08
    # Acquisition chain: every edge cropped (or padded) by the same random amount up to this, on
    # top of the per-edge border: a tighter or wider collimation, zoomed back to the input size.
    symmetric_zoom: float = 0.0


@dataclass
class ModelConfig:
    architecture: str = "regularised_cnn"
    width: int = 16  # filters of the first block; later blocks grow from it
    dropout: float = 0.3
    l2: float = 1e-4
    # A shipped int8 model (.tflite, read back by cxrtrain.warm_start) or a Keras checkpoint
    # (.keras) of the same architecture to start from instead of random weights; a path relative
    # to the working directory. Empty: from scratch.
    init_from: str = ""
    # A framing net (cxrtrain framing-net, cxrtrain.framing) to put in front of the classifier,
    # frozen: every image is reframed to the standard frame before the CNN sees it. Empty: none.
    framing: str = ""


@dataclass
class TrainConfig:
    epochs: int = 12
    batch_size: int = 32
    learning_rate: float = 2e-3
    class_weighting: bool = True
    patience: int = 5
    # Which figure keeps the best checkpoint: "val_auc" (the validation split of the training
    # folder) or "external_auc" (a second collection passed as --external: it then chose the
    # epoch, and the model card says so).
    select_on: str = "val_auc"
    # "class": the two classes weigh the same. "collection": each training collection weighs its
    # share (collection_share for the folder given as --data, the rest split among --also), the two
    # classes weigh the same within each collection, and within each class of a collection that
    # records views the views weigh the same, so that neither hospital nor view predicts the label.
    balance: str = "class"
    collection_share: float = 0.6
    weak_label_weight: float = 0.5  # relative weight of weak labels (labels_csv.WEAK_SUBGROUPS)
    # > 0: keep an exponential moving average of the weights (this momentum per step) and judge and
    # keep the averaged weights at the end of each epoch (keras.callbacks.SwapEMAWeights), so that
    # the epoch chosen is less a matter of where the last steps happened to land.
    ema_momentum: float = 0.0
    # > 0: each image is also trained re-framed (cxrtrain.consistency), and this weight times the
    # squared difference of the two views' logits is added to the loss.
    framing_consistency: float = 0.0
    # The seed of training's own randomness (first weights, shuffling, augmentation, the warm
    # start's calibration images). -1: the top-level seed, which also fixes the split. Another
    # value repeats a recipe on the same split, to measure how far one run moves.
    seed: int = -1

    def seed_for(self, split_seed: int) -> int:
        return split_seed if self.seed < 0 else self.seed


@dataclass
class ExportConfig:
    name: str = "cxr-pneumonia-cnn"
    version: str = "1.0.0"
    calibration_images: int = 300
    screening_min_sensitivity: float = 0.97
    # With further training collections (train --also): the screening point also keeps this
    # sensitivity on their validation patients (0 = no such condition).
    also_min_sensitivity: float = 0.0
    # Markdown appended to the model card (what was tried, which targets were not reached), a
    # path relative to the repository root. Empty: none.
    card_notes: str = ""


@dataclass
class Config:
    seed: int = 1234
    data: DataConfig = field(default_factory=DataConfig)
    augment: AugmentConfig = field(default_factory=AugmentConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    export: ExportConfig = field(default_factory=ExportConfig)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: dict) -> "Config":
        sections = {f.name: f.type for f in fields(cls)}
        kwargs = {}
        for key, value in raw.items():
            if key not in sections:
                raise ValueError(f"unknown config key {key!r}")
            if isinstance(value, dict):
                sub = {"data": DataConfig, "augment": AugmentConfig, "model": ModelConfig,
                       "train": TrainConfig, "export": ExportConfig}[key]
                known = {f.name for f in fields(sub)}
                unknown = set(value) - known
                if unknown:
                    raise ValueError(f"unknown keys in [{key}]: {sorted(unknown)}")
                kwargs[key] = sub(**value)
            else:
                kwargs[key] = value
        cfg = cls(**kwargs)
        if cfg.augment.chain not in AUGMENT_CHAINS:
            raise ValueError(f"augment.chain must be one of {AUGMENT_CHAINS}")
        if cfg.train.select_on not in SELECT_ON:
            raise ValueError(f"train.select_on must be one of {SELECT_ON}")
        if cfg.train.balance not in ("class", "collection"):
            raise ValueError("train.balance must be class or collection")
        if cfg.model.architecture not in ARCHITECTURES:
            raise ValueError(f"architecture must be one of {ARCHITECTURES}")
        return cfg


def load_config(path: str | Path) -> Config:
    with open(path, "rb") as fh:
        return Config.from_dict(tomllib.load(fh))
