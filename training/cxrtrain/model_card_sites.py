"""The model card's sections for a model trained on more than one hospital (train --also): where
each collection comes from, and its figures and its framing robustness on its own."""

from __future__ import annotations

from .derived_run import KINDS

PARTS = {"validation": "validation patients", "test": "held-out test patients",
         "external": "second collection (external_val)"}


def combined_kind(meta: dict) -> str | None:
    """"ensemble" or "soup" for a model made from trained models, else None."""
    return next((k for k in KINDS if meta["training"].get(k)), None)


def data_sources(meta: dict) -> str:
    cols = meta["data"].get("collections")
    if not cols:
        return ""
    lines = ["", "Training collections (each split by its own patients; weighted so that each "
             "class of each collection, and each view within it, carries a fixed share):"]
    for name, c in cols.items():
        lines.append(f"- `{name}`: {c.get('what', '')}. {c.get('citation', '')}. "
                     f"Licence: {c.get('license', '')}.")
    return "\n".join(lines) + "\n"


def _ci(v: dict) -> str:
    lo, hi = v["ci95"]
    return f"{v['value']:.3f} ({lo:.3f}–{hi:.3f})"


def collections_section(meta: dict) -> str:
    cols = meta["metrics"].get("collections")
    if not cols:
        return ""
    rows = ["| collection | part | images (positive) | ROC-AUC | opacity vs normal AUC | "
            "sensitivity | specificity |", "|---|---|---|---|---|---|---|"]
    for source, parts in cols.items():
        for part, f in parts.items():
            p = f["points"].get("screening", {})
            auc = _ci(f["roc_auc"]) if "roc_auc" in f else "–"
            opac = _ci(f["roc_auc_opacity_vs_normal"]) if "roc_auc_opacity_vs_normal" in f else "–"
            sens = _ci(p["sensitivity"]) if "sensitivity" in p else "–"
            spec = _ci(p["specificity"]) if "specificity" in p else "–"
            rows.append(f"| `{source}` | {PARTS.get(part, part)} | {f['n']} ({f['positives']}) | "
                        f"{auc} | {opac} | {sens} | {spec} |")
    groups = []
    for source, parts in cols.items():
        test = parts.get("test") or parts.get("external")
        if not test or "screening" not in test["points"]:
            continue
        g = test["points"]["screening"]["subgroups"]
        groups.append(f"- `{source}`: " + ", ".join(
            f"{k} {next(v for kk, v in x.items() if kk != 'n'):.3f} (n={x['n']})"
            for k, x in g.items()))
    chosen = meta["training"].get("chosen") or combined_kind(meta)
    epoch = ("The epoch or the model was chosen by hand (see Model, above); the validation "
             "patients, with the second collection, chose the operating point" if chosen else
             "The validation patients chose the epoch (the worst collection's AUC) and, with the "
             "second collection, the operating point")
    return ("\n## Figures per collection (int8 model as shipped, at the screening point; 95% "
            "bootstrap intervals)\nEach hospital on its own, so that a weak one is not averaged "
            f"away behind a strong one. {epoch}; the held-out test patients chose nothing.\n\n"
            + "\n".join(rows) +
            "\n\nPer label at the screening point (sensitivity for positive labels, specificity "
            "for negative ones), on held-out patients:\n" + "\n".join(groups) + "\n")


def robustness_collections(meta: dict) -> str:
    r = meta.get("robustness_collections")
    if not r:
        return ""
    out = []
    for source, rep in r.items():
        rows = ["| shift | ROC-AUC | sensitivity | specificity |", "|---|---|---|---|"]
        for name, f in rep["shifts"].items():
            rows.append(f"| {name} | {f['auc']:.3f} | {f['sensitivity']:.3f} "
                        f"({f['sensitivity_change']:+.3f}) | {f['specificity']:.3f} "
                        f"({f['specificity_change']:+.3f}) |")
        out.append(f"\n## Robustness on `{source}` (held-out test patients, at the screening "
                   "point)\n\n" + "\n".join(rows) + "\n")
    return "".join(out)


def limitations_first(meta: dict) -> str:
    if not meta["data"].get("collections"):
        return ("- Trained on one centre, one population, one kind of machine. The second "
                "collection comes from\n  the same data set's release and is still far closer to "
                "the training images than a new site's\n  machine will be: expect lower figures "
                "at a new site, in particular lower specificity. Re-evaluate\n  on local labelled "
                "data (`cxrtrain evaluate RUN --data FOLDER`) before relying on the operating\n"
                "  point.")
    return ("- Trained on two hospitals only: children from one (Guangzhou) and adults from "
            "another (NIH).\n  No children from a second hospital fitted or chose anything: "
            "expect lower figures at a new\n  site, in particular lower specificity. Re-evaluate "
            "on local labelled data\n  (`cxrtrain evaluate RUN --data FOLDER`) before relying on "
            "the operating point.\n- The adults teach the model what another hospital's "
            "machines, and abnormal chests without an\n  opacity, look like; the product is "
            "still for children, and adults are outside its intended use.")
