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
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from loguru import logger

from intake import aggregate, render
from intake.app import App
from intake.errors import IntakeError, TransportError
from intake.models import Correction, ParsedMessage, PeriodReport, Status
from intake.period import decide
from intake.store import Publication

CATCH_UP_WEEKS = 4
CORRECTION_WEEKS = 8  # how far back a correction to a sent report is looked for
DRAFT_SUFFIX = "-du-thao"  # "dự thảo": what `intake report` writes without --send


# -- when ------------------------------------------------------------------------------


def due(app: App, now: datetime) -> list[date]:
    """The periods whose report should have gone out by `now` and has not, oldest first.

    A report that could not be sent (the mail server was down, the daemon stopped) goes
    out later, up to CATCH_UP_WEEKS back, but none that fell due before intake first
    ran (less the grace for late reports): a new installation reading a year of mail
    sends at most the report of the week just closed.
    """
    first = app.store.get_state("first_run")
    grace = timedelta(hours=app.config.period.late_grace_hours)
    since = (datetime.fromisoformat(first) if first else now) - grace
    latest = _latest_due(app, now)
    ends = [latest - timedelta(weeks=w) for w in reversed(range(CATCH_UP_WEEKS))]
    weekly = [end for end in ends if _due_at(app, end) >= since and not _gone_out(app, end)]
    return sorted({*weekly, *_own_periods_due(app, now, since)})


def _own_periods_due(app: App, now: datetime, since: datetime) -> list[date]:
    """The last closed period of each form with a period of its own (a month, a quarter),
    when its report is due: as long after its deadline as the weekly report is after its
    own.  A day that also ends a week is the weekly report's (aggregate.due_on)."""
    context, weekly = app.context, app.context.calendar
    latest = _latest_due(app, now)
    delay = _due_at(app, latest) - weekly.deadline(latest)
    found = set()
    for form in context.forms:
        calendar = context.calendar_for(form)
        if calendar is weekly:
            continue
        end = calendar.closed_before(now)
        due_at = calendar.deadline(end) + delay
        if weekly.end_on_or_after(end) == end or not since <= due_at <= now:
            continue
        if not _gone_out(app, end):
            found.add(end)
    return sorted(found)


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


def build(
    app: App,
    period_end: date,
    now: datetime,
    *,
    version: int = 1,
    replaces: datetime | None = None,
    draft: bool = False,
) -> tuple[PeriodReport, list[Path], list[int]]:
    """The report of a period as data and as files, and the reports it counts.

    A replacement (`replaces` set) lists first the figures of this period that changed
    since the version it replaces was sent, then those of earlier periods."""
    cfg = app.config
    report = aggregate.build(app.store, app.context, period_end, now, cfg.office.name)
    own = _since_sent(app, period_end) if replaces is not None else []
    report = replace(
        report,
        corrections=tuple(own + corrections(app, before=period_end)),
        version=version,
        replaces=replaces,
        number=_number(app, now),
    )
    suffix = DRAFT_SUFFIX if draft else "" if version == 1 else f"-v{version}"
    files = _render(app, report, cfg.report.output_dir / f"tong-hop-{period_end}{suffix}")
    report_ids = [r.report_id for t in report.tables for r in t.rows if r.report_id]
    return report, files, report_ids


def _render(app: App, report: PeriodReport, stem: Path) -> list[Path]:
    """The report's files, the workbook first: xlsx, and docx and pdf as configured."""
    cfg, tz = app.config, app.context.calendar.tz
    formats = cfg.report.formats
    xlsx = stem.with_suffix(".xlsx")
    files = [render.write_xlsx(report, xlsx, tz, cfg.official, cfg.report.templates)]
    if "docx" in formats or "pdf" in formats:
        docx = render.write_docx(
            report, cfg.official, stem.with_suffix(".docx"), tz, cfg.report.templates
        )
        files += [docx] if "docx" in formats else []
        files += [render.write_pdf(docx)] if "pdf" in formats else []
    return files


def _number(app: App, now: datetime) -> str | None:
    official = app.config.official
    if official.numbering != "auto":
        return None
    return f"{app.store.numbers_used(now.year) + 1:02d}/{official.symbol}"


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


def _since_sent(app: App, end: date) -> list[Correction]:
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
    _, files, _ = build(app, period_end, now, version=version, replaces=replaces, draft=True)
    logger.info("draft of the report of the period ending {} written to {}", period_end, files[0])
    return files


