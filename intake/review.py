"""The review queue: the reports intake held, and a clerk's decisions on them.

A held report is never edited.  A decision stores a new version of it (accepted, or
rejected with the reason as its problem) that supersedes it, so the held one stays as
history; the event log gets who decided, when, and the report before and after:

    queue(store)                        the held reports, oldest first
    accept(store, context, id, changes, by=..., now=...)   -> the new version
    reject(store, id, reason, by=..., now=...)             -> the new version
    decisions(store, ids)               the decisions taken on those reports

Only the latest version of a report can be decided on; a refusal is a ReviewError whose
message, in the language of intake.i18n (Vietnamese by default), lists everything the
clerk must fix at once.  What is stored (a figure's source, a rejection's reason) is the
office's record and stays as written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from intake import archive, mime
from intake.context import Context
from intake.errors import IntakeError
from intake.i18n import _, period_noun
from intake.models import Field, Form, Problem, Report, Status, Value
from intake.quantity import parse_duration, parse_number
from intake.render.words import vn_date, vn_number
from intake.store import Store, StoredMessage, StoredReport, report_state

ACCEPTED, REJECTED = "review.accepted", "review.rejected"  # event kinds
CLERK_SOURCE = "nhập khi kiểm tra"
ORIGINAL_MAX_CHARS = 3000


class ReviewError(IntakeError):
    """A decision that cannot be taken as asked; the message says what to change."""


@dataclass(frozen=True)
class Decision:
    """One decision of a clerk, as the event log keeps it."""

    action: str  # "accepted" | "rejected"
    held: int  # the report decided on
    result: int  # the version the decision stored
    by: str
    at: datetime
    before: Mapping[str, Any]  # unit, form, period_end, status, values
    after: Mapping[str, Any]
    reason: str | None = None


@dataclass(frozen=True)
class Held:
    """A report that was held for review, and what became of it."""

    report: StoredReport
    replaced_by: int | None  # the version that superseded it, if any
    decision: Decision | None  # the clerk's decision on it, if any

    @property
    def waiting(self) -> bool:
        return self.replaced_by is None


@dataclass(frozen=True)
class Changes:
    """What a clerk changes when accepting: figures as typed, unit, period, form."""

    values: Mapping[str, str] = field(default_factory=dict)  # field key -> text; "" clears
    unit: str | None = None
    period_end: date | None = None
    form: str | None = None


@dataclass(frozen=True)
class Original:
    """What the clerk reads of the message a report came from."""

    text: str
    truncated: bool
    attachments: tuple[str, ...]


# -- the queue -------------------------------------------------------------------------

# Every held report that nothing replaced: the current ones, those no unit or period could
# be given to, and those held for who sent them, waiting beside the current one (store.py).
_WAITING = "r.status = 'needs_review' AND r.superseded_by IS NULL"


def queue(store: Store, *, everything: bool = False) -> list[Held]:
    """The held reports waiting for a clerk, oldest first; with `everything`, also the
    held versions already decided on or replaced by a later report."""
    where = "r.status = 'needs_review'" if everything else _WAITING
    rows = store.conn.execute(
        f"SELECT r.id, r.superseded_by FROM reports r WHERE {where}"
        " ORDER BY r.received_at IS NULL, r.received_at, r.id"
    ).fetchall()
    reports = {r.id: r for r in store.reports_by_id(row[0] for row in rows)}
    taken = {d.held: d for d in decisions(store, list(reports))}
    return [Held(reports[row[0]], row[1], taken.get(row[0])) for row in rows]


def waiting(store: Store) -> int:
    """How many held reports wait for a clerk (what `queue` lists, counted)."""
    return store.conn.execute(f"SELECT count(*) FROM reports r WHERE {_WAITING}").fetchone()[0]


def latest(store: Store, report_id: int) -> StoredReport:
    """The report `report_id`, which must be the latest version of itself."""
    row = store.conn.execute(
        "SELECT superseded_by FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    if row is None:
        raise ReviewError(
            _("No report #{id}").format(id=report_id),
            hint=_("see the list: intake review list"),
        )
    if row[0] is not None:
        raise ReviewError(
            _(
                "Report #{id} has a newer version (#{newer}); decide on the latest version only"
            ).format(id=report_id, newer=row[0]),
            hint=_("see it: intake review show {id}").format(id=row[0]),
        )
    [report] = store.reports_by_id([report_id])
    return report


def superseded_by(store: Store, report_id: int) -> int | None:
    row = store.conn.execute(
        "SELECT superseded_by FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    return row[0] if row else None


# -- decisions -------------------------------------------------------------------------


def accept(
    store: Store,
    context: Context,
    report_id: int,
    changes: Changes = Changes(),
    *,
    by: str,
    now: datetime,
) -> StoredReport:
    """Store the held report, changed as the clerk says, as an accepted new version."""
    held = latest(store, report_id)
    if held.status is Status.ACCEPTED and changes == Changes():
        raise ReviewError(
            _("Report #{id} is already accepted; nothing changes").format(id=held.id),
            hint=_("correct a figure with --set FIELD=VALUE"),
        )
    form, unit, end, errors = _target(context, held, changes)
    values: dict[str, float] = dict(held.values)
    typed: dict[str, Value] = {}
    if form is not None:
        errors += _apply(form, changes.values, values, typed, by)
        errors += _complete(form, values)
    if errors:
        raise ReviewError(
            _("Report #{id} cannot be accepted yet:").format(id=held.id)
            + "\n  "
            + "\n  ".join(errors),
            hint=_("correct with --set FIELD=VALUE, --unit, --period-end or --form"),
        )
    assert form is not None and unit is not None and end is not None
    late = held.late
    if end != held.period_end or late is None:
        calendar = context.calendar_for(form.id)
        late = calendar.late(end, held.received_at) if held.received_at else None
    report = Report(
        unit=unit,
        form=form.id,
        period_end=end,
        values=values,
        status=Status.ACCEPTED,
        sources=(*_sources(held), *typed.values()),
        received_at=held.received_at,
        late=late,
        origin=held.origin,
    )
    extra = {"set": dict(changes.values)} if changes.values else {}
    return _decide(store, held, report, ACCEPTED, by, now, extra)


def reject(store: Store, report_id: int, reason: str, *, by: str, now: datetime) -> StoredReport:
    """Store the report as rejected, with the reason: its unit counts as not reported."""
    held = latest(store, report_id)
    reason = " ".join(reason.split())
    if not reason:
        raise ReviewError(_("A rejection needs a reason"), hint=_('add --reason "..."'))
    if held.status is Status.REJECTED:
        raise ReviewError(_("Report #{id} is already rejected").format(id=held.id))
    report = Report(
        unit=held.unit,
        form=held.form,
        period_end=held.period_end,
        values=held.values,
        status=Status.REJECTED,
        problems=(Problem("rejected", reason),),
        sources=_sources(held),
        received_at=held.received_at,
        late=held.late,
        origin=held.origin,
    )
    return _decide(store, held, report, REJECTED, by, now, {"reason": reason})


def _decide(
    store: Store,
    held: StoredReport,
    report: Report,
    kind: str,
    by: str,
    now: datetime,
    extra: dict[str, Any],
) -> StoredReport:
    detail = {"before": report_state(held), "after": report_state(report), **extra}
    new = store.add_report(
        held.message, report, now, actor=by, supersedes=held.id, decision=(kind, detail)
    )
    [stored] = store.reports_by_id([new])
    return stored


def decisions(store: Store, report_ids: Iterable[int]) -> list[Decision]:
    """The decisions taken on any of `report_ids`, in the order they were taken."""
    subjects = [f"report:{i}" for i in report_ids]
    found: list[Decision] = []
    for i in range(0, len(subjects), 500):
        chunk = subjects[i : i + 500]
        rows = store.conn.execute(
            "SELECT * FROM events WHERE kind IN (?, ?)"
            f" AND subject IN ({','.join('?' * len(chunk))}) ORDER BY id",
            (ACCEPTED, REJECTED, *chunk),
        )
        found += [_decision(row) for row in rows]
    return sorted(found, key=lambda d: (d.at, d.result))


def _decision(row: Any) -> Decision:
    detail = json.loads(row["detail"])
    return Decision(
        action=row["kind"].removeprefix("review."),
        held=int(row["subject"].removeprefix("report:")),
        result=detail["report"],
        by=row["actor"],
        at=datetime.fromisoformat(row["at"]),
        before=detail["before"],
        after=detail["after"],
        reason=detail.get("reason"),
    )


# -- checking what the clerk asks ------------------------------------------------------


def _target(
    context: Context, held: StoredReport, changes: Changes
) -> tuple[Form | None, str | None, date | None, list[str]]:
    """The form, unit and period of the new version, and what is wrong with them."""
    errors: list[str] = []
    form_id = changes.form or held.form
    form = context.forms.get(form_id) if form_id else None
    forms = ", ".join(context.forms)
    if form_id is None:
        errors.append(_("The form is not known: add --form ({forms})").format(forms=forms))
    elif form is None:
        errors.append(_('No form "{form}"; the forms: {forms}').format(form=form_id, forms=forms))
    unit = changes.unit or held.unit
    if unit is None:
        errors.append(_("The unit is not known: add --unit UNIT_ID"))
    elif context.directory.get(unit) is None:
        errors.append(
            _('No unit "{unit}" in the unit directory; the ids: {ids}').format(
                unit=unit, ids=_unit_ids(context)
            )
        )
    elif form is not None and form.units and unit not in form.units:
        errors.append(
            _('Unit "{unit}" does not send the form "{form}"').format(unit=unit, form=form.title)
        )
    end = changes.period_end or held.period_end
    calendar = context.calendar_for(form.id if form else None)  # a monthly form: its month
    noun = period_noun(calendar.noun)
    if end is None:
        errors.append(
            _("The reporting {period} is not known: add --period-end DATE (its last day)").format(
                period=noun
            )
        )
    elif calendar.end_on_or_after(end) != end:
        errors.append(
            _(
                "{day} is not the last day of a reporting {period};"
                " the {period} that holds it ends on {end}"
            ).format(day=vn_date(end), period=noun, end=vn_date(calendar.end_on_or_after(end)))
        )
    return form, unit, end, errors


def _unit_ids(context: Context, shown: int = 20) -> str:
    ids = [u.id for u in context.directory]
    return ", ".join(ids[:shown]) + (", ..." if len(ids) > shown else "")


def _apply(
    form: Form,
    typed: Mapping[str, str],
    values: dict[str, float],
    sources: dict[str, Value],
    by: str,
) -> list[str]:
    """Put the figures the clerk typed into `values`; return what could not be read."""
    keys = {f.key for f in form.fields}
    errors = []
    for key, text in typed.items():
        if not text.strip() and key in values:
            del values[key]  # "--set key=" clears a figure
        elif key not in keys:
            listed = ", ".join(f"{f.key} ({f.label})" for f in form.fields)
            errors.append(
                _('The form "{form}" has no field "{key}"; its fields: {fields}').format(
                    form=form.title, key=key, fields=listed
                )
            )
        elif not text.strip():
            continue
        else:
            value, error = parse_value(form.field(key), text)
            if error:
                errors.append(error)
            else:
                assert value is not None
                values[key] = value
                sources[key] = Value(key, value, text.strip(), f"{CLERK_SOURCE} ({by})", "nhập tay")
    return errors


def parse_value(spec: Field, text: str) -> tuple[float | None, str | None]:
    """A figure as a clerk types it ("5.000", "1 giờ 15 phút"), or why it cannot be read."""
    text = text.strip()
    if text.startswith("-"):
        return None, _('{field}: "{text}" is negative').format(field=spec.label, text=text)
    found = parse_duration(text) if spec.type == "minutes" else parse_number(text)
    if found is None:
        return None, _('{field}: "{text}" cannot be read as a number').format(
            field=spec.label, text=text
        )
    if found.ambiguous:
        return None, _('{field}: "{text}" is unclear ({why}); write it more plainly').format(
            field=spec.label, text=text, why=found.ambiguous
        )
    return found.value, None


def _complete(form: Form, values: dict[str, float]) -> list[str]:
    """Every required figure present, each within its field's bounds."""
    keys = {f.key for f in form.fields}
    errors = [
        _('The figure "{key}" is not of the form "{form}"; remove it with --set {key}=').format(
            key=k, form=form.title
        )
        for k in values
        if k not in keys
    ]
    missing = [f for f in form.fields if f.required and f.key not in values]
    if missing:
        listed = ", ".join(f"{f.label} (--set {f.key}=...)" for f in missing)
        errors.append(_("Still missing: {fields}").format(fields=listed))
    errors += [e for f in form.fields if f.key in values for e in _bounds(f, values[f.key])]
    return errors


