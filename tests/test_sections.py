"""Which field a line's figure is: the section it stands under, the whole of a long label,
negative answers, and chat lines pasted from Zalo."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake import config
from intake.context import Context
from intake.models import Status
from intake.pipeline import analyse
from tests.mail import message

ROOT = Path(__file__).resolve().parents[1]
RADIO = ["Số tin, bài: 9", "Thời lượng: 50 phút", "Số lần phát sóng: 27", "Người nghe: 2.300"]
RADIO_VALUES = {"items": 9, "minutes": 50, "broadcasts": 27, "listeners": 2300}
SOCIAL = ["Số nhóm: 14", "Số thành viên: 1.210", "Số tin, bài: 41", "Bluezone: 88", "Tin giả: 0"]
SOCIAL_LABELS = {"groups": "Số nhóm:", "bluezone_installs": "Bluezone:"}
SOCIAL_VALUES = {
    "groups": 14,
    "group_members": 1210,
    "posts": 41,
    "bluezone_installs": 88,
    "fake_news": 0,
}


@pytest.fixture(scope="module")
def context() -> Context:
    return Context.from_config(config.load(ROOT / "config" / "demo.toml"))


def by_form(body: str, context: Context) -> dict[str, dict]:
    found = analyse(message(body).as_bytes(), context).reports
    assert all(r.status is Status.ACCEPTED for r in found), [r.problems for r in found]
    return {r.form: dict(r.values) for r in found}


@pytest.mark.parametrize(
    ("radio_heading", "social_heading"),
    [
        ("1. Trên hệ thống truyền thanh:", "2. Tuyên truyền trên mạng xã hội:"),
        ("I. PHÁT THANH", "II. MẠNG XÃ HỘI, ZALO, FACEBOOK"),
        ("a) Loa truyền thanh", "b) Trên các nhóm Zalo của bản"),
    ],
)
def test_a_label_under_a_sections_heading_is_that_sections_field(
    context, radio_heading, social_heading
):
    """GIVEN "Số tin, bài" under the social-media heading WHEN read THEN it is the posts
    of that form, not the news items of the radio form."""
    body = "\n".join([radio_heading, *RADIO, social_heading, *SOCIAL])
    assert by_form(body, context) == {
        "weekly_propaganda": RADIO_VALUES,
        "social_media": SOCIAL_VALUES,
    }


def test_the_social_media_section_alone(context):
    body = "\n".join(["Kết quả tuyên truyền trên mạng xã hội:", *SOCIAL])
    assert by_form(body, context) == {"social_media": SOCIAL_VALUES}


def test_a_numbered_heading_naming_no_form_ends_the_section(context):
    body = "\n".join(
        ["1. Mạng xã hội:", *SOCIAL, "2. Công tác khác:", *RADIO]  # radio labels again
    )
    assert by_form(body, context) == {
        "weekly_propaganda": RADIO_VALUES,
        "social_media": SOCIAL_VALUES,
    }


def test_a_long_label_ends_at_its_colon(context):
    body = "\n".join(
        [
            *SOCIAL[:2],
            "Số tin, bài đăng tải, chia sẻ lại trên các trang mạng xã hội của xã: 41",
            *SOCIAL[3:],
        ]
    )
    assert by_form(body, context) == {"social_media": SOCIAL_VALUES}


@pytest.mark.parametrize(
    "answer",
    ["không", "Không có", "ko", "chưa phát hiện", "không phát hiện trường hợp nào", "Không."],
)
def test_a_negative_answer_to_whether_it_happened_is_zero(context, answer):
    body = "\n".join([*SOCIAL[:4], f"Số vụ tin giả: {answer}"])
    assert by_form(body, context) == {"social_media": SOCIAL_VALUES}


@pytest.mark.parametrize("answer", ["chưa thống kê", "chưa có số liệu", "đang tổng hợp"])
def test_no_figure_yet_stays_missing_with_the_units_words(context, answer):
    body = "\n".join([*SOCIAL[:4], f"Số vụ tin giả: {answer}"])
    [r] = analyse(message(body).as_bytes(), context).reports
    assert r.status is Status.NEEDS_REVIEW
    assert "fake_news" not in r.values
    assert any(answer in p.message for p in r.problems), r.problems


def test_chat_lines_pasted_from_zalo(context):
    body = "\n".join(
        [
            "Em gửi số liệu tuần ạ 🙏",
            "[08:41, 03/02/2021] Lò Văn Sơn: Số tin bài 9",
            "[08:41, 03/02/2021] Lò Văn Sơn: tl 50p",
            "[08:42, 03/02/2021] Lò Văn Sơn: phát 27 lượt 👍",
            "Lò Văn Sơn, [03.02.21 08:43]",
            "ng nghe 2.300",
        ]
    )
    assert by_form(body, context) == {"weekly_propaganda": RADIO_VALUES}


def test_a_sentence_naming_zalo_is_no_heading(context):
    """GIVEN "Em gửi chị tin nhắn Zalo ạ:" above the radio lines WHEN read THEN they stay
    the radio form's: a sentence someone says is not a section heading."""
    body = "\n".join(["Em gửi chị số liệu trong tin nhắn Zalo ạ:", *RADIO])
    assert by_form(body, context) == {"weekly_propaganda": RADIO_VALUES}


