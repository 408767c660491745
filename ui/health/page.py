"""增值服务: 活动签到 (events and the scanner) and 合作机构 (partners, the membership check as a
partner would see it, the leaflet and the one-page guide as PDF)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from app.health import membership, partners
from app.printing import health_docs
from app.printing.pdf import Document
from ui.bus import HEALTH
from ui.context import PageContext
from ui.health.events_tab import EventsTab
from ui.health.feedback import scan_feedback
from ui.health.shared import HealthTab
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

PARTNER_COLUMNS = (
    QT_TRANSLATE_NOOP("PartnersTab", "合作机构"),
    QT_TRANSLATE_NOOP("PartnersTab", "类型"),
    QT_TRANSLATE_NOOP("PartnersTab", "会员优惠或服务"),
    QT_TRANSLATE_NOOP("PartnersTab", "有效期"),
    QT_TRANSLATE_NOOP("PartnersTab", "联系人及电话"),
)


class PartnersTab(HealthTab):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.table = QTableWidget(0, len(PARTNER_COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in PARTNER_COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.check_field = QLineEdit()
        self.check_field.setPlaceholderText(
            self.tr("会员核验：扫描凭证二维码或输入证件号码，按回车")
        )
        self.check_field.returnPressed.connect(self._check)
        self.verdict = QLabel("")
        self.verdict.setObjectName("membership-verdict")
        self.verdict.setWordWrap(True)
        leaflet = QPushButton(self.tr("打印合作机构名单…"))
        leaflet.clicked.connect(
            lambda: self._save(self.tr("合作机构名单"), lambda s: health_docs.partner_leaflet(s))
        )
        guide = QPushButton(self.tr("打印核验说明…"))
        guide.clicked.connect(
            lambda: self._save(self.tr("会员核验说明"), lambda s: health_docs.partner_guide(s))
        )
        self.add_button = QPushButton(self.tr("登记合作机构…"))
        self.add_button.clicked.connect(self.add_partner)
        self.dialog: QDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(leaflet)
        buttons.addWidget(guide)
        box = QVBoxLayout(self)
        box.addWidget(self.table)
        box.addWidget(self.check_field)
        box.addWidget(self.verdict)
        box.addLayout(buttons)
        context.bus.changed.connect(lambda changes: HEALTH in changes and self.reload())
        self.reload()

    def reload(self) -> None:
        self.quiet_read(self.tr("读取合作机构"), partners.list_partners, self._show)

    def _show(self, found: list[partners.PartnerInfo]) -> None:
        self.table.setRowCount(len(found))
        for row, p in enumerate(found):
            offers = "；".join(o.description for o in p.offers)
            valid = f"{p.valid_from:%Y-%m-%d} – {p.valid_to:%Y-%m-%d}"
            contact = " ".join(x for x in (p.contact, p.phone) if x)
            for col, text in enumerate((p.name, p.kind_label, offers, valid, contact)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _check(self) -> None:
        text = self.check_field.text().strip()
        self.check_field.clear()
        if not text:
            return
        is_qr = text.startswith("HZ1|")
        actor = self.context.actor
        self.quiet_read(
            self.tr("会员核验"),
            lambda session: membership.check_membership(
                session,
                actor,
                qr=text if is_qr else None,
                id_number=None if is_qr else text,
            ),
            self._show_verdict,
        )

    def _show_verdict(self, result: membership.MembershipCheck) -> None:
        scan_feedback(self.check_field, result.valid)
        lines = [("✓ " if result.valid else "✗ ") + result.reason]
        if result.name or result.masked_id:
            lines.append(f"{result.name} {result.masked_id}".strip())
        if result.plans:
            lines.append(self.tr("保障计划：") + "、".join(result.plans))
        if result.valid_from and result.valid_to:
            lines.append(f"{result.valid_from:%Y-%m-%d} – {result.valid_to:%Y-%m-%d}")
        lines += list(result.notes)
        self.verdict.setText("\n".join(lines))

    def add_partner(self) -> None:
        from ui.health.dialogs import PartnerDialog

        self.dialog = PartnerDialog(self.context, self)
        self.dialog.open()

    def _save(self, title: str, make: Callable[[Session], Document]) -> None:
        self.save_pdf(title, f"{title}.pdf", title, make)


class HealthPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.tabs = QTabWidget()
        self.events = EventsTab(context)
        self.partners = PartnersTab(context)
        self.tabs.addTab(self.events, self.tr("活动签到"))
        self.tabs.addTab(self.partners, self.tr("合作机构与会员核验"))
        QVBoxLayout(self).addWidget(self.tabs)
