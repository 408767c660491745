"""Logs never carry personal data."""

from __future__ import annotations

import logging
from pathlib import Path

from app.logs import configure, scrub


def test_scrub_masks_ids_accounts_and_phones() -> None:
    text = "member 11010519491231002X phone 13912345678 account 6228480402564890018 ok 2026"
    out = scrub(text)
    assert "11010519491231002X" not in out and "110105********002X" in out
    assert "13912345678" not in out and "*******5678" in out
    assert "6228480402564890018" not in out
    assert out.endswith("ok 2026")


def test_log_file_is_scrubbed_including_tracebacks(tmp_path: Path) -> None:
    path = configure(tmp_path)
    log = logging.getLogger("huzhu.test")
    log.warning("looking up %s", "610204198001010013")
    try:
        raise ValueError("bad id 610204198001010013")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "610204198001010013" not in content
    # the message, and the exception line plus its source line in the traceback
    assert content.count("610204********0013") == 3
    assert configure(tmp_path) == path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", "") == str(path)]:
        root.removeHandler(handler)
        handler.close()
