"""The office's pages: a unit (history, trends, contacts, its directory entry), the
report upward (preview, drafts, approve and send, the versions sent), the mailbox
(fetches, quarantine, outbox with retry) and the accounts."""

from __future__ import annotations

import mimetypes
import re
from datetime import date, datetime
from pathlib import Path

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from intake import aggregate, directory, outbox, publish
from intake.context import Context
from intake.errors import ConfigError, IntakeError
from intake.models import Status, Unit
from intake.web import accounts, board, charts, upward
from intake.web.accounts import Account
from intake.web.desk import Desk, Redirect, parse_day, tr

# -- a unit ----------------------------------------------------------------------------

TREND_PERIODS = 12


async def unit_page(desk: Desk, request: Request) -> Response:
    account = desk.need(request)
    unit_id = request.path_params["unit"]
    unit = desk.context.directory.get(unit_id)
    if unit is None:
        raise HTTPException(404, tr("Không có đơn vị này trong danh bạ."))
    error = ""
    if request.method == "POST":
        desk.need(request, "manage")
        form_data = await desk.form(request)
        try:
            _save_unit(desk, unit, form_data, account)
        except ConfigError as e:
            error = e.said()
        else:
            raise Redirect(f"/units/{unit_id}?done=saved")
    store = desk.app.store
    every = store.reports(unit=unit_id, current_only=False)  # every version, for history
    reports = [r for r in every if r.is_current]
    trends = []
    for form in desk.context.forms.values():
        calendar = desk.context.calendar_for(form.id)
        ends = [calendar.current(desk.now())]
        while len(ends) < TREND_PERIODS:
            ends.append(calendar.previous(ends[-1]))
        ends.reverse()
        mine = {r.period_end: r for r in reports if r.form == form.id}
        if not mine:
            continue
        for spec in form.fields:
            points = [
                (
                    f"{end:%d/%m}",
                    mine[end].values.get(spec.key)
                    if end in mine and mine[end].status is Status.ACCEPTED
                    else None,
                )
                for end in ends
            ]
            if any(v is not None for _, v in points):
                trends.append((form, spec, charts.trend(spec.label, points)))
    subjects = [f"unit:{unit_id}", *(f"report:{r.id}" for r in every)]
    return desk.render(
        request,
        "unit.html",
        {
            "unit": unit,
            "reports": sorted(reports, key=lambda r: r.period_end or date.min, reverse=True),
            "versions": every,
            "trends": trends,
            "events": desk.events(subjects)[-50:],
            "error": error,
        },
        400 if error else 200,
    )


def _lines(text: object) -> list[str]:
    return [p.strip() for p in re.split(r"[;\n]", str(text or "")) if p.strip()]


def _save_unit(desk: Desk, unit: Unit, form: FormData, account: Account) -> None:
    """Write the unit's new names and addresses to the directory file, checked as the
    daemon checks it, and use them at once; the event log keeps before and after."""
    name = str(form.get("name") or "").strip()
    changed = Unit(
        unit.id,
        name,
        unit.code,
        tuple(dict.fromkeys([name, *_lines(form.get("aliases"))])),
        tuple(e.lower() for e in _lines(form.get("emails"))),
        str(form.get("phone") or "").strip(),
        str(form.get("address") or "").strip(),
    )
    path = desk.app.config.directory.units
    units = [changed if u.id == unit.id else u for u in desk.context.directory]
    trial = path.with_name(f".{path.stem}.trial{path.suffix}")
    try:
        directory.save(trial, units)
        directory.load(trial)  # raises ConfigError naming every problem
    finally:
        trial.unlink(missing_ok=True)
    directory.save(path, units)
    desk.app.use_context(Context.from_config(desk.app.config))
    fields = ("name", "aliases", "emails", "phone", "address")
    desk.app.store.event(
        desk.now(),
        "unit.edited",
        f"unit:{unit.id}",
        {
            "before": {f: _plain(getattr(unit, f)) for f in fields},
            "after": {f: _plain(getattr(changed, f)) for f in fields},
        },
        account.login,
    )


def _plain(value: object) -> object:
    return "; ".join(value) if isinstance(value, tuple) else value


# -- the report upward -----------------------------------------------------------------


async def upward_page(desk: Desk, request: Request) -> Response:
    desk.need(request)
    now = desk.now()
    calendar = desk.context.calendar
    given = request.query_params.get("end")
    end = parse_day(given) if given else calendar.closed_before(now)
    report = aggregate.build(desk.app.store, desk.context, end, now, desk.app.config.office.name)
    publications = desk.app.store.publications(end)
    return desk.render(
        request,
        "upward.html",
        {
            "end": end,
            "report": report,
            "earlier": calendar.previous(end),
            "later": calendar.following(end),
            "publications": publications,
            "changes": publish.since_sent(desk.app, end),
            "formats": desk.app.config.report.formats,
            "labels": board.LABELS,
            "sent": any(p.state == "sent" for p in publications),
        },
    )


