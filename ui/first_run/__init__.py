"""First run (首次使用向导): set a new data folder up as an office, then the login window opens."""

from __future__ import annotations

from app.db import Database


def run_first_run(db: Database) -> bool:
    """The modal wizard for a data folder without an office; True when it set one up."""
    from ui.first_run.wizard import FirstRunWizard

    wizard = FirstRunWizard(db)
    return bool(wizard.exec()) and wizard.office_ready
