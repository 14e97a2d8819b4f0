#!/usr/bin/env python3
# ruff: noqa: E501 - quote headers and table rows in the messages are as long as mail
# clients write them.
"""Write the second hold-out set: commune mail nobody tuned the parser on.

    .venv/bin/python bench/holdout2/make_holdout2.py
    .venv/bin/python bench/accuracy.py bench/holdout2 --failures

Every case is spelled out below, one call to `case(...)` each: the message as a member of
staff would write it, and what a careful clerk of the Phòng Văn hóa và Thông tin would
record from it. The expected files have the shape described in tests/corpus/README.md.

The output is byte-identical from run to run: fixed Message-IDs and MIME boundaries,
document properties and zip times pinned, no randomness. Needs python-docx, openpyxl and
pillow (tests/corpus/requirements.txt), none of which the product itself uses.
"""

from __future__ import annotations

import io
import json
import quopri
import re
import shutil
import textwrap
import unicodedata
import zipfile
from collections.abc import Callable
from datetime import datetime, time, timedelta, timezone
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
OFFICE = "Phòng VH-TT huyện Tam Đường <sangnq.tamduong@laichau.gov.vn>"
VN = timezone(timedelta(hours=7))
FIXED = datetime(2021, 1, 4, 8, 0, 0)

ADDR = {
    "tt_tam_duong": "vhtt.tttamduong@laichau.gov.vn",
    "tt_tam_duong2": "tttamduong.tamduong@laichau.gov.vn",
    "then_sin": "thensin.tamduong@laichau.gov.vn",
    "ta_leng": "taleng.tamduong@laichau.gov.vn",
    "giang_ma": "giangma.tamduong@laichau.gov.vn",
    "ho_thau": "hothau.tamduong@laichau.gov.vn",
    "binh_lu": "binhlu.tamduong@laichau.gov.vn",
    "son_binh": "sonbinh.tamduong@laichau.gov.vn",
    "nung_nang": "nungnang.tamduong@laichau.gov.vn",
    "ban_giang": "bangiang.tamduong@laichau.gov.vn",
    "ban_hon": "banhon.tamduong@laichau.gov.vn",
    "ban_bo": "banbo.tamduong@laichau.gov.vn",
    "na_tam": "natam.tamduong@laichau.gov.vn",
    "khun_ha": "khunha.tamduong@laichau.gov.vn",
    "dai_th_th": "daitruyenthanh.tamduong@laichau.gov.vn",
}


def frm(name: str, key: str) -> str:
    """A From header: display name and the unit's address from units.csv."""
    return f"{name} <{ADDR[key]}>"


# -- expectations ----------------------------------------------------------------------------


def wp(unit, period, items, minutes, broadcasts, listeners, status="accepted"):
    values = {"items": items, "minutes": minutes, "broadcasts": broadcasts}
    values["listeners"] = listeners
    values = {k: v for k, v in values.items() if v is not None}
    return {
        "unit": unit,
        "form": "weekly_propaganda",
        "period_end": period,
        "values": values,
        "status": status,
    }


def sm(unit, period, groups, members, posts, bluezone, fake, status="accepted"):
    values = {
        "groups": groups,
        "group_members": members,
        "posts": posts,
        "bluezone_installs": bluezone,
        "fake_news": fake,
    }
    values = {k: v for k, v in values.items() if v is not None}
    return {
        "unit": unit,
        "form": "social_media",
        "period_end": period,
        "values": values,
        "status": status,
    }


def held_wp(unit, period, items=None, minutes=None, broadcasts=None, listeners=None):
    return wp(unit, period, items, minutes, broadcasts, listeners, status="needs_review")


def held_sm(unit, period, groups=None, members=None, posts=None, bluezone=None, fake=None):
    return sm(unit, period, groups, members, posts, bluezone, fake, status="needs_review")


def rule_period(sent: str) -> str:
    """The week a message without a written period belongs to (Thursday 16:00, 48 h)."""
    when = datetime.strptime(sent, "%Y-%m-%d %H:%M %z").astimezone(VN)
    day = when.date()
    thursday = day + timedelta(days=(3 - day.weekday()) % 7)
    deadline = datetime.combine(thursday, time(16, 0), VN)
    if deadline < when:
        thursday += timedelta(days=7)
        deadline += timedelta(days=7)
    previous = deadline - timedelta(days=7)
    if when - previous <= timedelta(hours=48):
        return (thursday - timedelta(days=7)).isoformat()
    return thursday.isoformat()


# -- messages --------------------------------------------------------------------------------


def dedent(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


def to_cp1258(text: str) -> bytes:
    """Encode Vietnamese as windows-1258 does: precomposed base letter + tone byte."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


class Mail:
    """One message. `files` are (name, bytes, maintype, subtype)."""

    def __init__(
        self,
        sender: str,
        subject: str,
        sent: str,
        text: str | None = None,
        *,
        html: str | None = None,
        files: tuple = (),
        headers: tuple = (),
        to: str = OFFICE,
        charset: str = "utf-8",
        cte: str = "quoted-printable",
        raw: str | None = None,
    ):
        self.sender, self.subject, self.sent = sender, subject, sent
        self.text, self.html, self.files, self.headers = text, html, files, headers
        self.to, self.charset, self.cte, self.raw = to, charset, cte, raw

    def build(self, msgid: str) -> bytes:
        date_header = format_datetime(datetime.strptime(self.sent, "%Y-%m-%d %H:%M %z"))
        if self.raw is not None:  # written by hand (reports, notifications)
            name, address = parseaddr(self.sender)
            to_name, to_address = parseaddr(self.to)
            head = (
                f"From: {formataddr((name, address), charset='utf-8')}\n"
                f"To: {formataddr((to_name, to_address), charset='utf-8')}\n"
                f"Subject: {Header(self.subject, 'utf-8').encode()}\n"
                f"Date: {date_header}\nMessage-ID: <{msgid}>\n"
            )
            return (head + self.raw).replace("\n", "\r\n").encode("utf-8")
        msg = EmailMessage(policy=policy.SMTP)
        msg["From"] = self.sender
        msg["To"] = self.to
        msg["Subject"] = self.subject
        msg["Date"] = date_header
        msg["Message-ID"] = f"<{msgid}>"
        for name, value in self.headers:
            msg[name] = value
        if self.charset != "utf-8":
            data = to_cp1258(self.text or "")
            msg["MIME-Version"] = "1.0"
            msg["Content-Type"] = f'text/plain; charset="{self.charset}"'
            msg["Content-Transfer-Encoding"] = "quoted-printable"
            msg.set_payload(quopri.encodestring(data).decode("ascii"))
        elif self.text is not None and self.html is not None:
            msg.set_content(self.text, charset="utf-8", cte=self.cte)
            msg.add_alternative(self.html, subtype="html", charset="utf-8", cte=self.cte)
        elif self.html is not None:
            msg.set_content(self.html, subtype="html", charset="utf-8", cte=self.cte)
        else:
            msg.set_content(self.text or "", charset="utf-8", cte=self.cte)
        for name, data, maintype, subtype in self.files:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        n = 0
        for part in msg.walk():
            if part.is_multipart():
                n += 1
                part.set_boundary(f"==h2_{msgid.split('@')[0]}_{n}==")
        return msg.as_bytes()


# -- files -----------------------------------------------------------------------------------

XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def pin_zip(data: bytes) -> bytes:
    """Same bytes every run: fixed entry times and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                    r"\g<1>2021-01-04T08:00:00Z\2",
                    text,
                )
                body = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=(2021, 1, 4, 8, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, body)
    return out.getvalue()


def xlsx(name: str, fill: Callable) -> tuple:
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = "Microsoft Office User"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    fill(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return (name, pin_zip(buf.getvalue()), *XLSX)


def docx(name: str, fill: Callable) -> tuple:
    from docx import Document

    doc = Document()
    props = doc.core_properties
    props.author = "Admin"
    props.last_modified_by = "Admin"
    props.created = FIXED
    props.modified = FIXED
    props.revision = 1
    fill(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return (name, pin_zip(buf.getvalue()), *DOCX)


def jpeg(name: str, colour: tuple, label: int) -> tuple:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (320, 240), colour)
    draw = ImageDraw.Draw(img)
    for i in range(label):
        draw.rectangle([20 + 30 * i, 160, 40 + 30 * i, 220], fill=(250, 250, 250))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return (name, buf.getvalue(), "image", "jpeg")


def fill_rows(ws, first_row: int, rows: list, first_col: int = 1) -> None:
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.cell(row=first_row + r, column=first_col + c, value=value)


def doc_table(doc, rows: list, merges: tuple = (), style: str | None = "Table Grid"):
    """A Word table; `merges` are ((r1, c1), (r2, c2)) cell ranges to merge."""
    table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    if style:
        table.style = style
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = str(value)
    for (r1, c1), (r2, c2) in merges:
        keep = table.cell(r1, c1).text
        merged = table.cell(r1, c1).merge(table.cell(r2, c2))
        merged.text = keep
    return table


def letterhead(doc, left: list[str], right: list[str]) -> None:
    """The borderless two-column heading of an official document (Decree 30/2020)."""
    rows = max(len(left), len(right))
    table = doc.add_table(rows=rows, cols=2)
    for i in range(rows):
        if i < len(left):
            table.cell(i, 0).text = left[i]
        if i < len(right):
            table.cell(i, 1).text = right[i]


# -- the set ---------------------------------------------------------------------------------

CASES: list[dict] = []


def case(
    family: str,
    name: str,
    mail: Mail,
    reports: list,
    note: str,
    *,
    hard: bool = False,
    explicit: bool = False,
) -> None:
    """`explicit`: the message writes its week; otherwise the Date header decides, and the
    expected weeks are checked against the rule."""
    if not explicit:
        for r in reports:
            if r["period_end"] is not None:
                assert r["period_end"] == rule_period(mail.sent), (family, name)
    CASES.append(
        {
            "family": family,
            "name": name,
            "mail": mail,
            "expected": {
                "difficulty": "hard" if hard else "ordinary",
                "note": note,
                "reports": reports,
            },
        }
    )


# == formal: the official-letter style of Decree 30 typed into a mail or a Word file =========


def formal() -> None:
    f = "formal"
    case(
        f,
        "ban_bo_official_body_with_plan",
        Mail(
            frm("UBND xã Bản Bo", "ban_bo"),
            "Báo cáo kết quả công tác tuyên truyền tuần (26/02 - 04/3/2021)",
            "2021-03-03 15:20 +0700",
            dedent("""
                UBND XÃ BẢN BO                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                              Độc lập - Tự do - Hạnh phúc
                Số: 18/BC-UBND                          Bản Bo, ngày 03 tháng 3 năm 2021

                                              BÁO CÁO
                      Kết quả công tác tuyên truyền tuần (từ ngày 26/02/2021 đến ngày 04/3/2021)

                Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.

                Thực hiện Công văn số 45/VHTT ngày 01/02/2021 của Phòng Văn hóa và Thông tin
                huyện về việc tăng cường công tác tuyên truyền dịp Tết Nguyên đán Tân Sửu 2021,
                UBND xã Bản Bo báo cáo kết quả thực hiện trong tuần như sau:

                I. KẾT QUẢ THỰC HIỆN
                1. Số tin, bài: 14 tin, bài.
                2. Độ dài tin, bài: 62 phút.
                3. Số lượng phát sóng: 28 lượt.
                4. Ước số người nghe: 3.200 người.

                II. NHIỆM VỤ TUẦN TỚI
                Tiếp tục duy trì phát sóng trên hệ thống truyền thanh cơ sở tại 17/17 bản;
                phấn đấu xây dựng từ 15 tin, bài trở lên về phòng chống dịch Covid-19.

                Trên đây là báo cáo kết quả công tác tuyên truyền tuần của UBND xã Bản Bo./.

                Nơi nhận:
                - Như trên;
                - Lưu: VT.
                                                        TM. ỦY BAN NHÂN DÂN
                                                        KT. CHỦ TỊCH
                                                        PHÓ CHỦ TỊCH

                                                        Tẩn Văn Lở
            """),
        ),
        [wp("ban_bo", "2021-03-04", 14, 62, 28, 3200)],
        "whole Decree-30 report typed in the body; next week's target (15) is not a figure",
        explicit=True,
    )

    def khun_ha_doc(doc) -> None:
        letterhead(
            doc,
            ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ KHUN HÁ", "Số: 27/BC-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Khun Há, ngày 15 tháng 4 năm 2021",
            ],
        )
        doc.add_paragraph("BÁO CÁO")
        doc.add_paragraph(
            "Kết quả công tác thông tin, tuyên truyền trên hệ thống truyền thanh cơ sở "
            "tuần từ ngày 09/4/2021 đến ngày 15/4/2021"
        )
        doc.add_paragraph("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.")
        doc.add_paragraph(
            "Căn cứ Kế hoạch số 12/KH-UBND ngày 20/01/2021 của UBND xã Khun Há về công tác "
            "thông tin, tuyên truyền năm 2021, UBND xã báo cáo kết quả như sau:"
        )
        doc.add_paragraph("1. Kết quả")
        doc.add_paragraph(
            "Trong tuần, Ban biên tập Trạm truyền thanh xã đã xây dựng và phát 9 tin, bài, "
            "tổng độ dài 41 phút; số lần phát sóng là 18 lần trên 6 cụm loa tại các bản; "
            "ước số người nghe khoảng 2.100 người."
        )
        doc.add_paragraph("2. Khó khăn, vướng mắc")
        doc.add_paragraph(
            "Cụm loa bản Sì Thâu Chải bị hỏng từ ngày 10/4/2021, chưa có kinh phí sửa chữa."
        )
        doc.add_paragraph("3. Phương hướng tuần tới")
        doc.add_paragraph(
            "Dự kiến xây dựng 10 tin, bài, phát 20 lần; tập trung tuyên truyền bầu cử đại "
            "biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026."
        )
        doc.add_paragraph("Nơi nhận:\n- Như trên;\n- Lưu: VT.")
        doc.add_paragraph("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nGiàng A Dơ")

    case(
        f,
        "khun_ha_decree30_docx_with_outlook",
        Mail(
            frm("UBND xa Khun Ha", "khun_ha"),
            "V/v gửi báo cáo tuyên truyền tuần",
            "2021-04-15 10:40 +0700",
            dedent("""
                Kính gửi: Phòng Văn hóa và Thông tin huyện.

                UBND xã Khun Há gửi Báo cáo số 27/BC-UBND ngày 15/4/2021 (file đính kèm).

                Trân trọng./.
            """),
            files=(docx("27-BC-UBND Khun Ha.docx", khun_ha_doc),),
        ),
        [wp("khun_ha", "2021-04-15", 9, 41, 18, 2100)],
        "Decree-30 docx, figures in one sentence; next week's plan (10 tin, bài, 20 lần)"
        " and 6 loudspeaker clusters around them",
        explicit=True,
    )

    case(
        f,
        "tt_tam_duong_sentences_can_cu",
        Mail(
            frm("VH-TT Thị trấn Tam Đường", "tt_tam_duong"),
            "Báo cáo kết quả tuyên truyền tuần - Thị trấn Tam Đường",
            "2021-05-20 08:30 +0700",
            dedent("""
                Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

                Căn cứ Công văn số 62/VHTT ngày 03/02/2021 của Phòng Văn hóa và Thông tin
                huyện về việc báo cáo nhanh kết quả tuyên truyền hằng tuần;
                Căn cứ Kế hoạch số 08/KH-UBND ngày 15/01/2021 của UBND thị trấn Tam Đường.

                UBND thị trấn Tam Đường báo cáo kết quả tuyên truyền trong tuần như sau:
                Trong tuần, Trạm truyền thanh thị trấn đã biên tập và phát sóng 21 tin, bài
                với tổng thời lượng 1 giờ 45 phút; tổng số lượt phát sóng là 42 lượt; ước
                tính có khoảng 5.500 lượt người nghe. Nội dung tập trung tuyên truyền cuộc
                bầu cử ngày 23/5/2021 và phòng chống dịch Covid-19.

                Trân trọng báo cáo./.

                Nguyễn Thị Thu Hà
                Công chức Văn hóa - Xã hội thị trấn Tam Đường
                ĐT: 0213.3875.228
            """),
        ),
        [wp("tt_tam_duong", "2021-05-20", 21, 105, 42, 5500)],
        "formal prose: 'Căn cứ' lines full of document numbers and dates, 1 giờ 45 phút",
    )

    case(
        f,
        "dai_th_th_numbered_with_year_to_date",
        Mail(
            frm("Đài TT-TH huyện Tam Đường", "dai_th_th"),
            "Báo cáo số 07/BC-ĐTTTH kết quả tuyên truyền tuần",
            "2021-06-10 14:00 +0700",
            dedent("""
                ĐÀI TRUYỀN THANH - TRUYỀN HÌNH HUYỆN TAM ĐƯỜNG
                Số: 07/BC-ĐTTTH

                BÁO CÁO
                Kết quả công tác tuyên truyền tuần

                Kính gửi: Phòng Văn hóa và Thông tin huyện.

                Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền trong tuần:
                1. Số tin, bài: 35 (lũy kế từ đầu năm: 412)
                2. Thời lượng: 180 phút (lũy kế: 2.150 phút)
                3. Số lần phát sóng: 14 lần
                4. Ước số người nghe, xem: 25.000 người

                Trân trọng./.

                KT. TRƯỞNG ĐÀI
                PHÓ TRƯỞNG ĐÀI
                Lù Văn Thắng
            """),
        ),
        [wp("dai_th_th", "2021-06-10", 35, 180, 14, 25000)],
        "numbered list, year-to-date totals in parentheses after each weekly figure",
    )

    case(
        f,
        "giang_ma_week_of_month_formal",
        Mail(
            frm("UBND xã Giang Ma", "giang_ma"),
            "Báo cáo kết quả tuyên truyền tuần thứ 2 tháng 7 năm 2021",
            "2021-07-09 09:00 +0700",
            dedent("""
                Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.

                UBND xã Giang Ma trân trọng báo cáo kết quả công tác tuyên truyền tuần thứ 2
                tháng 7 năm 2021 như sau:

                - Số tin, bài đã phát: 06 tin, bài
                - Thời lượng: 30 phút
                - Số lần phát sóng: 12 lần
                - Ước số người nghe: 1.500 người

                UBND xã Giang Ma kính báo cáo./.

                TM. UBND XÃ
                CHỦ TỊCH
                Sần A Chinh
            """),
        ),
        [wp("giang_ma", "2021-07-08", 6, 30, 12, 1500)],
        "'tuần thứ 2 tháng 7 năm 2021' = week ending Thu 08/7, sent Friday 09/7 (late)",
        explicit=True,
    )

    case(
        f,
        "ho_thau_listeners_pending",
        Mail(
            frm("UBND xã Hồ Thầu", "ho_thau"),
            "V/v báo cáo kết quả tuyên truyền phòng, chống dịch Covid-19",
            "2021-08-18 16:45 +0700",
            dedent("""
                Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.

                Thực hiện chỉ đạo của Phòng Văn hóa và Thông tin huyện, UBND xã Hồ Thầu báo
                cáo kết quả tuyên truyền phòng, chống dịch Covid-19 trong tuần như sau:
                - Số tin, bài: 07;
                - Độ dài tin, bài: 35 phút;
                - Số lượng phát sóng: 14 lượt;
                - Ước số lượng người nghe: đang tổng hợp từ các bản, xã sẽ báo cáo bổ sung.

                Trân trọng!
                UBND xã Hồ Thầu
            """),
        ),
        [held_wp("ho_thau", "2021-08-19", 7, 35, 14)],
        "formal, but the listeners figure is 'being compiled': a required figure missing",
    )

    case(
        f,
        "nung_nang_outlook_html_from_gmail",
        Mail(
            "Ubnd Xa Nung Nang <ubndxanungnang@gmail.com>",
            "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN",
            "2021-09-09 11:20 +0700",
            html=dedent("""
                <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
                <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
                <style>p.MsoNormal{margin:0cm;font-size:13.0pt;font-family:"Times New Roman"}</style>
                </head><body lang="VI"><div class="WordSection1">
                <p class="MsoNormal" align="center"><b>UBND HUYỆN TAM ĐƯỜNG<o:p></o:p></b></p>
                <p class="MsoNormal" align="center"><b>UBND XÃ NÙNG NÀNG<o:p></o:p></b></p>
                <p class="MsoNormal" align="center"><b>BÁO CÁO<o:p></o:p></b></p>
                <p class="MsoNormal" align="center"><b>Kết quả công tác tuyên truyền tuần</b></p>
                <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
                <p class="MsoNormal">Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.</p>
                <p class="MsoNormal" style="text-indent:1.0cm">UBND xã Nùng Nàng báo cáo kết
                quả công tác tuyên truyền trên hệ thống truyền thanh cơ sở trong tuần như sau:</p>
                <p class="MsoNormal" style="text-indent:1.0cm">1. Số tin, bài: 11 tin, bài.</p>
                <p class="MsoNormal" style="text-indent:1.0cm">2. Thời lượng: 48 phút.</p>
                <p class="MsoNormal" style="text-indent:1.0cm">3. Số lần phát sóng: 22 lần.</p>
                <p class="MsoNormal" style="text-indent:1.0cm">4. Ước số người nghe: 2.700
                người.</p>
                <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
                <p class="MsoNormal"><i><b>Nơi nhận:</b></i><br>- Như trên;<br>- Lưu: VT.</p>
                <p class="MsoNormal" align="right"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br>
                <br>Vàng Văn Tủa</p>
                </div></body></html>
            """),
        ),
        [wp("nung_nang", "2021-09-09", 11, 48, 22, 2700)],
        "Outlook Word HTML only, sent from an unknown gmail address; the letterhead names"
        " the commune",
    )

    case(
        f,
        "son_binh_numbers_also_in_words",
        Mail(
            frm("UBND xã Sơn Bình", "son_binh"),
            "Báo cáo tuyên truyền tuần - xã Sơn Bình",
            "2021-02-02 09:15 +0700",
            dedent("""
                Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.

                UBND xã Sơn Bình báo cáo kết quả tuyên truyền dịp Tết Nguyên đán Tân Sửu 2021
                trong tuần như sau: số tin, bài: 12 (mười hai) tin bài; thời lượng: 55 (năm
                mươi lăm) phút; số lần phát sóng: 24 (hai mươi tư) lần; ước số người nghe:
                2.800 (hai nghìn tám trăm) người.

                Kính báo cáo./.
            """),
        ),
        [wp("son_binh", "2021-02-04", 12, 55, 24, 2800)],
        "each figure also written in words in parentheses, as in legal documents",
    )


