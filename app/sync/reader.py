"""The one hardened reader of sync packages, used by hub ingest and desk import alike.

`open_package()` checks everything that can be checked without writing — container structure,
entry names, compression ratios, the signature over the manifest's raw bytes (before a byte of
them is parsed), the manifest against its schema with a nesting limit, office identity,
sequence continuity, declared sizes, hashes, decryption — and only then returns. A package is
identified by the SHA-256 of its signed manifest bytes (`package_id`), which is what the chain
links and what both sides record: the signature covers exactly the bytes that are hashed, so
bytes outside them (the ZIP's own directory) can neither change a package's identity nor wedge
the chain. Rows are streamed afterwards by
`Opened.rows()`, which still enforces the declared plain size and row count; callers iterate it
inside their transaction so that a late refusal rolls everything back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.sync import crypto
from app.sync.format import (
    DATA_ENTRY,
    DATA_PREFIX,
    FORMAT_NAME,
    FORMAT_VERSION,
    HUB,
    KIND_LABELS,
    MANIFEST,
    SIGNATURE,
    Kind,
    PackageRefused,
)
from app.texts import describe, first_hidden

MAX_PACKAGE_BYTES = 4 * 1024**3
MAX_MANIFEST_BYTES = 1024**2
MAX_JSON_DEPTH = 16  # a manifest nests 3 deep, a row 2; more is malformed or hostile
MAX_SEQ = 10**9  # one package a minute for 1,900 years
SIGNATURE_BYTES = 64
MAX_RATIO = 100  # deflate rarely beats 10:1 on real data; sealed data does not compress at all
RATIO_FLOOR = 1024**2  # small entries may compress well without being bombs
_REQUIRED = ("office_code", "seq", "prev_sha256", "created_at", "files", "kind")


class Trust(Protocol):
    """What the receiving side knows: keys, and how far each sender's sequence has got."""

    kind: Kind
    box_private: bytes

    def signing_key(self, office_code: str) -> bytes | None:
        """The Ed25519 key that must have signed a package for/from `office_code`."""

    def identify_signer(self, manifest: bytes, signature: bytes) -> str | None:
        """The known party (office code) whose key made this signature, if any."""

    def check_addressee(self, office_code: str) -> None:
        """Raise PackageRefused if the package is not meant for this receiver."""

    def last(self, office_code: str) -> tuple[int, str]:
        """(last applied sequence number, its SHA-256); (0, GENESIS) before the first."""

    def applied_sha(self, office_code: str, seq: int) -> str | None:
        """SHA-256 of the package `seq` already applied, if any."""

    def resync_pending(self, office_code: str) -> bool:
        """Whether the next full package of `office_code` may restart its chain (an audited
        recovery the receiver's operator ordered)."""


