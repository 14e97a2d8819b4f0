"""Reminders: to each unit still missing, once per slot, across restarts, before the deadline.

A simulated week: the period ends on Thursday 04/02/2021 (deadline 16:00); the slots are
Wednesday 03/02 15:00 (slot 0) and Thursday 04/02 09:00 (slot 1).  Each test opens a
real App over a configuration whose [smtp] is the suite's aiosmtpd receiver, and passes
`now` explicitly.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from intake import outbox
from intake.app import App
from intake.config import PeriodRules, parse_weekly_time
from intake.errors import ConfigError
from intake.models import RawMessage
from intake.period import Calendar
from intake.pipeline import analyse
from intake.remind import (
    MIN_GAP,
    TEXT_TEMPLATE,
    check_template,
    current_period,
    due_slot,
    send_reminders,
    slots,
)
from tests.fixtures_smtp import Receiver
from tests.helpers_e2e import ICT, OFFICE, UNITS_CSV, toml_text
from tests.mail import message

END = date(2021, 2, 4)
WED = datetime(2021, 2, 3, tzinfo=ICT)
THU = datetime(2021, 2, 4, tzinfo=ICT)
FULL = "Số tin, bài: 12\nĐộ dài: 1 giờ 15 phút\nSố lượt phát sóng: 36\nƯớc số người nghe: 5.000\n"
PARTIAL = "Số tin, bài: 12\nĐộ dài: 1 giờ 15 phút\n"
LABELS = "Số tin, bài; Độ dài, thời lượng (phút); Số lần phát sóng; Ước số người nghe"


def at(day: datetime, hh_mm: str) -> datetime:
    hour, minute = map(int, hh_mm.split(":"))
    return datetime.combine(day.date(), time(hour, minute), tzinfo=ICT)


@pytest.fixture
def config(office_config: Path) -> Path:
    return office_config


@pytest.fixture
def app(office_app: App) -> App:
    return office_app


def settings(config: Path, **values: object) -> App:
    config.write_text(config.read_text() + toml_text({"reminders": values}))
    return App.open(config)


def report(app: App, unit_email: str, sent: datetime, body: str = FULL) -> None:
    """A unit's message, stored as the pipeline stores it."""
    m = message(body, sender=unit_email, sent=sent)
    data = m.as_bytes()
    raw = RawMessage(data, "test", arrived_at=sent)
    headers = {"message_id": m["Message-ID"], "sender": unit_email, "subject": m["Subject"]}
    row, _ = app.store.record_message(raw, f"{raw.sha256}.eml", headers, sent)
    analysis = analyse(data, app.context, sent)
    assert analysis.reports, "the test message must hold a report"
    app.store.finish_message(row, analysis.classification, analysis.reports, sent)


def email_of(app: App, unit: str) -> str:
    found = app.context.directory.get(unit)
    assert found is not None
    return found.emails[0]


def recipients_by_unit(app: App, receiver: Receiver) -> dict[str, list[str]]:
    """{unit id: the addresses its reminder went to}, from what the receiver got."""
    out = {}
    for mail in receiver.messages:
        [unit] = {app.context.directory.by_email(a).id for a in mail.rcpt_tos}  # type: ignore[union-attr]
        assert unit not in out, f"{unit} got two reminders"
        out[unit] = sorted(mail.rcpt_tos)
    return out


def all_units(app: App) -> set[str]:
    return {u.id for u in app.context.directory}


# ---------------------------------------------------------------------------
# A week.


def test_nothing_before_the_first_slot(app, smtp_receiver):
    assert send_reminders(app, at(WED, "14:59")) == []
    assert send_reminders(app, at(WED - timedelta(days=2), "09:00")) == []
    assert smtp_receiver.messages == []


