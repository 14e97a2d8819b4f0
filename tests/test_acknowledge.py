"""Acknowledgments: one threaded Vietnamese reply per report, never to a machine, never twice.

Each test opens a real App over a configuration in its tmp folder whose [smtp] is the
suite's aiosmtpd receiver; a message is recorded and stored as the pipeline does (its
acknowledgment claimed in the transaction that stores its reports), then `acknowledge`
sends it as the pipeline does.  SmtpSender returns once the receiver has answered the
DATA, so what the receiver holds afterwards is all that was sent.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from intake import outbox
from intake.acknowledge import (
    MAX_AGE,
    TEXT_TEMPLATE,
    acknowledge,
    acknowledgment,
    automatic,
    build_context,
    check_template,
    recipient,
    render_text,
    reserving,
    sample_context,
)
from intake.app import App
from intake.errors import ConfigError
from intake.models import Analysis, Classification, Kind, RawMessage
from intake.pipeline import analyse
from tests.helpers_e2e import OFFICE, toml_text
from tests.mail import SENT, message

BAN_BO = "banbo.tamduong@laichau.gov.vn"
FULL = "Số tin, bài: 12\nĐộ dài: 1 giờ 15 phút\nSố lượt phát sóng: 36\nƯớc số người nghe: 5.000\n"
PARTIAL = "Số tin, bài: 12\nĐộ dài: 1 giờ 15 phút\n"
NOW = SENT + timedelta(minutes=5)


@pytest.fixture
def config(office_config: Path) -> Path:
    return office_config


@pytest.fixture
def app(office_app: App) -> App:
    return office_app


def settings(config: Path, **values: object) -> App:
    """The App of `config` with an [acknowledge] section added."""
    config.write_text(config.read_text() + toml_text({"acknowledge": values}))
    return App.open(config)


def receive(
    app: App, m: EmailMessage, now: datetime = NOW
) -> tuple[int, Analysis, outbox.Entry | None]:
    """Record, analyse and store one message as pipeline.process does, its acknowledgment
    claimed with its reports; its row id, analysis and acknowledgment (not sent yet)."""
    data = m.as_bytes()
    raw = RawMessage(data, "test", item=None, arrived_at=now)
    headers = {"message_id": m["Message-ID"], "sender": None, "subject": m["Subject"]}
    row, _ = app.store.record_message(raw, f"{raw.sha256}.eml", headers, now)
    analysis = analyse(data, app.context, now)
    ack = acknowledgment(app, row, analysis, now)
    within = reserving(app, ack, now)
    app.store.finish_message(row, analysis.classification, analysis.reports, now, within=within)
    return row, analysis, ack


def answer(app: App, m: EmailMessage, now: datetime = NOW) -> EmailMessage | None:
    _, _, ack = receive(app, m, now)
    return acknowledge(app, ack, now)


# ---------------------------------------------------------------------------
# The reply.


def test_an_accepted_report_gets_one_threaded_reply_with_the_figures(app, smtp_receiver):
    """GIVEN a complete report in a thread WHEN acknowledged THEN one reply goes to the
    sender through SMTP, threaded, marked auto-replied, listing the figures as read."""
    m = message(FULL, subject="Báo cáo tuần")
    m["References"] = "<first@test.vn> <second@test.vn>"
    assert answer(app, m) is not None
    [mail] = smtp_receiver.messages
    reply = mail.message()
    assert mail.rcpt_tos == [BAN_BO] and mail.mail_from == OFFICE
    assert reply["Subject"] == "Re: Báo cáo tuần"
    assert reply["In-Reply-To"] == m["Message-ID"]
    assert reply["References"].split() == ["<first@test.vn>", "<second@test.vn>", m["Message-ID"]]
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["X-Auto-Response-Suppress"] == "All"
    # Python's parser doubles the space between two encoded words of a display name
    office = " ".join(reply["From"].addresses[0].display_name.split())
    assert office == "Phòng Văn hóa và Thông tin huyện Tam Đường"
    body = reply.get_content()
    for line in (
        "Kính gửi: UBND xã Bản Bo",
        "gửi lúc 10:00 ngày 04/02/2021",
        "- Đơn vị: Xã Bản Bo",
        "- Kỳ báo cáo: tuần từ ngày 29/01/2021 đến ngày 04/02/2021",
        "- Hạn gửi: 16 giờ 00, thứ Năm ngày 04/02/2021 (đơn vị gửi đúng hạn)",
        "+ Số tin, bài: 12",
        "+ Độ dài, thời lượng (phút): 75",
        "+ Số lần phát sóng: 36",
        "+ Ước số người nghe: 5.000",
        "- Tình trạng: đã tiếp nhận.",
        "Phòng Văn hóa và Thông tin huyện Tam Đường",
    ):
        assert line in body
    [row] = outbox.entries(app.store, "ack:")
    assert row.sent_at is not None and row.error is None and row.unit == "ban_bo"
    assert row.message_id == reply["Message-ID"] and row.recipients == (BAN_BO,)


def test_a_reply_is_not_re_re_and_a_message_without_references_starts_them(app, smtp_receiver):
    m = message(FULL, subject="RE: Báo cáo tuần")
    reply = answer(app, m)
    assert reply is not None
    assert reply["Subject"] == "RE: Báo cáo tuần"
    assert reply["References"] == m["Message-ID"]


def test_a_late_report_says_how_late(app, smtp_receiver):
    late = SENT + timedelta(days=1, hours=2, minutes=15)  # Friday 12:15, deadline Thu 16:00
    reply = answer(app, message(FULL, sent=late), now=late)
    assert reply is not None
    assert "(đơn vị gửi muộn 20 giờ 15 phút)" in reply.get_content()


def test_a_held_report_lists_the_problems_and_how_to_correct(app, smtp_receiver):
    reply = answer(app, message(PARTIAL))
    assert reply is not None
    body = reply.get_content()
    assert "- Tình trạng: chờ cán bộ kiểm tra, vì:" in body
    assert (
        "+ Thiếu số liệu: Số lần phát sóng" in body and "+ Thiếu số liệu: Ước số người nghe" in body
    )
    assert "+ Số lần phát sóng: chưa có" in body and "+ Số tin, bài: 12" in body
    assert (
        "Đề nghị đơn vị kiểm tra lại và trả lời thư này, ghi số liệu đã sửa, mỗi số liệu một dòng"
        " (ví dụ: Số lần phát sóng: 12)." in body
    )
    assert "đã tiếp nhận" not in body
    assert len(smtp_receiver.messages) == 1


def test_a_report_without_a_unit_is_not_answered_and_the_outbox_says_why(app, smtp_receiver):
    """GIVEN an address outside the directory naming no unit WHEN processed THEN nothing is
    sent to the address the mail claims, AND the outbox records the answer as withheld."""
    assert answer(app, message(FULL, sender="canbo.vanhoa@gmail.com")) is None
    assert smtp_receiver.messages == []
    [row] = outbox.entries(app.store, "ack:")
    assert row.state is outbox.State.WITHHELD and row.recipients == () and row.sent_at is None
    assert "no unit" in (row.note or "")


def test_reply_to_outside_the_directory_is_not_answered_the_unit_is(app, smtp_receiver):
    """GIVEN a report from Bản Bo's address asking answers at a Gmail address THEN the
    answer goes to Bản Bo's address in the directory, never to the claimed one."""
    m = message(FULL, headers={"Reply-To": "Văn thư <vanthu.banbo@gmail.com>"})
    assert answer(app, m) is not None
    assert [m.rcpt_tos for m in smtp_receiver.messages] == [[BAN_BO]]


