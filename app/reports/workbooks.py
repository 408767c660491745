"""The office's Excel reports (docs/domain.md §6), each a workbook of paper-like forms (xlsx.py):
参保情况统计表, 理赔情况统计表, 单位对账单, 八大群体赠送情况, 工作落实情况报表, 理赔台账,
增值服务情况表.

`write_report(session, actor, name, path, period, unit_uscc=)` is what the CLI and the 报表 page
call. Figures come from app.reports.figures (the same numbers the home page shows); the per-unit,
per-group and per-claim lines are read here. ID numbers are masked unless VIEW_SENSITIVE.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.auth import Action, Actor, require
from app.claims.kinds import KIND_LABELS, STATUS_LABELS
from app.errors import RejectedInput
from app.i18n import msg
from app.money import decimal_yuan
from app.office import self_office
from app.privacy import mask_id
from app.reports import REPORT_LABELS
from app.reports.figures import ACTIVE_COVER, Figures, Period, office_figures
from app.reports.health_forms import health_sheets
from app.reports.jobs import ReportJob, read_rows
from app.reports.target_forms import _gift, _work
from app.reports.xlsx import COUNT, DATE, MONEY, TEXT, Table, add_form, rate
from app.units import find_unit
from app.workbook import new_workbook, save
from models.enums import ClaimKind, ClaimStatus

PAYER_LABELS = {"unit": "单位", "union": "工会", "individual": "个人", "gift": "赠送"}


@dataclass(frozen=True)
class ReportResult:
    name: str
    path: Path
    sheets: list[str]
    figures: Figures


def _enrollment(job: ReportJob) -> list[tuple[str, Table]]:
    by_unit = read_rows(
        job.session,
        "SELECT u.name, u.uscc, COUNT(DISTINCT e.uuid), COUNT(DISTINCT c.member_uuid), COUNT(*),"
        " SUM(c.premium) "
        + ACTIVE_COVER.replace("WHERE", "JOIN units u ON u.uuid = e.unit_uuid WHERE")
        + " GROUP BY u.uuid ORDER BY u.name",
        job.period.params(),
    )
    units = [[*r[:5], decimal_yuan(r[5])] for r in by_unit]
    plans = [
        [p.plan_code, p.plan_name, p.members, p.person_times, p.shares, decimal_yuan(p.premium)]
        for p in job.figures.by_plan
    ]
    payers = [[PAYER_LABELS[k], decimal_yuan(v)] for k, v in job.figures.premium_by_payer.items()]
    cols = [
        ("单位名称", TEXT),
        ("统一社会信用代码", TEXT),
        ("参保单数", COUNT),
        ("参保人数", COUNT),
        ("参保人次", COUNT),
        ("会费（元）", MONEY),
    ]
    plan_cols = [
        ("计划代码", TEXT),
        ("计划名称", TEXT),
        ("参保人数", COUNT),
        ("参保人次", COUNT),
        ("份数", COUNT),
        ("会费（元）", MONEY),
    ]
    return [
        ("按单位", Table("参保情况统计表（按单位）", cols, units, totals=(2, 3, 4, 5))),
        (
            "按计划",
            Table(
                "参保情况统计表（按计划）",
                plan_cols,
                plans,
                totals=(2, 3, 4, 5),
                chart="bar",
                chart_column=3,
            ),
        ),
        (
            "缴费来源",
            Table(
                "会费收入（按缴费方）",
                [("缴费方", TEXT), ("金额（元）", MONEY)],
                payers,
                measure="单位：元",
                totals=(1,),
            ),
        ),
    ]


def _claim_table(title: str, first: str, groups: list[Any], label: Callable[[str], str]) -> Table:
    cols = [(first, TEXT), ("件数", COUNT), ("核定金额（元）", MONEY), ("已支付金额（元）", MONEY)]
    rows = [[label(g.key), g.count, decimal_yuan(g.amount), decimal_yuan(g.paid)] for g in groups]
    return Table(title, cols, rows, measure="单位：件/元", totals=(1, 2, 3))


def _claims(job: ReportJob) -> list[tuple[str, Table]]:
    f = job.figures
    summary = [
        ["受理件数（件）", f.claims_count, None],
        ["核定金额（元）", None, decimal_yuan(f.claims_amount)],
        ["支付件数（件）", f.paid_count, None],
        ["支付金额（元）", None, decimal_yuan(f.benefits_paid)],
        ["会费收入（元）", None, decimal_yuan(f.premium_income)],
        ["赔付率", None, rate(f.loss_ratio)],
        ["受理至支付平均天数（天）", None, f.average_days_to_pay],
    ]
    by_month = _claim_table("理赔情况统计表（按月份）", "月份", f.claims_by_month, str)
    by_month.chart = "line"
    return [
        (
            "汇总",
            Table(
                "理赔情况统计表",
                [("项目", TEXT), ("件数", COUNT), ("金额/比率", MONEY)],
                summary,
                measure="单位：件/元/天",
            ),
        ),
        ("按计划", _claim_table("理赔情况统计表（按计划）", "计划", f.claims_by_plan, str)),
        ("按月份", by_month),
        (
            "按状态",
            _claim_table(
                "理赔情况统计表（按状态）",
                "状态",
                f.claims_by_status,
                lambda s: STATUS_LABELS[ClaimStatus(s)],
            ),
        ),
    ]


def _unit_statement(job: ReportJob) -> list[tuple[str, Table]]:
    if not job.unit_uscc:
        raise RejectedInput(msg("单位对账单需要单位的统一社会信用代码（--unit）。"), field="unit")
    unit = find_unit(job.session, job.unit_uscc)
    params = {**job.period.params(), "unit": unit.uuid.hex}
    enrollments = read_rows(
        job.session,
        "SELECT e.number, e.start_date, e.end_date, (SELECT COUNT(DISTINCT member_uuid) FROM "
        "coverages WHERE enrollment_uuid = e.uuid AND status = 'active'), e.premium_total, "
        "e.pay_unit, e.pay_union, e.pay_individual, e.pay_gift FROM enrollments e "
        "WHERE e.unit_uuid = :unit AND e.status = 'confirmed' "
        "AND e.start_date BETWEEN :start AND :end ORDER BY e.start_date, e.number",
        params,
    )
    payments = read_rows(
        job.session,
        "SELECT p.paid_on, e.number, p.payer, p.kind, p.amount, p.receipt_number FROM payments p "
        "JOIN enrollments e ON e.uuid = p.enrollment_uuid WHERE e.unit_uuid = :unit "
        "AND p.paid_on BETWEEN :start AND :end ORDER BY p.paid_on, p.receipt_number",
        params,
    )
    e_cols = [
        ("参保单号", TEXT),
        ("起保日", DATE),
        ("止保日", DATE),
        ("人数", COUNT),
        ("应缴会费（元）", MONEY),
        ("单位（元）", MONEY),
        ("工会（元）", MONEY),
        ("个人（元）", MONEY),
        ("赠送（元）", MONEY),
    ]
    p_cols = [
        ("缴费日", DATE),
        ("参保单号", TEXT),
        ("缴费方", TEXT),
        ("类型", TEXT),
        ("金额（元）", MONEY),
        ("收据号", TEXT),
    ]
    sign = {"payment": 1, "refund": -1}
    title = f"单位对账单（{unit.name}）"
    return [
        (
            "参保",
            Table(
                title,
                e_cols,
                [[*r[:4], *(decimal_yuan(v) for v in r[4:])] for r in enrollments],
                totals=(3, 4, 5, 6, 7, 8),
            ),
        ),
        (
            "缴费",
            Table(
                f"{title}—缴费明细",
                p_cols,
                [
                    [
                        r[0],
                        r[1],
                        PAYER_LABELS[r[2]],
                        "缴费" if r[3] == "payment" else "退费",
                        decimal_yuan(sign[r[3]] * r[4]),
                        r[5],
                    ]
                    for r in payments
                ],
                measure="单位：元",
                totals=(4,),
            ),
        ),
    ]


def _ledger(job: ReportJob) -> list[tuple[str, Table]]:
    full = job.actor.can(Action.VIEW_SENSITIVE)
    rows = read_rows(
        job.session,
        "SELECT cl.number, m.name, m.id_number, u.name, cl.plan_code, cl.kind, cl.event_date, "
        "cl.received_on, cl.status, COALESCE(cl.approved_amount, cl.computed_benefit), "
        "cl.paid_amount, cl.paid_on FROM claims cl JOIN members m ON m.uuid = cl.member_uuid "
        "JOIN units u ON u.uuid = m.unit_uuid WHERE cl.received_on BETWEEN :start AND :end "
        "ORDER BY cl.received_on, cl.number",
        job.period.params(),
    )
    lines = [
        [
            r[0],
            r[1],
            r[2] if full else mask_id(r[2]),
            r[3],
            r[4],
            KIND_LABELS[ClaimKind(r[5])],
            r[6],
            r[7],
            STATUS_LABELS[ClaimStatus(r[8])],
            decimal_yuan(r[9]),
            decimal_yuan(r[10]),
            r[11],
        ]
        for r in rows
    ]
    cols = [
        ("理赔编号", TEXT),
        ("姓名", TEXT),
        ("证件号码", TEXT),
        ("单位", TEXT),
        ("计划", TEXT),
        ("类别", TEXT),
        ("出险日", DATE),
        ("受理日", DATE),
        ("状态", TEXT),
        ("核定金额（元）", MONEY),
        ("支付金额（元）", MONEY),
        ("支付日", DATE),
    ]
    return [("理赔台账", Table("理赔台账", cols, lines, measure="单位：元", totals=(9, 10)))]


BUILDERS: dict[str, Callable[[ReportJob], list[tuple[str, Table]]]] = {
    "enrollment": _enrollment,
    "claims": _claims,
    "unit-statement": _unit_statement,
    "gift": _gift,
    "work": _work,
    "ledger": _ledger,
    "health": health_sheets,
}


def write_report(
    session: Session,
    actor: Actor,
    name: str,
    path: Path,
    period: Period,
    *,
    unit_uscc: str | None = None,
) -> ReportResult:
    """Write report `name` (a key of REPORT_LABELS) for `period` to `path` (.xlsx, replaced
    atomically). Read-only on the database. Raises RejectedInput for an unknown report, a
    period that ends before it starts, or a unit statement without a known unit."""
    require(actor, Action.VIEW_REPORTS)
    if name not in BUILDERS:
        raise RejectedInput(
            msg("没有名为“{n}”的报表：可选 {all}。", n=name, all="、".join(BUILDERS)),
            field="report",
        )
    if period.end < period.start:
        raise RejectedInput(msg("统计期间的结束日早于开始日。"), field="to")
    figures = office_figures(session, period)
    job = ReportJob(session, actor, period, figures, unit_uscc)
    workbook = new_workbook(keep_first_sheet=False)
    office = self_office(session).name
    for sheet, table in BUILDERS[name](job):
        add_form(workbook, sheet, table, office, period.label())
    workbook.properties.title = REPORT_LABELS[name]
    save(workbook, path)
    return ReportResult(name, path, workbook.sheetnames, figures)
