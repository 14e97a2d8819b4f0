"""The configuration file: validated whole, errors that name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake import config
from intake.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]

MINIMAL = """
[mailbox]
kind = "maildir"
path = "mail"

[smtp]
kind = "file"
dir = "outbox"

[storage]
database = "data/intake.sqlite"
archive = "data/archive"

[directory]
units = "units.csv"

[report]
output_dir = "reports"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "office.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["example.toml", "demo.toml"])
def test_shipped_configurations_are_valid(name):
    cfg = config.load(ROOT / "config" / name)
    assert cfg.period.deadline.weekday == 3  # thursday
    assert cfg.directory.units.name == "units.csv"


def test_paths_are_relative_to_the_configuration_file(tmp_path):
    cfg = config.load(write(tmp_path, MINIMAL))
    assert cfg.storage.database == tmp_path / "data" / "intake.sqlite"
    assert cfg.mailbox.path == tmp_path / "mail"
    # no forms folder named: the shipped forms, wherever the file is
    assert cfg.directory.forms == config.SHIPPED_FORMS == ROOT / "config" / "forms"
    named = config.load(write(tmp_path, MINIMAL.replace("[directory]", '[directory]\nforms = "f"')))
    assert named.directory.forms == tmp_path / "f"


def test_defaults_are_the_ones_the_issue_names(tmp_path):
    cfg = config.load(write(tmp_path, MINIMAL))
    assert str(cfg.period.deadline) == "thursday 16:00"
    assert str(cfg.report.send_at) == "thursday 16:30"
    assert cfg.period.timezone == "Asia/Ho_Chi_Minh"
    assert cfg.period.late_grace_hours == 48


def test_every_problem_is_reported_at_once_with_file_and_key(tmp_path):
    text = MINIMAL.replace('kind = "maildir"', 'kind = "imap"\nhost = "x"\nport = "imap"')
    text = text.replace("[report]", '[period]\ndeadline = "thu 4pm"\n\n[report]\ncolour = 1')
    with pytest.raises(ConfigError) as e:
        config.load(write(tmp_path, text))
    message = str(e.value)
    assert str(tmp_path / "office.toml") in message
    assert "[mailbox] port" in message
    assert "[mailbox] path: unknown key" in message
    assert '[period] deadline: write a weekday and a time, like "thursday 16:00"' in message
    assert "[report] colour: unknown key" in message


def test_a_missing_section_is_named(tmp_path):
    with pytest.raises(ConfigError, match=r"\[storage\]: section missing"):
        config.load(write(tmp_path, MINIMAL.replace("[storage]", "[storage_]")))


def test_an_unknown_mailbox_kind_lists_the_kinds(tmp_path):
    with pytest.raises(ConfigError, match=r"\[mailbox\].*imap.*maildir"):
        config.load(write(tmp_path, MINIMAL.replace('kind = "maildir"', 'kind = "pop3"')))


def test_a_missing_file_says_how_to_start(tmp_path):
    with pytest.raises(ConfigError) as e:
        config.load(tmp_path / "nope.toml")
    assert "example.toml" in (e.value.hint or "")


def test_invalid_toml_names_the_file(tmp_path):
    with pytest.raises(ConfigError, match="office.toml: .*TOML"):
        config.load(write(tmp_path, "[mailbox\nkind="))


def test_password_from_environment_is_read_only_when_asked(tmp_path, monkeypatch):
    text = MINIMAL.replace(
        'kind = "maildir"\npath = "mail"',
        'kind = "imap"\nhost = "mail.example.vn"\nusername = "u"\npassword_env = "INTAKE_TEST_PW"',
    )
    cfg = config.load(write(tmp_path, text))  # loads without the variable set
    monkeypatch.delenv("INTAKE_TEST_PW", raising=False)
    with pytest.raises(ConfigError, match="INTAKE_TEST_PW is not set"):
        cfg.mailbox.password("mailbox")
    monkeypatch.setenv("INTAKE_TEST_PW", "s3cr3t-Đ")
    assert cfg.mailbox.password("mailbox") == "s3cr3t-Đ"


def test_a_password_never_appears_in_an_error(tmp_path):
    secret = tmp_path / "pw"
    secret.write_text("hunter2-secret\n")
    text = MINIMAL.replace(
        'kind = "maildir"\npath = "mail"',
        f'kind = "imap"\nhost = "h"\nport = 99999\npassword_file = "{secret}"',
    )
    with pytest.raises(ConfigError) as e:
        config.load(write(tmp_path, text))
    assert "hunter2" not in str(e.value)
    assert "[mailbox] port" in str(e.value)


def test_both_password_sources_is_an_error(tmp_path):
    text = MINIMAL.replace(
        'kind = "maildir"\npath = "mail"',
        'kind = "imap"\nhost = "h"\nusername = "u"\npassword_env = "A"\npassword_file = "b"',
    )
    with pytest.raises(ConfigError, match="password_env or password_file, not both"):
        config.load(write(tmp_path, text))


def test_default_ports_follow_security(tmp_path):
    text = MINIMAL.replace(
        'kind = "maildir"\npath = "mail"', 'kind = "imap"\nhost = "h"\nusername = "u"'
    )
    text = text.replace(
        'kind = "file"\ndir = "outbox"', 'kind = "smtp"\nhost = "h"\nsender = "a@b.vn"'
    )
    cfg = config.load(write(tmp_path, text))
    assert cfg.mailbox.effective_port == 993
    assert cfg.smtp.effective_port == 587


def test_an_imap_mailbox_needs_a_username(tmp_path):
    text = MINIMAL.replace('kind = "maildir"\npath = "mail"', 'kind = "imap"\nhost = "h"')
    with pytest.raises(ConfigError, match=r"\[mailbox\] username: missing"):
        config.load(write(tmp_path, text))


def test_a_password_typed_into_the_wrong_key_is_never_echoed(tmp_path):
    imap = 'kind = "imap"\nhost = "h"\nusername = "u"\npassword_env = 12345678'
    text = MINIMAL.replace('kind = "maildir"\npath = "mail"', imap)
    with pytest.raises(ConfigError, match=r"\[mailbox\] password_env") as raised:
        config.load(write(tmp_path, text))
    assert "12345678" not in str(raised.value)


def test_nothing_in_the_defaults_names_a_place():
    official = config.Official()
    assert (official.place, official.recipients, official.parent_body) == ("", (), "")
