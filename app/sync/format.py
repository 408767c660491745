"""The package container (docs/sync-format.md): names, the manifest, refusals, and the writer.

A package is a ZIP of `manifest.json`, `manifest.sig` (Ed25519 over the exact manifest bytes)
and `data/<name>.jsonl.enc` files (zlib-compressed JSON Lines, sealed for the recipient). Office
packages (`.hzp`) go from a desk to the hub; return packages (`.hzr`) come back.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import re
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import RejectedInput
from app.i18n import msg
from app.sync import crypto

FORMAT_NAME = "huzhu-sync"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA_PREFIX = "data/"
DATA_ENTRY = re.compile(r"data/([a-z][a-z0-9_]{0,39})\.jsonl\.enc")
GENESIS = "0" * 64
HUB = "hub"


class Kind(enum.StrEnum):
    OFFICE = "office"  # desk -> hub, .hzp
    RETURN = "return"  # hub -> desk, .hzr


SUFFIX = {Kind.OFFICE: ".hzp", Kind.RETURN: ".hzr"}


def package_filename(kind: Kind, office_code: str, seq: int) -> str:
    return f"{office_code}-{seq:06d}{SUFFIX[kind]}"


# code -> clerk-facing template; each refusal says what is wrong and what to do.
REFUSAL_LABELS: dict[str, str] = {
    "not_zip": "文件“{file}”不是同步包（不是 ZIP 格式）。请确认选择的是 .hzp/.hzr 文件。",
    "truncated": "同步包“{file}”不完整（ZIP 文件被截断或损坏）。请重新拷贝原文件。",
    "too_large": "同步包“{file}”大小 {size} 字节，超过上限 {limit} 字节，已拒收。",
    "duplicate_entry": "同步包中条目“{entry}”出现了不止一次，可能被篡改，已拒收。",
    "absolute_path": "同步包中条目“{entry}”使用绝对路径，已拒收。",
    "parent_path": "同步包中条目“{entry}”含有“..”，企图写到包外，已拒收。",
    "outside_data": "同步包中条目“{entry}”位于 data/ 目录之外，已拒收。",
    "unexpected_entry": "同步包中含有清单未列出的条目“{entry}”，已拒收。",
    "zip_bomb": "同步包中条目“{entry}”压缩比异常（{ratio} 倍，疑似压缩炸弹），已拒收。",
    "missing_manifest": "同步包缺少清单 manifest.json，已拒收。",
    "missing_signature": "同步包缺少签名 manifest.sig，无法确认来源，已拒收。",
    "bad_manifest": "同步包的清单无法读取（{detail}），已拒收。",
    "unknown_format": "同步包格式版本为 {version}，本程序只支持到 {supported}。请先升级软件再导入。",
    "wrong_kind": "这是{got}，此处需要{want}。",
    "unknown_office": "代办处 {office} 未在省办事处登记，同步包已拒收。",
    "wrong_office": "同步包声称来自代办处 {claimed}，却是用代办处 {signer} 的密钥签名的，已拒收。",
    "not_for_us": "该回执包发给代办处 {office}，不是本代办处 {mine}，未导入。",
    "bad_signature": "同步包签名无效：清单被改动或不是由 {signer} 签发，已拒收。",
    "sequence_gap": "缺少第 {missing} 号同步包（已收到第 {last} 号，本包为第 {seq} 号）。请先导入第 {missing} 号包。",
    "replay": "第 {seq} 号同步包已经收到过（内容不同，已收到到第 {last} 号）：这是旧包或重放，已拒收。",
    "chain_broken": "第 {seq} 号同步包记录的上一包哈希与已收到的第 {prev} 号包不符，已拒收。",
    "missing_file": "清单列出的文件“{entry}”不在同步包中，已拒收。",
    "size_exceeds": "文件“{entry}”大小 {size} 字节，超过清单声明的 {declared} 字节，已拒收。",
    "size_short": "文件“{entry}”只有 {size} 字节，少于清单声明的 {declared} 字节（被截断），已拒收。",
    "hash_mismatch": "文件“{entry}”的 SHA-256 与清单不符（内容被改动），已拒收。",
    "decrypt_failed": "文件“{entry}”无法解密：不是为本机密钥加密的，或内容被改动，已拒收。",
    "plain_too_large": "文件“{entry}”解压后超过清单声明的 {declared} 字节（疑似压缩炸弹），已拒收。",
    "bad_rows": "文件“{entry}”第 {line} 行数据无效（{detail}），已拒收。",
}

KIND_LABELS = {Kind.OFFICE: "代办处上报包（.hzp）", Kind.RETURN: "省办事处回执包（.hzr）"}


class PackageRefused(RejectedInput):
    """A package failed a check; nothing was written. `code` names the check (REFUSAL_LABELS)."""

    def __init__(self, code: str, *, sha256: str = "", **params: Any) -> None:
        super().__init__(msg(REFUSAL_LABELS[code], **params))
        self.code = code
        self.sha256 = sha256


@dataclass
class DataFile:
    """One data file before sealing: its JSON Lines bytes and how many rows they hold."""

    name: str
    jsonl: bytes
    rows: int


def jsonl(name: str, rows: Iterable[dict[str, Any]]) -> DataFile:
    """The data file `name` holding `rows` as JSON Lines (UTF-8, one object per line)."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
    lines = [dumps(r) for r in rows]
    body = ("\n".join(lines) + "\n").encode() if lines else b""
    return DataFile(name, body, len(lines))


