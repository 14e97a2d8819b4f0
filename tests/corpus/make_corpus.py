#!/usr/bin/env python3
# The messages keep their long lines, as mail clients send them:
# ruff: noqa: E501
"""Write the accuracy corpus: commune emails and what a careful clerk records from each.

    .venv/bin/python tests/corpus/make_corpus.py              # rewrites tests/corpus/<family>/
    .venv/bin/python tests/corpus/make_corpus.py --rebuild-assets   # also remakes the .doc
                                                                    # files (needs soffice)

Every case is written out below, by hand: the message as commune staff of huyện Tam
Đường (tỉnh Lai Châu) wrote them in 2021, and the reports a clerk of the Phòng Văn hóa
và Thông tin would record from it.  Each case becomes two files in its family folder:

    <family>/<case>.eml             the message, as the mail server hands it over
    <family>/<case>.expected.json   {"difficulty", "note", "reports": [...]}

A report is {"unit", "form", "period_end", "values", "status"}, the shape of
`intake parse --json`; "reports": [] means "not a report".  See README.md for how
expectations are decided.  The output is deterministic (byte-identical on every run).

Needs python-docx, reportlab, odfpy, xlwt and pillow (`pip install -e '.[corpus]'`);
the product needs none of them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from builders import (
    OFFICE,
    UTC,
    Attach,
    Mail,
    Para,
    Sheet,
    Table,
    at,
    build,
    csv_bytes,
    docx,
    logo_png,
    ods,
    official_header,
    pdf,
    scanned_page,
    scanned_pdf,
    thursday,
    to_tcvn3,
    to_vni,
    xls,
    xlsx,
)

HERE = Path(__file__).resolve().parent
ASSETS = HERE / "assets"
WP = "weekly_propaganda"
SM = "social_media"

# id -> (address, how the mailbox names itself, the staff member who writes)
UNITS = {
    "tt_tam_duong": ("vhtt.tttamduong@laichau.gov.vn", "UBND thị trấn Tam Đường", "Lò Thị Hoa"),
    "then_sin": ("thensin.tamduong@laichau.gov.vn", "Xa Then Sin", "Tẩn Thị Mẩy"),
    "ta_leng": ("taleng.tamduong@laichau.gov.vn", "UBND xã Tả Lèng", "Lý A Sáng"),
    "giang_ma": ("giangma.tamduong@laichau.gov.vn", "UBND xã Giang Ma", "Vàng Thị Dung"),
    "ho_thau": ("hothau.tamduong@laichau.gov.vn", "Văn hóa xã Hồ Thầu", "Chảo Láo Tả"),
    "binh_lu": ("binhlu.tamduong@laichau.gov.vn", "UBND xã Bình Lư", "Lường Văn Hiếu"),
    "son_binh": ("sonbinh.tamduong@laichau.gov.vn", "Xã Sơn Bình", "Nguyễn Thị Thu Hà"),
    "nung_nang": ("nungnang.tamduong@laichau.gov.vn", "Xã Nùng Nàng", "Tao Thị Mai"),
    "ban_giang": ("bangiang.tamduong@laichau.gov.vn", "UBND xã Bản Giang", "Lò Văn Thắng"),
    "ban_hon": ("banhon.tamduong@laichau.gov.vn", "Xã Bản Hon", "Sùng Thị Chi"),
    "ban_bo": ("banbo.tamduong@laichau.gov.vn", "UBND xã Bản Bo", "Hoàng Văn Nam"),
    "na_tam": ("natam.tamduong@laichau.gov.vn", "Xã Nà Tăm", "Nguyễn Văn Bình"),
    "khun_ha": ("khunha.tamduong@laichau.gov.vn", "UBND xã Khun Há", "Phàn Văn Lở"),
    "dai_th_th": (
        "daitruyenthanh.tamduong@laichau.gov.vn",
        "Đài TT-TH Tam Đường",
        "Đèo Văn Hùng",
    ),
}
OFFICE_FROM = f"Phòng Văn hóa và Thông tin huyện Tam Đường <{OFFICE}>"
GMAIL = "Gmail"
OUTLOOK = "Microsoft Outlook 16.0"
ZIMBRA = "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC90 (Win)/8.8.15_GA_3869)"
THUNDERBIRD = "Mozilla Thunderbird 78.7.1"


def frm(unit: str, display: str | None = None) -> str:
    address, name, _ = UNITS[unit]
    return f"{display or name} <{address}>"


def addr(unit: str) -> str:
    return UNITS[unit][0]


# -- expectations -------------------------------------------------------------------------


def wp(
    unit: str | None,
    end: str | None,
    items: float,
    minutes: float,
    broadcasts: float,
    listeners: float,
) -> dict:
    """An accepted weekly propaganda report; `end` is "MM-DD" of the Thursday."""
    values = {"items": items, "minutes": minutes, "broadcasts": broadcasts, "listeners": listeners}
    return _report(unit, WP, end, values, "accepted")


def sm(
    unit: str | None,
    end: str | None,
    groups: float,
    members: float,
    posts: float,
    bluezone: float,
    fake: float,
) -> dict:
    """An accepted social media / Bluezone report."""
    values = {
        "groups": groups,
        "group_members": members,
        "posts": posts,
        "bluezone_installs": bluezone,
        "fake_news": fake,
    }
    return _report(unit, SM, end, values, "accepted")


def held(unit: str | None, form: str | None, end: str | None, **values: float) -> dict:
    """A report the clerk must look at; `values` are the ones they would expect to see."""
    return _report(unit, form, end, values, "needs_review")


def _report(unit, form, end, values, status) -> dict:
    period = thursday(*(int(x) for x in end.split("-"))) if end else None
    return {"unit": unit, "form": form, "period_end": period, "values": values, "status": status}


@dataclass
class Case:
    family: str
    name: str
    mail: Mail | bytes
    reports: list[dict]
    note: str
    difficulty: str


CASES: list[Case] = []


def add(
    family: str, name: str, mail: Mail | bytes, reports: list[dict], note: str, hard: bool = False
) -> None:
    CASES.append(Case(family, name, mail, reports, note, "hard" if hard else "ordinary"))


def xlsx_file(name: str, *sheets: Sheet, style: str = "2047") -> Attach:
    return Attach(name, xlsx(*sheets), style=style)


HEADER = ["STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"]
HEADER_NOTE = [*HEADER, "Ghi chú"]
SM_HEADER = [
    "STT",
    "Đơn vị",
    "Số nhóm Zalo",
    "Số thành viên",
    "Số bài đăng",
    "Số người cài đặt Bluezone",
    "Số vụ tin giả",
]


# ========================================================================================
# labelled: "Số tin, bài: 12" lines, with and without diacritics, bullets, numbering
# ========================================================================================


def labelled() -> None:
    f = "labelled"
    add(
        f,
        "tt-bullets-diacritics",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo kết quả tuyên truyền tuần - TT Tam Đường",
            at(2, 11, 9, 20),
            """Kính gửi: Phòng Văn hóa và Thông tin huyện

UBND thị trấn Tam Đường báo cáo kết quả tuyên truyền trong tuần như sau:
- Số tin, bài: 10
- Độ dài tin, bài: 1 giờ 05 phút
- Số lượng phát sóng: 30 lượt
- Ước số lượng người nghe: 4.500 người

Trân trọng!
Lò Thị Hoa
Công chức Văn hóa - Xã hội thị trấn Tam Đường
""",
            mailer=ZIMBRA,
        ),
        [wp("tt_tam_duong", "02-11", 10, 65, 30, 4500)],
        "dash bullets, full diacritics, '1 giờ 05 phút', units after numbers",
    )
    add(
        f,
        "thensin-no-diacritics",
        Mail(
            frm("then_sin"),
            "bao cao tuan xa then sin",
            at(2, 17, 15, 10),
            """Kinh gui phong VHTT huyen
Xa Then Sin bao cao ket qua tuyen truyen tuan nhu sau:
so tin bai: 6
thoi luong: 40 phut
so lan phat song: 18
uoc so nguoi nghe: 1.300

Tran trong
""",
        ),
        [wp("then_sin", "02-18", 6, 40, 18, 1300)],
        "lower case without diacritics (Telex off), sent on Wednesday",
    )
    add(
        f,
        "taleng-all-caps",
        Mail(
            frm("ta_leng"),
            "BÁO CÁO TUẦN XÃ TẢ LÈNG",
            at(2, 25, 10, 5),
            """KÍNH GỬI PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN
XÃ TẢ LÈNG BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN:
SỐ TIN, BÀI: 7
ĐỘ DÀI: 50 PHÚT
SỐ LẦN PHÁT SÓNG: 21
ƯỚC SỐ NGƯỜI NGHE: 1.800
""",
        ),
        [wp("ta_leng", "02-25", 7, 50, 21, 1800)],
        "everything in capitals, Caps Lock on",
    )
    add(
        f,
        "giangma-mixed-diacritics",
        Mail(
            frm("giang_ma"),
            "Bao cáo tuần",
            at(3, 4, 8, 47),
            """Dạ em gửi báo cáo tuần của xã Giang Ma ạ
So tin, bài: 5
Thoi lương: 35 phút
Số lần phat song 15
Uoc so nguoi nghe 1.100
Em cảm ơn ạ
""",
        ),
        [wp("giang_ma", "03-04", 5, 35, 15, 1100)],
        "diacritics half typed (Unikey switched mid-line), labels without colons",
    )
    add(
        f,
        "hothau-numbered",
        Mail(
            frm("ho_thau"),
            "V/v báo cáo kết quả tuyên truyền tuần",
            at(3, 11, 14, 30),
            """UBND xã Hồ Thầu báo cáo kết quả tuyên truyền tuần:
1/ Số lượng tin, bài: 08 tin, bài
2/ Độ dài: 45 phút
3/ Số lượng phát sóng: 24 lần
4/ Ước số lượng người nghe: khoảng 1.600 người
""",
        ),
        [wp("ho_thau", "03-11", 8, 45, 24, 1600)],
        "'1/' numbering, '08 tin, bài', 'khoảng 1.600 người'",
    )
    add(
        f,
        "binhlu-plus-bullets-spaces",
        Mail(
            frm("binh_lu"),
            "Bình Lư báo cáo tuần",
            at(3, 18, 11, 2),
            """Kính gửi Phòng VH&TT huyện.
Xã Bình Lư báo cáo kết quả tuyên truyền trong tuần :
+ Số tin , bài :  9
+ Thời lượng :  55 phút
+ Số lượt phát sóng :27
+ Ước số người nghe : 2.800

Trân trọng !
""",
        ),
        [wp("binh_lu", "03-18", 9, 55, 27, 2800)],
        "'+' bullets, spaces before colons and commas",
    )
    add(
        f,
        "sonbinh-label-typos",
        Mail(
            frm("son_binh"),
            "bao cao tuan Son Binh",
            at(3, 25, 15, 20),
            """Xã Sơn Bình báo cáo:
Sô tin bài: 4
Thòi lượng: 30 phút
Số lần phát sóg: 12
Ước số ngưòi nghe: 950
""",
        ),
        [wp("son_binh", "03-25", 4, 30, 12, 950)],
        "small typos in every label (Sô, Thòi, sóg, ngưòi)",
    )
    add(
        f,
        "nungnang-short-labels-units",
        Mail(
            frm("nung_nang"),
            "Báo cáo tuyên truyền tuần - xã Nùng Nàng",
            at(3, 31, 16, 45),
            """Xã Nùng Nàng gửi kết quả tuyên truyền tuần:
Số tin, bài: 12 tin
Độ dài: 60 phút
Phát sóng: 36 lượt
Người nghe: 3.000 người
""",
        ),
        [wp("nung_nang", "04-01", 12, 60, 36, 3000)],
        "short labels (Phát sóng, Người nghe) with units after the numbers",
    )
    add(
        f,
        "bangiang-one-line-semicolons",
        Mail(
            frm("ban_giang"),
            "Báo cáo tuyên truyền tuần",
            at(4, 8, 10, 15),
            """Kính gửi Phòng Văn hóa và Thông tin huyện Tam Đường.
Trong tuần xã đã phát: Số lượt phát sóng là 21 lượt; Số tin bài là 7; Thời lượng là 50 phút; Số người nghe ước đạt 1.900 người.
Trân trọng.
""",
        ),
        [wp("ban_giang", "04-08", 7, 50, 21, 1900)],
        "all four figures on one line, separated by semicolons, in another order",
    )
    add(
        f,
        "banhon-tabs",
        Mail(
            frm("ban_hon"),
            "Báo cáo tuần xã Bản Hon",
            at(4, 15, 9, 0),
            "Xã Bản Hon báo cáo kết quả tuyên truyền tuần:\n"
            "Số tin, bài\t5\n"
            "Thời lượng (phút)\t35\n"
            "Số lượt phát sóng\t15\n"
            "Ước số người nghe\t1.050\n",
        ),
        [wp("ban_hon", "04-15", 5, 35, 15, 1050)],
        "label and value separated by a tab (copied from a table)",
    )
    add(
        f,
        "banbo-equals",
        Mail(
            frm("ban_bo"),
            "Báo cáo tuần - Bản Bo",
            at(4, 22, 10, 48),
            """Kính gửi Phòng Văn hóa và Thông tin huyện.
Xã Bản Bo báo cáo kết quả tuyên truyền tuần như sau:
Số tin bài = 8
Thời lượng = 55 phút
Số lần phát sóng = 24
Ước số người nghe = 2.100
Trân trọng báo cáo!
""",
        ),
        [wp("ban_bo", "04-22", 8, 55, 24, 2100)],
        "'=' instead of ':'",
    )
    add(
        f,
        "natam-value-next-line",
        Mail(
            frm("na_tam"),
            "BC tuyen truyen tuan",
            at(4, 29, 7, 55),
            """Kính gửi Phòng VHTT.
Xã Nà Tăm báo cáo:
Số tin, bài:
6
Độ dài:
40 phút
Số lần phát sóng:
18
Ước số người nghe:
1.250
""",
        ),
        [wp("na_tam", "04-29", 6, 40, 18, 1250)],
        "each label on its own line, the value on the next line",
    )
    add(
        f,
        "khunha-units-in-parentheses",
        Mail(
            frm("khun_ha"),
            "Báo cáo tuần xã Khun Há",
            at(5, 6, 14, 12),
            """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường
UBND xã Khun Há báo cáo kết quả tuyên truyền tuần như sau:
- Số lượng tin, bài (tin): 5
- Độ dài (phút): 35
- Số lượng phát sóng (lần): 12
- Ước số lượng người nghe (người): 900
""",
        ),
        [wp("khun_ha", "05-06", 5, 35, 12, 900)],
        "the unit of each figure in parentheses inside the label",
    )
    add(
        f,
        "dai-large-figures",
        Mail(
            frm("dai_th_th"),
            "Đài TT-TH huyện báo cáo kết quả tuyên truyền tuần",
            at(5, 13, 9, 40),
            """Kính gửi Phòng Văn hóa và Thông tin huyện.
Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền tuần:
- Số tin, bài: 28
- Tổng thời lượng phát sóng: 320 phút
- Số lần phát sóng: 64
- Ước số người nghe: 45.000

Đèo Văn Hùng
Đài TT-TH huyện Tam Đường
""",
        ),
        [wp("dai_th_th", "05-13", 28, 320, 64, 45000)],
        "the district radio station: larger figures, 'Tổng thời lượng phát sóng'",
    )
    add(
        f,
        "tt-second-address-breakdown",
        Mail(
            "TT Tam Đường <tttamduong.tamduong@laichau.gov.vn>",
            "BC KẾT QUẢ TUYÊN TRUYỀN TUẦN",
            at(5, 20, 10, 0),
            """Thị trấn Tam Đường báo cáo:
- Số tin bài: 11 (tin: 8, bài: 3)
- Độ dài: 1 giờ 10 phút
- Số lượng phát sóng: 33
- Ước số lượng người nghe: 4.800
""",
        ),
        [wp("tt_tam_duong", "05-20", 11, 70, 33, 4800)],
        "the town's second address; a breakdown in parentheses after the total",
    )
    add(
        f,
        "thensin-gmail-bold-stars",
        Mail(
            frm("then_sin", "Tẩn Thị Mẩy"),
            "Báo cáo tuần Thèn Sin",
            at(5, 27, 8, 30),
            """Kính gửi phòng VHTT,
Xã Thèn Sin báo cáo kết quả tuần như sau:
*Số tin, bài:* 5
*Thời lượng:* 40 phút
*Số lần phát sóng:* 15
*Ước số người nghe:* 1.200
Em cảm ơn ạ.
""",
            mailer=GMAIL,
        ),
        [wp("then_sin", "05-27", 5, 40, 15, 1200)],
        "Gmail's plain-text rendering of bold labels (*...*)",
    )
    add(
        f,
        "taleng-crlf-trailing-spaces",
        Mail(
            frm("ta_leng"),
            "Báo cáo tuần xã Tả Lèng",
            at(6, 3, 15, 55),
            "Kính gửi Phòng Văn hóa và Thông tin huyện   \r\n"
            "Xã Tả Lèng báo cáo kết quả tuyên truyền tuần:   \r\n"
            "Số tin, bài: 06   \r\n"
            "Độ dài: 45 phút  \r\n"
            "Số lần phát sóng: 18 \r\n"
            "Ước số người nghe: 1.700\t\r\n"
            "\r\n"
            "Trân trọng!\r\n",
        ),
        [wp("ta_leng", "06-03", 6, 45, 18, 1700)],
        "CRLF lines with trailing spaces and tabs, sent four minutes before the deadline",
    )
    add(
        f,
        "hothau-distractor-numbers",
        Mail(
            frm("ho_thau"),
            "Báo cáo kết quả tuyên truyền tuần",
            at(6, 10, 9, 5),
            """Kính gửi Phòng Văn hóa và Thông tin huyện.
UBND xã Hồ Thầu báo cáo kết quả tuyên truyền tuần:
Nội dung tuyên truyền: phòng, chống dịch Covid-19, thực hiện 5K, tiêm vắc xin, bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021-2026.
Số tin, bài: 7
Độ dài: 42 phút
Số lần phát sóng: 21
Ước số người nghe: 1.500
""",
        ),
        [wp("ho_thau", "06-10", 7, 42, 21, 1500)],
        "unlabelled numbers around (Covid-19, 5K, 2021-2026) that are not figures",
    )
    add(
        f,
        "sonbinh-long-labels",
        Mail(
            frm("son_binh"),
            "Sơn Bình - báo cáo tuần",
            at(6, 17, 10, 30),
            """Xã Sơn Bình báo cáo kết quả tuyên truyền trên hệ thống truyền thanh cơ sở:
Số lượng tin bài đã phát: 5
Tổng số thời lượng: 40 phút
Số lần phát: 15
Số lượt người nghe ước tính: 1.000
""",
        ),
        [wp("son_binh", "06-17", 5, 40, 15, 1000)],
        "longer wordings of the labels ('đã phát', 'ước tính' after the label)",
    )
    add(
        f,
        "nungnang-one-line-no-diacritics",
        Mail(
            frm("nung_nang"),
            "bc tuan",
            at(6, 24, 16, 5),
            "em gui bc tuan xa nung nang: so tin bai 7, thoi luong 45 phut, so lan phat song 21,"
            " nguoi nghe khoang 1500\n",
        ),
        [wp("nung_nang", "06-24", 7, 45, 21, 1500)],
        "one line without diacritics, comma separated, '1500' without a separator,"
        " five minutes after the deadline (late)",
    )
    add(
        f,
        "banhon-dot-leaders",
        Mail(
            frm("ban_hon"),
            "Báo cáo tuần xã Bản Hon",
            at(7, 1, 8, 20),
            """Kết quả tuyên truyền tuần của xã Bản Hon:
- Số tin, bài: ........ 9
- Độ dài: ............. 55 phút
- Số lần phát sóng: ... 27
- Ước số người nghe: .. 2.000
""",
        ),
        [wp("ban_hon", "07-01", 9, 55, 27, 2000)],
        "dot leaders between label and value, as on the paper form",
    )
    add(
        f,
        "banbo-social-media",
        Mail(
            frm("ban_bo"),
            "Báo cáo tuyên truyền trên mạng xã hội, Bluezone - xã Bản Bo",
            at(7, 8, 9, 10),
            """Kính gửi Phòng Văn hóa và Thông tin,
Xã Bản Bo báo cáo kết quả tuyên truyền trên mạng xã hội trong tuần:
- Số nhóm Zalo đã thành lập: 12 nhóm
- Tổng số thành viên: 1.350
- Số tin, bài đăng tải: 18
- Số lượt cài đặt Bluezone: 236
- Tin giả, tin sai sự thật: 0
""",
        ),
        [sm("ban_bo", "07-08", 12, 1350, 18, 236, 0)],
        "social-media form; 'Số tin, bài đăng tải' must not be read as the weekly form's label",
    )
    add(
        f,
        "khunha-zero-week",
        Mail(
            frm("khun_ha"),
            "Báo cáo tuần xã Khun Há",
            at(7, 15, 10, 0),
            """Kính gửi Phòng VHTT huyện,
Tuần này trạm truyền thanh xã bị hỏng bộ khuếch đại nên không phát được ạ.
Số tin, bài: 0
Thời lượng: 0 phút
Số lần phát sóng: 0
Ước số người nghe: 0
Xã đã báo đơn vị sửa chữa, tuần sau sẽ phát bù.
""",
        ),
        [wp("khun_ha", "07-15", 0, 0, 0, 0)],
        "a real week of zeros (broken amplifier): zero is a figure, not a missing value",
    )


# ========================================================================================
# prose: the figures inside sentences
# ========================================================================================


def prose() -> None:
    f = "prose"
    add(
        f,
        "hothau-one-sentence",
        Mail(
            frm("ho_thau"),
            "Báo cáo kết quả tuyên truyền tuần",
            at(7, 8, 10, 22),
            """Kính gửi Phòng Văn hóa và Thông tin huyện Tam Đường.
Trong tuần, Ban biên tập Trạm truyền thanh xã Hồ Thầu đã xây dựng 05 tin, bài với tổng thời lượng 1 giờ 15 phút, phát sóng 21 lượt, ước khoảng 3.500 người nghe.
Trân trọng báo cáo.
""",
        ),
        [wp("ho_thau", "07-08", 5, 75, 21, 3500)],
        "the four figures in one sentence, number before its noun",
    )
    add(
        f,
        "binhlu-terse-list",
        Mail(
            frm("binh_lu"),
            "BC tuần Bình Lư",
            at(7, 15, 9, 12),
            "Dạ xã Bình Lư báo cáo tuần này ạ.\n"
            "Kết quả: 8 tin bài, 48 phút, 24 lần phát, 2.600 người nghe.\n"
            "Em cảm ơn ạ\n",
        ),
        [wp("binh_lu", "07-15", 8, 48, 24, 2600)],
        "terse 'number noun' list after 'Kết quả:'",
    )
    add(
        f,
        "sonbinh-long-paragraph",
        Mail(
            frm("son_binh"),
            "Báo cáo kết quả tuyên truyền tuần",
            at(2, 10, 15, 40),
            """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.

Thực hiện Công văn số 45/VHTT ngày 02/02/2021 của Phòng Văn hóa và Thông tin huyện về việc tăng cường công tác tuyên truyền dịp Tết Nguyên đán Tân Sửu 2021, UBND xã Sơn Bình báo cáo kết quả như sau: Trạm truyền thanh xã đã biên tập và phát 06 tin, bài tuyên truyền về phòng chống dịch Covid-19, cài đặt ứng dụng Bluezone, tổng độ dài 42 phút; mỗi ngày phát 2 buổi sáng và chiều, tổng cộng 14 lần phát sóng; ước tính có khoảng 1.800 lượt người nghe.

Trân trọng!
""",
        ),
        [wp("son_binh", "02-11", 6, 42, 14, 1800)],
        "long official sentence; the letter's number and date, '2 buổi', 2021 are not figures",
    )
    add(
        f,
        "nungnang-prose-no-diacritics",
        Mail(
            frm("nung_nang"),
            "bc tuan nung nang",
            at(7, 22, 11, 40),
            "kinh gui phong vhtt. tuan nay xa da phat 4 tin bai, thoi luong khoang 30 phut,"
            " phat 12 lan, uoc khoang 900 nguoi nghe. tran trong\n",
        ),
        [wp("nung_nang", "07-22", 4, 30, 12, 900)],
        "a sentence without diacritics",
    )
    add(
        f,
        "giangma-wrapped-sentence",
        Mail(
            frm("giang_ma"),
            "Báo cáo tuần xã Giang Ma",
            at(7, 29, 14, 2),
            """Kính gửi Phòng Văn hóa và Thông tin huyện.
