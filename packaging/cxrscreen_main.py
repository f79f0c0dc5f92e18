"""Entry point of the frozen application: the window with no command, the CLI with one."""

import multiprocessing
import sys

from cxrscreen.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
