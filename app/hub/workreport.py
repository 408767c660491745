"""The province's 工作落实情况 report to the provincial union (报省总工会), as Excel and PDF.

For a year: per office and for the province — units, members and 人次 enrolled, coverage of the
area workforce against target, premium income, claims taken in and benefits paid (definitions of
app/hub/reports.py), gift enrollments for the 八大群体 by group, and health services (events
held, attendances). The PDF uses the CJK font the product prints with (app/printing/fonts.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, text

from app.hub.assessment import office_overview
from app.hub.reports import ProvinceFigures, province_figures
from app.members import GROUP_TAGS
from app.money import decimal_yuan
from app.reports.figures import Period

GIFTS = """
SELECT COALESCE(NULLIF(m.group_tag, ''), '未分类'), COUNT(DISTINCT c.member_uuid),
       COALESCE(SUM(c.premium), 0)::bigint
FROM coverages c JOIN enrollments e ON e.uuid = c.enrollment_uuid
JOIN members m ON m.uuid = c.member_uuid
WHERE NOT c.deleted AND NOT e.deleted AND c.status = 'active' AND e.status = 'confirmed'
  AND e.is_gift AND c.start_date BETWEEN :start AND :end
GROUP BY 1
"""
HEALTH = """
SELECT ev.office_code, COUNT(DISTINCT ev.uuid), COUNT(a.uuid)
FROM health_events ev LEFT JOIN health_attendance a ON a.event_uuid = ev.uuid AND NOT a.deleted
WHERE NOT ev.deleted AND ev.held_on BETWEEN :start AND :end
GROUP BY 1
"""


@dataclass(frozen=True)
class WorkReport:
    year: int
    figures: ProvinceFigures
    coverage: dict[str, tuple[Decimal | None, Decimal | None]]  # office → (actual %, target %)
    gifts: list[tuple[str, int, int]]  # group, members, premium fen
    health: dict[str, tuple[int, int]]  # office → (events, attendances)

    def office_rows(self) -> list[list[object]]:
        rows: list[list[object]] = []
        for o in sorted(self.figures.offices, key=lambda o: o.code):
            actual, target = self.coverage.get(o.code, (None, None))
            events, attended = self.health.get(o.code, (0, 0))
            rows.append(
                [o.code, o.name, o.units, o.members, o.person_times, actual, target,
                 decimal_yuan(o.premium), o.claims, decimal_yuan(o.benefits_paid), events, attended]
            )  # fmt: skip
        t = self.figures.total
        events = sum(e for e, _ in self.health.values())
        attended = sum(a for _, a in self.health.values())
        rows.append(
            ["", "全省合计", t.units, t.members, t.person_times, None, None, decimal_yuan(t.premium),
             t.claims, decimal_yuan(t.benefits_paid), events, attended]
        )  # fmt: skip
        return rows


OFFICE_COLUMNS = [
    "代办处代码", "代办处", "参保单位（家）", "参保人数（人）", "参保人次", "职工覆盖率（%）",
    "覆盖率目标（%）", "会费收入（元）", "受理理赔（件）", "支付金额（元）", "健康活动（场）",
    "参加人次",
]  # fmt: skip
GIFT_COLUMNS = ["群体", "赠送人数（人）", "赠送会费（元）"]


def work_report(conn: Connection, year: int) -> WorkReport:
    """The year's figures for the report. Read-only."""
    period = Period.year(year)
    figures = province_figures(conn, period)
    coverage = {o.code: (o.coverage, o.coverage_target) for o in office_overview(conn, year)}
    found = {r[0]: (int(r[1]), int(r[2])) for r in conn.execute(text(GIFTS), period.params())}
    groups = [*GROUP_TAGS, *sorted(set(found) - set(GROUP_TAGS))]
    gifts = [(g, *found.get(g, (0, 0))) for g in groups]  # (group, members, premium)
    health = {r[0]: (int(r[1]), int(r[2])) for r in conn.execute(text(HEALTH), period.params())}
    return WorkReport(year, figures, coverage, gifts, health)


def _gift_rows(report: WorkReport) -> list[list[object]]:
    rows: list[list[object]] = [[g, n, decimal_yuan(p)] for g, n, p in report.gifts]
    rows.append(
        ["合计", sum(n for _, n, _ in report.gifts), decimal_yuan(sum(p for *_, p in report.gifts))]
    )
    return rows


def write_work_xlsx(report: WorkReport, path: Path) -> Path:
    from app.hub.sheets import Sheet, write_workbook

    return write_workbook(
        path,
        f"{report.year}年度全省职工互助保障工作落实情况",
        [
            Sheet("各代办处", OFFICE_COLUMNS, report.office_rows()),
            Sheet("八大群体赠送", GIFT_COLUMNS, _gift_rows(report)),
        ],
    )


def write_work_pdf(report: WorkReport, path: Path) -> Path:
    """The report as an A4 landscape PDF (two tables); replaces `path` atomically."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.printing.fonts import register_font

    font = register_font().name
    title = ParagraphStyle("title", fontName=font, fontSize=15, leading=20, alignment=1)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12)

    def table(header: list[str], rows: list[list[object]], widths: list[float]) -> Table:
        data = [[Paragraph(h, body) for h in header]]
        data += [["" if v is None else str(v) for v in row] for row in rows]
        shown = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        shown.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), font, 8),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                    ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")),
                    ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        return shown

    partial = path.with_name(path.name + ".part")
    doc = SimpleDocTemplate(
        str(partial),
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"{report.year}年度全省职工互助保障工作落实情况",
    )
    story = [
        Paragraph(f"{report.year}年度全省职工互助保障工作落实情况", title),
        Spacer(1, 4 * mm),
        Paragraph(
            f"填报单位：省总工会职工互助保障办事处　统计期间：{report.figures.period.label()}", body
        ),
        Spacer(1, 3 * mm),
        table(
            OFFICE_COLUMNS, report.office_rows(), [20, 40, 18, 18, 16, 20, 20, 24, 18, 24, 18, 16]
        ),
        Spacer(1, 6 * mm),
        Paragraph("八大群体赠送情况", body),
        Spacer(1, 2 * mm),
        table(GIFT_COLUMNS, _gift_rows(report), [50, 30, 30]),
        Spacer(1, 6 * mm),
        Paragraph("制表人：　　　　　　审核人：　　　　　　单位盖章：", body),
    ]
    doc.build(story)
    partial.replace(path)
    return path
