"""Claim kinds, statuses and the document checklist per kind (docs/domain.md §4), labelled."""

from __future__ import annotations

from app.errors import RejectedInput
from app.i18n import msg
from models.enums import ClaimKind, ClaimStatus

KIND_LABELS: dict[ClaimKind, str] = {
    ClaimKind.STAY: "住院医疗",
    ClaimKind.ALLOWANCE: "住院津贴",
    ClaimKind.CRITICAL: "重大疾病",
    ClaimKind.FEMALE: "女职工特殊疾病",
    ClaimKind.ACCIDENT_DEATH: "意外身故",
    ClaimKind.ACCIDENT_DISABILITY: "意外伤残",
    ClaimKind.ACCIDENT_STAY: "意外住院",
}

STATUS_LABELS: dict[ClaimStatus, str] = {
    ClaimStatus.RECEIVED: "已受理",
    ClaimStatus.REVIEWING: "审核中",
    ClaimStatus.AWAITING_APPROVAL: "待审批",
    ClaimStatus.APPROVED: "已批准",
    ClaimStatus.REJECTED: "已拒绝",
    ClaimStatus.PAID: "已支付",
    ClaimStatus.WITHDRAWN: "已撤回",
}

# the steps in a claim's history (`ClaimEvent.action`), as the clerk reads them
ACTION_LABELS: dict[str, str] = {
    "intake": "受理",
    "review": "开始审核",
    "submit": "提交审批",
    "approve": "批准",
    "reject": "拒绝",
    "pay": "支付",
    "withdraw": "撤回",
    "correct": "更正",
    "documents": "补交材料",
    "attach": "上传扫描件",
    "hub_decision": "市级裁定",
}

OPEN_STATUSES = frozenset(
    {
        ClaimStatus.RECEIVED,
        ClaimStatus.REVIEWING,
        ClaimStatus.AWAITING_APPROVAL,
        ClaimStatus.APPROVED,
    }
)
BEFORE_APPROVAL = frozenset(
    {ClaimStatus.RECEIVED, ClaimStatus.REVIEWING, ClaimStatus.AWAITING_APPROVAL}
)

COMMON_DOCUMENTS = ("互助金申请书", "身份证", "银行卡", "参保证明")
STAY_DOCUMENTS = ("出院小结", "住院病案首页", "医疗费用结算单", "费用明细", "发票原件")
LUMP_SUM_DOCUMENTS = ("诊断证明", "病理报告")
ACCIDENT_DOCUMENT = "单位事故证明"

DOCUMENTS: dict[ClaimKind, tuple[str, ...]] = {
    ClaimKind.STAY: COMMON_DOCUMENTS + STAY_DOCUMENTS,
    ClaimKind.ALLOWANCE: COMMON_DOCUMENTS + STAY_DOCUMENTS,
    ClaimKind.CRITICAL: COMMON_DOCUMENTS + LUMP_SUM_DOCUMENTS,
    ClaimKind.FEMALE: COMMON_DOCUMENTS + LUMP_SUM_DOCUMENTS,
    ClaimKind.ACCIDENT_STAY: (*COMMON_DOCUMENTS, ACCIDENT_DOCUMENT, *STAY_DOCUMENTS),
    ClaimKind.ACCIDENT_DISABILITY: (*COMMON_DOCUMENTS, ACCIDENT_DOCUMENT, "伤残鉴定"),
    ClaimKind.ACCIDENT_DEATH: (
        *COMMON_DOCUMENTS,
        ACCIDENT_DOCUMENT,
        "死亡证明",
        "户籍注销",
        "受益人证明",
    ),
}


def checklist(kind: ClaimKind, received: dict[str, bool] | None = None) -> dict[str, bool]:
    """The kind's checklist in order, each document ticked when `received` says so. A name
    outside the checklist (a typo, a path) is refused rather than silently dropped."""
    received = received or {}
    unknown = [name for name in received if name not in DOCUMENTS[kind]]
    if unknown:
        raise RejectedInput(
            msg(
                "“{u}”不在{k}申请的材料清单中（清单：{l}）。",
                u="、".join(unknown),
                k=KIND_LABELS[kind],
                l="、".join(DOCUMENTS[kind]),
            ),
            field="documents",
        )
    return {name: bool(received.get(name)) for name in DOCUMENTS[kind]}


def missing(documents: dict[str, bool]) -> list[str]:
    return [name for name, ok in documents.items() if not ok]
