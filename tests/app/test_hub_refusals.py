"""Acceptance 2 and 3 (issue 7): a corpus of broken and hostile packages, generated from valid
ones, each refused with its own message and leaving the hub database exactly as it was; the same
package twice changes nothing; package 3 before 2 is refused naming 2.

One hub and one desk serve the whole module (building them is the slow part); the corpus tests
never change the hub, and the last test ingests the valid packages.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from app.hub import ingest
from app.hub.ingest import ingest_package
from app.hub.schema import hub_refusals
from app.hub.server import HubDatabase
from app.sync import crypto, keystore
from app.sync.export import export_package
from app.sync.format import (
    MANIFEST,
    SIGNATURE,
    DataFile,
    Header,
    Kind,
    PackageRefused,
    write_package,
)
from app.sync.reader import file_sha256
from tests.app.sync_factories import (
    ADMIN,
    TODAY,
    add_unit,
    enrol_all,
    hub_snapshot,
    new_hub_database,
    pg_url,  # noqa: F401
    provision_desk,
    register,
    resident_id,
)

A, B = "61020401", "61020501"
_UNIT_WITHOUT_HEADCOUNT = (
    b'{"uuid": "5f0e3a9c-7777-4c3b-9a55-0123456789ab", "office_code": "61020401", '
    b'"uscc": "91610204MA0000001A", "name": "x"}\n'
)
_ROW_OF_B = b'{"uuid": "5f0e3a9c-1111-4c3b-9a55-0123456789ab", "office_code": "61020501"}\n'
_UNIT_WITHOUT_FIELDS = (
    b'{"uuid": "5f0e3a9c-2222-4c3b-9a55-0123456789ab", "office_code": "61020401", '
    b'"uscc": null, "name": null, "headcount": null}\n'
)
_UNIT_WITH_BIDI = (
    '{"uuid": "5f0e3a9c-3333-4c3b-9a55-0123456789ab", "office_code": "61020401", '
    '"name": "耀州\u202e公司"}\n'
).encode()
DEEP = b"[" * 200_000 + b"]" * 200_000


@dataclass
class Env:
    hub: HubDatabase
    folder: Path
    keys: keystore.DeskKeys
    first: Path
    second: Path
    third: Path


@pytest.fixture(scope="module")
def env(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:  # noqa: F811
    folder = tmp_path_factory.mktemp("corpus")
    with pytest.MonkeyPatch.context() as mp, new_hub_database(pg_url) as hub:
        mp.setenv("HUZHU_TODAY", TODAY)
        desk = provision_desk(register(hub, A, "耀州区代办处", folder), folder / "desk")
        register(hub, B, "宜君县代办处", folder)
        packages = []
        for _ in range(3):
            with desk.unit_of_work() as session:
                unit, members = add_unit(session, A, [resident_id() for _ in range(4)])
                enrol_all(session, unit, members, {"ZY": 1})
                packages.append(export_package(session, ADMIN, out_dir=folder / "out").path)
        with desk.reader() as session:
            keys = keystore.load(session)
        desk.dispose()
        ingest_package(hub, packages[0])
        yield Env(hub, folder, keys, *packages)


# ---- building broken packages from a valid one ------------------------------------------------


def entries(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def rezip(out: Path, items: list[tuple[str, bytes]], deflate: set[str] = frozenset()) -> Path:
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in items:
            kind = zipfile.ZIP_DEFLATED if name in deflate else zipfile.ZIP_STORED
            info = zipfile.ZipInfo(name)
            info.compress_type = kind
            zf.writestr(info, data)
    return out


def manifest_of(path: Path) -> dict:
    return json.loads(dict(entries(path))[MANIFEST])


def with_manifest(env: Env, out: Path, change: Callable[[dict], None], *, sign: bool) -> Path:
    items = entries(env.second)
    manifest = json.loads(dict(items)[MANIFEST])
    change(manifest)
    raw = json.dumps(manifest, ensure_ascii=False).encode()
    signature = crypto.sign(env.keys.sign_private, raw) if sign else dict(items)[SIGNATURE]
    replaced = {MANIFEST: raw, SIGNATURE: signature}
    return rezip(out, [(n, replaced.get(n, d)) for n, d in items])


def with_raw_manifest(env: Env, out: Path, raw: bytes) -> Path:
    """`raw` as the manifest, signed by the office's own key (so only its content is wrong)."""
    signature = crypto.sign(env.keys.sign_private, raw)
    replaced = {MANIFEST: raw, SIGNATURE: signature}
    return rezip(out, [(n, replaced.get(n, d)) for n, d in entries(env.second)])


