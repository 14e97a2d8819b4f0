"""The body cleaner: the new text of a reply, without the quote, forwards kept, signatures
set aside.  Examples of each mail client's quoting, then properties (hypothesis) that hold
for any new text and any quote."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.clean import clean

NEW = "Số tin, bài: 12\nĐộ dài: 45 phút\nSố lần phát sóng: 30\nƯớc số người nghe: 2.500"
OLD = "Số tin, bài: 7\nĐộ dài: 20 phút\nSố lần phát sóng: 14\nƯớc số người nghe: 900"
OFFICE = "sangnq.tamduong@laichau.gov.vn"

HEADERS = {
    "gmail_vi": "Vào Th 4, 10 thg 2, 2021 lúc 09:15 Phòng VH-TT <vh@x.vn> đã viết:",
    "gmail_en": "On Wed, Feb 10, 2021 at 9:15 AM Phong VH-TT <vh@x.vn> wrote:",
    "gmail_wrapped": (
        "Vào Th 4, 10 thg 2, 2021 lúc 09:15 Phòng Văn hóa và Thông tin <\nvh@x.vn> đã viết:"
    ),
    "outlook_en": "________________________________\nFrom: Phong VH-TT <vh@x.vn>\n"
    "Sent: Wednesday, February 10, 2021 9:15 AM\nTo: banbo@x.vn\nSubject: Bao cao tuan",
    "outlook_vi": "Từ: Phòng VH-TT <vh@x.vn>\nĐã gửi: Thứ Tư, 10 tháng 2, 2021 9:15\n"
    "Đến: banbo@x.vn\nChủ đề: Báo cáo tuần",
    "original_message": "-----Original Message-----\nFrom: vh@x.vn\nSent: 10/02/2021\n"
    "To: banbo@x.vn\nSubject: Bao cao",
    "zimbra": '----- Original Message -----\nFrom: "Phòng VH-TT" <vh@x.vn>\n'
    'To: "banbo" <banbo@x.vn>\nSent: Wednesday, February 10, 2021 9:15:00 AM\n'
    "Subject: Báo cáo tuần",
    "thunderbird_vi": "----- Thư gốc -----",
}


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.split("\n"))


@pytest.mark.parametrize("style", sorted(HEADERS))
def test_the_quote_of_every_client_is_set_aside(style):
    """GIVEN a reply on top of last week's figures WHEN cleaned THEN only this week's
    figures are left."""
    body = clean(f"Dạ em gửi ạ:\n{NEW}\n\n{HEADERS[style]}\n{quoted(OLD)}\n", "Re: Báo cáo")
    assert "12" in body.text and "2.500" in body.text
    assert "900" not in body.text and "Số tin, bài: 7" not in body.text
    assert "900" in body.quoted


@pytest.mark.parametrize("style", ["gmail_vi", "gmail_en", "zimbra", "outlook_en"])
def test_an_answer_written_below_the_quote_is_the_new_text(style):
    text = f"{HEADERS[style]}\n{quoted('Đề nghị xã gửi báo cáo tuần.')}\n\nDạ em gửi ạ:\n{NEW}\n"
    body = clean(text, "Re: Nhắc báo cáo tuần")
    assert NEW in body.text


def test_a_forwarded_report_is_the_report_it_carries():
    text = (
        "Em chuyển tiếp báo cáo của xã ạ.\n\n---------- Forwarded message ---------\n"
        "From: Xã Bản Bo <vhbanbo@gmail.com>\nDate: Thu, Feb 4, 2021 at 9:00 AM\n"
        f"Subject: Báo cáo tuần\nTo: <banbo@x.vn>\n\n{NEW}\n"
    )
    body = clean(text, "Fwd: Báo cáo tuần")
    assert body.forwarded and NEW in body.text


def test_a_forwarded_report_quoted_below_its_unquoted_header_lines_is_the_report():
    """GIVEN a forward whose client wrote the forwarded headers plain and quoted the
    forwarded text with "> " WHEN cleaned THEN the text is the report, unquoted."""
    text = (
        "Chuyển Phòng báo cáo tuần của xã.\n\n-------- Forwarded Message --------\n"
        f"Subject: Báo cáo tuần\nDate: Thu, 4 Feb 2021 09:00:00 +0700\n\n{quoted(NEW)}\n"
    )
    body = clean(text, "Fwd: Báo cáo tuần")
    assert body.forwarded and NEW in body.text


def test_the_offices_own_mail_forwarded_back_is_not_the_units_text():
    text = (
        "---------- Forwarded message ---------\n"
        f"From: Phòng VH-TT <{OFFICE}>\nDate: Thu, Feb 4, 2021\nSubject: Tổng hợp\n\n{OLD}\n"
    )
    assert "900" not in clean(text, "Fwd: Tổng hợp", own={OFFICE}).text


def test_a_signature_with_phone_numbers_is_set_aside():
    text = f"{NEW}\n\nTrân trọng!\nLò Văn A\nCông chức VH-XH xã Bản Bo\nĐT: 0912.345.678\n"
    body = clean(text)
    assert "0912" not in body.text and "0912.345.678" in body.signature


# -- properties ------------------------------------------------------------------------

WORDS = st.sampled_from(
    "Số tin bài phát sóng lượt người nghe độ dài phút giờ xã bản tuần này đã em gửi ạ"
    " 12 45 1.500 3,5 05 1h15 tổng cộng khoảng".split()
)
LINE = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)
TEXT = st.lists(LINE, min_size=1, max_size=6).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(new=TEXT, old=TEXT, style=st.sampled_from(sorted(HEADERS)))
def test_new_text_is_kept_whole_and_the_quote_never_leaks(new, old, style):
    old = old + "\nMÃ CŨ 987654"  # a marker only the quote holds
    body = clean(f"{new}\n\n{HEADERS[style]}\n{quoted(old)}\n", "Re: Báo cáo")
    assert body.text == new.strip()
    assert "987654" not in body.text


@settings(max_examples=150, deadline=None)
@given(text=TEXT)
def test_plain_text_passes_unchanged(text):
    assert clean(text).text == text.strip()


@settings(max_examples=150, deadline=None)
@given(new=TEXT, old=TEXT, style=st.sampled_from(sorted(HEADERS)))
def test_cleaning_twice_changes_nothing(new, old, style):
    once = clean(f"{new}\n{HEADERS[style]}\n{quoted(old)}", "Re: x").text
    assert clean(once).text == once
