"""MODEL_CARD.md from the metadata, so the card cannot disagree with what the app reads."""

from __future__ import annotations

from pathlib import Path

from .model_card_sites import (collections_section, combined_kind, data_sources, limitations_first,
                               robustness_collections)
from .report import figures_table


def write_model_card(path: Path, meta: dict, notes: str = "") -> None:
    """``notes``: Markdown appended after the figures (what was tried, targets not reached)."""
    m = meta["metrics"]
    th = meta["thresholds"]
    counts = meta["data"]["counts"]
    par = m["parity"]["validation"]
    scr_test = m["test"]["screening"]

    def c(part: str) -> str:
        d = counts[part]
        return f"{d['images']} images of {d['patients']} children ({classes(d['by_class'])})"

    ext = _external(meta)
    text = f"""# Model card: {meta['name']} {meta['version']}

**A screening aid, not a diagnosis.** This model flags frontal chest X-rays of young children that
show signs of pneumonia, so that a health worker can refer the child to a clinician. A clinician
must confirm every result. It must never be the only basis for treating or not treating a child.

## Intended use and users
- Frontal (PA/AP) chest X-rays of children aged about 1–5 years, taken by mobile X-ray units.
- Used by field health workers to decide whether to refer, and by reviewing clinicians as a second
  look, inside the CXR Screen desktop application (fully offline, LiteRT runtime).

## Not for
- Adults or older children; lateral views; other body parts; CT, MR, ultrasound or other modalities
  (the application's input check refuses most of these by their pixels, and DICOM files by their
  tags, but no check catches everything).
- Diagnosis without a clinician; telling bacterial from viral pneumonia; any other disease
  (tuberculosis, effusion, tumours, fractures...): a NORMAL result does not mean a healthy chest.

## Model
- Architecture: `{meta['architecture']}` (batch norm, dropout, L2), {_origin(meta)}, ending in a global-average-pooling + dense head whose class-activation map
  is the model's second output (the heatmap).
- Input: {meta['input']['shape']} {meta['input']['dtype']}; preprocessing `{meta['preprocessing']['name']}`
  (the whole image resized to {meta['preprocessing']['size']} px without cropping, per-image
  1st–99th percentile stretch), implemented once in `cxrscreen.core.xray`.
- Full-integer int8 TFLite, {meta['size_bytes']:,} bytes, sha256 `{meta['sha256']}`.
- The architecture was chosen from four designs trained on the same split (dense baseline, plain
  CNN, this regularised CNN, a depthwise-separable CNN): see `docs/model_comparison.md` in the
  repository.
- Training time: {_training_time(meta)}; git commit
  `{meta['training']['git_commit']}`.{_chosen(meta)}

## Data
{meta['data']['citation']}. Licence CC BY 4.0 (attribution required).
Pediatric frontal chest X-rays (aged 1–5) from Guangzhou Women and Children's Medical Center, graded
by two expert physicians, as 224×224 resized copies (the `train/` folder of the public release;
{meta['data']['duplicates_dropped']} byte-identical duplicates removed). File-list hash
`{meta['data']['file_list_sha256']}`.
{data_sources(meta)}
Split by patient (no child in two parts), stratified, seed {meta['training']['config']['seed']}:
- training: {c('train')};
- validation: {c('val')} — {_validation_role(meta)};
- internal test: {c('test')} — used for nothing but the figures below.
{ext['data']}
## Operating points ({ext['chosen']}, int8 model)
- **screening** (default): threshold {th['screening']['value']:.4f}, {th['screening']['rule']}
  ({_point_figures(th['screening'])}).
- **balanced**: threshold {th['balanced']['value']:.4f}, {th['balanced']['rule']}
  ({_point_figures(th['balanced'])}).
{_high_sensitivity(th)}
## Figures (int8 model as shipped, on the internal test split; 95% bootstrap intervals)
{figures_table(m, 'test')}
{ext['figures']}
At the screening point, {scr_test['confusion']['fn']} of {scr_test['confusion']['tp'] + scr_test['confusion']['fn']}
pneumonia images in the internal test split were missed (not referred), and
{scr_test['confusion']['fp']} of {scr_test['confusion']['fp'] + scr_test['confusion']['tn']} normal images would have been referred.
{_operating_point_note(th)}
Calibration error (ECE) on the internal test split: {m['calibration_ece_test']}.

Float vs int8 parity on validation: label agreement {par['label_agreement']}, AUC {par['auc_float']}
vs {par['auc_int8']} (difference {par['auc_difference']}).
{collections_section(meta)}{_robustness(meta)}{robustness_collections(meta)}{_score_distribution(meta)}
{notes}

## Limitations
{limitations_first(meta)}
- Trained on 224-px resized copies: fine detail is lost; the application resizes every input the
  same way.
- Ages 1–5 only. Small input size and a small model trained without pretrained weights on about
  3,600 children's images (and, where the data section says so, a few hundred adults').
- The heatmap shows where the model's evidence lies on a coarse grid; it is not a segmentation
  of the lesion and can highlight the wrong place.
"""
    path.write_text(text)


