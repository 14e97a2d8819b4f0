"""Report forms: one TOML file per form in the forms folder (see config/forms/).

An administrator adds a form by copying a file and editing it; nothing in the code knows
the shipped forms.  Every file is validated, and every problem reported with its file.
"""

from __future__ import annotations

import re
import tomllib
from datetime import time
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from intake.config import _PYDANTIC as PYDANTIC_WORDS
from intake.config import parse_weekly_time
from intake.cycles import parse_days_before
from intake.errors import ConfigError
from intake.i18n import N_, Joined, Words
from intake.models import Field as FormField
from intake.models import Form, Schedule
from intake.text import nfc


class _FieldSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1)
    aliases: list[str] = []
    type: Literal["count", "number", "minutes"] = "count"
    aggregate: Literal["sum", "max", "min", "mean"] = "sum"
    required: bool = True
    min: float = 0
    max: float | None = None
    units: list[str] = []
    wrong_units: list[str] = []
    estimate: bool = False
    running_total: bool = False


class _PeriodSpec(BaseModel):
    """A form's own period: `[period]` in its file (intake/cycles.py explains it)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["weekly", "monthly", "quarterly", "yearly"]
    deadline: str | None = None  # weekly: "thursday 16:00"; the others: "16:00"
    end_day: int = Field(default=20, ge=1, le=31)
    end_month: int = Field(default=12, ge=1, le=12)
    due_days: int = Field(default=0, ge=0, le=60)
    late_grace_hours: float | None = Field(default=None, ge=0, le=24 * 60)
    reminders: list[str] | None = None

    @model_validator(mode="after")
    def _readable(self) -> _PeriodSpec:
        self.schedule()  # a wrong deadline or reminder is reported with the form's file
        return self

    def schedule(self) -> Schedule:
        weekly = self.kind == "weekly"
        if weekly:
            due = parse_weekly_time(self.deadline or "thursday 16:00")
            weekday, at = due.weekday, due.at
        else:
            weekday, at = 3, _time_of_day(self.deadline or "16:00")
        reminders = None
        if self.reminders is not None:
            reminders = tuple(_reminder(text, weekly) for text in self.reminders)
        return Schedule(
            self.kind, at, weekday, self.end_day, self.end_month, self.due_days,
            self.late_grace_hours, reminders,
        )  # fmt: skip


def _time_of_day(text: str) -> time:
    match = re.fullmatch(r"\s*(\d{1,2})[:h](\d{2})\s*", text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(
            Words('deadline: write a time of day, like "16:00" (got "{text}")', text=text)
        )
    return time(int(match[1]), int(match[2]))


def _reminder(text: str, weekly: bool) -> tuple[int, time]:
    """ "wednesday 15:00" for a weekly form; "3 days before 09:00" for the others."""
    if weekly:
        when = parse_weekly_time(text)
        return when.weekday, when.at
    before = parse_days_before(text)
    return before.days, before.at


class _FormSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str = Field(min_length=1)
    sheet_name: str = Field(default="", max_length=31)  # the xlsx sheet's name; Excel allows 31
    keywords: list[str] = []
    sections: list[str] = []
    units: list[str] = []
    expected: bool = True
    period: _PeriodSpec | None = None
    fields: list[_FieldSpec] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_keys(self) -> _FormSpec:
        keys = [f.key for f in self.fields]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            raise ValueError(Words("field key(s) used twice: {keys}", keys=", ".join(twice)))
        return self


def load_all(folder: Path) -> tuple[Form, ...]:
    """Read every *.toml form in `folder`, sorted by file name."""
    if not folder.is_dir():
        raise ConfigError(Words("{folder}: the forms folder does not exist", folder=folder))
    forms: list[Form] = []
    problems: list[Words] = []
    for path in sorted(folder.glob("*.toml")):
        read = _read(path)
        if isinstance(read, Form):
            forms.append(read)
        else:
            problems.append(read)
    ids = [f.id for f in forms]
    problems += [
        Words("form id '{id}' is defined twice", id=i)
        for i in sorted({i for i in ids if ids.count(i) > 1})
    ]
    if problems:
        raise ConfigError(Joined("\n", problems))
    if not forms:
        raise ConfigError(Words("{folder}: no form (*.toml) in the forms folder", folder=folder))
    return tuple(sorted(forms, key=_order))


def _order(form: Form) -> tuple[bool, bool]:
    """The office's weekly forms first, then forms with their own period, then forms
    sent on request: the first is the one acknowledgments give as an example."""
    return not form.expected, form.schedule is not None


def load(path: Path) -> Form:
    read = _read(path)
    if isinstance(read, Words):
        raise ConfigError(read)
    return read


def _read(path: Path) -> Form | Words:
    """The form in `path`, or what is wrong with the file."""
    try:
        spec = _FormSpec.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except tomllib.TOMLDecodeError as e:
        return Words("{path}: not valid TOML: {error}", path=path, error=e)
    except ValidationError as e:
        lines = Joined("\n  ", [_describe(err) for err in e.errors()])
        return Words("{path}:\n  {problems}", path=path, problems=lines)
    return _to_form(spec)


def _describe(err: Any) -> Words | str:
    """One problem of a form's file: the key (e.g. fields.0.type) and what is wrong."""
    kind, ctx = err["type"], err.get("ctx") or {}
    message: Words | str = err["msg"]
    if kind == "value_error" and isinstance(ctx.get("error"), ValueError) and ctx["error"].args:
        message = ctx["error"].args[0]  # our validator's Words (or its English)
    elif kind in _WORDS:
        message = Words(_WORDS[kind], **ctx)
    elif kind in PYDANTIC_WORDS:
        expected = str(ctx.get("expected", "")).replace(" or ", ", ")
        message = Words(PYDANTIC_WORDS[kind], **{**ctx, "expected": expected})
    where = ".".join(map(str, err["loc"]))
    return Words("{where}: {message}", where=where, message=message) if where else message


# pydantic's words for the mistakes of a form's file that a configuration does not make.
_WORDS = {
    "missing": N_("missing (required)"),
    "extra_forbidden": N_("unknown key (check its spelling against config/forms/)"),
    "string_pattern_mismatch": N_(
        "must be lower-case letters, digits and _, starting with a letter"
    ),
    "string_too_short": N_("must not be empty"),
    "string_too_long": N_("must be at most {max_length} characters"),
    "too_short": N_("must have at least {min_length} item"),
}


def _to_form(spec: _FormSpec) -> Form:
    fields = tuple(
        FormField(
            key=f.key,
            label=nfc(f.label),
            aliases=tuple(dict.fromkeys(nfc(a) for a in [f.label, *f.aliases])),
            type=f.type,
            aggregate=f.aggregate,
            required=f.required,
            min=f.min,
            max=f.max,
            units=tuple(nfc(u) for u in f.units),
            wrong_units=tuple(nfc(u) for u in f.wrong_units),
            estimate=f.estimate,
            running_total=f.running_total,
        )
        for f in spec.fields
    )
    return Form(
        id=spec.id,
        title=nfc(spec.title),
        sheet_name=nfc(spec.sheet_name),
        fields=fields,
        keywords=tuple(nfc(k) for k in spec.keywords),
        sections=tuple(nfc(k) for k in spec.sections),
        units=tuple(spec.units),
        expected=spec.expected,
        schedule=spec.period.schedule() if spec.period else None,
    )
