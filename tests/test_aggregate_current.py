"""aggregate.current_reports: a table's reports read in two plain queries.

The report of a national directory reads 10,000 units' reports a form; it does so
without store.reports' whole rows, and must read what store.reports would give it."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from intake import aggregate
from intake.models import Report, Status

ICT = timezone(timedelta(hours=7))
WEEK = date(2021, 2, 4)
NOW = datetime(2021, 2, 5, 9, tzinfo=ICT)


def fill(store) -> None:
    """A week of one form: a report corrected by a later one, a held one, a rejected one,
    one without figures, a late one, one of another form and one of another week."""
    at = datetime(2021, 2, 3, 10, tzinfo=ICT)

    def add(unit, values, status=Status.ACCEPTED, form="news", week=WEEK, **more):
        store.add_report(None, Report(unit, form, week, values, status, **more), NOW)

    add("a", {"items": 3.0, "minutes": 40.0}, received_at=at)
    add("a", {"items": 4.0, "minutes": 45.5}, received_at=at + timedelta(hours=1))  # corrects
    add("b", {"items": 7.0}, Status.NEEDS_REVIEW, received_at=at)
    add("c", {"items": 1.0}, Status.REJECTED, received_at=at)
    add("d", {}, received_at=at)
    add("e", {"items": 2.0}, received_at=at + timedelta(days=1), late=True)
    add("f", {"items": 9.0}, form="social", received_at=at)
    add("g", {"items": 5.0}, week=WEEK - timedelta(weeks=1), received_at=at)


def test_current_reports_are_what_the_store_gives_a_table(database):
    """GIVEN a week's reports, one corrected, held, rejected, empty, late, and others of
    another form or week WHEN a form's current reports are read THEN each has the id,
    unit, status, time, lateness and figures of store.reports' current report."""
    store = database.open()
    try:
        fill(store)
        lean = aggregate.current_reports(store, WEEK, "news")
        full = store.reports(period_end=WEEK, form="news")
    finally:
        store.close()
    assert [r.unit for r in lean] == ["a", "b", "c", "d", "e"]
    assert [(r.id, r.unit, r.status, r.received_at, r.late, dict(r.values)) for r in lean] == [
        (r.id, r.unit, r.status, r.received_at, r.late, dict(r.values)) for r in full
    ]
    assert lean[0].values == {"items": 4.0, "minutes": 45.5}