def test_a_week_of_reminders_across_a_restart(config, smtp_receiver):
    """GIVEN Bản Bo has reported and Nà Tăm's report is held WHEN the week goes by THEN
    at Wednesday 15:01 every other unit gets one reminder at all its addresses, nothing
    more that day even after a restart, and on Thursday 09:05 only the units still
    missing get the second; nothing after the deadline."""
    app = App.open(config)
    report(app, "banbo.tamduong@laichau.gov.vn", at(WED, "10:00"))
    report(app, "natam.tamduong@laichau.gov.vn", at(WED, "11:00"), PARTIAL)  # held
    missing = all_units(app) - {"ban_bo", "na_tam"}

    keys = send_reminders(app, at(WED, "15:01"))
    assert sorted(keys) == sorted(f"reminder:2021-02-04:0:{u}" for u in missing)
    got = recipients_by_unit(app, smtp_receiver)
    assert got == {u.id: sorted(u.emails) for u in app.context.directory if u.id in missing}
    assert got["tt_tam_duong"] == [
        "tttamduong.tamduong@laichau.gov.vn",
        "vhtt.tttamduong@laichau.gov.vn",
    ]
    assert send_reminders(app, at(WED, "15:30")) == []
    app.close()

    app = App.open(config)  # a restart: the same database
    try:
        assert send_reminders(app, at(WED, "16:00")) == []
        report(app, "thensin.tamduong@laichau.gov.vn", at(WED, "17:00"))
        smtp_receiver.clear()
        keys = send_reminders(app, at(THU, "09:05"))
        still = missing - {"then_sin"}
        assert sorted(keys) == sorted(f"reminder:2021-02-04:1:{u}" for u in still)
        assert set(recipients_by_unit(app, smtp_receiver)) == still
        for moment in ("09:30", "15:59", "16:00", "16:01", "23:00"):
            assert send_reminders(app, at(THU, moment)) == []
        assert len(smtp_receiver.messages) == len(still)
        assert len(outbox.entries(app.store, "reminder:2021-02-04:")) == len(missing) + len(still)
    finally:
        app.close()


def test_the_reminder_names_the_period_the_deadline_and_the_figures(app, smtp_receiver):
    send_reminders(app, at(WED, "15:01"))
    [mail] = [
        m for m in smtp_receiver.messages if m.rcpt_tos == ["thensin.tamduong@laichau.gov.vn"]
    ]
    reminder: EmailMessage = mail.message()
    assert reminder["Subject"] == (
        "Nhắc gửi báo cáo tuần 29/01 – 04/02/2021 (hạn 16 giờ 00 ngày 04/02/2021)"
    )
    assert reminder["Auto-Submitted"] == "auto-generated"
    assert reminder["X-Auto-Response-Suppress"] == "All"
    assert reminder["From"].addresses[0].addr_spec == OFFICE
    body = reminder.get_content()
    for line in (
        "Kính gửi: UBND xã Thèn Sin",
        "chưa nhận được báo cáo tuần từ ngày 29/01/2021 đến ngày 04/02/2021 của đơn vị.",
        "Hạn gửi báo cáo: 16 giờ 00, thứ Năm ngày 04/02/2021.",
        f"- Báo cáo kết quả tuyên truyền tuần: {LABELS}.",
        "Đơn vị chỉ cần trả lời thư này",
        "Phòng Văn hóa và Thông tin huyện Tam Đường",
    ):
        assert line in body
    assert "Bluezone" not in body  # a form sent on request is not asked for


def test_the_station_is_greeted_by_its_name(app, smtp_receiver):
    send_reminders(app, at(WED, "15:01"))
    station = "daitruyenthanh.tamduong@laichau.gov.vn"
    [mail] = [m for m in smtp_receiver.messages if m.rcpt_tos == [station]]
    lines = mail.message().get_content().splitlines()
    assert lines[0] == "Kính gửi: Đài Truyền thanh - Truyền hình huyện"


# ---------------------------------------------------------------------------
# Late, once, gaps.


def test_a_slot_missed_while_down_is_sent_late_once(app, smtp_receiver):
    """GIVEN the daemon was down at Wednesday 15:00 WHEN it runs on Thursday at 08:00 THEN
    the Wednesday reminder goes out then, and only once."""
    keys = send_reminders(app, at(THU, "08:00"))
    assert len(keys) == len(all_units(app)) and all(":0:" in k for k in keys)
    assert send_reminders(app, at(THU, "08:30")) == []
    assert len(smtp_receiver.messages) == len(all_units(app))


def test_only_the_latest_slot_due_is_sent(app, smtp_receiver):
    """GIVEN the daemon was down at both slots WHEN it runs on Thursday at 10:00 THEN each
    unit gets one reminder (the Thursday one), not two."""
    keys = send_reminders(app, at(THU, "10:00"))
    assert len(keys) == len(all_units(app)) and all(":1:" in k for k in keys)
    assert len(recipients_by_unit(app, smtp_receiver)) == len(all_units(app))


def test_a_unit_just_reminded_waits_before_the_next_slot(app, smtp_receiver):
    """GIVEN the late Wednesday reminder went out at Thursday 08:59 THEN the Thursday one
    waits MIN_GAP, then goes."""
    first = at(THU, "08:59")
    assert len(send_reminders(app, first)) == len(all_units(app))
    assert send_reminders(app, at(THU, "09:00")) == []
    assert send_reminders(app, first + MIN_GAP - timedelta(minutes=1)) == []
    assert len(send_reminders(app, first + MIN_GAP)) == len(all_units(app))


