"""Building blocks for make_corpus.py: messages and the files commune staff attach.

Everything here is deterministic: fixed Message-IDs and MIME boundaries, zip members
with a fixed time stamp, office-document properties with fixed dates, PDFs written in
reportlab's invariant mode, pseudo-random noise from a fixed seed.  Running the
generator twice gives byte-identical files.

Messages are built with the compat32 `email.mime` classes so that every header is
written exactly as a given mail client writes it (RFC 2047 words in a file name,
RFC 2231 parameters, a windows-1258 body...), not as Python would prefer.

Needs (development only, not the product): python-docx, reportlab, odfpy, xlwt, pillow
(`pip install -e '.[corpus]'`).  Legacy .doc files are produced once with LibreOffice
and kept in assets/ (see make_corpus.py --rebuild-assets).
"""

from __future__ import annotations

import io
import quopri
import random
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.charset import QP, Charset
from email.encoders import encode_base64
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

ICT = timezone(timedelta(hours=7))
UTC = UTC
OFFICE = "sangnq.tamduong@laichau.gov.vn"
OFFICE_NAME = "Phòng Văn hóa và Thông tin huyện Tam Đường"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED_ZIP_TIME = (2021, 1, 1, 0, 0, 0)

XLSX = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"
SUBTYPES = {
    ".xlsx": ("application", XLSX),
    ".xls": ("application", "vnd.ms-excel"),
    ".ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    ".csv": ("text", "csv"),
    ".docx": ("application", DOCX),
    ".doc": ("application", "msword"),
    ".pdf": ("application", "pdf"),
    ".jpg": ("image", "jpeg"),
    ".png": ("image", "png"),
    ".txt": ("text", "plain"),
}


def at(month: int, day: int, hour: int, minute: int = 0, tz: timezone = ICT) -> datetime:
    """A moment of 2021, by default in Vietnam time."""
    return datetime(2021, month, day, hour, minute, tzinfo=tz)


def thursday(month: int, day: int) -> str:
    """The ISO date of a period end, checked to be a Thursday."""
    d = date(2021, month, day)
    if d.weekday() != 3:
        raise ValueError(f"{d} is not a Thursday")
    return d.isoformat()


# -- legacy Vietnamese encodings ------------------------------------------------------

_TONES = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}  # á à ả ã ạ
_TCVN3_BASE = {"ă": "¨", "â": "©", "ê": "ª", "ô": "«", "ơ": "¬", "ư": "\xad", "đ": "®"}
_TCVN3_UPPER = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}
# acute, grave, hook, tilde, dot below
_TCVN3_TONED = {
    "a": "¸µ¶·¹",
    "ă": "¾»¼½Æ",
    "â": "ÊÇÈÉË",
    "e": "ÐÌÎÏÑ",
    "ê": "ÕÒÓÔÖ",
    "i": "Ý×ØÜÞ",
    "o": "ãßáâä",
    "ô": "èåæçé",
    "ơ": "íêëìî",
    "u": "óïñòô",
    "ư": "øõö÷ù",
    "y": "ýúûüþ",
}


def _split_tone(ch: str) -> tuple[str, int | None]:
    """("ộ") -> ("ô", 4): the letter without its tone mark, and the tone."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = next((_TONES[c] for c in decomposed if c in _TONES), None)
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return bare, tone


def to_tcvn3(text: str) -> str:
    """Unicode to TCVN3 (ABC), as the bytes of a .VnTime run read as Latin-1 text.

    TCVN3 has no capital letters with a tone mark: like typists using .VnTimeH, they are
    written with the small letter's code (the font draws it as a capital)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _TCVN3_UPPER:
            out.append(_TCVN3_UPPER[ch])
            continue
        bare, tone = _split_tone(ch)
        if tone is None:
            out.append(_TCVN3_BASE.get(bare, bare))
            continue
        low = bare.lower()
        if low not in _TCVN3_TONED:
            raise ValueError(f"no TCVN3 code for {ch!r}")
        out.append(_TCVN3_TONED[low][tone])
    return "".join(out)