def test_reply_to_another_directory_address_of_the_unit_is_respected(app, smtp_receiver):
    """Thị trấn Tam Đường has two addresses in the directory: a Reply-To naming the
    second is answered there."""
    first, second = "vhtt.tttamduong@laichau.gov.vn", "tttamduong.tamduong@laichau.gov.vn"
    reply = answer(app, message(FULL, sender=first, headers={"Reply-To": second}))
    assert reply is not None and reply["To"] == second
    assert [m.rcpt_tos for m in smtp_receiver.messages] == [[second]]


def test_a_stranger_s_report_for_a_unit_is_answered_to_the_unit_only(app, smtp_receiver):
    """GIVEN a Gmail address whose report names Bản Bo (a forged or a new address) THEN
    the answer goes to Bản Bo's first address in the directory, not to the stranger."""
    m = message(FULL, sender="canbo.vanhoa@gmail.com", subject="Báo cáo tuần xã Bản Bo")
    _, analysis, ack = receive(app, m)
    assert {r.unit for r in analysis.reports} == {"ban_bo"}
    reply = acknowledge(app, ack, NOW)
    assert reply is not None and "Kính gửi: UBND xã Bản Bo" in reply.get_content()
    assert [m.rcpt_tos for m in smtp_receiver.messages] == [[BAN_BO]]


