"""The weekly report's way out: built, sent (or sent as a draft and approved), corrected.

    due -> build (aggregate, render) -> send          approval = "none"
    due -> build -> send draft -> approve -> send     approval = "required"

A report is due at `send_at` after its week's deadline.  What was built and sent is kept
as a publication (one row per version), so a restart never sends one twice, and a report
that could not be sent goes out on a later run.  Once a report is sent, a figure that
changes (a late correction, a clerk's decision) is listed in the next week's report, and
with `resend_corrected` a corrected version replacing the sent one goes out at once.

A period's report is sent once.  Sending it again is a numbered replacement (version 2,
3, ...): it says which report it replaces and lists, unit by unit, the figures that
changed since; when nothing changed, nothing is sent.  What `intake report` writes
without `--send` is a draft under a name of its own ("tong-hop-2021-02-04-du-thao.xlsx"):
it records no publication and never touches the files that were sent.

Each version is sent under a Message-ID made of the office's address, the week and the
version (`report_message_id`), recorded before the send: a crash right after the server
took the report sends it again at the next run, but under the same Message-ID, which
the province's mail server and clients use to drop the second copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from loguru import logger

from intake import aggregate, outbox, render
from intake.app import App
from intake.cycles import NOUNS
from intake.errors import IntakeError, TransportError
from intake.i18n import N_, Words, _
from intake.models import Correction, ParsedMessage, PeriodReport, Status
from intake.period import decide
from intake.render.official import build_official_context
from intake.store import Publication
from intake.text import fold

CATCH_UP_WEEKS = 4
CORRECTION_WEEKS = 8  # how far back a correction to a sent report is looked for
DRAFT_SUFFIX = "-du-thao"  # "dự thảo": what `intake report` writes without --send
NUMBER_SEPARATOR = ", "  # between the numbers of a publication of two reports


# -- when ------------------------------------------------------------------------------


def due(app: App, now: datetime) -> list[date]:
    """The periods whose report should have gone out by `now` and has not, oldest first.

    A report that could not be sent (the mail server was down, the daemon stopped) goes
    out later, up to CATCH_UP_WEEKS back, but none that fell due before intake first
    ran (less the grace for late reports): a new installation reading a year of mail
    sends at most the report of the week just closed.  A day that ends a week and a
    monthly form's month is due once both its reports are.
    """
    first = app.store.get_state("first_run")
    grace = timedelta(hours=app.config.period.late_grace_hours)
    since = (datetime.fromisoformat(first) if first else now) - grace
    latest = _latest_due(app, now)
    ends = [latest - timedelta(weeks=w) for w in reversed(range(CATCH_UP_WEEKS))]
    weekly = [end for end in ends if _due_at(app, end) >= since and not _gone_out(app, end)]
    found = {*weekly, *_own_periods_due(app, now, since)}
    return sorted(end for end in found if _own_due_at(app, end, now) <= now)


def _own_periods_due(app: App, now: datetime, since: datetime) -> list[date]:
    """The last closed period of each form with a period of its own (a month, a quarter),
    when its report is due: as long after its deadline as the weekly report is after its
    own."""
    context, weekly = app.context, app.context.calendar
    found = set()
    for form in context.forms:
        calendar = context.calendar_for(form)
        if calendar is weekly:
            continue
        end = calendar.closed_before(now)
        due_at = _own_due_at(app, end, now)
        if since <= due_at <= now and not _gone_out(app, end):
            found.add(end)
    return sorted(found)


def _own_due_at(app: App, end: date, now: datetime) -> datetime:
    """When the last of the periods of the forms with their own period that end on `end`
    is due (the earliest possible moment when none does)."""
    context, weekly = app.context, app.context.calendar
    delay = _due_at(app, _latest_due(app, now)) - weekly.deadline(_latest_due(app, now))
    calendars = [context.calendar_for(f) for f in context.forms]
    own = [c for c in calendars if c is not weekly and c.end_on_or_after(end) == end]
    return max((c.deadline(end) + delay for c in own), default=datetime.min.replace(tzinfo=UTC))


def _gone_out(app: App, end: date) -> bool:
    publication = app.store.latest_publication(end)
    return publication is not None and publication.state != "built"


def _latest_due(app: App, now: datetime) -> date:
    calendar = app.context.calendar
    end = calendar.closed_before(now)
    while _due_at(app, end) > calendar.local(now):
        end -= timedelta(days=7)
    return end


def _due_at(app: App, end: date) -> datetime:
    send_at = app.config.report.send_at
    deadline = app.context.calendar.deadline(end)
    day = deadline.date() + timedelta(days=(send_at.weekday - deadline.weekday()) % 7)
    moment = datetime.combine(day, send_at.at, tzinfo=deadline.tzinfo)
    return moment if moment >= deadline else moment + timedelta(days=7)


# -- what ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """One report of a publication and its files, the workbook first.  A day that ends
    a week and a monthly form's month has two: the week's, then the month's."""

    report: PeriodReport
    files: tuple[Path, ...]
    kind: str = ""  # "" for the day's first report; "thang", "quy", "nam" for the others


