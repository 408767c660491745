"""Every project name a bench module imports exists: the bench imports inside its functions and
in the code it hands to fresh interpreters, so a moved name breaks only `make bench`, which no
other test runs."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
PROJECT = ("app", "models", "ui", "bench", "tests")


def _trees(path: Path) -> list[ast.AST]:
    """The module, and each module-level string that is Python code (a child's program)."""
    module = ast.parse(path.read_text(encoding="utf-8"))
    trees: list[ast.AST] = [module]
    for node in module.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            code = node.value.value
            if isinstance(code, str) and "import" in code:
                try:
                    trees.append(ast.parse(code))
                except SyntaxError:
                    continue
    return trees


def project_imports(path: Path) -> set[tuple[str, str | None]]:
    """(module, name) for each `from M import name` and (module, None) for each `import M`."""
    found: set[tuple[str, str | None]] = set()
    for tree in _trees(path):
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.split(".")[0] in PROJECT:
                    found.update((node.module, alias.name) for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(
                    (alias.name, None)
                    for alias in node.names
                    if alias.name.split(".")[0] in PROJECT
                )
    return found


def missing_names(path: Path) -> list[str]:
    missing = []
    for module_name, name in sorted(project_imports(path), key=str):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            missing.append(module_name)
            continue
        if name is None or hasattr(module, name):
            continue
        try:
            importlib.import_module(f"{module_name}.{name}")
        except ModuleNotFoundError:
            missing.append(f"{module_name}.{name}")
    return missing


@pytest.mark.parametrize("path", sorted(BENCH.glob("*.py")), ids=lambda p: p.name)
def test_every_project_name_a_bench_module_imports_exists(path: Path) -> None:
    assert missing_names(path) == []


def test_a_moved_name_is_found_in_a_function_and_in_a_childs_program(tmp_path: Path) -> None:
    bench = tmp_path / "b.py"
    bench.write_text(
        'CHILD = """\nfrom app.money import yuan, no_such_name\nimport app.no_such_module\n"""\n'
        "def f():\n    from app.printing.qr import matrix, Signer\n",
        encoding="utf-8",
    )
    assert sorted(missing_names(bench)) == [
        "app.money.no_such_name", "app.no_such_module", "app.printing.qr.Signer"
    ]  # fmt: skip
