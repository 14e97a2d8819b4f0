"""The store: migrations, the ledger, and one current report per unit, form and period."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from intake import migrations
from intake.models import Classification, Kind, RawMessage, Report, Status
from intake.store import Store

NOW = datetime(2021, 2, 4, 9, 0, tzinfo=UTC)
WEEK = date(2021, 2, 4)
REPORT = Classification(Kind.REPORT, "thư của đơn vị")


@pytest.fixture
def store(database):
    s = database.open()
    yield s
    s.close()


def raw(text: str, item: str = "1", source: str = "test") -> RawMessage:
    return RawMessage(f"Message-ID: <{text}@x>\r\n\r\n{text}".encode(), source, item, 7)


def report(values: dict, sent_hour: int, unit: str = "ban_bo", status=Status.ACCEPTED) -> Report:
    return Report(
        unit,
        "weekly_propaganda",
        WEEK,
        values,
        status,
        received_at=datetime(2021, 2, 4, sent_hour, tzinfo=UTC),
        late=False,
    )


def store_message(store: Store, text: str, *reports: Report, item: str = "1") -> list[int]:
    message, _ = store.record_message(
        raw(text, item), "ab/x.eml", {"message_id": f"<{text}@x>"}, NOW
    )
    return store.finish_message(message, REPORT, reports, NOW)


def test_migrations_run_once_and_set_the_schema_version(tmp_path):
    path = tmp_path / "db.sqlite"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    assert migrations.apply(conn) == []
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_failed_migration_leaves_nothing_behind(tmp_path):
    conn = sqlite3.connect(tmp_path / "db.sqlite", isolation_level=None)
    bad = [("0001_ok", "CREATE TABLE a (x)"), ("0002_bad", "CREATE TABLE b (x);\nNOT SQL")]
    with pytest.raises(sqlite3.OperationalError):
        migrations.apply(conn, bad)
    assert [r[0] for r in conn.execute("SELECT name FROM schema_migrations")] == ["0001_ok"]
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'b'").fetchone() is None


def test_the_same_bytes_are_recorded_once(store):
    first = store.record_message(raw("a"), "p", {}, NOW)
    again = store.record_message(raw("a", item="2"), "p", {}, NOW)
    assert first == (first[0], True)
    assert again == (first[0], False)
    assert store.seen_items("test", 7) == {"1", "2"}


def test_the_same_content_under_other_bytes_is_a_processed_duplicate(store):
    first, _ = store.record_message(raw("a"), "p", {"content_sha256": "c1"}, NOW)
    twin, new = store.record_message(raw("a2", item="2"), "q", {"content_sha256": "c1"}, NOW)
    assert not new and twin != first
    [(state, kind, note)] = store.conn.execute(
        "SELECT state, kind, note FROM messages WHERE id = ?", (twin,)
    ).fetchall()
    assert (state, kind) == ("processed", "duplicate") and f"#{first}" in note
    assert store.seen_items("test", 7) == {"1", "2"}


def test_a_message_id_reused_with_other_content_is_a_new_message(store):
    first, _ = store.record_message(raw("a"), "p", {"message_id": "<m@x>"}, NOW)
    other, new = store.record_message(
        raw("b", item="2"), "q", {"message_id": "<m@x>", "content_sha256": "c2"}, NOW
    )
    assert new and other != first
    assert store.reused_message_id(other) == first and store.reused_message_id(first) is None


def test_an_archived_message_not_yet_processed_is_pending(store):
    message, _ = store.record_message(raw("a"), "p", {}, NOW)
    assert [m.id for m in store.pending_messages()] == [message]
    store.finish_message(message, REPORT, [], NOW)
    assert store.pending_messages() == []


def test_a_later_report_supersedes_and_the_earlier_stays_as_history(store):
    [old] = store_message(store, "a", report({"items": 4}, sent_hour=1))
    [new] = store_message(store, "b", report({"items": 6}, sent_hour=2), item="2")
    current = store.reports(period_end=WEEK)
    assert [(r.id, r.values) for r in current] == [(new, {"items": 6.0})]
    history = store.reports(unit="ban_bo", current_only=False)
    assert {r.id: r.is_current for r in history} == {old: False, new: True}


def test_an_earlier_report_arriving_late_does_not_replace_the_current_one(store):
    [new] = store_message(store, "b", report({"items": 6}, sent_hour=2))
    store_message(store, "a", report({"items": 4}, sent_hour=1), item="2")
    assert [r.id for r in store.reports(period_end=WEEK)] == [new]


def test_at_most_one_current_report_per_unit_form_and_period(store):
    store_message(store, "a", report({"items": 4}, 1))
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO reports (unit, form, period_end, status, is_current, created_at)"
            " VALUES ('ban_bo', 'weekly_propaganda', '2021-02-04', 'accepted', 1, 'x')"
        )


def test_a_report_without_unit_is_only_in_the_review_queue(store):
    store_message(store, "a", report({"items": 4}, 1, unit=None, status=Status.NEEDS_REVIEW))
    assert store.reports() == []
    assert [r.status for r in store.unassigned_reports()] == [Status.NEEDS_REVIEW]


def test_storing_reports_and_marking_the_message_is_one_transaction(store):
    message, _ = store.record_message(raw("a"), "p", {}, NOW)
    broken = report({"items": float("nan")}, 1)
    broken = Report(broken.unit, broken.form, broken.period_end, {"items": None}, broken.status)
    with pytest.raises(sqlite3.IntegrityError):
        store.finish_message(message, REPORT, [report({"items": 1}, 1), broken], NOW)
    assert store.reports(current_only=False) == []
    assert [m.id for m in store.pending_messages()] == [message]


def test_every_change_is_in_the_event_log(store):
    store_message(store, "a", report({"items": 4}, 1))
    store_message(store, "b", report({"items": 6}, 2), item="2")
    kinds = [e["kind"] for e in store.events()]
    assert kinds.count("message.archived") == 2
    assert kinds.count("report.stored") == 2
    assert kinds.count("report.superseded") == 1


def test_a_batch_is_recorded_in_order_twins_within_it_included(store):
    """GIVEN a batch holding a message, the same content relayed (another header), and
    the first message again WHEN it is recorded together THEN the first is new, the
    relayed one is its processed duplicate, the repeat is the first: as one by one."""
    batch = [
        (raw("a"), "p", {"content_sha256": "c1"}),
        (raw("a relayed", item="2"), "q", {"content_sha256": "c1"}),
        (raw("a", item="3"), "p", {"content_sha256": "c1"}),
    ]
    (first, new), (twin, twin_new), (again, again_new) = store.record_messages(batch, NOW)
    assert (new, twin_new, again_new) == (True, False, False)
    assert again == first != twin
    assert store.message(twin).state == "processed"