def build(
    app: App,
    period_end: date,
    now: datetime,
    *,
    version: int = 1,
    replaces: datetime | None = None,
    draft: bool = False,
) -> tuple[list[Document], list[int]]:
    """The reports of a period as data and as files, one per kind of period that ends
    that day (aggregate.reports_on), and the reports they count.

    A replacement (`replaces` set) lists first the figures of this period that changed
    since the version it replaces was sent, then those of earlier periods."""
    numbers = _numbers(app, now, len(aggregate.reports_on(app.context, period_end)))
    documents = []
    for report, kind in reports(app, period_end, now, version, replaces, numbers):
        stem = app.config.report.output_dir / _stem(period_end, kind, version, draft)
        documents.append(Document(report, tuple(_render(app, report, stem)), kind))
    report_ids = [
        r.report_id for d in documents for t in d.report.tables for r in t.rows if r.report_id
    ]
    return documents, report_ids


def reports(
    app: App,
    period_end: date,
    now: datetime,
    version: int,
    replaces: datetime | None,
    numbers: list[str | None],
) -> list[tuple[PeriodReport, str]]:
    """The reports of a period, each with its kind ("" for the first): the changes since
    the version replaced go to the report of their form, earlier periods' to the first."""
    own = since_sent(app, period_end) if replaces is not None else []
    earlier = corrections(app, before=period_end)
    out = []
    for i, forms in enumerate(aggregate.reports_on(app.context, period_end)):
        ids = {f.id for f in forms}
        report = aggregate.build(
            app.store, app.context, period_end, now, app.config.office.name, forms
        )
        report = replace(
            report,
            corrections=tuple([c for c in own if c.form.id in ids] + (earlier if i == 0 else [])),
            version=version,
            replaces=replaces,
            number=numbers[i] if i < len(numbers) else None,
        )
        out.append((report, fold(report.noun) if i else ""))
    return out


def _stem(period_end: date, kind: str, version: int, draft: bool) -> str:
    """ "tong-hop-2021-05-20", "tong-hop-thang-2021-05-20-v2", "tong-hop-2021-05-20-du-thao"."""
    suffix = DRAFT_SUFFIX if draft else "" if version == 1 else f"-v{version}"
    return f"tong-hop-{kind + '-' if kind else ''}{period_end}{suffix}"


def _render(app: App, report: PeriodReport, stem: Path) -> list[Path]:
    """The report's files, the workbook first: xlsx, and docx and pdf as configured."""
    cfg, tz = app.config, app.context.calendar.tz
    formats = cfg.report.formats
    xlsx = stem.with_suffix(".xlsx")
    context = build_official_context(report, cfg.official, tz)  # once, for both files
    templates = cfg.report.templates
    files = [render.write_xlsx(report, xlsx, tz, cfg.official, templates, context=context)]
    if "docx" in formats or "pdf" in formats:
        docx = stem.with_suffix(".docx")
        docx = render.write_docx(report, cfg.official, docx, tz, templates, context=context)
        files += [docx] if "docx" in formats else []
        files += [render.write_pdf(docx)] if "pdf" in formats else []
    return files


