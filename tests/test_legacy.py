"""Legacy encodings (TCVN3, VNI) and mojibake back to Unicode; real Unicode left alone."""

from __future__ import annotations

import pytest

from intake.legacy import font_encoding, to_unicode


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("B¸o c¸o kÕt qu¶ tuyªn truyÒn", "Báo cáo kết quả tuyên truyền"),
        ("Sè tin, bµi: 12", "Số tin, bài: 12"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("BÃ¡o cÃ¡o tuáº§n", "Báo cáo tuần"),
    ],
)
def test_legacy_text_is_converted(legacy, unicode):
    assert to_unicode(legacy) == unicode


@pytest.mark.parametrize(
    "text",
    [
        "Xã Thèn Sin",
        "Hà Lò Thị",
        "Xã Tả Lèng",
        "Số tin, bài: 12",
        "so tin bai 12",
        "Café",
        "Nà Tăm",
        "Bản Hon",
        "UBND xã Hồ Thầu",
        "Đài TT-TH",
    ],
)
def test_unicode_vietnamese_is_left_alone(text):
    assert to_unicode(text) == text


def test_a_page_mixing_unicode_and_legacy_lines_is_converted_line_by_line():
    assert to_unicode("Báo cáo tuần\nSè tin, bµi: 12") == "Báo cáo tuần\nSố tin, bài: 12"


def test_a_font_name_forces_the_encoding():
    assert font_encoding(".VnTime") == "tcvn3"
    assert font_encoding(".VnTimeH") == "tcvn3"
    assert font_encoding("VNI-Times") == "vni"
    assert font_encoding("Times New Roman") is None
    assert to_unicode("B¸o c¸o", "tcvn3") == "Báo cáo"


def test_short_legacy_lines_are_converted_with_what_the_page_says():
    """GIVEN a body pasted from a .VnTime document, whose short lines ("Tin bµi = 8 tin")
    say too little alone WHEN converted THEN every legacy line is, as the page is TCVN3."""
    page = (
        "X· S¬n B×nh xin b¸o c¸o kÕt qu¶ tuyªn truyÒn tuÇn nh\xad sau:\n"
        "Tin bµi = 8 tin\nThêi gian ph¸t = 1 giê 30 phót\nSè buæi ph¸t = 16 buæi\n"
    )
    assert to_unicode(page).split("\n")[1:4] == [
        "Tin bài = 8 tin",
        "Thời gian phát = 1 giờ 30 phút",
        "Số buổi phát = 16 buổi",
    ]
