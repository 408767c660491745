"""Pieces the form dialogs of every area share: saving a form through ui/ops with the service's
refusal shown next to the field it names, the Save/Cancel row, small read-only tables, and the
change history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from app.auth import PERMISSIONS, ROLE_LABELS, Action
from app.errors import RejectedInput
from app.history import HistoryEntry, describe_changes
from models.enums import Role
from ui.context import PageContext
from ui.elide import elide_middle
from ui.i18n import error_text
from ui.ops import Job, Op, run_op
from ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

T = TypeVar("T")
ERROR_STYLE = "color: #b00020;"


def date_edit(day: dt.date | None = None) -> QDateEdit:
    """A date entry as every form shows one: yyyy-MM-dd, with the calendar popup."""
    edit = QDateEdit() if day is None else QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def password_edit() -> QLineEdit:
    """A line edit that shows dots for what is typed (passwords, passphrases)."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def day_of(edit: QDateEdit) -> dt.date:
    """The day a date entry holds."""
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


def form_buttons(
    dialog: QDialog,
    layout: QFormLayout | QBoxLayout,
    accept: Callable[[], None],
    *,
    save: bool = True,
) -> QPushButton:
    """The 保存 (or 确定) and 取消 row at the foot of a dialog's form (or of its column of
    widgets): Enter presses the first, which calls `accept`; 取消 and Esc close the dialog.
    Returns the first button, which a dialog disables while its work runs (or renames)."""
    first = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    box = QDialogButtonBox(first | QDialogButtonBox.StandardButton.Cancel)
    button = box.button(first)
    button.setText(
        QCoreApplication.translate("forms", "保存")
        if save
        else QCoreApplication.translate("forms", "确定")
    )
    button.setDefault(True)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("forms", "取消"))
    box.accepted.connect(accept)
    box.rejected.connect(dialog.reject)
    if isinstance(layout, QFormLayout):
        layout.addRow(box)
    else:
        layout.addWidget(box)
    return button


