"""Make templates/official_report.docx, the Word template of the official report.

    .venv/bin/python templates/make_official_template.py [OUTPUT]

The layout is Mẫu 1.4 of Nghị định 30/2020/NĐ-CP, Phụ lục I (a document with a kind
name): A4, margins 20/20/30/15 mm, Times New Roman; the bodies and the national motto in
a borderless table, then "Số" and the place and date; BÁO CÁO and the summary; Kính gửi;
the text; one table per form; Nơi nhận and the signature.  Every text is set by a named
paragraph style ("VB Nội dung", "VB Quốc hiệu", ...), so the office can restyle the
template in Word (Home > Styles) and put the result in its [report] templates folder.

The jinja2 tags are docxtpl's: `{%p ... %}` stands alone in a paragraph, `{%tr ... %}`
in a table row, `{%tc ... %}` in a table cell; the variables are those of
intake.render.official.OfficialContext.  Run this script again after changing it; a
test checks that the shipped template is what it makes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell

FONT = "Times New Roman"
OUTPUT = Path(__file__).with_name("official_report.docx")
TEXT_WIDTH = 165  # mm: 210 less the margins of 30 (left) and 15 (right)
LEFT, RIGHT = 68, 97  # mm: the columns of the heading (bodies | national motto)
CELL_MARGIN = 1.9  # mm: Word's default left and right cell margin

CENTER, LEFT_ALIGN = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
RIGHT_ALIGN, JUSTIFY = WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.JUSTIFY

_APART = {"before": 6, "after": 6, "contextual": True}  # apart from others, not each other
_CELL = {"before": 1, "after": 1}  # a little air above and below a cell's text
# Kept with the next paragraph: a heading with its table, a table's rows with its
# totals (the totals row is not, so one form's table does not pull the next along),
# the closing line with the signature (never alone on the last page).
_KEEP = {"keep": True}

# name: (size, bold, italic, alignment, extra settings)
STYLES: dict[str, tuple[float, bool, bool, object, dict]] = {
    "VB Cơ quan chủ quản": (13, False, False, CENTER, {}),
    "VB Cơ quan ban hành": (13, True, False, CENTER, {}),
    "VB Quốc hiệu": (12, True, False, CENTER, {}),
    "VB Tiêu ngữ": (13, True, False, CENTER, {}),
    "VB Đường kẻ": (2, False, False, CENTER, {"rule": True}),
    "VB Số ký hiệu": (13, False, False, CENTER, {"before": 6}),
    "VB Địa danh": (14, False, True, CENTER, {"before": 6}),
    "VB Tên loại": (14, True, False, CENTER, {"before": 24}),
    "VB Trích yếu": (14, True, False, CENTER, {}),
    "VB Thay thế": (13, False, True, CENTER, {"before": 6}),
    "VB Kính gửi": (14, False, False, CENTER, {"before": 12, "after": 6}),
    "VB Kính gửi danh sách": (14, False, False, LEFT_ALIGN, {"kinh_gui": True, **_APART}),
    "VB Nội dung": (14, False, False, JUSTIFY, {"indent": 10, "after": 6}),
    "VB Đề mục": (14, True, False, JUSTIFY, {"indent": 10, "before": 6, "after": 6, **_KEEP}),
    "VB Kết thúc": (14, False, False, JUSTIFY, {"indent": 10, "after": 6, **_KEEP}),
    "VB Ghi chú": (13, False, True, JUSTIFY, {"indent": 10, "before": 6, "after": 6}),
    "VB Bảng": (12, False, False, LEFT_ALIGN, {**_CELL, **_KEEP}),
    "VB Bảng giữa": (12, False, False, CENTER, {**_CELL, **_KEEP}),
    "VB Bảng số": (12, False, False, RIGHT_ALIGN, {**_CELL, **_KEEP}),
    "VB Bảng tiêu đề": (12, True, False, CENTER, {**_CELL, **_KEEP}),
    "VB Bảng tổng cộng": (12, True, False, CENTER, _CELL),
    "VB Bảng số tổng": (12, True, False, RIGHT_ALIGN, _CELL),
    "VB Nơi nhận": (12, True, True, LEFT_ALIGN, {}),
    "VB Danh sách nơi nhận": (11, False, False, LEFT_ALIGN, {}),
    "VB Chức vụ": (14, True, False, CENTER, {}),
    "VB Người ký": (14, True, False, CENTER, {"before": 72}),
}
STYLE_IDS = {name: "VB" + str(n) for n, name in enumerate(STYLES, start=1)}

# The rules under the issuing body, the motto and the summary: empty paragraphs with a
# top border, as long as the line over them (the motto: 56 mm in Times New Roman bold
# 13 pt) or about a third of it (the issuing body, the summary).
MOTTO_RULE, BODY_RULE, SUMMARY_RULE = 57, 24, 40


def build() -> WordDocument:
    doc = Document()
    _page(doc)
    _fonts_and_language(doc)
    for name in STYLES:
        _style(doc, name)
    doc._body.clear_content()
    _heading(doc)
    _title(doc)
    _recipients(doc)
    _text(doc)
    _signature(doc)
    _page_numbers(doc)
    fixed = datetime(2021, 1, 1)
    props = doc.core_properties
    props.author, props.title, props.created, props.modified = "", "Báo cáo", fixed, fixed
    props.last_modified_by, props.revision = "", 1
    return doc


# ---------------------------------------------------------------------------
# The parts of the document, top to bottom.


def _heading(doc: WordDocument) -> None:
    table = _borderless(doc, [LEFT, RIGHT], rows=2)
    left, right = table.rows[0].cells
    _para(left, "{%p if parent_body %}", "VB Cơ quan chủ quản", first=True)
    _para(left, "{{ parent_body }}", "VB Cơ quan chủ quản")
    _para(left, "{%p endif %}", "VB Cơ quan chủ quản")
    _para(left, "{{ issuing_body }}", "VB Cơ quan ban hành")
    _rule(left, BODY_RULE, LEFT - 2 * CELL_MARGIN)
    _para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VB Quốc hiệu", first=True)
    _para(right, "Độc lập - Tự do - Hạnh phúc", "VB Tiêu ngữ")
    _rule(right, MOTTO_RULE, RIGHT - 2 * CELL_MARGIN)
    left, right = table.rows[1].cells
    _para(left, "Số: {{ number or '      ' }}/{{ symbol }}", "VB Số ký hiệu", first=True)
    _para(right, "{{ place_date }}", "VB Địa danh", first=True)


def _title(doc: WordDocument) -> None:
    doc.add_paragraph("{{ kind }}", "VB Tên loại")
    doc.add_paragraph("{{ title }}", "VB Trích yếu")
    _rule(doc, SUMMARY_RULE, TEXT_WIDTH)
    doc.add_paragraph("{%p if replaces %}", "VB Thay thế")
    doc.add_paragraph("{{ replaces }}", "VB Thay thế")
    doc.add_paragraph("{%p endif %}", "VB Thay thế")


def _recipients(doc: WordDocument) -> None:
    """One recipient on the line of "Kính gửi:"; several one per line, dashes aligned."""
    doc.add_paragraph("{%p if recipients | length == 1 %}", "VB Kính gửi")
    doc.add_paragraph("Kính gửi: {{ recipients[0] }}", "VB Kính gửi")
    doc.add_paragraph("{%p else %}", "VB Kính gửi")
    doc.add_paragraph("{%p for recipient in recipients %}", "VB Kính gửi danh sách")
    line = doc.add_paragraph('{{ "Kính gửi:" if loop.first else "" }}', "VB Kính gửi danh sách")
    line.add_run().add_tab()
    line.add_run('- {{ recipient }}{{ ";" if not loop.last else "." }}')
    doc.add_paragraph("{%p endfor %}", "VB Kính gửi danh sách")
    doc.add_paragraph("{%p endif %}", "VB Kính gửi")


def _text(doc: WordDocument) -> None:
    doc.add_paragraph("{%p for paragraph in narrative %}", "VB Nội dung")
    doc.add_paragraph("{{ paragraph }}", "VB Nội dung")
    doc.add_paragraph("{%p endfor %}", "VB Nội dung")
    doc.add_paragraph("{%p for form in forms %}", "VB Đề mục")
    doc.add_paragraph("{{ form.heading }}", "VB Đề mục")
    _form_table(doc)
    doc.add_paragraph("{%p endfor %}", "VB Đề mục")
    doc.add_paragraph("{%p if review %}", "VB Ghi chú")
    doc.add_paragraph("{{ note }}", "VB Ghi chú")
    doc.add_paragraph("{%p endif %}", "VB Ghi chú")
    _status_lists(doc)
    _corrections(doc)
    doc.add_paragraph("{{ closing }}", "VB Kết thúc")


def _form_table(doc: WordDocument) -> None:
    """STT | Đơn vị | one column per field (a {%tc %} loop) | Tình trạng, and Tổng cộng.

    intake sets the column widths after rendering (the number of fields varies); a
    table whose first cell reads "STT" gets them.
    """
    table = doc.add_table(rows=5, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(table, [10, 40, 0.1, 24, 0.1, 25])
    head, loop, data, end, total = table.rows
    header_texts = ["STT", "Đơn vị", "{%tc for label in form.labels %}", "{{ label }}"]
    header_texts += ["{%tc endfor %}", "Tình trạng"]
    for cell, text in zip(head.cells, header_texts, strict=True):
        _cell(cell, text, "VB Bảng tiêu đề")
    _repeat_as_header(head)
    _cell(loop.cells[0], "{%tr for row in form.rows %}", "VB Bảng")
    row_texts = [
        ("{{ row.number }}", "VB Bảng giữa"),
        ("{{ row.name }}", "VB Bảng"),
        ("{%tc for value in row.figures %}", "VB Bảng số"),
        ("{{ value }}", "VB Bảng số"),
        ("{%tc endfor %}", "VB Bảng số"),
        ("{{ row.status }}", "VB Bảng"),
    ]
    for cell, (text, style) in zip(data.cells, row_texts, strict=True):
        _cell(cell, text, style)
    _cell(end.cells[0], "{%tr endfor %}", "VB Bảng")
    first = total.cells[0].merge(total.cells[1])
    _cell(first, "Tổng cộng", "VB Bảng tổng cộng")
    total_texts = ["{%tc for value in form.totals %}", "{{ value }}", "{%tc endfor %}", ""]
    for cell, text in zip(total.cells[2:], total_texts, strict=True):
        _cell(cell, text, "VB Bảng số tổng")
    for row in table.rows:
        _cant_split(row)


def _status_lists(doc: WordDocument) -> None:
    """Each unit once, grouped by the forms it is late, held or missing for."""
    doc.add_paragraph("{%p if status_lines %}", "VB Đề mục")
    doc.add_paragraph("{{ status_heading }}", "VB Đề mục")
    doc.add_paragraph("{%p for line in status_lines %}", "VB Nội dung")
    doc.add_paragraph("{{ line }}", "VB Nội dung")
    doc.add_paragraph("{%p endfor %}", "VB Nội dung")
    doc.add_paragraph("{%p endif %}", "VB Đề mục")


def _corrections(doc: WordDocument) -> None:
    doc.add_paragraph("{%p if corrections %}", "VB Đề mục")
    doc.add_paragraph("{{ corrections_heading }}", "VB Đề mục")
    doc.add_paragraph(
        "Các số liệu sau đã thay đổi sau khi báo cáo của tuần tương ứng được gửi:", "VB Nội dung"
    )
    doc.add_paragraph("{%p for correction in corrections %}", "VB Nội dung")
    doc.add_paragraph('- {{ correction.text }}{{ ";" if not loop.last else "." }}', "VB Nội dung")
    doc.add_paragraph("{%p endfor %}", "VB Nội dung")
    doc.add_paragraph("{%p endif %}", "VB Đề mục")


def _signature(doc: WordDocument) -> None:
    """Nơi nhận on the left, level with the signer's title on the right."""
    doc.add_paragraph("", "VB Kết thúc")  # kept with the signature, as the closing line
    table = _borderless(doc, [75, 90], rows=1)
    left, right = table.rows[0].cells
    _para(left, "Nơi nhận:", "VB Nơi nhận", first=True)
    _para(left, "{%p for line in copies_to %}", "VB Danh sách nơi nhận")
    _para(left, '- {{ line }}{{ ";" if not loop.last else "." }}', "VB Danh sách nơi nhận")
    _para(left, "{%p endfor %}", "VB Danh sách nơi nhận")
    _para(right, "{%p if signing_authority %}", "VB Chức vụ", first=True)
    _para(right, "{{ signing_authority }}", "VB Chức vụ")
    _para(right, "{%p endif %}", "VB Chức vụ")
    _para(right, "{{ signer_title }}", "VB Chức vụ")
    _para(right, "{{ signer_name }}", "VB Người ký")
    _cant_split(table.rows[0])
    end = doc.add_paragraph()  # Word ends a document with a paragraph, never a table
    end.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    end.paragraph_format.line_spacing = Pt(1)


