"""Starts the desktop window; kept apart so the CLI never imports Qt unless it must."""

from __future__ import annotations

import sys


def run_gui(args) -> int:
    try:
        from ..ui.app import run
    except ImportError as exc:
        print(f"The desktop window cannot start ({exc}). The command line still works: "
              "run `cxrscreen --help`.", file=sys.stderr)
        return 2
    return run(args)
