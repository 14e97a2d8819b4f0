"""intake.quantity: Vietnamese numbers and durations in report text.

Each table row reads as GIVEN the text, WHEN it is parsed or searched, THEN this value.
"""

import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from intake.quantity import (
    PER_SESSION,
    Quantity,
    find_duration,
    find_number,
    find_numbers,
    parse_duration,
    parse_number,
)
from intake.text import alias_pattern, fold


def dotted(n: int) -> str:
    """5000 -> "5.000": Vietnamese thousands separators."""
    return f"{n:,}".replace(",", ".")


def check_span(text: str, q: Quantity) -> None:
    assert text[q.start : q.end] == q.raw


# --- parse_number --------------------------------------------------------------

# text, value, approximate, ambiguous, unit
NUMBERS = [
    ("12", 12, False, False, None),
    ("05", 5, False, False, None),
    (" 12 ", 12, False, False, None),
    ("5.000", 5000, False, False, None),
    ("5 000", 5000, False, False, None),
    ("5\u00a0000", 5000, False, False, None),
    ("5.000.000", 5_000_000, False, False, None),
    ("1,5", 1.5, False, False, None),
    ("0,75", 0.75, False, False, None),
    ("1.234,5", 1234.5, False, False, None),
    ("1,234,567", 1_234_567, False, False, None),  # English grouping, no other reading
    ("1.5", 1.5, False, True, None),
    ("12.50", 12.5, False, True, None),
    ("0.500", 0.5, False, True, None),
    ("1,234", 1.234, False, True, None),  # or English 1234?
    ("1.2.3", 123, False, True, None),
    # scale words
    ("3,5 nghìn", 3500, False, False, None),
    ("3,5 ngàn", 3500, False, False, None),
    ("2 ngàn", 2000, False, False, None),
    ("1,2 triệu", 1_200_000, False, False, None),
    ("1 triệu 2", 1_200_000, False, False, None),
    ("2 nghìn 500", 2500, False, False, None),
    ("1 triệu 200 nghìn", 1_200_000, False, False, None),
    ("2 tỷ", 2e9, False, False, None),
    ("1,5 tỉ", 1.5e9, False, False, None),
    ("2 nghìn 50", 2500, False, True, None),  # 2.050 or 2.500?
    ("khoảng 2 ngàn", 2000, True, False, None),
    ("2 chục", 20, False, False, None),
    ("vài chục", 20, True, True, None),
    ("hàng trăm", 100, True, True, None),
    ("vài nghìn", 2000, True, True, None),
    ("vài người", 2, True, True, "nguoi"),
    # number words
    ("hai mươi", 20, False, False, None),
    ("mười lăm", 15, False, False, None),
    ("một trăm linh năm", 105, False, False, None),
    ("một trăm lẻ năm", 105, False, False, None),
    ("hai mươi mốt", 21, False, False, None),
    ("hai mươi tư", 24, False, False, None),
    ("ba trăm năm mươi nghìn", 350_000, False, False, None),
    ("hai nghìn năm trăm", 2500, False, False, None),
    ("một trăm hai", 120, False, False, None),
    ("một triệu hai", 1_200_000, False, False, None),
    ("hai nghìn rưỡi", 2500, False, False, None),
    ("mười", 10, False, False, None),
    ("năm", 5, False, False, None),
    ("tư", 4, False, False, None),
    ("không", 0, False, False, None),
    ("hai muoi", 20, False, False, None),  # accent-free
    ("muoi lam", 15, False, False, None),
    ("mot tram linh nam", 105, False, False, None),
    ("HAI MƯƠI", 20, False, False, None),
    # units
    ("12 tin", 12, False, False, "tin"),
    ("12tin", 12, False, False, "tin"),
    ("05 tin, bài", 5, False, False, "tin"),
    ("3.500 người", 3500, False, False, "nguoi"),
    ("30%", 30, False, False, "%"),
    ("95,5 %", 95.5, False, False, "%"),
    ("21 lượt", 21, False, False, "luot"),
    ("150 hộ", 150, False, False, "ho"),
    ("2 trường hợp", 2, False, False, "truong hop"),
    ("năm tin", 5, False, False, "tin"),
    ("5 nghìn lượt", 5000, False, False, "luot"),
    # hedges
    ("ước 5.000", 5000, True, False, None),
    ("ước khoảng 3.500 người", 3500, True, False, "nguoi"),
    ("~50", 50, True, False, None),
    ("gần 100", 100, True, False, None),
    ("trên 3.000 người", 3000, True, False, "nguoi"),
    ("hơn 20", 20, True, False, None),
    ("xấp xỉ 10", 10, True, False, None),
    ("tầm 50 người", 50, True, False, "nguoi"),
    ("khoang 50", 50, True, False, None),
    ("ước tính 10", 10, True, False, None),
    ("ước đạt 10", 10, True, False, None),
    ("khoảng chừng 10", 10, True, False, None),
    ("chừng 10", 10, True, False, None),
    ("≈ 10", 10, True, False, None),
]