def test_a_reply_with_corrected_figures_over_the_quoted_acknowledgment_reads_the_new_ones(
    app, smtp_receiver
):
    """GIVEN the acknowledgment of a held report WHEN the unit answers it above the quote
    (Gmail style) THEN the new figures are read, not the quoted ones or the example."""
    ack = answer(app, message(PARTIAL))
    assert ack is not None
    quoted = "\n".join(f"> {line}" for line in ack.get_content().splitlines())
    body = (
        "Em gửi lại số liệu đã sửa ạ:\nSố tin, bài: 7\nĐộ dài: 40 phút\nSố lần phát sóng: 20\n"
        "Ước số người nghe: 1.500\n\nVào Th 5, 4 thg 2, 2021 lúc 10:30 Phòng Văn hóa "
        f"<{OFFICE}> đã viết:\n{quoted}\n"
    )
    answer_mail = message(body, subject=str(ack["Subject"]), sent=SENT + timedelta(hours=1))
    _, analysis, _ = receive(app, answer_mail, now=SENT + timedelta(hours=1))
    [report] = analysis.reports
    assert dict(report.values) == {"items": 7, "minutes": 40, "broadcasts": 20, "listeners": 1500}


# ---------------------------------------------------------------------------
# Never to a machine, a list or the office.


@pytest.mark.parametrize(
    "sender, headers",
    [
        (BAN_BO, {"Auto-Submitted": "auto-replied"}),
        (BAN_BO, {"X-Autoreply": "yes"}),
        (BAN_BO, {"Precedence": "bulk"}),
        (BAN_BO, {"List-Id": "Bản tin huyện <bantin.tamduong.gov.vn>"}),
        ("MAILER-DAEMON@laichau.gov.vn", {}),
        ("no-reply@zalo.vn", {}),
        ("noreply@laichau.gov.vn", {}),
        (OFFICE, {}),
        (BAN_BO, {"Reply-To": "no-reply@laichau.gov.vn"}),
        (BAN_BO, {"Reply-To": OFFICE}),
    ],
    ids=[
        "auto-reply",
        "x-autoreply",
        "precedence-bulk",
        "list-id",
        "bounce",
        "no-reply",
        "noreply",
        "office",
        "reply-to-noreply",
        "reply-to-office",
    ],
)
def test_automatic_mail_lists_noreply_and_the_office_get_nothing(
    app, smtp_receiver, sender, headers
):
    assert answer(app, message(FULL, sender=sender, headers=headers)) is None
    assert smtp_receiver.messages == [] and outbox.entries(app.store) == []


def test_a_delivery_report_gets_nothing(app, smtp_receiver):
    bounce = EmailMessage()
    bounce["From"] = BAN_BO  # some servers send DSNs from the user's own address
    bounce["To"] = OFFICE
    bounce["Subject"] = "Báo cáo tuần"
    bounce["Message-ID"] = "<dsn.1@laichau.gov.vn>"
    bounce.set_content(FULL)
    bounce.make_mixed()
    bounce.set_type("multipart/report")
    bounce.set_param("report-type", "delivery-status")
    assert answer(app, bounce) is None
    assert smtp_receiver.messages == []


