"""The daemon: a thin loop around pipeline.run_once.

Mail is read as it arrives (IMAP IDLE) or every `poll_seconds`; the report is published
by a `schedule` job that checks every minute whether one is due, so a daemon started
late, or restarted, still sends the report it missed, and never sends one twice.  When
the mailbox goes away the loop waits 1, 2, 4 ... up to 300 seconds and tries again.
SIGTERM and SIGINT stop it cleanly between two steps.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from datetime import datetime

import schedule
from loguru import logger

from intake import publish
from intake.app import App
from intake.errors import IntakeError, MailboxError, TransportError
from intake.fetch import backoff_delays
from intake.pipeline import RunStats, run_once

Clock = Callable[[], datetime]
MAX_WAIT_SECONDS = 15  # how long a stop request may wait for the mailbox to answer


def once(app: App, now: datetime) -> RunStats:
    stats = run_once(app, now, progress=_progress)
    logger.info("run finished: {}", stats.line())
    for path in stats.published:
        logger.info("report written: {}", path)
    return stats


def serve(app: App, clock: Clock, stopping: threading.Event | None = None) -> None:
    stopping = stopping or threading.Event()
    _stop_on_signals(stopping)
    scheduler = schedule.Scheduler()
    scheduler.every(1).minutes.do(_publish_if_due, app, clock)
    delays = backoff_delays()
    logger.info("intake daemon started; mailbox {}", app.source.name)
    first = True
    while not stopping.is_set():
        try:
            stats = run_once(app, clock(), progress=_progress, publish_due=False)
            if stats.fetched or stats.processed:
                logger.info("{}", stats.line())
            delays = backoff_delays()
            if first:  # a report missed while the daemon was down, once the mail is read
                _publish_if_due(app, clock)
                first = False
            scheduler.run_pending()
            _wait(app, stopping)
        except MailboxError as e:
            delay = next(delays)
            logger.warning("mailbox: {}; trying again in {} s", e, delay)
            app.source.close()
            stopping.wait(delay)
        except Exception as e:  # never the daemon's end: the disk, the database, a fault
            delay = next(delays)
            hint = f" ({e.hint})" if isinstance(e, IntakeError) and e.hint else ""
            logger.opt(exception=not isinstance(e, IntakeError)).error(
                "run failed: {}{}; trying again in {} s", e, hint, delay
            )
            app.source.close()
            stopping.wait(delay)
    logger.info("intake daemon stopped")


def _wait(app: App, stopping: threading.Event) -> None:
    poll = getattr(app.config.mailbox, "poll_seconds", 60)
    if not stopping.is_set():
        app.source.wait(min(poll, MAX_WAIT_SECONDS))


def _publish_if_due(app: App, clock: Clock) -> None:
    try:
        for path in publish.publish_due(app, clock()):
            logger.info("report sent: {}", path)
    except TransportError as e:
        logger.error("{} ({}); trying again in a minute", e, e.hint)


def _progress(stats: RunStats) -> None:
    logger.info("... {} messages read so far", stats.fetched)


def _stop_on_signals(stopping: threading.Event) -> None:
    if threading.current_thread() is not threading.main_thread():
        return

    def handler(signum: int, frame: object) -> None:
        logger.info("stopping on {}", signal.Signals(signum).name)
        stopping.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
