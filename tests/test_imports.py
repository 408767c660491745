"""No import cycle in app/, lazy or not: every import is counted, those inside functions too
(only `if TYPE_CHECKING:` blocks, which never run, are left out), and importing `app.x.y` counts
as importing the package `app.x` as well, since Python runs its __init__ first."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules(root: Path) -> dict[str, Path]:
    found = {}
    for path in sorted((root / "app").rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _never_run(tree: ast.AST) -> set[int]:
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(n) for part in node.body for n in ast.walk(part)}
    return skipped


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _never_run(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name in modules}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, *([node.module] if node.module else [])])
            for alias in node.names:
                full = f"{base}.{alias.name}"
                if full in modules:
                    out.add(full)
                elif base in modules:
                    out.add(base)
    for target in list(out):
        parts = target.split(".")
        for k in range(2, len(parts)):
            parent = ".".join(parts[:k])
            if parent in modules and not name.startswith(parent + ".") and name != parent:
                out.add(parent)
    out.discard(name)
    return out


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    modules = _modules(root)
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            step = next(edges, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(graph[step]))))
                elif step in on_stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_app_has_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


def test_signing_stands_below_printing_health_sync_and_the_demo() -> None:
    graph = import_graph()
    above = ("app.printing", "app.health", "app.sync", "app.demo", "app.claims", "app.cli")
    for name in ("app.signing", "app.signing.keys", "app.signing.qr"):
        assert not {
            m for m in graph[name] if m in above or m.startswith(tuple(f"{a}." for a in above))
        }, name


FOUNDATION = {
    "app", "app.clock", "app.errors", "app.i18n", "app.ids", "app.money", "app.privacy", "app.db",
    "app.audit", "app.auth", "app.office", "app.settings", "app.numbering", "app.history",
    "app.bulk", "app.collector", "app.texts", "app.db_file", "app.demo_accounts",
}  # fmt: skip
ENTRY_POINTS = ("app.cli", "app.selftest", "app.__main__")


def floor(name: str) -> int:
    """The floors of docs/architecture.md: foundation, signing, areas, demo, entry points."""
    if name in FOUNDATION:
        return 0
    if name == "app.signing" or name.startswith("app.signing."):
        return 1
    if name == "app.demo" or name.startswith("app.demo."):
        return 3
    if name.startswith(ENTRY_POINTS):
        return 4
    return 2


def test_each_floor_imports_only_the_floors_below() -> None:
    graph = import_graph()
    upward = [(a, b) for a, targets in graph.items() for b in targets if floor(b) > floor(a)]
    assert upward == []


def test_a_lazy_cycle_is_found(tmp_path: Path) -> None:
    (tmp_path / "app" / "area").mkdir(parents=True)
    (tmp_path / "app" / "__init__.py").write_text("")
    (tmp_path / "app" / "area" / "__init__.py").write_text("")
    (tmp_path / "app" / "keys.py").write_text("def f():\n    from app.area.demo import X\n")
    (tmp_path / "app" / "area" / "demo.py").write_text("from app import keys\n")
    (tmp_path / "app" / "plain.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app import keys\n"
    )
    assert cycles(import_graph(tmp_path)) == [["app.area.demo", "app.keys"]]
