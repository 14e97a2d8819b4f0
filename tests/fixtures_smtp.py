"""A real SMTP receiver on loopback (aiosmtpd), started once per test session.

    smtp_receiver           the receiver, emptied before each test; it accepts mail with
                            or without a login, a login only as SMTP_USER/SMTP_PASSWORD,
                            and refuses the recipients listed in its `refuse` set
    smtp_starttls_receiver  the same behind STARTTLS (required before MAIL)
    smtp_ssl_receiver       the same behind implicit TLS ("ssl", like port 465)
    smtp_tls                their self-signed certificate for 127.0.0.1, and a client
                            context that trusts it (made once with the openssl command)
    smtp_free_port          a port nothing listens on (for "connection refused")

    def test_x(smtp_receiver):
        ...send to smtp_receiver.host, smtp_receiver.port...
        [mail] = smtp_receiver.wait_for(1)
        assert mail.rcpt_tos == [...]; mail.message()["Subject"]

Measured facts (shared/notes/real-servers.md): Controller(port=0) fails, so a free port is
picked first; AUTH is offered without TLS only with auth_require_tls=False; a refused
login must return AuthResult(success=False, handled=False) to send an error code.
"""

from __future__ import annotations

import email
import email.policy
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

SMTP_USER = "baocao@vanphong.test"
SMTP_PASSWORD = "mật-khẩu-thử 123"  # non-ASCII on purpose


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None  # the user that logged in, None without a login
    tls: bool  # whether the session was encrypted

    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]

    @property
    def kind(self) -> str:
        """ "summary" (the weekly report), "ack", "reminder", or "other"."""
        head = self.message()
        subject, auto = str(head["Subject"] or ""), str(head["Auto-Submitted"] or "")
        if "[Tổng hợp báo cáo]" in subject:
            return "summary"
        if auto == "auto-replied":
            return "ack"
        return "reminder" if auto == "auto-generated" else "other"


@dataclass
class Receiver:
    host: str
    port: int
    user: str = SMTP_USER
    password: str = SMTP_PASSWORD
    messages: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)  # recipients answered with a 550
    _arrived: threading.Condition = field(default_factory=threading.Condition)

    def clear(self) -> None:
        with self._arrived:
            self.messages.clear()
        self.refuse.clear()
        self.user, self.password = SMTP_USER, SMTP_PASSWORD

    def wait_for(self, count: int, timeout: float = 5.0, kind: str | None = None) -> list[Received]:
        """The first `count` messages (of a kind, when given), waiting for them; fails on
        timeout."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self.of(kind)) >= count, timeout):
                pytest.fail(f"expected {count} messages, got {len(self.of(kind))} in {timeout}s")
            return self.of(kind)[:count]

    def of(self, kind: str | None) -> list[Received]:
        return [m for m in self.messages if kind is None or m.kind == kind]

    # aiosmtpd hooks, called in the receiver's thread.

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        login = session.auth_data.decode() if session.authenticated else None
        tls = server.transport.get_extra_info("ssl_object") is not None
        data = envelope.original_content or envelope.content
        with self._arrived:
            received = Received(envelope.mail_from, list(envelope.rcpt_tos), data, login, tls)
            self.messages.append(received)
            self._arrived.notify_all()
        return "250 Message accepted"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.user
            and auth_data.password.decode() == self.password
        )
        if ok:
            return AuthResult(success=True, auth_data=auth_data.login)
        return AuthResult(success=False, handled=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_receiver(**smtp_options: Any) -> tuple[Receiver, Controller]:
    """Start a receiver on a free port; retry if another process takes the port first."""
    for attempt in range(3):
        receiver = Receiver("127.0.0.1", free_port())
        controller = Controller(
            receiver,
            hostname=receiver.host,
            port=receiver.port,
            server_hostname="receiver.test",
            authenticator=receiver.authenticate,
            auth_require_tls=False,
            **smtp_options,
        )
        try:
            controller.start()
        except (OSError, RuntimeError):
            if attempt == 2:
                raise
            continue
        return receiver, controller
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class TlsFiles:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A context that trusts the receivers' certificate, and only it."""
        return ssl.create_default_context(cafile=str(self.cert))


@pytest.fixture(scope="session")
def smtp_tls(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("the TLS tests need the openssl command (apt-get install openssl)")
    folder = tmp_path_factory.mktemp("tls")
    files = TlsFiles(folder / "cert.pem", folder / "key.pem")
    command = [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]
    command += ["-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"]
    command += ["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]
    command += ["-keyout", str(files.key), "-out", str(files.cert)]
    subprocess.run(command, check=True, capture_output=True)
    return files


@pytest.fixture(scope="session")
def _smtp_receiver_session() -> Iterator[Receiver]:
    receiver, controller = start_receiver()
    yield receiver
    controller.stop()


@pytest.fixture
def smtp_receiver(_smtp_receiver_session: Receiver) -> Receiver:
    _smtp_receiver_session.clear()
    return _smtp_receiver_session


@pytest.fixture(scope="session")
def _smtp_starttls_session(smtp_tls: TlsFiles) -> Iterator[Receiver]:
    receiver, controller = start_receiver(
        tls_context=smtp_tls.server_context(), require_starttls=True
    )
    yield receiver
    controller.stop()


@pytest.fixture
def smtp_starttls_receiver(_smtp_starttls_session: Receiver) -> Receiver:
    _smtp_starttls_session.clear()
    return _smtp_starttls_session


@pytest.fixture(scope="session")
def _smtp_ssl_session(smtp_tls: TlsFiles) -> Iterator[Receiver]:
    receiver, controller = start_receiver(ssl_context=smtp_tls.server_context())
    yield receiver
    controller.stop()


@pytest.fixture
def smtp_ssl_receiver(_smtp_ssl_session: Receiver) -> Receiver:
    _smtp_ssl_session.clear()
    return _smtp_ssl_session


@pytest.fixture
def smtp_free_port() -> int:
    return free_port()
