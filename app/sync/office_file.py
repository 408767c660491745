"""The office file (`.hzo`) the hub issues, and provisioning a desk from it.

The file is JSON `{"format", "format_version", "body", "signature"}`: `body` is the exact JSON
text that the hub's Ed25519 key signed (docs/sync-format.md §6). It carries the office's private
keys, so it is handed over like a key: on a USB stick, in person, and deleted after `init`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app import catalogue
from app.auth import SYSTEM, add_operator
from app.errors import RejectedInput
from app.i18n import msg
from app.office import register_self
from app.sync import crypto, keystore
from models.enums import OfficeLevel, Role

OFFICE_FORMAT = "huzhu-office"
OFFICE_FORMAT_VERSION = 1


@dataclass(frozen=True)
class OfficeFile:
    office_code: str
    name: str
    issued_at: dt.datetime
    sign_private: bytes
    box_private: bytes
    hub_sign_public: bytes
    hub_box_public: bytes
    catalogue_version: str | None
    catalogue_document: str | None

    @property
    def hub_fingerprint(self) -> str:
        return crypto.fingerprint(self.hub_sign_public)


def write_office_file(path: Path, office: OfficeFile, hub_sign_private: bytes) -> None:
    """Write `office` signed by the hub; the hub keeps only the public halves of its keys."""
    body = json.dumps(
        {
            "office_code": office.office_code,
            "name": office.name,
            "issued_at": office.issued_at.isoformat(),
            "office_sign_private": crypto.b64(office.sign_private),
            "office_sign_public": crypto.b64(crypto.signing_public(office.sign_private)),
            "office_box_private": crypto.b64(office.box_private),
            "office_box_public": crypto.b64(crypto.box_public(office.box_private)),
            "hub_sign_public": crypto.b64(office.hub_sign_public),
            "hub_box_public": crypto.b64(office.hub_box_public),
            "catalogue_version": office.catalogue_version,
            "catalogue": office.catalogue_document,
        },
        ensure_ascii=False,
        sort_keys=True,
    )
    signature = crypto.sign(hub_sign_private, body.encode())
    doc = {
        "format": OFFICE_FORMAT,
        "format_version": OFFICE_FORMAT_VERSION,
        "body": body,
        "signature": crypto.b64(signature),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")


def read_office_file(path: Path) -> OfficeFile:
    """Parse and check an office file; RejectedInput saying what is wrong with it."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("format") != OFFICE_FORMAT:
            raise ValueError("format")
        if doc.get("format_version") != OFFICE_FORMAT_VERSION:
            raise RejectedInput(
                msg("代办处文件格式版本 {v} 不受支持，请升级软件。", v=doc.get("format_version"))
            )
        body_text: str = doc["body"]
        body = json.loads(body_text)
        office = OfficeFile(
            office_code=body["office_code"],
            name=body["name"],
            issued_at=dt.datetime.fromisoformat(body["issued_at"]),
            sign_private=crypto.unb64(body["office_sign_private"]),
            box_private=crypto.unb64(body["office_box_private"]),
            hub_sign_public=crypto.unb64(body["hub_sign_public"]),
            hub_box_public=crypto.unb64(body["hub_box_public"]),
            catalogue_version=body.get("catalogue_version"),
            catalogue_document=body.get("catalogue"),
        )
        signature = crypto.unb64(doc["signature"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RejectedInput(
            msg("“{f}”不是有效的代办处文件（.hzo），请向省办事处重新索取。", f=path.name)
        ) from exc
    if not crypto.verify(office.hub_sign_public, signature, body_text.encode()):
        raise RejectedInput(msg("代办处文件“{f}”的签名无效（文件被改动），未使用。", f=path.name))
    return office


@dataclass(frozen=True)
class Provisioned:
    office_code: str
    name: str
    catalogue_version: str | None
    hub_fingerprint: str


def provision(session: Session, office: OfficeFile, *, admin_password: str) -> Provisioned:
    """Make an empty desk database the office's: office row, `admin`, catalogue, keys.

    Everything in the caller's transaction; RejectedInput (nothing written) if the database
    already belongs to another office or the password is too short.
    """
    register_self(
        session, SYSTEM, code=office.office_code, name=office.name, level=OfficeLevel.COUNTY
    )
    add_operator(
        session,
        SYSTEM,
        username="admin",
        display_name="系统管理员",
        role=Role.ADMIN,
        password=admin_password,
    )
    if office.catalogue_document:
        catalogue.load_catalogue(session, SYSTEM, text=office.catalogue_document)
    else:
        catalogue.ensure_catalogue(session)
    keystore.install(
        session,
        office_code=office.office_code,
        sign_private=office.sign_private,
        box_private=office.box_private,
        hub_sign_public=office.hub_sign_public,
        hub_box_public=office.hub_box_public,
    )
    return Provisioned(
        office.office_code, office.name, office.catalogue_version, office.hub_fingerprint
    )
