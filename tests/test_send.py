"""The transports: SMTP against a real receiver, a folder of .eml files, a list."""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable
from email.message import EmailMessage

import pytest

from intake.config import FileTransport, SmtpTransport
from intake.errors import TransportError
from intake.render.mail import XLSX_TYPE, summary_email
from intake.render.xlsx import write_xlsx
from intake.send import FileSender, MemorySender, SmtpSender, Transport, make_transport
from tests.fixtures_smtp import SMTP_PASSWORD, SMTP_USER, Receiver
from tests.test_render import SENDER, TZ, make_report

TO = ["ubnd@tinh.test"]
CC = ["lanhdao@huyen.test", "vanthu@huyen.test"]
PASSWORD_ENV = "INTAKE_TEST_SMTP_PASSWORD"


@pytest.fixture(scope="module")
def summary(tmp_path_factory) -> EmailMessage:
    report = make_report()
    xlsx = write_xlsx(report, tmp_path_factory.mktemp("xlsx") / "tong-hop.xlsx", TZ)
    return summary_email(report, xlsx, sender=SENDER, to=TO, cc=CC, tz=TZ)


def smtp_config(port: int, security: str = "none", *, login: bool = False) -> SmtpTransport:
    extra = {"username": SMTP_USER, "password_env": PASSWORD_ENV} if login else {}
    return SmtpTransport(
        kind="smtp",
        host="127.0.0.1",
        port=port,
        security=security,
        sender=SENDER,
        timeout_seconds=5,
        **extra,
    )


