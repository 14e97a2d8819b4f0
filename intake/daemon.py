"""The daemon: a thin loop around pipeline.run_once.

Mail is read as it arrives (IMAP IDLE) or every `poll_seconds`; the report is published
by a `schedule` job that checks every minute whether one is due, so a daemon started
late, or restarted, still sends the report it missed, and never sends one twice.  When
the mailbox goes away the loop waits 1, 2, 4 ... up to 300 seconds and tries again.

A refused login is different: a wrong password does not mend itself, and a server that
is asked every few minutes may lock the account.  After LOGIN_REFUSALS refusals in a
row the loop tries again only every LOGIN_RETRY_SECONDS, and says so at ERROR with the
[mailbox] keys to check; `intake.alerts` shows the failure in `intake status` and mails
[alerts] to once when it starts and once when it ends.

The unit directory and the forms are read again when their files change (an admin
edited a unit on the web desk, or in Excel): a file that no longer loads is logged at
ERROR and the daemon goes on with what it had.

SIGTERM and SIGINT stop it within a second: every wait (IDLE, polling, back-off) looks
at the stop event several times a second, and a run in progress finishes its message.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from datetime import datetime

import schedule
from loguru import logger

from intake import alerts, publish
from intake.app import App
from intake.context import Context
from intake.errors import ConfigError, IntakeError, MailboxError, TransportError
from intake.fetch import backoff_delays, pause
from intake.pipeline import RunStats, run_once

Clock = Callable[[], datetime]
MAX_WAIT_SECONDS = 15  # the longest wait for mail, so the scheduler runs in time
# After a refused login, the next try: 20 minutes leaves the administrator time to fix the
# password (password_file is read again at each try) without the server locking the
# account for too many failures, and still reads the reports the same hour.
LOGIN_RETRY_SECONDS = 20 * 60


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
    stamp = directory_stamp(app)
    while not stopping.is_set():
        try:
            stamp = reread_if_changed(app, stamp)
            stats = run_once(app, clock(), progress=_progress, publish_due=False)
            if stats.fetched or stats.processed:
                logger.info("{}", stats.line())
            alerts.mailbox_works(app, clock())
            delays = backoff_delays()
            if first:  # a report missed while the daemon was down, once the mail is read
                _publish_if_due(app, clock)
                first = False
            scheduler.run_pending()
            _wait(app, stopping)
        except MailboxError as e:
            app.source.close()
            pause(_mailbox_failed(app, e, clock(), next(delays)), stopping)
        except Exception as e:  # never the daemon's end: the disk, the database, a fault
            delay = next(delays)
            hint = f" ({e.hint})" if isinstance(e, IntakeError) and e.hint else ""
            logger.opt(exception=not isinstance(e, IntakeError)).error(
                "run failed: {}{}; trying again in {} s", e, hint, delay
            )
            app.source.close()
            pause(delay, stopping)
    logger.info("intake daemon stopped")


def directory_stamp(app: App) -> tuple[tuple[str, float], ...]:
    """When the unit directory and the form files were last changed."""
    files = [app.config.directory.units, *sorted(app.config.directory.forms.glob("*.toml"))]
    stamps = []
    for path in files:
        try:
            stamps.append((str(path), path.stat().st_mtime))
        except OSError:
            stamps.append((str(path), -1.0))
    return tuple(stamps)


def reread_if_changed(
    app: App, stamp: tuple[tuple[str, float], ...]
) -> tuple[tuple[str, float], ...]:
    """Load the directory and the forms again if their files changed since `stamp`."""
    now = directory_stamp(app)
    if now == stamp:
        return stamp
    try:
        context = Context.from_config(app.config)
    except ConfigError as e:
        hint = f" ({e.hint})" if e.hint else ""
        logger.error("the unit directory or a form changed and cannot be read: {}{}", e, hint)
        logger.error("going on with the directory and forms read before")
        return now
    app.use_context(context)
    logger.info("unit directory and forms read again: {} units", len(context.directory))
    return now


def _mailbox_failed(app: App, error: MailboxError, now: datetime, delay: float) -> float:
    """Record the failure, log it, and return how long to wait before the next try."""
    failure = alerts.mailbox_failed(app, error, now)
    if failure.refusals < alerts.LOGIN_REFUSALS:
        logger.warning("mailbox: {}; trying again in {} s", error, delay)
        return delay
    logger.error(
        "mailbox: the server refused the login {} times in a row since {:%Y-%m-%d %H:%M}: {}."
        " Check [mailbox] username and the password (password_env or password_file) in {};"
        " intake tries again every {} minutes",
        failure.refusals,
        failure.since,
        error,
        app.config.path,
        LOGIN_RETRY_SECONDS // 60,
    )
    return LOGIN_RETRY_SECONDS


def _wait(app: App, stopping: threading.Event) -> None:
    poll = getattr(app.config.mailbox, "poll_seconds", 60)
    if not stopping.is_set():
        app.source.wait(min(poll, MAX_WAIT_SECONDS), stopping)


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

    def stop(name: str) -> None:
        logger.info("stopping on {}", name)
        stopping.set()

    def handler(signum: int, frame: object) -> None:
        # in another thread: the main thread may hold the event's or the log's lock now
        threading.Thread(target=stop, args=(signal.Signals(signum).name,), daemon=True).start()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
