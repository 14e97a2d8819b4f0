"""Stage "acknowledge": answer each report received, as a reply, in Vietnamese (RFC 3834).

    Analysis --refusal--> (a reason not to answer, or none)
             --directory_address--> the unit's address in the directory (or withheld)
             --build_context--> AckContext --ack.txt.j2--> text --reply--> EmailMessage
    acknowledgment: an outbox.Entry "ack:message:<id>", built before the message is stored,
    claimed in the transaction that stores its reports, sent after the commit (acknowledge)

Only a message classified REPORT that yielded reports (accepted or held) is answered.
Never answered, whatever the classifier said: automatic mail (Auto-Submitted other than
"no", Precedence bulk/list/junk/auto_reply, X-Autoreply, X-Autorespond, a List-* header,
multipart/report, a null Return-Path), an empty, "noreply"-like or mail-system address
(in From or Reply-To), the office's own addresses, and mail sent more than MAX_AGE
before now (the backlog a new installation reads).

The answer goes only to an address the unit directory gives the unit of the reports:
From or Reply-To may claim anything, and a forged report must not make intake write to
a stranger.  Reply-To, then From, when it is one of the unit's addresses; else the
unit's first address; a report without a unit (or whose unit has no address) is not
answered, and the outbox records why.  At most `[acknowledge] max_per_sender_per_day`
go to one address in a local day.  The letter says what was read and, for a held
report, what is wrong and how to correct it; it never says more than intake knows (no
"your report is approved").
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime, time, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from loguru import logger

from intake import outbox
from intake.app import App
from intake.context import Context
from intake.errors import ConfigError
from intake.models import Analysis, Form, Kind, ParsedMessage, Report, Status, Unit
from intake.render.words import local, vn_deadline, vn_delay, vn_number, vn_period

TEXT_TEMPLATE = "ack.txt.j2"
MAX_AGE = timedelta(days=7)
UNKNOWN = "chưa xác định"
_AUTOMATIC_PRECEDENCE = {"bulk", "list", "junk", "auto_reply"}
_AUTOMATIC_HEADERS = ("x-autoreply", "x-autorespond", "list-id", "list-unsubscribe", "list-post")
_MACHINE_LOCAL_PART = re.compile(
    r"(^|[._+-])(no-?reply|do-?not-?reply|mailer-?daemon|mail-?daemon|postmaster|"
    r"bounces?|listserv|majordomo)([._+-]|$)|^owner-|-request$"
)
_REPLY_PREFIX = re.compile(r"^\s*re\s*:", re.IGNORECASE)


# ---------------------------------------------------------------------------
# The context the template sees.


@dataclass(frozen=True)
class AckFigure:
    """One field of the form as read: `value` is "12", "5.000", "2,5" or "chưa có"."""

    label: str
    value: str


@dataclass(frozen=True)
class AckReport:
    """One report read from the message, as the acknowledgment shows it.

    form:       the form's title, "Báo cáo kết quả tuyên truyền tuần", or "chưa xác định"
    unit:       the unit's name in the directory, "Xã Bản Bo", or "chưa xác định"
    period:     "tuần từ ngày 29/01/2021 đến ngày 04/02/2021", or "chưa xác định"
    deadline:   "16 giờ 00, thứ Năm ngày 04/02/2021", or "" when the period is unknown
    timeliness: "đúng hạn", "muộn 2 giờ 15 phút", or "" when unknown
    figures:    every field of the form, in form order, with the value read
    held:       True when the report waits for a clerk's check
    problems:   why it is held, one Vietnamese sentence each
    example:    a line to reply with, "Số tin, bài: 12" (a field in doubt, if any)
    """

    form: str
    unit: str
    period: str
    deadline: str
    timeliness: str
    figures: tuple[AckFigure, ...]
    held: bool
    problems: tuple[str, ...]
    example: str


@dataclass(frozen=True)
class AckContext:
    """Everything ack.txt.j2 sees, as top-level variables.

    office:   the office's name, which signs the letter
    greeting: whom it greets: "UBND xã Bản Bo", "Đài Truyền thanh ...", "Quý đơn vị"
    sent:     when the message was sent, "10:00 ngày 04/02/2021", or ""
    reports:  one AckReport per report read from the message
    held:     True when any report is held for review
    example:  the `example` of the first held report ("" when none is held)
    """

    office: str
    greeting: str
    sent: str
    reports: tuple[AckReport, ...]
    held: bool
    example: str

    def variables(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def build_context(
    analysis: Analysis, context: Context, office: str, to: str | None = None
) -> AckContext:
    """What the letter says; it greets the unit of `to` (the address answered), if any."""
    reports = tuple(_report(r, context) for r in analysis.reports)
    held = [r for r in reports if r.held]
    times = [r.received_at for r in analysis.reports if r.received_at]
    sent = times[0] if times else analysis.parsed.date
    return AckContext(
        office=office,
        greeting=outbox.addressee(_greeted(analysis, context, to)),
        sent=_at(sent, context.calendar.tz) if sent else "",
        reports=reports,
        held=bool(held),
        example=held[0].example if held else "",
    )


def _greeted(analysis: Analysis, context: Context, to: str | None) -> Unit | None:
    """The unit answered; else the sender's; else the one unit the reports are about."""
    unit = context.directory.by_email(to or analysis.parsed.sender)
    if unit is None and len(ids := {r.unit for r in analysis.reports}) == 1:
        only = ids.pop()
        unit = context.directory.get(only) if only else None
    return unit


