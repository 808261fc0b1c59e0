"""PyInstaller's entry script: the bundle's executables run the same `qa-desktop` command."""

import sys

from qa_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