def test_nothing_after_the_deadline(app, smtp_receiver):
    """GIVEN a first run after the deadline THEN no reminder for the closed week, nor for
    the next one before its slots."""
    for moment in (at(THU, "16:00"), at(THU, "18:00"), at(THU + timedelta(days=1), "09:00")):
        assert send_reminders(app, moment) == []
    assert smtp_receiver.messages == []


def test_disabled_sends_nothing(config, smtp_receiver):
    app = settings(config, enabled=False)
    try:
        assert send_reminders(app, at(WED, "15:01")) == []
        assert smtp_receiver.messages == [] and outbox.entries(app.store) == []
    finally:
        app.close()


def test_configured_slots_are_used(config, smtp_receiver):
    app = settings(config, at=["thursday 14:00"])
    try:
        assert send_reminders(app, at(WED, "15:01")) == []
        keys = send_reminders(app, at(THU, "14:00"))
        assert keys and all(k.startswith("reminder:2021-02-04:0:") for k in keys)
    finally:
        app.close()


# ---------------------------------------------------------------------------
# Who is reminded.


def test_a_message_held_whole_counts_as_a_report(app, smtp_receiver):
    """GIVEN Bản Bo sent figures no label could be given to (held whole, no form) THEN it
    is not reminded: its message waits for a clerk."""
    report(app, "banbo.tamduong@laichau.gov.vn", at(WED, "10:00"), "Báo cáo tuần: 12 - 75 - 36")
    [held] = app.store.unassigned_reports()
    assert (held.unit, held.form) == ("ban_bo", None)
    send_reminders(app, at(WED, "15:01"))
    assert "ban_bo" not in recipients_by_unit(app, smtp_receiver)


def test_a_report_for_another_week_does_not_count(app, smtp_receiver):
    report(app, "banbo.tamduong@laichau.gov.vn", at(WED - timedelta(days=7), "10:00"))
    send_reminders(app, at(WED, "15:01"))
    assert "ban_bo" in recipients_by_unit(app, smtp_receiver)


def test_a_unit_without_an_address_is_skipped(config, tmp_path, smtp_receiver):
    lines = UNITS_CSV.read_text(encoding="utf-8").splitlines()
    units = tmp_path / "units.csv"
    units.write_text(
        "\n".join(
            line.rsplit(",", 1)[0] + "," if line.startswith("then_sin,") else line for line in lines
        )
        + "\n",
        encoding="utf-8",
    )
    config.write_text(config.read_text().replace(str(UNITS_CSV), str(units)))
    app = App.open(config)
    try:
        assert app.context.directory.get("then_sin").emails == ()  # type: ignore[union-attr]
        keys = send_reminders(app, at(WED, "15:01"))
        assert len(keys) == len(all_units(app)) - 1
        assert not any(k.endswith(":then_sin") for k in keys)
    finally:
        app.close()


def test_a_refused_address_is_recorded_and_the_others_still_go(app, smtp_receiver):
    smtp_receiver.refuse.add("thensin.tamduong@laichau.gov.vn")
    keys = send_reminders(app, at(WED, "15:01"))  # logged, not raised
    assert len(keys) == len(all_units(app)) - 1
    [failed] = outbox.entries(app.store, "reminder:2021-02-04:0:then_sin")
    assert failed.sent_at is None and "refused" in (failed.error or "")
    assert send_reminders(app, at(WED, "15:02")) == []  # never twice, even a failure


# ---------------------------------------------------------------------------
# Slots and the template.


def test_slots_belong_to_the_period_whose_deadline_follows_within_seven_days():
    calendar = Calendar(PeriodRules())
    times = [parse_weekly_time(t) for t in ("wednesday 15:00", "thursday 09:00", "thursday 17:00")]
    found = [s.at for s in slots(calendar, END, times)]
    assert found == [at(WED, "15:00"), at(THU, "09:00"), at(THU - timedelta(days=7), "17:00")]
    assert current_period(calendar, at(THU, "15:59")) == END
    assert current_period(calendar, at(THU, "16:00")) == END + timedelta(days=7)
    assert due_slot(calendar, times, at(THU - timedelta(days=7), "17:30")) == (
        END,
        slots(calendar, END, times)[2],
    )


def test_the_shipped_template_renders_with_strict_undefined_and_can_be_overridden(tmp_path):
    assert check_template() == TEXT_TEMPLATE
    (tmp_path / TEXT_TEMPLATE).write_text("{{ greeting }} {{ nobody }}\n")
    with pytest.raises(ConfigError, match="reminder.txt.j2: 'nobody' is undefined"):
        check_template(tmp_path)