def _report(report: Report, context: Context) -> AckReport:
    calendar = context.calendar_for(report.form)  # a monthly form's month, not a week
    form = context.forms.get(report.form) if report.form else None
    unit = context.directory.get(report.unit) if report.unit else None
    end = report.period_end
    held = report.status is not Status.ACCEPTED
    return AckReport(
        form=form.title if form else UNKNOWN,
        unit=unit.name if unit else UNKNOWN,
        period=f"{calendar.noun} {vn_period(calendar.start(end), end)}" if end else UNKNOWN,
        deadline=vn_deadline(calendar.deadline(end), calendar.tz) if end else "",
        timeliness=_timeliness(report, calendar.deadline(end)) if end else "",
        figures=_figures(report, form),
        held=held,
        problems=tuple(p.message for p in report.problems),
        example=_example(report, form or _first_expected(context)) if held else "",
    )


def _figures(report: Report, form: Form | None) -> tuple[AckFigure, ...]:
    values = report.values
    return tuple(
        AckFigure(f.label, vn_number(values[f.key]) if f.key in values else "chưa có")
        for f in (form.fields if form else ())
    )


def _timeliness(report: Report, deadline: datetime) -> str:
    if report.late is None:
        return ""
    if not report.late:
        return "đúng hạn"
    if report.received_at is None:
        return "muộn"
    return f"muộn {vn_delay(report.received_at - deadline)}".strip()


def _example(report: Report, form: Form | None) -> str:
    if form is None or not form.fields:
        return ""
    doubtful = [p.field for p in report.problems if p.field]
    keys = {f.key for f in form.fields}
    field = form.field(doubtful[0]) if doubtful and doubtful[0] in keys else form.fields[0]
    return f"{field.label}: {45 if field.type == 'minutes' else 12}"


def _first_expected(context: Context) -> Form | None:
    return next((f for f in context.forms.values() if f.expected), None)


def _at(moment: datetime, tz: ZoneInfo) -> str:
    """ "10:00 ngày 04/02/2021"."""
    return f"{local(moment, tz):%H:%M} ngày {local(moment, tz):%d/%m/%Y}"


# ---------------------------------------------------------------------------
# Whether to answer, and to whom.


def recipient(analysis: Analysis, context: Context) -> tuple[str | None, str]:
    """The address to answer, or None and why not (in English, for the log)."""
    why = refusal(analysis, context.own_addresses)
    return (None, why) if why else directory_address(analysis, context)


def refusal(analysis: Analysis, own_addresses: frozenset[str]) -> str:
    """Why the message is not to be answered at all (a machine, a list, the office), or ""."""
    if analysis.classification.kind is not Kind.REPORT:
        return f"classified {analysis.classification.kind.value}"
    if not analysis.reports:
        return "no report in it"
    parsed = analysis.parsed
    why = automatic(parsed)
    if why:
        return why
    for address in (parsed.sender, reply_to(parsed)):
        if address is not None and (why := refused_address(address, own_addresses)):
            return why
    return ""


