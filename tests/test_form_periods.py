"""Forms with their own periods: a monthly form's mail is read as monthly, and its
period, deadline, reminders, report and completeness follow the form, not the week."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from intake import aggregate, completeness, forms
from intake.app import App
from intake.context import Context
from intake.cycles import Cycle, CycleCalendar, DaysBefore, parse_days_before
from intake.errors import ConfigError
from intake.models import ParsedMessage, Standing, Status
from intake.pipeline import analyse, run_once
from intake.remind import missing, schedules, slots
from tests.helpers_e2e import maildir_config
from tests.mail import message

ICT = timezone(timedelta(hours=7))
TZ = Context.defaults().calendar.tz
MONTHLY = CycleCalendar(Cycle("monthly", end_day=20, late_grace_hours=120), TZ)
BODY = (
    "Kính gửi Phòng Văn hóa và Thông tin,\n"
    "Xã Bản Bo báo cáo công tác thông tin cơ sở tháng 02/2021 như sau:\n"
    "Số bản tin thông tin cơ sở: 4\nSố bảng tin công cộng: 12\n"
    "Số tài liệu tuyên truyền đã cấp phát: 350\nSố ý kiến phản ánh của người dân: 3\n"
)


def at(day: int, hour: int = 10, month: int = 2, year: int = 2021) -> datetime:
    return datetime(year, month, day, hour, tzinfo=ICT)


# -- the calendar of a month, a quarter, a year --------------------------------------


def test_a_month_runs_from_the_21st_to_the_20th():
    assert MONTHLY.end_on_or_after(date(2021, 2, 21)) == date(2021, 3, 20)
    assert MONTHLY.end_on_or_after(date(2021, 2, 20)) == date(2021, 2, 20)
    assert MONTHLY.start(date(2021, 2, 20)) == date(2021, 1, 21)
    assert MONTHLY.deadline(date(2021, 2, 20)) == datetime(2021, 2, 20, 16, tzinfo=TZ)
    assert MONTHLY.name(date(2021, 2, 20)) == "tháng 02/2021"


@pytest.mark.parametrize(
    ("sent", "end", "late"),
    [
        (at(19), date(2021, 2, 20), False),
        (at(20, 15), date(2021, 2, 20), False),
        (at(22), date(2021, 2, 20), True),  # within the grace: last month's, late
        (at(27), date(2021, 3, 20), False),  # after the grace: next month's
    ],
)
def test_the_sending_time_decides_the_month(sent, end, late):
    period = MONTHLY.by_time(sent)
    assert (period.end, period.late) == (end, late)


def test_a_quarter_and_a_year_end_on_their_last_months_day():
    quarterly = CycleCalendar(Cycle("quarterly", end_day=14), TZ)
    assert quarterly.end_on_or_after(date(2021, 3, 15)) == date(2021, 6, 14)
    assert quarterly.start(date(2021, 6, 14)) == date(2021, 3, 15)
    assert quarterly.name(date(2021, 6, 14)) == "quý II/2021"
    yearly = CycleCalendar(Cycle("yearly", end_day=31), TZ)
    assert yearly.end_on_or_after(date(2021, 2, 1)) == date(2021, 12, 31)
    assert yearly.name(date(2021, 12, 31)) == "năm 2021"
    assert CycleCalendar(Cycle("monthly", end_day=31), TZ).end_on_or_after(
        date(2021, 2, 3)
    ) == date(2021, 2, 28)


@pytest.mark.parametrize(
    ("text", "sent", "end"),
    [
        ("Báo cáo tháng 02/2021", at(19), date(2021, 2, 20)),
        ("báo cáo tháng 2 năm 2021", at(25), date(2021, 2, 20)),
        ("Báo cáo tháng 12", at(3, month=1, year=2022), date(2021, 12, 20)),
    ],
)
def test_a_month_written_in_the_report_wins(text, sent, end):
    end_named, _, problem = MONTHLY.named(text, sent)
    assert problem is None and end_named == end


def test_the_ends_of_the_months_in_a_range():
    assert MONTHLY.ends(date(2021, 1, 1), date(2021, 3, 31)) == [
        date(2021, 1, 20),
        date(2021, 2, 20),
        date(2021, 3, 20),
    ]


# -- the form file ---------------------------------------------------------------------


def test_the_shipped_monthly_form_declares_its_period():
    [form] = [f for f in forms.load_all(Path("config/forms")) if f.id == "grassroots_monthly"]
    assert form.schedule is not None
    assert (form.schedule.kind, form.schedule.end_day, form.schedule.deadline) == (
        "monthly",
        20,
        time(16),
    )
    assert form.schedule.reminders == ((3, time(9)), (1, time(9)))


def test_a_wrong_reminder_names_the_file(tmp_path):
    (tmp_path / "m.toml").write_text(
        'id = "m"\ntitle = "Báo cáo tháng"\n[period]\nkind = "monthly"\n'
        'reminders = ["wednesday 15:00"]\n[[fields]]\nkey = "a"\nlabel = "Số bản tin"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as e:
        forms.load_all(tmp_path)
    assert "m.toml" in str(e.value) and "3 days before 09:00" in str(e.value)


def test_a_reminder_is_some_days_before_the_deadline():
    assert parse_days_before("3 days before 09:00") == DaysBefore(3, time(9))
    [slot] = slots(MONTHLY, date(2021, 2, 20), [DaysBefore(3, time(9))])
    assert slot.at == datetime(2021, 2, 17, 9, tzinfo=TZ)


# -- a monthly mail ----------------------------------------------------------------------


def test_a_monthly_report_is_read_as_monthly_not_refused():
    """GIVEN a commune's monthly grassroots report naming "tháng 02/2021"
    WHEN it is read THEN it is the report of the month ending 20/02/2021, accepted."""
    mail = message(BODY, subject="Báo cáo thông tin cơ sở tháng 02/2021", sent=at(19))
    [report] = analyse(mail.as_bytes(), Context.defaults(), at(19)).reports
    assert (report.form, report.unit, report.period_end) == (
        "grassroots_monthly",
        "ban_bo",
        date(2021, 2, 20),
    )
    assert report.status is Status.ACCEPTED and report.late is False
    assert report.values == {"bulletins": 4, "notice_boards": 12, "leaflets": 350, "feedback": 3}


def test_a_weekly_report_naming_a_month_is_still_held():
    mail = message(
        "Báo cáo kết quả tuyên truyền tháng 02/2021\nSố tin, bài: 5\nThời lượng: 45 phút\n"
        "Số lượt phát sóng: 15\nƯớc số người nghe: 1.200\n",
        subject="Báo cáo tuyên truyền",
    )
    reports = analyse(mail.as_bytes(), Context.defaults()).reports
    assert any("không phải báo cáo tuần" in p.message for r in reports for p in r.problems)


@pytest.fixture
def monthly_app(tmp_path: Path):
    """An office over a Maildir holding Bản Bo's monthly report, run once on 22/02."""
    config = maildir_config(tmp_path)
    (tmp_path / "mail" / "new").mkdir(parents=True)
    (tmp_path / "mail" / "cur").mkdir()
    mail = message(BODY, subject="Báo cáo thông tin cơ sở tháng 02/2021", sent=at(19))
    (tmp_path / "mail" / "new" / "1.monthly").write_bytes(mail.as_bytes())
    app = App.open(config)
    run_once(app, at(22), publish_due=False)
    yield app
    app.close()