Trong tuần xã đã xây dựng được 07 tin, bài tuyên truyền về
phòng chống dịch bệnh Covid-19, với tổng thời lượng là 52
phút, phát trên hệ thống loa truyền thanh 21 lượt, ước có khoảng
2.100 người nghe.
Trân trọng.
""",
        ),
        [wp("giang_ma", "07-29", 7, 52, 21, 2100)],
        "a sentence hard-wrapped by the mail client: '52' and 'phút' on different lines",
    )
    add(
        f,
        "bangiang-nghin",
        Mail(
            frm("ban_giang"),
            "Báo cáo tuyên truyền tuần",
            at(8, 5, 8, 45),
            """Xã Bản Giang báo cáo: trong tuần đã tổ chức phát sóng 18 lần với 6 tin, bài, tổng thời lượng 36 phút; số người nghe ước khoảng 1,5 nghìn người.
""",
        ),
        [wp("ban_giang", "08-05", 6, 36, 18, 1500)],
        "order broadcasts-items-minutes-listeners, '1,5 nghìn người'",
    )
    add(
        f,
        "tt-official-sections",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo kết quả công tác tuyên truyền tuần",
            at(8, 12, 10, 10),
            """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền trên hệ thống truyền thanh
Trong tuần, Đài truyền thanh thị trấn đã biên tập, phát sóng 10 tin, bài (trong đó: 7 tin, 3 bài) với thời lượng 1 giờ 20 phút; tổng số lần phát sóng 30 lần; ước tính 5.200 lượt người nghe.
2. Công tác tuyên truyền trực quan
Treo 15 băng rôn, 4 pa nô tuyên truyền phòng chống dịch Covid-19.
II. PHƯƠNG HƯỚNG TUẦN TỚI
Tiếp tục tuyên truyền thực hiện nghiêm 5K, cài đặt Bluezone.

Trân trọng!
""",
        ),
        [wp("tt_tam_duong", "08-12", 10, 80, 30, 5200)],
        "official sections; the banners and posters (15, 4) are not broadcast figures",
    )
    add(
        f,
        "thensin-social-prose",
        Mail(
            frm("then_sin"),
            "Báo cáo tuyên truyền trên mạng xã hội tuần",
            at(8, 19, 9, 25),
            """Kính gửi Phòng Văn hóa và Thông tin huyện.
Tuần qua xã Thèn Sin đã thành lập thêm 2 nhóm Zalo, nâng tổng số nhóm lên 11 nhóm với 940 thành viên; đăng tải 16 tin, bài; vận động được 58 người cài đặt Bluezone (lũy kế 612 người); không phát hiện trường hợp tin giả, tin sai sự thật nào.
""",
        ),
        [held("then_sin", SM, "08-19", groups=11, group_members=940, posts=16, fake_news=0)],
        "social media in prose; Bluezone given as 58 this week and 612 cumulative:"
        " which one the form wants is not certain, so review",
    )
    add(
        f,
        "taleng-short-sentences",
        Mail(
            frm("ta_leng"),
            "Tả Lèng báo cáo tuần",
            at(8, 19, 15, 0),
            "Xã Tả Lèng báo cáo: tuần này trạm phát được 9 tin bài. Thời lượng phát 1 giờ."
            " Phát sóng 27 lượt. Người nghe khoảng 2.000.\n",
        ),
        [wp("ta_leng", "08-19", 9, 60, 27, 2000)],
        "short sentences, '1 giờ' = 60 minutes",
    )
    add(
        f,
        "banbo-previous-week-in-parentheses",
        Mail(
            frm("ban_bo"),
            "Báo cáo tuần - Bản Bo",
            at(8, 26, 10, 30),
            """Kính gửi Phòng Văn hóa và Thông tin huyện.
Trong tuần xã phát 8 tin, bài (tuần trước 6 tin, bài), thời lượng 50 phút, 24 lượt phát sóng, khoảng 2.200 người nghe.
Trân trọng.
""",
        ),
        [wp("ban_bo", "08-26", 8, 50, 24, 2200)],
        "last week's figure in parentheses next to this week's",
    )
    add(
        f,
        "natam-cumulative",
        Mail(
            frm("na_tam"),
            "BC tuyen truyen tuan",
            at(9, 9, 9, 0),
            """Kính gửi Phòng VHTT huyện.
Xã Nà Tăm báo cáo: trong tuần phát 5 tin bài, 35 phút, 15 lần phát sóng, 1.200 người nghe. Lũy kế từ đầu năm: 120 tin bài, 860 phút, 360 lần phát sóng.
""",
        ),
        [wp("na_tam", "09-09", 5, 35, 15, 1200)],
        "the week's figures followed by the year-to-date totals",
    )
    add(
        f,
        "dai-hours-and-minutes",
        Mail(
            frm("dai_th_th"),
            "Báo cáo kết quả tuyên truyền tuần của Đài TT-TH huyện",
            at(9, 16, 8, 15),
            """Kính gửi: Phòng Văn hóa và Thông tin huyện.
Trong tuần, Đài TT-TH huyện đã sản xuất và phát sóng 32 tin, bài, phóng sự; tổng thời lượng 5 giờ 30 phút; phát sóng 70 lượt trên sóng phát thanh và truyền hình; ước 52.000 lượt người nghe, xem.
""",
        ),
        [wp("dai_th_th", "09-16", 32, 330, 70, 52000)],
        "the radio station in prose: '5 giờ 30 phút', 'người nghe, xem'",
    )


# ========================================================================================
# numbers: how figures and durations are written
# ========================================================================================


def _labelled_mail(unit: str, subject: str, when, lines: str, intro: str | None = None) -> Mail:
    name = UNITS[unit][1]
    head = (
        intro
        if intro is not None
        else f"Kính gửi Phòng Văn hóa và Thông tin huyện.\n{name} báo cáo kết quả tuyên truyền tuần:\n"
    )
    return Mail(frm(unit), subject, when, head + lines + "\nTrân trọng!\n")


def numbers() -> None:
    f = "numbers"
    add(
        f,
        "space-thousands-decimal-hours",
        _labelled_mail(
            "then_sin",
            "Báo cáo tuần xã Thèn Sin",
            at(2, 25, 9, 30),
            "- Số tin, bài: 8\n- Thời lượng: 1,5 giờ\n- Số lần phát sóng: 24\n"
            "- Ước số người nghe: 5 000 người\n",
        ),
        [wp("then_sin", "02-25", 8, 90, 24, 5000)],
        "'5 000' (space as thousands separator), '1,5 giờ' = 90 minutes",
    )
    add(
        f,
        "nghin-and-1h15",
        _labelled_mail(
            "ta_leng",
            "Báo cáo tuần xã Tả Lèng",
            at(3, 4, 14, 20),
            "Số tin, bài: 9\nThời lượng: 1h15\nSố lần phát sóng: 27\nƯớc số người nghe: 3,5 nghìn\n",
        ),
        [wp("ta_leng", "03-04", 9, 75, 27, 3500)],
        "'1h15' = 75 minutes, '3,5 nghìn' = 3500",
    )
    add(
        f,
        "ngan-and-apostrophe",
        _labelled_mail(
            "giang_ma",
            "Báo cáo tuần",
            at(3, 11, 10, 10),
            "Số tin bài: 6\nĐộ dài: 75'\nPhát sóng: 18 lần\nNgười nghe: khoảng 2 ngàn\n",
        ),
        [wp("giang_ma", "03-11", 6, 75, 18, 2000)],
        "75' (minutes with an apostrophe), 'khoảng 2 ngàn'",
    )
    add(
        f,
        "trieu-implausible",
        _labelled_mail(
            "ho_thau",
            "Báo cáo kết quả tuyên truyền tuần",
            at(3, 18, 11, 0),
            "Số tin, bài: 8\nĐộ dài: 48 phút\nSố lần phát sóng: 24\nƯớc số người nghe: 1,2 triệu lượt\n",
        ),
        [held("ho_thau", WP, "03-18", items=8, minutes=48, broadcasts=24)],
        "'1,2 triệu' is read as 1,200,000, above the field's bound for a commune: review",
    )
    add(
        f,
        "number-words",
        _labelled_mail(
            "binh_lu",
            "Báo cáo tuần Bình Lư",
            at(3, 25, 8, 40),
            "Số tin, bài: sáu tin\nĐộ dài: bốn mươi lăm phút\nSố lần phát sóng: hai mươi mốt lần\n"
            "Ước số người nghe: 2.300 người\n",
        ),
        [wp("binh_lu", "03-25", 6, 45, 21, 2300)],
        "figures written in words: 'sáu', 'bốn mươi lăm phút', 'hai mươi mốt'",
    )
    add(
        f,
        "leading-zeros",
        _labelled_mail(
            "son_binh",
            "Báo cáo tuần xã Sơn Bình",
            at(4, 1, 10, 5),
            "Số tin, bài: 05\nĐộ dài: 01 giờ 05 phút\nSố lần phát sóng: 015\nƯớc số người nghe: 950\n",
        ),
        [wp("son_binh", "04-01", 5, 65, 15, 950)],
        "leading zeros: '05', '01 giờ 05 phút', '015'",
    )
    add(
        f,
        "tieng-ruoi-tren",
        _labelled_mail(
            "nung_nang",
            "Báo cáo tuần Nùng Nàng",
            at(4, 8, 15, 15),
            "Số tin, bài: 7\nThời lượng: 1 tiếng rưỡi\nSố lần phát sóng: 21\n"
            "Ước số người nghe: trên 1.500 người\n",
        ),
        [wp("nung_nang", "04-08", 7, 90, 21, 1500)],
        "'1 tiếng rưỡi' = 90 minutes; 'trên 1.500' is an estimate of 1500",
    )
    add(
        f,
        "h-minutes-and-nghin-decimal",
        _labelled_mail(
            "ban_giang",
            "Báo cáo tuyên truyền tuần",
            at(4, 15, 9, 50),
            "Số tin, bài: 7 tin, bài\nĐộ dài: 1h30'\nSố lần phát sóng: 21 lượt\n"
            "Ước số người nghe: 2,1 nghìn người\n",
        ),
        [wp("ban_giang", "04-15", 7, 90, 21, 2100)],
        "1h30' = 90 minutes, '2,1 nghìn' = 2100",
    )
    add(
        f,
        "clock-duration",
        _labelled_mail(
            "ban_hon",
            "Báo cáo tuần xã Bản Hon",
            at(4, 22, 8, 0),
            "Số tin, bài: 6\nThời lượng: 01:20\nSố lượt phát sóng: 18 lượt\nƯớc số người nghe: 1.100\n",
        ),
        [wp("ban_hon", "04-22", 6, 80, 18, 1100)],
        "duration written as a clock '01:20' = 80 minutes",
    )
    add(
        f,
        "bare-minutes-colloquial-nghin",
        _labelled_mail(
            "ban_bo",
            "Báo cáo tuần - Bản Bo",
            at(4, 29, 10, 0),
            "Số tin, bài: 8\nThời lượng: 90\nSố lần phát sóng: 24\nƯớc số người nghe: 2 nghìn 5\n",
        ),
        [wp("ban_bo", "04-29", 8, 90, 24, 2500)],
        "'Thời lượng: 90' without a unit is minutes (the form's unit); '2 nghìn 5' = 2500",
    )
    add(
        f,
        "p-for-phut",
        _labelled_mail(
            "na_tam",
            "BC tuan Na Tam",
            at(5, 6, 7, 50),
            "So tin bai: 5\nDo dai: 40p\nPhat song: 12 luot/tuan\nNguoi nghe: 1.000\n",
        ),
        [wp("na_tam", "05-06", 5, 40, 12, 1000)],
        "'40p' (p for phút), '12 lượt/tuần', without diacritics",
    )
    add(
        f,
        "whole-hours-dot-thousands",
        _labelled_mail(
            "khun_ha",
            "Báo cáo tuần xã Khun Há",
            at(5, 13, 14, 30),
            "Số tin, bài: 6\nThời lượng: 2 giờ\nSố lần phát sóng: 18\nƯớc số người nghe: 1.234\n",
        ),
        [wp("khun_ha", "05-13", 6, 120, 18, 1234)],
        "'2 giờ' = 120 minutes; '1.234' = 1234",
    )
    add(
        f,
        "hours-minutes-large",
        _labelled_mail(
            "dai_th_th",
            "Đài TT-TH báo cáo tuần",
            at(5, 20, 9, 0),
            "Số tin, bài: 30\nTổng thời lượng: 6 giờ 15 phút\nSố lần phát sóng: 66\n"
            "Ước số người nghe: 45.500\n",
        ),
        [wp("dai_th_th", "05-20", 30, 375, 66, 45500)],
        "'6 giờ 15 phút' = 375 minutes, '45.500'",
    )
    add(
        f,
        "decimal-minutes",
        _labelled_mail(
            "tt_tam_duong",
            "Báo cáo tuần TT Tam Đường",
            at(5, 27, 10, 15),
            "Số tin, bài: 5\nĐộ dài: 37,5 phút\nSố lần phát sóng: 15\nƯớc số người nghe: 4.000\n",
        ),
        [wp("tt_tam_duong", "05-27", 5, 37.5, 15, 4000)],
        "'37,5 phút': a decimal comma in a duration",
    )
    add(
        f,
        "ambiguous-dot-duration",
        _labelled_mail(
            "then_sin",
            "Báo cáo tuần xã Thèn Sin",
            at(6, 3, 9, 45),
            "Số tin, bài: 6\nThời lượng: 1.5\nSố lần phát sóng: 18\nƯớc số người nghe: 1.300\n",
        ),
        [held("then_sin", WP, "06-03", items=6, broadcasts=18, listeners=1300)],
        "'Thời lượng: 1.5' — 1.5 hours, 1.5 minutes or 15? A person cannot tell: review",
    )
    add(
        f,
        "minute-apostrophe-and-dot-nghin",
        _labelled_mail(
            "ta_leng",
            "Tả Lèng báo cáo tuần",
            at(6, 10, 15, 30),
            "Số tin, bài: 8\nThời lượng: 1 giờ 5'\nSố lần phát sóng: 24\nƯớc số người nghe: 3.2 nghìn\n",
        ),
        [wp("ta_leng", "06-10", 8, 65, 24, 3200)],
        "'1 giờ 5'' = 65 minutes; '3.2 nghìn' = 3200 (a multiplier word settles the dot)",
    )
    add(
        f,
        "computed-broadcasts",
        _labelled_mail(
            "giang_ma",
            "Báo cáo tuần xã Giang Ma",
            at(6, 17, 11, 15),
            "Số tin, bài: 7\nThời lượng: 49 phút\nSố lần phát sóng: 3 lần/ngày x 7 ngày = 21 lần\n"
            "Ước số người nghe: 2.000\n",
        ),
        [wp("giang_ma", "06-17", 7, 49, 21, 2000)],
        "the broadcasts written as a computation whose result is stated: 21",
    )
    add(
        f,
        "households-aside",
        _labelled_mail(
            "ho_thau",
            "Báo cáo tuần",
            at(6, 24, 10, 40),
            "Số tin, bài: 6\nThời lượng: 40 phút\nSố lần phát sóng: 18\n"
            "Ước số người nghe: 1.500 người (khoảng 350 hộ)\n",
        ),
        [wp("ho_thau", "06-24", 6, 40, 18, 1500)],
        "listeners in persons with households in parentheses: 1500",
    )
    add(
        f,
        "per-item-length-and-total",
        _labelled_mail(
            "binh_lu",
            "Báo cáo tuần Bình Lư",
            at(7, 1, 9, 0),
            "Số tin, bài: 10 tin bài (mỗi tin, bài dài từ 3 - 5 phút)\nTổng thời lượng: 42 phút\n"
            "Số lần phát sóng: 30\nƯớc số người nghe: 2.700\n",
        ),
        [wp("binh_lu", "07-01", 10, 42, 30, 2700)],
        "length per item (3 - 5 phút) beside the total duration (42): the total is the figure",
    )
    add(
        f,
        "per-day-aside",
        _labelled_mail(
            "son_binh",
            "Báo cáo tuần xã Sơn Bình",
            at(7, 8, 14, 45),
            "Số tin, bài: 5\nThời lượng: 35 phút\nSố lần phát sóng: 14 (2 lần/ngày)\n"
            "Ước số người nghe: 1.500 lượt\n",
        ),
        [wp("son_binh", "07-08", 5, 35, 14, 1500)],
        "'14 (2 lần/ngày)': the figure, then how it came about",
    )


# ========================================================================================
# replies: this week's figures on top, last week's (different) figures quoted below
# ========================================================================================


def replies() -> None:
    f = "replies"
    add(
        f,
        "gmail-vi-quote",
        Mail(
            frm("giang_ma"),
            "Re: Báo cáo kết quả tuyên truyền tuần",
            at(2, 18, 14, 2),
            """Em gửi số liệu tuần này ạ:
Số tin bài: 7
Thời lượng: 50 phút
Phát sóng: 21 lần
Người nghe: khoảng 2.000

Vào Th 5, 11 thg 2, 2021 vào lúc 09:15 UBND xã Giang Ma <
giangma.tamduong@laichau.gov.vn> đã viết:

> Số tin bài: 6
> Thời lượng: 45 phút
> Phát sóng: 18 lần
> Người nghe: khoảng 1.800
>
""",
            mailer=GMAIL,
            in_reply_to="<CAF=giangma0211@mail.gmail.com>",
        ),
        [wp("giang_ma", "02-18", 7, 50, 21, 2000)],
        "Gmail in Vietnamese, the 'đã viết:' line wrapped; last week quoted with '>'",
    )
    add(
        f,
        "gmail-en-quote",
        Mail(
            frm("binh_lu"),
            "Re: Bình Lư báo cáo tuần",
            at(3, 4, 10, 30),
            """Xã Bình Lư báo cáo tuần này:
- Số tin, bài: 9
- Thời lượng: 54 phút
- Số lần phát sóng: 27
- Ước số người nghe: 2.900

On Thu, Feb 25, 2021 at 3:02 PM UBND xã Bình Lư <binhlu.tamduong@laichau.gov.vn> wrote:

> Xã Bình Lư báo cáo tuần này:
> - Số tin, bài: 8
> - Thời lượng: 48 phút
> - Số lần phát sóng: 24
> - Ước số người nghe: 2.600
""",
            mailer=GMAIL,
        ),
        [wp("binh_lu", "03-04", 9, 54, 27, 2900)],
        "Gmail in English ('On ... wrote:'), last week quoted with '>'",
    )
    add(
        f,
        "outlook-en-block",
        Mail(
            frm("son_binh"),
            "RE: Báo cáo tuần xã Sơn Bình",
            at(3, 11, 9, 40),
            """Xã Sơn Bình gửi báo cáo tuần ạ
Số tin, bài: 5
Độ dài: 35 phút
Số lần phát sóng: 15
Ước số người nghe: 1.100

________________________________
From: Xã Sơn Bình <sonbinh.tamduong@laichau.gov.vn>
Sent: Thursday, March 4, 2021 10:12 AM
To: sangnq.tamduong@laichau.gov.vn <sangnq.tamduong@laichau.gov.vn>
Subject: Báo cáo tuần xã Sơn Bình

Xã Sơn Bình gửi báo cáo tuần ạ
Số tin, bài: 4
Độ dài: 30 phút
Số lần phát sóng: 12
Ước số người nghe: 900
""",
            mailer=OUTLOOK,
        ),
        [wp("son_binh", "03-11", 5, 35, 15, 1100)],
        "Outlook in English: a From/Sent/To/Subject block, the old text not '>'-quoted",
    )
    add(
        f,
        "outlook-vi-block",
        Mail(
            frm("nung_nang"),
            "TL: Báo cáo tuần Nùng Nàng",
            at(3, 18, 10, 20),
            """Dạ em gửi báo cáo tuần này ạ.
Số tin, bài: 6
Thời lượng: 40 phút
Số lần phát sóng: 18
Ước số người nghe: 1.400

Từ: Xã Nùng Nàng <nungnang.tamduong@laichau.gov.vn>
Đã gửi: Thứ Năm, 11 Tháng Ba 2021 9:40 SA
Đến: sangnq.tamduong@laichau.gov.vn
Chủ đề: Báo cáo tuần Nùng Nàng

Dạ em gửi báo cáo tuần này ạ.
Số tin, bài: 5
Thời lượng: 35 phút
Số lần phát sóng: 15
Ước số người nghe: 1.200
""",
            mailer=OUTLOOK,
        ),
        [wp("nung_nang", "03-18", 6, 40, 18, 1400)],
        "Outlook in Vietnamese: Từ/Đã gửi/Đến/Chủ đề block, subject prefix 'TL:'",
    )
    add(
        f,
        "outlook-original-message",
        Mail(
            frm("ban_giang"),
            "RE: Báo cáo tuyên truyền tuần",
            at(3, 25, 8, 55),
            """Xã Bản Giang báo cáo:
Số tin, bài: 8
Độ dài: 45 phút
Số lần phát sóng: 24
Ước số người nghe: 2.000

-----Original Message-----
From: UBND xã Bản Giang [mailto:bangiang.tamduong@laichau.gov.vn]
Sent: Thursday, March 18, 2021 2:05 PM
To: sangnq.tamduong@laichau.gov.vn
Subject: Báo cáo tuyên truyền tuần

Xã Bản Giang báo cáo:
Số tin, bài: 6
Độ dài: 35 phút
Số lần phát sóng: 18
Ước số người nghe: 1.700
""",
            mailer="Microsoft Office Outlook 12.0",
        ),
        [wp("ban_giang", "03-25", 8, 45, 24, 2000)],
        "old Outlook '-----Original Message-----' separator",
    )
    add(
        f,
        "zimbra-vi-separator",
        Mail(
            frm("ban_hon"),
            "Re: Báo cáo tuần xã Bản Hon",
            at(4, 1, 9, 5),
            """Xã Bản Hon báo cáo tuần này:
Số tin, bài: 7
Thời lượng: 45 phút
Số lượt phát sóng: 21
Ước số người nghe: 1.600

----- Thư gốc -----
Từ: "Xã Bản Hon" <banhon.tamduong@laichau.gov.vn>
Đến: "sangnq tamduong" <sangnq.tamduong@laichau.gov.vn>
Đã gửi: Thứ Năm, 25 Tháng Ba, 2021 9:02:11
Chủ đề: Báo cáo tuần xã Bản Hon

Xã Bản Hon báo cáo tuần này:
Số tin, bài: 6
Thời lượng: 35 phút
Số lượt phát sóng: 18
Ước số người nghe: 1.400
""",
            mailer=ZIMBRA,
        ),
        [wp("ban_hon", "04-01", 7, 45, 21, 1600)],
        "Zimbra webmail in Vietnamese ('----- Thư gốc -----'), the province's own mail system",
    )
    add(
        f,
        "thunderbird-vi",
        Mail(
            frm("ban_bo"),
            "Re: Báo cáo tuần - Bản Bo",
            at(4, 8, 10, 12),
            """Xã Bản Bo báo cáo tuần:
- Số tin, bài: 9
- Thời lượng: 60 phút
- Số lần phát sóng: 27
- Ước số người nghe: 2.400

Vào 01/04/2021 15:20, UBND xã Bản Bo đã viết:
> Xã Bản Bo báo cáo tuần:
> - Số tin, bài: 8
> - Thời lượng: 55 phút
> - Số lần phát sóng: 24
> - Ước số người nghe: 2.100
""",
            mailer=THUNDERBIRD,
        ),
        [wp("ban_bo", "04-08", 9, 60, 27, 2400)],
        "Thunderbird in Vietnamese ('Vào 01/04/2021 15:20, ... đã viết:'): a date in the quote header",
    )
    add(
        f,
        "reply-to-office-reminder",
        Mail(
            frm("na_tam"),
            "Re: Nhắc báo cáo kết quả tuyên truyền tuần",
            at(4, 15, 11, 30),
            """Dạ xã Nà Tăm báo cáo ạ:
Số tin, bài: 6
Độ dài: 40 phút
Số lần phát sóng: 18
Ước số người nghe: 1.300

Vào Th 4, 14 thg 4, 2021 vào lúc 16:05 Phòng Văn hóa và Thông tin huyện Tam Đường <sangnq.tamduong@laichau.gov.vn> đã viết:

> Kính gửi UBND các xã, thị trấn.
> Đề nghị các đơn vị gửi báo cáo kết quả tuyên truyền tuần (số lượng tin,
> bài; độ dài tin, bài; số lượng phát sóng; ước số lượng người nghe) trước
> 16h00 thứ Năm ngày 15/4/2021.
> Trân trọng.
""",
            mailer=GMAIL,
        ),
        [wp("na_tam", "04-15", 6, 40, 18, 1300)],
        "reply to the office's reminder: the quote names every field and a deadline date",
    )
    add(
        f,
        "bottom-posted",
        Mail(
            frm("khun_ha"),
            "Re: Báo cáo tuần xã Khun Há",
            at(4, 22, 15, 10),
            """Vào 15/04/2021 14:48, UBND xã Khun Há đã viết:
> Số tin, bài: 4
> Độ dài: 30 phút
> Số lần phát sóng: 12
> Ước số người nghe: 800

