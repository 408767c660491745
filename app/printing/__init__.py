"""Printing: certificates, receipts and notices as PDF (reportlab), signed QR codes, layouts.

`data` loads plain dataclasses from the database, `documents` turns them into pages described
by the layouts in `resources/layouts/`, `pdf` draws the pages, `service` is what the CLI and
the UI call (numbering, reprint counting, audit).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The program's `resources/` folder (inside the bundle when frozen by PyInstaller)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