# == elderly: capitals, no Unikey, old mail clients ==========================================


def elderly() -> None:
    f = "elderly"
    case(
        f,
        "ta_leng_all_caps",
        Mail(
            frm("VANG A SUNG", "ta_leng"),
            "BAO CAO TUAN",
            "2021-03-11 07:45 +0700",
            dedent("""
                KÍNH GỬI PHÒNG VĂN HÓA THÔNG TIN HUYỆN

                XÃ TẢ LÈNG BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN NHƯ SAU:

                SỐ TIN BÀI: 8
                THỜI LƯỢNG: 40 PHÚT
                SỐ LẦN PHÁT SÓNG: 16 LẦN
                SỐ NGƯỜI NGHE: 1.800 NGƯỜI

                NGƯỜI BÁO CÁO
                VÀNG A SÙNG
            """),
        ),
        [wp("ta_leng", "2021-03-11", 8, 40, 16, 1800)],
        "everything in capitals with diacritics",
    )

    case(
        f,
        "binh_lu_caps_no_diacritics_equals",
        Mail(
            frm("LO VAN PANH", "binh_lu"),
            "BAO CAO KET QUA TUYEN TRUYEN",
            "2021-04-21 14:10 +0700",
            dedent("""
                KINH GUI PHONG VAN HOA THONG TIN HUYEN TAM DUONG
                XA BINH LU BAO CAO KET QUA TUYEN TRUYEN TRONG TUAN
                SO TIN BAI = 10 ; THOI LUONG = 50 PHUT ; SO LAN PHAT = 20 ; NGUOI NGHE = 2000
                XIN CAM ON
                LO VAN PANH - CONG CHUC VAN HOA XA
            """),
        ),
        [wp("binh_lu", "2021-04-22", 10, 50, 20, 2000)],
        "capitals without diacritics, all four figures on one line separated by ';'",
    )

    case(
        f,
        "then_sin_windows1258_loose_spacing",
        Mail(
            frm("Chu Van Chinh", "then_sin"),
            "Bao cao tuyen truyen tuan",
            "2021-05-06 09:00 +0700",
            dedent("""
                Kính gửi :  Phòng  Văn hoá  và  Thông tin  huyện

                Xã  Thèn Sin  báo cáo  kết quả  tuyên truyền  tuần  như sau :

                Số tin bài phát trong tuần :   5  tin
                Thời gian phát :   25  phút
                Phát :   10  lần
                Người nghe ước khoảng :   900  người

                Chu Văn Chính
            """),
            charset="windows-1258",
        ),
        [wp("then_sin", "2021-05-06", 5, 25, 10, 900)],
        "windows-1258 body from an old client, double spaces everywhere, 'Phát : 10 lần'",
        hard=True,
    )

    case(
        f,
        "ban_hon_dot_leaders_phone_in_signature",
        Mail(
            frm("Tan Thi Sinh", "ban_hon"),
            "BÁO CÁO TUẦN XÃ BẢN HON",
            "2021-06-15 10:05 +0700",
            dedent("""
                KÍNH GỬI: PHÒNG VĂN HOÁ VÀ THÔNG TIN HUYỆN TAM ĐƯỜNG

                1/ SỐ TIN BÀI ........................ 9 TIN
                2/ THỜI LƯỢNG ........................ 45 PHÚT
                3/ SỐ LƯỢT PHÁT SÓNG ................. 18 LƯỢT
                4/ ƯỚC SỐ NGƯỜI NGHE ................. 2.200 NGƯỜI

                NGƯỜI LẬP BIỂU
                TẨN THỊ SINH
                SĐT 0915.234.871
            """),
        ),
        [wp("ban_hon", "2021-06-17", 9, 45, 18, 2200)],
        "capitals with dot leaders and '1/' numbering; a phone number in the signature",
    )

    case(
        f,
        "na_tam_one_line_caps",
        Mail(
            frm("LY A PAO", "na_tam"),
            "BAO CAO TUYEN TRUYEN TUAN XA NA TAM",
            "2021-07-22 15:58 +0700",
            "TIN BAI 7 BAI, THOI LUONG 35 PHUT, PHAT SONG 14 LAN, NGUOI NGHE KHOANG 1500"
            " NGUOI. XIN CAM ON\n",
        ),
        [wp("na_tam", "2021-07-22", 7, 35, 14, 1500)],
        "one line of capitals without diacritics, two minutes before the deadline",
    )

    case(
        f,
        "giang_ma_value_under_label",
        Mail(
            frm("SAN A CHINH", "giang_ma"),
            "BÁO CÁO",
            "2021-08-05 08:00 +0700",
            dedent("""
                KÍNH GỬI: PHÒNG VĂN HOÁ
                XÃ GIANG MA BÁO CÁO TUYÊN TRUYỀN TUẦN:

                - TIN BÀI
                12
                - THỜI LƯỢNG (PHÚT)
                60
                - LẦN PHÁT
                24
                - NGƯỜI NGHE
                3000

                SẦN A CHINH
            """),
        ),
        [wp("giang_ma", "2021-08-05", 12, 60, 24, 3000)],
        "each figure on the line under its capitalised label",
    )


# == teencode: young staff, abbreviations, "ko", "dc", "tks", "e gửi", "đv" ==================


def teencode() -> None:
    f = "teencode"
    case(
        f,
        "ban_giang_1k2_listeners",
        Mail(
            frm("Lò Thị Hồng Nhung", "ban_giang"),
            "bc tuần",
            "2021-03-18 10:00 +0700",
            dedent("""
                e gửi bc tuần này ạ
                tin bài: 6
                thời lượng: 30p
                phát: 12 lượt
                ng nghe: khoảng 1k2
                tks a
            """),
        ),
        [wp("ban_giang", "2021-03-18", 6, 30, 12, 1200)],
        "teencode: '30p', 'ng nghe', '1k2' = 1 200",
    )

    case(
        f,
        "son_binh_sentence_ko_phat_sinh",
        Mail(
            frm("Hoàng Thu Trang", "son_binh"),
            "số liệu tuần xã SB",
            "2021-04-07 16:20 +0700",
            dedent("""
                dạ e gửi số liệu tuần của xã SB ạ: 8 tin bài, tg 40 phút, 16 lượt phát,
                ng nghe 2000 ng. ko có gì phát sinh ạ. e cảm ơn ạ
            """),
        ),
        [wp("son_binh", "2021-04-08", 8, 40, 16, 2000)],
        "one sentence, 'tg' for duration, 'ng' for người, the commune as 'SB'",
    )

    case(
        f,
        "nung_nang_gmail_dv_e_late_friday",
        Mail(
            "Vang Thi Mai <maivang.nn95@gmail.com>",
            "gửi bc tuần ạ",
            "2021-05-14 08:20 +0700",
            dedent("""
                a ơi đv e là xã Nùng Nàng gửi bc tuần ạ. tin bài 5, độ dài 25p, phát sóng 10
                lần, ng nghe tầm 800 ng. e gửi muộn tí a thông cảm nhé. tks a

                Vàng Thị Mai
            """),
        ),
        [wp("nung_nang", "2021-05-13", 5, 25, 10, 800)],
        "personal gmail, 'đv e là xã Nùng Nàng', Friday morning = week just closed",
    )

    case(
        f,
        "ho_thau_no_file_written_here",
        Mail(
            frm("Hạng A Lử", "ho_thau"),
            "bc tuan xa Ho Thau",
            "2021-06-03 15:30 +0700",
            dedent("""
                e gửi a bc tuần nha, số liệu như file excel mọi khi ạ, nhưng e ko kịp làm
                file nên e ghi luôn ở đây:
                tin bài 4, thời lượng 20p, phát 8 lần, người nghe 700
                có gì sai a nhắn e nhé
            """),
        ),
        [wp("ho_thau", "2021-06-03", 4, 20, 8, 700)],
        "mentions an Excel file that is not attached; the figures are in the text",
    )

    case(
        f,
        "tt_tam_duong_slashes_tilde",
        Mail(
            frm("Thu Hà TT Tam Đường", "tt_tam_duong2"),
            "bc tuần 24/6 TT Tam Đường",
            "2021-06-24 09:10 +0700",
            dedent("""
                bc tuần 24/6 TT Tam Đường: tin bài 15 / tgian 1h15p / lượt phát 30 / ng nghe ~4.000
                dc chưa a? tks
            """),
        ),
        [wp("tt_tam_duong", "2021-06-24", 15, 75, 30, 4000)],
        "figures separated by ' / ', '1h15p', '~4.000'; second address of the town",
        explicit=True,
    )

    case(
        f,
        "khun_ha_no_new_items_rebroadcast",
        Mail(
            frm("Giàng Thị Dua", "khun_ha"),
            "bc tuần xã Khun Há",
            "2021-07-14 11:30 +0700",
            dedent("""
                dạ tuần này xã e ko có tin bài mới a ạ, chỉ phát lại 6 lượt tin cũ tuần trước,
                tgian 30p, ng nghe khoảng 1000 ng ạ
            """),
        ),
        [held_wp("khun_ha", "2021-07-15", None, 30, 6, 1000)],
        "no new items, old ones rebroadcast: is 'số tin, bài' 0 or last week's count?",
    )

    case(
        f,
        "ban_bo_initials_tl_lps_nn",
        Mail(
            frm("Tẩn Thị Mẩy", "ban_bo"),
            "BC tuần Bản Bo",
            "2021-08-26 08:40 +0700",
            dedent("""
                E gửi bc tuần ạ.
                Tin bài: 10
                TL: 45p
                LPS: 20
                NN: 2.500
                Tks
            """),
        ),
        [wp("ban_bo", "2021-08-26", 10, 45, 20, 2500)],
        "initials as labels in the form's order: TL (thời lượng), LPS (lượt phát sóng),"
        " NN (người nghe)",
    )

    case(
        f,
        "ta_leng_ko_phai_17",
        Mail(
            frm("Lò Thị Mai", "ta_leng"),
            "bc tuần xã Tả Lèng",
            "2021-08-12 11:00 +0700",
            dedent("""
                Dạ a ơi e gửi số liệu tuần ạ:
                tin bài 7 (ko phải 17 như hôm trc e nhắn zalo ạ)
                thời lượng 35p
                phát 14 lượt
                ng nghe 1.500
            """),
        ),
        [wp("ta_leng", "2021-08-12", 7, 35, 14, 1500)],
        "'tin bài 7 (ko phải 17 ...)': the aside names a wrong figure sent on Zalo",
    )


# == narrative: several paragraphs of story around the figures ===============================


