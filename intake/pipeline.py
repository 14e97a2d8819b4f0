"""The whole product in one place: the stages a message goes through, in order.

    fetch -> archive -> parse MIME -> classify -> clean -> extract -> identify unit
          -> period -> validate -> store -> acknowledge       (run_once; analyse is pure)
    remind                          (the units still missing, at the reminder times)
    aggregate -> render -> send     (intake.publish, when a report is due)

`analyse` is pure (bytes in, Analysis out); `intake parse` prints it.  `run_once` adds
the edges: the mailbox, the archive, the database.  The daemon calls run_once in a
loop; `run_daemon.py --once` calls it once.
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from loguru import logger

from intake import archive, mime, plausibility, publish, remind
from intake.acknowledge import acknowledge
from intake.app import App
from intake.classify import classify
from intake.clean import clean
from intake.context import Context
from intake.errors import IntakeError
from intake.extract import BODY, IMAGES, SUBJECT, extract
from intake.identify import Named, identify, units_named
from intake.models import (
    Analysis,
    Body,
    Candidate,
    Classification,
    Kind,
    ParsedMessage,
    Problem,
    RawMessage,
    Report,
    Status,
    Value,
)
from intake.period import Period, decide, loose_datetime
from intake.quantity import find_numbers
from intake.text import fold, fold_key
from intake.validate import build_report

CLOCK_SKEW = timedelta(days=1)
MAX_UNLABELLED_TEXT = 1500  # longer texts with figures are letters, not reports


# -- one message: pure ---------------------------------------------------------------


def analyse(data: bytes, context: Context, arrived_at: datetime | None = None) -> Analysis:
    parsed = mime.parse(data)
    if parsed.sender in context.approvers and _approves(parsed):
        return Analysis(parsed, Classification(Kind.APPROVAL, "đồng ý gửi báo cáo"))
    classification = classify(parsed, context.own_addresses)
    if classification.kind is not Kind.REPORT:
        return Analysis(parsed, classification)
    body = clean(parsed.text, parsed.subject, context.own_addresses)
    found = extract(
        body, parsed.html, parsed.attachments, context.fields, context.forms, parsed.subject
    )
    named = units_named(parsed, body, context.units, found.texts)
    sent = _sent_time(parsed, arrived_at)
    sectioned = any(c.origin == BODY and c.period_text for c in found.candidates)
    texts = [parsed.subject] if sectioned else [parsed.subject, body.text]
    written = loose_datetime(body.forwarded_date, context.calendar) if body.forwarded_date else None
    period, period_problems = decide(texts, sent, context.calendar, written)
    if found.candidates:
        candidates = _corrected(found.candidates, body.text, context)
        reports = _reports(parsed, candidates, named, period, period_problems, sent, context)
    elif _event_photos(parsed, body):
        return Analysis(parsed, Classification(Kind.OTHER, "ảnh hoạt động, không có số liệu"), body)
    else:
        problems = [Problem("attachment_unreadable", r) for r in found.unreadable]
        if not _asks(body.text):  # a blank form sent with a question is a question
            problems += [Problem("attachment_blank", r) for r in found.blank_forms]
        if context.directory.by_email(parsed.sender) and not _asks(body.text):
            problems += [  # a unit's attachment read without a figure: never dropped
                Problem(
                    "attachment_no_figures",
                    f"Không tìm thấy số liệu theo mẫu báo cáo trong tệp {name}, cần kiểm tra",
                )
                for name in found.figureless
            ]
        problems += _unlabelled(parsed, body, context) if not problems else []
        if not problems:
            return Analysis(parsed, Classification(Kind.OTHER, "không có số liệu báo cáo"), body)
        reports = [_held_whole(parsed, problems, named, period, sent, context)]
    return Analysis(parsed, classification, body, tuple(reports))


_CORRECTION = re.compile(
    r"[^.!?\n]*\b(?:ghi nham|bi nham|nham|ghi sai|bi sai|dinh chinh|sua lai)\b[^.!?\n]*\d[^.!?\n]*"
)


_RIGHT_FIGURE = re.compile(r"\b(?:dung ra la|dung la|sua lai la|sua lai thanh|sua thanh)\s+")


def _corrected(
    candidates: tuple[Candidate, ...], text: str, context: Context
) -> tuple[Candidate, ...]:
    """The figures of an attachment whose mail says one of them is wrong.  "file đính kèm
    ghi nhầm số lần phát sóng là 42, đúng là 24": when the sentence names one field, the
    file holds the wrong figure it names, and the right one is plain, the right one
    replaces it; otherwise the file's report is held, the sentence shown to the clerk."""
    folded = fold(text)  # same length: a match is at the same place in `text`
    match = _CORRECTION.search(folded)
    if match is None:
        return candidates
    said = text[match.start() : match.end()].strip()
    attached = [c for c in candidates if c.origin not in (BODY, SUBJECT) and c.heading]
    fixed = _apply_correction(attached, said, context)
    if fixed is not None:
        return tuple(fixed.get(id(c), c) for c in candidates)
    problem = Problem("body_corrects_file", f'Thư đính chính số liệu của tệp đính kèm: "{said}"')
    held = {id(c) for c in attached}
    return tuple(
        replace(c, problems=(*c.problems, problem)) if id(c) in held else c for c in candidates
    )


