"""Stage "store": the SQLite database (WAL) of messages, reports, values and events.

Invariants, enforced here and by the schema:
- a message is recorded once, by the SHA-256 of its bytes, as soon as it is archived
  (state "archived"), and marked "processed" in the same transaction that stores the
  reports read from it; a crash in between leaves it "archived", to be processed again;
- there is at most one current report per unit, form and period (a partial unique
  index); a later report (by the time it was sent) supersedes the current one, which
  stays as history; an earlier one that arrives late is stored as history directly;
- a report held for who sent it (authenticity.py) never supersedes the current one: it
  waits beside it in the review queue, and only a clerk's acceptance replaces it;
- every change is written to the event log.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from intake import migrations
from intake.authenticity import SENDER_DOUBTS
from intake.database import PgConnection, is_postgres, redacted
from intake.errors import StoreError
from intake.i18n import Words
from intake.migrations import transaction
from intake.models import Classification, Problem, RawMessage, Report, Status


@dataclass(frozen=True)
class StoredMessage:
    id: int
    sha256: str
    message_id: str | None
    archive_path: str
    source: str
    arrived_at: datetime | None
    state: str
    attempts: int = 0  # how many times reading it was started


@dataclass(frozen=True)
class Publication:
    """One version of the consolidated report of a period, and how far it has gone."""

    id: int
    period_end: date
    version: int
    state: str  # built | draft_sent | approved | sent
    built_at: datetime
    files: tuple[str, ...]
    report_ids: tuple[int, ...]
    number: str | None
    draft_sent_at: datetime | None
    approved_at: datetime | None
    approved_by: str | None
    sent_at: datetime | None
    recipients: str | None
    message_id: str | None = None


@dataclass(frozen=True)
class StoredReport:
    id: int
    message: int | None
    unit: str | None
    form: str | None
    period_end: date | None
    status: Status
    values: dict[str, float]
    received_at: datetime | None
    late: bool | None
    is_current: bool
    problems: tuple[Problem, ...]
    sources: tuple[dict[str, Any], ...]
    origin: str
    message_id: str | None
    sender: str | None
    subject: str | None


class Store:
    def __init__(self, conn: Any, where: str) -> None:
        self.conn = conn  # sqlite3.Connection, or intake.database.PgConnection
        self.where = where  # the file, or the server and schema, for messages

    @classmethod
    def open(cls, database: Path | str, schema: str = "public") -> Store:
        """The store in an SQLite file, or on the PostgreSQL server of a
        "postgresql://" address, in `schema` (an office's own tables)."""
        if is_postgres(database):
            return cls._open_postgres(str(database), schema)
        path = Path(database)
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _private_file(path)
            conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrations.apply(conn)
        except (sqlite3.Error, OSError) as e:
            raise StoreError(
                Words("cannot open the database {path}: {error}", path=path, error=e),
                hint=Words("check that the [storage] database folder exists and is writable"),
            ) from e
        return cls(conn, str(path))

    @classmethod
    def _open_postgres(cls, url: str, schema: str) -> Store:
        import psycopg

        where = f"{redacted(url)} ({schema})"
        try:
            conn = PgConnection.open(url, schema)
            migrations.apply(conn)
        except psycopg.Error as e:
            raise StoreError(
                Words("cannot open the database {path}: {error}", path=where, error=e),
                hint=Words(
                    "check the [storage] database address, and that the PostgreSQL server"
                    " is running and lets this user in"
                ),
            ) from e
        return cls(conn, where)

    def close(self) -> None:
        self.conn.close()

    # -- the ledger of mailbox items (see intake.fetch.MarkedLedger) -------------------

    def seen_items(self, source: str, uidvalidity: int | None) -> set[str]:
        rows = self.conn.execute(
            "SELECT item FROM mailbox_items WHERE source = ? AND uidvalidity = ?",
            (source, uidvalidity or 0),
        )
        return {r[0] for r in rows}

    def known_items(self, source: str, uidvalidity: int | None, items: Sequence[str]) -> set[str]:
        known: set[str] = set()
        for i in range(0, len(items), 500):
            chunk = items[i : i + 500]
            rows = self.conn.execute(
                "SELECT item FROM mailbox_items WHERE source = ? AND uidvalidity = ?"
                f" AND item IN ({','.join('?' * len(chunk))})",
                (source, uidvalidity or 0, *chunk),
            )
            known.update(r[0] for r in rows)
        return known

    def last_uid(self, source: str, uidvalidity: int) -> int | None:
        row = self.conn.execute(
            "SELECT uid FROM mailbox_items WHERE source = ? AND uidvalidity = ?"
            " AND uid IS NOT NULL ORDER BY uid DESC LIMIT 1",
            (source, uidvalidity),
        ).fetchone()
        return row[0] if row else None

    def reconciled_at(self, source: str) -> datetime | None:
        return parse_iso(self.get_state(f"mailbox.reconciled:{source}"))

    def mark_reconciled(self, source: str, at: datetime) -> None:
        self.set_state(f"mailbox.reconciled:{source}", iso_utc(at) or "")

    def _add_item(self, source: str, uidvalidity: int | None, item: str, message: int) -> None:
        uid = int(item) if uidvalidity and item.isascii() and item.isdigit() else None
        self.conn.execute(
            "INSERT OR IGNORE INTO mailbox_items (source, uidvalidity, item, message, uid)"
            " VALUES (?, ?, ?, ?, ?)",
            (source, uidvalidity or 0, item, message, uid),
        )

    # -- messages ----------------------------------------------------------------------

    def record_message(
        self, raw: RawMessage, archive_path: str, headers: dict[str, Any], now: datetime
    ) -> tuple[int, bool]:
        """Record an archived message and its mailbox item; return (id, is_new).

        The same bytes are the same message (not new).  Other bytes with the content of an
        earlier message (`headers["content_sha256"]`: a header added on the way) are
        recorded as a processed duplicate of it, and not new either: nothing is read or
        answered twice.  A Message-ID is never proof of sameness (`reused_message_id`)."""
        return self.record_messages([(raw, archive_path, headers)], now)[0]

    def record_messages(
        self, batch: Sequence[tuple[RawMessage, str, dict[str, Any]]], now: datetime
    ) -> list[tuple[int, bool]]:
        """record_message for each (message, archive path, headers) of an archived batch,
        in order, in one transaction (a commit a message was a tenth of recording it)."""
        with transaction(self.conn):
            return [self._record(raw, path, headers, now) for raw, path, headers in batch]

    def _record(
        self, raw: RawMessage, archive_path: str, headers: dict[str, Any], now: datetime
    ) -> tuple[int, bool]:
        content = headers.get("content_sha256")
        same, twin = self.conn.execute(  # one round trip to a database server, not two
            "SELECT (SELECT id FROM messages WHERE sha256 = ?),"
            " (SELECT id FROM messages WHERE content_sha256 = ? ORDER BY id LIMIT 1)",
            (raw.sha256, content),
        ).fetchone()
        is_new = same is None and twin is None
        if same is None:
            cur = self.conn.execute(
                "INSERT INTO messages (sha256, message_id, archive_path, size, source,"
                " arrived_at, fetched_at, sender, subject, sent_at, content_sha256)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    raw.sha256,
                    headers.get("message_id"),
                    archive_path,
                    len(raw.data),
                    raw.source,
                    iso_utc(raw.arrived_at),
                    iso_utc(now),
                    headers.get("sender"),
                    headers.get("subject"),
                    iso_utc(headers.get("date")),
                    content,
                ),
            )
            message = cur.lastrowid
            assert message is not None  # set by the INSERT
            self._event(now, "message.archived", f"message:{message}", {"source": raw.source})
            if twin is not None:
                self._duplicate(message, twin, now)
        else:
            message = same
        if raw.item is not None:
            self._add_item(raw.source, raw.uidvalidity, raw.item, message)
        return message, is_new

    def _duplicate(self, message: int, of: int, now: datetime) -> None:
        note = (
            f"Trùng nội dung với thư #{of} đã nhận (chỉ khác phần tiêu đề kỹ thuật), không đọc lại"
        )
        self.conn.execute(
            "UPDATE messages SET state = 'processed', kind = 'duplicate', note = ? WHERE id = ?",
            (note, message),
        )
        self._event(now, "message.duplicate", f"message:{message}", {"of": of})

    def reused_message_id(self, message: int) -> int | None:
        """An earlier message with the Message-ID of `message` but other content, if any:
        a Message-ID anyone can write is never taken for proof of sameness."""
        row = self.conn.execute(
            "SELECT e.id FROM messages m JOIN messages e ON e.message_id = m.message_id"
            " WHERE m.id = ? AND e.id < m.id AND coalesce(e.kind, '') != 'duplicate'"
            " ORDER BY e.id LIMIT 1",
            (message,),
        ).fetchone()
        return row[0] if row else None

    def begin_reading(self, message: int) -> None:
        """Count one more start of reading `message`, before it starts: a reading cut short
        (the daemon killed) leaves the count behind."""
        self.conn.execute(  # one statement: a transaction of its own
            "UPDATE messages SET attempts = attempts + 1 WHERE id = ?", (message,)
        )

    def pending_messages(self) -> list[StoredMessage]:
        """Messages archived but not yet processed (new ones, or left by a crash)."""
        rows = self.conn.execute("SELECT * FROM messages WHERE state = 'archived' ORDER BY id")
        return [_message(r) for r in rows]

    def message(self, message: int) -> StoredMessage | None:
        row = self.conn.execute("SELECT * FROM messages WHERE id = ?", (message,)).fetchone()
        return _message(row) if row else None

    def finish_message(
        self,
        message: int,
        classification: Classification,
        reports: Iterable[Report],
        now: datetime,
        within: Callable[[], object] | None = None,
    ) -> list[int]:
        """Store the reports read from a message and mark it processed, atomically.

        `within` runs last in the same transaction: the acknowledgment's claim in the
        outbox (intake.outbox), so that a crash leaves both the reports and the answer
        owed for them, or neither (the message is then processed again)."""
        with transaction(self.conn):
            ids = [self._insert_report(message, r, now) for r in reports]
            self.conn.execute(
                "UPDATE messages SET state = 'processed', kind = ?, note = ? WHERE id = ?",
                (classification.kind.value, classification.reason, message),
            )
            self._event(
                now,
                "message.processed",
                f"message:{message}",
                {
                    "kind": classification.kind.value,
                    "reason": classification.reason,
                    "reports": ids,
                },
            )
            if within is not None:
                within()
        return ids

    def quarantine(self, message: int, reason: str, now: datetime) -> None:
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE messages SET state = 'quarantined', note = ? WHERE id = ?",
                (reason, message),
            )
            self._event(now, "message.quarantined", f"message:{message}", {"reason": reason})

    # -- reports -----------------------------------------------------------------------

    def add_report(
        self,
        message: int | None,
        report: Report,
        now: datetime,
        actor: str = "intake",
        supersedes: int | None = None,
        decision: tuple[str, dict[str, Any]] | None = None,
    ) -> int:
        """Store one report (a clerk's decision, for instance) as the newest version; the
        decision's event (kind, detail) is written in the same transaction."""
        with transaction(self.conn):
            new = self._insert_report(message, report, now, actor, supersedes)
            if decision:
                kind, detail = decision
                self._event(now, kind, f"report:{supersedes}", {"report": new, **detail}, actor)
            return new

    def _insert_report(
        self,
        message: int | None,
        report: Report,
        now: datetime,
        actor: str = "intake",
        supersedes: int | None = None,
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO reports (message, unit, form, period_end, status, received_at, late,"
            " problems, sources, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                message,
                report.unit,
                report.form,
                report.period_end.isoformat() if report.period_end else None,
                report.status.value,
                iso_utc(report.received_at),
                None if report.late is None else int(report.late),
                json.dumps([_flat(p) for p in report.problems], ensure_ascii=False),
                json.dumps([_flat(v) for v in report.sources], ensure_ascii=False),
                report.origin,
                iso_utc(now),
            ),
        )
        new = cur.lastrowid
        assert new is not None
        self.conn.executemany(
            "INSERT INTO report_values VALUES (?, ?, ?)",
            [(new, k, v) for k, v in report.values.items()],
        )
        if supersedes is not None:  # a decision on a held report replaces it, whatever its date
            self.conn.execute(
                "UPDATE reports SET is_current = 0, superseded_by = ? WHERE id = ?",
                (new, supersedes),
            )
        self._make_current(new, report, now)
        self._event(now, "report.stored", f"report:{new}", report_state(report), actor)
        return new

    def _make_current(self, new: int, report: Report, now: datetime) -> None:
        if not (report.unit and report.form and report.period_end):
            return  # not attached to a unit and period: only in the review queue
        key = (report.unit, report.form, report.period_end.isoformat())
        current = self.conn.execute(
            "SELECT id, received_at FROM reports"
            " WHERE unit = ? AND form = ? AND period_end = ? AND is_current = 1",
            key,
        ).fetchone()
        if current and self._waits(new, report):
            return  # beside the current report, in the review queue, until a clerk decides
        if current and (current["received_at"] or "") > (iso_utc(report.received_at) or ""):
            self.conn.execute(
                "UPDATE reports SET superseded_by = ? WHERE id = ?", (current[0], new)
            )
            return  # an older report arriving late: history only
        if current:
            self.conn.execute(
                "UPDATE reports SET is_current = 0, superseded_by = ? WHERE id = ?",
                (new, current[0]),
            )
            self._event(now, "report.superseded", f"report:{current[0]}", {"by": new})
        self.conn.execute("UPDATE reports SET is_current = 1 WHERE id = ?", (new,))

    def reports(
        self,
        *,
        period_end: date | None = None,
        form: str | None = None,
        unit: str | None = None,
        current_only: bool = True,
    ) -> list[StoredReport]:
        where, args = ["1 = 1"], []
        if current_only:
            where.append("r.is_current = 1")
        for column, value in (("period_end", period_end), ("form", form), ("unit", unit)):
            if value is not None:
                where.append(f"r.{column} = ?")
                args.append(value.isoformat() if isinstance(value, date) else value)
        rows = self.conn.execute(
            "SELECT r.*, m.message_id, m.sender, m.subject FROM reports r"
            " LEFT JOIN messages m ON m.id = r.message"
            f" WHERE {' AND '.join(where)} ORDER BY r.period_end, r.unit, r.form, r.id",
            args,
        ).fetchall()
        values = self._values([r["id"] for r in rows])
        return [_report(r, values.get(r["id"], {})) for r in rows]

    def reports_by_id(self, ids: Iterable[int]) -> list[StoredReport]:
        ids = list(ids)
        rows: list[sqlite3.Row] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows += self.conn.execute(
                "SELECT r.*, m.message_id, m.sender, m.subject FROM reports r"
                " LEFT JOIN messages m ON m.id = r.message"
                f" WHERE r.id IN ({','.join('?' * len(chunk))}) ORDER BY r.id",
                chunk,
            ).fetchall()
        values = self._values([r["id"] for r in rows])
        return [_report(r, values.get(r["id"], {})) for r in rows]

    def unassigned_reports(self) -> list[StoredReport]:
        """Held reports that no unit, form or period could be given to."""
        rows = self.conn.execute(
            "SELECT r.*, m.message_id, m.sender, m.subject FROM reports r"
            " LEFT JOIN messages m ON m.id = r.message"
            " WHERE r.is_current = 0 AND r.superseded_by IS NULL AND r.status = 'needs_review'"
            " AND (r.unit IS NULL OR r.form IS NULL OR r.period_end IS NULL) ORDER BY r.id"
        ).fetchall()
        values = self._values([r["id"] for r in rows])
        return [_report(r, values.get(r["id"], {})) for r in rows]

    def _values(self, report_ids: list[int]) -> dict[int, dict[str, float]]:
        out: dict[int, dict[str, float]] = {}
        for i in range(0, len(report_ids), 500):
            chunk = report_ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT report, field, value FROM report_values WHERE report IN ({marks})", chunk
            )
            for report, field, value in rows:
                out.setdefault(report, {})[field] = value
        return out

    # -- consolidated reports ----------------------------------------------------------

    def publications(self, period_end: date | None = None) -> list[Publication]:
        where, args = ("WHERE period_end = ?", [period_end.isoformat()]) if period_end else ("", [])
        rows = self.conn.execute(
            f"SELECT * FROM publications {where} ORDER BY period_end, version", args
        )
        return [_publication(r) for r in rows]

    def latest_publication(self, period_end: date) -> Publication | None:
        found = self.publications(period_end)
        return found[-1] if found else None

    def add_publication(
        self,
        period_end: date,
        version: int,
        files: Iterable[Path],
        report_ids: Iterable[int],
        number: str | None,
        now: datetime,
    ) -> Publication:
        with transaction(self.conn):
            cur = self.conn.execute(  # a version built but never sent is built again
                "INSERT INTO publications (period_end, version, state, built_at, files,"
                " report_ids, number) VALUES (?, ?, 'built', ?, ?, ?, ?)"
                " ON CONFLICT (period_end, version) DO UPDATE SET built_at = excluded.built_at,"
                " files = excluded.files, report_ids = excluded.report_ids,"
                " number = COALESCE(publications.number, excluded.number)"
                " WHERE publications.state = 'built'",
                (
                    period_end.isoformat(),
                    version,
                    iso_utc(now),
                    json.dumps([str(f) for f in files]),
                    json.dumps(sorted(report_ids)),
                    number,
                ),
            )
            self._event(
                now,
                "publication.built",
                f"publication:{cur.lastrowid}",
                {"period_end": period_end.isoformat(), "version": version},
            )
        return self.publications(period_end)[-1]

    def mark_publication(
        self,
        publication: int,
        state: str,
        now: datetime,
        *,
        recipients: Iterable[str] = (),
        actor: str = "intake",
        message_id: str | None = None,
    ) -> None:
        """Move a publication to draft_sent, approved or sent, with who and when."""
        column = {"draft_sent": "draft_sent_at", "approved": "approved_at", "sent": "sent_at"}
        with transaction(self.conn):
            self.conn.execute(
                f"UPDATE publications SET state = ?, {column[state]} = ?,"
                " recipients = COALESCE(?, recipients), message_id = COALESCE(?, message_id),"
                " approved_by = CASE WHEN ? = 'approved' THEN ? ELSE approved_by END"
                " WHERE id = ?",
                (
                    state,
                    iso_utc(now),
                    ", ".join(recipients) or None,
                    message_id,
                    state,
                    actor,
                    publication,
                ),
            )
            self._event(
                now,
                f"publication.{state}",
                f"publication:{publication}",
                {"to": list(recipients)},
                actor,
            )

    def numbers_used(self, year: int) -> int:
        """How many publications of `year` carry an automatic number."""
        return self.conn.execute(
            "SELECT count(*) FROM publications WHERE number IS NOT NULL"
            " AND substr(built_at, 1, 4) = ?",
            (str(year),),
        ).fetchone()[0]

    # -- state, counts and events --------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO state VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def counts(self) -> dict[str, int]:
        out = {}
        for state, n in self.conn.execute("SELECT state, count(*) FROM messages GROUP BY state"):
            out[f"messages_{state}"] = n
        for kind, n in self.conn.execute(
            "SELECT kind, count(*) FROM messages WHERE kind IS NOT NULL GROUP BY kind"
        ):
            out[f"kind_{kind}"] = n
        for status, n in self.conn.execute(
            "SELECT status, count(*) FROM reports WHERE is_current = 1 GROUP BY status"
        ):
            out[f"current_{status}"] = n
        out["reports_total"] = self.conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        return out

    def proposed_addresses(self) -> list[tuple[str, str, int]]:
        """(address, unit, how many reports) of addresses not yet in the directory."""
        counted: dict[tuple[str, str], int] = {}
        for (detail,) in self.conn.execute(
            "SELECT detail FROM events WHERE kind = 'address.proposed' ORDER BY id"
        ):
            proposed = json.loads(detail)
            key = (proposed.get("address"), proposed.get("unit"))
            counted[key] = counted.get(key, 0) + 1
        return [(a, u, n) for (a, u), n in sorted(counted.items(), key=lambda kv: -kv[1])]

    def quarantined(self) -> list[sqlite3.Row]:
        return self.conn.execute(
            "SELECT id, sender, subject, note FROM messages WHERE state = 'quarantined'"
        ).fetchall()

    def event(
        self, now: datetime, kind: str, subject: str, detail: dict[str, Any], actor: str = "intake"
    ) -> None:
        self._event(now, kind, subject, detail, actor)

    def _event(
        self, now: datetime, kind: str, subject: str, detail: dict[str, Any], actor: str = "intake"
    ) -> None:
        self.conn.execute(
            "INSERT INTO events (at, actor, kind, subject, detail) VALUES (?, ?, ?, ?, ?)",
            (
                iso_utc(now),
                actor,
                kind,
                subject,
                json.dumps(detail, ensure_ascii=False, default=str),
            ),
        )

    def events(self, subject: str | None = None) -> Iterator[sqlite3.Row]:
        if subject is None:
            return iter(self.conn.execute("SELECT * FROM events ORDER BY id"))
        return iter(
            self.conn.execute("SELECT * FROM events WHERE subject = ? ORDER BY id", (subject,))
        )

    def record_publication_message_id(
        self, publication: int, message_id: str, now: datetime
    ) -> None:
        """The Message-ID a publication is about to be sent under, written before the send:
        what a crash interrupts is sent again under the same one (intake.publish)."""
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE publications SET message_id = ? WHERE id = ?", (message_id, publication)
            )
            self._event(
                now, "publication.sending", f"publication:{publication}", {"message_id": message_id}
            )

    def _waits(self, new: int, report: Report) -> bool:
        """Whether `report`, stored as `new`, leaves the current report of its unit, form
        and week standing: it is held for who sent it (a forged From, an address not in
        the directory: authenticity.py), or it is a clerk's rejection of such a report.
        Only a clerk's acceptance of it replaces the current report."""
        if report.status is Status.ACCEPTED:
            return False
        if any(p.code in SENDER_DOUBTS for p in report.problems):
            return True
        decided = self.conn.execute("SELECT problems FROM reports WHERE superseded_by = ?", (new,))
        return any(p["code"] in SENDER_DOUBTS for (text,) in decided for p in json.loads(text))


