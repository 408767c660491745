"""The office this desk belongs to (exactly one row with is_self) and its neighbours."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.auth import Actor
from app.errors import DatabaseProblem, RejectedInput
from app.i18n import msg
from models import Office
from models.enums import OfficeLevel


def validate_code(code: str) -> str:
    if not re.fullmatch(r"\d{8}", code):
        raise RejectedInput(
            msg("代办处代码“{c}”应为8位数字：6位行政区划代码加2位序号。", c=code), field="code"
        )
    return code


def register_self(
    session: Session, actor: Actor, *, code: str, name: str, level: OfficeLevel
) -> Office:
    """Record which office this desk is. A desk belongs to one office for life."""
    validate_code(code)
    existing = session.scalar(select(Office).where(Office.is_self.is_(True)))
    if existing is not None and existing.code != code:
        raise RejectedInput(
            msg(
                "本数据库属于代办处 {have}（{name}），不能改为 {want}。",
                have=existing.code,
                name=existing.name,
                want=code,
            )
        )
    if existing is not None:
        return existing
    office = Office(
        code=code, name=name, parent_code=code[:2] + "000000", level=level, is_self=True
    )
    session.add(office)
    session.flush()
    audit.record(
        session,
        actor.username,
        "office.register",
        entity="offices",
        entity_id=code,
        details={"name": name},
    )
    return office


def self_office(session: Session) -> Office:
    office = session.scalar(select(Office).where(Office.is_self.is_(True)))
    if office is None:
        raise DatabaseProblem(
            msg("数据库尚未初始化：请先运行 huzhu init --demo 或 huzhu init --office 代办处文件。")
        )
    return office


def find_self(session: Session) -> Office | None:
    return session.scalar(select(Office).where(Office.is_self.is_(True)))
