"""The outbox: what intake sends besides the report (acknowledgments, reminders), once.

Each message has a key that says what it is ("ack:message:12",
"reminder:2021-02-04:0:ban_bo"); the `outbox` table holds it under a UNIQUE constraint,
with the message itself, its bytes rendered once: every attempt sends the same bytes,
under the same Message-ID, which mail clients and servers use to drop a second copy.

    claim the key (in the transaction that stores what the message answers)
      -> send (after the commit) -> sent, or failed: tried again later
    retry_due, at each run: what is due again is sent; what waited too long goes stale

An acknowledgment is claimed in the very transaction that marks its mail processed
(`Store.finish_message(within=...)`), a reminder in one of its own.  A crash before the
commit leaves nothing (the mail is processed again); after it, a pending row that the
next run sends.  An attempt first moves the row's next try `[outbox] retry_minutes`
ahead (the n-th wait for the n-th attempt, the last one repeating), then sends: a crash
right after the server took the message sends it again at most, under the same
Message-ID.  A row not sent within `[outbox] stale_hours` of its reservation is given up
(stale) and never sent; `intake status` counts the waiting and the stale rows.

    pending --sent--> sent          pending --too old--> stale
    withheld: recorded, never sent (no directory address for the unit, the daily cap)

Times are stored as ISO 8601 in UTC, like the rest of the database.  The helpers at the
end build what both kinds of message share: the greeting, the headers, the template.
"""

from __future__ import annotations

import email
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

import jinja2
from loguru import logger

from intake.app import App
from intake.errors import ConfigError, TransportError
from intake.headers import OUTGOING
from intake.migrations import transaction
from intake.models import Unit
from intake.render.mail import template_environment
from intake.store import Store, iso_utc, parse_iso

# A test hook, read only here: a path that the sending process creates before it sends
# anything, then sleeps HOLD_SECONDS, so that a test can SIGKILL it between "processed"
# and the send (tests/test_outbox_retry.py).  Unset in production: nothing happens.
HOLD_BEFORE_SEND = "INTAKE_TEST_HOLD_BEFORE_SEND"
HOLD_SECONDS = 30


@dataclass(frozen=True)
class Cap:
    """At most `limit` entries of the same kind to `recipient` in [since, until)."""

    recipient: str
    since: datetime
    until: datetime
    limit: int


@dataclass(frozen=True)
class Entry:
    """One thing to send: its key, its kind ("ack", "reminder"), to whom, and the message.

    data:     the message as it is sent at every attempt (its Message-ID fixed with it)
    withheld: why it must not be sent ("" to send it): the entry is recorded, never sent
    cap:      at most so many of its kind to its recipient (None: no limit)
    """

    key: str
    kind: str
    recipients: tuple[str, ...]
    subject: str
    message_id: str | None = None
    unit: str | None = None
    data: bytes = b""
    withheld: str = ""
    cap: Cap | None = None


class State(StrEnum):
    PENDING = "pending"  # reserved: to be sent at next_try_at
    SENT = "sent"
    STALE = "stale"  # not sent within [outbox] stale_hours: given up
    WITHHELD = "withheld"  # recorded, never to be sent; `note` says why


@dataclass(frozen=True)
class Sent:
    """A row of the outbox, as stored (`error`: the last failure of a row still pending)."""

    key: str
    kind: str
    unit: str | None
    recipients: tuple[str, ...]
    subject: str | None
    message_id: str | None
    created_at: datetime
    sent_at: datetime | None
    error: str | None
    state: State = State.PENDING
    attempts: int = 0
    tried_at: datetime | None = None
    next_try_at: datetime | None = None
    note: str | None = None


@dataclass(frozen=True)
class Health:
    """What `intake status` says of the outbox."""

    waiting: int  # pending: reserved and not sent yet, or failed and to be tried again
    stale: int  # given up
    last_error: str | None  # the latest failure of a row still waiting
    last_error_at: datetime | None


class Outcome(StrEnum):
    RESERVED = "reserved"  # the key is ours: send now
    SENT = "sent"
    FAILED = "failed"  # the transport refused it; the error is in the row, tried again later
    EXISTS = "exists"  # sent, being sent, or not due yet: nothing done
    CAPPED = "capped"  # the recipient has had enough today: withheld
    WITHHELD = "withheld"  # recorded, never sent


def letter(
    key: str, kind: str, message: EmailMessage, unit: str | None, cap: Cap | None = None
) -> Entry:
    """The entry that sends `message`, as it is now, to its To addresses."""
    to = tuple(a.addr_spec for a in message["To"].addresses) if message["To"] else ()
    subject, message_id = str(message["Subject"]), message["Message-ID"]
    return Entry(key, kind, to, subject, message_id, unit, message.as_bytes(), cap=cap)


# -- the ledger ------------------------------------------------------------------------


