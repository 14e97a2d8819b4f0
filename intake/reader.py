"""Reading a message out of harm's way: in a worker process with bounded memory and time.

`pipeline.analyse` is pure (bytes in, Analysis out).  The daemon runs it here, in a child
process whose address space and CPU time are capped with setrlimit ([limits]
worker_memory_mb, worker_seconds).  A message that would take gigabytes or never end
costs that worker, not the daemon: the worker dies or gives up, the message is
quarantined with the reason, and a new worker reads the next one.  Errors the reading
raises come back as they are (IntakeError: a quarantine with its reason); anything else
comes back as a ParseError naming it.

The worker is forked from the daemon, so it shares the Context already built; it talks
to the daemon through a pipe, one message at a time.  A message already in the archive
is read by the worker from there: only its path goes through the pipe (the bytes of a
Word report filled the pipe and held the daemon until the worker drained it).
`submit` and `collect` let the daemon read with several workers at once
(pipeline.run_once keeps [limits] workers of them busy, on every core: `wait_any` says
which worker is done), and store their results in the order the mail came.  A message
gets [limits] worker_seconds x WALL_FACTOR of wall-clock time from its submission.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import resource
import signal
import time
import traceback
from collections.abc import Sequence
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from loguru import logger

from intake.config import Limits
from intake.context import Context
from intake.errors import IntakeError, ParseError
from intake.mime import Headers, check_size
from intake.models import Analysis

PR_SET_PDEATHSIG = 1  # prctl(2)
WALL_FACTOR = 3  # wall-clock seconds allowed, over the CPU seconds: Tesseract, LibreOffice


class Reader:
    """A worker process that analyses messages, restarted after each one that kills it."""

    def __init__(self, context: Context) -> None:
        self._context = context
        self._limits = context.limits
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._deadline = 0.0  # time.monotonic() by which the message submitted is read

    def analyse(
        self, data: bytes, arrived_at: datetime | None, headers: Headers | None = None
    ) -> Analysis:
        self.submit(data, arrived_at, headers)
        return self.collect()

    def submit(
        self,
        data: bytes | None,
        arrived_at: datetime | None,
        headers: Headers | None = None,
        archived: Path | None = None,
    ) -> None:
        """Hand a message to the worker, which reads it while the daemon goes on; its
        Analysis is `collect`ed next.  `headers` are the message's, if the daemon has
        read them (mime.read_headers), so the worker does not read them again; `archived`
        is the file holding `data`, if any: the worker reads it there (`data` may then
        be None: a message left by a crash is not read by the daemon too).  A message
        over the size bound is refused here (ParseError), never handed to the worker."""
        check_size(_size(data, archived), self._limits)
        self._start().send((None if archived else data, archived, arrived_at, headers))
        self._deadline = time.monotonic() + self._limits.worker_seconds * WALL_FACTOR

    def answered(self) -> bool:
        """Whether `collect` returns at once: the answer is in, the worker died or its
        time is up."""
        conn = self._conn
        return conn is None or time.monotonic() >= self._deadline or conn.poll()

    def seconds_left(self) -> float:
        return max(0.0, self._deadline - time.monotonic())

    def collect(self) -> Analysis:
        """The Analysis of the message `submit`ted last, or the error that reading it
        raised (an IntakeError: the message is quarantined with its reason)."""
        conn = self._conn
        if conn is None:  # nothing submitted, or the worker was closed since
            raise ParseError(_WHY["died"] % None)
        if not conn.poll(self.seconds_left()):
            self.close()
            raise ParseError(_WHY["time"] % self._limits.worker_seconds)
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError):
            raise ParseError(self._death()) from None
        if kind == "ok":
            return payload
        if kind == "memory":
            self.close()  # after a MemoryError the worker's state is not to be trusted
            raise ParseError(_WHY["memory"] % self._limits.worker_memory_mb)
        if kind == "error":
            raise payload
        raise ParseError(payload)

    def close(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.kill()
        if self._process is not None:
            self._process.join(5)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def _start(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self.close()
        fork = multiprocessing.get_context("fork")
        parent, child = fork.Pipe()
        self._process = fork.Process(
            target=_serve, args=(child, parent, self._context), name="intake-reader", daemon=True
        )
        self._process.start()
        child.close()
        self._conn = parent
        return parent

    def _death(self) -> str:
        """Why the worker died under a message, in the clerk's words."""
        assert self._process is not None
        self._process.join(5)
        code = self._process.exitcode
        self.close()
        if code == -24:  # SIGXCPU: the CPU time was used up
            return _WHY["time"] % self._limits.worker_seconds
        if code == -9:  # SIGKILL: the kernel's out-of-memory killer, most likely
            return _WHY["memory"] % self._limits.worker_memory_mb
        return _WHY["died"] % code