def test_a_label_phrase_names_its_field_by_its_head(context):
    """ "Số tin bài đăng trên nhóm Zalo: 41": posts, the groups are only where."""
    body = "\n".join([*SOCIAL[:2], "Số tin bài đăng trên các nhóm Zalo: 41", *SOCIAL[3:]])
    assert by_form(body, context) == {"social_media": SOCIAL_VALUES}


@pytest.mark.parametrize(
    "lines",
    [
        ["tb: 9", "tl: 50 phút", "ps: 27 lần", "ng nghe: 2.300"],
        ["Số tb 9", "TL 50p", "số lượt ps 27", "người nghe 2.300"],
    ],
)
def test_labels_shortened_in_a_hurry(context, lines):
    assert by_form("\n".join(lines), context) == {"weekly_propaganda": RADIO_VALUES}


def test_a_correction_that_names_the_wrong_figure_keeps_the_right_one(context):
    body = "\n".join(
        [
            *RADIO[:3],
            "Người nghe tuần này là 2.300 người chứ không phải 3.200 như em gửi lúc sáng ạ.",
        ]
    )
    assert by_form(body, context) == {"weekly_propaganda": RADIO_VALUES}


def test_a_correction_that_does_not_say_which_figure_is_right_is_held(context):
    body = "\n".join([*RADIO, "em nhầm số lượt phát sóng, 29 là của tuần trước ạ"])
    [r] = analyse(message(body).as_bytes(), context).reports
    assert r.status is Status.NEEDS_REVIEW
    assert any("nhầm" in p.message for p in r.problems)


def test_where_they_were_posted_is_not_a_second_label(context):
    body = "\n".join(
        [*SOCIAL[:2], "Số tin, bài đăng tải trên Fanpage, nhóm Zalo của xã: 41", *SOCIAL[3:]]
    )
    assert by_form(body, context) == {"social_media": SOCIAL_VALUES}


def test_short_lines_typed_on_a_phone_are_not_joined(context):
    """Mail clients wrap long lines; "thành viên 1.210" / "đăng 41 tin bài" are two."""
    body = "\n".join(
        ["nhóm zalo 14 nhóm", "thành viên 1.210", "đăng 41 tin bài", "bluezone 88", "tin giả 0"]
    )
    assert by_form(body, context) == {"social_media": SOCIAL_VALUES}


def test_numbers_in_names_and_years_are_not_figures(context):
    body = (
        "Trong tuần xã phát 9 tin, bài với tổng thời lượng 50 phút, tuyên truyền bầu cử"
        " nhiệm kỳ 2021-2026 và phòng chống Covid-19; phát sóng 27 lượt; khoảng 2.300"
        " người nghe."
    )
    assert by_form(body, context) == {"weekly_propaganda": RADIO_VALUES}


@pytest.mark.parametrize("separator", ["\t", " | "])
def test_a_table_typed_in_the_body_keeps_this_weeks_column(context, separator):
    rows = [
        ["Nội dung", "Tuần trước", "Tuần này", "Tăng/giảm"],
        ["Số tin, bài", "7", "9", "+2"],
        ["Thời lượng (phút)", "45", "50", "+5"],
        ["Số lượt phát sóng", "21", "27", "+6"],
        ["Người nghe", "2.000", "2.300", "+300"],
    ]
    body = "Xã báo cáo tuần:\n" + "\n".join(separator.join(row) for row in rows)
    assert by_form(body, context) == {"weekly_propaganda": RADIO_VALUES}


