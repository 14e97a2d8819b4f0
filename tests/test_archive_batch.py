"""Messages are archived a batch at a time and flushed to disk together; the ledger names
a message only once its file, and the folder entry naming it, are on disk; a crash
between the two leaves the message to be fetched again."""

from __future__ import annotations

import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from intake import archive
from intake.app import App
from intake.errors import StoreError
from intake.models import RawMessage
from intake.pipeline import ARCHIVE_BATCH, run_once
from tests.helpers_e2e import maildir_config, query
from tests.mail import SENT, message

NOW = SENT + timedelta(hours=1)
FULL = "Số tin, bài: 12\nĐộ dài: 45 phút\nSố lượt phát sóng: 36\nƯớc số người nghe: 5.000\n"
SENDERS = ("banbo.tamduong@laichau.gov.vn", "nungnang.tamduong@laichau.gov.vn")


class Flushes:
    """os.fsync and syncfs(2), watched: for each call, the files it flushed while they were
    still under .partial/ (before their rename) and, for each folder it flushed, the
    names the folder held then.  A syncfs flushes the whole archive (its filesystem);
    `syncfs=False` is a system without one (fsyncs only)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, archived: Path, syncfs: bool) -> None:
        self.files: set[tuple[int, int]] = set()
        self.folders: list[tuple[tuple[int, int], set[str]]] = []
        real = os.fsync

        def fsync(fd: int) -> None:
            real(fd)
            self._flushed(os.fstat(fd), f"/proc/self/fd/{fd}")

        def everything(fd: int) -> int:
            os.sync()
            for path in [archived, *archived.rglob("*")]:
                if path.is_dir() or path.parent.name == archive.PARTIAL:
                    self._flushed(path.stat(), str(path))
            return 0

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(archive, "_SYNCFS", everything if syncfs else None)

    def _flushed(self, st: os.stat_result, path: str) -> None:
        key = (st.st_dev, st.st_ino)
        if stat.S_ISDIR(st.st_mode):
            self.folders.append((key, set(os.listdir(path))))
        else:
            self.files.add(key)

    def durable(self, path: Path) -> bool:
        """`path`'s content was flushed, and a flush of its folder saw it there."""
        st, folder = path.stat(), path.parent.stat()
        named = any(
            key == (folder.st_dev, folder.st_ino) and path.name in names
            for key, names in self.folders
        )
        return (st.st_dev, st.st_ino) in self.files and named


def mailbox(tmp_path: Path, count: int) -> Path:
    config = maildir_config(tmp_path)
    for sub in ("new", "cur", "tmp"):
        (tmp_path / "mail" / sub).mkdir(exist_ok=True)
    for n in range(count):
        body = FULL + f"Ghi chú: tuần {n}\n"
        data = message(body, sender=SENDERS[n % 2]).as_bytes()
        (tmp_path / "mail" / "new" / f"{n:03}.report").write_bytes(data)
    return config


def archived_files(config: Path) -> list[Path]:
    return sorted((config.parent / "data" / "archive").glob("??/*.eml"))


@pytest.mark.parametrize("syncfs", [True, False], ids=["syncfs", "fsync"])
def test_the_ledger_never_names_a_file_not_yet_on_disk(tmp_path, monkeypatch, syncfs):
    """GIVEN more messages than one batch
    WHEN a run archives and records them
    THEN each is flushed, with its folder's entry, before the ledger records it."""
    config = mailbox(tmp_path, ARCHIVE_BATCH + 3)
    archived = config.parent / "data" / "archive"
    archived.mkdir(parents=True)
    flushes = Flushes(monkeypatch, archived, syncfs)
    app = App.open(config)
    recorded: list[str] = []
    real = app.store.record_messages

    def record_messages(batch, now):
        for _, rel, _ in batch:
            path = app.config.storage.archive / rel
            assert flushes.durable(path), f"{rel} recorded before it was on disk"
            recorded.append(rel)
        return real(batch, now)

    monkeypatch.setattr(app.store, "record_messages", record_messages)
    try:
        stats = run_once(app, NOW, publish_due=False)
    finally:
        app.close()
    assert len(recorded) == len(set(recorded)) == ARCHIVE_BATCH + 3
    assert stats.fetched == stats.processed == ARCHIVE_BATCH + 3


