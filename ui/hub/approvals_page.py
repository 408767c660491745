"""审批: claims waiting for the hub's decision (benefit ≥ 20,000 元), with the working and the
documents their office's package carried; approve or reject with a reason, after a
confirmation. The decision travels back in the office's next return package
(app.hub.actions.decide_claim, the same function `huzhu hub decide` calls)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from app.claims.kinds import KIND_LABELS
from app.hub import actions
from app.hub.admin import Decision, WaitingClaim, waiting_claims
from app.money import yuan
from models.enums import ClaimKind
from ui.forms import fill_table, read_only_table
from ui.hub.context import DECISIONS, HubContext
from ui.hub.page import HubPage
from ui.qt import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
)

STATUS = {"pending": "待审批", "approved": "已批准（待发回）", "rejected": "不批准（待发回）"}


class ApprovalsPage(HubPage):
    WATCHED = frozenset({DECISIONS})

    def __init__(self, context: HubContext) -> None:
        super().__init__(context)
        self.claims: list[WaitingClaim] = []
        self.table = read_only_table(
            [
                self.tr("理赔编号"),
                self.tr("代办处"),
                self.tr("会员"),
                self.tr("计划"),
                self.tr("类别"),
                self.tr("受理日期"),
                self.tr("核定金额（元）"),
                self.tr("状态"),
            ]
        )
        self.table.setObjectName("claims")
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("detail")
        self.detail.setReadOnly(True)
        self.approve_button = QPushButton(self.tr("批准…"))
        self.reject_button = QPushButton(self.tr("不批准…"))
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.note = QLabel()
        if not context.operator.may_decide:
            self.note.setText(self.tr("只有省办事处审批员或管理员可以审批大额理赔。"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "待省办事处审批的理赔（单件核定金额 2 万元及以上）；审批结果随回执包发回代办处。"
                )
            )
        )
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._enable()
        self._start(self.tr("审批"))

    def _work(self) -> Callable[[Connection], list[WaitingClaim]]:
        return waiting_claims

    def _show(self, claims: list[WaitingClaim]) -> None:
        self.claims = claims
        fill_table(
            self.table,
            [
                [
                    c.number, f"{c.office_code} {c.office_name}", c.member_name, c.plan_code,
                    _kind(c.kind), c.received_on or "", yuan(c.amount),
                    self.tr(STATUS.get(c.status, c.status)),
                ]
                for c in claims
            ],
        )  # fmt: skip
        self.detail.clear()
        self._enable()

    def selected(self) -> WaitingClaim | None:
        rows = self.table.selectionModel().selectedRows()
        return self.claims[rows[0].row()] if rows else None

    def _enable(self) -> None:
        claim = self.selected()
        ok = self.context.operator.may_decide and claim is not None and claim.status == "pending"
        self.approve_button.setEnabled(ok)
        self.reject_button.setEnabled(ok)

    def _show_detail(self) -> None:
        self._enable()
        claim = self.selected()
        if claim is None:
            self.detail.clear()
            return
        documents = "、".join(
            f"{name}{'✓' if held else '✗'}" for name, held in claim.documents.items()
        )
        lines = [
            self.tr("理赔 {n}：{office} {name}，{member}，{plan} {kind}").format(
                n=claim.number, office=claim.office_code, name=claim.office_name,
                member=claim.member_name, plan=claim.plan_code, kind=_kind(claim.kind),
            ),
            self.tr("出险日期 {e}；医院 {h}；医疗总费用 {t} 元；政策内个人自付 {s} 元").format(
                e=claim.event_date or "", h=claim.hospital, t=yuan(claim.total_cost),
                s=yuan(claim.self_pay),
            ),
            self.tr("核定金额：{a} 元").format(a=yuan(claim.amount)),
            self.tr("计算过程："),
            *(f"  {line}" for line in claim.working),
            self.tr("材料：{d}").format(d=documents or "—"),
        ]  # fmt: skip
        if claim.status != "pending":
            lines.append(
                self.tr("已由 {who} 审批：{s}，理由：{r}").format(
                    who=claim.decided_by, s=self.tr(STATUS[claim.status]), r=claim.reason or "—"
                )
            )
        self.detail.setPlainText("\n".join(lines))

    def decide(self, approve: bool) -> None:
        claim = self.selected()
        if claim is None:
            return
        verb = self.tr("批准") if approve else self.tr("不批准")
        reason, ok = QInputDialog.getText(
            self,
            verb,
            self.tr("理由（可不填）：") if approve else self.tr("不批准的理由："),
        )
        if not ok:
            return
        answer = QMessageBox.question(
            self,
            verb,
            self.tr(
                "确定{verb}理赔 {n}（{o}，{a} 元）？审批结果将随下一个回执包发回代办处。"
            ).format(verb=verb, n=claim.number, o=claim.office_code, a=yuan(claim.amount)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        number = claim.number
        self._act(
            verb,
            lambda conn, who: actions.decide_claim(
                conn, who, claim=number, approve=approve, reason=reason
            ),
            self._decided,
            DECISIONS,
        )

    def _decided(self, done: Decision) -> None:
        verb = self.tr("批准") if done.status == "approved" else self.tr("不批准")
        self.note.setText(
            self.tr("理赔 {n}：{verb}；将随下一个回执包发回。").format(
                n=done.claim_number, verb=verb
            )
        )


def _kind(kind: str) -> str:
    try:
        return KIND_LABELS[ClaimKind(kind)]
    except ValueError:
        return kind
