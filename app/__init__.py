"""Huzhu Desk domain services and infrastructure. Never imports PySide6 or ui/."""

__version__ = "0.1.0"
