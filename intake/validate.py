"""Stage "validate": decide whether a report can be accepted, or must be held.

The candidates of a message are grouped into one report per form, unit and week.  A
message of a unit that seems to hold a report intake cannot read (an unreadable or blank
attachment, figures without labels, "như tuần trước") is held whole; a message with no
figure at all yields no report.  A report is accepted only when nothing is in doubt.
Each doubt becomes a Problem whose message is a Vietnamese sentence a clerk understands:
- the unit or the period is not certain (problems passed in from those stages);
- a field has two different values ("Có hai giá trị khác nhau cho Số tin, bài: 12 và 21");
- a required field is missing; a value could not be read, or was read with doubt;
- a count is not a whole number; a value is negative or outside the field's bounds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from intake.extract.asides import mask, until_plans
from intake.models import Body, Candidate, Form, ParsedMessage, Problem, Report, Status, Value
from intake.period import Period, Periods
from intake.quantity import find_numbers
from intake.text import fold_key

if TYPE_CHECKING:
    from intake.context import Context
    from intake.extract import Extraction
    from intake.identify import Identities

MAX_UNLABELLED_TEXT = 1500  # longer texts with figures are letters, not reports


def reports(
    parsed: ParsedMessage,
    body: Body,
    found: Extraction,
    units: Identities,
    periods: Periods,
    context: Context,
) -> tuple[Report, ...]:
    """One report per form, unit and week of the candidates, each checked as a whole; or
    the whole message held, when it seems to hold a report intake cannot read."""
    if not found.candidates:
        problems = _unread(parsed, body, found, context)
        return (_held_whole(problems, units, periods),) if problems else ()
    groups: dict[tuple, tuple[list[Candidate], list[Problem], Period | None]] = {}
    for candidate, who, (own, own_problems) in zip(
        found.candidates, units.each, periods.each, strict=True
    ):
        key = (candidate.form, who.unit, own.end if own else None)
        group = groups.setdefault(key, ([], list(own_problems), own))
        group[0].append(candidate)
        group[1].extend(who.problems)
    built = [
        build_report(context.forms[form], found_, unit, own, periods.sent, problems)
        for (form, unit, _), (found_, problems, own) in groups.items()
    ]
    if _catches_up(parsed, body):
        return tuple(built)
    return tuple(_restated(built))


# "Em gửi bù báo cáo 2 tuần", "tuần trước em quên gửi": several weeks sent on purpose.
_CATCH_UP = re.compile(
    r"\b(?:bu|bo sung|quen gui|quen bao cao|chua gui|chua bao cao|gui lai|gui ca|gui gop"
    r"|ca (?:2|02|hai|3|03|ba) tuan|(?:2|02|hai|3|03|ba|cac) tuan)\b"
)
RESTATED = "restated_week"


def _catches_up(parsed: ParsedMessage, body: Body) -> bool:
    return bool(_CATCH_UP.search(fold_key(f"{parsed.subject}\n{body.text}")))


def _restated(reports: list[Report]) -> list[Report]:
    """Of one unit's reports of one form for several weeks, in a mail that does not say
    it catches up: the latest is the report, the earlier ones restate weeks already
    reported (a workbook that keeps last week's sheet, "tuần trước ... tuần này ...").
    They are held; the daemon drops each that agrees with what is stored (history) and
    keeps the others held, as corrections."""
    latest: dict[tuple, date] = {}
    for r in reports:
        if r.period_end is not None:
            key = (r.unit, r.form)
            latest[key] = max(latest.get(key, r.period_end), r.period_end)
    return [
        _restating(r) if r.period_end is not None and r.period_end < latest[(r.unit, r.form)] else r
        for r in reports
    ]


def _restating(report: Report) -> Report:
    end = report.period_end
    assert end is not None
    problem = Problem(
        RESTATED,
        f"Số liệu tuần kết thúc ngày {end:%d/%m/%Y} gửi kèm báo cáo tuần sau, "
        "cần đối chiếu với báo cáo đã lưu",
    )
    return replace(report, status=Status.NEEDS_REVIEW, problems=(problem, *report.problems))


def build_report(
    form: Form,
    candidates: Iterable[Candidate],
    unit: str | None,
    period: Period | None,
    received_at: datetime | None,
    problems: Iterable[Problem] = (),
) -> Report:
    candidates = list(candidates)
    sources = tuple(v for c in candidates for v in c.values)
    values, value_problems = _values(form, sources)
    problems = [*problems, *(p for c in candidates for p in c.problems), *value_problems]
    problems += _missing(form, values, sources)
    status = Status.NEEDS_REVIEW if problems else Status.ACCEPTED
    return Report(
        unit=unit,
        form=form.id,
        period_end=period.end if period else None,
        values=values,
        status=status,
        problems=tuple(_unique(problems)),
        sources=sources,
        received_at=received_at,
        late=period.late if period else None,
        origin="; ".join(dict.fromkeys(c.origin for c in candidates)),
    )


def _values(form: Form, sources: tuple[Value, ...]) -> tuple[dict[str, float], list[Problem]]:
    values: dict[str, float] = {}
    problems: list[Problem] = []
    for field in form.fields:
        found = [v for v in sources if v.field == field.key]
        if not found:
            continue
        doubts = [v for v in found if v.doubt or math.isnan(v.value)]
        distinct = sorted({v.value for v in found if not math.isnan(v.value)})
        if doubts:
            problems += [
                Problem("value_doubt", v.doubt or f"Không đọc được {field.label}", field.key)
                for v in doubts
            ]
        elif len(distinct) > 1:
            shown = " và ".join(_raw(found, x) for x in distinct)
            problems.append(
                Problem(
                    "value_conflict",
                    f"Có hai giá trị khác nhau cho {field.label}: {shown}",
                    field.key,
                )
            )
        else:
            problem = _check(field, distinct[0])
            if problem:
                problems.append(problem)
            else:
                values[field.key] = distinct[0]
    return values, problems


def _check(field, value: float) -> Problem | None:
    shown = _fmt(value)
    if field.type == "count" and not float(value).is_integer():
        return Problem(
            "value_not_whole", f"{field.label} phải là số nguyên, thư ghi {shown}", field.key
        )
    if value < field.min:
        return Problem("value_low", f"{field.label} nhỏ hơn mức cho phép ({shown})", field.key)
    if field.max is not None and value > field.max:
        return Problem(
            "value_high",
            f"{field.label} lớn bất thường ({shown}, mức tối đa {_fmt(field.max)}), cần kiểm tra",
            field.key,
        )
    return None


def _missing(form: Form, values: dict[str, float], sources: tuple[Value, ...]) -> list[Problem]:
    read = {v.field for v in sources}
    return [
        Problem("value_missing", f"Thiếu số liệu: {f.label}", f.key)
        for f in form.fields
        if f.required and f.key not in read
    ]


def _raw(found: list[Value], value: float) -> str:
    return next(v.raw for v in found if v.value == value)


def _fmt(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


# -- a message without a candidate -------------------------------------------------------


def _unread(
    parsed: ParsedMessage, body: Body, found: Extraction, context: Context
) -> list[Problem]:
    """Why a message without a figure read may still be a unit's report: an attachment
    that could not be read, a blank form, a file without figures, figures without labels."""
    asks = _asks(body.text)
    problems = [Problem("attachment_unreadable", r) for r in found.unreadable]
    if not asks:  # a blank form sent with a question is a question
        problems += [Problem("attachment_blank", r) for r in found.blank_forms]
    if context.directory.by_email(parsed.sender) and not asks:
        problems += [  # a unit's attachment read without a figure: never dropped
            Problem(
                "attachment_no_figures",
                f"Không tìm thấy số liệu theo mẫu báo cáo trong tệp {name}, cần kiểm tra",
            )
            for name in found.figureless
        ]
    return problems or _unlabelled(parsed, body, context)


_QUESTION = re.compile(
    r"\?|\b(hỏi|đúng chưa|được không|đúng không|xem giúp|giúp em|có phải|"
    r"hoi|dung chua|duoc khong|dung khong|xem giup|giup em)\b"
)


def _asks(text: str) -> bool:
    """Whether the sender asks something ("... đúng chưa ạ", "cho em hỏi").  Matched with
    the diacritics as written: "Hội Nông dân" is not "hỏi"."""
    return bool(_QUESTION.search(text.lower()))


_SAME_AS_BEFORE = re.compile(r"\b(nhu|giong|bang) (tuan|ky) truoc\b|\bkhong thay doi\b")


def _unlabelled(parsed: ParsedMessage, body: Body, context: Context) -> list[Problem]:
    """A unit's short weekly report whose figures have no label intake knows, or that says
    "như tuần trước": held, never dropped as "not a report".  A message about something
    else (a Covid situation report, an invitation) names none of the forms' words."""
    if not context.directory.by_email(parsed.sender) or _asks(body.text):
        return []  # a question about the report is not the report
    words = f" {fold_key(f'{parsed.subject} {body.text}')} "
    keywords = {fold_key(k) for f in context.forms.values() for k in (f.title, *f.keywords)}
    weekly = re.search(r" (bao cao|bc) ", words) and " tuan " in words
    if not weekly and not any(f" {k} " in words for k in keywords):
        return []
    if _SAME_AS_BEFORE.search(words):
        return [
            Problem(
                "figures_as_before", 'Đơn vị báo số liệu "như tuần trước", cần nhập số liệu cụ thể'
            )
        ]
    done = until_plans(body.text)  # a plan's figures are targets
    masked = "\n".join(mask(line) for line in done.split("\n"))  # "dự kiến 8 tin", too
    figures = [q for q in find_numbers(masked) if not 1900 <= q.value <= 2100]
    if len(figures) < 2 or len(done) > MAX_UNLABELLED_TEXT:
        return []
    shown = ", ".join(q.raw for q in figures[:6])
    return [
        Problem(
            "figures_unlabelled", f"Thư có số liệu ({shown}) nhưng không rõ số nào thuộc mục nào"
        )
    ]


def _held_whole(problems: list[Problem], units: Identities, periods: Periods) -> Report:
    """A message that seems to hold a report intake cannot read: held whole."""
    period = periods.message
    return Report(
        unit=units.message.unit,
        form=None,
        period_end=period.end if period else None,
        values={},
        status=Status.NEEDS_REVIEW,
        problems=(*problems, *units.message.problems),
        received_at=periods.sent,
        late=period.late if period else None,
        origin="cả thư",
    )