def test_sections_without_configured_words_follow_the_channel_a_form_names(tmp_path):
    """A form file without `sections` (as written before the key existed): a heading
    naming Zalo or a Fanpage still opens the form whose own words name social media."""
    from intake import directory, forms
    from intake.config import PeriodRules

    for path in (ROOT / "config" / "forms").glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        assert "\nsections" not in text  # the shipped forms rely on the default
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    plain = Context.build(
        directory.load(ROOT / "config" / "units.csv"),
        forms.load_all(tmp_path),
        PeriodRules(),
    )
    body = "\n".join(["* Trên Fanpage và Zalo OA của xã:", *SOCIAL])
    found = analyse(message(body).as_bytes(), plain).reports
    assert {r.form: dict(r.values) for r in found} == {"social_media": SOCIAL_VALUES}


def test_a_chat_correction_that_ends_with_its_figure_replaces_the_earlier_one(context):
    body = "\n".join(
        [
            "Lò Văn Sơn VHXH Bản Bo 08:41",
            "Số tin bài: 9",
            "Thời lượng 50p",
            "Phát sóng 26 lượt",
            "Người nghe 2.300",
            "Lò Văn Sơn VHXH Bản Bo 08:44",
            "à em nhầm, phát sóng 27 lượt ạ",
        ]
    )
    assert by_form(body, context) == {"weekly_propaganda": RADIO_VALUES}


def test_figures_under_a_heading_about_something_else_are_not_guessed(context):
    """ "2. Công tác truyền hình: gửi Đài tỉnh 03 tin": no label, another subject."""
    body = "\n".join(
        ["1. Phát thanh", *RADIO, "2. Công tác truyền hình", "- Gửi Đài tỉnh 03 tin, 01 phóng sự"]
    )
    assert by_form(body, context) == {"weekly_propaganda": RADIO_VALUES}


def test_a_running_total_is_the_figure_only_for_a_field_that_counts_what_exists(context):
    body = "\n".join([*SOCIAL[:3], "Số người cài Bluezone (lũy kế): 88", SOCIAL[4]])
    assert by_form(body, context) == {"social_media": SOCIAL_VALUES}
    weekly = "\n".join(["Số tin, bài (lũy kế từ đầu năm): 250", *RADIO[1:]])
    [r] = analyse(message(weekly).as_bytes(), context).reports
    assert r.status is Status.NEEDS_REVIEW and "items" not in r.values


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Số người cài đặt Bluezone: lũy kế 2.340 người", "bluezone_installs", 2340),
        ("Số nhóm Zalo: cộng dồn 16 nhóm.", "groups", 16),
    ],
)
def test_a_count_of_what_exists_written_as_its_running_total_is_that(context, line, field, value):
    """GIVEN a field that counts what exists so far, its label followed by "lũy kế" and
    one figure WHEN read THEN that figure is the field's."""
    lines = [line if s.startswith(SOCIAL_LABELS[field]) else s for s in SOCIAL]
    assert by_form("\n".join(lines), context) == {"social_media": SOCIAL_VALUES | {field: value}}


@pytest.mark.parametrize(
    ("line", "total"),
    [
        ("Bluezone: tăng thêm 12 người, lũy kế đến nay 2.340 người", "2.340"),
        ("Bluezone: cộng dồn 3.105 lượt, tăng thêm 40 lượt trong tuần", "3.105"),
        ("Bluezone: 40 lượt, lũy kế 980 lượt", "980"),
    ],
)
def test_a_count_of_what_exists_beside_the_week_s_new_ones_is_held_with_both(context, line, total):
    """GIVEN a field that counts what exists so far, written as the week's new ones and
    the running total WHEN read THEN the report is held, the clerk shown both: which one
    the unit means the form to sum is theirs to weigh."""
    lines = [*SOCIAL[:3], line, SOCIAL[4]]
    [report] = analyse(message("\n".join(lines)).as_bytes(), context).reports
    assert report.status is Status.NEEDS_REVIEW
    assert any(total in p.message for p in report.problems), report.problems