def claim(store: Store, entry: Entry, now: datetime) -> Outcome:
    """Record `entry` inside the caller's transaction: RESERVED, or EXISTS, CAPPED or
    WITHHELD (recorded, never sent)."""
    if exists(store, entry.key):
        return Outcome.EXISTS
    if entry.withheld:
        _withhold(store, entry, now, entry.withheld)
        return Outcome.WITHHELD
    cap = entry.cap
    if cap is not None and count(store, entry.kind, cap.recipient, cap.since, cap.until) >= (
        cap.limit
    ):
        _withhold(store, entry, now, f"{cap.recipient} had {cap.limit} that day")
        return Outcome.CAPPED
    _insert(store, entry, now, State.PENDING)
    return Outcome.RESERVED


def reserve(store: Store, entry: Entry, now: datetime) -> Outcome:
    """Claim `entry` in a transaction of its own."""
    with transaction(store.conn):
        return claim(store, entry, now)


def claiming(store: Store, entry: Entry | None, now: datetime) -> Callable[[], object] | None:
    """`claim` as a step of another transaction (`Store.finish_message(within=...)`)."""
    return None if entry is None else lambda: claim(store, entry, now)


def _withhold(store: Store, entry: Entry, now: datetime, why: str) -> None:
    logger.warning("{}: not sent, {}", entry.key, why)
    _insert(store, entry, now, State.WITHHELD, why)


def _insert(store: Store, entry: Entry, now: datetime, state: State, note: str = "") -> None:
    store.conn.execute(
        "INSERT INTO outbox (key, kind, unit, recipients, subject, message_id, created_at,"
        " state, data, next_try_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.key,
            entry.kind,
            entry.unit,
            ", ".join(entry.recipients),
            entry.subject,
            entry.message_id,
            iso_utc(now),
            state.value,
            entry.data or None,
            iso_utc(now) if state is State.PENDING else None,
            note or None,
        ),
    )
    if state is not State.PENDING:
        store.event(now, f"outbox.{state.value}", entry.key, {"why": note})


def mark_sent(store: Store, key: str, now: datetime) -> None:
    with transaction(store.conn):
        store.conn.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ?, error = NULL, next_try_at = NULL"
            " WHERE key = ?",
            (iso_utc(now), key),
        )
        store.event(now, "outbox.sent", key, {})


def mark_failed(store: Store, key: str, error: str, now: datetime) -> None:
    with transaction(store.conn):
        store.conn.execute("UPDATE outbox SET error = ? WHERE key = ?", (error, key))
        row = store.conn.execute(
            "SELECT attempts, next_try_at FROM outbox WHERE key = ?", (key,)
        ).fetchone()
        detail = {"error": error, "attempt": row[0], "next_try_at": row[1]}
        store.event(now, "outbox.failed", key, detail)


def exists(store: Store, key: str) -> bool:
    return store.conn.execute("SELECT 1 FROM outbox WHERE key = ?", (key,)).fetchone() is not None


def count(store: Store, kind: str, recipient: str, since: datetime, until: datetime) -> int:
    """How many entries of `kind` went (or are to go) to `recipient` in [since, until)."""
    return store.conn.execute(
        "SELECT count(*) FROM outbox WHERE kind = ? AND recipients = ? AND state != 'withheld'"
        " AND created_at >= ? AND created_at < ?",
        (kind, recipient, iso_utc(since), iso_utc(until)),
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
        "SELECT max(created_at) FROM outbox WHERE substr(key, 1, ?) = ? AND unit = ?"
        " AND state != 'withheld'",
        (len(prefix), prefix, unit),
    ).fetchone()
    return datetime.fromisoformat(row[0]) if row[0] else None


def health(store: Store) -> Health:
    waiting, stale = store.conn.execute(
        "SELECT count(*) FILTER (WHERE state = 'pending'),"
        " count(*) FILTER (WHERE state = 'stale') FROM outbox"
    ).fetchone()
    row = store.conn.execute(
        "SELECT error, tried_at FROM outbox WHERE state = 'pending' AND error IS NOT NULL"
        " ORDER BY tried_at DESC, id DESC LIMIT 1"
    ).fetchone()
    return Health(waiting, stale, row[0] if row else None, parse_iso(row[1]) if row else None)


# -- the protocol ----------------------------------------------------------------------


def deliver(app: App, entry: Entry, now: datetime) -> Outcome:
    """Reserve (own transaction), then send. A TransportError is recorded, never raised."""
    claimed = reserve(app.store, entry, now)
    if claimed is not Outcome.RESERVED:
        return claimed
    return send(app, entry.key, now)


def send(app: App, key: str, now: datetime) -> Outcome:
    """Send the pending row `key` if it is due; SENT, FAILED (tried again later), or EXISTS
    (sent, withheld, stale, not due, or taken by another process)."""
    _hold_for_tests()
    data = _take(app, key, now)
    if data is None:
        return Outcome.EXISTS
    try:
        app.transport.send(parse(data))
    except TransportError as e:
        logger.error("{} not sent: {}", key, e)
        mark_failed(app.store, key, str(e), now)
        return Outcome.FAILED
    mark_sent(app.store, key, now)
    return Outcome.SENT


