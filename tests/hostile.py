"""Hostile mail, built here and now: one builder per kind of issue 9's list.

    KINDS                 {kind: builder}; each builder returns the bytes of a whole .eml
    ordinary_report()     the plain weekly report of another unit, sent after the hostile one
    HOSTILE_SENDER ...    who sends what, when; NOW is a --now at which nothing is due

Every builder is deterministic and quick (well under a second), and nothing big is kept
in the repository: bombs are built from a small unit compressed once, whose compressed
bytes are repeated (deflate blocks ended by a full flush refer to nothing before them),
so a sheet of 1 GiB or an image of 2.5 GB unpacked is never held unpacked here.

The hostile messages look like reports of Xã Thèn Sin (a known sender, a report subject,
a body without figures), so that the daemon reads their attachments; the ordinary report
comes from Xã Giang Ma an hour later.
"""

from __future__ import annotations

import base64
import struct
import zlib
from collections.abc import Callable, Iterable

HOSTILE_SENDER = "thensin.tamduong@laichau.gov.vn"  # Xã Thèn Sin
ORDINARY_SENDER = "giangma.tamduong@laichau.gov.vn"  # Xã Giang Ma
OFFICE = "sangnq.tamduong@laichau.gov.vn"
HOSTILE_DATE = "Wed, 03 Feb 2021 09:00:00 +0700"
ORDINARY_DATE = "Wed, 03 Feb 2021 10:00:00 +0700"
NOW = "2021-02-03T12:00+07:00"  # before the first reminder (Wed 15:00) and the deadline
SUBJECT = "Báo cáo kết quả tuyên truyền tuần - Thèn Sin"
COVER = "Xã Thèn Sin gửi báo cáo tuần (file đính kèm).\n\nTrân trọng!\n"
BOUNDARY = "=_hostile_boundary"

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MiB = 1024 * 1024


# -- the envelope ----------------------------------------------------------------------


def message_id(kind: str) -> str:
    return f"<hostile.{kind}@thensin.test>"


def ordinary_message_id(kind: str) -> str:
    return f"<ordinary.after.{kind}@giangma.test>"


def envelope(
    kind: str,
    content_type: str,
    body: bytes,
    *,
    subject: str = SUBJECT,
    headers: Iterable[str] = (),
) -> bytes:
    """A whole message: the usual headers of a report of Xã Thèn Sin, then `body`.
    `subject` is written as it is (a caller may give encoded words)."""
    lines = [
        f"From: Xã Thèn Sin <{HOSTILE_SENDER}>",
        f"To: {OFFICE}",
        f"Subject: {subject}",
        f"Date: {HOSTILE_DATE}",
        f"Message-ID: {message_id(kind)}",
        "MIME-Version: 1.0",
        *headers,
        f"Content-Type: {content_type}",
    ]
    return "\n".join(lines).encode("utf-8") + b"\n\n" + body


def part(
    content_type: str,
    payload: bytes,
    *,
    filename: str | None = None,
    disposition: str | None = None,
    encoding: str = "base64",
) -> bytes:
    """One MIME part: headers, an empty line, the payload in `encoding`."""
    lines = [f"Content-Type: {content_type}", f"Content-Transfer-Encoding: {encoding}"]
    if disposition or filename:
        lines.append(disposition or f'Content-Disposition: attachment; filename="{filename}"')
    body = base64.encodebytes(payload) if encoding == "base64" else payload
    return "\n".join(lines).encode("utf-8") + b"\n\n" + body


def text_part(text: str) -> bytes:
    return part("text/plain; charset=utf-8", text.encode("utf-8"), encoding="8bit")


def multipart(parts: Iterable[bytes], boundary: str = BOUNDARY) -> bytes:
    """The body of a multipart: every part between boundaries, and the closing one."""
    mark = f"--{boundary}".encode()
    out = [b"This is a multi-part message in MIME format.\n"]
    for p in parts:
        out += [mark, b"\n", p, b"\n"]
    out += [mark, b"--\n"]
    return b"".join(out)


def with_attachments(kind: str, attachments: Iterable[bytes], **kw) -> bytes:
    """A report of Xã Thèn Sin: its cover note, then `attachments` (whole parts)."""
    body = multipart([text_part(COVER), *attachments])
    return envelope(kind, f'multipart/mixed; boundary="{BOUNDARY}"', body, **kw)


