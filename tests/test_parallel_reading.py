"""Reading on every core: the workers read messages side by side, and what is stored is
what one worker would have stored, in the order the mail came."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from intake.app import App
from intake.pipeline import run_once
from tests.helpers_e2e import OFFICE, REPO, write_config

NOW = datetime.fromisoformat("2021-02-04T16:31+07:00")


def _current(tmp_path: Path, workers: int) -> tuple[dict, int]:
    config = write_config(
        tmp_path / f"intake-{workers}.toml",
        mailbox={"kind": "maildir", "path": REPO / "demo" / "maildir"},
        smtp={"kind": "file", "dir": tmp_path / f"sent-{workers}", "sender": OFFICE},
        data_dir=tmp_path / f"data-{workers}",
        extra={"limits": {"workers": workers}},
    )
    app = App.open(config)
    try:
        stats = run_once(app, NOW, publish_due=False)
        started = sum(1 for r in app.readers if r._process is not None)  # noqa: SLF001
        rows = app.store.conn.execute(
            "SELECT r.unit, r.form, r.status, v.field, v.value, m.sha256 FROM reports r"
            " JOIN messages m ON m.id = r.message"
            " LEFT JOIN report_values v ON v.report = r.id WHERE r.is_current = 1"
        ).fetchall()
        assert stats.processed + stats.quarantined == stats.fetched - stats.duplicates
        return {tuple(row[:4]): tuple(row[4:]) for row in rows}, started
    finally:
        app.close()


@pytest.mark.slow
def test_two_workers_store_what_one_would(tmp_path: Path) -> None:
    one, started_one = _current(tmp_path, 1)
    two, started_two = _current(tmp_path, 2)
    assert started_one == 1 and started_two == 2  # both read
    assert two == one and len(one) > 40  # same current reports, same figures, same mail


@pytest.mark.slow
def test_a_run_cut_short_leaves_no_answer_astray(tmp_path: Path, monkeypatch) -> None:
    """GIVEN two workers with messages in hand WHEN storing one fails (the disk, the
    database) THEN the workers are stopped, and the next run reads what was left and
    stores exactly what an uninterrupted run stores."""
    from intake import pipeline

    (tmp_path / "clean").mkdir()
    clean, _ = _current(tmp_path / "clean", 2)
    config = write_config(
        tmp_path / "cut.toml",
        mailbox={"kind": "maildir", "path": REPO / "demo" / "maildir"},
        smtp={"kind": "file", "dir": tmp_path / "sent-cut", "sender": OFFICE},
        data_dir=tmp_path / "data-cut",
        extra={"limits": {"workers": 2}},
    )
    real_store, calls = pipeline.store, []

    def failing(app, message, outcome, now, stats):  # type: ignore[no-untyped-def]
        calls.append(message)
        if len(calls) == 5:
            raise OSError("disk full")
        return real_store(app, message, outcome, now, stats)

    app = App.open(config)
    try:
        monkeypatch.setattr(pipeline, "store", failing)
        with pytest.raises(OSError):
            run_once(app, NOW, publish_due=False)
        monkeypatch.setattr(pipeline, "store", real_store)
        run_once(app, NOW, publish_due=False)
        rows = app.store.conn.execute(
            "SELECT r.unit, r.form, r.status, v.field, v.value, m.sha256 FROM reports r"
            " JOIN messages m ON m.id = r.message"
            " LEFT JOIN report_values v ON v.report = r.id WHERE r.is_current = 1"
        ).fetchall()
        assert {tuple(row[:4]): tuple(row[4:]) for row in rows} == clean
    finally:
        app.close()
