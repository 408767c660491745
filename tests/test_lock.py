"""requirements.lock (what `make run`, `make test` and the bundle install) agrees with pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO = Path(__file__).resolve().parent.parent
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def lock_entries(text: str) -> dict[str, tuple[Version, list[str]]]:
    """Every pinned package of a pip-style lock: its version and its hashes."""
    entries: dict[str, tuple[Version, list[str]]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        pin = _PIN.match(line)
        if pin:
            current = []
            entries[canonicalize_name(pin.group(1))] = (Version(pin.group(2)), current)
        elif current is not None and line.strip().startswith("--hash=sha256:"):
            current.append(line.strip().removeprefix("--hash=sha256:").rstrip(" \\"))
    return entries


def project_requirements() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    return [Requirement(text) for text in listed]


def disagreements(lock_text: str, requirements: list[Requirement]) -> list[str]:
    entries = lock_entries(lock_text)
    problems = []
    for req in requirements:
        name = canonicalize_name(req.name)
        if name not in entries:
            problems.append(f"{req.name} is not pinned in the lock")
        elif not req.specifier.contains(entries[name][0], prereleases=True):
            problems.append(f"{req.name}=={entries[name][0]} does not satisfy {req}")
    problems += [f"{name} has no hash" for name, (_, hashes) in entries.items() if not hashes]
    return problems


def test_every_dependency_is_pinned_with_hashes_and_satisfies_pyproject() -> None:
    lock = (REPO / "requirements.lock").read_text(encoding="utf-8")
    assert disagreements(lock, project_requirements()) == []
    entries = lock_entries(lock)
    # The extras' own packages are locked too, and Windows-only ones are kept with their marker.
    assert "psycopg-binary" in entries
    assert "pywin32-ctypes" in entries
    assert all(len(h) == 64 for _, hashes in entries.values() for h in hashes)


def test_a_lock_behind_pyproject_is_reported() -> None:
    lock = "sqlalchemy==2.0.1 \\\n    --hash=sha256:" + "a" * 64 + "\nreportlab==5.1.0\n"
    reqs = [Requirement("SQLAlchemy>=2.0.30"), Requirement("reportlab>=4.2"), Requirement("uv")]
    assert disagreements(lock, reqs) == [
        "SQLAlchemy==2.0.1 does not satisfy SQLAlchemy>=2.0.30",
        "uv is not pinned in the lock",
        "reportlab has no hash",
    ]


def test_the_makefile_installs_from_the_lock_with_hashes() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet --require-hashes -r requirements.lock" in makefile
    assert "--no-deps -e ." in makefile
    assert '-e ".[test]"' not in makefile