def narrative() -> None:
    f = "narrative"
    case(
        f,
        "binh_lu_mobile_propaganda_story",
        Mail(
            frm("UBND xã Bình Lư", "binh_lu"),
            "Báo cáo công tác tuyên truyền tuần",
            "2021-03-25 08:00 +0700",
            dedent("""
                Kính gửi: Phòng Văn hóa và Thông tin huyện.

                Trong tuần qua, tình hình an ninh chính trị, trật tự an toàn xã hội trên địa
                bàn xã cơ bản ổn định. Nhân dân tích cực tham gia sản xuất vụ xuân, chăm sóc
                chè và lúa.

                Thực hiện chỉ đạo của cấp trên, xã đã tổ chức 02 buổi tuyên truyền lưu động
                tại bản Nà Đon và bản Bình Lư với khoảng 150 người tham dự; treo 12 băng rôn,
                khẩu hiệu tại trung tâm xã và các trục đường chính; phát 300 tờ rơi về phòng
                chống dịch Covid-19 và bầu cử.

                Kết quả trên hệ thống truyền thanh cơ sở: xây dựng 9 tin, bài, tổng thời lượng
                47 phút, phát 27 lượt, ước khoảng 2.600 người nghe. Trạm hiện có 5 cụm loa,
                trong đó 1 cụm tại bản Coóc Pa đang hỏng.

                Khó khăn: kinh phí sửa chữa loa còn hạn chế, đề nghị huyện quan tâm hỗ trợ.

                Trân trọng!
                Lò Văn Panh - Công chức VH-XH xã Bình Lư
            """),
        ),
        [wp("binh_lu", "2021-03-25", 9, 47, 27, 2600)],
        "four paragraphs: 150 người at meetings, 12 banners, 300 leaflets, 5 loudspeakers"
        " around the radio figures",
    )

    case(
        f,
        "ban_hon_less_than_last_week",
        Mail(
            frm("Tẩn Thị Sinh", "ban_hon"),
            "Báo cáo tuyên truyền tuần xã Bản Hon",
            "2021-04-28 17:05 +0700",
            dedent("""
                Kính gửi Phòng Văn hóa và Thông tin.

                Tuần này cán bộ phụ trách truyền thanh của xã đi tập huấn tại huyện 3 ngày
                (từ 26/4 đến 28/4) nên số tin bài trong tuần giảm so với tuần trước (tuần
                trước 12 tin bài).

                Cụ thể: số tin, bài: 8; thời lượng: 40 phút; số lần phát sóng: 16; người nghe
                khoảng 1.700.

                Tuần tới xã sẽ bố trí cán bộ thay thế để đảm bảo phát sóng đủ 2 buổi/ngày.

                Trân trọng.
            """),
        ),
        [wp("ban_hon", "2021-04-29", 8, 40, 16, 1700)],
        "last week's count (12) and a training date range (26/4 - 28/4) in the story",
    )

    case(
        f,
        "na_tam_per_village_then_total",
        Mail(
            frm("UBND xã Nà Tăm", "na_tam"),
            "Báo cáo tuyên truyền tuần",
            "2021-05-27 10:25 +0700",
            dedent("""
                Kính gửi: Phòng VH&TT huyện Tam Đường

                Trong tuần, các bản tiếp tục phát lại tin bài của xã trên loa của bản: bản Nà
                Tăm 1: 3 tin; bản Nà Tăm 2: 2 tin; bản Hua Bó: 2 tin. Tổng cộng 7 tin, bài.
                Thời lượng tổng 35 phút, phát 14 lượt, người nghe ước 1.200.

                Ngoài ra xã phối hợp với Trạm y tế tuyên truyền trực tiếp cho 45 hộ gia đình
                về tiêm chủng.

                UBND xã Nà Tăm
            """),
        ),
        [wp("na_tam", "2021-05-27", 7, 35, 14, 1200)],
        "per-village counts, then 'Tổng cộng 7 tin, bài'; 45 hộ gia đình visited",
    )

    case(
        f,
        "then_sin_vaccination_and_bluezone_mentions",
        Mail(
            frm("Chu Văn Chính", "then_sin"),
            "Báo cáo kết quả tuyên truyền tuần - xã Thèn Sin",
            "2021-06-17 09:30 +0700",
            dedent("""
                Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.

                Tuần qua xã tập trung tuyên truyền, vận động Nhân dân tham gia tiêm vắc xin
                phòng Covid-19; kết quả đã vận động được 245 người dân đi tiêm. Cán bộ xã
                cũng hướng dẫn 60 hộ cài đặt ứng dụng Bluezone và khai báo y tế điện tử.

                Kết quả tuyên truyền trên hệ thống truyền thanh: tổng số tin bài 6, thời lượng
                30 phút, số lần phát 12 lần, ước 900 người nghe.

                Trân trọng báo cáo.
                Chu Văn Chính
            """),
        ),
        [wp("then_sin", "2021-06-17", 6, 30, 12, 900)],
        "a radio report that also tells of 245 people vaccinated and 60 households"
        " installing Bluezone (no social-media report here)",
    )

    case(
        f,
        "giang_ma_month_then_this_week",
        Mail(
            frm("UBND xã Giang Ma", "giang_ma"),
            "Báo cáo tuyên truyền",
            "2021-06-25 10:00 +0700",
            dedent("""
                Kính gửi Phòng Văn hóa và Thông tin huyện,

                Từ đầu tháng 6 đến nay, xã Giang Ma đã xây dựng 40 tin bài về phòng chống
                dịch, chuyển đổi số và phòng chống thiên tai mùa mưa lũ, phát trên 92 lượt.

                Riêng tuần này (từ 18/6 đến 24/6): 10 tin bài, thời lượng 50 phút, 20 lượt
                phát, khoảng 2.300 người nghe.

                Xin gửi Phòng tổng hợp.
            """),
        ),
        [wp("giang_ma", "2021-06-24", 10, 50, 20, 2300)],
        "month-to-date figures first (40 tin bài, 92 lượt), then this week's with its dates",
        explicit=True,
    )

    case(
        f,
        "tt_tam_duong_16_or_18_items",
        Mail(
            frm("UBND thị trấn Tam Đường", "tt_tam_duong"),
            "Báo cáo tuyên truyền tuần thị trấn",
            "2021-07-29 09:45 +0700",
            dedent("""
                Kính gửi: Phòng Văn hóa và Thông tin huyện.

                Trong tuần, Trạm truyền thanh thị trấn phát 16 tin, bài mới về phòng chống
                dịch Covid-19 và an toàn giao thông; bảng tổng hợp của Trạm gửi kèm lại ghi
                18 tin, bài do tính cả 2 tin phát lại của tuần trước. Tổng thời lượng 80 phút,
                32 lượt phát sóng, ước 4.500 người nghe.

                Trân trọng.
            """),
        ),
        [held_wp("tt_tam_duong", "2021-07-29", None, 80, 32, 4500)],
        "two counts of items (16 new, 18 with rebroadcasts): which one the form wants is"
        " for a person to decide",
    )

    case(
        f,
        "son_binh_households_and_people",
        Mail(
            frm("Hoàng Thu Trang", "son_binh"),
            "Báo cáo kết quả tuyên truyền tuần",
            "2021-08-25 14:00 +0700",
            dedent("""
                Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

                Trong tuần xã Sơn Bình đã thực hiện tuyên truyền trên loa truyền thanh với 8
                tin, bài, thời lượng 45 phút, phát 24 lượt. Loa phủ sóng 11/11 bản, ước có
                khoảng 650 hộ (tương đương khoảng 2.600 người) nghe được.

                Trân trọng.
            """),
        ),
        [wp("son_binh", "2021-08-26", 8, 45, 24, 2600)],
        "listeners as households with the people in parentheses; the form counts people",
    )

    case(
        f,
        "khun_ha_per_session_no_total",
        Mail(
            frm("Giàng Thị Dua", "khun_ha"),
            "bao cao tuyen truyen tuan",
            "2021-09-16 10:10 +0700",
            dedent("""
                Kính gửi Phòng Văn hóa.

                Tuần này xã xây dựng 6 tin bài về phòng chống dịch và thu hoạch chè an toàn.
                Mỗi ngày phát 2 buổi sáng, chiều, mỗi buổi 15 phút, phát 5 ngày trong tuần,
                tổng cộng 10 buổi. Ước khoảng 1.100 người nghe.

                Em cảm ơn.
            """),
        ),
        [held_wp("khun_ha", "2021-09-16", 6, None, 10, 1100)],
        "duration given per session (15 phút × 2 buổi × 5 ngày): a computation the sender"
        " did not do",
    )


# == tables: tables in the mail, in orders nobody planned ====================================


