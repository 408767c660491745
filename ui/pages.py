"""The navigation registry: the pages of the main window, in order.

Each entry is (key, title, factory). A factory takes the PageContext and returns the page widget;
it is called the first time the page is opened, so start-up imports no page module. An area
replaces its placeholder by editing its one line, e.g.

    Page("units", QT_TRANSLATE_NOOP("pages", "单位"), lazy("ui.units.page", "UnitsPage")),

Titles are Chinese source text in translation context "pages".
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from ui.context import PageContext
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QWidget

Factory = Callable[[PageContext], QWidget]


@dataclass(frozen=True)
class Page:
    key: str
    title: str  # source text; show it through title_text()
    factory: Factory

    def title_text(self) -> str:
        return QCoreApplication.translate("pages", self.title)


def lazy(module: str, name: str) -> Factory:
    """A factory that imports `module` only when the page is first opened."""

    def build(context: PageContext) -> QWidget:
        return getattr(importlib.import_module(module), name)(context)

    return build


def placeholder(key: str) -> Factory:
    """The honest 'not built yet' page for `key` (its texts live in ui/placeholder_page.py)."""

    def build(context: PageContext) -> QWidget:
        from ui.placeholder_page import PlaceholderPage

        return PlaceholderPage(key)

    return build


PAGES: tuple[Page, ...] = (
    Page("home", QT_TRANSLATE_NOOP("pages", "工作台"), lazy("ui.home.page", "HomePage")),
    Page("units", QT_TRANSLATE_NOOP("pages", "单位"), lazy("ui.units.page", "UnitsPage")),
    Page("members", QT_TRANSLATE_NOOP("pages", "会员"), lazy("ui.members.page", "MembersPage")),
    Page(
        "enrollment",
        QT_TRANSLATE_NOOP("pages", "参保"),
        lazy("ui.enrollment.page", "EnrollmentPage"),
    ),
    Page("claims", QT_TRANSLATE_NOOP("pages", "理赔"), lazy("ui.claims.page", "ClaimsPage")),
    Page("printing", QT_TRANSLATE_NOOP("pages", "打印"), lazy("ui.printing.page", "PrintingPage")),
    Page("sync", QT_TRANSLATE_NOOP("pages", "同步"), lazy("ui.sync.page", "SyncPage")),
    Page("reports", QT_TRANSLATE_NOOP("pages", "报表"), lazy("ui.reports.page", "ReportsPage")),
    Page("health", QT_TRANSLATE_NOOP("pages", "增值服务"), lazy("ui.health.page", "HealthPage")),
    Page("settings", QT_TRANSLATE_NOOP("pages", "设置"), lazy("ui.settings.page", "SettingsPage")),
)


def page(key: str) -> Page:
    return next(p for p in PAGES if p.key == key)
