"""One Markdown report per evaluation, embedding its plots."""

from __future__ import annotations

from pathlib import Path


def format_ci(m: dict) -> str:
    """0.123 (0.100–0.150): a figure with its 95% interval."""
    lo, hi = m["ci95"]
    return f"{m['value']:.3f} ({lo:.3f}–{hi:.3f})"


def figures_table(result: dict, part: str) -> str:
    rows = ["| operating point | threshold | sensitivity | specificity | precision | F1 | accuracy | ROC-AUC | PR-AUC | TP / FP / TN / FN |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for name in result[part]:
        f = result[part][name]
        c = f["confusion"]
        rows.append(
            f"| {name} | {f['threshold']:.3f} | {format_ci(f['sensitivity'])} | {format_ci(f['specificity'])} | "
            f"{format_ci(f['precision'])} | {format_ci(f['f1'])} | {format_ci(f['accuracy'])} | {format_ci(f['roc_auc'])} | "
            f"{format_ci(f['pr_auc'])} | {c['tp']} / {c['fp']} / {c['tn']} / {c['fn']} |")
    return "\n".join(rows)


def _subgroup_table(groups_by_point: dict) -> list[str]:
    names = sorted(groups_by_point["screening"])
    lines = ["| operating point | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for name in groups_by_point:
        groups = groups_by_point[name]
        cells = [f"{next(v for k, v in g.items() if k != 'n'):.3f} (n={g['n']})" for _, g in sorted(groups.items())]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def external_section(result: dict) -> list[str]:
    """The second collection beside the internal figures (empty when the run has none)."""
    if "external" not in result:
        return []
    source = result.get("external_source") or "the second collection"
    chose = ("It chose the checkpoint's epoch (when the run's config says select_on = "
             "external_auc) and the operating points, so these figures are somewhat optimistic; "
             "it was never trained on.") if result.get("thresholds_chosen_on") == "external" else \
        "It chose nothing."
    return [
        f"## Figures on the second collection ({source})",
        "",
        f"A collection of children's X-rays gathered apart from the training folder. {chose}",
        "",
        figures_table(result, "external"),
        "",
        "### Subgroups on the second collection",
        "",
        *_subgroup_table(result["subgroups_external"]),
        "",
        f"### Calibration on the second collection: ECE {result['calibration_external']['ece']:.3f}",
        "",
        "![reliability, second collection](reliability_external.png)",
        "",
        "![ROC and PR, second collection](roc_pr_external.png)",
        "",
    ]


def write_report(out_dir: Path, result: dict, title: str) -> Path:
    th = result["thresholds"]
    chosen = "the second collection" if result.get("thresholds_chosen_on") == "external" else "validation"
    lines = [
        f"# Evaluation report: {result.get('model', 'model')}",
        "",
        f"Figures reported on: **{title}**, and on the second collection when the run has one. "
        f"Operating points were chosen on {chosen}; the internal test split chose nothing, so its "
        "figures are the honest ones for the training hospital. 95% intervals: percentile "
        "bootstrap over images, 1,000 rounds.",
        "",
        f"## Operating points (chosen on {chosen})",
        "",
        f"- screening (default): {th['screening']['value']:.4f} — {th['screening']['rule']}",
        f"- balanced: {th['balanced']['value']:.4f} — {th['balanced']['rule']}",
        *([f"- high_sensitivity: {th['high_sensitivity']['value']:.4f} — "
           f"{th['high_sensitivity']['rule']}"] if "high_sensitivity" in th else []),
        "",
        f"## Figures on {title}",
        "",
        figures_table(result, "test"),
        "",
        "### Subgroups (sensitivity for pneumonia kinds, specificity for normal)",
        "",
        *_subgroup_table(result["subgroups_test"]),
    ]
    lines += [
        "",
        f"### Calibration: ECE {result['calibration_test']['ece']:.3f}",
        "",
        "![reliability](reliability.png)",
        "",
        "![ROC and PR](roc_pr.png)",
        "",
        *external_section(result),
        "## Figures on the validation split (may have chosen the checkpoint: optimistic)",
        "",
        figures_table(result, "validation"),
        "",
    ]
    if (out_dir / "example_heatmaps.png").exists():
        lines += ["## Example heatmaps (class-activation maps)", "", "![heatmaps](example_heatmaps.png)", ""]
    if (out_dir.parent / "learning_curves.png").exists():
        lines += ["## Learning curves", "", "![learning curves](../learning_curves.png)", ""]
    path = out_dir / "REPORT.md"
    path.write_text("\n".join(lines))
    return path