def _bounds(spec: Field, value: float) -> list[str]:
    shown = vn_number(value)
    if spec.type == "count" and not float(value).is_integer():
        whole = _("{field} must be a whole number (got {value})")
        return [whole.format(field=spec.label, value=shown)]
    if value < spec.min:
        return [
            _("{field} cannot be less than {bound} (got {value})").format(
                field=spec.label, bound=vn_number(spec.min), value=shown
            )
        ]
    if spec.max is not None and value > spec.max:
        return [
            _("{field} cannot be more than {bound} (got {value})").format(
                field=spec.label, bound=vn_number(spec.max), value=shown
            )
        ]
    return []


def _sources(report: StoredReport) -> tuple[Value, ...]:
    known = set(Value.__dataclass_fields__)
    return tuple(Value(**{k: v for k, v in s.items() if k in known}) for s in report.sources)


# -- the message a report came from ----------------------------------------------------


def original(
    store: Store, archive_folder: Path, report: StoredReport, max_chars: int = ORIGINAL_MAX_CHARS
) -> Original | None:
    """The plain text and attachment names of the archived message, or None."""
    message: StoredMessage | None = store.message(report.message) if report.message else None
    if message is None:
        return None
    parsed = mime.parse(archive.read(archive_folder, message.archive_path))
    text = parsed.text.strip()
    cut = text[:max_chars].rsplit("\n", 1)[0] if len(text) > max_chars else text
    names = tuple(a.filename for a in parsed.attachments if not a.inline)
    return Original(cut, len(cut) < len(text), names)
