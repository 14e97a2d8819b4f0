"""The words of the `intake` command: Vietnamese by default, English on request.

The language is `[office] language` when the configuration sets it; else English when
the locale (the first of LC_ALL, LC_MESSAGES, LANG that is set) starts with "en"; else
Vietnamese.  `intake.cli.main` chooses it once, before anything is printed.

Message ids are English, marked in the code with `_()` (translated when called) or `N_()`
(only marked: click's help texts are translated when `localize` walks the commands).
The catalogues are intake/locale/<vi|en>/LC_MESSAGES/intake.po; their compiled .mo files
are committed beside them, so that an install needs no build step, and a test fails when
a message lacks either language or a .mo is older than its .po.  After editing a .po:

    .venv/bin/pybabel compile -d intake/locale -D intake

Click's own words (Usage, Options, "Missing option"...) and argparse's (run_daemon.py)
come from the same catalogue: both call the `_` and `ngettext` bound in each of their
modules, which `use` points at it.  Their plural messages ("Got unexpected extra
arguments") are in the catalogue too, with one form in Vietnamese and two in English
(CLICK_PLURALS).  A click.Path names itself ("file") when the command is declared, before
the language is chosen: `localize` names it again.
"""

from __future__ import annotations

import gettext
import inspect
import os
import sys
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path

import click

DOMAIN = "intake"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("vi", "en")
_CLICK_MODULES = (
    "core",
    "decorators",
    "exceptions",
    "formatting",
    "parser",
    "types",
    "termui",
    "utils",
    "shell_completion",
)


def _(message: str) -> str:
    """The message in the language in use."""
    return _current.gettext(message)


def N_(message: str) -> str:  # noqa: N802 (gettext's name)
    """Mark a message for the catalogue; it is translated where it is shown."""
    return message


class Words:
    """A message said in the language in use only when it is shown: its English id and
    its fields, which may be Words too.  `str()` gives the English, for logs and for the
    library's callers; `said()` the language of the command (the CLI's edge says it).

        Words("{path}: no units", path=path)
    """

    def __init__(self, message: str, /, **fields: object) -> None:
        self.message, self.fields = message, fields

    def __str__(self) -> str:
        return self.message.format(**{k: str(v) for k, v in self.fields.items()})

    def said(self) -> str:
        return _(self.message).format(**{k: said(v) for k, v in self.fields.items()})


class Joined(Words):
    """Words joined by a separator ("\\n  " between the lines of one error)."""

    def __init__(self, separator: str, parts: Sequence[object]) -> None:
        super().__init__("")
        self.separator, self.parts = separator, list(parts)

    def __str__(self) -> str:
        return self.separator.join(str(p) for p in self.parts)

    def said(self) -> str:
        return self.separator.join(said(p) for p in self.parts)


def said(text: object) -> str:
    """`text` in the language in use: Words said, anything else as it is."""
    return text.said() if isinstance(text, Words) else str(text)


# What a period is called where intake stores it (cycles.NOUNS, period.Calendar.noun),
# as the command says it: "tháng" is "month" in English.
PERIOD_NOUNS = {"tuần": N_("week"), "tháng": N_("month"), "quý": N_("quarter"), "năm": N_("year")}


def period_noun(noun: str) -> str:
    """ "tuần", "tháng", "quý", "năm" in the language in use."""
    return _(PERIOD_NOUNS[noun]) if noun in PERIOD_NOUNS else noun


def from_locale(environ: Mapping[str, str] = os.environ) -> str | None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return "en" if value.lower().startswith("en") else None
    return None


def choose(configured: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """[office] language, else the locale's if it is English, else Vietnamese."""
    return configured or from_locale(environ) or "vi"


def use(language: str) -> None:
    """Speak `language` from now on: intake's messages and click's."""
    global _current, _language
    _current, _language = translation(language), language
    for name in [*(f"click.{m}" for m in _CLICK_MODULES), "argparse"]:
        module = sys.modules.get(name)
        if module is None:
            continue
        if hasattr(module, "_"):
            module._ = _current.gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = _current.ngettext  # type: ignore[attr-defined]


def translation(language: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def configured_language(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> str | None:
    """`[office] language` of the file named by --config (or INTAKE_CONFIG), read before
    the command runs so that even its help is in that language; None when unreadable
    (the command itself then says what is wrong with the file)."""
    path = environ.get("INTAKE_CONFIG")
    for i, arg in enumerate(argv):
        if arg == "--config" and i + 1 < len(argv):
            path = argv[i + 1]
        elif arg.startswith("--config="):
            path = arg.partition("=")[2]
    if not path:
        return None
    try:
        office = tomllib.loads(Path(path).read_text(encoding="utf-8")).get("office", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    language = office.get("language") if isinstance(office, dict) else None
    return language if language in LANGUAGES else None


_current: gettext.NullTranslations = translation("vi")  # until `use` says otherwise
_language = "vi"


def language() -> str:
    """The language in use: "vi" or "en"."""
    return _language


# -- click's help texts ----------------------------------------------------------------

_ORIGINAL = "_intake_original_help"


def localize(command: click.Command) -> None:
    """Translate the help of `command`, its options and its subcommands, in place, and
    the names of their file arguments ("File 'x.eml' does not exist.")."""
    for item in walk(command):
        original = getattr(item, _ORIGINAL, None)
        if original is None:
            original = inspect.cleandoc(item.help) if item.help else ""
            setattr(item, _ORIGINAL, original)
        if original:
            item.help = _(original)
    for kind in _path_types(command):
        original = getattr(kind, _ORIGINAL, None) or kind.name
        setattr(kind, _ORIGINAL, original)
        kind.name = _(original)


def _path_types(command: click.Command) -> list[click.Path]:
    found = [p.type for p in command.params if isinstance(p.type, click.Path)]
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            found += _path_types(sub)
    return found


def walk(command: click.Command) -> list[click.Command | click.Option]:
    """The command, each option with a help text, and the same for each subcommand."""
    out: list[click.Command | click.Option] = [command]
    out += [p for p in command.params if isinstance(p, click.Option) and p.help]
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            out += walk(sub)
    return out


def help_ids(command: click.Command) -> list[str]:
    """The message ids of the help texts under `command` (for the catalogue's test)."""
    return [
        getattr(item, _ORIGINAL, None) or inspect.cleandoc(item.help)
        for item in walk(command)
        if item.help
    ]


# Click's own words that an office sees: usage, the help's headings, the usual errors.
CLICK_MESSAGES = [
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Show this message and exit."),
    N_("Show the version and exit."),
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing command."),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("Option {name!r} does not take a value."),
    N_("Missing parameter: {param_name}"),
    N_("Missing {param_type}"),
    N_("Could not open file {filename!r}: {message}"),
    N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is not readable."),
    N_("{name} {filename!r} is not writable."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a directory."),
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("Aborted!"),
    N_("env var: {var}"),
    N_("default: {default}"),
    N_("required"),
]

# Click's plural ones (ngettext): (singular, plural).
CLICK_PLURALS = [
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    (
        "{value!r} does not match the format {format}.",
        "{value!r} does not match the formats {formats}.",
    ),
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."),
    (
        "{len_type} values are required, but {len_value} was given.",
        "{len_type} values are required, but {len_value} were given.",
    ),
]

# argparse's, for run_daemon.py.
ARGPARSE_MESSAGES = [
    N_("usage: "),
    N_("options"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
]