@dataclass
class Opened:
    """A verified package. `already_applied` means the identical file was applied before."""

    path: Path
    sha256: str
    manifest: dict[str, Any]
    already_applied: bool = False
    _payloads: dict[str, bytes] = field(default_factory=dict, repr=False)

    @property
    def office_code(self) -> str:
        return str(self.manifest["office_code"])

    @property
    def seq(self) -> int:
        return int(self.manifest["seq"])

    def names(self) -> list[str]:
        return [DATA_ENTRY.fullmatch(e).group(1) for e in self._payloads]  # type: ignore[union-attr]

    def rows(self, name: str) -> Iterator[dict[str, Any]]:
        """Rows of data file `name`, streamed; PackageRefused if they break the manifest."""
        entry = self.entry(name)
        if entry not in self._payloads:
            return
        count, tail = 0, b""
        for block in self.blocks(name):
            parts = (tail + block).split(b"\n")
            tail = parts.pop()
            for line in parts:
                count += 1
                yield self._row(entry, count, line)
        if tail:
            count += 1
            yield self._row(entry, count, tail)
        self.check_count(name, count)

    @staticmethod
    def entry(name: str) -> str:
        return f"{DATA_PREFIX}{name}.jsonl.enc"

    def blocks(self, name: str) -> Iterator[bytes]:
        """The JSON Lines text of `name` in blocks of up to 1 MiB, never more than declared."""
        entry = self.entry(name)
        if entry not in self._payloads:
            return
        declared = int(self.manifest["files"][entry]["plain_size"])
        inflater, data, produced = zlib.decompressobj(), self._payloads[entry], 0
        while data or not inflater.eof:
            try:
                block = inflater.decompress(data, 1 << 20)
            except zlib.error as exc:
                raise PackageRefused("decrypt_failed", sha256=self.sha256, entry=entry) from exc
            data = inflater.unconsumed_tail
            produced += len(block)
            if produced > declared:
                raise PackageRefused(
                    "plain_too_large", sha256=self.sha256, entry=entry, declared=declared
                )
            if not block:
                break
            yield block

    def declared_rows(self, name: str) -> int:
        """The rows the manifest declares for data file `name` (0 without one)."""
        entry = self.entry(name)
        return int(self.manifest["files"][entry]["rows"]) if entry in self._payloads else 0

    def check_count(self, name: str, count: int) -> None:
        """PackageRefused unless `count` rows were read, as the manifest declares."""
        declared = self.declared_rows(name)
        if count != declared:
            raise self._bad(self.entry(name), count, f"共 {count} 行，清单声明 {declared} 行")

    def _row(self, entry: str, count: int, line: bytes) -> dict[str, Any]:
        try:
            row = bounded_json(line)
        except ValueError as exc:
            raise self._bad(entry, count, f"不是合法的 JSON：{exc}") from exc
        if not isinstance(row, dict) or not _is_uuid(row.get("uuid")):
            raise self._bad(entry, count, "每行应为带 uuid 的 JSON 对象")
        hidden = _hidden_text(row)
        if hidden is not None:
            key, position, char = hidden
            raise self._bad(
                entry, count, f"字段 {key} 的第 {position} 个字符是看不见的字符 {describe(char)}"
            )
        return row

    def _bad(self, entry: str, line: int, detail: str) -> PackageRefused:
        return PackageRefused("bad_rows", sha256=self.sha256, entry=entry, line=line, detail=detail)


def open_package(path: Path, trust: Trust) -> Opened:
    """Verify the package at `path` for `trust`; PackageRefused (with its code) on any failure."""
    sha = file_sha256(path)
    try:
        return _verify(path, sha, trust)
    except PackageRefused as refused:
        refused.sha256 = sha
        raise


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _verify(path: Path, file_sha: str, trust: Trust) -> Opened:
    size = path.stat().st_size
    if size > MAX_PACKAGE_BYTES:
        raise PackageRefused("too_large", file=path.name, size=size, limit=MAX_PACKAGE_BYTES)
    zf = _open_zip(path)
    with zf:
        infos = _check_entries(zf)
        manifest_bytes = _read(zf, infos[MANIFEST], MAX_MANIFEST_BYTES, MANIFEST)
        signature = _read(zf, infos[SIGNATURE], SIGNATURE_BYTES, SIGNATURE)
        signer = _authenticate(trust, manifest_bytes, signature)
        manifest = _parse_manifest(manifest_bytes, trust.kind)
        office = str(manifest["office_code"])
        _check_identity(trust, signer, office)
        sha = crypto.sha256_hex(manifest_bytes)  # the package's identity: its signed bytes
        seq = manifest["seq"]
        applied = trust.applied_sha(office, seq)
        if applied == sha:
            return Opened(path, sha, manifest, already_applied=True)
        _check_sequence(trust, office, seq, manifest["prev_sha256"], manifest.get("full") is True)
        payloads = _check_files(zf, infos, manifest, trust.box_private)
    return Opened(path, sha, manifest, _payloads=payloads)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    # NotImplementedError: a central directory claiming a zip version Python cannot read
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        with path.open("rb") as fh:
            magic = fh.read(4)
        code = "truncated" if magic == b"PK\x03\x04" else "not_zip"
        raise PackageRefused(code, file=path.name) from exc


