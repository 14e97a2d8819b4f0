"""The web desk as a Starlette application: its routes, the sign-in, and the security
headers on every response.

Every page but the sign-in needs a session; every POST needs the session's CSRF token;
every action checks the account's role on the server (desk.Desk.need, accounts.MAY).
Handlers are async and call the library directly, one request at a time on the event
loop: an office has a handful of users, and SQLite (WAL, short transactions) is shared
with the daemon.  The pages live in reviewing.py (the clerk's) and office.py.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from loguru import logger
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from intake.app import App
from intake.web import accounts, office, reviewing, sessions
from intake.web.desk import CSRF_REFUSED, Desk, Redirect, tr

STATIC = Path(__file__).parent / "static"
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " frame-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'self';"
    " base-uri 'none'"
)


def create(
    app: App,
    key: bytes,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    session_hours: float = 10,
    idle_minutes: float = 120,
    secure_cookies: bool = False,
) -> ASGIApp:
    desk = Desk.make(
        app,
        key,
        clock,
        session_hours=session_hours,
        idle=timedelta(minutes=idle_minutes),
        secure_cookies=secure_cookies,
    )
    routes = [
        Route("/login", page(desk, login), methods=["GET", "POST"]),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Route("/logout", page(desk, logout), methods=["POST"]),
        Route("/", page(desk, reviewing.week)),
        Route("/held", page(desk, reviewing.held)),
        Route("/held/accept-all", page(desk, reviewing.accept_all), methods=["POST"]),
        Route("/reports/{report:int}", page(desk, reviewing.report_page)),
        Route("/reports/{report:int}/accept", page(desk, reviewing.accept), methods=["POST"]),
        Route("/reports/{report:int}/reject", page(desk, reviewing.reject), methods=["POST"]),
        Route("/messages/{message:int}/body", page(desk, reviewing.message_body)),
        Route("/messages/{message:int}/files/{index:int}", page(desk, reviewing.message_file)),
        Route(
            "/messages/{message:int}/files/{index:int}/preview/{page:int}",
            page(desk, reviewing.message_preview),
        ),
        Route("/units/{unit}", page(desk, office.unit_page), methods=["GET", "POST"]),
        Route("/report", page(desk, office.upward_page)),
        Route("/report/{end}/draft.{kind}", page(desk, office.draft_file)),
        Route("/report/{end}/v{version:int}/{index:int}", page(desk, office.sent_file)),
        Route("/report/{end}/send", page(desk, office.send_upward), methods=["POST"]),
        Route("/mailbox", page(desk, office.mailbox)),
        Route("/mailbox/retry", page(desk, office.retry), methods=["POST"]),
        Route("/accounts", page(desk, office.accounts_page), methods=["GET", "POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    return Guarded(Starlette(routes=routes))


class Guarded:
    """Security headers on every response (pages, files, errors, static assets)."""

    def __init__(self, inner: ASGIApp) -> None:
        self.inner = inner

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.setdefault("headers", [])
                names = {name.lower() for name, _ in headers}
                extra = {
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"same-origin",
                    b"x-frame-options": b"SAMEORIGIN",
                    b"content-security-policy": PAGE_CSP.encode(),
                    b"cache-control": b"no-store",
                }
                headers += [(k, v) for k, v in extra.items() if k not in names]
            await send(message)

        await self.inner(scope, receive, with_headers)


Handler = Callable[[Desk, Request], Awaitable[Response]]


def page(desk: Desk, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """The route's endpoint: errors become a page, never a traceback."""

    async def endpoint(request: Request) -> Response:
        try:
            return await handler(desk, request)
        except Redirect as r:
            return RedirectResponse(r.to, status_code=303)
        except HTTPException as e:
            return desk.render(request, "error.html", {"message": e.detail}, e.status_code)
        except Exception:
            logger.exception("web desk: {} {} failed", request.method, request.url.path)
            message = tr("Có lỗi khi xử lý yêu cầu; chi tiết đã được ghi vào nhật ký.")
            return desk.render(request, "error.html", {"message": message}, 500)

    return endpoint


# -- signing in and out ----------------------------------------------------------------


async def login(desk: Desk, request: Request) -> Response:
    pre = request.cookies.get(sessions.LOGIN_COOKIE) or secrets.token_urlsafe(16)
    error = ""
    status = 200
    if request.method == "POST":
        form = await request.form()
        given = str(form.get("csrf") or "")
        if not sessions.same(given, sessions.login_token(desk.key, pre)):
            raise HTTPException(403, tr(CSRF_REFUSED))
        address = request.client.host if request.client else "?"
        try:
            account = accounts.sign_in(
                desk.app.store,
                str(form.get("login") or ""),
                str(form.get("password") or ""),
                address,
                desk.now(),
            )
        except accounts.Throttled as e:
            error, status = e.said(), 429
        except accounts.AccountError as e:
            error, status = e.said(), 401
        else:
            # A new session, whatever cookie the browser had: nothing planted survives.
            sessions.end(desk.app.store, desk.key, request.cookies.get(sessions.COOKIE))
            token, _ = sessions.start(
                desk.app.store, desk.key, account, desk.now(), desk.session_hours
            )
            desk.app.store.event(
                desk.now(), "web.login", f"account:{account.login}", {}, account.login
            )
            signed_in = RedirectResponse(_local_next(str(form.get("next") or "")), 303)
            _cookie(desk, signed_in, sessions.COOKIE, token, int(desk.session_hours * 3600))
            signed_in.delete_cookie(sessions.LOGIN_COOKIE, path="/")
            return signed_in
    values = {
        "login_csrf": sessions.login_token(desk.key, pre),
        "me": None,  # the sign-in page is the same for everyone
        "next": _local_next(request.query_params.get("next")),
        "error": error,
    }
    response = desk.render(request, "login.html", values, status)
    _cookie(desk, response, sessions.LOGIN_COOKIE, pre, max_age=3600)
    return response


def _cookie(desk: Desk, response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        secure=desk.secure_cookies,
        httponly=True,
        samesite="lax",
    )


async def logout(desk: Desk, request: Request) -> Response:
    await desk.form(request)
    sessions.end(desk.app.store, desk.key, request.cookies.get(sessions.COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(sessions.COOKIE, path="/")
    return response


def _local_next(target: str | None) -> str:
    """Where to go after signing in: a path on this desk only."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/"
    parts = urlsplit(target)
    return "/" if parts.scheme or parts.netloc else target
