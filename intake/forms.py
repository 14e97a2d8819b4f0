"""Report forms: one TOML file per form in the forms folder (see config/forms/).

An administrator adds a form by copying a file and editing it; nothing in the code knows
the shipped forms.  Every file is validated, and every problem reported with its file.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from intake.errors import ConfigError
from intake.models import Field as FormField
from intake.models import Form
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


class _FormSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str = Field(min_length=1)
    keywords: list[str] = []
    sections: list[str] = []
    units: list[str] = []
    expected: bool = True
    fields: list[_FieldSpec] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_keys(self) -> _FormSpec:
        keys = [f.key for f in self.fields]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            raise ValueError(f"field key(s) used twice: {', '.join(twice)}")
        return self


def load_all(folder: Path) -> tuple[Form, ...]:
    """Read every *.toml form in `folder`, sorted by file name."""
    if not folder.is_dir():
        raise ConfigError(f"{folder}: the forms folder does not exist")
    forms, problems = [], []
    for path in sorted(folder.glob("*.toml")):
        try:
            forms.append(load(path))
        except ConfigError as e:
            problems.append(str(e))
    ids = [f.id for f in forms]
    problems += [
        f"form id '{i}' is defined twice" for i in sorted({i for i in ids if ids.count(i) > 1})
    ]
    if problems:
        raise ConfigError("\n".join(problems))
    if not forms:
        raise ConfigError(f"{folder}: no form (*.toml) in the forms folder")
    return tuple(sorted(forms, key=lambda f: not f.expected))  # weekly forms first


def load(path: Path) -> Form:
    try:
        spec = _FormSpec.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    except ValidationError as e:
        lines = [f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors()]
        raise ConfigError(f"{path}:\n  " + "\n  ".join(lines)) from None
    return _to_form(spec)


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
        fields=fields,
        keywords=tuple(nfc(k) for k in spec.keywords),
        sections=tuple(nfc(k) for k in spec.sections),
        units=tuple(spec.units),
        expected=spec.expected,
    )
