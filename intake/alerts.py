"""Faults an administrator must see: a mailbox that cannot be read.

The daemon calls `mailbox_failed` after each run the mailbox broke, and `mailbox_works`
after each run that read it.  The failure in progress is kept in the `state` table (key
STATE_KEY, as JSON) so that `intake status`, another process, shows it:
`mailbox_health(store)` reads it, `status_lines(app)` words it in the language in use.

A failure becomes serious (an alert) when

- the server refused the login LOGIN_REFUSALS times in a row (a changed password: it
  will not mend itself), or
- the mailbox has not been read for UNREACHABLE_ALERT (a server down, a firewall).

Then, once per failure, an event `mailbox.failing` and a mail to `[alerts] to`
(key "alert:mailbox:<since>"); when the mailbox works again, an event `mailbox.recovered`
and a second mail ("alert:mailbox:<since>:cleared").  Never a mail per retry: the
daemon retries as often as it likes, the state says whether the alert has gone.  Both
mails go through the outbox, so a failed send is tried again like an acknowledgment
(the first one by `mailbox_failed` itself, since no run reaches the outbox meanwhile).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta

from loguru import logger

from intake import outbox
from intake.app import App
from intake.errors import MailboxError
from intake.fetch import LoginRefused
from intake.i18n import _
from intake.store import Store

STATE_KEY = "mailbox_failure"
LOGIN_REFUSALS = 3  # refused logins in a row before the daemon gives up retrying quickly
UNREACHABLE_ALERT = timedelta(minutes=30)  # a server down this long is worth a mail


@dataclass(frozen=True)
class MailboxFailure:
    """The mailbox failure in progress, as `intake status` shows it."""

    since: datetime  # the first failed run
    last_at: datetime  # the latest one
    count: int  # failed runs since `since`
    refusals: int  # of them, refused logins in a row up to the latest
    last_error: str
    hint: str
    alerted: bool  # the failure was judged serious: logged, recorded, mailed

    @property
    def login_refused(self) -> bool:
        return self.refusals > 0

    def serious(self) -> bool:
        return self.refusals >= LOGIN_REFUSALS or self.last_at - self.since >= UNREACHABLE_ALERT


def mailbox_health(store: Store) -> MailboxFailure | None:
    """The failure in progress, or None while the mailbox works."""
    text = store.get_state(STATE_KEY)
    if not text:
        return None
    data = json.loads(text)
    data["since"] = datetime.fromisoformat(data["since"])
    data["last_at"] = datetime.fromisoformat(data["last_at"])
    return MailboxFailure(**data)


def mailbox_failed(app: App, error: MailboxError, now: datetime) -> MailboxFailure:
    """Record a failed run; the first time the failure is serious, record and mail it."""
    before = mailbox_health(app.store)
    refused = isinstance(error, LoginRefused)
    failure = MailboxFailure(
        since=before.since if before else now,
        last_at=now,
        count=before.count + 1 if before else 1,
        refusals=(before.refusals if before else 0) + 1 if refused else 0,
        last_error=str(error),
        hint=error.hint or "",
        alerted=before.alerted if before else False,
    )
    key = f"alert:mailbox:{_iso(failure.since)}"
    if not failure.alerted and failure.serious():
        failure = replace(failure, alerted=True)
        app.store.event(now, "mailbox.failing", app.source.name, _detail(failure))
        _mail(app, key, _failing(app, failure), now)
    elif failure.alerted and app.config.alerts.to:
        # the outbox retries at each run, and there is none while the mailbox fails
        outbox.send(app, key, now)
    _save(app.store, failure)
    return failure


def mailbox_works(app: App, now: datetime) -> None:
    """The mailbox was read: end the failure in progress, if any (a mail if it was sent one)."""
    failure = mailbox_health(app.store)
    if failure is None:
        return
    app.store.set_state(STATE_KEY, "")
    logger.info("mailbox: read again after {} failed tries since {}", failure.count, failure.since)
    if failure.alerted:
        app.store.event(now, "mailbox.recovered", app.source.name, _detail(failure))
        key = f"alert:mailbox:{_iso(failure.since)}:cleared"
        _mail(app, key, _recovered(app, failure, now), now)


def status_lines(app: App) -> list[str]:
    """What `intake status` says of a mailbox failure in progress: nothing if none."""
    failure = mailbox_health(app.store)
    if failure is None:
        return []
    local = app.context.calendar.local
    # In the language in use; the mails (_what, _remedy) stay in Vietnamese.
    if failure.login_refused:
        what = _("the mail server refused the login (wrong username or password)")
        remedy = _(
            "check the [mailbox] section of the configuration file: username, and the"
            " password in the file password_file (intake reads it again at the next try) or"
            " in the environment variable password_env (restart intake after fixing it)"
        )
    else:
        what = _("cannot connect to or read the mailbox on the server")
        remedy = _(
            "check the [mailbox] section of the configuration file (host, port, security,"
            " folder), the mail server, and the network connection from the computer that"
            " runs intake; intake tries again by itself"
        )
    return [
        "",
        _("MAILBOX FAILING since {since}, {count} times (last {last}): {what}.").format(
            since=f"{local(failure.since):%H:%M %d/%m/%Y}",
            count=failure.count,
            last=f"{local(failure.last_at):%H:%M %d/%m/%Y}",
            what=what,
        ),
        _("  Details: {error}").format(error=failure.last_error),
        _("  How to fix: {remedy}").format(remedy=remedy),
    ]


# -- the mails ---------------------------------------------------------------------------


def _failing(app: App, failure: MailboxFailure) -> tuple[str, str]:
    local = app.context.calendar.local
    subject = f"[intake] Lỗi hộp thư: {_what(failure)}"
    text = (
        "Kính gửi quản trị viên,\n\n"
        f"Từ {local(failure.since):%H:%M ngày %d/%m/%Y}, intake không đọc được hộp thư"
        f" {app.source.name} ({failure.count} lần thử): {_what(failure)}.\n"
        f"Chi tiết: {failure.last_error}\n\n"
        f"Cách khắc phục: {_remedy(failure)}\n\n"
        "Báo cáo các đơn vị gửi đến trong thời gian này vẫn nằm trong hộp thư và sẽ được"
        " đọc khi hộp thư hoạt động lại. intake sẽ gửi thêm một thư khi đó.\n\n"
        "Thư này do intake gửi tự động.\n"
    )
    return subject, text


def _recovered(app: App, failure: MailboxFailure, now: datetime) -> tuple[str, str]:
    local = app.context.calendar.local
    subject = "[intake] Hộp thư đã hoạt động lại"
    text = (
        "Kính gửi quản trị viên,\n\n"
        f"Lúc {local(now):%H:%M ngày %d/%m/%Y}, intake đã đọc lại được hộp thư"
        f" {app.source.name}, sau {failure.count} lần thử không thành công từ"
        f" {local(failure.since):%H:%M ngày %d/%m/%Y}.\n"
        "Các báo cáo gửi đến trong thời gian đó được đọc ngay bây giờ.\n\n"
        "Thư này do intake gửi tự động.\n"
    )
    return subject, text


def _mail(app: App, key: str, words: tuple[str, str], now: datetime) -> None:
    to = app.config.alerts.to
    if not to:
        return
    subject, text = words
    message = outbox.office_message(
        app, subject=subject, to=to, now=now, auto_submitted="auto-generated", text=text
    )
    outbox.deliver(app, outbox.letter(key, "alert", message, None), now)


def _what(failure: MailboxFailure) -> str:
    if failure.login_refused:
        return "máy chủ thư từ chối đăng nhập (sai tên đăng nhập hoặc mật khẩu)"
    return "không kết nối hoặc không đọc được hộp thư trên máy chủ"


def _remedy(failure: MailboxFailure) -> str:
    if failure.login_refused:
        return (
            "kiểm tra mục [mailbox] của tệp cấu hình: username, và mật khẩu trong tệp"
            " password_file (intake đọc lại ở lần thử sau) hoặc trong biến môi trường"
            " password_env (khởi động lại intake sau khi sửa)"
        )
    return (
        "kiểm tra mục [mailbox] của tệp cấu hình (host, port, security, folder), máy chủ"
        " thư, và kết nối mạng từ máy chạy intake; intake tự thử lại"
    )


def _detail(failure: MailboxFailure) -> dict[str, object]:
    return {"since": _iso(failure.since), "count": failure.count, "error": failure.last_error}


def _save(store: Store, failure: MailboxFailure) -> None:
    data = asdict(failure) | {"since": _iso(failure.since), "last_at": _iso(failure.last_at)}
    store.set_state(STATE_KEY, json.dumps(data, ensure_ascii=False))


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")
