"""The monitor's report: one self-contained HTML file (plots embedded as PNG) and a PDF with the
same content, both laid out for A4 paper."""

from __future__ import annotations

import base64
import html
import io
from datetime import datetime, timezone
from pathlib import Path

from ..core.screening.results import DISCLAIMER
from . import figures

COLUMNS = [("cases", "cases"), ("referred", "referred"), ("referral_rate", "% referred"),
           ("reviewed", "reviewed"), ("review_coverage", "% reviewed"), ("agree", "agree"),
           ("disagree", "disagree"), ("uncertain", "uncertain"),
           ("agreement_referred", "agreement, referred"),
           ("agreement_not_referred", "agreement, not referred"),
           ("sensitivity", "sensitivity (95% CI)"), ("specificity", "specificity (95% CI)"),
           ("psi_validation", "drift vs validation (PSI)"), ("psi", "drift vs first weeks (PSI)")]
RESCORED_COLUMNS = [("threshold", "threshold"), ("source", "from"), ("cases", "cases"),
                    ("referred", "referred"), ("referral_rate", "% referred"),
                    ("tp", "TP"), ("fn", "FN"), ("tn", "TN"), ("fp", "FP"),
                    ("sensitivity", "sensitivity (95% CI)"),
                    ("specificity", "specificity (95% CI)")]
RESCORED_TITLE = "Each operating point of the model, every case re-scored at it"
RESCORED_CAVEAT = (
    "Each case is re-scored from its score at every operating point of its model version (the "
    "model's metadata, plus site points recorded in the reports) and compared with the "
    "clinicians' decisions (TP/FN/TN/FP against them; uncertain and unreviewed cases left out). "
    "The clinicians saw the result of the point in use, not of these: a point that refers fewer "
    "children is judged on reviews made with a referral in view, and cases the point in use did "
    "not refer were reviewed less often, so the figures of points far from the one in use are "
    "the least certain.")
SECTIONS = [("sites", "site", "By site"), ("devices", "device", "By device"),
            ("model_versions", "model_version", "By model version"),
            ("weeks", "week", "By week (ISO weeks, UTC)"),
            ("operating_points", "operating_point", "By operating point (threshold) in use")]
READING = (
    "How to read this: 'agreement' and 'sensitivity/specificity' compare the screening's result "
    "with the clinicians' reviews (an agreed case keeps the screening's result, a disagreed case "
    "the other one; 'uncertain' reviews are left out). They are agreement with clinicians' "
    "reviews, not accuracy against a confirmed diagnosis; clinicians saw the screening's result "
    "when they reviewed, and cases not referred are reviewed less often, so these figures lean "
    "optimistic where review coverage is low.")


def cell(row: dict, key: str) -> str:
    value = row.get(key)
    if value is None:
        return "–"
    if key in ("sensitivity", "specificity"):
        lo, hi = row[f"{key}_ci95"]
        return f"{100 * value:.1f}% ({100 * lo:.1f}–{100 * hi:.1f})"
    if key in ("referral_rate", "review_coverage", "agreement_referred",
               "agreement_not_referred"):
        return f"{100 * value:.1f}%"
    if key in ("psi", "psi_validation"):
        return f"{value:.3f}"
    if key == "threshold":
        return f"{value:.4f}"
    return str(value)


def proposal_lines(proposal: dict) -> list[str]:
    if not proposal.get("ok"):
        return ["Site operating point: not proposed. " + proposal.get("reason", "")]
    p = proposal
    return [
        f"Site operating point proposed for model {p['model_version']} "
        f"(sha256 {p['model_sha256'][:12]}…): threshold {p['threshold']:.4f} for a target "
        f"sensitivity of {100 * p['target_sensitivity']:.0f}%.",
        f"On {p['cases']} reviewed cases ({p['reviewed_positives']} positive, "
        f"{p['reviewed_negatives']} negative by the clinicians): sensitivity "
        f"{cell(p, 'sensitivity')}, specificity {cell(p, 'specificity')}.",
        "To apply it, IT copies site_operating_point.json (beside this report) into the site "
        "file; it is bound to this model's sha256 and stops applying when the model changes.",
    ]


