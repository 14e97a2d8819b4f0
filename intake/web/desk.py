"""What every page of the desk shares: the product, the signed-in account, its role and
CSRF checks, and the templates.

    desk.need(request, "approve")   the account, if it may; else to sign-in, or 403
    await desk.form(request)        the POST's fields, once its CSRF token matched
    desk.render(request, "x.html", values)
"""

from __future__ import annotations

import gettext
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

from intake import i18n, review
from intake.app import App
from intake.context import Context
from intake.i18n import N_
from intake.models import Status
from intake.render.words import vn_date, vn_number
from intake.web import sessions
from intake.web.accounts import Account

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "web"
# The desk's words are written in Vietnamese, its users' language, and translated by the
# catalogue of the domain "web" (intake/locale/en/LC_MESSAGES/web.po) when the language
# in use (intake.i18n: [office] language, else the locale) is English.
DOMAIN = "web"
STATUS_NAMES = {
    Status.ACCEPTED: N_("Đã chấp nhận"),
    Status.NEEDS_REVIEW: N_("Chờ kiểm tra"),
    Status.REJECTED: N_("Bị từ chối"),
}
EVENT_NAMES = {
    "report.stored": N_("Lưu báo cáo"),
    "report.superseded": N_("Được thay bằng bản mới"),
    "review.accepted": N_("Chấp nhận"),
    "review.rejected": N_("Từ chối"),
    "unit.edited": N_("Sửa thông tin đơn vị"),
    "publication.built": N_("Lập báo cáo tổng hợp"),
    "publication.draft_sent": N_("Gửi dự thảo"),
    "publication.approved": N_("Duyệt"),
    "publication.sent": N_("Gửi báo cáo"),
    "account.added": N_("Thêm tài khoản"),
    "account.disabled": N_("Khoá hoặc mở khoá tài khoản"),
    "account.password": N_("Đặt mật khẩu"),
    "account.role": N_("Đổi vai trò"),
}
DONE = {  # what a redirect after an action says (by key, never text from the request)
    "accepted": N_("Đã chấp nhận báo cáo."),
    "rejected": N_("Đã từ chối báo cáo."),
    "sent": N_("Đã duyệt và gửi báo cáo."),
    "saved": N_("Đã lưu."),
    "retried": N_("Đã gửi lại."),
    "retry_failed": N_("Gửi lại chưa được; lỗi được ghi ở dòng đó."),
    "account": N_("Đã cập nhật tài khoản."),
}
CSRF_REFUSED = N_("Yêu cầu không hợp lệ (thiếu mã bảo vệ CSRF); hãy tải lại trang.")


def translation() -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, i18n.LOCALE_DIR, [i18n.language()], fallback=True)


def tr(message: str, **fields: object) -> str:
    """A message of the desk in the language in use, its {fields} filled in."""
    text = translation().gettext(message)
    return text.format(**fields) if fields else text


def delay(late_by: timedelta) -> str:
    """ "2 giờ 15 phút", "1 ngày 3 giờ"; "" under a minute."""
    days, minutes = divmod(max(0, int(late_by.total_seconds() // 60)), 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [tr("{n} ngày", n=days)] if days else []
    parts += [tr("{n} giờ", n=hours)] if hours else []
    parts += [tr("{n} phút", n=minutes)] if minutes and not days else []
    return " ".join(parts)


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
            extensions=["jinja2.ext.i18n"],
            loader=jinja2.FileSystemLoader(TEMPLATES),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        desk = cls(app, key, clock, env=env, **settings)
        env.install_gettext_translations(translation(), newstyle=True)  # type: ignore[attr-defined]
        env.filters.update(number=_number, day=_day, when=desk.when, delay=delay)
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
            raise HTTPException(403, tr("Phiên làm việc đã hết; hãy đăng nhập lại."))
        if not session.account.may(action):
            raise HTTPException(403, tr("Tài khoản của bạn không có quyền làm việc này."))
        return session.account

    async def form(self, request: Request) -> FormData:
        """The POST's fields, once its CSRF token matched the session's (403 otherwise)."""
        fields = await request.form()
        session = self.session(request)
        given = str(fields.get("csrf") or request.headers.get("x-csrf-token") or "")
        if session is None or not sessions.same(given, session.csrf):
            raise HTTPException(403, tr(CSRF_REFUSED))
        return fields

    def render(
        self, request: Request, name: str, values: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        session = self.session(request)
        page = {
            "me": session.account if session else None,
            "csrf": session.csrf if session else "",
            "office": self.app.config.office.name,
            "done": tr(DONE[done])
            if (done := request.query_params.get("done", "")) in DONE
            else None,
            "held_count": review.waiting(self.app.store) if session else 0,
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
        return unit.name if unit else (unit_id or tr("(chưa rõ đơn vị)"))

    def form(self, form_id: str | None) -> str:
        form = self.context.forms.get(form_id) if form_id else None
        return form.title if form else (form_id or tr("(chưa rõ mẫu)"))

    def period(self, form_id: str | None, end: date | None) -> str:
        if end is None:
            return tr("(chưa rõ kỳ)")
        return self.context.calendar_for(form_id).name(end)

    @staticmethod
    def status(status: Status) -> str:
        return tr(STATUS_NAMES[status]) if status in STATUS_NAMES else str(status)

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
        return tr(EVENT_NAMES[kind]) if kind in EVENT_NAMES else kind


def parse_day(text: str | None) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise HTTPException(404, tr("Ngày không hợp lệ.")) from None


def _number(value: float | None) -> str:
    return "" if value is None else vn_number(value)


def _day(value: date | None) -> str:
    return "" if value is None else vn_date(value)
