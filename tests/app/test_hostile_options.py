"""Issue 20 class 10: odd option values are refused with exit 1, a message naming the option
and its allowed range, and nothing written (the database file is byte-for-byte the same);
--out never writes anywhere but a new or regular file in an existing folder."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from app.cli import main

PASSWORD = {"HUZHU_PASSWORD": "huzhu-demo"}


def _digest(folder: Path) -> str:
    return hashlib.sha256((folder / "huzhu.sqlite3").read_bytes()).hexdigest()


def _facts(folder: Path) -> dict[str, str]:
    with sqlite3.connect(folder / "huzhu.sqlite3") as conn:
        uscc = conn.execute("SELECT uscc FROM units ORDER BY uscc LIMIT 1").fetchone()[0]
        member = conn.execute("SELECT id_number FROM members LIMIT 1").fetchone()[0]
        number = conn.execute("SELECT number FROM enrollments LIMIT 1").fetchone()[0]
        plan = conn.execute("SELECT code FROM plans LIMIT 1").fetchone()[0]
    return {"uscc": uscc, "member": member, "number": number, "plan": plan}


def _run(capsys, monkeypatch, folder: Path, *args: str) -> tuple[int, str]:
    for name, value in PASSWORD.items():
        monkeypatch.setenv(name, value)
    code = main(["--data", str(folder), "--user", "supervisor1", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


ODD = [
    ("claim new --total 1e309", "--total", "0 到 1 亿元"),
    ("enroll --payer unit=1e400", "--payer unit", "0 到 1 亿元"),
    ("enroll --start 9999-12-31", "--start", "2099-12-31"),
    ("enrollment list --expiring 99999999999999", "--expiring", "3660"),
    ("event add --capacity 99999999999999999999", "--capacity", "100000"),
    ("targets set --members 99999999999999999999", "参保人数目标", "100000000"),
    ("claim new --documents ../../etc/passwd", "../../etc/passwd", "材料清单"),
    ("claim new --days -5", "--days", "0 到 999"),
    ("report enrollment --from 0001-01-01", "--from", "1900-01-01"),
    ("claim new --total NaN", "--total", "0 到 1 亿元"),
    ("targets set --coverage-rate NaN", "覆盖率", "100"),
]


def _argv(spec: str, facts: dict[str, str], tmp: Path) -> list[str]:
    words = spec.split()
    command = words[:2] if words[0] in ("claim", "enrollment", "event", "targets") else words[:1]
    rest = words[len(command) :]
    base = {
        "claim new": ["--member", facts["member"], "--plan", facts["plan"], "--kind", "stay"],
        "enroll": [
            "--unit",
            facts["uscc"],
            "--plans",
            f"{facts['plan']}:1",
            "--all-members",
            "--start",
            "2026-12-01",
        ],
        "event add": [
            "--kind",
            "lecture",
            "--title",
            "讲座",
            "--date",
            "2026-12-20",
            "--place",
            "会议室",
            "--capacity",
            "30",
        ],
        "report": ["--out", str(tmp / "r.xlsx")],
    }.get(" ".join(command), [])
    # the odd option last, so it overrides a default given in `base`
    return [*command, *(words[1:2] if command == ["report"] else []), *base, *rest][:None]


@pytest.mark.parametrize(("spec", "option", "allowed"), ODD, ids=[o[0] for o in ODD])
def test_odd_option_is_refused_naming_it(
    demo_data_dir: Path, tmp_path: Path, capsys, monkeypatch, spec: str, option: str, allowed: str
) -> None:
    facts = _facts(demo_data_dir)
    before = _digest(demo_data_dir)
    code, text = _run(capsys, monkeypatch, demo_data_dir, *_argv(spec, facts, tmp_path))
    assert code == 1, text
    assert option in text and allowed in text, text
    assert _digest(demo_data_dir) == before
    assert not (tmp_path / "r.xlsx").exists()


def test_report_into_a_missing_folder_is_refused(demo_data_dir, tmp_path, capsys, monkeypatch):
    out = tmp_path / "no-such-folder" / "r.xlsx"
    code, text = _run(capsys, monkeypatch, demo_data_dir, "report", "enrollment", "--out", str(out))
    assert code == 1 and "--out" in text and "不存在" in text
    assert not out.parent.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_report_onto_a_device_is_refused_and_the_device_stays(demo_data_dir, capsys, monkeypatch):
    before = os.stat("/dev/full")
    code, text = _run(
        capsys, monkeypatch, demo_data_dir, "report", "enrollment", "--out", "/dev/full"
    )
    assert code == 1 and "--out" in text and "不是普通文件" in text
    after = os.stat("/dev/full")
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


def test_report_onto_a_symlink_or_folder_is_refused(demo_data_dir, tmp_path, capsys, monkeypatch):
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "link.xlsx"
    link.symlink_to(target)
    for out in (link, tmp_path):
        code, text = _run(
            capsys, monkeypatch, demo_data_dir, "report", "enrollment", "--out", str(out)
        )
        assert code == 1 and "--out" in text, text
    assert target.read_text() == "keep me" and link.is_symlink()


def test_report_over_a_regular_file_replaces_it(demo_data_dir, tmp_path, capsys, monkeypatch):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "r.xlsx"
    out.write_bytes(b"old")
    code, text = _run(capsys, monkeypatch, demo_data_dir, "report", "enrollment", "--out", str(out))
    assert code == 0, text
    assert out.read_bytes()[:2] == b"PK"
    assert [p.name for p in out.parent.iterdir()] == ["r.xlsx"]  # no partial file left behind
