"""Office figures, yearly targets, the adverse-selection watch and the Excel reports (§6)."""

from __future__ import annotations

# report name (CLI, 报表 page) -> its title; the writers live in workbooks.py (openpyxl)
REPORT_LABELS = {
    "enrollment": "参保情况统计表",
    "claims": "理赔情况统计表",
    "unit-statement": "单位对账单",
    "gift": "八大群体赠送情况表",
    "work": "工作落实情况报表",
    "ledger": "理赔台账",
    "health": "增值服务情况表",
}