def send(app: App, period_end: date, now: datetime) -> list[Path]:
    """Send the report of a period (or its draft, when approval is needed): what
    `intake report --send` does.  Once it was sent, only a numbered replacement goes,
    and only when figures changed since; otherwise an IntakeError says so."""
    version, replaces = next_version(app, period_end)
    if replaces is not None and not _since_sent(app, period_end):
        raise IntakeError(
            f"the report of the period ending {period_end} was sent on "
            f"{replaces:%Y-%m-%d %H:%M} and no figure has changed since: nothing to send",
            hint="a replacement is sent only when a unit's figures change",
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
    report, files, report_ids = build(app, period_end, now, version=version, replaces=replaces)
    publication = app.store.add_publication(
        period_end, version, files, report_ids, report.number, now
    )
    logger.info("report of the week ending {} written to {}", period_end, files[0])
    if not send_mail:
        return files
    for_approval = app.config.report.approval == "required"
    recipients = app.config.report.draft_to if for_approval else app.config.report.to
    cc = () if for_approval else app.config.report.cc
    message_id = _send(app, publication.id, report, files, recipients, cc, now, draft=for_approval)
    state = "draft_sent" if for_approval else "sent"
    app.store.mark_publication(
        publication.id, state, now, recipients=[*recipients, *cc], message_id=message_id
    )
    return files


def approve(app: App, period_end: date, approver: str, now: datetime) -> Publication:
    """Send the approved draft of a period to the province; say who approved it."""
    publication = app.store.latest_publication(period_end)
    if publication is None or publication.state not in ("built", "draft_sent"):
        state = publication.state if publication else "not built"
        raise IntakeError(
            f"there is no draft of the week ending {period_end} to approve (it is {state})",
            hint="intake report --period-end DATE builds one; a sent report needs no approval",
        )
    app.store.mark_publication(publication.id, "approved", now, actor=approver)
    report = aggregate.build(app.store, app.context, period_end, now, app.config.office.name)
    replaces = next_version(app, period_end)[1] if publication.version > 1 else None
    own = _since_sent(app, period_end) if replaces is not None else []
    report = replace(
        report,
        corrections=tuple(own + corrections(app, before=period_end)),
        version=publication.version,
        replaces=replaces,
        number=publication.number,
    )
    files = [Path(f) for f in publication.files]
    to, cc = app.config.report.to, app.config.report.cc
    message_id = _send(app, publication.id, report, files, to, cc, now, draft=False)
    app.store.mark_publication(
        publication.id, "sent", now, recipients=[*to, *cc], actor=approver, message_id=message_id
    )
    logger.info("report of the week ending {} approved by {} and sent", period_end, approver)
    return publication


def approve_reply(app: App, parsed: ParsedMessage, now: datetime) -> Publication | None:
    """An approver's "Đồng ý": approve the draft it answers (by In-Reply-To, else by the
    week named in its subject, else the only draft waiting)."""
    waiting = [p for p in app.store.publications() if p.state == "draft_sent"]
    thread = {parsed.in_reply_to, *parsed.references} - {None}
    chosen = [p for p in waiting if p.message_id and p.message_id in thread]
    if not chosen:
        period, _ = decide([parsed.subject], None, app.context.calendar)
        chosen = [p for p in waiting if period and period.explicit and p.period_end == period.end]
    if not chosen and len(waiting) == 1:
        chosen = waiting
    if len(chosen) != 1:
        logger.warning(
            "an approval from {} matches no single draft ({} waiting)", parsed.sender, len(waiting)
        )
        return None
    return approve(app, chosen[0].period_end, parsed.sender, now)


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
    report: PeriodReport,
    files: list[Path],
    to,
    cc,
    now: datetime,
    *,
    draft: bool,
) -> str | None:
    """Send the summary with the files; return its Message-ID (None: nobody to send to).

    The Message-ID is recorded before the send, so that what a crash interrupts goes
    again under the same one."""
    if not [*to, *cc]:
        return None  # without recipients, writing the files is the delivery
    cfg = app.config
    message = render.summary_email(
        report,
        files[0],
        sender=cfg.smtp.sender,
        to=to,
        cc=cc,
        tz=app.context.calendar.tz,
        templates_dir=cfg.report.templates,
        draft=draft,
        attachments=files[1:],
    )
    message_id = report_message_id(cfg.smtp.sender, report.period_end, report.version, draft)
    message.replace_header("Message-ID", message_id)
    app.store.record_publication_message_id(publication, message_id, now)
    (files[0].with_suffix(".eml")).write_bytes(bytes(message))
    try:
        app.transport.send(message)
    except TransportError as e:
        raise TransportError(
            f"the report of the week ending {report.period_end} is written ({files[0]}) but "
            f"could not be sent: {e}",
            hint=(e.hint + "; " if e.hint else "") + "intake sends it again on its next run",
        ) from e
    return message_id


def report_message_id(sender: str, period_end: date, version: int, draft: bool = False) -> str:
    """ "<report-2021-02-04-v1.sangnq.tamduong@laichau.gov.vn>": one per office, week,
    version and kind (a draft for approval is another message than the report itself).
    The office's whole address is in it: the district offices of a province share one
    domain, and two of them must never send the same Message-ID."""
    local, _, domain = sender.rpartition("@")
    office = re.sub(r"[^A-Za-z0-9._-]+", "-", local).strip(".-") or "office"
    kind = "draft" if draft else "report"
    return f"<{kind}-{period_end.isoformat()}-v{version}.{office}@{domain or 'localhost'}>"
