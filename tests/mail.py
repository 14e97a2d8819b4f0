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