Tuần này xã báo cáo:
Số tin, bài: 5
Độ dài: 35 phút
Số lần phát sóng: 15
Ước số người nghe: 950
""",
            mailer=THUNDERBIRD,
        ),
        [wp("khun_ha", "04-22", 5, 35, 15, 950)],
        "bottom-posted reply: the quote comes first, this week's figures below it",
    )
    add(
        f,
        "nested-quotes",
        Mail(
            frm("tt_tam_duong"),
            "Re: Re: Báo cáo tuần TT Tam Đường",
            at(4, 29, 9, 50),
            """Thị trấn Tam Đường báo cáo tuần:
Số tin, bài: 12
Độ dài: 1 giờ 20 phút
Số lượng phát sóng: 36
Ước số người nghe: 5.300

On Thu, Apr 22, 2021 at 10:05 AM UBND thị trấn Tam Đường <vhtt.tttamduong@laichau.gov.vn> wrote:
> Thị trấn Tam Đường báo cáo tuần:
> Số tin, bài: 11
> Độ dài: 1 giờ 10 phút
> Số lượng phát sóng: 33
> Ước số người nghe: 5.000
>
> On Thu, Apr 15, 2021 at 9:40 AM UBND thị trấn Tam Đường <vhtt.tttamduong@laichau.gov.vn> wrote:
>> Số tin, bài: 10
>> Độ dài: 1 giờ
>> Số lượng phát sóng: 30
>> Ước số người nghe: 4.800
""",
        ),
        [wp("tt_tam_duong", "04-29", 12, 80, 36, 5300)],
        "two weeks of quotes nested with '>' and '>>'",
    )
    add(
        f,
        "gmail-en-header-wrapped",
        Mail(
            frm("then_sin"),
            "Re: Đề nghị bổ sung báo cáo tuần",
            at(5, 13, 8, 35),
            """Dạ em gửi lại đầy đủ ạ:
Số tin, bài: 6
Thời lượng: 45 phút
Số lần phát sóng: 18
Ước số người nghe: 1.350

On Wed, May 12, 2021 at 4:40 PM Phòng Văn hóa và Thông tin huyện Tam Đường <
sangnq.tamduong@laichau.gov.vn> wrote:

> Đề nghị xã Thèn Sin bổ sung số người nghe của tuần trước (tuần từ 30/4
> đến 06/5/2021): xã mới báo cáo số tin, bài 5, thời lượng 40 phút, 15 lần
> phát sóng.
""",
            mailer=GMAIL,
        ),
        [wp("then_sin", "05-13", 6, 45, 18, 1350)],
        "the quoted office request holds last week's figures and period; the new text has none",
    )
    add(
        f,
        "answer-one-missing-figure",
        Mail(
            frm("ta_leng"),
            "Re: Xã Tả Lèng bổ sung số người nghe",
            at(5, 21, 8, 15),
            """Dạ số người nghe tuần này là 1.400 người ạ. Em xin lỗi vì thiếu sót.

Vào Th 5, 20 thg 5, 2021 vào lúc 17:02 Phòng Văn hóa và Thông tin huyện Tam Đường <sangnq.tamduong@laichau.gov.vn> đã viết:

> Xã Tả Lèng chưa báo cáo ước số người nghe, đề nghị bổ sung.
>
> Vào Th 5, 20 thg 5, 2021 vào lúc 10:11 UBND xã Tả Lèng <taleng.tamduong@laichau.gov.vn> đã viết:
>
>> Số tin, bài: 7
>> Độ dài: 45 phút
>> Số lần phát sóng: 21
""",
            mailer=GMAIL,
        ),
        [held("ta_leng", WP, "05-20", listeners=1400)],
        "only the missing figure is answered; the rest is quoted: a partial report to review",
    )
    add(
        f,
        "yahoo-vi-unquoted",
        Mail(
            "Chao Lao Ta <chaolaota.hothau@yahoo.com.vn>",
            "Re: Báo cáo tuần xã Hồ Thầu",
            at(5, 27, 9, 33),
            """Xã Hồ Thầu báo cáo tuần:
Số tin, bài: 7
Thời lượng: 42 phút
Số lần phát sóng: 21
Ước số người nghe: 1.550

Vào Thứ Năm, 20 tháng 5, 2021, 09:12:45 SA GMT+7, Chao Lao Ta <chaolaota.hothau@yahoo.com.vn> đã viết:

Xã Hồ Thầu báo cáo tuần:
Số tin, bài: 6
Thời lượng: 38 phút
Số lần phát sóng: 18
Ước số người nghe: 1.400
""",
            mailer="YahooMailAndroid",
        ),
        [wp("ho_thau", "05-27", 7, 42, 21, 1550)],
        "Yahoo Mail in Vietnamese: the old message follows the header line without '>'",
    )
    add(
        f,
        "apple-mail-en",
        Mail(
            frm("binh_lu"),
            "Re: BC tuần Bình Lư",
            at(6, 3, 10, 2),
            """Xã Bình Lư báo cáo tuần này: 9 tin bài, 50 phút, 27 lần phát, 2.750 người nghe.

Sent from my iPhone

> On 27 May 2021, at 10:02, UBND xã Bình Lư <binhlu.tamduong@laichau.gov.vn> wrote:
>
> Xã Bình Lư báo cáo tuần này: 8 tin bài, 48 phút, 24 lần phát, 2.600 người nghe.
""",
            mailer="iPhone Mail (18E199)",
        ),
        [wp("binh_lu", "06-03", 9, 50, 27, 2750)],
        "Apple Mail: the 'On ... wrote:' line itself quoted, after 'Sent from my iPhone'",
    )


# ========================================================================================
# forwards: the report passed on, read as the report it carries
# ========================================================================================


def forwards() -> None:
    f = "forwards"
    add(
        f,
        "gmail-forward-from-personal",
        Mail(
            frm("khun_ha"),
            "Fwd: báo cáo tuần",
            at(6, 10, 15, 10),
            """Em chuyển tiếp báo cáo của xã Khun Há ạ.

---------- Forwarded message ---------
From: Van hoa Khun Ha <vhkhunha@gmail.com>
Date: Thu, Jun 10, 2021 at 2:50 PM
Subject: báo cáo tuần
To: <khunha.tamduong@laichau.gov.vn>


Số tin, bài: 4
Độ dài: 30 phút
Số lần phát sóng: 12
Ước số người nghe: 800
""",
            mailer=GMAIL,
        ),
        [wp("khun_ha", "06-10", 4, 30, 12, 800)],
        "Gmail forward of a report first sent from a personal address",
    )
    add(
        f,
        "outlook-fw-en",
        Mail(
            frm("ban_giang"),
            "FW: Báo cáo tuyên truyền tuần",
            at(6, 17, 9, 20),
            """

________________________________
From: Lo Van Thang <thanglv.bangiang@gmail.com>
Sent: Wednesday, June 16, 2021 5:12 PM
To: bangiang.tamduong@laichau.gov.vn
Subject: Báo cáo tuyên truyền tuần

Xã Bản Giang báo cáo:
Số tin, bài: 7
Độ dài: 42 phút
Số lần phát sóng: 21
Ước số người nghe: 1.800
""",
            mailer=OUTLOOK,
        ),
        [wp("ban_giang", "06-17", 7, 42, 21, 1800)],
        "Outlook 'FW:' with nothing written above the header block",
    )
    add(
        f,
        "outlook-tv-vi",
        Mail(
            frm("ho_thau"),
            "TV: Báo cáo tuần xã Hồ Thầu",
            at(6, 24, 8, 40),
            """Em chuyển báo cáo tuần ạ.

Từ: Chảo Láo Tả <chaolaota.hothau@yahoo.com.vn>
Đã gửi: Thứ Năm, 24 Tháng Sáu 2021 7:55 SA
Đến: hothau.tamduong@laichau.gov.vn
Chủ đề: Báo cáo tuần xã Hồ Thầu

Số tin, bài: 6
Thời lượng: 40 phút
Số lần phát sóng: 18
Ước số người nghe: 1.450
""",
            mailer=OUTLOOK,
        ),
        [wp("ho_thau", "06-24", 6, 40, 18, 1450)],
        "Outlook in Vietnamese, subject 'TV:' (Thư chuyển tiếp), Từ/Đã gửi/Đến/Chủ đề block",
    )
    add(
        f,
        "zimbra-forwarded-message",
        Mail(
            frm("nung_nang"),
            "Fwd: Báo cáo tuần Nùng Nàng",
            at(7, 1, 10, 0),
            """Em gửi phòng ạ.

----- Forwarded Message -----
From: "Tao Thi Mai" <taomai.nn@gmail.com>
To: "Xã Nùng Nàng" <nungnang.tamduong@laichau.gov.vn>
Sent: Thursday, July 1, 2021 9:41:05 AM
Subject: Báo cáo tuần Nùng Nàng

Số tin, bài: 5
Thời lượng: 35 phút
Số lần phát sóng: 15
Ước số người nghe: 1.150
""",
            mailer=ZIMBRA,
        ),
        [wp("nung_nang", "07-01", 5, 35, 15, 1150)],
        "Zimbra '----- Forwarded Message -----'",
    )
    add(
        f,
        "gmail-vi-chuyen-tiep",
        Mail(
            frm("then_sin"),
            "Fwd: BC tuần Thèn Sin",
            at(7, 8, 14, 55),
            """---------- Thư đã chuyển tiếp ---------
Từ: Tẩn Thị Mẩy <tanmay.thensin@gmail.com>
Date: Th 5, 8 thg 7, 2021 vào lúc 14:30
Subject: BC tuần Thèn Sin
To: <thensin.tamduong@laichau.gov.vn>


Xã Thèn Sin báo cáo:
Số tin, bài: 6
Thời lượng: 45 phút
Số lần phát sóng: 18
Ước số người nghe: 1.300
""",
            mailer=GMAIL,
        ),
        [wp("then_sin", "07-08", 6, 45, 18, 1300)],
        "Gmail in Vietnamese: '---------- Thư đã chuyển tiếp ---------'",
    )
    add(
        f,
        "forward-note-with-phone",
        Mail(
            frm("tt_tam_duong"),
            "Fwd: Báo cáo tuần thị trấn",
            at(7, 15, 11, 25),
            """Chị ơi em chuyển báo cáo của bộ phận văn hóa ạ, có gì chị gọi em 0912 345 678 nhé.

---------- Forwarded message ---------
From: Lo Thi Hoa <lohoa.tttd@gmail.com>
Date: Thu, Jul 15, 2021 at 10:58 AM
Subject: Báo cáo tuần thị trấn
To: <vhtt.tttamduong@laichau.gov.vn>


Thị trấn Tam Đường báo cáo:
- Số tin, bài: 11
- Độ dài: 1 giờ 10 phút
- Số lượng phát sóng: 33
- Ước số lượng người nghe: 5.000
""",
            mailer=GMAIL,
        ),
        [wp("tt_tam_duong", "07-15", 11, 70, 33, 5000)],
        "a note with a phone number above the forwarded report",
    )
    add(
        f,
        "double-forward",
        Mail(
            frm("ta_leng"),
            "Fwd: Fwd: BC tuan",
            at(7, 22, 9, 5),
            """---------- Forwarded message ---------
From: Ly A Sang <lyasang.taleng@gmail.com>
Date: Thu, Jul 22, 2021 at 8:50 AM
Subject: Fwd: BC tuan
To: <taleng.tamduong@laichau.gov.vn>


---------- Forwarded message ---------
From: Tram truyen thanh Ta Leng <ttttaleng@gmail.com>
Date: Wed, Jul 21, 2021 at 4:30 PM
Subject: BC tuan
To: Ly A Sang <lyasang.taleng@gmail.com>


Xa Ta Leng bao cao tuan:
So tin, bai: 8
Thoi luong: 50 phut
So lan phat song: 24
Uoc so nguoi nghe: 1.900
""",
            mailer=GMAIL,
        ),
        [wp("ta_leng", "07-22", 8, 50, 24, 1900)],
        "a forward of a forward: two header blocks before the report",
    )
    add(
        f,
        "forward-with-xlsx",
        Mail(
            frm("binh_lu"),
            "Fwd: Gửi file báo cáo tuần",
            at(7, 29, 10, 40),
            """---------- Forwarded message ---------
From: Luong Van Hieu <hieulv.binhlu@gmail.com>
Date: Thu, Jul 29, 2021 at 10:31 AM
Subject: Gửi file báo cáo tuần
To: <binhlu.tamduong@laichau.gov.vn>


Gửi anh file báo cáo tuần của xã ạ.
""",
            attachments=[
                xlsx_file(
                    "BC tuan Binh Lu.xlsx",
                    Sheet("Sheet1", [HEADER, [1, "Xã Bình Lư", 10, 60, 30, 3200]]),
                )
            ],
            mailer=GMAIL,
        ),
        [wp("binh_lu", "07-29", 10, 60, 30, 3200)],
        "a forward whose figures are in the forwarded xlsx",
    )
    add(
        f,
        "apple-mail-vi-forward",
        Mail(
            frm("son_binh"),
            "Fwd: Báo cáo tuần xã Sơn Bình",
            at(8, 5, 16, 40),
            """Em gửi muộn, mong phòng thông cảm ạ.

Bắt đầu tin nhắn được chuyển tiếp:

Từ: Nguyễn Thị Thu Hà <thuha.sonbinh@icloud.com>
Chủ đề: Báo cáo tuần xã Sơn Bình
Ngày: 5 tháng 8, 2021 lúc 15:20:11 GMT+7
Đến: sonbinh.tamduong@laichau.gov.vn

Số tin, bài: 5
Thời lượng: 35 phút
Số lần phát sóng: 15
Ước số người nghe: 1.200
""",
            mailer="iPhone Mail (18G82)",
        ),
        [wp("son_binh", "08-05", 5, 35, 15, 1200)],
        "Apple Mail in Vietnamese ('Bắt đầu tin nhắn được chuyển tiếp:'), sent late",
    )
    add(
        f,
        "forward-next-morning",
        Mail(
            frm("ban_hon"),
            "Fwd: Báo cáo tuần",
            at(8, 13, 8, 10),
            """---------- Forwarded message ---------
From: Sung Thi Chi <chist.banhon@gmail.com>
Date: Thu, Aug 12, 2021 at 2:50 PM
Subject: Báo cáo tuần
To: <banhon.tamduong@laichau.gov.vn>


Xã Bản Hon báo cáo tuần:
Số tin, bài: 6
Thời lượng: 40 phút
Số lượt phát sóng: 18
Ước số người nghe: 1.300
""",
            mailer=GMAIL,
        ),
        [wp("ban_hon", "08-12", 6, 40, 18, 1300)],
        "written Thursday, forwarded to the office Friday morning: the week just closed, late",
    )


# ========================================================================================
# signatures: phone numbers, titles and addresses are not figures
# ========================================================================================


def signatures() -> None:
    f = "signatures"
    add(
        f,
        "dash-dash-phone",
        Mail(
            frm("na_tam"),
            "BC tuyen truyen tuan",
            at(8, 12, 7, 55),
            """So tin, bai: 5
Do dai: 40 phut
So luong phat song: 15
Uoc so luong nguoi nghe: 1.100

--
Nguyen Van Binh
Cong chuc Van hoa - Xa hoi xa Na Tam
DT: 0985.123.456
""",
        ),
        [wp("na_tam", "08-12", 5, 40, 15, 1100)],
        "'-- ' signature with 'ĐT: 0985.123.456' (looks like a number with thousands dots)",
    )
    add(
        f,
        "tran-trong-address-email",
        Mail(
            frm("ban_bo"),
            "Báo cáo tuần - Bản Bo",
            at(8, 19, 10, 5),
            """Xã Bản Bo báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 8
Thời lượng: 50 phút
Số lần phát sóng: 24
Ước số người nghe: 2.050

Trân trọng!
Hoàng Văn Nam
Công chức VH-XH, UBND xã Bản Bo, huyện Tam Đường, tỉnh Lai Châu
DĐ: 0912 345 678 - Email: banbo.tamduong@laichau.gov.vn
""",
        ),
        [wp("ban_bo", "08-19", 8, 50, 24, 2050)],
        "'Trân trọng!' then name, title, 'DĐ: 0912 345 678' (spaces like '5 000')",
    )
    add(
        f,
        "no-separator-bare-phone",
        Mail(
            frm("ban_hon"),
            "Báo cáo tuần xã Bản Hon",
            at(8, 26, 9, 15),
            """Xã Bản Hon báo cáo:
Số tin, bài: 6
Thời lượng: 40 phút
Số lượt phát sóng: 18
Ước số người nghe: 1.350
Sùng Thị Chi
CC VH-XH xã Bản Hon
0973456789
""",
        ),
        [wp("ban_hon", "08-26", 6, 40, 18, 1350)],
        "signature right under the figures with no separator; a bare phone number",
    )
    add(
        f,
        "sent-from-iphone-vi",
        Mail(
            frm("giang_ma"),
            "Báo cáo tuần xã Giang Ma",
            at(9, 1, 17, 30),
            """Xã Giang Ma báo cáo tuần: số tin bài 6, thời lượng 40 phút, phát sóng 18 lần, người nghe khoảng 1.700.

Gửi từ iPhone của tôi
Vàng Thị Dung - 0389 555 012
""",
            mailer="iPhone Mail (18G82)",
        ),
        [wp("giang_ma", "09-02", 6, 40, 18, 1700)],
        "'Gửi từ iPhone của tôi' and a phone after the name",
    )
    add(
        f,
        "dai-address-fax",
        Mail(
            frm("dai_th_th"),
            "Đài TT-TH huyện báo cáo tuần",
            at(9, 9, 9, 30),
            """Kính gửi Phòng Văn hóa và Thông tin huyện.
Đài TT-TH huyện báo cáo kết quả tuyên truyền tuần:
- Số tin, bài: 27
- Thời lượng: 300 phút
- Số lần phát sóng: 60
- Ước số người nghe: 42.000

Trân trọng./.
----------------------------------------
ĐÀI TRUYỀN THANH - TRUYỀN HÌNH HUYỆN TAM ĐƯỜNG
Địa chỉ: Tổ dân phố số 3, thị trấn Tam Đường, huyện Tam Đường, tỉnh Lai Châu
Điện thoại: 0213.3876.123 - Fax: 0213.3876.124
""",
        ),
        [wp("dai_th_th", "09-09", 27, 300, 60, 42000)],
        "an office footer: address with 'số 3', phone and fax with dots",
    )
    add(
        f,
        "signing-authority-block",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo kết quả tuyên truyền tuần",
            at(9, 16, 14, 0),
            """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường
UBND thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần như sau:
1. Số tin, bài: 11
2. Độ dài: 1 giờ 05 phút
3. Số lượng phát sóng: 33
4. Ước số người nghe: 4.900

TM. UBND THỊ TRẤN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lò Văn Xiêm
ĐT: 02133.876.555
""",
        ),
        [wp("tt_tam_duong", "09-16", 11, 65, 33, 4900)],
        "the signing authority lines of an official letter, a landline '02133.876.555'",
    )
    add(
        f,
        "zalo-phone",
        Mail(
            frm("son_binh"),
            "Báo cáo tuần xã Sơn Bình",
            at(9, 23, 10, 45),
            """Xã Sơn Bình báo cáo:
Số tin, bài: 5
Thời lượng: 35 phút
Số lần phát sóng: 15
Ước số người nghe: 1.250
Có gì phòng liên hệ em qua Zalo/ĐT: 0968.222.333 ạ.
Em cảm ơn ạ!
Nguyễn Thị Thu Hà
""",
        ),
        [wp("son_binh", "09-23", 5, 35, 15, 1250)],
        "a Zalo/phone line written as a sentence before the closing",
    )
    add(
        f,
        "international-phone",
        Mail(
            frm("khun_ha"),
            "Báo cáo tuần xã Khun Há",
            at(9, 30, 11, 0),
            """Xã Khun Há báo cáo tuần:
Số tin, bài: 5
Độ dài: 35 phút
Số lần phát sóng: 15
Ước số người nghe: 900

