"""``cxrscreen monitor``: the hospital's view of every CXR Screen result on its DICOMweb server.

Exit status: 0 everything on the server was fetched and the report written; 1 fetching stopped
part way (the report shows what was kept, marked incomplete; run again to resume); 2 usage error;
3 nothing could be done (no server, refused password or certificate with nothing cached, cache or
plotting library unusable).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

EXIT_OK, EXIT_INCOMPLETE, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3


def add_commands(subparsers) -> None:
    p = subparsers.add_parser(
        "monitor", help="hospital report: every CXR Screen result on the server, per site, "
                        "device, model version and week",
        description="Fetch every CXR Screen structured report from the hospital's DICOMweb "
        "server (QIDO-RS and WADO-RS; a local cache means the next run fetches only new ones) "
        "and write report.html and report.pdf to --out: cases, referrals, clinicians' reviews, "
        "agreement with them, score drift, and a proposed site operating point. The user and "
        "password come from CXRSCREEN_SYNC_USER / CXRSCREEN_SYNC_PASSWORD (or --user and a "
        "prompt); TLS is always verified (--ca-file for the hospital's CA).")
    p.add_argument("--server", default=None,
                   help="DICOMweb root URL (default: this installation's sync server)")
    p.add_argument("--user", default=None, help="user name (default: $CXRSCREEN_SYNC_USER)")
    p.add_argument("--ca-file", default=None, help="CA certificate file for the server")
    p.add_argument("--since", default=None, metavar="YYYY-MM-DD",
                   help="report only cases screened on or after this day (the cache keeps all)")
    p.add_argument("--out", type=Path, required=True, help="folder for the report and cache")
    p.add_argument("--cache", type=Path, default=None,
                   help="cache file (default: OUT/monitor-cache.sqlite3)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--target-sensitivity", type=float, default=None,
                   help="target for the proposed site operating point (default 0.97)")
    p.add_argument("--min-positives", type=int, default=None,
                   help="reviewed positive cases needed to propose a point (default 50)")
    p.add_argument("--min-negatives", type=int, default=None,
                   help="reviewed negative cases needed to propose a point (default 50)")
    p.add_argument("--models", type=Path, default=None,
                   help="edge_models folder whose metadata gives each model version's validation "
                        "score distribution and operating points (default: this installation's)")
    p.add_argument("--page-size", type=int, default=1000, help="QIDO-RS page size")
    p.add_argument("--workers", type=int, default=4, help="parallel WADO-RS requests")
    p.set_defaults(func=run_monitor)


def _connection(args):
    import dataclasses

    from ..core.settings import SyncConnection, load_settings, resolve_data_dir, sync_connection

    if args.server is None:
        # This installation's server, resolved as the sync resolves it (environment over the
        # settings over the site file). Not the saved password: it belongs to the laptop's own
        # sync; give the monitor's in the environment or at the prompt.
        settings = load_settings(resolve_data_dir(args.data_dir))
        base = sync_connection(dataclasses.replace(settings, sync_password_enc=""), None)
    else:
        base = SyncConnection(url=args.server.rstrip("/"),
                              user=os.environ.get("CXRSCREEN_SYNC_USER", ""), password="",
                              ca_file="")
    user = args.user if args.user is not None else base.user
    password = os.environ.get("CXRSCREEN_SYNC_PASSWORD")
    if password is None and user and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Password for {user}: ")
    return SyncConnection(url=base.url, user=user, password=password or "",
                          ca_file=args.ca_file or base.ca_file)


def run_monitor(args) -> int:
    from ..core.errors import CxrError
    from ..monitor.proposal import DEFAULT_TARGET, MIN_NEGATIVES, MIN_POSITIVES

    if args.since and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", args.since):
        print(f"--since must be a day as YYYY-MM-DD, not {args.since!r}.", file=sys.stderr)
        return EXIT_USAGE
    target = DEFAULT_TARGET if args.target_sensitivity is None else args.target_sensitivity
    if not 0.5 <= target < 1.0:
        print("--target-sensitivity must be between 0.5 and 1 (e.g. 0.97).", file=sys.stderr)
        return EXIT_USAGE
    try:
        conn = _connection(args)
        if not conn.url:
            print("No server: give --server URL (the DICOMweb root).", file=sys.stderr)
            return EXIT_USAGE
        return _run(args, conn, target,
                    MIN_POSITIVES if args.min_positives is None else args.min_positives,
                    MIN_NEGATIVES if args.min_negatives is None else args.min_negatives)
    except CxrError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_FAILED


def _run(args, conn, target: float, min_pos: int, min_neg: int) -> int:
    from ..monitor.cache import MonitorCache
    from ..monitor.fetch import fetch_reports
    from ..monitor.figures import pyplot
    from ..monitor.metrics import summarise
    from ..monitor.proposal import propose, site_file_entry
    from ..monitor.reference import model_references
    from ..monitor.report import write_report

    pyplot()  # fail before fetching when the plotting library is missing
    out = Path(args.out)
    cache = MonitorCache(args.cache or out / "monitor-cache.sqlite3", conn.url)
    try:
        progress = None if args.json else _progress
        fetched = fetch_reports(conn, cache, page_size=max(1, args.page_size),
                                workers=max(1, args.workers), progress=progress)
        if progress is not None:
            print(file=sys.stderr)
        print(fetched.message(), file=sys.stderr)
        records = cache.latest_records()
    finally:
        cache.close()
    if fetched.error is not None and not records:
        return EXIT_FAILED  # nothing to report on; the message above says why
    shown = [r for r in records if not args.since or r.screened_at[:10] >= args.since]
    summary = summarise(shown, None, model_references(shown, args.models))
    proposal = propose(shown, target, min_pos, min_neg)
    version = summary["drift"]["model_version"]
    html_path, pdf_path = write_report(
        out, summary, [r.score for r in shown if r.model_version == version], proposal,
        fetched.message(), conn.url, args.since, incomplete=not fetched.complete)
    site_file = out / "site_operating_point.json"
    if proposal.get("ok"):
        site_file.write_text(json.dumps({"site_operating_point": site_file_entry(proposal)},
                                        indent=2) + "\n")
    else:
        site_file.unlink(missing_ok=True)  # never leave an older proposal looking current
    result = {**summary, "proposal": proposal,
              "fetch": {"listed": fetched.listed, "new": fetched.new, "fetched": fetched.fetched,
                        "complete": fetched.complete,
                        "error": fetched.error.message if fetched.error else None}}
    (out / "summary.json").write_text(json.dumps(result, indent=2) + "\n")
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"Report: {html_path} and {pdf_path}", file=sys.stderr)
        if proposal.get("ok"):
            print(f"Proposed site threshold {proposal['threshold']:.4f}: {site_file}",
                  file=sys.stderr)
        else:
            print(proposal.get("reason", ""), file=sys.stderr)
    return EXIT_OK if fetched.complete else EXIT_INCOMPLETE


def _progress(done: int, total: int) -> None:
    print(f"\rFetching reports: {done}/{total}", end="", file=sys.stderr, flush=True)