def _apply_correction(
    attached: list[Candidate], said: str, context: Context
) -> dict[int, Candidate] | None:
    keys = {hit.key for hit in context.fields.find(said)}
    right = _RIGHT_FIGURE.search(fold(said))
    if len(keys) != 1 or right is None:
        return None
    form_id, key = next(iter(keys))
    figures = find_numbers(said)
    new = [q for q in figures if q.start >= right.end()][:1]
    wrong = {q.value for q in figures if q.end <= right.start()}
    if not new or new[0].ambiguous or len(wrong) != 1:
        return None
    out = {}
    for candidate in attached:
        old = [v for v in candidate.values if v.field == key]
        if candidate.form != form_id or not old:
            continue
        if {v.value for v in old} != wrong:
            return None  # the file does not hold the figure the mail calls wrong
        value = Value(key, new[0].value, new[0].raw, "nội dung thư (đính chính)", "thư đính chính")
        values = tuple(value if v.field == key else v for v in candidate.values)
        out[id(candidate)] = replace(candidate, values=values)
    return out or None


_PHOTO_WORDS = re.compile(r"\b(anh|hinh anh|hinh)\b")
_REPORT_WORDS = re.compile(r"\b(bao cao|bc|so lieu|bieu mau|mau)\b")


def _event_photos(parsed: ParsedMessage, body: Body) -> bool:
    """Photos of an activity sent for the news ("Em gửi ảnh buổi tuyên truyền lưu động"):
    only pictures attached, and words about pictures that never say "báo cáo".  A photo
    of the report itself ("em gửi ảnh chụp báo cáo tuần") is held for a clerk to type."""
    attached = [a for a in parsed.attachments if not a.inline]
    if not attached or not all(
        a.content_type.startswith("image/") or a.filename.lower().endswith(IMAGES) for a in attached
    ):
        return False
    words = fold_key(f"{parsed.subject} {body.text}")
    return bool(_PHOTO_WORDS.search(words)) and not _REPORT_WORDS.search(words)


_AGREE = re.compile(r"(?<!khong )(?<!chua )\bdong y\b")


def _approves(parsed: ParsedMessage) -> bool:
    """A reply whose new text says "Đồng ý" (not "không đồng ý", "chưa đồng ý")."""
    new = clean(parsed.text, parsed.subject).text
    return bool(parsed.in_reply_to or parsed.subject.lower().startswith("re")) and bool(
        _AGREE.search(fold_key(new))
    )


def _sent_time(parsed: ParsedMessage, arrived_at: datetime | None) -> datetime | None:
    """The Date header, unless it is missing or later than the server's arrival time."""
    if parsed.date is None:
        return arrived_at
    if arrived_at is not None and parsed.date - arrived_at > CLOCK_SKEW:
        return arrived_at
    return parsed.date