Em cảm ơn ạ
Phàn Văn Lở
Tel: +84 912 345 679
""",
        ),
        [wp("khun_ha", "09-30", 5, 35, 15, 900)],
        "'Em cảm ơn ạ' closing and an international phone number",
    )


# ========================================================================================
# html: HTML-only bodies, tables pasted from Excel or Word
# ========================================================================================


def gmail_html(lines: list[str], tail: str = "") -> str:
    divs = "".join(f"<div>{ln}</div>" if ln else "<div><br></div>" for ln in lines)
    return f'<div dir="ltr">{divs}</div>{tail}\n'


def excel_table(rows: list[list[object]], title_rows: int = 0, spans: dict | None = None) -> str:
    """A table as Excel puts it on the clipboard (and Gmail keeps it)."""
    spans = spans or {}
    out = [
        '<table border="0" cellpadding="0" cellspacing="0" width="560" '
        'style="border-collapse:collapse;width:420pt">',
        '<colgroup><col width="40"><col width="150"><col width="90" span="4"></colgroup>',
    ]
    for r, row in enumerate(rows):
        out.append('<tr height="20" style="height:15pt">')
        for c, value in enumerate(row):
            if value is None and (r, c) in spans.get("covered", ()):
                continue
            attrs = ' height="20" class="xl65" style="height:15pt;border:0.5pt solid windowtext"'
            if (r, c) in spans:
                attrs += f' colspan="{spans[(r, c)]}"'
            text = "" if value is None else str(value)
            if r < title_rows or isinstance(value, str) and r == title_rows:
                text = f"<b>{text}</b>" if text else ""
            out.append(f"<td{attrs}>{text or '&nbsp;'}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def outlook_html(paragraphs: list[str]) -> str:
    body = "".join(
        f'<p class="MsoNormal">{p or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n' for p in paragraphs
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        '<style><!--\n/* Font Definitions */\n@font-face {font-family:"Times New Roman";}\n'
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif;}\n--></style></head>'
        f'<body lang="VI" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n{body}'
        "</div></body></html>\n"
    )


def html() -> None:
    f = "html"
    add(
        f,
        "gmail-html-only",
        Mail(
            frm("ban_giang"),
            "Báo cáo tuyên truyền tuần",
            at(2, 11, 10, 30),
            html=gmail_html(
                [
                    "Kính gửi Phòng Văn hóa và Thông tin huyện.",
                    "Xã Bản Giang báo cáo kết quả tuyên truyền tuần:",
                    "- Số tin, bài: 6",
                    "- Độ dài: 40 phút",
                    "- Số lần phát sóng: 18",
                    "- Ước số người nghe: 1.600",
                    "",
                    "Trân trọng!",
                ]
            ),
        ),
        [wp("ban_giang", "02-11", 6, 40, 18, 1600)],
        "HTML-only body: one <div> per line",
    )
    rows = [HEADER, [1, "Xã Sơn Bình", 5, 35, 15, "1.200"]]
    plain_cells = "\n\n".join(str(c) for row in rows for c in row)
    add(
        f,
        "excel-paste-alternative",
        Mail(
            frm("son_binh"),
            "Báo cáo tuần xã Sơn Bình",
            at(2, 25, 9, 10),
            text="Xã Sơn Bình báo cáo tuần ạ\n\n" + plain_cells + "\n\nTrân trọng!\n",
            html=gmail_html(["Xã Sơn Bình báo cáo tuần ạ", ""], excel_table(rows))
            + gmail_html(["", "Trân trọng!"]),
            mailer=GMAIL,
        ),
        [wp("son_binh", "02-25", 5, 35, 15, 1200)],
        "Excel range pasted into Gmail: the plain part has one cell per line, the HTML a table",
    )
    add(
        f,
        "outlook-word-html",
        Mail(
            frm("ho_thau"),
            "Báo cáo kết quả tuyên truyền tuần",
            at(3, 4, 14, 50),
            html=outlook_html(
                [
                    "Kính gửi:&nbsp;Phòng Văn hóa và Thông tin huyện Tam Đường",
                    "",
                    "UBND xã Hồ Thầu báo cáo kết quả tuyên truyền tuần như sau:",
                    "<b>1. Số lượng tin, bài:</b>&nbsp;07",
                    "<b>2. Độ dài:</b>&nbsp;45&nbsp;phút",
                    "<b>3. Số lượng phát sóng:</b>&nbsp;21",
                    "<b>4. Ước số lượng người nghe:</b>&nbsp;1.500",
                    "",
                    "Trân trọng!",
                ]
            ),
            mailer=OUTLOOK,
        ),
        [wp("ho_thau", "03-04", 7, 45, 21, 1500)],
        "Outlook's Word HTML: MsoNormal paragraphs, <o:p>, &nbsp; between label and value",
    )
    add(
        f,
        "gmail-quote-blockquote",
        Mail(
            frm("binh_lu"),
            "Re: Bình Lư báo cáo tuần",
            at(3, 11, 9, 55),
            html=gmail_html(
                [
                    "Xã Bình Lư báo cáo tuần:",
                    "Số tin, bài: 9",
                    "Thời lượng: 55 phút",
                    "Số lần phát sóng: 27",
                    "Ước số người nghe: 2.800",
                ],
                '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Vào Th 5, 4 thg 3,'
                ' 2021 vào lúc 10:30 UBND xã Bình Lư &lt;<a href="mailto:binhlu.tamduong@laichau.'
                'gov.vn">binhlu.tamduong@laichau.gov.vn</a>&gt; đã viết:<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px'
                ' solid rgb(204,204,204);padding-left:1ex"><div dir="ltr"><div>Xã Bình Lư báo cáo'
                " tuần:</div><div>Số tin, bài: 8</div><div>Thời lượng: 48 phút</div><div>Số lần phát"
                " sóng: 24</div><div>Ước số người nghe: 2.600</div></div></blockquote></div>",
            ),
            mailer=GMAIL,
        ),
        [wp("binh_lu", "03-11", 9, 55, 27, 2800)],
        "HTML-only reply: last week inside Gmail's <blockquote class=gmail_quote>",
    )
    add(
        f,
        "word-two-column-table",
        Mail(
            frm("ta_leng"),
            "Báo cáo tuần xã Tả Lèng",
            at(3, 18, 15, 5),
            html="<html><body><p>Kính gửi Phòng VHTT huyện,</p><p>Xã Tả Lèng báo cáo:</p>"
            '<table border="1" cellspacing="0" cellpadding="4">'
            "<tr><td><b>Nội dung</b></td><td><b>Kết quả</b></td></tr>"
            "<tr><td>Số tin, bài</td><td>8</td></tr>"
            "<tr><td>Độ dài (phút)</td><td>50</td></tr>"
            "<tr><td>Số lần phát sóng</td><td>24</td></tr>"
            "<tr><td>Ước số người nghe</td><td>1.900</td></tr>"
            "</table><p>Trân trọng!</p></body></html>\n",
        ),
        [wp("ta_leng", "03-18", 8, 50, 24, 1900)],
        "a two-column 'Nội dung | Kết quả' table in an HTML-only body",
    )
    add(
        f,
        "numeric-entities",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo tuần TT Tam Đường",
            at(3, 25, 10, 40),
            html="<html><body>"
            "Th&#7883; tr&#7845;n Tam &#272;&#432;&#7901;ng b&#225;o c&#225;o:<br>"
            "<b>S&#7889; tin, b&#224;i:</b> 11<br>"
            "<b>&#272;&#7897; d&#224;i:</b> 1 gi&#7901; 10 ph&#250;t<br>"
            "<b>S&#7889; l&#432;&#7907;ng ph&#225;t s&#243;ng:</b> 33<br>"
            "<b>&#431;&#7899;c s&#7889; ng&#432;&#7901;i nghe:</b> 4.900<br>"
            "Tr&#226;n tr&#7885;ng!</body></html>\n",
        ),
        [wp("tt_tam_duong", "03-25", 11, 70, 33, 4900)],
        "Vietnamese letters as numeric character references (&#7889;), lines split by <br>",
    )
    add(
        f,
        "excel-table-title-colspan",
        Mail(
            frm("khun_ha"),
            "Báo cáo tuần xã Khun Há",
            at(4, 1, 9, 45),
            html=gmail_html(["Em gửi báo cáo tuần ạ:", ""])
            + excel_table(
                [
                    ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", None, None, None, None, None, None],
                    HEADER_NOTE,
                    [1, "Xã Khun Há", 5, 35, 15, 950, "Phát 3 buổi/tuần"],
                ],
                title_rows=1,
                spans={(0, 0): 7, "covered": {(0, c) for c in range(1, 7)}},
            ),
        ),
        [wp("khun_ha", "04-01", 5, 35, 15, 950)],
        "pasted table with a title row spanning all columns, STT and Ghi chú columns",
    )
    add(
        f,
        "social-media-table",
        Mail(
            frm("ban_bo"),
            "Báo cáo tuyên truyền trên mạng xã hội, Bluezone",
            at(4, 8, 10, 20),
            html=gmail_html(["Xã Bản Bo báo cáo kết quả tuyên truyền trên mạng xã hội:", ""])
            + excel_table([SM_HEADER, [1, "Xã Bản Bo", 12, 1380, 20, 254, 0]]),
            mailer=GMAIL,
        ),
        [sm("ban_bo", "04-08", 12, 1380, 20, 254, 0)],
        "social-media figures in a pasted HTML table",
    )
    add(
        f,
        "nbsp-thousands",
        Mail(
            frm("na_tam"),
            "BC tuyên truyền tuần",
            at(4, 15, 8, 5),
            html="<div>Xã Nà Tăm báo cáo:</div>"
            "<table><tr><th>Số tin, bài</th><th>Độ dài (phút)</th><th>Số lần phát sóng</th>"
            "<th>Ước số người nghe</th></tr>"
            "<tr><td>6</td><td>40</td><td>18</td><td>1&nbsp;250</td></tr></table>\n",
        ),
        [wp("na_tam", "04-15", 6, 40, 18, 1250)],
        "a header-and-one-row table, '1&nbsp;250' with a non-breaking space",
    )
    add(
        f,
        "outlook-html-reply",
        Mail(
            frm("nung_nang"),
            "RE: Báo cáo tuần Nùng Nàng",
            at(4, 22, 9, 30),
            html=outlook_html(
                [
                    "Xã Nùng Nàng báo cáo tuần:",
                    "Số tin, bài: 6",
                    "Thời lượng: 40 phút",
                    "Số lần phát sóng: 18",
                    "Ước số người nghe: 1.450",
                    "",
                    "Tao Thị Mai<br>CC VH-XH xã Nùng Nàng - ĐT 0914.888.121",
                ]
            ).replace(
                "</div></body>",
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal"><b>From:</b> Xã Nùng Nàng &lt;nungnang.tamduong@laichau.gov.vn'
                "&gt;<br><b>Sent:</b> Thursday, April 15, 2021 9:12 AM<br><b>To:</b> sangnq.tamduong"
                "@laichau.gov.vn<br><b>Subject:</b> Báo cáo tuần Nùng Nàng</p></div>"
                '<p class="MsoNormal">Xã Nùng Nàng báo cáo tuần:<br>Số tin, bài: 5<br>Thời lượng: 35'
                " phút<br>Số lần phát sóng: 15<br>Ước số người nghe: 1.200</p></div></body>",
            ),
            mailer=OUTLOOK,
        ),
        [wp("nung_nang", "04-22", 6, 40, 18, 1450)],
        "Outlook HTML-only reply: last week under a bordered From/Sent/To/Subject div",
    )


# ========================================================================================
# xlsx: spreadsheets as communes fill them in
# ========================================================================================


def _title_rows(unit_upper: str, week: str) -> list[list[object]]:
    return [
        [f"UBND {unit_upper}", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        [None, None, None, "Độc lập - Tự do - Hạnh phúc"],
        [],
        ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
        [week],
        [],
    ]


def xlsx_cases() -> None:
    f = "xlsx"
    add(
        f,
        "one-header-row",
        Mail(
            frm("then_sin"),
            "Báo cáo tuần xã Thèn Sin",
            at(4, 29, 9, 0),
            "Em gửi báo cáo tuần ạ.\n",
            attachments=[
                xlsx_file(
                    "BC tuan Then Sin.xlsx",
                    Sheet("Sheet1", [HEADER, [1, "Xã Thèn Sin", 6, 40, 18, 1300]]),
                )
            ],
        ),
        [wp("then_sin", "04-29", 6, 40, 18, 1300)],
        "one header row and one data row",
    )
    add(
        f,
        "title-rows-above",
        Mail(
            frm("giang_ma"),
            "Báo cáo kết quả tuyên truyền tuần",
            at(5, 6, 10, 25),
            "Xã Giang Ma gửi báo cáo tuần (file đính kèm).\n",
            attachments=[
                xlsx_file(
                    "Bao cao tuan Giang Ma.xlsx",
                    Sheet(
                        "Báo cáo",
                        [
                            *_title_rows("XÃ GIANG MA", "(Tuần từ ngày 30/4 đến ngày 06/5/2021)"),
                            HEADER_NOTE,
                            [1, "Xã Giang Ma", 6, 42, 18, 1700, None],
                        ],
                        merges=["A4:G4", "A5:G5"],
                    ),
                )
            ],
        ),
        [wp("giang_ma", "05-06", 6, 42, 18, 1700)],
        "letterhead and title rows above the header; the period in a title row",
    )
    add(
        f,
        "merged-group-header",
        Mail(
            frm("ho_thau"),
            "Báo cáo tuần xã Hồ Thầu",
            at(5, 13, 15, 30),
            "Xã Hồ Thầu gửi báo cáo tuần ạ\n",
            attachments=[
                xlsx_file(
                    "BC tuần Hồ Thầu.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN - XÃ HỒ THẦU"],
                            [],
                            ["STT", "Đơn vị", "KẾT QUẢ TUYÊN TRUYỀN", None, None, None, "Ghi chú"],
                            [None, None, *HEADER[2:], None],
                            [1, "Xã Hồ Thầu", 7, 45, 21, 1500, None],
                        ],
                        merges=["A1:G1", "A3:A4", "B3:B4", "C3:F3", "G3:G4"],
                    ),
                )
            ],
        ),
        [wp("ho_thau", "05-13", 7, 45, 21, 1500)],
        "a merged 'KẾT QUẢ TUYÊN TRUYỀN' cell over the field headers; STT/Đơn vị merged vertically",
    )
    add(
        f,
        "two-row-header",
        Mail(
            frm("binh_lu"),
            "Bình Lư báo cáo tuần",
            at(5, 20, 11, 20),
            "Xã Bình Lư gửi báo cáo tuần (file đính kèm).\n",
            attachments=[
                xlsx_file(
                    "bao cao tuan binh lu.xlsx",
                    Sheet(
                        "Báo cáo",
                        [
                            ["STT", "Đơn vị", "Tin, bài", None, "Phát sóng", "Người nghe"],
                            [None, None, "Số lượng", "Độ dài (phút)", "Số lần", "Ước số"],
                            [1, "Xã Bình Lư", 10, 60, 30, 3200],
                        ],
                        merges=["A1:A2", "B1:B2", "C1:D1"],
                    ),
                )
            ],
        ),
        [wp("binh_lu", "05-20", 10, 60, 30, 3200)],
        "two-row header: each field is named only by its group cell plus its sub-cell",
        hard=True,
    )
    add(
        f,
        "stt-ghi-chu-numbers-in-notes",
        Mail(
            frm("son_binh"),
            "Báo cáo tuần Sơn Bình",
            at(5, 27, 9, 35),
            "Gửi phòng báo cáo tuần.\n",
            attachments=[
                xlsx_file(
                    "Son Binh - tuan.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            HEADER_NOTE,
                            [1, "Xã Sơn Bình", 5, 35, 14, 1250, "Phát 2 buổi/ngày, 7 ngày"],
                        ],
                    ),
                )
            ],
        ),
        [wp("son_binh", "05-27", 5, 35, 14, 1250)],
        "a Ghi chú cell holding numbers that are not figures",
    )
    add(
        f,
        "numbers-as-text",
        Mail(
            frm("nung_nang"),
            "Báo cáo tuần Nùng Nàng",
            at(6, 3, 10, 0),
            "Em gửi file ạ\n",
            attachments=[
                xlsx_file(
                    "BC Nung Nang.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            HEADER,
                            [
                                "1",
                                "Xã Nùng Nàng",
                                "12 tin",
                                "1 giờ 15 phút",
                                "36 lượt",
                                "5.000 người",
                            ],
                        ],
                    ),
                )
            ],
        ),
        [wp("nung_nang", "06-03", 12, 75, 36, 5000)],
        "every figure typed as text with its unit ('1 giờ 15 phút', '5.000 người')",
    )
    add(
        f,
        "topic-rows-and-total",
        Mail(
            frm("ban_giang"),
            "Báo cáo tuyên truyền tuần",
            at(6, 10, 14, 15),
            "Xã Bản Giang gửi báo cáo tuần ạ.\n",
            attachments=[
                xlsx_file(
                    "BC tuan Ban Giang.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            ["KẾT QUẢ TUYÊN TRUYỀN TUẦN - XÃ BẢN GIANG"],
                            [
                                "STT",
                                "Nội dung tuyên truyền",
                                "Số tin, bài",
                                "Độ dài (phút)",
                                "Số lần phát sóng",
                                "Ước số người nghe",
                            ],
                            [1, "Phòng chống dịch Covid-19", 4, 24, 12, 1800],
                            [2, "Bầu cử đại biểu Quốc hội và HĐND", 2, 12, 6, 1800],
                            [3, "An toàn giao thông", 1, 6, 3, 1800],
                            [None, "Tổng cộng", 7, 42, 21, 1800],
                        ],
                        merges=["A1:F1"],
                    ),
                )
            ],
        ),
        [wp("ban_giang", "06-10", 7, 42, 21, 1800)],
        "rows per topic and a 'Tổng cộng' row: the report is the total row",
    )
    add(
        f,
        "two-sheets-two-forms",
        Mail(
            frm("ban_hon"),
            "Báo cáo tuần và báo cáo MXH xã Bản Hon",
            at(6, 17, 9, 40),
            "Em gửi báo cáo tuần và báo cáo mạng xã hội ạ.\n",
            attachments=[
                xlsx_file(
                    "Ban Hon - bao cao tuan.xlsx",
                    Sheet("Tuyên truyền", [HEADER, [1, "Xã Bản Hon", 6, 40, 18, 1300]]),
                    Sheet("MXH - Bluezone", [SM_HEADER, [1, "Xã Bản Hon", 8, 640, 12, 175, 0]]),
                )
            ],
        ),
        [
            wp("ban_hon", "06-17", 6, 40, 18, 1300),
            sm("ban_hon", "06-17", 8, 640, 12, 175, 0),
        ],
        "one sheet per form: two reports",
    )
    add(
        f,
        "several-units-one-sheet",
        Mail(
            frm("dai_th_th"),
            "Tổng hợp kết quả tuyên truyền của Đài và các trạm truyền thanh xã",
            at(6, 24, 10, 10),
            "Đài TT-TH huyện gửi tổng hợp kết quả tuyên truyền tuần của Đài và các trạm"
            " truyền thanh xã Bản Bo, Nà Tăm, Khun Há (các xã nhờ Đài gửi hộ).\n",
            attachments=[
                xlsx_file(
                    "Tong hop tuan.xlsx",
                    Sheet(
                        "Tổng hợp",
                        [
                            HEADER_NOTE,
                            [1, "Đài Truyền thanh - Truyền hình huyện", 26, 310, 60, 44000, None],
                            [2, "Xã Bản Bo", 8, 50, 24, 2100, "Gửi hộ"],
                            [3, "Xã Nà Tăm", 5, 35, 15, 1150, "Gửi hộ"],
                            [4, "Xã Khun Há", 4, 30, 12, 850, "Gửi hộ"],
                        ],
                    ),
                )
            ],
        ),
        [
            wp("dai_th_th", "06-24", 26, 310, 60, 44000),
            held("ban_bo", WP, "06-24", items=8, minutes=50, broadcasts=24, listeners=2100),
            held("na_tam", WP, "06-24", items=5, minutes=35, broadcasts=15, listeners=1150),
            held("khun_ha", WP, "06-24", items=4, minutes=30, broadcasts=12, listeners=850),
        ],
        "a sheet listing four units: a report for each row; the communes' rows, sent by"
        " the station for them, are held (each unit reports for itself)",
    )
    add(
        f,
        "time-cell-duration",
        Mail(
            frm("ta_leng"),
            "Báo cáo tuần xã Tả Lèng",
            at(7, 1, 14, 40),
            "Em gửi báo cáo tuần ạ\n",
            attachments=[
                xlsx_file(
                    "BC tuan Ta Leng.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            [
                                "STT",
                                "Đơn vị",
                                "Số tin, bài",
                                "Thời lượng",
                                "Số lần phát sóng",
                                "Ước số người nghe",
                            ],
                            [1, "Xã Tả Lèng", 8, _time(1, 15), 24, 1900],
                        ],
                    ),
                )
            ],
        ),
        [wp("ta_leng", "07-01", 8, 75, 24, 1900)],
        "the duration as an Excel time 1:15 (h:mm) = 75 minutes",
    )
    add(
        f,
        "hours-column",
        Mail(
            frm("na_tam"),
            "BC tuyen truyen tuan Na Tam",
            at(7, 8, 8, 5),
            "Gui phong file bao cao\n",
            attachments=[
                xlsx_file(
                    "natam.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            [
                                "STT",
                                "Đơn vị",
                                "Số tin, bài",
                                "Thời lượng (giờ)",
                                "Số lần phát sóng",
                                "Ước số người nghe",
                            ],
                            [1, "Xã Nà Tăm", 6, 1.5, 18, 1200],
                        ],
                    ),
                )
            ],
        ),
        [wp("na_tam", "07-08", 6, 90, 18, 1200)],
        "the duration column says 'giờ': 1.5 = 90 minutes",
    )
    add(
        f,
        "table-offset",
        Mail(
            frm("khun_ha"),
            "Báo cáo tuần xã Khun Há",
            at(7, 15, 9, 25),
            "Em gửi báo cáo ạ.\n",
            attachments=[
                xlsx_file(
                    "Khun Ha bao cao tuan.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            [],
                            [None, None, "UBND XÃ KHUN HÁ"],
                            [],
                            [None, None, "KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
                            [],
                            [None, None, *HEADER],
                            [None, None, 1, "Xã Khun Há", 5, 35, 15, 900],
                        ],
                    ),
                )
            ],
        ),
        [wp("khun_ha", "07-15", 5, 35, 15, 900)],
        "the table starts at C6, empty rows and columns around it",
    )
    add(
        f,
        "vertical-label-value",
        Mail(
            frm("ban_bo"),
            "Báo cáo tuần - Bản Bo",
            at(7, 22, 10, 55),
            "Xã Bản Bo gửi báo cáo ạ\n",
            attachments=[
                xlsx_file(
                    "Ban Bo.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            ["Nội dung", "Kết quả"],
                            ["Số tin, bài", 8],
                            ["Độ dài (phút)", 52],
                            ["Số lần phát sóng", 24],
                            ["Ước số người nghe", 2150],
                        ],
                    ),
                )
            ],
        ),
        [wp("ban_bo", "07-22", 8, 52, 24, 2150)],
        "labels down column A, values in column B",
    )
    add(
        f,
        "extra-empty-and-guide-sheets",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo tuần TT Tam Đường",
            at(7, 29, 9, 15),
            "Thị trấn gửi báo cáo tuần ạ.\n",
            attachments=[
                xlsx_file(
                    "BC tuan TT Tam Duong.xlsx",
                    Sheet("Báo cáo", [HEADER, [1, "Thị trấn Tam Đường", 11, 70, 33, 5000]]),
                    Sheet("Sheet2", [[None]]),
                    Sheet(
                        "Hướng dẫn",
                        [
                            ["Hướng dẫn ghi số liệu"],
                            ["Số tin, bài: ghi tổng số tin, bài đã phát trong tuần"],
                            ["Độ dài (phút): tổng thời lượng các tin, bài"],
                            ["Số lần phát sóng: mỗi lần phát một tin tính 1 lần"],
                            ["Ước số người nghe: ước tính theo số hộ x 4"],
                        ],
                    ),
                )
            ],
        ),
        [wp("tt_tam_duong", "07-29", 11, 70, 33, 5000)],
        "an empty second sheet and a guide sheet that names every field without figures",
    )
    add(
        f,
        "dai-note-column",
        Mail(
            frm("dai_th_th"),
            "Đài TT-TH huyện báo cáo tuần",
            at(8, 5, 9, 45),
            "Đài TT-TH huyện gửi báo cáo tuần.\n",
            attachments=[
                xlsx_file(
                    "Dai TTTH - bao cao tuan.xlsx",
                    Sheet(
                        "Báo cáo",
                        [
                            HEADER_NOTE,
                            [
                                1,
                                "Đài Truyền thanh - Truyền hình huyện",
                                25,
                                300,
                                56,
                                45000,
                                "Tiếp sóng VOV 2 buổi/ngày",
                            ],
                        ],
                    ),
                )
            ],
        ),
        [wp("dai_th_th", "08-05", 25, 300, 56, 45000)],
        "the station's own row with a note mentioning another number",
    )
    add(
        f,
        "abbreviated-headers",
        Mail(
            frm("then_sin"),
            "BC tuần Thèn Sin",
            at(8, 12, 8, 50),
            "Em gửi ạ\n",
            attachments=[
                xlsx_file(
                    "then sin.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            [
                                "TT",
                                "Xã",
                                "Số tin/bài",
                                "T.lượng (phút)",
                                "Lượt PS",
                                "Người nghe (ước)",
                            ],
                            [1, "Thèn Sin", 6, 45, 18, 1350],
                        ],
                    ),
                )
            ],
        ),
        [wp("then_sin", "08-12", 6, 45, 18, 1350)],
        "abbreviated headers: 'T.lượng', 'Lượt PS', 'Người nghe (ước)'",
    )
    add(
        f,
        "social-media-sheet",
        Mail(
            frm("giang_ma"),
            "Báo cáo tuyên truyền trên mạng xã hội",
            at(8, 19, 10, 30),
            "Xã Giang Ma gửi báo cáo mạng xã hội, Bluezone ạ.\n",
            attachments=[
                xlsx_file(
                    "MXH Giang Ma.xlsx",
                    Sheet("Sheet1", [SM_HEADER, [1, "Xã Giang Ma", 9, 870, 15, 320, 1]]),
                )
            ],
        ),
        [sm("giang_ma", "08-19", 9, 870, 15, 320, 1)],
        "social-media sheet; one fake-news case",
    )
    add(
        f,
        "content-unit-quantity-layout",
        Mail(
            frm("ho_thau"),
            "Báo cáo kết quả tuyên truyền tuần",
            at(8, 26, 11, 5),
            "Xã Hồ Thầu gửi báo cáo tuần.\n",
            attachments=[
                xlsx_file(
                    "Ho Thau tuan.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"],
                            [1, "Số tin, bài", "Tin, bài", 7, None],
                            [2, "Độ dài tin, bài", "Phút", 50, None],
                            [3, "Số lượng phát sóng", "Lần", 21, None],
                            [4, "Ước số lượng người nghe", "Người", "3.500", None],
                        ],
                    ),
                )
            ],
        ),
        [wp("ho_thau", "08-26", 7, 50, 21, 3500)],
        "the usual official layout: STT | Nội dung | Đơn vị tính | Số lượng | Ghi chú",
    )


def _time(hour: int, minute: int):
    from datetime import time

    return time(hour, minute)


# ========================================================================================
# xls, ods, csv: the other spreadsheet formats
# ========================================================================================


def other_sheets() -> None:
    f = "xls"
    add(
        f,
        "simple",
        Mail(
            frm("ban_giang"),
            "Báo cáo tuyên truyền tuần",
            at(9, 2, 9, 5),
            "Xã Bản Giang gửi báo cáo tuần ạ.\n",
            attachments=[
                Attach(
                    "BC tuan Ban Giang.xls",
                    xls(Sheet("Sheet1", [HEADER, [1, "Xã Bản Giang", 6, 38, 18, 1650]])),
                )
            ],
        ),
        [wp("ban_giang", "09-02", 6, 38, 18, 1650)],
        "Excel 97-2003 .xls with one header row",
    )
    add(
        f,
        "title-rows-merged",
        Mail(
            frm("son_binh"),
            "Báo cáo tuần xã Sơn Bình",
            at(9, 9, 10, 20),
            "Gửi phòng báo cáo tuần ạ.\n",
            attachments=[
                Attach(
                    "Bao cao tuan Son Binh.xls",
                    xls(
                        Sheet(
                            "Báo cáo",
                            [
                                *_title_rows("XÃ SƠN BÌNH", "(Từ ngày 03/9 đến ngày 09/9/2021)"),
                                HEADER_NOTE,
                                [1, "Xã Sơn Bình", 5, 35, 15, 1200, None],
                            ],
                            merges=["A4:G4", "A5:G5"],
                        )
                    ),
                )
            ],
        ),
        [wp("son_binh", "09-09", 5, 35, 15, 1200)],
        ".xls with letterhead, merged title rows and the period",
    )
    add(
        f,
        "text-numbers-total",
        Mail(
            frm("nung_nang"),
            "Báo cáo tuần Nùng Nàng",
            at(9, 16, 9, 0),
            "Em gửi báo cáo tuần ạ\n",
            attachments=[
                Attach(
                    "BC Nung Nang.xls",
                    xls(
                        Sheet(
                            "Sheet1",
                            [
                                HEADER,
                                ["1", "Xã Nùng Nàng", "7", "45", "21", "1.600"],
                                ["", "Tổng", "7", "45", "21", "1.600"],
                            ],
                        )
                    ),
                )
            ],
        ),
        [wp("nung_nang", "09-16", 7, 45, 21, 1600)],
        ".xls with figures stored as text and a total row",
    )
    add(
        f,
        "vertical-layout",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo tuần TT Tam Đường",
            at(9, 23, 10, 30),
            "Thị trấn Tam Đường gửi báo cáo tuần.\n",
            attachments=[
                Attach(
                    "TT Tam Duong.xls",
                    xls(
                        Sheet(
                            "Sheet1",
                            [
                                ["STT", "Nội dung", "ĐVT", "Số lượng"],
                                [1, "Số tin, bài", "Tin", 12],
                                [2, "Độ dài", "Phút", 75],
                                [3, "Số lượng phát sóng", "Lượt", 36],
                                [4, "Ước số người nghe", "Người", 5200],
                            ],
                        )
                    ),
                )
            ],
        ),
        [wp("tt_tam_duong", "09-23", 12, 75, 36, 5200)],
        ".xls vertical layout with a unit-of-measure column (ĐVT)",
    )

    f = "ods"
    add(
        f,
        "simple",
        Mail(
            frm("ban_hon"),
            "Báo cáo tuần xã Bản Hon",
            at(2, 11, 9, 30),
            "Xã Bản Hon gửi báo cáo (file LibreOffice) ạ.\n",
            attachments=[
                Attach(
                    "BC tuan Ban Hon.ods",
                    ods(Sheet("Trang1", [HEADER, [1, "Xã Bản Hon", 5, 35, 15, 1050]])),
                )
            ],
        ),
        [wp("ban_hon", "02-11", 5, 35, 15, 1050)],
        "OpenDocument spreadsheet with one header row",
    )
    add(
        f,
        "title-rows-merged",
        Mail(
            frm("ta_leng"),
            "Báo cáo tuần xã Tả Lèng",
            at(2, 25, 14, 10),
            "Em gửi báo cáo tuần ạ\n",
            attachments=[
                Attach(
                    "Ta Leng tuan.ods",
                    ods(
                        Sheet(
                            "Trang1",
                            [
                                *_title_rows(
                                    "XÃ TẢ LÈNG", "Tuần từ ngày 19/02 đến ngày 25/02/2021"
                                ),
                                HEADER_NOTE,
                                [1, "Xã Tả Lèng", 7, 50, 21, 1800, None],
                            ],
                            merges=["A4:G4", "A5:G5"],
                        )
                    ),
                )
            ],
        ),
        [wp("ta_leng", "02-25", 7, 50, 21, 1800)],
        ".ods with letterhead, merged title rows and the period",
    )
    add(
        f,
        "social-media",
        Mail(
            frm("khun_ha"),
            "Báo cáo MXH, Bluezone xã Khun Há",
            at(3, 4, 10, 45),
            "Xã Khun Há gửi báo cáo tuyên truyền trên mạng xã hội ạ.\n",
            attachments=[
                Attach(
                    "MXH Khun Ha.ods",
                    ods(Sheet("Trang1", [SM_HEADER, [1, "Xã Khun Há", 6, 410, 9, 120, 0]])),
                )
            ],
        ),
        [sm("khun_ha", "03-04", 6, 410, 9, 120, 0)],
        ".ods with the social-media form",
    )
    add(
        f,
        "two-row-header",
        Mail(
            frm("na_tam"),
            "BC tuyen truyen tuan",
            at(3, 11, 8, 0),
            "Xã Nà Tăm gửi báo cáo.\n",
            attachments=[
                Attach(
                    "Na Tam.ods",
                    ods(
                        Sheet(
                            "Trang1",
                            [
                                ["STT", "Đơn vị", "Tin, bài", None, "Phát sóng", "Người nghe"],
                                [None, None, "Số lượng", "Thời lượng (phút)", "Số lần", "Ước tính"],
                                [1, "Xã Nà Tăm", 5, 35, 15, 1100],
                            ],
                            merges=["A1:A2", "B1:B2", "C1:D1"],
                        )
                    ),
                )
            ],
        ),
        [wp("na_tam", "03-11", 5, 35, 15, 1100)],
        ".ods with a two-row header",
        hard=True,
    )

    f = "csv"
    add(
        f,
        "utf8-bom-comma",
        Mail(
            frm("then_sin"),
            "Báo cáo tuần xã Thèn Sin",
            at(3, 18, 9, 10),
            "Em gửi file csv ạ\n",
            attachments=[
                Attach(
                    "bao_cao_tuan.csv",
                    csv_bytes([HEADER, [1, "Xã Thèn Sin", 6, 45, 18, "1.350"]]),
                    charset="utf-8",
                )
            ],
        ),
        [wp("then_sin", "03-18", 6, 45, 18, 1350)],
        "CSV UTF-8 with a byte-order mark, comma separated, '1.350' quoted as text",
    )
    add(
        f,
        "cp1258-semicolon",
        Mail(
            frm("giang_ma"),
            "Báo cáo tuần xã Giang Ma",
            at(3, 25, 10, 50),
            "Em gửi báo cáo ạ\n",
            attachments=[
                Attach(
                    "BC Giang Ma.csv",
                    csv_bytes(
                        [HEADER, [1, "Xã Giang Ma", 6, 40, 18, "1.650"]],
                        sep=";",
                        encoding="windows-1258",
                    ),
                    charset="windows-1258",
                )
            ],
        ),
        [wp("giang_ma", "03-25", 6, 40, 18, 1650)],
        "CSV saved by Vietnamese Excel: windows-1258 with combining tone bytes, ';' separated",
    )
    add(
        f,
        "sep-line-semicolon",
        Mail(
            frm("ho_thau"),
            "Báo cáo tuần xã Hồ Thầu",
            at(4, 1, 14, 5),
            "Xã Hồ Thầu gửi báo cáo tuần.\n",
            attachments=[
                Attach(
                    "HoThau.csv",
                    b"sep=;\r\n"
                    + csv_bytes(
                        [HEADER, [1, "Xã Hồ Thầu", 7, 45, 21, "5.000"]], sep=";", encoding="utf-8"
                    ),
                    charset="utf-8",
                )
            ],
        ),
        [wp("ho_thau", "04-01", 7, 45, 21, 5000)],
        "CSV with Excel's 'sep=;' first line, UTF-8 without BOM",
    )
    add(
        f,
        "tab-separated",
        Mail(
            frm("binh_lu"),
            "Bình Lư báo cáo tuần",
            at(4, 8, 9, 25),
            "Gửi file báo cáo\n",
            attachments=[
                Attach(
                    "binhlu.csv",
                    csv_bytes(
                        [HEADER, [1, "Xã Bình Lư", 9, 54, 27, 2900]], sep="\t", encoding="utf-8"
                    ),
                    charset="utf-8",
                )
            ],
        ),
        [wp("binh_lu", "04-08", 9, 54, 27, 2900)],
        "tab-separated values in a .csv",
    )
    add(
        f,
        "title-rows-decimal-hours",
        Mail(
            frm("son_binh"),
            "Báo cáo tuần xã Sơn Bình",
            at(4, 15, 10, 15),
            "Em gửi ạ\n",
            attachments=[
                Attach(
                    "son binh tuan.csv",
                    csv_bytes(
                        [
                            ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN - XÃ SƠN BÌNH"],
                            ["Tuần từ ngày 09/4 đến ngày 15/4/2021"],
                            [],
                            [
                                "STT",
                                "Đơn vị",
                                "Số tin, bài",
                                "Thời lượng (giờ)",
                                "Số lần phát sóng",
                                "Ước số người nghe",
                            ],
                            [1, "Xã Sơn Bình", 5, "1,5", 15, 1200],
                        ]
                    ),
                    charset="utf-8",
                )
            ],
        ),
        [wp("son_binh", "04-15", 5, 90, 15, 1200)],
        "CSV with title rows; hours column with a decimal comma '1,5' = 90 minutes",
    )


# ========================================================================================
# docx and pdf: the official report (Decree 30/2020 layout) and simpler documents
# ========================================================================================


def official(
    commune_upper: str,
    number: str,
    place_date: str,
    summary: str,
    body: list[Para | Table],
    signer: str,
    title: str = "CHỦ TỊCH",
) -> list[Para | Table]:
    """The blocks of a commune's BÁO CÁO: letterhead, title, body, signature, Nơi nhận."""
    return [
        official_header("UBND HUYỆN TAM ĐƯỜNG", f"UBND {commune_upper}", number, place_date),
        Para(""),
        Para("BÁO CÁO", bold=True, align="center", size=14),
        Para(summary, bold=True, align="center"),
        Para("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.", align="center"),
        *body,
        Para("Nơi nhận:", bold=True, italic=True, size=12),
        Para("- Như trên;\n- Lưu: VT.", size=11),
        Para(f"TM. ỦY BAN NHÂN DÂN\n{title}", bold=True, align="right"),
        Para(signer, bold=True, align="right"),
    ]


