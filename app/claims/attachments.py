"""Scanned documents of a claim, stored content-addressed under the data folder.

A scan is kept once as `<data>/documents/<sha[:2]>/<sha256>` however many claims refer to it;
`claim_attachments` records the hash, the original file name and the checklist document it
stands for, and attaching it ticks that document as received.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app import audit, clock, paths
from app.auth import Action, Actor, require
from app.claims import kinds
from app.claims.events import record_change
from app.claims.workflow import expect_status, load
from app.errors import RejectedInput
from app.i18n import msg
from models import ClaimAttachment
from models.enums import JournalOp

MAX_BYTES = 30 * 1024 * 1024
# magic numbers of the formats a scanner or phone produces
SIGNATURES = (b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM")


@dataclass(frozen=True)
class Attached:
    uuid: str
    document: str
    filename: str
    sha256: str
    path: Path
    size: int


def stored_path(data_dir: Path, sha256: str) -> Path:
    return paths.documents_dir(data_dir) / sha256[:2] / sha256


def _read_scan(source: Path) -> bytes:
    if not source.is_file():
        raise RejectedInput(msg("找不到文件 {f}。", f=source), field="file")
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise RejectedInput(
            msg(
                "文件 {f} 超过 {m} MB，请降低扫描分辨率后再附上。",
                f=source.name,
                m=MAX_BYTES // 2**20,
            ),
            field="file",
        )
    content = source.read_bytes()
    if not content.startswith(SIGNATURES):
        raise RejectedInput(
            msg("文件 {f} 不是图片（JPG、PNG、TIFF、BMP）或 PDF。", f=source.name), field="file"
        )
    return content


def _store(data_dir: Path, content: bytes, sha256: str) -> Path:
    target = stored_path(data_dir, sha256)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{sha256}.{uuid.uuid4().hex}.partial")
        with open(partial, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    return target


def attach_scan(
    session: Session,
    actor: Actor,
    *,
    claim_uuid: uuid.UUID | str,
    document: str,
    source: Path,
    data_dir: Path,
) -> Attached:
    """Store a scan (image or PDF) for a checklist document of an open claim and tick it.

    The file is written before the transaction commits; if the transaction rolls back the
    stored file stays as an unreferenced copy (harmless: the same content is reused next time).
    """
    if not actor.can(Action.REVIEW_CLAIM):
        require(actor, Action.TAKE_CLAIM)
    claim = load(session, claim_uuid)
    expect_status(claim, kinds.OPEN_STATUSES, msg("附上材料"))
    if document not in claim.documents:
        raise RejectedInput(msg("“{d}”不在该申请的材料清单中。", d=document), field="document")
    content = _read_scan(Path(source))
    sha256 = hashlib.sha256(content).hexdigest()
    target = _store(Path(data_dir), content, sha256)
    row = ClaimAttachment(
        claim_uuid=claim.uuid,
        document=document,
        filename=Path(source).name[:200],
        sha256=sha256,
        size=len(content),
        added_at=clock.now(),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor.username,
        "claim.attach",
        entity="claim_attachments",
        entity_id=row.uuid,
        details={"claim": claim.number, "document": document, "sha256": sha256},
        journal=JournalOp.INSERT,
    )
    changes = {"attachment": [document, sha256]}
    if not claim.documents.get(document):
        changes["documents"] = {document: [False, True]}
        claim.documents = {**claim.documents, document: True}
    record_change(session, actor, claim, "attach", claim.status, changes=changes)
    return Attached(str(row.uuid), document, row.filename, sha256, target, len(content))


def export_scan(data_dir: Path, sha256: str, target: Path) -> Path:
    """Copy a stored scan out (to open or print it), checking its hash on the way."""
    source = stored_path(data_dir, sha256)
    if not source.is_file() or hashlib.sha256(source.read_bytes()).hexdigest() != sha256:
        raise RejectedInput(
            msg("材料文件 {h} 缺失或已损坏，请从备份恢复或重新扫描。", h=sha256[:12])
        )
    shutil.copyfile(source, target)
    return target
