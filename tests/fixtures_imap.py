"""pytest plugin: a real Dovecot for the session, and a fresh IMAP account per test.

    def test_something(imap_account, tmp_path):
        imap_account.append(b"Subject: hi\\r\\n\\r\\nhello\\r\\n")
        source = ImapSource(imap_account.config(tmp_path))

`dovecot` is started once per session (about 0.05 s) and stopped at the end; a test that
restarts it leaves it running.  `imap_account` is a new user with an empty INBOX, so tests
never see each other's mail.  If Dovecot is missing, every test using these fails with a
hint to run `make test`.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from intake.config import ImapMailbox
from tests.servers import Dovecot

_accounts = itertools.count(1)


@dataclass
class ImapAccount:
    """A user on the test Dovecot, with helpers to put mail in its mailbox."""

    server: Dovecot
    username: str
    password: str

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def maildir(self) -> Path:
        return self.server.maildir_path(self.username)

    def append(
        self,
        message: bytes,
        folder: str = "INBOX",
        when: datetime | None = None,
        flags: Sequence[str | bytes] = (),
    ) -> int:
        """APPEND a message; return its UID."""
        return self.server.append(self.username, self.password, message, folder, when, flags)

    def append_many(self, messages: Iterable[bytes], folder: str = "INBOX") -> list[int]:
        return self.server.append_many(self.username, self.password, messages, folder)

    def deliver_files(self, messages: Iterable[bytes], folder: str = "INBOX") -> int:
        return self.server.deliver_files(self.username, messages, folder)

    def connect(self) -> IMAPClient:
        """A logged-in client of its own (close it with logout())."""
        return self.server.connect(self.username, self.password)

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        """The flags of every message of `folder`, by UID, read without changing them."""
        with self.connect() as client:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            found = client.fetch(uids, ["FLAGS"]) if uids else {}
        return {uid: tuple(data[b"FLAGS"]) for uid, data in found.items()}

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.connect() as client:
            client.select_folder(folder, readonly=True)
            return sorted(client.search("ALL"))

    def config(self, secrets_dir: Path, **settings: Any) -> ImapMailbox:
        """An [mailbox] section for this account; its password goes in a file in secrets_dir."""
        password_file = secrets_dir / f"{self.username}.password"
        password_file.write_text(self.password + "\n")
        password_file.chmod(0o600)
        values: dict[str, Any] = {
            "kind": "imap",
            "host": self.host,
            "port": self.port,
            "security": "none",
            "username": self.username,
            "password_file": password_file,
        }
        return ImapMailbox(**(values | settings))


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    with Dovecot() as server:
        yield server


@pytest.fixture
def imap_account(dovecot: Dovecot) -> ImapAccount:
    dovecot.start()  # in case a test stopped it
    name = f"user{next(_accounts)}-{secrets.token_hex(3)}"
    password = secrets.token_urlsafe(12)
    dovecot.add_user(name, password)
    return ImapAccount(dovecot, name, password)


@pytest.fixture
def imap_config(imap_account: ImapAccount, tmp_path: Path) -> Callable[..., ImapMailbox]:
    """imap_config(**settings) -> an ImapMailbox for `imap_account`."""

    def make(**settings: Any) -> ImapMailbox:
        return imap_account.config(tmp_path, **settings)

    return make