def directory_address(analysis: Analysis, context: Context) -> tuple[str | None, str]:
    """An address the directory gives the unit of the reports: Reply-To, then From, when
    it is one of them; else the unit's first address.  None, and why, when there is none."""
    units = [context.directory.get(u) for u in _units(analysis)]
    known = [u for u in units if u is not None]
    if not known:
        return None, "no unit: the directory knows no unit of the report"
    addresses = {a for u in known for a in u.emails}
    claimed = [reply_to(analysis.parsed), analysis.parsed.sender]
    found = [a.strip().lower() for a in claimed if a and a.strip().lower() in addresses]
    if found:
        return found[0], ""
    firsts = [u.emails[0] for u in known if u.emails]
    if firsts:
        return firsts[0], ""
    return None, f"no address for {known[0].id} in the unit directory"


def _units(analysis: Analysis) -> list[str]:
    """The units of the reports, in order, once each."""
    return list(dict.fromkeys(r.unit for r in analysis.reports if r.unit))


def automatic(parsed: ParsedMessage) -> str:
    """Why the message was sent by a machine (RFC 3834 section 2), or ""."""
    h = parsed.headers
    auto = h.get("auto-submitted", "").strip().lower()
    if auto and not auto.startswith("no"):
        return f"Auto-Submitted: {auto}"
    precedence = h.get("precedence", "").strip().lower()
    if precedence in _AUTOMATIC_PRECEDENCE:
        return f"Precedence: {precedence}"
    found = [name for name in _AUTOMATIC_HEADERS if name in h]
    if found:
        return f"header {found[0]}"
    if parsed.content_type == "multipart/report":
        return "a delivery or read report (multipart/report)"
    if h.get("return-path", "").strip() == "<>":
        return "a null Return-Path (a bounce)"
    return ""


def refused_address(address: str, own_addresses: frozenset[str]) -> str:
    """Why `address` must not be answered, or ""."""
    address = address.strip().lower()
    if not address or "@" not in address:
        return "no sender address"
    if address in own_addresses:
        return f"{address} is the office's own address"
    if _MACHINE_LOCAL_PART.search(address.rpartition("@")[0].replace("_", "-")):
        return f"{address} is not answered by people"
    return ""


def reply_to(parsed: ParsedMessage) -> str | None:
    """The first address of Reply-To, when the message has one."""
    if "reply-to" not in parsed.headers:
        return None
    found = [a for _, a in email.utils.getaddresses([parsed.headers["reply-to"]]) if a]
    return found[0].strip().lower() if found else ""


# ---------------------------------------------------------------------------
# The message, and sending it.


def acknowledgment(
    app: App, message_row_id: int, analysis: Analysis, now: datetime
) -> outbox.Entry | None:
    """The acknowledgment of a message about to be stored, or None when none is owed.

    Built (and its Message-ID fixed) before the message is stored, so that it is claimed
    in the transaction that stores the reports (`reserving`) and sent after it commits
    (`acknowledge`).  An answer owed that cannot go to a directory address is an entry
    withheld, with the reason.  A template problem is logged, never raised.
    """
    key = f"ack:message:{message_row_id}"
    why = _not_owed(app, analysis, key, now)
    if why:
        logger.debug("message {}: no acknowledgment ({})", message_row_id, why)
        return None
    units = _units(analysis)
    unit = units[0] if units else None
    to, why = directory_address(analysis, app.context)
    if to is None:
        return outbox.Entry(key, "ack", (), "", unit=unit, withheld=why)
    try:
        message = reply(app, analysis, to, now)
    except ConfigError as e:
        logger.error("message {}: no acknowledgment: {} ({})", message_row_id, e, e.hint)
        return None
    return outbox.letter(key, "ack", message, unit, _cap(app, to, now))


def reserving(app: App, entry: outbox.Entry | None, now: datetime) -> Callable[[], object] | None:
    """The claim of `entry`, as a step of the transaction that stores its message."""
    return outbox.claiming(app.store, entry, now)


