"""新建活动 and 登记合作机构: small forms saved through `ui.units.forms.save_form`, so a refusal
shows under the form instead of in a message box. Enter saves, Esc cancels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from app import clock
from app.errors import RejectedInput
from app.health import events, partners
from ui.context import PageContext
from ui.forms import date_edit, day_of, error_line, form_buttons, save_form
from ui.i18n import error_text
from ui.qt import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


class _FormDialog(QDialog):
    """A form with OK/Cancel and one inline error line; subclasses name the app/ service and
    list its fields once (`finish_form`)."""

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None,
        title: str,
        service: Callable[..., Any],
    ) -> None:
        """`service(session, actor, **values)` is the app/ function 确定 calls."""
        super().__init__(parent)
        self.context, self.service = context, service
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = error_line()
        self.saved: Any = None
        self.readers: dict[str, Callable[[], Any]] = {}

    def finish_form(self, fields: list[tuple[str, str, QWidget, Callable[[], Any]]]) -> None:
        """One row per (service argument, label, widget, how to read it), then the error line
        and the buttons."""
        for key, label, widget, reader in fields:
            self.form.addRow(label, widget)
            self.readers[key] = reader
        self.form.addRow(self.error)
        self.ok_button = form_buttons(self, self.form, self.save, save=False)

    def values(self) -> dict[str, Any]:
        """What the form holds, by service argument."""
        return {key: reader() for key, reader in self.readers.items()}

    def save(self) -> None:
        self.error.setText("")
        service, values = self.service, self.values()
        save_form(
            self.context,
            self,
            title=self.windowTitle(),
            work=lambda job: service(job.session, job.actor, **values),
            on_saved=self._saved,
            on_rejected=self._rejected,
            button=self.ok_button,
        )

    def _saved(self, result: Any) -> None:
        self.saved = result
        self.accept()

    def _rejected(self, error: RejectedInput) -> None:
        self.error.setText(error_text(error))


class EventDialog(_FormDialog):
    def __init__(self, context: PageContext, parent: QWidget | None, partners: list[str]) -> None:
        super().__init__(context, parent, self.tr("新建活动"), events.add_event)
        self.kind = QComboBox()
        for key, label in events.EVENT_KIND_LABELS.items():
            self.kind.addItem(label, key)
        self.title_edit = QLineEdit()
        self.held_on = date_edit(clock.today())
        self.place = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setValue(50)
        self.partner = QComboBox()
        self.partner.addItem(self.tr("（无）"), None)
        for name in partners:
            self.partner.addItem(name, name)
        self.finish_form(
            [
                ("kind", self.tr("类型"), self.kind, self.kind.currentData),
                ("title", self.tr("名称"), self.title_edit, self.title_edit.text),
                ("held_on", self.tr("日期"), self.held_on, lambda: day_of(self.held_on)),
                ("place", self.tr("地点"), self.place, self.place.text),
                ("capacity", self.tr("名额"), self.capacity, self.capacity.value),
                ("partner", self.tr("合作机构"), self.partner, self.partner.currentData),
            ]
        )


class PartnerDialog(_FormDialog):
    def __init__(self, context: PageContext, parent: QWidget | None) -> None:
        super().__init__(context, parent, self.tr("登记合作机构"), partners.add_partner)
        today = clock.today()
        self.name = QLineEdit()
        self.kind = QComboBox()
        for key, label in partners.PARTNER_KIND_LABELS.items():
            self.kind.addItem(label, key)
        self.valid_from = date_edit(today)
        self.valid_to = date_edit(dt.date(today.year, 12, 31))
        self.offers = QPlainTextEdit()
        self.offers.setPlaceholderText(self.tr("每行一项，如：目录内药品9折"))
        self.contact, self.phone, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        self.finish_form(
            [
                ("name", self.tr("名称"), self.name, self.name.text),
                ("kind", self.tr("类型"), self.kind, self.kind.currentData),
                ("valid_from", self.tr("协议起"), self.valid_from, lambda: day_of(self.valid_from)),
                ("valid_to", self.tr("协议止"), self.valid_to, lambda: day_of(self.valid_to)),
                ("offers", self.tr("会员优惠"), self.offers,
                 lambda: self.offers.toPlainText().splitlines()),
                ("contact", self.tr("联系人"), self.contact, self.contact.text),
                ("phone", self.tr("电话"), self.phone, self.phone.text),
                ("address", self.tr("地址"), self.address, self.address.text),
            ]
        )  # fmt: skip
