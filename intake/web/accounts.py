"""Accounts of the web desk: who may sign in, with which role, and the sign-in throttle.

Passwords are hashed with argon2id (argon2-cffi's defaults).  A role is one of:

    clerk    reviews held reports (accepts, corrects, rejects, reassigns)
    leader   reviews, and approves and sends the report upward
    admin    reviews, and manages accounts and the unit directory

Sign-in is throttled: after FAILURES_PER_LOGIN failed attempts on one account, or
FAILURES_PER_ADDRESS from one address, within THROTTLE_WINDOW, every attempt is refused
(even with the right password) until the window has passed.  Every change to an account
goes to the event log (subject "account:<login>"), never with the password.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from intake.errors import IntakeError
from intake.i18n import N_
from intake.migrations import transaction
from intake.store import Store, iso_utc

ROLES = {"clerk": N_("Chuyên viên"), "leader": N_("Lãnh đạo"), "admin": N_("Quản trị")}
MAY = {
    "review": frozenset({"clerk", "leader", "admin"}),
    "approve": frozenset({"leader"}),
    "manage": frozenset({"admin"}),
}
MIN_PASSWORD = 10
FAILURES_PER_LOGIN = 5
FAILURES_PER_ADDRESS = 20
THROTTLE_WINDOW = timedelta(minutes=15)
_LOGIN = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")

_hasher = PasswordHasher()
# Verified when the login does not exist, so that a wrong name costs as long as a wrong
# password and the timing tells nothing.
_DUMMY = _hasher.hash("not a password of anyone")


class AccountError(IntakeError):
    """An account change or a sign-in that cannot be done; the message says why."""


class Throttled(AccountError):
    """Too many failed sign-ins: refused until the window has passed."""


@dataclass(frozen=True)
class Account:
    id: int
    login: str
    full_name: str
    role: str
    disabled: bool

    def may(self, action: str) -> bool:
        return not self.disabled and self.role in MAY[action]

    @property
    def role_name(self) -> str:
        return ROLES.get(self.role, self.role)

    @property
    def shown(self) -> str:
        return self.full_name or self.login


def add(
    store: Store,
    login: str,
    password: str,
    role: str,
    now: datetime,
    *,
    full_name: str = "",
    by: str,
) -> Account:
    login = login.strip().lower()
    if not _LOGIN.fullmatch(login):
        raise AccountError(
            f"Tên đăng nhập '{login}' không hợp lệ",
            hint="2-40 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang",
        )
    _check_role(role)
    _check_password(password)
    if find(store, login) is not None:
        raise AccountError(f"Đã có tài khoản '{login}'")
    with transaction(store.conn):
        store.conn.execute(
            "INSERT INTO accounts (login, full_name, role, password_hash, created_at, changed_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (login, full_name.strip(), role, _hasher.hash(password), iso_utc(now), iso_utc(now)),
        )
        store.event(
            now,
            "account.added",
            f"account:{login}",
            {"after": {"role": role, "name": full_name}},
            by,
        )
    account = find(store, login)
    assert account is not None
    return account


def set_password(store: Store, login: str, password: str, now: datetime, *, by: str) -> None:
    """A new password, which signs out every browser of the account."""
    account = _existing(store, login)
    _check_password(password)
    _change(store, account, "password_hash", _hasher.hash(password), {}, now, by, sign_out=True)


def set_disabled(store: Store, login: str, disabled: bool, now: datetime, *, by: str) -> None:
    account = _existing(store, login)
    detail = {"before": {"disabled": account.disabled}, "after": {"disabled": disabled}}
    _change(store, account, "disabled", int(disabled), detail, now, by, sign_out=disabled)


def set_role(store: Store, login: str, role: str, now: datetime, *, by: str) -> None:
    account = _existing(store, login)
    _check_role(role)
    detail = {"before": {"role": account.role}, "after": {"role": role}}
    _change(store, account, "role", role, detail, now, by, sign_out=False)


_EVENTS = {
    "password_hash": "account.password",
    "disabled": "account.disabled",
    "role": "account.role",
}


def _change(
    store: Store,
    account: Account,
    column: str,
    value: object,
    detail: dict[str, Any],
    now: datetime,
    by: str,
    *,
    sign_out: bool,
) -> None:
    """Set one column of the account, and log it (never the password itself)."""
    with transaction(store.conn):
        store.conn.execute(
            f"UPDATE accounts SET {column} = ?, changed_at = ? WHERE id = ?",
            (value, iso_utc(now), account.id),
        )
        if sign_out:
            store.conn.execute("DELETE FROM web_sessions WHERE account = ?", (account.id,))
        store.event(now, _EVENTS[column], f"account:{account.login}", detail, by)


def find(store: Store, login: str) -> Account | None:
    row = store.conn.execute(
        "SELECT id, login, full_name, role, disabled FROM accounts WHERE login = ?",
        (login.strip().lower(),),
    ).fetchone()
    return _account(row) if row else None


def by_id(store: Store, account_id: int) -> Account | None:
    row = store.conn.execute(
        "SELECT id, login, full_name, role, disabled FROM accounts WHERE id = ?", (account_id,)
    ).fetchone()
    return _account(row) if row else None


def every(store: Store) -> list[Account]:
    rows = store.conn.execute(
        "SELECT id, login, full_name, role, disabled FROM accounts ORDER BY login"
    )
    return [_account(r) for r in rows]


def sign_in(store: Store, login: str, password: str, address: str, now: datetime) -> Account:
    """The account, if the password is right and sign-in is not throttled."""
    login = login.strip().lower()
    since = iso_utc(now - THROTTLE_WINDOW)
    by_login, by_address = store.conn.execute(
        "SELECT sum(CASE WHEN login = ? THEN 1 ELSE 0 END),"
        " sum(CASE WHEN address = ? THEN 1 ELSE 0 END) FROM login_failures WHERE at >= ?",
        (login, address, since),
    ).fetchone()
    if (by_login or 0) >= FAILURES_PER_LOGIN or (by_address or 0) >= FAILURES_PER_ADDRESS:
        raise Throttled(
            "Đăng nhập sai quá nhiều lần; hãy thử lại sau 15 phút",
            hint="quản trị viên có thể đặt lại mật khẩu: intake user passwd TÊN",
        )
    row = store.conn.execute(
        "SELECT id, login, full_name, role, disabled, password_hash FROM accounts WHERE login = ?",
        (login,),
    ).fetchone()
    if not _verified(row["password_hash"] if row else _DUMMY, password) or row is None:
        with transaction(store.conn):
            store.conn.execute(
                "INSERT INTO login_failures (login, address, at) VALUES (?, ?, ?)",
                (login, address, iso_utc(now)),
            )
            store.conn.execute(
                "DELETE FROM login_failures WHERE at < ?", (iso_utc(now - 4 * THROTTLE_WINDOW),)
            )
        raise AccountError("Sai tên đăng nhập hoặc mật khẩu")
    account = _account(row)
    if account.disabled:
        raise AccountError("Tài khoản này đã bị khoá; hãy hỏi quản trị viên")
    store.conn.execute("DELETE FROM login_failures WHERE login = ?", (login,))
    if _hasher.check_needs_rehash(row["password_hash"]):
        store.conn.execute(
            "UPDATE accounts SET password_hash = ? WHERE id = ?",
            (_hasher.hash(password), account.id),
        )
    return account


def _verified(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _existing(store: Store, login: str) -> Account:
    account = find(store, login)
    if account is None:
        raise AccountError(f"Không có tài khoản '{login}'", hint="xem danh sách: intake user list")
    return account


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(
            f"Vai trò '{role}' không có",
            hint="chọn một trong: " + ", ".join(f"{k} ({v})" for k, v in ROLES.items()),
        )


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự")
    if password.strip() != password or not password.strip():
        raise AccountError("Mật khẩu không được bắt đầu hay kết thúc bằng dấu cách")


def _account(row) -> Account:
    return Account(row["id"], row["login"], row["full_name"], row["role"], bool(row["disabled"]))
