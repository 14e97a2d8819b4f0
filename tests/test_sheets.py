"""Spreadsheet attachments to grids: what Excel hides is not read."""

from __future__ import annotations

import io

import openpyxl

from intake.extract import sheets

HEADER = ["Số tin bài", "Thời lượng (phút)", "Số lần phát sóng", "Ước số người nghe"]


def _book(hide_row: bool = False, hide_col: bool = False, hidden_sheet: bool = False) -> bytes:
    book = openpyxl.Workbook()
    if hidden_sheet:
        guide = book.active
        guide.title = "Mau cu"
        guide.append(HEADER)
        guide.append([99, 99, 99, 99])
        guide.sheet_state = "hidden"
        sheet = book.create_sheet("Bao cao")
    else:
        sheet = book.active
        sheet.title = "Bao cao"
    sheet.append(["BÁO CÁO TUYÊN TRUYỀN TUẦN"])
    sheet.append([*HEADER, "Tuần trước"])
    sheet.append([10, 50, 20, 2000, None])  # the template's example row
    sheet.append([12, 60, 24, 2600, 7])
    if hide_row:
        sheet.row_dimensions[3].hidden = True
    if hide_col:
        sheet.column_dimensions["E"].hidden = True
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_hidden_row_is_emptied_in_place():
    """GIVEN a template row hidden in Excel WHEN read THEN it is empty, the rows keep their
    places."""
    [(name, grid)] = list(sheets.grids(_book(hide_row=True), "bc.xlsx"))
    assert name == "Bao cao"
    assert all(c is None for c in grid[2])
    assert grid[3][:4] == [12, 60, 24, 2600]


def test_a_hidden_column_is_emptied():
    [(_, grid)] = list(sheets.grids(_book(hide_col=True), "bc.xlsx"))
    assert grid[1][4] is None and grid[3][4] is None
    assert grid[1][3] == "Ước số người nghe"


def test_a_hidden_sheet_is_not_read():
    names = [name for name, _ in sheets.grids(_book(hidden_sheet=True), "bc.xlsx")]
    assert names == ["Bao cao"]


def test_nothing_hidden_reads_everything():
    [(_, grid)] = list(sheets.grids(_book(), "bc.xlsx"))
    assert grid[2][:4] == [10, 50, 20, 2000] and grid[3][4] == 7


def test_a_semicolon_csv_under_a_title_line_and_with_commas_in_its_text():
    data = (
        "Báo cáo tuyên truyền tuần từ 03/12/2021 đến 09/12/2021 - Xã Bản Bo\n"
        "STT;Nội dung;Đơn vị tính;Số lượng;Ghi chú\n"
        "1;Số lượng tin, bài;Tin;10;\n2;Thời lượng;Phút;50;\n"
    ).encode()
    [(_, grid)] = list(sheets.grids(data, "bc.csv"))
    assert grid[1] == ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"]
    assert grid[2][:4] == ["1", "Số lượng tin, bài", "Tin", "10"]


def test_a_comma_csv_is_still_split_on_commas():
    [(_, grid)] = list(sheets.grids(b"STT,Don vi,So tin\n1,Ban Bo,8\n", "bc.csv"))
    assert grid[1] == ["1", "Ban Bo", "8"]