def _chosen(meta: dict) -> str:
    chosen = meta["training"].get("chosen")
    if not chosen:
        return ""
    return f"\n- Weights of epoch {chosen['epoch']}, chosen by hand: {chosen['why']}"


def _origin(meta: dict) -> str:
    """Where the weights started: from scratch, or from an earlier shipped model."""
    kind = combined_kind(meta)
    if kind:
        return _combined(kind, meta["training"][kind])
    start = meta["training"].get("init_from")
    if not start:
        return "trained from scratch (no pretrained weights)"
    if not start["path"].endswith(".tflite"):
        return (f"started from the Keras checkpoint `{start['path']}` (sha256 "
                f"`{start['sha256'][:16]}…`) of an earlier run of this project (the notes below "
                "give the chain back to a model trained from scratch); no weights from outside "
                "this project")
    return (f"started from the weights of the earlier shipped model `{start['path']}` (sha256 "
            f"`{start['sha256'][:16]}…`, read back from int8 to floats by `cxrtrain.warm_start`; "
            "that model was itself trained from scratch on the training hospital's children, "
            "with the same split) and fine-tuned on the data below; no weights from outside this "
            "project")


def _training_time(meta: dict) -> str:
    seconds = meta["training"].get("train_seconds")
    kind = combined_kind(meta)
    if seconds is None and kind:
        return ("the sum of its members' training runs, which the notes below give"
                + (" (the average itself takes seconds)" if kind == "soup" else ""))
    return f"{seconds} s on a 2-core CPU"


def _combined(kind: str, record: dict) -> str:
    """An ensemble (one file running every member) or a soup (one model, the members' mean)."""
    members = "; ".join(f"`{m['path']}` (sha256 `{m['sha256'][:16]}…`)" for m in record["members"])
    what = {"ensemble": (f"an ensemble of {len(record['members'])} models", "one file holds them all"),
            "soup": (f"a weight average (\"soup\") of {len(record['members'])} models",
                     "it is one model of their size")}[kind]
    return (f"{what[0]} of this architecture, each trained by this project with the same split "
            f"and no weights from outside it: {members} ({what[1]}; {record['how']}; "
            f"`cxrtrain {kind}`; the notes below say how each member was trained and how long "
            "it took)")


def _high_sensitivity(th: dict) -> str:
    if "high_sensitivity" not in th:
        return ""
    t = th["high_sensitivity"]
    return (f"- **high_sensitivity**: threshold {t['value']:.4f}, {t['rule']}\n"
            f"  ({_point_figures(t)}).\n")


def _validation_role(meta: dict) -> str:
    select_on = meta["training"]["config"]["train"].get("select_on", "val_auc")
    if combined_kind(meta):
        return ("measured; it chose no epoch of this model, which was made from trained models "
                "(see Model and the notes below); with the second collection it chose the "
                "operating points")
    if meta["training"].get("chosen"):
        return ("measured every epoch (the epoch was chosen by hand: see Model); with the second "
                "collection it chose the operating points")
    if select_on == "worst_auc":
        return ("each collection's AUC, with the second collection's, chose the epoch (the "
                "worst of them); with the second collection it chose the operating points")
    if select_on == "external_auc":
        return ("measured every epoch; chose nothing but, with the second collection, the "
                "high_sensitivity point" if "high_sensitivity" in meta["thresholds"] else
                "measured every epoch; chose nothing")
    if "external" in meta["metrics"]:
        return "chose the checkpoint (best validation AUC)"
    return "chose the checkpoint (best validation AUC) and both thresholds"


