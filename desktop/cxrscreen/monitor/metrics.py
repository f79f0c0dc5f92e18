"""The monitor's figures, in plain Python, from one record per case.

Clinicians' decisions are the reference: a case the clinician agreed with keeps the screening's
result, one they disagreed with takes the other; "uncertain" and unreviewed cases are left out of
sensitivity and specificity. These are agreement with clinicians' reviews, not accuracy against a
confirmed diagnosis, and clinicians saw the screening's result when they reviewed.

Drift: the model's metadata holds no score distribution of its validation data (only thresholds
and summary metrics), so scores are compared with the first weeks of the same model version in the
field (population stability index, PSI, 10 equal bins). PSI < 0.1: little change; 0.1-0.25: some;
> 0.25: a large change worth investigating (e.g. a new X-ray machine or export setting).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime

from .records import ScreeningRecord

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
    if len(reference) < MIN_REFERENCE or not scores:
        return None
    eps = 1e-4
    a = [max(c / len(scores), eps) for c in histogram(scores, bins)]
    e = [max(c / len(reference), eps) for c in histogram(reference, bins)]
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
    psi: float | None = None

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
        out["psi"] = None if self.psi is None else round(self.psi, 4)
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


def summarise(records: list[ScreeningRecord], since: str | None = None) -> dict:
    """Totals, one row per site / device / model version / week / operating point, and the drift
    reference. ``since`` (YYYY-MM-DD) keeps cases screened on or after that day."""
    if since:
        records = [r for r in records if r.screened_at[:10] >= since]
    versions = Counter(r.model_version for r in records)
    main_version = versions.most_common(1)[0][0] if versions else ""
    ref, ref_weeks = reference_scores(records, main_version)
    out: dict = {"totals": _row(records, ref, main_version)}
    for name, key in GROUPINGS.items():
        groups: dict[str, list[ScreeningRecord]] = {}
        for r in records:
            groups.setdefault(key(r), []).append(r)
        rows = []
        for value in sorted(groups):
            row = {name: value, **_row(groups[value], ref, main_version)}
            if name == "device":
                row["site"] = Counter(r.site for r in groups[value]).most_common(1)[0][0]
            rows.append(row)
        out[name + "s"] = rows
    out["drift"] = {
        "model_version": main_version, "reference_weeks": ref_weeks, "reference_cases": len(ref),
        "reference_histogram": histogram(ref), "bins": PSI_BINS,
        "statistic": "population stability index (PSI)",
        "note": ("The model's metadata holds no validation score distribution, so scores are "
                 f"compared with the first {REFERENCE_WEEKS} weeks of model {main_version} in "
                 "the field." + ("" if len(ref) >= MIN_REFERENCE else
                                 f" Fewer than {MIN_REFERENCE} reference cases: no PSI yet.")),
    }
    return out


def _row(records: list[ScreeningRecord], ref: list[float], version: str) -> dict:
    fig = figures(records)
    fig.psi = psi([r.score for r in records if r.model_version == version], ref)
    return fig.to_dict()