def test_a_weekly_count_beside_its_running_total_is_the_week_s(context):
    body = "\n".join(["Số tin, bài: trong tuần mới 9, lũy kế 250", *RADIO[1:]])
    assert by_form(body, context) == {"weekly_propaganda": RADIO_VALUES}


def test_column_titles_one_space_apart_over_a_row_of_figures_are_a_table(context):
    """GIVEN a table without rules, as a PDF's text gives it: its column titles one space
    apart, each starting with a capital, over a row of figures WHEN read THEN each
    figure is its column's."""
    body = "Số tin, bài Thời lượng (phút) Lần phát sóng Ước số người nghe\n9 50 27 2.300"
    assert by_form(body, context) == {"weekly_propaganda": RADIO_VALUES}


@pytest.mark.parametrize(
    "body",
    [
        # a number column before the titles, a cell left blank: the figures would shift
        "TT Số tin, bài Thời lượng Số lần phát sóng Người nghe\n1 9 27 2.300",
        # "Số tin bài phát sóng" is one title (items aired), not two columns
        "Số tin bài phát sóng Thời lượng Người nghe\n9 50 27 2.300",
    ],
)
def test_titles_one_space_apart_are_not_guessed_into_columns(context, body):
    """No figure is given a column by guess: the report is not accepted."""
    reports = analyse(message(body).as_bytes(), context).reports
    assert all(r.status is not Status.ACCEPTED for r in reports)


def test_a_label_phrase_naming_another_field_with_a_comma_of_its_own_is_its_head_s(context):
    """ "Thời lượng các tin, bài đã phát: 50 phút": the comma is the other label's own
    ("tin, bài"), not one between two labels; the phrase is a duration."""
    body = "\n".join([RADIO[0], "Thời lượng các tin, bài đã phát: 50 phút", *RADIO[2:]])
    assert by_form(body, context) == {"weekly_propaganda": RADIO_VALUES}


@pytest.mark.parametrize("heading", ["2. Cộng dồn từ đầu năm 2021:", "b) Lũy kế tháng 2/2021:"])
def test_figures_under_the_heading_of_running_totals_are_not_the_week_s(context, heading):
    """GIVEN the week's figures, then a heading of running totals over those totals
    WHEN read THEN the report is the week's figures alone."""
    other = [
        "Số tin, bài: 140",
        "Thời lượng: 760 phút",
        "Số lần phát sóng: 390",
        "Người nghe: 9.100",
    ]
    body = "\n".join(["1. Kết quả trong tuần", *RADIO, "", heading, *other])
    assert by_form(body, context) == {"weekly_propaganda": RADIO_VALUES}


def test_by_the_station_is_not_a_duration(context):
    """ "do Đài quản lý" (managed by the station) is not "độ dài" (length)."""
    body = "\n".join(["Số nhóm Zalo, Fanpage do Đài quản lý: 14 nhóm", *SOCIAL[1:]])
    assert by_form(body, context) == {"social_media": SOCIAL_VALUES}


def test_a_sentence_that_opens_on_social_media_is_that_forms(context):
    body = (
        "Trong tuần xã phát 9 tin, bài, thời lượng 50 phút, 27 lượt phát sóng, khoảng 2.300"
        " người nghe. Trên mạng xã hội, 14 nhóm Zalo với 1.210 thành viên đã đăng tải 41"
        " tin, bài; Bluezone: 88; tin giả: không."
    )
    assert by_form(body, context) == {
        "weekly_propaganda": RADIO_VALUES,
        "social_media": SOCIAL_VALUES,
    }


def test_an_alternative_figure_in_parentheses_is_held(context):
    body = "\n".join(
        [*RADIO[:2], "Số lần phát sóng: 27 lượt (nếu tính cả loa di động thì 31 lượt)"]
    )
    [r] = analyse(message(body + "\n" + RADIO[3]).as_bytes(), context).reports
    assert r.status is Status.NEEDS_REVIEW
    assert "broadcasts" not in r.values


def test_no_with_a_reason_in_parentheses_is_zero(context):
    body = "\n".join([*SOCIAL[:3], "Cài đặt Bluezone: không (ứng dụng đã ngừng hoạt động)"])
    [r] = analyse(message(body + "\n" + SOCIAL[4]).as_bytes(), context).reports
    assert r.values["bluezone_installs"] == 0
