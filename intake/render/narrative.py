"""The sentences of the report: what happened in the week, said in a few lines.

Built from the report's data, never from the shipped forms: a figure is named by its
field's label ("Độ dài, thời lượng (phút)" -> "độ dài, thời lượng 850 phút"), and a
total is said as its field aggregates it (a sum plainly, a mean as "bình quân").

    Trong tuần, 11/14 đơn vị báo cáo đúng hạn, 1 đơn vị báo cáo muộn (Xã Bình Lư);
    1 đơn vị có báo cáo đang chờ kiểm tra (Xã Bản Bo), số liệu của các báo cáo này chưa
    được tổng hợp; 1 đơn vị chưa báo cáo (Xã Nà Tăm).
    Số liệu tổng hợp từ 12 đơn vị đã báo cáo: số tin, bài 101; độ dài, thời lượng
    850 phút; số lần phát sóng 284; ước số người nghe 66.700.

Only accepted reports are counted; a report held for review is said to be held and its
figures are not used.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from intake.models import Correction, Field, FormTable, PeriodReport, Timeliness
from intake.render.words import (
    Worst,
    in_sentence,
    local,
    lower_first,
    report_counts,
    table_counts,
    unit_statuses,
    vn_date,
    vn_number,
    vn_short_period,
)

# How a total is said when the field is not summed.
_AGGREGATE_WORDS = {"sum": "", "mean": "bình quân", "max": "cao nhất", "min": "thấp nhất"}
_UNIT_IN_LABEL = re.compile(r"^(?P<name>.*?)\s*\((?P<unit>[^()]+)\)\s*$")


NAMED_IN_SENTENCE = 5  # units in one state named in the opening sentence, at most


def sentences(report: PeriodReport, worst: Worst | None = None) -> tuple[str, ...]:
    """The summary paragraphs: who reported, the figures of each form, the corrections;
    `worst`: words.unit_statuses of the tables, when the caller has it."""
    tables = shown_tables(report)
    lines = [timeliness_sentence(tables, worst)]
    lines += [figures_sentence(table, several=len(tables) > 1) for table in tables]
    if report.corrections:
        lines.append(corrections_sentence(report.corrections))
    return tuple(lines)


def shown_tables(report: PeriodReport) -> tuple[FormTable, ...]:
    """The tables worth showing: a form on request that nobody sent has no rows."""
    return tuple(table for table in report.tables if table.rows)


def timeliness_sentence(tables: tuple[FormTable, ...], worst: Worst | None = None) -> str:
    """ "Trong tuần, 13/14 đơn vị báo cáo đúng hạn, 1 đơn vị báo cáo muộn (Xã A)."; more
    than NAMED_IN_SENTENCE units in a state are counted, not named (their list follows
    the tables)."""
    worst = unit_statuses(tables) if worst is None else worst
    counts = report_counts(tables, worst)
    names = {
        status: f" ({', '.join(listed)})" if len(listed) <= NAMED_IN_SENTENCE else ""
        for status, listed in _names_by_status(worst).items()
    }
    if counts.expected == 0:
        return "Trong tuần, không có báo cáo nào được tổng hợp."
    if counts.reported == 0 and counts.review == 0:
        return f"Trong tuần, chưa có đơn vị nào gửi báo cáo (0/{counts.expected} đơn vị)."
    first = f"{counts.on_time}/{counts.expected} đơn vị báo cáo đúng hạn"
    if counts.late:
        first += f", {counts.late} đơn vị báo cáo muộn{names[Timeliness.LATE]}"
    parts = [first]
    if counts.review:
        parts.append(
            f"{counts.review} đơn vị có báo cáo đang chờ kiểm tra{names[Timeliness.REVIEW]}, "
            f"số liệu của {'các ' if counts.review > 1 else ''}báo cáo này chưa được tổng hợp"
        )
    if counts.missing:
        parts.append(f"{counts.missing} đơn vị chưa báo cáo{names[Timeliness.MISSING]}")
    return "Trong tuần, " + "; ".join(parts) + "."


def figures_sentence(table: FormTable, *, several: bool = False) -> str:
    """The totals of one form, each figure named by its field's label."""
    accepted = table_counts(table).reported
    phrases = [
        figure_phrase(field, table.totals[field.key])
        for field in table.form.fields
        if field.key in table.totals
    ]
    if several:
        lead = f"{table.form.title} (tổng hợp từ {accepted} đơn vị đã báo cáo)"
    else:
        lead = f"Số liệu tổng hợp từ {accepted} đơn vị đã báo cáo"
    if not accepted or not phrases:
        if several:
            return f"{table.form.title}: chưa có số liệu được chấp nhận để tổng hợp."
        return "Chưa có số liệu được chấp nhận để tổng hợp."
    return f"{lead}: {'; '.join(phrases)}."


