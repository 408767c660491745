"""Domain errors. Each carries a clerk-safe Chinese message and, where it applies, the field and
row it concerns. Anything that is not a HuzhuError is a bug and is logged with its traceback."""

from __future__ import annotations

from typing import TypeVar

from app.i18n import Message

T = TypeVar("T")


class HuzhuError(Exception):
    """Base of all expected failures. `exit_code` is what the CLI returns for it."""

    exit_code = 3

    def __init__(
        self, message: Message | str, *, field: str | None = None, row: int | None = None
    ) -> None:
        # A plain string (CLI usage, internal checks) is not extracted for translation.
        self.message = message if isinstance(message, Message) else Message(message)
        self.field = field
        self.row = row
        super().__init__(str(self.message))


class RejectedInput(HuzhuError):
    """The input breaks a rule; nothing was written. CLI exit code 1."""

    exit_code = 1


class ValidationFailed(RejectedInput):
    """Several problems found in one pass (rules, rows); `problems` lists them all."""

    def __init__(self, message: Message | str, problems: list[HuzhuError]) -> None:
        super().__init__(message)
        self.problems = problems


class NotFound(RejectedInput):
    pass


def found(row: T | None, message: Message | str, *, field: str | None = None) -> T:
    """`row`, or NotFound saying `message` (about `field`) when the look-up found nothing."""
    if row is None:
        raise NotFound(message, field=field)
    return row


class PermissionDenied(RejectedInput):
    pass


class LoginFailed(RejectedInput):
    pass


class DatabaseProblem(HuzhuError):
    """The database file cannot be used as it is (corrupt, too new, wrong office)."""

    exit_code = 3
