"""`make dist` for real: PyInstaller builds the one-folder bundle, which passes --selftest
offscreen from a foreign working directory (no source tree, no venv on its path)."""

from __future__ import annotations

import json
import os
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from installer import build

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def test_bundle_builds_and_passes_its_selftest(tmp_path):
    started = time.perf_counter()
    bundle = build.build_bundle(tmp_path / "dist", tmp_path / "work")
    built = time.perf_counter() - started
    internal = bundle / "_internal"
    for name in ("plans", "layouts"):
        shipped = {p.name for p in (ROOT / "resources" / name).glob("*.json")}
        assert shipped == {p.name for p in (internal / "resources" / name).glob("*.json")}
    assert {p.name for p in (ROOT / "app" / "migrations" / "versions").glob("*.py")} <= {
        p.name for p in (internal / "app" / "migrations" / "versions").glob("*.py")
    }
    assert list((internal / "resources" / "i18n").glob("*.qm"))
    assert list(internal.rglob("plugins/platforms/*offscreen*"))
    assert (bundle / "VERSION").read_text().strip() == build.version()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env |= {"QT_QPA_PLATFORM": "offscreen", "HUZHU_DATA": str(tmp_path / "never-used")}
    env["HUZHU_SYSTEM_FONTS"] = "off"  # the bundle prints with the fonts it carries
    run = subprocess.run(
        [str(bundle / "huzhu"), "--selftest"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "selftest passed" in run.stdout
    assert os.path.join("_internal", "resources", "fonts", "wqy-microhei.ttc") in run.stdout
    assert not (tmp_path / "never-used").exists()
    support = tmp_path / "support.zip"
    run = subprocess.run(
        [str(bundle / "huzhu"), "diagnostics", "--out", str(support)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    versions = json.loads(zipfile.ZipFile(support).read("versions.json"))
    assert versions["frozen"] is True
    assert all(versions["libraries"].values()), versions  # dist-info carried by the spec
    print(f"bundle built in {built:.0f} s")
