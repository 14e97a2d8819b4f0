"""Families quoting, text, numbers, body: reports written in the mail itself."""

from h6case import D, R, V, W, case
import h6lib as L
from h6lib import addr

WP = "weekly_propaganda"
SM = "social_media"


def wp(items, minutes, broadcasts, listeners):
    return {"items": items, "minutes": minutes, "broadcasts": broadcasts, "listeners": listeners}


def sm(groups, members, posts, bluezone, fake):
    return {"groups": groups, "group_members": members, "posts": posts,
            "bluezone_installs": bluezone, "fake_news": fake}


# =========================================================================== quoting


@case("quoting", "gmail_vi_reply_to_reminder")
def _(c):
    body = c.text("""Dạ em gửi báo cáo tuần của xã Bản Bo ạ:
- Số tin, bài: 06
- Thời lượng: 48 phút
- Số lượt phát sóng: 18
- Ước số người nghe: 2.400 người

Em Tẩn Thị Lả

Vào Th 4, 12 thg 1, 2022 vào lúc 15:00 Phòng VHTT Tam Đường <
sangnq.tamduong@laichau.gov.vn> đã viết:

> Kính gửi: UBND các xã, thị trấn; Đài Truyền thanh - Truyền hình huyện.
>
> Phòng Văn hóa và Thông tin huyện đề nghị các đơn vị báo cáo nhanh kết quả
> tuyên truyền tuần (số lượng tin, bài; độ dài tin, bài; số lượng phát sóng;
> ước số lượng người nghe) trước 16h00 thứ Năm 13/01/2022.
>
> Trân trọng./.
""")
    c.mail(("Tẩn Thị Lả", addr("ban_bo")), "Re: Nhắc gửi báo cáo kết quả tuyên truyền tuần",
           D(2022, 1, 13, 10, 24, 8), L.multipart("alternative", c.bnd("gmail"), [body]),
           in_reply_to="<nhac-bc-0112@laichau.gov.vn>")
    c.rep("ban_bo", WP, R("2022-01-13"),
          wp(V(6, "06"), V(48, "48 phút"), 18, V(2400, "2.400 người")))
    c.note = "Gmail Vietnamese reply header above a '>' quote of the reminder that names the fields"


@case("quoting", "gmail_en_quote_last_week")
def _(c):
    body = c.text("""Kính gửi Phòng VHTT,
Xã Nà Tăm gửi số liệu tuần này:
Số tin bài: 5
Độ dài: 35 phút
Số lần phát sóng: 15
Số người nghe: 1.800

On Thu, Jan 13, 2022 at 2:41 PM Xã Nà Tăm <natam.tamduong@laichau.gov.vn> wrote:

> Kính gửi Phòng VHTT
> Số tin bài: 4
> Độ dài: 30 phút
> Số lần phát sóng: 12
> Số người nghe: 1.500
> (tuần từ 07/01 đến 13/01/2022)
""")
    c.mail(("Xã Nà Tăm", addr("na_tam")), "Re: Báo cáo tuần xã Nà Tăm", D(2022, 1, 20, 9, 5, 51),
           body, in_reply_to="<CAK1natam0113@mail.gmail.com>")
    c.rep("na_tam", WP, R("2022-01-20"), wp(5, V(35, "35 phút"), 15, V(1800, "1.800")))
    c.note = ("English Gmail header; the quote holds last week's figures and last week's "
              "written period, the new text has none (Date rule)")


