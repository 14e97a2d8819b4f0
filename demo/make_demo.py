#!/usr/bin/env python3
"""Write the demo mailbox: one week of commune emails, as staff really write them.

The week is the one ending Thursday 04/02/2021 (the deadline 16:00 that day).  Fifteen
emails carry reports (with and without diacritics, replies that quote last week,
a forward, spreadsheets, a late one, a correction, one that lacks a figure), three
are not reports (an auto-reply, a question, a bounce); Xã Nùng Nàng does not report.

    python demo/make_demo.py          # rewrites demo/maildir and demo/expected.json

The files are committed; this script documents where they come from and lets a
developer change them.  The expected figures are written beside them for the tests.
"""

from __future__ import annotations

import email.policy
import io
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
# Mail clients do not fold a subject inside a word's spacing as Python 3.11 can
# ("mạng xãhội"); headers are written unfolded, as webmail sends them.
CLIENT = email.policy.default.clone(max_line_length=998)
ICT = timezone(timedelta(hours=7))
OFFICE = "sangnq.tamduong@laichau.gov.vn"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADER = [
    "STT",
    "Đơn vị",
    "Số tin, bài",
    "Độ dài (phút)",
    "Số lần phát sóng",
    "Ước số người nghe",
    "Ghi chú",
]


def at(day: int, hour: int, minute: int) -> datetime:
    month = 2 if day < 20 else 1
    return datetime(2021, month, day, hour, minute, tzinfo=ICT)


def message(
    sender: str, name: str, subject: str, when: datetime, body: str, **headers: str
) -> EmailMessage:
    m = EmailMessage(policy=CLIENT)
    m["From"] = f"{name} <{sender}>"
    m["To"] = OFFICE
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = make_msgid(idstring=f"demo{when:%d%H%M}", domain=sender.split("@")[1])
    for key, value in headers.items():
        m[key.replace("_", "-")] = value
    m.set_content(body)
    return m


def sheet(rows: list[list[object]]) -> bytes:
    book = Workbook()
    ws = book.active
    ws.title = "Báo cáo"
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def attach(m: EmailMessage, filename: str, data: bytes) -> EmailMessage:
    main, sub = XLSX.split("/")
    m.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    return m


