"""The one place ui/ imports PySide6 from (like Anki's aqt.qt).

QtCore, QtGui and QtWidgets are loaded eagerly: the login window needs them. QtPrintSupport (and
QtTest) are loaded on first use (`from ui.qt import QPrinter` still works, through the module `__getattr__`),
so start-up does not pay for it.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import *  # noqa: F403
from PySide6.QtGui import *  # noqa: F403
from PySide6.QtWidgets import *  # noqa: F403

_LAZY_MODULES = ("QtPrintSupport", "QtTest")


def __getattr__(name: str) -> Any:
    import importlib

    for module_name in _LAZY_MODULES:
        module = importlib.import_module(f"PySide6.{module_name}")
        if name == module_name:
            return module
        if hasattr(module, name):
            return getattr(module, name)
    raise AttributeError(f"module 'ui.qt' has no attribute {name!r}")


__all__ = ["QtCore", "QtGui", "QtWidgets"]  # plus every public name of those modules