def html_table(rows: list, attrs: str = 'border="1" cellpadding="4"', head_rows: int = 1) -> str:
    out = [f"<table {attrs}>"]
    for i, row in enumerate(rows):
        tag = "th" if i < head_rows else "td"
        cells = []
        for cell in row:
            if isinstance(cell, tuple):  # (text, "colspan=2")
                cells.append(f"<{tag} {cell[1]}>{cell[0]}</{tag}>")
            else:
                cells.append(f"<{tag}>{cell}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def tables() -> None:
    f = "tables"
    rows = [
        ["Ước số người nghe", "Số lần phát sóng", "Thời lượng (phút)", "Số tin, bài"],
        ["1.900", "18", "42", "9"],
    ]
    case(
        f,
        "ban_giang_reversed_columns_gmail",
        Mail(
            frm("Lò Thị Hồng Nhung", "ban_giang"),
            "Báo cáo tuyên truyền tuần xã Bản Giang",
            "2021-02-25 09:30 +0700",
            dedent("""
                Dạ em gửi kết quả tuần ạ:

                Ước số người nghe
                Số lần phát sóng
                Thời lượng (phút)
                Số tin, bài
                1.900
                18
                42
                9

                Em cảm ơn ạ
            """),
            html='<div dir="ltr">Dạ em gửi kết quả tuần ạ:<br><br>'
            + html_table(rows, 'border="1" cellspacing="0" style="border-collapse:collapse"')
            + "<br>Em cảm ơn ạ</div>",
        ),
        [wp("ban_giang", "2021-02-25", 9, 42, 18, 1900)],
        "HTML table with the columns in reverse order; Gmail's plain part gives one cell per line",
    )

    case(
        f,
        "ho_thau_pipe_table_shuffled_rows",
        Mail(
            frm("Hạng A Lử", "ho_thau"),
            "Báo cáo tuần - Hồ Thầu",
            "2021-03-31 15:00 +0700",
            dedent("""
                Kính gửi Phòng VH-TT,

                | Nội dung            | Số lượng |
                |---------------------|----------|
                | Người nghe (ước)    | 1.300    |
                | Phát sóng (lần)     | 15       |
                | Tin, bài            | 5        |
                | Thời lượng (phút)   | 28       |

                Hạng A Lử
            """),
        ),
        [wp("ho_thau", "2021-04-01", 5, 28, 15, 1300)],
        "plain-text pipe table, rows in an unusual order, units in the row labels",
    )

    case(
        f,
        "ta_leng_last_week_and_this_week_columns",
        Mail(
            frm("Lò Thị Mai", "ta_leng"),
            "So sánh kết quả tuyên truyền - tuần này",
            "2021-04-08 08:50 +0700",
            # The plain part as Outlook renders the table: a row per line, tabs between cells.
            "Kính gửi Phòng Văn hóa và Thông tin,\n\nXã Tả Lèng gửi kết quả tuần"
            " này (kèm số liệu tuần trước để so sánh):\n\n"
            "Chỉ tiêu\tTuần trước\tTuần này\n"
            "Số tin bài\t8\t10\n"
            "Thời lượng (phút)\t40\t52\n"
            "Số lần phát\t16\t20\n"
            "Người nghe\t1.800\t2.100\n\nTrân trọng.\n",
            html="<p>Kính gửi Phòng Văn hóa và Thông tin,</p><p>Xã Tả Lèng gửi kết quả tuần"
            " này (kèm số liệu tuần trước để so sánh):</p>"
            + html_table(
                [
                    ["Chỉ tiêu", "Tuần trước", "Tuần này"],
                    ["Số tin bài", "8", "10"],
                    ["Thời lượng (phút)", "40", "52"],
                    ["Số lần phát", "16", "20"],
                    ["Người nghe", "1.800", "2.100"],
                ]
            )
            + "<p>Trân trọng.</p>",
        ),
        [wp("ta_leng", "2021-04-08", 10, 52, 20, 2100)],
        "table with a 'Tuần trước' column before 'Tuần này' (HTML, and tabs in the plain part)",
    )

    case(
        f,
        "dai_th_th_kinds_and_total_row",
        Mail(
            frm("Đài TT-TH huyện Tam Đường", "dai_th_th"),
            "Báo cáo kết quả tuyên truyền tuần - Đài TT-TH",
            "2021-05-13 10:00 +0700",
            html="<p>Kính gửi Phòng Văn hóa và Thông tin huyện,</p>"
            "<p>Đài TT-TH huyện báo cáo kết quả tuyên truyền trong tuần:</p>"
            + html_table(
                [
                    ["Loại", "Số tin bài", "Thời lượng (phút)", "Số lần phát", "Người nghe, xem"],
                    ["Tin", "20", "60", "", ""],
                    ["Bài, phóng sự", "6", "60", "", ""],
                    ["Chuyên mục", "2", "30", "", ""],
                    ["<b>Tổng</b>", "<b>28</b>", "<b>150</b>", "<b>14</b>", "<b>30.000</b>"],
                ]
            )
            + "<p>Lù Văn Thắng - Phó Trưởng Đài</p>",
        ),
        [wp("dai_th_th", "2021-05-13", 28, 150, 14, 30000)],
        "rows per kind of item, broadcasts and listeners only on the bold total row",
    )

    case(
        f,
        "son_binh_tab_separated_odd_order",
        Mail(
            frm("Hoàng Thu Trang", "son_binh"),
            "BC tuyên truyền tuần",
            "2021-06-09 16:30 +0700",
            "Dạ em gửi số liệu tuần ạ (copy từ excel):\n\n"
            "Số lần phát\tSố tin bài\tNgười nghe\tThời lượng\n"
            "22\t11\t2.400\t1 giờ\n\nEm cảm ơn.\n",
        ),
        [wp("son_binh", "2021-06-10", 11, 60, 22, 2400)],
        "tab-separated rows pasted from Excel, odd column order, duration '1 giờ'",
    )

    case(
        f,
        "nung_nang_title_row_spanning",
        Mail(
            frm("Vàng Văn Tủa", "nung_nang"),
            "Báo cáo tuyên truyền tuần",
            "2021-07-01 09:00 +0700",
            html="<p>Kính gửi Phòng VH-TT huyện Tam Đường</p>"
            + html_table(
                [
                    [
                        (
                            "Kết quả tuyên truyền trên hệ thống truyền thanh xã Nùng Nàng",
                            'colspan="4"',
                        )
                    ],
                    ["Số lượng tin bài", "Tổng thời lượng", "Lượt phát sóng", "Người nghe"],
                    ["7", "38 phút", "14", "khoảng 1.600"],
                ],
                head_rows=2,
            ),
        ),
        [wp("nung_nang", "2021-07-01", 7, 38, 14, 1600)],
        "a title row spanning the table, units inside the cells ('38 phút', 'khoảng 1.600')",
    )

    case(
        f,
        "ban_bo_unit_words_as_headers",
        Mail(
            frm("Tẩn Thị Mẩy", "ban_bo"),
            "Báo cáo tuần xã Bản Bo",
            "2021-08-03 10:20 +0700",
            html="<p>Dạ xã Bản Bo báo cáo kết quả tuyên truyền tuần này ạ:</p>"
            + html_table(
                [["Tin bài", "Phút", "Lượt phát", "Người nghe"], ["12", "60", "24", "3.000"]]
            )
            + "<p>Em cảm ơn ạ</p>",
        ),
        [wp("ban_bo", "2021-08-05", 12, 60, 24, 3000)],
        "terse headers: 'Phút' for the duration",
    )

    case(
        f,
        "tt_tam_duong_by_quarter_total_without_listeners",
        Mail(
            frm("UBND thị trấn Tam Đường", "tt_tam_duong"),
            "Báo cáo tuyên truyền tuần",
            "2021-09-01 15:00 +0700",
            html="<p>Kính gửi Phòng Văn hóa và Thông tin huyện.</p>"
            "<p>Thị trấn báo cáo kết quả tuyên truyền tuần theo các tổ dân phố:</p>"
            + html_table(
                [
                    ["Tổ dân phố", "Tin bài", "Thời lượng (phút)", "Lượt phát", "Người nghe"],
                    ["Tổ 1", "4", "18", "8", "900"],
                    ["Tổ 2", "5", "22", "10", "1.200"],
                    ["Tổ 3", "3", "14", "6", "700"],
                    ["Tổ 4", "4", "18", "8", "1.000"],
                    ["Cộng", "16", "72", "32", ""],
                ]
            ),
        ),
        [held_wp("tt_tam_duong", "2021-09-02", 16, 72, 32)],
        "rows per quarter with a total row whose listeners cell is empty: the sender did"
        " not add the listeners",
    )


# == twoweeks: one message for two weeks ====================================================


def twoweeks() -> None:
    f = "twoweeks"
    case(
        f,
        "ban_hon_power_cut_two_weeks_in_body",
        Mail(
            frm("Tẩn Thị Sinh", "ban_hon"),
            "Báo cáo tuyên truyền 2 tuần (gộp)",
            "2021-02-11 09:00 +0700",
            dedent("""
                Kính gửi Phòng Văn hóa và Thông tin huyện,

                Do tuần trước xã bị mất điện, mất mạng nhiều ngày nên xã gửi gộp báo cáo 2 tuần:
                - Tuần từ 29/01 đến 04/02/2021: 6 tin bài, 30 phút, 12 lượt phát, khoảng 1.000 người nghe.
                - Tuần từ 05/02 đến 11/02/2021: 9 tin bài, 45 phút, 18 lượt phát, khoảng 1.600 người nghe.

                Chúc Phòng năm mới an khang.
            """),
        ),
        [
            wp("ban_hon", "2021-02-04", 6, 30, 12, 1000),
            wp("ban_hon", "2021-02-11", 9, 45, 18, 1600),
        ],
        "two weeks, one line each, with their date ranges",
        hard=True,
        explicit=True,
    )

    def giang_ma_book(wb) -> None:
        ws = wb.active
        ws.title = "BC tuan"
        fill_rows(
            ws,
            1,
            [
                ["UBND XÃ GIANG MA"],
                ["KẾT QUẢ TUYÊN TRUYỀN 2 TUẦN"],
                [],
                ["Chỉ tiêu", "Tuần 05/3-11/3/2021", "Tuần 12/3-18/3/2021"],
                ["Số tin, bài", 5, 7],
                ["Thời lượng (phút)", 25, 35],
                ["Số lần phát sóng", 10, 14],
                ["Ước số người nghe", 800, 1100],
            ],
        )
        ws.column_dimensions["A"].width = 24
        ws.column_dimensions["B"].width = 20
        ws.column_dimensions["C"].width = 20

    case(
        f,
        "giang_ma_xlsx_week_columns",
        Mail(
            frm("Sần A Chinh", "giang_ma"),
            "Báo cáo tuyên truyền tuần 11/3 và 18/3",
            "2021-03-18 11:00 +0700",
            "Kính gửi Phòng VH-TT. Tuần trước xã chưa gửi được, nay gửi cả 2 tuần trong file"
            " đính kèm.\n",
            files=(xlsx("BC tuyen truyen 2 tuan - Giang Ma.xlsx", giang_ma_book),),
        ),
        [
            wp("giang_ma", "2021-03-11", 5, 25, 10, 800),
            wp("giang_ma", "2021-03-18", 7, 35, 14, 1100),
        ],
        "xlsx with one column per week, each headed by its dates",
        hard=True,
        explicit=True,
    )

    case(
        f,
        "khun_ha_fortnight_lumped",
        Mail(
            frm("Giàng Thị Dua", "khun_ha"),
            "Báo cáo kết quả tuyên truyền 2 tuần",
            "2021-04-29 10:30 +0700",
            dedent("""
                Kính gửi Phòng Văn hóa và Thông tin huyện.

                Xã Khun Há báo cáo kết quả tuyên truyền 2 tuần (từ 16/4 đến 29/4/2021):
                14 tin bài, thời lượng 70 phút, 28 lượt phát sóng, khoảng 2.000 người nghe.

                Trân trọng.
            """),
        ),
        [held_wp("khun_ha", None, 14, 70, 28, 2000)],
        "one set of figures for a fortnight: it cannot be split into weeks",
        hard=True,
        explicit=True,
    )

    case(
        f,
        "na_tam_last_week_and_this_week_paragraphs",
        Mail(
            frm("Lý A Páo", "na_tam"),
            "Báo cáo bù tuần trước + báo cáo tuần này",
            "2021-05-27 09:20 +0700",
            dedent("""
                Em gửi bù báo cáo tuần trước và báo cáo tuần này ạ.

                Tuần trước (14/5 - 20/5): tin bài 5, thời lượng 25 phút, phát 10 lần, nghe
                khoảng 900 người.

                Tuần này (21/5 - 27/5): tin bài 6, thời lượng 30 phút, phát 12 lần, nghe khoảng
                1.000 người.

                Em cảm ơn ạ.
            """),
        ),
        [
            wp("na_tam", "2021-05-20", 5, 25, 10, 900),
            wp("na_tam", "2021-05-27", 6, 30, 12, 1000),
        ],
        "two paragraphs, 'tuần trước' and 'tuần này', each with its dates",
        hard=True,
        explicit=True,
    )

    def station_doc(doc) -> None:
        doc.add_paragraph("ĐÀI TRUYỀN THANH - TRUYỀN HÌNH HUYỆN TAM ĐƯỜNG")
        doc.add_paragraph("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN")
        doc.add_paragraph("1. Tuần từ 02/7 đến 08/7/2021")
        doc_table(
            doc,
            [
                ["Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng", "Ước số người nghe, xem"],
                ["30", "160", "14", "28.000"],
            ],
        )
        doc.add_paragraph("2. Tuần từ 09/7 đến 15/7/2021")
        doc_table(
            doc,
            [
                ["Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng", "Ước số người nghe, xem"],
                ["32", "175", "14", "28.000"],
            ],
        )
        doc.add_paragraph("Người lập: Lù Văn Thắng")

    case(
        f,
        "dai_th_th_docx_two_tables",
        Mail(
            frm("Đài TT-TH huyện Tam Đường", "dai_th_th"),
            "Báo cáo kết quả tuyên truyền 2 tuần",
            "2021-07-15 14:30 +0700",
            "Kính gửi Phòng Văn hóa và Thông tin huyện,\nĐài gửi báo cáo 2 tuần (file kèm theo)"
            " do tuần trước đồng chí phụ trách nghỉ ốm.\n",
            files=(docx("Bao cao 2 tuan thang 7.docx", station_doc),),
        ),
        [
            wp("dai_th_th", "2021-07-08", 30, 160, 14, 28000),
            wp("dai_th_th", "2021-07-15", 32, 175, 14, 28000),
        ],
        "docx with a heading and a table per week",
        hard=True,
        explicit=True,
    )


# == docx: Word files, headers over two rows =================================================


def docx_family() -> None:
    f = "docx"

    def ban_bo_doc(doc) -> None:
        doc.add_paragraph("UBND XÃ BẢN BO")
        doc.add_paragraph("BIỂU TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN")
        doc_table(
            doc,
            [
                ["STT", "Đơn vị", "Tin, bài", "", "Phát sóng", "Ước số người nghe"],
                ["", "", "Số lượng", "Thời lượng (phút)", "Số lần", ""],
                ["1", "Xã Bản Bo", "11", "55", "22", "2.500"],
            ],
            merges=(((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 5), (1, 5))),
        )
        doc.add_paragraph("Người tổng hợp: Tẩn Thị Mẩy")

    case(
        f,
        "ban_bo_two_row_header_merged",
        Mail(
            frm("Tẩn Thị Mẩy", "ban_bo"),
            "Báo cáo tuyên truyền tuần - Bản Bo",
            "2021-02-18 09:40 +0700",
            "Dạ em gửi biểu tổng hợp tuần (file Word) ạ.\n",
            files=(docx("Bieu tong hop tuan.docx", ban_bo_doc),),
        ),
        [wp("ban_bo", "2021-02-18", 11, 55, 22, 2500)],
        "Word table, header over two rows: 'Tin, bài' spans 'Số lượng' and 'Thời lượng',"
        " STT and Đơn vị merged down",
        hard=True,
    )

    def son_binh_doc(doc) -> None:
        letterhead(
            doc,
            ["UBND XÃ SƠN BÌNH", "Số: 31/BC-UBND"],
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        )
        doc.add_paragraph("BÁO CÁO")
        doc.add_paragraph("Kết quả công tác tuyên truyền tuần")
        doc_table(
            doc,
            [
                [
                    "Nội dung tuyên truyền",
                    "Số tin, bài",
                    "Thời lượng (phút)",
                    "Số lượt phát",
                    "Ước số người nghe",
                ],
                ["(1)", "(2)", "(3)", "(4)", "(5)"],
                ["Phòng, chống dịch Covid-19", "5", "25", "10", "2.000"],
                ["Bầu cử đại biểu Quốc hội và HĐND các cấp", "4", "20", "8", "2.000"],
                ["Tổng cộng", "9", "45", "18", "2.000"],
            ],
        )
        doc.add_paragraph("Nơi nhận:\n- Phòng VH&TT huyện;\n- Lưu: VT.")

    case(
        f,
        "son_binh_column_numbers_row_topics_total",
        Mail(
            frm("UBND xã Sơn Bình", "son_binh"),
            "Báo cáo số 31/BC-UBND",
            "2021-05-06 08:15 +0700",
            "Kính gửi Phòng Văn hóa và Thông tin huyện. UBND xã Sơn Bình gửi báo cáo kết quả"
            " tuyên truyền tuần (file đính kèm).\n",
            files=(docx("31-BC-UBND.docx", son_binh_doc),),
        ),
        [wp("son_binh", "2021-05-06", 9, 45, 18, 2000)],
        "second header row numbers the columns (1)...(5); topic rows and a total row whose"
        " listeners are not summed",
        hard=True,
    )

    def then_sin_doc(doc) -> None:
        doc.add_paragraph("UBND XÃ THÈN SIN")
        doc.add_paragraph("KẾT QUẢ TUYÊN TRUYỀN TUẦN")
        doc_table(
            doc,
            [
                ["Chủ đề", "Số tin bài", "Thời lượng (phút)", "Số lần phát", "Người nghe"],
                ["Chuyển đổi số", "3", "15", "6", "800"],
                ["Phòng chống thiên tai mùa mưa lũ", "2", "10", "4", "800"],
                ["An toàn giao thông", "1", "5", "2", "800"],
            ],
        )

    case(
        f,
        "then_sin_topic_rows_no_total",
        Mail(
            frm("Chu Văn Chính", "then_sin"),
            "Ket qua tuyen truyen tuan",
            "2021-06-23 15:00 +0700",
            "Kính gửi Phòng VH-TT, xã Thèn Sin gửi kết quả tuyên truyền tuần.\n",
            files=(docx("KQ tuyen truyen tuan.docx", then_sin_doc),),
        ),
        [held_wp("then_sin", "2021-06-24")],
        "a row per topic and no total: the week's figures need a sum the sender did not do"
        " (and the same 800 listeners cannot be added up)",
    )

    def ta_leng_doc(doc) -> None:
        letterhead(
            doc,
            ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ TẢ LÈNG", "Số: 21/BC-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Tả Lèng, ngày 08 tháng 7 năm 2021",
            ],
        )
        doc.add_paragraph("BÁO CÁO")
        doc.add_paragraph("Kết quả công tác thông tin, tuyên truyền tuần")
        doc.add_paragraph("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.")
        doc.add_paragraph("I. KẾT QUẢ")
        doc.add_paragraph("- Số tin, bài: 08 tin, bài;", style="List Bullet")
        doc.add_paragraph("- Độ dài tin, bài: 40 phút;", style="List Bullet")
        doc.add_paragraph("- Số lượng phát sóng: 16 lượt;", style="List Bullet")
        doc.add_paragraph("- Ước số người nghe: 1.900 người.", style="List Bullet")
        doc.add_paragraph("II. ĐỀ XUẤT, KIẾN NGHỊ")
        doc.add_paragraph("Đề nghị huyện hỗ trợ 02 bộ thu phát FM cho bản Lao Chải và bản Nà Khum.")
        doc.add_paragraph("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLò Văn Hải")

    case(
        f,
        "ta_leng_decree30_bullets",
        Mail(
            frm("UBND xã Tả Lèng", "ta_leng"),
            "Báo cáo số 21/BC-UBND ngày 08/7/2021",
            "2021-07-08 10:05 +0700",
            "Kính gửi: Phòng Văn hóa và Thông tin huyện.\n"
            "UBND xã Tả Lèng gửi báo cáo (đính kèm).\n",
            files=(docx("21.BC-UBND.docx", ta_leng_doc),),
        ),
        [wp("ta_leng", "2021-07-08", 8, 40, 16, 1900)],
        "Decree-30 docx with letterhead table and bulleted figures; a request for 02 FM sets",
    )

    def binh_lu_doc(doc) -> None:
        doc.add_paragraph("UBND XÃ BÌNH LƯ")
        doc.add_paragraph("KẾT QUẢ TUYÊN TRUYỀN TRÊN HỆ THỐNG TRUYỀN THANH CƠ SỞ")
        doc_table(
            doc,
            [
                ["Chỉ tiêu", "Đơn vị tính", "Kết quả"],
                ["Số tin, bài", "tin", "10"],
                ["Thời lượng", "phút", "48"],
                ["Số lần phát sóng", "lần", "20"],
                ["Ước số người nghe", "người", "2.400"],
            ],
        )

    case(
        f,
        "binh_lu_vertical_with_unit_column",
        Mail(
            frm("Lò Văn Panh", "binh_lu"),
            "Báo cáo tuyên truyền tuần xã Bình Lư",
            "2021-08-19 09:00 +0700",
            "Dạ em gửi báo cáo tuần ạ.\n",
            files=(docx("Bình Lư - báo cáo tuần.docx", binh_lu_doc),),
        ),
        [wp("binh_lu", "2021-08-19", 10, 48, 20, 2400)],
        "Word table with a row per figure and a 'Đơn vị tính' column between label and value",
    )

    def ho_thau_doc(doc) -> None:
        doc.add_paragraph("XÃ HỒ THẦU - KẾT QUẢ TUYÊN TRUYỀN TUẦN")
        doc_table(
            doc,
            [
                ["Số tin bài", "Thời lượng (giờ)", "Số lần phát", "Người nghe"],
                ["7", "1,5", "14", "1.200"],
            ],
        )

    case(
        f,
        "ho_thau_hours_column_decimal_comma",
        Mail(
            frm("Hạng A Lử", "ho_thau"),
            "bao cao tuan",
            "2021-09-22 10:00 +0700",
            "e gửi bc tuần ạ\n",
            files=(docx("bc tuan.docx", ho_thau_doc),),
        ),
        [wp("ho_thau", "2021-09-23", 7, 90, 14, 1200)],
        "duration column in hours, '1,5' with a decimal comma = 90 minutes",
    )

    def nung_nang_doc(doc) -> None:
        doc.add_paragraph("UBND XÃ NÙNG NÀNG")
        doc.add_paragraph("KẾT QUẢ THÔNG TIN, TUYÊN TRUYỀN TUẦN")
        doc_table(
            doc,
            [
                ["Truyền thanh cơ sở", "", "", "", "Trang Facebook của xã", ""],
                [
                    "Số tin, bài",
                    "Thời lượng (phút)",
                    "Số lần phát",
                    "Người nghe",
                    "Số tin đăng",
                    "Lượt tương tác",
                ],
                ["6", "30", "12", "1.000", "4", "350"],
            ],
            merges=(((0, 0), (0, 3)), ((0, 4), (0, 5))),
        )

    case(
        f,
        "nung_nang_radio_and_facebook_groups",
        Mail(
            frm("Vàng Văn Tủa", "nung_nang"),
            "Báo cáo tuyên truyền tuần - Nùng Nàng",
            "2021-03-04 11:15 +0700",
            "Kính gửi Phòng VH-TT, xã gửi kết quả tuần (file kèm).\n",
            files=(docx("Nung Nang tuan.docx", nung_nang_doc),),
        ),
        [wp("nung_nang", "2021-03-04", 6, 30, 12, 1000)],
        "first header row groups 'Truyền thanh cơ sở' and 'Trang Facebook'; the Facebook"
        " posts and likes are not the radio figures",
        hard=True,
    )


# == xlsx: hidden columns and rows, tables far down the sheet ================================


