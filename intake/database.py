"""The database under the store: SQLite, embedded (the default), or a PostgreSQL server.

The store and everything that queries it speak one dialect, SQLite's, through the
interface of `sqlite3`: `conn.execute(sql, params)` with `?` placeholders, rows read by
position or by column name, `cursor.lastrowid`.  For PostgreSQL (`[storage] database =
"postgresql://…"`, psycopg 3) `PgConnection` offers that interface and translates the few
things that differ, statement by statement (`translate`, cached):

- `?` placeholders become `%s` (and a literal `%` becomes `%%`);
- `INSERT OR IGNORE` becomes `INSERT … ON CONFLICT DO NOTHING`;
- an INSERT into a table with an `id` gets `RETURNING id`, which is its `lastrowid`;
- `BEGIN IMMEDIATE` takes a transaction-wide advisory lock of the schema as well, so that
  an office's writers take turns as they do on SQLite: the store's read-then-write steps
  (which report is current) keep the meaning they have there;
- a transaction runs in pipeline mode: a statement is waited for only when its result is
  read, the rest at COMMIT (a round trip to a server on another machine each, before);
- in migrations (`ddl`), SQLite's types become PostgreSQL's.

Each office keeps its tables in its own PostgreSQL schema (`search_path`), so several
offices share one database server without seeing each other's rows.

A daemon whose machine vanishes (switched off, its cable pulled) closes nothing: its
sessions hold their locks (a mailbox's lease, the schema's write lock, the rows of a
transaction cut short) until the server gives their connections up.  `connect` has the
server give up after DEAD_PEER_SECONDS without an answer, whether the connection was
idle (keepalive probes) or an answer was on its way (`tcp_user_timeout`; without it,
the system's retransmissions last about a quarter of an hour), and the client the same
on its side, so that a daemon whose server vanished stops instead of waiting for ever.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from functools import lru_cache
from typing import Any

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
DEAD_PEER_SECONDS = 25  # a side that hears nothing from the other for this long ends
_KEEPALIVE = {"idle": 10, "interval": 5, "count": 3}  # 10 + 5 * 3 = DEAD_PEER_SECONDS
# Each side's settings: the server's, set in the session; the client's (libpq's), given
# when connecting.
SERVER_WATCH = {f"tcp_keepalives_{k}": v for k, v in _KEEPALIVE.items()} | {
    "tcp_user_timeout": DEAD_PEER_SECONDS * 1000
}
CLIENT_WATCH = {f"keepalives_{k}": v for k, v in _KEEPALIVE.items()} | {
    "keepalives": 1,
    "tcp_user_timeout": DEAD_PEER_SECONDS * 1000,
    "connect_timeout": 10,
}

# Tables whose rows are numbered by an `id` column: an INSERT returns it.
_NUMBERED = frozenset(
    {"messages", "reports", "events", "outbox", "publications", "accounts", "login_failures"}
)

_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|\?|%")
_INSERT = re.compile(r"^\s*INSERT\s+(OR\s+IGNORE\s+)?INTO\s+(\w+)", re.IGNORECASE)


class IntegrityError(sqlite3.IntegrityError):
    """A constraint broken on PostgreSQL, raised as sqlite3's: one `except` serves both."""


def lock_key(name: str) -> int:
    """A signed 64-bit PostgreSQL advisory-lock key for `name`, the same on every machine."""
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def connect(url: str, **options: Any) -> Any:
    """A psycopg connection in autocommit mode whose dead peer, either side, is given
    up after DEAD_PEER_SECONDS (SERVER_WATCH; CLIENT_WATCH, but what the URL sets)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    given = conninfo_to_dict(url)
    watch = {k: v for k, v in CLIENT_WATCH.items() if k not in given}
    conn = psycopg.connect(make_conninfo(url, **watch), autocommit=True, **options)
    try:
        settings = ", ".join("set_config(%s, %s, false)" for _ in SERVER_WATCH)
        values = [str(v) for pair in SERVER_WATCH.items() for v in pair]
        conn.execute(f"SELECT {settings}", values)  # one round trip
    except BaseException:
        conn.close()
        raise
    return conn


def is_postgres(database: object) -> bool:
    return isinstance(database, str) and database.startswith(POSTGRES_SCHEMES)


def dialect(conn: Any) -> str:
    return "sqlite" if isinstance(conn, sqlite3.Connection) else "postgresql"


@lru_cache(maxsize=512)
def translate(sql: str) -> tuple[str, bool]:
    """SQLite's SQL as PostgreSQL's; and whether the statement returns the new row's id."""
    out = _PLACEHOLDER.sub(lambda m: {"?": "%s"}.get(m[0], m[0].replace("%", "%%")), sql)
    insert = _INSERT.match(out)
    returns_id = False
    if insert:
        if insert[1]:
            out = _INSERT.sub(f"INSERT INTO {insert[2]}", out, count=1) + " ON CONFLICT DO NOTHING"
        if insert[2].lower() in _NUMBERED and "RETURNING" not in out.upper():
            out += " RETURNING id"
            returns_id = True
    return out, returns_id


_DDL = [
    (
        re.compile(r"\bINTEGER PRIMARY KEY\b", re.I),
        "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
    ),
    (re.compile(r"\bINTEGER\b", re.I), "BIGINT"),
    (re.compile(r"\bREAL\b", re.I), "DOUBLE PRECISION"),
    (re.compile(r"\bBLOB\b", re.I), "BYTEA"),
    (re.compile(r"\bjson_array\(", re.I), "json_build_array("),
]


