"""The target-related forms: 八大群体赠送情况表 and 工作落实情况报表 (targets vs actuals, coverage,
year on year, and the health services' numbers). Built like the others in workbooks.py, from the same figures."""

from __future__ import annotations

from typing import Any

from app.members import GROUP_TAGS
from app.money import decimal_yuan
from app.reports.figures import ACTIVE_COVER, Period, office_figures, percent
from app.reports.health_forms import figures_of, summary_table
from app.reports.jobs import ReportJob, read_rows
from app.reports.xlsx import COUNT, MONEY, RATE, TEXT, Table, rate

TARGET_COLUMNS = [("指标", TEXT), ("目标", COUNT), ("完成", COUNT), ("完成率", RATE)]


def _gift(job: ReportJob) -> list[tuple[str, Table]]:
    found = dict(
        (r[0], r[1:])
        for r in read_rows(
            job.session,
            "SELECT m.group_tag, COUNT(DISTINCT c.member_uuid), SUM(c.premium) "
            + ACTIVE_COVER.replace("WHERE", "JOIN members m ON m.uuid = c.member_uuid WHERE")
            + " AND e.is_gift GROUP BY m.group_tag",
            job.period.params(),
        )
    )
    groups = [*GROUP_TAGS, *sorted(set(found) - set(GROUP_TAGS))]
    rows = [
        [g or "未分类", found.get(g, (0, 0))[0], decimal_yuan(found.get(g, (0, 0))[1] or 0)]
        for g in groups
    ]
    target = job.figures.targets.gift_members
    done = [
        [
            "八大群体赠送",
            target,
            job.figures.gift_members,
            rate(percent(job.figures.gift_members, target)),
        ]
    ]
    cols = [("群体", TEXT), ("赠送人数", COUNT), ("赠送会费（元）", MONEY)]
    return [
        (
            "按群体",
            Table(
                "八大群体赠送情况表", cols, rows, measure="单位：人/元", totals=(1, 2), chart="bar"
            ),
        ),
        ("目标完成", Table("八大群体赠送目标完成情况", TARGET_COLUMNS, done, measure="单位：人")),
    ]


def _completion(target: Any, actual: Any) -> Any:
    if target is None or actual is None or not target:
        return None
    return rate(percent(int(actual * 10), int(target * 10)))


def _work(job: ReportJob) -> list[tuple[str, Table]]:
    f = job.figures
    targets = [
        [label, target, actual, _completion(target, actual)]
        for label, target, actual in f.target_rows()
    ]
    before = Period(
        job.period.start.replace(year=job.period.start.year - 1),
        job.period.end.replace(year=job.period.end.year - 1),
    )
    last = office_figures(job.session, before)
    pairs = [
        ("参保单位（家）", last.units_enrolled, f.units_enrolled, COUNT),
        ("参保人数（人）", last.members, f.members, COUNT),
        ("参保人次（人次）", last.person_times, f.person_times, COUNT),
        (
            "会费收入（元）",
            decimal_yuan(last.premium_income),
            decimal_yuan(f.premium_income),
            MONEY,
        ),
        ("支付理赔（件）", last.paid_count, f.paid_count, COUNT),
        ("支付金额（元）", decimal_yuan(last.benefits_paid), decimal_yuan(f.benefits_paid), MONEY),
    ]
    growth = [
        [label, old, new, _completion(old, new - old) if old else None]
        for label, old, new, _ in pairs
    ]
    cols = [("项目", TEXT), ("上年同期", MONEY), ("本期", MONEY), ("增长率", RATE)]
    coverage = [
        [
            "职工覆盖率",
            rate(f.targets.coverage_rate),
            rate(f.coverage),
            _completion(f.targets.coverage_rate, f.coverage),
        ]
    ]
    return [
        ("目标完成", Table("工作落实情况报表", TARGET_COLUMNS, targets, measure="单位：家/人/%")),
        (
            "覆盖率",
            Table(
                "职工覆盖情况",
                [("指标", TEXT), ("目标", RATE), ("完成", RATE), ("完成率", RATE)],
                coverage,
                measure="单位：%",
            ),
        ),
        (
            "同比",
            Table(
                "主要指标同比",
                cols,
                growth,
                measure="单位：家/人/人次/件/元",
                chart="bar",
                chart_column=2,
            ),
        ),
        ("增值服务", summary_table(figures_of(job))),
    ]
