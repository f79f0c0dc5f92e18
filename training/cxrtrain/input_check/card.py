"""The input check's model card (MODEL_CARD.md).
"""

from __future__ import annotations

import json
from pathlib import Path

from cxrscreen.core.xray.check_contract import CHECK_PREPROCESSING
from cxrscreen.core.screening.input_check import CLASSES

from .dataset import NAME, SEED, SPLIT


def write_model_card(folder: Path, meta: dict, train_info: dict) -> None:
    t = meta["thresholds"]
    choice = meta.get("threshold_choice", {})
    view = t.get("view")
    view_rule = (f"""
- Then, for an accepted image: the two-sided view score (both halves of the chest mirror each
  other, as in a frontal view; a lateral view does not) must be >= {view['value']:.4g}. It learns
  nothing; the threshold is the {view['quantile']:.2%} quantile of the score on
  {view['fitted_on']} (rule: {view.get('rule', '')}; false refusals at the choice:
  {json.dumps(view.get('false_refusal_at_choice', {}))}). Refused as `lateral_view`.""" if view else "")
    evidence = t.get("frontal_view")
    if evidence:
        view_rule = f"""
- Then, for an accepted image: is it laid out as a frontal chest? Two measures, judged together:
  the two-sided view score (both halves of the chest mirror each other, as in a frontal view)
  and the coarse layout's distance (8 x 8 cell means of the 64-px input, Mahalanobis) to the
  fitted chests; their tail probabilities among those chests are combined by Fisher's method
  into the side-view evidence, which must be <= {evidence['value']:.4g} (`{meta.get('view_reference_file')}`).
  The threshold is the {1 - evidence['quantile']:.2%} quantile of the evidence on
  {evidence['fitted_on']} (rule: {evidence.get('rule', '')}; false refusals at the choice:
  {json.dumps(evidence.get('false_refusal_at_choice', {}))}). {_on_doubt(evidence)}"""
    derived = (f"\n- {meta['derived_from']}." if meta.get("derived_from") else "")
    drawn = ("""- Side (lateral) chest views drawn here from anatomy (cxrtrain.lateral_render: one lung
  field, the spine near the back edge, the sternum and heart in front, the diaphragm falling
  backwards), three in four filled with the band-passed texture of one lung of a training chest,
  one per training chest, as "other X-ray". No lateral chest X-ray fitted anything.
""" if train_info.get("drawn_laterals") else "")
    drawn_limit = ("""
- The drawn side views were designed after three of ood/lateral_cxr that check 1.2.0 accepted
  had been looked at, and the thresholds of the model are chosen to refuse the most of the
  worst ood folder (often lateral_cxr): the lateral figure is optimistic; the hidden sets are
  the honest test.""" if train_info.get("drawn_laterals") else "")
    tuned = (f", fine-tuning the weights of a first training of {train_info['init_epochs']} epochs "
             f"on the same examples without the drawn side views (learning rate "
             f"{train_info.get('learning_rate')})" if train_info.get("init_epochs") else "")
    evidence_limit = ("""
- The side-view evidence's design (an 8 x 8 layout, Fisher's combination with the view score)
  was written down before it was evaluated, with one alternative (refuse when either measure is
  beyond its own threshold), in one run that also reported ood/lateral_cxr; only Fisher's met the
  chest limits at any candidate. Those 22 laterals had already been looked at while the view
  score was designed (1.1.0), so the lateral figure is optimistic.
- Tilted chests are judged more often by the side-view evidence: `cxrtrain input-check shifts`
  gives the share of external_val it refuses or refers under each shift (docs/INPUT_CHECK.md)."""
                      if evidence else "")
    nih = ("""- nih_adult (NIH Clinical Center, USA; Wang et al., CVPR 2017; labels Shih et al., Radiology:
  AI 2019; no restrictions on use): adults' frontal chests of another hospital, healthy and
  diseased, the TRAIN patients of the pneumonia model 2.0.0's split of this folder (by patient,
  seed 2020, validation 20%, test 30%), as upright frontal chests (6 augmented copies each) and
  turned and inverted like the others.
""" if "nih_adult" in json.dumps(t.get("frontal_view", {})) else "")
    text = f"""# {NAME} {meta['version']} — input check (is this a frontal chest X-ray?)

Refuses what must not be scored by the pneumonia model, and turns back or un-inverts chests that
are turned or negative. Runs in the application before every score (cxrscreen.core.input_check).

## What it is
- int8 TFLite CNN, input 64x64 grey (preprocessing `{CHECK_PREPROCESSING['name']}`: the whole image
  to 224x224 then 64x64, stretch of the 1st..99th percentile), {meta['size_bytes']} bytes.
- Outputs: probabilities of {', '.join(CLASSES)}; and the pooled features, whose {_density(meta)}
  (`feature_density.npz`) flags kinds of image never seen.
- Rule: accept when P(frontal_chest) >= {t['frontal_chest']['value']:.4g} and distance <=
  {t['distance']['value']:.4g}; a most-likely turn or negative with probability >=
  {t['correction']['value']:.4g} is undone and the corrected image checked again (at most two
  corrections). Before the model, an image with more than 3% clearly coloured pixels is refused.{view_rule}{derived}

## Data that fitted the weights (licence-permitted only)
- chest_xray/train (Kermany, Zhang, Goldbaum 2018, Mendeley Data v2, doi:10.17632/rscbjbr9sj.2,
  CC BY 4.0): the TRAIN patients of the pneumonia model's split (by patient, seed {SEED},
  validation {SPLIT[0]:.0%}, internal test {SPLIT[1]:.0%}), augmented (framing, rotation up to 10
  degrees, mirror, exposure, blur, noise, borders); the same images turned 90/180/270 degrees and
  inverted; small crops of them as "other X-ray".
{nih}- ood/knee (Chen 2018, Knee Osteoarthritis Severity Grading Dataset, doi:10.17632/56rmx5bjcr.1,
  CC BY 4.0) as "other X-ray"; pydicom-data's RG3 knee CR as "other X-ray"; its MR, CT,
  ultrasound, photograph and secondary-capture files as "not an X-ray".
- Images rendered by cxrtrain.input_check_synth: noise, gradients, documents and forms,
  screenshots, photograph-like shapes, ultrasound fans, CT/MR-like cross-sections (not X-ray) and
  limb-like radiographs (other X-ray).
{drawn}- Training: {train_info.get('epochs')} epochs, {train_info.get('examples')} examples,
  {train_info.get('seconds')} s{tuned}.

## Data that only chose thresholds (never fitted)
The validation patients of chest_xray/train (and, from 2.0.0, of nih_adult), chest_xray/external_val, chest_other and the ood/
folders (knee, dental, hand, lateral_cxr, natural): {json.dumps(choice.get('sets', {}))}.
Rule: {choice.get('rule', '')}.
False refusals at the chosen point: {json.dumps(choice.get('false_refusal_at_choice', {}))}.
Refusals at the chosen point: {json.dumps(choice.get('refusal_at_choice', {}))}.
Because these folders chose the thresholds, their figures are optimistic; the hidden sets are the
honest test. The internal test patients of chest_xray/train were not used for anything but the
report (`cxrtrain input-check evaluate`).

## Limits
- It has never seen a real lateral chest X-ray{" (only drawn ones)" if train_info.get("drawn_laterals") else ""}, a dental panoramic or a hand during fitting: those are
  refused through the model{" (drawn side views are among its other X-rays)" if train_info.get("drawn_laterals") else ""}, the feature distance{" and the side-view evidence" if evidence else (" and the two-sided view score" if view else "")}, which
  are weaker than a class of their own.
- Adults' chests (chest_other) sit farther from the children's chests it learned than children's
  chests do; a few can be refused as not a frontal chest.{evidence_limit}{drawn_limit}
- See docs/INPUT_CHECK.md for the measured refusal rates per kind of input.
"""
    (folder / "MODEL_CARD.md").write_text(text)


def _density(meta: dict) -> str:
    """What the distance is measured to, from the metadata (2.1.0 fits framed chests too)."""
    text = meta.get("density", "")
    if "re-framed" not in text:
        return "Mahalanobis distance to the upright training chests"
    return text.replace("Mahalanobis distance of the int8 model's pooled features",
                        "Mahalanobis distance", 1)


def _on_doubt(evidence: dict) -> str:
    if evidence.get("on_doubt") == "refer":
        return ("Above it, a film the model accepted is a doubt, not a refusal: it is screened and "
                "referred for a clinician's reading (refer_reason view_uncertain), because "
                "one-sided disease also breaks both measures. The 'false refusals' at the choice "
                "count these doubts.")
    return "Refused as `lateral_view`."

