"""`intake review ...` and `intake history`: the clerk's commands, printed in the
language of intake.i18n (Vietnamese by default).

Registered by intake/cli.py:

    from intake.cli_review import history, review

    cli.add_command(review)
    cli.add_command(history)

Like the commands of cli.py, these import the library inside their bodies, so that
`intake --help` stays quick.  A refusal is a ReviewError (an IntakeError):
`intake.cli.main` prints it as one message and a hint, like every other error.
"""

from __future__ import annotations

import getpass
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from intake.i18n import N_, _
from intake.models import Status
from intake.options import DATE, config_option, now_option

if TYPE_CHECKING:
    from intake.app import App
    from intake.context import Context
    from intake.history import Version
    from intake.review import Decision, Held, Original
    from intake.store import StoredReport

STATUS = {  # translated where shown
    Status.ACCEPTED: N_("accepted"),
    Status.NEEDS_REVIEW: N_("held for review"),
    Status.REJECTED: N_("rejected"),
}
UNKNOWN = N_("not known")
QUEUE_WIDTHS = (6, 16, 32, 24, 34, 21, 60, 40)


def _by_option():
    return click.option(
        "--by", metavar="NAME", help="who decides (for the event log); default: the OS user"
    )


@contextmanager
def _opened(config_path: Path, now_text: str | None) -> Iterator[tuple[App, datetime, View]]:
    from intake.app import App
    from intake.clock import parse_now

    app = App.open(config_path)
    try:
        yield app, parse_now(now_text, app.context.calendar.tz), View(app.context)
    finally:
        app.close()


# -- intake review ---------------------------------------------------------------------


@click.group("review")
def review() -> None:
    """Work through the reports held for review: list, show, accept, reject."""


@review.command("list")
@config_option()
@now_option()
@click.option("--all", "everything", is_flag=True, help="also held reports already dealt with")
def list_command(config_path: Path, now_text: str | None, everything: bool) -> None:
    """List the held reports, oldest first (a queue)."""
    from intake.review import queue

    with _opened(config_path, now_text) as (app, _now, view):
        click.echo(queue_text(view, queue(app.store, everything=everything), everything))


@review.command("show")
@config_option()
@now_option()
@click.argument("report_id", metavar="ID", type=int)
def show_command(config_path: Path, now_text: str | None, report_id: int) -> None:
    """Show one report: figures and their sources, problems, the original message."""
    from intake.review import ReviewError, original, superseded_by

    with _opened(config_path, now_text) as (app, _now, view):
        found = app.store.reports_by_id([report_id])
        if not found:
            raise ReviewError(_("No report #{id}").format(id=report_id), hint="intake review list")
        source = original(app.store, app.config.storage.archive, found[0])
        click.echo(report_text(view, found[0], source, superseded_by(app.store, report_id)))


@review.command("accept")
@config_option()
@now_option()
@click.argument("report_id", metavar="ID", type=int)
@click.option(
    "--set", "assignments", multiple=True, metavar="FIELD=VALUE", help="set a figure (repeat)"
)
@click.option("--unit", metavar="ID", help="the unit (an id of the unit directory)")
@click.option("--period-end", type=DATE, metavar="DATE", help="the last day of the week")
@click.option("--form", "form_id", metavar="ID", help="the form")
@_by_option()
def accept_command(
    config_path: Path,
    now_text: str | None,
    report_id: int,
    assignments: tuple[str, ...],
    unit: str | None,
    period_end: datetime | None,
    form_id: str | None,
    by: str | None,
) -> None:
    """Accept a held report, with the figures, unit, period or form corrected."""
    from intake.review import Changes, accept, superseded_by

    changes = Changes(
        values=parse_assignments(assignments),
        unit=unit,
        period_end=period_end.date() if period_end else None,
        form=form_id,
    )
    with _opened(config_path, now_text) as (app, now, view):
        new = accept(app.store, app.context, report_id, changes, by=_who(by), now=now)
        click.echo(_("Report #{id} accepted, stored as #{new}.").format(id=report_id, new=new.id))
        click.echo(
            _("  {unit}, {form}, week {week}").format(
                unit=view.unit(new.unit), form=view.form(new.form), week=view.week(new.period_end)
            )
        )
        click.echo(_("  Figures: {figures}").format(figures=view.figures(new.form, new.values)))
        if not new.is_current:
            later = superseded_by(app.store, new.id)
            click.echo(
                _(
                    "Note: the unit has a later report for this week (#{later});"
                    " the one just accepted is kept as history only."
                ).format(later=later)
            )


