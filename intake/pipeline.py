"""The whole product in one place: the stages a message goes through, in order.

    fetch -> archive -> parse MIME -> clean -> classify -> extract -> identify unit
          -> period -> validate -> store -> acknowledge       (run_once; analyse is pure)
    remind                          (the units still missing, at the reminder times)
    aggregate -> render -> send     (intake.publish, when a report is due)

`analyse` is pure (bytes in, Analysis out); `intake parse` prints it.  The body is
cleaned before it is classified, once: an approval ("Đồng ý") and photos of an event are
told apart by what the sender wrote now, not by the quote below it.  `run_once` adds
the edges: the mailbox, the archive, the database; it archives mail a batch at a time
(flushed to disk at once, by a thread while the batch before is read, then recorded),
reads the headers once for the ledger and the reader, reads with [limits] workers
processes at once (intake.reader), on every core, and stores in the order mail came.
The daemon calls run_once in a loop; `run_daemon.py --once` calls it once.
"""

from __future__ import annotations

import email.utils
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from loguru import logger

from intake import archive, mime, plausibility, publish, remind, restated
from intake.acknowledge import acknowledge, acknowledgment, reserving
from intake.app import App
from intake.authenticity import accepted_but_for_address, reused_message_id, vouch
from intake.classify import classify
from intake.clean import clean
from intake.context import Context
from intake.errors import IntakeError
from intake.extract import extract
from intake.identify import identify
from intake.mime import Headers
from intake.models import Analysis, Classification, Kind, ParsedMessage, RawMessage, Report, Status
from intake.period import periods
from intake.reader import Reader, wait_any
from intake.validate import reports

LEDGER_HEADER_BYTES = 64_000  # what the ledger reads of a message's headers

# -- one message: pure ---------------------------------------------------------------


def analyse(
    data: bytes,
    context: Context,
    arrived_at: datetime | None = None,
    headers: Headers | None = None,
) -> Analysis:
    """What a message says.  `headers`: mime.read_headers(data, context.limits), if the
    caller has read them already (the daemon, for its ledger)."""
    parsed = mime.parse(data, context.limits, headers)
    body = clean(parsed.text, parsed.subject, context.own_addresses)
    classification = classify(parsed, body, context)
    if classification.kind is not Kind.REPORT:
        return Analysis(parsed, classification, body)
    found = extract(parsed, body, context.fields, context.forms, context.unit_words, context.limits)
    units = identify(parsed, body, found, context)
    weeks = periods(parsed, body, found.candidates, arrived_at, context.calendar, context.calendars)
    read = reports(parsed, body, found, units, weeks, context)
    read = vouch(data, parsed, read, context)
    if not read:
        return Analysis(parsed, Classification(Kind.OTHER, "không có số liệu báo cáo"), body)
    return Analysis(parsed, classification, body, read)


# -- the mailbox: edges --------------------------------------------------------------


@dataclass
class RunStats:
    fetched: int = 0
    duplicates: int = 0
    processed: int = 0
    reports: int = 0
    accepted: int = 0
    held: int = 0
    quarantined: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    published: list[Path] = field(default_factory=list)

    def line(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.kinds.items()))
        return (
            f"{self.fetched} fetched ({self.duplicates} already known), {self.processed} processed"
            f" [{kinds}]: {self.reports} reports, {self.accepted} accepted, {self.held} held"
            f" for review, {self.quarantined} quarantined"
        )


Progress = Callable[[RunStats], None]


def run_once(
    app: App, now: datetime, progress: Progress | None = None, publish_due: bool = True
) -> RunStats:
    """Fetch and process everything new, then build and send the reports that are due."""
    stats = RunStats()
    readings = _Readings(app, now, stats)
    try:
        for pending in app.store.pending_messages():  # left by a crash
            if pending.attempts >= POISONOUS:
                _poisonous(app, pending.id, now, stats)
                continue
            archived = app.config.storage.archive / pending.archive_path
            readings.add(pending.id, None, archived, pending.arrived_at, None, None)
        batches = _batches(app.source.fetch_new(app.store), ARCHIVE_BATCH)
        for batch, rels in _archived(app, batches):
            for raw, message, is_new, headers in _recorded(app, batch, rels, now):
                stats.fetched += 1
                if is_new:
                    archived = app.config.storage.archive / archive.relative_path(raw.sha256)
                    readings.add(message, raw.data, archived, raw.arrived_at, raw, headers)
                else:
                    stats.duplicates += 1
                    app.source.done(raw)
                if progress and stats.fetched % 100 == 0:
                    progress(stats)
        readings.finish()
    finally:
        if readings.window:  # an error midway: the workers' answers would go astray
            app.close_readers()
    app.store.set_state("last_fetch", now.isoformat(timespec="seconds"))
    remind.send_reminders(app, now)
    if app.store.get_state("first_run") is None:
        app.store.set_state("first_run", now.isoformat(timespec="seconds"))
    if publish_due:
        stats.published = publish.publish_due(app, now)
    return stats


