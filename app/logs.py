"""Rotating log files in the data folder, with personal data scrubbed from every record.

Logs go to support people; they must never carry an ID number, a bank account or a phone number,
whatever a developer happens to pass to a log call.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from app.paths import logs_dir

_ID_NUMBER = re.compile(r"(?<![0-9])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9])")
_LONG_DIGITS = re.compile(r"(?<![0-9])\d{11,}(?![0-9])")  # phones, bank accounts


def scrub(text: str) -> str:
    text = _ID_NUMBER.sub(lambda m: f"{m.group(1)}********{m.group(2)}", text)
    return _LONG_DIGITS.sub(lambda m: "*" * (len(m.group()) - 4) + m.group()[-4:], text)


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


def configure(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the root logger to `<data>/logs/huzhu.log` (1 MB × 5 files). Idempotent."""
    folder = logs_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "huzhu.log"
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return path
