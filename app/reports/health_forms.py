"""增值服务情况表 (issue #11 "Numbers"): events held, attendance and members served, by partner and
by kind, for the report period — its own report (`report health`) and a sheet of the
工作落实情况报表. Built like the other forms (xlsx.py), from app.health.figures."""

from __future__ import annotations

from app import clock
from app.health.events import EVENT_KIND_LABELS
from app.health.figures import HealthFigures, health_figures
from app.reports.jobs import ReportJob
from app.reports.xlsx import COUNT, TEXT, Table


def figures_of(job: ReportJob) -> HealthFigures:
    """The period's health figures; events after today (or after the period) are 'planned'."""
    period = job.period
    today = min(clock.today(), period.end)
    return health_figures(job.session, start=period.start, end=period.end, today=today)


def summary_table(h: HealthFigures) -> Table:
    rows: list[list[object]] = [
        ["已举办活动（场）", h.events_held],
        ["计划中活动（场）", h.events_planned],
        ["参加人次（人次）", h.attendance],
        ["服务会员（人）", h.members_served],
    ]
    return Table(
        "增值服务情况", [("项目", TEXT), ("数量", COUNT)], rows, measure="单位：场/人次/人"
    )


def health_sheets(job: ReportJob) -> list[tuple[str, Table]]:
    """汇总, 按合作机构 (events, sign-ins, distinct members: the members column has no total,
    a member served by two partners counts once in 汇总) and 按活动类别."""
    h = figures_of(job)
    partners = [[p.partner, p.events, p.attendance, p.members] for p in h.by_partner]
    kinds = [
        [EVENT_KIND_LABELS.get(kind, kind), count] for kind, count in sorted(h.by_kind.items())
    ]
    partner_cols = [
        ("合作机构", TEXT),
        ("活动（场）", COUNT),
        ("参加人次", COUNT),
        ("服务会员（人）", COUNT),
    ]
    return [
        ("汇总", summary_table(h)),
        (
            "按合作机构",
            Table(
                "增值服务情况表（按合作机构）",
                partner_cols,
                partners,
                measure="单位：场/人次/人",
                totals=(1, 2),
                chart="bar",
                chart_column=2,
            ),
        ),
        (
            "按活动类别",
            Table(
                "增值服务情况表（按活动类别）",
                [("活动类别", TEXT), ("活动（场）", COUNT)],
                kinds,
                measure="单位：场",
                totals=(1,),
            ),
        ),
    ]