def xlsx_family() -> None:
    f = "xlsx"

    def ban_giang_book(wb) -> None:
        ws = wb.active
        ws.title = "Tuan"
        fill_rows(
            ws,
            12,
            [
                [
                    "Mã xã",
                    "STT",
                    "Số tin bài",
                    "Thời lượng (phút)",
                    "Số lần phát",
                    "Ước người nghe",
                ],
                ["03418", 1, 8, 40, 16, 1500],
            ],
        )
        ws.column_dimensions["A"].hidden = True
        ws.column_dimensions["B"].hidden = True

    case(
        f,
        "ban_giang_hidden_code_columns_row_12",
        Mail(
            frm("Lò Thị Hồng Nhung", "ban_giang"),
            "Báo cáo tuần",
            "2021-02-04 08:30 +0700",
            "Em gửi báo cáo tuần xã Bản Giang ạ\n",
            files=(xlsx("bc tuan.xlsx", ban_giang_book),),
        ),
        [wp("ban_giang", "2021-02-04", 8, 40, 16, 1500)],
        "table starts at row 12; hidden columns A-B hold the commune code 03418 and STT",
    )

    def khun_ha_book(wb) -> None:
        wb.active.title = "Sheet1"
        ws = wb.create_sheet("BC")
        fill_rows(
            ws,
            31,
            [
                ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
                ["Từ ngày 05/3/2021 đến ngày 11/3/2021"],
                ["Đơn vị: UBND xã Khun Há"],
                [],
                ["Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"],
                [6, 30, 12, 1000],
            ],
        )

    case(
        f,
        "khun_ha_empty_first_sheet_thirty_blank_rows",
        Mail(
            frm("Giàng Thị Dua", "khun_ha"),
            "BC tuyên truyền",
            "2021-03-12 08:00 +0700",
            "Kính gửi Phòng VH-TT, xã Khun Há gửi báo cáo tuần (file đính kèm).\n",
            files=(xlsx("Khun Ha BC tuan 11-3.xlsx", khun_ha_book),),
        ),
        [wp("khun_ha", "2021-03-11", 6, 30, 12, 1000)],
        "empty first sheet; on the second, 30 blank rows, a title, the dates, then the table",
        explicit=True,
    )

    def tt_book(wb) -> None:
        ws = wb.active
        ws.title = "Tuần"
        fill_rows(
            ws,
            1,
            [
                ["THỊ TRẤN TAM ĐƯỜNG - KẾT QUẢ TUYÊN TRUYỀN"],
                [],
                ["Chỉ tiêu", "Tuần trước", "Tuần này"],
                ["Số tin, bài", 15, 18],
                ["Thời lượng (phút)", 70, 85],
                ["Số lần phát sóng", 30, 36],
                ["Ước số người nghe", 4500, 5000],
            ],
        )
        ws.column_dimensions["B"].hidden = True

    case(
        f,
        "tt_tam_duong_hidden_last_week_column",
        Mail(
            frm("Nguyễn Thị Thu Hà", "tt_tam_duong"),
            "Báo cáo tuyên truyền tuần thị trấn Tam Đường",
            "2021-04-22 09:20 +0700",
            "Kính gửi Phòng VH-TT. Thị trấn gửi số liệu tuần này (file đính kèm).\n",
            files=(xlsx("TT Tam Duong.xlsx", tt_book),),
        ),
        [wp("tt_tam_duong", "2021-04-22", 18, 85, 36, 5000)],
        "vertical sheet; last week's column B is hidden, this week's C is visible and"
        " headed 'Tuần này'",
    )

    def station_book(wb) -> None:
        ws = wb.active
        ws.title = "Tuan"
        fill_rows(
            ws,
            1,
            [
                ["ĐÀI TT-TH HUYỆN TAM ĐƯỜNG"],
                [],
                ["Người nghe, xem (ước)", "Số tin bài", "Số lần phát sóng", "Thời lượng"],
                [27000, 26, 14, time(2, 30)],
            ],
        )
        ws["D4"].number_format = "h:mm"

    case(
        f,
        "dai_th_th_time_cell_listeners_first",
        Mail(
            frm("Đài TT-TH huyện Tam Đường", "dai_th_th"),
            "Báo cáo kết quả tuyên truyền tuần",
            "2021-05-20 10:00 +0700",
            "Kính gửi Phòng Văn hóa và Thông tin huyện, Đài gửi kết quả tuần.\n",
            files=(xlsx("Dai TTTH tuan.xlsx", station_book),),
        ),
        [wp("dai_th_th", "2021-05-20", 26, 150, 14, 27000)],
        "listeners first; the duration is an Excel time 2:30 (150 minutes)",
    )

    def binh_lu_book(wb) -> None:
        ws = wb.active
        ws.title = "BaoCao"
        fill_rows(
            ws,
            1,
            [
                ["UBND XÃ BÌNH LƯ"],
                ["BẢNG KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
            ],
        )
        ws.merge_cells("A1:D1")
        ws.merge_cells("A2:D2")
        fill_rows(
            ws,
            11,
            [
                ["Kết quả tuyên truyền trên hệ thống truyền thanh", None, None, None],
                ["Số tin bài", "Thời lượng", "Số lượt phát", "Số người nghe"],
                ["10", "45 phút", "20", "2.300"],
            ],
        )
        ws.merge_cells("A11:D11")

    case(
        f,
        "binh_lu_text_numbers_merged_title_two_rows",
        Mail(
            frm("Lò Văn Panh", "binh_lu"),
            "Báo cáo tuần",
            "2021-06-30 14:45 +0700",
            "Dạ em gửi bảng kết quả tuyên truyền tuần của xã Bình Lư ạ.\n",
            files=(xlsx("Binh Lu - tuan.xlsx", binh_lu_book),),
        ),
        [wp("binh_lu", "2021-07-01", 10, 45, 20, 2300)],
        "merged title rows, eight blank rows, a merged group header over the field names;"
        " numbers typed as text ('2.300', '45 phút')",
        hard=True,
    )

    def ban_hon_book(wb) -> None:
        ws = wb.active
        ws.title = "Sheet1"
        fill_rows(
            ws,
            1,
            [
                ["UBND XÃ BẢN HON"],
                ["KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
                [],
                ["STT", "Nội dung", "Số lượng", "Ghi chú"],
                [1, "Số tin, bài", 9, "phát tại 9/9 bản"],
                [2, "Thời lượng (phút)", 45, "2 buổi/ngày"],
                [3, "Số lần phát sóng", 18, ""],
                [4, "Ước số người nghe", 1800, "khoảng 420 hộ"],
            ],
        )

    case(
        f,
        "ban_hon_stt_and_notes_with_numbers",
        Mail(
            frm("Tẩn Thị Sinh", "ban_hon"),
            "Báo cáo tuyên truyền tuần xã Bản Hon",
            "2021-07-29 08:30 +0700",
            "Kính gửi Phòng VH-TT huyện\n",
            files=(xlsx("BanHon_tuan.xlsx", ban_hon_book),),
        ),
        [wp("ban_hon", "2021-07-29", 9, 45, 18, 1800)],
        "STT column and a 'Ghi chú' column with numbers of its own (9/9 bản, 2 buổi/ngày, 420 hộ)",
    )

    def na_tam_book(wb) -> None:
        ws = wb.active
        ws.title = "tuan"
        fill_rows(
            ws,
            2,
            [
                ["Giá trị", "Chỉ tiêu", "ĐVT"],
                [7, "Số tin, bài", "tin"],
                [35, "Thời lượng", "phút"],
                [14, "Số lần phát sóng", "lần"],
                [1300, "Ước số người nghe", "người"],
            ],
        )

    case(
        f,
        "na_tam_value_column_first",
        Mail(
            frm("Lý A Páo", "na_tam"),
            "Bao cao tuan Na Tam",
            "2021-08-11 16:10 +0700",
            "Xã Nà Tăm gửi báo cáo tuần.\n",
            files=(xlsx("NaTam.xlsx", na_tam_book),),
        ),
        [wp("na_tam", "2021-08-12", 7, 35, 14, 1300)],
        "vertical table whose first column is the value, then the label, then the unit",
    )

    def son_binh_book(wb) -> None:
        ws = wb.active
        ws.title = "Mau bao cao"
        fill_rows(
            ws,
            1,
            [
                ["UBND XÃ SƠN BÌNH - BÁO CÁO TUYÊN TRUYỀN TUẦN"],
                [],
                ["Số tin bài", "Thời lượng (phút)", "Số lần phát", "Ước số người nghe"],
                [10, 50, 20, 2000],
                [12, 60, 24, 2600],
            ],
        )
        ws["E4"] = "(dòng mẫu - không xóa)"
        ws.row_dimensions[4].hidden = True

    case(
        f,
        "son_binh_hidden_template_row",
        Mail(
            frm("Hoàng Thu Trang", "son_binh"),
            "Báo cáo tuần xã Sơn Bình",
            "2021-09-30 09:00 +0700",
            "Dạ em gửi báo cáo tuần ạ.\n",
            files=(xlsx("Mau bao cao tuan - Son Binh.xlsx", son_binh_book),),
        ),
        [wp("son_binh", "2021-09-30", 12, 60, 24, 2600)],
        "the template's example row (10, 50, 20, 2000) is hidden; only row 5 is visible",
    )


# == phone: sent from a phone, autocorrect at work ===========================================


def phone() -> None:
    f = "phone"
    case(
        f,
        "ban_bo_iphone_phat_song_autocorrected",
        Mail(
            frm("Tẩn Thị Mẩy", "ban_bo"),
            "Báo cáo tuần",
            "2021-02-25 07:12 +0700",
            dedent("""
                Báo cáo tuần xã Bản Bo: Số tin bài 10, thời lượng 50 phút, số lần phát sống 20,
                người nghe khoảng 2.400 người

                Được gửi từ iPhone của tôi
            """),
        ),
        [wp("ban_bo", "2021-02-25", 10, 50, 20, 2400)],
        "iPhone: 'phát sóng' autocorrected to 'phát sống'",
    )

    case(
        f,
        "giang_ma_wrong_tones_everywhere",
        Mail(
            frm("Sần A Chinh", "giang_ma"),
            "Bao cao tuan",
            "2021-03-10 18:30 +0700",
            dedent("""
                Số tin bải: 6
                Thời lương: 30 phút
                Số lần phát sóng: 12
                Người nghề: 1.100

                Gửi từ điện thoại Samsung Galaxy của tôi
            """),
        ),
        [wp("giang_ma", "2021-03-11", 6, 30, 12, 1100)],
        "Samsung keyboard: 'bải', 'lương', 'Người nghề' — labels with the wrong tone marks",
    )

    case(
        f,
        "then_sin_half_diacritics_yahoo",
        Mail(
            frm("Chu Van Chinh", "then_sin"),
            "bao cao",
            "2021-04-01 07:30 +0700",
            dedent("""
                Xa Then Sin bao cao tuan: Só tin bai: 4, Thoi luong: 20 phut, So lan phat: 8,
                Nguoi nghe: 600

                Sent from Yahoo Mail on Android
            """),
        ),
        [wp("then_sin", "2021-04-01", 4, 20, 8, 600)],
        "half-typed diacritics ('Só'), commas between labelled figures, English signature",
    )

    case(
        f,
        "ta_leng_letter_o_for_zero",
        Mail(
            frm("Lò Thị Mai", "ta_leng"),
            "BC tuần Tả Lèng",
            "2021-05-13 12:05 +0700",
            dedent("""
                Tin bài: 5
                Thời lượng: 3o phút
                Phát sóng: 10 lần
                Người nghe: 900

                Gửi từ iPhone
            """),
        ),
        [held_wp("ta_leng", "2021-05-13", 5, None, 10, 900)],
        "'3o phút' with a letter o: reading it as 30 is a guess, not a reading",
    )

    case(
        f,
        "ho_thau_no_subject_saturday_morning",
        Mail(
            frm("Hạng A Lử", "ho_thau"),
            "",
            "2021-06-05 10:00 +0700",
            dedent("""
                Xã Hồ Thầu báo cáo tuần: tin bài 5, thời lượng 25', phát 10 lần, nghe 850 người.
                Em gửi bằng điện thoại nên ko đính kèm file đc ạ.
            """),
        ),
        [wp("ho_thau", "2021-06-03", 5, 25, 10, 850)],
        "no subject, '25'' for minutes, Saturday 10:00 (inside the 48 h grace)",
    )

    case(
        f,
        "nung_nang_pasted_twice_different_listeners",
        Mail(
            frm("Vàng Thị Mai", "nung_nang"),
            "Bc tuần",
            "2021-07-08 13:00 +0700",
            dedent("""
                Xã Nùng Nàng bc tuần: tin bài 8, thời lượng 40 phút, phát 16 lần, người nghe 1.500
                Xã Nùng Nàng bc tuần: tin bài 8, thời lượng 40 phút, phát 16 lần, người nghe 1.800

                Gửi từ điện thoại
            """),
        ),
        [held_wp("nung_nang", "2021-07-08", 8, 40, 16)],
        "the line pasted twice from the phone, the second time with 1.800 listeners: two values",
    )

    case(
        f,
        "ban_giang_ios_html_nbsp",
        Mail(
            frm("Lò Thị Hồng Nhung", "ban_giang"),
            "Bc tuần Bản Giang",
            "2021-08-26 06:50 +0700",
            "Số tin bài: 9\nThời lượng: 45 phút\nSố lần phát: 18\nNgười nghe: 1.700\n"
            "\nGửi từ iPhone\n",
            html=(
                '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
                '</head><body dir="auto"><div dir="ltr">Số tin bài:&nbsp;9</div>'
                '<div dir="ltr">Thời lượng:&nbsp;45&nbsp;phút</div>'
                '<div dir="ltr">Số lần phát:&nbsp;18</div>'
                '<div dir="ltr">Người nghe:&nbsp;1.700</div>'
                '<div dir="ltr"><br><div>Gửi từ iPhone</div></div></body></html>'
            ),
        ),
        [wp("ban_giang", "2021-08-26", 9, 45, 18, 1700)],
        "iOS Mail HTML, one <div> per line, non-breaking spaces",
    )


# == threads: top-quoted replies with forwarded chains under them ============================


def threads() -> None:
    f = "threads"
    case(
        f,
        "son_binh_reply_over_reminder_and_forward",
        Mail(
            frm("Hoàng Thu Trang", "son_binh"),
            "Re: Đề nghị các xã gửi báo cáo tuyên truyền tuần",
            "2021-03-11 08:05 +0700",
            dedent("""
                Dạ em gửi báo cáo tuần này ạ:
                Số tin bài: 9
                Thời lượng: 45 phút
                Số lần phát: 18
                Người nghe: 2.100

                Vào 09:00 Th 4, 10 thg 3, 2021 Phòng VH-TT huyện Tam Đường <sangnq.tamduong@laichau.gov.vn> đã viết:
                > Đề nghị các xã, thị trấn gửi báo cáo kết quả tuyên truyền tuần trước 16h00
                > thứ Năm. Xã Sơn Bình tuần trước gửi thiếu số người nghe, đề nghị bổ sung.
                >
                > ---------- Forwarded message ---------
                > Từ: Hoàng Thu Trang <sonbinh.tamduong@laichau.gov.vn>
                > Date: Th 5, 4 thg 3, 2021 lúc 10:12
                > Subject: Báo cáo tuần
                > To: <sangnq.tamduong@laichau.gov.vn>
                >
                > Số tin bài: 7
                > Thời lượng: 35 phút
                > Số lần phát: 14
            """),
        ),
        [wp("son_binh", "2021-03-11", 9, 45, 18, 2100)],
        "Gmail VI reply on top of the office's reminder, which forwards last week's report",
    )

    case(
        f,
        "binh_lu_outlook_reply_unprefixed_quote",
        Mail(
            frm("Lò Văn Panh", "binh_lu"),
            "RE: Báo cáo tuyên truyền tuần",
            "2021-04-15 09:30 +0700",
            dedent("""
                Kính gửi Phòng VH-TT, xã Bình Lư gửi số liệu tuần này:
                - Số tin, bài: 11
                - Thời lượng: 55 phút
                - Số lần phát sóng: 22
                - Ước số người nghe: 2.500

                Lò Văn Panh

                ________________________________
                From: Lò Văn Panh <binhlu.tamduong@laichau.gov.vn>
                Sent: Thursday, April 8, 2021 9:02 AM
                To: sangnq.tamduong@laichau.gov.vn
                Subject: Báo cáo tuyên truyền tuần

                Kính gửi Phòng VH-TT, xã Bình Lư gửi số liệu tuần:
                - Số tin, bài: 9
                - Thời lượng: 45 phút
                - Số lần phát sóng: 18
                - Ước số người nghe: 2.300
            """),
        ),
        [wp("binh_lu", "2021-04-15", 11, 55, 22, 2500)],
        "Outlook reply: last week's report quoted below without '>'",
    )

    case(
        f,
        "ban_hon_same_as_last_week",
        Mail(
            frm("Tẩn Thị Sinh", "ban_hon"),
            "Re: Báo cáo tuần xã Bản Hon",
            "2021-05-20 10:00 +0700",
            dedent("""
                Dạ số liệu tuần này của xã giữ nguyên như tuần trước ạ.

                Vào Th 5, 13 thg 5, 2021 lúc 09:41 Tẩn Thị Sinh <banhon.tamduong@laichau.gov.vn> đã viết:
                > Dạ em gửi báo cáo tuần ạ:
                > Số tin bài: 8
                > Thời lượng: 40 phút
                > Số lần phát: 16
                > Người nghe: 1.500
            """),
        ),
        [held_wp("ban_hon", "2021-05-20", 8, 40, 16, 1500)],
        "'same as last week' with last week's figures only in the quote: no figure is"
        " written for this week",
    )

    case(
        f,
        "tt_tam_duong_forwards_station_report",
        Mail(
            frm("UBND thị trấn Tam Đường", "tt_tam_duong2"),
            "Fwd: Báo cáo tuần Trạm truyền thanh",
            "2021-06-10 10:30 +0700",
            dedent("""
                Em chuyển báo cáo tuần của Trạm truyền thanh thị trấn ạ.

                ---------- Forwarded message ---------
                Từ: Trạm truyền thanh TT Tam Đường <tramtttamduong@gmail.com>
                Date: Th 4, 9 thg 6, 2021 vào lúc 16:40
                Subject: Báo cáo tuần Trạm truyền thanh
                To: UBND thị trấn Tam Đường <tttamduong.tamduong@laichau.gov.vn>

                Trạm truyền thanh thị trấn báo cáo tuần:
                Số tin, bài: 14
                Thời lượng: 70 phút
                Số lần phát sóng: 28
                Ước số người nghe: 4.000
            """),
        ),
        [wp("tt_tam_duong", "2021-06-10", 14, 70, 28, 4000)],
        "the town forwards its radio station's report, which is the only report in the mail",
    )

    case(
        f,
        "ta_leng_corrects_typo_resends_all",
        Mail(
            frm("Lò Thị Mai", "ta_leng"),
            "Re: BC tuần Tả Lèng",
            "2021-07-01 14:00 +0700",
            dedent("""
                Dạ em gửi lại số liệu đúng ạ: tin bài 7, thời lượng 35 phút, phát 14 lần,
                người nghe 1.600 (lúc sáng em gõ nhầm thành 1.060).

                Vào Th 5, 1 thg 7, 2021 lúc 08:15 Lò Thị Mai <taleng.tamduong@laichau.gov.vn> đã viết:
                > Tin bài: 7
                > Thời lượng: 35 phút
                > Phát: 14 lần
                > Người nghe: 1.060
            """),
        ),
        [wp("ta_leng", "2021-07-01", 7, 35, 14, 1600)],
        "correction on top of this morning's report; the wrong 1.060 is quoted twice",
    )

    case(
        f,
        "giang_ma_english_gmail_template_example",
        Mail(
            frm("Sần A Chinh", "giang_ma"),
            "Re: Mẫu báo cáo tuyên truyền tuần",
            "2021-07-15 10:20 +0700",
            dedent("""
                Xã Giang Ma báo cáo: số tin bài 5, thời lượng 25 phút, phát 10 lượt, người
                nghe 900.

                On Thu, Jul 15, 2021 at 8:02 AM Phòng VH-TT <sangnq.tamduong@laichau.gov.vn> wrote:

                > Các xã báo cáo theo mẫu sau, ví dụ:
                > Số tin bài: 10
                > Thời lượng: 50 phút
                > Số lần phát sóng: 20
                > Ước số người nghe: 2.000
            """),
        ),
        [wp("giang_ma", "2021-07-15", 5, 25, 10, 900)],
        "English Gmail quote header; the quoted template holds example figures",
    )

    case(
        f,
        "ban_bo_reply_over_double_forward",
        Mail(
            frm("Tẩn Thị Mẩy", "ban_bo"),
            "Re: Fwd: V/v đẩy mạnh tuyên truyền trên mạng xã hội",
            "2021-08-06 08:30 +0700",
            dedent("""
                Dạ xã Bản Bo báo cáo kết quả tuần từ 30/7 đến 05/8: tin bài 12, thời lượng
                60 phút, phát sóng 24 lượt, người nghe khoảng 3.000 người ạ.

                Vào 15:10 Th 3, 3 thg 8, 2021 Phòng VH-TT <sangnq.tamduong@laichau.gov.vn> đã viết:
                > ---------- Forwarded message ---------
                > Từ: Văn phòng Sở TT&TT <vanphong.stttt@laichau.gov.vn>
                > Date: Th 2, 2 thg 8, 2021
                > Subject: V/v đẩy mạnh tuyên truyền trên mạng xã hội
                >
                > Thực hiện Công văn số 1169/STTTT-TTBCXB ngày 30/7/2021, đề nghị các huyện
                > báo cáo số tin, bài: 1 lần/tuần; thời lượng tối thiểu 30 phút/ngày.
                >
                > > ---------- Forwarded message ---------
                > > Từ: Bộ TT&TT
                > > Kế hoạch số 25/KH-BTTTT, 63 tỉnh, thành phố thực hiện.
            """),
        ),
        [wp("ban_bo", "2021-08-05", 12, 60, 24, 3000)],
        "reply on a forward of a forward; the quoted letters carry their own numbers;"
        " sent Friday with the week written",
        explicit=True,
    )

    case(
        f,
        "na_tam_reply_to_acknowledgement",
        Mail(
            frm("Lý A Páo", "na_tam"),
            "Re: Đã nhận báo cáo tuần của xã Nà Tăm",
            "2021-09-09 09:00 +0700",
            dedent("""
                Tuần này xã Nà Tăm phát 8 tin bài, thời lượng 40 phút, 16 lần phát sóng, khoảng
                1.400 người nghe.

                Vào Th 5, 2 thg 9, 2021 lúc 16:31 <sangnq.tamduong@laichau.gov.vn> đã viết:
                > Phòng Văn hóa và Thông tin đã nhận báo cáo tuần kết thúc 02/9/2021 của xã Nà Tăm:
                > số tin, bài 6; thời lượng 30 phút; số lần phát sóng 12; người nghe 1.000.
                > Nếu có sai sót, đề nghị trả lời thư này.
            """),
        ),
        [wp("na_tam", "2021-09-09", 8, 40, 16, 1400)],
        "reply above the office's acknowledgement of last week, which quotes figures and a week",
    )


# == numwords: figures written in words ======================================================


def numwords() -> None:
    f = "numwords"
    case(
        f,
        "khun_ha_all_in_words",
        Mail(
            frm("Giàng Thị Dua", "khun_ha"),
            "Báo cáo tuyên truyền tuần",
            "2021-02-18 10:30 +0700",
            dedent("""
                Kính gửi Phòng Văn hóa và Thông tin,

                Tuần này xã Khun Há xây dựng được mười hai tin bài, thời lượng bốn mươi lăm
                phút, phát sóng hai mươi bốn lượt, ước khoảng hai nghìn người nghe.

                Trân trọng.
            """),
        ),
        [wp("khun_ha", "2021-02-18", 12, 45, 24, 2000)],
        "every figure in words: mười hai, bốn mươi lăm, hai mươi bốn, hai nghìn",
    )

    case(
        f,
        "ban_giang_nghin_ruoi",
        Mail(
            frm("Lò Thị Hồng Nhung", "ban_giang"),
            "Báo cáo tuần",
            "2021-03-24 15:40 +0700",
            dedent("""
                Số tin bài: tám (08)
                Thời lượng: ba mươi phút
                Số lần phát sóng: mười sáu lần
                Người nghe: một nghìn rưỡi người
            """),
        ),
        [wp("ban_giang", "2021-03-25", 8, 30, 16, 1500)],
        "'tám (08)', 'một nghìn rưỡi' = 1 500",
    )

    case(
        f,
        "ho_thau_nam_as_five",
        Mail(
            frm("Hạng A Lử", "ho_thau"),
            "Bao cao tuyen truyen tuan",
            "2021-04-29 09:10 +0700",
            dedent("""
                Xã Hồ Thầu báo cáo:
                Số tin bài: 5 (năm) tin
                Thời lượng: hai mươi lăm phút
                Phát: mười lần
                Nghe: chín trăm người
            """),
        ),
        [wp("ho_thau", "2021-04-29", 5, 25, 10, 900)],
        "'năm' (five, also 'year'), 'chín trăm'",
    )

    case(
        f,
        "son_binh_words_after_labels",
        Mail(
            frm("Hoàng Thu Trang", "son_binh"),
            "BC tuần Sơn Bình",
            "2021-05-27 08:45 +0700",
            dedent("""
                Số tin, bài: mười một
                Độ dài: năm mươi lăm phút
                Số lượt phát: hai mươi hai
                Uớc số người nghe: hai nghìn năm trăm
            """),
        ),
        [wp("son_binh", "2021-05-27", 11, 55, 22, 2500)],
        "labels followed by number words; 'năm mươi lăm', 'hai nghìn năm trăm'",
    )

    case(
        f,
        "tt_tam_duong_words_hours_minutes",
        Mail(
            frm("Nguyễn Thị Thu Hà", "tt_tam_duong"),
            "Báo cáo tuyên truyền tuần - Thị trấn",
            "2021-06-17 09:00 +0700",
            dedent("""
                Kính gửi Phòng VH-TT,

                Tuần này thị trấn phát hai mươi mốt tin bài, tổng thời lượng một tiếng bốn mươi
                phút, bốn mươi hai lượt phát sóng, khoảng năm nghìn lượt người nghe.

                Thu Hà
            """),
        ),
        [wp("tt_tam_duong", "2021-06-17", 21, 100, 42, 5000)],
        "'hai mươi mốt', 'một tiếng bốn mươi phút' = 100, 'năm nghìn lượt người nghe'",
    )

    case(
        f,
        "na_tam_vai_tin_bai",
        Mail(
            frm("Lý A Páo", "na_tam"),
            "bc tuan",
            "2021-07-21 10:00 +0700",
            dedent("""
                Tuần này trạm phát vài tin bài về tiêm chủng, tổng thời lượng 20 phút, phát 8
                lượt, người nghe khoảng 700.
            """),
        ),
        [held_wp("na_tam", "2021-07-22", None, 20, 8, 700)],
        "'vài tin bài' (a few): not a figure",
    )

    case(
        f,
        "then_sin_chuc_and_nghin_2",
        Mail(
            frm("Chu Văn Chính", "then_sin"),
            "BC tuần Thèn Sin",
            "2021-08-19 08:10 +0700",
            dedent("""
                Tin bài: 1 chục
                Thời lượng: nửa tiếng
                Phát: 2 chục lượt
                Người nghe: 1 nghìn 2
            """),
        ),
        [wp("then_sin", "2021-08-19", 10, 30, 20, 1200)],
        "colloquial: '1 chục', 'nửa tiếng', '2 chục lượt', '1 nghìn 2' = 1 200",
    )


# == durations ===============================================================================


def durations() -> None:
    f = "durations"

    def simple(name, key, sender, sent, period, duration_line, values, note, status="accepted"):
        items, minutes, broadcasts, listeners = values
        body = dedent(f"""
            Kính gửi Phòng Văn hóa và Thông tin huyện,

            Số tin bài: {items}
            {duration_line}
            Số lần phát sóng: {broadcasts}
            Người nghe: {listeners}

            Trân trọng.
        """)
        expected = (
            wp(key, period, items, minutes, broadcasts, int(listeners.replace(".", "")))
            if status == "accepted"
            else held_wp(key, period, items, None, broadcasts, int(listeners.replace(".", "")))
        )
        case(
            f,
            name,
            Mail(frm(sender, key), "Báo cáo tuyên truyền tuần", sent, body),
            [expected],
            note,
        )

    simple(
        "ban_bo_2_tieng",
        "ban_bo",
        "Tẩn Thị Mẩy",
        "2021-03-04 09:00 +0700",
        "2021-03-04",
        "Thời lượng: 2 tiếng",
        (20, 120, 40, "3.500"),
        "'2 tiếng' = 120 minutes",
    )
    simple(
        "ta_leng_1h",
        "ta_leng",
        "Lò Thị Mai",
        "2021-04-14 10:00 +0700",
        "2021-04-15",
        "Thời lượng: 1h",
        (10, 60, 20, "1.800"),
        "'1h' = 60 minutes",
    )
    simple(
        "binh_lu_45_prime",
        "binh_lu",
        "Lò Văn Panh",
        "2021-05-06 08:00 +0700",
        "2021-05-06",
        "Độ dài: 45'",
        (9, 45, 18, "2.000"),
        '"45\'" = 45 minutes',
    )
    simple(
        "giang_ma_mot_gio_ruoi",
        "giang_ma",
        "Sần A Chinh",
        "2021-06-03 09:30 +0700",
        "2021-06-03",
        "Thời lượng: một giờ rưỡi",
        (15, 90, 30, "2.600"),
        "'một giờ rưỡi' = 90 minutes",
    )
    simple(
        "nung_nang_1_gio_05",
        "nung_nang",
        "Vàng Văn Tủa",
        "2021-06-30 11:00 +0700",
        "2021-07-01",
        "Thời lượng: 1 giờ 05 phút",
        (13, 65, 26, "2.200"),
        "'1 giờ 05 phút' = 65 minutes",
    )
    simple(
        "khun_ha_1_dot_5_gio",
        "khun_ha",
        "Giàng Thị Dua",
        "2021-07-22 10:00 +0700",
        "2021-07-22",
        "Thời lượng: 1.5 giờ",
        (8, None, 16, "1.400"),
        "'1.5 giờ' with a dot: 1,5 hours or a typo? held",
        status="needs_review",
    )
    simple(
        "dai_th_th_3_gio_20",
        "dai_th_th",
        "Lù Văn Thắng",
        "2021-08-12 09:00 +0700",
        "2021-08-12",
        "Tổng thời lượng: 3 giờ 20 phút",
        (30, 200, 14, "26.000"),
        "'3 giờ 20 phút' = 200 minutes",
    )

    case(
        f,
        "ho_thau_per_broadcast_and_total",
        Mail(
            frm("Hạng A Lử", "ho_thau"),
            "Báo cáo tuyên truyền tuần",
            "2021-09-16 08:30 +0700",
            dedent("""
                Kính gửi Phòng VH-TT,
                Tuần này xã phát 6 tin bài, 10 lượt phát sóng, mỗi lượt phát khoảng 15 phút,
                tổng thời lượng trong tuần 2 tiếng 30 phút. Người nghe khoảng 900 người.
            """),
        ),
        [wp("ho_thau", "2021-09-16", 6, 150, 10, 900)],
        "a per-broadcast length (15 phút) and the week's total '2 tiếng 30 phút' = 150",
    )

    case(
        f,
        "ban_hon_minutes_per_day",
        Mail(
            frm("Tẩn Thị Sinh", "ban_hon"),
            "Báo cáo tuần",
            "2021-02-04 09:00 +0700",
            dedent("""
                Xã Bản Hon báo cáo tuần: 6 tin bài, thời lượng phát 30 phút/ngày, 14 lượt phát
                sóng, khoảng 1.000 người nghe.
            """),
        ),
        [held_wp("ban_hon", "2021-02-04", 6, None, 14, 1000)],
        "'30 phút/ngày': minutes per day, not the week's duration",
    )


# == listeners ===============================================================================


def listeners() -> None:
    f = "listeners"
    case(
        f,
        "ban_giang_khoang_3_nghin_luot",
        Mail(
            frm("Lò Thị Hồng Nhung", "ban_giang"),
            "Báo cáo tuần xã Bản Giang",
            "2021-03-18 09:00 +0700",
            "Xã Bản Giang báo cáo: 10 tin bài, thời lượng 50 phút, phát sóng 20 lượt,"
            " khoảng 3 nghìn lượt người nghe.\n",
        ),
        [wp("ban_giang", "2021-03-18", 10, 50, 20, 3000)],
        "'khoảng 3 nghìn lượt người nghe'",
    )

    case(
        f,
        "then_sin_1_phay_5_nghin",
        Mail(
            frm("Chu Văn Chính", "then_sin"),
            "Báo cáo tuần",
            "2021-04-21 15:00 +0700",
            dedent("""
                Số tin bài: 4
                Thời lượng: 20 phút
                Số lần phát: 8
                Người nghe: ước khoảng 1,5 nghìn người
            """),
        ),
        [wp("then_sin", "2021-04-22", 4, 20, 8, 1500)],
        "'ước khoảng 1,5 nghìn người'",
    )

    case(
        f,
        "son_binh_2_nghin_8",
        Mail(
            frm("Hoàng Thu Trang", "son_binh"),
            "BC tuần",
            "2021-06-10 09:40 +0700",
            dedent("""
                Tin bài: 11
                Thời lượng: 55 phút
                Lượt phát: 22
                Người nghe: 2 nghìn 8
            """),
        ),
        [wp("son_binh", "2021-06-10", 11, 55, 22, 2800)],
        "'2 nghìn 8' = 2 800",
    )

    case(
        f,
        "na_tam_range_of_listeners",
        Mail(
            frm("Lý A Páo", "na_tam"),
            "Báo cáo tuần",
            "2021-07-01 08:50 +0700",
            dedent("""
                Tin bài: 6
                Thời lượng: 30 phút
                Phát sóng: 12 lần
                Người nghe: từ 1.000 đến 1.200 người
            """),
        ),
        [held_wp("na_tam", "2021-07-01", 6, 30, 12)],
        "listeners as a range 'từ 1.000 đến 1.200'",
    )

    case(
        f,
        "tt_tam_duong_whole_town_about",
        Mail(
            frm("Nguyễn Thị Thu Hà", "tt_tam_duong"),
            "Báo cáo tuyên truyền tuần",
            "2021-08-05 09:15 +0700",
            dedent("""
                Số tin, bài: 18
                Thời lượng: 90 phút
                Số lần phát sóng: 36
                Người nghe: toàn bộ nhân dân thị trấn (khoảng 6.000 người)
            """),
        ),
        [wp("tt_tam_duong", "2021-08-05", 18, 90, 36, 6000)],
        "'toàn bộ nhân dân thị trấn (khoảng 6.000 người)': the estimate is in parentheses",
    )

    case(
        f,
        "ho_thau_percent_of_households",
        Mail(
            frm("Hạng A Lử", "ho_thau"),
            "Báo cáo tuần",
            "2021-09-23 10:00 +0700",
            dedent("""
                Số tin bài: 4
                Thời lượng: 20 phút
                Số lần phát: 8
                Người nghe: 85% số hộ trên địa bàn
            """),
        ),
        [held_wp("ho_thau", "2021-09-23", 4, 20, 8)],
        "listeners as a percentage of households",
    )


# == late: Monday reports, the 48-hour grace, time zones ====================================


def late() -> None:
    f = "late"
    case(
        f,
        "ban_bo_monday_range_written",
        Mail(
            frm("Tẩn Thị Mẩy", "ban_bo"),
            "Báo cáo bù tuần 26/02 - 04/3/2021",
            "2021-03-08 09:00 +0700",
            dedent("""
                Dạ em gửi bù báo cáo tuần từ 26/02 đến 04/3/2021 ạ (tuần trước em đi họp
                trên huyện nên chưa gửi được):
                Số tin bài: 9
                Thời lượng: 45 phút
                Số lần phát: 18
                Người nghe: 2.000
            """),
        ),
        [wp("ban_bo", "2021-03-04", 9, 45, 18, 2000)],
        "Monday, the week's dates written: the written week wins over the Date header",
        explicit=True,
    )

    case(
        f,
        "giang_ma_monday_week_ending",
        Mail(
            frm("Sần A Chinh", "giang_ma"),
            "Báo cáo tuần kết thúc ngày 08/4/2021 (gửi muộn)",
            "2021-04-12 08:20 +0700",
            dedent("""
                Kính gửi Phòng VH-TT. Xã Giang Ma gửi muộn báo cáo tuần kết thúc ngày 08/4/2021
                do mất mạng từ thứ Năm.
                - Tin bài: 6
                - Thời lượng: 30 phút
                - Lần phát: 12
                - Người nghe: 1.000
            """),
        ),
        [wp("giang_ma", "2021-04-08", 6, 30, 12, 1000)],
        "Monday; 'tuần kết thúc ngày 08/4/2021'",
        explicit=True,
    )

    case(
        f,
        "son_binh_monday_week_1_of_may",
        Mail(
            frm("Hoàng Thu Trang", "son_binh"),
            "BC tuần 1 tháng 5/2021",
            "2021-05-10 07:50 +0700",
            dedent("""
                Dạ em gửi báo cáo tuần 1 tháng 5/2021 ạ, em xin lỗi vì gửi chậm (nghỉ lễ 30/4 -
                1/5 và bù ngày nghỉ):
                Số tin bài: 10
                Thời lượng: 50 phút
                Số lần phát: 20
                Người nghe: 2.200
            """),
        ),
        [wp("son_binh", "2021-05-06", 10, 50, 20, 2200)],
        "Monday; 'tuần 1 tháng 5/2021' = the week ending Thursday 06/5",
        explicit=True,
    )

    case(
        f,
        "khun_ha_monday_tuan_truoc",
        Mail(
            frm("Giàng Thị Dua", "khun_ha"),
            "Báo cáo tuần trước (gửi muộn)",
            "2021-06-14 08:15 +0700",
            dedent("""
                Dạ em gửi muộn báo cáo tuần trước ạ, thứ Năm, thứ Sáu em đi cơ sở không có
                mạng:
                Tin bài: 7
                Thời lượng: 35 phút
                Phát: 14 lượt
                Người nghe: 1.200
            """),
        ),
        [wp("khun_ha", "2021-06-10", 7, 35, 14, 1200)],
        "Monday 14/6: 'báo cáo tuần trước' is the week ending Thursday 10/6",
        explicit=True,
    )

    case(
        f,
        "ta_leng_monday_no_week_said",
        Mail(
            frm("Lò Thị Mai", "ta_leng"),
            "Báo cáo tuần",
            "2021-07-19 09:00 +0700",
            dedent("""
                Em gửi báo cáo tuần ạ.
                Tin bài: 8
                Thời lượng: 40 phút
                Phát sóng: 16
                Người nghe: 1.500
            """),
        ),
        [wp("ta_leng", "2021-07-22", 8, 40, 16, 1500)],
        "Monday with no week written: beyond the 48 h grace, so the week ending 22/7",
    )

    case(
        f,
        "nung_nang_saturday_after_grace_utc",
        Mail(
            frm("Vàng Văn Tủa", "nung_nang"),
            "Báo cáo tuyên truyền tuần",
            "2021-08-07 10:30 +0000",
            dedent("""
                Kính gửi Phòng VH-TT, xã Nùng Nàng báo cáo:
                Số tin bài: 6; thời lượng: 30 phút; số lần phát: 12; người nghe: 1.100.
            """),
        ),
        [wp("nung_nang", "2021-08-12", 6, 30, 12, 1100)],
        "Date in UTC: Saturday 10:30 UTC is 17:30 in Vietnam, after the grace: week of 12/8",
    )

    case(
        f,
        "ban_hon_saturday_inside_grace_utc",
        Mail(
            frm("Tẩn Thị Sinh", "ban_hon"),
            "Báo cáo tuyên truyền tuần",
            "2021-08-28 08:30 +0000",
            dedent("""
                Xã Bản Hon báo cáo tuần: số tin bài 9, thời lượng 45 phút, số lần phát sóng 18,
                người nghe khoảng 1.800.
            """),
        ),
        [wp("ban_hon", "2021-08-26", 9, 45, 18, 1800)],
        "Date in UTC: Saturday 08:30 UTC is 15:30 in Vietnam, inside the grace: week of 26/8",
    )

    case(
        f,
        "binh_lu_tuesday_after_national_day",
        Mail(
            frm("Lò Văn Panh", "binh_lu"),
            "Báo cáo tuần có ngày lễ 2/9 (gửi chậm)",
            "2021-09-07 08:00 +0700",
            dedent("""
                Dạ em gửi chậm báo cáo tuần có ngày lễ Quốc khánh 2/9 (từ 27/8 - 2/9) ạ:
                Số tin bài: 11
                Thời lượng: 55 phút
                Số lần phát: 22
                Người nghe: 2.500
            """),
        ),
        [wp("binh_lu", "2021-09-02", 11, 55, 22, 2500)],
        "Tuesday after the holiday, the week written as '27/8 - 2/9'",
        explicit=True,
    )

    case(
        f,
        "tt_tam_duong_friday_after_tet_week",
        Mail(
            frm("Nguyễn Thị Thu Hà", "tt_tam_duong"),
            "Báo cáo tuyên truyền tuần",
            "2021-02-19 08:00 +0700",
            dedent("""
                Kính gửi Phòng VH-TT, thị trấn gửi báo cáo tuần (tuần nghỉ Tết nên gửi muộn 1
                ngày ạ):
                Số tin, bài: 12
                Thời lượng: 60 phút
                Số lần phát sóng: 24
                Ước số người nghe: 4.000
            """),
        ),
        [wp("tt_tam_duong", "2021-02-18", 12, 60, 24, 4000)],
        "Friday morning after the Tết week, no week written: the week just closed",
    )


# == social: the social-media form (groups, members, posts, Bluezone, fake news) =============


def social() -> None:
    f = "social"
    case(
        f,
        "ban_bo_labelled_no_fake_news_found",
        Mail(
            frm("UBND xã Bản Bo", "ban_bo"),
            "Báo cáo kết quả tuyên truyền trên mạng xã hội tuần",
            "2021-08-05 09:30 +0700",
            dedent("""
                Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.

                BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI
                - Số nhóm Zalo đã thành lập: 17 nhóm (17/17 bản)
                - Số thành viên: 1.245 người
                - Số tin, bài đăng tải: 36
                - Số người cài đặt Bluezone: 820
                - Tin giả, tin sai sự thật: không phát hiện

                UBND xã Bản Bo
            """),
        ),
        [sm("ban_bo", "2021-08-05", 17, 1245, 36, 820, 0)],
        "labelled social-media report; '17/17 bản'; 'không phát hiện' fake news = 0",
    )

    case(
        f,
        "ta_leng_teencode_tv_bluezone",
        Mail(
            frm("Lò Thị Mai", "ta_leng"),
            "bc mxh tuần",
            "2021-08-11 15:20 +0700",
            dedent("""
                e gửi bc mxh tuần ạ: nhóm zalo 12, tv 860, bài đăng 20, bluezone 410 ng cài,
                tin giả ko có ạ
            """),
        ),
        [sm("ta_leng", "2021-08-12", 12, 860, 20, 410, 0)],
        "teencode: 'mxh', 'tv' for thành viên, '410 ng cài', 'tin giả ko có'",
    )

    villages = [
        ("Giang Ma", "Zalo bản Giang Ma", 95, 3),
        ("Sin Chải", "Sin Chải đoàn kết", 88, 4),
        ("Hồ Pên", "Bản Hồ Pên", 76, 2),
        ("Phìn Hồ", "Phìn Hồ quê hương", 102, 5),
        ("Làng Giàng", "Làng Giàng", 69, 2),
        ("Sáng Tùng", "Sáng Tùng 2021", 81, 3),
        ("Ma Sao Phìn", "Ma Sao Phìn", 93, 3),
        ("Hồ Sì Pán", "Hồ Sì Pán", 70, 2),
        ("Tẩn Sử Chải", "Bản Tẩn Sử Chải", 68, 3),
    ]
    assert sum(v[2] for v in villages) == 742 and sum(v[3] for v in villages) == 27

    def giang_ma_book(wb) -> None:
        ws = wb.active
        ws.title = "MXH"
        rows = [
            ["KẾT QUẢ THÀNH LẬP NHÓM ZALO CÁC BẢN - XÃ GIANG MA"],
            [],
            ["STT", "Tên bản", "Tên nhóm Zalo", "Số thành viên", "Số bài đăng trong tuần"],
        ]
        rows += [[i + 1, *v] for i, v in enumerate(villages)]
        rows += [[None, "Tổng: 9 nhóm", None, 742, 27], []]
        rows += [["Số lượt cài đặt Bluezone trong tuần:", None, None, 530]]
        rows += [["Số vụ tin giả, tin sai sự thật:", None, None, 0]]
        fill_rows(ws, 1, rows)

    case(
        f,
        "giang_ma_xlsx_village_groups_total",
        Mail(
            frm("Sần A Chinh", "giang_ma"),
            "Báo cáo tuyên truyền trên mạng xã hội, Bluezone",
            "2021-08-19 10:00 +0700",
            "Kính gửi Phòng VH-TT, xã Giang Ma gửi kết quả nhóm Zalo các bản và Bluezone.\n",
            files=(xlsx("Nhom Zalo Giang Ma.xlsx", giang_ma_book),),
        ),
        [sm("giang_ma", "2021-08-19", 9, 742, 27, 530, 0)],
        "a row per village group and a total row 'Tổng: 9 nhóm'; Bluezone and fake news"
        " under the table",
    )

    case(
        f,
        "son_binh_bluezone_percentage",
        Mail(
            frm("Hoàng Thu Trang", "son_binh"),
            "Báo cáo mạng xã hội, Bluezone tuần",
            "2021-07-29 09:00 +0700",
            dedent("""
                Xã Sơn Bình báo cáo:
                - Số nhóm Zalo: 8
                - Số thành viên: 650
                - Số tin bài đăng tải: 14
                - Bluezone: tỷ lệ cài đặt đạt 35% dân số có điện thoại thông minh
                - Tin giả: 0
            """),
        ),
        [held_sm("son_binh", "2021-07-29", 8, 650, 14, None, 0)],
        "Bluezone as a percentage where a count is asked",
    )

    case(
        f,
        "tt_tam_duong_html_reversed_columns",
        Mail(
            frm("Nguyễn Thị Thu Hà", "tt_tam_duong"),
            "Báo cáo tuyên truyền trên MXH tuần",
            "2021-09-01 10:00 +0700",
            html="<p>Kính gửi Phòng VH-TT,</p><p>Thị trấn Tam Đường báo cáo kết quả tuyên truyền"
            " trên mạng xã hội:</p>"
            + html_table(
                [
                    ["Tin giả (vụ)", "Cài Bluezone (người)", "Bài đăng", "Thành viên", "Số nhóm"],
                    ["0", "2.150", "45", "3.400", "11"],
                ]
            ),
        ),
        [sm("tt_tam_duong", "2021-09-02", 11, 3400, 45, 2150, 0)],
        "HTML table with the social-media columns in reverse order",
    )

    case(
        f,
        "nung_nang_one_fake_news_case_in_story",
        Mail(
            frm("Vàng Văn Tủa", "nung_nang"),
            "Báo cáo tuyên truyền mạng xã hội, phòng chống tin giả",
            "2021-08-26 14:00 +0700",
            dedent("""
                Kính gửi Phòng Văn hóa và Thông tin huyện.

                Trong tuần, trên địa bàn xã phát hiện 01 trường hợp chia sẻ thông tin sai sự
                thật về ca bệnh Covid-19 trên Facebook; xã đã phối hợp với Công an xã mời lên
                làm việc, người đăng đã gỡ bài và xin lỗi.

                Số liệu: số nhóm Zalo: 10; thành viên: 780; tin bài đăng tải: 18; cài đặt
                Bluezone: 360 người.

                Trân trọng.
            """),
        ),
        [sm("nung_nang", "2021-08-26", 10, 780, 18, 360, 1)],
        "the one fake-news case is told in a paragraph ('01 trường hợp'), the rest labelled",
    )

    def khun_ha_doc(doc) -> None:
        doc.add_paragraph("UBND XÃ KHUN HÁ")
        doc.add_paragraph("KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI VÀ CÀI ĐẶT BLUEZONE")
        doc_table(
            doc,
            [
                ["Nhóm mạng xã hội", "", "Số tin, bài đăng tải", "Bluezone", "Tin giả"],
                ["Số nhóm", "Số thành viên", "", "Số lượt cài đặt", "Số vụ"],
                ["7", "530", "15", "290", "0"],
            ],
            merges=(((0, 0), (0, 1)), ((0, 2), (1, 2))),
        )

    case(
        f,
        "khun_ha_docx_two_row_header",
        Mail(
            frm("Giàng Thị Dua", "khun_ha"),
            "Báo cáo MXH và Bluezone",
            "2021-09-09 08:45 +0700",
            "Kính gửi Phòng VH-TT, xã Khun Há gửi báo cáo (file Word).\n",
            files=(docx("MXH Khun Ha.docx", khun_ha_doc),),
        ),
        [sm("khun_ha", "2021-09-09", 7, 530, 15, 290, 0)],
        "Word table with a two-row header: 'Nhóm mạng xã hội' over 'Số nhóm' and 'Số thành viên'",
        hard=True,
    )

    case(
        f,
        "ban_hon_both_forms_in_body",
        Mail(
            frm("Tẩn Thị Sinh", "ban_hon"),
            "Báo cáo tuần: truyền thanh và mạng xã hội",
            "2021-08-12 09:10 +0700",
            dedent("""
                Kính gửi Phòng VH-TT,

                I. Truyền thanh cơ sở: tin bài 8, thời lượng 40 phút, phát 16 lượt, người nghe
                1.500.
                II. Mạng xã hội: 9 nhóm zalo, 610 thành viên, 22 bài đăng, 300 lượt cài
                Bluezone, không có tin giả.

                Tẩn Thị Sinh
            """),
        ),
        [
            wp("ban_hon", "2021-08-12", 8, 40, 16, 1500),
            sm("ban_hon", "2021-08-12", 9, 610, 22, 300, 0),
        ],
        "both forms in one body, one section each",
    )

    case(
        f,
        "ho_thau_members_being_counted",
        Mail(
            frm("Hạng A Lử", "ho_thau"),
            "BC mạng xã hội tuần",
            "2021-09-23 09:30 +0700",
            dedent("""
                Số nhóm: 6 nhóm
                Thành viên: đang thống kê, tuần sau em bổ sung
                Bài đăng: 12
                Bluezone: 240 người cài
                Tin giả: 0
            """),
        ),
        [held_sm("ho_thau", "2021-09-23", 6, None, 12, 240, 0)],
        "members 'being counted': a required figure missing",
    )

    case(
        f,
        "binh_lu_bluezone_cumulative_and_new",
        Mail(
            frm("Lò Văn Panh", "binh_lu"),
            "Báo cáo tuyên truyền MXH, Bluezone tuần",
            "2021-09-15 15:30 +0700",
            dedent("""
                Xã Bình Lư báo cáo:
                - Số nhóm Zalo: 11
                - Số thành viên: 980
                - Số bài đăng: 25
                - Bluezone: lũy kế 1.250 người, trong tuần tăng thêm 85 người
                - Tin giả, tin sai sự thật: không
            """),
        ),
        [held_sm("binh_lu", "2021-09-16", 11, 980, 25, None, 0)],
        "Bluezone cumulative (1.250) and new this week (85): which one the form sums is"
        " for a person to decide",
    )


# == nonreports: mail that is not a report, some of it full of numbers =======================

NOTE_NR = "not a report: "


def nonreports() -> None:
    f = "nonreports"

    def nr(name: str, mail: Mail, note: str) -> None:
        case(f, name, mail, [], NOTE_NR + note)

    nr(
        "ban_giang_forgot_password",
        Mail(
            frm("Lò Thị Hồng Nhung", "ban_giang"),
            "Xin cấp lại mật khẩu",
            "2021-03-02 14:20 +0700",
            dedent("""
                Kính gửi anh Sang,

                Em là cán bộ VH-TT xã Bản Giang. Em quên mật khẩu đăng nhập hệ thống báo cáo
                trực tuyến (tài khoản bangiang.tamduong), đã thử 5 lần đều báo sai. Anh cấp lại
                giúp em với ạ. SĐT của em: 0978 123 456.

                Em cảm ơn anh ạ.
            """),
        ),
        "a commune asking for its login password",
    )

    nr(
        "provincial_newsletter_with_totals",
        Mail(
            "Bản tin Sở TT&TT Lai Châu <bantin.stttt@laichau.gov.vn>",
            "Bản tin Thông tin cơ sở số 14/2021",
            "2021-04-09 07:00 +0700",
            dedent("""
                BẢN TIN THÔNG TIN CƠ SỞ - SỐ 14/2021

                Trong tuần, hệ thống truyền thanh cơ sở toàn tỉnh đã phát 1.245 tin, bài với
                tổng thời lượng 5.600 phút, 3.120 lượt phát sóng, ước khoảng 420.000 người nghe.
                Huyện Tam Đường dẫn đầu với 168 tin, bài; thị trấn Tam Đường phát 21 tin, bài.

                Tin nổi bật: 100% xã, phường, thị trấn đã có nhóm Zalo; hơn 52.000 lượt cài đặt
                Bluezone.

                Để ngừng nhận bản tin, trả lời thư này với tiêu đề "Hủy".
            """),
        ),
        "a provincial newsletter quoting every field of the form, for the whole province",
    )

    nr(
        "zalo_screenshot_notification",
        Mail(
            "Zalo <no-reply@zalo.me>",
            "Lò Văn Hải đã gửi 1 ảnh vào nhóm VHTT các xã Tam Đường",
            "2021-05-12 20:14 +0700",
            dedent("""
                Bạn có 1 tin nhắn mới trong nhóm "VHTT các xã Tam Đường"

                Lò Văn Hải: [Hình ảnh] ảnh chụp màn hình báo cáo tuần xã Tả Lèng
                Và 12 tin nhắn khác

                Mở Zalo để xem: https://chat.zalo.me
                Bạn nhận được email này vì đã bật thông báo qua email. Tắt thông báo tại Cài đặt.
            """),
        ),
        "a Zalo notification that someone posted a screenshot of a report in a group",
    )

    nr(
        "ta_leng_english_out_of_office",
        Mail(
            frm("Lo Thi Mai", "ta_leng"),
            "Automatic reply: Đề nghị gửi báo cáo tuyên truyền tuần",
            "2021-03-17 15:00 +0700",
            dedent("""
                Thank you for your email. I am currently out of the office attending a training
                course until 22/03/2021 with limited access to email. For urgent matters please
                call 0912 345 678.

                Best regards,
                Lo Thi Mai
            """),
        ),
        "an English auto-reply without auto-reply headers",
    )

    original = dedent("""
        From: Phòng VH-TT huyện Tam Đường <sangnq.tamduong@laichau.gov.vn>
        To: vanhoa.tamduong@laichau.gov.vn
        Subject: Tổng hợp kết quả tuyên truyền tuần kết thúc 10/6/2021
        Date: Thu, 10 Jun 2021 16:30:00 +0700
        Message-ID: <tonghop-20210610@laichau.gov.vn>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 8bit

        Tổng hợp kết quả tuyên truyền tuần kết thúc 10/6/2021:
        Xã Bản Bo: 12 tin bài, 60 phút, 24 lượt, 3.000 người nghe.
        Toàn huyện: 148 tin bài, 760 phút, 310 lượt, 41.000 người nghe.
    """)
    nr(
        "delivery_delayed_dsn_with_summary",
        Mail(
            "Mail Delivery System <MAILER-DAEMON@mail.laichau.gov.vn>",
            "Delivery delayed: Tổng hợp kết quả tuyên truyền tuần kết thúc 10/6/2021",
            "2021-06-10 20:31 +0700",
            raw=dedent("""
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status;
                 boundary="==h2_dsn_1=="

                --==h2_dsn_1==
                Content-Type: text/plain; charset="utf-8"
                Content-Transfer-Encoding: 8bit

                This is the mail system at host mail.laichau.gov.vn.

                ####################################################################
                # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
                ####################################################################

                Your message could not be delivered for 4.0 hours.
                It will be retried until it is 5.0 days old.

                <vanhoa.tamduong@laichau.gov.vn>: connect to mx.laichau.gov.vn[10.12.0.5]:25:
                    Connection timed out

                --==h2_dsn_1==
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mail.laichau.gov.vn
                Arrival-Date: Thu, 10 Jun 2021 16:30:02 +0700

                Final-Recipient: rfc822; vanhoa.tamduong@laichau.gov.vn
                Action: delayed
                Status: 4.4.1
                Will-Retry-Until: Tue, 15 Jun 2021 16:30:02 +0700

                --==h2_dsn_1==
                Content-Type: message/rfc822
                Content-Transfer-Encoding: 8bit

            """)
            + original
            + "\n--==h2_dsn_1==--\n",
        ),
        "a delivery-delay notice carrying the office's own summary (with a commune's figures)",
    )

    nr(
        "son_binh_thank_you",
        Mail(
            frm("Hoàng Thu Trang", "son_binh"),
            "Re: Hướng dẫn điền biểu mẫu báo cáo",
            "2021-04-02 08:10 +0700",
            dedent("""
                Dạ em cảm ơn anh đã hướng dẫn cách điền biểu mẫu ạ. Từ tuần sau em sẽ gửi đúng
                hạn trước 16h thứ Năm ạ.

                Vào Th 5, 1 thg 4, 2021 lúc 17:02 Phòng VH-TT <sangnq.tamduong@laichau.gov.vn> đã viết:
                > Thời lượng ghi bằng phút, ví dụ 1 giờ 15 phút ghi 75.
            """),
        ),
        "a thank-you, the quoted guidance has an example figure",
    )

    nr(
        "ban_hon_photo_album",
        Mail(
            frm("Tẩn Thị Sinh", "ban_hon"),
            "Ảnh hoạt động tuyên truyền lưu động bản Sin Câu",
            "2021-04-16 09:00 +0700",
            dedent("""
                Kính gửi Phòng VH-TT,

                Xã Bản Hon gửi 3 ảnh hoạt động tuyên truyền lưu động tại bản Sin Câu ngày
                15/4/2021 (khoảng 120 người tham dự) để Phòng đưa tin.

                Trân trọng.
            """),
            files=(
                jpeg("IMG_20210415_0931.jpg", (40, 90, 160), 2),
                jpeg("IMG_20210415_0945.jpg", (160, 90, 40), 4),
                jpeg("IMG_20210415_1002.jpg", (40, 160, 90), 6),
            ),
        ),
        "a photo album of an event, with the number of people attending",
    )

    nr(
        "nung_nang_agriculture_weekly_report",
        Mail(
            frm("UBND xã Nùng Nàng", "nung_nang"),
            "Báo cáo tuần tình hình sản xuất nông nghiệp",
            "2021-03-03 16:00 +0700",
            dedent("""
                Kính gửi: Phòng Nông nghiệp và Phát triển nông thôn huyện.
                (Đồng gửi: Phòng Văn hóa và Thông tin huyện)

                UBND xã Nùng Nàng báo cáo tình hình sản xuất nông nghiệp tuần như sau:
                1. Lúa xuân: đã cấy 245 ha/250 ha kế hoạch (đạt 98%).
                2. Ngô xuân hè: gieo trồng 120 ha.
                3. Chè: thu hoạch 35 tấn búp tươi, giá 8.000 đồng/kg.
                4. Chăn nuôi: tiêm phòng lở mồm long móng 1.250 con gia súc; 2 con trâu bị
                   chết rét.
                5. Tuyên truyền: phát 6 lượt thông báo lịch thời vụ trên loa truyền thanh.

                UBND xã Nùng Nàng
            """),
        ),
        "an agriculture weekly report full of numbers, one line about loudspeaker notices",
    )

    nr(
        "binh_lu_forwards_district_summary_back",
        Mail(
            frm("Lò Văn Panh", "binh_lu"),
            "Fwd: Tổng hợp kết quả tuyên truyền tuần kết thúc 11/3/2021",
            "2021-03-12 09:30 +0700",
            dedent("""
                Anh ơi trong bảng tổng hợp xã Bình Lư bị ghi 0, tuần này xã em có gửi báo cáo
                lúc 15h hôm qua rồi ạ, anh kiểm tra lại giúp em với ạ.

                ---------- Forwarded message ---------
                Từ: Phòng VH-TT huyện Tam Đường <sangnq.tamduong@laichau.gov.vn>
                Date: Th 5, 11 thg 3, 2021 vào lúc 16:30
                Subject: Tổng hợp kết quả tuyên truyền tuần kết thúc 11/3/2021

                TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN (05/3/2021 - 11/3/2021)
                Đơn vị | Số tin, bài | Thời lượng (phút) | Số lần phát sóng | Người nghe
                Thị trấn Tam Đường | 18 | 85 | 36 | 5.000
                Xã Bản Bo | 12 | 60 | 24 | 3.000
                Xã Bình Lư | 0 | 0 | 0 | 0
                Xã Tả Lèng | 8 | 40 | 16 | 1.800
                Tổng cộng | 38 | 185 | 76 | 9.800
            """),
        ),
        "the district's own weekly summary forwarded back by a commune asking about its row",
    )

    nr(
        "ho_thau_question_with_example",
        Mail(
            frm("Hạng A Lử", "ho_thau"),
            "Hỏi cách ghi thời lượng",
            "2021-05-05 10:00 +0700",
            dedent("""
                Dạ anh cho em hỏi: thời lượng ghi tổng số phút của tất cả tin bài hay là số phút
                phát mỗi ngày ạ? Ví dụ tuần này xã em có 6 tin, mỗi tin khoảng 5 phút, phát 2
                lần/ngày thì ghi thế nào ạ? Em cảm ơn.
            """),
        ),
        "a question about the form, with an example",
    )

    nr(
        "khun_ha_meeting_invitation",
        Mail(
            frm("UBND xã Khun Há", "khun_ha"),
            "Giấy mời dự hội nghị sơ kết 6 tháng công tác văn hóa thông tin",
            "2021-07-08 14:00 +0700",
            dedent("""
                GIẤY MỜI
                UBND xã Khun Há trân trọng kính mời đại diện lãnh đạo Phòng Văn hóa và Thông tin
                huyện dự hội nghị sơ kết 6 tháng đầu năm 2021 công tác văn hóa, thông tin.
                Thời gian: 8 giờ 00 phút, ngày 15/7/2021 (thứ Năm).
                Địa điểm: Hội trường UBND xã Khun Há.
                Thành phần: 25 đại biểu; 12 trưởng bản.
            """),
        ),
        "a meeting invitation with a time, a date and numbers of delegates",
    )

    nr(
        "ta_leng_leave_notice",
        Mail(
            frm("Lò Thị Mai", "ta_leng"),
            "Xin phép nghỉ học lớp trung cấp chính trị",
            "2021-03-19 16:40 +0700",
            dedent("""
                Kính gửi anh Sang,

                Em xin phép nghỉ từ ngày 22/3 đến 26/3/2021 đi học lớp trung cấp lý luận chính
                trị. Báo cáo tuần trong thời gian này đồng chí Lò Thị Hà (SĐT 0983.456.721) sẽ
                gửi thay em ạ.

                Em cảm ơn.
            """),
        ),
        "a leave notice: a date range and a phone number, no figures",
    )

    nr(
        "then_sin_will_send_tomorrow",
        Mail(
            frm("Chu Văn Chính", "then_sin"),
            "Báo cáo tuần - xin gửi chậm",
            "2021-06-10 15:30 +0700",
            dedent("""
                Dạ xã em đang tổng hợp số liệu từ 11 bản, chiều mai em gửi báo cáo tuần ạ.
                Mong anh thông cảm.
            """),
        ),
        "a promise to send the report tomorrow",
    )

    nr(
        "phishing_mailbox_full",
        Mail(
            "Quản trị hệ thống <admin@laichau-gov-vn.com>",
            "Cảnh báo: Hộp thư của bạn đã đầy 98%",
            "2021-07-20 03:12 +0700",
            dedent("""
                Hộp thư sangnq.tamduong@laichau.gov.vn đã sử dụng 98% dung lượng (1,96 GB / 2 GB).
                Sau 24 giờ, 150 thư mới nhất sẽ bị xóa. Nhấn vào đây để nâng cấp miễn phí:
                http://laichau-gov-vn.com/nang-cap
            """),
        ),
        "phishing with percentages and counts",
    )

    nr(
        "giang_ma_covid_daily_report",
        Mail(
            frm("UBND xã Giang Ma", "giang_ma"),
            "Báo cáo nhanh công tác phòng chống dịch Covid-19 ngày 20/8/2021",
            "2021-08-20 17:00 +0700",
            dedent("""
                Kính gửi: Ban Chỉ đạo phòng, chống dịch Covid-19 huyện.

                - Số người từ vùng dịch về địa phương: 14 người;
                - Cách ly tại nhà: 9 người;
                - Tiêm vắc xin mũi 1: 326 người;
                - Tuyên truyền qua loa truyền thanh: 12 lượt.

                UBND xã Giang Ma
            """),
        ),
        "a Covid-19 daily report to the steering committee, with one loudspeaker figure",
    )

    nr(
        "na_tam_monthly_plan",
        Mail(
            frm("UBND xã Nà Tăm", "na_tam"),
            "Kế hoạch tuyên truyền tháng 4/2021",
            "2021-03-30 10:00 +0700",
            dedent("""
                KẾ HOẠCH
                Tuyên truyền trên hệ thống truyền thanh cơ sở tháng 4/2021

                1. Chỉ tiêu: dự kiến xây dựng 25 tin, bài; phát 60 lượt; thời lượng khoảng 120
                   phút; phấn đấu 100% hộ dân được nghe.
                2. Nội dung: bầu cử đại biểu Quốc hội khóa XV; phòng chống dịch Covid-19; phòng
                   chống cháy rừng.
                3. Tổ chức thực hiện: giao công chức Văn hóa - Xã hội chủ trì.
            """),
        ),
        "a monthly plan with target figures: nothing has been broadcast yet",
    )

    nr(
        "ban_bo_read_receipt_vi",
        Mail(
            frm("Tẩn Thị Mẩy", "ban_bo"),
            "Đã đọc: Đề nghị gửi báo cáo tuyên truyền tuần",
            "2021-05-19 08:00 +0700",
            raw=dedent("""
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=disposition-notification;
                 boundary="==h2_mdn_1=="

                --==h2_mdn_1==
                Content-Type: text/plain; charset="utf-8"
                Content-Transfer-Encoding: 8bit

                Thư của bạn

                  Tới: banbo.tamduong@laichau.gov.vn
                  Chủ đề: Đề nghị gửi báo cáo tuyên truyền tuần
                  Đã gửi: Thứ Ba, 18/5/2021 15:00

                đã được đọc vào Thứ Tư, 19/5/2021 08:00.

                --==h2_mdn_1==
                Content-Type: message/disposition-notification

                Reporting-UA: banbo.tamduong@laichau.gov.vn; Microsoft Outlook 16.0
                Final-Recipient: rfc822; banbo.tamduong@laichau.gov.vn
                Disposition: manual-action/MDN-sent-manually; displayed

                --==h2_mdn_1==--
            """),
        ),
        "an Outlook read receipt in Vietnamese",
    )

    nr(
        "ban_giang_forgot_attachment",
        Mail(
            frm("Lò Thị Hồng Nhung", "ban_giang"),
            "Báo cáo tuyên truyền tuần",
            "2021-06-17 10:00 +0700",
            "Dạ em gửi báo cáo tuần file đính kèm ạ.\n\nLò Thị Hồng Nhung\n",
        ),
        "'file đính kèm' but nothing attached",
    )

    nr(
        "son_binh_zalo_group_links",
        Mail(
            frm("Hoàng Thu Trang", "son_binh"),
            "Link các nhóm Zalo của bản",
            "2021-08-04 14:00 +0700",
            dedent("""
                Dạ em gửi link nhóm Zalo các bản để Phòng tham gia theo dõi ạ:
                - Bản Nà Bó: https://zalo.me/g/nabo2021
                - Bản Sơn Bình: https://zalo.me/g/sonbinh01
                - Bản Hợp 1: https://zalo.me/g/hop1sb
                (tổng 8 nhóm, em gửi tiếp các link còn lại sau ạ)
            """),
        ),
        "links to village Zalo groups, 'tổng 8 nhóm'",
    )

    nr(
        "tt_tam_duong_loudspeaker_repair_request",
        Mail(
            frm("UBND thị trấn Tam Đường", "tt_tam_duong"),
            "Đề nghị hỗ trợ sửa chữa cụm loa truyền thanh",
            "2021-07-06 09:00 +0700",
            dedent("""
                Kính gửi: Phòng Văn hóa và Thông tin huyện.

                Do ảnh hưởng của mưa dông ngày 03/7/2021, 03 cụm loa truyền thanh tại tổ dân
                phố số 2, số 5 và bản Đông Pao 1 bị hỏng (loa 25W, 2 loa/cụm). UBND thị trấn đề
                nghị Phòng hỗ trợ sửa chữa, kinh phí dự kiến 4.500.000 đồng.

                Trân trọng.
            """),
        ),
        "a request for repairs: numbers of loudspeakers, watts and money",
    )

    nr(
        "dai_th_th_new_year_greeting",
        Mail(
            frm("Đài TT-TH huyện Tam Đường", "dai_th_th"),
            "Chúc mừng năm mới Xuân Tân Sửu 2021",
            "2021-02-10 16:00 +0700",
            html="<div style='text-align:center;color:#c00'><h2>CHÚC MỪNG NĂM MỚI</h2>"
            "<p>Xuân Tân Sửu 2021</p><p>Đài Truyền thanh - Truyền hình huyện kính chúc Phòng"
            " Văn hóa và Thông tin một năm mới an khang, thịnh vượng!</p>"
            "<p>Lịch phát sóng Tết: từ 30 Tết đến mùng 5, phát 3 buổi/ngày.</p></div>",
        ),
        "a New Year greeting card with a broadcast timetable",
    )

    nr(
        "ho_thau_summary_file_broken_font",
        Mail(
            frm("Hạng A Lử", "ho_thau"),
            "Re: Tổng hợp kết quả tuyên truyền tuần",
            "2021-04-23 08:00 +0700",
            dedent("""
                Anh ơi file tổng hợp tuần trước anh gửi bị lỗi font, em ko mở được, anh gửi lại
                bản pdf giúp em với ạ. Em cảm ơn.
            """),
        ),
        "a request to resend a file",
    )

    nr(
        "khun_ha_zimbra_vi_auto_reply",
        Mail(
            frm("Giàng Thị Dua", "khun_ha"),
            "Trả lời tự động: Đề nghị gửi báo cáo tuyên truyền tuần",
            "2021-07-28 15:00 +0700",
            dedent("""
                Tôi đang đi công tác đến hết ngày 30/7/2021. Trong thời gian này xin liên hệ
                đồng chí Vàng A Sùng, SĐT 0915 222 333.
            """),
            headers=(("Auto-Submitted", "auto-replied"),),
        ),
        "a Zimbra auto-reply in Vietnamese with Auto-Submitted",
    )

    nr(
        "ban_giang_forwards_district_letter_to_villages",
        Mail(
            frm("UBND xã Bản Giang", "ban_giang"),
            "Fwd: V/v tăng cường công tác tuyên truyền dịp Tết Nguyên đán Tân Sửu 2021",
            "2021-02-03 10:00 +0700",
            dedent("""
                Chuyển các bản triển khai thực hiện, đồng gửi Phòng VH-TT để biết.

                ---------- Forwarded message ---------
                Từ: Phòng VH-TT huyện Tam Đường <sangnq.tamduong@laichau.gov.vn>
                Date: Th 2, 1 thg 2, 2021

                Căn cứ Thông báo số 62/TB-UBND ngày 01/02/2021 của UBND huyện Tam Đường; Công
                văn số 122/STTTT-BCVTCNTT ngày 29/01/2021 của Sở Thông tin và Truyền thông.
                Đề nghị UBND các xã, thị trấn báo cáo nhanh kết quả tuyên truyền (số lượng tin,
                bài; độ dài tin, bài; số lượng phát sóng; ước số lượng người nghe) trước 16h00
                thứ Năm hằng tuần.
            """),
            to="Các bản xã Bản Giang <bangiang.ban@gmail.com>, " + OFFICE,
        ),
        "the district's request letter forwarded by a commune to its villages, office in copy",
    )

    nr(
        "tt_tam_duong_weekly_work_schedule",
        Mail(
            frm("Văn phòng UBND thị trấn", "tt_tam_duong2"),
            "Lịch công tác tuần của UBND thị trấn (15/3 - 19/3/2021)",
            "2021-03-13 08:00 +0700",
            dedent("""
                LỊCH CÔNG TÁC TUẦN
                Thứ Hai (15/3): 8h00 họp giao ban; 14h00 tiếp 12 hộ dân tổ 3.
                Thứ Tư (17/3): 7h30 kiểm tra 4 cụm loa truyền thanh.
                Thứ Năm (18/3): 16h00 gửi báo cáo tuần về Phòng VH-TT.
                Thứ Sáu (19/3): 8h00 hội nghị 45 đại biểu.
            """),
        ),
        "the town's weekly work schedule, a date range and numbers",
    )


# == writing ================================================================================

FAMILIES = [
    formal,
    elderly,
    teencode,
    narrative,
    tables,
    twoweeks,
    docx_family,
    xlsx_family,
    phone,
    threads,
    numwords,
    durations,
    listeners,
    late,
    social,
    nonreports,
]


def main() -> None:
    for fill in FAMILIES:
        fill()
    names = [(c["family"], c["name"]) for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    for folder in sorted({c["family"] for c in CASES}):
        shutil.rmtree(HERE / folder, ignore_errors=True)
    for c in CASES:
        folder = HERE / c["family"]
        folder.mkdir(parents=True, exist_ok=True)
        msgid = f"h2-{c['family']}-{c['name']}@holdout2.invalid".replace("_", "-")
        (folder / f"{c['name']}.eml").write_bytes(c["mail"].build(msgid))
        (folder / f"{c['name']}.expected.json").write_text(
            json.dumps(c["expected"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    reports = [c for c in CASES if c["expected"]["reports"]]
    print(
        f"{len(CASES)} cases: {len(reports)} reports, {len(CASES) - len(reports)} non-reports,"
        f" in {len({c['family'] for c in CASES})} families"
    )


if __name__ == "__main__":
    main()
