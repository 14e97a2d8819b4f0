"""Sending the office's messages: by SMTP, into a folder, or into a list (tests).

    Transport               what the rest of intake uses: send(message), check()
    ├── SmtpSender          smtplib, with SSL, STARTTLS or none, and an optional login
    ├── FileSender          one .eml file per message in a folder (no mail server needed)
    └── MemorySender        keeps the messages in a list, for unit tests

Every failure is a TransportError whose message names the server (host:port) or the
folder and what failed, e.g. "smtp.example.vn:587: login refused for baocao@example.vn
(535 authentication failed)".  Passwords are never part of a message.  The messages and
hints are i18n.Words: English in `str(error)` and the logs, in the language in use where
`intake` says them (check-config, report --send).
"""

from __future__ import annotations

import base64
import hashlib
import os
import smtplib
import socket
import ssl
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import ParamSpec, Protocol, TypeVar

from loguru import logger

from intake.check import Answer
from intake.config import FileTransport, SmtpTransport
from intake.errors import TransportError
from intake.i18n import N_, Words

RECIPIENT_HEADERS = ("To", "Cc", "Bcc")

P = ParamSpec("P")
T = TypeVar("T")


class Transport(Protocol):
    def send(self, message: EmailMessage) -> None:
        """Send (or store) one message; TransportError when it cannot."""

    def check(self) -> str:
        """Try the transport without sending anything; a short description of it."""


def make_transport(cfg: SmtpTransport | FileTransport) -> Transport:
    """The transport the `[smtp]` section describes."""
    if isinstance(cfg, SmtpTransport):
        return SmtpSender(cfg)
    return FileSender(cfg)


def recipients(message: EmailMessage) -> list[str]:
    """Every address of To, Cc and Bcc, once each, in order."""
    values = [str(v) for name in RECIPIENT_HEADERS for v in message.get_all(name, [])]
    found = [addr for _, addr in getaddresses(values) if addr]
    return list(dict.fromkeys(found))


# ---------------------------------------------------------------------------
# SMTP.