@review.command("reject")
@config_option()
@now_option()
@click.argument("report_id", metavar="ID", type=int)
@click.option("--reason", required=True, help="why (kept with the report, in Vietnamese)")
@_by_option()
def reject_command(
    config_path: Path, now_text: str | None, report_id: int, reason: str, by: str | None
) -> None:
    """Reject a report: it is not counted, and its unit shows as not reported."""
    from intake.review import reject

    with _opened(config_path, now_text) as (app, now, view):
        new = reject(app.store, report_id, reason, by=_who(by), now=now)
        click.echo(
            _("Report #{id} rejected, stored as #{new}. Reason: {reason}").format(
                id=report_id, new=new.id, reason=reason
            )
        )
        if new.is_current and new.unit and new.period_end:
            week = view.week(new.period_end)
            click.echo(
                _("  {unit} counts as not reported for the week {week}.").format(
                    unit=view.unit(new.unit), week=week
                )
            )


def parse_assignments(assignments: Sequence[str]) -> dict[str, str]:
    """ "--set items=12" as {"items": "12"}; the value is read later, by its field."""
    from intake.review import ReviewError

    out = {}
    for text in assignments:
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            raise ReviewError(
                _('--set "{text}": write FIELD=VALUE').format(text=text),
                hint=_("for example: --set items=12"),
            )
        out[key.strip()] = value.strip()
    return out


def _who(by: str | None) -> str:
    from intake.review import ReviewError

    if by and by.strip():
        return by.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        raise ReviewError(_("Who decides is not known"), hint=_("add --by NAME")) from None


# -- intake history --------------------------------------------------------------------


@click.command("history")
@config_option()
@now_option()
@click.option("--unit", required=True, metavar="ID", help="the unit (an id of the directory)")
@click.option(
    "--period-end", required=True, type=DATE, metavar="DATE", help="the last day of the week"
)
@click.option("--form", "form_id", metavar="ID", help="only this form")
def history(
    config_path: Path, now_text: str | None, unit: str, period_end: datetime, form_id: str | None
) -> None:
    """Show every version of a unit's report for a period, oldest first."""
    from intake.history import versions
    from intake.review import ReviewError

    end = period_end.date()
    with _opened(config_path, now_text) as (app, _now, view):
        context = app.context
        if context.directory.get(unit) is None:
            raise ReviewError(_('No unit "{unit}" in the unit directory').format(unit=unit))
        if form_id is not None and form_id not in context.forms:
            raise ReviewError(
                _('No form "{form}"; the forms: {forms}').format(
                    form=form_id, forms=", ".join(context.forms)
                )
            )
        if context.calendar.end_on_or_after(end) != end:
            raise ReviewError(
                _("{day} is not the last day of a reporting week").format(day=f"{end:%d/%m/%Y}"),
                hint=_("try --period-end {end}").format(end=context.calendar.end_on_or_after(end)),
            )
        click.echo(history_text(view, unit, end, versions(app.store, unit, end, form_id)))


# -- what the clerk reads --------------------------------------------------------------


class View:
    """Names from the directory and the forms, local times, Vietnamese numbers."""

    def __init__(self, context: Context) -> None:
        from intake.render import words

        self.context = context
        self._words = words

    def unit(self, unit: str | None) -> str:
        found = self.context.directory.get(unit) if unit else None
        return found.name if found else (unit or _(UNKNOWN))

    def form(self, form: str | None) -> str:
        found = self.context.forms.get(form) if form else None
        return found.title if found else (form or _(UNKNOWN))

    def labels(self, form: str | None) -> dict[str, str]:
        found = self.context.forms.get(form) if form else None
        return {f.key: f.label for f in found.fields} if found else {}

    def week(self, end: date | None) -> str:
        if end is None:
            return _(UNKNOWN)
        return self._words.vn_short_period(self.context.calendar.start(end), end)

    def when(self, moment: datetime | None) -> str:
        return self._words.vn_datetime(moment, self.context.calendar.tz) if moment else _("unknown")

    def number(self, value: float | None) -> str:
        if value is None:
            return "—"
        return "?" if math.isnan(value) else self._words.vn_number(value)

    def figures(self, form: str | None, values: Mapping[str, float]) -> str:
        labels = self.labels(form)
        keys = [k for k in labels if k in values] + [k for k in values if k not in labels]
        return "; ".join(f"{labels.get(k, k)} {self.number(values[k])}" for k in keys) or _("none")


