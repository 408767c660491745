"""The typed signal bus pages use to tell each other what changed (no string-named events).

`changed` carries a frozenset of entity names — the table names a service wrote, e.g.
{"units", "members"} — so a page refreshes only when something it shows has changed.
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


class Bus(QObject):
    """One per logged-in session, passed to pages through their PageContext."""

    changed = Signal(frozenset)