def documents() -> None:
    f = "docx"
    add(
        f,
        "official-paragraphs",
        Mail(
            frm("ban_bo"),
            "Báo cáo kết quả tuyên truyền tuần - xã Bản Bo",
            at(4, 22, 15, 20),
            "Kính gửi Phòng VHTT huyện, xã Bản Bo gửi báo cáo tuần (file đính kèm).\n",
            attachments=[
                Attach(
                    "25.BC-UBND Bao cao tuyen truyen tuan.docx",
                    docx(
                        *official(
                            "XÃ BẢN BO",
                            "Số: 25/BC-UBND",
                            "Bản Bo, ngày 22 tháng 4 năm 2021",
                            "Kết quả công tác tuyên truyền tuần (từ ngày 16/4 đến ngày 22/4/2021)",
                            [
                                Para(
                                    "Thực hiện Công văn số 45/VHTT ngày 02/02/2021 của Phòng Văn hóa"
                                    " và Thông tin huyện, UBND xã Bản Bo báo cáo kết quả như sau:",
                                    align="justify",
                                ),
                                Para("1. Số tin, bài: 08 tin, bài."),
                                Para("2. Độ dài tin, bài: 55 phút."),
                                Para("3. Số lượng phát sóng: 24 lượt."),
                                Para("4. Ước số lượng người nghe: 2.100 người."),
                                Para(
                                    "Trên đây là báo cáo kết quả công tác tuyên truyền tuần của"
                                    " UBND xã Bản Bo./.",
                                    align="justify",
                                ),
                            ],
                            "Hoàng Văn Thái",
                        )
                    ),
                )
            ],
        ),
        [wp("ban_bo", "04-22", 8, 55, 24, 2100)],
        "the official layout: letterhead table, Số: 25/BC-UBND, place and date, numbered lines",
    )
    add(
        f,
        "official-table",
        Mail(
            frm("na_tam"),
            "Báo cáo tuần xã Nà Tăm",
            at(4, 29, 10, 5),
            "Xã Nà Tăm gửi báo cáo ạ.\n",
            attachments=[
                Attach(
                    "BC tuan Na Tam.docx",
                    docx(
                        *official(
                            "XÃ NÀ TĂM",
                            "Số: 31/BC-UBND",
                            "Nà Tăm, ngày 29 tháng 4 năm 2021",
                            "Kết quả công tác tuyên truyền tuần",
                            [
                                Para(
                                    "UBND xã Nà Tăm báo cáo kết quả tuyên truyền trong tuần như sau:"
                                ),
                                Table(
                                    [
                                        ["STT", "Nội dung", "Số lượng", "Ghi chú"],
                                        ["1", "Số tin, bài", "6", ""],
                                        ["2", "Độ dài tin, bài (phút)", "40", ""],
                                        ["3", "Số lượng phát sóng", "18", ""],
                                        ["4", "Ước số lượng người nghe", "1.250", ""],
                                    ]
                                ),
                            ],
                            "Nguyễn Văn Tuấn",
                        )
                    ),
                )
            ],
        ),
        [wp("na_tam", "04-29", 6, 40, 18, 1250)],
        "official layout with a 'STT | Nội dung | Số lượng | Ghi chú' table",
    )
    add(
        f,
        "prose-paragraphs",
        Mail(
            frm("khun_ha"),
            "Báo cáo tuần xã Khun Há",
            at(5, 6, 9, 50),
            "Em gửi báo cáo tuần ạ.\n",
            attachments=[
                Attach(
                    "Bao cao tuan Khun Ha.docx",
                    docx(
                        Para("UBND XÃ KHUN HÁ", bold=True),
                        Para("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, align="center"),
                        Para(
                            "Trong tuần, Trạm truyền thanh xã đã biên tập và phát 05 tin, bài về"
                            " phòng chống dịch Covid-19 và bầu cử, tổng thời lượng 38 phút, phát"
                            " sóng 15 lần, ước khoảng 950 người nghe.",
                            align="justify",
                        ),
                    ),
                )
            ],
        ),
        [wp("khun_ha", "05-06", 5, 38, 15, 950)],
        "a short document whose figures are in one sentence",
    )
    add(
        f,
        "header-row-table",
        Mail(
            frm("dai_th_th"),
            "Đài TT-TH báo cáo tuần",
            at(5, 13, 8, 40),
            "Đài TT-TH huyện gửi báo cáo tuần.\n",
            attachments=[
                Attach(
                    "Dai TT-TH bao cao tuan.docx",
                    docx(
                        Para("ĐÀI TRUYỀN THANH - TRUYỀN HÌNH HUYỆN TAM ĐƯỜNG", bold=True),
                        Para("KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, align="center"),
                        Table(
                            [
                                [
                                    "Số tin, bài",
                                    "Độ dài (phút)",
                                    "Số lần phát sóng",
                                    "Ước số người nghe",
                                ],
                                ["29", "330", "66", "46.000"],
                            ]
                        ),
                    ),
                )
            ],
        ),
        [wp("dai_th_th", "05-13", 29, 330, 66, 46000)],
        "a Word table with a header row and one row of figures",
    )
    add(
        f,
        "two-tables-two-forms",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo tuần và báo cáo MXH - TT Tam Đường",
            at(5, 20, 14, 30),
            "Thị trấn gửi 2 báo cáo trong file đính kèm ạ.\n",
            attachments=[
                Attach(
                    "BC tuan TT Tam Duong.docx",
                    docx(
                        Para("UBND THỊ TRẤN TAM ĐƯỜNG", bold=True),
                        Para("1. Kết quả tuyên truyền trên hệ thống truyền thanh", bold=True),
                        Table(
                            [
                                [
                                    "Số tin, bài",
                                    "Độ dài (phút)",
                                    "Số lần phát sóng",
                                    "Ước số người nghe",
                                ],
                                ["11", "70", "33", "4.800"],
                            ]
                        ),
                        Para("2. Kết quả tuyên truyền trên mạng xã hội, Bluezone", bold=True),
                        Table(
                            [
                                [
                                    "Số nhóm Zalo",
                                    "Số thành viên",
                                    "Số bài đăng",
                                    "Số người cài đặt Bluezone",
                                    "Số vụ tin giả",
                                ],
                                ["15", "2.300", "25", "410", "0"],
                            ]
                        ),
                    ),
                )
            ],
        ),
        [
            wp("tt_tam_duong", "05-20", 11, 70, 33, 4800),
            sm("tt_tam_duong", "05-20", 15, 2300, 25, 410, 0),
        ],
        "one document, two tables, two forms",
    )
    add(
        f,
        "nfd-filename-rfc2231",
        Mail(
            frm("then_sin"),
            "Báo cáo tuần Thèn Sin",
            at(5, 27, 10, 10),
            "Em gửi báo cáo (gửi từ máy Mac) ạ\n",
            attachments=[
                Attach(
                    "Báo cáo tuần Thèn Sin.docx",
                    docx(
                        Para("UBND XÃ THÈN SIN", bold=True),
                        Para("Số tin, bài: 6"),
                        Para("Thời lượng: 45 phút"),
                        Para("Số lần phát sóng: 18"),
                        Para("Ước số người nghe: 1.400"),
                    ),
                    style="2231",
                    nfd_name=True,
                )
            ],
            mailer="Apple Mail (2.3654.60.0.2.21)",
        ),
        [wp("then_sin", "05-27", 6, 45, 18, 1400)],
        "file name decomposed (macOS) and encoded per RFC 2231",
    )
    add(
        f,
        "label-value-table",
        Mail(
            frm("ta_leng"),
            "Báo cáo tuần xã Tả Lèng",
            at(6, 3, 14, 45),
            "Gửi phòng ạ\n",
            attachments=[
                Attach(
                    "Ta Leng.docx",
                    docx(
                        Table(
                            [
                                ["Nội dung", "Kết quả"],
                                ["Số tin, bài", "7"],
                                ["Thời lượng", "48 phút"],
                                ["Số lần phát sóng", "21"],
                                ["Ước số người nghe", "1.750"],
                            ]
                        )
                    ),
                )
            ],
        ),
        [wp("ta_leng", "06-03", 7, 48, 21, 1750)],
        "a two-column table only, no letterhead",
    )
    add(
        f,
        "official-with-references",
        Mail(
            frm("giang_ma"),
            "Báo cáo kết quả tuyên truyền tuần",
            at(6, 10, 15, 0),
            "Xã Giang Ma gửi báo cáo ạ\n",
            attachments=[
                Attach(
                    "Giang Ma - BC 42.docx",
                    docx(
                        *official(
                            "XÃ GIANG MA",
                            "Số: 42/BC-UBND",
                            "Giang Ma, ngày 10 tháng 6 năm 2021",
                            "Kết quả tuyên truyền phòng, chống dịch Covid-19 tuần",
                            [
                                Para(
                                    "Căn cứ Thông báo số 62/TB-UBND ngày 01/02/2021 của UBND huyện"
                                    " Tam Đường; Căn cứ Công văn số 122/STTTT-BCVTCNTT ngày"
                                    " 29/01/2021 của Sở Thông tin và Truyền thông tỉnh Lai Châu.",
                                    italic=True,
                                ),
                                Para(
                                    "Kết quả: Trạm truyền thanh xã đã phát 06 tin, bài; thời lượng"
                                    " 40 phút; 18 lần phát sóng; ước 1.700 người nghe. Tuyên truyền"
                                    " đến 12/12 bản.",
                                    align="justify",
                                ),
                            ],
                            "Vàng A Chá",
                        )
                    ),
                )
            ],
        ),
        [wp("giang_ma", "06-10", 6, 40, 18, 1700)],
        "'Căn cứ' lines full of numbers and dates; '12/12 bản' is not a figure",
    )
    add(
        f,
        "merged-two-row-header-table",
        Mail(
            frm("ho_thau"),
            "Báo cáo tuần xã Hồ Thầu",
            at(6, 17, 9, 10),
            "Xã Hồ Thầu gửi báo cáo tuần.\n",
            attachments=[
                Attach(
                    "Ho Thau - tuan.docx",
                    docx(
                        Para("KẾT QUẢ TUYÊN TRUYỀN TUẦN - XÃ HỒ THẦU", bold=True, align="center"),
                        Table(
                            [
                                ["STT", "Tin, bài", "", "Phát sóng", "Người nghe"],
                                ["", "Số lượng", "Độ dài (phút)", "Số lần", "Ước số"],
                                ["1", "7", "46", "21", "1.500"],
                            ],
                            merges=[(0, 0, 1, 0), (0, 1, 0, 2)],
                            bold_rows=2,
                        ),
                    ),
                )
            ],
        ),
        [wp("ho_thau", "06-17", 7, 46, 21, 1500)],
        "a Word table with a two-row merged header",
        hard=True,
    )
    add(
        f,
        "week-of-month-in-document",
        Mail(
            frm("binh_lu"),
            "Báo cáo tuần",
            at(6, 24, 10, 45),
            "Báo cáo chi tiết trong file đính kèm ạ.\n",
            attachments=[
                Attach(
                    "BC tuan 4 thang 6 - Binh Lu.docx",
                    docx(
                        Para("UBND XÃ BÌNH LƯ", bold=True),
                        Para(
                            "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN 4 THÁNG 6/2021",
                            bold=True,
                            align="center",
                        ),
                        Para("- Số tin, bài: 9"),
                        Para("- Độ dài: 55 phút"),
                        Para("- Số lần phát sóng: 27"),
                        Para("- Ước số người nghe: 2.850"),
                    ),
                )
            ],
        ),
        [wp("binh_lu", "06-24", 9, 55, 27, 2850)],
        "'TUẦN 4 THÁNG 6/2021' in the document title: the fourth Thursday of June",
    )

    f = "pdf"
    add(
        f,
        "official-text-layer",
        Mail(
            frm("son_binh"),
            "Báo cáo kết quả tuyên truyền tuần - xã Sơn Bình",
            at(7, 1, 16, 30),
            "Xã Sơn Bình gửi báo cáo (bản pdf) ạ.\n",
            attachments=[
                Attach(
                    "BC 38 - Son Binh.pdf",
                    pdf(
                        *official(
                            "XÃ SƠN BÌNH",
                            "Số: 38/BC-UBND",
                            "Sơn Bình, ngày 01 tháng 7 năm 2021",
                            "Kết quả công tác tuyên truyền tuần",
                            [
                                Para("UBND xã Sơn Bình báo cáo kết quả như sau:"),
                                Para("1. Số tin, bài: 05 tin, bài."),
                                Para("2. Độ dài tin, bài: 35 phút."),
                                Para("3. Số lượng phát sóng: 15 lượt."),
                                Para("4. Ước số lượng người nghe: 1.250 người."),
                            ],
                            "Nguyễn Văn Long",
                        )
                    ),
                )
            ],
        ),
        [wp("son_binh", "07-01", 5, 35, 15, 1250)],
        "a PDF printed from Word, with its text layer; sent 30 minutes late",
    )
    add(
        f,
        "table",
        Mail(
            frm("nung_nang"),
            "Báo cáo tuần Nùng Nàng (pdf)",
            at(7, 8, 9, 20),
            "Em gửi báo cáo ạ\n",
            attachments=[
                Attach(
                    "Nung Nang tuan.pdf",
                    pdf(
                        Para("UBND XÃ NÙNG NÀNG", bold=True),
                        Para("KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, align="center"),
                        Table([HEADER, ["1", "Xã Nùng Nàng", "6", "42", "18", "1.500"]]),
                    ),
                )
            ],
        ),
        [wp("nung_nang", "07-08", 6, 42, 18, 1500)],
        "a PDF with a simple table",
    )
    add(
        f,
        "prose",
        Mail(
            frm("ban_giang"),
            "Báo cáo tuyên truyền tuần",
            at(7, 15, 10, 35),
            "Xã Bản Giang gửi báo cáo.\n",
            attachments=[
                Attach(
                    "Ban Giang.pdf",
                    pdf(
                        Para("UBND XÃ BẢN GIANG", bold=True),
                        Para(
                            "Trong tuần, Trạm truyền thanh xã Bản Giang đã phát 7 tin, bài với tổng"
                            " thời lượng 45 phút, phát sóng 21 lượt, ước khoảng 1.900 người nghe.",
                            align="justify",
                        ),
                    ),
                )
            ],
        ),
        [wp("ban_giang", "07-15", 7, 45, 21, 1900)],
        "a PDF whose figures are in a justified sentence",
    )
    add(
        f,
        "scanned-only",
        Mail(
            frm("ban_hon"),
            "Báo cáo tuần xã Bản Hon (bản scan)",
            at(7, 22, 11, 0),
            "Em gửi bản scan báo cáo có chữ ký, đóng dấu ạ.\n",
            attachments=[
                Attach(
                    "scan0001.pdf",
                    scanned_pdf(
                        [
                            "UBND XÃ BẢN HON",
                            "BÁO CÁO",
                            "Kết quả tuyên truyền tuần",
                            "1. Số tin, bài: 06",
                            "2. Độ dài: 40 phút",
                            "3. Số lượng phát sóng: 18",
                            "4. Ước số người nghe: 1.300",
                            "      TM. ỦY BAN NHÂN DÂN",
                        ],
                        seed=22,
                    ),
                )
            ],
        ),
        [held("ban_hon", WP, "07-22")],
        "a scanned PDF without text layer: held as an unreadable attachment, never guessed",
        hard=True,
    )
    add(
        f,
        "dai-table",
        Mail(
            frm("dai_th_th"),
            "Đài TT-TH huyện báo cáo tuần",
            at(7, 29, 8, 30),
            "Đài gửi báo cáo tuần.\n",
            attachments=[
                Attach(
                    "DaiTTTH_tuan.pdf",
                    pdf(
                        Para("ĐÀI TRUYỀN THANH - TRUYỀN HÌNH HUYỆN TAM ĐƯỜNG", bold=True),
                        Table(
                            [
                                [
                                    "Số tin, bài",
                                    "Tổng thời lượng (phút)",
                                    "Số lần phát sóng",
                                    "Ước số người nghe",
                                ],
                                ["31", "345", "68", "47.500"],
                            ]
                        ),
                    ),
                )
            ],
        ),
        [wp("dai_th_th", "07-29", 31, 345, 68, 47500)],
        "a PDF table with the station's larger figures",
    )
    doc_blocks = [
        Para("UBND XÃ TẢ LÈNG", bold=True),
        Para("KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, align="center"),
        Para("Số tin, bài: 8"),
        Para("Độ dài: 50 phút"),
        Para("Số lần phát sóng: 24"),
        Para("Ước số người nghe: 1.950"),
    ]
    add(
        f,
        "pdf-and-docx-same-report",
        Mail(
            frm("ta_leng"),
            "Báo cáo tuần xã Tả Lèng",
            at(8, 5, 14, 5),
            "Em gửi báo cáo bản word và bản pdf ạ.\n",
            attachments=[
                Attach("BC Ta Leng.docx", docx(*doc_blocks)),
                Attach("BC Ta Leng.pdf", pdf(*doc_blocks)),
            ],
        ),
        [wp("ta_leng", "08-05", 8, 50, 24, 1950)],
        "the same report as .docx and .pdf: one report, not two",
    )
    add(
        f,
        "scan-plus-body-figures",
        Mail(
            frm("ho_thau"),
            "Báo cáo tuần xã Hồ Thầu",
            at(8, 12, 9, 40),
            """Kính gửi Phòng VHTT huyện.
Xã Hồ Thầu báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 7
Độ dài: 45 phút
Số lần phát sóng: 21
Ước số người nghe: 1.600
Bản có chữ ký, đóng dấu em gửi kèm file scan ạ.
""",
            attachments=[
                Attach(
                    "scan_BC_tuan.pdf",
                    scanned_pdf(
                        [
                            "UBND XÃ HỒ THẦU",
                            "BÁO CÁO",
                            "1. Số tin, bài: 07",
                            "2. Độ dài: 45 phút",
                            "3. Số lượng phát sóng: 21",
                            "4. Ước số người nghe: 1.600",
                        ],
                        seed=812,
                    ),
                )
            ],
        ),
        [wp("ho_thau", "08-12", 7, 45, 21, 1600)],
        "the figures in the body; the scan is only the signed copy",
    )


# ========================================================================================
# legacy: TCVN3 and VNI text, windows-1258, NFD, encoded headers, old .doc files
# ========================================================================================


def tcvn3_rows(rows: list[list[object]]) -> list[list[object]]:
    return [[to_tcvn3(c) if isinstance(c, str) else c for c in row] for row in rows]


def vni_rows(rows: list[list[object]]) -> list[list[object]]:
    return [[to_vni(c) if isinstance(c, str) else c for c in row] for row in rows]


def _doc_sources() -> dict[str, bytes]:
    """The .docx documents that LibreOffice turns into the legacy .doc assets."""
    unicode_doc = docx(
        *official(
            "THỊ TRẤN TAM ĐƯỜNG",
            "Số: 17/BC-UBND",
            "Tam Đường, ngày 18 tháng 02 năm 2021",
            "Kết quả tuyên truyền dịp Tết Nguyên đán Tân Sửu 2021",
            [
                Para("UBND thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần như sau:"),
                Para("1. Số tin, bài: 12 tin, bài."),
                Para("2. Độ dài tin, bài: 1 giờ 20 phút."),
                Para("3. Số lượng phát sóng: 36 lượt."),
                Para("4. Ước số lượng người nghe: 5.100 người."),
            ],
            "Lò Văn Xiêm",
        )
    )
    t = to_tcvn3
    tcvn3_doc = docx(
        Para(t("ubnd xã hồ thầu"), bold=True, font=".VnTimeH"),
        Para(t("báo cáo"), bold=True, align="center", font=".VnTimeH"),
        Para(t("Kết quả công tác tuyên truyền tuần"), bold=True, align="center", font=".VnTime"),
        Para(t("1. Số tin, bài: 07"), font=".VnTime"),
        Para(t("2. Độ dài: 45 phút"), font=".VnTime"),
        Para(t("3. Số lượng phát sóng: 21 lượt"), font=".VnTime"),
        Para(t("4. Ước số lượng người nghe: 1.550 người"), font=".VnTime"),
        Para(t("Chủ tịch"), bold=True, align="right", font=".VnTimeH"),
        Para(t("Chảo Láo Tả"), bold=True, align="right", font=".VnTime"),
    )
    return {"tt-tam-duong-word97.doc": unicode_doc, "ho-thau-tcvn3.doc": tcvn3_doc}


def rebuild_assets() -> None:
    """Convert the .docx sources to Word 97 .doc with LibreOffice; keep them in assets/."""
    ASSETS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in _doc_sources().items():
            source = Path(tmp) / name.replace(".doc", ".docx")
            source.write_bytes(data)
            subprocess.run(
                [
                    "soffice",
                    "--headless",
                    "--convert-to",
                    "doc:MS Word 97",
                    "--outdir",
                    tmp,
                    source,
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
            shutil.copy(Path(tmp) / name, ASSETS / name)
            print(f"assets/{name} written")


def legacy() -> None:
    f = "legacy"
    t = to_tcvn3
    add(
        f,
        "docx-tcvn3-vntime",
        Mail(
            frm("binh_lu"),
            "Bao cao tuan Binh Lu",
            at(8, 12, 10, 50),
            "Xa Binh Lu gui bao cao tuan (file word).\n",
            attachments=[
                Attach(
                    "BC tuan Binh Lu.docx",
                    docx(
                        Para(t("ubnd xã bình lư"), bold=True, font=".VnTimeH"),
                        Para(
                            t("báo cáo kết quả tuyên truyền tuần"),
                            bold=True,
                            align="center",
                            font=".VnTimeH",
                        ),
                        Para(
                            t("Xã Bình Lư báo cáo kết quả tuyên truyền trong tuần như sau:"),
                            font=".VnTime",
                        ),
                        Para(t("- Số tin, bài: 10"), font=".VnTime"),
                        Para(t("- Độ dài: 1 giờ"), font=".VnTime"),
                        Para(t("- Số lượng phát sóng: 30 lượt"), font=".VnTime"),
                        Para(t("- Ước số lượng người nghe: 3.100 người"), font=".VnTime"),
                    ),
                )
            ],
        ),
        [wp("binh_lu", "08-12", 10, 60, 30, 3100)],
        "a .docx typed in TCVN3 (.VnTime body, .VnTimeH headings): 'Sè tin, bµi: 10'",
        hard=True,
    )
    add(
        f,
        "docx-vni-table",
        Mail(
            frm("giang_ma"),
            "Báo cáo tuần xã Giang Ma",
            at(8, 19, 9, 15),
            "Em gửi báo cáo ạ\n",
            attachments=[
                Attach(
                    "Giang Ma tuan.docx",
                    docx(
                        Para(to_vni("UBND XÃ GIANG MA"), bold=True, font="VNI-Times"),
                        Para(
                            to_vni("KẾT QUẢ TUYÊN TRUYỀN TUẦN"),
                            bold=True,
                            align="center",
                            font="VNI-Times",
                        ),
                        Table(
                            vni_rows(
                                [
                                    ["STT", "Nội dung", "Số lượng"],
                                    ["1", "Số tin, bài", "6"],
                                    ["2", "Thời lượng (phút)", "42"],
                                    ["3", "Số lần phát sóng", "18"],
                                    ["4", "Ước số người nghe", "1.700"],
                                ]
                            ),
                            font="VNI-Times",
                        ),
                    ),
                )
            ],
        ),
        [wp("giang_ma", "08-19", 6, 42, 18, 1700)],
        "a .docx table typed in VNI-Times: 'Soá tin, baøi'",
        hard=True,
    )
    add(
        f,
        "xlsx-tcvn3-cells",
        Mail(
            frm("son_binh"),
            "Báo cáo tuần xã Sơn Bình",
            at(8, 26, 10, 0),
            "Gửi phòng báo cáo tuần ạ.\n",
            attachments=[
                xlsx_file(
                    "Son Binh.xlsx",
                    Sheet(
                        "Sheet1",
                        tcvn3_rows(
                            [
                                ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
                                HEADER,
                                [1, "Xã Sơn Bình", 5, 35, 15, 1200],
                            ]
                        ),
                        font=".VnTime",
                    ),
                )
            ],
        ),
        [wp("son_binh", "08-26", 5, 35, 15, 1200)],
        "an .xlsx whose header cells are TCVN3 text in .VnTime ('Sè tin, bµi')",
        hard=True,
    )
    add(
        f,
        "xls-tcvn3-cells",
        Mail(
            frm("nung_nang"),
            "Báo cáo tuần Nùng Nàng",
            at(9, 2, 8, 40),
            "Em gửi file ạ\n",
            attachments=[
                Attach(
                    "BC Nung Nang.xls",
                    xls(
                        Sheet(
                            "Sheet1",
                            tcvn3_rows(
                                [
                                    ["UBND XÃ NÙNG NÀNG"],
                                    ["KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
                                    HEADER_NOTE,
                                    [1, "Xã Nùng Nàng", 6, 40, 18, 1450, "Phát 2 buổi sáng, chiều"],
                                ]
                            ),
                            font=".VnTime",
                        )
                    ),
                )
            ],
        ),
        [wp("nung_nang", "09-02", 6, 40, 18, 1450)],
        "an old .xls with TCVN3 text in .VnTime cells",
        hard=True,
    )
    add(
        f,
        "xlsx-vni-cells",
        Mail(
            frm("then_sin"),
            "BC tuần Thèn Sin",
            at(9, 9, 9, 30),
            "Em gửi ạ\n",
            attachments=[
                xlsx_file(
                    "ThenSin.xlsx",
                    Sheet(
                        "Sheet1",
                        vni_rows([HEADER, [1, "Xã Thèn Sin", 6, 45, 18, 1400]]),
                        font="VNI-Times",
                    ),
                )
            ],
        ),
        [wp("then_sin", "09-09", 6, 45, 18, 1400)],
        "an .xlsx whose text cells are VNI-Times ('Soá tin, baøi')",
        hard=True,
    )
    add(
        f,
        "windows-1258-qp",
        Mail(
            frm("ban_hon"),
            "Báo cáo tuần xã Bản Hon",
            at(9, 16, 9, 20),
            """Xã Bản Hon báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 6
Thời lượng: 40 phút
Số lượt phát sóng: 18
Ước số người nghe: 1.350
""",
            charset="windows-1258",
            mailer="Microsoft Outlook Express 6.00.2900.5512",
        ),
        [wp("ban_hon", "09-16", 6, 40, 18, 1350)],
        "a windows-1258 body (combining tone bytes) in quoted-printable, Outlook Express",
    )
    add(
        f,
        "windows-1258-8bit-subject",
        Mail(
            frm("ban_bo"),
            "Báo cáo tuần - Bản Bo",
            at(9, 23, 10, 40),
            """Xã Bản Bo báo cáo:
- Số tin, bài: 8
- Thời lượng: 55 phút
- Số lần phát sóng: 24
- Ước số người nghe: 2.200
""",
            charset="windows-1258",
            cte="8bit",
            mailer="Microsoft Outlook Express 6.00.2900.5512",
        ),
        [wp("ban_bo", "09-23", 8, 55, 24, 2200)],
        "windows-1258 body sent as 8bit and a '=?windows-1258?Q?...?=' subject",
    )
    add(
        f,
        "nfd-body-and-subject",
        Mail(
            frm("na_tam"),
            "Báo cáo tuần xã Nà Tăm",
            at(9, 30, 8, 20),
            """Kính gửi Phòng Văn hóa và Thông tin huyện.
Xã Nà Tăm báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 5
Độ dài: 35 phút
Số lần phát sóng: 15
Ước số người nghe: 1.150
""",
            nfd=True,
            mailer="Apple Mail (2.3654.60.0.2.21)",
        ),
        [wp("na_tam", "09-30", 5, 35, 15, 1150)],
        "body and subject in decomposed Unicode (NFD), as macOS writes",
    )
    add(
        f,
        "rfc2047-q-subject-rfc2231-continued-name",
        Mail(
            frm("khun_ha"),
            "Báo cáo kết quả tuyên truyền tuần (29/01 - 04/02/2021) - UBND xã Khun Há",
            at(2, 4, 15, 5),
            "Em gửi báo cáo tuần ạ\n",
            attachments=[
                Attach(
                    "Báo cáo kết quả tuyên truyền tuần - UBND xã Khun Há.xlsx",
                    xlsx(Sheet("Sheet1", [HEADER, [1, "Xã Khun Há", 4, 30, 12, 800]])),
                    style="2231c",
                )
            ],
            subject_style="Q",
            mailer=THUNDERBIRD,
        ),
        [wp("khun_ha", "02-04", 4, 30, 12, 800)],
        "a long subject in several RFC 2047 Q words; the file name in RFC 2231 sections",
    )
    doc = _doc_assets()
    add(
        f,
        "doc-word97-unicode",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo kết quả tuyên truyền dịp Tết - TT Tam Đường",
            at(2, 18, 10, 30),
            "Thị trấn Tam Đường gửi báo cáo (file word) ạ.\n",
            attachments=[Attach("17.BC-UBND.doc", doc["tt-tam-duong-word97.doc"])],
        ),
        [wp("tt_tam_duong", "02-18", 12, 80, 36, 5100)],
        "a Word 97-2003 .doc in the official layout",
        hard=True,
    )
    add(
        f,
        "doc-tcvn3",
        Mail(
            frm("ho_thau"),
            "Bao cao tuan xa Ho Thau",
            at(3, 4, 9, 10),
            "Gui phong bao cao tuan\n",
            attachments=[Attach("BCTUAN.DOC", doc["ho-thau-tcvn3.doc"], style="plain")],
        ),
        [wp("ho_thau", "03-04", 7, 45, 21, 1550)],
        "an old .doc typed in TCVN3 (.VnTime), upper-case 8.3 file name",
        hard=True,
    )
    add(
        f,
        "utf8-declared-latin1",
        Mail(
            frm("dai_th_th"),
            "Dai TT-TH bao cao tuan",
            at(3, 11, 8, 50),
            """Đài TT-TH huyện báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 27
Thời lượng: 310 phút
Số lần phát sóng: 62
Ước số người nghe: 44.000
""",
            charset="mislabelled-latin1",
            mailer="PHPMailer 5.2.9",
        ),
        [wp("dai_th_th", "03-11", 27, 310, 62, 44000)],
        "UTF-8 bytes declared as ISO-8859-1: reads 'Sá»‘ tin, bÃ i' unless repaired",
        hard=True,
    )
    add(
        f,
        "xlsx-nfd-cells",
        Mail(
            frm("ta_leng"),
            "Báo cáo tuần xã Tả Lèng",
            at(3, 18, 14, 0),
            "Em gửi báo cáo (xuất từ Numbers) ạ\n",
            attachments=[
                xlsx_file(
                    "Ta Leng.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            [unicodedata_nfd(c) if isinstance(c, str) else c for c in HEADER],
                            [1, unicodedata_nfd("Xã Tả Lèng"), 7, 48, 21, 1800],
                        ],
                    ),
                )
            ],
        ),
        [wp("ta_leng", "03-18", 7, 48, 21, 1800)],
        "an .xlsx whose cell text is decomposed Unicode (NFD)",
    )
    add(
        f,
        "tcvn3-pasted-into-body",
        Mail(
            frm("khun_ha"),
            "Bao cao tuan Khun Ha",
            at(3, 25, 10, 25),
            t(
                """Kính gửi Phòng Văn hóa và Thông tin huyện
Xã Khun Há báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 5
Độ dài: 35 phút
Số lượng phát sóng: 15
Ước số người nghe: 900
"""
            ),
        ),
        [wp("khun_ha", "03-25", 5, 35, 15, 900)],
        "TCVN3 text copied from an old document into the mail body: 'Sè tin, bµi: 5'",
        hard=True,
    )


def unicodedata_nfd(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFD", text)


def _doc_assets() -> dict[str, bytes]:
    missing = [n for n in _doc_sources() if not (ASSETS / n).exists()]
    if missing:
        sys.exit(f"missing {missing} in {ASSETS}: run with --rebuild-assets (needs soffice)")
    return {n: (ASSETS / n).read_bytes() for n in _doc_sources()}


# ========================================================================================
# units: which unit is reporting
# ========================================================================================

_FIGURES = "Số tin, bài: {}\nThời lượng: {} phút\nSố lần phát sóng: {}\nƯớc số người nghe: {}\n"


def units() -> None:
    f = "units"
    add(
        f,
        "only-in-subject",
        Mail(
            "Tao Mai <taomai.nn@gmail.com>",
            "BC tuần xã Nùng Nàng",
            at(4, 8, 9, 5),
            "Em gửi báo cáo tuần ạ\n" + _FIGURES.format(6, 40, 18, "1.400"),
        ),
        [wp("nung_nang", "04-08", 6, 40, 18, 1400)],
        "a personal address; the unit is named only in the subject",
    )
    add(
        f,
        "only-in-signature",
        Mail(
            "thang lo <lothang1988@yahoo.com>",
            "bao cao tuan",
            at(4, 15, 10, 10),
            "Kính gửi phòng VHTT,\n"
            + _FIGURES.format(7, 45, 21, "1.850")
            + "\nTrân trọng\nLò Văn Thắng - VH xã Bản Giang\n",
        ),
        [wp("ban_giang", "04-15", 7, 45, 21, 1850)],
        "a personal address; the unit is named only in the signature",
    )
    add(
        f,
        "only-in-file-name",
        Mail(
            "Phan Van Lo <phanlo.kh@gmail.com>",
            "bc tuan",
            at(4, 22, 14, 20),
            "em gửi file báo cáo ạ\n",
            attachments=[
                xlsx_file(
                    "BC_tuan_Khun_Ha.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            [
                                "Số tin, bài",
                                "Độ dài (phút)",
                                "Số lần phát sóng",
                                "Ước số người nghe",
                            ],
                            [5, 35, 15, 920],
                        ],
                    ),
                )
            ],
        ),
        [wp("khun_ha", "04-22", 5, 35, 15, 920)],
        "a personal address; the unit is named only in the attachment's file name",
    )
    add(
        f,
        "unknown-sender-unit-in-body",
        Mail(
            "Van hoa Ho Thau <hothau.vhxh@gmail.com>",
            "Báo cáo kết quả tuyên truyền tuần",
            at(4, 29, 9, 45),
            "UBND xã Hồ Thầu báo cáo kết quả tuyên truyền tuần:\n"
            + _FIGURES.format(7, 44, 21, "1.500"),
        ),
        [wp("ho_thau", "04-29", 7, 44, 21, 1500)],
        "an address not in the directory; the body names exactly one unit",
    )
    add(
        f,
        "two-units-named-unknown-sender",
        Mail(
            "Sung Chi <sungchi92@gmail.com>",
            "Báo cáo tuần",
            at(5, 6, 10, 0),
            "Xã Bản Hon và xã Bản Bo báo cáo kết quả tuyên truyền tuần:\n"
            + _FIGURES.format(6, 40, 18, "1.300"),
        ),
        [held(None, WP, "05-06", items=6, minutes=40, broadcasts=18, listeners=1300)],
        "an unknown address naming two units for one set of figures: review",
    )
    add(
        f,
        "sender-differs-from-named-unit",
        Mail(
            frm("giang_ma"),
            "Báo cáo tuần xã Tả Lèng",
            at(5, 13, 15, 0),
            "Em gửi hộ báo cáo của xã Tả Lèng ạ:\n" + _FIGURES.format(7, 46, 21, "1.800"),
        ),
        [held(None, WP, "05-13", items=7, minutes=46, broadcasts=21, listeners=1800)],
        "Giang Ma's address sends figures for Tả Lèng: which unit is not certain, review",
    )
    add(
        f,
        "unknown-sender-no-unit",
        Mail(
            "Hung Nguyen <hungnguyen.tk@gmail.com>",
            "Re: báo cáo",
            at(5, 20, 9, 15),
            "Em gửi báo cáo tuần ạ\n" + _FIGURES.format(5, 35, 15, "1.000"),
        ),
        [held(None, WP, "05-20", items=5, minutes=35, broadcasts=15, listeners=1000)],
        "an unknown address and no unit named anywhere: review",
    )
    add(
        f,
        "abbreviation-tt-no-diacritics",
        Mail(
            "Lo Hoa <lohoa.tttd@gmail.com>",
            "BC tuan TT.Tam Duong",
            at(5, 27, 10, 20),
            "So tin bai: 11\nThoi luong: 70 phut\nSo lan phat song: 33\nNguoi nghe: 4.900\n",
        ),
        [wp("tt_tam_duong", "05-27", 11, 70, 33, 4900)],
        "'TT.Tam Duong' in the subject, no diacritics, personal address",
    )
    add(
        f,
        "known-sender-mentions-neighbour",
        Mail(
            frm("nung_nang"),
            "Báo cáo tuần Nùng Nàng",
            at(6, 3, 14, 10),
            "Xã Nùng Nàng báo cáo: trong tuần xã phối hợp với xã Bản Giang tổ chức tuyên truyền"
            " lưu động tại bản Nà Khuy.\n" + _FIGURES.format(7, 45, 21, "1.600"),
        ),
        [wp("nung_nang", "06-03", 7, 45, 21, 1600)],
        "the sender's own commune reports and mentions a neighbour it worked with",
    )
    add(
        f,
        "subject-no-diacritics-lower",
        Mail(
            "Thu Ha <thuha.sonbinh@icloud.com>",
            "bao cao tuan xa son binh",
            at(6, 10, 10, 30),
            "Dạ em gửi ạ\n" + _FIGURES.format(5, 35, 15, "1.200"),
        ),
        [wp("son_binh", "06-10", 5, 35, 15, 1200)],
        "unit in a lower-case subject without diacritics, personal address",
    )
    add(
        f,
        "district-name-not-town",
        Mail(
            "Hieu Luong <hieulv.binhlu@gmail.com>",
            "Báo cáo tuần",
            at(6, 17, 9, 50),
            "Kính gửi Phòng Văn hóa và Thông tin huyện Tam Đường.\nXã Bình Lư báo cáo:\n"
            + _FIGURES.format(9, 55, 27, "2.800"),
        ),
        [wp("binh_lu", "06-17", 9, 55, 27, 2800)],
        "'huyện Tam Đường' (the district) must not be read as Thị trấn Tam Đường",
    )
    add(
        f,
        "station-from-personal-address",
        Mail(
            "Deo Hung <deohung.tamduong@gmail.com>",
            "Báo cáo tuần",
            at(6, 24, 8, 30),
            _FIGURES.format(28, 320, 64, "45.000")
            + "\n--\nĐèo Văn Hùng\nĐài TT-TH huyện Tam Đường\n",
        ),
        [wp("dai_th_th", "06-24", 28, 320, 64, 45000)],
        "the radio station, named by an abbreviation in a signature from a personal address",
    )


# ========================================================================================
# periods: which week a report is for
# ========================================================================================


def periods() -> None:
    f = "periods"

    def body(unit: str, period_line: str, figures: tuple) -> str:
        return (
            f"Kính gửi Phòng Văn hóa và Thông tin huyện.\n{UNITS[unit][1]} báo cáo kết quả"
            f" tuyên truyền {period_line}:\n" + _FIGURES.format(*figures)
        )

    add(
        f,
        "explicit-range-body",
        Mail(
            frm("binh_lu"),
            "Báo cáo tuần",
            at(2, 11, 10, 0),
            body("binh_lu", "tuần từ ngày 05/02 đến ngày 11/02/2021", (9, 55, 27, "2.700")),
        ),
        [wp("binh_lu", "02-11", 9, 55, 27, 2700)],
        "'tuần từ ngày 05/02 đến ngày 11/02/2021' in the body",
    )
    add(
        f,
        "explicit-range-subject-late",
        Mail(
            frm("son_binh"),
            "Báo cáo tuần từ 5/2 - 11/2/2021 - xã Sơn Bình",
            at(2, 13, 18, 0),
            "Em gửi muộn do nghỉ Tết ạ.\n" + _FIGURES.format(5, 35, 15, "1.200"),
        ),
        [wp("son_binh", "02-11", 5, 35, 15, 1200)],
        "'từ 5/2 - 11/2/2021' in the subject, sent Saturday evening during Tết (past the grace):"
        " the written week wins",
    )
    add(
        f,
        "week-of-month",
        Mail(
            frm("nung_nang"),
            "Báo cáo tuần 2 tháng 02/2021",
            at(2, 15, 8, 0),
            "Xã Nùng Nàng báo cáo tuần 2 tháng 02/2021:\n" + _FIGURES.format(6, 40, 18, "1.400"),
        ),
        [wp("nung_nang", "02-11", 6, 40, 18, 1400)],
        "'tuần 2 tháng 02/2021' (February's second Thursday), sent the Monday after Tết",
    )
    add(
        f,
        "week-of-month-words",
        Mail(
            frm("ban_giang"),
            "Báo cáo tuyên truyền",
            at(3, 18, 14, 0),
            body("ban_giang", "tuần 3 tháng 3 năm 2021", (7, 45, 21, "1.900")),
        ),
        [wp("ban_giang", "03-18", 7, 45, 21, 1900)],
        "'tuần 3 tháng 3 năm 2021' = the week ending Thursday 18 March",
    )
    add(
        f,
        "range-across-months",
        Mail(
            frm("ban_hon"),
            "Báo cáo tuần xã Bản Hon",
            at(3, 4, 9, 30),
            body("ban_hon", "tuần từ ngày 26/02 đến ngày 04/3/2021", (6, 40, 18, "1.300")),
        ),
        [wp("ban_hon", "03-04", 6, 40, 18, 1300)],
        "a week across two months, the year only at the end",
    )
    add(
        f,
        "date-only-before-deadline",
        Mail(
            frm("ban_bo"),
            "Báo cáo tuần - Bản Bo",
            at(4, 8, 15, 59),
            "Xã Bản Bo báo cáo:\n" + _FIGURES.format(8, 55, 24, "2.100"),
        ),
        [wp("ban_bo", "04-08", 8, 55, 24, 2100)],
        "no period written; sent Thursday 15:59: this week, on time",
    )
    add(
        f,
        "date-only-after-deadline",
        Mail(
            frm("na_tam"),
            "BC tuyen truyen tuan",
            at(4, 15, 16, 20),
            "Xa Na Tam bao cao:\n" + _FIGURES.format(5, 35, 15, "1.100"),
        ),
        [wp("na_tam", "04-15", 5, 35, 15, 1100)],
        "no period written; sent Thursday 16:20: this week, late",
    )
    add(
        f,
        "date-only-saturday-within-grace",
        Mail(
            frm("khun_ha"),
            "Báo cáo tuần xã Khun Há",
            at(4, 24, 15, 30),
            "Xã Khun Há báo cáo:\n" + _FIGURES.format(4, 30, 12, "850"),
        ),
        [wp("khun_ha", "04-22", 4, 30, 12, 850)],
        "no period written; Saturday 15:30 is within 48 h of Thursday 16:00: last week, late",
    )
    add(
        f,
        "date-only-saturday-after-grace",
        Mail(
            frm("then_sin"),
            "Báo cáo tuần xã Thèn Sin",
            at(5, 1, 17, 10),
            "Xã Thèn Sin báo cáo:\n" + _FIGURES.format(6, 45, 18, "1.300"),
        ),
        [wp("then_sin", "05-06", 6, 45, 18, 1300)],
        "no period written; Saturday 17:10 is past the 48 h grace: the coming week",
    )
    add(
        f,
        "date-only-monday",
        Mail(
            frm("ta_leng"),
            "Báo cáo tuần xã Tả Lèng",
            at(5, 10, 8, 0),
            "Xã Tả Lèng báo cáo:\n" + _FIGURES.format(7, 48, 21, "1.800"),
        ),
        [wp("ta_leng", "05-13", 7, 48, 21, 1800)],
        "no period written; sent Monday: the week whose deadline comes next",
    )
    add(
        f,
        "date-header-utc-before-deadline",
        Mail(
            frm("giang_ma"),
            "Báo cáo tuần xã Giang Ma",
            at(5, 20, 8, 45, tz=UTC),
            "Xã Giang Ma báo cáo:\n" + _FIGURES.format(6, 40, 18, "1.700"),
        ),
        [wp("giang_ma", "05-20", 6, 40, 18, 1700)],
        "Date header in UTC (08:45 +0000 = 15:45 in Vietnam): this week, on time",
    )
    add(
        f,
        "date-header-utc-after-grace",
        Mail(
            frm("ho_thau"),
            "Báo cáo tuần",
            at(5, 29, 9, 30, tz=UTC),
            "Xã Hồ Thầu báo cáo:\n" + _FIGURES.format(7, 45, 21, "1.500"),
        ),
        [wp("ho_thau", "06-03", 7, 45, 21, 1500)],
        "Date in UTC: Saturday 09:30 +0000 = 16:30 in Vietnam, past the grace: next week",
    )
    add(
        f,
        "date-only-friday-morning",
        Mail(
            frm("binh_lu"),
            "Bình Lư báo cáo tuần",
            at(6, 4, 8, 0),
            "Xã Bình Lư báo cáo:\n" + _FIGURES.format(9, 54, 27, "2.750"),
        ),
        [wp("binh_lu", "06-03", 9, 54, 27, 2750)],
        "no period written; Friday morning: the week just closed, late",
    )
    add(
        f,
        "short-range-in-subject",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo tuần 30/7-05/8/2021 - TT Tam Đường",
            at(8, 5, 10, 0),
            "Thị trấn Tam Đường báo cáo:\n" + _FIGURES.format(11, 70, 33, "4.900"),
        ),
        [wp("tt_tam_duong", "08-05", 11, 70, 33, 4900)],
        "'tuần 30/7-05/8/2021' without 'từ' or spaces",
    )
    add(
        f,
        "period-in-sheet-sent-monday",
        Mail(
            frm("son_binh"),
            "Báo cáo tuần xã Sơn Bình (gửi bù)",
            at(8, 16, 8, 30),
            "Em gửi bù báo cáo tuần trước ạ.\n",
            attachments=[
                xlsx_file(
                    "Son Binh 06.8-12.8.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
                            ["(Từ ngày 06/8 đến ngày 12/8/2021)"],
                            HEADER,
                            [1, "Xã Sơn Bình", 5, 35, 15, 1250],
                        ],
                    ),
                )
            ],
        ),
        [wp("son_binh", "08-12", 5, 35, 15, 1250)],
        "the period written in the sheet wins over the Monday sending date",
    )
    add(
        f,
        "conflicting-periods",
        Mail(
            frm("ban_giang"),
            "Báo cáo tuần (06/8 - 12/8/2021)",
            at(8, 19, 10, 0),
            body("ban_giang", "tuần từ ngày 13/8 đến ngày 19/8/2021", (7, 45, 21, "1.850")),
        ),
        [held("ban_giang", WP, None, items=7, minutes=45, broadcasts=21, listeners=1850)],
        "the subject names one week and the body the next: review",
    )
    add(
        f,
        "monday-to-sunday-week",
        Mail(
            frm("nung_nang"),
            "Báo cáo tuần Nùng Nàng",
            at(8, 30, 9, 0),
            body("nung_nang", "tuần từ ngày 23/8 đến ngày 29/8/2021", (6, 42, 18, "1.450")),
        ),
        [held("nung_nang", WP, None, items=6, minutes=42, broadcasts=18, listeners=1450)],
        "a Monday-Sunday week that is not a reporting week: which week is not certain, review",
    )
    add(
        f,
        "document-date-is-not-period",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo kết quả tuyên truyền tuần",
            at(9, 3, 9, 0),
            "Thị trấn Tam Đường, ngày 03 tháng 9 năm 2021\nBÁO CÁO\n"
            "Kết quả tuyên truyền dịp Quốc khánh 2/9\n" + _FIGURES.format(12, 80, 36, "5.200"),
        ),
        [wp("tt_tam_duong", "09-02", 12, 80, 36, 5200)],
        "a place-and-date line and '2/9' (the holiday) are not a period; Friday: last week, late",
    )
    add(
        f,
        "distractor-date-in-body",
        Mail(
            frm("ban_bo"),
            "Báo cáo tuần - Bản Bo",
            at(9, 9, 10, 15),
            "Xã Bản Bo báo cáo: ngày 07/9/2021 xã tổ chức ra quân tuyên truyền tiêm vắc xin.\n"
            + _FIGURES.format(8, 55, 24, "2.150"),
        ),
        [wp("ban_bo", "09-09", 8, 55, 24, 2150)],
        "an event date in the body is not a period; Thursday morning: this week",
    )


