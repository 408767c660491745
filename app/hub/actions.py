"""What a hub operator does, each checked against their role and audited, in the caller's
transaction (`with hub.engine.begin() as conn:`). The `huzhu hub` commands and the hub window
call these same functions, so an action is written, checked and audited in one place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from app.hub import admin, registry, targets
from app.hub.operators import HubOperator, record, require_decider, require_worker
from app.sync import crypto


def decide_claim(
    conn: Connection, who: HubOperator, *, claim: str, approve: bool, reason: str
) -> admin.Decision:
    """Approve or reject a claim waiting for the hub (approvers and admins); it travels back in
    the office's next return package. PermissionDenied, NotFound, RejectedInput."""
    require_decider(who)
    done = admin.decide(
        conn, claim=claim, approve=approve, reason=reason.strip(), decided_by=who.username
    )
    details = {
        "claim": done.claim_number,
        "office": done.office_code,
        "decision": done.status,
        "reason": done.reason,
    }
    record(conn, who.username, "claim.decide", details)
    return done


def register_office(
    conn: Connection, who: HubOperator, *, code: str, name: str, out: Path
) -> registry.Registered:
    """Register an office and write its office file (.hzo) at `out`; audited with the file's
    SHA-256. PermissionDenied for approvers; RejectedInput as registry.register_office."""
    require_worker(who)
    done = registry.register_office(conn, code=code, name=name.strip(), out=out)
    sha = crypto.sha256_hex(done.file.read_bytes())
    details = {"office": done.code, "name": done.name, "file_sha256": sha}
    record(conn, who.username, "office.register", details)
    return done


def set_targets(
    conn: Connection, who: HubOperator, *, office: str, year: int, values: dict[str, Any]
) -> targets.TargetsSet:
    """Yearly targets for an office, sent in its next return package; audited."""
    require_worker(who)
    done = targets.set_targets(conn, office=office, year=year, values=values, set_by=who.username)
    details = {"office": done.office_code, "year": done.year, "targets": done.targets}
    record(conn, who.username, "targets.set", details)
    return done


def publish_catalogue(conn: Connection, who: HubOperator, *, text: str) -> tuple[str, bool]:
    """Publish a catalogue after registry.check_catalogue; (version, newly published); audited."""
    require_worker(who)
    version, created = registry.publish_catalogue(conn, text=text)
    details = {
        "version": version,
        "created": created,
        "file_sha256": crypto.sha256_hex(text.encode("utf-8")),
    }
    record(conn, who.username, "catalogue.publish", details)
    return version, created


def resync_office(conn: Connection, who: HubOperator, *, code: str) -> int:
    """Let office `code`'s next full package restart its broken chain (registry.order_resync:
    admins only); audited. Returns the office's last received sequence number."""
    last = registry.order_resync(conn, code=code, role=who.role)
    record(conn, who.username, "office.resync", {"office": code, "last_seq": last})
    return last