def test_a_crash_between_archive_and_ledger_fetches_the_message_again(tmp_path, monkeypatch):
    """GIVEN a run killed after its batch was archived, before the ledger recorded it
    WHEN the next run starts
    THEN every message is fetched again, recorded once, read, and archived once."""
    config = mailbox(tmp_path, 3)
    app = App.open(config)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # as a SIGKILL would leave it: nothing recorded

    monkeypatch.setattr(app.store, "record_messages", killed)
    with pytest.raises(KeyboardInterrupt):
        run_once(app, NOW, publish_due=False)
    app.close()
    assert len(archived_files(config)) == 3
    database = config.parent / "data" / "intake.sqlite"
    assert query(database, "SELECT count(*) FROM messages") == [(0,)]

    app = App.open(config)
    try:
        stats = run_once(app, NOW, publish_due=False)
    finally:
        app.close()
    assert (stats.fetched, stats.duplicates, stats.processed) == (3, 0, 3)
    assert query(database, "SELECT state, count(*) FROM messages GROUP BY state") == [
        ("processed", 3)
    ]
    assert len(archived_files(config)) == 3


@pytest.mark.parametrize("syncfs", [True, False], ids=["syncfs", "fsync"])
def test_a_crash_while_writing_leaves_nothing_half_written(tmp_path, monkeypatch, syncfs):
    """GIVEN a run killed while flushing its batch (files under .partial/, none in place)
    WHEN the daemon starts again
    THEN the half-written files are removed, and the messages fetched and read again."""
    config = mailbox(tmp_path, 3)
    app = App.open(config)
    calls = 0

    def flush(fd: int) -> int:
        nonlocal calls
        calls += 1
        if calls == (1 if syncfs else 2):
            raise KeyboardInterrupt
        return 0

    monkeypatch.setattr(os, "fsync", flush)
    monkeypatch.setattr(archive, "_SYNCFS", flush if syncfs else None)
    with pytest.raises(KeyboardInterrupt):
        run_once(app, NOW, publish_due=False)
    app.close()
    monkeypatch.undo()
    archive_dir = config.parent / "data" / "archive"
    assert archived_files(config) == []
    assert len(list((archive_dir / archive.PARTIAL).iterdir())) == 3

    app = App.open(config)  # clears .partial/
    try:
        assert list((archive_dir / archive.PARTIAL).iterdir()) == []
        stats = run_once(app, NOW, publish_due=False)
    finally:
        app.close()
    assert (stats.fetched, stats.processed) == (3, 3)
    assert len(archived_files(config)) == 3


def raw(text: str) -> RawMessage:
    return RawMessage(text.encode(), "test")


def test_write_all_keeps_each_message_once_privately(tmp_path):
    """GIVEN a batch with the same message twice, and one already archived
    WHEN it is written
    THEN each file is there once, with the message's bytes, readable by intake only."""
    folder = tmp_path / "archive"
    first = archive.write(raw("Subject: a\n\none"), folder)
    before = (folder / first).stat().st_mtime_ns
    rels = archive.write_all([raw("Subject: a\n\none"), raw("b"), raw("b")], folder)
    assert rels[0] == first and rels[1] == rels[2]
    assert (folder / first).stat().st_mtime_ns == before  # not written again
    assert archive.read(folder, rels[1]) == b"b"
    assert stat.S_IMODE((folder / rels[1]).stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / rels[1]).parent.stat().st_mode) == 0o700
    assert list((folder / archive.PARTIAL).iterdir()) == []


def test_an_archive_that_cannot_be_written_is_a_store_error(tmp_path):
    folder = tmp_path / "archive"
    folder.write_text("a file where the folder should be")
    with pytest.raises(StoreError, match="cannot write to the archive"):
        archive.write_all([raw("x")], folder)