def reports() -> list[tuple[str, EmailMessage]]:
    out: list[tuple[str, EmailMessage]] = []

    out.append(
        (
            "tt_tam_duong",
            message(
                "vhtt.tttamduong@laichau.gov.vn",
                "UBND thị trấn Tam Đường",
                "Báo cáo kết quả tuyên truyền tuần (29/01-04/02/2021) - TT Tam Đường",
                at(4, 10, 12),
                """Kính gửi: Phòng Văn hóa và Thông tin huyện

UBND thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần từ ngày 29/01 đến ngày 04/02/2021 như sau:
- Số tin, bài: 12
- Độ dài tin, bài: 1 giờ 15 phút
- Số lượng phát sóng: 36 lượt
- Ước số lượng người nghe: 5.000 người

Trân trọng!
Lò Thị Hoa
Công chức Văn hóa - Xã hội thị trấn Tam Đường
ĐT: 0912.345.678
""",
            ),
        )
    )

    out.append(
        (
            "then_sin",
            message(
                "thensin.tamduong@laichau.gov.vn",
                "Xa Then Sin",
                "bao cao tuan xa then sin",
                at(3, 16, 40),
                """Kinh gui phong VHTT huyen
Xa Then Sin bao cao ket qua tuyen truyen tuan nhu sau:
so tin bai: 5
thoi luong: 45 phut
so luot phat song: 15
uoc so nguoi nghe: 1.200

Tran trong
""",
            ),
        )
    )

    out.append(
        (
            "then_sin:social_media",
            message(
                "thensin.tamduong@laichau.gov.vn",
                "Xa Then Sin",
                "Báo cáo tuyên truyền trên mạng xã hội, Bluezone - xã Thèn Sin",
                at(4, 9, 5),
                """Kính gửi Phòng Văn hóa và Thông tin,
Xã Thèn Sin báo cáo kết quả tuyên truyền trên mạng xã hội trong tuần:
Số nhóm Zalo: 9
Số thành viên: 830
Số bài đăng: 14
Số người cài đặt Bluezone: 412
Số vụ tin giả: 0
""",
            ),
        )
    )

    m = message(
        "taleng.tamduong@laichau.gov.vn",
        "UBND xã Tả Lèng",
        "Báo cáo tuần xã Tả Lèng",
        at(4, 8, 30),
        "Em gửi báo cáo tuần của xã Tả Lèng ạ.\n",
    )
    out.append(
        (
            "ta_leng",
            attach(
                m, "BC tuan Ta Leng.xlsx", sheet([HEADER, [1, "Xã Tả Lèng", 6, 40, 18, 1500, None]])
            ),
        )
    )

    out.append(
        (
            "giang_ma",
            message(
                "giangma.tamduong@laichau.gov.vn",
                "UBND xã Giang Ma",
                "Re: Báo cáo kết quả tuyên truyền tuần",
                at(4, 14, 2),
                """Em gửi số liệu tuần này ạ:
Số tin bài: 7
Thời lượng: 50 phút
Phát sóng: 21 lần
Người nghe: khoảng 2.000

Vào Th 5, 28 thg 1, 2021 lúc 15:02 UBND xã Giang Ma <giangma.tamduong@laichau.gov.vn>
đã viết:
> Số tin bài: 6
> Thời lượng: 45 phút
> Phát sóng: 18 lần
> Người nghe: khoảng 1.800
""",
            ),
        )
    )

    out.append(
        (
            "ho_thau",
            message(
                "hothau.tamduong@laichau.gov.vn",
                "Văn hóa xã Hồ Thầu",
                "V/v báo cáo kết quả tuyên truyền tuần",
                at(4, 15, 45),
                """UBND xã Hồ Thầu báo cáo kết quả tuyên truyền tuần:
1. Số lượng tin, bài: 9 tin, bài
2. Độ dài: 1 giờ 30 phút
3. Số lượng phát sóng: 27
4. Ước số lượng người nghe: 2.500 người
""",
            ),
        )
    )

    m = message(
        "binhlu.tamduong@laichau.gov.vn",
        "UBND xã Bình Lư",
        "Bình Lư báo cáo tuần",
        at(4, 11, 20),
        "Xã Bình Lư gửi báo cáo tuần (file đính kèm).\n",
    )
    out.append(
        (
            "binh_lu",
            attach(
                m,
                "bao cao tuan binh lu.xlsx",
                sheet(
                    [
                        ["UBND XÃ BÌNH LƯ"],
                        ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN"],
                        ["Tuần từ ngày 29/01 đến ngày 04/02/2021"],
                        [],
                        HEADER,
                        [1, "Xã Bình Lư", 10, 60, 30, 3200, "Tuyên truyền phòng chống Covid-19"],
                        [None, "Tổng cộng", 10, 60, 30, 3200, None],
                    ]
                ),
            ),
        )
    )

    out.append(
        (
            "son_binh",
            message(
                "sonbinh.tamduong@laichau.gov.vn",
                "Xã Sơn Bình",
                "Báo cáo tuần (gửi muộn)",
                at(4, 16, 20),  # twenty minutes after the deadline, before the report
                """Em xin lỗi vì gửi muộn ạ. Xã Sơn Bình báo cáo:
Số tin, bài: 4
Độ dài: 30 phút
Số lần phát sóng: 12
Ước số người nghe: 900
""",
            ),
        )
    )

    out.append(
        (
            "ban_giang",
            message(
                "bangiang.tamduong@laichau.gov.vn",
                "UBND xã Bản Giang",
                "Báo cáo tuyên truyền tuần",
                at(4, 13, 0),
                """Xã Bản Giang báo cáo:
Số tin, bài: 6
Độ dài: 35 phút
Số lần phát sóng: 18
Ước số người nghe: đang tổng hợp, sẽ báo cáo bổ sung sau
""",
            ),
        )
    )

    out.append(
        (
            "ban_hon:first",
            message(
                "banhon.tamduong@laichau.gov.vn",
                "Xã Bản Hon",
                "Báo cáo tuần xã Bản Hon",
                at(3, 9, 0),
                """Số tin, bài: 4
Thời lượng: 25 phút
Số lượt phát sóng: 12
Ước số người nghe: 1.000
""",
            ),
        )
    )

    out.append(
        (
            "ban_hon",
            message(
                "banhon.tamduong@laichau.gov.vn",
                "Xã Bản Hon",
                "Báo cáo tuần xã Bản Hon (gửi lại)",
                at(4, 11, 0),
                """Em xin gửi lại số liệu đã sửa, thay cho thư hôm qua ạ:
Số tin, bài: 6
Thời lượng: 35 phút
Số lượt phát sóng: 18
Ước số người nghe: 1.400
""",
            ),
        )
    )

    out.append(
        (
            "ban_bo",
            message(
                "banbo.tamduong@laichau.gov.vn",
                "UBND xã Bản Bo",
                "Báo cáo tuần - Bản Bo",
                at(4, 10, 48),
                """Kính gửi Phòng Văn hóa và Thông tin huyện.
Xã Bản Bo báo cáo kết quả tuyên truyền tuần như sau:
- Số tin, bài: 8
- Thời lượng: 55 phút
- Số lần phát sóng: 24
- Ước số người nghe: 2.100
Trân trọng báo cáo!
""",
            ),
        )
    )

    out.append(
        (
            "na_tam",
            message(
                "natam.tamduong@laichau.gov.vn",
                "Xã Nà Tăm",
                "BC tuyen truyen tuan",
                at(4, 7, 55),
                """So tin, bai: 5
Do dai: 40 phut
So luong phat song: 15
Uoc so luong nguoi nghe: 1.100

--
Nguyen Van Binh
Van hoa xa Na Tam
DT 0985 123 456
""",
            ),
        )
    )

    out.append(
        (
            "khun_ha",
            message(
                "khunha.tamduong@laichau.gov.vn",
                "UBND xã Khun Há",
                "Fwd: báo cáo tuần",
                at(4, 15, 10),
                """Em chuyển tiếp báo cáo của xã Khun Há ạ.

---------- Forwarded message ---------
From: Van hoa Khun Ha <vhkhunha@gmail.com>
Date: Thu, Feb 4, 2021 at 2:50 PM
Subject: báo cáo tuần
To: <khunha.tamduong@laichau.gov.vn>

Số tin, bài: 4
Độ dài: 30 phút
Số lần phát sóng: 12
Ước số người nghe: 800
""",
            ),
        )
    )

    m = message(
        "daitruyenthanh.tamduong@laichau.gov.vn",
        "Đài TT-TH Tam Đường",
        "Đài TT-TH huyện báo cáo kết quả tuyên truyền tuần",
        at(4, 9, 40),
        "Đài Truyền thanh - Truyền hình huyện gửi báo cáo tuần (đính kèm).\n",
    )
    out.append(
        (
            "dai_th_th",
            attach(
                m,
                "Dai TTTH - bao cao tuan.xlsx",
                sheet(
                    [HEADER, [1, "Đài Truyền thanh - Truyền hình huyện", 25, 300, 56, 45000, None]]
                ),
            ),
        )
    )
    return out


