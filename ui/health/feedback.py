"""What the clerk hears and sees after each scan, so eyes stay on the queue: an accepted scan
gives one beep; a refused one gives two beeps and the scan field turns red for a moment (the
reason is written in the list or the verdict beside it)."""

from __future__ import annotations

from ui.qt import QApplication, QTimer, QWidget

SECOND_BEEP_MS = 300  # after the first: two distinct beeps, not one long one
FLASH_MS = 1500
REFUSED_STYLE = "background: #fde2e1; border: 2px solid #b00020;"


def scan_feedback(field: QWidget, accepted: bool) -> None:
    """Beep once for `accepted`; otherwise beep twice and flash `field` red."""
    QApplication.beep()
    if accepted:
        field.setStyleSheet("")
        return
    QTimer.singleShot(SECOND_BEEP_MS, field, QApplication.beep)
    field.setStyleSheet(REFUSED_STYLE)
    QTimer.singleShot(FLASH_MS, field, lambda: field.setStyleSheet(""))
