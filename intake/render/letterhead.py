"""The letterhead of a sheet (Nghị định 30/2020/NĐ-CP), built from the [official] settings.

    UBND HUYỆN ...              | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    PHÒNG ...                   | Độc lập - Tự do - Hạnh phúc   (underlined: the rule)
    Số:      /BC-VHTT           | Tam Đường, ngày 04 tháng 02 năm 2021
                              BÁO CÁO
        Kết quả công tác tuyên truyền tuần từ ngày ... đến ngày ...
                  Biểu: <form title>  /  (Báo cáo này thay thế ...)
                         Kính gửi: ...
    [the table]
    Nơi nhận:                   |        KT. TRƯỞNG PHÒNG
    - Như trên;                 |        PHÓ TRƯỞNG PHÒNG
    - Lưu: VT.                  |
                                |          Nguyễn Văn A

The left block spans the first columns (about two fifths of the table's width), the
right block the others.  The words are those of the Word report (OfficialContext), so
both files say the same.
"""

from __future__ import annotations

from itertools import zip_longest

from openpyxl.worksheet.worksheet import Worksheet

from intake.models import FormTable, Timeliness
from intake.render.cells import BODY_SIZE, TITLE_SIZE, banner, column_width, span
from intake.render.official import BLANK_NUMBER, OfficialContext

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
KIND_SIZE = 14
STATUS_WORDS = (
    (Timeliness.LATE, "Đơn vị báo cáo muộn"),
    (Timeliness.REVIEW, "Đơn vị có báo cáo chờ kiểm tra (số liệu chưa được tổng hợp)"),
    (Timeliness.MISSING, "Đơn vị chưa báo cáo"),
)

Line = tuple[str, dict]


def write_heading(sheet: Worksheet, context: OfficialContext, form_title: str, width: int) -> int:
    """The letterhead, the title and Kính gửi; returns the row of the table's header."""
    bodies: list[Line] = [(context.issuing_body, {"bold": True})]
    if context.parent_body:
        bodies.insert(0, (context.parent_body, {}))
    nation: list[Line] = [
        (NATIONAL_NAME, {"bold": True, "size": BODY_SIZE}),
        (MOTTO, {"bold": True, "underline": True}),
    ]
    row = _two_blocks(sheet, 1, bodies, nation, width)
    number = f"Số: {context.number or BLANK_NUMBER}/{context.symbol}"
    row = _two_blocks(
        sheet, row + 1, [(number, {})], [(context.place_date, {"italic": True})], width
    )
    row += 1
    banner(sheet, row, context.kind, width, bold=True, size=KIND_SIZE, center=True)
    banner(sheet, row + 1, context.title, width, bold=True, size=TITLE_SIZE, center=True)
    row += 2
    if form_title:
        banner(sheet, row, f"Biểu: {form_title}", width, italic=True, center=True)
        row += 1
    if context.replaces:
        banner(sheet, row, context.replaces, width, italic=True, center=True)
        row += 1
    if context.recipients:
        banner(sheet, row, recipients_line(context.recipients), width, size=TITLE_SIZE, center=True)
        row += 1
    return row + 1


def recipients_line(recipients: tuple[str, ...]) -> str:
    """ "Kính gửi: A" or, on one line in a sheet, "Kính gửi: A; B."."""
    if len(recipients) == 1:
        return f"Kính gửi: {recipients[0]}"
    return f"Kính gửi: {'; '.join(recipients)}."


def write_status_lines(sheet: Worksheet, row: int, table: FormTable, width: int) -> int:
    """The units of this form late, held or missing, one line each; the next free row."""
    for status, words in STATUS_WORDS:
        names = [r.unit.name for r in table.rows if r.timeliness is status]
        if names:
            banner(sheet, row, f"{words}: {', '.join(names)}.", width)
            row += 1
    return row


def write_closing(sheet: Worksheet, row: int, context: OfficialContext, width: int) -> int:
    """Nơi nhận on the left, level with the signer's title on the right; the next row."""
    copies = [
        (f"- {c}{';' if n < len(context.copies_to) else '.'}", {"size": 11, "center": False})
        for n, c in enumerate(context.copies_to, start=1)
    ]
    noi_nhan = {"bold": True, "italic": True, "size": BODY_SIZE, "center": False}
    left: list[Line] = [("Nơi nhận:", noi_nhan), *copies]
    right: list[Line] = (
        [(context.signing_authority, {"bold": True})] if context.signing_authority else []
    )
    right += [(context.signer_title, {"bold": True}), ("", {}), ("", {}), ("", {})]
    right += [(context.signer_name, {"bold": True})]
    return _two_blocks(sheet, row, left, right, width)


def _two_blocks(sheet: Worksheet, row: int, left: list[Line], right: list[Line], width: int) -> int:
    """Lines side by side, each block's merged across its columns, centred unless a
    line says otherwise."""
    split = _split(sheet, width)
    for offset, (one, other) in enumerate(zip_longest(left, right)):
        for line, first, last in ((one, 1, split), (other, split + 1, width)):
            if line is None or not line[0]:
                continue
            style = {"size": TITLE_SIZE, "center": True, **line[1]}
            span(sheet, row + offset, first, last, line[0], **style)
    return row + max(len(left), len(right))


def _split(sheet: Worksheet, width: int) -> int:
    """The last column of the left block: about two fifths of the width, at least one."""
    widths = [column_width(sheet, c) for c in range(1, width + 1)]
    total, acc = sum(widths), 0.0
    for column, w in enumerate(widths, start=1):
        acc += w
        if acc >= 0.4 * total:
            return min(column, width - 1)
    return max(1, width - 1)