class _ErrorLine(QLabel):
    """A label that makes its open window taller when its text needs more lines than the
    window left it (a window sizes itself when shown, before any refusal is written in)."""

    def setText(self, text: str) -> None:
        super().setText(text)
        window, layout = self.window(), self.window().layout()
        if window is self or layout is None or not window.isVisible():
            return
        needed = (
            layout.totalHeightForWidth(window.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > window.height():
            window.resize(window.width(), needed)


def error_line() -> QLabel:
    """The red line under a form where its refusal shows (named "error"), empty until then;
    every line of a long refusal shows (the window grows to fit it)."""
    label = _ErrorLine()
    label.setObjectName("error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def save_form(
    context: PageContext,
    parent: QWidget,
    *,
    title: str,
    work: Callable[[Job], T],
    on_saved: Callable[[T], None],
    on_rejected: Callable[[RejectedInput], None],
    button: QPushButton | None = None,
) -> Op[Any]:
    """Run a form's service call on the writer. A RejectedInput comes back to `on_rejected` (to
    show beside its field) instead of a message box; the savepoint guarantees it wrote nothing.
    `button` (the form's 保存/确定) is disabled until the call has settled, so a second press
    cannot save twice."""

    def guarded(job: Job) -> T | RejectedInput:
        try:
            with job.session.begin_nested():
                return work(job)
        except RejectedInput as exc:
            return exc

    def finished(result: T | RejectedInput) -> None:
        if isinstance(result, RejectedInput):
            on_rejected(result)
        else:
            on_saved(result)

    return run_op(
        context,
        parent,
        title=title,
        work=guarded,
        on_done=finished,
        cancellable=False,
        hold=() if button is None else button,
    )


def save_dialog(
    dialog: QDialog,
    context: PageContext,
    work: Callable[[Job], T],
    *,
    errors: FieldErrors | Callable[[RejectedInput], None],
    button: QPushButton,
    saved: Any = None,
) -> Op[Any]:
    """A form dialog's 保存/确定 (`button`): `save_form` under the dialog's title, a refusal
    shown beside its field by `errors` (or handed to it, a dialog with one error line); once
    saved, `saved` (the dialog's signal, if it has one) carries the result and the dialog
    closes."""
    on_rejected = errors.show if isinstance(errors, FieldErrors) else errors

    def done(result: T) -> None:
        if saved is not None:
            saved.emit(result)
        dialog.accept()

    return save_form(
        context, dialog, title=dialog.windowTitle(), work=work, on_saved=done,
        on_rejected=on_rejected, button=button,
    )  # fmt: skip


def read_only_unless(
    context: PageContext, action: Action, form: QFormLayout, save: QPushButton
) -> QLabel | None:
    """Show `form` read-only, with a note saying who may change it, to an operator whose role
    may not `action` (the rule is app.auth's, the same the service enforces on save): text
    stays selectable, choices are fixed, and `save` is off. Returns the note, or None when
    the operator may save."""
    if context.actor.can(action):
        return None
    holder = form.parentWidget()
    for editor in holder.findChildren(QWidget) if holder is not None else []:
        if isinstance(editor, QLineEdit | QAbstractSpinBox):
            editor.setReadOnly(True)
        elif isinstance(editor, QComboBox) or (
            isinstance(editor, QAbstractButton) and not isinstance(editor, QPushButton)
        ):
            editor.setEnabled(False)
    save.setEnabled(False)
    roles = QCoreApplication.translate("forms", "、").join(
        QCoreApplication.translate("app", ROLE_LABELS[r]) for r in Role if r in PERMISSIONS[action]
    )
    note = QLabel(
        QCoreApplication.translate("forms", "只有{roles}可以修改，这里仅供查看。").format(
            roles=roles
        )
    )
    note.setObjectName("readOnlyNote")
    note.setWordWrap(True)
    form.insertRow(0, note)
    return note


class FieldErrors:
    """An inline error label under each field of a form, plus one for the whole form."""

    def __init__(self, form: QFormLayout, fields: dict[str, QWidget]) -> None:
        self.labels: dict[str, QLabel] = {}
        self.fields = fields
        for name, widget in fields.items():
            label = _error_label()
            row, _role = form.getWidgetPosition(widget)
            form.insertRow(row + 1, "", label)
            self.labels[name] = label
        self.general = _error_label()
        form.addRow(self.general)

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.setText("")
            label.setVisible(False)

    def show(self, error: RejectedInput) -> None:
        """Put the message next to its field (and focus it), or under the form."""
        self.clear()
        label = self.labels.get(error.field or "", self.general)
        label.setText(error_text(error))
        label.setVisible(True)
        _make_room(label)
        widget = self.fields.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    def text(self, field: str | None = None) -> str:
        return (self.labels.get(field or "", self.general)).text()


def _make_room(label: QLabel) -> None:
    """Let the dialog holding `label` grow to the height its wrapped lines need: a dialog keeps
    its size when a row appears, and the form then squeezes the message to one clipped line."""
    window = label.window()
    layout = window.layout()
    if not isinstance(window, QDialog) or layout is None:
        return
    layout.activate()
    needed = max(window.minimumSizeHint().height(), window.heightForWidth(window.width()))
    if needed > window.height():
        window.resize(window.width(), needed)


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def read_only_table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    elide_middle(table)
    return table


def pick_table(headers: Sequence[str], *, elide: bool = True) -> QTableWidget:
    """A list the clerk picks one row of: whole rows, one at a time, read-only; with `elide`,
    long cells keep both ends (numbers and codes differ at the end)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if elide:
        elide_middle(table)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()


def history_table() -> QTableWidget:
    # Spelled out: lupdate reads `tr("History", "时间")` as source "History" with a comment.
    return read_only_table(
        [
            QCoreApplication.translate("History", "时间"),
            QCoreApplication.translate("History", "操作员"),
            QCoreApplication.translate("History", "操作"),
            QCoreApplication.translate("History", "变更"),
        ]
    )


def fill_history(table: QTableWidget, entity: str, entries: Sequence[HistoryEntry]) -> None:
    fill_table(
        table,
        [
            (
                f"{h.at:%Y-%m-%d %H:%M}",
                h.operator,
                QCoreApplication.translate("app", h.label),
                describe_changes(entity, h.changes),
            )
            for h in entries
        ],
    )
