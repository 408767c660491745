"""Makes roster_wps.xls, the old-Excel (BIFF8) roster fixture, as WPS and Excel 2003 save it.

Run once by hand with xlwt installed somewhere outside the project (it is not a dependency):
    pip install --target /tmp/xlwt xlwt && PYTHONPATH=/tmp/xlwt python tests/data/make_roster_xls.py
The people come from tests/app/roster_factories.py, so tests know what the file holds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import xlwt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.app.roster_factories import person

OUT = Path(__file__).with_name("roster_wps.xls")
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def main() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("职工名单")
    sheet.write(0, 0, "耀州测试单位 职工花名册（2026年）")
    headers = ("序号", "职工姓名", "性别", "公民身份号码", "联系电话", "群体类别")
    for col, text in enumerate(headers):
        sheet.write(2, col, text)
    rows = [
        (1, person(1).name, person(1).sex, person(1).id_number, person(1).phone, "快递员"),
        (
            2,
            " " + person(2).name + " ",
            person(2).sex,
            person(2).id_number.translate(FULL_WIDTH),
            float(person(2).phone),
            "",
        ),
        (3, "阿依古丽・买买提", person(3).sex, person(3).id_number, "", "外卖送餐员"),
        None,  # a blank row inside the list (Excel row 7)
        (
            4,
            person(4).name,
            person(4).sex,
            float(person(4).id_number),
            "",
            "",
        ),  # ID typed as a number
        (5, person(10).name, person(10).sex, person(10).id_number.lower(), "", "其他"),
    ]
    for offset, row in enumerate(rows):
        for col, value in enumerate(row or ()):
            sheet.write(3 + offset, col, value)
    book.save(str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()
