"""tools/make.py (Windows' `make run` / `make test`) takes the Makefile's steps, from the lock."""

from __future__ import annotations

from pathlib import Path

from tools import make

REPO = Path(__file__).resolve().parent.parent
MAKEFILE = (REPO / "Makefile").read_text(encoding="utf-8")


def test_the_install_is_the_makefiles_from_the_hashed_lock() -> None:
    venv, lock, editable = make.install_steps()
    assert venv[1:] == ["-m", "venv", str(make.VENV)]
    assert " ".join(lock[1:]) in MAKEFILE
    assert "--require-hashes -r requirements.lock" in " ".join(lock)
    assert " ".join(editable[1:]) in MAKEFILE


def test_run_and_test_end_as_the_makefile_targets_do(monkeypatch) -> None:
    monkeypatch.setattr(make, "STAMP", REPO / "pyproject.toml")  # as if just installed
    run = make.steps("run")
    assert run[-2][1:] == ["--data", ".demo-data", "init", "--demo"]
    assert run[-1][1:] == ["--data", ".demo-data"]
    assert "tools/check_system.py" in run[-3]
    test = make.steps("test")
    assert test[-1][1:] == ["-m", "pytest", "-q", "--durations=10", "-m", "not slow"]
    assert '-m pytest -q --durations=10 -m "not slow"' in MAKEFILE
    assert all(step[1] == "-silent" for step in make.i18n_steps())
    assert make.main(["bench"]) == 2