def retry_due(app: App, now: datetime) -> list[str]:
    """Give up what waited too long, then send what is due again; the keys sent."""
    give_up(app, now)
    due = app.store.conn.execute(
        "SELECT key FROM outbox WHERE state = 'pending' AND next_try_at <= ? ORDER BY id",
        (iso_utc(now),),
    ).fetchall()
    sent = [key for (key,) in due if send(app, key, now) is Outcome.SENT]
    if due:
        logger.info("outbox: {} of {} sent again", len(sent), len(due))
    return sent


def retry_now(app: App, key: str, now: datetime, *, by: str) -> Outcome:
    """Send a failed or given-up row now, as a person asked (the web desk's retry): it
    becomes pending and due, with its reservation renewed so that it is not given up at
    once; SENT, FAILED, or EXISTS when it was sent, withheld, or kept no message."""
    with transaction(app.store.conn):
        changed = app.store.conn.execute(
            "UPDATE outbox SET state = 'pending', next_try_at = ?, created_at = ?, note = NULL"
            " WHERE key = ? AND state IN ('pending', 'stale') AND data IS NOT NULL",
            (iso_utc(now), iso_utc(now), key),
        ).rowcount
        if changed:
            app.store.event(now, "outbox.retry", key, {}, by)
    return send(app, key, now) if changed else Outcome.EXISTS


def give_up(app: App, now: datetime) -> list[str]:
    """Mark stale every pending row reserved `stale_hours` or more before `now`."""
    hours = app.config.outbox.stale_hours
    with transaction(app.store.conn):
        keys = [
            key
            for (key,) in app.store.conn.execute(
                "SELECT key FROM outbox WHERE state = 'pending' AND created_at <= ?",
                (iso_utc(now - timedelta(hours=hours)),),
            )
        ]
        note = f"not sent within {hours} hours"
        for key in keys:
            app.store.conn.execute(
                "UPDATE outbox SET state = 'stale', next_try_at = NULL, note = ? WHERE key = ?",
                (note, key),
            )
            app.store.event(now, "outbox.stale", key, {"why": note})
    for key in keys:
        logger.warning("{} given up: {}", key, note)
    return keys


def _take(app: App, key: str, now: datetime) -> bytes | None:
    """Start an attempt: if `key` is pending, due and not too old, move its next try one
    wait ahead (so a crash during the send is retried after the back-off, and a second
    process leaves it alone) and return its bytes."""
    cfg = app.config.outbox
    with transaction(app.store.conn):
        row = app.store.conn.execute(
            "SELECT attempts, data FROM outbox WHERE key = ? AND state = 'pending'"
            " AND next_try_at <= ? AND created_at > ?",
            (key, iso_utc(now), iso_utc(now - timedelta(hours=cfg.stale_hours))),
        ).fetchone()
        if row is None or row["data"] is None:
            return None
        attempts = row["attempts"] + 1
        app.store.conn.execute(
            "UPDATE outbox SET attempts = ?, tried_at = ?, next_try_at = ? WHERE key = ?",
            (attempts, iso_utc(now), iso_utc(now + wait(cfg.retry_minutes, attempts)), key),
        )
    return bytes(row["data"])


def wait(retry_minutes: Sequence[int], attempts: int) -> timedelta:
    """The wait after the `attempts`-th attempt: the n-th configured wait, the last one
    repeating (none configured: tried again at the next run)."""
    if not retry_minutes:
        return timedelta(0)
    return timedelta(minutes=retry_minutes[min(attempts, len(retry_minutes)) - 1])


def parse(data: bytes) -> EmailMessage:
    """A stored message, ready for the transport (its headers as they were written).

    Its headers were folded by OUTGOING when it was stored: sent again as they are, not
    refolded.  Refolding an address header of encoded words longer than a line took the
    standard parser 7 to 20 ms an acknowledgment, and could drop the spaces OUTGOING keeps."""
    return cast(EmailMessage, email.message_from_bytes(data, policy=_AS_STORED))


_AS_STORED = OUTGOING.clone(refold_source="none")


def _hold_for_tests() -> None:
    marker = os.environ.get(HOLD_BEFORE_SEND)
    if marker:
        Path(marker).touch()
        time.sleep(HOLD_SECONDS)


def _sent(row: sqlite3.Row) -> Sent:
    return Sent(
        key=row["key"],
        kind=row["kind"],
        unit=row["unit"],
        recipients=tuple(a for a in row["recipients"].split(", ") if a),
        subject=row["subject"],
        message_id=row["message_id"],
        created_at=datetime.fromisoformat(row["created_at"]),
        sent_at=parse_iso(row["sent_at"]),
        error=row["error"],
        state=State(row["state"]),
        attempts=row["attempts"],
        tried_at=parse_iso(row["tried_at"]),
        next_try_at=parse_iso(row["next_try_at"]),
        note=row["note"],
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
