"""Make templates/official_report.xlsx, the Excel template of the consolidated workbook.

    .venv/bin/python templates/make_xlsx_template.py [OUTPUT]

One sheet, "Báo cáo", laid out like a sheet of the report: the letterhead of Nghị định
30/2020/NĐ-CP (when [official] is set) or the office's heading, the table of a form, the
counts, the corrections, Nơi nhận and the signature; A4 landscape, margins 20/20/30/15
mm, Times New Roman.  Then a sheet "Hướng dẫn" that tells an office, in Vietnamese, how
to restyle it and what each placeholder means.  The conventions are those of
intake/render/xlsx_template.py; the variables those of intake.render.xlsx.SheetContext.

The output is the same bytes on every run (fixed dates, fixed zip timestamps); run this
script again after changing it: a test checks that the shipped template is what it makes.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

OUTPUT = Path(__file__).with_name("official_report.xlsx")
FONT = "Times New Roman"
SHEET, GUIDE = "Báo cáo", "Hướng dẫn"
WIDTHS = {"A": 6, "B": 26, "C": 14, "D": 18, "E": 16}  # STT, Đơn vị, a field, Ngày nhận, ...
LEFT, RIGHT, ALL = "A:B", "C:E", "A:E"  # the letterhead's blocks; a line across the table
# Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm (in inches)
MARGINS = PageMargins(left=1.18, right=0.59, top=0.79, bottom=0.79, header=0.4, footer=0.4)
FIXED = datetime(2021, 1, 1)

_THIN = Side(style="thin")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

# A line: (text, the columns it spans, its style: the keyword arguments of _style()).
Line = tuple[str, str, dict]
Row = list[Line]


def tag(text: str) -> Row:
    """A row holding only `{% if ... %}`, `{% else %}` or `{% endif %}`."""
    return [(text, "A", {})]


def when(name: str, *rows: Row) -> list[Row]:
    """`rows` shown only when `name` is not empty."""
    return [tag(f"{{% if {name} %}}"), *rows, tag("{% endif %}")]


_SIGNER = {"size": 13, "bold": True}
HEADING: list[Row] = [
    tag("{% if official %}"),
    [
        ("{{ parent_body }}", LEFT, {"size": 13}),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", RIGHT, {"bold": True}),
    ],
    [
        ("{{ issuing_body }}", LEFT, {"size": 13, "bold": True}),
        ("Độc lập - Tự do - Hạnh phúc", RIGHT, {"size": 13, "bold": True, "underline": True}),
    ],
    [],
    [
        ("Số: {{ number }}/{{ symbol }}", LEFT, {"size": 13}),
        ("{{ place_date }}", RIGHT, {"size": 13, "italic": True}),
    ],
    [],
    [("{{ kind }}", ALL, {"size": 14, "bold": True})],
    [("{{ subject }}", ALL, {"size": 13, "bold": True})],
    *when("form_title", [("Biểu: {{ form_title }}", ALL, {"italic": True})]),
    *when("replaces", [("{{ replaces }}", ALL, {"italic": True})]),
    *when("recipients", [("Kính gửi: {{ recipients }}", ALL, {"size": 13})]),
    [],
    tag("{% else %}"),
    [("{{ office }}", "A", {"size": 13, "bold": True, "left": True, "wrap": False})],
    [("{{ title }}", ALL, {"size": 13, "bold": True})],
    [("Tuần {{ period }}", ALL, {"italic": True})],
    [("Hạn báo cáo: {{ deadline }}", ALL, {})],
    [("{{ replaces }}", ALL, {"italic": True})],  # a blank line when there is none
    tag("{% endif %}"),
]

_HEAD = {"bold": True, "box": True}
_TEXT = {"box": True, "wrap": False}
_LINE = {"left": True}
TABLE: list[Row] = [
    tag("{% if no_forms %}"),
    [("Không có biểu báo cáo nào trong kỳ.", ALL, _LINE)],
    tag("{% else %}"),
    [
        ("STT", "A", _HEAD),
        ("Đơn vị", "B", _HEAD),
        ("{{ field }}", "C", _HEAD),
        ("Ngày nhận", "D", _HEAD),
        ("Tình trạng", "E", _HEAD),
    ],
    [
        ("{{ row.number }}", "A", _TEXT),
        ("{{ row.unit }}", "B", {"box": True, "left": True}),
        ("{{ figure }}", "C", {"figure": True}),
        ("{{ row.received }}", "D", _TEXT),
        ("{{ row.status }}", "E", {**_TEXT, "left": True}),
    ],
    [
        ("Tổng cộng", "A:B", {**_TEXT, "bold": True}),
        ("{{ total }}", "C", {"figure": True, "bold": True}),
        ("", "D", _TEXT),
        ("", "E", _TEXT),
    ],
    [],
    [("Số đơn vị báo cáo: {{ counts }}", ALL, _LINE)],
    [("{{ note }}", ALL, {**_LINE, "italic": True})],
    tag("{% if official %}"),
    *when("late", [("Đơn vị báo cáo muộn: {{ late }}.", ALL, _LINE)]),
    *when(
        "review",
        [
            (
                "Đơn vị có báo cáo chờ kiểm tra (số liệu chưa được tổng hợp): {{ review }}.",
                ALL,
                _LINE,
            )
        ],
    ),
    *when("missing", [("Đơn vị chưa báo cáo: {{ missing }}.", ALL, _LINE)]),
    tag("{% endif %}"),
    tag("{% endif %}"),
]

CORRECTIONS_INTRO = "Các số liệu sau đã thay đổi sau khi báo cáo của tuần tương ứng được gửi:"
CLOSING: list[Row] = [
    *when(
        "corrections",
        [],
        [("Số liệu điều chỉnh", ALL, {**_LINE, "bold": True})],
        [(CORRECTIONS_INTRO, ALL, _LINE)],
        [("{{ corrections }}", ALL, _LINE)],
    ),
    tag("{% if official %}"),
    [],
    [
        ("Nơi nhận:", LEFT, {**_LINE, "bold": True, "italic": True}),
        ("{{ signing_authority or signer_title }}", RIGHT, _SIGNER),  # level with Nơi nhận
    ],
    [
        ("{{ copies_to }}", LEFT, {**_LINE, "size": 11}),
        ("{{ signer_title if signing_authority else '' }}", RIGHT, _SIGNER),
    ],
    [],
    [],
    [],
    [("{{ signer_name }}", RIGHT, _SIGNER)],
    tag("{% else %}"),
    [("Tổng hợp lúc {{ generated_at }}", ALL, _LINE)],
    tag("{% endif %}"),
]


def build() -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    for row, lines in enumerate([*HEADING, *TABLE, *CLOSING], start=1):
        for text, columns, style in lines:
            _put(sheet, row, columns, text, style)
    _page(sheet)
    _guide(workbook.create_sheet(GUIDE))
    props = workbook.properties
    props.creator, props.title, props.created, props.modified = "intake", "Báo cáo", FIXED, FIXED
    return workbook


def _put(sheet: Worksheet, row: int, columns: str, text: str, style: dict) -> None:
    first, _, last = columns.partition(":")
    cell = sheet[f"{first}{row}"]
    cell.value = text or None
    if text.startswith("{%"):
        cell.font = Font(name=FONT, size=10, italic=True, color="808080")
        return
    for column in range(cell.column, sheet[f"{last or first}{row}"].column + 1):
        _style(sheet.cell(row, column), **style)
    if last:
        sheet.merge_cells(f"{first}{row}:{last}{row}")


def _style(
    cell,
    *,
    size: int = 12,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    left: bool = False,
    wrap: bool = True,
    box: bool = False,
    figure: bool = False,
) -> None:
    underlined = "single" if underline else None
    cell.font = Font(name=FONT, size=size, bold=bold, italic=italic, underline=underlined)
    horizontal = "right" if figure else None if left else "center"
    wrap_text = wrap and not figure
    cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap_text)
    if box or figure:
        cell.border = BOX
    if figure:
        cell.number_format = "#,##0"


def _page(sheet: Worksheet) -> None:
    for column, width in WIDTHS.items():
        sheet.column_dimensions[column].width = width
    setup = sheet.page_setup
    setup.orientation, setup.paperSize = "landscape", sheet.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins = MARGINS
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "Trang &P/&N"
    sheet.oddFooter.center.font = FONT
    sheet.oddFooter.center.size = 11


# ---------------------------------------------------------------------------
# The guide, in Vietnamese.

GUIDE_TEXT = """\
Hướng dẫn sửa mẫu bảng tổng hợp (official_report.xlsx)

