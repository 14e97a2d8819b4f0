"""Plausibility against history: a figure far from the unit's own past is held.

Each figure of a report is compared with the median of the same unit's accepted values
of that field over its last `history_periods` periods before the report's own (current
reports only: a corrected figure counts, not the one it replaced).  With at least
`history_min_periods` past values and a median above zero, a figure more than
`history_factor` times the median, or less than the median divided by it, is a problem:

    Số tin, bài (120) lớn bất thường so với các tuần trước (trung vị 10), cần kiểm tra

A median of zero says nothing about scale (a unit that usually reports none), so it never
raises a problem.  One query per report: this runs on every message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from statistics import median

from intake.config import Review
from intake.context import Context
from intake.models import Problem, Report, Status
from intake.render.words import vn_number
from intake.store import Store

WEEK = timedelta(days=7)


def check(store: Store, context: Context, review: Review, report: Report) -> list[Problem]:
    """The figures of `report` that are far outside the unit's own past values."""
    if not (report.unit and report.form and report.period_end and report.values):
        return []
    form = context.forms.get(report.form)
    if form is None:
        return []
    since = report.period_end - WEEK * review.history_periods
    rows = store.conn.execute(
        "SELECT v.field, v.value FROM reports r JOIN report_values v ON v.report = r.id"
        " WHERE r.unit = ? AND r.form = ? AND r.is_current = 1 AND r.status = 'accepted'"
        " AND r.period_end >= ? AND r.period_end < ?",
        (report.unit, report.form, since.isoformat(), report.period_end.isoformat()),
    )
    past: dict[str, list[float]] = {}
    for key, value in rows:
        past.setdefault(key, []).append(value)
    labels = {f.key: f.label for f in form.fields}
    return [
        problem
        for key, value in report.values.items()
        if (problem := judge(labels.get(key, key), key, value, past.get(key, ()), review))
    ]


def judge(
    label: str, key: str, value: float, past: Sequence[float], review: Review
) -> Problem | None:
    """A problem when `value` is out of scale with `past`, by the rule of `review`."""
    if len(past) < review.history_min_periods:
        return None
    middle = median(past)
    if middle <= 0:
        return None
    if value > review.history_factor * middle:
        size = "lớn"
    elif value < middle / review.history_factor:
        size = "nhỏ"
    else:
        return None
    return Problem(
        f"history_{'high' if size == 'lớn' else 'low'}",
        f"{label} ({vn_number(value)}) {size} bất thường so với các tuần trước"
        f" (trung vị {vn_number(middle)}), cần kiểm tra",
        key,
    )


def hold(report: Report, problems: Sequence[Problem]) -> Report:
    """`report`, held for review with `problems` added (unchanged when there are none)."""
    if not problems:
        return report
    return replace(
        report,
        status=Status.NEEDS_REVIEW,
        problems=(*report.problems, *(p for p in problems if p not in report.problems)),
    )