def acknowledge(app: App, entry: outbox.Entry | None, now: datetime) -> EmailMessage | None:
    """Send a claimed acknowledgment, once its claim is committed; the message sent, or None.

    Never raises for a transport problem: the failure is recorded in the outbox, which
    tries it again at a later run (`outbox.retry_due`), and the processing of mail goes on.
    """
    if entry is None or entry.withheld:
        return None
    if outbox.send(app, entry.key, now) is not outbox.Outcome.SENT:
        return None
    logger.info("{}: acknowledgment sent to {}", entry.key, ", ".join(entry.recipients))
    return outbox.parse(entry.data)


def _not_owed(app: App, analysis: Analysis, key: str, now: datetime) -> str:
    """Why no answer is owed at all (nothing is recorded then), or ""."""
    if not app.config.acknowledge.enabled:
        return "acknowledgments are off"
    why = refusal(analysis, app.context.own_addresses)
    if why:
        return why
    sent = [r.received_at for r in analysis.reports if r.received_at]
    if sent and now - max(sent) > MAX_AGE:
        return f"sent more than {MAX_AGE.days} days ago"
    if outbox.exists(app.store, key):
        return "acknowledged already"
    return ""


def reply(app: App, analysis: Analysis, to: str, now: datetime) -> EmailMessage:
    """The acknowledgment of `analysis`, threaded under the original message."""
    context = build_context(analysis, app.context, app.config.office.name, to)
    text = render_text(context, app.config.report.templates)
    parsed = analysis.parsed
    message = outbox.office_message(
        app,
        subject=reply_subject(parsed.subject),
        to=[to],
        now=now,
        auto_submitted="auto-replied",
        text=text,
    )
    if parsed.message_id:
        message["In-Reply-To"] = parsed.message_id
    references = references_of(parsed)
    if references:
        message["References"] = " ".join(references)
    return message


def reply_subject(subject: str) -> str:
    """ "Re: <subject>", without a second "Re:"."""
    subject = subject.strip() or "Báo cáo"
    return subject if _REPLY_PREFIX.match(subject) else f"Re: {subject}"


def references_of(parsed: ParsedMessage) -> list[str]:
    """The original's References (or In-Reply-To) followed by its Message-ID (RFC 5322)."""
    earlier = list(parsed.references) or ([parsed.in_reply_to] if parsed.in_reply_to else [])
    own = [parsed.message_id] if parsed.message_id else []
    return list(dict.fromkeys([*earlier, *own]))


def render_text(context: AckContext, templates_dir: Path | None = None) -> str:
    return outbox.render(templates_dir, TEXT_TEMPLATE, context.variables(), "AckContext")


def check_template(templates_dir: Path | None = None) -> str:
    """Render the template with a sample: what `intake check` can report."""
    render_text(sample_context(), templates_dir)
    return TEXT_TEMPLATE


def sample_context() -> AckContext:
    figures = (AckFigure("Số tin, bài", "12"), AckFigure("Ước số người nghe", "5.000"))
    accepted = AckReport(
        "Báo cáo kết quả tuyên truyền tuần",
        "Xã Bản Bo",
        "tuần từ ngày 29/01/2021 đến ngày 04/02/2021",
        "16 giờ 00, thứ Năm ngày 04/02/2021",
        "đúng hạn",
        figures,
        False,
        (),
        "",
    )
    held = AckReport(
        accepted.form,
        UNKNOWN,
        UNKNOWN,
        "",
        "",
        (AckFigure("Số tin, bài", "chưa có"),),
        True,
        ("Thiếu số liệu: Số tin, bài",),
        "Số tin, bài: 12",
    )
    return AckContext(
        "Văn phòng", "UBND xã Bản Bo", "10:00 ngày 04/02/2021", (accepted, held), True, held.example
    )


def _cap(app: App, to: str, now: datetime) -> outbox.Cap:
    """The local day of `now`, for the per-sender limit."""
    tz = app.context.calendar.tz
    start = datetime.combine(local(now, tz).date(), time(0), tzinfo=tz)
    return outbox.Cap(
        to, start, start + timedelta(days=1), app.config.acknowledge.max_per_sender_per_day
    )
