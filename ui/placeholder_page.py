"""The page shown for an area that is not built yet. It says what will be there and that it is
not built yet; it does not pretend."""

from __future__ import annotations

from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QLabel, Qt, QVBoxLayout, QWidget

DESCRIPTIONS = {
    "home": QT_TRANSLATE_NOOP(
        "PlaceholderPage",
        "工作台将显示今日待办：待审核和待审批的理赔、即将到期的参保单位、超过服务承诺时限的案件、"
        "距上次同步的天数，以及本年度参保人数和理赔金额的概况。",
    ),
    "units": QT_TRANSLATE_NOOP(
        "PlaceholderPage",
        "单位页面将用于登记和修改参保单位（统一社会信用代码、工会名称、联系人、在职职工数），"
        "并按名称或代码查找单位。",
    ),
    "members": QT_TRANSLATE_NOOP(
        "PlaceholderPage",
        "会员页面将用于登记和查找职工会员（按身份证号或姓名拼音首字母），查看其所在单位、"
        "参保记录和理赔记录。",
    ),
    "enrollment": QT_TRANSLATE_NOOP(
        "PlaceholderPage",
        "参保页面将用于办理单位集体参保：导入花名册（Excel）、选择保障计划和份数、核对参保规则、"
        "登记缴费并生成参保凭证。",
    ),
    "claims": QT_TRANSLATE_NOOP(
        "PlaceholderPage",
        "理赔页面将用于受理、审核、审批和给付互助金：录入医疗费用、按计划规则计算给付金额，"
        "并记录每一步的经办人。",
    ),
    "printing": QT_TRANSLATE_NOOP(
        "PlaceholderPage",
        "打印页面将用于打印和补打参保凭证、给付通知书和收据（A4 或套打），带预览和二维码校验。",
    ),
    "sync": QT_TRANSLATE_NOOP(
        "PlaceholderPage",
        "同步页面将用于生成发往省办事处的数据包、导入省办事处的回执包，并显示同步记录。",
    ),
    "reports": QT_TRANSLATE_NOOP(
        "PlaceholderPage",
        "报表页面将提供参保、理赔和资金的统计报表，并可导出为 Excel 文件。",
    ),
}


class PlaceholderPage(QWidget):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        from ui.pages import page  # the registry imports this module lazily

        super().__init__(parent)
        self.setObjectName(f"placeholder-{key}")
        heading = QLabel(page(key).title_text())
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(QCoreApplication.translate("PlaceholderPage", DESCRIPTIONS[key]))
        body.setWordWrap(True)
        body.setObjectName("description")
        notice = QLabel(
            self.tr("本页面尚未建成，以上功能将在后续版本中提供；目前不能在此办理业务。")
        )
        notice.setWordWrap(True)
        notice.setObjectName("notice")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(notice)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
