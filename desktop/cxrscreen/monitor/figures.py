"""The report's plots (matplotlib, from the ``monitor`` extra; never in the field bundle).
Each function takes the summary from :func:`metrics.summarise` and returns a Figure, drawn in
black and one accent colour on white so that it reads on paper."""

from __future__ import annotations

from ..core.errors import PlottingUnavailable
from .metrics import histogram

ACCENT, GREY = "#1f4e9a", "#777777"


def pyplot():
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise PlottingUnavailable(
            "The monitor's report needs matplotlib, which the field installation leaves out. "
            "Install it on the hospital's computer: pip install 'cxrscreen[monitor]'.") from None
    return plt


def _figure(plt, title: str):
    fig, ax = plt.subplots(figsize=(8.0, 3.6), dpi=100)
    ax.set_title(title, fontsize=11, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _nothing(fig, ax):
    """A figure for a report with no cases yet: says so rather than drawing empty axes."""
    ax.set_xticks([])
    ax.set_yticks([])
    ax.text(0.5, 0.5, "No cases yet", transform=ax.transAxes, ha="center", va="center",
            fontsize=12, color=GREY)
    return fig


def cases_by_week(summary: dict):
    plt = pyplot()
    weeks = summary["weeks"]
    fig, ax = _figure(plt, "Cases per week, and the share referred")
    if not weeks:
        return _nothing(fig, ax)
    x = list(range(len(weeks)))
    ax.bar(x, [w["cases"] for w in weeks], color="#c9d6ea", edgecolor=ACCENT, label="cases")
    ax.set_ylabel("cases")
    ax.set_xticks(x, [w["week"] for w in weeks], rotation=45, ha="right", fontsize=8)
    ax2 = ax.twinx()
    ax2.plot(x, [(w["referral_rate"] or 0) * 100 for w in weeks], "o-", color="black",
             label="referred (%)")
    ax2.set_ylim(0, 100)
    ax2.set_ylabel("referred (%)")
    fig.tight_layout()
    return fig


def score_distribution(summary: dict, records_scores: list[float]):
    """The field's scores (bars) against the model's validation distribution, its second
    collection and the first weeks in the field (lines), as % of cases per bin."""
    plt = pyplot()
    drift = summary["drift"]
    bins = drift["bins"]
    val = drift["validation"]
    fig, ax = _figure(plt, f"Scores of model {drift['model_version']}: field cases against "
                           + ("its validation set" if val else "the first weeks in the field"))
    if not records_scores:
        return _nothing(fig, ax)
    edges = [i / bins for i in range(bins + 1)]
    centres = [(a + b) / 2 for a, b in zip(edges, edges[1:], strict=False)]
    now = histogram(records_scores, bins)
    ax.bar(centres, _percent(now), width=1 / bins * 0.9, color="#c9d6ea", edgecolor=ACCENT,
           label=f"field cases ({sum(now)})")
    lines = [(drift["reference_histogram"], ACCENT, ":",
              f"first weeks: {', '.join(drift['reference_weeks']) or 'none'} "
              f"({drift['reference_cases']})")]
    if val:
        lines.insert(0, (val["histogram"], "black", "-", f"validation set ({val['cases']})"))
        if val["second_set"]:
            second = val["second_set"]
            lines.insert(1, (second["histogram"], GREY, "--",
                             f"{second['set']}, another hospital ({second['cases']})"))
    for hist, colour, style, label in lines:
        share = _percent(hist)
        ax.step(edges, share + share[-1:], where="post", color=colour, linestyle=style,
                linewidth=1.5, label=label)
    ax.set_xlabel("screening score")
    ax.set_ylabel("% of cases")
    ax.legend(fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def _percent(counts: list[int]) -> list[float]:
    total = max(sum(counts), 1)
    return [100 * c / total for c in counts]


def drift_by_week(summary: dict):
    plt = pyplot()
    weeks = summary["weeks"]
    validation = summary["drift"]["validation"] is not None
    fig, ax = _figure(plt, "Drift of the scores per week (PSI against "
                           + ("the validation set and " if validation else "") + "the first weeks)")
    if not weeks:
        return _nothing(fig, ax)
    x = list(range(len(weeks)))
    if validation:
        ax.bar(x, [w["psi_validation"] or 0 for w in weeks], color=ACCENT,
               label="against the validation set")
    ax.plot(x, [float("nan") if w["psi"] is None else w["psi"] for w in weeks], "o",
            color="black", label="against the first weeks")
    for level, label in ((0.1, "some change"), (0.25, "large change")):
        ax.axhline(level, color=GREY, linestyle="--", linewidth=1)
        ax.text(len(weeks) - 0.5, level, label, fontsize=8, va="bottom", ha="right", color=GREY)
    ax.set_xticks(x, [w["week"] for w in weeks], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("PSI")
    ax.legend(fontsize=8, frameon=False, loc="upper left")
    fig.tight_layout()
    return fig


def agreement_by_device(summary: dict):
    plt = pyplot()
    devices = summary["devices"]
    fig, ax = _figure(plt, "Sensitivity and specificity against clinicians' reviews, per device "
                           "(95% CI)")
    if not devices:
        return _nothing(fig, ax)
    for offset, key, marker, colour in ((-0.12, "sensitivity", "o", ACCENT),
                                        (0.12, "specificity", "s", "black")):
        xs, ys, lo, hi = [], [], [], []
        for i, d in enumerate(devices):
            if d[key] is None:
                continue
            xs.append(i + offset)
            ys.append(d[key])
            # The figure is rounded, its interval is not: never a negative error bar.
            lo.append(max(0.0, d[key] - d[f"{key}_ci95"][0]))
            hi.append(max(0.0, d[f"{key}_ci95"][1] - d[key]))
        ax.errorbar(xs, ys, yerr=[lo, hi], fmt=marker, color=colour, capsize=3, label=key)
    ax.set_xticks(range(len(devices)), [d["device"] for d in devices], rotation=30, ha="right",
                  fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.legend(fontsize=8, frameon=False, loc="lower left")
    fig.tight_layout()
    return fig