@pytest.mark.parametrize(("text", "value", "approximate", "ambiguous", "unit"), NUMBERS)
def test_parse_number(text, value, approximate, ambiguous, unit):
    q = parse_number(text)
    assert q is not None
    assert q.value == pytest.approx(value)
    assert q.approximate is approximate
    assert (q.ambiguous is not None) is ambiguous
    assert q.unit == unit
    check_span(text, q)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "12 và 15",
        "năm 2021",  # the year, and not a number alone
        "05/02",
        "16h00",
        "16:00",
        "0912.345.678",
        "Số tin bài: 12",
        "hàng",  # "goods"
        "1 giờ 15 phút",  # a duration, not one number
    ],
)
def test_parse_number_refuses_what_is_not_one_number(text):
    assert parse_number(text) is None


def test_ambiguous_reason_is_vietnamese_and_quotes_the_number():
    q = parse_number("1.5")
    assert q is not None
    assert q.ambiguous == 'Không rõ dấu chấm/phẩy trong số "1.5"'


def test_colloquial_number_with_an_unclear_place_says_so():
    q = parse_number("2 nghìn 50")
    assert q is not None
    assert q.ambiguous == 'Không rõ cách đọc số "50" sau "nghìn"'


def test_vague_quantity_says_why_it_is_uncertain():
    q = parse_number("vài chục")
    assert q is not None
    assert q.ambiguous == 'Số lượng ước chừng, không cụ thể: "vài chục"'


# --- find_number -----------------------------------------------------------------

# text, value (None: no number), raw
FIRST_NUMBERS = [
    # "năm" is also "year", "tư" also "private"
    ("năm 2021", 2021, "2021"),
    ("Báo cáo năm 2021: 12 tin", 2021, "2021"),
    ("Số tin bài: năm", 5, "năm"),
    ("Số tin bài: năm, số lượt: 21", 5, "năm"),
    ("đã phát năm tin", 5, "năm"),
    ("tổ chức trong năm.", None, ""),
    ("Năm: 2021", 2021, "2021"),
    ("kinh tế tư nhân có 3 hộ", 3, "3"),
    ("sau đó phát 5 lượt", 5, "5"),  # "sau" (after) is not "sáu" (6)
    ("bà con 20 người", 20, "20"),  # "bà" is not "ba" (3)
    ("sau buổi phát, 3 tin", 3, "3"),  # not "sáu buổi" (6 sessions)
    ("có 3 trạm y tế", 3, "3"),  # "trạm" (station) is not "trăm" (hundred)
    ("sau buoi phat", 6, "sau"),  # accent-free text: "sau" can only be read as "sáu"
    ("hàng tuần phát 5 tin", 5, "5"),  # "hàng tuần" is "weekly"
    ("một số xã đạt 80%", 80, "80"),  # "một số" is "some"
    ("có hay không?", None, ""),
    ("tam 50 nguoi", 50, "50"),  # accent-free "tầm" (about), not "tám" (8)
    ("gắn 50 loa", 50, "50"),
    # list markers
    ("1. Số tin bài: 12", 12, "12"),
    ("2) Số lượt: 21", 21, "21"),
    ("(3) Số người nghe: 500", 500, "500"),
    ("1.2. Thời lượng: 45", 45, "45"),
    ("1.Số tin: 7", 7, "7"),
    ("  4. Số bài: 8", 8, "8"),
    ("1.5 giờ", 1.5, "1.5"),  # not a marker: no text after "1."
    # dates
    ("ngày 11/02/2021 phát 5 tin", 5, "5"),
    ("05/02 phát 5 tin", 5, "5"),
    ("5/2/2021: 7 tin", 7, "7"),
    ("05-02-2021 có 3 tin", 3, "3"),
    ("11.02.2021 có 3 tin", 3, "3"),
    ("ngày 04 tháng 02 năm 2021 phát 6 tin", 6, "6"),
    ("tháng 02/2021 phát 6 tin", 6, "6"),
    ("12/15 xã", 12, "12"),  # no 15th month: not a date
    # clock times
    ("lúc 16h00 phát 3 lần", 3, "3"),
    ("16:00 có 4 tin", 4, "4"),
    ("lúc 16 giờ phát 3 lần", 3, "3"),
    ("trước 16 giờ 30 gửi 2 bài", 2, "2"),
    ("vào lúc 7h30 phát 2 bản tin", 2, "2"),
    ("4 giờ chiều phát 6 tin", 6, "6"),
    ("Thứ 5, ngày 04/02/2021: 12 tin", 12, "12"),
    ("lần thứ hai", None, ""),
    # phone numbers, document numbers, codes
    ("ĐT 0912.345.678, 12 tin", 12, "12"),
    ("ĐT 0912 345 678 - 12 tin", 12, "12"),
    ("ĐT (0213) 3876 123: 12 tin", 12, "12"),
    ("ĐT 0912345678; 12 tin", 12, "12"),
    ("ĐT +84 912 345 678; 12 tin", 12, "12"),
    ("05.000 người", 5000, "05.000"),  # starts with 0 but too short for a phone
    ("Số: 12/BC-UBND", None, ""),
    ("Covid-19: 3 ca", 3, "3"),
    ("F0: 2 ca", 2, "2"),
    ("phát 2/tuần", 2, "2"),  # lowercase after "/": not a document number
    ("đã thu 5 triệu đồng", 5_000_000, "5 triệu"),  # "thu" (collect), not "thứ"
    ("SARS-CoV-2 có 1 ca", 1, "1"),
    # words inside words
    ("5 tinh", 5, "5"),
    ("mười lăm tin", 15, "mười lăm"),
]