def _check_entries(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.filename
        if name in infos:
            raise PackageRefused("duplicate_entry", entry=name)
        if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
            raise PackageRefused("absolute_path", entry=name)
        if ".." in name.replace("\\", "/").split("/"):
            raise PackageRefused("parent_path", entry=name)
        if name not in (MANIFEST, SIGNATURE) and not name.startswith(DATA_PREFIX):
            raise PackageRefused("outside_data", entry=name)
        if name.startswith(DATA_PREFIX) and not DATA_ENTRY.fullmatch(name):
            raise PackageRefused("unexpected_entry", entry=name)
        if (
            info.compress_type != zipfile.ZIP_STORED
            and info.file_size > RATIO_FLOOR
            and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            raise PackageRefused("zip_bomb", entry=name, ratio=ratio)
        infos[name] = info
    if MANIFEST not in infos:
        raise PackageRefused("missing_manifest")
    if SIGNATURE not in infos:
        raise PackageRefused("missing_signature")
    return infos


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, label: str) -> bytes:
    """Read an entry, never more than `cap` bytes, whatever its header claims."""
    if info.file_size > cap:
        raise PackageRefused("size_exceeds", entry=label, size=info.file_size, declared=cap)
    # Damaged headers also surface as NotImplementedError (flags or methods zipfile lacks) and
    # RuntimeError (an "encrypted" flag): all mean the file is not the package that was written.
    try:
        with zf.open(info) as fh:
            data = fh.read(cap + 1)
    except (
        zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
        RuntimeError,
    ) as exc:  # fmt: skip
        raise PackageRefused("truncated", file=label) from exc
    if len(data) > cap:
        raise PackageRefused("size_exceeds", entry=label, size=len(data), declared=cap)
    return data


def bounded_json(raw: bytes, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """JSON text parsed only once its nesting is known to stay within `max_depth` (deep
    nesting would exhaust the parser's recursion); ValueError for bad or too-deep JSON."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRINGS.sub(b'""', raw)):
        depth += 1 if bracket in b"[{" else -1
        deepest = max(deepest, depth)
        if deepest > max_depth:
            raise ValueError(f"嵌套超过 {max_depth} 层")
    return json.loads(raw)


_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_OFFICE_CODE = re.compile(r"[0-9A-Za-z]{1,16}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _is_uuid(value: Any) -> bool:
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _hidden_text(row: dict[str, Any]) -> tuple[str, int, str] | None:
    """(field, position, character) of the first invisible character in a row's texts."""
    for key, value in row.items():
        if isinstance(value, str):
            found = first_hidden(value, multiline=True)
            if found is not None:
                return key, *found
    return None


def _schema_problem(manifest: dict[str, Any]) -> str | None:
    """What in a (signed) manifest breaks its schema, or None; `format_version` and `kind`
    are checked by the caller for their own messages."""
    seq, created = manifest["seq"], manifest["created_at"]
    optional: tuple[tuple[str, Any], ...] = (
        ("full", bool),
        ("catalogue_version", (str, type(None))),
        ("journal", (dict, type(None))),
        ("counts", dict),
    )
    if not isinstance(manifest["office_code"], str) or not _OFFICE_CODE.fullmatch(
        manifest["office_code"]
    ):
        return "office_code 应为代办处代码"
    if not _is_int(seq) or not 1 <= seq <= MAX_SEQ:
        return f"序号应为 1 到 {MAX_SEQ} 之间的整数"
    if not isinstance(manifest["prev_sha256"], str) or not _HEX64.fullmatch(
        manifest["prev_sha256"]
    ):
        return "prev_sha256 应为 64 位十六进制"
    if not isinstance(created, str) or not _iso_datetime(created):
        return "created_at 应为 ISO 日期时间"
    if not isinstance(manifest["files"], dict):
        return "files 应为对象"
    for key, kind in optional:
        if key in manifest and not isinstance(manifest[key], kind):
            return f"{key} 的类型不对"
    for key in ("journal", "counts"):
        values = (manifest.get(key) or {}).values()
        if not all(_is_int(v) and v >= 0 for v in values):
            return f"{key} 的值应为非负整数"
    return None


def _iso_datetime(text: str) -> bool:
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _parse_manifest(raw: bytes, kind: Kind) -> dict[str, Any]:
    try:
        manifest = bounded_json(raw)
    except ValueError as exc:
        raise PackageRefused("bad_manifest", detail=f"不是合法的 JSON（{exc}）") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise PackageRefused("bad_manifest", detail="不是互助保障同步包清单")
    version = manifest.get("format_version")
    if not _is_int(version) or version > FORMAT_VERSION or version < 1:
        raise PackageRefused("unknown_format", version=version, supported=FORMAT_VERSION)
    missing = [k for k in _REQUIRED if k not in manifest]
    if missing:
        raise PackageRefused("bad_manifest", detail="缺少字段 " + "、".join(missing))
    if manifest["kind"] != kind.value:
        known = isinstance(manifest["kind"], str) and manifest["kind"] in set(Kind)
        got = KIND_LABELS.get(Kind(manifest["kind"])) if known else None
        raise PackageRefused("wrong_kind", got=got or "未知种类的包", want=KIND_LABELS[kind])
    problem = _schema_problem(manifest)
    if problem is not None:
        raise PackageRefused("bad_manifest", detail=problem)
    return manifest


def _claimed_office(raw: bytes) -> str | None:
    """The office an unverified manifest names, read safely, for the refusal's message only."""
    try:
        manifest = bounded_json(raw)
    except ValueError:
        return None
    code = manifest.get("office_code") if isinstance(manifest, dict) else None
    return code if isinstance(code, str) and _OFFICE_CODE.fullmatch(code) else None


def _authenticate(trust: Trust, manifest: bytes, signature: bytes) -> str:
    """Who signed the raw manifest bytes (an office code, or HUB): checked before the bytes
    are parsed, so nothing unsigned reaches the JSON parser beyond a bounded read."""
    if trust.kind is Kind.RETURN:
        key = trust.signing_key(HUB)
        if key is not None and crypto.verify(key, signature, manifest):
            return HUB
        raise PackageRefused("bad_signature", signer="省办事处")
    signer = trust.identify_signer(manifest, signature)
    if signer is not None:
        return signer
    claimed = _claimed_office(manifest)
    if claimed is not None and trust.signing_key(claimed) is None:
        raise PackageRefused("unknown_office", office=claimed)
    raise PackageRefused("bad_signature", signer=claimed or "已登记的代办处")


def _check_identity(trust: Trust, signer: str, office: str) -> None:
    trust.check_addressee(office)
    if trust.kind is Kind.OFFICE and signer != office:
        if trust.signing_key(office) is None:
            raise PackageRefused("unknown_office", office=office)
        raise PackageRefused("wrong_office", claimed=office, signer=signer)


def _check_sequence(trust: Trust, office: str, seq: int, prev_sha: str, full: bool) -> None:
    last, last_sha = trust.last(office)
    if full and seq > last and trust.resync_pending(office):
        return  # the audited recovery of a broken chain: this full package starts it again
    if seq <= last:
        raise PackageRefused("replay", seq=seq, last=last)
    if seq > last + 1:
        raise PackageRefused("sequence_gap", missing=last + 1, last=last, seq=seq)
    if prev_sha != last_sha:
        raise PackageRefused("chain_broken", seq=seq, prev=last)


def _check_files(
    zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], manifest: dict[str, Any], key: bytes
) -> dict[str, bytes]:
    declared: dict[str, Any] = manifest["files"]
    for name in infos:
        if name.startswith(DATA_PREFIX) and name not in declared:
            raise PackageRefused("unexpected_entry", entry=name)
    payloads: dict[str, bytes] = {}
    for entry, meta in declared.items():
        if not DATA_ENTRY.fullmatch(entry) or not _meta_ok(meta):
            raise PackageRefused("bad_manifest", detail=f"文件项“{entry}”不合规")
        if entry not in infos:
            raise PackageRefused("missing_file", entry=entry)
        size = int(meta["size"])
        data = _read(zf, infos[entry], size, entry)
        if len(data) < size:
            raise PackageRefused("size_short", entry=entry, size=len(data), declared=size)
        if crypto.sha256_hex(data) != meta["sha256"]:
            raise PackageRefused("hash_mismatch", entry=entry)
        try:
            payloads[entry] = crypto.open_sealed(key, data, entry)
        except crypto.DecryptionFailed as exc:
            raise PackageRefused("decrypt_failed", entry=entry) from exc
    return payloads


def _meta_ok(meta: Any) -> bool:
    return (
        isinstance(meta, dict)
        and all(_is_int(meta.get(k)) and meta[k] >= 0 for k in ("size", "plain_size", "rows"))
        and isinstance(meta.get("sha256"), str)
    )
