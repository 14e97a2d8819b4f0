"""Named schema migrations, applied at start-up, each once, each in its own transaction.

Append new migrations to MIGRATIONS; never edit one that has been released.  The
`schema_migrations` table records which ran; `PRAGMA user_version` mirrors their count so
that other tools can tell the schema version.  The scripts are SQLite's; on PostgreSQL
their types are translated (`intake.database.ddl`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from intake.database import ddl, dialect

Migration = tuple[str, str | Callable[[Any], None]]

INITIAL = """
CREATE TABLE messages (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL UNIQUE,       -- of the raw bytes; names the archive file
    message_id    TEXT,                       -- the Message-ID header, <...>
    archive_path  TEXT NOT NULL,              -- relative to the archive folder
    size          INTEGER NOT NULL,
    source        TEXT NOT NULL,              -- the mailbox it was first fetched from
    arrived_at    TEXT,                       -- server arrival time (ISO 8601, UTC)
    fetched_at    TEXT NOT NULL,
    sender        TEXT,
    subject       TEXT,
    sent_at       TEXT,                       -- the Date header (ISO 8601, UTC)
    state         TEXT NOT NULL DEFAULT 'archived',  -- archived | processed | quarantined
    kind          TEXT,                       -- report, auto_reply, bounce, list, own, other
    note          TEXT                        -- why it was classified or quarantined so
);
CREATE INDEX messages_message_id ON messages(message_id);
CREATE INDEX messages_state ON messages(state);

-- Which mailbox item is which archived message: the ledger that makes re-runs harmless.
CREATE TABLE mailbox_items (
    source       TEXT NOT NULL,
    uidvalidity  INTEGER NOT NULL DEFAULT 0,
    item         TEXT NOT NULL,               -- IMAP UID or Maildir key
    message      INTEGER NOT NULL REFERENCES messages(id),
    PRIMARY KEY (source, uidvalidity, item)
);

CREATE TABLE reports (
    id            INTEGER PRIMARY KEY,
    message       INTEGER REFERENCES messages(id),
    unit          TEXT,
    form          TEXT,
    period_end    TEXT,                       -- YYYY-MM-DD
    status        TEXT NOT NULL,              -- accepted | needs_review | rejected
    received_at   TEXT,
    late          INTEGER,
    is_current    INTEGER NOT NULL DEFAULT 0,
    superseded_by INTEGER REFERENCES reports(id),
    problems      TEXT NOT NULL DEFAULT '[]', -- JSON: [{code, message, field}]
    sources       TEXT NOT NULL DEFAULT '[]', -- JSON: every value read, with its origin
    origin        TEXT,
    created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX reports_one_current
    ON reports(unit, form, period_end) WHERE is_current = 1;
CREATE INDEX reports_period ON reports(period_end, form);
CREATE INDEX reports_message ON reports(message);

CREATE TABLE report_values (
    report  INTEGER NOT NULL REFERENCES reports(id),
    field   TEXT NOT NULL,
    value   REAL NOT NULL,
    PRIMARY KEY (report, field)
);

CREATE TABLE events (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    kind     TEXT NOT NULL,
    subject  TEXT,
    detail   TEXT
);
CREATE INDEX events_subject ON events(subject);

-- Consolidated reports built and sent, so that a restart never sends one twice.
CREATE TABLE outputs (
    id          INTEGER PRIMARY KEY,
    period_end  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    built_at    TEXT NOT NULL,
    sent_at     TEXT,
    path        TEXT,
    recipients  TEXT,
    UNIQUE (period_end, kind)
);

CREATE TABLE state (
    key    TEXT PRIMARY KEY,
    value  TEXT
);
"""

OUTBOX_AND_PUBLICATIONS = """
-- Everything intake sends besides the report: acknowledgments and reminders. The key
-- says what was sent, once: a unique key makes "never twice" hold across restarts.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,   -- "ack:message:12", "reminder:2021-02-04:0:ban_bo"
    kind        TEXT NOT NULL,          -- ack | reminder
    unit        TEXT,
    recipients  TEXT NOT NULL,
    subject     TEXT,
    message_id  TEXT,
    created_at  TEXT NOT NULL,
    sent_at     TEXT,
    error       TEXT
);
CREATE INDEX outbox_kind ON outbox(kind, created_at);

-- The consolidated report of a period, in versions: a corrected report is version 2.
CREATE TABLE publications (
    id            INTEGER PRIMARY KEY,
    period_end    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    state         TEXT NOT NULL,          -- built | draft_sent | approved | sent
    built_at      TEXT NOT NULL,
    files         TEXT NOT NULL DEFAULT '[]',
    report_ids    TEXT NOT NULL DEFAULT '[]',  -- the current reports it was built from
    number        TEXT,                   -- "05/BC-VHTT" when numbered automatically
    draft_sent_at TEXT,
    approved_at   TEXT,
    approved_by   TEXT,
    sent_at       TEXT,
    recipients    TEXT,
    UNIQUE (period_end, version)
);
INSERT INTO publications (period_end, version, state, built_at, files, sent_at, recipients)
    SELECT period_end, 1, CASE WHEN sent_at IS NULL THEN 'built' ELSE 'sent' END, built_at,
           json_array(path), sent_at, recipients
    FROM outputs WHERE kind = 'weekly';
