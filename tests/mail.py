"""Building test messages the way commune staff send them."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from openpyxl import Workbook

ICT = timezone(timedelta(hours=7))
OFFICE = "sangnq.tamduong@laichau.gov.vn"
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
SENT = datetime(2021, 2, 4, 10, 0, tzinfo=ICT)  # Thursday morning, week ending 04/02/2021


def message(
    body: str,
    *,
    sender: str = "banbo.tamduong@laichau.gov.vn",
    subject: str = "Báo cáo tuần",
    sent: datetime = SENT,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = OFFICE
    m["Subject"] = subject
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = make_msgid(domain="test.vn")
    for key, value in (headers or {}).items():
        m[key] = value
    m.set_content(body)
    return m


def workbook(rows: list[list[object]], sheet: str = "Sheet1") -> bytes:
    book = Workbook()
    book.active.title = sheet
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_xlsx(
    m: EmailMessage, rows: list[list[object]], filename: str = "bao cao.xlsx"
) -> EmailMessage:
    m.add_attachment(workbook(rows), maintype=XLSX[0], subtype=XLSX[1], filename=filename)
    return m


DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def document(blocks: list[str | list[list[str]]]) -> bytes:
    """A Word file: each block a paragraph (a string) or a table (a list of rows)."""
    import docx

    out_doc = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            out_doc.add_paragraph(block)
            continue
        table = out_doc.add_table(rows=len(block), cols=max(len(r) for r in block))
        for row, cells in zip(table.rows, block, strict=True):
            for cell, text in zip(row.cells, cells, strict=False):
                cell.text = str(text)
    out = io.BytesIO()
    out_doc.save(out)
    return out.getvalue()


def with_docx(
    m: EmailMessage, blocks: list[str | list[list[str]]], filename: str = "bao cao.docx"
) -> EmailMessage:
    m.add_attachment(document(blocks), maintype=DOCX[0], subtype=DOCX[1], filename=filename)
    return m


def with_sheets(
    m: EmailMessage, sheets: dict[str, list[list[object]]], filename: str = "bao cao.xlsx"
) -> EmailMessage:
    """An xlsx of several sheets, in the order given."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    m.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename=filename)
    return m
