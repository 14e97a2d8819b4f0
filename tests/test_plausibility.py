"""Plausibility against history: a figure far from the unit's own median is held."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from statistics import median

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake import config
from intake.config import Review
from intake.context import Context
from intake.models import Problem, Report, Status
from intake.plausibility import check, hold, judge
from intake.store import Store

ROOT = Path(__file__).resolve().parents[1]
WEEK = date(2021, 2, 4)
NOW = datetime(2021, 2, 5, tzinfo=UTC)
FORM = "weekly_propaganda"
RULE = Review(history_factor=5, history_periods=8, history_min_periods=3)


@pytest.fixture(scope="module")
def context() -> Context:
    return Context.from_config(config.load(ROOT / "config" / "demo.toml"))


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "intake.sqlite")
    yield s
    s.close()


def report(
    items: float | None, end: date = WEEK, unit: str = "ban_bo", status=Status.ACCEPTED, hour=9
) -> Report:
    values = {} if items is None else {"items": items}
    sent = datetime.combine(end, datetime.min.time(), UTC) + timedelta(hours=hour)
    return Report(unit, FORM, end, values, status, received_at=sent, late=False)


def past(store: Store, *items: float | None, unit: str = "ban_bo", status=Status.ACCEPTED):
    """The unit's figures of the weeks before WEEK, the most recent first (None: none)."""
    for weeks_ago, value in enumerate(items, 1):
        if value is not None:
            end = WEEK - timedelta(weeks=weeks_ago)
            store.add_report(None, report(value, end, unit, status), NOW)


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


@pytest.mark.parametrize(
    ("history", "value", "expected"),
    [
        pytest.param((10, 10, 10), 50, [], id="exactly factor x median"),
        pytest.param((10, 10, 10), 51, ["history_high"], id="just above factor x median"),
        pytest.param((10, 10, 10), 2, [], id="exactly median / factor"),
        pytest.param((10, 10, 10), 1.9, ["history_low"], id="just below median / factor"),
        pytest.param((10, 10, 10), 0, ["history_low"], id="nothing after a steady ten"),
        pytest.param((10, 10), 1000, [], id="fewer past periods than the minimum"),
        pytest.param((10, None, 10, None, 10), 60, ["history_high"], id="gaps are fine"),
        pytest.param((1, 10, 100), 51, ["history_high"], id="the median, not the mean"),
        pytest.param((1, 10, 100), 2, [], id="the median, not the minimum"),
        pytest.param((0, 0, 0), 7, [], id="median zero"),
        pytest.param((0, 0, 5), 7, [], id="median zero with one non-zero week"),
        pytest.param((None,) * 8 + (10, 10, 10), 500, [], id="only the last eight periods"),
        pytest.param((None,) * 5 + (10, 10, 10), 500, ["history_high"], id="eighth period in"),
    ],
)
def test_the_rule_around_the_factor_and_the_minimum(store, context, history, value, expected):
    past(store, *history)
    assert codes(check(store, context, RULE, report(value))) == expected


def test_the_problem_says_which_figure_its_value_and_the_median(store, context):
    past(store, 10, 9, 11, 10)
    [problem] = check(store, context, RULE, report(120))
    assert problem == Problem(
        "history_high",
        "Số tin, bài (120) lớn bất thường so với các tuần trước (trung vị 10), cần kiểm tra",
        "items",
    )
    [low] = check(store, context, RULE, report(1))
    assert low.message.startswith("Số tin, bài (1) nhỏ bất thường")


def test_only_the_units_own_history_counts(store, context):
    past(store, 10, 10, 10, unit="na_tam")
    past(store, 100, 100, 100, unit="ban_bo")
    assert check(store, context, RULE, report(120, unit="ban_bo")) == []
    assert codes(check(store, context, RULE, report(120, unit="na_tam"))) == ["history_high"]
    assert check(store, context, RULE, report(120, unit="khun_ha")) == []


def test_only_accepted_current_reports_count(store, context):
    past(store, 1000, 1000, 1000, status=Status.NEEDS_REVIEW)
    past(store, None, None, None, 10, 10, 10)
    past(store, *(None,) * 6, 1000, 1000, status=Status.REJECTED)
    assert codes(check(store, context, RULE, report(120))) == ["history_high"]


def test_a_corrected_figure_replaces_the_one_it_corrects(store, context):
    past(store, 1000, 1000, 1000)
    for weeks_ago in (1, 2, 3):  # each week corrected later the same day: 10
        end = WEEK - timedelta(weeks=weeks_ago)
        store.add_report(None, report(10, end, hour=15), NOW)
    assert codes(check(store, context, RULE, report(120))) == ["history_high"]


def test_the_reports_own_period_and_later_ones_do_not_count(store, context):
    past(store, 10, 10)
    store.add_report(None, report(500), NOW)  # this week's current report, being corrected
    store.add_report(None, report(500, WEEK + timedelta(weeks=1)), NOW)
    assert check(store, context, RULE, report(120)) == []  # only two past periods


def test_the_configured_factor_periods_and_minimum_are_used(store, context):
    past(store, 10, 10)
    loose = Review(history_factor=20, history_periods=2, history_min_periods=2)
    assert check(store, context, loose, report(120)) == []
    assert codes(check(store, context, loose, report(201))) == ["history_high"]


def test_a_report_without_unit_or_figures_is_not_judged(store, context):
    past(store, 10, 10, 10)
    assert check(store, context, RULE, report(None)) == []
    unassigned = Report(None, FORM, WEEK, {"items": 999}, Status.NEEDS_REVIEW)
    assert check(store, context, RULE, unassigned) == []


@settings(max_examples=300, deadline=None)
@given(
    history=st.lists(
        st.floats(min_value=0, max_value=1e9, allow_nan=False), min_size=1, max_size=12
    ),
    factor=st.floats(min_value=1.01, max_value=100),
    minimum=st.integers(min_value=1, max_value=12),
)
def test_a_value_equal_to_the_median_is_never_a_problem(history, factor, minimum):
    rule = Review(history_factor=factor, history_periods=12, history_min_periods=minimum)
    assert judge("Số tin, bài", "items", median(history), history, rule) is None


def test_hold_adds_the_problems_and_holds_the_report():
    problem = Problem("history_high", "Số tin, bài (120) lớn bất thường", "items")
    accepted = report(120)
    assert hold(accepted, []) is accepted
    held = hold(accepted, [problem])
    assert (held.status, held.problems, held.values) == (
        Status.NEEDS_REVIEW,
        (problem,),
        accepted.values,
    )


def test_two_thousand_checks_take_well_under_a_second_each(store, context):
    units = [u.id for u in context.directory]
    for unit in units:
        past(store, *range(10, 30, 2), unit=unit)
    reports = [report(float(i % 300), unit=units[i % len(units)]) for i in range(2000)]
    start = time.perf_counter()
    held = sum(1 for r in reports if check(store, context, RULE, r))
    assert time.perf_counter() - start < 5  # about 0.2 s; a minute would be a regression
    assert held > 0