DROP TABLE outputs;
"""

PUBLICATION_MESSAGE_ID = """
-- The Message-ID of the e-mail a publication was last sent in: an approver's reply to
-- the draft names it in In-Reply-To.
ALTER TABLE publications ADD COLUMN message_id TEXT;
"""

# How many times reading a message was started: a message whose reading was cut short
# twice (the daemon killed, out of memory) is quarantined as poisonous, never retried.
MESSAGE_ATTEMPTS = """
ALTER TABLE messages ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
"""

OUTBOX_RETRIES = """
-- The outbox keeps the message itself (data), so that a send that failed, or that a
-- crash cut off, is tried again later with the same bytes and the same Message-ID.
-- state: pending (reserved, to be sent at next_try_at, again after a failure), sent,
-- stale (not sent within [outbox] stale_hours of its reservation: given up), or
-- withheld (recorded, never to be sent; note says why).  tried_at: the latest attempt.
ALTER TABLE outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE outbox ADD COLUMN data BLOB;
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN tried_at TEXT;
ALTER TABLE outbox ADD COLUMN next_try_at TEXT;
ALTER TABLE outbox ADD COLUMN note TEXT;
-- Rows from before kept no message: the unsent ones cannot be sent again.
UPDATE outbox SET state = CASE WHEN sent_at IS NOT NULL THEN 'sent' ELSE 'stale' END,
    note = CASE WHEN sent_at IS NULL THEN 'reserved before retries: no message kept' END;
CREATE INDEX outbox_due ON outbox(state, next_try_at);
"""

MESSAGE_CONTENT = """
-- What the sender wrote, hashed (archive.content_sha256): the same letter with a header
-- added on the way is recorded as a duplicate, not read again.  Rows from before: NULL.
ALTER TABLE messages ADD COLUMN content_sha256 TEXT;
CREATE INDEX messages_content ON messages(content_sha256);
"""

WEB_DESK = """
-- The web desk's accounts (intake/web/accounts.py).  role: clerk | leader | admin.
-- password_hash: argon2id, as argon2-cffi writes it.
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    full_name     TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    changed_at    TEXT NOT NULL
);
-- Signed-in browsers.  The cookie carries a random token; only its keyed hash is kept,
-- so that a copy of the database opens no session.
CREATE TABLE web_sessions (
    token_hash  TEXT PRIMARY KEY,
    account     INTEGER NOT NULL REFERENCES accounts(id),
    csrf        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
-- Failed sign-ins, for throttling per account and per address.
CREATE TABLE login_failures (
    id       INTEGER PRIMARY KEY,
    login    TEXT NOT NULL,
    address  TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX login_failures_at ON login_failures(at);
"""

MAILBOX_UID = """
-- An IMAP item's UID as a number, indexed: a pass asks the server only for the UIDs above
-- the highest one recorded under the folder's UIDVALIDITY (intake.fetch).  NULL for a
-- Maildir item (uidvalidity 0), whose key is a file name.
ALTER TABLE mailbox_items ADD COLUMN uid INTEGER;
UPDATE mailbox_items SET uid = CAST(item AS INTEGER) WHERE uidvalidity != 0;
CREATE INDEX mailbox_items_uid ON mailbox_items(source, uidvalidity, uid);
"""

MIGRATIONS: list[Migration] = [
    ("0001_initial", INITIAL),
    ("0002_outbox_and_publications", OUTBOX_AND_PUBLICATIONS),
    ("0003_publication_message_id", PUBLICATION_MESSAGE_ID),
    ("0004_message_attempts", MESSAGE_ATTEMPTS),
    ("0005_outbox_retries", OUTBOX_RETRIES),
    ("0006_message_content", MESSAGE_CONTENT),
    ("0007_web_desk", WEB_DESK),
    ("0008_mailbox_uid", MAILBOX_UID),
]


def apply(conn: Any, migrations: list[Migration] = MIGRATIONS) -> list[str]:
    """Apply the migrations not yet applied; return their names.

    Each is checked and applied under the write lock (`transaction`), so that two daemons
    starting together on one PostgreSQL database apply it once."""
    postgres = dialect(conn) == "postgresql"
    with transaction(conn):
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
    applied: list[str] = []
    for name, step in migrations:
        with transaction(conn):
            done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
            if name in done:
                continue
            if callable(step):
                step(conn)
            else:
                for statement in _statements(step):
                    conn.execute(ddl(statement) if postgres else statement)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            if not postgres:
                conn.execute(f"PRAGMA user_version = {len(done) + 1}")
        applied.append(name)
    return applied


@contextmanager
def transaction(conn: Any) -> Iterator[Any]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (autocommit connections).

    IMMEDIATE: writers take turns (on PostgreSQL too: intake.database)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a script on ';' at line ends (executescript would commit on its own)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";\n") if s.strip().strip(";")]