def queue_text(view: View, items: Sequence[Held], everything: bool = False) -> str:
    if not items:
        return _("No report is held for review.")
    headings = [_("ID"), _("Received"), _("Sender"), _("Unit"), _("Form"), _("Week"), _("Problem")]
    rows = [
        [
            str(r.id),
            view.when(r.received_at) if r.received_at else "",
            r.sender or "",
            view.unit(r.unit),
            view.form(r.form),
            view.week(r.period_end),
            r.problems[0].message if r.problems else "",
        ]
        for r in (item.report for item in items)
    ]
    if everything:
        headings.append(_("State"))
        for row, item in zip(rows, items, strict=True):
            row.append(_fate(item))
    waiting = sum(1 for item in items if item.waiting)
    return (
        table(headings, rows, QUEUE_WIDTHS)
        + "\n\n"
        + _("{count} reports held for review. To see one: intake review show ID").format(
            count=waiting
        )
    )


def _fate(item: Held) -> str:
    if item.decision:
        decided = (
            _("accepted by {by} → #{result}")
            if item.decision.action == "accepted"
            else _("rejected by {by} → #{result}")
        )
        return decided.format(by=item.decision.by, result=item.decision.result)
    if item.replaced_by:
        return _("replaced by #{id}").format(id=item.replaced_by)
    return _(STATUS[Status.NEEDS_REVIEW])


def report_text(
    view: View, r: StoredReport, source: Original | None, later: int | None = None
) -> str:
    received = view.when(r.received_at)
    if r.late is not None:
        received += _(", late") if r.late else _(", on time")
    headings = [_("Field"), _("Figure"), _("As written"), _("Where"), _("How read")]
    lines = [
        _("Report #{id}: {status}").format(id=r.id, status=_(STATUS[r.status]))
        + (_(" (a later version exists: #{id})").format(id=later) if later else "")
        + (_(" — the current version") if r.is_current else ""),
        _label(_("Unit:"), view.unit(r.unit) + (f" ({r.unit})" if r.unit else "")),
        _label(_("Form:"), view.form(r.form) + (f" ({r.form})" if r.form else "")),
        _label(_("Week:"), view.week(r.period_end)),
        _label(_("Received:"), received),
        _label(_("Sender:"), r.sender or _("unknown")),
        _label(_("Subject:"), r.subject or ""),
        "",
        _("Figures read:"),
        _indent(table(headings, _figure_rows(view, r))),
        "",
        _("Problems:") if r.problems else _("Problems: none"),
        *(f"  - {p.message}" for p in r.problems),
        "",
        *_original_lines(source),
    ]
    if later is None and r.status is not Status.ACCEPTED:
        lines += ["", *_how_to_decide(view, r)]
    return "\n".join(lines)


def _label(label: str, value: str) -> str:
    return f"  {label.ljust(11)} {value}"


def _figure_rows(view: View, r: StoredReport) -> list[list[str]]:
    labels = view.labels(r.form)
    rows = []
    for s in r.sources:
        how = s.get("how") or ""
        if s.get("doubt"):
            how += f" — {s['doubt']}"
        field, value = s["field"], s.get("value")
        rows.append(
            [labels.get(field, field), view.number(value), s.get("raw", ""), s["source"], how]
        )
    read = {s["field"] for s in r.sources}
    rows += [
        [label, "—", "", _("not read"), ""]
        for key, label in labels.items()
        if key not in read and key not in r.values
    ]
    return rows or [["—", "", "", _("no figure read"), ""]]


