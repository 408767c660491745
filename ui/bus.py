"""The typed signal bus pages use to tell each other what changed (no string-named events).

`changed` carries a frozenset of entity names — the table names a service wrote, e.g.
{"units", "members"} — so a page refreshes only when something it shows has changed. `run_op`
emits it from the unit of work's own report (`app.db.changed_tables`), through `entities()`.
"""

from __future__ import annotations

from ui.qt import QObject, Signal

# The entity names in use; a page compares against these instead of typing strings.
UNITS = "units"
MEMBERS = "members"
ENROLLMENTS = "enrollments"
CLAIMS = "claims"
CERTIFICATES = "certificates"
SYNC_PACKAGES = "sync_packages"
SETTINGS = "settings"
OPERATORS = "operators"
HEALTH = "health"  # every health-service table (partners, offers, events, sign-ins)
SYNC_ALERTS = "sync_alerts"

# Tables a page shows as part of another entity.
_PART_OF = {
    "coverages": ENROLLMENTS,
    "payments": ENROLLMENTS,
    "claim_events": CLAIMS,
    "claim_attachments": CLAIMS,
}


def entities(tables: frozenset[str]) -> frozenset[str]:
    """The names `changed` carries for `tables` written: the tables themselves, plus the entity
    each is part of (every health_* table is part of HEALTH)."""
    parts = {_PART_OF[t] for t in tables if t in _PART_OF}
    health = {HEALTH} if any(t.startswith("health_") for t in tables) else set()
    return frozenset(tables | parts | health)


class Bus(QObject):
    """One per logged-in session, passed to pages through their PageContext."""

    changed = Signal(frozenset)