@pytest.mark.parametrize(("text", "value", "raw"), FIRST_NUMBERS)
def test_find_number(text, value, raw):
    q = find_number(text)
    if value is None:
        assert q is None
        return
    assert q is not None
    assert (q.value, q.raw) == (pytest.approx(value), raw)
    check_span(text, q)


@pytest.mark.parametrize(
    ("text", "approximate"),
    [("gần 50 loa", True), ("gắn 50 loa", False), ("có 50 loa", False), ("trên 3 xã", True)],
)
def test_hedge_words_are_matched_with_their_accents(text, approximate):
    q = find_number(text)
    assert q is not None
    assert q.approximate is approximate


def test_find_number_does_not_read_a_unit_inside_another_word():
    q = find_number("5 tinh")
    assert q is not None
    assert q.unit is None


def test_find_number_searches_only_the_window_and_spans_refer_to_the_whole_text():
    text = "Số tin: 12, số lượt: 21"
    q = find_number(text, start=text.index("lượt"))
    assert q is not None
    assert (q.value, q.start, q.end) == (21, 21, 23)
    assert find_number(text, 0, text.index("12")) is None


def test_find_number_word_alone_in_the_window_is_taken():
    text = "Số tin bài năm"
    assert find_number(text) is None
    q = find_number(text, start=len("Số tin bài"))
    assert q is not None
    assert q.value == 5


def test_find_number_after_a_label_matched_on_folded_text():
    line = "1. Số tin, bài phát sóng: 05 tin"
    label = alias_pattern("so tin bai phat song").search(fold(line))
    assert label is not None
    q = find_number(line, label.end())
    assert q is not None
    assert (q.value, q.raw, q.unit) == (5, "05", "tin")


def test_find_number_on_decomposed_text_keeps_spans_on_the_given_text():
    text = unicodedata.normalize("NFD", "Số người nghe: 3.500 người")
    q = find_number(text)
    assert q is not None
    assert q.value == 3500
    check_span(text, q)


def test_find_numbers_in_a_commune_sentence():
    text = (
        "đã xây dựng 05 tin, bài với tổng thời lượng 1 giờ 15 phút, phát sóng 21 lượt, "
        "ước khoảng 3.500 người nghe"
    )
    found = find_numbers(text)
    assert [(q.value, q.unit, q.approximate) for q in found] == [
        (5, "tin", False),
        (1, "gio", False),
        (15, "phut", False),
        (21, "luot", False),
        (3500, "nguoi", True),
    ]
    for q in found:
        check_span(text, q)
    duration = find_duration(text)
    assert duration is not None
    assert (duration.value, duration.raw, duration.unit) == (75, "1 giờ 15 phút", "gio")
    assert duration.start == text.index("1 giờ")
    assert find_duration(text, text.index("thời lượng")) == duration


