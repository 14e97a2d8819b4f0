"""Issue 9: every bound of [limits], one small input each.

Each test builds a message or a file just past one bound, with that bound set low, and
checks the Vietnamese reason a clerk reads and that the rest of the message is still
read.  A bound on the whole message quarantines it (mime.parse raises TooBig); a bound
on a part of it holds its reports (the reason is a problem of every candidate, or the
reason the message is held whole when nothing else was read).
"""

from __future__ import annotations

import io
import re
import time
import zlib
from email.message import EmailMessage

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import example, given, settings
from hypothesis import strategies as st

from intake import mime, pipeline, unpack
from intake.clean import clean
from intake.config import Limits
from intake.context import Context
from intake.errors import TooBig
from intake.extract import BEYOND_LIMIT, Extraction, documents, extract, sheets
from intake.models import Status
from tests import hostile
from tests.mail import message, workbook

CONTEXT = Context.defaults()
BODY = "Số tin, bài: 12\nĐộ dài: 45 phút\nSố lượt phát sóng: 36\nNgười nghe: 5.000"
TABLE = "Đơn vị;Số tin, bài;Thời lượng (phút)\nXã Bản Bo;{};30\n"


def extracted(m: EmailMessage | bytes, limits: Limits) -> Extraction:
    """What the extract stage reads of a message under `limits`."""
    parsed = mime.parse(bytes(m), limits)
    body = clean(parsed.text, parsed.subject, CONTEXT.own_addresses)
    return extract(parsed, body, CONTEXT.fields, CONTEXT.forms, limits=limits)


def held_for(found: Extraction) -> list[str]:
    """The bound reasons every candidate carries (the same for all of them)."""
    reasons = {
        tuple(p.message for p in c.problems if p.code == BEYOND_LIMIT) for c in found.candidates
    }
    assert len(reasons) == 1, reasons
    return list(reasons.pop())


def body_values(found: Extraction) -> dict[str, float]:
    return {
        v.field: v.value for c in found.candidates if c.origin == "nội dung thư" for v in c.values
    }


def csv_attachment(m: EmailMessage, name: str, data: bytes) -> None:
    m.add_attachment(data, maintype="text", subtype="csv", filename=name)


def zipped(members: dict[str, bytes]) -> bytes:
    return hostile.zip_archive(hostile.member(name, data) for name, data in members.items())


# -- the whole message: quarantined ------------------------------------------------------


def test_a_message_over_message_bytes_is_refused_with_its_size():
    m = message(BODY + "\n" + "x" * 200_000)
    with pytest.raises(TooBig, match=r"Thư quá lớn \(20\d KB, tối đa 100 KB\)"):
        mime.parse(bytes(m), Limits(message_bytes=100_000))


def test_headers_over_header_bytes_are_refused():
    m = message(BODY, headers={"X-Note": "a" * 5_000})
    with pytest.raises(TooBig, match="Phần tiêu đề thư quá lớn"):
        mime.parse(bytes(m), Limits(header_bytes=4_000))


def test_more_encoded_words_than_allowed_are_refused():
    words = "\n ".join(["=?utf-8?b?w6E=?= =?utf-8?b?w6E=?="] * 1_500)
    data = hostile.envelope("words", "text/plain; charset=utf-8", BODY.encode(), subject=words)
    with pytest.raises(TooBig, match=r"quá nhiều từ mã hóa \(3\.000, tối đa 2\.000\)"):
        mime.parse(data)


def test_a_message_of_too_many_parts_is_refused_before_it_is_parsed():
    """GIVEN 1,500 tiny parts WHEN parsed THEN refused, counted from the boundary lines."""
    data = hostile.many_parts(count=1_500)
    started = time.monotonic()
    with pytest.raises(TooBig, match=r"quá nhiều phần \(1\.500 phần, tối đa 1\.000\)"):
        mime.parse(data)
    assert time.monotonic() - started < 0.5


def test_parts_are_counted_by_their_boundaries_not_by_any_dashes():
    text = "Bảng:\n" + "--------+--------\n" * 2_000 + BODY
    assert mime.count_parts(bytes(message(text))) == 1
    assert mime.count_parts(hostile.many_attachments(count=30)) == 31