@case("quoting", "outlook_vi_block_signature")
def _(c):
    body = c.text("""Kính gửi: Phòng Văn hóa và Thông tin huyện

Thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần như sau:
1. Số tin, bài: 11
2. Độ dài tin, bài: 1 giờ 05 phút
3. Số lần phát sóng: 33
4. Ước số người nghe: 6.500 người

Trân trọng!

Đèo Văn Khánh
Công chức VH-XH thị trấn Tam Đường
ĐT cơ quan: 0213 3875 123 - DĐ: 0915.338.642

Từ: Phòng VHTT Tam Đường <sangnq.tamduong@laichau.gov.vn>
Đã gửi: Thứ Năm, 20 tháng 1, 2022 4:35 CH
Đến: vhtt.tttamduong@laichau.gov.vn
Chủ đề: RE: Báo cáo kết quả tuyên truyền tuần

Phòng đã nhận báo cáo tuần 20/01/2022 của TT Tam Đường: 9 tin, bài; 55 phút;
27 lượt; 6.000 người. Đề nghị tuần sau gửi trước 16h00.
""")
    c.mail(("Thị trấn Tam Đường", addr("tt_tam_duong")), "RE: Báo cáo kết quả tuyên truyền tuần",
           D(2022, 1, 27, 14, 10, 33), body, crlf=True,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdgTQk1Tx0TamDuong27")])
    c.rep("tt_tam_duong", WP, R("2022-01-27"),
          wp(11, V(65, "1 giờ 05 phút"), 33, V(6500, "6.500 người")))
    c.note = "Outlook Vietnamese header block (Từ/Đã gửi/Đến/Chủ đề) with last week's figures; signature with phones"


@case("quoting", "outlook_en_original_message")
def _(c):
    body = c.text("""Xã Bản Giang gửi số liệu tuần này ạ.
Tin, bài: 8
Thời lượng: 50 phút
Lượt phát sóng: 24
Người nghe: 3.200

-----Original Message-----
From: Xa Ban Giang [mailto:bangiang.tamduong@laichau.gov.vn]
Sent: Thursday, February 03, 2022 3:12 PM
To: sangnq.tamduong@laichau.gov.vn
Subject: Báo cáo tuần

Tin, bài: 3
Thời lượng: 20 phút
Lượt phát sóng: 9
Người nghe: 1.100
(Tuần nghỉ Tết)
""")
    c.mail(("Xa Ban Giang", addr("ban_giang")), "RE: Báo cáo tuần", D(2022, 2, 10, 11, 30, 2), body,
           crlf=True, extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
    c.rep("ban_giang", WP, R("2022-02-10"), wp(8, V(50, "50 phút"), 24, V(3200, "3.200")))
    c.note = "Outlook '-----Original Message-----' quote of last week's (Tết) figures"


@case("quoting", "zimbra_vi_original")
def _(c):
    t = """Xã Hồ Thầu báo cáo tuần này: 07 tin bài, thời lượng 42 phút, phát 21 lượt,
ước 2.600 người nghe.

Lò Văn Pằng

----- Thư gốc -----
Từ: "Phòng VHTT Tam Đường" <sangnq.tamduong@laichau.gov.vn>
Tới: "hothau tamduong" <hothau.tamduong@laichau.gov.vn>
Đã gửi: Thứ Tư, 16 Tháng Hai 2022 16:02:11
Chủ đề: Nhắc báo cáo

Xã Hồ Thầu tuần trước (10/02/2022) báo cáo 5 tin bài, 30 phút, 15 lượt, 1.900
người nghe; đề nghị tuần này gửi đúng hạn.
"""
    h = """<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div>Xã Hồ Thầu báo cáo tuần này: 07 tin bài, thời lượng 42 phút, phát 21 lượt, ước 2.600 người nghe.</div>
<div><br></div><div>Lò Văn Pằng</div><div><br></div>
<hr id="zwchr"><div style="color:#000;font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">
<b>Từ: </b>"Phòng VHTT Tam Đường" &lt;sangnq.tamduong@laichau.gov.vn&gt;<br><b>Tới: </b>"hothau tamduong" &lt;hothau.tamduong@laichau.gov.vn&gt;<br>
<b>Đã gửi: </b>Thứ Tư, 16 Tháng Hai 2022 16:02:11<br><b>Chủ đề: </b>Nhắc báo cáo<br><br>
Xã Hồ Thầu tuần trước (10/02/2022) báo cáo 5 tin bài, 30 phút, 15 lượt, 1.900 người nghe; đề nghị tuần này gửi đúng hạn.</div>
</div></body></html>"""
    body = L.multipart("alternative", c.bnd("zimbra"), [c.text(t), c.html(h)])
    c.mail(("Lò Văn Pằng", addr("ho_thau")), "Re: Nhắc báo cáo", D(2022, 2, 17, 8, 45, 19), body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_4177 (ZimbraWebClient - GC98 (Win)/8.8.15_GA_4177)")])
    c.rep("ho_thau", WP, R("2022-02-17"),
          wp(V(7, "07 tin bài"), V(42, "42 phút"), V(21, "21 lượt"), V(2600, "2.600 người nghe")))
    c.note = "Zimbra '----- Thư gốc -----' (text and html) quoting the office with last week's figures"


@case("quoting", "thunderbird_late_reply")
def _(c):
    t = """Xin lỗi anh, em gửi muộn. Xã Giang Ma tuần qua: số tin, bài 5; độ dài 40 phút;
số lượt phát sóng 20; ước số người nghe 1.900 người.

Vào 24/02/2022 16:30, Phòng VHTT Tam Đường đã viết:
> Xã Giang Ma chưa gửi báo cáo tuần này, đề nghị gửi gấp trước 17h00.
"""
    c.mail(("Giàng A Lử", addr("giang_ma")), "Re: Xã Giang Ma chưa gửi báo cáo tuần",
           D(2022, 2, 25, 8, 10, 44), c.text(t, cte="8bit", flowed=True),
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:91.0) Gecko/20100101 Thunderbird/91.6.1")])
    c.rep("giang_ma", WP, R("2022-02-24"), wp(5, V(40, "40 phút"), 20, V(1900, "1.900 người")))
    c.note = "Thunderbird Vietnamese attribution, format=flowed; sent Friday morning: late, week just closed"


@case("quoting", "correction_reply_to_ack")
def _(c):
    t = """Dạ em xin gửi lại số liệu đúng ạ, hôm qua em đánh nhầm số lượt phát sóng:
Số tin, bài: 6
Độ dài: 45 phút
Số lượt phát sóng: 24
Số người nghe: 2.800

Em Hà

Vào Th 5, 10 thg 3, 2022 vào lúc 16:40 <sangnq.tamduong@laichau.gov.vn> đã viết:

> Phòng Văn hóa và Thông tin đã nhận báo cáo của Xã Sơn Bình, tuần 10/03/2022:
> Số tin, bài: 6
> Độ dài, thời lượng (phút): 45
> Số lần phát sóng: 42
> Ước số người nghe: 2.800
> Nếu có sai sót, đề nghị trả lời thư này kèm số liệu đúng.
"""
    c.mail(("Nguyễn Thị Thu Hà", addr("son_binh")),
           "Re: Phòng VHTT đã nhận báo cáo tuần - Xã Sơn Bình", D(2022, 3, 11, 9, 20, 3),
           c.text(t), in_reply_to="<ack-sonbinh-0310@laichau.gov.vn>")
    c.rep("son_binh", WP, R("2022-03-10"), wp(6, V(45, "45 phút"), 24, V(2800, "2.800")))
    c.note = "correction in reply to the acknowledgment: new broadcasts 24, the quote holds 42"


@case("quoting", "forwarded_from_editor")
def _(c):
    t = """Kính gửi Phòng VHTT, xã Khun Há chuyển số liệu tuần này của Ban biên tập đài
truyền thanh xã ạ.

---------- Forwarded message ---------
From: Vàng A Sử <vangasu.kh@gmail.com>
Date: Thu, Mar 17, 2022 at 7:55 AM
Subject: so lieu tuyen truyen tuan
To: <khunha.tamduong@laichau.gov.vn>


Chị ơi em gửi số liệu truyền thanh tuần này:
Số tin bài: 9
Thời lượng: 1 giờ
Số lượt phát: 27
Người nghe: khoảng 3.000 người
"""
    body = L.multipart("alternative", c.bnd("gmail"), [c.text(t)])
    c.mail(("UBND xã Khun Há", addr("khun_ha")), "Fwd: so lieu tuyen truyen tuan",
           D(2022, 3, 17, 10, 2, 17), body)
    c.rep("khun_ha", WP, R("2022-03-17"),
          wp(9, V(60, "1 giờ"), 27, V(3000, "khoảng 3.000 người")))
    c.note = "report inside a Gmail forward (the forwarded part is the report, not a quote)"


@case("quoting", "forwarded_chuyen_tiep_personal")
def _(c):
    t = """Em chuyển tiếp báo cáo của xã Bản Hon ạ, hộp thư của xã bị lỗi không gửi được.

---------- Thư đã chuyển tiếp ---------
Từ: Xã Bản Hon <banhon.tamduong@laichau.gov.vn>
Ngày: Th 4, 23 thg 3, 2022 lúc 17:12
Chủ đề: Báo cáo tuần
Đến: <lothivan.bh@gmail.com>


UBND xã Bản Hon báo cáo kết quả tuyên truyền tuần từ 18/03 đến 24/03/2022:
- Số tin, bài: 5
- Độ dài: 35 phút
- Số lượt phát sóng: 15
- Ước số người nghe: 1.700 người
"""
    c.mail(("Lò Thị Văn", "lothivan.bh@gmail.com"), "Fwd: Báo cáo tuần", D(2022, 3, 24, 8, 30, 0),
           L.multipart("alternative", c.bnd("gmail"), [c.text(t)]))
    c.rep("ban_hon", WP, W("2022-03-24", "tuần từ 18/03 đến 24/03/2022"),
          wp(5, V(35, "35 phút"), 15, V(1700, "1.700 người")))
    c.note = "Vietnamese Gmail forward ('Thư đã chuyển tiếp') from a personal address; unit from the forwarded text"


@case("quoting", "outlook_fw_station")
def _(c):
    t = """Đài TT-TH chuyển Phòng số liệu tuần ạ.

________________________________
From: Lò Thị Hương <huonglt.dth@gmail.com>
Sent: Thursday, March 31, 2022 8:02 AM
To: daitruyenthanh.tamduong@laichau.gov.vn
Subject: Kết quả tuyên truyền tuần

Đài TT-TH huyện tuần này:
Tổng số tin, bài: 26
Tổng thời lượng: 210 phút
Số lượt phát sóng: 78
Ước số người nghe, xem: 35.000
"""
    c.mail(("Đài TT-TH huyện Tam Đường", addr("dai_th_th")), "FW: Kết quả tuyên truyền tuần",
           D(2022, 3, 31, 9, 15, 40), c.text(t), crlf=True,
           extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    c.rep("dai_th_th", WP, R("2022-03-31"), wp(26, V(210, "210 phút"), 78, V(35000, "35.000")))
    c.note = "Outlook 'FW:' with the underscore separator; the forwarded part is the report"


@case("quoting", "signature_many_numbers")
def _(c):
    t = """Kính gửi anh Sáng,
Xã Tả Lèng báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 4
Thời lượng: 25 phút
Lượt phát: 12
Người nghe: 1.350

--
Sùng Thị Dợ
Công chức Văn hóa - Xã hội UBND xã Tả Lèng
ĐT: 0212.3876.215 | DĐ: 0987 654 321 | Zalo: 0987654321
Email: taleng.tamduong@laichau.gov.vn
Địa chỉ: bản Tả Lèng, xã Tả Lèng, huyện Tam Đường, tỉnh Lai Châu (km 12 QL4D)
"""
    c.mail(("Sùng Thị Dợ", addr("ta_leng")), "Báo cáo tuần", D(2022, 4, 7, 15, 40, 0), c.text(t))
    c.rep("ta_leng", WP, R("2022-04-07"), wp(4, V(25, "25 phút"), 12, V(1350, "1.350")))
    c.note = "signature full of phone numbers and a road kilometre"


@case("quoting", "html_reply_gmail_quote_table")
def _(c):
    def table(a, b, cc, d):
        return (f"<table border=\"1\" cellspacing=\"0\"><tr><th>Số tin, bài</th><th>Thời lượng</th>"
                f"<th>Lượt phát sóng</th><th>Người nghe</th></tr><tr><td>{a}</td><td>{b}</td>"
                f"<td>{cc}</td><td>{d}</td></tr></table>")
    h = ("<div dir=\"ltr\"><div>Xã Bình Lư báo cáo tuần này ạ:</div>"
         + table("10", "1 giờ 10 phút", "30", "4.200")
         + "<div><br></div><div>Em Phàn Thị Nhất</div></div><br>"
         "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">Vào Th 5, 7 thg 4, 2022 vào lúc 10:02 "
         "Xã Bình Lư &lt;<a href=\"mailto:binhlu.tamduong@laichau.gov.vn\">binhlu.tamduong@laichau.gov.vn</a>&gt; đã viết:<br></div>"
         "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
         "<div dir=\"ltr\">Xã Bình Lư báo cáo tuần ạ:" + table("8", "55 phút", "24", "3.900")
         + "</div></blockquote></div>")
    t = """Xã Bình Lư báo cáo tuần này ạ:
Số tin, bài | Thời lượng | Lượt phát sóng | Người nghe
10 | 1 giờ 10 phút | 30 | 4.200

Em Phàn Thị Nhất

Vào Th 5, 7 thg 4, 2022 vào lúc 10:02 Xã Bình Lư <binhlu.tamduong@laichau.gov.vn> đã viết:
> Xã Bình Lư báo cáo tuần ạ:
> Số tin, bài | Thời lượng | Lượt phát sóng | Người nghe
> 8 | 55 phút | 24 | 3.900
"""
    body = L.multipart("alternative", c.bnd("gmail"), [c.text(t), c.html(h)])
    c.mail(("Phàn Thị Nhất", addr("binh_lu")), "Re: Báo cáo tuần xã Bình Lư",
           D(2022, 4, 14, 11, 11, 11), body)
    c.rep("binh_lu", WP, R("2022-04-14"), wp(10, V(70, "1 giờ 10 phút"), 30, V(4200, "4.200")))
    c.note = "HTML reply: this week's table on top, last week's table inside div.gmail_quote"


# =========================================================================== text


@case("text", "nfd_body_and_subject")
def _(c):
    t = """Xã Thèn Sin báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 07
Độ dài: 38 phút
Số lần phát sóng: 21
Ước số người nghe: 1.650

Người báo cáo: Tao Văn Hùng
"""
    c.mail(("Tao Văn Hùng", addr("then_sin")), "Báo cáo kết quả tuyên truyền tuần - xã Thèn Sin",
           D(2022, 4, 21, 10, 0, 0), c.text(t, norm="NFD", cte="base64"), subj_nfd=True,
           extra=[("X-Mailer", "Apple Mail (2.3654.120.0.1.13)")])
    c.rep("then_sin", WP, R("2022-04-21"), wp(V(7, "07"), V(38, "38 phút"), 21, V(1650, "1.650")))
    c.note = "decomposed (NFD) Unicode in the body and in the RFC 2047 subject (Mac client)"


@case("text", "windows_1258_qp")
def _(c):
    t = """Kính gửi Phòng Văn hóa và Thông tin,
Xã Nùng Nàng báo cáo tuần như sau:
+ Số tin, bài: 05
+ Thời lượng phát sóng: 32 phút
+ Số lượt phát sóng: 15
+ Số người nghe: 1.200 người
Người báo cáo: Chảo Thị Mẩy
"""
    c.add(t)
    data = L.to_cp1258(t)
    part = L.Part(['Content-Type: text/plain; charset="windows-1258"',
                   "Content-Transfer-Encoding: quoted-printable"], L.quopri.encodestring(data) + b"\n")
    subj = "Báo cáo tuần xã Nùng Nàng"
    c.mail(("Chao Thi May", addr("nung_nang")), subj, D(2022, 4, 28, 9, 30, 0), part,
           subject_header=L.ew_bytes(L.to_cp1258(subj), "windows-1258"),
           extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")])
    c.rep("nung_nang", WP, R("2022-04-28"),
          wp(V(5, "05"), V(32, "32 phút"), 15, V(1200, "1.200 người")))
    c.note = "windows-1258 body (combining tone bytes) in quoted-printable, windows-1258 Q subject"


@case("text", "unit_only_in_encoded_subject")
def _(c):
    t = """Em gửi báo cáo tuần ạ
Số tin bài: 9
Thời lượng: 55 phút
Số lượt phát sóng: 27
Số người nghe: 3.600
"""
    c.mail(("Lường Thị Hoa", "luonghoa.1992@gmail.com"), "Báo cáo tuyên truyền tuần - Xã Nà Tăm",
           D(2022, 5, 5, 14, 0, 9), L.multipart("alternative", c.bnd("gmail"), [c.text(t)]),
           subj_enc="Q")
    c.rep("na_tam", WP, R("2022-05-05"), wp(9, V(55, "55 phút"), 27, V(3600, "3.600")))
    c.note = "personal Gmail address; the unit is named only in the Q-encoded subject"


@case("text", "rfc2231_filename_names_unit")
def _(c):
    rows = [["Nội dung", "Số lượng"], ["Số tin, bài", 6], ["Thời lượng (phút)", 40],
            ["Số lần phát sóng", 18], ["Ước số người nghe", 2100]]
    data, texts = L.xlsx_bytes([("Sheet1", rows, {"widths": {"A": 30}})], c_when(2022, 5, 12))
    body = L.multipart("mixed", c.bnd("gmail"), [
        L.multipart("alternative", c.bnd("gmail"), [c.text("Em gửi file báo cáo tuần ạ.\n")]),
        c.att(data, XLSX, "Báo cáo tuần xã Nùng Nàng.xlsx", texts, style="rfc2231")])
    c.mail(("Tẩn Thị Mây", "tanthimay.nn@gmail.com"), "bao cao tuan", D(2022, 5, 12, 15, 20, 0), body)
    c.rep("nung_nang", WP, R("2022-05-12"), wp(6, 40, 18, 2100))
    c.note = "personal address; the unit is named only in an RFC 2231 encoded attachment file name"


@case("text", "nfd_filename_rfc2047_docx")
def _(c):
    b = L.DocxBuilder(author="Ban Giang")
    b.para("UBND XÃ BẢN GIANG", bold=True, align="center")
    b.para("Báo cáo kết quả tuyên truyền tuần từ ngày 13/5 đến ngày 19/5/2022", bold=True, align="center")
    b.para("1. Số lượng tin, bài: 06")
    b.para("2. Độ dài: 45 phút")
    b.para("3. Số lượng phát sóng: 18 lượt")
    b.para("4. Ước số lượng người nghe: 2.500 người")
    data = b.save(c_when(2022, 5, 19))
    body = L.multipart("mixed", "Apple-Mail=_6B1F0C2A-41D8-4E6B-9C70-1905BANGIANG", [
        c.text("Xã Bản Giang gửi báo cáo tuần.\n"),
        c.att(data, DOCX, "Báo cáo tuyên truyền tuần 19-5.docx", b.texts, style="rfc2047", nfd=True)])
    c.mail(("Xã Bản Giang", addr("ban_giang")), "Báo cáo tuần", D(2022, 5, 19, 13, 5, 0), body,
           extra=[("X-Mailer", "Apple Mail (2.3696.120.41.1.1)")])
    c.rep("ban_giang", WP, W("2022-05-19", "từ ngày 13/5 đến ngày 19/5/2022"),
          wp(V(6, "06"), V(45, "45 phút"), V(18, "18 lượt"), V(2500, "2.500 người")))
    c.note = "docx whose RFC 2047 file name is decomposed (NFD, Mac); week written in the document"


@case("text", "no_diacritics")
def _(c):
    t = """Kinh gui Phong VHTT
Thi tran Tam Duong bao cao tuan:
So tin bai: 12
Thoi luong: 1 gio 20 phut
So luot phat song: 36
So nguoi nghe: 7.000
Tran trong
"""
    c.mail("vhtt.tttamduong@laichau.gov.vn", "bao cao tuan TT Tam Duong", D(2022, 5, 26, 8, 0, 5),
           c.text(t, charset="us-ascii", cte="7bit"))
    c.rep("tt_tam_duong", WP, R("2022-05-26"),
          wp(12, V(80, "1 gio 20 phut"), 36, V(7000, "7.000")))
    c.note = "labels and duration without diacritics, us-ascii"


@case("text", "half_diacritics_typos")
def _(c):
    t = """Xa Khun Há bao cao:
- Sô tin bai: 6
- Thơi luong: 40 phut
- So luợt phát song: 18
- Uoc so nguoi nghẹ: 2.100
Cam on anh
"""
    c.mail(("Vang A Su", addr("khun_ha")), "bc tuan", D(2022, 6, 2, 9, 17, 0), c.text(t))
    c.rep("khun_ha", WP, R("2022-06-02"), wp(6, V(40, "40 phut"), 18, V(2100, "2.100")))
    c.note = "half-typed diacritics and small typos in every label"


@case("text", "uppercase_base64")
def _(c):
    t = """KÍNH GỬI PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN
XÃ HỒ THẦU BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN:
SỐ TIN, BÀI: 08
ĐỘ DÀI: 52 PHÚT
SỐ LƯỢT PHÁT SÓNG: 24
ƯỚC SỐ NGƯỜI NGHE: 2.950 NGƯỜI
"""
    c.mail(("XA HO THAU", addr("ho_thau")), "BÁO CÁO TUẦN", D(2022, 6, 9, 10, 48, 0),
           c.text(t, cte="base64"))
    c.rep("ho_thau", WP, R("2022-06-09"), wp(V(8, "08"), V(52, "52 PHÚT"), 24, V(2950, "2.950 NGƯỜI")))
    c.note = "all capitals, base64 body"


# =========================================================================== numbers


@case("numbers", "dot_thousands_units_after")
def _(c):
    t = """Kính gửi Phòng VHTT huyện,
Xã Bình Lư báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 09 tin
Độ dài: 57 phút
Số lần phát sóng: 27 lần
Số người nghe: 5.000 người
"""
    c.mail(("Xã Bình Lư", addr("binh_lu")), "Báo cáo tuần", D(2022, 7, 28, 10, 10, 0), c.text(t))
    c.rep("binh_lu", WP, R("2022-07-28"),
          wp(V(9, "09 tin"), V(57, "57 phút"), V(27, "27 lần"), V(5000, "5.000 người")))
    c.note = "'5.000' dot thousands; unit words after each number"


@case("numbers", "space_thousands_station")
def _(c):
    t = """Đài TT-TH huyện báo cáo nhanh kết quả tuyên truyền tuần:
Tổng số tin, bài: 31 | Thời lượng: 265 phút | Lượt phát sóng: 93 | Ước số người nghe, xem: 45 000 người
Trân trọng.
"""
    c.mail(("Đài TT-TH Tam Đường", addr("dai_th_th")), "Báo cáo nhanh tuần", D(2022, 8, 4, 15, 2, 0), c.text(t))
    c.rep("dai_th_th", WP, R("2022-08-04"), wp(31, V(265, "265 phút"), 93, V(45000, "45 000")))
    c.note = "'45 000' with a space as thousands separator, one-line layout"


@case("numbers", "nghin_decimal_and_hours")
def _(c):
    t = """TT Tam Đường báo cáo tuần này:
- Số tin, bài: 10
- Thời lượng: 1,5 giờ
- Số lượt phát sóng: 30
- Người nghe: ước khoảng 3,5 nghìn người
"""
    c.mail(("Đèo Văn Khánh", addr("tt_tam_duong")), "Báo cáo tuần", D(2022, 8, 11, 9, 33, 0), c.text(t))
    c.rep("tt_tam_duong", WP, R("2022-08-11"),
          wp(10, V(90, "1,5 giờ"), 30, V(3500, "3,5 nghìn")))
    c.note = "'1,5 giờ' = 90 minutes and an estimate '3,5 nghìn' = 3500 listeners"


@case("numbers", "khoang_2_ngan_apostrophe")
def _(c):
    t = """Báo cáo tuần xã Bản Bo:
Tin bài: 6
Thời lượng: 75'
Lượt phát sóng: 18
Người nghe khoảng 2 ngàn người
"""
    c.mail(("Tẩn Thị Lả", addr("ban_bo")), "Bản Bo báo cáo", D(2022, 8, 18, 14, 25, 0), c.text(t))
    c.rep("ban_bo", WP, R("2022-08-18"), wp(6, V(75, "75'"), 18, V(2000, "khoảng 2 ngàn")))
    c.note = "minutes as 75' and listeners 'khoảng 2 ngàn' (an estimate, taken as written)"


@case("numbers", "number_words")
def _(c):
    t = """Dạ xã Nùng Nàng báo cáo tuần này ạ:
Số tin bài: bốn
Thời lượng: ba mươi phút
Số lượt phát sóng: hai mươi
Số người nghe: một nghìn năm trăm người
"""
    c.mail(("Chảo Thị Mẩy", addr("nung_nang")), "Báo cáo tuần", D(2022, 8, 25, 8, 50, 0), c.text(t))
    c.rep("nung_nang", WP, R("2022-08-25"),
          wp(V(4, "bốn"), V(30, "ba mươi phút"), V(20, "hai mươi"), V(1500, "một nghìn năm trăm người")))
    c.note = "every figure in words"


@case("numbers", "h_compact_duration")
def _(c):
    t = """Sơn Bình gửi báo cáo tuần:
Số tin, bài: 7
Thời lượng: 1h15
Số lượt phát sóng: 21 lượt
Số người nghe: 2.700
"""
    c.mail(("Xa Son Binh", addr("son_binh")), "BC tuần", D(2022, 9, 8, 11, 0, 0), c.text(t))
    c.rep("son_binh", WP, R("2022-09-08"), wp(7, V(75, "1h15"), V(21, "21 lượt"), V(2700, "2.700")))
    c.note = "duration '1h15' = 75"


@case("numbers", "tieng_ruoi")
def _(c):
    t = """Kính gửi Phòng VHTT,
Tuần này đài truyền thanh xã Hồ Thầu phát 8 tin, bài.
Thời lượng: 1 tiếng rưỡi
Số lần phát sóng: 24
Ước số người nghe: 2.400 người
Lò Văn Pằng
"""
    c.mail(("Lò Văn Pằng", addr("ho_thau")), "Báo cáo tuần", D(2022, 9, 15, 9, 5, 0), c.text(t))
    c.rep("ho_thau", WP, R("2022-09-15"),
          wp(V(8, "8 tin, bài"), V(90, "1 tiếng rưỡi"), 24, V(2400, "2.400 người")))
    c.note = "'1 tiếng rưỡi' = 90 minutes"


@case("numbers", "gio_phut_over_two_hours")
def _(c):
    t = """Xã Giang Ma báo cáo:
Số tin, bài: 14
Độ dài tin, bài: 2 giờ 5 phút
Số lượt phát sóng: 42
Ước số người nghe: 3.100
"""
    c.mail(("Giàng A Lử", addr("giang_ma")), "Báo cáo kết quả tuyên truyền tuần", D(2022, 9, 22, 10, 40, 0),
           c.text(t))
    c.rep("giang_ma", WP, R("2022-09-22"), wp(14, V(125, "2 giờ 5 phút"), 42, V(3100, "3.100")))
    c.note = "'2 giờ 5 phút' = 125"


@case("numbers", "nghin_5_colloquial")
def _(c):
    t = """Báo cáo tuần của xã Thèn Sin:
Số tin bài: 6; độ dài 35 phút; số lượt phát 18; người nghe 2 nghìn 5.
"""
    c.mail(("Tao Văn Hùng", addr("then_sin")), "Báo cáo tuần", D(2022, 9, 29, 15, 45, 0), c.text(t))
    c.rep("then_sin", WP, R("2022-09-29"), wp(6, V(35, "35 phút"), 18, V(2500, "2 nghìn 5")))
    c.note = "colloquial '2 nghìn 5' = 2500"


@case("numbers", "hon_2000_estimate")
def _(c):
    t = """Xã Khun Há báo cáo tuần:
- Số tin, bài: 05
- Độ dài: 30 phút
- Số lượt phát sóng: 15
- Số người nghe: hơn 2.000 người
"""
    c.mail(("Vàng A Sử", addr("khun_ha")), "Báo cáo tuần", D(2022, 10, 6, 8, 12, 0), c.text(t))
    c.rep("khun_ha", WP, R("2022-10-06"), wp(V(5, "05"), V(30, "30 phút"), 15, V(2000, "hơn 2.000")))
    c.note = "listeners 'hơn 2.000' (an estimate by nature: taken as written)"


@case("numbers", "nghin_decimal_small")
def _(c):
    t = """Bản Giang báo cáo tuần này:
Số tin, bài: 4
Độ dài: 45'
Số lượt phát sóng: 12
Người nghe: 1,2 nghìn người
"""
    c.mail(("Lý Thị Chăm", addr("ban_giang")), "bao cao tuan", D(2022, 10, 13, 9, 0, 0), c.text(t))
    c.rep("ban_giang", WP, R("2022-10-13"), wp(4, V(45, "45'"), 12, V(1200, "1,2 nghìn")))
    c.note = "'1,2 nghìn' = 1200 (decimal comma) and 45'"


@case("numbers", "leading_zeros_short_week")
def _(c):
    t = """Xã Nà Tăm báo cáo tuần (tuần có nghỉ lễ Quốc khánh 2/9):
Số tin, bài: 03
Độ dài: 09 phút
Số lượt phát sóng: 06
Ước số người nghe: 0950 người
"""
    c.mail(("Lường Thị Hoa", addr("na_tam")), "Báo cáo tuần", D(2022, 9, 1, 10, 30, 0), c.text(t))
    c.rep("na_tam", WP, R("2022-09-01"),
          wp(V(3, "03"), V(9, "09 phút"), V(6, "06"), V(950, "0950 người")))
    c.note = "leading zeros on every figure, '2/9' holiday mentioned (not a period)"


# =========================================================================== body


@case("body", "prose_standard")
def _(c):
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.

Trong tuần, Ban biên tập đài truyền thanh xã Bản Hon đã xây dựng 05 tin, bài với
tổng thời lượng 1 giờ 15 phút, phát sóng 21 lượt, ước khoảng 3.500 người nghe.
Nội dung tập trung tuyên truyền phòng chống dịch Covid-19, tiêm vắc xin mũi 3 và
phòng chống cháy rừng.

UBND xã Bản Hon
"""
    c.mail(("UBND xã Bản Hon", addr("ban_hon")), "Báo cáo kết quả tuyên truyền tuần",
           D(2022, 10, 20, 10, 0, 0), c.text(t))
    c.rep("ban_hon", WP, R("2022-10-20"),
          wp(V(5, "05 tin, bài"), V(75, "1 giờ 15 phút"), V(21, "21 lượt"), V(3500, "3.500 người nghe")))
    c.note = "all four figures in one prose sentence"


@case("body", "prose_station")
def _(c):
    t = """Trong tuần, Đài Truyền thanh - Truyền hình huyện đã biên tập, phát sóng 34 tin,
bài, phóng sự trên sóng phát thanh và truyền hình, tổng thời lượng 4 giờ 30 phút,
với 102 lượt phát sóng; ước có khoảng 50.000 lượt người nghe, xem.

Đài TT-TH huyện Tam Đường
"""
    c.mail(("Đài TT-TH Tam Đường", addr("dai_th_th")), "Kết quả tuyên truyền tuần của Đài",
           D(2022, 10, 27, 14, 30, 0), c.text(t))
    c.rep("dai_th_th", WP, R("2022-10-27"),
          wp(V(34, "34 tin"), V(270, "4 giờ 30 phút"), V(102, "102 lượt"), V(50000, "50.000")))
    c.note = "the station's prose with 'tin, bài, phóng sự' and '4 giờ 30 phút'"


@case("body", "html_only_table")
def _(c):
    h = """<html><head><meta charset="utf-8"></head><body>
<p>Kính gửi Phòng VHTT huyện,</p>
<p>Thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>STT</th><th>Nội dung</th><th>Kết quả</th></tr>
<tr><td>1</td><td>Số tin, bài</td><td>13</td></tr>
<tr><td>2</td><td>Thời lượng (phút)</td><td>85</td></tr>
<tr><td>3</td><td>Số lần phát sóng</td><td>39</td></tr>
<tr><td>4</td><td>Ước số người nghe</td><td>7.200</td></tr>
</table>
<p>Trân trọng!</p></body></html>"""
    c.mail(("Thị trấn Tam Đường", addr("tt_tam_duong", 1)), "Báo cáo tuần", D(2022, 11, 3, 9, 0, 0),
           c.html(h, cte="base64"))
    c.rep("tt_tam_duong", WP, R("2022-11-03"), wp(13, 85, 39, V(7200, "7.200")))
    c.note = "HTML-only body with an STT table; the unit's second directory address"


@case("body", "html_alternative_same")
def _(c):
    t = "Xã Tả Lèng báo cáo tuần:\nSố tin, bài: 5\nThời lượng: 30 phút\nSố lượt phát sóng: 15\nSố người nghe: 1.600\n"
    h = ("<div>Xã Tả Lèng báo cáo tuần:</div><div>Số tin, bài: <b>5</b></div><div>Thời lượng: <b>30 phút</b></div>"
         "<div>Số lượt phát sóng: <b>15</b></div><div>Số người nghe: <b>1.600</b></div>")
    c.mail(("Sùng Thị Dợ", addr("ta_leng")), "Báo cáo tuần Tả Lèng", D(2022, 11, 10, 10, 5, 0),
           L.multipart("alternative", c.bnd("gmail"), [c.text(t), c.html(h)]))
    c.rep("ta_leng", WP, R("2022-11-10"), wp(5, V(30, "30 phút"), 15, V(1600, "1.600")))
    c.note = "multipart/alternative, the same figures in text and HTML (one report, not two)"


@case("body", "html_outlook_mso")
def _(c):
    h = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style><!--
p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style></head><body lang=VI link="#0563C1"><div class=WordSection1>
<p class=MsoNormal><span style='font-size:13.0pt;font-family:"Times New Roman",serif'>Kính gửi Phòng VHTT,<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:13.0pt;font-family:"Times New Roman",serif'>Xã Bình Lư báo cáo:<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:13.0pt;font-family:"Times New Roman",serif'>- Số tin, bài:&nbsp;7<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:13.0pt;font-family:"Times New Roman",serif'>- Độ dài:&nbsp;45&nbsp;phút<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:13.0pt;font-family:"Times New Roman",serif'>- Số lượt phát sóng:&nbsp;21<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:13.0pt;font-family:"Times New Roman",serif'>- Ước số người nghe:&nbsp;3.300&nbsp;người<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p></div></body></html>"""
    t = "Kính gửi Phòng VHTT,\r\nXã Bình Lư báo cáo:\r\n- Số tin, bài: 7\r\n- Độ dài: 45 phút\r\n- Số lượt phát sóng: 21\r\n- Ước số người nghe: 3.300 người\r\n"
    body = L.multipart("alternative", c.bnd("outlook"), [c.text(t), c.html(h)])
    c.mail(("Xã Bình Lư", addr("binh_lu")), "Báo cáo tuần", D(2022, 11, 17, 8, 40, 0), body, crlf=True,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "vi-VN")])
    c.rep("binh_lu", WP, R("2022-11-17"), wp(7, V(45, "45 phút"), 21, V(3300, "3.300 người")))
    c.note = "Outlook HTML with MsoNormal spans and &nbsp; between numbers and units"


@case("body", "html_bullets")
def _(c):
    h = """<div dir="ltr"><p>Xã Nà Tăm báo cáo kết quả tuyên truyền tuần:</p><ul>
<li><b>Số tin, bài:</b> 7</li><li><b>Độ dài:</b> 50 phút</li>
<li><b>Số lượt phát sóng:</b> 21</li><li><b>Ước số người nghe:</b> 2.050 người</li></ul>
<p>Trân trọng,<br>Lường Thị Hoa</p></div>"""
    c.mail(("Lường Thị Hoa", addr("na_tam")), "Báo cáo tuần xã Nà Tăm", D(2022, 11, 24, 16, 5, 0),
           L.multipart("alternative", c.bnd("gmail"), [c.html(h)]))
    c.rep("na_tam", WP, R("2022-11-24"), wp(7, V(50, "50 phút"), 21, V(2050, "2.050 người")))
    c.note = "HTML bullet list with bold labels, sent five minutes after the deadline (late, same week)"


@case("body", "prose_social_media")
def _(c):
    t = """Kính gửi Phòng VHTT huyện,

Thực hiện Công văn số 606/UBND-VX, xã Bản Giang báo cáo kết quả tuyên truyền trên
mạng xã hội như sau: đến nay xã đã thành lập 14 nhóm Zalo ở 14 bản với tổng số 2.350
thành viên; trong tuần đăng tải 36 tin, bài; số lượt cài đặt Bluezone là 1.120 lượt;
trong tuần không phát hiện trường hợp tin giả, tin sai sự thật nào.

Lý Thị Chăm
"""
    c.mail(("Lý Thị Chăm", addr("ban_giang")), "Báo cáo tuyên truyền trên mạng xã hội",
           D(2022, 12, 1, 9, 12, 0), c.text(t))
    c.rep("ban_giang", SM, R("2022-12-01"),
          sm(V(14, "14 nhóm Zalo"), V(2350, "2.350"), V(36, "36 tin, bài"), V(1120, "1.120 lượt"),
             V(0, "không phát hiện trường hợp tin giả")))
    c.note = "social-media form in prose; 'không phát hiện trường hợp tin giả' read as 0"


@case("body", "one_line_semicolons")
def _(c):
    t = "Bản Bo tuần này: tin bài 7; thời lượng 42'; phát sóng 21 lượt; người nghe 2.600. Em Lả\n"
    c.mail(("Tẩn Thị Lả", addr("ban_bo")), "bc", D(2022, 12, 8, 13, 13, 0), c.text(t, cte="8bit"))
    c.rep("ban_bo", WP, R("2022-12-08"), wp(7, V(42, "42'"), V(21, "21 lượt"), V(2600, "2.600")))
    c.note = "one terse line, label before the figure"


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def c_when(y, m, d):
    return L.dt.datetime(y, m, d, 1, 30, tzinfo=L.dt.timezone.utc)
