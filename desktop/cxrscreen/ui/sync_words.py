"""What a sync did, said in cases (as the status bar counts them) and in the window's language.
The engine's own summary counted DICOM instances ("6 item(s) still queued" beside "3 case(s)
waiting") and said "(0 sent now)" after an automatic send had just sent everything (issue 22)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SyncWords", text, "", n)


def server_problem(report) -> str:
    """The status bar's words for an error a person must fix ("" when there is none)."""
    code = getattr(getattr(report, "error", None), "code", "")
    if code == "auth":
        return _tr("Server: password refused")
    if code == "certificate":
        return _tr("Server: certificate refused")
    return ""


def sync_summary(report, waiting_cases: int) -> str:
    """``waiting_cases``: cases with something still to send, after this sync."""
    sent = len(report.sent_cases)
    if report.ok:
        if sent == 0:
            return _tr("All cases are already on the server.")
        return _tr("%n case(s) sent. All cases are on the server.", sent)
    parts = [_tr("%n case(s) sent.", sent) if sent else _tr("No case was sent."),
             _tr("%n case(s) still waiting to be sent.", waiting_cases)]
    if report.cancelled:
        parts.append(_tr("Sending was stopped."))
    if report.error is not None:
        parts.append(report.error.message)
    for case_id, reason in report.rejected.items():
        parts.append(_tr("Case %1: %2").replace("%1", case_id[:8]).replace("%2", reason))
    return " ".join(parts)