def with_entries(env: Env, out: Path, edit: Callable[[list], list], **kw) -> Path:
    return rezip(out, edit(entries(env.second)), **kw)


def data_entry(env: Env) -> str:
    return next(n for n, _ in entries(env.second) if n.startswith("data/members"))


def replace_data(env: Env, out: Path, change: Callable[[bytes], bytes]) -> Path:
    target = data_entry(env)
    return with_entries(env, out, lambda it: [(n, change(d) if n == target else d) for n, d in it])


def fresh(env: Env, out: Path, files: list[DataFile], *, box: bytes | None = None, **kw) -> Path:
    """A package for seq 2 written from scratch by the office's own key."""
    m = manifest_of(env.second)
    header = Header(
        kind=Kind.OFFICE,
        office_code=kw.pop("office", A),
        seq=m["seq"],
        prev_sha256=m["prev_sha256"],
        created_at=dt.datetime(2026, 3, 1, 12, 0),
        catalogue_version=m["catalogue_version"],
    )
    write_package(
        out,
        header,
        files,
        recipient_box_public=box or env.keys.hub_box_public,
        signer_private=env.keys.sign_private,
    )
    return out


def _bomb(env: Env, out: Path) -> Path:
    target = data_entry(env)
    zeros = bytes(30 * 1024 * 1024)
    return with_entries(
        env, out, lambda it: [(n, zeros if n == target else d) for n, d in it], deflate={target}
    )


def _plain_too_large(env: Env, out: Path) -> Path:
    def shrink(m: dict) -> None:
        m["files"][data_entry(env)]["plain_size"] = 10

    return with_manifest(env, out, shrink, sign=True)