def _page_numbers(doc: WordDocument) -> None:
    """The page number centred in the top margin, from page 2 (page 1 shows none)."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.style = doc.styles["Header"]
    paragraph.alignment = CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


# ---------------------------------------------------------------------------
# Page, fonts and styles.


def _page(doc: WordDocument) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)


def _fonts_and_language(doc: WordDocument) -> None:
    """Times New Roman in every font slot of every style and of the defaults.

    python-docx's `font.name` sets only the ascii and hAnsi slots; a theme font
    (asciiTheme, ...) would win over all of them, so those are removed.
    """
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr)
    for element in styles.iter(qn("w:rFonts")):
        _fill_fonts(element)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")
    lang.set(qn("w:eastAsia"), "vi-VN")
    normal = doc.styles["Normal"]
    normal.font.size = Pt(14)
    _set_fonts(normal.element.get_or_add_rPr())
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    for name in ("Table Grid", "Header"):
        _set_fonts(doc.styles[name].element.get_or_add_rPr())
    doc.styles["Header"].font.size = Pt(14)


def _set_fonts(rpr) -> None:
    _fill_fonts(rpr.get_or_add_rFonts())


def _fill_fonts(fonts) -> None:
    for theme in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{theme}"), None)
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), FONT)


def _style(doc: WordDocument, name: str) -> None:
    size, bold, italic, alignment, extra = STYLES[name]
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), STYLE_IDS[name])
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    font = style.font
    font.size, font.bold, font.italic = Pt(size), bold, italic
    _set_fonts(style.element.get_or_add_rPr())
    fmt = style.paragraph_format
    fmt.alignment = alignment
    fmt.space_before = Pt(extra.get("before", 0))
    fmt.space_after = Pt(extra.get("after", 0))
    if extra.get("contextual"):
        ppr = style.element.get_or_add_pPr()
        ppr.insert_element_before(OxmlElement("w:contextualSpacing"), *_AFTER_CONTEXTUAL)
    fmt.keep_with_next = extra.get("keep", None)
    if "indent" in extra:
        fmt.first_line_indent = Mm(extra["indent"])
    if extra.get("rule"):
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        fmt.space_before = Pt(6)  # clear of the descenders of the line above
        _border(style.element.get_or_add_pPr(), "top")
    if extra.get("kinh_gui"):
        # "Kính gửi:" starts at 24 mm; the dashes of the recipients line up at 46 mm.
        fmt.left_indent, fmt.first_line_indent = Mm(46), Mm(-22)
        fmt.tab_stops.add_tab_stop(Mm(46), WD_TAB_ALIGNMENT.LEFT)


_AFTER_PBDR = (
    "w:shd w:tabs w:suppressAutoHyphens w:kinsoku w:wordWrap w:overflowPunct w:topLinePunct "
    "w:autoSpaceDE w:autoSpaceDN w:bidi w:adjustRightInd w:snapToGrid w:spacing w:ind "
    "w:contextualSpacing w:mirrorIndents w:suppressOverlap w:jc w:textDirection "
    "w:textAlignment w:textboxTightWrap w:outlineLvl w:divId w:cnfStyle w:rPr w:sectPr "
    "w:pPrChange"
).split()


_AFTER_CONTEXTUAL = _AFTER_PBDR[_AFTER_PBDR.index("w:contextualSpacing") + 1 :]


def _border(ppr, side: str) -> None:
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{side}")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "0"), ("color", "000000")):
        line.set(qn(f"w:{key}"), value)
    borders.append(line)
    ppr.insert_element_before(borders, *_AFTER_PBDR)


# ---------------------------------------------------------------------------
# Tables, cells and paragraphs.


def _borderless(doc: WordDocument, widths: list[float], rows: int) -> Table:
    table = doc.add_table(rows=rows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(table, widths)
    return table


def _widths(table: Table, widths: list[float]) -> None:
    table.autofit = False  # a fixed layout: the widths below, whatever the text
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


def _cell(cell: _Cell, text: str, style: str) -> None:
    _para(cell, text, style, first=True)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _para(cell: _Cell, text: str, style: str, *, first: bool = False):
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.style = style
    if text:
        paragraph.add_run(text)
    return paragraph


def _rule(container, length: float, width: float):
    """A centred rule `length` mm long on a line `width` mm wide."""
    paragraph = container.add_paragraph(style="VB Đường kẻ")
    side = max(0.0, (width - length) / 2)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)
    return paragraph


def _repeat_as_header(row) -> None:
    header = OxmlElement("w:tblHeader")
    row._tr.get_or_add_trPr().append(header)


def _cant_split(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def main(argv: list[str]) -> None:
    output = Path(argv[1]) if len(argv) > 1 else OUTPUT
    build().save(str(output))
    print(f"wrote {output}")


if __name__ == "__main__":
    main(sys.argv)