def non_reports() -> list[EmailMessage]:
    auto = message(
        "nungnang.tamduong@laichau.gov.vn",
        "Xã Nùng Nàng",
        "Trả lời tự động: Nhắc báo cáo tuần",
        at(3, 8, 0),
        "Tôi đang đi công tác đến hết ngày 05/02/2021. Xin cảm ơn.\n",
        Auto_Submitted="auto-replied",
    )
    question = message(
        "nungnang.tamduong@laichau.gov.vn",
        "Xã Nùng Nàng",
        "Hỏi mẫu báo cáo",
        at(4, 9, 30),
        "Cho em hỏi mẫu báo cáo tuần này vẫn như tuần trước ạ?\nEm cảm ơn.\n",
    )
    bounce = EmailMessage()
    bounce["From"] = "Mail Delivery System <MAILER-DAEMON@laichau.gov.vn>"
    bounce["To"] = OFFICE
    bounce["Subject"] = "Undelivered Mail Returned to Sender"
    bounce["Date"] = format_datetime(at(3, 17, 1))
    bounce["Message-ID"] = make_msgid(idstring="bounce", domain="laichau.gov.vn")
    bounce.set_content(
        "This is the mail system at host mail.laichau.gov.vn.\n\n"
        "<vhxh.nungnang@laichau.gov.vn>: mailbox unavailable\n"
    )
    return [auto, question, bounce]


def expected(reported: list[tuple[str, EmailMessage]]) -> dict:
    return {
        "period_end": "2021-02-04",
        "now": "2021-02-04T16:31+07:00",
        "weekly_propaganda": {
            "totals": {"items": 101, "minutes": 850, "broadcasts": 284, "listeners": 66700},
            "late": ["son_binh"],
            "late_by": {"son_binh": "20 phút"},
            "review": ["ban_giang"],
            "missing": ["nung_nang"],
        },
        "social_media": {
            "totals": {
                "groups": 9,
                "group_members": 830,
                "posts": 14,
                "bluezone_installs": 412,
                "fake_news": 0,
            },
        },
        "report_messages": len(reported),
        "non_reports": 3,
    }


def main() -> None:
    maildir = HERE / "maildir"
    shutil.rmtree(maildir, ignore_errors=True)
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    reported = reports()
    messages = [m for _, m in reported] + non_reports()
    messages.sort(key=lambda m: m["Date"].datetime)
    for number, m in enumerate(messages, start=1):
        stamp = int(m["Date"].datetime.timestamp())
        (maildir / "cur" / f"{stamp}.demo{number:02d}.tamduong:2,S").write_bytes(m.as_bytes())
    (HERE / "expected.json").write_text(json.dumps(expected(reported), indent=2) + "\n")
    print(f"{len(messages)} messages written to {maildir}")


if __name__ == "__main__":
    main()