def ddl(statement: str) -> str:
    """A migration's statement in PostgreSQL's types (CAST(x AS INTEGER) included)."""
    for pattern, replacement in _DDL:
        statement = pattern.sub(replacement, statement)
    return statement


class Row(tuple[Any, ...]):
    """A row read by position or by column name, as `sqlite3.Row`."""

    names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self.names)


def _row_factory(cursor: Any) -> Any:
    description = cursor.description
    if description is None:
        return tuple
    return _row_class(tuple(column.name for column in description))


@lru_cache(maxsize=256)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"names": {n: i for i, n in enumerate(names)}, "__slots__": ()})


class PgCursor:
    """What `execute` returns: rows to iterate or fetch, `lastrowid`, `rowcount`.  In a
    transaction the statement is only queued (PgConnection): its results are waited for
    when one of these is first read, and never for a statement whose results nobody reads
    (an event's new id)."""

    def __init__(self, cursor: Any, returns_id: bool, pipeline: Any = None) -> None:
        self._cursor = cursor
        self._returns_id = returns_id
        self._pipeline = pipeline  # the transaction's, while the statement may be queued
        self._id: int | None = None

    @property
    def rowcount(self) -> int:
        self._wait()
        return int(self._cursor.rowcount)

    @property
    def lastrowid(self) -> int | None:
        if self._returns_id:
            self._wait()
            row = self._cursor.fetchone()
            self._returns_id, self._id = False, row[0] if row else None
        return self._id

    def fetchone(self) -> Any:
        self._wait()
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Any]:
        self._wait()
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())

    def _wait(self) -> None:
        """The statement's results, once the server has sent them: the queue is flushed
        and the results read (psycopg's Pipeline.sync) if they are not in yet."""
        if self._pipeline is not None and self._cursor.pgresult is None:
            with _integrity():
                self._pipeline.sync()
        self._pipeline = None


class PgConnection:
    """A psycopg 3 connection with the interface of an autocommit `sqlite3.Connection`."""

    def __init__(self, conn: Any, schema: str) -> None:
        self.raw = conn
        self.schema = schema
        self._pipeline: Any = None  # psycopg's Pipeline, in a transaction
        self._mode = ExitStack()

    @classmethod
    def open(cls, url: str, schema: str) -> PgConnection:
        from psycopg.types.numeric import Int8Dumper

        class BoolAsInt(Int8Dumper):  # SQLite keeps a bool as 0 or 1; so do we
            def dump(self, obj: Any) -> bytes:
                return b"1" if obj else b"0"

        conn = connect(url, row_factory=_row_factory)
        conn.adapters.register_dumper(bool, BoolAsInt)
        opened = cls(conn, schema)
        with conn.transaction():  # two daemons starting together create it once
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (opened.write_lock,))
            conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        conn.execute(f'SET search_path TO "{schema}"')
        return opened

    @property
    def write_lock(self) -> int:
        """The advisory lock of this schema's writers: offices never wait for each other."""
        return lock_key(f"intake store {self.schema}")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        verb = sql.strip().upper()
        if verb == "BEGIN IMMEDIATE":
            self._begin()
            return PgCursor(self.raw.cursor(), False)
        if verb in ("COMMIT", "ROLLBACK") and self._pipeline is not None:
            self._end(verb)
            return PgCursor(self.raw.cursor(), False)
        text, returns_id = translate(sql)
        with _integrity():
            cursor = self.raw.execute(text, tuple(params))
        return PgCursor(cursor, returns_id, self._pipeline)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        text, _ = translate(sql)
        text = text.removesuffix(" RETURNING id")
        with _integrity(), self.raw.cursor() as cursor:
            cursor.executemany(text, [tuple(r) for r in rows])

    def _begin(self) -> None:
        """A transaction in pipeline mode: its statements are sent without waiting for
        each one's answer, and waited for together at COMMIT, or before, when a result
        is read (a SELECT, a new row's id).  A message's transaction made about twenty
        round trips to the server, one a statement; a few now."""
        self._mode = ExitStack()  # leaves pipeline mode when closed
        self._pipeline = self._mode.enter_context(self.raw.pipeline())
        self.raw.execute("BEGIN")
        self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (self.write_lock,))

    def _end(self, verb: str) -> None:
        """COMMIT or ROLLBACK, and out of pipeline mode.  A queued statement's error is
        raised here (as IntegrityError for a broken constraint), after its transaction
        is rolled back: the server skips what was queued after the error, COMMIT
        included, and would leave the transaction open and failed."""
        pipeline, self._pipeline = self._pipeline, None
        assert pipeline is not None
        try:
            with _integrity():
                self.raw.execute(verb)
                pipeline.sync()
        except BaseException as e:
            self._mode.__exit__(type(e), e, None)
            self._roll_back()
            if verb == "COMMIT":
                raise
            return  # a ROLLBACK after an error: the error that caused it is the one raised
        self._mode.close()

    def _roll_back(self) -> None:
        import psycopg
        from psycopg.pq import TransactionStatus

        if self.raw.closed or self.raw.info.transaction_status == TransactionStatus.IDLE:
            return
        with suppress(psycopg.Error):  # broken: the server ends the transaction with it
            self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()


@contextmanager
def _integrity() -> Iterator[None]:
    """psycopg's IntegrityError raised as sqlite3's (IntegrityError)."""
    import psycopg

    try:
        yield
    except psycopg.IntegrityError as e:
        raise IntegrityError(str(e)) from e


def redacted(url: str) -> str:
    """A database address fit for a log or a message: without its password."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)