@pytest.mark.parametrize(
    "headers, reason",
    [
        ({"auto-submitted": "auto-generated"}, "Auto-Submitted"),
        ({"auto-submitted": "no"}, ""),
        ({"precedence": "junk"}, "Precedence"),
        ({"precedence": "list"}, "Precedence"),
        ({"x-autorespond": "1"}, "x-autorespond"),
        ({"list-unsubscribe": "<mailto:x@y>"}, "list-unsubscribe"),
        ({"return-path": "<>"}, "Return-Path"),
    ],
)
def test_automatic_headers_are_refused_even_when_classified_as_a_report(app, headers, reason):
    """The acknowledgment checks RFC 3834 itself, whatever the classifier decided."""
    _, analysis, _ = receive(app, message(FULL))
    parsed = dataclasses.replace(analysis.parsed, headers={**analysis.parsed.headers, **headers})
    forced = dataclasses.replace(analysis, parsed=parsed)
    assert (reason in automatic(parsed)) if reason else automatic(parsed) == ""
    to, why = recipient(forced, app.context)
    assert (to is None) == bool(reason)


def test_no_reply_to_an_empty_sender_or_a_message_without_reports(app):
    _, analysis, _ = receive(app, message(FULL))
    empty = dataclasses.replace(analysis, parsed=dataclasses.replace(analysis.parsed, sender=""))
    assert recipient(empty, app.context) == (None, "no sender address")
    other = dataclasses.replace(analysis, classification=Classification(Kind.OTHER, "câu hỏi"))
    assert recipient(other, app.context)[0] is None
    bare = dataclasses.replace(analysis, reports=())
    assert recipient(bare, app.context) == (None, "no report in it")


def test_a_question_without_figures_gets_nothing(app, smtp_receiver):
    assert answer(app, message("Cho em hỏi mẫu báo cáo tuần này có thay đổi không ạ?")) is None
    assert smtp_receiver.messages == []


def test_mail_older_than_max_age_is_not_answered(app, smtp_receiver):
    """GIVEN a new installation reading last month's mail THEN no unit is answered for it."""
    assert answer(app, message(FULL), now=SENT + MAX_AGE + timedelta(hours=1)) is None
    assert smtp_receiver.messages == []


# ---------------------------------------------------------------------------
# Limits, once, switched off, failures.


def test_at_most_the_daily_limit_per_sender(config, smtp_receiver):
    app = settings(config, max_per_sender_per_day=2)
    try:
        sent = [answer(app, message(FULL), now=NOW + timedelta(minutes=i)) for i in range(3)]
        assert [m is not None for m in sent] == [True, True, False]
        other = answer(app, message(FULL, sender="natam.tamduong@laichau.gov.vn"))
        assert other is not None  # another address has its own count
        next_day = NOW + timedelta(days=1)
        assert answer(app, message(FULL, sent=next_day), now=next_day) is not None
        assert len(smtp_receiver.messages) == 4
    finally:
        app.close()


def test_the_day_is_the_office_s_local_day(config, smtp_receiver):
    """23:30 and 00:30 local time are two days, though the same UTC day."""
    app = settings(config, max_per_sender_per_day=1)
    try:
        evening = SENT.replace(hour=23, minute=30)
        assert answer(app, message(FULL, sent=evening), now=evening) is not None
        morning = evening + timedelta(hours=1)
        assert answer(app, message(FULL, sent=morning), now=morning) is not None
    finally:
        app.close()


def test_the_same_message_is_acknowledged_once_even_after_a_restart(config, smtp_receiver):
    app = App.open(config)
    row, analysis, ack = receive(app, message(FULL))
    assert acknowledge(app, ack, NOW) is not None
    assert acknowledge(app, ack, NOW + timedelta(minutes=1)) is None
    assert acknowledgment(app, row, analysis, NOW + timedelta(minutes=1)) is None
    app.close()
    restarted = App.open(config)
    try:
        assert acknowledgment(restarted, row, analysis, NOW + timedelta(minutes=2)) is None
        assert outbox.retry_due(restarted, NOW + timedelta(days=1)) == []
    finally:
        restarted.close()
    assert len(smtp_receiver.messages) == 1


