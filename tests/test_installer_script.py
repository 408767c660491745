"""The Inno Setup script, read as text (Inno Setup itself runs only on Windows): version stamped
from pyproject.toml, the whole bundle shipped, data in the user's folder and kept."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from app import paths
from installer import build

ROOT = Path(__file__).resolve().parent.parent
ISS = (ROOT / "installer" / "huzhu.iss").read_text(encoding="utf-8")


def _section(name: str) -> list[str]:
    """Non-comment lines of one [Section]."""
    found = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.S | re.M)
    assert found, f"no [{name}] section"
    return [
        line for line in found.group(1).splitlines() if line.strip() and not line.startswith(";")
    ]


def _defines() -> dict[str, str]:
    return dict(re.findall(r'#define (\w+) "([^"]*)"', ISS))


def test_version_is_the_pyproject_version_and_build_passes_it():
    assert _defines()["AppVersion"] == build.version()
    assert "AppVersion={#AppVersion}" in _section("Setup")
    command = build.iscc_command(Path("huzhu.iss"), Path("dist/huzhu"), Path("dist"))
    assert f"/DAppVersion={build.version()}" in command


def test_data_folder_is_the_programs_own_and_never_under_program_files():
    data = _defines()["DataDir"]
    assert data == r"{localappdata}\Huzhu\HuzhuDesk"
    # the program's own rule: platformdirs' user_data_dir(app, author) is
    # %LOCALAPPDATA%\<author>\<app> on Windows (roaming=False, its default)
    assert 'user_data_dir("HuzhuDesk", "Huzhu")' in inspect.getsource(paths.data_dir)
    # nothing setup installs goes to the data folder, and the program goes under Program Files
    assert all("DataDir" not in line and "localappdata" not in line for line in _section("Files"))
    assert "DefaultDirName={autopf}\\Huzhu Desk" in _section("Setup")
    assert "PrivilegesRequired=admin" in _section("Setup")


def test_uninstall_keeps_data_unless_the_clerk_says_yes():
    code = "\n".join(_section("Code"))
    assert "DelTree(ExpandConstant('{#DataDir}')" in code
    ask = code.index("MsgBox(CustomMessage('DeleteData')")
    assert "MB_DEFBUTTON2" in code[ask:]  # 否 is the default button
    assert "not UninstallSilent" in code
    # upgrades: a fixed AppId, and the only thing deleted before installing is the program's own
    assert any(line.startswith("AppId={{") for line in _section("Setup"))
    assert all("{app}" in line for line in _section("InstallDelete"))


def test_the_whole_bundle_folder_is_shipped_recursively():
    (files,) = _section("Files")
    assert files.startswith('Source: "{#BundleDir}\\*"; DestDir: "{app}"')
    assert "recursesubdirs" in files and "createallsubdirs" in files


def test_chinese_and_english_pages_and_shortcuts():
    languages = "\n".join(_section("Languages"))
    assert "ChineseSimplified.isl" in languages and "Default.isl" in languages
    messages = _section("CustomMessages")
    keys = {line.split("=", 1)[0] for line in messages}
    for key in ("GroupName", "AppTitle", "DeleteData"):
        assert {f"chinesesimplified.{key}", f"english.{key}"} <= keys
    icons = "\n".join(_section("Icons"))
    assert "{group}\\" in icons and "{autodesktop}\\" in icons
    assert icons.count("{app}\\{#AppExe}") >= 2 and _defines()["AppExe"] == "huzhu-desk.exe"