Trang "Báo cáo" là mẫu của mọi trang trong tệp Excel tổng hợp hằng tuần: mỗi biểu báo cáo \
một trang, chép từ trang này rồi điền số liệu. Trang "Hướng dẫn" này không có trong tệp tổng hợp.
Có thể sửa ngay trong Excel, không cần sửa phần mềm: phông chữ, cỡ chữ, màu chữ, màu nền, \
đường viền, căn lề, độ rộng cột, chiều cao hàng, khổ giấy, hướng giấy, lề trang, đầu trang \
và chân trang, chèn biểu trưng (logo), và lời văn cố định (ví dụ "Hạn báo cáo:", "STT", \
"Tổng cộng", "Nơi nhận:").
Sửa xong, lưu tệp với đúng tên official_report.xlsx vào thư mục mẫu của cơ quan (mục \
templates trong phần [report] của tệp cấu hình), rồi chạy lệnh intake check-config để \
kiểm tra. Muốn dùng lại mẫu gốc thì xóa tệp đó đi.

1. Chỗ điền. {{ tên }} trong một ô được thay bằng giá trị có tên đó (bảng bên dưới). Có thể \
viết chữ trước và sau, ví dụ "Hạn báo cáo: {{ deadline }}". Một ô chỉ có một chỗ điền số \
(như {{ figure }}, {{ total }}, {{ row.number }}) nhận một con số để Excel tính được. Cách viết \
là của Jinja2, như các mẫu thư; viết sai tên thì intake check-config báo ô nào sai.
2. Bảng số liệu có ba hàng mẫu, nhận ra nhờ ba ô: hàng tiêu đề (ô {{ field }}), hàng đơn vị \
(ô {{ figure }}) và hàng tổng cộng (ô {{ total }}). Ba ô này phải ở cùng một cột, gọi là cột \
chỉ tiêu. Cột chỉ tiêu được nhân lên theo số chỉ tiêu của biểu, mỗi chỉ tiêu một cột cùng định \
dạng và độ rộng với ô mẫu; các cột bên phải lùi sang phải; ô gộp đi qua cột này được kéo rộng \
ra. Hàng đơn vị được lặp lại cho từng đơn vị, cùng định dạng. Mọi hàng bên dưới bảng (số đơn \
vị báo cáo, ghi chú, số liệu điều chỉnh, nơi nhận, chữ ký) được đẩy xuống tương ứng.
3. Hàng điều kiện. Một ô chỉ có {% if tên %}, {% elif tên %}, {% else %} hoặc {% endif %}, \
đứng một mình trong hàng, mở hoặc đóng một nhóm hàng chỉ có trong báo cáo khi điều kiện đúng \
(ví dụ {% if official %}: phần tiêu đề theo Nghị định 30; {% if corrections %}: khi có số \
liệu điều chỉnh). Bản thân các hàng điều kiện không có trong báo cáo.
4. Danh sách ({{ corrections }}, {{ copies_to }}). Ô chỉ có chỗ điền này được lặp xuống: mỗi \
dòng một hàng mới, cùng định dạng; các ô khác của hàng chỉ có ở dòng đầu.
5. Ô gộp nhiều hàng và biểu trưng đi theo hàng chứa chúng; ô gộp nhiều hàng chỉ nên đặt ngoài \
bảng và ngoài danh sách. Phần mềm đặt vùng in, hàng tiêu đề bảng in lại ở đầu mỗi trang và cố \
định hàng tiêu đề khi cuộn (khi không có phần [official]); khổ giấy, lề, đầu trang và chân trang \
(số trang) là của mẫu.
"""

# (placeholder, what it holds, an example)
VARIABLES = [
    (
        "official",
        "Đúng khi trang có tiêu đề văn bản theo Nghị định 30 (báo cáo gửi đi luôn có)",
        "",
    ),
    ("no_forms", "Đúng khi kỳ báo cáo không có biểu nào", ""),
    ("office", "Tên cơ quan, chữ in hoa", "VĂN PHÒNG HĐND VÀ UBND HUYỆN TAM ĐƯỜNG"),
    ("title", "Tên bảng tổng hợp, chữ in hoa", "BÁO CÁO TỔNG HỢP TIN BÀI TUYÊN TRUYỀN"),
    ("form_title", "Tên biểu báo cáo", "Tin bài tuyên truyền"),
    ("period", "Tuần báo cáo", "từ ngày 05/02/2021 đến ngày 11/02/2021"),
    ("deadline", "Hạn báo cáo", "16 giờ 00, thứ Năm ngày 11/02/2021"),
    (
        "replaces",
        "Báo cáo này thay thế báo cáo nào (trống nếu không)",
        "(Báo cáo này thay thế báo cáo đã gửi ngày 11/02/2021)",
    ),
    ("generated_at", "Thời điểm tổng hợp", "11/02/2021 16:30"),
    ("counts", "Số đơn vị đã báo cáo", "3/5 (đúng hạn 2, muộn 1, chờ kiểm tra 1, chưa báo cáo 1)"),
    ("note", "Ghi chú về cách tính tổng cộng", "Ghi chú: Tổng cộng chỉ tính ..."),
    ("late", "Các đơn vị báo cáo muộn của biểu (trống nếu không có)", "Xã Bình Lư"),
    ("review", "Các đơn vị có báo cáo chờ kiểm tra", "Xã Bản Bo"),
    ("missing", "Các đơn vị chưa báo cáo", "Xã Nà Tăm"),
    (
        "corrections",
        "Danh sách số liệu điều chỉnh, mỗi dòng đã có gạch đầu dòng và dấu ; hoặc .",
        "- Xã Bình Lư, tuần 29/01 – 04/02/2021 (Tin bài tuyên truyền): Số tin, bài: 8 → 10.",
    ),
    ("parent_body", "Cơ quan chủ quản, chữ in hoa ([official])", "UBND HUYỆN TAM ĐƯỜNG"),
    ("issuing_body", "Cơ quan ban hành, chữ in hoa", "PHÒNG VĂN HÓA VÀ THÔNG TIN"),
    ("number", "Số văn bản (để trống cho văn thư ghi tay)", "05"),
    ("symbol", "Ký hiệu văn bản", "BC-VHTT"),
    ("place_date", "Địa danh và ngày tháng", "Tam Đường, ngày 11 tháng 02 năm 2021"),
    ("kind", "Tên loại văn bản", "BÁO CÁO"),
    ("subject", "Trích yếu", "Kết quả công tác tuyên truyền tuần từ ngày ... đến ngày ..."),
    (
        "recipients",
        "Kính gửi (nhiều nơi thì cách nhau bằng dấu ;)",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
    ),
    (
        "copies_to",
        "Danh sách nơi nhận, mỗi dòng đã có gạch đầu dòng và dấu ; hoặc .",
        "- Như trên;",
    ),
    (
        "signing_authority",
        "Thẩm quyền ký, trống nếu không có; ô {{ signing_authority or signer_title }} giữ "
        "dòng đầu của chữ ký ngang hàng với Nơi nhận",
        "KT. TRƯỞNG PHÒNG",
    ),
    ("signer_title", "Chức vụ người ký, chữ in hoa", "PHÓ TRƯỞNG PHÒNG"),
    ("signer_name", "Họ tên người ký", "Đỗ Trọng Thi"),
    ("field", "Hàng tiêu đề, cột chỉ tiêu: tên chỉ tiêu", "Số tin, bài"),
    ("row.number", "Hàng đơn vị: số thứ tự", "1"),
    ("row.unit", "Hàng đơn vị: tên đơn vị", "Thị trấn Tam Đường"),
    ("figure", "Hàng đơn vị, cột chỉ tiêu: số liệu (trống nếu chưa được chấp nhận)", "12"),
    ("row.received", "Hàng đơn vị: lúc nhận báo cáo", "10/02/2021 09:15"),
    ("row.status", "Hàng đơn vị: tình trạng", "Đúng hạn"),
    ("total", "Hàng tổng cộng, cột chỉ tiêu: tổng số", "25"),
]


def _guide(sheet: Worksheet) -> None:
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["C"].width = 50
    row = 1
    for n, paragraph in enumerate(GUIDE_TEXT.strip().split("\n")):
        if not paragraph:
            row += 1
            continue
        cell = sheet.cell(row, 1, paragraph)
        cell.font = Font(name=FONT, size=14 if n == 0 else 12, bold=n == 0)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        sheet.row_dimensions[row].height = 20 if n == 0 else 16 * (len(paragraph) // 120 + 1)
        row += 1
    row += 1
    for values in [("Chỗ điền", "Nghĩa", "Ví dụ"), *VARIABLES]:
        bold = values[0] == "Chỗ điền"
        name = values[0] if bold else "{{ " + values[0] + " }}"
        for column, value in enumerate((name, *values[1:]), start=1):
            cell = sheet.cell(row, column, value or None)
            cell.font = Font(name=FONT, size=12, bold=bold)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BOX
        row += 1


# ---------------------------------------------------------------------------
# The same bytes on every run.


def deterministic(data: bytes) -> bytes:
    """The workbook with the date openpyxl stamps on saving, and the zip's times, fixed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2021-01-01T00:00:00Z", content
                )
            entry = zipfile.ZipInfo(info.filename, date_time=(2021, 1, 1, 0, 0, 0))
            target.writestr(entry, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def make() -> bytes:
    buffer = io.BytesIO()
    build().save(buffer)
    return deterministic(buffer.getvalue())


def main(argv: list[str]) -> None:
    output = Path(argv[1]) if len(argv) > 1 else OUTPUT
    output.write_bytes(make())
    print(f"wrote {output}")


if __name__ == "__main__":
    main(sys.argv)