_VNI_PLAIN_TONES = ("ù", "ø", "û", "õ", "ï")
_VNI_HAT_TONES = ("á", "à", "å", "ã", "ä")  # on â ê ô
_VNI_BREVE_TONES = ("é", "è", "ú", "ü", "ë")  # on ă
_VNI_I = ("í", "ì", "æ", "ó", "ò")


def to_vni(text: str) -> str:
    """Unicode to VNI Windows (VNI-Times): base letter plus one or two modifier bytes."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        bare, tone = _split_tone(ch)
        low = bare.lower()
        upper = bare != low

        def u(s: str, upper: bool = upper) -> str:
            return s.upper() if upper else s

        if low == "đ":
            out.append(u("ñ"))
        elif low in "âêô" and low:
            base = {"â": "a", "ê": "e", "ô": "o"}[low]
            mark = "â" if tone is None else _VNI_HAT_TONES[tone]
            out.append(u(base) + u(mark))
        elif low == "ă":
            mark = "ê" if tone is None else _VNI_BREVE_TONES[tone]
            out.append(u("a") + u(mark))
        elif low in ("ơ", "ư"):
            base = "ô" if low == "ơ" else "ö"
            out.append(u(base) + ("" if tone is None else u(_VNI_PLAIN_TONES[tone])))
        elif low == "i" and tone is not None:
            out.append(u(_VNI_I[tone]))
        elif low == "y" and tone == 4:
            out.append(u("î"))
        elif tone is not None:
            out.append(u(low) + u(_VNI_PLAIN_TONES[tone]))
        else:
            out.append(ch)
    return "".join(out)


def to_cp1258(text: str) -> bytes:
    """Unicode to windows-1258 bytes: precomposed â ê ô ă ơ ư đ plus a combining tone byte,
    as Vietnamese Windows writes it (Python's codec only encodes what has one code)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in _TONES)
        bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        out += bare.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


# -- messages ----------------------------------------------------------------------------


@dataclass
class Attach:
    """An attachment: its name, its bytes, and how the mail client names it."""

    filename: str
    data: bytes
    # "2047": filename="=?UTF-8?B?...?=" (Gmail, most webmail); "2231": filename*=utf-8''...
    # (Outlook, Thunderbird); "plain": the name as it is (ASCII names).
    style: str = "2047"
    content_type: tuple[str, str] | None = None
    nfd_name: bool = False  # macOS clients send decomposed file names
    charset: str | None = None  # for text attachments (csv)


@dataclass
class Mail:
    """What a case message is made of; `build` turns it into bytes."""

    sender: str  # "Name <address>" or an address
    subject: str
    when: datetime | None
    text: str | None = None
    html: str | None = None
    attachments: list[Attach] = field(default_factory=list)
    to: str = OFFICE
    cc: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    charset: str = "utf-8"  # "utf-8" or "windows-1258"
    cte: str = "qp"  # "qp", "base64" or "8bit"
    nfd: bool = False  # body and subject in decomposed Unicode
    subject_style: str = "B"  # "B", "Q" (RFC 2047 encodings), or "raw" (written as given)
    mailer: str | None = None
    in_reply_to: str | None = None
    inline: list[Attach] = field(default_factory=list)  # images the HTML shows (cid:name)
    signed: bool = False  # wrap in multipart/signed with an S/MIME smime.p7s part


def _address(value: str) -> str:
    m = re.fullmatch(r"\s*(.*?)\s*<([^>]+)>\s*", value)
    if not m:
        return value
    name, addr = m[1].strip('"'), m[2]
    if not name:
        return f"<{addr}>"
    return formataddr((name, addr), charset="utf-8")


def _subject(text: str, style: str, charset: str) -> str:
    if style == "raw" or text.isascii():
        return text
    if charset == "windows-1258":
        encoded = quopri.encodestring(to_cp1258(text), header=True).decode("ascii")
        return f"=?windows-1258?Q?{encoded}?="
    h = Header(text, "utf-8", maxlinelen=76, header_name="Subject")
    if style == "Q":
        cs = Charset("utf-8")
        cs.header_encoding = QP
        h = Header(text, cs, maxlinelen=76, header_name="Subject")
    return h.encode()


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEBase:
    if charset == "windows-1258":
        part = MIMENonMultipart("text", subtype, charset="windows-1258")
        data = to_cp1258(text)
        if cte == "8bit":
            part.set_payload(data.decode("ascii", "surrogateescape"))
        else:
            part.set_payload(quopri.encodestring(data).decode("ascii"))
            cte = "quoted-printable"
        part["Content-Transfer-Encoding"] = cte
        return part
    if charset == "mislabelled-latin1":
        # A broken client: UTF-8 bytes declared as ISO-8859-1.
        part = MIMENonMultipart("text", subtype, charset="iso-8859-1")
        part.set_payload(text.encode("utf-8").decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = "8bit"
        return part
    if cte == "base64":
        return MIMEText(text, subtype, "utf-8")
    if cte == "8bit":
        part = MIMENonMultipart("text", subtype, charset="utf-8")
        part.set_payload(text.encode("utf-8").decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = "8bit"
        return part
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return MIMEText(text, subtype, cs)


def _attachment(a: Attach) -> MIMEBase:
    suffix = Path(a.filename).suffix.lower()
    maintype, subtype = a.content_type or SUBTYPES.get(suffix, ("application", "octet-stream"))
    name = unicodedata.normalize("NFD", a.filename) if a.nfd_name else a.filename
    if maintype == "text":
        part = MIMENonMultipart("text", subtype, charset=a.charset or "utf-8")
        import base64

        part.set_payload(base64.encodebytes(a.data).decode("ascii"))
        part["Content-Transfer-Encoding"] = "base64"
    else:
        part = MIMEApplication(a.data, _subtype=subtype)
        if maintype != "application":
            part.replace_header("Content-Type", f"{maintype}/{subtype}")
    if a.style == "2231c":
        # Outlook and Thunderbird split a long RFC 2231 value into numbered sections.
        from urllib.parse import quote

        encoded = quote(name.encode("utf-8"), safe="")
        chunks, rest = [], encoded
        while rest:
            cut = min(45, len(rest))
            while "%" in rest[max(0, cut - 2) : cut] and cut < len(rest):
                cut -= 1
            chunks.append(rest[:cut])
            rest = rest[cut:]
        sections = ";\n ".join(
            f"filename*{i}*=" + ("utf-8''" if i == 0 else "") + chunk
            for i, chunk in enumerate(chunks)
        )
        part.set_param("name", Header(name, "utf-8").encode().replace("\n", ""))
        part["Content-Disposition"] = f"attachment;\n {sections}"
    elif a.style == "2231" and not name.isascii():
        part.set_param("name", ("utf-8", "", name))
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    elif a.style == "2047" and not name.isascii():
        encoded = Header(name, "utf-8").encode().replace("\n", "")
        part.set_param("name", encoded)
        part.add_header("Content-Disposition", f'attachment; filename="{encoded}"')
    else:
        part.set_param("name", name)
        part.add_header("Content-Disposition", "attachment", filename=name)
    return part


def build(mail: Mail, case_id: str) -> bytes:
    """The message as bytes, with a Message-ID and MIME boundaries derived from case_id."""
    text = mail.text
    html = mail.html
    subject = mail.subject
    if mail.nfd:
        text = unicodedata.normalize("NFD", text) if text is not None else None
        html = unicodedata.normalize("NFD", html) if html is not None else None
        subject = unicodedata.normalize("NFD", subject)
    counter = iter(range(100))

    def boundary() -> str:
        return f"000000000000{abs(hash_text(case_id)) % 10**12:012d}{next(counter):02d}"

    body: MIMEBase | None = None
    if text is not None and html is not None:
        body = MIMEMultipart("alternative", boundary=boundary())
        body.attach(_text_part(text, "plain", mail.charset, mail.cte))
        body.attach(_text_part(html, "html", mail.charset, mail.cte))
    elif text is not None:
        body = _text_part(text, "plain", mail.charset, mail.cte)
    elif html is not None:
        body = _text_part(html, "html", mail.charset, mail.cte)
    if mail.inline and body is not None:
        related = MIMEMultipart("related", boundary=boundary())
        related.attach(body)
        for a in mail.inline:
            maintype, subtype = SUBTYPES[Path(a.filename).suffix.lower()]
            image = MIMEBase(maintype, subtype, name=a.filename)
            image.set_payload(a.data)
            encode_base64(image)
            image["Content-ID"] = f"<{a.filename}@01D72A3B.5C8E4F10>"
            image.add_header("Content-Disposition", "inline", filename=a.filename)
            related.attach(image)
        body = related
    if mail.attachments:
        message: MIMEBase = MIMEMultipart("mixed", boundary=boundary())
        if body is not None:
            message.attach(body)
        for a in mail.attachments:
            message.attach(_attachment(a))
    else:
        message = body if body is not None else _text_part("", "plain", "utf-8", "qp")
    if mail.signed:
        signed = MIMEMultipart(
            "signed",
            boundary=boundary(),
            protocol="application/pkcs7-signature",
            micalg="sha-256",
        )
        signed.attach(message)
        signature = MIMEApplication(_fake_signature(case_id), _subtype="pkcs7-signature")
        signature.set_param("name", "smime.p7s")
        signature.add_header("Content-Disposition", "attachment", filename="smime.p7s")
        signature.add_header("Content-Description", "S/MIME Cryptographic Signature")
        signed.attach(signature)
        message = signed
    domain = re.sub(r".*@", "", re.sub(r".*<|>.*", "", mail.sender)) or "localhost"
    head = [
        ("From", _address(mail.sender)),
        ("To", _address(mail.to)),
    ]
    if mail.cc:
        head.append(("Cc", _address(mail.cc)))
    head.append(("Subject", _subject(subject, mail.subject_style, mail.charset)))
    if mail.when is not None:
        head.append(("Date", format_datetime(mail.when)))
    stamp = f"{mail.when:%Y%m%d%H%M%S}" if mail.when else "0"
    head.append(("Message-ID", f"<{hash_hex(case_id)}.{stamp}@{domain}>"))
    if mail.in_reply_to:
        head += [("In-Reply-To", mail.in_reply_to), ("References", mail.in_reply_to)]
    if mail.mailer:
        head.append(("X-Mailer", mail.mailer))
    head += mail.headers
    head.append(("MIME-Version", "1.0"))
    for part in message.walk():  # mail clients write MIME-Version once, at the top
        if part is not message:
            del part["MIME-Version"]
    # The mime classes put MIME-Version and Content-Type first; put the envelope first.
    rest = [(k, v) for k, v in message.items() if k.lower() != "mime-version"]
    for k in list(message.keys()):
        del message[k]
    for k, v in head + rest:
        message[k] = v
    return message.as_bytes()


def _fake_signature(seed: str) -> bytes:
    """Bytes shaped like a DER PKCS#7 SignedData (not a valid signature: nothing checks it)."""
    rng = random.Random(hash_text(seed))
    body = bytes(rng.randrange(256) for _ in range(1500))
    return b"\x30\x82\x05\xe0\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02" + body


def hash_text(text: str) -> int:
    """A stable hash (Python's hash() is salted per process)."""
    value = 1469598103934665603
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 1099511628211) % 2**64
    return value


def hash_hex(text: str) -> str:
    return f"{hash_text(text):016x}"


# -- zip-based office files -------------------------------------------------------------

_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")
_ODF_DATE = re.compile(rb"(<(meta:creation-date|dc:date)>)[^<]*(</\2>)")


def fixed_zip(data: bytes, when: str = "2021-02-04T08:00:00Z") -> bytes:
    """Rewrite a zip (xlsx, docx, ods) with fixed member times and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _CORE_DATE.sub(rb"\g<1>" + when.encode() + rb"\g<3>", content)
            if info.filename == "meta.xml":
                content = _ODF_DATE.sub(rb"\g<1>" + when[:-1].encode() + rb"\g<3>", content)
            new = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            new.compress_type = info.compress_type
            new.external_attr = 0o644 << 16
            dst.writestr(new, content)
    return out.getvalue()


# -- spreadsheets -----------------------------------------------------------------------


@dataclass
class Sheet:
    """A sheet: rows of cells (str, int, float, time, None), merged ranges ("A1:D1"),
    and optionally a font for every text cell (".VnTime" for TCVN3 text)."""

    title: str
    rows: list[list[object]]
    merges: list[str] = field(default_factory=list)
    font: str | None = None
    widths: dict[str, float] = field(default_factory=dict)
    # Formula cells ("=SUM(C3:C5)" in `rows`) and the value Excel cached for each, by cell
    # reference: Excel always stores the last computed value, openpyxl cannot.
    cached: dict[str, float] = field(default_factory=dict)


def _cache_formulas(data: bytes, sheets: tuple[Sheet, ...]) -> bytes:
    if not any(s.cached for s in sheets):
        return data
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
            if m:
                for ref, value in sheets[int(m[1]) - 1].cached.items():
                    pattern = rb'(<c r="' + ref.encode() + rb'"[^>]*><f>[^<]*</f>)<v\s*/?>(</v>)?'
                    content, n = re.subn(
                        pattern, rb"\g<1><v>" + str(value).encode() + rb"</v>", content
                    )
                    if n != 1:
                        raise ValueError(f"no formula cell {ref} in {info.filename}")
            dst.writestr(info, content)
    return out.getvalue()


def xlsx(*sheets: Sheet) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    for spec in sheets:
        ws = book.create_sheet(spec.title)
        for row in spec.rows:
            ws.append(row)
        for rng in spec.merges:
            ws.merge_cells(rng)
        for col, width in spec.widths.items():
            ws.column_dimensions[col].width = width
        for row in ws.iter_rows():
            for cell in row:
                if spec.font and isinstance(cell.value, str):
                    cell.font = Font(name=spec.font, size=12)
                if hasattr(cell.value, "hour") and not hasattr(cell.value, "year"):
                    cell.number_format = "h:mm"
                if isinstance(cell.value, str) and len(cell.value) > 20:
                    cell.alignment = Alignment(wrap_text=True)
    book.properties.creator = "Admin"
    book.properties.lastModifiedBy = "Admin"
    fixed = datetime(2021, 2, 4, 8, 0, 0)
    book.properties.created = fixed
    book.properties.modified = fixed
    out = io.BytesIO()
    book.save(out)
    return fixed_zip(_cache_formulas(out.getvalue(), sheets))


def xls(*sheets: Sheet) -> bytes:
    """BIFF8 .xls (Excel 97-2003), as old offices still save."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for spec in sheets:
        ws = book.add_sheet(spec.title)
        style = xlwt.XFStyle()
        if spec.font:
            font = xlwt.Font()
            font.name = spec.font
            style.font = font
        merged: dict[tuple[int, int], tuple[int, int]] = {}
        covered: set[tuple[int, int]] = set()
        for rng in spec.merges:
            (r1, c1), (r2, c2) = (_cell_ref(x) for x in rng.split(":"))
            merged[(r1, c1)] = (r2, c2)
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for r, row in enumerate(spec.rows):
            for c, value in enumerate(row):
                if (r, c) in merged:
                    r2, c2 = merged[(r, c)]
                    ws.write_merge(r, r2, c, c2, value, style)
                elif (r, c) in covered or value is None:
                    continue
                else:
                    ws.write(r, c, value, style)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell_ref(ref: str) -> tuple[int, int]:
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    if not m:
        raise ValueError(ref)
    col = 0
    for ch in m[1]:
        col = col * 26 + ord(ch) - 64
    return int(m[2]) - 1, col - 1


def ods(*sheets: Sheet) -> bytes:
    """OpenDocument spreadsheet, as LibreOffice users send."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for spec in sheets:
        table = Table(name=spec.title)
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        covered: set[tuple[int, int]] = set()
        for rng in spec.merges:
            (r1, c1), (r2, c2) = (_cell_ref(x) for x in rng.split(":"))
            spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
            covered.discard((r1, c1))
        for r, row in enumerate(spec.rows):
            tr = TableRow()
            for c, value in enumerate(row):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                attrs: dict[str, object] = {}
                if (r, c) in spans:
                    attrs["numberrowsspanned"] = spans[(r, c)][0]
                    attrs["numbercolumnsspanned"] = spans[(r, c)][1]
                if isinstance(value, int | float) and not isinstance(value, bool):
                    cell = TableCell(valuetype="float", value=value, **attrs)
                    cell.addElement(P(text=str(value)))
                elif value is None:
                    cell = TableCell(**attrs)
                else:
                    cell = TableCell(valuetype="string", **attrs)
                    cell.addElement(P(text=str(value)))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    return fixed_zip(out.getvalue())


def csv_bytes(rows: list[list[object]], sep: str = ",", encoding: str = "utf-8-sig") -> bytes:
    lines = []
    for row in rows:
        cells = []
        for value in row:
            text = "" if value is None else str(value)
            if sep in text or '"' in text or "\n" in text:
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(sep.join(cells))
    text = "\r\n".join(lines) + "\r\n"
    if encoding == "windows-1258":
        return to_cp1258(text)
    return text.encode(encoding)


# -- Word documents ---------------------------------------------------------------------


@dataclass
class Para:
    text: str
    bold: bool = False
    italic: bool = False
    align: str = "left"  # left, center, right, justify
    size: float = 13
    font: str | None = None  # ".VnTime", "VNI-Times": the text is already in that encoding


@dataclass
class Table:
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2
    bold_rows: int = 1
    borders: bool = True
    font: str | None = None
    size: float = 12


def docx(*blocks: Para | Table, font: str = "Times New Roman") -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    aligns = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }

    def set_font(run, name: str, size: float) -> None:
        run.font.name = name
        run.font.size = Pt(size)
        fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), name)

    def fill(paragraph, text: str, bold: bool, italic: bool, name: str, size: float) -> None:
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        set_font(run, name, size)

    for block in blocks:
        if isinstance(block, Para):
            p = doc.add_paragraph()
            p.alignment = aligns[block.align]
            fill(p, block.text, block.bold, block.italic, block.font or font, block.size)
            continue
        ncols = max(len(r) for r in block.rows)
        table = doc.add_table(rows=len(block.rows), cols=ncols)
        if block.borders:
            table.style = "Table Grid"
        for r1, c1, r2, c2 in block.merges:
            table.cell(r1, c1).merge(table.cell(r2, c2))
        covered = {
            (r, c)
            for r1, c1, r2, c2 in block.merges
            for r in range(r1, r2 + 1)
            for c in range(c1, c2 + 1)
            if (r, c) != (r1, c1)
        }
        for r, row in enumerate(block.rows):
            for c, text in enumerate(row):
                if (r, c) in covered or text is None:
                    continue
                cell = table.cell(r, c)
                lines = str(text).split("\n")
                first = cell.paragraphs[0]
                for i, line in enumerate(lines):
                    p = first if i == 0 else cell.add_paragraph()
                    bold = r < block.bold_rows or line.isupper()
                    fill(p, line, bold, False, block.font or font, block.size)
    props = doc.core_properties
    props.author = "Admin"
    props.last_modified_by = "Admin"
    props.created = props.modified = datetime(2021, 2, 4, 8, 0, 0)
    props.revision = 1
    out = io.BytesIO()
    doc.save(out)
    return fixed_zip(out.getvalue())


def official_header(
    parent: str, body: str, number: str, place_date: str, font: str | None = None
) -> Table:
    """The two-column letterhead of Decree 30/2020: issuing body on the left, national
    motto on the right, then the number and the place and date."""
    left = f"{parent}\n{body}\n"
    right = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    if font == ".VnTime":
        left, right = to_tcvn3(left), to_tcvn3(right)
        number, place_date = to_tcvn3(number), to_tcvn3(place_date)
    elif font == "VNI-Times":
        left, right = to_vni(left), to_vni(right)
        number, place_date = to_vni(number), to_vni(place_date)
    return Table(
        [[left, right], [number, place_date]], bold_rows=0, borders=False, font=font, size=13
    )


# -- PDF --------------------------------------------------------------------------------


def _pdf_fonts() -> None:
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.invariant = 1
    if "Serif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Serif", str(FONTS / "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("Serif-Bold", str(FONTS / "DejaVuSerif-Bold.ttf")))


def pdf(*blocks: Para | Table) -> bytes:
    """A PDF with a text layer, laid out like the printed report."""
    _pdf_fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    aligns = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Bao cao",
        author="Admin",
        creator="Microsoft Word",
        invariant=1,
    )
    story: list = []
    for block in blocks:
        if isinstance(block, Para):
            style = ParagraphStyle(
                "p",
                fontName="Serif-Bold" if block.bold else "Serif",
                fontSize=block.size - 1,
                leading=block.size + 3,
                alignment=aligns[block.align],
            )
            story.append(Paragraph(_pdf_text(block.text), style))
            story.append(Spacer(1, 2))
            continue
        cell_style = ParagraphStyle("c", fontName="Serif", fontSize=10, leading=12)
        head_style = ParagraphStyle("h", fontName="Serif-Bold", fontSize=10, leading=12)
        data = [
            [
                Paragraph(
                    _pdf_text(str(c or "")), head_style if r < block.bold_rows else cell_style
                )
                for c in row
            ]
            for r, row in enumerate(block.rows)
        ]
        table = PdfTable(data)
        commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        if block.borders:
            commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        for r1, c1, r2, c2 in block.merges:
            commands.append(("SPAN", (c1, r1), (c2, r2)))
        table.setStyle(TableStyle(commands))
        story.append(table)
        story.append(Spacer(1, 6))
    doc.build(story)
    return out.getvalue()


def _pdf_text(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br/>")


def scanned_page(lines: list[str], seed: int, angle: float = 1.2) -> bytes:
    """A grey, slightly rotated, noisy picture of a typed page, as a JPEG (a phone photo
    or a scanner's output): no text layer anywhere."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    width, height = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (width, height), 245)
    draw = ImageDraw.Draw(img)
    regular = ImageFont.truetype(str(FONTS / "DejaVuSerif.ttf"), 26)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSerif-Bold.ttf"), 26)
    y = 140
    for line in lines:
        font = bold if line.isupper() else regular
        x = 180 if not line.startswith(" ") else 420
        draw.text((x, y), line.strip(), fill=25, font=font)
        y += 44
    rng = random.Random(seed)
    pixels = img.load()
    for _ in range(width * height // 30):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = rng.randrange(120, 255)
    img = img.rotate(angle, fillcolor=230, resample=Image.Resampling.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=70)
    return out.getvalue()


def scanned_pdf(lines: list[str], seed: int) -> bytes:
    """A PDF holding only the picture of a page, as a scanner makes it."""
    _pdf_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = scanned_page(lines, seed)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setCreator("Canon iR-ADV C3520 PDF")
    c.drawImage(ImageReader(io.BytesIO(picture)), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return out.getvalue()


def logo_png() -> bytes:
    """A small red-and-yellow emblem, as e-mail signatures carry."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (64, 64), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.ellipse((2, 2, 62, 62), fill=(200, 16, 46))
    draw.regular_polygon((32, 33, 18), 5, fill=(255, 205, 0))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()