def test_a_monthly_report_through_the_pipeline(monthly_app):
    """GIVEN the monthly mail in the mailbox WHEN the daemon runs once THEN it is stored
    for the month ending 20/02, the month's table counts it, and the other units are
    missing, since the 20th has passed."""
    [stored] = monthly_app.store.reports(period_end=date(2021, 2, 20))
    assert (stored.form, stored.unit, stored.status) == (
        "grassroots_monthly",
        "ban_bo",
        Status.ACCEPTED,
    )
    report = aggregate.build(monthly_app.store, monthly_app.context, date(2021, 2, 20), at(22), "")
    [table] = report.tables
    assert table.form.id == "grassroots_monthly" and table.totals["leaflets"] == 350
    assert report.period_start == date(2021, 1, 21)
    standings = {r.unit.id: r.standing for r in table.rows}
    assert standings["ban_bo"] is Standing.ON_TIME
    assert {s for u, s in standings.items() if u != "ban_bo"} == {Standing.MISSING}


def test_monthly_completeness_counts_months_and_never_one_not_due(monthly_app):
    grids = completeness.grids(
        monthly_app.store, monthly_app.context, date(2021, 1, 1), date(2021, 4, 30), at(22)
    )
    grid = next(g for g in grids if g.form.id == "grassroots_monthly")
    assert grid.periods == (
        date(2021, 1, 20),
        date(2021, 2, 20),
        date(2021, 3, 20),
        date(2021, 4, 20),
    )
    ban_bo = next(u for u in grid.units if u.id == "ban_bo")
    marks = [grid.cell(ban_bo, p).standing for p in grid.periods]
    assert marks == [Standing.MISSING, Standing.ON_TIME, Standing.NOT_DUE, Standing.NOT_DUE]
    assert grid.due_count() == 2