CASES: dict[str, tuple[Callable[[Env, Path], Path], str]] = {
    "non-zip file": (lambda e, o: _write(o, b"this is a letter, not a package\n" * 20), "not_zip"),
    "truncated zip": (lambda e, o: _write(o, e.second.read_bytes()[:-400]), "truncated"),
    "duplicate entry": (
        lambda e, o: with_entries(e, o, lambda it: [*it, it[0]]),
        "duplicate_entry",
    ),
    "absolute path": (
        lambda e, o: with_entries(e, o, lambda it: [*it, ("/etc/cron.d/evil", b"x")]),
        "absolute_path",
    ),
    "dot-dot path": (
        lambda e, o: with_entries(e, o, lambda it: [*it, ("data/../../evil.py", b"x")]),
        "parent_path",
    ),
    "entry outside data/": (
        lambda e, o: with_entries(e, o, lambda it: [*it, ("readme.txt", b"x")]),
        "outside_data",
    ),
    "undeclared data file": (
        lambda e, o: with_entries(e, o, lambda it: [*it, ("data/extra.jsonl.enc", b"x")]),
        "unexpected_entry",
    ),
    "zip bomb": (_bomb, "zip_bomb"),
    "missing manifest": (
        lambda e, o: with_entries(e, o, lambda it: [x for x in it if x[0] != MANIFEST]),
        "missing_manifest",
    ),
    "missing signature": (
        lambda e, o: with_entries(e, o, lambda it: [x for x in it if x[0] != SIGNATURE]),
        "missing_signature",
    ),
    "manifest not JSON (signed)": (
        lambda e, o: with_raw_manifest(e, o, b"{broken"),
        "bad_manifest",
    ),
    "manifest not JSON (unsigned)": (
        lambda e, o: with_entries(
            e, o, lambda it: [(n, b"{broken" if n == MANIFEST else d) for n, d in it]
        ),
        "bad_signature",
    ),
    # issue 20 class 7: malformed manifests, before and after the signature
    "manifest nested 200,000 deep (unsigned)": (
        lambda e, o: with_entries(
            e, o, lambda it: [(n, DEEP if n == MANIFEST else d) for n, d in it]
        ),
        "bad_signature",
    ),
    "manifest nested 200,000 deep (signed)": (
        lambda e, o: with_raw_manifest(e, o, DEEP),
        "bad_manifest",
    ),
    "kind is a list": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(kind=[]), sign=True),
        "wrong_kind",
    ),
    "kind is an object": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(kind={}), sign=True),
        "wrong_kind",
    ),
    "seq is text": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(seq="2"), sign=True),
        "bad_manifest",
    ),
    "seq is huge": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(seq=10**30), sign=True),
        "bad_manifest",
    ),
    "seq is a float": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(seq=2.0), sign=True),
        "bad_manifest",
    ),
    "files is a list": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(files=[]), sign=True),
        "bad_manifest",
    ),
    "office code is an object": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(office_code={"a": 1}), sign=True),
        "bad_manifest",
    ),
    "prev hash not hex": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(prev_sha256="z" * 64), sign=True),
        "bad_manifest",
    ),
    "unit without uscc, name and headcount": (
        lambda e, o: fresh(e, o, [DataFile("units", _UNIT_WITHOUT_FIELDS, 1)]),
        "bad_rows",
    ),
    "row id not a UUID": (
        lambda e, o: fresh(e, o, [DataFile("units", b'{"uuid": "not-a-uuid"}\n', 1)]),
        "bad_rows",
    ),
    "row id in braces": (
        lambda e, o: fresh(
            e, o, [DataFile("units", b'{"uuid": "{5f0e3a9c-6666-4c3b-9a55-0123456789ab}"}\n', 1)]
        ),
        "bad_rows",
    ),
    "row id without hyphens": (
        lambda e, o: fresh(
            e, o, [DataFile("units", b'{"uuid": "5f0e3a9c66664c3b9a550123456789ab"}\n', 1)]
        ),
        "bad_rows",
    ),
    "unit without the headcount key": (
        lambda e, o: fresh(e, o, [DataFile("units", _UNIT_WITHOUT_HEADCOUNT, 1)]),
        "bad_rows",
    ),
    "name with a bidi override": (
        lambda e, o: fresh(e, o, [DataFile("units", _UNIT_WITH_BIDI, 1)]),
        "bad_rows",
    ),
    "row nested 200,000 deep": (
        lambda e, o: fresh(e, o, [DataFile("units", DEEP + b"\n", 1)]),
        "bad_rows",
    ),
    "future format version": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(format_version=9), sign=True),
        "unknown_format",
    ),
    "return package fed to ingest": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(kind="return"), sign=True),
        "wrong_kind",
    ),
    "unknown office": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(office_code="61099901"), sign=True),
        "unknown_office",
    ),
    "signed by another office": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(office_code=B), sign=True),
        "wrong_office",
    ),
    "tampered manifest": (
        lambda e, o: with_manifest(e, o, lambda m: m["counts"].update(members=999), sign=False),
        "bad_signature",
    ),
    "replayed older sequence": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(seq=1), sign=True),
        "replay",
    ),
    "sequence gap": (lambda e, o: e.third, "sequence_gap"),
    "broken hash chain": (
        lambda e, o: with_manifest(e, o, lambda m: m.update(prev_sha256="f" * 64), sign=True),
        "chain_broken",
    ),
    "declared file missing": (
        lambda e, o: with_entries(e, o, lambda it: [x for x in it if x[0] != data_entry(e)]),
        "missing_file",
    ),
    "file bigger than declared": (
        lambda e, o: replace_data(e, o, lambda d: d + b"\0" * 64),
        "size_exceeds",
    ),
    "file shorter than declared": (
        lambda e, o: replace_data(e, o, lambda d: d[:-64]),
        "size_short",
    ),
    "hash mismatch": (
        lambda e, o: replace_data(e, o, lambda d: d[:-1] + bytes([d[-1] ^ 1])),
        "hash_mismatch",
    ),
    "sealed for another key": (
        lambda e, o: fresh(
            e,
            o,
            [DataFile("units", b'{"uuid":"5f0e3a9c-5555-4c3b-9a55-0123456789ab"}\n', 1)],
            box=crypto.new_box_pair().public,
        ),
        "decrypt_failed",
    ),
    "payload bigger than declared": (_plain_too_large, "plain_too_large"),
    "rows not JSON": (
        lambda e, o: fresh(e, o, [DataFile("units", b"not json at all\n", 1)]),
        "bad_rows",
    ),
    "row of another office": (
        lambda e, o: fresh(e, o, [DataFile("units", _ROW_OF_B, 1)]),
        "bad_rows",
    ),
    "unknown table": (
        lambda e, o: fresh(
            e, o, [DataFile("secrets", b'{"uuid": "5f0e3a9c-4444-4c3b-9a55-0123456789ab"}\n', 1)]
        ),
        "bad_rows",
    ),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_package_is_refused_and_changes_nothing(env: Env, case: str) -> None:
    build, code = CASES[case]
    path = build(env, env.folder / f"{case.replace(' ', '_').replace('/', '')}-{os.getpid()}.hzp")
    before = hub_snapshot(env.hub)
    with pytest.raises(PackageRefused) as refused:
        ingest_package(env.hub, path)
    assert refused.value.code == code, str(refused.value)
    assert hub_snapshot(env.hub) == before
    with env.hub.engine.connect() as conn:
        logged = conn.execute(
            select(hub_refusals.c.code, hub_refusals.c.message).where(
                hub_refusals.c.sha256 == file_sha256(path)
            )
        ).all()
    assert (code, str(refused.value.message)) in logged


