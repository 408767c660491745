"""Build the one-folder bundle (dist/huzhu/) and, on Windows with Inno Setup, the setup program.

    python installer/build.py            # bundle only (any OS)
    python installer/build.py --setup    # bundle, then ISCC.exe installer/huzhu.iss (Windows)

The version comes from pyproject.toml and is passed to Inno Setup as /DAppVersion, so the
setup program and the bundle never disagree. Exit code is the failing tool's.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "huzhu.spec"
ISS = ROOT / "installer" / "huzhu.iss"


def version() -> str:
    """The project version, as written in pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder (dist/huzhu)."""
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN"]
    cmd += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(cmd, check=True, cwd=ROOT)
    bundle = dist / "huzhu"
    (bundle / "VERSION").write_text(version() + "\n", encoding="utf-8")
    return bundle


def iscc_command(iss: Path, bundle: Path, out: Path, iscc: str = "ISCC.exe") -> list[str]:
    """The Inno Setup compiler call: version and folders are passed in, never edited by hand."""
    return [iscc, f"/DAppVersion={version()}", f"/DBundleDir={bundle}", f"/O{out}", str(iss)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--setup", action="store_true", help="also compile installer/huzhu.iss")
    args = parser.parse_args(argv)
    try:
        bundle = build_bundle(args.dist, args.work)
        if args.setup:
            iscc = shutil.which("ISCC.exe") or shutil.which("iscc") or "ISCC.exe"
            subprocess.run(iscc_command(ISS, bundle, args.dist, iscc), check=True)
    except subprocess.CalledProcessError as exc:
        return exc.returncode
    print(f"bundle: {bundle} (version {version()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
