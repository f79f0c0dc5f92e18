"""One Markdown report per evaluation, embedding its plots."""

from __future__ import annotations

from pathlib import Path


def _fmt(m: dict) -> str:
    lo, hi = m["ci95"]
    return f"{m['value']:.3f} ({lo:.3f}–{hi:.3f})"


def figures_table(result: dict, part: str) -> str:
    rows = ["| operating point | threshold | sensitivity | specificity | precision | F1 | accuracy | ROC-AUC | PR-AUC | TP / FP / TN / FN |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for name in ("screening", "balanced"):
        f = result[part][name]
        c = f["confusion"]
        rows.append(
            f"| {name} | {f['threshold']:.3f} | {_fmt(f['sensitivity'])} | {_fmt(f['specificity'])} | "
            f"{_fmt(f['precision'])} | {_fmt(f['f1'])} | {_fmt(f['accuracy'])} | {_fmt(f['roc_auc'])} | "
            f"{_fmt(f['pr_auc'])} | {c['tp']} / {c['fp']} / {c['tn']} / {c['fn']} |")
    return "\n".join(rows)


def write_report(out_dir: Path, result: dict, title: str) -> Path:
    th = result["thresholds"]
    lines = [
        f"# Evaluation report: {result.get('model', 'model')}",
        "",
        f"Figures reported on: **{title}**. Thresholds were chosen on the validation split only "
        "(it also chose the checkpoint), so the validation figures are optimistic and the figures on "
        "the reported split are the honest ones. 95% intervals: percentile bootstrap over images, "
        "1,000 rounds.",
        "",
        "## Operating points (chosen on validation)",
        "",
        f"- screening (default): {th['screening']['value']:.4f} — {th['screening']['rule']}",
        f"- balanced: {th['balanced']['value']:.4f} — {th['balanced']['rule']}",
        "",
        f"## Figures on {title}",
        "",
        figures_table(result, "test"),
        "",
        "### Subgroups (sensitivity for pneumonia kinds, specificity for normal)",
        "",
        "| operating point | " + " | ".join(sorted(result["subgroups_test"]["screening"])) + " |",
        "|---|" + "---|" * len(result["subgroups_test"]["screening"]),
    ]
    for name in ("screening", "balanced"):
        groups = result["subgroups_test"][name]
        cells = [f"{next(v for k, v in g.items() if k != 'n'):.3f} (n={g['n']})" for _, g in sorted(groups.items())]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += [
        "",
        f"### Calibration: ECE {result['calibration_test']['ece']:.3f}",
        "",
        "![reliability](reliability.png)",
        "",
        "![ROC and PR](roc_pr.png)",
        "",
        "## Figures on the validation split (used for tuning: optimistic)",
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
