"""The worker that reads messages: a message that takes too much memory or time costs the
worker, never the daemon, and the next message is read by a new worker."""

from __future__ import annotations

import os
import signal
from dataclasses import replace
from pathlib import Path

import pytest

from intake import config, pipeline
from intake.context import Context
from intake.errors import IntakeError, ParseError
from intake.reader import Reader
from tests.mail import message

ROOT = Path(__file__).resolve().parents[1]
GOOD = message("Số tin, bài: 12\nĐộ dài: 45 phút\nSố lượt phát sóng: 36\nNgười nghe: 5.000")


@pytest.fixture
def reader():
    context = Context.from_config(config.load(ROOT / "config" / "demo.toml"))
    limits = context.limits.model_copy(update={"worker_memory_mb": 256, "worker_seconds": 5})
    reading = Reader(replace(context, limits=limits))
    yield reading
    reading.close()


def hog(marker: bytes):
    """An analyse that misbehaves on messages containing `marker`, as a bomb would."""
    real = pipeline.analyse

    def analyse(data, context, arrived_at=None, headers=None):
        if b"MEMORY" in data and marker == b"MEMORY":
            return [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GiB
        if b"CRASH" in data and marker == b"CRASH":
            raise ZeroDivisionError("a fault of intake's")
        if b"KILL" in data and marker == b"KILL":
            os.kill(os.getpid(), signal.SIGKILL)
        while b"SPIN" in data and marker == b"SPIN":
            pass
        return real(data, context, arrived_at, headers)

    return analyse


@pytest.mark.parametrize(
    ("marker", "reason"),
    [
        (b"MEMORY", "quá nhiều bộ nhớ"),
        (b"KILL", "quá nhiều bộ nhớ"),  # killed from outside: the OOM killer, most likely
        (b"CRASH", "ZeroDivisionError"),
    ],
)
def test_a_message_that_breaks_its_worker_is_refused_and_the_next_is_read(
    reader, monkeypatch, marker, reason
):
    monkeypatch.setattr(pipeline, "analyse", hog(marker))  # the worker is forked after this
    with pytest.raises(ParseError, match=reason):
        reader.analyse(message(f"x {marker.decode()} x").as_bytes(), None)
    analysis = reader.analyse(GOOD.as_bytes(), None)
    assert analysis.reports[0].values["items"] == 12


@pytest.mark.slow
def test_a_message_that_never_ends_is_stopped_by_its_cpu_time(reader, monkeypatch):
    monkeypatch.setattr(pipeline, "analyse", hog(b"SPIN"))
    with pytest.raises(ParseError, match="quá thời gian"):
        reader.analyse(message("SPIN").as_bytes(), None)
    assert reader.analyse(GOOD.as_bytes(), None).reports


def test_an_intake_error_comes_back_as_it_was_raised(reader):
    too_big = b"Subject: " + b"=?utf-8?b?YQ==?= " * 5000 + b"\r\n\r\nx"
    with pytest.raises(ParseError, match="quá nhiều từ mã hóa"):
        reader.analyse(too_big, None)


def test_a_message_in_the_archive_is_read_from_its_file(reader, tmp_path):
    """GIVEN a message already archived WHEN it is handed to the worker with its path
    THEN the worker reads the file (only the path crosses the pipe); a file gone from
    the archive is an error that names it, for the message's quarantine."""
    archived = tmp_path / "ab" / "message.eml"
    archived.parent.mkdir()
    archived.write_bytes(GOOD.as_bytes())
    reader.submit(GOOD.as_bytes(), None, None, archived)
    assert reader.collect().reports[0].values["items"] == 12
    archived.unlink()
    reader.submit(GOOD.as_bytes(), None, None, archived)
    with pytest.raises(IntakeError, match="message.eml"):
        reader.collect()