def parse(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def summary_copy(message: EmailMessage) -> EmailMessage:
    return parse(message.as_bytes())


def attachment_of(message: EmailMessage) -> EmailMessage:
    [attachment] = message.iter_attachments()
    return attachment  # type: ignore[return-value]


# ---------------------------------------------------------------------------
# One contract, every transport.


@pytest.fixture(params=["smtp", "file", "memory"])
def transport(request, tmp_path) -> tuple[Transport, Callable[[], list[EmailMessage]]]:
    """A transport, and what it has delivered so far (send returns once it is done)."""
    if request.param == "smtp":
        receiver: Receiver = request.getfixturevalue("smtp_receiver")
        sender: Transport = SmtpSender(smtp_config(receiver.port))
        return sender, lambda: [m.message() for m in receiver.messages]
    if request.param == "file":
        folder = tmp_path / "outbox"
        sender = FileSender(FileTransport(kind="file", dir=folder))
        return sender, lambda: [parse(p.read_bytes()) for p in sorted(folder.glob("*.eml"))]
    memory = MemorySender()
    return memory, lambda: memory.messages


def test_contract_a_sent_message_arrives_whole(transport, summary):
    sender, delivered = transport
    sender.send(summary)
    [message] = delivered()
    assert message["Subject"] == summary["Subject"]
    assert message["Message-ID"] == summary["Message-ID"]
    assert attachment_of(message).get_content() == attachment_of(summary).get_content()


def test_contract_check_sends_nothing_and_says_what_it_uses(transport):
    sender, delivered = transport
    assert sender.check()
    assert delivered() == []


# ---------------------------------------------------------------------------
# SMTP.


def test_smtp_delivers_to_every_recipient_with_the_workbook(smtp_receiver, summary):
    message = summary_copy(summary)
    message["Bcc"] = "luu@vanphong.test"
    SmtpSender(smtp_config(smtp_receiver.port)).send(message)
    [mail] = smtp_receiver.wait_for(1)
    assert mail.mail_from == SENDER
    assert mail.rcpt_tos == [*TO, *CC, "luu@vanphong.test"]
    received = mail.message()
    assert received["Bcc"] is None  # the blind copy stays blind
    attachment = attachment_of(received)
    assert attachment.get_content_type() == "/".join(XLSX_TYPE)
    assert attachment.get_filename() == "tong-hop-tuan-2021-02-11.xlsx"


@pytest.mark.parametrize("password", [SMTP_PASSWORD, "Plain-ASCII-42"])
def test_smtp_logs_in_with_the_right_password(smtp_receiver, summary, monkeypatch, password):
    smtp_receiver.password = password  # smtplib encodes only ASCII; intake does UTF-8 itself
    monkeypatch.setenv(PASSWORD_ENV, password)
    sender = SmtpSender(smtp_config(smtp_receiver.port, login=True))
    assert sender.check() == f"SMTP 127.0.0.1:{smtp_receiver.port} (none), logged in as {SMTP_USER}"
    sender.send(summary)
    [mail] = smtp_receiver.wait_for(1)
    assert mail.login == SMTP_USER


@pytest.mark.parametrize("wrong", ["sai-mật-khẩu-42", "wrong-password-42"])
def test_smtp_wrong_password_is_refused_without_showing_it(
    smtp_receiver, summary, monkeypatch, wrong
):
    monkeypatch.setenv(PASSWORD_ENV, wrong)
    sender = SmtpSender(smtp_config(smtp_receiver.port, login=True))
    for attempt in (sender.check, lambda: sender.send(summary)):
        with pytest.raises(TransportError) as caught:
            attempt()
        text = f"{caught.value} {caught.value.hint}"
        assert f"127.0.0.1:{smtp_receiver.port}: login refused for {SMTP_USER}" in text
        assert wrong not in text and SMTP_PASSWORD not in text
    assert smtp_receiver.messages == []


def test_smtp_connection_refused(smtp_free_port, summary):
    with pytest.raises(TransportError, match=rf"127\.0\.0\.1:{smtp_free_port}: connection refused"):
        SmtpSender(smtp_config(smtp_free_port)).send(summary)


def test_smtp_every_recipient_refused(smtp_receiver, summary):
    smtp_receiver.refuse.update([*TO, *CC])
    with pytest.raises(TransportError, match="every recipient refused: ubnd@tinh.test"):
        SmtpSender(smtp_config(smtp_receiver.port)).send(summary)


def test_smtp_some_recipients_refused_the_others_get_it(smtp_receiver, summary):
    smtp_receiver.refuse.add(CC[0])
    SmtpSender(smtp_config(smtp_receiver.port)).send(summary)
    [mail] = smtp_receiver.wait_for(1)
    assert mail.rcpt_tos == [TO[0], CC[1]]


def test_smtp_message_without_recipient(smtp_receiver):
    message = EmailMessage()
    message["Subject"] = "Không có người nhận"
    with pytest.raises(TransportError, match="no recipient"):
        SmtpSender(smtp_config(smtp_receiver.port)).send(message)


def test_smtp_starttls_not_offered(smtp_receiver, summary):
    with pytest.raises(TransportError, match="does not offer STARTTLS") as caught:
        SmtpSender(smtp_config(smtp_receiver.port, "starttls")).send(summary)
    assert "ssl" in caught.value.hint


def test_smtp_starttls_then_login(smtp_starttls_receiver, smtp_tls, summary, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, SMTP_PASSWORD)
    cfg = smtp_config(smtp_starttls_receiver.port, "starttls", login=True)
    SmtpSender(cfg, tls_context=smtp_tls.client_context()).send(summary)
    [mail] = smtp_starttls_receiver.wait_for(1)
    assert mail.tls and mail.login == SMTP_USER


def test_smtp_untrusted_certificate_is_refused(smtp_starttls_receiver, summary):
    cfg = smtp_config(smtp_starttls_receiver.port, "starttls")
    with pytest.raises(TransportError, match="certificate is not trusted"):
        SmtpSender(cfg).send(summary)  # the system's trusted certificates only


def test_smtp_implicit_tls(smtp_ssl_receiver, smtp_tls, summary):
    cfg = smtp_config(smtp_ssl_receiver.port, "ssl")
    SmtpSender(cfg, tls_context=smtp_tls.client_context()).send(summary)
    [mail] = smtp_ssl_receiver.wait_for(1)
    assert mail.tls


def test_smtp_implicit_tls_against_a_plain_server(smtp_receiver, summary):
    with pytest.raises(TransportError, match=rf"127\.0\.0\.1:{smtp_receiver.port}: TLS failed"):
        SmtpSender(smtp_config(smtp_receiver.port, "ssl")).send(summary)


# ---------------------------------------------------------------------------
# Files and memory.


def test_file_sender_writes_a_parseable_eml(tmp_path, summary):
    folder = tmp_path / "outbox" / "new"  # created on first use
    FileSender(FileTransport(kind="file", dir=folder)).send(summary)
    [path] = folder.iterdir()
    assert re.fullmatch(r"\d{8}T\d{12}Z-[0-9a-f]{12}\.eml", path.name)
    message = parse(path.read_bytes())
    assert message["To"] == TO[0] and message["Cc"] == ", ".join(CC)
    assert message.get_body(("plain",)).get_content().startswith("Kính gửi")
    assert attachment_of(message).get_content()[:2] == b"PK"


def test_file_sender_check_creates_nothing(tmp_path):
    folder = tmp_path / "outbox"
    assert str(folder) in FileSender(FileTransport(kind="file", dir=folder)).check()
    assert not folder.exists()


def test_file_sender_cannot_write(tmp_path, summary):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    sender = FileSender(FileTransport(kind="file", dir=blocked / "outbox"))
    with pytest.raises(TransportError, match="a-file/outbox: cannot write"):
        sender.send(summary)
    with pytest.raises(TransportError, match="not writable"):
        sender.check()


def test_memory_sender_can_be_told_to_fail(summary):
    sender = MemorySender(fail="127.0.0.1:25: connection refused")
    with pytest.raises(TransportError, match="connection refused"):
        sender.send(summary)
    assert sender.messages == []


def test_make_transport_follows_the_kind(tmp_path):
    assert isinstance(make_transport(smtp_config(25)), SmtpSender)
    assert isinstance(make_transport(FileTransport(kind="file", dir=tmp_path)), FileSender)