def test_find_numbers_in_a_report_line_with_dates_and_phone():
    text = (
        "Báo cáo số 12/BC-UBND ngày 04/02/2021 (ĐT 0213.3876.123): tuần 2 tháng 02, "
        "đài xã phát 15 bản tin, 2 nghìn 500 lượt nghe"
    )
    # "2 tháng 02" reads as a date, so the week-of-month "tuần 2 tháng 02" is skipped too
    assert [(q.value, q.unit) for q in find_numbers(text)] == [
        (15, "ban tin"),
        (2500, "luot"),
    ]


def test_find_numbers_separates_neighbouring_figures():
    assert [q.value for q in find_numbers("12 15 20")] == [12, 15, 20]
    # a figure after a scale word is below it, else it is another number
    assert [q.value for q in find_numbers("2 nghìn 5000")] == [2000, 5000]
    assert [q.value for q in find_numbers("1 triệu 2000000")] == [1_000_000, 2_000_000]
    assert [q.value for q in find_numbers("5-7 người")] == [5, 7]


# --- durations -------------------------------------------------------------------

# text, minutes, unit
DURATIONS = [
    ("45 phút", 45, "phut"),
    ("45 phut", 45, "phut"),
    ("45p", 45, "phut"),
    ("45'", 45, "phut"),
    ("75'", 75, "phut"),
    ("90 phút", 90, "phut"),
    ("1 giờ 15 phút", 75, "gio"),
    ("1 gio 15 phut", 75, "gio"),
    ("1 GIỜ 15 PHÚT", 75, "gio"),
    ("1h15", 75, "gio"),
    ("1h15'", 75, "gio"),
    ("1h15p", 75, "gio"),
    ("1g15", 75, "gio"),
    ("1 giờ 15", 75, "gio"),
    ("1 tiếng 20 phút", 80, "gio"),
    ("1 tiếng rưỡi", 90, "gio"),
    ("1 giờ rưỡi", 90, "gio"),
    ("2 tiếng", 120, "gio"),
    ("2h", 120, "gio"),
    ("1,5 giờ", 90, "gio"),
    ("01:30", 90, "gio"),
    ("1:30:30", 90.5, "gio"),
    ("30 giây", 0.5, "giay"),
    ("2 giờ 5 phút 30 giây", 125.5, "gio"),
    ("1'30''", 1.5, "phut"),
    ("nửa tiếng", 30, "gio"),
    ("tiếng rưỡi", 90, "gio"),
    ("giờ rưỡi", 90, "gio"),
    ("nữa tiếng", 30, "gio"),  # a common misspelling
    ("mười lăm phút", 15, "phut"),
    ("một tiếng rưỡi", 90, "gio"),
    ("45", 45, None),  # a bare number: minutes, but the caller is told
    ("1.5", 1.5, None),
]


@pytest.mark.parametrize(("text", "minutes", "unit"), DURATIONS)
def test_parse_duration(text, minutes, unit):
    q = parse_duration(text)
    assert q is not None
    assert (q.value, q.unit) == (pytest.approx(minutes), unit)
    check_span(text, q)
    assert q.raw == text


@pytest.mark.parametrize(
    ("text", "approximate", "ambiguous"),
    [
        ("khoảng 30 phút", True, None),
        ("gần 2 tiếng", True, None),
        ("vài phút", True, 'Số lượng ước chừng, không cụ thể: "vài"'),
        ("1.5 giờ", False, 'Không rõ dấu chấm/phẩy trong số "1.5"'),
        ("30 phút/buổi x 2 buổi", False, PER_SESSION),
        ("15 phút/lần", False, PER_SESSION),
        ("15 phút mỗi lần", False, PER_SESSION),
        ("mỗi buổi 30 phút", False, PER_SESSION),
    ],
)
def test_parse_duration_hedges_and_doubts(text, approximate, ambiguous):
    q = parse_duration(text)
    assert q is not None
    assert (q.approximate, q.ambiguous) == (approximate, ambiguous)


def test_per_session_duration_gives_the_first_duration():
    q = parse_duration("30 phút/buổi x 2 buổi")
    assert q is not None
    assert (q.value, q.raw) == (30, "30 phút")


