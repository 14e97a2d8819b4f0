"""A worker that is done takes the next message at once, while another still reads a long
one; what they read is stored in the order the mail came."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

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
