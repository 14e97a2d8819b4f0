"""Stage "validate": decide whether a report can be accepted, or must be held.

A report is accepted only when nothing is in doubt.  Each doubt becomes a Problem whose
message is a Vietnamese sentence a clerk understands:
- the unit or the period is not certain (problems passed in from those stages);
- a field has two different values ("Có hai giá trị khác nhau cho Số tin, bài: 12 và 21");
- a required field is missing; a value could not be read, or was read with doubt;
- a count is not a whole number; a value is negative or outside the field's bounds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime

from intake.models import Candidate, Form, Problem, Report, Status, Value
from intake.period import Period


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