@pytest.mark.parametrize("text", ["", "abc", "05/02", "12 tin", "45 phút và 30 phút"])
def test_parse_duration_refuses_what_is_not_one_duration(text):
    assert parse_duration(text) is None


# text, minutes (None: no duration), raw
FIRST_DURATIONS = [
    ("Thời lượng: 45 phút", 45, "45 phút"),
    ("lúc 16h00 phát 45 phút", 45, "45 phút"),
    ("lúc 16:00 phát 45 phút", 45, "45 phút"),
    ("từ 7 giờ sáng, 45 phút", 45, "45 phút"),
    ("Tuần 2 phát 45 phút", 45, "45 phút"),  # a duration with a unit beats a bare number
    ("Thời lượng: 45", 45, "45"),
    ("Thời lượng: 45, phát 3 lần", 45, "45"),
    ("05 tin", None, ""),  # a number with another unit is no duration
    ("2 giờ 5 lượt", 120, "2 giờ"),
    ("1h15, 21 lượt", 75, "1h15"),
    ("ngày 05/02 phát 1 tiếng", 60, "1 tiếng"),
]


@pytest.mark.parametrize(("text", "minutes", "raw"), FIRST_DURATIONS)
def test_find_duration(text, minutes, raw):
    q = find_duration(text)
    if minutes is None:
        assert q is None
        return
    assert q is not None
    assert (q.value, q.raw) == (minutes, raw)
    check_span(text, q)


def test_find_duration_searches_only_the_window():
    text = "Số tin: 12 tin; thời lượng: 30 phút"
    q = find_duration(text, 0, text.index(";"))
    assert q is None
    q = find_duration(text, text.index(";"))
    assert q is not None
    assert q.value == 30


# --- properties --------------------------------------------------------------------


@given(st.integers(0, 10**9))
def test_integers_with_thousands_dots_parse_back_exactly(n):
    q = parse_number(dotted(n))
    assert q is not None
    assert q.value == n
    assert q.ambiguous is None


@given(st.integers(0, 10**6), st.from_regex(r"[0-9]{1,4}", fullmatch=True))
def test_decimals_with_a_decimal_comma_parse_back(n, fraction):
    q = parse_number(f"{dotted(n)},{fraction}")
    assert q is not None
    assert q.value == float(f"{n}.{fraction}")
    # only "1,234"-like numbers could be English thousands
    assert (q.ambiguous is not None) is (len(fraction) == 3 and 1 <= n <= 999)


@given(st.integers(0, 23), st.integers(0, 59))
def test_durations_in_every_form_give_minutes(h, m):
    for text in (f"{h} giờ {m} phút", f"{h}h{m:02d}", f"{h * 60 + m} phút"):
        q = parse_duration(text)
        assert q is not None, text
        assert q.value == 60 * h + m, text
        in_sentence = f"Tổng thời lượng phát sóng: {text}, đạt yêu cầu"
        found = find_duration(in_sentence)
        assert found is not None, in_sentence
        assert (found.value, found.raw) == (60 * h + m, text)


@given(st.text(), st.integers(-3, 50), st.integers(-3, 50))
def test_search_never_fails_and_spans_match_raw(text, start, end):
    for q in find_numbers(text):
        check_span(text, q)
    for q in (find_number(text, start, end), find_duration(text, start, end)):
        if q is not None:
            check_span(text, q)
            assert max(0, start) <= q.start <= q.end <= min(max(0, end), len(text))
    for q in (parse_number(text), parse_duration(text)):
        if q is not None:
            check_span(text, q)


@given(st.text(alphabet="0123456789.,:/-h'()+ ~tin giờ phút năm lúc\n", max_size=30))
def test_search_on_number_like_text_keeps_spans(text):
    for q in find_numbers(text):
        check_span(text, q)
    q = find_duration(text)
    if q is not None:
        check_span(text, q)


# Words with no number meaning, no hedge and no date or clock meaning.
FILLER = [
    "xã",
    "thôn",
    "đài",
    "truyền",
    "thanh",
    "tuyên",
    "phát",
    "sóng",
    "loa",
    "bản",
    "tin",
    "bài",
    "lượt",
    "người",
    "nghe",
    "đã",
    "xây",
    "dựng",
    "tổng",
    "cộng",
    "kết",
    "quả",
    "công",
    "tác",
    "thông",
    "cơ",
    "sở",
    "phòng",
    "chống",
    "dịch",
    "bệnh",
    "Mường",
    "Đường",
    "Nậm",
    "Chà",
    "Số",
    "được",
    "thực",
    "hiện",
    "của",
    "cho",
]