def header_lines(summary: dict, fetch_text: str, server: str, since: str | None) -> list[str]:
    t = summary["totals"]
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return [f"Server {server}; built {now}" + (f"; cases screened since {since}" if since else ""),
            fetch_text,
            f"{t['cases']} case(s), {t['referred']} referred ({cell(t, 'referral_rate')}), "
            f"{t['reviewed']} reviewed ({cell(t, 'review_coverage')}): {t['agree']} agree, "
            f"{t['disagree']} disagree, {t['uncertain']} uncertain.",
            f"Against clinicians' reviews: sensitivity {cell(t, 'sensitivity')}, specificity "
            f"{cell(t, 'specificity')}.",
            summary["drift"]["note"]]


def rescored_rows(summary: dict) -> list[dict]:
    """The re-scored points with a first column naming version and point."""
    return [{**row, "point": f"{row['model_version']} {row['operating_point']}"}
            for row in summary["rescored_points"]]


def build_figures(summary: dict, scores: list[float]) -> list:
    return [figures.cases_by_week(summary), figures.score_distribution(summary, scores),
            figures.drift_by_week(summary), figures.agreement_by_device(summary)]


def write_report(out_dir: Path, summary: dict, scores: list[float], proposal: dict,
                 fetch_text: str, server: str, since: str | None = None,
                 incomplete: bool = False) -> tuple[Path, Path]:
    plt = figures.pyplot()
    out_dir.mkdir(parents=True, exist_ok=True)
    figs = build_figures(summary, scores)
    lines = header_lines(summary, fetch_text, server, since)
    html_path, pdf_path = out_dir / "report.html", out_dir / "report.pdf"
    html_path.write_text(_html(summary, figs, lines, proposal, incomplete), encoding="utf-8")
    _pdf(pdf_path, plt, summary, figs, lines, proposal, incomplete)
    for fig in figs:
        plt.close(fig)
    return html_path, pdf_path


TITLE = "CXR Screen: screening results across devices"
WARNING = ("INCOMPLETE: the server stopped answering while results were fetched. This report "
           "shows only what was fetched; run the command again to complete it.")


def _html(summary, figs, lines, proposal, incomplete) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{e(TITLE)}</title><style>",
        "body{font-family:sans-serif;color:#111;background:#fff;max-width:60em;margin:1em auto;"
        "font-size:11pt} table{border-collapse:collapse;font-size:9pt;margin:.5em 0 1.2em}"
        "th,td{border:1px solid #999;padding:2px 5px;text-align:right}"
        "th:first-child,td:first-child{text-align:left} .disclaimer{border:2px solid #111;"
        "padding:.4em;font-weight:bold} .warning{border:3px solid #b00020;padding:.4em;"
        "font-weight:bold} img{max-width:100%;page-break-inside:avoid}"
        "@media print{body{margin:0;max-width:none} h2{page-break-after:avoid}"
        " table{page-break-inside:avoid}} @page{size:A4;margin:12mm}",
        "</style></head><body>", f"<h1>{e(TITLE)}</h1>",
        f"<p class='disclaimer'>{e(DISCLAIMER)}</p>"]
    if incomplete:
        parts.append(f"<p class='warning'>{e(WARNING)}</p>")
    parts += [f"<p>{e(line)}</p>" for line in lines]
    parts.append("<h2>Site operating point</h2>")
    parts += [f"<p>{e(line)}</p>" for line in proposal_lines(proposal)]
    parts.append("<h2>Figures</h2>")
    for fig in figs:
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=110)
        parts.append(f"<p><img alt='{e(fig.axes[0].get_title(loc='left'))}' src='data:image/png;"
                     f"base64,{base64.b64encode(buf.getvalue()).decode()}'></p>")
    for key, name, title in SECTIONS:
        parts.append(f"<h2>{e(title)}</h2>")
        parts += _html_table(summary[key], name, name.replace("_", " "), COLUMNS)
    parts.append(f"<h2>{e(RESCORED_TITLE)}</h2><p>{e(RESCORED_CAVEAT)}</p>")
    parts += _html_table(rescored_rows(summary), "point", "model, point", RESCORED_COLUMNS)
    parts.append(f"<p>{e(READING)}</p></body></html>")
    return "\n".join(parts)


def _html_table(rows: list[dict], first: str, head: str, columns: list) -> list[str]:
    """One table: ``first`` names each row, then ``columns`` (key, heading) as cell() shows them."""
    e = html.escape
    out = [f"<table><tr><th>{e(head)}</th>" + "".join(f"<th>{e(h)}</th>" for _, h in columns)
           + "</tr>"]
    out += [f"<tr><td>{e(str(row[first]))}</td>"
            + "".join(f"<td>{e(cell(row, k))}</td>" for k, _ in columns) + "</tr>" for row in rows]
    return out + ["</table>"]


