"""What the stages need to read a message: units, forms, matchers, calendar.

Built once from the configuration (or from the shipped defaults, for `intake parse`
without a configuration) and then only read: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time
from functools import cached_property
from pathlib import Path

from intake import directory, forms
from intake.config import Authentication, Config, Limits, PeriodRules, WeeklyTime
from intake.cycles import Cycle, CycleCalendar, DaysBefore
from intake.directory import Directory
from intake.lexicon import Matcher, field_matcher, unit_matcher
from intake.models import Form, Schedule
from intake.period import Calendar

AnyCalendar = Calendar | CycleCalendar

SHIPPED = Path(__file__).resolve().parent.parent / "config"


@dataclass(frozen=True)
class Context:
    directory: Directory
    forms: dict[str, Form]
    fields: Matcher
    calendar: Calendar
    own_addresses: frozenset[str]
    approvers: frozenset[str] = frozenset()
    limits: Limits = Limits()  # what one message may cost
    authentication: Authentication = Authentication()  # who may vouch for a sender
    calendars: dict[str, AnyCalendar] | None = None  # a form's own [period], by form id

    def calendar_for(self, form: str | None) -> AnyCalendar:
        """The calendar of a form: its own `[period]`, else the office's weeks."""
        return (self.calendars or {}).get(form or "", self.calendar)

    @cached_property
    def units(self) -> Matcher:
        """The units' names and aliases, matched in text: built when a message is first
        read, never by commands that read none (`report`, `status`, the web desk)."""
        return unit_matcher(self.directory)

    @cached_property
    def unit_words(self) -> frozenset[str]:
        """The words of the units' names and aliases, folded."""
        return self.units.words()

    @classmethod
    def build(
        cls,
        units: Directory,
        form_list: tuple[Form, ...],
        rules: PeriodRules,
        own_addresses: frozenset[str] = frozenset(),
        approvers: frozenset[str] = frozenset(),
    ) -> Context:
        return cls(
            directory=units,
            forms={f.id: f for f in form_list},
            fields=field_matcher(form_list),
            calendar=Calendar(rules),
            own_addresses=own_addresses,
            approvers=approvers,
            calendars={f.id: form_calendar(f.schedule, rules) for f in form_list if f.schedule},
        )

    @classmethod
    def from_config(cls, config: Config, units_file: Path | None = None) -> Context:
        own = frozenset({*config.office.emails, config.smtp.sender})
        built = cls.build(
            directory.load(units_file or config.directory.units),
            forms.load_all(config.directory.forms),
            config.period,
            own,
            frozenset(config.report.approvers),
        )
        return replace(built, limits=config.limits, authentication=config.authentication)

    @classmethod
    def defaults(cls, units_file: Path | None = None) -> Context:
        """The shipped unit directory and forms, with the default period rules."""
        return cls.build(
            directory.load(units_file or SHIPPED / "units.csv"),
            forms.load_all(SHIPPED / "forms"),
            PeriodRules(),
        )


def form_calendar(schedule: Schedule, rules: PeriodRules) -> AnyCalendar:
    """The calendar of a form's own `[period]`, in the office's time zone; its grace is
    the office's `late_grace_hours` unless the form sets its own."""
    grace = (
        rules.late_grace_hours if schedule.late_grace_hours is None else schedule.late_grace_hours
    )
    if schedule.kind == "weekly":
        due = WeeklyTime(schedule.weekday, schedule.deadline)
        return Calendar(PeriodRules(deadline=due, timezone=rules.timezone, late_grace_hours=grace))
    reminders = schedule.reminders
    if reminders is None:
        reminders = ((3, DEFAULT_REMINDER), (1, DEFAULT_REMINDER))
    cycle = Cycle(
        schedule.kind, schedule.end_day, schedule.end_month, schedule.deadline,
        schedule.due_days, grace, tuple(DaysBefore(d, at) for d, at in reminders),
    )  # fmt: skip
    return CycleCalendar(cycle, rules.tz)


DEFAULT_REMINDER = time(9)
