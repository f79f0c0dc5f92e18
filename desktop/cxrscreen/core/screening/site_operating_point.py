"""The site's own operating point: a threshold chosen on the site's reviewed cases
(``cxrscreen monitor`` proposes it) that IT puts in the site file, bound to one model's sha256.

    "site_operating_point": {"threshold": 0.21, "model_sha256": "3916...", "model_version": "1.1.0",
                             "target_sensitivity": 0.97, "cases": 412, "date": "2026-11-23",
                             "source": "cxrscreen monitor", ...}

When it matches the installed model it becomes the operating point ``site`` and the default. When
the model changed (another sha256) it is NOT used, and every place that shows the operating point
says why (window, settings dialog, ``cxrscreen --version``, ``cxrscreen screen``): a threshold
chosen for one model means nothing for another.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass

from ..errors import SettingsError
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..settings import site_config_path

SITE_POINT = "site"
SITE_KEY = "site_operating_point"


@dataclass(frozen=True)
class SitePoint:
    threshold: float
    model_sha256: str
    model_version: str = ""
    target_sensitivity: float | None = None
    cases: int | None = None
    date: str = ""
    source: str = ""

    def provenance(self) -> str:
        """"set by the site's IT from 120 reviewed cases ...", in the window's language."""
        parts = [_words(QT_TRANSLATE_NOOP("SitePoint", "set by the site's IT"))]
        if self.cases:
            parts.append(_words(QT_TRANSLATE_NOOP("SitePoint", "from {cases} reviewed cases"),
                                cases=self.cases))
        if self.target_sensitivity:
            parts.append(_words(QT_TRANSLATE_NOOP(
                "SitePoint", "for a target sensitivity of {percent}%"),
                percent=f"{100 * self.target_sensitivity:.0f}"))
        if self.date:
            parts.append(_words(QT_TRANSLATE_NOOP("SitePoint", "on {date}"), date=self.date))
        return " ".join(parts)


@dataclass(frozen=True)
class SitePointStatus:
    point: SitePoint | None = None
    active: bool = False
    message: str = ""  # what to tell the user ("" when there is no site point)


def read_site_point() -> SitePoint | None:
    path = site_config_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SettingsError(QT_TRANSLATE_NOOP(
            "SettingsError", "The site configuration file {path} cannot be read ({reason}). Fix or "
            "remove it."), path=path, reason=exc) from None
    entry = raw.get(SITE_KEY) if isinstance(raw, dict) else None
    if entry is None:
        return None
    names = {f.name for f in dataclasses.fields(SitePoint)}
    try:
        point = SitePoint(**{k: v for k, v in entry.items() if k in names})
        threshold = float(point.threshold)
        ok = 0.0 <= threshold <= 1.0 and len(point.model_sha256) == 64
    except (TypeError, ValueError, AttributeError):
        ok = False
    if not ok:
        raise SettingsError(QT_TRANSLATE_NOOP(
            "SettingsError", "The site operating point in {path} is not valid: it needs a "
            "threshold between 0 and 1 and the model's sha256 (64 characters). Ask IT to copy it "
            "again from the file cxrscreen monitor wrote (site_operating_point.json)."), path=path)
    return dataclasses.replace(point, threshold=threshold)


def site_point_status(model_sha256: str, model_version: str) -> SitePointStatus:
    try:
        point = read_site_point()
    except SettingsError as exc:
        return SitePointStatus(message=exc.message + " " + _words(QT_TRANSLATE_NOOP(
            "SitePoint", "The model's default is used meanwhile.")))
    if point is None:
        return SitePointStatus()
    if point.model_sha256 != model_sha256:
        return SitePointStatus(point, False, _words(QT_TRANSLATE_NOOP(
            "SitePoint", "The site's operating point (threshold {threshold}) was chosen for model "
            "{version} (sha256 {sha}), but this laptop has model {model} (sha256 {model_sha}). It "
            "is not used: results use the model's own default point until IT chooses a new site "
            "point for this model (cxrscreen monitor)."),
            threshold=f"{point.threshold:.4f}", version=point.model_version or "?",
            sha=point.model_sha256[:12], model=model_version, model_sha=model_sha256[:12]))
    return SitePointStatus(point, True, _words(QT_TRANSLATE_NOOP(
        "SitePoint", "Site operating point in use: threshold {threshold}, {provenance}."),
        threshold=f"{point.threshold:.4f}", provenance=point.provenance()))


def _words(template: str, **params) -> str:
    """``template`` (marked QT_TRANSLATE_NOOP("SitePoint", ...)) in the window's language (the
    command line's English), its placeholders filled after translation."""
    text = translate("SitePoint", template)
    return text.format(**params) if params else text


def with_site_point(raw: dict, point: SitePoint) -> dict:
    """The model's metadata with the site point added as ``site`` and made the default."""
    thresholds = dict(raw["thresholds"])
    thresholds[SITE_POINT] = {"value": point.threshold, "rule": point.provenance(),
                              "source": point.source}
    thresholds["default"] = SITE_POINT
    return {**raw, "thresholds": thresholds}
