"""Role × action matrix over every service, found by introspection so new ones are not missed.

A service is a public function in `app/` whose first parameters are `(session, actor)`. Each one
either opens with `require(actor, Action.X)` — then every role the matrix allows gets past the
check and every other role gets PermissionDenied before anything is read or written — or is
listed in UNGATED with the reason it needs no gate of its own.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from collections.abc import Callable
from typing import Any

import pytest

import app
from app.auth import PERMISSIONS, Action, Actor
from app.errors import PermissionDenied
from models.enums import Role

SKIP_PACKAGES = ("app.cli", "app.migrations", "app.demo")

# service -> why it has no require() of its own as its first statement
UNGATED = {
    "app.claims.attachments.attach_scan": "checks TAKE_CLAIM or REVIEW_CLAIM by the claim's state",
    "app.claims.decisions.reject": "checks REVIEW_CLAIM or APPROVE_CLAIM by the claim's state",
    "app.claims.decisions.update_documents": "checks TAKE_CLAIM or REVIEW_CLAIM by state",
    "app.claims.events.record_change": "internal step of gated claim services",
    "app.claims.workflow.move": "internal step of gated claim services",
    "app.claims.workflow.review": "internal step of gated claim services",
    "app.claims.reception.receive_documents": "delegates to update_documents and attach_scan",
    "app.claims.lists.claim_rows": "read; the rows of a query its gated caller built, masked by role",
    "app.claims.lists.find_claims": "read; personal data masked by role",
    "app.claims.lists.work_queue": "read; the queue depends on the role",
    "app.claims.lists.overdue_claims": "read",
    "app.claims.lists.claim_detail": "read; personal data masked by role",
    "app.claims.lists.member_file": "read; personal data masked by role",
    "app.enrollment.queries.unit_roster": "read; personal data masked by role",
    "app.enrollment.queries.enrollment_members": "read; personal data masked by role",
    "app.enrollment.service.write_payments": "internal step of gated enrollment services",
    "app.auth.change_password": "any operator, their own password; the old one is checked",
    "app.history.record_update": "internal step of gated edit services",
    "app.history.record_edit": "internal step of gated edit services",
    "app.history.record_insert": "internal step of gated services that add a row",
    "app.list_export.export_members": "read export; personal data masked by role",
    "app.enrollment.renewal.renew": "delegates to enrol (ENROLL)",
    "app.member_search.page_members": "read; personal data masked by role",
    "app.member_search.next_page": "read; personal data masked by role",
    "app.member_search.search_members": "read; personal data masked by role",
    "app.member_search.member_detail": "read; personal data masked by role",
    "app.office.register_self": "set-up of an empty database (init, provisioning)",
    "app.roster.exports.export_unit_members": "read export; personal data masked by role",
    "app.roster.exports.export_member_search": "read export; personal data masked by role",
    "app.roster.exports.export_enrollment_statement": "read export; masked by role",
    "app.sync.hub_decisions.apply_decision": "step of import_return (SYNC)",
    "app.reports.home.home_data": "read; the queue depends on the role",
    "app.reports.targets.apply_targets": "checks SYNC (hub's targets) or MANAGE_SETTINGS (desk's)",
    "app.reports.targets.set_targets": "delegates to apply_targets (MANAGE_SETTINGS)",
}


def _services() -> dict[str, Callable[..., Any]]:
    found = {}
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name.startswith(SKIP_PACKAGES):
            continue
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != info.name:
                continue
            if list(inspect.signature(fn).parameters)[:2] == ["session", "actor"]:
                found[f"{info.name}.{name}"] = fn
    return found


def _gate(fn: Callable[..., Any]) -> Action | None:
    """The action of a `require(actor, Action.X)` that opens the function body, if any."""
    body = ast.parse(textwrap.dedent(inspect.getsource(fn))).body[0].body  # type: ignore[attr-defined]
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    first = body[0].value if body and isinstance(body[0], ast.Expr) else None
    if (
        isinstance(first, ast.Call)
        and getattr(first.func, "id", "") == "require"
        and isinstance(first.args[1], ast.Attribute)
    ):
        return Action[first.args[1].attr]
    return None


SERVICES = _services()
GATED = {name: _gate(fn) for name, fn in SERVICES.items()}


class Touched(Exception):
    """A service used an argument: it got past its permission check."""


class Poison:
    """Stands for every argument; any use of it raises Touched."""

    def _touch(self, *args: object, **kwargs: object) -> Any:
        raise Touched

    __getattr__ = __iter__ = __len__ = __bool__ = __str__ = __eq__ = __hash__ = _touch
    __int__ = __index__ = __lt__ = __gt__ = __fspath__ = __getitem__ = __call__ = _touch


def _call(fn: Callable[..., Any], session: Any, actor: Actor) -> Any:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for p in list(inspect.signature(fn).parameters.values())[2:]:
        if p.default is not inspect.Parameter.empty or p.kind is p.VAR_KEYWORD:
            continue
        if p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = Poison()
        else:
            args.append(Poison())
    return fn(session, actor, *args, **kwargs)


def test_every_service_is_gated_or_says_why_not() -> None:
    assert len(SERVICES) >= 40  # the introspection still finds the services
    forgotten = sorted(n for n, gate in GATED.items() if gate is None and n not in UNGATED)
    assert forgotten == [], f"services without require() first and not in UNGATED: {forgotten}"


CASES = [(name, role) for name, gate in sorted(GATED.items()) if gate is not None for role in Role]


@pytest.mark.parametrize(
    ("name", "role"), CASES, ids=[f"{n.removeprefix('app.')}-{r.value}" for n, r in CASES]
)
def test_role_matrix(demo_db, name: str, role: Role) -> None:
    action = GATED[name]
    assert action is not None
    actor = Actor(f"matrix-{role.value}", "矩阵测试", role)
    with demo_db.unit_of_work() as session:
        savepoint = session.begin_nested()
        try:
            _call(SERVICES[name], session, actor)
        except PermissionDenied as exc:
            assert role not in PERMISSIONS[action], f"{role} refused {name}: {exc}"
            assert "无权" in str(exc)
        except Exception:
            assert role in PERMISSIONS[action], f"{role} got past the {action} check of {name}"
        else:
            assert role in PERMISSIONS[action], f"{role} ran {name}"
        finally:
            savepoint.rollback()
