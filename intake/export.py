"""Exports of the current records: JSON, CSV, and an xlsx with a sheet per form and a
trend sheet (units x weeks) for every field.

A CSV file is written in UTF-8 with a BOM (`CSV_ENCODING`): without it, Excel reads the
file in the machine's legacy code page and the Vietnamese names come out garbled.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from intake.context import Context
from intake.models import Form, Status
from intake.store import StoredReport

COLUMNS = [
    "unit",
    "unit_name",
    "form",
    "period_end",
    "status",
    "timeliness",
    "late",
    "received_at",
    "message_id",
]
TIMELINESS = {True: "late", False: "on_time", None: ""}
CSV_ENCODING = "utf-8-sig"  # the BOM tells Excel the file is UTF-8


def record(report: StoredReport, context: Context) -> dict[str, Any]:
    unit = context.directory.get(report.unit) if report.unit else None
    return {
        "unit": report.unit,
        "unit_name": unit.name if unit else None,
        "form": report.form,
        "period_end": report.period_end.isoformat() if report.period_end else None,
        "values": {k: _number(v) for k, v in report.values.items()},
        "status": report.status.value,
        "timeliness": TIMELINESS[report.late] if report.status is Status.ACCEPTED else "",
        "late": report.late,
        "received_at": (
            context.calendar.local(report.received_at).isoformat() if report.received_at else None
        ),
        "message_id": report.message_id,
        "problems": [p.message for p in report.problems],
    }


def to_json(reports: Iterable[StoredReport], context: Context) -> str:
    return json.dumps([record(r, context) for r in reports], ensure_ascii=False, indent=2)


def to_csv(reports: Iterable[StoredReport], context: Context) -> str:
    fields = list(dict.fromkeys(f.key for form in context.forms.values() for f in form.fields))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS + fields)
    for r in reports:
        row = record(r, context)
        writer.writerow([row[c] for c in COLUMNS] + [row["values"].get(f, "") for f in fields])
    return out.getvalue()


def write_csv(reports: Iterable[StoredReport], context: Context, path: Path) -> Path:
    """The CSV export as a file Excel opens right: UTF-8 with a BOM."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_csv(reports, context), encoding=CSV_ENCODING, newline="")
    return path


def to_xlsx(reports: list[StoredReport], context: Context, path: Path) -> Path:
    book = Workbook()
    book.remove(book.active)
    for form in context.forms.values():
        mine = [r for r in reports if r.form == form.id]
        _records_sheet(book, form, mine, context)
        _trend_sheet(book, form, mine, context)
    if not book.sheetnames:
        book.create_sheet("Trống")
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _records_sheet(
    book: Workbook, form: Form, reports: list[StoredReport], context: Context
) -> None:
    sheet = book.create_sheet(_title(form.title))
    header = [
        "Đơn vị",
        "Tuần (kết thúc)",
        *[f.label for f in form.fields],
        "Tình trạng",
        "Ngày nhận",
    ]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in reports:
        unit = context.directory.get(r.unit) if r.unit else None
        sheet.append(
            [
                unit.name if unit else (r.unit or "chưa xác định"),
                r.period_end,
                *[_number(r.values[f.key]) if f.key in r.values else None for f in form.fields],
                _status(r),
                _local(r.received_at, context) if r.received_at else None,
            ]
        )


def _trend_sheet(book: Workbook, form: Form, reports: list[StoredReport], context: Context) -> None:
    """For each field, a block: a row per unit, a column per week, accepted figures only."""
    sheet = book.create_sheet(_title("Xu hướng " + form.title))
    weeks = sorted({r.period_end for r in reports if r.period_end})
    accepted = {(r.unit, r.period_end): r for r in reports if r.status is Status.ACCEPTED}
    for field in form.fields:
        sheet.append([field.label])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        sheet.append(["Đơn vị", *[f"{w:%d/%m/%Y}" for w in weeks]])
        for unit in context.directory:
            values = [accepted.get((unit.id, w)) for w in weeks]
            sheet.append(
                [
                    unit.name,
                    *[
                        _number(r.values[field.key]) if r and field.key in r.values else None
                        for r in values
                    ],
                ]
            )
        sheet.append([])


def _status(report: StoredReport) -> str:
    if report.status is Status.NEEDS_REVIEW:
        return "Chờ kiểm tra"
    if report.status is Status.REJECTED:
        return "Đã từ chối"
    return "Muộn" if report.late else "Đúng hạn"


def _title(text: str) -> str:
    for bad in "[]:*?/\\":
        text = text.replace(bad, " ")
    return text[:31]


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def within(
    reports: Iterable[StoredReport], start: date | None, end: date | None
) -> list[StoredReport]:
    return [
        r
        for r in reports
        if r.period_end
        and (start is None or r.period_end >= start)
        and (end is None or r.period_end <= end)
    ]


def _local(moment: datetime, context: Context) -> datetime:
    """The office's wall-clock time (Excel has no time zones): 10:48 in Vietnam, not 03:48."""
    return context.calendar.local(moment).replace(tzinfo=None)