def figure_phrase(field: Field, value: float) -> str:
    """ "số tin, bài 101", "độ dài, thời lượng 850 phút", "tỷ lệ ... bình quân 87,5%"."""
    name, unit = split_label(field.label)
    words = [lower_first(name)]
    if _AGGREGATE_WORDS.get(field.aggregate):
        words.append(_AGGREGATE_WORDS[field.aggregate])
    number = vn_number(value)
    if unit == "%":
        number += "%"
    elif unit:
        number += f" {unit}"
    return " ".join([*words, number])


def split_label(label: str) -> tuple[str, str]:
    """ "Độ dài, thời lượng (phút)" -> ("Độ dài, thời lượng", "phút")."""
    match = _UNIT_IN_LABEL.match(label)
    if match is None:
        return label.strip(), ""
    return match["name"], match["unit"].strip()


def replaces_line(report: PeriodReport, tz: ZoneInfo) -> str:
    """ "(Báo cáo này thay thế báo cáo đã gửi ngày 11/02/2021) - phiên bản 2", or "" for a
    first report."""
    if report.replaces is None:
        return ""
    sent = vn_date(local(report.replaces, tz).date())
    return f"(Báo cáo này thay thế báo cáo đã gửi ngày {sent}) - phiên bản {report.version}"


def corrections_sentence(corrections: tuple[Correction, ...]) -> str:
    units = len({c.unit.id for c in corrections})
    return (
        f"Có {units} đơn vị điều chỉnh số liệu của các tuần trước sau khi báo cáo đã được "
        "gửi (chi tiết tại mục Số liệu điều chỉnh)."
    )


# ---------------------------------------------------------------------------
# The corrections, one line each.


@dataclass(frozen=True)
class CorrectionLine:
    """One unit's changed figures of an earlier week, formatted.

    unit:    "Xã Bình Lư"
    form:    the form's title
    period:  "29/01 – 04/02/2021"
    changes: ("Số tin, bài: 8 → 10", ...), "–" for a figure that was or is not there;
             the figures alone ("Số tin, bài: 10") when the report was added or withdrawn
    note:    "gửi bổ sung sau khi báo cáo đã được gửi" (added), "số liệu đã báo cáo không
             còn được tính" (withdrawn: held again or rejected), or ""
    text:    the whole line: "Xã Bình Lư, tuần 29/01 – 04/02/2021: Số tin, bài: 8 → 10",
             "Xã Nà Tăm, tuần ...: gửi bổ sung sau khi báo cáo đã được gửi (Số tin, bài: 3)"
    """

    unit: str
    form: str
    period: str
    changes: tuple[str, ...]
    note: str
    text: str


def correction_lines(report: PeriodReport) -> tuple[CorrectionLine, ...]:
    """The report's corrections, in its order; the form is named when there are several."""
    forms = {c.form.id for c in report.corrections} | {t.form.id for t in report.tables}
    length = report.period_end - report.period_start
    return tuple(_correction_line(c, length, len(forms) > 1) for c in report.corrections)


def _correction_line(correction: Correction, length: timedelta, name_form: bool) -> CorrectionLine:
    start: date = correction.period_end - length
    period = vn_short_period(start, correction.period_end)
    before, after = correction.before, correction.after
    fields = correction.form.fields
    if not before:  # the unit had not reported when the report was sent
        note = "gửi bổ sung sau khi báo cáo đã được gửi"
        changes = tuple(f"{f.label}: {vn_number(after[f.key])}" for f in fields if f.key in after)
    elif not after:  # its report is no longer accepted (held again, or rejected)
        note = "số liệu đã báo cáo không còn được tính"
        changes = tuple(f"{f.label}: {vn_number(before[f.key])}" for f in fields if f.key in before)
    else:
        note = ""
        changes = tuple(
            f"{f.label}: {_shown(before, f)} → {_shown(after, f)}"
            for f in fields
            if before.get(f.key) != after.get(f.key)
        )
    where = f"{correction.unit.name}, tuần {period}"
    if name_form:
        where += f" ({correction.form.title})"
    detail = "; ".join(changes)
    if note:
        detail = f"{note} ({detail})" if detail else note
    return CorrectionLine(
        unit=correction.unit.name,
        form=correction.form.title,
        period=period,
        changes=changes,
        note=note,
        text=f"{where}: {detail}",
    )


def _shown(values: Mapping[str, float], field: Field) -> str:
    value = values.get(field.key)
    return "–" if value is None else vn_number(value)


# ---------------------------------------------------------------------------


def _names_by_status(worst: Worst) -> dict[Timeliness, list[str]]:
    """Each state's units, by name."""
    out: dict[Timeliness, list[str]] = {status: [] for status in Timeliness}
    for name, status in worst.values():
        out[status].append(in_sentence(name))
    return out
