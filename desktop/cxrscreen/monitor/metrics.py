"""The monitor's figures, in plain Python, from one record per case.

Clinicians' decisions are the reference: a case the clinician agreed with keeps the screening's
result, one they disagreed with takes the other; "uncertain" and unreviewed cases are left out of
sensitivity and specificity. These are agreement with clinicians' reviews, not accuracy against a
confirmed diagnosis, and clinicians saw the screening's result when they reviewed.

Drift: the population stability index (PSI, 10 equal bins) of each group's scores against two
references. (1) The model version's own validation distribution, from ``score_distribution`` in
its metadata.json (the int8 model's scores on its validation split, from the training hospital),
when this installation has that model (see reference.py). (2) The first weeks of the same model
version in the field, which needs no metadata. PSI < 0.1: little change; 0.1-0.25: some; > 0.25:
a large change worth investigating (e.g. a new X-ray machine or export setting). Against the
validation split, a field site also differs by its population and its share of pneumonia, so
some drift is expected from the start: the model's second collection (another hospital) is shown
beside it for scale.

Operating points: every case is also re-scored from its score at each operating point of its
model version (the metadata's, plus site points recorded in the reports), and compared with the
clinicians' decisions. Clinicians saw the result of the point in use, not of the others.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime

from .records import ScreeningRecord
from .reference import ModelReference

PSI_BINS = 10
REFERENCE_WEEKS = 2
MIN_REFERENCE = 30  # fewer reference scores than this: no drift statistic


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float] | None:
    """Wilson score interval for k successes of n (None when n == 0)."""
    if n <= 0:
        return None
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def week_of(iso: str) -> str:
    """ISO 8601 week of a timestamp, e.g. '2026-W48'."""
    try:
        day = datetime.fromisoformat(iso.replace("Z", "+00:00")).date()
    except ValueError:
        day = date(1970, 1, 1)
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def histogram(scores: Iterable[float], bins: int = PSI_BINS) -> list[int]:
    counts = [0] * bins
    for s in scores:
        counts[min(bins - 1, max(0, int(float(s) * bins)))] += 1
    return counts


def psi(scores: list[float], reference: list[float], bins: int = PSI_BINS) -> float | None:
    """Population stability index of ``scores`` against ``reference`` (None: too few)."""
    return psi_counts(histogram(scores, bins), histogram(reference, bins))


def psi_counts(actual: list[int], expected: list[int] | None) -> float | None:
    """PSI of two histograms with the same bins (None: no cases, or a reference smaller than
    MIN_REFERENCE). Empty bins count as a share of 1e-4, so one empty bin cannot make it
    infinite."""
    n_a, n_e = sum(actual), sum(expected or ())
    if not expected or n_e < MIN_REFERENCE or not n_a:
        return None
    eps = 1e-4
    a = [max(c / n_a, eps) for c in actual]
    e = [max(c / n_e, eps) for c in expected]
    return sum((x - y) * math.log(x / y) for x, y in zip(a, e, strict=True))


@dataclass
class Figures:
    cases: int = 0
    referred: int = 0
    reviewed: int = 0  # any decision, uncertain included
    agree: int = 0
    disagree: int = 0
    uncertain: int = 0
    agree_referred: int = 0
    reviewed_referred: int = 0
    agree_not_referred: int = 0
    reviewed_not_referred: int = 0
    tp: int = 0  # referred, clinician agreed
    fp: int = 0  # referred, clinician disagreed
    tn: int = 0  # not referred, clinician agreed
    fn: int = 0  # not referred, clinician disagreed
    psi: float | None = None  # against the first weeks in the field
    psi_validation: float | None = None  # against the model's validation distribution

    def add(self, r: ScreeningRecord) -> None:
        self.cases += 1
        self.referred += r.referred
        if not r.review:
            return
        self.reviewed += 1
        if r.review == "uncertain":
            self.uncertain += 1
            return
        agree = r.review == "agree"
        self.agree += agree
        self.disagree += not agree
        if r.referred:
            self.reviewed_referred += 1
            self.agree_referred += agree
            self.tp += agree
            self.fp += not agree
        else:
            self.reviewed_not_referred += 1
            self.agree_not_referred += agree
            self.tn += agree
            self.fn += not agree

    def to_dict(self) -> dict:
        out = asdict(self)
        out["referral_rate"] = _rate(self.referred, self.cases)
        out["review_coverage"] = _rate(self.reviewed, self.cases)
        out["agreement_referred"] = _rate(self.agree_referred, self.reviewed_referred)
        out["agreement_not_referred"] = _rate(self.agree_not_referred,
                                              self.reviewed_not_referred)
        out["sensitivity"] = _rate(self.tp, self.tp + self.fn)
        out["sensitivity_ci95"] = wilson(self.tp, self.tp + self.fn)
        out["specificity"] = _rate(self.tn, self.tn + self.fp)
        out["specificity_ci95"] = wilson(self.tn, self.tn + self.fp)
        for key in ("psi", "psi_validation"):
            out[key] = None if getattr(self, key) is None else round(getattr(self, key), 4)
        return out


def _rate(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def figures(records: Iterable[ScreeningRecord]) -> Figures:
    out = Figures()
    for r in records:
        out.add(r)
    return out


def reference_scores(records: list[ScreeningRecord], model_version: str
                     ) -> tuple[list[float], list[str]]:
    """Scores of the first REFERENCE_WEEKS weeks (with cases) of ``model_version``."""
    mine = [r for r in records if r.model_version == model_version]
    weeks = sorted({week_of(r.screened_at) for r in mine})[:REFERENCE_WEEKS]
    return [r.score for r in mine if week_of(r.screened_at) in weeks], weeks


GROUPINGS: dict[str, Callable[[ScreeningRecord], str]] = {
    "site": lambda r: r.site,
    "device": lambda r: r.device,
    "model_version": lambda r: r.model_version,
    "week": lambda r: week_of(r.screened_at),
    "operating_point": lambda r: f"{r.operating_point} ({r.threshold:.3f})",
}


def summarise(records: list[ScreeningRecord], since: str | None = None,
              references: dict[str, ModelReference] | None = None) -> dict:
    """Totals, one row per site / device / model version / week / operating point in use, each
    operating point re-scored, and the drift references. ``since`` (YYYY-MM-DD) keeps cases
    screened on or after that day; ``references``: model version -> what this installation
    knows of it (reference.find_reference), none if not given."""
    if since:
        records = [r for r in records if r.screened_at[:10] >= since]
    references = references or {}
    versions = Counter(r.model_version for r in records)
    main_version = versions.most_common(1)[0][0] if versions else ""
    ref, ref_weeks = reference_scores(records, main_version)
    # Each version against its own first weeks and its own validation distribution.
    week_hists = {v: histogram(reference_scores(records, v)[0]) for v in versions}
    val_hists = {v: (references[v].validation_histogram(PSI_BINS) if v in references else None)
                 for v in versions}
    out: dict = {"totals": _row(records, main_version, week_hists, val_hists)}
    for name, key in GROUPINGS.items():
        groups: dict[str, list[ScreeningRecord]] = {}
        for r in records:
            groups.setdefault(key(r), []).append(r)
        rows = []
        for value in sorted(groups):
            # A model version's row is measured against its own references; every other row
            # on the most used version's cases.
            version = value if name == "model_version" else main_version
            row = {name: value, **_row(groups[value], version, week_hists, val_hists)}
            if name == "device":
                row["site"] = Counter(r.site for r in groups[value]).most_common(1)[0][0]
            rows.append(row)
        out[name + "s"] = rows
    out["rescored_points"] = rescored_points(records, references)
    out["drift"] = _drift(main_version, references.get(main_version), ref, ref_weeks,
                          week_hists.get(main_version, histogram(ref)))
    out["drift"]["models"] = {
        v: {"cases": versions[v], "known": v in references and references[v].found,
            "validation_distribution": val_hists[v] is not None,
            "note": references[v].note if v in references else "not looked up"}
        for v in sorted(versions)}
    return out


def _drift(version: str, model: ModelReference | None, ref: list[float], ref_weeks: list[str],
           ref_hist: list[int]) -> dict:
    val = model.validation_histogram(PSI_BINS) if model else None
    out = {"model_version": version, "bins": PSI_BINS,
           "statistic": "population stability index (PSI)",
           "reference_weeks": ref_weeks, "reference_cases": len(ref),
           "reference_histogram": ref_hist, "validation": None}
    weeks_note = (f"The second drift column compares with the first {REFERENCE_WEEKS} weeks of "
                  f"model {version} in the field" + (
                      "." if len(ref) >= MIN_REFERENCE else
                      f" (fewer than {MIN_REFERENCE} cases there yet: no PSI)."))
    if val is None:
        why = model.note if model else f"model {version} was not looked up"
        out["note"] = (f"No validation distribution for model {version}: {why}. Drift is "
                       f"measured only against the first {REFERENCE_WEEKS} weeks of this model "
                       "in the field." + ("" if len(ref) >= MIN_REFERENCE else
                                          f" Fewer than {MIN_REFERENCE} cases there yet: no PSI."))
        return out
    dist = model.distribution
    name = model.reference_set
    chosen = dist["sets"][name]
    second = next((k for k in dist["sets"] if k != name), None)
    second_hist = model.set_histogram(second, PSI_BINS) if second else None
    out["validation"] = {
        "set": name, "source": chosen["source"], "cases": chosen["n"],
        "by_class": chosen["n_by_class"], "histogram": val,
        "scores": dist.get("scores", ""), "why": dist.get("reference_why", ""),
        "second_set": None if second is None else {
            "set": second, "source": dist["sets"][second]["source"],
            "cases": dist["sets"][second]["n"], "histogram": second_hist,
            "psi_against_reference": _round(psi_counts(second_hist, val))}}
    scale = ""
    if second is not None:
        scale = (f" For scale: the model's {second} set (another hospital) has a PSI of "
                 f"{out['validation']['second_set']['psi_against_reference']:.3f} against it.")
    classes = ", ".join(f"{n} {label.lower()}"
                        for label, n in sorted((chosen.get("n_by_class") or {}).items()))
    out["note"] = (f"Drift (PSI) is measured against the int8 model's scores on its {name} set "
                   f"({chosen['n']} images{': ' + classes if classes else ''}, from the training "
                   "hospital), "
                   "as stored in the model's metadata. A site's population and share of "
                   f"pneumonia differ from it, so some drift is expected from the start.{scale} "
                   + weeks_note)
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _row(records: list[ScreeningRecord], version: str, week_hists: dict[str, list[int]],
         val_hists: dict[str, list[int] | None]) -> dict:
    fig = figures(records)
    scores = histogram([r.score for r in records if r.model_version == version])
    fig.psi = psi_counts(scores, week_hists.get(version))
    fig.psi_validation = psi_counts(scores, val_hists.get(version))
    return fig.to_dict()


def rescore(r: ScreeningRecord, threshold: float) -> ScreeningRecord:
    """The case as it would have been at ``threshold``: referred when score >= threshold (the
    application's rule); the clinician's decision stays what it was, so the review becomes
    "agree" or "disagree" with the new result."""
    referred = r.score >= threshold
    positive = r.clinician_positive
    review = r.review if positive is None else ("agree" if referred == positive else "disagree")
    return replace(r, referred=referred, threshold=threshold, review=review)


RESCORED_KEYS = ("cases", "referred", "referral_rate", "reviewed", "uncertain", "tp", "fn", "tn",
                 "fp", "sensitivity", "sensitivity_ci95", "specificity", "specificity_ci95")


def rescored_points(records: list[ScreeningRecord],
                    references: dict[str, ModelReference]) -> list[dict]:
    """Each model version's operating points (its metadata's, plus site points the reports
    carry; when the metadata is unknown, the points the reports carry), every case of that
    version re-scored at each, against the clinicians' decisions."""
    rows = []
    for version, count in Counter(r.model_version for r in records).most_common():
        mine = [r for r in records if r.model_version == version]
        model = references.get(version)
        points: dict[tuple[str, float], str] = {}
        if model is not None and model.found:
            for point, threshold in model.thresholds.items():
                points[(point, threshold)] = "model metadata"
        for r in mine:
            if r.operating_point == "site" or model is None or not model.found:
                points.setdefault((r.operating_point or "unnamed", r.threshold),
                                  "recorded in the reports")
        for (point, threshold), source in sorted(points.items(), key=lambda p: -p[0][1]):
            fig = figures(rescore(r, threshold) for r in mine).to_dict()
            rows.append({"model_version": version, "operating_point": point,
                         "threshold": threshold, "source": source,
                         **{k: fig[k] for k in RESCORED_KEYS}})
    return rows
