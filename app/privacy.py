"""Masking of personal data for lists, exports, audit details and anything that leaves a desk
unencrypted. Who may see what in full is decided in app.auth (Action.VIEW_SENSITIVE)."""

from __future__ import annotations

from typing import Any

SENSITIVE_FIELDS = frozenset({"id_number", "bank_account", "pay_account", "diagnosis", "phone"})


def mask_id(number: str) -> str:
    """610204199001011234 -> 610204********1234 (region and last four kept)."""
    if len(number) <= 8:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def mask_account(account: str) -> str:
    return ("*" * max(len(account) - 4, 0) + account[-4:]) if account else ""


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[7:] if len(phone) >= 11 else mask_account(phone)


def mask_value(field: str, value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if field == "id_number":
        return mask_id(value)
    if field == "phone":
        return mask_phone(value)
    if field == "diagnosis":
        return "***"
    return mask_account(value)


def redact(details: dict[str, Any]) -> dict[str, Any]:
    """A copy of `details` with sensitive fields masked, recursively."""
    out: dict[str, Any] = {}
    for key, value in details.items():
        if isinstance(value, dict):
            out[key] = redact(value)
        elif key in SENSITIVE_FIELDS:
            out[key] = mask_value(key, value)
        else:
            out[key] = value
    return out