def _numbers(app: App, now: datetime, count: int) -> list[str | None]:
    """The next `count` numbers of the year's documents ("05/BC-VHTT"), when numbered
    automatically: a publication of two reports holds two, as "05/BC-VHTT, 06/BC-VHTT"."""
    official = app.config.official
    if official.numbering != "auto":
        return [None] * count
    used = sum(
        len(p.number.split(NUMBER_SEPARATOR))
        for p in app.store.publications()
        if p.number and p.built_at.year == now.year
    )
    return [f"{used + i + 1:02d}/{official.symbol}" for i in range(count)]


def corrections(app: App, before: date) -> list[Correction]:
    """Changes to the reports of periods already sent, since they were sent."""
    out: list[Correction] = []
    for weeks in range(1, CORRECTION_WEEKS + 1):
        end = before - timedelta(weeks=weeks)
        sent = _last_sent(app, end)
        if sent is None:
            continue
        out.extend(_changes(app, end, sent))
    return out


def since_sent(app: App, end: date) -> list[Correction]:
    """The figures of a period changed since its report was last sent (none if never)."""
    sent = _last_sent(app, end)
    return _changes(app, end, sent) if sent else []


def _last_sent(app: App, end: date) -> Publication | None:
    sent = [p for p in app.store.publications(end) if p.state == "sent"]
    return sent[-1] if sent else None


def _changes(app: App, end: date, sent: Publication) -> list[Correction]:
    then = app.store.reports_by_id(sent.report_ids)
    before = {(r.unit, r.form): r for r in then if r.status is Status.ACCEPTED}
    now = {
        (r.unit, r.form): r
        for r in app.store.reports(period_end=end)
        if r.status is Status.ACCEPTED
    }
    out = []
    for key in sorted(set(now) | set(before), key=str):
        old, new = before.get(key), now.get(key)
        if (old.id if old else None) == (new.id if new else None):
            continue
        unit_id, form_id = key
        if unit_id is None or form_id is None:
            continue
        unit, form = app.context.directory.get(unit_id), app.context.forms.get(form_id)
        if unit is None or form is None:
            continue
        out.append(
            Correction(
                unit,
                form,
                end,
                dict(old.values) if old else {},
                dict(new.values) if new else {},
                new.received_at if new else None,
            )
        )
    return out


# -- out -------------------------------------------------------------------------------


def publish_due(app: App, now: datetime) -> list[Path]:
    """Send every report that is due: the report itself, or a draft for approval."""
    sent: list[Path] = []
    for end in due(app, now):
        sent += publish(app, end, now)
    if app.config.report.resend_corrected:
        sent += resend_corrected(app, now)
    return sent


def draft(app: App, period_end: date, now: datetime) -> list[Path]:
    """The report of a period as it would go out now, written under its own name
    ("tong-hop-2021-02-04-du-thao.xlsx", and .docx, .pdf): what `intake report` writes
    without --send.  It records no publication and never touches what was sent; once the
    period was sent, it is the replacement that --send would send, changes listed."""
    version, replaces = next_version(app, period_end)
    documents, _ = build(app, period_end, now, version=version, replaces=replaces, draft=True)
    files = [f for d in documents for f in d.files]
    logger.info("draft of the report of the period ending {} written to {}", period_end, files[0])
    return files


def send(app: App, period_end: date, now: datetime) -> list[Path]:
    """Send the report of a period (or its draft, when approval is needed): what
    `intake report --send` does.  Once it was sent, only a numbered replacement goes,
    and only when figures changed since; otherwise an IntakeError says so."""
    version, replaces = next_version(app, period_end)
    if replaces is not None and not since_sent(app, period_end):
        when = app.context.calendar.local(replaces)
        raise IntakeError(
            _(
                "the report of the period ending {end} was sent on {sent}"
                " and no figure has changed since: nothing to send"
            ).format(end=f"{period_end:%d/%m/%Y}", sent=f"{when:%d/%m/%Y %H:%M}"),
            hint=_("a replacement is sent only when a unit's figures change"),
        )
    return publish(app, period_end, now, version=version, replaces=replaces)


def next_version(app: App, period_end: date) -> tuple[int, datetime | None]:
    """The version the report of a period would go out as, and when the version it
    would replace was sent: (1, None) while nothing was sent."""
    sent = _last_sent(app, period_end)
    if sent is None:
        return 1, None
    return sent.version + 1, sent.sent_at or sent.built_at