def test_the_monthly_form_is_reminded_of_its_own_month(monthly_app):
    [weekly, monthly] = schedules(monthly_app)
    assert [f.id for f in monthly.forms] == ["grassroots_monthly"]
    assert "grassroots_monthly" not in [f.id for f in weekly.forms]
    assert monthly.prefix == "reminder:grassroots_monthly:"
    units = [u.id for u, _ in missing(monthly_app, date(2021, 2, 20), monthly.forms)]
    assert "ban_bo" not in units and units


def test_the_acknowledgment_names_the_month_and_its_deadline():
    from intake.acknowledge import _report

    context = Context.defaults()
    mail = message(BODY, subject="Báo cáo thông tin cơ sở tháng 02/2021", sent=at(19))
    [report] = analyse(mail.as_bytes(), context, at(19)).reports
    ack = _report(report, context)
    assert ack.period == "tháng từ ngày 21/01/2021 đến ngày 20/02/2021"
    assert "20/02/2021" in ack.deadline


def test_a_thursday_that_is_also_the_20th_has_a_weekly_and_a_monthly_report():
    """GIVEN 20/05/2021, a Thursday and the monthly form's last day WHEN the reports of the
    day are listed THEN the week's comes first, with the weekly forms only, then the
    month's; the default of aggregate.build is the week's."""
    context = Context.defaults()
    ids = [f.id for f in aggregate.due_on(context, date(2021, 5, 20))]
    assert ids and "grassroots_monthly" not in ids
    reports = aggregate.reports_on(context, date(2021, 5, 20))
    assert [[f.id for f in forms] for forms in reports] == [ids, ["grassroots_monthly"]]
    assert [f.id for f in aggregate.due_on(context, date(2021, 2, 20))] == ["grassroots_monthly"]


def test_the_month_s_report_goes_out_once_after_its_deadline(monthly_app):
    """GIVEN the monthly report stored WHEN the daemon publishes what is due on 22/02
    THEN the month ending 20/02 is sent, with the week ending 18/02; a later run sends
    neither again."""
    from intake import publish

    monthly_app.store.set_state("first_run", at(1).isoformat())
    assert date(2021, 2, 20) in publish.due(monthly_app, at(22))
    publish.publish_due(monthly_app, at(22))
    assert publish.due(monthly_app, at(22, hour=12)) == []
    [sheet] = [p for p in (monthly_app.config.report.output_dir).glob("*2021-02-20*.xlsx")]
    assert sheet.exists()


WEEKLY_BODY = (
    "Xã Bản Bo báo cáo kết quả tuyên truyền tuần\nSố tin, bài: 5\nThời lượng: 45 phút\n"
    "Số lượt phát sóng: 15\nƯớc số người nghe: 1.200\n"
)


