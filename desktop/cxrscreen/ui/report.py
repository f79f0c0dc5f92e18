"""The case report: image and heatmap thumbnails, patient and case data, the result, the review
and the disclaimer, as a QTextDocument that is saved as PDF (QPdfWriter, in a background task) or
printed."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from .. import __version__
from ..core.errors import StoreError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.screening.not_screened import NOT_SCREENED_CHILD_NOW, read_refused
from ..core.xray.read import read_xray
from ..core.xray.check_contract import apply_corrections
from ..core.screening.intended_use import adult_warning, patient_age_years
from ..core.screening.overlay import render_overlay
from ..core.screening.results import POSITIVE_LABEL, view_doubted
from .case_form import parse_age
from .case_list import state_text
from .imageconv import grey_qimage, rgb_qimage
from .not_screened import explained, headline as ns_headline
from .result_panel import details_text, disclaimer_text, operating_point_name, summary_text
from .review_panel import decision_text
from .workers import ReportOutcome

THUMB = 480


def _e(value: str) -> str:
    return html.escape(value or "—")


def _age(value: str, patient=None) -> str:
    """The age as typed or in PatientAge; else, for ``patient`` (a Patient), the age from the
    birth date on the study date, as the adult warning computes it (intended_use.py): a DICOM
    with only a birth date read "Age: —" while the warning said "64 years old" (issue 22)."""
    number, unit = parse_age(value)
    if number is None and patient is not None:
        years = patient_age_years(patient)
        if years is not None:
            number, unit = (int(years), "Y") if years >= 2 else (int(years * 12), "M")
    if number is None:
        return "—"
    units = {"Y": QCoreApplication.translate("Report", "years"), "M": QCoreApplication.translate("Report", "months"), "W": QCoreApplication.translate("Report", "weeks"), "D": QCoreApplication.translate("Report", "days")}
    return f"{number} {units[unit]}"


def _sex(value: str) -> str:
    return {"F": QCoreApplication.translate("Report", "Female"), "M": QCoreApplication.translate("Report", "Male"), "O": QCoreApplication.translate("Report", "Other")}.get(value, "—")


def _local(iso: str) -> str:
    """A stored UTC time in the laptop's time zone, with the zone's name ("2026-12-02 14:02
    EAT"): the family and the clinic read local time; it was UTC only."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M %Z")
    except ValueError:
        return iso[:16].replace("T", " ")


def next_steps(case) -> str:
    """What the family does now, in plain words, on the printed report."""
    if case.not_screened:  # no result: a clinician reads the film; the child may not wait
        return translate("NotScreened", NOT_SCREENED_CHILD_NOW)
    if adult_warning(case.patient):
        return QCoreApplication.translate("Report", "A clinician must read this X-ray: the patient is outside the "
                 "intended use of CXR Screen (children).")
    if case.screening.label == POSITIVE_LABEL or view_doubted(case.screening):  # a view doubt is referred too
        return QCoreApplication.translate("Report", "Take the child to the clinic today and show this report. Go at once "
                 "if the child breathes fast or with difficulty, cannot drink, or is very sleepy.")
    return QCoreApplication.translate("Report", "No signs of pneumonia were found on this X-ray. This does not mean the "
             "child is well: if the child is unwell or gets worse, see a clinician.")


def report_html(case, context: dict | None = None) -> str:
    """``context``: "site", "device", "screened_by", "finalised_by" (build_document)."""
    context = context or {}
    p, s = case.patient, case.screening
    doubt = view_doubted(s)
    colour = "#b00020" if s.label == POSITIVE_LABEL or doubt else "#1b5e20"
    summary = summary_text(s.label, doubt)
    if case.not_screened:  # no result and no score: the words say so, first (not_screened.py)
        colour, summary = "#4a148c", ns_headline()
        details = "\n".join(explained(case).split("\n")[:2])
    else:
        details = details_text(s)
    rows = [
        (QCoreApplication.translate("Report", "Patient ID"), _e(p.patient_id)), (QCoreApplication.translate("Report", "Name"), _e(p.patient_name)),
        (QCoreApplication.translate("Report", "Sex"), _sex(p.patient_sex)), (QCoreApplication.translate("Report", "Age"), _age(p.patient_age, p)),
        (QCoreApplication.translate("Report", "Study date"), _e(p.study_date)), (QCoreApplication.translate("Report", "Case"), _e(case.id)),
        (QCoreApplication.translate("Report", "File"), _e(case.source_name)),
        (QCoreApplication.translate("Report", "Stored at") if case.not_screened else
         QCoreApplication.translate("Report", "Screened at"), _e(_local(case.created_at))),
        (QCoreApplication.translate("Report", "State"), _e(state_text(case.state.value))),
        (QCoreApplication.translate("Report", "Health worker"), _e(context.get("screened_by", ""))),
        (QCoreApplication.translate("Report", "Site"), _e(context.get("site", ""))),
        (QCoreApplication.translate("Report", "Device"), _e(context.get("device", ""))),
    ]
    if context.get("finalised_by"):
        rows.insert(-3, (QCoreApplication.translate("Report", "Finalised by"),
                         _e(context["finalised_by"])))
    table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    review = QCoreApplication.translate("Report", "Not reviewed by a clinician yet.")
    if case.review is not None:
        r = case.review
        review = (f"<b>{_e(decision_text(r.decision.value))}</b> — {_e(r.reviewer)}, "
                  f"{_e(_local(r.time))}<br>{_e(r.note) if r.note else ''}")
    notes = _e(case.notes).replace("\n", "<br>") if case.notes else "—"
    generated = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    warning = adult_warning(p) if not case.not_screened else ""  # about a score: none exists
    adult = (f'<p style="background:#ffd54f; border:2px solid #8a6d00; padding:6px;"><b>'
             f'{html.escape(warning)}</b></p>' if warning else "")
    # Looked up here, not inside the f-string below: lupdate does not read calls in an f-string,
    # so these headings were missing from the .ts files and the printed report stayed English.
    tr = {key: QCoreApplication.translate("Report", text) for key, text in (
        ("title", QT_TRANSLATE_NOOP("Report", "CXR Screen — chest X-ray screening report")),
        ("xray", QT_TRANSLATE_NOOP("Report", "X-ray")),
        ("heatmap", QT_TRANSLATE_NOOP("Report", "Heatmap: where the model looked")),
        ("case", QT_TRANSLATE_NOOP("Report", "Patient and case")),
        ("notes", QT_TRANSLATE_NOOP("Report", "Health worker's notes")),
        ("review", QT_TRANSLATE_NOOP("Report", "Clinician's review")),
        ("point", QT_TRANSLATE_NOOP("Report", "Operating point")),
        ("model", QT_TRANSLATE_NOOP("Report", "Model")),
        ("made", QT_TRANSLATE_NOOP("Report", "Report made")),
        ("todo", QT_TRANSLATE_NOOP("Report", "What to do now")))}
    heat_cell = "" if case.not_screened else (
        f'<td><img src="cxr://heatmap" width="{THUMB * 2 // 3}"><br>{tr["heatmap"]}</td>')
    model_line = "" if case.not_screened else (
        f"{tr['point']}: {_e(operating_point_name(s.operating_point))}.\n{tr['model']}: "
        f"{_e(s.model_name)} {_e(s.model_version)} (sha256 {_e(s.model_sha256[:12])}).\n")
    return f"""
<html><body style="font-family: sans-serif; font-size: 12pt;">
<h2>{tr["title"]}</h2>
<p style="background:#fff3cd; padding:6px;"><b>{html.escape(disclaimer_text())}</b></p>
<h3 style="color:{colour};">{html.escape(summary)}</h3>
{adult}<p>{html.escape(details).replace(chr(10), "<br>")}</p>
<h3>{tr["todo"]}</h3>
<p style="font-size:13pt;"><b>{html.escape(next_steps(case))}</b></p>
<table cellspacing="0" cellpadding="3"><tr>
<td><img src="cxr://image" width="{THUMB * 2 // 3}"><br>{tr["xray"]}</td>
{heat_cell}
</tr></table>
<h3>{tr["case"]}</h3>
<table cellspacing="0" cellpadding="3" border="1">{table}</table>
<h3>{tr["notes"]}</h3><p>{notes}</p>
<h3>{tr["review"]}</h3><p>{review}</p>
<p style="font-size:8pt;">{model_line}CXR Screen {__version__}. {tr["made"]} {_e(generated)}.</p>
<p><b>{html.escape(disclaimer_text())}</b></p>
</body></html>"""


def report_context(store, case, identity=None) -> dict:
    """Who screened and finalised the case (its audit trail), and the site and device
    (core.identity.DeviceIdentity); the report had none of them."""
    out = {"site": getattr(identity, "site", ""), "device": getattr(identity, "device_name", "")}
    for entry in store.audit(case.id):
        if entry.action in ("created", "created_not_screened"):
            out.setdefault("screened_by", entry.actor)
        elif entry.action == "finalised":
            out["finalised_by"] = entry.actor
    return out


def build_document(store, case, identity=None) -> QTextDocument:
    """The report for ``case``, images included (reads and decodes the original: slow)."""
    data = store.original_bytes(case)
    xray = read_refused(data) if case.not_screened else apply_corrections(
        read_xray(data), case.screening.corrections)
    heat = store.heatmap(case)  # None when not screened
    doc = QTextDocument()
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("cxr://image"),
                    grey_qimage(_thumb(xray.pixels)))
    if heat is not None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("cxr://heatmap"),
                        rgb_qimage(render_overlay(xray.pixels, heat, opacity=0.5,
                                                  max_side=THUMB)))
    doc.setHtml(report_html(case, report_context(store, case, identity)))
    return doc


def _thumb(pixels):
    step = max(1, max(pixels.shape) // THUMB)
    return pixels[::step, ::step]


def save_pdf(store, case_id: str, path: Path, identity=None) -> ReportOutcome:
    """Write the report of one case to ``path`` (A4 PDF). Runs in a background task."""
    case = store.get(case_id)
    doc = build_document(store, case, identity)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(QCoreApplication.translate("Report", "CXR Screen report"))
    writer.setCreator(f"CXR Screen {__version__}")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    pages = doc.pageCount()
    doc.print_(writer)
    del writer  # closes the file
    try:
        if tmp.stat().st_size == 0:
            raise OSError(28, "nothing was written")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(QCoreApplication.translate("Report", "The report could not be saved to %1 (%2). Choose another folder or "
                            "free some disk space.").replace("%1", str(path))
                         .replace("%2", exc.strerror or str(exc))) from None
    return ReportOutcome(path, pages)
