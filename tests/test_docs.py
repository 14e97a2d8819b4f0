"""Documentation stays in step with the code: every setting and command is documented."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from intake import config
from intake.cli import cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = (ROOT / "config" / "example.toml").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _keys(model: type[BaseModel]) -> set[str]:
    return {f.alias or name for name, f in model.model_fields.items()} - {"kind"}


SECTIONS = {
    "office": [config.Office],
    "mailbox": [config.ImapMailbox, config.MaildirMailbox],
    "smtp": [config.SmtpTransport, config.FileTransport],
    "storage": [config.Storage],
    "directory": [config.Directory],
    "period": [config.PeriodRules],
    "report": [config.ReportSettings],
    "official": [config.Official],
    "acknowledge": [config.Acknowledge],
    "reminders": [config.Reminders],
    "review": [config.Review],
    "logging": [config.Logging],
    "limits": [config.Limits],
    "authentication": [config.Authentication],
    "outbox": [config.Outbox],
    "alerts": [config.Alerts],
    "web": [config.Web],
}


def _documented(section: str) -> set[str]:
    """Keys written (or commented out) in the example file's section."""
    match = re.search(rf"^\[{section}\]\n(.*?)(?=^\[|\Z)", EXAMPLE, re.M | re.S)
    assert match, f"[{section}] is missing from config/example.toml"
    return set(re.findall(r"^#? ?([a-z_]+) = ", match[1], re.M))


def test_every_section_of_the_configuration_is_in_the_example():
    assert set(SECTIONS) == set(config.Config.model_fields) - {"path"}


def test_every_setting_is_documented_in_the_example():
    for section, models in SECTIONS.items():
        keys = set().union(*(_keys(m) for m in models))
        assert keys - _documented(section) == set(), f"[{section}] lacks keys in example.toml"


def _commands(group, prefix: str = "intake") -> list[str]:
    out = []
    for name, command in group.commands.items():
        out.append(f"{prefix} {name}")
        out += _commands(command, f"{prefix} {name}") if hasattr(command, "commands") else []
    return out


def test_every_command_is_in_the_readme():
    for command in _commands(cli):
        assert command in README, f"`{command}` is not in README.md"
    assert "run_daemon.py" in README and "make demo" in README and "make test" in README