POISONOUS = 2  # starts of reading a message that never finished: then it is not retried
ARCHIVE_BATCH = 50  # messages archived, and flushed to disk, together (archive.write_all)


def _batches(raws: Iterator[RawMessage], size: int) -> Iterator[list[RawMessage]]:
    """`raws` in lists of at most `size`, each yielded as soon as it is full or the
    source has no more."""
    batch: list[RawMessage] = []
    for raw in raws:
        batch.append(raw)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class _Reading:
    """A message handed to a reader, or refused before one saw it."""

    message: int
    raw: RawMessage | None  # None for a message left by a crash: no mailbox item to mark
    reader: Reader | None  # None once its outcome is in
    outcome: Analysis | Exception | None = None


class _Readings:
    """The messages the workers are reading, one each, on every core.  A worker that is
    done takes the next message at once, even while another still reads an earlier,
    longer one (a Word report beside a report in the body); the outcomes are stored in
    the order the mail came, so that a unit's later report always supersedes its earlier
    one.  The main process hands out work before it stores: it stores an outcome only
    while every worker is busy (or the window is full, or the mail is all handed out),
    one at a time, looking for a free worker between two (storing the outcomes that
    were ready in one go left a worker idle for as long; the two cores were a quarter
    idle)."""

    AHEAD = 8  # outcomes a worker may hold, per worker, behind one still being read

    def __init__(self, app: App, now: datetime, stats: RunStats) -> None:
        self.app, self.now, self.stats = app, now, stats
        self.window: deque[_Reading] = deque()
        self.idle = list(app.readers)
        self.most = self.AHEAD * len(self.idle)

    def add(
        self,
        message: int,
        data: bytes | None,
        archived: Path,
        arrived_at: datetime | None,
        raw: RawMessage | None,
        headers: Headers | None,
    ) -> None:
        while not self.idle or len(self.window) >= self.most:
            self._step()
        self.app.store.begin_reading(message)
        reader = self.idle.pop()
        try:
            reader.submit(data, arrived_at, headers, archived)
        except Exception as e:  # over a bound: refused before a worker saw it
            self.idle.append(reader)
            self.window.append(_Reading(message, raw, None, e))
        else:
            self.window.append(_Reading(message, raw, reader))

    def finish(self) -> None:
        while self.window:
            self._step()

    def _step(self) -> None:
        """Take the answers that are in, if any (a worker is free: the caller may hand
        it the next message); else store the oldest outcome, if it is in; else wait for
        a worker to be done."""
        reading = {r.reader: r for r in self.window if r.reader is not None}
        if answered := [reader for reader in reading if reader.answered()]:
            for reader in answered:
                self._take(reading[reader])
        elif self.window and self.window[0].outcome is not None:
            self._store_first()
        elif reading:
            for reader in wait_any(list(reading)):
                self._take(reading[reader])

    def _take(self, reading: _Reading) -> None:
        assert reading.reader is not None
        try:
            reading.outcome = reading.reader.collect()
        except Exception as e:  # one bad message never stops the cycle
            reading.outcome = e
        self.idle.append(reading.reader)
        reading.reader = None

    def _store_first(self) -> None:
        reading = self.window.popleft()
        assert reading.outcome is not None
        store(self.app, reading.message, reading.outcome, self.now, self.stats)
        if reading.raw is not None:
            self.app.source.done(reading.raw)


def _poisonous(app: App, message: int, now: datetime, stats: RunStats) -> None:
    """A message whose reading was cut short twice (the daemon killed while reading it,
    out of memory): quarantined, so that it never blocks the mail behind it."""
    reason = f"Đọc thư bị gián đoạn {POISONOUS} lần (tiến trình bị dừng giữa chừng), đã cách ly"
    logger.warning("message {} quarantined: {}", message, reason)
    app.store.quarantine(message, reason, now)
    stats.quarantined += 1


def _archived(
    app: App, batches: Iterator[list[RawMessage]]
) -> Iterator[tuple[list[RawMessage], list[str]]]:
    """Each batch with its paths in the archive, once it is on disk (archive.write_all).
    The next batch is written meanwhile, by a thread: the disk works while the daemon
    records, hands out and stores the one before (the writes and their syncs were a
    fifth of the daemon's time).  A batch written but never yielded (an error, a crash)
    is not in the ledger: it is fetched again."""
    folder = app.config.storage.archive
    with ThreadPoolExecutor(1, thread_name_prefix="intake-archive") as writer:
        ahead: tuple[list[RawMessage], Future[list[str]]] | None = None
        for batch in batches:
            writing = batch, writer.submit(archive.write_all, batch, folder)
            if ahead is not None:
                yield ahead[0], ahead[1].result()
            ahead = writing
        if ahead is not None:
            yield ahead[0], ahead[1].result()


