"""The one place ui/ imports PySide6 from (like Anki's aqt.qt): `from ui.qt import QWidget, Signal`.

Names are looked up on first use (module `__getattr__`) in QtWidgets, QtGui, QtCore, then in
QtPrintSupport and QtTest, which are only loaded when something asks for them. A star import
would be simpler but makes PySide6 build every one of its ~1,500 classes at start-up (about as
long as loading the modules themselves); looked up by name, only the classes in use are built.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:  # for type checkers and editors: every name, as a star import would give
    from PySide6.QtCore import *  # noqa: F403
    from PySide6.QtGui import *  # noqa: F403
    from PySide6.QtPrintSupport import *  # noqa: F403
    from PySide6.QtTest import *  # noqa: F403
    from PySide6.QtWidgets import *  # noqa: F403

_LOADED = (QtWidgets, QtGui, QtCore)  # a star import in the reverse order would let these win
_LAZY_MODULES = ("QtPrintSupport", "QtTest")


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    for module in _LOADED:
        value = getattr(module, name, None)
        if value is not None:
            globals()[name] = value
            return value
    for module_name in _LAZY_MODULES:
        module = importlib.import_module(f"PySide6.{module_name}")
        if name == module_name:
            return module
        value = getattr(module, name, None)
        if value is not None:
            globals()[name] = value
            return value
    raise AttributeError(f"module 'ui.qt' has no attribute {name!r}")


__all__ = ["QtCore", "QtGui", "QtWidgets"]
