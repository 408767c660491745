"""First run (首次使用向导): set a new data folder up as an office, then the login window opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by start-up before the login window, which SQLAlchemy must not slow
    from app.db import Database


def run_first_run(db: Database) -> bool:
    """The modal wizard for a data folder without an office; True when there is one now
    (a wizard closed after the office was created still goes on to the login window)."""
    from ui.first_run.wizard import FirstRunWizard

    wizard = FirstRunWizard(db)
    wizard.exec()
    return wizard.office_ready
