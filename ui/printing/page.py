"""打印: choose a document, generate it (numbers and reprints are recorded then), preview,
print through QPrinter or save as PDF; a whole enrollment's certificates as one batch with
progress and cancel; and a field a QR scanner types into (Enter checks the code offline).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.auth import Actor
from app.printing import service
from app.signing.qr import FIELD_LABELS
from ui.context import PageContext
from ui.i18n import tr_label
from ui.ops import Job, run_op
from ui.printing.calibration_box import CalibrationBox
from ui.printing.preview import PdfPreview
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Options:
    preprinted: bool = False  # 套打 the premium receipt
    back: bool = False  # member certificates with the partner list on the back (duplex)


Make = Callable[[Session, Actor, str, Options], service.PrintJob]
BACK_KINDS = frozenset({"member", "batch"})


@dataclass(frozen=True)
class Kind:
    label: str  # source text, context "PrintingPage"
    key_label: str
    make: Make


KINDS: dict[str, Kind] = {
    "member": Kind(
        QT_TRANSLATE_NOOP("PrintingPage", "会员参保凭证"),
        QT_TRANSLATE_NOOP("PrintingPage", "证件号码"),
        lambda s, a, key, o: service.member_certificate(s, a, id_number=key, back=o.back),
    ),
    "unit": Kind(
        QT_TRANSLATE_NOOP("PrintingPage", "单位参保凭证（含名单）"),
        QT_TRANSLATE_NOOP("PrintingPage", "统一社会信用代码"),
        lambda s, a, key, _p: service.unit_certificate(s, a, uscc=key),
    ),
    "batch": Kind(
        QT_TRANSLATE_NOOP("PrintingPage", "参保单全部会员凭证（批量）"),
        QT_TRANSLATE_NOOP("PrintingPage", "参保单号"),
        lambda s, a, key, o: service.enrollment_certificates(
            s, a, enrollment_number=key, back=o.back
        ),
    ),
    "premium": Kind(
        QT_TRANSLATE_NOOP("PrintingPage", "互助费收款收据"),
        QT_TRANSLATE_NOOP("PrintingPage", "收据编号"),
        lambda s, a, key, o: service.premium_receipt(
            s, a, receipt_number=key, preprinted=o.preprinted
        ),
    ),
    "claim_receipt": Kind(
        QT_TRANSLATE_NOOP("PrintingPage", "理赔受理回执"),
        QT_TRANSLATE_NOOP("PrintingPage", "理赔编号"),
        lambda s, a, key, _p: service.claim_receipt(s, a, claim_number=key),
    ),
    "notice": Kind(
        QT_TRANSLATE_NOOP("PrintingPage", "给付/不予给付通知书"),
        QT_TRANSLATE_NOOP("PrintingPage", "理赔编号"),
        lambda s, a, key, _p: service.claim_notice(s, a, claim_number=key),
    ),
}


@dataclass(frozen=True)
class Generated:
    job: service.PrintJob
    pdf: bytes
    pages: int
    printer: str | None = None  # whose offsets were used; the print dialog preselects it


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintingPage", text)


class PrintingPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last: Generated | None = None
        self.preview = PdfPreview()
        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(self._document_box())
        column.addWidget(self._verify_box())
        self.calibration = CalibrationBox(context)
        self.calibration.page_ready.connect(self.preview.show_pdf)
        column.addWidget(self.calibration)
        column.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- documents ---------------------------------------------------------------------------
    def _document_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("生成文书"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        for key, kind in KINDS.items():
            self.kind.addItem(_tr(kind.label), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.key_label = QLabel()
        self.key = QLineEdit()
        self.key.returnPressed.connect(self.generate)
        self.preprinted = QCheckBox(self.tr("套打到预印收据"))
        self.back = QCheckBox(self.tr("含背面：合作机构名单（双面打印）"))
        self.back.setToolTip(self.tr("每张凭证后附一页打印日有效的优惠合作机构，打印机选双面"))
        self.generate_button = QPushButton(self.tr("生成并预览"))
        self.generate_button.clicked.connect(self.generate)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.tr("文书"), self.kind)
        form.addRow(self.key_label, self.key)
        form.addRow("", self.preprinted)
        form.addRow("", self.back)
        form.addRow("", self.generate_button)
        form.addRow(self.status)
        note = QLabel(self.tr("生成即登记：凭证首次生成时编号，再次生成记为补打。"))
        note.setWordWrap(True)
        form.addRow(note)
        self._kind_changed()
        return box

    def _kind_changed(self) -> None:
        key = self.kind.currentData()
        self.key_label.setText(_tr(KINDS[key].key_label))
        self.preprinted.setVisible(key == "premium")
        self.back.setVisible(key in BACK_KINDS)

    def choose(self, kind: str, key: str) -> None:
        """Select a document kind and fill in its key (other pages open printing this way)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.key.setText(key)

    def generate(self) -> None:
        kind, key = KINDS[self.kind.currentData()], self.key.text().strip()
        if not key:
            self.status.setText(self.tr("请先填写%1。").replace("%1", _tr(kind.key_label)))
            return
        options = Options(self.preprinted.isChecked(), self.back.isChecked())
        data_dir = self.context.data_dir
        printer = self.calibration.printer_name()

        def work(job: Job) -> Generated:
            buffer = io.BytesIO()
            printed = service.print_to_pdf(
                job.session,
                job.actor,
                lambda s, a: kind.make(s, a, key, options),
                buffer,
                data_dir=data_dir,
                printer=printer,
                progress=job.progress,
                cancelled=job.cancelled,
            )
            return Generated(printed.job, buffer.getvalue(), printed.pages, printed.printer)

        run_op(
            self.context,
            self,
            title=self.tr("生成文书"),
            work=work,
            on_done=self._generated,
            hold=self.generate_button,
        )

    def _generated(self, result: Generated) -> None:
        self.last = result
        self.preview.default_printer = result.printer
        self.preview.show_pdf(result.pdf, result.job.title)
        text = self.tr("已生成 %1，共 %2 页").replace("%1", result.job.title)
        text = text.replace("%2", str(result.pages))
        if result.job.reprints:
            text += self.tr("（补打 %1 份）").replace("%1", str(result.job.reprints))
        self.status.setText(text)

    # -- QR check ----------------------------------------------------------------------------
    def _verify_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("二维码验真"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("用扫码枪扫描凭证或收据上的二维码"))
        self.scan.returnPressed.connect(self.check)
        row.addWidget(self.scan)
        layout.addLayout(row)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.record = QLabel()
        self.record.setWordWrap(True)
        self.record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict)
        layout.addWidget(self.record)
        return box

    def check(self) -> None:
        text = self.scan.text()
        if not text.strip():
            return
        run_op(
            self.context,
            self,
            title=self.tr("二维码验真"),
            work=lambda job: service.check_qr(job.session, text),
            on_done=self._checked,
            write=False,
            cancellable=False,
        )

    def _checked(self, result: service.QrCheck) -> None:
        v = result.verification
        colour = "#1a7f37" if v.valid else "#b42318"
        word = self.tr("有效") if v.valid else self.tr("无效")
        self.verdict.setText(
            f'<b style="color:{colour}">{word}</b>　{tr_label(v.reason)}　{tr_label(v.document)}'
        )
        lines = [f"{tr_label(FIELD_LABELS.get(k, k))}：{value}" for k, value in v.fields.items()]
        if v.valid:
            lines += [f"{tr_label(k)}：{value}" for k, value in result.record.items()] or [
                self.tr("本处没有该编号的记录（可能由其他代办处签发）")
            ]
        self.record.setText("\n".join(lines))
        self.scan.selectAll()
