"""The monitor's figures and the site operating point proposal, computed from records whose
answers are known by hand."""

from __future__ import annotations

import math
import random
import re

import pytest

from cxrscreen.monitor.metrics import histogram, psi, summarise, week_of, wilson
from cxrscreen.monitor.proposal import propose, site_file_entry
from cxrscreen.monitor.records import ScreeningRecord


def record(n: int, score: float, review: str = "", device: str = "d1", threshold: float = 0.5,
           when: str = "2026-11-02T10:00:00+00:00", sha: str = "ab" * 32,
           version: str = "1.1.0") -> ScreeningRecord:
    return ScreeningRecord(
        sop_uid=f"1.{n}", study_uid=f"2.{n}", revision=1, screened_at=when, device=device,
        site="S", app_version="cxrscreen 0.1.0", model_name="m", model_version=version,
        model_sha256=sha, operating_point="screening", threshold=threshold, score=score,
        referred=score >= threshold, review=review)


def test_wilson_matches_the_textbook_values():
    lo, hi = wilson(5, 10)
    assert (round(lo, 4), round(hi, 4)) == (0.2366, 0.7634)
    assert wilson(0, 10)[0] == 0.0 and wilson(10, 10)[1] == pytest.approx(1.0)
    assert wilson(0, 0) is None


def test_week_and_histogram():
    assert week_of("2026-11-23T10:00:00Z") == "2026-W48"
    assert week_of("2027-01-01T00:00:00+00:00") == "2026-W53"
    assert histogram([0.0, 0.05, 0.5, 1.0]) == [2, 0, 0, 0, 0, 1, 0, 0, 0, 1]


def test_psi_is_small_for_the_same_distribution_and_large_for_a_shift():
    rng = random.Random(1)
    ref = [rng.betavariate(2, 5) for _ in range(2000)]
    same = [rng.betavariate(2, 5) for _ in range(2000)]
    shifted = [rng.betavariate(5, 2) for _ in range(2000)]
    assert psi(same, ref) < 0.05 < 0.25 < psi(shifted, ref)
    assert psi(same, ref[:10]) is None  # too small a reference: no statistic


def test_summary_counts_agreement_by_result():
    recs = [record(1, 0.9, "agree"), record(2, 0.8, "disagree"), record(3, 0.1, "agree"),
            record(4, 0.2, "disagree"), record(5, 0.3, "uncertain"), record(6, 0.95),
            record(7, 0.7, "agree", device="d2")]
    s = summarise(recs)
    t = s["totals"]
    assert (t["cases"], t["referred"], t["reviewed"], t["agree"], t["disagree"],
            t["uncertain"]) == (7, 4, 6, 3, 2, 1)
    # Clinicians: positive = referred & agree (1, 7) or not referred & disagree (4).
    assert (t["tp"], t["fn"], t["tn"], t["fp"]) == (2, 1, 1, 1)
    assert t["sensitivity"] == round(2 / 3, 4) and t["specificity"] == 0.5
    assert t["agreement_referred"] == round(2 / 3, 4) and t["agreement_not_referred"] == 0.5
    assert [d["device"] for d in s["devices"]] == ["d1", "d2"]
    assert s["devices"][1]["sensitivity"] == 1.0
    assert summarise(recs, since="2026-11-03")["totals"]["cases"] == 0


def _reviewed(n_pos: int, n_neg: int, seed: int = 3) -> list[ScreeningRecord]:
    rng = random.Random(seed)
    recs = []
    for i in range(n_pos):  # clinician-positive: referred & agreed, or missed & disagreed
        score = rng.uniform(0.2, 1.0)
        recs.append(record(i, score, "agree" if score >= 0.5 else "disagree"))
    for i in range(n_neg):
        score = rng.uniform(0.0, 0.7)
        recs.append(record(1000 + i, score, "agree" if score < 0.5 else "disagree"))
    return recs


def test_proposal_reaches_the_target_on_the_reviewed_cases():
    recs = _reviewed(200, 300)
    p = propose(recs, target=0.97)
    assert p["ok"] and p["cases"] == 500
    pos = sorted((r.score for r in recs if r.clinician_positive), reverse=True)
    k = math.ceil(0.97 * len(pos))
    assert p["threshold"] == round(pos[k - 1], 6)
    assert p["sensitivity"] == round(k / len(pos), 4) >= 0.97
    assert p["sensitivity_ci95"][0] < p["sensitivity"] < p["sensitivity_ci95"][1]
    neg = [r.score for r in recs if r.clinician_positive is False]
    assert p["specificity"] == round(sum(s < pos[k - 1] for s in neg) / len(neg), 4)
    entry = site_file_entry(p)
    assert entry["model_sha256"] == "ab" * 32 and entry["target_sensitivity"] == 0.97


def test_proposal_refuses_on_too_few_cases_and_says_how_many_more():
    p = propose(_reviewed(12, 80), min_positives=50, min_negatives=50)
    assert not p["ok"]
    assert "38 more reviewed positive" in p["reason"] and "negative case(s)" not in p["reason"]
    p = propose(_reviewed(60, 10), min_positives=50, min_negatives=50)
    assert "40 more reviewed negative" in p["reason"]


def test_proposal_uses_one_model_only():
    recs = _reviewed(100, 100) + [record(5000 + i, 0.01, "disagree", sha="cd" * 32)
                                  for i in range(40)]
    p = propose(recs)
    assert p["model_sha256"] == "ab" * 32 and p["reviewed_positives"] <= 100


def test_report_is_written_even_where_every_review_agrees(tmp_path):
    """A device whose reviews all agree has sensitivity 1.0: its error bar must not go negative
    (it did: the figure was rounded, its interval was not)."""
    from cxrscreen.monitor.report import write_report

    recs = _reviewed(120, 120) + [record(9000 + i, 0.9 if i % 2 else 0.1, "agree",
                                         device="perfect", when="2026-11-16T08:00:00Z")
                                  for i in range(7)]
    summary = summarise(recs)
    assert next(d for d in summary["devices"] if d["device"] == "perfect")["sensitivity"] == 1.0
    html_path, pdf_path = write_report(tmp_path, summary, [r.score for r in recs],
                                       propose(recs), "fetched", "http://server/dicom-web")
    page = html_path.read_text()
    assert page.count("data:image/png;base64,") == 4 and "perfect" in page
    assert "threshold" in page and "site_operating_point.json" in page
    pdf = pdf_path.read_bytes()
    # A summary page, the four figures, one table page per grouping (site, device, model
    # version, week, operating point in use) and one for the re-scored operating points.
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 11