def _private_file(path: Path) -> None:
    """Create the database readable by intake's user only (SQLite gives its WAL and shared
    memory files the same mode); an existing one open to others is closed to them."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)


def _flat(item: Any) -> dict[str, Any]:
    """A dataclass of plain values (Problem, Value) as a dict: what asdict gives, without
    its deep copy of every value (a quarter of storing a report)."""
    return {f.name: getattr(item, f.name) for f in fields(item)}


def iso_utc(value: datetime | None) -> str | None:
    """How the database keeps a moment: ISO 8601 in UTC, to the second (naive: UTC)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _message(row: sqlite3.Row) -> StoredMessage:
    return StoredMessage(
        id=row["id"],
        sha256=row["sha256"],
        message_id=row["message_id"],
        archive_path=row["archive_path"],
        source=row["source"],
        arrived_at=parse_iso(row["arrived_at"]),
        state=row["state"],
        attempts=row["attempts"],
    )


def _publication(row: sqlite3.Row) -> Publication:
    return Publication(
        id=row["id"],
        period_end=date.fromisoformat(row["period_end"]),
        version=row["version"],
        state=row["state"],
        built_at=datetime.fromisoformat(row["built_at"]),
        files=tuple(json.loads(row["files"])),
        report_ids=tuple(json.loads(row["report_ids"])),
        number=row["number"],
        draft_sent_at=parse_iso(row["draft_sent_at"]),
        approved_at=parse_iso(row["approved_at"]),
        approved_by=row["approved_by"],
        sent_at=parse_iso(row["sent_at"]),
        recipients=row["recipients"],
        message_id=row["message_id"],
    )


def _report(row: sqlite3.Row, values: dict[str, float]) -> StoredReport:
    return StoredReport(
        id=row["id"],
        message=row["message"],
        unit=row["unit"],
        form=row["form"],
        period_end=date.fromisoformat(row["period_end"]) if row["period_end"] else None,
        status=Status(row["status"]),
        values=values,
        received_at=parse_iso(row["received_at"]),
        late=None if row["late"] is None else bool(row["late"]),
        is_current=bool(row["is_current"]),
        problems=tuple(Problem(**p) for p in json.loads(row["problems"])),
        sources=tuple(json.loads(row["sources"])),
        origin=row["origin"] or "",
        message_id=row["message_id"],
        sender=row["sender"],
        subject=row["subject"],
    )


def report_state(report: Report | StoredReport) -> dict[str, Any]:
    """What an event records of a report: its key, status and values."""
    return {
        "unit": report.unit,
        "form": report.form,
        "period_end": report.period_end.isoformat() if report.period_end else None,
        "status": report.status.value,
        "values": dict(report.values),
        "problems": [p.message for p in report.problems],
    }