async def draft_file(desk: Desk, request: Request) -> Response:
    desk.need(request)
    end = parse_day(request.path_params["end"])
    kind = request.path_params["kind"]
    if kind not in ("xlsx", "docx", "pdf"):
        raise HTTPException(404, tr("Không có định dạng này."))
    files = publish.draft(desk.app, end, desk.now())
    chosen = next((f for f in files if f.suffix == f".{kind}"), None)
    if chosen is None:
        raise HTTPException(404, tr("Định dạng này chưa được cấu hình ([report] formats)."))
    return _download(chosen)


async def sent_file(desk: Desk, request: Request) -> Response:
    desk.need(request)
    end = parse_day(request.path_params["end"])
    version, index = int(request.path_params["version"]), int(request.path_params["index"])
    found = [p for p in desk.app.store.publications(end) if p.version == version]
    if not found or not 0 <= index < len(found[0].files):
        raise HTTPException(404, tr("Không có tệp này."))
    return _download(Path(found[0].files[index]))


def _download(path: Path) -> Response:
    if not path.is_file():
        raise HTTPException(404, tr("Tệp không còn trên đĩa."))
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(
        path,
        media_type=kind,
        filename=path.name,
        content_disposition_type="attachment",
    )


async def send_upward(desk: Desk, request: Request) -> Response:
    account = desk.need(request, "approve")
    await desk.form(request)
    end = parse_day(request.path_params["end"])
    try:
        upward.approve_and_send(desk.app, end, account.login, desk.now())
    except IntakeError as e:
        return desk.render(request, "error.html", {"message": e.said(), "hint": e.said_hint()}, 409)
    raise Redirect(f"/report?end={end.isoformat()}&done=sent")


# -- the mailbox -----------------------------------------------------------------------


async def mailbox(desk: Desk, request: Request) -> Response:
    from intake import alerts
    from intake.status import vn_send_error

    desk.need(request)
    store = desk.app.store
    last = store.get_state("last_fetch")
    entries = sorted(outbox.entries(store), key=lambda e: e.created_at, reverse=True)
    return desk.render(
        request,
        "mailbox.html",
        {
            "last_fetch": datetime.fromisoformat(last) if last else None,
            "failure": alerts.mailbox_health(store),
            "quarantined": store.quarantined(),
            "problems": [
                e
                for e in entries
                if e.state in ("pending", "stale") and (e.error or e.state == "stale")
            ],
            "entries": entries[:200],
            "send_error": vn_send_error,
            "counts": store.counts(),
        },
    )


async def retry(desk: Desk, request: Request) -> Response:
    account = desk.need(request)
    form = await desk.form(request)
    outcome = outbox.retry_now(desk.app, str(form.get("key") or ""), desk.now(), by=account.login)
    done = "retried" if outcome is outbox.Outcome.SENT else "retry_failed"
    raise Redirect(f"/mailbox?done={done}")


# -- accounts --------------------------------------------------------------------------


async def accounts_page(desk: Desk, request: Request) -> Response:
    account = desk.need(request, "manage")
    error = ""
    if request.method == "POST":
        form = await desk.form(request)
        action = str(form.get("action") or "")
        login_name = str(form.get("login") or "")
        now = desk.now()
        store = desk.app.store
        try:
            if action == "add":
                accounts.add(
                    store,
                    login_name,
                    str(form.get("password") or ""),
                    str(form.get("role") or ""),
                    now,
                    full_name=str(form.get("full_name") or ""),
                    by=account.login,
                )
            elif action in ("disable", "enable", "role") and login_name == account.login:
                # an admin who locks or demotes themselves may leave the office without one
                raise accounts.AccountError(tr("Không thể tự khoá hay đổi vai trò của mình"))
            elif action == "disable" or action == "enable":
                accounts.set_disabled(store, login_name, action == "disable", now, by=account.login)
            elif action == "password":
                accounts.set_password(
                    store, login_name, str(form.get("password") or ""), now, by=account.login
                )
            elif action == "role":
                accounts.set_role(
                    store, login_name, str(form.get("role") or ""), now, by=account.login
                )
            else:
                raise HTTPException(400, tr("Thao tác không hợp lệ."))
        except accounts.AccountError as e:
            error = e.said() + (f" ({e.said_hint()})" if e.hint else "")
        else:
            raise Redirect("/accounts?done=account")
    return desk.render(
        request,
        "accounts.html",
        {
            "accounts": accounts.every(desk.app.store),
            "roles": accounts.ROLES,
            "error": error,
            "min_password": accounts.MIN_PASSWORD,
        },
        400 if error else 200,
    )
