"""The errors of intake, in one small tree.

    IntakeError                 anything intake itself reports; the CLI prints one line
    ├── ConfigError             the configuration, unit directory or a form is wrong
    ├── MailboxError            the mailbox cannot be reached, logged into or read
    ├── TransportError          an outgoing message cannot be sent or written
    ├── StoreError              the database or the archive cannot be used
    └── ParseError              one message cannot be read; it is quarantined, the run goes on
        └── TooBig              it is beyond a bound of [limits]: quarantined with the bound

Each carries an optional `hint`: what the administrator can do about it.
"""

from __future__ import annotations


class IntakeError(Exception):
    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class ConfigError(IntakeError):
    exit_code = 2


class MailboxError(IntakeError):
    exit_code = 3


class TransportError(IntakeError):
    exit_code = 4


class StoreError(IntakeError):
    exit_code = 5


class ParseError(IntakeError):
    pass


class TooBig(ParseError):
    """A message or a part of it beyond a bound of [limits]; the message says which, in
    Vietnamese, for the clerk who reads the quarantine."""