@given(
    st.lists(st.sampled_from(FILLER), max_size=6),
    st.lists(st.sampled_from(FILLER), max_size=6),
    st.integers(0, 10**7),
    st.sampled_from([" ", ": ", ", ", " ("]),
)
def test_numbers_among_vietnamese_words_are_found_at_their_place(before, after, n, glue):
    prefix = " ".join(before) + glue if before else ""
    figure = dotted(n)
    text = prefix + figure + (" " + " ".join(after) if after else "")
    assume(not text.startswith(figure + ". "))  # that would be a list marker
    found = [q for q in find_numbers(text) if q.start == len(prefix)]
    assert len(found) == 1
    assert (found[0].value, found[0].raw, found[0].approximate) == (n, figure, False)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("thời lượng: 1h15 phát: 24 lượt", 75),  # a word starting with p after 1h15
        ("1g30 phát 20 lượt", 90),
        ("2h05 phat song", 125),
        ("1h 15 tin", 60),  # spaced: 15 counts news items, not minutes
    ],
)
def test_minutes_glued_to_the_hour_stay_with_it(text, minutes):
    assert find_duration(text, 0).value == minutes


# -- figures beside damaged characters (issue 9) ------------------------------------------


@pytest.mark.parametrize(
    "text, written",
    [
        ("Số lượt phát sóng: 23\ufffd", "23\ufffd"),  # a byte lost in decoding, after
        ("Người nghe \ufffd900", "\ufffd900"),  # ... or before
        ("Số tin bài: 14?", "14?"),  # a "?" typed where a digit was unclear
        ("Tổng số: B.250 lượt", "B.250"),  # a lone look-alike letter: 8.250, not 250
        ("con số O,75 giờ", "O,75"),
    ],
)
def test_a_figure_beside_damaged_characters_is_in_doubt(text, written):
    [q] = find_numbers(text)
    assert q.ambiguous and written in q.ambiguous


@pytest.mark.parametrize(
    "text, value",
    [
        ("Số tin, bài: 9. Độ dài 30 phút", 9),  # a full stop ends a sentence
        ("tb.17 tin", 17),  # an abbreviation of two letters, not a damaged digit
        ("Số tin ? 21", 21),  # a "?" standing apart
    ],
)
def test_figures_beside_ordinary_punctuation_are_read(text, value):
    q = find_numbers(text)[0]
    assert (q.value, q.ambiguous) == (value, None)


@pytest.mark.parametrize(
    "text, written",
    [
        ("Số người nghe: 3.O00", "3.O00"),  # a look-alike letter after the separator
        ("Số người nghe: 4.Z50 người", "4.Z50"),
        ("Số người nghe: B4.500", "B4.500"),  # a head glued to a letter: not 500
    ],
)
def test_a_figure_with_a_look_alike_letter_inside_is_in_doubt(text, written):
    assert [q.ambiguous and written in q.ambiguous for q in find_numbers(text)] == [True]


def test_a_sentence_ending_after_a_figure_is_no_look_alike():
    assert [q.value for q in find_numbers("Số tin: 7.Số lượt: 9") if not q.ambiguous] == [7, 9]


_SOME_WORDS = [
    *"Số tin bài phát sóng người nghe xã lúc thứ ngày tháng năm hai mươi ba".split(),
    *"nửa giờ tiếng rưỡi phút h p ~ ( ) : - / ' 5 12 1h15 01:30".split(),
]


@given(st.lists(st.sampled_from(_SOME_WORDS), max_size=12), st.sampled_from(["", " ", ", ", "\n"]))
def test_no_quantity_token_starts_in_a_text_without_figures_or_number_words(words, separator):
    """What lets `_scan` return at once on such a text (a third of a report's lines)."""
    import intake.quantity as q

    t = q._prepare(separator.join(words), 0, None)
    words_in_text = q._WORD_RUN.findall(t.folded)
    if q._DIGIT.search(t.folded) or not q._QUANTITY_WORDS.isdisjoint(words_in_text):
        return  # not such a text (an assume() would filter too many out)
    for mode in (q._NUMBER_MODE, q._DURATION_MODE):
        for pos in range(len(t.folded) + 1):
            m = mode.tokens.match(t.folded, pos)
            assert m is None or m.lastgroup not in ("number", "half_hour"), (t.folded, pos)
        assert list(q._scan(t, mode)) == []
