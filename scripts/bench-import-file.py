#!/usr/bin/env python3
"""Writes an import template file (.xlsx) with N valid rows for ./scripts/bench import.

Usage: bench-import-file.py OUT.xlsx N UNIT_NAME WORK_TYPE
Written by hand as OOXML (inline strings, every cell text) so the benchmark needs no Python packages.
"""
import sys
import zipfile
from xml.sax.saxutils import escape

out, n, unit, work_type = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"
HEADERS = ["姓名", "身份证号", "性别", "出生日期", "单位", "工种", "现等级", "取得年份", "参加工作时间", "手机号"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚"


def id_number(i):
    year = 1966 + (i // (366 * 900)) % 30
    day = (i // 900) % 366
    month, dom = 1 + day // 28 % 12, 1 + day % 28
    first17 = "321012%04d%02d%02d%03d" % (year, month, dom, 100 + i % 900)
    return first17 + C[sum(int(d) * w for d, w in zip(first17, W)) % 11], year, month, dom


def cell(ref, value):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(value))


def row(r, values):
    cols = "ABCDEFGHIJ"
    return '<row r="%d">%s</row>' % (r, "".join(cell("%s%d" % (cols[i], r), v) for i, v in enumerate(values)))


with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
               '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
               '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="工勤人员" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    z.writestr("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
               '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>')
    with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
        sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        sheet.write(row(1, HEADERS).encode())
        for i in range(n):
            number, year, month, dom = id_number(i)
            sex = "男" if int(number[16]) % 2 else "女"
            name = SURNAMES[i % 20] + GIVEN[(i // 20) % 20] + GIVEN[(i // 400) % 20]
            values = [name, number, sex, "%d-%d-%d" % (year, month, dom), unit, work_type, "中级工", "2015",
                      "%d-%d" % (year + 20, 1 + i % 12), "13%09d" % (800000000 + i)]
            sheet.write(row(i + 2, values).encode())
        sheet.write(b"</sheetData></worksheet>")