def _parts_by_definition(data: bytes) -> int:
    """count_parts' meaning, line by line: the boundaries declared anywhere (the word in
    any case, the value as written), and the lines "--<one of them>" (trailing blanks
    aside; at most the first MAX_DASHES bytes of a line are compared)."""
    declared = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.I)
    boundaries = {quoted or bare for quoted, bare in declared.findall(data)}
    if not boundaries:
        return 1
    lines = re.split(rb"\n", data)
    opened = (
        re.split(rb"[\r\n]", line[2:], maxsplit=1)[0][: mime.MAX_DASHES]
        for line in lines
        if line.startswith(b"--")
    )
    return sum(1 for line in opened if line and line.rstrip() in boundaries)


@settings(max_examples=300, deadline=None)
@example(pieces=[b"--Bo", b"\r\n", b'boundary="Bo"'])  # a part opened on the first line
@example(pieces=[b'boundary="Bo"', b"\n--Bo", b"a" * 230])  # a line past MAX_DASHES
@given(
    pieces=st.lists(
        st.sampled_from(
            [
                b"--",
                b"-",
                b"\n",
                b"\r",
                b"\r\n",
                b" ",
                b"x",
                b"Bo",
                b"BOUNDARY=",
                b"boundary = ",
                b'boundary="Bo"',
                b"\n--Bo",
                b"\n--x--",
                b";",
                b'"',
                b"a" * 230,
            ]
        ),
        max_size=40,
    )
)
def test_parts_are_counted_as_defined_line_by_line(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    assert mime.count_parts(data) == _parts_by_definition(data)


def test_forwards_nested_deeper_than_mime_depth_are_refused():
    with pytest.raises(TooBig, match="Thư chuyển tiếp lồng nhau quá 3 lớp"):
        mime.parse(_forwarded(4), Limits(mime_depth=3))


def test_each_forwarded_level_is_parsed_once_and_read_once(monkeypatch):
    """GIVEN a report forwarded as an attachment three times over WHEN parsed THEN the
    bytes are parsed once, each level's text appears once and its file once."""
    calls = []
    real = mime.email.message_from_bytes
    monkeypatch.setattr(
        mime.email, "message_from_bytes", lambda data: calls.append(1) or real(data)
    )
    parsed = mime.parse(_forwarded(3), Limits(mime_depth=3))
    assert len(calls) == 1
    assert [a.filename for a in parsed.attachments] == ["bc.csv"]
    for level in range(3):
        assert parsed.text.count(f"Chuyển tiếp lần {level + 1}.") == 1
    assert parsed.text.count("Xã Thèn Sin gửi báo cáo tuần") == 1


def _forwarded(depth: int) -> bytes:
    """A report with a CSV file, forwarded as an attachment `depth` times."""
    csv = hostile.part("text/csv", TABLE.format(7).encode(), filename="bc.csv")
    inner = hostile.with_attachments("inner", [csv])
    for level in range(depth - 1, -1, -1):
        forward = hostile.part(
            "message/rfc822",
            inner,
            encoding="8bit",
            disposition="Content-Disposition: attachment",
        )
        parts = [hostile.text_part(f"Chuyển tiếp lần {level + 1}.\n"), forward]
        body = hostile.multipart(parts, f"=_level_{level}")
        content_type = f'multipart/mixed; boundary="=_level_{level}"'
        inner = hostile.envelope(f"level{level}", content_type, body)
    return inner


def test_a_text_over_max_text_is_refused(monkeypatch):
    monkeypatch.setattr(mime, "MAX_TEXT", 10_000)
    with pytest.raises(TooBig, match=r"Nội dung thư quá dài \(20\.00\d ký tự, tối đa 10\.000\)"):
        mime.parse(bytes(message("Báo cáo " * 2_500)))


def test_a_long_line_is_broken_at_spaces_and_keeps_its_quote_marks():
    line = "> > " + "Xã Thèn Sin đã phát 05 tin, bài; " * 100
    parsed = mime.parse(bytes(message(f"Số tin, bài: 12\n{line}")))
    lines = parsed.text.rstrip("\n").split("\n")
    assert lines[0] == "Số tin, bài: 12"
    assert all(len(x) <= mime.LONG_LINE for x in lines)
    assert len(lines) > 3 and all(x.startswith("> > ") for x in lines[1:])
    assert " ".join(x[4:] for x in lines[1:]).split() == line[4:].split()  # words all kept


def test_blockquotes_nested_past_max_quotes_are_read_at_that_depth():
    html = "<blockquote>" * 500 + "Số tin, bài: 12" + "</blockquote>" * 500 + "<p>Hết</p>"
    m = EmailMessage()
    m["From"], m["Subject"] = "banbo.tamduong@laichau.gov.vn", "Báo cáo tuần"
    m.set_content(html, subtype="html")
    parsed = mime.parse(bytes(m))
    assert "> " * mime.MAX_QUOTES + "Số tin, bài: 12" in parsed.text
    assert "> " * (mime.MAX_QUOTES + 1) not in parsed.text
    assert parsed.text.rstrip().endswith("Hết")


# -- attachments: read up to the bounds, the report held ----------------------------------


def test_attachments_past_the_count_are_not_read_and_the_report_is_held():
    """GIVEN figures in the body and 4 CSV files WHEN at most 2 are read THEN the body and
    the first 2 files are read, every candidate held, the reason naming the others."""
    m = message(BODY)
    for i in range(4):
        csv_attachment(m, f"bc_{i}.csv", TABLE.format(i + 1).encode())
    found = extracted(m, Limits(attachments=2))
    assert held_for(found) == [
        "Thư có 4 tệp đính kèm, quá giới hạn 2 tệp: chỉ đọc 2 tệp đầu, "
        "2 tệp chưa đọc (bc_2.csv, bc_3.csv)"
    ]
    assert body_values(found)["items"] == 12
    assert {c.origin.split(",")[0] for c in found.candidates} == {
        "nội dung thư",
        "bc_0.csv",
        "bc_1.csv",
    }


def test_pictures_do_not_count_among_the_attachments_read():
    m = message(BODY)
    for i in range(3):
        m.add_attachment(b"\x89PNG....", maintype="image", subtype="png", filename=f"a{i}.png")
    csv_attachment(m, "bc.csv", TABLE.format(3).encode())
    found = extracted(m, Limits(attachments=1))
    assert all(not c.problems for c in found.candidates)
    assert {c.origin.split(",")[0] for c in found.candidates} == {"nội dung thư", "bc.csv"}


def test_a_text_file_is_read_up_to_its_first_characters():
    m = message("Em gửi báo cáo ạ.")
    text = "Số tin, bài: 12\n" + "Ghi chép thêm. " * 5_000
    m.add_attachment(text.encode(), maintype="text", subtype="plain", filename="bc.txt")
    found = extracted(m, Limits())
    assert held_for(found) == ["Tệp bc.txt dài 75.016 ký tự, chỉ đọc 50.000 ký tự đầu"]
    assert [v.value for c in found.candidates for v in c.values] == [12]


def test_an_attachment_over_attachment_bytes_is_not_read_and_named():
    m = message(BODY)
    csv_attachment(m, "lon.csv", TABLE.format(5).encode() * 600)
    found = extracted(m, Limits(attachment_bytes=10_000))
    [why] = held_for(found)
    assert re.fullmatch(r"Tệp lon\.csv quá lớn \(\d+ KB, tối đa 10 KB\), chưa đọc", why)
    assert body_values(found)["items"] == 12


def test_a_message_whose_only_file_is_refused_is_held_whole_with_the_reason():
    """GIVEN a unit's report in a file too big to read WHEN analysed THEN the message is
    held whole, the reason naming the file (end to end, with the default limits)."""
    m = message("Em gửi báo cáo tuần ạ.")
    big = b"Don vi;So tin bai\n" + b"Xa Ban Bo;12\n" * 1_700_000  # 22 MB
    csv_attachment(m, "bc tuan.csv", big)
    reports = pipeline.analyse(bytes(m), CONTEXT).reports
    assert [r.status for r in reports] == [Status.NEEDS_REVIEW]
    assert "Tệp bc tuan.csv quá lớn (22 MB, tối đa 20 MB), chưa đọc" in [
        p.message for p in reports[0].problems
    ]


def test_twenty_one_files_hold_the_report_with_the_default_limits():
    m = message(BODY)
    for i in range(21):
        csv_attachment(m, f"bc_{i:02d}.csv", b"Ghi chu;Noi dung\nanh;chup\n")
    reports = pipeline.analyse(bytes(m), CONTEXT).reports
    assert len(reports) == 1 and reports[0].values["items"] == 12
    assert reports[0].status is Status.NEEDS_REVIEW
    assert any("chỉ đọc 20 tệp đầu" in p.message for p in reports[0].problems)


# -- packed files: zip members and PDF streams --------------------------------------------


def test_a_zip_declaring_more_than_unpacked_bytes_is_refused_unread():
    data = zipped({"xl/worksheets/sheet1.xml": b"<x/>" * 300_000})  # 1.2 MB
    with pytest.raises(TooBig, match=r"Tệp bc\.xlsx khi giải nén quá lớn"):
        unpack.zip_sizes(data, "bc.xlsx", Limits(unpacked_bytes=1_000_000, unpack_ratio=10_000))


def test_a_zip_member_that_grows_past_unpack_ratio_is_refused():
    data = zipped({"xl/worksheets/sheet1.xml": bytes(3_000_000)})
    with pytest.raises(TooBig, match=r"bị nén bất thường \(giải nén to gấp [\d.]+ lần, tối đa 200"):
        unpack.zip_sizes(data, "bc.xlsx", Limits())


def test_a_zip_member_inflating_past_its_declared_size_is_refused():
    """GIVEN a member declaring 1,000 bytes that inflates to 2 MB of varied text (a lying
    header, which calamine would believe) WHEN measured THEN refused."""
    text = b"".join(b'<row r="%d"><c><v>%d</v></c></row>' % (i, i * 7919) for i in range(60_000))
    name, packed, crc, _ = hostile.member("xl/worksheets/sheet1.xml", text)
    data = hostile.zip_archive([(name, packed, crc, 1_000)])
    with pytest.raises(TooBig, match="khai báo sai kích thước"):
        unpack.zip_sizes(data, "bc.xlsx", Limits())


def test_an_honest_zip_is_measured_member_by_member():
    data = workbook([["Số tin, bài", 12]])
    sizes = unpack.zip_sizes(data, "bc.xlsx", Limits())
    assert "xl/worksheets/sheet1.xml" in sizes and all(s > 0 for s in sizes.values())


def test_a_pdf_stream_growing_past_unpack_ratio_is_refused():
    data = hostile.pdf_document(zlib.compress(b"BT ET\n" + bytes(5_000_000)))
    with pytest.raises(TooBig, match=r"Tệp bc\.pdf bị nén bất thường"):
        documents.read(data, "bc.pdf", Limits())


def test_a_pdf_image_may_grow_more_but_not_past_unpacked_bytes():
    """A blank scanned page grows a thousand times, honestly; its size is still bounded."""
    text = zlib.compress(b"BT /F1 12 Tf 72 760 Td (So tin, bai: 12) Tj ET")
    image = b"<< /Subtype /Image /Width 2000 /Height 1000 /Filter /FlateDecode >>\nstream\n"
    blank = hostile.pdf_pages(
        [text], extra=image + zlib.compress(bytes(2_000_000)) + b"\nendstream"
    )
    assert "So tin, bai: 12" in documents.read(blank, "bc.pdf", Limits()).text
    with pytest.raises(TooBig, match="khi giải nén quá lớn"):
        documents.read(blank, "bc.pdf", Limits(unpacked_bytes=1_000_000))


# -- sheets and tables: cells --------------------------------------------------------------


def test_a_sheet_over_cells_is_not_read_and_the_other_sheets_are():
    book = sheets_book(
        {"Báo cáo": [["Số tin, bài", 12]], "Nhật ký": [[i] * 10 for i in range(150)]}
    )
    read = sheets.read(book, "bc.xlsx", Limits(cells=1_000))
    assert [name for name, _ in read.sheets] == ["Báo cáo"]
    assert read.cut == ("Trang tính Nhật ký của tệp bc.xlsx có hơn 1.000 ô, chưa đọc",)


def sheets_book(content: dict[str, list[list[object]]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in content.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_sheet_with_one_far_cell_is_refused_before_calamine_makes_it_whole():
    """GIVEN A1 and XFD1048576 filled (17 billion cells as calamine holds them) WHEN read
    THEN refused at once."""
    cells = (
        '<row r="1"><c r="A1"><v>12</v></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    )
    sheet = hostile.member("xl/worksheets/sheet1.xml", hostile.sheet_xml(cells))
    started = time.monotonic()
    read = sheets.read(hostile.zip_archive(hostile.xlsx_members(sheet)), "bc.xlsx", Limits())
    assert time.monotonic() - started < 1
    assert read.sheets == ()
    assert read.cut == ("Trang tính Báo cáo của tệp bc.xlsx có hơn 200.000 ô, chưa đọc",)


def test_a_csv_over_cells_is_read_up_to_them_and_the_report_held():
    m = message(BODY)
    csv_attachment(m, "bc.csv", TABLE.format(9).encode() + b"Xa khac;1;1\n" * 600)
    found = extracted(m, Limits(cells=1_000))
    assert held_for(found) == ["Tệp bc.csv quá lớn (hơn 1.000 ô), chỉ đọc 333 dòng đầu"]
    assert body_values(found)["items"] == 12


def test_a_word_table_over_cells_is_read_up_to_them():
    rows = [["Đơn vị", "Số tin, bài", "Thời lượng (phút)"], ["Xã Bản Bo", "12", "30"]]
    rows += [["Xã khác", "1", "1"]] * 400
    document = _docx([*["Báo cáo tuần"], rows])
    read = documents.read(document, "bc.docx", Limits(cells=1_000))
    assert len(read.tables[0]) == 333
    assert read.cut == ("Bảng 1 của tệp bc.docx quá lớn (hơn 1.000 ô), chỉ đọc phần đầu",)


def test_a_word_cell_spanning_a_million_columns_costs_nothing():
    document = _docx(["Báo cáo tuần", [["Số tin, bài", "12"]]], span=1_000_000)
    started = time.monotonic()
    read = documents.read(document, "bc.docx", Limits())
    assert time.monotonic() - started < 1
    assert read.tables == ([],)
    assert read.cut == ("Bảng 1 của tệp bc.docx quá lớn (hơn 200.000 ô), chỉ đọc phần đầu",)


def _docx(blocks: list, span: int = 1, breaks: int = 0) -> bytes:
    out = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            paragraph = out.add_paragraph(block)
            for _ in range(breaks):
                paragraph.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
            continue
        table = out.add_table(rows=len(block), cols=len(block[0]))
        for row, texts in zip(table.rows, block, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
        if span > 1:
            spanned = OxmlElement("w:gridSpan")
            spanned.set(qn("w:val"), str(span))
            table.rows[0]._tr.tc_lst[0].get_or_add_tcPr().append(spanned)
    data = io.BytesIO()
    out.save(data)
    return data.getvalue()


# -- pages ---------------------------------------------------------------------------------


def test_a_pdf_past_pages_is_read_up_to_them_and_the_report_held():
    pages = [
        zlib.compress(f"BT /F1 12 Tf 72 760 Td (So tin, bai: {12 + i}) Tj ET".encode())
        for i in range(3)
    ]
    m = message("Em gửi báo cáo tuần ạ.")
    m.add_attachment(
        hostile.pdf_pages(pages), maintype="application", subtype="pdf", filename="bc.pdf"
    )
    found = extracted(m, Limits(pages=1))
    assert held_for(found) == ["Tệp bc.pdf dài hơn 1 trang, chỉ đọc 1 trang đầu"]
    assert [v.value for c in found.candidates for v in c.values] == [12]


def test_a_word_file_past_pages_is_read_up_to_them():
    document = _docx(["Số tin, bài: 12", "Thời lượng: 30 phút", "Phụ lục"], breaks=1)
    read = documents.read(document, "bc.docx", Limits(pages=2))
    assert "Thời lượng: 30 phút" in read.text and "Phụ lục" not in read.text
    assert read.cut == ("Tệp bc.docx dài hơn 2 trang, chỉ đọc 2 trang đầu",)


def test_a_word_file_whose_xml_would_not_fit_as_trees_is_refused():
    data = zipped({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>" * 40_000})
    with pytest.raises(TooBig, match=r"có phần văn bản quá lớn \(160 KB, tối đa 100 KB\)"):
        documents.read(data, "bc.docx", Limits(unpacked_bytes=1_000_000))