def _pdf(path: Path, plt, summary, figs, lines, proposal, incomplete) -> None:
    from matplotlib.backends.backend_pdf import PdfPages

    with PdfPages(path) as pdf:
        for page, owned in pdf_pages(plt, summary, figs, lines, proposal, incomplete):
            pdf.savefig(page)
            if owned:
                plt.close(page)


def pdf_pages(plt, summary, figs, lines, proposal, incomplete):
    """The PDF's pages as matplotlib figures: (figure, made here and to be closed)."""
    import textwrap

    page = plt.figure(figsize=(8.27, 11.69))
    y = 0.95
    texts = [(TITLE, 15, "bold"), (DISCLAIMER, 9, "bold")]
    if incomplete:
        texts.append((WARNING, 10, "bold"))
    texts += [(line, 9, "normal") for line in lines]
    texts.append(("Site operating point", 12, "bold"))
    texts += [(line, 9, "normal") for line in proposal_lines(proposal)]
    texts.append((READING, 8, "normal"))
    for text, size, weight in texts:
        wrapped = textwrap.fill(text, 110 if size < 10 else 80)
        page.text(0.06, y, wrapped, fontsize=size, weight=weight, va="top")
        y -= 0.022 * (wrapped.count("\n") + 1) * size / 9 + 0.012
    yield page, True
    for fig in figs:
        yield fig, False
    tables = [(title, table_lines(summary[key], name, COLUMNS), "")
              for key, name, title in SECTIONS]
    tables.append((RESCORED_TITLE, table_lines(rescored_rows(summary), "point",
                                               RESCORED_COLUMNS), RESCORED_CAVEAT))
    for title, lines, caveat in tables:
        for start in range(2, max(len(lines), 3), 40):  # 40 rows a page, header on each
            page = plt.figure(figsize=(11.69, 8.27))
            page.text(0.04, 0.95, title, fontsize=13, weight="bold")
            page.text(0.03, 0.9, "\n".join(lines[:2]), fontsize=7, family="monospace",
                      weight="bold", va="top")
            page.text(0.03, 0.86, "\n".join(lines[start:start + 40]) or "(no cases)",
                      fontsize=7, family="monospace", va="top", linespacing=1.5)
            if caveat:
                page.text(0.04, 0.06, textwrap.fill(caveat, 150), fontsize=8, va="bottom")
            yield page, True


PDF_HEADS = {"cases": ("", "cases"), "referred": ("", "referred"),
             "referral_rate": ("%", "referred"), "reviewed": ("", "reviewed"),
             "review_coverage": ("%", "reviewed"), "agree": ("", "agree"),
             "disagree": ("", "disagree"), "uncertain": ("", "uncertain"),
             "agreement_referred": ("agreement", "referred"),
             "agreement_not_referred": ("agreement", "not ref."),
             "sensitivity": ("sensitivity", "(95% CI)"), "specificity": ("specificity", "(95% CI)"),
             "psi": ("drift vs", "1st weeks"), "psi_validation": ("drift vs", "validation"),
             "threshold": ("", "threshold"), "source": ("", "from"), "tp": ("", "TP"),
             "fn": ("", "FN"), "tn": ("", "TN"), "fp": ("", "FP")}


def table_lines(rows: list[dict], name: str, columns: list = COLUMNS) -> list[str]:
    """A table as monospaced lines (two header lines first): one text object per page prints
    as well as a grid and draws far faster than matplotlib's table of cells."""
    widths = [18] + [19 if k in ("sensitivity", "specificity") else
                     23 if k == "source" else 9 for k, _ in columns]
    heads = [("", name.replace("_", " "))] + [PDF_HEADS[k] for k, _ in columns]

    def line(cells: list[str]) -> str:
        return " ".join(c.ljust(w) if n == 0 else c.rjust(w)
                        for n, (c, w) in enumerate(zip(cells, widths, strict=True)))

    out = [line([h[0] for h in heads]), line([h[1] for h in heads])]
    out += [line([str(r[name])[:18]] + [cell(r, k) for k, _ in columns]) for r in rows]
    return out
