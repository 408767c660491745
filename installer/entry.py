"""PyInstaller's entry script: the same `main` as the installed `huzhu` command."""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
