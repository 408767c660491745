"""The home page's monthly line breaks at months without data instead of joining across them
(issue 18.5)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.home.charts import BAR, Chart, months
from ui.home.page import HomePage
from ui.qt import QColor, QImage, Qt


def _blue_in_column(image: QImage, x: int, top: int, bottom: int) -> int:
    """Pixels near the line's colour in column `x` between `top` and `bottom`."""
    found = 0
    for y in range(top, bottom):
        c = QColor(image.pixel(x, y))
        if c.blue() > 150 and c.red() < 160 and c.blue() - c.red() > 60:
            found += 1
    return found


def test_months_without_data_are_gaps() -> None:
    assert months({"2026-01": 5, "2026-02": 3, "2026-04": 4}) == [
        ("01", 5), ("02", 3), ("03", None), ("04", 4),
    ]  # fmt: skip
    assert months({"2025-12": 1, "2026-02": 2}) == [("12", 1), ("01", None), ("02", 2)]
    assert months({}) == []


def test_the_line_is_not_drawn_across_a_month_without_data(qtbot: QtBot) -> None:
    chart = Chart("本年每月新参保人数", "line")
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_points(months({"2026-01": 5, "2026-02": 3, "2026-04": 3, "2026-05": 4}))
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    chart.render(image)
    step = (chart.width() - 46) / 5
    centre = [round(36 + i * step + step / 2) for i in range(5)]
    top, bottom = 26, chart.height() - 24
    gap = (centre[2] - 4, centre[2] + 4)  # March: no data
    assert all(_blue_in_column(image, x, top, bottom) == 0 for x in range(*gap))
    joined = (centre[0] + 8, centre[1] - 8)  # January to February: joined
    assert all(_blue_in_column(image, x, top, bottom) > 0 for x in range(*joined))
    assert BAR.blue() > BAR.red()


def test_the_home_trend_lists_every_month_in_its_range(qtbot: QtBot, logged_in) -> None:
    page = logged_in("supervisor1").main_window.show_page("home")
    assert isinstance(page, HomePage)
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    labels = [int(label) for label, _v in page.trend.points]
    assert labels == list(range(labels[0], labels[0] + len(labels)))  # no month skipped
    known = page.data.figures.members_by_month
    assert {m[5:] for m in known} == {label for label, v in page.trend.points if v is not None}
