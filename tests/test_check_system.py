"""tools/check_system.py: `make run` names the one apt-get line instead of Qt's abort."""

from __future__ import annotations

from pathlib import Path

from tools import check_system

REPO = Path(__file__).resolve().parent.parent


def test_missing_libraries_are_named_with_the_one_apt_line() -> None:
    gone = {"libxcb-cursor.so.0", "libxcb-keysyms.so.1", "libgthread-2.0.so.0"}

    def load(soname: str) -> None:
        if soname in gone:
            raise OSError(soname)

    absent = check_system.missing(load)
    assert absent == ["libgthread-2.0.so.0", "libxcb-cursor.so.0", "libxcb-keysyms.so.1"]
    text = check_system.report(absent)
    assert "libglib2.0-0, libxcb-cursor0, libxcb-keysyms1" in text
    assert check_system.APT_LINE in text
    assert check_system.APT_LINE.startswith("sudo apt-get install make python3-venv libegl1 ")
    assert "libxcb-icccm4" in check_system.APT_LINE


def test_nothing_missing_prints_nothing(monkeypatch, capsys) -> None:
    monkeypatch.setattr(check_system, "missing", lambda: [])
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert check_system.main([]) == 0
    monkeypatch.setattr(check_system, "missing", lambda: ["libxcb-cursor.so.0"])
    assert check_system.main([]) == (1 if check_system.sys.platform.startswith("linux") else 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert check_system.main([]) == 0
    assert check_system.main(["--packages"]) == 0
    assert capsys.readouterr().out.split() == list(check_system.PACKAGES)


def test_readme_ci_and_make_run_use_the_same_packages() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert check_system.APT_LINE in readme
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "$(python3 tools/check_system.py --packages)" in ci
    assert "tools/xcb_window_check.py" in ci and "make test-all" in ci
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "run: $(STAMP) i18n check-system" in makefile
    assert "tools/check_system.py" in makefile
