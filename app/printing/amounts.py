"""Money as printed, kept only as the name app/claims and ui/claims still import; the one money
module is app/money.py, and this file goes when those imports move there."""

from __future__ import annotations

from app.money import capitals, yuan

__all__ = ["capitals", "yuan"]
