"""Command-line access to the case store and the sync: ``import``, ``cases``, ``review``, ``sync``.

``cli.py`` calls :func:`add_commands` on its subparsers; its global ``--data-dir`` arrives as
``args.data_dir``. Exit codes: 0 success; 1 some files refused or some cases refused by the server;
2 the store or the model cannot be used; 3 no server configured; 4 server unreachable; 5 user or
password refused; 6 certificate refused; 7 sign-in refused, or the account's role does not allow
it; 130 stopped by the user. Every command signs in (cli_accounts.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from .accounts import EXIT_SIGN_IN, add_sign_in_arguments, open_store
from .screen import expand
from ..core.store.cases import Case, Decision
from ..core.errors import CxrError, ImageRefused, StoreError
from ..core.file_names import readable
from ..core.settings import load_settings

if TYPE_CHECKING:  # the store (and its cryptography) is imported when a command opens it, so
    from ..core.store.case_store import CaseStore  # that `cxrscreen screen` and `--version` start faster

EXIT_DAMAGED = 2  # a damaged case was set aside (the others were listed or sent)
SYNC_EXIT = {"not_configured": 3, "unreachable": 4, "not_server": 4, "auth": 5,
             "certificate": 6, "insecure": 6}


def add_commands(subparsers) -> None:
    p = subparsers.add_parser("import", help="screen files and store them as finalised cases")
    p.add_argument("paths", nargs="+", metavar="PATH", help="X-ray files or folders")
    p.add_argument("--json", action="store_true", help="one JSON object per file")
    p.add_argument("--model", type=Path, help="model directory (default: the newest shipped)")
    p.add_argument("--operating-point", help="e.g. screening or balanced")
    p.add_argument("--patient-file", metavar="FILE",
                   help="patient details for every file imported, as one JSON object "
                   '({"patient_id": ..., "patient_name": ..., "sex": ..., "age": ...}) read '
                   "from FILE, or from standard input with '-' (recommended: arguments can be "
                   "read by every user of this computer)")
    p.add_argument("--send-refused-for-reading", action="store_true",
                   help="store a refused film that may still be a chest (a side view, a turned "
                   "or negative image, or a DICOM marked CHEST) as a NOT SCREENED case, sent to "
                   "the hospital for a clinician's reading with no score; never a damaged file "
                   "or another body part")
    for name in ("patient-id", "patient-name", "sex", "age"):
        p.add_argument(f"--{name}", help=f"{name.replace('-', ' ')} for every file imported"
                       + (" (visible to other users: prefer --patient-file)"
                          if name.startswith("patient") else ""))
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("cases", help="list stored cases")
    p.add_argument("--json", action="store_true", help="one JSON object per case")
    p.add_argument("--state", choices=["screened", "finalised", "sent"])
    p.add_argument("--search", help="patient id or name, file name, or case id")
    p.set_defaults(func=cmd_cases)

    p = subparsers.add_parser("review", help="record a clinician's review of a case")
    p.add_argument("case", help="case id (the first 8 characters are enough)")
    p.add_argument("--decision", required=True, choices=[d.value for d in Decision])
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_review)

    p = subparsers.add_parser("sync", help="send queued cases to the hospital's server")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_sync)
    for parser in subparsers.choices.values():
        if parser.get_default("func") in (cmd_import, cmd_cases, cmd_review, cmd_sync):
            add_sign_in_arguments(parser)


def cmd_import(args: argparse.Namespace) -> int:
    from ..core.errors import AlreadyStored

    store = _open(args)
    if store is None:
        return args.exit_code
    with store:
        try:
            point = (args.operating_point
                     or load_settings(store.data_dir, store.cipher).operating_point or None)
            screener = load_screener(args.model)
        except CxrError as exc:
            _fail(exc)
            return 2
        try:
            overrides = patient_overrides(args)
        except CxrError as exc:
            _fail(exc)
            return 2
        refused = 0
        for path in expand([Path(p) for p in args.paths]):
            try:
                case = store.import_file(path, screener, overrides, point, finalise=True)
                _emit(args, {"file": str(path), "status": "stored", "case": case.to_dict()},
                      f"stored   {case.id[:8]}  {_result(case)}  {path}")
            except ImageRefused as exc:
                refused += 1
                if args.send_refused_for_reading and _store_not_screened(args, store, path, exc,
                                                                         overrides):
                    continue
                _emit(args, {"file": str(path), "status": "refused", "error": exc.to_dict()},
                      f"REFUSED  {path}: {exc.message}")
            except AlreadyStored as exc:
                _emit(args, {"file": str(path), "status": "already_stored",
                             "case": exc.case.to_dict()}, f"already  {exc.case.id[:8]}  {path}")
            except StoreError as exc:
                _emit(args, {"file": str(path), "status": "error", "error": exc.to_dict()},
                      f"ERROR    {path}: {exc.message}")
                return 2
    return 1 if refused else 0


def _store_not_screened(args, store, path: Path, refusal: ImageRefused, overrides) -> bool:
    """The refused ``path`` stored as a not-screened case (finalised, for a clinician's
    reading), when it may be a chest; False when it may not (it is reported as refused)."""
    from ..core.errors import AlreadyStored, NotSendable

    try:
        case = store.add_not_screened(path, refusal, overrides, finalise=True)
    except (NotSendable, ImageRefused):
        return False
    except AlreadyStored as exc:
        _emit(args, {"file": str(path), "status": "already_stored", "case": exc.case.to_dict()},
              f"already  {exc.case.id[:8]}  {path}")
        return True
    _emit(args, {"file": str(path), "status": "not_screened", "error": refusal.to_dict(),
                 "case": case.to_dict()},
          f"NOT SCREENED  {case.id[:8]}  {path}: {refusal.message} Sent for a clinician's "
          "reading, with no score.")
    return True


def cmd_cases(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return args.exit_code
    set_aside: dict = {}
    with store:
        try:
            cases = store.list_cases(state=args.state, search=args.search, set_aside=set_aside)
            missing = {c.id for c in cases if store.files_missing(c)}
        except StoreError as exc:
            _fail(exc)
            return 2
    for case in cases:
        gone = case.id in missing
        _emit(args, {**case.to_dict(), "files_missing": gone},
              f"{case.id[:8]}  {'cleared' if case.cleared else case.state.value:<9}  "
              f"{_result(case)}  "
              f"patient {case.patient.patient_id or '-'}  "
              f"{'review: ' + case.review.decision.value if case.review else ''}"
              f"{'  FILES MISSING (restore the data folder from a backup)' if gone else ''}")
    for exc in set_aside.values():
        _fail(exc)
    if not args.json and not cases and not set_aside:
        print("No cases stored yet.")
    return EXIT_DAMAGED if set_aside or missing else 0


def cmd_review(args: argparse.Namespace) -> int:
    from ..core.store.accounts import NotAllowed

    store = _open(args)
    if store is None:
        return args.exit_code
    with store:
        reviewer = store.account.name
        try:
            case = store.review(args.case, args.decision, args.note)
        except NotAllowed as exc:
            _fail(exc)
            return EXIT_SIGN_IN
        except StoreError as exc:
            _fail(exc)
            return 2
    queued = " A report with this review is queued for the hospital's server." \
        if case.state.value != "screened" else ""
    print(f"Review recorded for case {case.id[:8]}: {args.decision} ({reviewer}).{queued}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from ..core.sync import SyncEngine

    store = _open(args)
    if store is None:
        return args.exit_code
    cancel = threading.Event()

    def progress(done: int, total: int, case_id: str) -> None:
        if not args.quiet:
            print(f"[{done}/{total}] case {case_id[:8]} sent", file=sys.stderr, flush=True)

    with store:
        try:
            engine = SyncEngine(store, load_settings(store.data_dir, store.cipher))
            report = engine.sync_all(progress=progress, cancel=cancel)
        except KeyboardInterrupt:
            print("Stopped. Cases not yet sent stay queued.", file=sys.stderr)
            return 130
        except CxrError as exc:
            _fail(exc)
            return 2
    print(report.message())
    if report.ok:
        return 0
    if report.error is not None:
        return SYNC_EXIT.get(report.error.code, 1)
    return EXIT_DAMAGED if report.damaged else 1


PATIENT_KEYS = {"patient_id": "patient_id", "patient_name": "patient_name", "sex": "patient_sex",
                "patient_sex": "patient_sex", "age": "patient_age", "patient_age": "patient_age"}


def patient_overrides(args: argparse.Namespace) -> dict[str, str]:
    """Patient details from --patient-file (a file, or standard input with '-'), then the
    arguments, which win. An identifying value given as an argument is readable by every local
    user in the process list (/proc/PID/cmdline), so it draws a warning."""
    values: dict[str, str] = {}
    if args.patient_file:
        values = _patient_file(args.patient_file)
    if args.patient_id or args.patient_name:
        print("Warning: --patient-id and --patient-name can be read by every user of this "
              "computer while the command runs. Put them in a file, or pipe them in: "
              "--patient-file FILE, or --patient-file - (one JSON object).", file=sys.stderr)
    given = {"patient_id": args.patient_id, "patient_name": args.patient_name,
             "patient_sex": args.sex, "patient_age": args.age}
    return {**values, **{k: v for k, v in given.items() if v}}


def _patient_file(where: str) -> dict[str, str]:
    try:
        text = sys.stdin.read() if where == "-" else Path(where).read_text(encoding="utf-8")
        raw = json.loads(text)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CxrError(f"The patient details in {'standard input' if where == '-' else where} "
                       f"cannot be read ({getattr(exc, 'strerror', None) or exc}). Give one JSON "
                       'object, e.g. {"patient_id": "CH-1", "sex": "F", "age": "4y"}.',
                       code="input") from None
    if not isinstance(raw, dict) or set(raw) - set(PATIENT_KEYS) or \
            not all(isinstance(v, str) for v in raw.values()):
        raise CxrError("The patient details must be one JSON object with text values for "
                       f"{', '.join(sorted(PATIENT_KEYS))}.", code="input")
    return {PATIENT_KEYS[k]: v for k, v in raw.items() if v}


def load_screener(model_dir: Path | None):
    """The screening model, loaded lazily (tests replace this function)."""
    try:
        from ..core.screening.screener import Screener
    except ImportError:
        raise CxrError("The screening model code is not installed in this build; "
                       "reinstall CXR Screen.", code="model") from None
    return Screener.load(model_dir)


def _open(args: argparse.Namespace) -> CaseStore | None:
    return open_store(args)


def _result(case: Case) -> str:
    if case.not_screened:  # no score exists
        return f"NOT SCREENED ({case.refusal.get('code', '?')}), for a clinician's reading"
    return f"{case.label:<9}  score {case.score:.2f}"


def _emit(args: argparse.Namespace, obj: dict, text: str) -> None:
    # json.dumps writes ASCII only; a text line may hold a file name that is not UTF-8.
    print(json.dumps(obj) if getattr(args, "json", False) else readable(text), flush=True)


def _fail(exc: CxrError) -> None:
    print(f"Error: {exc.message}", file=sys.stderr)

