"""A worker that is done takes the next message at once, while another still reads a long
one; what they read is stored in the order the mail came."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from intake import pipeline
from intake.app import App
from intake.pipeline import run_once
from tests.helpers_e2e import OFFICE, write_config
from tests.mail import SENT, message

NOW = SENT + timedelta(hours=1)
FULL = "Số tin, bài: 12\nĐộ dài: 45 phút\nSố lượt phát sóng: 36\nƯớc số người nghe: 5.000\n"
SENDER = "banbo.tamduong@laichau.gov.vn"
SLOW_SECONDS = 1.5


def test_a_long_message_does_not_hold_up_the_other_worker(tmp_path: Path, monkeypatch) -> None:
    """GIVEN two workers and a mailbox whose first message takes long to read
    WHEN a run reads it
    THEN the other worker reads the three behind it meanwhile, and the four are stored
    in the order they came."""
    mail = tmp_path / "mail"
    for sub in ("new", "cur", "tmp"):
        (mail / sub).mkdir(parents=True)
    for n, note in enumerate(["SLOW", "one", "two", "three"]):
        data = message(FULL + f"Ghi chú: {note}\n", sender=SENDER).as_bytes()
        (mail / "new" / f"{n}.report").write_bytes(data)
        (mail / "new" / f"{n}.report").touch()
        time.sleep(0.01)  # a Maildir is read oldest first
    config = write_config(
        tmp_path / "intake.toml",
        mailbox={"kind": "maildir", "path": mail},
        smtp={"kind": "file", "dir": tmp_path / "sent", "sender": OFFICE},
        data_dir=tmp_path,
        extra={"limits": {"workers": 2}},
    )
    finished = tmp_path / "finished"
    real = pipeline.analyse

    def analyse(data, context, arrived_at=None, headers=None):  # in a worker
        if b"SLOW" in data:
            time.sleep(SLOW_SECONDS)
        analysis = real(data, context, arrived_at, headers)
        with finished.open("a") as f:
            f.write(("slow" if b"SLOW" in data else "fast") + "\n")
        return analysis

    monkeypatch.setattr(pipeline, "analyse", analyse)
    stored: list[int] = []
    real_store = pipeline.store

    def store(app, message_id, outcome, now, stats):  # type: ignore[no-untyped-def]
        stored.append(message_id)
        return real_store(app, message_id, outcome, now, stats)

    monkeypatch.setattr(pipeline, "store", store)
    app = App.open(config)
    try:
        stats = run_once(app, NOW, publish_due=False)
    finally:
        app.close()
    assert stats.processed == 4
    assert finished.read_text().split() == ["fast", "fast", "fast", "slow"]
    assert stored == sorted(stored)


class _InstantReader:
    """A worker that has read its message as soon as it is handed it."""

    def __init__(self, log: list[str]) -> None:
        self.log, self.message = log, ""

    def submit(self, data, arrived_at, headers=None, archived=None) -> None:  # type: ignore[no-untyped-def]
        self.message = data.decode()
        self.log.append(f"hand out {self.message}")

    def answered(self) -> bool:
        return True

    def collect(self) -> str:
        return f"read {self.message}"


def test_a_free_worker_gets_the_next_message_before_the_daemon_stores(monkeypatch) -> None:
    """GIVEN two workers done with the first two messages WHEN the third comes THEN it is
    handed out before the first two are stored (storing them first left a worker idle
    while the daemon stored); all three are still stored in the order they came."""
    log: list[str] = []
    readers = [_InstantReader(log), _InstantReader(log)]
    app = SimpleNamespace(readers=readers, store=SimpleNamespace(begin_reading=lambda m: None))
    monkeypatch.setattr(
        pipeline, "store", lambda app, message, outcome, now, stats: log.append(f"store {message}")
    )
    readings = pipeline._Readings(app, NOW, pipeline.RunStats())  # type: ignore[arg-type]
    for n in (1, 2, 3):
        readings.add(n, str(n).encode(), Path(str(n)), None, None, None)
    readings.finish()
    assert log == ["hand out 1", "hand out 2", "hand out 3", "store 1", "store 2", "store 3"]