@dataclass
class Header:
    """What the writer needs besides the data files."""

    kind: Kind
    office_code: str
    seq: int
    prev_sha256: str
    created_at: dt.datetime
    catalogue_version: str | None
    full: bool = False
    journal: dict[str, int] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def build_manifest(header: Header, files: dict[str, dict[str, Any]]) -> bytes:
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "kind": header.kind.value,
        "office_code": header.office_code,
        "seq": header.seq,
        "prev_sha256": header.prev_sha256,
        "created_at": header.created_at.isoformat(),
        "full": header.full,
        "catalogue_version": header.catalogue_version,
        "journal": header.journal,
        "counts": {f"{n[5:-10]}": meta["rows"] for n, meta in files.items()},
        "files": files,
        **header.extra,
    }
    return json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()


def seal_file(data: DataFile, recipient_box_public: bytes) -> tuple[str, bytes, dict[str, Any]]:
    entry = f"{DATA_PREFIX}{data.name}.jsonl.enc"
    sealed = crypto.seal(recipient_box_public, zlib.compress(data.jsonl, 1), entry)
    meta = {
        "sha256": crypto.sha256_hex(sealed),
        "size": len(sealed),
        "plain_size": len(data.jsonl),
        "rows": data.rows,
    }
    return entry, sealed, meta


def package_id(path: Path) -> str:
    """The identity of the package at `path`: SHA-256 of its manifest bytes, exactly the bytes
    its signature covers (what the chain links and both sides record)."""
    with zipfile.ZipFile(path) as zf:
        return crypto.sha256_hex(zf.read(MANIFEST))


def write_package(
    path: Path,
    header: Header,
    data_files: list[DataFile],
    *,
    recipient_box_public: bytes,
    signer_private: bytes,
) -> str:
    """Seal, sign and write the package atomically at `path`; returns its identity, the
    SHA-256 of the manifest bytes the signature covers (`app.sync.reader.package_id`)."""
    sealed = [seal_file(d, recipient_box_public) for d in data_files]
    manifest = build_manifest(header, {entry: meta for entry, _, meta in sealed})
    signature = crypto.sign(signer_private, manifest)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr(MANIFEST, manifest)
        zf.writestr(SIGNATURE, signature)
        for entry, blob, _ in sealed:
            zf.writestr(entry, blob)
    os.replace(partial, path)
    return crypto.sha256_hex(manifest)