def _recorded(
    app: App, batch: list[RawMessage], rels: list[str], now: datetime
) -> list[tuple[RawMessage, int, bool, Headers | None]]:
    """Record the messages of an archived batch in the ledger, in order, together: (the
    message, its id, whether it is new, its headers once read)."""
    headers = [_read_headers(raw.data, app.context) for raw in batch]
    ledger = [_ledger(raw, h) for raw, h in zip(batch, headers, strict=True)]
    recorded = app.store.record_messages(list(zip(batch, rels, ledger, strict=True)), now)
    return [
        (raw, message, is_new, h)
        for raw, (message, is_new), h in zip(batch, recorded, headers, strict=True)
    ]


def _read_headers(data: bytes, context: Context) -> Headers | None:
    """The message's headers, read once for the ledger and the reader, or None if they
    are over a bound: the reader then says why (a quarantine)."""
    try:
        return mime.read_headers(data, context.limits)
    except Exception:  # too big, or unreadable: the message is read (and judged) later
        return None


def _ledger(raw: RawMessage, headers: Headers | None) -> dict[str, object]:
    """The few headers the ledger keeps, without ever failing: a message must be
    recorded before anything that could break on it runs."""
    if headers is None:
        try:  # what a bounded read finds: the reader quarantines the message
            headers = mime.read_headers(raw.data[:LEDGER_HEADER_BYTES])
        except Exception:
            headers = {}
    return {
        "message_id": mime.first_message_id(headers.get("message-id", "")),
        "sender": email.utils.parseaddr(headers.get("from", ""))[1].lower() or None,
        "subject": headers.get("subject", "")[:500],
        "date": mime.parse_date(headers.get("date", "")),
        "content_sha256": archive.content_sha256(raw.data),
    }


def _against_history(app: App, report: Report) -> Report:
    """Hold a figure far outside the unit's own past (stage "validate", with the store)."""
    problems = plausibility.check(app.store, app.context, app.config.review, report)
    return plausibility.hold(report, problems)


def _propose_address(
    app: App, message: int, parsed: ParsedMessage, reports: tuple[Report, ...], now: datetime
) -> None:
    """An unknown address whose report names a unit, and would be accepted but for that
    address: proposed to the administrator (`intake status` lists them), never added to
    the directory."""
    if not parsed.sender or app.context.directory.by_email(parsed.sender):
        return
    for unit in {r.unit for r in reports if r.unit and accepted_but_for_address(r)}:
        app.store.event(
            now, "address.proposed", f"message:{message}", {"address": parsed.sender, "unit": unit}
        )


def store(
    app: App, message: int, outcome: Analysis | Exception, now: datetime, stats: RunStats
) -> None:
    """Store what a message says, or quarantine it with the error that reading it raised."""
    if isinstance(outcome, Exception):
        e = outcome
        reason = str(e) if isinstance(e, IntakeError) else f"{type(e).__name__}: {e}"
        logger.opt(exception=not isinstance(e, IntakeError)).warning(
            "message {} quarantined: {}", message, reason
        )
        app.store.quarantine(message, reason, now)
        stats.quarantined += 1
        return
    analysis = outcome
    settled = (restated.settle(app.store, app.context.forms, r) for r in analysis.reports)
    reports = tuple(_against_history(app, r) for r in settled if r is not None)
    if earlier := app.store.reused_message_id(message):
        reports = tuple(reused_message_id(r, earlier) for r in reports)
    ack = acknowledgment(app, message, replace(analysis, reports=reports), now)
    within = reserving(app, ack, now)  # claimed in the transaction storing the reports
    app.store.finish_message(message, analysis.classification, reports, now, within=within)
    acknowledge(app, ack, now)  # sent after the commit; a failure is tried again later
    _propose_address(app, message, analysis.parsed, reports, now)
    if analysis.classification.kind is Kind.APPROVAL:
        publish.approve_reply(app, analysis.parsed, now)
    stats.processed += 1
    kind = analysis.classification.kind.value
    stats.kinds[kind] = stats.kinds.get(kind, 0) + 1
    for report in reports:
        stats.reports += 1
        if report.status is Status.ACCEPTED:
            stats.accepted += 1
        else:
            stats.held += 1
            logger.info(
                "held for review: {} {} {}: {}",
                report.unit,
                report.form,
                report.period_end,
                "; ".join(p.message for p in report.problems),
            )