def publish(
    app: App,
    period_end: date,
    now: datetime,
    *,
    send_mail: bool = True,
    version: int | None = None,
    replaces: datetime | None = None,
) -> list[Path]:
    """Build the report of a period and send it (or its draft, when approval is needed).

    Without `version`, the next one (`next_version`): a period already sent goes again
    only as a numbered replacement.  Without `send_mail`, a period already sent gets a
    draft (`draft`), so that the files that were sent are never overwritten."""
    if version is None:
        if not send_mail and _last_sent(app, period_end) is not None:
            return draft(app, period_end, now)
        if send_mail:
            return send(app, period_end, now)
        version, replaces = next_version(app, period_end)
    documents, report_ids = build(app, period_end, now, version=version, replaces=replaces)
    files = [f for d in documents for f in d.files]
    numbers = [d.report.number for d in documents if d.report.number]
    publication = app.store.add_publication(
        period_end, version, files, report_ids, NUMBER_SEPARATOR.join(numbers) or None, now
    )
    logger.info("report of the period ending {} written to {}", period_end, files[0])
    if not send_mail:
        return files
    for_approval = app.config.report.approval == "required"
    recipients = app.config.report.draft_to if for_approval else app.config.report.to
    cc = () if for_approval else app.config.report.cc
    message_ids = [
        _send(app, publication.id, d, recipients, cc, now, draft=for_approval) for d in documents
    ]
    state = "draft_sent" if for_approval else "sent"
    app.store.mark_publication(
        publication.id, state, now, recipients=[*recipients, *cc], message_id=message_ids[0]
    )
    return files


# What `approve` says of a period's report that is not a draft waiting for approval.
_STATES = {"not built": N_("not built"), "approved": N_("approved"), "sent": N_("sent")}


def approve(app: App, period_end: date, approver: str, now: datetime) -> Publication:
    """Send the approved draft of a period to the province; say who approved it."""
    publication = app.store.latest_publication(period_end)
    if publication is None or publication.state not in ("built", "draft_sent"):
        state = publication.state if publication else "not built"
        raise IntakeError(
            Words(
                "there is no draft of the period ending {end} to approve (it is {state})",
                end=f"{period_end:%d/%m/%Y}",
                state=Words(_STATES[state]) if state in _STATES else state,
            ),
            hint=Words(
                "intake report --period-end DATE builds one; a sent report needs no approval"
            ),
        )
    app.store.mark_publication(publication.id, "approved", now, actor=approver)
    to, cc = app.config.report.to, app.config.report.cc
    message_ids = [
        _send(app, publication.id, d, to, cc, now, draft=False)
        for d in _approved(app, publication, now)
    ]
    app.store.mark_publication(
        publication.id,
        "sent",
        now,
        recipients=[*to, *cc],
        actor=approver,
        message_id=message_ids[0] if message_ids else None,
    )
    logger.info("report of the period ending {} approved by {} and sent", period_end, approver)
    return publication


def _approved(app: App, publication: Publication, now: datetime) -> list[Document]:
    """The reports of an approved draft, each with the files that were built for it."""
    end, version = publication.period_end, publication.version
    replaces = next_version(app, end)[1] if version > 1 else None
    numbers = [n or None for n in (publication.number or "").split(NUMBER_SEPARATOR)]
    built = [Path(f) for f in publication.files]
    documents = []
    for i, (report, kind) in enumerate(reports(app, end, now, version, replaces, numbers)):
        stem = _stem(end, kind, version, draft=False)
        files = [f for f in built if f.stem == stem] or (built if i == 0 else [])
        if files:  # a draft built before its day had two reports has only the first
            documents.append(Document(report, tuple(files), kind))
    return documents


def approve_reply(app: App, parsed: ParsedMessage, now: datetime) -> Publication | None:
    """An approver's "Đồng ý": approve the draft it answers (by In-Reply-To, else by the
    week named in its subject, else the only draft waiting).  The draft of a day's
    second report (the month's, on a Thursday that ends a week too) approves the day."""
    waiting = [p for p in app.store.publications() if p.state == "draft_sent"]
    thread = {parsed.in_reply_to, *parsed.references} - {None}
    chosen = [p for p in waiting if thread & _draft_ids(app, p)]
    if not chosen:
        period, _problems = decide([parsed.subject], None, app.context.calendar)
        chosen = [p for p in waiting if period and period.explicit and p.period_end == period.end]
    if not chosen and len(waiting) == 1:
        chosen = waiting
    if len(chosen) != 1:
        logger.warning(
            "an approval from {} matches no single draft ({} waiting)", parsed.sender, len(waiting)
        )
        return None
    return approve(app, chosen[0].period_end, parsed.sender, now)


