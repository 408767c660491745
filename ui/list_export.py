"""导出 on every list page: the "导出…" button and right-click item, the save dialog, the export
op (app.list_export does the masking and the writing), then "打开文件" / "打开所在文件夹".

A page adds it with one call:

    self.export_button = export_action(self.view, self.export_list)   # button + menu item
    def export_list(self): export_view(self, self.context, self.view, title=self.tr("单位列表"),
                                       personal={6: "phone"})

`export_view` writes what the view shows (its visible rows and columns, as displayed); a lazy
list passes its own `work` to `run_export` instead (the member list runs its query).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from app import clock, list_export
from app.list_export import Column, ListExport
from ui.context import PageContext
from ui.ops import Job, Op, run_op
from ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QDesktopServices,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    Qt,
    QUrl,
    QWidget,
)


def list_menu(view: QAbstractItemView) -> QMenu:
    """The right-click menu of a list (made on first use; pages add their own actions to it)."""
    menu = view.findChild(QMenu, "list-menu")
    if menu is None:
        menu = QMenu(view)
        menu.setObjectName("list-menu")
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos: menu.popup(view.viewport().mapToGlobal(pos))
        )
    return menu


def export_button() -> QPushButton:
    """The "导出…" button, not yet connected (a page with its own action table connects it)."""
    button = QPushButton(QCoreApplication.translate("list_export", "导出…"))
    button.setObjectName("export")
    button.setToolTip(
        QCoreApplication.translate(
            "list_export", "把列表中显示的行（已按条件筛选）导出为 Excel 文件"
        )
    )
    return button


def export_action(view: QAbstractItemView, export: Callable[[], Any]) -> QPushButton:
    """The page's "导出…" button, and the same item in the list's right-click menu."""
    list_menu(view).addAction(QCoreApplication.translate("list_export", "导出…"), export)
    button = export_button()
    button.clicked.connect(export)
    return button


def shown_rows(view: QAbstractItemView) -> tuple[list[int], list[str], list[list[str]]]:
    """(column numbers, their titles, the rows' texts) exactly as the view displays them."""
    model = view.model()
    hidden = getattr(view, "isColumnHidden", lambda _c: False)
    hidden_row = getattr(view, "isRowHidden", lambda _r: False)
    columns = [c for c in range(model.columnCount()) if not hidden(c)]
    titles = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in columns
    ]
    rows = [
        [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "") for c in columns]
        for r in range(model.rowCount())
        if not hidden_row(r)
    ]
    return columns, titles, rows


def ask_path(parent: QWidget, title: str) -> Path | None:
    """The save dialog, offering "<title>-<today>.xlsx"; None if the clerk cancelled."""
    name = f"{title}-{clock.today():%Y%m%d}.xlsx"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("list_export", "导出到 Excel"), name, "Excel (*.xlsx)"
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def export_view(
    parent: QWidget,
    context: PageContext,
    view: QAbstractItemView,
    *,
    title: str,
    personal: Mapping[int, str] | None = None,
    kinds: Mapping[int, str] | None = None,
    info: Iterable[str] = (),
) -> Op[ListExport] | None:
    """Export what `view` shows. `personal` maps a model column to the app.privacy field it
    holds (masked by role in app.list_export); `kinds` marks "money" and "count" columns,
    written as numbers."""
    path = ask_path(parent, title)
    if path is None:
        return None
    columns, titles, rows = shown_rows(view)
    spec = [
        Column(t, personal=(personal or {}).get(c), kind=(kinds or {}).get(c, "text"))
        for c, t in zip(columns, titles, strict=True)
    ]
    lines = list(info)
    return run_export(
        parent,
        context,
        path,
        lambda job: list_export.export_rows(
            job.actor, title=title, columns=spec, rows=rows, path=path, info=lines
        ),
    )


def run_export(
    parent: QWidget,
    context: PageContext,
    path: Path,
    work: Callable[[Job], ListExport],
) -> Op[ListExport]:
    """Run an export off the GUI thread (progress and cancel if it takes a while), then offer
    to open the file or its folder."""
    op = run_op(
        context,
        parent,
        title=QCoreApplication.translate("list_export", "导出"),
        work=work,
        write=False,
    )
    op.done.connect(lambda result: offer_open(parent, result))
    return op


def offer_open(parent: QWidget, result: ListExport) -> QMessageBox:
    """ "已导出 N 行" with 打开文件 / 打开所在文件夹 / 关闭."""
    text = QCoreApplication.translate("list_export", "已导出 {n} 行到\n{path}").replace(
        "{n}", str(result.rows)
    )
    text = text.replace("{path}", str(result.path))
    if result.masked:
        text += "\n" + QCoreApplication.translate(
            "list_export", "证件号码、电话等个人信息已按您的权限隐藏部分内容。"
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("list_export", "导出完成"),
        text,
        parent=parent,
    )
    box.setObjectName("export-done")
    open_file = box.addButton(
        QCoreApplication.translate("list_export", "打开文件"), QMessageBox.ButtonRole.ActionRole
    )
    open_folder = box.addButton(
        QCoreApplication.translate("list_export", "打开所在文件夹"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("list_export", "关闭"), QMessageBox.ButtonRole.RejectRole
    )

    def clicked(button: object) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        elif button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))

    box.buttonClicked.connect(clicked)
    box.open()
    return box
