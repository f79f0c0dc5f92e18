"""Training on more than one hospital: each collection split by its own patients, weights that
keep hospital and view from predicting the label, and the AUC of every collection after every
epoch, so that the epoch kept is one where no collection is weak.

A model trained at one hospital learns the hospital, the view and the patients' age as readily as
the disease (Zech et al. 2018; DeGrave et al. 2021). In ``nih_adult`` the view follows the label
(most normal films are PA, most opacities AP): without balancing, "AP" alone would be a good
predictor of pneumonia there, and useless anywhere else.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path

import numpy as np

from .config import Config
from .data import Sample, deduplicate, discover, file_list_sha256, split_by_patient
from .labels_csv import WEAK_SUBGROUPS, strong_only
from .manifest import Split

log = logging.getLogger(__name__)

# What each training collection is and how to cite it (the model card prints these).
CITATIONS = {
    "chest_xray": {
        "what": "children aged 1-5, Guangzhou Women and Children's Medical Center (China)",
        "citation": "Kermany D., Zhang K., Goldbaum M. (2018). Labeled Optical Coherence "
                    "Tomography (OCT) and Chest X-Ray Images for Classification. Mendeley Data, "
                    "v2. doi:10.17632/rscbjbr9sj.2",
        "license": "CC BY 4.0"},
    "nih_adult": {
        "what": "adults aged 16-86, NIH Clinical Center, Bethesda (USA): radiologists' reads from "
                "the RSNA 2018 Pneumonia Detection Challenge (lung opacity / normal / abnormal "
                "without opacity) and NIH's report-mined Pneumonia label (weak, training only)",
        "citation": "Wang X. et al. (2017). ChestX-ray8: Hospital-scale Chest X-ray Database and "
                    "Benchmarks. CVPR. Images courtesy of the NIH Clinical Center "
                    "(https://nihcc.app.box.com/v/ChestXray-NIHCC). Labels: Shih G. et al. (2019). "
                    "Augmenting the NIH Chest Radiograph Dataset with Expert Annotations of "
                    "Possible Pneumonia. Radiology: Artificial Intelligence 1(1)",
        "license": "NIH: no restrictions on use; RSNA labels: use with attribution"},
}

# How a further collection is split by patient ((validation, test) fractions, seed): the pneumonia
# model 2.0.0's data.also_*_fraction and seed (training/configs/v2.toml). The input check splits
# nih_adult with the same, so both models hold out the same patients (a test checks it).
SECOND_SITE_SPLIT = ((0.2, 0.3), 2020)


def add_collections(split: Split, cfg: Config, also: list[str | Path]) -> Split:
    """``split`` (the --data folder's) with each further collection split by its own patients and
    appended part by part. Weak labels stay in training only: they are too noisy to judge by."""
    train, val, test = list(split.train), list(split.val), list(split.test)
    sources = [split.source]
    dropped = split.duplicates_dropped
    everything = train + val + test
    for folder in also:
        samples, d = deduplicate(discover(folder))
        dropped += d
        tr, va, te = split_by_patient(samples, cfg.data.also_val_fraction,
                                      cfg.data.also_test_fraction, cfg.seed)
        train += tr
        val += strong_only(va)
        test += strong_only(te)
        everything += samples
        sources.append(str(folder))
        log.info("%s: train %d, val %d, test %d (weak labels kept in training only)", folder,
                 len(tr), len(strong_only(va)), len(strong_only(te)))
    return Split(train=train, val=val, test=test, duplicates_dropped=dropped,
                 file_list_sha256=file_list_sha256(everything), source=" + ".join(sources))


def sample_weights(samples: list[Sample], cfg: Config) -> np.ndarray:
    """Per-sample training weights, mean 1 (see TrainConfig.balance)."""
    t = cfg.train
    labels = np.array([s.label for s in samples])
    if t.balance == "class":
        pos = float(labels.mean())
        return np.where(labels == 1, 0.5 / pos, 0.5 / (1.0 - pos))
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(samples):
        by_source[s.source].append(i)
    main = samples[0].source
    others = [k for k in by_source if k != main]
    share = {main: t.collection_share if others else 1.0}
    for k in others:
        share[k] = (1.0 - t.collection_share) / len(others)
    w = np.zeros(len(samples))
    for source, idx in by_source.items():
        for label in (0, 1):
            members = [i for i in idx if samples[i].label == label]
            if not members:
                continue
            raw = np.array([t.weak_label_weight if samples[i].subgroup in WEAK_SUBGROUPS else 1.0
                            for i in members])
            views = np.array([samples[i].view for i in members])
            if len(set(views.tolist())) > 1:  # each view of this class weighs the same
                for v in set(views.tolist()):
                    raw[views == v] /= raw[views == v].sum()
            w[members] = share[source] * 0.5 * raw / raw.sum()
    return w * len(samples) / w.sum()


def describe_weights(samples: list[Sample], w: np.ndarray) -> dict:
    """Total weight per collection, class and view: what the run logs, so the balance is visible."""
    out: dict[str, float] = defaultdict(float)
    for s, x in zip(samples, w):
        out[f"{s.source}/{s.label}/{s.view or '-'}"] += float(x)
    total = sum(out.values())
    return {k: round(v / total, 4) for k, v in sorted(out.items())}


def collection_auc_callback(sets: dict[str, tuple[np.ndarray, np.ndarray]]):
    """A Keras callback adding ``auc_<name>`` for each (images uint8, labels) set to the epoch's
    logs, and ``worst_auc``, their minimum, before the checkpoint callback reads them."""
    import keras

    from . import metrics

    prepared = {k: (x.astype("float32")[..., None] / 255.0, y) for k, (x, y) in sets.items()}

    class _CollectionAUC(keras.callbacks.Callback):
        scorer = None  # the model to score with, if not the one being fitted

        def _aucs(self):
            aucs = {}
            for name, (x, y) in prepared.items():
                m = self.scorer or self.model
                s = np.asarray(m.predict(x, batch_size=64, verbose=0)).reshape(-1)
                aucs[name] = float(metrics.roc_auc(y, s))
            return aucs

        def on_train_begin(self, logs=None):  # a warm start's figures before any step
            aucs = self._aucs()
            log.info("before training: %s", ", ".join(f"{k} {v:.4f}" for k, v in aucs.items()))

        def on_epoch_end(self, epoch, logs=None):
            aucs = self._aucs()
            worst = min(aucs.values())
            if logs is not None:
                logs.update({f"auc_{k}": v for k, v in aucs.items()})
                logs["worst_auc"] = worst
                if "external_val" in aucs:
                    logs["ext_auc"] = aucs["external_val"]
            log.info("epoch %d: %s; worst %.4f", epoch + 1,
                     ", ".join(f"{k} {v:.4f}" for k, v in aucs.items()), worst)

    return _CollectionAUC()