def ordinary_report(kind: str) -> bytes:
    """Xã Giang Ma's weekly report in labelled lines: what must still be read after."""
    text = (
        "Kính gửi: Phòng Văn hóa và Thông tin huyện\n\n"
        "Xã Giang Ma báo cáo kết quả tuyên truyền tuần như sau:\n"
        "Số tin, bài: 12\n"
        "Thời lượng: 45 phút\n"
        "Số lượt phát sóng: 24\n"
        "Ước số người nghe: 3.500\n\n"
        "Trân trọng!\n"
    )
    lines = [
        f"From: Xã Giang Ma <{ORDINARY_SENDER}>",
        f"To: {OFFICE}",
        "Subject: Báo cáo kết quả tuyên truyền tuần - Giang Ma",
        f"Date: {ORDINARY_DATE}",
        f"Message-ID: {ordinary_message_id(kind)}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    return "\n".join(lines).encode("utf-8") + b"\n\n" + text.encode("utf-8")


# -- bombs: deflate streams that are never held unpacked ---------------------------------


def _flushed(data: bytes, mode: int) -> bytes:
    """`data` as raw deflate blocks from a fresh compressor: self-contained, byte-aligned."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(mode)


def repeated_deflate(head: bytes, unit: bytes, count: int, tail: bytes) -> bytes:
    """A raw deflate stream of head + unit * count + tail."""
    return (
        _flushed(head, zlib.Z_FULL_FLUSH)
        + _flushed(unit, zlib.Z_FULL_FLUSH) * count
        + _flushed(tail, zlib.Z_FINISH)
    )


def repeated_crc(head: bytes, unit: bytes, count: int, tail: bytes) -> int:
    """The CRC-32 of head + unit * count + tail (1 GiB takes about half a second)."""
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(unit, crc)
    return zlib.crc32(tail, crc)


Member = tuple[str, bytes, int, int]  # name, raw deflate data, CRC-32, unpacked size


def member(name: str, data: bytes) -> Member:
    return name, _flushed(data, zlib.Z_FINISH), zlib.crc32(data), len(data)


def zip_archive(members: Iterable[Member]) -> bytes:
    """A zip of deflated members, written by hand (zipfile wants the unpacked bytes)."""
    out = bytearray()
    central = bytearray()
    entries = 0
    for name, data, crc, size in members:
        raw_name = name.encode()
        fixed = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, len(data), size)
        offset = len(out)
        out += b"PK\x03\x04" + fixed + struct.pack("<HH", len(raw_name), 0) + raw_name + data
        central += b"PK\x01\x02" + struct.pack("<H", 20) + fixed
        central += struct.pack("<HHHHHII", len(raw_name), 0, 0, 0, 0, 0, offset) + raw_name
        entries += 1
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, entries, entries, len(central), len(out), 0)
    return bytes(out + central + end)


# -- Office files written by hand ----------------------------------------------------------

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = _REL + "/officeDocument"


def _content_types(overrides: dict[str, str]) -> bytes:
    items = "".join(f'<Override PartName="/{n}" ContentType="{t}"/>' for n, t in overrides.items())
    return (
        f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{items}</Types>"
    ).encode()


def _rels(target: str, kind: str = _DOC_REL) -> bytes:
    return (
        f'{_XML}<Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{kind}" Target="{target}"/></Relationships>'
    ).encode()


def xlsx_members(sheet: Member) -> list[Member]:
    """The parts of a one-sheet workbook around `sheet` (xl/worksheets/sheet1.xml)."""
    ml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    workbook = (
        f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
        '<sheet name="Báo cáo" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    return [
        member(
            "[Content_Types].xml",
            _content_types(
                {
                    "xl/workbook.xml": f"{ml}.sheet.main+xml",
                    "xl/worksheets/sheet1.xml": f"{ml}.worksheet+xml",
                }
            ),
        ),
        member("_rels/.rels", _rels("xl/workbook.xml")),
        member("xl/workbook.xml", workbook.encode()),
        member("xl/_rels/workbook.xml.rels", _rels("worksheets/sheet1.xml", _REL + "/worksheet")),
        sheet,
    ]


def docx_archive(document_xml: bytes) -> bytes:
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    return zip_archive(
        [
            member(
                "[Content_Types].xml",
                _content_types({"word/document.xml": f"{wml}.document.main+xml"}),
            ),
            member("_rels/.rels", _rels("word/document.xml")),
            member("word/document.xml", document_xml),
        ]
    )


def sheet_xml(cells_xml: str, doctype: str = "") -> bytes:
    return (
        f'{_XML}{doctype}<worksheet xmlns="{_MAIN}"><sheetData>{cells_xml}</sheetData></worksheet>'
    ).encode()


def word_xml(text_xml: str, doctype: str = "") -> bytes:
    return (
        f'{_XML}{doctype}<w:document xmlns:w="{_WORD}"><w:body>'
        f"<w:p><w:r><w:t>{text_xml}</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
_INLINE = '<row r="1"><c r="A1" t="inlineStr"><is><t>{}</t></is></c></row>'


# -- the kinds ---------------------------------------------------------------------------


def encoded_words(kind: str = "encoded_words") -> bytes:
    """A Subject of 16,000 RFC 2047 encoded words (256 KB), folded four to a line."""
    word = "=?utf-8?b?w6E=?="  # "á"
    lines = [" ".join([word] * 4) for _ in range(4000)]
    return envelope(kind, "text/plain; charset=utf-8", COVER.encode(), subject="\n ".join(lines))


def rfc2231_nul(kind: str = "rfc2231_nul") -> bytes:
    """An attachment whose RFC 2231 file name has a NUL in it (filename*=...%00...)."""
    sheet = sheet_xml(_INLINE.format("Số tin, bài"))
    data = zip_archive(xlsx_members(member("xl/worksheets/sheet1.xml", sheet)))
    disposition = "Content-Disposition: attachment; filename*=utf-8''bao%20cao%00tuan.xlsx"
    attachment = part(f"{XLSX_TYPE}; name*=utf-8''bc%00.xlsx", data, disposition=disposition)
    return with_attachments(kind, [attachment])


def pdf_document(content: bytes, *, filtered: bool = True) -> bytes:
    """A one-page PDF whose page content is `content` (deflated data if `filtered`)."""
    return pdf_pages([content], filtered=filtered)


def pdf_pages(contents: list[bytes], *, filtered: bool = True, extra: bytes = b"") -> bytes:
    """A PDF of one page per content stream (deflated data if `filtered`), in Helvetica;
    `extra`: the dictionary and data of one more stream object, which no page uses."""
    count = len(contents)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    font = 3 + 2 * count
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
    ]
    for i, content in enumerate(contents):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * i} 0 R"
            f" /Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        filters = " /Filter /FlateDecode" if filtered else ""
        objects.append(
            f"<< /Length {len(content)}{filters} >>".encode()
            + b"\nstream\n"
            + content
            + b"\nendstream"
        )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    if extra:
        objects.append(extra)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def pdf_flate_bomb(kind: str = "pdf_flate_bomb") -> bytes:
    """A PDF whose page content inflates to 64 MiB (a line of text, then zeros)."""
    text = b"BT /F1 12 Tf 72 760 Td (Bao cao tuan - Xa Then Sin) Tj ET\n"
    stream = repeated_deflate(text, bytes(MiB), 64, b"")
    zlib_stream = b"\x78\xda" + stream + struct.pack(">I", _adler_of(text, 64 * MiB))
    attachment = part("application/pdf", pdf_document(zlib_stream), filename="bao cao tuan.pdf")
    return with_attachments(kind, [attachment])


def _adler_of(head: bytes, zeros: int) -> int:
    """Adler-32 of `head` followed by `zeros` zero bytes, without making them."""
    value = zlib.adler32(head)
    a, b = value & 0xFFFF, value >> 16
    b = (b + a * zeros) % 65521  # each zero adds a (unchanged) to b
    return (b << 16) | a


def xlsx_zip_bomb(kind: str = "xlsx_zip_bomb") -> bytes:
    """An xlsx whose sheet XML unpacks to 1 GiB (36 million one-cell rows) from ~3 MB."""
    head, tail = sheet_xml("").split(b"</sheetData>")
    tail = b"</sheetData>" + tail
    row = b"<row><c><v>1</v></c></row>"  # 26 bytes
    unit = row * (MiB // len(row))
    stream = repeated_deflate(head, unit, 1024, tail)
    crc = repeated_crc(head, unit, 1024, tail)
    sheet = ("xl/worksheets/sheet1.xml", stream, crc, len(head) + len(unit) * 1024 + len(tail))
    data = zip_archive(xlsx_members(sheet))
    return with_attachments(kind, [part(XLSX_TYPE, data, filename="bao cao tuan.xlsx")])


def csv_50mb(kind: str = "csv_50mb") -> bytes:
    """A CSV attachment of 50 MiB: a header, then rows of figures."""
    header = "STT,Đơn vị,Số tin bài,Thời lượng,Số lượt phát sóng,Ước số người nghe\n".encode()
    row = b"1,X\xc3\xa3 Th\xc3\xa8n Sin,12,45,24,3500\n"
    data = header + row * ((50 * MiB - len(header)) // len(row))
    return with_attachments(kind, [part("text/csv", data, filename="bao cao tuan.csv")])


def nested_eml(kind: str = "nested_eml", depth: int = 20) -> bytes:
    """A message forwarded as an attachment (message/rfc822) inside a message, inside a
    message ... `depth` times."""
    inner = envelope(f"{kind}.{depth}", "text/plain; charset=utf-8", COVER.encode())
    for level in range(depth - 1, -1, -1):
        boundary = f"=_level_{level}"
        forward = part("message/rfc822", inner, encoding="8bit")
        body = multipart([text_part(f"Chuyển tiếp lần {level + 1}.\n"), forward], boundary)
        name = f"{kind}.{level}" if level else kind
        content_type = f'multipart/mixed; boundary="{boundary}"'
        inner = envelope(name, content_type, body, subject=f"Fwd: {SUBJECT}")
    return inner


def many_attachments(kind: str = "many_attachments", count: int = 500) -> bytes:
    """`count` small attachments, CSV files each with a header and one row of figures."""
    table = "Đơn vị;Số tin, bài;Thời lượng (phút)\nXã Thèn Sin;{};30\n"
    parts = (
        part("text/csv", table.format(i % 40 + 1).encode(), filename=f"bc_{i:03d}.csv")
        for i in range(count)
    )
    return with_attachments(kind, parts)


def many_parts(kind: str = "many_parts", count: int = 50_000) -> bytes:
    """A multipart of `count` tiny text parts."""
    parts = [text_part(COVER)] + [text_part(".")] * (count - 1)
    return envelope(kind, f'multipart/mixed; boundary="{BOUNDARY}"', multipart(parts))


def billion_laughs_xlsx(kind: str = "billion_laughs_xlsx") -> bytes:
    sheet = sheet_xml(_INLINE.format("&lol9;"), LAUGHS)
    data = zip_archive(xlsx_members(member("xl/worksheets/sheet1.xml", sheet)))
    return with_attachments(kind, [part(XLSX_TYPE, data, filename="bao cao tuan.xlsx")])


def billion_laughs_docx(kind: str = "billion_laughs_docx") -> bytes:
    data = docx_archive(word_xml("&lol9;", LAUGHS))
    return with_attachments(kind, [part(DOCX_TYPE, data, filename="bao cao tuan.docx")])


def xxe_xlsx(kind: str = "xxe_xlsx") -> bytes:
    sheet = sheet_xml(_INLINE.format("&xxe;"), XXE)
    data = zip_archive(xlsx_members(member("xl/worksheets/sheet1.xml", sheet)))
    return with_attachments(kind, [part(XLSX_TYPE, data, filename="bao cao tuan.xlsx")])


def xxe_docx(kind: str = "xxe_docx") -> bytes:
    data = docx_archive(word_xml("Số tin, bài: &xxe;", XXE))
    return with_attachments(kind, [part(DOCX_TYPE, data, filename="bao cao tuan.docx")])


def png_chunk(name: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + name + data + struct.pack(">I", zlib.crc32(name + data))


def png_bomb(kind: str = "png_bomb", side: int = 50_000) -> bytes:
    """A grey PNG of side x side pixels (2.5 GB unpacked), all its rows present (~2.5 MB)."""
    raw = side * (side + 1)  # a filter byte and `side` pixels per row, all zero
    units, rest = divmod(raw, MiB)
    stream = repeated_deflate(b"", bytes(MiB), units, bytes(rest))
    idat = b"\x78\xda" + stream + struct.pack(">I", _adler_of(b"", raw))
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    png = (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", idat)
        + png_chunk(b"IEND", b"")
    )
    return with_attachments(kind, [part("image/png", png, filename="anh bao cao.png")])


def deep_html(kind: str = "deep_html", depth: int = 50_000) -> bytes:
    """An HTML body nested `depth` elements deep (divs, tables, quotes in turn)."""
    opening = "<div><table><tr><td><blockquote>"
    closing = "</blockquote></td></tr></table></div>"
    levels = depth // 5
    html = "<html><body>" + opening * levels + "Báo cáo tuần" + closing * levels + "</body></html>"
    return envelope(kind, "text/html; charset=utf-8", html.encode("utf-8"))


def long_line(kind: str = "long_line") -> bytes:
    """A plain body of one line of 10 MiB: words and figures, never a line break."""
    phrase = "Xã Thèn Sin đã phát 05 tin, bài với thời lượng 1 giờ 15 phút; ".encode()
    body = phrase * (10 * MiB // len(phrase))
    return envelope(
        kind, "text/plain; charset=utf-8", body, headers=["Content-Transfer-Encoding: 8bit"]
    )


KINDS: dict[str, Callable[[], bytes]] = {
    "encoded_words": encoded_words,
    "rfc2231_nul": rfc2231_nul,
    "pdf_flate_bomb": pdf_flate_bomb,
    "xlsx_zip_bomb": xlsx_zip_bomb,
    "csv_50mb": csv_50mb,
    "nested_eml": nested_eml,
    "many_attachments": many_attachments,
    "many_parts": many_parts,
    "billion_laughs_xlsx": billion_laughs_xlsx,
    "billion_laughs_docx": billion_laughs_docx,
    "xxe_xlsx": xxe_xlsx,
    "xxe_docx": xxe_docx,
    "png_bomb": png_bomb,
    "deep_html": deep_html,
    "long_line": long_line,
}
