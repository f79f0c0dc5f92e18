"""Commands for the IT officer: ``self-test``. Never imports Qt (it runs on headless machines).

Exit status of ``self-test``: 0 every check passed (warnings allowed), 1 at least one failed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1
MARKS = {"pass": "PASS", "warn": "WARN", "fail": "FAIL"}


def add_commands(subparsers) -> None:
    p = subparsers.add_parser(
        "self-test", help="check that this installation works (model, samples, decoders, store)",
        description="Check this installation: the model's sha256 and loading, screening of the "
        "bundled sample X-rays, the DICOM decoders, a temporary case store, the site "
        "configuration file and the data folder. Changes nothing. Exit status 0 when all "
        "checks pass, 1 when any fails.")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.add_argument("--model", type=Path, default=None, help="model folder (default: the newest shipped)")
    p.add_argument("--samples", type=Path, default=None,
                   help="sample folder (default: the samples shipped with the application)")
    p.set_defaults(func=run_self_test_command)


def run_self_test_command(args) -> int:
    from ..core.selftest import run_self_test

    def show(check) -> None:
        if not args.json:
            print(f"{MARKS[check.status.value]}  {check.name:<15} {check.summary}  "
                  f"({check.seconds:.1f} s)", flush=True)

    if not args.json:
        print("CXR Screen self-test", flush=True)
    report = run_self_test(model_dir=args.model, samples_dir=args.samples,
                           data_dir=getattr(args, "data_dir", None), progress=show)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    elif report.ok:
        print(f"Self-test passed in {report.seconds:.1f} s: this installation works "
              f"(cxrscreen {report.app_version}, {report.platform}).")
    else:
        names = ", ".join(c.name for c in report.failed())
        print(f"Self-test FAILED ({names}). Reinstall CXR Screen; if it fails again, send this "
              "output to your IT officer.", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_FAILED
