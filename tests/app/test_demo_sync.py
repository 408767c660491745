"""The demo office can show sync (issue 18.5): it carries a demo hub's keys, so 导出同步包 works
on a fresh demo database, and the demo hub's keys open what it wrote."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.demo import DEMO_OFFICE_CODE
from app.demo.sync import demo_hub_keys
from app.signing import keys
from app.sync import crypto, keystore
from app.sync.export import export_package
from app.sync.format import GENESIS, Kind
from app.sync.reader import open_package


@dataclass
class DemoHub:
    """What a hub set up with the demo hub's keys knows about the demo office."""

    office_public: bytes
    box_private: bytes
    kind: Kind = Kind.OFFICE

    def signing_key(self, office_code: str) -> bytes | None:
        return self.office_public if office_code == DEMO_OFFICE_CODE else None

    def identify_signer(self, manifest: bytes, signature: bytes) -> str | None:
        verified = crypto.verify(self.office_public, signature, manifest)
        return DEMO_OFFICE_CODE if verified else None

    def check_addressee(self, office_code: str) -> None:
        return None

    def last(self, office_code: str) -> tuple[int, str]:
        return 0, GENESIS

    def applied_sha(self, office_code: str, seq: int) -> str | None:
        return None

    def resync_pending(self, office_code: str) -> bool:
        return False


def test_a_fresh_demo_exports_a_sync_package_the_demo_hub_can_open(
    demo_db, actors, tmp_path: Path
) -> None:
    hub_sign, hub_box = demo_hub_keys()
    with demo_db.reader() as session:
        desk = keystore.load(session)
        office_public = keys.office_public_key(session)
    assert desk.office_code == DEMO_OFFICE_CODE
    assert (desk.hub_sign_public, desk.hub_box_public) == (hub_sign.public, hub_box.public)

    with demo_db.unit_of_work() as session:
        result = export_package(session, actors["clerk1"], out_dir=tmp_path)
    assert result.path.is_file() and result.rows > 0

    opened = open_package(result.path, DemoHub(office_public, hub_box.private))
    assert opened.office_code == DEMO_OFFICE_CODE and opened.seq == 1
    assert sum(1 for _ in opened.rows("members")) > 1000


def test_the_demo_hub_keys_are_the_same_everywhere() -> None:
    first, again = demo_hub_keys(), demo_hub_keys()
    assert first == again
    assert first[0].public != first[1].public
