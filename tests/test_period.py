"""Periods: weeks end on Thursday; the deadline and the grace decide late reports."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from intake.config import PeriodRules
from intake.period import Calendar, decide

ICT = timezone(timedelta(hours=7))
CAL = Calendar(PeriodRules())


def at(day: int, hour: int, minute: int = 0, month: int = 2) -> datetime:
    return datetime(2021, month, day, hour, minute, tzinfo=ICT)


@pytest.mark.parametrize(
    ("sent", "end", "late"),
    [
        (at(4, 15, 59), date(2021, 2, 4), False),  # Thursday before the deadline
        (at(4, 16, 0), date(2021, 2, 4), False),  # at the deadline: on time
        (at(4, 16, 1), date(2021, 2, 4), True),  # a minute late
        (at(5, 9, 0), date(2021, 2, 4), True),  # Friday morning: the week just closed
        (at(6, 16, 0), date(2021, 2, 4), True),  # 48 h after: still within the grace
        (at(6, 16, 1), date(2021, 2, 11), False),  # beyond the grace: the next week
        (at(1, 10, 0), date(2021, 2, 4), False),  # Monday: this week
        (at(29, 8, 0, month=1), date(2021, 1, 28), True),  # Friday: late for the last week
        (at(30, 17, 0, month=1), date(2021, 2, 4), False),  # Saturday after the grace
    ],
)
def test_the_sending_time_decides_the_week(sent, end, late):
    period, problems = decide([""], sent, CAL)
    assert problems == []
    assert (period.end, period.late) == (end, late)


def test_a_time_in_another_zone_is_converted():
    sent = datetime(2021, 2, 4, 9, 30, tzinfo=UTC)  # 16:30 in Vietnam
    period, _ = decide([""], sent, CAL)
    assert period.late


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo tuần từ ngày 05/02 đến ngày 11/02/2021",
        "bao cao tuan tu ngay 5/2 den ngay 11/2/2021",
        "Kết quả tuyên truyền từ 5/2 - 11/2/2021",
        "TUẦN TỪ 05/02/2021 ĐẾN 11/02/2021",
        "tuần 2 tháng 02/2021",
        "Tuần thứ 2 tháng 2 năm 2021",
    ],
)
def test_a_period_written_in_the_report_wins(text):
    period, problems = decide([text], at(15, 8), CAL)  # sent the Monday after
    assert problems == []
    assert period.end == date(2021, 2, 11)
    assert period.explicit
    assert period.late  # sent after that week's deadline


def test_a_range_across_new_year_takes_the_year_of_its_end():
    period, _ = decide(["tuần từ 01/01 đến 07/01/2021"], at(7, 9, month=1), CAL)
    assert period.end == date(2021, 1, 7)


def test_a_range_that_is_not_a_reporting_week_is_held():
    period, problems = decide(["từ ngày 01/02 đến ngày 07/02/2021"], at(8, 9), CAL)
    assert period is None
    assert problems[0].code == "period_mismatch"


def test_two_different_periods_are_held():
    texts = ["tuần từ 29/01 đến 04/02/2021", "tuần từ 05/02 đến 11/02/2021"]
    period, problems = decide(texts, at(11, 9), CAL)
    assert period is None
    assert problems[0].code == "period_conflict"


def test_a_period_far_in_the_past_is_held():
    period, problems = decide(["tuần từ 01/01 đến 07/01/2021"], at(11, 9, month=3), CAL)
    assert period is None
    assert problems[0].code == "period_old"


def test_dates_that_are_not_a_week_are_ignored():
    period, problems = decide(["Công văn số 62/TB-UBND ngày 01/02/2021"], at(4, 9), CAL)
    assert problems == []
    assert period.end == date(2021, 2, 4) and not period.explicit


def test_the_deadline_is_configurable():
    calendar = Calendar(PeriodRules(deadline="friday 09:00", late_grace_hours=0))
    period, _ = decide([""], at(5, 9, 30), calendar)
    assert (period.end, period.late) == (date(2021, 2, 12), False)
    assert calendar.deadline(date(2021, 2, 12)) == at(12, 9)


@pytest.mark.parametrize(
    "text",
    ["Em gửi bù báo cáo tuần trước ạ", "BC tuan truoc cua xa Ban Bo", "số liệu tuần trước"],
)
def test_last_weeks_report_sent_after_the_grace_is_the_week_just_closed(text):
    """GIVEN "báo cáo tuần trước" sent on Monday 15/02 WHEN decided THEN it is the week that
    ended on Thursday 11/02, late."""
    period, problems = decide([text], at(15, 8), CAL)
    assert (period.end, period.late, problems) == (date(2021, 2, 11), True, [])


def test_the_week_before_a_holiday_is_not_last_week():
    period, _ = decide(["Báo cáo tuần trước Tết"], at(15, 8), CAL)
    assert period.end == date(2021, 2, 18)


@pytest.mark.parametrize(
    ("text", "sent", "end"),
    [
        ("Báo cáo tuần 4 tháng 5", datetime(2021, 5, 31, 8, tzinfo=ICT), date(2021, 5, 27)),
        ("tuần 3 t6/2021", datetime(2021, 6, 18, 9, tzinfo=ICT), date(2021, 6, 17)),
        ("tuần (đến hết ngày 29/7/2021)", datetime(2021, 8, 2, 8, tzinfo=ICT), date(2021, 7, 29)),
    ],
)
def test_weeks_written_without_their_year_or_by_their_last_day(text, sent, end):
    period, problems = decide([text], sent, CAL)
    assert (period.end, problems) == (end, [])


def test_a_subject_and_a_body_naming_different_weeks_of_a_month_are_held():
    texts = ["Báo cáo tuyên truyền tuần 2 tháng 6", "kết quả tuyên truyền tuần 3 tháng 6/2021:"]
    period, problems = decide(texts, datetime(2021, 6, 16, 10, tzinfo=ICT), CAL)
    assert period is None and problems[0].code == "period_conflict"


@pytest.mark.parametrize(
    ("text", "sent", "end"),
    [
        ("Báo cáo tuần 6", at(15, 8), date(2021, 2, 11)),  # read on the Monday after
        ("BÁO CÁO TUẦN THỨ 6 NĂM 2021", at(15, 8), date(2021, 2, 11)),
        ("bc tuan 06/2021", at(15, 8), date(2021, 2, 11)),
        ("Báo cáo tuần 53", datetime(2021, 1, 4, 9, tzinfo=ICT), date(2020, 12, 31)),
        ("Báo cáo tuần 52", datetime(2022, 1, 3, 9, tzinfo=ICT), date(2021, 12, 30)),
        ("Báo cáo tuần 1 năm 2022", datetime(2022, 1, 10, 9, tzinfo=ICT), date(2022, 1, 6)),
    ],
)
def test_a_week_number_is_the_iso_week_of_the_periods_thursday(text, sent, end):
    period, problems = decide([text], sent, CAL)
    assert problems == []
    assert period.end == end
    assert period.explicit


def test_a_week_number_follows_the_configured_week():
    """With weeks ending on Friday, "tuần 6" ends on the Friday after ISO week 6's
    Thursday."""
    friday = Calendar(PeriodRules(deadline="friday 16:00"))
    period, _ = decide(["Báo cáo tuần 6"], at(15, 8), friday)
    assert period.end == date(2021, 2, 12)


@pytest.mark.parametrize("text", ["phát 2 lần/tuần 1 buổi", "mỗi tuần 3 buổi", "tuần 3 lần"])
def test_counts_per_week_are_not_week_numbers(text):
    period, problems = decide([text], at(15, 8), CAL)
    assert problems == []
    assert period.explicit is None


@pytest.mark.parametrize("text", ["tuần 2 tháng 02/2021", "tuần 11/02"])
def test_a_week_of_a_month_or_of_a_date_is_not_a_week_number(text):
    period, problems = decide([text], at(15, 8), CAL)
    assert problems == []
    assert period.end == date(2021, 2, 11)


def test_a_week_number_the_year_lacks_is_held():
    period, problems = decide(["Báo cáo tuần 53 năm 2021"], at(15, 8), CAL)
    assert period is None
    assert problems[0].code == "period_invalid"


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo tuần 5 và 6",
        "Số liệu tuần 05-06",
        "số liệu gộp 2 tuần",
        "Báo cáo gộp hai tuần dịp Tết",
    ],
)
def test_figures_of_several_weeks_under_one_set_are_held(text):
    period, problems = decide([text], at(15, 8), CAL)
    assert period is None
    assert problems[0].code == "period_several_weeks"


@pytest.mark.parametrize("text", ["Báo cáo tuần cuối tháng 01", "BC tuần đầu tháng"])
def test_a_week_written_but_not_pinned_down_is_held_not_taken_from_the_date(text):
    period, problems = decide([text], at(4, 9), CAL)
    assert period is None
    assert problems[0].code == "period_unclear"
    assert "cần kiểm tra" in problems[0].message


def test_week_of_month_in_words():
    period, _ = decide(["Báo cáo tuần thứ hai tháng 2 năm 2021"], at(15, 8), CAL)
    assert period.end == date(2021, 2, 11)


def test_a_range_from_monday_to_friday_is_not_a_reporting_week():
    period, problems = decide(["Báo cáo từ ngày 08/02 đến 12/02/2021"], at(12, 10), CAL)
    assert period is None
    assert problems[0].code == "period_mismatch"


def test_from_a_day_until_now_is_not_a_week():
    period, problems = decide(["Số liệu từ ngày 01/02 đến nay"], at(4, 10), CAL)
    assert period is None
    assert problems[0].code == "period_unclear"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Tuần từ 05/02 đến 11/02/2021", False),  # Friday to Thursday
        ("Từ 04/02 đến 11/02/2021", False),  # from the last deadline day
        ("Từ 05/02 đến 10/02/2021", False),  # up to the day before the deadline
        ("Từ 04/02 đến 10/02/2021", True),  # Thursday to Wednesday: another week
        ("Từ 06/02 đến 12/02/2021", True),  # Saturday to Friday
    ],
)
def test_a_written_range_must_be_the_reporting_week(text, held):
    period, problems = decide([text], at(15, 8), CAL)
    assert (period is None) is held
    if held:
        assert problems[0].code == "period_mismatch"
    else:
        assert period.end == date(2021, 2, 11)