# ========================================================================================
# multi: several forms or several reports in one message
# ========================================================================================


def multi() -> None:
    f = "multi"
    add(
        f,
        "two-forms-in-body",
        Mail(
            frm("then_sin"),
            "Báo cáo tuần và báo cáo mạng xã hội - xã Thèn Sin",
            at(9, 16, 9, 5),
            """Kính gửi Phòng Văn hóa và Thông tin huyện.
Xã Thèn Sin báo cáo kết quả trong tuần như sau:

1. Tuyên truyền trên hệ thống truyền thanh:
- Số tin, bài: 6
- Thời lượng: 45 phút
- Số lần phát sóng: 18
- Ước số người nghe: 1.350

2. Tuyên truyền trên mạng xã hội, Bluezone:
- Số nhóm Zalo: 10
- Số thành viên: 905
- Số bài đăng: 15
- Số người cài đặt Bluezone: 430
- Số vụ tin giả: 0

Trân trọng!
""",
        ),
        [
            wp("then_sin", "09-16", 6, 45, 18, 1350),
            sm("then_sin", "09-16", 10, 905, 15, 430, 0),
        ],
        "two forms in one body, in two numbered sections",
    )
    add(
        f,
        "body-and-xlsx-agree",
        Mail(
            frm("ta_leng"),
            "Báo cáo tuần xã Tả Lèng",
            at(9, 23, 10, 15),
            "Xã Tả Lèng báo cáo tuần: số tin, bài 8; thời lượng 50 phút; 24 lần phát sóng;"
            " khoảng 1.950 người nghe. Chi tiết trong file đính kèm ạ.\n",
            attachments=[
                xlsx_file(
                    "Ta Leng.xlsx", Sheet("Sheet1", [HEADER, [1, "Xã Tả Lèng", 8, 50, 24, 1950]])
                )
            ],
        ),
        [wp("ta_leng", "09-23", 8, 50, 24, 1950)],
        "the same figures in the body and in the xlsx: one report",
    )
    add(
        f,
        "two-week-sheets",
        Mail(
            frm("giang_ma"),
            "Báo cáo 2 tuần xã Giang Ma",
            at(9, 30, 9, 40),
            "Tuần trước xã chưa gửi được, nay em gửi báo cáo 2 tuần (mỗi tuần một sheet) ạ.\n",
            attachments=[
                xlsx_file(
                    "Giang Ma 2 tuan.xlsx",
                    Sheet(
                        "Tuần 17.9-23.9",
                        [
                            ["Tuần từ ngày 17/9 đến ngày 23/9/2021"],
                            HEADER,
                            [1, "Xã Giang Ma", 6, 40, 18, 1700],
                        ],
                    ),
                    Sheet(
                        "Tuần 24.9-30.9",
                        [
                            ["Tuần từ ngày 24/9 đến ngày 30/9/2021"],
                            HEADER,
                            [1, "Xã Giang Ma", 7, 46, 21, 1750],
                        ],
                    ),
                )
            ],
        ),
        [
            wp("giang_ma", "09-23", 6, 40, 18, 1700),
            wp("giang_ma", "09-30", 7, 46, 21, 1750),
        ],
        "two weeks, one sheet each with its own period: two reports",
    )
    add(
        f,
        "two-weeks-in-body-after-tet",
        Mail(
            frm("ho_thau"),
            "Báo cáo tuyên truyền 2 tuần dịp Tết",
            at(2, 18, 10, 30),
            """Kính gửi Phòng VHTT huyện.
Do nghỉ Tết nên xã gửi gộp báo cáo 2 tuần ạ.

Tuần từ ngày 05/02 đến ngày 11/02/2021:
- Số tin, bài: 8
- Thời lượng: 50 phút
- Số lần phát sóng: 24
- Ước số người nghe: 1.700

Tuần từ ngày 12/02 đến ngày 18/02/2021:
- Số tin, bài: 5
- Thời lượng: 30 phút
- Số lần phát sóng: 15
- Ước số người nghe: 1.200
""",
        ),
        [
            wp("ho_thau", "02-11", 8, 50, 24, 1700),
            wp("ho_thau", "02-18", 5, 30, 15, 1200),
        ],
        "two weeks in one body, each under its own period line: two reports",
        hard=True,
    )
    add(
        f,
        "body-weekly-docx-social",
        Mail(
            frm("binh_lu"),
            "Báo cáo tuần Bình Lư",
            at(2, 25, 9, 30),
            "Xã Bình Lư báo cáo tuần:\n"
            + _FIGURES.format(9, 54, 27, "2.800")
            + "Báo cáo mạng xã hội, Bluezone em gửi trong file đính kèm ạ.\n",
            attachments=[
                Attach(
                    "MXH Binh Lu.docx",
                    docx(
                        Para("UBND XÃ BÌNH LƯ", bold=True),
                        Para(
                            "KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI, BLUEZONE",
                            bold=True,
                            align="center",
                        ),
                        Table(
                            [
                                [
                                    "Số nhóm Zalo",
                                    "Số thành viên",
                                    "Số bài đăng",
                                    "Số người cài đặt Bluezone",
                                    "Số vụ tin giả",
                                ],
                                ["14", "1.620", "22", "385", "0"],
                            ]
                        ),
                    ),
                )
            ],
        ),
        [
            wp("binh_lu", "02-25", 9, 54, 27, 2800),
            sm("binh_lu", "02-25", 14, 1620, 22, 385, 0),
        ],
        "the weekly figures in the body, the social-media figures in a docx",
    )
    sheet = Sheet("Sheet1", [HEADER, [1, "Xã Sơn Bình", 5, 35, 15, 1150]])
    add(
        f,
        "xlsx-and-pdf-copy",
        Mail(
            frm("son_binh"),
            "Báo cáo tuần xã Sơn Bình",
            at(3, 4, 10, 10),
            "Em gửi file excel và bản pdf ạ.\n",
            attachments=[
                xlsx_file("BC Son Binh.xlsx", sheet),
                Attach(
                    "BC Son Binh.pdf",
                    pdf(Table([HEADER, ["1", "Xã Sơn Bình", "5", "35", "15", "1.150"]])),
                ),
            ],
        ),
        [wp("son_binh", "03-04", 5, 35, 15, 1150)],
        "the same table as xlsx and as pdf: one report",
    )
    add(
        f,
        "two-xlsx-two-forms",
        Mail(
            frm("nung_nang"),
            "Báo cáo tuần và báo cáo Bluezone - Nùng Nàng",
            at(3, 11, 15, 0),
            "Em gửi 2 file báo cáo ạ.\n",
            attachments=[
                xlsx_file(
                    "BC tuyen truyen.xlsx",
                    Sheet("Sheet1", [HEADER, [1, "Xã Nùng Nàng", 6, 40, 18, 1400]]),
                ),
                xlsx_file(
                    "BC Bluezone MXH.xlsx",
                    Sheet("Sheet1", [SM_HEADER, [1, "Xã Nùng Nàng", 7, 560, 11, 140, 0]]),
                ),
            ],
        ),
        [
            wp("nung_nang", "03-11", 6, 40, 18, 1400),
            sm("nung_nang", "03-11", 7, 560, 11, 140, 0),
        ],
        "two spreadsheets, one per form",
    )
    add(
        f,
        "report-plus-correction",
        Mail(
            frm("ban_giang"),
            "Báo cáo tuần và đính chính số liệu tuần trước",
            at(3, 18, 10, 40),
            """Kính gửi Phòng VHTT huyện.
Xã Bản Giang báo cáo tuần này (từ 12/3 đến 18/3/2021):
Số tin, bài: 7
Thời lượng: 45 phút
Số lần phát sóng: 21
Ước số người nghe: 1.900

Đồng thời xã xin đính chính số liệu tuần trước (từ 05/3 đến 11/3/2021): ước số người nghe là 2.100 người, không phải 1.200 như đã báo cáo.
""",
        ),
        [
            wp("ban_giang", "03-18", 7, 45, 21, 1900),
            held("ban_giang", WP, "03-11", listeners=2100),
        ],
        "this week's report plus a one-figure correction of last week (to review)",
        hard=True,
    )


