"""The workbook's xlsx template: shipped, restyled by an office, broken.

An office restyles templates/official_report.xlsx in Excel and puts it in its
`[report] templates` folder; the tests do what the office would do with openpyxl.
"""

from __future__ import annotations

import io
import re
import runpy
import shutil
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.drawing.image import Image
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from intake import check
from intake.errors import ConfigError
from intake.models import Field, Form, FormTable, Row, Timeliness
from intake.render import xlsx_template
from intake.render.xlsx import HEADER_ROW, SheetContext, check_template, write_xlsx
from intake.render.xlsx_template import GUIDE_SHEET, XLSX_TEMPLATE
from tests.helpers_e2e import DEMO_EXPECTED, REPO, read_table, run_ok
from tests.test_render import CORRECTIONS, OFFICIAL, TZ, UNITS, make_report

SHIPPED = REPO / "templates" / XLSX_TEMPLATE
TABLE_NAMES = {"field", "figure", "total", "row"}
NEWS = "Tin bài tuyên truyền"


def override(folder: Path, change: Callable[[Worksheet], object]) -> Path:
    """The shipped template changed by `change`, saved in an office's templates folder."""
    book = openpyxl.load_workbook(SHIPPED)
    change(book.worksheets[0])
    folder.mkdir(parents=True, exist_ok=True)
    book.save(folder / XLSX_TEMPLATE)
    return folder


def holding(sheet: Worksheet, text: str):
    """The template's cell whose text is `text`."""
    return next(c for row in sheet.iter_rows() for c in row if c.value == text)


def row_cells(sheet: Worksheet, text: str) -> list:
    row = holding(sheet, text).row
    return [c for c in sheet[row] if c.has_style]


def filled(path: Path, sheet: str = NEWS) -> Worksheet:
    return openpyxl.load_workbook(path, data_only=True)[sheet]  # totals: cached values


def lines(sheet: Worksheet) -> list[tuple]:
    """Each row's values that are not empty, row by row; empty rows left out."""
    out = [tuple(c.value for c in row if c.value is not None) for row in sheet.iter_rows()]
    return [line for line in out if line]


# ---------------------------------------------------------------------------
# The shipped template.


def test_the_shipped_template_is_what_the_script_makes():
    script = REPO / "templates" / "make_xlsx_template.py"
    made = runpy.run_path(str(script))["make"]()
    assert made == SHIPPED.read_bytes(), f"run {script.name} again"
    assert runpy.run_path(str(script))["make"]() == made  # the same bytes on every run


def test_the_guide_explains_every_placeholder_the_template_uses():
    book = openpyxl.load_workbook(SHIPPED)
    assert book.sheetnames[-1] == GUIDE_SHEET
    guide = " ".join(str(c.value) for row in book[GUIDE_SHEET].iter_rows() for c in row)
    names = [f.name for f in fields(SheetContext)]
    names += ["field", "figure", "total", "row.number", "row.unit", "row.received", "row.status"]
    assert [n for n in names if f"{{{{ {n} }}}}" not in guide] == []
    template = xlsx_template.load(SHIPPED)
    used = set().union(*(c.names for cells in template.contents.values() for c in cells))
    tags = [c.value for row in template.sheet.iter_rows() for c in row if c.value]
    used |= {m[1] for t in tags if (m := re.match(r"\{% (?:el)?if (\w+) %\}$", str(t)))}
    assert used - {f.name for f in fields(SheetContext)} == TABLE_NAMES