def test_a_crash_after_the_commit_sends_it_at_the_next_run(app, smtp_receiver):
    """GIVEN the reports are stored with the acknowledgment claimed, and intake died before
    sending it THEN the next run sends it, with the Message-ID fixed when it was claimed."""
    _, _, ack = receive(app, message(FULL))  # and no acknowledge(): the crash
    assert ack is not None and smtp_receiver.messages == []
    assert outbox.retry_due(app, NOW + timedelta(minutes=1)) == [ack.key]
    [mail] = smtp_receiver.messages
    assert mail.message()["Message-ID"] == ack.message_id and mail.rcpt_tos == [BAN_BO]


def test_disabled_sends_nothing(config, smtp_receiver):
    app = settings(config, enabled=False)
    try:
        assert answer(app, message(FULL)) is None
        assert smtp_receiver.messages == [] and outbox.entries(app.store) == []
    finally:
        app.close()


def test_a_refused_recipient_is_recorded_and_tried_again_after_the_wait(app, smtp_receiver):
    smtp_receiver.refuse.add(BAN_BO)
    row, _, ack = receive(app, message(FULL))
    assert acknowledge(app, ack, NOW) is None  # logged, not raised
    [entry] = outbox.entries(app.store, "ack:")
    assert entry.sent_at is None and "every recipient refused" in (entry.error or "")
    assert entry.state is outbox.State.PENDING and entry.next_try_at == NOW + timedelta(minutes=5)
    assert outbox.retry_due(app, NOW + timedelta(minutes=4)) == []  # not before the wait
    smtp_receiver.refuse.clear()
    assert outbox.retry_due(app, NOW + timedelta(minutes=5)) == [f"ack:message:{row}"]
    events = [e["kind"] for e in app.store.events(f"ack:message:{row}")]
    assert events == ["outbox.failed", "outbox.sent"]


def test_a_broken_template_override_is_logged_and_sends_nothing(config, tmp_path, smtp_receiver):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / TEXT_TEMPLATE).write_text("{{ nobody }}\n")
    config.write_text(
        config.read_text().replace("[report]\n", f'[report]\ntemplates = "{folder}"\n')
    )
    app = App.open(config)
    try:
        assert answer(app, message(FULL)) is None
        assert smtp_receiver.messages == [] and outbox.entries(app.store) == []
    finally:
        app.close()


# ---------------------------------------------------------------------------
# The template.


def test_the_shipped_template_renders_with_strict_undefined():
    assert check_template() == TEXT_TEMPLATE
    text = render_text(sample_context())
    assert "Kính gửi: UBND xã Bản Bo" in text and "(ví dụ: Số tin, bài: 12)" in text


def test_an_override_folder_wins_and_an_unknown_variable_is_an_error(tmp_path):
    (tmp_path / TEXT_TEMPLATE).write_text("{{ greeting }}: {{ reports | length }}\n")
    assert render_text(sample_context(), tmp_path) == "UBND xã Bản Bo: 2\n"
    (tmp_path / TEXT_TEMPLATE).write_text("{{ nobody }}\n")
    with pytest.raises(ConfigError, match="ack.txt.j2: 'nobody' is undefined"):
        check_template(tmp_path)


def test_the_context_of_a_stored_message(app):
    _, analysis, _ = receive(app, message(PARTIAL))
    context = build_context(analysis, app.context, "Văn phòng")
    [report] = context.reports
    assert (context.greeting, context.sent, context.held) == (
        "UBND xã Bản Bo",
        "10:00 ngày 04/02/2021",
        True,
    )
    assert report.period == "tuần từ ngày 29/01/2021 đến ngày 04/02/2021"
    assert [(f.label, f.value) for f in report.figures][:2] == [
        ("Số tin, bài", "12"),
        ("Độ dài, thời lượng (phút)", "75"),
    ]
    assert context.example == "Số lần phát sóng: 12"