def _draft_ids(app: App, publication: Publication) -> set[str]:
    """The Message-IDs the drafts of a publication went out under, one per report."""
    sender, end, version = app.config.smtp.sender, publication.period_end, publication.version
    kinds = ["", *(fold(noun) for noun in NOUNS.values())]
    ids = {report_message_id(sender, end, version, True, kind=kind) for kind in kinds}
    return ids | ({publication.message_id} if publication.message_id else set())


def resend_corrected(app: App, now: datetime) -> list[Path]:
    """A corrected version of each sent report whose figures changed since it was sent."""
    files: list[Path] = []
    latest = _latest_due(app, now)
    for weeks in range(CORRECTION_WEEKS):
        end = latest - timedelta(weeks=weeks)
        sent = _last_sent(app, end)
        if sent and sent.sent_at and _changes(app, end, sent):
            files += publish(app, end, now, version=sent.version + 1, replaces=sent.sent_at)
    return files


def _send(
    app: App,
    publication: int,
    document: Document,
    to,
    cc,
    now: datetime,
    *,
    draft: bool,
) -> str | None:
    """Send the summary of one report with its files; return its Message-ID (None:
    nobody to send to).

    The Message-ID is recorded before the send, so that what a crash interrupts goes
    again under the same one."""
    if not [*to, *cc]:
        return None  # without recipients, writing the files is the delivery
    cfg, report, files = app.config, document.report, document.files
    message = render.summary_email(
        report,
        files[0],
        sender=cfg.smtp.sender,
        to=to,
        cc=cc,
        tz=app.context.calendar.tz,
        templates_dir=cfg.report.templates,
        draft=draft,
        attachments=list(files[1:]),
    )
    message_id = report_message_id(
        cfg.smtp.sender, report.period_end, report.version, draft, kind=document.kind
    )
    message.replace_header("Message-ID", message_id)
    app.store.record_publication_message_id(publication, message_id, now)
    (files[0].with_suffix(".eml")).write_bytes(bytes(message))
    # Through the outbox, as acknowledgments and reminders go: the mailbox page and
    # `status` list it, a failed send is retried there, and its key (the Message-ID) lets
    # it go once however often a crash makes this run again.
    entry = outbox.letter(f"report:{message_id}", "draft" if draft else "report", message, None)
    if outbox.deliver(app, entry, now) is outbox.Outcome.EXISTS:
        # An earlier run left it unsent (failed, or given up): the report is still owed.
        outbox.retry_now(app, entry.key, now, by="intake")
    [row] = outbox.entries(app.store, entry.key)
    if row.state is not outbox.State.SENT:
        e = TransportError(row.error or row.note or row.state.value)
        raise TransportError(
            _(
                "the report of the period ending {end} is written ({file})"
                " but could not be sent: {error}"
            ).format(end=f"{report.period_end:%d/%m/%Y}", file=files[0], error=e),
            hint=_("intake sends it again on its next run"),
        )
    return message_id


def report_message_id(
    sender: str, period_end: date, version: int, draft: bool = False, *, kind: str = ""
) -> str:
    """ "<report-2021-02-04-v1.sangnq.tamduong@laichau.gov.vn>": one per office, period,
    version and kind (a draft for approval is another message than the report itself; the
    month's report of a day that also ends a week is "<report-thang-2021-05-20-v1...>").
    The office's whole address is in it: the district offices of a province share one
    domain, and two of them must never send the same Message-ID."""
    local, _at, domain = sender.rpartition("@")
    office = re.sub(r"[^A-Za-z0-9._-]+", "-", local).strip(".-") or "office"
    what = ("draft" if draft else "report") + (f"-{kind}" if kind else "")
    return f"<{what}-{period_end.isoformat()}-v{version}.{office}@{domain or 'localhost'}>"
