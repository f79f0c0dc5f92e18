"""What a sync did, said in cases (as the status bar counts them) and in the window's language.
The engine's own summary counted DICOM instances ("6 item(s) still queued" beside "3 case(s)
waiting") and said "(0 sent now)" after an automatic send had just sent everything (issue 22)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def server_problem(report) -> str:
    """The status bar's words for an error a person must fix ("" when there is none)."""
    code = getattr(getattr(report, "error", None), "code", "")
    if code == "auth":
        return QCoreApplication.translate("SyncWords", "Server: password refused")
    if code == "certificate":
        return QCoreApplication.translate("SyncWords", "Server: certificate refused")
    return ""


def sync_summary(report, waiting_cases: int) -> str:
    """``waiting_cases``: cases with something still to send, after this sync."""
    sent = len(report.sent_cases)
    if report.ok:
        if sent == 0:
            return QCoreApplication.translate("SyncWords", "All cases are already on the server.")
        return QCoreApplication.translate("SyncWords", "%n case(s) sent. All cases are on the server.", "", sent)
    parts = [QCoreApplication.translate("SyncWords", "%n case(s) sent.", "", sent) if sent else QCoreApplication.translate("SyncWords", "No case was sent."),
             QCoreApplication.translate("SyncWords", "%n case(s) still waiting to be sent.", "", waiting_cases)]
    if report.cancelled:
        parts.append(QCoreApplication.translate("SyncWords", "Sending was stopped."))
    if report.error is not None:
        parts.append(report.error.message)
    for case_id, reason in report.rejected.items():
        parts.append(QCoreApplication.translate("SyncWords", "Case %1: %2").replace("%1", case_id[:8]).replace("%2", reason))
    return " ".join(parts)
