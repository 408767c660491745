"""The Qt desktop shell (PySide6). Calls app/ services only; every Qt import goes through ui.qt."""