def sent_reports(folder: Path) -> list:
    """The reports sent upward (not the answers to the units), as messages."""
    import email
    import email.policy

    read = [
        email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        for f in sorted((folder / "sent").rglob("*.eml"))
    ]
    return [m for m in read if "[Tổng hợp báo cáo]" in m["Subject"]]


@pytest.fixture
def shared_day(tmp_path: Path):
    """An office whose week and monthly form both end on Thursday 20/05/2021, Bản Bo
    having sent both reports; with approval of each report before it goes."""
    config = maildir_config(tmp_path)
    text = config.read_text(encoding="utf-8").replace(
        "[report]\n", '[report]\napproval = "required"\ndraft_to = ["lanhdao@tamduong.gov.vn"]\n'
    )
    config.write_text(text, encoding="utf-8")
    (tmp_path / "mail" / "new").mkdir(parents=True)
    (tmp_path / "mail" / "cur").mkdir()
    monthly = message(
        BODY.replace("02/2021", "05/2021"),
        subject="Báo cáo thông tin cơ sở tháng 05/2021",
        sent=at(19, month=5),
    )
    weekly = message(WEEKLY_BODY, subject="Báo cáo tuyên truyền tuần", sent=at(19, month=5))
    (tmp_path / "mail" / "new" / "1.monthly").write_bytes(monthly.as_bytes())
    (tmp_path / "mail" / "new" / "2.weekly").write_bytes(weekly.as_bytes())
    app = App.open(config)
    app.store.set_state("first_run", at(19, month=5).isoformat())
    run_once(app, at(19, hour=12, month=5), publish_due=False)
    yield app
    app.close()


def test_a_day_that_ends_a_week_and_a_month_publishes_both_reports(shared_day):
    """GIVEN Thursday 20/05/2021, the end of a week and of the monthly form's month, both
    reports stored, approval required WHEN the daemon publishes what is due, and the
    approver answers the month's draft THEN the week's report and the month's are both
    built, sent as drafts and sent upward, each under its own heading and Message-ID,
    and neither goes twice."""
    from intake import publish

    app, end = shared_day, date(2021, 5, 20)
    assert publish.due(app, at(21, month=5)) == [end]
    files = publish.publish_due(app, at(21, month=5))
    forms_in = {
        form: [f.name for f in files if f.suffix == ".xlsx" and _holds(f, form)]
        for form in ("weekly_propaganda", "grassroots_monthly")
    }
    assert all(forms_in.values()), forms_in
    assert set(forms_in["weekly_propaganda"]).isdisjoint(forms_in["grassroots_monthly"])
    drafts = sent_reports(app.config.report.output_dir.parent)
    assert sorted(m["Subject"].split("] ")[2][:5] for m in drafts) == ["Tháng", "Tuần "]
    [month_draft] = [m for m in drafts if "Tháng" in m["Subject"]]
    reply = ParsedMessage(
        *(None, "Re: " + month_draft["Subject"], "lanhdao@tamduong.gov.vn", "", ()),
        *(at(21, hour=14, month=5), {}, "Đồng ý", ""),
        in_reply_to=month_draft["Message-ID"],
    )
    assert publish.approve_reply(app, reply, at(21, hour=14, month=5)) is not None
    mail = sent_reports(app.config.report.output_dir.parent)
    subjects = sorted(m["Subject"] for m in mail if "Dự thảo" not in m["Subject"])
    assert [s.split("] ")[1][:5] for s in subjects] == ["Tháng", "Tuần "]
    assert len({m["Message-ID"] for m in mail}) == len(mail) == 4
    assert publish.due(app, at(22, month=5)) == []
    assert publish.publish_due(app, at(22, month=5)) == []


def _holds(xlsx: Path, form_id: str) -> bool:
    from tests.helpers_e2e import read_table

    try:
        read_table(xlsx, form_id)
    except AssertionError:
        return False
    return True
