"""Shared fixtures. The real servers live in their own plugin modules."""

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = [
    "tests.fixtures_imap",
    "tests.fixtures_smtp",
    "tests.fixtures_pg",
    "tests.web_desk",
]


@pytest.fixture
def office_config(tmp_path: Path, smtp_receiver) -> Path:
    """A configuration reading a Maildir in tmp_path and sending to the SMTP receiver."""
    from tests.helpers_e2e import OFFICE, write_config

    smtp = {
        "kind": "smtp",
        "host": smtp_receiver.host,
        "port": smtp_receiver.port,
        "security": "none",
        "sender": OFFICE,
    }
    mailbox = {"kind": "maildir", "path": tmp_path / "maildir"}
    return write_config(tmp_path / "intake.toml", mailbox=mailbox, smtp=smtp, data_dir=tmp_path)


@pytest.fixture
def office_app(office_config: Path) -> Iterator:
    from intake.app import App

    opened = App.open(office_config)
    yield opened
    opened.close()