# ========================================================================================
# review: what a careful clerk would not accept without looking
# ========================================================================================


def review() -> None:
    f = "review"
    add(
        f,
        "conflicting-values",
        Mail(
            frm("ban_hon"),
            "Báo cáo tuần xã Bản Hon",
            at(3, 25, 9, 10),
            """Xã Bản Hon báo cáo:
Số tin, bài: 12
Thời lượng: 45 phút
Số lượt phát sóng: 21
Ước số người nghe: 1.500
Trong tuần trạm truyền thanh xã đã phát 21 tin, bài về phòng chống dịch.
""",
        ),
        [held("ban_hon", WP, "03-25", minutes=45, broadcasts=21, listeners=1500)],
        "'Số tin, bài: 12' and '21 tin, bài' further down: two values for one field",
    )
    add(
        f,
        "required-field-pending",
        Mail(
            frm("khun_ha"),
            "Báo cáo tuần xã Khun Há",
            at(4, 1, 14, 45),
            """Xã Khun Há báo cáo:
Số tin, bài: 5
Độ dài: 35 phút
Số lần phát sóng: 15
Ước số người nghe: đang tổng hợp, sẽ báo cáo bổ sung sau
""",
        ),
        [held("khun_ha", WP, "04-01", items=5, minutes=35, broadcasts=15)],
        "a required figure not given ('đang tổng hợp')",
    )
    add(
        f,
        "figure-without-label",
        Mail(
            frm("na_tam"),
            "BC tuyen truyen tuan",
            at(4, 8, 9, 0),
            """Xã Nà Tăm báo cáo:
Số tin, bài: 6
Độ dài: 40 phút
18
Ước số người nghe: 1.200
""",
        ),
        [held("na_tam", WP, "04-08", items=6, minutes=40, listeners=1200)],
        "a bare '18' where the broadcasts line should be: a figure without a label",
    )
    add(
        f,
        "negative-value",
        Mail(
            frm("ban_bo"),
            "Báo cáo tuần - Bản Bo",
            at(4, 15, 10, 30),
            "Xã Bản Bo báo cáo:\nSố tin, bài: 8\nThời lượng: 55 phút\nSố lần phát sóng: -24\n"
            "Ước số người nghe: 2.100\n",
        ),
        [held("ban_bo", WP, "04-15", items=8, minutes=55, listeners=2100)],
        "a negative figure",
    )
    add(
        f,
        "items-above-bound",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo tuần TT Tam Đường",
            at(4, 22, 10, 5),
            "Thị trấn Tam Đường báo cáo:\nSố tin, bài: 1250\nĐộ dài: 1 giờ 10 phút\n"
            "Số lượng phát sóng: 33\nƯớc số người nghe: 4.900\n",
        ),
        [held("tt_tam_duong", WP, "04-22", minutes=70, broadcasts=33, listeners=4900)],
        "'Số tin, bài: 1250' for a town radio in one week: implausible (a slip for 12/50?)",
    )
    add(
        f,
        "minutes-above-week",
        Mail(
            frm("giang_ma"),
            "Báo cáo tuần xã Giang Ma",
            at(4, 29, 9, 55),
            "Xã Giang Ma báo cáo:\nSố tin, bài: 6\nThời lượng: 12.000 phút\nSố lần phát sóng: 18\n"
            "Ước số người nghe: 1.700\n",
        ),
        [held("giang_ma", WP, "04-29", items=6, broadcasts=18, listeners=1700)],
        "12.000 minutes is more than a week holds",
    )
    add(
        f,
        "body-and-xlsx-disagree",
        Mail(
            frm("ho_thau"),
            "Báo cáo tuần xã Hồ Thầu",
            at(5, 6, 15, 10),
            "Xã Hồ Thầu báo cáo tuần: Số tin, bài: 7; Thời lượng: 45 phút; Số lần phát sóng: 21;"
            " Ước số người nghe: 1.500.\nFile chi tiết đính kèm ạ.\n",
            attachments=[
                xlsx_file(
                    "Ho Thau.xlsx", Sheet("Sheet1", [HEADER, [1, "Xã Hồ Thầu", 9, 45, 21, 1500]])
                )
            ],
        ),
        [held("ho_thau", WP, "05-06", minutes=45, broadcasts=21, listeners=1500)],
        "the body says 7 items, the attached sheet 9",
    )
    add(
        f,
        "range-estimate",
        Mail(
            frm("son_binh"),
            "Báo cáo tuần xã Sơn Bình",
            at(5, 13, 10, 20),
            "Xã Sơn Bình báo cáo:\nSố tin, bài: 5\nThời lượng: 35 phút\nSố lần phát sóng: 15\n"
            "Ước số người nghe: 1.500 - 2.000 người\n",
        ),
        [held("son_binh", WP, "05-13", items=5, minutes=35, broadcasts=15)],
        "listeners given as a range '1.500 - 2.000': no single figure to record",
    )
    add(
        f,
        "per-session-duration",
        Mail(
            frm("binh_lu"),
            "Bình Lư báo cáo tuần",
            at(5, 20, 9, 30),
            "Xã Bình Lư báo cáo: trạm truyền thanh phát 3 buổi/tuần, mỗi buổi 15 phút, với 6 tin,"
            " bài; ước khoảng 2.500 người nghe.\n",
        ),
        [held("binh_lu", WP, "05-20", items=6, listeners=2500)],
        "'3 buổi/tuần, mỗi buổi 15 phút': the total is a computation the sender did not do",
    )
    add(
        f,
        "photo-of-report",
        Mail(
            frm("then_sin"),
            "Báo cáo tuần xã Thèn Sin",
            at(5, 27, 16, 10),
            "Em chụp ảnh báo cáo gửi phòng ạ, máy tính xã bị hỏng.\n",
            attachments=[
                Attach(
                    "IMG_20210527_160512.jpg",
                    scanned_page(
                        [
                            "UBND XÃ THÈN SIN",
                            "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN",
                            "Số tin, bài: 6",
                            "Thời lượng: 45 phút",
                            "Số lần phát sóng: 18",
                            "Ước số người nghe: 1.300",
                        ],
                        seed=527,
                        angle=-3.5,
                    ),
                )
            ],
        ),
        [held("then_sin", WP, "05-27")],
        "a phone photo of the report: an unreadable attachment to hold, not a message to drop",
        hard=True,
    )
    add(
        f,
        "corrupt-xlsx",
        Mail(
            frm("ta_leng"),
            "Báo cáo tuần xã Tả Lèng",
            at(6, 3, 9, 30),
            "Em gửi báo cáo tuần ạ\n",
            attachments=[
                Attach(
                    "BC tuan Ta Leng.xlsx",
                    xlsx(Sheet("Sheet1", [HEADER, [1, "Xã Tả Lèng", 7, 48, 21, 1800]]))[:1500],
                )
            ],
        ),
        [held("ta_leng", WP, "06-03")],
        "the attached xlsx is cut short (a broken upload): hold it, say why",
    )
    add(
        f,
        "count-not-whole",
        Mail(
            frm("nung_nang"),
            "Báo cáo tuần Nùng Nàng",
            at(6, 10, 10, 0),
            "Xã Nùng Nàng báo cáo:\nSố tin, bài: 7,5\nThời lượng: 45 phút\nSố lần phát sóng: 21\n"
            "Ước số người nghe: 1.500\n",
        ),
        [held("nung_nang", WP, "06-10", minutes=45, broadcasts=21, listeners=1500)],
        "'Số tin, bài: 7,5': a count that is not a whole number",
    )
    add(
        f,
        "empty-template-attached",
        Mail(
            frm("ban_giang"),
            "Báo cáo tuyên truyền tuần",
            at(6, 17, 16, 30),
            "Xã Bản Giang gửi báo cáo tuần, số liệu như file đính kèm ạ.\n",
            attachments=[
                xlsx_file(
                    "Mau bao cao tuan.xlsx",
                    Sheet(
                        "Sheet1", [HEADER_NOTE, [1, "Xã Bản Giang", None, None, None, None, None]]
                    ),
                )
            ],
        ),
        [held("ban_giang", WP, "06-17")],
        "a report sent with the blank template attached: the clerk must chase it",
    )


# ========================================================================================
# nonreports: messages that must never yield an accepted report
# ========================================================================================

REMINDER = """Kính gửi: UBND các xã, thị trấn.

Phòng Văn hóa và Thông tin huyện đề nghị UBND các xã, thị trấn báo cáo nhanh, tóm tắt
kết quả tuyên truyền tuần (trong đó nêu rõ số lượng tin, bài; độ dài tin, bài; số lượng
phát sóng; ước số lượng người nghe) về Phòng qua địa chỉ email
sangnq.tamduong@laichau.gov.vn trước 16h00 thứ Năm ngày {deadline}.

Các đơn vị chưa gửi báo cáo tuần trước: xã Nùng Nàng, xã Bản Hon.

Trân trọng!
Nguyễn Quang Sáng
Phòng Văn hóa và Thông tin huyện Tam Đường
ĐT: 0213.3876.999
"""

REQUEST_LETTER = """UBND HUYỆN TAM ĐƯỜNG
PHÒNG VĂN HÓA VÀ THÔNG TIN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 15/VHTT
Tam Đường, ngày 02 tháng 02 năm 2021
V/v tăng cường công tác tuyên truyền dịp tết Nguyên đán Tân Sửu 2021

Kính gửi:
- Các cơ quan, ban, ngành, đoàn thể huyện;
- UBND các xã, thị trấn.

Căn cứ Thông báo số 62/TB-UBND ngày 01/02/2021 của UBND huyện Tam Đường về kết luận của đồng chí Sùng Lữ Páo - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 huyện tại cuộc họp ngày 31/01/2021 về công tác phòng chống dịch bệnh Covid -19;

Căn cứ Công văn số 122/STTTT-BCVTCNTT ngày 29/01/2021 của Sở Thông tin và Truyền thông tỉnh Lai Châu về việc thúc đẩy cài đặt và sử dụng ứng dụng Bluezone.

1. Đề nghị lãnh đạo các cơ quan nhà nước trên địa bàn huyện yêu cầu cán bộ, công chức, viên chức, nhân viên và người lao động cài đặt ứng dụng Bluezone.

2. Đề nghị Đài Truyền thanh - Truyền hình huyện, UBND các xã, thị trấn xây dựng các tin, bài, phóng sự phát trên hệ thống phát thanh, truyền hình, Trạm truyền thanh cơ sở.

3. Đài Truyền thanh - Truyền hình huyện, UBND các xã, thị trấn báo cáo nhanh, tóm tắt kết quả tuyên truyền (Trong đó nêu rõ số lượng tin, bài; độ dài tin, bài; số lượng phát sóng; ước số lượng người nghe) về Phòng Văn hóa và Thông tin huyện qua địa chỉ email: Sangnq.tamduong@laichau.gov.vn trước ngày 16h 00' ngày thứ năm hàng tuần trong tháng 02/2021 để Phòng báo cáo kết quả về Sở Thông tin và Truyền thông, UBND huyện.

Nơi nhận:
- Như trên;
- Chủ tịch, các PCT.UBND huyện;
- Lưu: VT.
TRƯỞNG PHÒNG
Đỗ Trọng Thi
"""


