"""The clerk's pages: the week board, the held reports, one report with its mail, and
the decisions on it (accept, correct, reassign, reject; a bulk accept by reason).

Decisions are intake.review's, as the CLI takes them: the same checks, the same refusals,
the same event log.  The mail is shown as mailview makes it safe, in a sandboxed frame.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from intake import history, review
from intake.models import Field, Form, Standing
from intake.render.words import vn_number
from intake.store import StoredReport
from intake.web import board, mailview
from intake.web.desk import Desk, tr

# The mail's own HTML: nothing runs, nothing loads, and it can do nothing to the desk.
MAIL_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"


# -- the week --------------------------------------------------------------------------


async def week(desk: Desk, request: Request) -> Response:
    desk.need(request)
    boards = board.boards(desk.app.store, desk.context, desk.now())
    return desk.render(
        request,
        "week.html",
        {"boards": boards, "labels": board.LABELS, "Standing": Standing},
    )


# -- held reports ----------------------------------------------------------------------


def _reasons(report: StoredReport) -> frozenset[str]:
    return frozenset(p.code for p in report.problems)


async def held(desk: Desk, request: Request) -> Response:
    desk.need(request)
    waiting = [h for h in review.queue(desk.app.store) if h.waiting]
    only = request.query_params.get("reason")
    # Reasons a report is held for alone: what a bulk accept may take.
    alone: dict[str, tuple[str, int]] = {}
    for item in waiting:
        if len(_reasons(item.report)) == 1:
            first = item.report.problems[0]
            alone[first.code] = (first.message, alone.get(first.code, ("", 0))[1] + 1)
    shown = [h for h in waiting if not only or only in _reasons(h.report)]
    return desk.render(
        request,
        "held.html",
        {
            "items": shown,
            "alone": alone,
            "only": only,
        },
    )


async def accept_all(desk: Desk, request: Request) -> Response:
    account = desk.need(request)
    form = await desk.form(request)
    code = str(form.get("reason") or "")
    done, skipped = 0, []
    for item in review.queue(desk.app.store):
        if not item.waiting or _reasons(item.report) != {code}:
            continue
        try:
            review.accept(
                desk.app.store, desk.context, item.report.id, by=account.login, now=desk.now()
            )
            done += 1
        except review.ReviewError as e:
            skipped.append((item.report.id, e.said()))
    return desk.render(
        request,
        "bulk_done.html",
        {
            "accepted": done,
            "skipped": skipped,
        },
    )


@dataclass(frozen=True)
class Figure:
    field: Field
    value: float | None
    typed: str  # what the input shows
    sources: list[dict[str, Any]]
    problems: list[str]


def _figures(form: Form | None, report: StoredReport) -> list[Figure]:
    if form is None:
        return []
    out = []
    for spec in form.fields:
        value = report.values.get(spec.key)
        out.append(
            Figure(
                spec,
                value,
                "" if value is None else vn_number(value),
                [s for s in report.sources if s.get("field") == spec.key],
                [p.message for p in report.problems if p.field == spec.key],
            )
        )
    return out


async def report_page(
    desk: Desk, request: Request, error: str = "", typed: dict[str, str] | None = None
) -> Response:
    desk.need(request)
    store = desk.app.store
    found = store.reports_by_id([int(request.path_params["report"])])
    if not found:
        raise HTTPException(404, tr("Không có báo cáo này."))
    report = found[0]
    form = desk.context.forms.get(report.form) if report.form else None
    figures = _figures(form, report)
    if typed:
        figures = [
            Figure(f.field, f.value, typed.get(f.field.key, f.typed), f.sources, f.problems)
            for f in figures
        ]
    message = (
        mailview.parsed(store, desk.app.config.storage.archive, report.message)
        if report.message
        else None
    )
    files = mailview.files(message) if message else []
    pages = {
        f.index: mailview.pdf_pages(message.attachments[f.index].data)
        for f in files
        if f.pdf and message is not None
    }
    versions = (
        history.versions(store, report.unit, report.period_end, report.form)
        if report.unit and report.period_end
        else []
    )
    waiting = [h.report.id for h in review.queue(store) if h.waiting]
    later = [i for i in waiting if i > report.id]
    newer = review.superseded_by(store, report.id)
    return desk.render(
        request,
        "report.html",
        {
            "r": report,
            "form": form,
            "figures": figures,
            "message": message,
            "files": files,
            "pages": pages,
            "versions": versions,
            "events": desk.events(
                [f"report:{v.report.id}" for v in versions] or [f"report:{report.id}"]
            ),
            "newer": newer,
            "next_held": later[0]
            if later
            else (waiting[0] if waiting and waiting[0] != report.id else None),
            "error": error,
            "units": list(desk.context.directory),
            "forms": list(desk.context.forms.values()),
        },
        400 if error else 200,
    )


async def accept(desk: Desk, request: Request) -> Response:
    account = desk.need(request)
    form_data = await desk.form(request)
    report_id = int(request.path_params["report"])
    found = desk.app.store.reports_by_id([report_id])
    if not found:
        raise HTTPException(404, tr("Không có báo cáo này."))
    report = found[0]
    form = desk.context.forms.get(report.form) if report.form else None
    typed = {k[2:]: str(v).strip() for k, v in form_data.items() if k.startswith("v.")}
    shown = {f.field.key: f.typed for f in _figures(form, report)}
    values = {k: v for k, v in typed.items() if v != shown.get(k, "")}
    unit = str(form_data.get("unit") or "") or None
    end_text = str(form_data.get("period_end") or "")
    form_id = str(form_data.get("form") or "") or None
    try:
        end = date.fromisoformat(end_text) if end_text else None
    except ValueError:
        return await report_page(desk, request, tr("Ngày kết thúc kỳ không hợp lệ."), typed)
    changes = review.Changes(
        values=values,
        unit=unit if unit != report.unit else None,
        period_end=end if end != report.period_end else None,
        form=form_id if form_id != report.form else None,
    )
    try:
        review.accept(
            desk.app.store, desk.context, report_id, changes, by=account.login, now=desk.now()
        )
    except review.ReviewError as e:
        return await report_page(desk, request, e.said(), typed)
    return _after_decision(desk, report_id, "accepted")


async def reject(desk: Desk, request: Request) -> Response:
    account = desk.need(request)
    form_data = await desk.form(request)
    report_id = int(request.path_params["report"])
    try:
        review.reject(
            desk.app.store,
            report_id,
            str(form_data.get("reason") or ""),
            by=account.login,
            now=desk.now(),
        )
    except review.ReviewError as e:
        return await report_page(desk, request, e.said())
    return _after_decision(desk, report_id, "rejected")


def _after_decision(desk: Desk, report_id: int, done: str) -> Response:
    """The next held report, or the queue when none is left."""
    waiting = [h.report.id for h in review.queue(desk.app.store) if h.waiting]
    following = [i for i in waiting if i > report_id] or waiting
    to = f"/reports/{following[0]}" if following else "/held"
    return RedirectResponse(f"{to}?done={done}", status_code=303)


# -- the mail itself -------------------------------------------------------------------


def _message(desk: Desk, request: Request):
    parsed = mailview.parsed(
        desk.app.store, desk.app.config.storage.archive, int(request.path_params["message"])
    )
    if parsed is None:
        raise HTTPException(404, tr("Không có thư này."))
    return parsed


async def message_body(desk: Desk, request: Request) -> Response:
    desk.need(request)
    html = mailview.safe_html(_message(desk, request))
    return HTMLResponse(html, headers={"content-security-policy": MAIL_CSP})


async def message_file(desk: Desk, request: Request) -> Response:
    desk.need(request)
    message = _message(desk, request)
    index = int(request.path_params["index"])
    found = mailview.attachment(message, index)
    if found is None:
        raise HTTPException(404, tr("Không có tệp đính kèm này."))
    name = mailview.files(message)[index].name
    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "_", name) or "tep"
    return Response(
        found.data,
        media_type="application/octet-stream",
        headers={
            "content-disposition": f'attachment; filename="{ascii_name}";'
            f" filename*=UTF-8''{quote(name)}",
            "content-security-policy": "default-src 'none'; sandbox",
        },
    )


async def message_preview(desk: Desk, request: Request) -> Response:
    """An image attachment, or a page of a PDF, re-encoded as PNG: the browser never gets
    the sender's bytes to interpret."""
    desk.need(request)
    message = _message(desk, request)
    index, page = int(request.path_params["index"]), int(request.path_params["page"])
    found = mailview.attachment(message, index)
    if found is None:
        raise HTTPException(404, tr("Không có tệp đính kèm này."))
    info = mailview.files(message)[index]
    png = None
    if info.pdf:
        png = mailview.pdf_page_png(found.data, page)
    elif info.image and page == 0:
        png = _image_png(found.data)
    if png is None:
        raise HTTPException(404, tr("Không xem trước được tệp này."))
    return Response(png, media_type="image/png")


def _image_png(data: bytes) -> bytes | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.thumbnail((mailview.PREVIEW_WIDTH, mailview.PREVIEW_WIDTH * 2))
            out = io.BytesIO()
            image.convert("RGB").save(out, "PNG")
            return out.getvalue()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return None