def test_the_packaged_template_gives_the_workbook_as_before(tmp_path):
    """The values of the workbook built without a template, cell by cell."""
    sheet = filled(write_xlsx(make_report(), tmp_path / "x.xlsx", TZ))
    grid = [[c.value for c in row] for row in sheet.iter_rows()]
    assert grid == [
        ["VĂN PHÒNG HĐND VÀ UBND HUYỆN TAM ĐƯỜNG", None, None, None, None, None],
        ["BÁO CÁO TỔNG HỢP TIN BÀI TUYÊN TRUYỀN", None, None, None, None, None],
        ["Tuần từ ngày 05/02/2021 đến ngày 11/02/2021", None, None, None, None, None],
        ["Hạn báo cáo: 16 giờ 00, thứ Năm ngày 11/02/2021", None, None, None, None, None],
        [None] * 6,
        ["STT", "Đơn vị", "Số tin, bài", "Thời lượng phát thanh (phút)", "Ngày nhận", "Tình trạng"],
        [1, "Thị trấn Tam Đường", 12, 12500, "10/02/2021 09:15", "Đúng hạn"],
        [2, "Xã Bình Lư", 8, 90, "12/02/2021 08:05", "Muộn"],
        [3, "Xã Bản Bo", None, None, "11/02/2021 10:00", "Chờ kiểm tra"],
        [4, "Xã Nà Tăm", None, None, None, "Chưa báo cáo"],
        [5, "Xã Khun Há", 5, 45.5, "11/02/2021 15:59", "Đúng hạn"],
        ["Tổng cộng", None, 25, 12635.5, None, None],
        [None] * 6,
        ["Số đơn vị báo cáo: 3/5 (đúng hạn 2, muộn 1, chờ kiểm tra 1, chưa báo cáo 1)"]
        + [None] * 5,
        [
            "Ghi chú: Tổng cộng chỉ tính các báo cáo đã được chấp nhận (đúng hạn và muộn); "
            "số liệu của báo cáo chờ kiểm tra chưa được đưa vào."
        ]
        + [None] * 5,
        ["Tổng hợp lúc 11/02/2021 16:30", None, None, None, None, None],
    ]
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.oddFooter.center.text == "Trang &P/&N"


def test_the_packaged_template_gives_the_official_workbook_as_before(tmp_path):
    corrected = replace(
        make_report(),
        corrections=CORRECTIONS,
        version=2,
        replaces=datetime(2021, 2, 11, 9, 31, tzinfo=UTC),
        number="05/BC-VHTT",
    )
    sheet = filled(write_xlsx(corrected, tmp_path / "x.xlsx", TZ, official=OFFICIAL))
    assert lines(sheet) == [
        ("UBND HUYỆN TAM ĐƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("PHÒNG VĂN HÓA VÀ THÔNG TIN", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 05/BC-VHTT", "Tam Đường, ngày 11 tháng 02 năm 2021"),
        ("BÁO CÁO",),
        ("Kết quả công tác tuyên truyền tuần từ ngày 05/02/2021 đến ngày 11/02/2021",),
        ("Biểu: Tin bài tuyên truyền",),
        ("(Báo cáo này thay thế báo cáo đã gửi ngày 11/02/2021) - phiên bản 2",),
        ("Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",),
        ("STT", "Đơn vị", "Số tin, bài", "Thời lượng phát thanh (phút)", "Ngày nhận", "Tình trạng"),
        (1, "Thị trấn Tam Đường", 12, 12500, "10/02/2021 09:15", "Đúng hạn"),
        (2, "Xã Bình Lư", 8, 90, "12/02/2021 08:05", "Muộn"),
        (3, "Xã Bản Bo", "11/02/2021 10:00", "Chờ kiểm tra"),
        (4, "Xã Nà Tăm", "Chưa báo cáo"),
        (5, "Xã Khun Há", 5, 45.5, "11/02/2021 15:59", "Đúng hạn"),
        ("Tổng cộng", 25, 12635.5),
        ("Số đơn vị báo cáo: 3/5 (đúng hạn 2, muộn 1, chờ kiểm tra 1, chưa báo cáo 1)",),
        (
            "Ghi chú: Tổng cộng chỉ tính các báo cáo đã được chấp nhận (đúng hạn và muộn); "
            "số liệu của báo cáo chờ kiểm tra chưa được đưa vào.",
        ),
        ("Đơn vị báo cáo muộn: Xã Bình Lư.",),
        ("Đơn vị có báo cáo chờ kiểm tra (số liệu chưa được tổng hợp): Xã Bản Bo.",),
        ("Đơn vị chưa báo cáo: Xã Nà Tăm.",),
        ("Số liệu điều chỉnh",),
        ("Các số liệu sau đã thay đổi sau khi báo cáo của tuần tương ứng được gửi:",),
        ("- Xã Bình Lư, tuần 29/01 – 04/02/2021 (Tin bài tuyên truyền): Số tin, bài: 8 → 10.",),
        ("Nơi nhận:", "KT. TRƯỞNG PHÒNG"),
        ("- Như trên;", "PHÓ TRƯỞNG PHÒNG"),
        ("- Lưu: VT.",),
        ("Đỗ Trọng Thi",),
    ]


