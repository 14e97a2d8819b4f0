"""What the stages need to read a message: units, forms, matchers, calendar.

Built once from the configuration (or from the shipped defaults, for `intake parse`
without a configuration) and then only read: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from intake import directory, forms
from intake.config import Authentication, Config, Limits, PeriodRules
from intake.directory import Directory
from intake.lexicon import Matcher, field_matcher, unit_matcher
from intake.models import Form
from intake.period import Calendar

SHIPPED = Path(__file__).resolve().parent.parent / "config"


@dataclass(frozen=True)
class Context:
    directory: Directory
    forms: dict[str, Form]
    fields: Matcher
    units: Matcher
    calendar: Calendar
    own_addresses: frozenset[str]
    approvers: frozenset[str] = frozenset()
    limits: Limits = Limits()  # what one message may cost
    authentication: Authentication = Authentication()  # who may vouch for a sender

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
            units=unit_matcher(units),
            calendar=Calendar(rules),
            own_addresses=own_addresses,
            approvers=approvers,
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
