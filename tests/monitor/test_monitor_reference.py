"""Drift against the model's validation distribution (from its metadata.json) and the
re-scoring at each operating point, checked against direct computations."""

from __future__ import annotations

import random

from helpers.model_reference import direct_point, direct_psi, write_model

from cxrscreen.monitor.metrics import summarise
from cxrscreen.monitor.reference import find_reference, model_references
from cxrscreen.monitor.records import ScreeningRecord

SHA = "ab" * 32


def record(n: int, score: float, review: str = "", threshold: float = 0.5,
           week: int = 0, point: str = "screening", version: str = "1.1.0") -> ScreeningRecord:
    return ScreeningRecord(
        sop_uid=f"1.{n}", study_uid=f"2.{n}", revision=1,
        screened_at=f"2026-11-{2 + 7 * week:02d}T10:00:00+00:00", device=f"d{n % 3}",
        site="S", app_version="cxrscreen 0.1.0", model_name="cxr-pneumonia-cnn",
        model_version=version, model_sha256=SHA, operating_point=point, threshold=threshold,
        score=score, referred=score >= threshold, review=review)


def test_psi_against_the_metadata_histogram_equals_a_direct_computation(tmp_path):
    rng = random.Random(5)
    val = [rng.betavariate(0.5, 0.5) for _ in range(800)]
    ext = [rng.betavariate(0.6, 0.5) for _ in range(300)]
    write_model(tmp_path, val, ext, SHA)
    recs = [record(i, rng.betavariate(1.5, 2.5), week=i % 4) for i in range(600)]
    s = summarise(recs, references=model_references(recs, tmp_path))
    assert s["totals"]["psi_validation"] == round(direct_psi([r.score for r in recs], val), 4)
    week = s["weeks"][2]
    mine = [r.score for r in recs if r.screened_at.startswith("2026-11-16")]
    assert week["psi_validation"] == round(direct_psi(mine, val), 4)
    # The first-weeks column is still there: weeks 0 and 1 are its reference.
    first = [r.score for r in recs if r.screened_at[:10] in ("2026-11-02", "2026-11-09")]
    assert week["psi"] == round(direct_psi(mine, first), 4)
    drift = s["drift"]
    assert drift["validation"]["cases"] == 800 and sum(drift["validation"]["histogram"]) == 800
    assert drift["validation"]["second_set"]["psi_against_reference"] == round(
        direct_psi(ext, val), 4)
    assert "validation set (800 images" in drift["note"]


def test_an_unknown_or_other_model_falls_back_to_the_first_weeks_and_says_so(tmp_path):
    recs = [record(i, (i % 10) / 10, week=i % 3) for i in range(90)]
    s = summarise(recs, references=model_references(recs, tmp_path))  # no model there
    assert s["totals"]["psi_validation"] is None and s["totals"]["psi"] is not None
    assert s["drift"]["validation"] is None
    assert "not known to this installation" in s["drift"]["note"]
    assert s["drift"]["models"]["1.1.0"]["known"] is False
    write_model(tmp_path, [0.5] * 100, [0.5] * 100, sha="cd" * 32)
    ref = find_reference("cxr-pneumonia-cnn", SHA, "1.1.0", tmp_path)
    assert not ref.found and "other weights" in ref.note
    other = tmp_path / "other"
    write_model(other, [], [], SHA, with_distribution=False)
    ref = find_reference("cxr-pneumonia-cnn", SHA, "1.1.0", other)
    assert ref.found and ref.distribution is None and "add-score-distribution" in ref.note
    assert ref.thresholds == {"screening": 0.35, "balanced": 0.35, "high_sensitivity": 0.05}


def test_each_operating_point_is_rescored_against_the_clinicians_decisions(tmp_path):
    rng = random.Random(9)
    write_model(tmp_path, [0.5] * 100, [0.5] * 100, SHA)
    recs = []
    for i in range(400):
        score = rng.random()
        site = i % 4 == 0  # a quarter screened at a site point
        threshold = 0.2891 if site else 0.35
        recs.append(record(i, score, rng.choice(["agree", "disagree", "uncertain", ""]),
                           threshold=threshold, point="site" if site else "screening"))
    rows = summarise(recs, references=model_references(recs, tmp_path))["rescored_points"]
    assert [(r["operating_point"], r["threshold"], r["source"]) for r in rows] == [
        ("screening", 0.35, "model metadata"), ("balanced", 0.35, "model metadata"),
        ("site", 0.2891, "recorded in the reports"),
        ("high_sensitivity", 0.05, "model metadata")]
    for row in rows:
        direct = direct_point([(r.score, r.clinician_positive) for r in recs], row["threshold"])
        assert {k: row[k] for k in direct} == direct and direct["cases"] == 400
        tp, fn, tn, fp = (direct[k] for k in ("tp", "fn", "tn", "fp"))
        assert row["sensitivity"] == round(tp / (tp + fn), 4)
        assert row["specificity"] == round(tn / (tn + fp), 4)
        lo, hi = row["sensitivity_ci95"]
        assert lo < tp / (tp + fn) < hi


def test_without_metadata_the_points_in_the_reports_are_rescored():
    recs = [record(i, i / 100, "agree", threshold=0.5) for i in range(100)]
    rows = summarise(recs)["rescored_points"]
    assert [(r["operating_point"], r["threshold"]) for r in rows] == [("screening", 0.5)]
    t = summarise(recs)["totals"]
    # At the point in use, the re-scoring is the screening itself.
    assert (rows[0]["tp"], rows[0]["tn"], rows[0]["referred"]) == (t["tp"], t["tn"], t["referred"])


def test_report_shows_the_validation_reference_and_the_rescored_points(tmp_path):
    from cxrscreen.monitor.proposal import propose
    from cxrscreen.monitor.report import RESCORED_TITLE, write_report

    rng = random.Random(2)
    write_model(tmp_path / "models", [rng.random() for _ in range(200)], [0.5] * 50, SHA)
    recs = [record(i, rng.random(), "agree", week=i % 3) for i in range(120)]
    summary = summarise(recs, references=model_references(recs, tmp_path / "models"))
    html_path, _ = write_report(tmp_path / "out", summary, [r.score for r in recs],
                                propose(recs), "fetched", "http://server/dicom-web")
    page = html_path.read_text()
    assert RESCORED_TITLE in page and "high_sensitivity" in page
    assert "saw the result of the point in use" in page
    assert "drift vs validation (PSI)" in page and "validation set (200 images" in page


def test_each_model_version_is_measured_against_its_own_first_weeks():
    """A second model version's row compared its scores with the FIRST version's first weeks
    (a mix of two models); each version now has its own reference weeks."""
    rng = random.Random(9)
    old = [record(i, rng.betavariate(1, 3), week=i % 4) for i in range(400)]
    new = [record(1000 + i, rng.betavariate(3, 1), week=2 + i % 3, version="1.2.0")
           for i in range(200)]
    s = summarise(old + new)
    row = next(r for r in s["model_versions"] if r["model_version"] == "1.2.0")
    first_new = [r.score for r in new if r.screened_at[:10] in ("2026-11-16", "2026-11-23")]
    assert row["psi"] == round(direct_psi([r.score for r in new], first_new), 4)
    main = next(r for r in s["model_versions"] if r["model_version"] == "1.1.0")
    first_old = [r.score for r in old if r.screened_at[:10] in ("2026-11-02", "2026-11-09")]
    assert main["psi"] == round(direct_psi([r.score for r in old], first_old), 4)
    assert s["drift"]["model_version"] == "1.1.0" and s["drift"]["reference_cases"] == 200
