"""Small charts drawn with QPainter (QtCharts is in PySide6-Addons, not in the Essentials we
ship): bars or a line of (label, value) points, and a target bar. Clicking emits `clicked`."""

from __future__ import annotations

from ui.qt import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QWidget,
    Signal,
)

BAR = QColor("#4472C4")
GRID = QColor("#D9D9D9")
TARGET = QColor("#C00000")


Point = tuple[str, float | None]  # (label, value); None: no data there


def months(by_month: dict[str, float]) -> list[Point]:
    """Every month from the first to the last of `by_month` ("YYYY-MM" keys), labelled "MM",
    with None for a month that has no data: the line breaks there instead of joining across."""
    if not by_month:
        return []
    first, last = min(by_month), max(by_month)
    year, month = int(first[:4]), int(first[5:7])
    points: list[Point] = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        points.append((key[5:], by_month.get(key)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return points


def runs(heads: list[QPointF | None]) -> list[list[QPointF]]:
    """The unbroken stretches of a line: consecutive points between the gaps (None)."""
    stretches: list[list[QPointF]] = [[]]
    for head in heads:
        if head is None:
            if stretches[-1]:
                stretches.append([])
        else:
            stretches[-1].append(head)
    return [s for s in stretches if s]


class Chart(QWidget):
    """`kind` "bar" or "line"; `set_points([(label, value), …])`; values ≥ 0, None where
    there is no data (no bar; a break in the line)."""

    clicked = Signal()

    def __init__(self, title: str, kind: str = "bar", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.kind = title, kind
        self.points: list[Point] = []
        self.setMinimumSize(260, 170)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(340, 200)

    def set_points(self, points: list[Point]) -> None:
        self.points = points
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignCenter, self.title)
        painter.setFont(self.font())
        area = QRectF(36, 26, self.width() - 46, self.height() - 50)
        painter.setPen(QPen(GRID))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if not any(v is not None for _, v in self.points):
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("暂无数据"))
            return
        top = max(v for _, v in self.points if v is not None) or 1
        painter.drawText(QRectF(0, area.top() - 6, 34, 14), Qt.AlignmentFlag.AlignRight, f"{top:g}")
        step = area.width() / len(self.points)
        heads: list[QPointF | None] = []
        for i, (label, value) in enumerate(self.points):
            x = area.left() + i * step
            if value is None:
                heads.append(None)
            else:
                h = area.height() * value / top
                if self.kind == "bar":
                    painter.fillRect(QRectF(x + step * 0.15, area.bottom() - h, step * 0.7, h), BAR)
                heads.append(QPointF(x + step / 2, area.bottom() - h))
            painter.setPen(QPen(Qt.GlobalColor.black))
            painter.drawText(
                QRectF(x, area.bottom() + 2, step, 16), Qt.AlignmentFlag.AlignCenter, label
            )
        if self.kind == "line":
            painter.setPen(QPen(BAR, 2))
            painter.setBrush(BAR)
            for stretch in runs(heads):
                painter.drawPolyline(stretch)
                for head in stretch:  # a month alone between gaps still shows
                    painter.drawEllipse(head, 2.5, 2.5)


class TargetBar(QWidget):
    """Actual against target: a filled bar, the target as a red line at 100 %."""

    clicked = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.actual: float | None = None
        self.target: float | None = None
        self.text = ""
        self.setMinimumHeight(24)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_values(self, actual: float | None, target: float | None, text: str) -> None:
        self.actual, self.target, self.text = actual, target, text
        self.update()

    @property
    def share(self) -> float | None:
        if not self.target or self.actual is None:
            return None
        return self.actual / self.target

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        label_width = 150
        bar = QRectF(label_width, 4, self.width() - label_width - 4, self.height() - 8)
        painter.drawText(
            QRectF(0, 0, label_width - 6, self.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            self.label,
        )
        painter.fillRect(bar, GRID)
        share = self.share
        if share is not None:
            filled = QRectF(
                bar.left(), bar.top(), bar.width() * min(share, 1.25) * 0.8, bar.height()
            )
            painter.fillRect(filled, BAR)
            x = bar.left() + bar.width() * 0.8
            painter.setPen(QPen(TARGET, 2))
            painter.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2))
        painter.setPen(QPen(Qt.GlobalColor.black))
        painter.drawText(bar.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.text)