def test_without_a_signing_authority_the_title_is_level_with_noi_nhan(tmp_path):
    direct = OFFICIAL.model_copy(update={"signing_authority": "", "signer_title": "Trưởng phòng"})
    sheet = filled(write_xlsx(make_report(), tmp_path / "x.xlsx", TZ, official=direct))
    assert ("Nơi nhận:", "TRƯỞNG PHÒNG") in lines(sheet)
    assert ("- Như trên;",) in lines(sheet)


def test_output_has_no_template_or_guide_sheet_and_keeps_those_names_for_forms(tmp_path):
    """GIVEN forms titled like the template's own sheets WHEN written THEN each sheet is
    named after its form, and neither the template sheet nor the guide is left."""
    report = make_report()
    first, second = report.tables
    renamed = replace(
        report,
        tables=(
            replace(first, form=replace(first.form, title="Báo cáo")),
            replace(second, form=replace(second.form, title=GUIDE_SHEET)),
        ),
    )
    book = openpyxl.load_workbook(write_xlsx(renamed, tmp_path / "x.xlsx", TZ))
    assert book.sheetnames == ["Báo cáo", GUIDE_SHEET]
    assert book[GUIDE_SHEET][f"A{HEADER_ROW}"].value == "STT"
    assert [ws.sheet_view.tabSelected for ws in book] == [True, False]


# ---------------------------------------------------------------------------
# An office's template.


def restyle(sheet: Worksheet) -> None:
    """What an office does in Excel: a header fill, a body font, its own words, a wider
    field column and taller unit rows."""
    for cell in row_cells(sheet, "{{ field }}"):
        cell.fill = PatternFill("solid", fgColor="FFDDEBF7")
    for cell in row_cells(sheet, "{{ figure }}"):
        cell.font = Font(name="Arial", size=11, color="FF1F4E79")
    holding(sheet, "Hạn báo cáo: {{ deadline }}").value = "Thời hạn gửi: {{ deadline }}"
    holding(sheet, "Tổng cộng").value = "Cộng"
    sheet.column_dimensions[holding(sheet, "{{ field }}").column_letter].width = 21
    sheet.row_dimensions[holding(sheet, "{{ figure }}").row].height = 24


def test_an_office_restyled_template_is_used_with_its_styles_and_words(tmp_path):
    """GIVEN an office's restyled template in its templates folder WHEN the report is
    written THEN the sheets carry its styles and words, and the same rows and totals."""
    folder = override(tmp_path / "templates", restyle)
    sheet = filled(write_xlsx(make_report(), tmp_path / "x.xlsx", TZ, templates_dir=folder))
    header, units, totals = sheet[HEADER_ROW], range(HEADER_ROW + 1, HEADER_ROW + 6), HEADER_ROW + 6
    assert {c.fill.fgColor.rgb for c in header} == {"FFDDEBF7"}
    body = [sheet.cell(r, c) for r in units for c in range(1, 7)]
    assert {(c.font.name, c.font.sz, c.font.color.rgb) for c in body} == {("Arial", 11, "FF1F4E79")}
    assert sheet["A4"].value == "Thời hạn gửi: 16 giờ 00, thứ Năm ngày 11/02/2021"
    assert [sheet.cell(HEADER_ROW + 1, c).value for c in range(1, 7)] == [
        1, "Thị trấn Tam Đường", 12, 12500, "10/02/2021 09:15", "Đúng hạn",
    ]  # fmt: skip
    assert [sheet.cell(totals, c).value for c in (1, 3, 4)] == ["Cộng", 25, 12_635.5]
    assert sheet.column_dimensions["C"].width == sheet.column_dimensions["D"].width == 21
    assert {sheet.row_dimensions[r].height for r in units} == {24}