def _reports(
    parsed: ParsedMessage,
    candidates: tuple[Candidate, ...],
    named: Named,
    period: Period | None,
    period_problems: list[Problem],
    sent: datetime | None,
    context: Context,
) -> list[Report]:
    """One report per form and unit found; the candidates of each are checked together."""
    rows = (c.unit_text for c in candidates if c.unit_text)
    table_units = frozenset(u for text in rows for u, _ in context.units.keys_in(text))
    groups: dict[tuple, tuple[list[Candidate], list[Problem], Period | None]] = {}
    owns = [_own_period(c, period, period_problems, sent, context) for c in candidates]
    stated = {own.end for own, _ in owns if own and own.explicit and own is not period}
    for candidate, (own, own_problems) in zip(candidates, owns, strict=True):
        own, own_problems = _agrees(own, period, stated, own_problems)
        who = identify(parsed, candidate, named, context.directory, context.units, table_units)
        key = (candidate.form, who.unit, own.end if own else None)
        group = groups.setdefault(key, ([], list(own_problems), own))
        group[0].append(candidate)
        group[1].extend(who.problems)
    return [
        build_report(context.forms[form], found, unit, own, sent, problems)
        for (form, unit, _), (found, problems, own) in groups.items()
    ]


def _own_period(
    candidate: Candidate,
    period: Period | None,
    problems: list[Problem],
    sent: datetime | None,
    context: Context,
) -> tuple[Period | None, list[Problem]]:
    """The week a sheet, a document or a section of the body states for its own figures;
    else the message's week."""
    if not candidate.period_text:
        return period, problems
    own, own_problems = decide([candidate.period_text], sent, context.calendar)
    if own_problems:
        return None, own_problems
    if own is None or not (own.explicit or own.written):
        return period, problems
    return own, []


def _agrees(
    own: Period | None, period: Period | None, stated: set, problems: list[Problem]
) -> tuple[Period | None, list[Problem]]:
    """A sheet's own week against the week the message names: they conflict, unless the
    message's week is one of the weeks its sheets state (a sheet per week)."""
    if own is None or own is period or period is None or not period.explicit:
        return own, problems
    if own.end != period.end and period.end not in stated:
        words = f'"{period.explicit}"; "{own.explicit}"'
        return None, [Problem("period_conflict", f"Báo cáo ghi nhiều tuần khác nhau: {words}")]
    return own, problems


_QUESTION = re.compile(
    r"\?|\b(hỏi|đúng chưa|được không|đúng không|xem giúp|giúp em|có phải|"
    r"hoi|dung chua|duoc khong|dung khong|xem giup|giup em)\b"
)


def _asks(text: str) -> bool:
    """Whether the sender asks something ("... đúng chưa ạ", "cho em hỏi").  Matched with
    the diacritics as written: "Hội Nông dân" is not "hỏi"."""
    return bool(_QUESTION.search(text.lower()))


_SAME_AS_BEFORE = re.compile(r"\b(nhu|giong|bang) (tuan|ky) truoc\b|\bkhong thay doi\b")


def _unlabelled(parsed: ParsedMessage, body: Body, context: Context) -> list[Problem]:
    """A unit's short weekly report whose figures have no label intake knows, or that says
    "như tuần trước": held, never dropped as "not a report".  A message about something
    else (a Covid situation report, an invitation) names none of the forms' words."""
    if not context.directory.by_email(parsed.sender) or _asks(body.text):
        return []  # a question about the report is not the report
    words = f" {fold_key(f'{parsed.subject} {body.text}')} "
    keywords = {fold_key(k) for f in context.forms.values() for k in (f.title, *f.keywords)}
    weekly = re.search(r" (bao cao|bc) ", words) and " tuan " in words
    if not weekly and not any(f" {k} " in words for k in keywords):
        return []
    if _SAME_AS_BEFORE.search(words):
        return [
            Problem(
                "figures_as_before", 'Đơn vị báo số liệu "như tuần trước", cần nhập số liệu cụ thể'
            )
        ]
    figures = [q for q in find_numbers(body.text) if not 1900 <= q.value <= 2100]
    if len(figures) < 2 or len(body.text) > MAX_UNLABELLED_TEXT:
        return []
    shown = ", ".join(q.raw for q in figures[:6])
    return [
        Problem(
            "figures_unlabelled", f"Thư có số liệu ({shown}) nhưng không rõ số nào thuộc mục nào"
        )
    ]