def _how_to_decide(view: View, r: StoredReport) -> list[str]:
    form = view.context.forms.get(r.form) if r.form else None
    missing = [f.key for f in form.fields if f.required and f.key not in r.values] if form else []
    accept = f"intake review accept {r.id}" + "".join(f" --set {k}=..." for k in missing)
    accept += "" if r.unit else " --unit " + _("UNIT_ID")
    accept += "" if r.period_end else " --period-end " + _("DATE")
    accept += "" if r.form else " --form " + _("FORM")
    reject = f'intake review reject {r.id} --reason "..."'
    return [
        _("Accept: {command}").format(command=accept),
        _("Reject: {command}").format(command=reject),
    ]


def _original_lines(source: Original | None) -> list[str]:
    if source is None:
        return [_("Original mail: none")]
    lines = [_("Original mail:"), *(f"  │ {line}" for line in source.text.splitlines() or [""])]
    if source.truncated:
        lines.append("  │ ... " + _("(cut short)"))
    files = ", ".join(source.attachments) or _("none")
    lines.append(_("Attachments: {files}").format(files=files))
    return lines


def history_text(view: View, unit: str, end: date, found: Sequence[Version]) -> str:
    head = _("History of the reports of {unit}, week {week}").format(
        unit=view.unit(unit), week=view.week(end)
    )
    if not found:
        return _("{head}: no report.").format(head=head)
    lines = [head, ""]
    for v in found:
        r = v.report
        mark = _("  ← CURRENT VERSION") if v.is_current else ""
        after = _("; replaced by #{id}").format(id=v.superseded_by) if v.superseded_by else ""
        lines.append(f"#{r.id}  {_(STATUS[r.status])}{after}{mark}")
        lines.append(
            _("    Received {when}, from {sender}").format(
                when=view.when(r.received_at), sender=r.sender or _("unknown")
            )
        )
        if r.unit != unit or r.period_end != end:
            lines.append(
                _("    Unit, week: {unit}, {week}").format(
                    unit=view.unit(r.unit), week=view.week(r.period_end)
                )
            )
        lines.append(f"    {view.form(r.form)}: {view.figures(r.form, r.values)}")
        lines += [_("    Problem: {message}").format(message=p.message) for p in r.problems]
        if v.decision:
            lines.append(f"    {_decision_line(view, v.decision)}")
        elif v.stored_by != "intake":
            lines.append(
                _("    Stored by {by} at {when}").format(
                    by=v.stored_by, when=view.when(v.stored_at)
                )
            )
    return "\n".join(lines)


def _decision_line(view: View, d: Decision) -> str:
    changed = _changes(view, d.before, d.after)
    decided = (
        _("Accepted by {by} at {when}, from #{held}")
        if d.action == "accepted"
        else _("Rejected by {by} at {when}, from #{held}")
    )
    return decided.format(by=d.by, when=view.when(d.at), held=d.held) + (
        f": {'; '.join(changed)}" if changed else ""
    )


def _changes(view: View, before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    out = []
    if before.get("unit") != after.get("unit"):
        unit_was, unit_is = view.unit(before.get("unit")), view.unit(after.get("unit"))
        out.append(_("unit {before} → {after}").format(before=unit_was, after=unit_is))
    if before.get("period_end") != after.get("period_end"):
        week_was = before.get("period_end") or _(UNKNOWN)
        out.append(
            _("week {before} → {after}").format(before=week_was, after=after.get("period_end"))
        )
    if before.get("form") != after.get("form"):
        form_was = before.get("form") or _(UNKNOWN)
        out.append(_("form {before} → {after}").format(before=form_was, after=after.get("form")))
    labels = view.labels(after.get("form"))
    old, new = before.get("values", {}), after.get("values", {})
    for key in dict.fromkeys([*old, *new]):
        if old.get(key) != new.get(key):
            shown = f"{view.number(old.get(key))} → {view.number(new.get(key))}"
            out.append(f"{labels.get(key, key)} {shown}")
    return out


# -- a plain-text table ----------------------------------------------------------------


def table(
    headings: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] = ()
) -> str:
    """Rows as aligned columns; a cell longer than its column's width is cut with "…"."""
    limits = list(widths) + [80] * (len(headings) - len(widths))
    cells = [[_cut(str(c), limits[i]) for i, c in enumerate(row)] for row in [headings, *rows]]
    sizes = [max(len(row[i]) for row in cells) for i in range(len(headings))]
    lines = ["  ".join(c.ljust(sizes[i]) for i, c in enumerate(row)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * s for s in sizes))
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.splitlines())