def _raw(text: str) -> bytes:
    return text.lstrip("\n").replace("\n", "\r\n").encode("utf-8")


def nonreports() -> None:
    f = "nonreports"
    add(
        f,
        "ooo-vi-auto-submitted",
        Mail(
            frm("nung_nang"),
            "Trả lời tự động: Nhắc báo cáo tuần",
            at(2, 10, 8, 0),
            "Tôi đang đi công tác đến hết ngày 12/02/2021. Việc gấp xin liên hệ số 0912 345 678."
            "\nXin cảm ơn.\n",
            headers=[("Auto-Submitted", "auto-replied")],
            mailer=ZIMBRA,
        ),
        [],
        "Zimbra out-of-office in Vietnamese with Auto-Submitted: auto-replied",
    )
    add(
        f,
        "ooo-en-x-autoreply",
        Mail(
            frm("dai_th_th"),
            "Automatic reply: Báo cáo tuần",
            at(3, 4, 16, 5),
            "I am out of the office until 08/03/2021 with limited access to email.\n"
            "Tôi đang nghỉ phép đến ngày 08/03/2021.\n",
            headers=[("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All")],
            mailer=OUTLOOK,
        ),
        [],
        "Outlook automatic reply in English and Vietnamese with X-Autoreply",
    )
    add(
        f,
        "precedence-auto-reply",
        Mail(
            frm("ban_hon"),
            "Re: Nhắc báo cáo kết quả tuyên truyền tuần",
            at(4, 14, 16, 6),
            "Cảm ơn anh/chị đã gửi thư. Tôi sẽ trả lời sớm nhất có thể.\n",
            headers=[("Precedence", "auto_reply")],
        ),
        [],
        "an automatic answer marked only by 'Precedence: auto_reply'",
    )
    add(
        f,
        "vacation-text-no-headers",
        Mail(
            frm("nung_nang"),
            "Re: Nhắc báo cáo tuần",
            at(3, 10, 8, 30),
            "Em đang nghỉ phép đến hết ngày 15/3/2021, việc gấp xin liên hệ đ/c Thắng SĐT"
            " 0912 345 678 ạ.\n",
        ),
        [],
        "a hand-written vacation notice without any automatic header",
    )
    add(
        f,
        "bounce-dsn-with-summary",
        _raw(
            f"""
From: Mail Delivery System <MAILER-DAEMON@laichau.gov.vn>
To: {OFFICE}
Subject: Undelivered Mail Returned to Sender
Date: Thu, 11 Feb 2021 16:31:02 +0700
Message-ID: <20210211093102.4F1A2C0123@mail.laichau.gov.vn>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4F1A2C0123.1613035862/mail.laichau.gov.vn"

This is a MIME-encapsulated message.

--4F1A2C0123.1613035862/mail.laichau.gov.vn
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.laichau.gov.vn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<vhxh.nungnang@laichau.gov.vn>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <vhxh.nungnang@laichau.gov.vn>: Recipient address rejected: User unknown

--4F1A2C0123.1613035862/mail.laichau.gov.vn
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.laichau.gov.vn
Arrival-Date: Thu, 11 Feb 2021 16:31:01 +0700

Final-Recipient: rfc822; vhxh.nungnang@laichau.gov.vn
Action: failed
Status: 5.1.1

--4F1A2C0123.1613035862/mail.laichau.gov.vn
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: {OFFICE}
To: vhxh.nungnang@laichau.gov.vn
Subject: =?utf-8?b?VOG7lW5nIGjhu6NwIGvhur90IHF14bqjIHR1ecOqbiB0cnV54buBbiB0deG6p24=?=
Date: Thu, 11 Feb 2021 16:30:55 +0700
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Tổng hợp kết quả tuyên truyền tuần (05/02 - 11/02/2021):
Xã Bản Bo: Số tin, bài: 8; Thời lượng: 55 phút; Số lần phát sóng: 24; Ước số người nghe: 2.100
Xã Nà Tăm: Số tin, bài: 5; Thời lượng: 40 phút; Số lần phát sóng: 15; Ước số người nghe: 1.100

--4F1A2C0123.1613035862/mail.laichau.gov.vn--
"""
        ),
        [],
        "a delivery-status bounce whose returned message holds the office's own figures",
    )
    add(
        f,
        "bounce-plain-inline-report",
        Mail(
            "Mail Delivery Subsystem <postmaster@vnpt.vn>",
            "Returned mail: see transcript for details",
            at(3, 11, 9, 15),
            """The original message was received at Thu, 11 Mar 2021 09:14:50 +0700
from [10.1.2.3]

   ----- The following addresses had permanent fatal errors -----
<sangnq.tamduong@laichau.gov.vn>
    (reason: 552 5.2.2 Mailbox full)

   ----- Original message -----
From: Xã Nà Tăm <natam.tamduong@laichau.gov.vn>
Subject: Báo cáo tuần
Số tin, bài: 5
Độ dài: 35 phút
Số lần phát sóng: 15
Ước số người nghe: 1.100
""",
        ),
        [],
        "a plain-text bounce from a postmaster quoting a report that was not delivered",
    )
    add(
        f,
        "mailing-list",
        Mail(
            "Bản tin Sở TT&TT Lai Châu <bantin@stttt.laichau.gov.vn>",
            "[Bản tin TT&TT] Tuần 10/2021: kết quả cài đặt Bluezone toàn tỉnh",
            at(3, 12, 7, 0),
            """BẢN TIN THÔNG TIN VÀ TRUYỀN THÔNG TUẦN 10/2021

Toàn tỉnh có 12.345 lượt cài đặt Bluezone trong tuần, lũy kế 98.765 lượt.
Số tin, bài tuyên truyền trên hệ thống truyền thanh cơ sở: 1.250 tin, bài.
Số nhóm Zalo các xã đã thành lập: 420 nhóm.

Để ngừng nhận bản tin, trả lời thư này với tiêu đề "Huy dang ky".
""",
            headers=[
                ("List-Id", "Ban tin TT&TT Lai Chau <bantin.stttt.laichau.gov.vn>"),
                ("List-Unsubscribe", "<mailto:bantin-leave@stttt.laichau.gov.vn>"),
                ("Precedence", "list"),
            ],
        ),
        [],
        "a mailing list (List-Id) whose text is full of labelled province-wide figures",
    )
    add(
        f,
        "newsletter-unsubscribe",
        Mail(
            "Viettel Telecom <khuyenmai@viettel.com.vn>",
            "Ưu đãi tháng 4: tặng 50% giá trị thẻ nạp",
            at(4, 5, 9, 0),
            html="<html><body><h2>Ưu đãi tháng 4</h2><p>Tặng 50% giá trị thẻ nạp từ 50.000đ,"
            ' áp dụng đến 30/4/2021.</p><p><a href="https://viettel.vn/huy">Hủy nhận tin</a>'
            "</p></body></html>\n",
            headers=[("List-Unsubscribe", "<https://viettel.vn/huy?id=88123>")],
        ),
        [],
        "a marketing newsletter with List-Unsubscribe",
    )
    add(
        f,
        "spam-flagged",
        Mail(
            "Vay Nhanh 24h <hotro@vaynhanh24h.top>",
            "Vay tiền nhanh 50 triệu, giải ngân trong 15 phút",
            at(4, 20, 23, 12),
            "Vay tiền nhanh 50 triệu chỉ cần CMND, giải ngân trong 15 phút, lãi suất 0,5%/tháng."
            " Liên hệ 0899.123.456.\n",
            headers=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "12.4")],
        ),
        [],
        "spam flagged by the server",
    )
    add(
        f,
        "spam-unflagged-prize",
        Mail(
            "Chương trình tri ân khách hàng <tri-an@khuyenmai-vn.xyz>",
            "Chúc mừng bạn đã trúng thưởng",
            at(5, 3, 2, 40),
            "Chúc mừng quý khách đã trúng thưởng 100.000.000đ. Số người trúng thưởng: 5 người."
            " Vui lòng gửi 500.000đ phí nhận thưởng trong 24 giờ.\n",
        ),
        [],
        "unflagged spam with figures and the word 'số người'",
    )
    add(
        f,
        "office-reminder-back",
        Mail(
            OFFICE_FROM,
            "Nhắc báo cáo kết quả tuyên truyền tuần",
            at(2, 24, 16, 0),
            REMINDER.format(deadline="25/02/2021"),
            to="thensin.tamduong@laichau.gov.vn",
            cc=OFFICE,
        ),
        [],
        "the office's own reminder coming back (cc to itself): every field named, no figure",
    )
    add(
        f,
        "question-form",
        Mail(
            frm("nung_nang"),
            "Hỏi mẫu báo cáo",
            at(3, 3, 9, 30),
            "Cho em hỏi mẫu báo cáo tuần này ạ? Vẫn như tuần trước hay có thay đổi ạ?\n"
            "Em cảm ơn.\n",
        ),
        [],
        "a question without any figure",
    )
    add(
        f,
        "request-letter-forwarded",
        Mail(
            frm("tt_tam_duong"),
            "Fwd: Công văn số 15/VHTT về tăng cường công tác tuyên truyền dịp Tết",
            at(2, 3, 14, 20),
            "Chị ơi công văn này có phải báo cáo hằng tuần vào thứ 5 không ạ?\n\n"
            "---------- Forwarded message ---------\n"
            "From: Phòng Văn hóa và Thông tin <sangnq.tamduong@laichau.gov.vn>\n"
            "Date: Tue, Feb 2, 2021 at 4:10 PM\n"
            "Subject: Công văn số 15/VHTT về tăng cường công tác tuyên truyền dịp Tết\n"
            "To: <vhtt.tttamduong@laichau.gov.vn>\n\n\n" + REQUEST_LETTER,
            mailer=GMAIL,
        ),
        [],
        "the district's request letter forwarded back with a question: every field, no figure",
    )
    add(
        f,
        "thank-you-quoting-acknowledgement",
        Mail(
            frm("ban_bo"),
            "Re: Đã nhận báo cáo tuần của xã Bản Bo",
            at(4, 23, 8, 10),
            """Dạ em cảm ơn chị ạ.

Vào Th 5, 22 thg 4, 2021 vào lúc 17:00 Phòng Văn hóa và Thông tin huyện Tam Đường <sangnq.tamduong@laichau.gov.vn> đã viết:

> Phòng đã nhận báo cáo tuần của xã Bản Bo:
> Số tin, bài: 8; Thời lượng: 55 phút; Số lần phát sóng: 24; Ước số người nghe: 2.100.
> Cảm ơn xã.
""",
            mailer=GMAIL,
        ),
        [],
        "a thank-you whose quote holds the figures the office acknowledged",
    )
    add(
        f,
        "read-receipt",
        _raw(
            f"""
From: =?utf-8?b?WMOjIELhuqNuIEdpYW5n?= <bangiang.tamduong@laichau.gov.vn>
To: {OFFICE}
Subject: =?utf-8?b?xJDDoyDEkeG7jWM6IELDoW8gY8OhbyB0deG6p24=?=
Date: Thu, 22 Apr 2021 10:31:00 +0700
Message-ID: <mdn.20210422103100@laichau.gov.vn>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="mdn-boundary-0422"

--mdn-boundary-0422
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Thư này đã được đọc lúc 10:31 ngày 22/04/2021.

--mdn-boundary-0422
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;bangiang.tamduong@laichau.gov.vn
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-boundary-0422--
"""
        ),
        [],
        "a read receipt (multipart/report; disposition-notification)",
    )
    add(
        f,
        "calendar-invitation",
        _raw(
            f"""
From: =?utf-8?b?VsSDbiBwaMOybmcgVUJORCBodXnhu4du?= <vanphong.tamduong@laichau.gov.vn>
To: {OFFICE}
Subject: =?utf-8?b?TeG7nWkgaOG7jXAgZ2lhbyBiYW4gdHXhuqduIDE1LzA0LzIwMjE=?=
Date: Tue, 13 Apr 2021 08:00:00 +0700
Message-ID: <invite.20210413@laichau.gov.vn>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="cal-boundary-0413"

--cal-boundary-0413
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Mời dự họp giao ban tuần lúc 14 giờ 00 ngày 15/04/2021 tại phòng họp số 2 UBND huyện.
Thành phần: 14 đơn vị.

--cal-boundary-0413
Content-Type: text/calendar; charset=utf-8; method=REQUEST
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20210415T070000Z
DTEND:20210415T090000Z
SUMMARY:Họp giao ban tuần
LOCATION:Phòng họp số 2
END:VEVENT
END:VCALENDAR

--cal-boundary-0413--
"""
        ),
        [],
        "a meeting invitation (text/calendar) with times, a room number and a count",
    )
    add(
        f,
        "question-with-figure",
        Mail(
            frm("ho_thau"),
            "Hỏi cách ghi số người nghe",
            at(5, 18, 15, 20),
            "Cho em hỏi số người nghe tính theo hộ hay theo người ạ? Tuần trước em ghi 350 hộ,"
            " như vậy có đúng không ạ?\nEm cảm ơn.\n",
        ),
        [],
        "a question that mentions a field and a figure, but reports nothing",
    )
    add(
        f,
        "forgot-attachment",
        Mail(
            frm("binh_lu"),
            "Báo cáo tuần Bình Lư",
            at(6, 24, 15, 50),
            "Xã Bình Lư gửi báo cáo tuần (file đính kèm) ạ.\n",
        ),
        [],
        "'file đính kèm' but nothing attached: no figure to record (the office will chase it)",
    )
    add(
        f,
        "ooo-en-subject-only",
        Mail(
            frm("khun_ha"),
            "Automatic reply: Nhắc báo cáo kết quả tuyên truyền tuần",
            at(7, 21, 16, 1),
            "Thank you for your email. I am currently out of the office and will return on"
            " 26 July 2021.\n",
            mailer=OUTLOOK,
        ),
        [],
        "an English automatic reply recognisable only by its subject",
    )
    add(
        f,
        "other-office-address-reminder",
        Mail(
            "Phòng Văn hóa - Thông tin <vanhoa.tamduong@laichau.gov.vn>",
            "V/v báo cáo kết quả tuyên truyền tuần",
            at(8, 18, 8, 0),
            REMINDER.format(deadline="19/8/2021"),
        ),
        [],
        "a reminder from the department's general address (not configured as the office's)",
    )
    add(
        f,
        "blank-template-circulated",
        Mail(
            frm("son_binh"),
            "Mẫu báo cáo tuần",
            at(9, 6, 10, 0),
            "Chị ơi mẫu báo cáo này đúng chưa ạ, em gửi lại để chị xem giúp.\n",
            attachments=[
                xlsx_file(
                    "Mau bao cao tuan.xlsx",
                    Sheet(
                        "Mẫu",
                        [
                            ["MẪU BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
                            HEADER_NOTE,
                            [1, "Thị trấn Tam Đường"],
                            [2, "Xã Thèn Sin"],
                            [3, "Xã Tả Lèng"],
                            [4, "Xã Giang Ma"],
                            [5, "Xã Hồ Thầu"],
                            [6, "Xã Bình Lư"],
                            [7, "Xã Sơn Bình"],
                        ],
                    ),
                )
            ],
        ),
        [],
        "the blank template sent back with a question: STT numbers and unit names, no figure",
    )


# ========================================================================================


def more() -> None:
    """Cases added after a first run of the harness, in their families."""
    add(
        "labelled",
        "plain-text-table-spaces",
        Mail(
            frm("ban_hon"),
            "Báo cáo tuần xã Bản Hon",
            at(7, 29, 9, 25),
            """Xã Bản Hon báo cáo kết quả tuyên truyền tuần:

STT  Đơn vị       Số tin, bài   Độ dài (phút)   Số lần phát sóng   Ước số người nghe
1    Xã Bản Hon   6             40              18                 1.300

Trân trọng!
""",
            mailer=OUTLOOK,
        ),
        [wp("ban_hon", "07-29", 6, 40, 18, 1300)],
        "a table flattened to plain text, columns aligned with spaces",
    )
    add(
        "prose",
        "figures-in-subject-only",
        Mail(
            frm("ban_bo"),
            "BC tuần Bản Bo: 8 tin bài, 50 phút, 24 lượt phát, 2.100 người nghe",
            at(9, 2, 7, 45),
            "",
            mailer="Zalo/Gmail Android",
        ),
        [wp("ban_bo", "09-02", 8, 50, 24, 2100)],
        "sent from a phone: the whole report in the subject, the body empty",
    )
    add(
        "xlsx",
        "formulas-with-cached-values",
        Mail(
            frm("ban_giang"),
            "Báo cáo tuyên truyền tuần",
            at(9, 9, 14, 30),
            "Xã Bản Giang gửi báo cáo tuần ạ.\n",
            attachments=[
                xlsx_file(
                    "BC tuan Ban Giang.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            [
                                "STT",
                                "Nội dung",
                                "Số tin, bài",
                                "Độ dài (phút)",
                                "Số lần phát sóng",
                                "Ước số người nghe",
                            ],
                            [1, "Phòng chống dịch Covid-19", 4, 24, "=C2*3", 1850],
                            [2, "Tiêm vắc xin", 3, 18, "=C3*3", 1850],
                            [None, "Tổng cộng", "=SUM(C2:C3)", "=SUM(D2:D3)", "=SUM(E2:E3)", 1850],
                        ],
                        cached={"E2": 12, "E3": 9, "C4": 7, "D4": 42, "E4": 21},
                    ),
                )
            ],
        ),
        [wp("ban_giang", "09-09", 7, 42, 21, 1850)],
        "Excel formulas with their cached results (=C2*3, =SUM(C2:C3)); the total row counts",
    )
    add(
        "xlsx",
        "period-as-date-cells",
        Mail(
            frm("khun_ha"),
            "Báo cáo tuần xã Khun Há (gửi bù)",
            at(9, 13, 8, 20),
            "Em gửi bù báo cáo tuần trước ạ.\n",
            attachments=[
                xlsx_file(
                    "Khun Ha.xlsx",
                    Sheet(
                        "Sheet1",
                        [
                            ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
                            ["Từ ngày", _date(9, 3), "đến ngày", _date(9, 9)],
                            HEADER,
                            [1, "Xã Khun Há", 5, 35, 15, 920],
                        ],
                    ),
                )
            ],
        ),
        [wp("khun_ha", "09-09", 5, 35, 15, 920)],
        "the period as two real Excel date cells; sent on Monday for the week before",
    )
    add(
        "signatures",
        "outlook-inline-logo",
        Mail(
            frm("dai_th_th"),
            "Đài TT-TH huyện báo cáo tuần",
            at(8, 26, 9, 10),
            text="Đài TT-TH huyện báo cáo kết quả tuyên truyền tuần:\nSố tin, bài: 26\n"
            "Thời lượng: 305 phút\nSố lần phát sóng: 58\nƯớc số người nghe: 43.000\n\n"
            "Đèo Văn Hùng\nĐài TT-TH huyện Tam Đường\n",
            html=outlook_html(
                [
                    "Đài TT-TH huyện báo cáo kết quả tuyên truyền tuần:",
                    "Số tin, bài: 26",
                    "Thời lượng: 305 phút",
                    "Số lần phát sóng: 58",
                    "Ước số người nghe: 43.000",
                    "",
                    '<img width="64" height="64" src="cid:image001.png@01D72A3B.5C8E4F10">',
                    "Đèo Văn Hùng<br>Đài TT-TH huyện Tam Đường",
                ]
            ),
            inline=[Attach("image001.png", logo_png())],
            mailer=OUTLOOK,
        ),
        [wp("dai_th_th", "08-26", 26, 305, 58, 43000)],
        "an Outlook signature with an inline logo (multipart/related): not an unreadable file",
    )
    add(
        "signatures",
        "smime-signed",
        Mail(
            frm("tt_tam_duong"),
            "Báo cáo kết quả tuyên truyền tuần (có chữ ký số)",
            at(9, 30, 10, 0),
            "Thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần:\n"
            + _FIGURES.format(12, 80, 36, "5.300")
            + "\nThư đã được ký số bằng chứng thư số của Ban Cơ yếu Chính phủ.\n",
            signed=True,
            mailer=OUTLOOK,
        ),
        [wp("tt_tam_duong", "09-30", 12, 80, 36, 5300)],
        "an S/MIME signed message (multipart/signed, smime.p7s): the signature is no attachment",
    )
    add(
        "periods",
        "range-without-year",
        Mail(
            frm("son_binh"),
            "Báo cáo tuần xã Sơn Bình",
            at(3, 25, 10, 0),
            "Xã Sơn Bình báo cáo kết quả tuyên truyền tuần từ 19/3 đến 25/3:\n"
            + _FIGURES.format(5, 36, 15, "1.150"),
        ),
        [wp("son_binh", "03-25", 5, 36, 15, 1150)],
        "a period without a year ('từ 19/3 đến 25/3'): the year of the Date header",
    )
    add(
        "periods",
        "day-only-start",
        Mail(
            frm("na_tam"),
            "BC tuyen truyen tuan",
            at(2, 26, 8, 30),
            "Xã Nà Tăm báo cáo tuần từ ngày 19 đến ngày 25/02/2021:\n"
            + _FIGURES.format(5, 35, 15, "1.100"),
        ),
        [wp("na_tam", "02-25", 5, 35, 15, 1100)],
        "'từ ngày 19 đến ngày 25/02/2021': the month and year only at the end; sent Friday",
    )
    add(
        "review",
        "bluezone-percentage",
        Mail(
            frm("son_binh"),
            "Báo cáo tuyên truyền trên mạng xã hội, Bluezone",
            at(6, 24, 10, 0),
            """Xã Sơn Bình báo cáo:
- Số nhóm Zalo: 8
- Số thành viên: 720
- Số bài đăng: 12
- Cài đặt Bluezone: đạt 35% dân số
- Số vụ tin giả: 0
""",
        ),
        [held("son_binh", SM, "06-24", groups=8, group_members=720, posts=12, fake_news=0)],
        "Bluezone given as a share of the population (35%), not a count: review",
    )
    add(
        "review",
        "items-split-tin-bai",
        Mail(
            frm("then_sin"),
            "Báo cáo tuần xã Thèn Sin",
            at(7, 1, 9, 0),
            "Xã Thèn Sin báo cáo:\nSố tin, bài: 8 tin, 2 bài\nThời lượng: 50 phút\n"
            "Số lần phát sóng: 30\nƯớc số người nghe: 1.400\n",
        ),
        [held("then_sin", WP, "07-01", minutes=50, broadcasts=30, listeners=1400)],
        "'8 tin, 2 bài': ten items, or eight? The sender did not add them up: review",
    )


def _date(month: int, day: int):
    from datetime import datetime

    return datetime(2021, month, day)


FAMILIES = (
    labelled,
    prose,
    numbers,
    replies,
    forwards,
    signatures,
    html,
    xlsx_cases,
    other_sheets,
    documents,
    legacy,
    units,
    periods,
    multi,
    review,
    nonreports,
    more,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rebuild-assets", action="store_true", help="remake assets/*.doc with soffice first"
    )
    args = parser.parse_args()
    if args.rebuild_assets:
        rebuild_assets()
    CASES.clear()
    for family in FAMILIES:
        family()
    seen: set[tuple[str, str]] = set()
    for case in CASES:
        key = (case.family, case.name)
        if key in seen:
            sys.exit(f"duplicate case {case.family}/{case.name}")
        seen.add(key)
    for folder in {c.family for c in CASES}:
        shutil.rmtree(HERE / folder, ignore_errors=True)
    for case in CASES:
        folder = HERE / case.family
        folder.mkdir(exist_ok=True)
        case_id = f"{case.family}/{case.name}"
        data = case.mail if isinstance(case.mail, bytes) else build(case.mail, case_id)
        (folder / f"{case.name}.eml").write_bytes(data)
        expected = {"difficulty": case.difficulty, "note": case.note, "reports": case.reports}
        text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (folder / f"{case.name}.expected.json").write_text(text, encoding="utf-8")
    counts: dict[str, int] = {}
    for case in CASES:
        counts[case.family] = counts.get(case.family, 0) + 1
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    print(f"{len(CASES)} cases written under {HERE}: {summary}")


if __name__ == "__main__":
    main()