class SmtpSender:
    """Sends through an SMTP server, one connection per message."""

    def __init__(self, cfg: SmtpTransport, *, tls_context: ssl.SSLContext | None = None):
        self.cfg = cfg
        self.tls_context = tls_context  # None: the system's trusted certificates
        self.where = f"{cfg.host}:{cfg.effective_port}"

    def send(self, message: EmailMessage) -> None:
        to = recipients(message)
        if not to:
            raise TransportError(
                Words("{where}: the message has no recipient (To, Cc, Bcc)", where=self.where)
            )
        with self._session() as smtp:
            refused = self._guard(_SENDING, smtp.send_message, message, self.cfg.sender, to)
        if refused:
            logger.warning("{}: some recipients were refused: {}", self.where, _refusals(refused))

    def check(self) -> str:
        with self._session():
            pass
        who = (
            Words("logged in as {user}", user=self.cfg.username)
            if self.cfg.username
            else Words("no login")
        )
        return Answer(
            Words(
                "SMTP {where} ({security}), {who}",
                where=self.where,
                security=self.cfg.security,
                who=who,
            )
        )

    @contextmanager
    def _session(self) -> Iterator[smtplib.SMTP]:
        smtp = self._guard(_CONNECTING, self._connect)
        try:
            if self.cfg.security == "starttls":
                self._starttls(smtp)
            if self.cfg.username:
                self._login(smtp)
            yield smtp
        finally:
            _close(smtp)

    def _connect(self) -> smtplib.SMTP:
        host, port, timeout = self.cfg.host, self.cfg.effective_port, self.cfg.timeout_seconds
        if self.cfg.security == "ssl":
            return smtplib.SMTP_SSL(host, port, timeout=timeout, context=self._context())
        return smtplib.SMTP(host, port, timeout=timeout)

    def _starttls(self, smtp: smtplib.SMTP) -> None:
        self._guard(_EHLO, smtp.ehlo)
        if not smtp.has_extn("starttls"):
            raise TransportError(
                Words("{where}: the server does not offer STARTTLS", where=self.where),
                hint=Words('set security = "ssl" (port 465) or "none" in [smtp]'),
            )
        self._guard(_STARTTLS, smtp.starttls, context=self._context())

    def _login(self, smtp: smtplib.SMTP) -> None:
        password = self.cfg.password("smtp")
        try:
            if (self.cfg.username + password).isascii():
                smtp.login(self.cfg.username, password)
            else:
                self._login_utf8(smtp, password)
        except smtplib.SMTPAuthenticationError as e:
            reply = _scrub(_reply(e.smtp_code, e.smtp_error), password)
            raise TransportError(
                Words(
                    "{where}: login refused for {user} ({reply})",
                    where=self.where,
                    user=self.cfg.username,
                    reply=reply,
                ),
                hint=Words("check username and password_env/password_file in [smtp]"),
            ) from None
        except smtplib.SMTPNotSupportedError:
            raise TransportError(
                Words("{where}: the server offers no login (AUTH)", where=self.where),
                hint=Words("remove username from [smtp], or use the port that accepts logins"),
            ) from None
        except (smtplib.SMTPException, OSError) as e:
            said = _describe(e, _LOGGING_IN, password)
            raise TransportError(Words("{where}: {error}", where=self.where, error=said)) from None

    def _login_utf8(self, smtp: smtplib.SMTP, password: str) -> None:
        """AUTH PLAIN in UTF-8 (RFC 4616): smtplib cannot encode non-ASCII credentials."""
        smtp.ehlo_or_helo_if_needed()
        if "PLAIN" not in smtp.esmtp_features.get("auth", "").upper().split():
            raise TransportError(
                Words(
                    "{where}: the server offers no AUTH PLAIN, which a username or password"
                    " with non-ASCII letters needs",
                    where=self.where,
                ),
                hint=Words("use a password of ASCII letters, digits and signs"),
            )
        token = b"\0" + self.cfg.username.encode() + b"\0" + password.encode()
        code, reply = smtp.docmd("AUTH", "PLAIN " + base64.b64encode(token).decode("ascii"))
        if code not in (235, 503):
            raise smtplib.SMTPAuthenticationError(code, reply)

    def _context(self) -> ssl.SSLContext:
        return self.tls_context or ssl.create_default_context()

    def _guard(self, doing: Words, call: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Call smtplib; turn its failures into a TransportError saying what failed."""
        try:
            return call(*args, **kwargs)
        except TransportError:
            raise
        except (smtplib.SMTPException, OSError) as e:
            said = _describe(e, doing)
            raise TransportError(Words("{where}: {error}", where=self.where, error=said)) from e


# What SmtpSender was doing when smtplib failed ("… failed", "… while connecting").
_CONNECTING, _EHLO, _STARTTLS, _LOGGING_IN, _SENDING = (
    Words(N_("connecting")),
    Words(N_("saying EHLO")),
    Words(N_("starting TLS")),
    Words(N_("logging in")),
    Words(N_("sending")),
)


def _describe(e: BaseException, doing: Words, password: str = "") -> Words:
    """What went wrong, in a few words an administrator can act on (never `password`)."""
    if isinstance(e, smtplib.SMTPRecipientsRefused):
        return Words("every recipient refused: {refused}", refused=_refusals(e.recipients))
    if isinstance(e, smtplib.SMTPSenderRefused):
        reply = _scrub(_reply(e.smtp_code, e.smtp_error), password)
        return Words("sender {sender} refused ({reply})", sender=e.sender, reply=reply)
    if isinstance(e, smtplib.SMTPDataError):
        return Words("message refused ({reply})", reply=_reply(e.smtp_code, e.smtp_error))
    if isinstance(e, smtplib.SMTPServerDisconnected):
        return Words("the server closed the connection while {doing}", doing=doing)
    if isinstance(e, smtplib.SMTPResponseException):
        reply = _scrub(_reply(e.smtp_code, e.smtp_error), password)
        return Words("{doing} failed ({reply})", doing=doing, reply=reply)
    if isinstance(e, ConnectionRefusedError):
        return Words("connection refused (is the server running, is the port right?)")
    if isinstance(e, TimeoutError):
        return Words("no answer while {doing} (timed out)", doing=doing)
    if isinstance(e, socket.gaierror):
        return Words("unknown host ({error})", error=e.strerror)
    if isinstance(e, ssl.SSLCertVerificationError):
        return Words("the server's certificate is not trusted ({error})", error=e.verify_message)
    if isinstance(e, ssl.SSLError):
        return Words("TLS failed while {doing} ({error})", doing=doing, error=e.reason or e)
    error = e.strerror if isinstance(e, OSError) and e.strerror else _scrub(str(e), password)
    return Words("{doing} failed: {error}", doing=doing, error=error)


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}"


def _refusals(refused: dict[str, tuple[int, bytes]]) -> str:
    return ", ".join(f"{addr} ({_reply(*reply)})" for addr, reply in refused.items())


def _scrub(text: str, password: str) -> str:
    return text.replace(password, "***") if password else text


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


# ---------------------------------------------------------------------------
# A folder of .eml files.


class FileSender:
    """Writes each message to `<dir>/<UTC timestamp>-<hash>.eml`, atomically."""

    def __init__(self, cfg: FileTransport):
        self.dir = Path(cfg.dir)

    def send(self, message: EmailMessage) -> None:
        data = message.as_bytes()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        name = f"{stamp}-{hashlib.sha256(data).hexdigest()[:12]}.eml"
        try:
            _write_atomically(self.dir, name, data)
        except OSError as e:
            raise TransportError(
                Words(
                    "{path}: cannot write {name}: {error}",
                    path=self.dir,
                    name=name,
                    error=e.strerror or e,
                ),
                hint=Words("check that the [smtp] dir folder exists and is writable"),
            ) from e

    def check(self) -> str:
        """Whether the folder is writable, or can be created; creates nothing."""
        folder = next(p for p in [self.dir, *self.dir.parents] if p.exists())
        if not (folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)):
            raise TransportError(
                Words(
                    "{path}: not writable ({folder} is not a writable folder)",
                    path=self.dir,
                    folder=folder,
                )
            )
        return Answer(Words("writing messages as .eml files into {path}", path=self.dir))


def _write_atomically(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".eml", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, folder / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return folder / name


# ---------------------------------------------------------------------------
# In memory.


class MemorySender:
    """Keeps sent messages in `messages`; set `fail` to make send raise TransportError."""

    def __init__(self, fail: str | None = None):
        self.messages: list[EmailMessage] = []
        self.fail = fail

    def send(self, message: EmailMessage) -> None:
        if self.fail:
            raise TransportError(self.fail)
        self.messages.append(message)

    def check(self) -> str:
        return Answer(Words("keeping messages in memory"))
