"""The command line: `cxrscreen` with no command starts the desktop application.

Subcommands live in small modules (cli_screen, cli_store, ...) that each register themselves.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cxrscreen",
        description="CXR Screen: offline pneumonia screening aid for frontal chest X-rays of "
        "children. A screening aid, not a diagnosis.",
    )
    parser.add_argument("--version", action="store_true", help="print the application and model versions")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="data folder (default: $CXRSCREEN_DATA_DIR or the per-user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from . import screen as cli_screen

    cli_screen.add_commands(sub)
    for name in ("store", "accounts", "selftest", "doctor"):
        try:
            module = __import__(f"cxrscreen.cli.{name}", fromlist=["add_commands"])
        except ModuleNotFoundError as exc:
            if exc.name != f"cxrscreen.cli.{name}":
                raise
            continue
        module.add_commands(sub)
    # The hospital's report (its plotting library is imported lazily).
    from . import monitor as cli_monitor

    cli_monitor.add_commands(sub)
    return parser


def version_text() -> str:
    from ..core.errors import ModelError
    from ..core.screening.litert import find_default_model, read_metadata
    from ..core.screening.site_operating_point import site_point_status

    try:
        meta = read_metadata(find_default_model())
        model = f"model {meta.raw['name']} {meta.raw['version']} (sha256 {meta.raw['sha256'][:12]})"
        site = site_point_status(meta.raw["sha256"], meta.raw["version"]).message
        model += f"\n{site}" if site else ""
    except ModelError as exc:
        model = f"model: none ({exc.message})"
    return f"cxrscreen {__version__}\n{model}"


STORE_COMMANDS = ("import", "cases", "review", "sync", "init", "users", "doctor")


def _log_to_data_dir(args) -> None:
    from ..core.errors import CxrError
    from ..core.logs import setup_logging
    from ..core.settings import resolve_data_dir

    from ..core.store.files import ensure_private_dir

    try:
        data_dir = resolve_data_dir(args.data_dir)
        if args.command in STORE_COMMANDS:  # they create the data folder anyway; log from the start
            ensure_private_dir(data_dir)
    except CxrError:
        data_dir = None  # the command itself reports the bad setting or the unwritable folder
    setup_logging(data_dir if data_dir is not None and data_dir.is_dir() else None)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(version_text())
        return 0
    if args.command not in (None, "screen"):  # commands that touch the data folder log there
        _log_to_data_dir(args)
    if args.command is None:
        from .window import run_gui

        return run_gui(args)
    import logging

    log = logging.getLogger("cxrscreen.cli")
    log.info("cxrscreen %s: %s", __version__, args.command)
    try:
        code = int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        code = 130
    log.info("%s finished with exit status %d", args.command, code)
    return code
