"""An operating point's trade-off in plain words, for the settings dialog: "sensitivity" and
"specificity" meant nothing to the health workers who read them (issue 22). Two points of the
same model with the same threshold are said to be the same (the shipped model's 'screening' and
'balanced' are), instead of listing identical figures under two names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.i18n import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("OperatingPoint", text)


def point_names() -> dict[str, str]:
    return {"screening": _tr(QT_TRANSLATE_NOOP("OperatingPoint", "Screening")), "balanced": _tr(QT_TRANSLATE_NOOP("OperatingPoint", "Balanced")),
            "high_sensitivity": _tr(QT_TRANSLATE_NOOP("OperatingPoint", "Finds the most children")),
            "site": _tr(QT_TRANSLATE_NOOP("OperatingPoint", "Site (chosen by the site's IT)"))}


def trade_off(sensitivity: float, specificity: float, external: bool) -> str:
    """'finds 98 of 100 children with pneumonia; sends 11 of 100 without it to the clinic'."""
    text = (_tr(QT_TRANSLATE_NOOP("OperatingPoint", "on other hospitals' X-rays: finds %1 of 100 children with pneumonia, and sends "
                "%2 of 100 children without it to the clinic")) if external else
            _tr(QT_TRANSLATE_NOOP("OperatingPoint", "on the test X-rays: finds %1 of 100 children with pneumonia, and sends %2 of "
                "100 children without it to the clinic")))
    return (text.replace("%1", f"{100 * sensitivity:.0f}")
            .replace("%2", f"{100 * (1 - specificity):.0f}"))


def point_label(op: str, figures: dict, thresholds: dict[str, float]) -> str:
    """The combo box's text for ``op``: its name, then its trade-off, or "the same as X"."""
    names = point_names()
    label = names.get(op, op)
    earlier = [o for o in thresholds if o != op and o in figures
               and abs(thresholds[o] - thresholds.get(op, -1.0)) < 1e-9]
    if earlier and list(thresholds).index(earlier[0]) < list(thresholds).index(op):
        return _tr(QT_TRANSLATE_NOOP("OperatingPoint", "%1 — the same as %2 with this model")).replace("%1", label).replace(
            "%2", names.get(earlier[0], earlier[0]))
    if op in figures:
        return f"{label} — {trade_off(*figures[op])}"
    return label
