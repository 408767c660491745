"""`huzhu --selftest` in-process (the bundled run is tests/test_installer_bundle.py)."""

from __future__ import annotations

from app import cli, selftest
from app.paths import database_path


def test_selftest_prints_and_verifies_a_certificate(demo_data_dir):
    said: list[str] = []
    result = selftest.run(demo_data_dir, say=said.append)
    assert result.ok, said
    assert result.steps == ["demo office", "certificate PDF", "QR verified"]
    assert (demo_data_dir / "certificate.pdf").stat().st_size > 10_000
    assert said[-1].startswith("huzhu ") and "passed" in said[-1]


def test_a_broken_step_is_reported_and_fails(tmp_path):
    database_path(tmp_path).write_bytes(b"not a database" * 100)
    said: list[str] = []
    result = selftest.run(tmp_path, say=said.append)
    assert not result.ok and result.steps == []
    assert said[0].startswith("FAIL demo office")
    assert "FAILED" in said[-1]


def test_the_flag_runs_it_and_leaves_the_data_folder_alone(tmp_path, monkeypatch):
    calls: list[object] = []

    def fake_run(folder=None, **kw):
        calls.append(folder)
        return selftest.SelftestResult(ok=False)

    monkeypatch.setattr(selftest, "run", fake_run)
    assert cli.main(["--data", str(tmp_path), "--selftest"]) == 3
    assert calls == [None]  # a temporary folder, never the office's data folder
    assert not database_path(tmp_path).exists()
