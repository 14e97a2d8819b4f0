"""Signed-in browsers.

The cookie carries a random token (32 bytes); the database keeps only its HMAC under the
desk's secret key, so that a copy of the database or of a backup opens no session.  A
session ends at its absolute expiry (`[web] session_hours`), after `[web] idle_minutes`
without a request, at sign-out, and when the account is disabled or its password changes.
Signing in always starts a new session: a token planted before sign-in is never promoted.

Each session has its own CSRF token, which every state-changing request must carry (the
form field `csrf`, or the header X-CSRF-Token).  The sign-in form, which has no session
yet, carries a token bound to a short-lived pre-session cookie instead (`login_token`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from intake.migrations import transaction
from intake.store import Store, iso_utc, parse_iso
from intake.web.accounts import Account, by_id

COOKIE = "intake_session"
LOGIN_COOKIE = "intake_login"
_SEEN_EVERY = timedelta(minutes=1)  # how often a request updates seen_at


@dataclass(frozen=True)
class Session:
    token_hash: str
    account: Account
    csrf: str


def secret_key(path: Path) -> bytes:
    """The desk's key, from `path`; written there (mode 0600) on first use."""
    try:
        key = path.read_bytes().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32).encode()
        with open(path, "xb", opener=lambda p, f: _private(p, f)) as out:
            out.write(key + b"\n")
    if len(key) < 32:
        raise ValueError(f"{path}: the secret key must have at least 32 characters")
    return key


def _private(path: str, flags: int) -> int:
    import os

    return os.open(path, flags, 0o600)


def start(
    store: Store, key: bytes, account: Account, now: datetime, hours: float
) -> tuple[str, Session]:
    """A new session for `account`: the cookie's token and the session."""
    token = secrets.token_urlsafe(32)
    session = Session(_hash(key, token), account, secrets.token_urlsafe(32))
    with transaction(store.conn):
        store.conn.execute(
            "INSERT INTO web_sessions (token_hash, account, csrf, created_at, seen_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                session.token_hash,
                account.id,
                session.csrf,
                iso_utc(now),
                iso_utc(now),
                iso_utc(now + timedelta(hours=hours)),
            ),
        )
        store.conn.execute("DELETE FROM web_sessions WHERE expires_at < ?", (iso_utc(now),))
    return token, session


def find(
    store: Store, key: bytes, token: str | None, now: datetime, idle: timedelta
) -> Session | None:
    """The live session of a cookie's token, or None (and an expired one is removed)."""
    if not token:
        return None
    token_hash = _hash(key, token)
    row = store.conn.execute(
        "SELECT account, csrf, seen_at, expires_at FROM web_sessions WHERE token_hash = ?",
        (token_hash,),
    ).fetchone()
    if row is None:
        return None
    seen = parse_iso(row["seen_at"])
    expires = parse_iso(row["expires_at"])
    account = by_id(store, row["account"])
    if (
        account is None
        or account.disabled
        or seen is None
        or expires is None
        or now >= expires
        or now - seen >= idle
    ):
        end(store, key, token)
        return None
    if now - seen >= _SEEN_EVERY:
        store.conn.execute(
            "UPDATE web_sessions SET seen_at = ? WHERE token_hash = ?", (iso_utc(now), token_hash)
        )
    return Session(token_hash, account, row["csrf"])


def end(store: Store, key: bytes, token: str | None) -> None:
    if token:
        store.conn.execute("DELETE FROM web_sessions WHERE token_hash = ?", (_hash(key, token),))


def login_token(key: bytes, pre_session: str) -> str:
    """The CSRF token of the sign-in form, bound to the browser's pre-session cookie."""
    return hmac.new(key, b"login:" + pre_session.encode(), hashlib.sha256).hexdigest()


def same(given: str | None, expected: str) -> bool:
    return bool(given) and hmac.compare_digest(str(given), expected)


def _hash(key: bytes, token: str) -> str:
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()
