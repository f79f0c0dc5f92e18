"""Render pages of an example monitor report to PNG for the docs (docs/MONITORING.md).

    .venv/bin/python tests/monitor/make_report_screenshot.py [--out docs/screenshots]

The figures come from invented records (3 sites, 8 laptops, 10 weeks, one laptop drifting in the
last weeks), screened by the shipped model 1.1.0 (its sha256, so that its validation score
distribution is the drift reference). Each invented child's score is drawn from the model's own
scores on external_val (another hospital), for its class, as stored in the model's metadata, with
35% pneumonia; the pages are the report's own PDF pages, drawn by the same code.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cxrscreen.monitor.figures import pyplot
from cxrscreen.monitor.metrics import summarise
from cxrscreen.monitor.proposal import propose
from cxrscreen.monitor.records import ScreeningRecord
from cxrscreen.monitor.reference import model_references
from cxrscreen.monitor.report import build_figures, header_lines, pdf_pages

MODEL_META = (Path(__file__).resolve().parents[2] / "edge_models" / "cxr-pneumonia-cnn" / "1.1.0"
              / "metadata.json")
DEVICES = [("van-1", "North district"), ("van-2", "North district"), ("van-3", "North district"),
           ("clinic-a", "South"), ("clinic-b", "South"), ("truck-7", "Lake"), ("truck-8", "Lake"),
           ("truck-9", "Lake")]


def example_records(n: int = 2400, seed: int = 7) -> list[ScreeningRecord]:
    rng = random.Random(seed)
    start = datetime(2026, 9, 14, tzinfo=timezone.utc)
    meta = json.loads(MODEL_META.read_text(encoding="utf-8"))
    sha = meta["sha256"]
    field = meta["score_distribution"]["sets"]["external_val"]["by_class"]
    bins = len(field["NORMAL"])

    def draw(label: str) -> float:  # a bin by its share of external_val, then a point in it
        b = rng.choices(range(bins), weights=field[label])[0]
        return (b + rng.random()) / bins
    out = []
    for i in range(n):
        device, site = DEVICES[i % len(DEVICES)]
        when = start + timedelta(hours=rng.randrange(10 * 168))
        sick = rng.random() < 0.35
        score = draw("PNEUMONIA" if sick else "NORMAL")
        if device == "truck-9" and when > start + timedelta(weeks=7):
            score = min(1.0, score + 0.25)  # a new X-ray machine's exports, say
        referred = score >= 0.348
        review = ""
        if rng.random() < (0.8 if referred else 0.45):
            review = "agree" if referred == sick else "disagree"
            if rng.random() < 0.03:
                review = "uncertain"
        out.append(ScreeningRecord(
            sop_uid=f"1.{i}", study_uid=f"2.{i}", revision=1, screened_at=when.isoformat(),
            device=device, site=site, app_version="cxrscreen 0.1.0",
            model_name="cxr-pneumonia-cnn", model_version="1.1.0", model_sha256=sha,
            operating_point="screening", threshold=0.34765625, score=score, referred=referred,
            review=review))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parents[2] / "docs" / "screenshots")
    args = parser.parse_args()
    plt = pyplot()
    records = example_records()
    summary = summarise(records, None, model_references(records))
    figs = build_figures(summary, [r.score for r in records])
    lines = header_lines(summary, "2400 report(s) on the server, 0 new (example data).",
                         "https://pacs.example.org/dicom-web", None)
    pages = list(pdf_pages(plt, summary, figs, lines, propose(records), False))
    names = {0: "10-monitor-report-summary.png", 2: "11-monitor-report-scores.png",
             6: "12-monitor-report-devices.png"}
    for index, name in names.items():
        pages[index][0].savefig(args.out / name, dpi=80, facecolor="white")
        print(args.out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
