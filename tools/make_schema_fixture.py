"""Make tests/fixtures/schema-0001.sqlite3: a database as the first schema revision left it.

Run once per released schema (with the revision changed) and commit the file; the upgrade
tests open every saved file with the current code.
"""

import sqlite3
from pathlib import Path

from app.db import _sqlite_engine, upgrade

out = Path("tests/fixtures/schema-0001.sqlite3")
out.unlink(missing_ok=True)
eng = _sqlite_engine(out)
upgrade(eng, "0001")
eng.dispose()
c = sqlite3.connect(out)
c.execute(
    "INSERT INTO offices(code,name,parent_code,level,is_self,updated_at) VALUES('61020401','铜川市耀州区代办处','61000000','county',1,'2026-01-05 09:00:00')"
)
c.execute(
    "INSERT INTO units(uuid,office_code,uscc,name,union_name,industry,address,contact,phone,headcount,status,created_at,updated_at) VALUES('0123456789abcdef0123456789abcdef','61020401','91610204MA6X7Y8T9A','耀州区人民医院','耀州区人民医院工会','卫生','','','',120,'active','2026-01-05 09:00:00','2026-01-05 09:00:00')"
)
c.execute(
    "INSERT INTO members(uuid,office_code,id_type,id_number,name,gender,birth_date,phone,unit_uuid,group_tag,bank_name,bank_account,status,created_at,updated_at) VALUES('fedcba9876543210fedcba9876543210','61020401','resident_id','610204198001010013','张三','M','1980-01-01','','0123456789abcdef0123456789abcdef','','','','active','2026-01-05 09:00:00','2026-01-05 09:00:00')"
)
c.commit()
c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
c.execute("PRAGMA journal_mode=DELETE")
c.close()
print(out.stat().st_size)
