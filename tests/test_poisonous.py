"""A message whose reading was cut short twice (the daemon killed while reading it) is
quarantined as poisonous, and the mail behind it is read."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from intake import archive, pipeline
from intake.app import App
from intake.pipeline import POISONOUS, run_once
from tests.helpers_e2e import maildir_config, query
from tests.mail import SENT, message

FULL = "Số tin, bài: 12\nĐộ dài: 45 phút\nSố lượt phát sóng: 36\nƯớc số người nghe: 5.000\n"
SENDERS = ("banbo.tamduong@laichau.gov.vn", "nungnang.tamduong@laichau.gov.vn")
NOW = SENT + timedelta(hours=1)


def archived_only(tmp_path: Path) -> tuple[Path, list[int]]:
    """Two reports archived and recorded, their reading not finished (as after a kill)."""
    config = maildir_config(tmp_path)
    for sub in ("new", "cur", "tmp"):
        (tmp_path / "mail" / sub).mkdir(exist_ok=True)
    for n, sender in enumerate(SENDERS):
        (tmp_path / "mail" / "new" / f"{n}.report").write_bytes(
            message(FULL, sender=sender).as_bytes()
        )
    app = App.open(config)
    try:
        raws = list(app.source.fetch_new(app.store))
        rels = archive.write_all(raws, app.config.storage.archive)
        ids = [message for _, message, _, _ in pipeline._recorded(app, raws, rels, NOW)]
    finally:
        app.close()
    return config, ids


def states(config: Path) -> list[tuple]:
    return query(config.parent / "data" / "intake.sqlite", "SELECT id, state, note FROM messages")


def test_a_message_cut_short_twice_is_quarantined_and_the_next_is_read(tmp_path):
    config, (first, second) = archived_only(tmp_path)
    app = App.open(config)
    try:
        for _ in range(POISONOUS):
            app.store.begin_reading(first)  # two runs killed while reading it
        stats = run_once(app, NOW, publish_due=False)
    finally:
        app.close()
    [(_, state, note), (_, after, _)] = states(config)
    assert (state, after) == ("quarantined", "processed")
    assert "gián đoạn 2 lần" in note
    assert stats.quarantined == 1


def test_a_message_cut_short_once_is_read_again(tmp_path):
    config, (first, _) = archived_only(tmp_path)
    app = App.open(config)
    try:
        app.store.begin_reading(first)  # one run killed while reading it
        run_once(app, NOW, publish_due=False)
    finally:
        app.close()
    assert [state for _, state, _ in states(config)] == ["processed", "processed"]
    assert query(config.parent / "data" / "intake.sqlite", "SELECT attempts FROM messages") == [
        (2,),
        (1,),
    ]


def test_a_message_left_by_a_crash_whose_file_is_gone_is_quarantined_with_its_name(tmp_path):
    """GIVEN two messages left by a crash, the first's archived file gone WHEN the daemon
    runs THEN that message is quarantined with a reason naming its file, the second is
    read, and the run goes on to its end (it stopped every run, before)."""
    config, (first, _) = archived_only(tmp_path)
    app = App.open(config)
    try:
        gone = app.store.message(first)
        assert gone is not None
        (app.config.storage.archive / gone.archive_path).unlink()
        stats = run_once(app, NOW, publish_due=False)
    finally:
        app.close()
    [(_, state, note), (_, after, _)] = states(config)
    assert (state, after) == ("quarantined", "processed")
    assert Path(gone.archive_path).name in note and "Không đọc được tệp lưu trữ" in note
    assert (stats.quarantined, stats.processed) == (1, 1)
