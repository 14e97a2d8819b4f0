"""The errors of intake, in one small tree.

    IntakeError                 anything intake itself reports; the CLI prints one line
    ├── ConfigError             the configuration, unit directory or a form is wrong
    ├── MailboxError            the mailbox cannot be reached, logged into or read
    ├── TransportError          an outgoing message cannot be sent or written
    ├── StoreError              the database or the archive cannot be used
    └── ParseError              one message cannot be read; it is quarantined, the run goes on
        └── TooBig              it is beyond a bound of [limits]: quarantined with the bound

Each carries an optional `hint`: what the administrator can do about it.  The message
and the hint may be i18n.Words: `str(error)` and `error.hint` are then English (logs,
tests, the library's callers) and `error.said()`, `error.said_hint()` the language of the
command, which `intake.cli.main` and `intake check-config` print.  Each family
has its exit code, the table of README (tests/test_exit_codes.py reaches every one):

    0 done, 1 general, 2 configuration, 3 mailbox, 4 outgoing mail, 5 database,
    64 the command line is wrong (a usage error; click's own 2 would read as configuration)
"""

from __future__ import annotations

from intake.i18n import Words, said

GENERAL, CONFIGURATION, MAILBOX, OUTGOING_MAIL, DATABASE, USAGE = 1, 2, 3, 4, 5, 64


class IntakeError(Exception):
    exit_code = GENERAL

    def __init__(self, message: str | Words, hint: str | Words | None = None) -> None:
        super().__init__(str(message))
        self.hint = None if hint is None else str(hint)
        self._words, self._hint_words = message, hint

    def said(self) -> str:
        """The message in the language in use."""
        return said(self._words)

    def said_hint(self) -> str | None:
        return None if self._hint_words is None else said(self._hint_words)


class ConfigError(IntakeError):
    exit_code = CONFIGURATION


class MailboxError(IntakeError):
    exit_code = MAILBOX


class TransportError(IntakeError):
    exit_code = OUTGOING_MAIL


class StoreError(IntakeError):
    exit_code = DATABASE


class ParseError(IntakeError):
    pass


class TooBig(ParseError):
    """A message or a part of it beyond a bound of [limits]; the message says which, in
    Vietnamese, for the clerk who reads the quarantine."""