def test_the_override_wins_only_when_it_is_there(tmp_path):
    folder = override(tmp_path / "templates", restyle)
    assert xlsx_template.find_template(folder) == folder / XLSX_TEMPLATE
    assert xlsx_template.find_template(tmp_path / "empty") == SHIPPED
    assert xlsx_template.find_template(None) == SHIPPED
    assert check_template(folder) == str(folder / XLSX_TEMPLATE)


def test_the_field_column_comes_out_once_per_field_with_its_style(tmp_path):
    form = Form("f", "Bốn chỉ tiêu", tuple(Field(f"k{n}", f"Chỉ tiêu {n}") for n in range(4)))
    values = {f"k{n}": n + 1 for n in range(4)}
    rows = (Row(UNITS[0], Timeliness.ON_TIME, values, datetime(2021, 2, 10, tzinfo=TZ)),)
    report = replace(make_report(), tables=(FormTable(form, rows, values),))
    sheet = filled(write_xlsx(report, tmp_path / "x.xlsx", TZ), "Bốn chỉ tiêu")
    header = [c.value for c in sheet[HEADER_ROW]]
    assert header == [
        "STT",
        "Đơn vị",
        *(f"Chỉ tiêu {n}" for n in range(4)),
        "Ngày nhận",
        "Tình trạng",
    ]
    figures = [sheet.cell(HEADER_ROW + 1, c) for c in range(3, 7)]
    assert [c.value for c in figures] == [1, 2, 3, 4]
    assert {(c.border.left.style, c.number_format, c.alignment.horizontal) for c in figures} == {
        ("thin", "#,##0", "right")
    }
    assert "A2:H2" in sheet.merged_cells  # the title across the whole table
    assert {sheet.column_dimensions[c].width for c in "CDEF"} == {14}
    assert sheet.print_area == "'Bốn chỉ tiêu'!$A$1:$H$12"


def test_a_logo_goes_with_the_row_it_is_anchored_at(tmp_path):
    PIL = pytest.importorskip("PIL.Image")
    png = io.BytesIO()
    PIL.new("RGB", (40, 40), "red").save(png, format="PNG")

    def with_logo(sheet: Worksheet) -> None:
        sheet.add_image(
            Image(io.BytesIO(png.getvalue())), holding(sheet, "{{ office }}").coordinate
        )

    folder = override(tmp_path / "templates", with_logo)
    plain = filled(write_xlsx(make_report(), tmp_path / "a.xlsx", TZ, templates_dir=folder))
    [logo] = plain._images
    assert (logo.anchor._from.row, logo.anchor._from.col) == (0, 0)  # A1, beside the office
    official = write_xlsx(make_report(), tmp_path / "b.xlsx", TZ, OFFICIAL, folder)
    assert filled(official)._images == []  # its row is not in the letterhead


# ---------------------------------------------------------------------------
# A broken template: a clear error, before the weekly run.


def without_unit_row(sheet: Worksheet) -> None:
    holding(sheet, "{{ figure }}").value = None


def test_a_template_without_the_unit_row_marker_is_a_clear_error(tmp_path):
    folder = override(tmp_path / "templates", without_unit_row)
    with pytest.raises(ConfigError) as caught:
        write_xlsx(make_report(), tmp_path / "x.xlsx", TZ, templates_dir=folder)
    assert str(caught.value) == (
        f"template {folder / XLSX_TEMPLATE}: no cell holds {{{{ figure }}}} "
        "(the unit row of the table)"
    )
    assert caught.value.hint and GUIDE_SHEET in caught.value.hint
    assert not (tmp_path / "x.xlsx").exists()
    with pytest.raises(ConfigError, match="no cell holds"):
        check_template(folder)  # `intake check-config` finds it before the weekly run


