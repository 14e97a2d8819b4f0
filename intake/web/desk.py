"""What every page of the desk shares: the product, the signed-in account, its role and
CSRF checks, and the templates.

    desk.need(request, "approve")   the account, if it may; else to sign-in, or 403
    await desk.form(request)        the POST's fields, once its CSRF token matched
    desk.render(request, "x.html", values)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse

from intake import review
from intake.app import App
from intake.context import Context
from intake.models import Status
from intake.render.words import vn_date, vn_delay, vn_number
from intake.web import sessions
from intake.web.accounts import Account

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "web"
STATUS_NAMES = {
    Status.ACCEPTED: "Đã chấp nhận",
    Status.NEEDS_REVIEW: "Chờ kiểm tra",
    Status.REJECTED: "Bị từ chối",
}
EVENT_NAMES = {
    "report.stored": "Lưu báo cáo",
    "report.superseded": "Được thay bằng bản mới",
    "review.accepted": "Chấp nhận",
    "review.rejected": "Từ chối",
    "unit.edited": "Sửa thông tin đơn vị",
    "publication.built": "Lập báo cáo tổng hợp",
    "publication.draft_sent": "Gửi dự thảo",
    "publication.approved": "Duyệt",
    "publication.sent": "Gửi báo cáo",
}
DONE = {  # what a redirect after an action says (by key, never text from the request)
    "accepted": "Đã chấp nhận báo cáo.",
    "rejected": "Đã từ chối báo cáo.",
    "sent": "Đã duyệt và gửi báo cáo.",
    "saved": "Đã lưu.",
    "retried": "Đã gửi lại.",
    "retry_failed": "Gửi lại chưa được; lỗi được ghi ở dòng đó.",
    "account": "Đã cập nhật tài khoản.",
}
CSRF_REFUSED = "Yêu cầu không hợp lệ (thiếu mã bảo vệ CSRF); hãy tải lại trang."


class Redirect(Exception):
    """Raised by a handler to answer 303 See Other."""

    def __init__(self, to: str) -> None:
        self.to = to


@dataclass
class Desk:
    """The product and the desk's settings, given to every handler."""

    app: App
    key: bytes
    clock: Callable[[], datetime]
    session_hours: float
    idle: timedelta
    secure_cookies: bool
    env: jinja2.Environment

    @classmethod
    def make(cls, app: App, key: bytes, clock: Callable[[], datetime], **settings: Any) -> Desk:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        desk = cls(app, key, clock, env=env, **settings)
        env.filters.update(number=_number, day=_day, when=desk.when, delay=vn_delay)
        return desk

    @property
    def context(self) -> Context:
        return self.app.context

    def now(self) -> datetime:
        return self.clock()

    def when(self, moment: datetime | None) -> str:
        """ "16:31 04/02/2021", in the office's time zone."""
        if moment is None:
            return ""
        return f"{self.context.calendar.local(moment):%H:%M %d/%m/%Y}"

    def session(self, request: Request) -> sessions.Session | None:
        if "session" not in request.state._state:
            token = request.cookies.get(sessions.COOKIE)
            request.state.session = sessions.find(
                self.app.store, self.key, token, self.now(), self.idle
            )
        return request.state.session

    def need(self, request: Request, action: str = "review") -> Account:
        """The signed-in account, if it may do `action` (accounts.MAY); otherwise a
        redirect to the sign-in page (a GET) or 403."""
        session = self.session(request)
        if session is None:
            if request.method == "GET":
                raise Redirect("/login?next=" + quote(request.url.path, safe="/"))
            raise HTTPException(403, "Phiên làm việc đã hết; hãy đăng nhập lại.")
        if not session.account.may(action):
            raise HTTPException(403, "Tài khoản của bạn không có quyền làm việc này.")
        return session.account

    async def form(self, request: Request) -> FormData:
        """The POST's fields, once its CSRF token matched the session's (403 otherwise)."""
        fields = await request.form()
        session = self.session(request)
        given = str(fields.get("csrf") or request.headers.get("x-csrf-token") or "")
        if session is None or not sessions.same(given, session.csrf):
            raise HTTPException(403, CSRF_REFUSED)
        return fields

    def render(
        self, request: Request, name: str, values: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        session = self.session(request)
        page = {
            "me": session.account if session else None,
            "csrf": session.csrf if session else "",
            "office": self.app.config.office.name,
            "done": DONE.get(request.query_params.get("done", "")),
            "held_count": len(review.queue(self.app.store)) if session else 0,
            "path": request.url.path,
            "view": View(self.context),
        }
        html = self.env.get_template(name).render({**page, **values})
        return HTMLResponse(html, status_code=status)

    def events(self, subjects: list[str]) -> list[dict[str, Any]]:
        """The event log of `subjects` ("report:12", "unit:then_sin"), oldest first: who,
        when, what, and the state before and after."""
        if not subjects:
            return []
        marks = ",".join("?" * len(subjects))
        rows = self.app.store.conn.execute(
            f"SELECT at, actor, kind, subject, detail FROM events WHERE subject IN ({marks})"
            " ORDER BY id",
            subjects,
        ).fetchall()
        out = []
        for row in rows:
            detail = json.loads(row["detail"] or "{}")
            out.append(
                {
                    "at": datetime.fromisoformat(row["at"]),
                    "actor": row["actor"],
                    "kind": row["kind"],
                    "subject": row["subject"],
                    "before": detail.get("before"),
                    "after": detail.get("after"),
                    "reason": detail.get("reason"),
                }
            )
        return out


class View:
    """Names for ids, as the pages show them."""

    def __init__(self, context: Context) -> None:
        self.context = context

    def unit(self, unit_id: str | None) -> str:
        unit = self.context.directory.get(unit_id) if unit_id else None
        return unit.name if unit else (unit_id or "(chưa rõ đơn vị)")

    def form(self, form_id: str | None) -> str:
        form = self.context.forms.get(form_id) if form_id else None
        return form.title if form else (form_id or "(chưa rõ mẫu)")

    def period(self, form_id: str | None, end: date | None) -> str:
        if end is None:
            return "(chưa rõ kỳ)"
        return self.context.calendar_for(form_id).name(end)

    @staticmethod
    def status(status: Status) -> str:
        return STATUS_NAMES.get(status, str(status))

    def figures(self, form_id: str | None, values: dict[str, float]) -> str:
        """ "Số tin, bài: 5; Số lần phát sóng: 15", in the form's order."""
        form = self.context.forms.get(form_id) if form_id else None
        labels = {f.key: f.label for f in form.fields} if form else {}
        order = list(labels) + [k for k in values if k not in labels]
        return "; ".join(
            f"{labels.get(k, k)}: {vn_number(values[k])}" for k in order if k in values
        )

    @staticmethod
    def event(kind: str) -> str:
        return EVENT_NAMES.get(kind, kind)


def parse_day(text: str | None) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise HTTPException(404, "Ngày không hợp lệ.") from None


def _number(value: float | None) -> str:
    return "" if value is None else vn_number(value)


def _day(value: date | None) -> str:
    return "" if value is None else vn_date(value)
