"""The money module: capitals (大写), figures, plain figures, Decimal yuan, and reading a clerk's yuan."""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import RejectedInput
from app.money import MAX_FEN, capitals, decimal_yuan, parse_yuan, plain_yuan, yuan


@pytest.mark.parametrize(
    ("fen", "expected"),
    [
        # acceptance 2
        (1, "壹分"),
        (1000, "壹拾元整"),
        (10050, "壹佰元伍角整"),
        (100500, "壹仟零伍元整"),
        (1000007, "壹万元零柒分"),
        (1234567, "壹万贰仟叁佰肆拾伍元陆角柒分"),
        (10000000000, "壹亿元整"),
        # more edge cases
        (0, "零元整"),
        (5, "伍分"),
        (50, "伍角整"),
        (10000000, "壹拾万元整"),
        (101010, "壹仟零壹拾元壹角整"),
        (1001000, "壹万零壹拾元整"),
        (100010000, "壹佰万零壹佰元整"),
        (10000000100, "壹亿零壹元整"),
        (10001000000, "壹亿零壹万元整"),
        (1000000010, "壹仟万元壹角整"),
        (1900000, "壹万玖仟元整"),
        (2000100, "贰万零壹元整"),
        (99999999999, "玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        (6000000, "陆万元整"),
    ],
)
def test_capitals(fen: int, expected: str) -> None:
    assert capitals(fen) == expected


def test_negative_amount_is_refused() -> None:
    with pytest.raises(ValueError):
        capitals(-1)


@pytest.mark.parametrize(
    ("fen", "expected"),
    [
        (0, "0.00"),
        (1, "0.01"),
        (1234567, "12,345.67"),
        (10000000000, "100,000,000.00"),
        (-250, "-2.50"),
    ],
)
def test_figures(fen: int, expected: str) -> None:
    assert yuan(fen) == expected


def test_plain_figures_have_no_separators() -> None:
    assert plain_yuan(1234567) == "12345.67"
    assert plain_yuan(5) == "0.05"
    assert plain_yuan(-250) == "-2.50"


def test_decimal_yuan_is_exact() -> None:
    assert decimal_yuan(12345) == Decimal("123.45")
    assert decimal_yuan(1) == Decimal("0.01")
    assert decimal_yuan(None) is None


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("0", 0),
        ("12", 1200),
        ("12.5", 1250),
        ("12.34", 1234),
        (" 1234.50 ", 123450),
        ("12,345.67", 1234567),
        ("1,000,000", 100000000),
        ("１２３．４５", 12345),  # full-width digits and point
        ("１，２３４", 123400),
        ("100000000", MAX_FEN),
    ],
)
def test_parse_yuan_reads_a_clerks_text(text: str, fen: int) -> None:
    assert parse_yuan(text) == fen


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "最多两位小数"),
        ("abc", "最多两位小数"),
        ("12.345", "最多两位小数"),
        ("1e3", "最多两位小数"),
        ("12,34", "最多两位小数"),
        ("1,2345", "最多两位小数"),
        ("12.", "最多两位小数"),
        ("NaN", "最多两位小数"),
        ("¥12", "最多两位小数"),
        ("-5", "不能为负数"),
        ("－５.00", "不能为负数"),
        ("100000000.01", "超过 1 亿元"),
        ("99999999999999999999", "超过 1 亿元"),
    ],
)
def test_parse_yuan_refuses_with_a_chinese_message(text: str, says: str) -> None:
    with pytest.raises(RejectedInput) as refused:
        parse_yuan(text, field="premium")
    assert says in str(refused.value) and refused.value.field == "premium"


def test_parse_reads_back_what_the_formats_write() -> None:
    for fen in (0, 1, 99, 100, 123456789, MAX_FEN):
        assert parse_yuan(yuan(fen)) == fen == parse_yuan(plain_yuan(fen))


ROOT = Path(__file__).resolve().parents[2]
NOT_MONEY = {
    # Percentages turned into exact Decimal fractions, not fen into yuan.
    ("app/benefits.py", "Decimal(pct) / 100"),
    ("app/reports/xlsx.py", "value / 100"),
}


def _float_money(path: Path, root: Path = ROOT) -> list[str]:
    """Spots where money is divided, rounded or formatted by hand instead of by app/money.py:
    `/ 100`, `// 100`, `% 100`, `divmod(x, 100)`, `.scaleb(-2)` and `:.2f` format specs."""
    found = []
    source = path.read_text(encoding="utf-8")
    name = path.relative_to(root).as_posix()
    for node in ast.walk(ast.parse(source)):
        where = f"{name}:{getattr(node, 'lineno', 0)}"
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Div | ast.FloorDiv | ast.Mod)
            and isinstance(node.right, ast.Constant)
            and node.right.value in (100, 100.0)
            and (name, ast.get_source_segment(source, node)) not in NOT_MONEY
        ):
            found.append(f"{where} divides by 100")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
            called = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            args = [ast.unparse(a) for a in node.args]
            if (called == "divmod" and "100" in args) or (called == "scaleb" and "-2" in args):
                found.append(f"{where} {called}")
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = "".join(
                v.value for v in ast.walk(node.format_spec) if isinstance(v, ast.Constant)
            )
            if spec.endswith("2f"):
                found.append(f"{where} formats :{spec}")
    return found


def test_only_the_money_module_turns_fen_into_yuan() -> None:
    files = sorted((ROOT / "app").rglob("*.py")) + sorted((ROOT / "ui").rglob("*.py"))
    found = [hit for f in files if f != ROOT / "app" / "money.py" for hit in _float_money(f)]
    assert found == []


def test_the_check_finds_float_money(tmp_path: Path) -> None:
    sample = tmp_path / "app" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(
        'a = f"{fen / 100:.2f}"\nb = divmod(fen, 100)\nc = Decimal(fen).scaleb(-2)\n',
        encoding="utf-8",
    )
    assert len(_float_money(sample, tmp_path)) == 4