# the refusals decided while the rows are staged, checked or written
_ROW_CASES = [case for case, (_, code) in CASES.items() if code in ("bad_rows", "plain_too_large")]


@pytest.mark.parametrize("case", _ROW_CASES)
def test_rows_staged_on_a_second_connection_are_refused_alike(
    env: Env, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    build, code = CASES[case]
    name = f"{case.replace(' ', '_').replace('/', '')}-again-{os.getpid()}.hzp"
    path = build(env, env.folder / name)
    before = hub_snapshot(env.hub)
    with pytest.raises(PackageRefused) as in_session:
        ingest_package(env.hub, path)
    monkeypatch.setattr(ingest, "PIPELINE_ROWS", 0)  # the way a large package is staged
    monkeypatch.setattr(ingest, "CHUNK_ROWS", 1)
    with pytest.raises(PackageRefused) as pipelined:
        ingest_package(env.hub, path)
    assert in_session.value.code == code
    assert (pipelined.value.code, str(pipelined.value.message)) == (
        code,
        str(in_session.value.message),
    )
    assert hub_snapshot(env.hub) == before


def test_corpus_is_large_and_messages_are_distinct() -> None:
    assert len(CASES) >= 40
    assert len({code for _, code in CASES.values()}) >= 20


def test_gap_names_the_missing_package(env: Env) -> None:
    with pytest.raises(PackageRefused) as refused:
        ingest_package(env.hub, env.third)
    assert "缺少第 2 号同步包" in str(refused.value)


def test_same_package_twice_changes_nothing_then_sequence_goes_on(env: Env) -> None:
    first = ingest_package(env.hub, env.second)
    assert not first.already_applied and first.seq == 2
    after_first = hub_snapshot(env.hub)
    again = ingest_package(env.hub, env.second)
    assert again.already_applied
    assert hub_snapshot(env.hub) == after_first
    assert ingest_package(env.hub, env.third).seq == 3
