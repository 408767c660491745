"""Default printer per document type (layout name), kept per desk in `<data>/printers.json`.

Printers belong to the machine, not the office: the choice does not travel with backups or sync,
so it lives beside the database rather than in the `settings` table. An empty name means the
system's default printer.
"""

from __future__ import annotations

import json
from pathlib import Path

FILENAME = "printers.json"


def load(data_dir: Path) -> dict[str, str]:
    """{layout name: printer name}; empty when nothing was chosen yet or the file is unreadable."""
    path = data_dir / FILENAME
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def save(data_dir: Path, choices: dict[str, str]) -> Path:
    """Replace the desk's choices (written whole, through a temporary file)."""
    path = data_dir / FILENAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(choices, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
    return path
