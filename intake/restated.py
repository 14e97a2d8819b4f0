"""Stage "validate", with the store: a week restated beside a later one.

A workbook that keeps last week's sheet, or a body that gives "tuần trước ... tuần
này ...", restates a week already reported; `validate` holds those figures with the
problem RESTATED.  Here they meet what is stored: the same figures as the unit's current
report of that week are history, and nothing new is stored; other figures stay held as
a correction a clerk settles; a week with no report stored waits for a clerk too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from intake.models import Form, Problem, Report, Status
from intake.render.words import vn_number
from intake.store import Store
from intake.validate import RESTATED


def settle(store: Store, forms: Mapping[str, Form], report: Report) -> Report | None:
    """None for figures that only repeat the stored report; else the report, held, with a
    reason that says how it compares with what is stored."""
    if not any(p.code == RESTATED for p in report.problems):
        return report
    assert report.period_end is not None and report.form is not None
    stored = store.reports(period_end=report.period_end, form=report.form, unit=report.unit)
    [current] = stored if stored else [None]
    others = tuple(p for p in report.problems if p.code != RESTATED)
    week = f"{report.period_end:%d/%m/%Y}"
    if current is None:
        why = f"Tuần kết thúc ngày {week} chưa có báo cáo; số liệu gửi kèm báo cáo tuần sau"
    elif current.status is Status.ACCEPTED and current.values == dict(report.values) and not others:
        return None
    else:
        changed = ", ".join(
            f"{forms[report.form].field(key).label} {vn_number(current.values[key])}"
            f" → {vn_number(value)}"
            for key, value in report.values.items()
            if key in current.values and current.values[key] != value
        )
        why = f"Số liệu tuần kết thúc ngày {week} gửi lại khác báo cáo đã lưu" + (
            f" ({changed})" if changed else ""
        )
    problem = Problem(RESTATED, f"{why}, cần kiểm tra đính chính")
    return replace(report, status=Status.NEEDS_REVIEW, problems=(problem, *others))
