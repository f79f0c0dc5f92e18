"""Training on two hospitals (issue 20): the second collection's labels, its split by patient,
the weights that keep hospital and view from predicting the label, and figures per collection."""

from pathlib import Path

import numpy as np
import pytest

from cxrtrain.collection_eval import collections_report, figures
from cxrtrain.config import Config
from cxrtrain.data import Sample, deduplicate, discover, split_by_patient
from cxrtrain.labels_csv import WEAK_SUBGROUPS
from cxrtrain.manifest import Split
from cxrtrain.sites import SECOND_SITE_SPLIT, add_collections, describe_weights, sample_weights

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
NIH = SHARED / "nih_adult"
needs_nih = pytest.mark.skipif(not NIH.is_dir(), reason="../shared/data/nih_adult is absent")


@needs_nih
def test_nih_labels_become_two_classes_with_their_label_as_subgroup():
    samples = discover(NIH)
    assert len(samples) == 769
    by = {}
    for s in samples:
        by.setdefault(s.subgroup, set()).add(s.label)
        assert s.source == "nih_adult" and s.patient.startswith("nih_adult:")
        assert s.view in ("PA", "AP")
    assert by == {"lung_opacity": {1}, "nih_pneumonia": {1}, "normal": {0},
                  "not_normal_no_opacity": {0}}


def test_unknown_label_is_refused(tmp_path):
    (tmp_path / "labels.csv").write_text("file,patient_id,view,label\na.png,1,PA,maybe\n")
    with pytest.raises(ValueError, match="unknown label 'maybe'"):
        discover(tmp_path)


@needs_nih
def test_second_collection_is_split_by_patient_and_weak_labels_only_train():
    cfg = Config()
    first = Split(train=[], val=[], test=[], source="none")
    split = add_collections(first, cfg, [NIH])
    parts = [{s.patient for s in p} for p in (split.train, split.val, split.test)]
    assert not (parts[0] & parts[1]) and not (parts[0] & parts[2]) and not (parts[1] & parts[2])
    assert not any(s.subgroup in WEAK_SUBGROUPS for s in split.val + split.test)
    assert any(s.subgroup in WEAK_SUBGROUPS for s in split.train)
    n = {k: len({s.patient for s in getattr(split, k)}) for k in ("train", "val", "test")}
    assert n["test"] > 100 and n["val"] > 70


@needs_nih
def test_input_check_holds_out_the_same_nih_patients_as_the_pneumonia_model():
    from cxrtrain.input_check.dataset import chest_split

    (val_f, test_f), seed = SECOND_SITE_SPLIT
    cfg = Config()
    cfg.seed, cfg.data.also_val_fraction, cfg.data.also_test_fraction = seed, val_f, test_f
    pneumonia = add_collections(Split(train=[], val=[], test=[], source="none"), cfg, [NIH])
    check_train, _, check_test = chest_split(SHARED)
    strong_test = {s.patient for s in check_test
                   if s.source == "nih_adult" and s.subgroup not in WEAK_SUBGROUPS}
    assert strong_test == {s.patient for s in pneumonia.test}
    assert not {s.patient for s in check_train} & {s.patient for s in pneumonia.test}


def _sample(source, label, view="", subgroup=""):
    return Sample(f"/{source}/{label}/{view}", label, f"p{np.random.rand()}",
                  subgroup or ("pneumonia" if label else "normal"), source=source, view=view)


def test_weights_give_each_collection_class_and_view_its_share():
    cfg = Config()
    cfg.train.balance, cfg.train.collection_share, cfg.train.weak_label_weight = "collection", 0.6, 0.5
    samples = ([_sample("kids", 0)] * 30 + [_sample("kids", 1)] * 90
               + [_sample("adults", 0, "PA")] * 40 + [_sample("adults", 0, "AP")] * 5
               + [_sample("adults", 1, "AP")] * 20 + [_sample("adults", 1, "PA")] * 4
               + [_sample("adults", 1, "AP", "nih_pneumonia")] * 10)
    w = sample_weights(samples, cfg)
    assert w.mean() == pytest.approx(1.0)
    share = describe_weights(samples, w)
    assert share["kids/0/-"] == pytest.approx(0.3, abs=1e-3)
    assert share["kids/1/-"] == pytest.approx(0.3, abs=1e-3)
    for key in ("adults/0/AP", "adults/0/PA", "adults/1/AP", "adults/1/PA"):
        assert share[key] == pytest.approx(0.1, abs=1e-3)  # the view predicts nothing
    weak = [x for s, x in zip(samples, w) if s.subgroup == "nih_pneumonia"]
    strong_ap = [x for s, x in zip(samples, w) if s.view == "AP" and s.label == 1
                 and s.subgroup != "nih_pneumonia"]
    assert weak[0] == pytest.approx(0.5 * strong_ap[0])


def test_class_balance_keeps_the_old_weighting():
    cfg = Config()
    samples = [_sample("kids", 0)] * 25 + [_sample("kids", 1)] * 75
    w = sample_weights(samples, cfg)
    assert w[0] == pytest.approx(0.5 / 0.25) and w[-1] == pytest.approx(0.5 / 0.75)


def test_figures_per_collection_and_opacity_vs_normal():
    rng = np.random.default_rng(0)
    samples = ([_sample("adults", 1, "AP", "lung_opacity")] * 40
               + [_sample("adults", 0, "PA", "normal")] * 40
               + [_sample("adults", 0, "PA", "not_normal_no_opacity")] * 40
               + [_sample("kids", 1)] * 30 + [_sample("kids", 0)] * 30)
    y = np.array([s.label for s in samples])
    scores = np.clip(0.5 * y + rng.uniform(0, 0.6, len(y)), 0, 1)
    th = {"screening": {"value": 0.5}}
    report = collections_report({"test": (samples, scores)}, th)
    assert set(report) == {"adults", "kids"}
    adults = report["adults"]["test"]
    assert adults["n"] == 120 and "roc_auc_opacity_vs_normal" in adults
    assert "roc_auc_opacity_vs_normal" not in report["kids"]["test"]
    groups = adults["points"]["screening"]["subgroups"]
    assert set(groups["normal"]) == {"n", "specificity"}
    assert set(groups["lung_opacity"]) == {"n", "sensitivity"}
    direct = figures(samples[:120], scores[:120], th)
    assert direct["roc_auc"]["value"] == adults["roc_auc"]["value"]
