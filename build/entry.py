"""PyInstaller's entry script: the bundle's executables run the same `qa-desktop` command."""

import multiprocessing
import sys

from qa_desktop.cli import main

if __name__ == "__main__":
    # A worker process (core.worker, spawn) starts this same executable with arguments of
    # multiprocessing's own: freeze_support runs the worker's code then and exits.
    multiprocessing.freeze_support()
    sys.exit(main())
