"""The versions of a unit's report for one period: what `intake history` shows.

A version is every report stored for the unit and period (the first one read, the
unit's corrections, a clerk's decisions), plus those it was made from: a report no unit
could be given to, that a clerk then gave to this unit, is part of its history.  They
come oldest first (by the time the message was sent, then by the order they were
stored), each with whether it is current, which version superseded it, who stored it,
and the clerk's decision that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from intake.review import Decision, decisions
from intake.store import Store, StoredReport


@dataclass(frozen=True)
class Version:
    report: StoredReport
    superseded_by: int | None
    stored_at: datetime
    stored_by: str  # "intake", or the clerk whose decision stored it
    decision: Decision | None  # the decision that produced this version, if any

    @property
    def is_current(self) -> bool:
        return self.report.is_current


def versions(store: Store, unit: str, period_end: date, form: str | None = None) -> list[Version]:
    """Every version of `unit`'s report (of `form`, or of any form) for `period_end`."""
    where, args = "unit = ? AND period_end = ?", [unit, period_end.isoformat()]
    if form is not None:
        where, args = where + " AND form = ?", [*args, form]
    rows = store.conn.execute(
        "WITH RECURSIVE v(id) AS ("
        f" SELECT id FROM reports WHERE {where}"
        " UNION SELECT r.id FROM reports r JOIN v ON r.superseded_by = v.id)"
        " SELECT r.id, r.superseded_by, r.created_at FROM reports r"
        " WHERE r.id IN (SELECT id FROM v) ORDER BY r.received_at IS NULL, r.received_at, r.id",
        args,
    ).fetchall()
    ids = [row["id"] for row in rows]
    reports = {r.id: r for r in store.reports_by_id(ids)}
    made_by = {d.result: d for d in decisions(store, ids)}
    actors = _stored_by(store, ids)
    return [
        Version(
            report=reports[row["id"]],
            superseded_by=row["superseded_by"],
            stored_at=datetime.fromisoformat(row["created_at"]),
            stored_by=actors.get(row["id"], "intake"),
            decision=made_by.get(row["id"]),
        )
        for row in rows
    ]


def _stored_by(store: Store, ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        subjects = [f"report:{n}" for n in ids[i : i + 500]]
        rows = store.conn.execute(
            "SELECT subject, actor FROM events WHERE kind = 'report.stored'"
            f" AND subject IN ({','.join('?' * len(subjects))})",
            subjects,
        )
        found.update({int(s.removeprefix("report:")): a for s, a in rows})
    return found