def _size(data: bytes | None, archived: Path | None) -> int:
    if data is not None:
        return len(data)
    assert archived is not None, "a message is submitted with its bytes or its file"
    try:
        return archived.stat().st_size
    except OSError as e:
        raise _unreadable(archived, e) from e


def _unreadable(archived: Path, e: OSError) -> ParseError:
    """A message's archived file gone or unreadable: the message is quarantined with
    the file's name (the system's words for the administrator, in the log)."""
    logger.error("archived message {} cannot be read: {}", archived, e.strerror)
    return ParseError(_WHY["archive"] % archived.name)


def wait_any(readers: Sequence[Reader]) -> list[Reader]:
    """Wait until at least one of `readers` (each with a message submitted) has
    `answered`; return those that have."""
    while True:
        if done := [r for r in readers if r.answered()]:
            return done
        conns = [r._conn for r in readers if r._conn is not None]
        multiprocessing.connection.wait(conns, min(r.seconds_left() for r in readers))


_WHY = {
    "time": "Đọc thư quá thời gian cho phép (%d giây), đã dừng",
    "memory": "Đọc thư cần quá nhiều bộ nhớ (hơn %d MiB), đã dừng",
    "died": "Tiến trình đọc thư bị dừng bất thường (mã %s)",
    "archive": "Không đọc được tệp lưu trữ của thư (%s): tệp đã bị xóa hoặc hỏng, cần báo"
    " quản trị viên",
}


# -- the worker ----------------------------------------------------------------------


def _serve(conn: Connection, daemons_end: Connection, context: Context) -> None:
    """Read messages until the daemon closes the pipe, or dies: the worker closes its
    copy of the daemon's end first, or it would wait forever for a daemon killed -9."""
    from intake.pipeline import analyse

    daemons_end.close()
    _die_with_parent()
    limits = context.limits
    _cap_memory(limits)
    while True:
        try:
            data, archived, arrived_at, headers = conn.recv()
        except (EOFError, OSError):
            return
        _cap_time(limits)
        conn.send(_read(analyse, data, context, arrived_at, headers, archived))


def _read(
    analyse: Any,
    data: bytes | None,
    context: Context,
    arrived_at: datetime | None,
    headers: Headers | None = None,
    archived: Path | None = None,
) -> tuple:
    try:
        if archived is not None:
            try:
                data = archived.read_bytes()
            except OSError as e:
                raise _unreadable(archived, e) from e
        assert data is not None
        return "ok", analyse(data, context, arrived_at, headers)
    except MemoryError:
        return "memory", None
    except IntakeError as e:
        return "error", e
    except Exception as e:  # a fault of intake's: named, with its traceback in the log
        logger.warning("reading failed:\n{}", traceback.format_exc(limit=8))
        return "crash", f"{type(e).__name__}: {e}"


def _die_with_parent() -> None:
    """Linux: the kernel kills the worker when the daemon dies, even in the middle of a
    message (a worker busy in Tesseract would otherwise outlive a daemon killed -9)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # another system: the closed pipe ends the worker after its message


def _cap_memory(limits: Limits) -> None:
    """The soft limit only: the programs the worker runs (LibreOffice, Tesseract) may raise
    it back for themselves, up to the hard limit, which stays as it was."""
    cap = limits.worker_memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard < 0 else min(cap, hard), hard))


def _cap_time(limits: Limits) -> None:
    """CPU time is counted over the worker's life: each message gets `worker_seconds` more."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = int(used.ru_utime + used.ru_stime) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = spent + limits.worker_seconds
    resource.setrlimit(resource.RLIMIT_CPU, (soft if hard < 0 else min(soft, hard), hard))
