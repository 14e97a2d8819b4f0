"""Several offices in one deployment, and one daemon per mailbox at a time.

An office is one configuration file: its mailbox, unit directory, forms, recipients and
its place in the database (an SQLite file, or a schema on a shared PostgreSQL server).
`run_daemon.py --config FOLDER` serves every `*.toml` of the folder, one process per
office (a process each: a crash or a memory limit in one office stops no other, and
the reading workers are forked from a single-threaded process).

Each office's process works its mailbox only while it holds the mailbox's lease
(intake.lease).  Start the same folder on two machines against one PostgreSQL server:
each mailbox is worked by one of them, and when one dies the other takes its mailboxes
over within LEASE_RETRY_SECONDS.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from loguru import logger

from intake import config as config_module
from intake import daemon, lease
from intake.app import App
from intake.config import Config
from intake.database import redacted
from intake.errors import ConfigError
from intake.i18n import Words

LEASE_RETRY_SECONDS = 5  # how often a waiting daemon tries to take a mailbox over
LEASE_CHECK_SECONDS = 5  # how often a working daemon checks that it still holds it
RESTART_SECONDS = 10  # an office's process that ended is started again after this
RUN_DAEMON = Path(__file__).resolve().parent.parent / "run_daemon.py"


# -- one office -------------------------------------------------------------------------


def once(app: App, now: datetime) -> bool:
    """One pass if the mailbox is free; False (and nothing done) while another daemon
    works it."""
    held = lease.take(app.config)
    if held is None:
        logger.warning("mailbox {} is worked by another intake daemon: nothing done", _box(app))
        return False
    try:
        daemon.once(app, now)
    finally:
        held.release()
    return True


def serve(app: App, clock: Callable[[], datetime]) -> None:
    """Work the mailbox whenever this daemon holds its lease, until SIGTERM or SIGINT."""
    shutdown = threading.Event()
    _on_signals(shutdown)
    waiting_said = lost_before = False
    while not shutdown.is_set():
        try:
            held = lease.take(app.config)
        except Exception as e:  # the database server down: wait for it, never the end
            logger.error(
                "mailbox {}: cannot take its lease: {}; trying again in {} s",
                _box(app),
                e,
                LEASE_RETRY_SECONDS,
            )
            shutdown.wait(LEASE_RETRY_SECONDS)
            continue
        if held is None:
            if not waiting_said:
                logger.info("mailbox {} is worked by another intake daemon: waiting", _box(app))
                waiting_said = True
            shutdown.wait(LEASE_RETRY_SECONDS)
            continue
        waiting_said = False
        logger.info("mailbox {}: this daemon works it now", _box(app))
        try:
            if lost_before:  # the database server went away: so did the store's connection
                app.reopen_store()
            lost_before = _serve_while_held(app, clock, held, shutdown)
            if not lost_before:
                shutdown.set()  # stopped by a signal, not by a lost lease
        except Exception as e:  # the server gone again while reconnecting: wait for it
            logger.error("mailbox {}: {}; trying again in {} s", _box(app), e, LEASE_RETRY_SECONDS)
            shutdown.wait(LEASE_RETRY_SECONDS)
        finally:
            held.release()
            app.source.close()
        _on_signals(shutdown)  # daemon.serve had its own


def _serve_while_held(
    app: App, clock: Callable[[], datetime], held: lease.Lease, shutdown: threading.Event
) -> bool:
    """daemon.serve until a signal (False) or the lease is lost (True)."""
    serving = threading.Event()
    lost = threading.Event()

    def watch() -> None:
        while not serving.wait(LEASE_CHECK_SECONDS):  # serve ends: at once
            if shutdown.is_set():
                break
            if not held.alive():
                logger.error(
                    "mailbox {}: the lease was lost; stopping until it is taken again",
                    _box(app),
                )
                lost.set()
                break
        serving.set()

    watcher = threading.Thread(target=watch, name="intake-lease", daemon=True)
    watcher.start()
    daemon.serve(app, clock, serving)
    serving.set()
    watcher.join(LEASE_CHECK_SECONDS + 1)
    return lost.is_set() and not shutdown.is_set()


def _box(app: App) -> str:
    return lease.mailbox_of(app.config)


def _on_signals(event: threading.Event) -> None:
    if threading.current_thread() is not threading.main_thread():
        return

    def handler(signum: int, frame: object) -> None:
        event.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


# -- a folder of offices ----------------------------------------------------------------


def configurations(folder: Path) -> list[Config]:
    """Every office of `folder`, checked: each loads, and no two share a mailbox or a
    place in the database (their records would mix)."""
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise ConfigError(
            Words("no office configuration (*.toml) in {folder}", folder=folder),
            hint=Words("put one configuration file per office in the folder"),
        )
    offices = [config_module.load(path) for path in paths]
    mailboxes: dict[str, Path] = {}
    places: dict[str, Path] = {}
    for office in offices:
        for seen, what in ((mailboxes, lease.mailbox_of(office)), (places, _place(office))):
            if what in seen:
                raise ConfigError(
                    Words(
                        "{first} and {second} share {what}: each office needs its own",
                        first=seen[what].name,
                        second=office.path.name,
                        what=what,
                    ),
                    hint=Words(
                        "give each office its own [mailbox], and its own [storage] schema"
                        " (PostgreSQL) or database file (SQLite)"
                    ),
                )
            seen[what] = office.path
    return offices


def _place(office: Config) -> str:
    database = office.storage.database
    if isinstance(database, Path):
        return f"database {database.resolve()}"
    return f"database {redacted(database)}, schema {office.storage.schema_name}"


def supervise(folder: Path, *, once: bool, now: str | None, verbose: bool) -> int:
    """Run every office of `folder`, one process each: with `once`, one pass each in
    turn (the highest exit code is returned); else until SIGTERM or SIGINT, starting
    again an office's process that ended."""
    offices = configurations(folder)
    extra = [*(["--once"] if once else []), *(["--now", now] if now else [])]
    extra += ["--verbose"] if verbose else []

    def command(office: Config) -> list[str]:
        return [sys.executable, str(RUN_DAEMON), "--config", str(office.path), *extra]

    if once:
        codes = [subprocess.run(command(office), check=False).returncode for office in offices]
        return max(codes, default=0)
    stopping = threading.Event()
    _on_signals(stopping)
    running = {office.path: subprocess.Popen(command(office)) for office in offices}
    logger.info("serving {} offices from {}", len(offices), folder)
    ended_at: dict[Path, float] = {}
    while not stopping.wait(1):
        for office in offices:
            process = running[office.path]
            if process.poll() is None:
                continue
            if office.path not in ended_at:
                ended_at[office.path] = time.monotonic()
                logger.warning(
                    "office {} ended with code {}; starting it again in {} s",
                    office.path.name,
                    process.returncode,
                    RESTART_SECONDS,
                )
            if time.monotonic() - ended_at[office.path] >= RESTART_SECONDS:
                del ended_at[office.path]
                running[office.path] = subprocess.Popen(command(office))
    for process in running.values():
        process.terminate()
    for process in running.values():
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
    logger.info("intake daemon stopped ({} offices)", len(offices))
    return 0