def _held_whole(
    parsed: ParsedMessage,
    problems: list[Problem],
    named: Named,
    period: Period | None,
    sent: datetime | None,
    context: Context,
) -> Report:
    """A message that seems to hold a report intake cannot read: hold it whole."""
    who = identify(parsed, Candidate("", (), ""), named, context.directory, context.units)
    return Report(
        unit=who.unit,
        form=None,
        period_end=period.end if period else None,
        values={},
        status=Status.NEEDS_REVIEW,
        problems=(*problems, *who.problems),
        received_at=sent,
        late=period.late if period else None,
        origin="cả thư",
    )


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
    for pending in app.store.pending_messages():  # left by a crash
        process(
            app,
            pending.id,
            archive.read(app.config.storage.archive, pending.archive_path),
            pending.arrived_at,
            now,
            stats,
        )
    for raw in app.source.fetch_new(app.store):
        stats.fetched += 1
        message, is_new = _archive(app, raw, now)
        if is_new:
            process(app, message, raw.data, raw.arrived_at, now, stats)
        else:
            stats.duplicates += 1
        app.source.done(raw)
        if progress and stats.fetched % 100 == 0:
            progress(stats)
    app.store.set_state("last_fetch", now.isoformat(timespec="seconds"))
    remind.send_reminders(app, now)
    if app.store.get_state("first_run") is None:
        app.store.set_state("first_run", now.isoformat(timespec="seconds"))
    if publish_due:
        stats.published = publish.publish_due(app, now)
    return stats


def _archive(app: App, raw: RawMessage, now: datetime) -> tuple[int, bool]:
    rel = archive.write(raw, app.config.storage.archive)
    return app.store.record_message(raw, rel, _headers(raw.data), now)


def _headers(data: bytes) -> dict[str, object]:
    """The few headers the ledger keeps, read cheaply and without ever failing."""
    head = email.parser.BytesHeaderParser(policy=email.policy.default).parsebytes(mime.head(data))
    raw = {k: str(v) for k, v in head.raw_items()} if head else {}
    lower = {k.lower(): v for k, v in raw.items()}
    return {
        "message_id": mime.first_message_id(lower.get("message-id", "")),
        "sender": email.utils.parseaddr(lower.get("from", ""))[1].lower() or None,
        "subject": mime.decode_header_value(head, "subject") if "subject" in lower else "",
        "date": mime.parse_date(lower.get("date", "")),
    }


def _against_history(app: App, report: Report) -> Report:
    """Hold a figure far outside the unit's own past (stage "validate", with the store)."""
    problems = plausibility.check(app.store, app.context, app.config.review, report)
    return plausibility.hold(report, problems)


def _propose_address(
    app: App, message: int, parsed: ParsedMessage, reports: tuple[Report, ...], now: datetime
) -> None:
    """An unknown address whose report was accepted under a unit named in it: proposed to
    the administrator (`intake status` lists them), never added to the directory."""
    if not parsed.sender or app.context.directory.by_email(parsed.sender):
        return
    for unit in {r.unit for r in reports if r.unit and r.status is Status.ACCEPTED}:
        app.store.event(
            now, "address.proposed", f"message:{message}", {"address": parsed.sender, "unit": unit}
        )


def process(
    app: App, message: int, data: bytes, arrived_at: datetime | None, now: datetime, stats: RunStats
) -> None:
    """Analyse one archived message and store what it says; quarantine it if it breaks."""
    try:
        analysis = analyse(data, app.context, arrived_at)
    except Exception as e:  # one bad message never stops the cycle
        reason = str(e) if isinstance(e, IntakeError) else f"{type(e).__name__}: {e}"
        logger.opt(exception=not isinstance(e, IntakeError)).warning(
            "message {} quarantined: {}", message, reason
        )
        app.store.quarantine(message, reason, now)
        stats.quarantined += 1
        return
    reports = tuple(_against_history(app, r) for r in analysis.reports)
    app.store.finish_message(message, analysis.classification, reports, now)
    acknowledge(app, message, replace(analysis, reports=reports), now)
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
