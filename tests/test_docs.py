"""docs/architecture.md stays a map: short, readable lines, and every module it names exists
(as do those named by docs/design.md and docs/domain.md)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
# A module or package of the code: `app/money.py`, `tests/ui/test_shell_ops.py`, `ui/enrollment/`.
NAMED = re.compile(
    r"(?<![\w./<-])((?:app|ui|models|tests|bench|installer)/(?:[a-z_0-9]+/)*(?:[a-z_0-9]+\.py)?)(?![\w<])"
)


def named_paths(text: str) -> set[str]:
    return {m.group(1) for m in NAMED.finditer(text) if not m.group(1).startswith("http")}


def test_the_map_is_short_enough_to_read_in_ten_minutes() -> None:
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) <= 20 * 1024
    assert [n for n, line in enumerate(text.splitlines(), 1) if len(line) > 400] == []


def test_every_module_the_docs_name_exists() -> None:
    missing = {
        doc: sorted(p for p in named_paths((DOCS / doc).read_text(encoding="utf-8"))
                    if not (ROOT / p).exists())
        for doc in ("architecture.md", "design.md", "domain.md")
    }  # fmt: skip
    assert missing == {"architecture.md": [], "design.md": [], "domain.md": []}


def test_the_map_names_the_modules_it_routes_to() -> None:
    names = named_paths((DOCS / "architecture.md").read_text(encoding="utf-8"))
    assert {"app/money.py", "app/printing/service.py", "ui/ops.py", "app/db.py"} <= names
    assert named_paths("see app/gone.py and ui/x/ but not <area>.py") == {"app/gone.py", "ui/x/"}