def _point_figures(point: dict) -> str:
    text = (f"validation sensitivity {point['validation_sensitivity']}, specificity "
            f"{point['validation_specificity']}")
    if "external_sensitivity" in point:
        text = (f"second collection sensitivity {point['external_sensitivity']}, specificity "
                f"{point['external_specificity']}; " + text)
    return text


def _external(meta: dict) -> dict:
    m = meta["metrics"]
    if "external" not in m:
        return {"data": "\nNo second collection was used.\n", "chosen": "chosen on validation",
                "figures": ""}
    d = m["external_data"]
    counts = d["counts"]
    data = f"""
Second collection: `{d['source']}`, {counts['images']} images of {counts['patients']} children
({classes(counts['by_class'])}), half (split by patient) of the data set's official test split, which was
collected apart from `train/`. Use: it {d['use']}. Its figures below are therefore somewhat
optimistic. The other half of the official test split is held out for independent evaluation and
was not available to us in any way.
"""
    figures = f"""
## Figures on the second collection (`{d['source']}`; int8 model as shipped; 95% bootstrap intervals)
{figures_table(m, 'external')}

Subgroups on the second collection at the screening point: {_groups(m['subgroups_external']['screening'])}.
Calibration error (ECE) on the second collection: {m['calibration_ece_external']}.
"""
    return {"data": data, "chosen": "chosen on the second collection", "figures": figures}


def _groups(groups: dict) -> str:
    return ", ".join(f"{g} {next(v for k, v in x.items() if k != 'n'):.3f} (n={x['n']})"
                     for g, x in sorted(groups.items()))


def _robustness(meta: dict) -> str:
    r = meta.get("robustness")
    if not r:
        return ""
    rows = ["| shift | ROC-AUC | sensitivity | specificity |", "|---|---|---|---|"]
    for name, f in r["shifts"].items():
        rows.append(f"| {name} | {f['auc']:.3f} | {f['sensitivity']:.3f} ({f['sensitivity_change']:+.3f}) | "
                    f"{f['specificity']:.3f} ({f['specificity_change']:+.3f}) |")
    verdict = "within" if r["border_invariant_within_0.05"] else "NOT within"
    table = "\n".join(rows)
    return f"""
## Robustness (second collection under synthetic shifts, at the screening point)
Written by `cxrtrain robustness`; change from the unshifted images in brackets.

{table}

Cutting or padding 10% of every edge changes sensitivity and specificity {verdict} 0.05.
"""


def classes(by_class: dict[str, int]) -> str:
    """Image counts per class in words, e.g. "201 normal, 580 pneumonia"."""
    return ", ".join(f"{n} {label.lower()}" for label, n in sorted(by_class.items()))


def _score_distribution(meta: dict) -> str:
    d = meta.get("score_distribution")
    if not d:
        return ""
    bins = d["bins"]

    def shares(h: list[int]) -> str:
        n = max(sum(h), 1)
        return (f"{100 * h[0] / n:.0f}% below {1 / bins:.2f}, "
                f"{100 * h[-1] / n:.0f}% at or above {1 - 1 / bins:.2f}")

    sets = "\n".join(f"- {name} ({s['n']} images: {classes(s['n_by_class'])}): {shares(s['all'])}."
                     for name, s in d["sets"].items())
    return f"""
## Score distribution (the hospital monitor's drift reference)
`metadata.json` holds, under `score_distribution`, histograms ({bins} equal bins on [0, 1]) of the
int8 model's scores, overall and per true class. `cxrscreen monitor` compares the field's scores
with the `{d['reference']}` set (population stability index).

{sets}
"""


def _operating_point_note(th: dict) -> str:
    if th["balanced"]["value"] < th["screening"]["value"]:
        return ("\nNote: for this model the balanced point (Youden's J) has a LOWER threshold than the "
                "screening point, so it refers more children: on validation, specificity stayed high "
                "at low thresholds. The screening rule only guarantees validation sensitivity >= the "
                "target with the best specificity; sites that want more sensitivity can choose "
                "\"balanced\" in the settings.\n")
    return ""
