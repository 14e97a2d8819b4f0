"""The outbox: what intake sends besides the report (acknowledgments, reminders), once.

Each message has a key that says what it is ("ack:message:12",
"reminder:2021-02-04:0:ban_bo"); the `outbox` table (migration 0002) holds it under a
UNIQUE constraint.  Sending follows one protocol, `deliver`:

    reserve the key (own transaction) -> send -> mark it sent, or record the error

A key that exists already means "done, or being done": nothing is sent.  So a message
goes out at most once, even when intake crashes between reserving and sending (it is
then never sent, which for a courtesy message is the right way to fail).  A send that
fails keeps its row, with the error, and is not tried again.

Times are stored as ISO 8601 in UTC, like the rest of the database.  The helpers at the
end build what both kinds of message share: the greeting, the headers, the template.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from enum import StrEnum
from pathlib import Path
from typing import Any

import jinja2
from loguru import logger

from intake.app import App
from intake.errors import ConfigError, TransportError
from intake.headers import OUTGOING
from intake.migrations import transaction
from intake.models import Unit
from intake.render.mail import template_environment
from intake.store import Store


@dataclass(frozen=True)
class Entry:
    """One thing to send: its key, its kind ("ack", "reminder") and to whom."""

    key: str
    kind: str
    recipients: tuple[str, ...]
    subject: str
    message_id: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Cap:
    """At most `limit` entries of the same kind to `recipient` in [since, until)."""

    recipient: str
    since: datetime
    until: datetime
    limit: int


@dataclass(frozen=True)
class Sent:
    """A row of the outbox, as stored."""

    key: str
    kind: str
    unit: str | None
    recipients: tuple[str, ...]
    subject: str | None
    message_id: str | None
    created_at: datetime
    sent_at: datetime | None
    error: str | None


class Outcome(StrEnum):
    RESERVED = "reserved"  # the key is ours: send now
    SENT = "sent"
    FAILED = "failed"  # the transport refused it; the error is in the row
    EXISTS = "exists"  # sent (or being sent) before: nothing done
    CAPPED = "capped"  # the recipient has had enough today: nothing done


# -- the ledger ------------------------------------------------------------------------


def reserve(store: Store, entry: Entry, now: datetime, cap: Cap | None = None) -> Outcome:
    """Claim `entry.key` in a transaction of its own: RESERVED, or EXISTS or CAPPED."""
    with transaction(store.conn):
        if exists(store, entry.key):
            return Outcome.EXISTS
        if cap is not None and count(store, entry.kind, cap.recipient, cap.since, cap.until) >= (
            cap.limit
        ):
            return Outcome.CAPPED
        store.conn.execute(
            "INSERT INTO outbox (key, kind, unit, recipients, subject, message_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                entry.key,
                entry.kind,
                entry.unit,
                ", ".join(entry.recipients),
                entry.subject,
                entry.message_id,
                _iso(now),
            ),
        )
    return Outcome.RESERVED


def mark_sent(store: Store, key: str, now: datetime) -> None:
    with transaction(store.conn):
        store.conn.execute("UPDATE outbox SET sent_at = ? WHERE key = ?", (_iso(now), key))
        store.event(now, "outbox.sent", key, {})


def mark_failed(store: Store, key: str, error: str, now: datetime) -> None:
    with transaction(store.conn):
        store.conn.execute("UPDATE outbox SET error = ? WHERE key = ?", (error, key))
        store.event(now, "outbox.failed", key, {"error": error})


def exists(store: Store, key: str) -> bool:
    return store.conn.execute("SELECT 1 FROM outbox WHERE key = ?", (key,)).fetchone() is not None


def count(store: Store, kind: str, recipient: str, since: datetime, until: datetime) -> int:
    """How many entries of `kind` went (or were tried) to `recipient` in [since, until)."""
    return store.conn.execute(
        "SELECT count(*) FROM outbox WHERE kind = ? AND recipients = ?"
        " AND created_at >= ? AND created_at < ?",
        (kind, recipient, _iso(since), _iso(until)),
    ).fetchone()[0]


def entries(store: Store, prefix: str = "") -> list[Sent]:
    """The rows whose key starts with `prefix`, oldest first."""
    rows = store.conn.execute(
        "SELECT * FROM outbox WHERE substr(key, 1, ?) = ? ORDER BY id", (len(prefix), prefix)
    )
    return [_sent(row) for row in rows]


def last_created(store: Store, prefix: str, unit: str) -> datetime | None:
    """When the latest entry for `unit` whose key starts with `prefix` was made."""
    row = store.conn.execute(
        "SELECT max(created_at) FROM outbox WHERE substr(key, 1, ?) = ? AND unit = ?",
        (len(prefix), prefix, unit),
    ).fetchone()
    return datetime.fromisoformat(row[0]) if row[0] else None


# -- the protocol ----------------------------------------------------------------------


def deliver(
    app: App, entry: Entry, message: EmailMessage, now: datetime, cap: Cap | None = None
) -> Outcome:
    """Reserve, send, record. A TransportError is logged and recorded, never raised."""
    claimed = reserve(app.store, entry, now, cap)
    if claimed is not Outcome.RESERVED:
        return claimed
    try:
        app.transport.send(message)
    except TransportError as e:
        logger.error("{} to {} not sent: {}", entry.key, ", ".join(entry.recipients), e)
        mark_failed(app.store, entry.key, str(e), now)
        return Outcome.FAILED
    mark_sent(app.store, entry.key, now)
    return Outcome.SENT


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _sent(row: sqlite3.Row) -> Sent:
    return Sent(
        key=row["key"],
        kind=row["kind"],
        unit=row["unit"],
        recipients=tuple(a for a in row["recipients"].split(", ") if a),
        subject=row["subject"],
        message_id=row["message_id"],
        created_at=datetime.fromisoformat(row["created_at"]),
        sent_at=datetime.fromisoformat(row["sent_at"]) if row["sent_at"] else None,
        error=row["error"],
    )


# -- the messages ----------------------------------------------------------------------

_UBND_PREFIXES = ("xã ", "phường ", "thị trấn ")


def addressee(unit: Unit | None) -> str:
    """Whom a letter greets: "UBND xã Bản Bo", "Đài Truyền thanh ...", or "Quý đơn vị"."""
    if unit is None:
        return "Quý đơn vị"
    for prefix in _UBND_PREFIXES:
        if unit.name.lower().startswith(prefix):
            return f"UBND {prefix}{unit.name[len(prefix) :]}"
    return unit.name


def office_message(
    app: App, *, subject: str, to: Sequence[str], now: datetime, auto_submitted: str, text: str
) -> EmailMessage:
    """A plain-text message from the office (RFC 3834 marked), ready to send."""
    sender = app.config.smtp.sender
    message = EmailMessage(policy=OUTGOING)
    message["Subject"] = subject
    message["From"] = Address(display_name=app.config.office.name, addr_spec=sender)
    message["To"] = [Address(addr_spec=a) for a in to]
    message["Date"] = format_datetime(app.context.calendar.local(now))
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message["Auto-Submitted"] = auto_submitted
    message["X-Auto-Response-Suppress"] = "All"
    reply_to = next(iter(app.config.office.emails), sender)
    if reply_to != sender:  # units' answers must reach the mailbox intake reads
        message["Reply-To"] = reply_to
    message.set_content(text, cte="quoted-printable")
    return message


def render(templates_dir: Path | None, name: str, variables: dict[str, Any], doc: str) -> str:
    """Render one template; ConfigError naming it (and `doc`, its context) if it fails."""
    hint = (
        f"fix {name} in the [report] templates folder (its variables are listed in {doc}), "
        "or remove it to use the shipped one"
    )
    try:
        return template_environment(templates_dir).get_template(name).render(variables)
    except jinja2.TemplateSyntaxError as e:
        where = f"template {e.filename or name}, line {e.lineno}"
        raise ConfigError(f"{where}: {e.message}", hint=hint) from None
    except jinja2.TemplateError as e:
        raise ConfigError(f"template {name}: {e}", hint=hint) from None