def test_check_config_reports_a_broken_workbook_template(tmp_path):
    shutil.copytree(REPO / "config", tmp_path / "config")
    shutil.copytree(REPO / "demo" / "maildir", tmp_path / "demo" / "maildir")
    override(tmp_path / "config" / "office-templates", without_unit_row)
    config = tmp_path / "config" / "demo.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[report]\n", '[report]\ntemplates = "office-templates"\n'))
    said: list[str] = []
    assert not check.run_checks(config, said.append)
    [line] = [s for s in said if "mẫu trình bày" in s and s.startswith(("ok", "FAIL"))]
    assert line.startswith("FAIL  mẫu trình bày: template ")
    assert line.endswith(
        "official_report.xlsx: no cell holds {{ figure }} (the unit row of the table)"
    )


def _put(coordinate_of: str, value: str) -> Callable[[Worksheet], None]:
    return lambda sheet: setattr(holding(sheet, coordinate_of), "value", value)


def _move_total(sheet: Worksheet) -> None:
    total = holding(sheet, "{{ total }}")
    sheet.cell(total.row, total.column + 1).value, total.value = total.value, None


def _drop_last_endif(sheet: Worksheet) -> None:
    last = [c for row in sheet.iter_rows() for c in row if c.value == "{% endif %}"][-1]
    last.value = None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_put("{{ office }}", "{{ offce }}"), r"cell A\d+: 'offce' is undefined"),
        (_put("{{ title }}", "{{ title }"), r"cell A\d+: unexpected '}'"),
        (_move_total, r"\{\{ total \}\} in D\d+: these must be in one column"),
        (_drop_last_endif, r"\{% if %\} in cell A\d+ has no \{% endif %\}"),
        (_put("{% endif %}", "{% for x in corrections %}"), r"only \{% if %\}.* stand alone"),
        (_put("STT", "{{ field }}"), r"\{\{ field \}\} is in cells A\d+ and C\d+"),
    ],
)
def test_a_broken_template_is_a_config_error_naming_file_and_cell(tmp_path, change, message):
    folder = override(tmp_path / "templates", change)
    with pytest.raises(ConfigError, match=rf"^template {folder / XLSX_TEMPLATE}: .*{message}"):
        check_template(folder)


def test_a_file_that_is_not_a_workbook_is_a_config_error(tmp_path):
    (tmp_path / XLSX_TEMPLATE).write_bytes(b"not a workbook")
    with pytest.raises(ConfigError, match=r"official_report\.xlsx: not an Excel workbook"):
        write_xlsx(make_report(), tmp_path / "x.xlsx", TZ, templates_dir=tmp_path)


# ---------------------------------------------------------------------------
# The call site: the daemon publishes with the office's template.


def test_the_daemon_publishes_with_the_offices_template(tmp_path):
    """GIVEN the demo with an office's template in `[report] templates` WHEN the daemon
    publishes the week THEN the workbook has the office's words and the expected totals."""
    import json

    shutil.copytree(REPO / "config", tmp_path / "config")
    shutil.copytree(REPO / "demo", tmp_path / "demo", ignore=shutil.ignore_patterns("data"))
    override(tmp_path / "config" / "office-templates", _put("Nơi nhận:", "Nơi gửi:"))
    config = tmp_path / "config" / "demo.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[report]\n", '[report]\ntemplates = "office-templates"\n'))
    run_ok(config)
    expected = json.loads(DEMO_EXPECTED.read_text(encoding="utf-8"))
    xlsx = tmp_path / "out" / f"tong-hop-{expected['period_end']}.xlsx"
    values = {c.value for ws in openpyxl.load_workbook(xlsx) for row in ws.iter_rows() for c in row}
    assert "Nơi gửi:" in values and "Nơi nhận:" not in values
    totals = expected["weekly_propaganda"]["totals"]
    assert read_table(xlsx, "weekly_propaganda").totals == totals
