"""Family nonreport: mail that is not a unit's weekly report."""

from h6case import D, case
import h6lib as L
from h6lib import addr, named

OFFICE_FROM = ("Phòng VHTT Tam Đường", L.OFFICE)

REMINDER = """Kính gửi: UBND các xã, thị trấn; Đài Truyền thanh - Truyền hình huyện.

Phòng Văn hóa và Thông tin huyện đề nghị các đơn vị báo cáo nhanh kết quả
tuyên truyền tuần (số lượng tin, bài; độ dài tin, bài; số lượng phát sóng; ước
số lượng người nghe) về địa chỉ sangnq.tamduong@laichau.gov.vn trước 16h00 thứ
Năm hằng tuần.

Trân trọng./.
Phòng Văn hóa và Thông tin huyện Tam Đường"""


def office_reminder_msg(date, to, msgid):
    part = L.text_part(REMINDER)
    return L.message([("From", named(*OFFICE_FROM)), ("To", to),
                      ("Subject", L.ew("Nhắc gửi báo cáo kết quả tuyên truyền tuần")),
                      ("Date", date), ("Message-ID", msgid)], part)


@case("nonreport", "ooo_auto_submitted_vi")
def _(c):
    body = c.text("""Xin chào,

Tôi hiện đang đi công tác tại bản Sin Chải từ ngày 11/01 đến hết ngày 14/01/2022,
không truy cập được thư điện tử. Việc gấp xin liên hệ số điện thoại 0977 215 638.

Trân trọng,
Lò Văn Pằng
Công chức Văn hóa - Xã hội xã Hồ Thầu
""")
    c.mail(("Lò Văn Pằng", addr("ho_thau")), "Trả lời tự động: Nhắc gửi báo cáo kết quả tuyên truyền tuần",
           D(2022, 1, 12, 15, 2, 41), body,
           extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zimbra 8.8.15_GA_4177")],
           in_reply_to="<nhac-bc-0112@laichau.gov.vn>")
    c.nonreport("RFC 3834 Auto-Submitted: auto-replied, Vietnamese absence notice with a phone number and dates")


@case("nonreport", "ooo_x_autoreply_en")
def _(c):
    body = c.text("""Thank you for your email.

I am out of the office for the Lunar New Year holiday until Monday 07/02/2022 and
have limited access to email. For urgent matters please call 0912 336 457.

Best regards,
Giang A Lu
Giang Ma Commune People's Committee
""")
    c.mail(("Giàng A Lử", addr("giang_ma")), "Auto: Báo cáo kết quả tuyên truyền tuần 27/01/2022",
           D(2022, 1, 27, 16, 41, 5), body,
           extra=[("X-Autoreply", "yes"), ("X-Autorespond", "yes")])
    c.nonreport("X-Autoreply header, English holiday notice; the subject names a week")


@case("nonreport", "ooo_precedence_maternity")
def _(c):
    body = c.text("""Em đang nghỉ chế độ thai sản từ ngày 01/3/2022 đến hết ngày 31/8/2022.

Mọi công việc liên quan đến công tác văn hóa, thông tin của xã xin liên hệ đồng chí
Tẩn Thị Mây, số điện thoại 0388 412 905.

Em cảm ơn ạ!
""")
    c.mail(("Chảo Thị Mẩy", addr("nung_nang")), "Vắng mặt: Nhắc gửi báo cáo tuần",
           D(2022, 3, 9, 15, 0, 12), body,
           extra=[("Precedence", "auto_reply"), ("X-Auto-Response-Suppress", "All")])
    c.nonreport("Precedence: auto_reply, Vietnamese leave notice only")


@case("nonreport", "ooo_quoting_summary")
def _(c):
    body = c.text("""Cảm ơn anh/chị đã gửi thư. Tôi đang nghỉ phép đến hết ngày 14/02/2022,
thư sẽ được trả lời sau khi tôi đi làm trở lại.

-----Thư gốc-----
Từ: Phòng VHTT Tam Đường <sangnq.tamduong@laichau.gov.vn>
Đã gửi: Thứ Năm, 10 tháng 2, 2022 4:30 CH
Đến: daitruyenthanh.tamduong@laichau.gov.vn
Chủ đề: Tổng hợp kết quả tuyên truyền tuần 10/02/2022

Kết quả tuyên truyền tuần từ 04/02 đến 10/02/2022:
- Đài TT-TH huyện: 24 tin, bài; 180 phút; 60 lượt phát sóng; 25.000 người nghe, xem.
- Các xã, thị trấn: 71 tin, bài; 460 phút; 213 lượt phát sóng; 26.400 người nghe.
""")
    c.mail(("Đài TT-TH Tam Đường", addr("dai_th_th")),
           "Tự động trả lời: Tổng hợp kết quả tuyên truyền tuần 10/02/2022",
           D(2022, 2, 10, 16, 31, 2), body, extra=[("Auto-Submitted", "auto-replied")])
    c.nonreport("auto-reply from the station quoting the office's summary with figures")


@case("nonreport", "ooo_outlook_automatic_reply_en")
def _(c):
    b = c.bnd("outlook")
    body = L.multipart("alternative", b, [
        c.text("I am currently out of the office on a training course (14-18/3/2022).\n"
               "I will respond to your message when I return.\n\nVang Thi Dung"),
        c.html("<html><body><p>I am currently out of the office on a training course "
               "(14-18/3/2022).</p><p>I will respond to your message when I return.</p>"
               "<p>Vang Thi Dung</p></body></html>"),
    ])
    c.mail(("Xa Then Sin", addr("then_sin")), "Automatic reply: Báo cáo kết quả tuyên truyền tuần",
           D(2022, 3, 16, 9, 12, 0), body,
           extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Has-Attach", ""), ("Thread-Topic", "Báo cáo kết quả tuyên truyền tuần")],
           crlf=True)
    c.nonreport("Outlook 'Automatic reply' (Auto-Submitted: auto-generated), English")


@case("nonreport", "bounce_dsn_reminder")
def _(c):
    orig = office_reminder_msg(D(2022, 4, 13, 15, 0), "banhon.tamduong@laichau.gov.vn.vn",
                               "<nhac-bc-0413@laichau.gov.vn>")
    notice = c.text("""This is the mail system at host mail.laichau.gov.vn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<banhon.tamduong@laichau.gov.vn.vn>: Host or domain name not found. Name service
    error for name=laichau.gov.vn.vn type=A: Host not found
""", cte="7bit")
    c.add(REMINDER)
    dsn = L.raw_part(["Content-Type: message/delivery-status"], b"""Reporting-MTA: dns; mail.laichau.gov.vn
Arrival-Date: Wed, 13 Apr 2022 15:00:04 +0700

Final-Recipient: rfc822; banhon.tamduong@laichau.gov.vn.vn
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.
""")
    body = L.multipart("report", c.bnd(), [notice, dsn, L.rfc822_part(orig)],
                       params="; report-type=delivery-status")
    c.mail(("Mail Delivery System", "MAILER-DAEMON@mail.laichau.gov.vn"),
           "Undelivered Mail Returned to Sender", D(2022, 4, 13, 15, 0, 5), body,
           extra=[("Auto-Submitted", "auto-replied")])
    c.nonreport("Postfix bounce (multipart/report) of the office's own reminder")


@case("nonreport", "bounce_carrying_report")
def _(c):
    inner = L.text_part("""Kính gửi Sở Thông tin và Truyền thông,

Phòng VHTT chuyển báo cáo của xã Bản Bo để Sở nắm.

---------- Forwarded message ---------
From: Xã Bản Bo <banbo.tamduong@laichau.gov.vn>
Date: Thu, Feb 17, 2022 at 9:40 AM
Subject: Báo cáo kết quả tuyên truyền tuần 17/02/2022

Số tin, bài: 07
Độ dài: 50 phút
Số lượt phát sóng: 21
Ước số người nghe: 2.300 người
""")
    c.add("Số tin, bài: 07 Độ dài: 50 phút Số lượt phát sóng: 21 Ước số người nghe: 2.300 người")
    orig = L.message([("From", named(*OFFICE_FROM)), ("To", "sotttt@laichau.gov.vn"),
                      ("Subject", L.ew("Fwd: Báo cáo kết quả tuyên truyền tuần 17/02/2022")),
                      ("Date", D(2022, 2, 17, 10, 5)), ("Message-ID", "<fw-banbo-0217@laichau.gov.vn>")],
                     inner)
    notice = c.text("""Thư của bạn không gửi được tới người nhận sau:

    sotttt@laichau.gov.vn
    Hộp thư của người nhận đã đầy (552 5.2.2 Mailbox full).

Thư gốc được đính kèm bên dưới.
""")
    dsn = L.raw_part(["Content-Type: message/delivery-status"], b"""Reporting-MTA: dns; mx1.laichau.gov.vn

Final-Recipient: rfc822; sotttt@laichau.gov.vn
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""")
    body = L.multipart("report", c.bnd(), [notice, dsn, L.rfc822_part(orig)],
                       params="; report-type=delivery-status")
    c.mail(("Postmaster", "postmaster@laichau.gov.vn"),
           "Thư không gửi được: Fwd: Báo cáo kết quả tuyên truyền tuần 17/02/2022",
           D(2022, 2, 17, 10, 5, 40), body, extra=[("Auto-Submitted", "auto-replied")])
    c.nonreport("bounce whose returned message carries a commune report the office had forwarded")


@case("nonreport", "bounce_headers_only_ack")
def _(c):
    notice = c.text("""Hệ thống thư điện tử không thể chuyển thư của bạn tới khunha.tamduong@laichau.gov.vn
sau 5 ngày thử lại. Máy chủ nhận trả lời: 421 4.4.2 Connection timed out.

Phần đầu thư gốc được gửi kèm.
""")
    hdrs = L.raw_part(["Content-Type: text/rfc822-headers"], f"""From: {named(*OFFICE_FROM)}
To: khunha.tamduong@laichau.gov.vn
Subject: {L.ew("Phòng VHTT đã nhận báo cáo của Xã Khun Há - tuần 19/05/2022")}
Date: {D(2022, 5, 19, 16, 35)}
Message-ID: <ack-khunha-0519@laichau.gov.vn>
""".encode())
    body = L.multipart("report", c.bnd(), [notice, hdrs], params="; report-type=delivery-status")
    c.mail(("Mail Delivery Subsystem", "MAILER-DAEMON@laichau.gov.vn"),
           "Thông báo trạng thái gửi thư (Thất bại)", D(2022, 5, 24, 16, 40, 0), body,
           extra=[("Auto-Submitted", "auto-generated")])
    c.nonreport("Vietnamese bounce with only the headers of the office's acknowledgment")


@case("nonreport", "newsletter_list_id")
def _(c):
    h = """<html><body>
<h2>BẢN TIN THÔNG TIN CƠ SỞ - SỐ 14/2022</h2>
<p>Trong tháng 6/2022, các đài truyền thanh cơ sở trên địa bàn tỉnh đã phát
<b>1.250 tin, bài</b> với tổng thời lượng <b>9.400 phút</b>; toàn tỉnh có
<b>215.400</b> lượt cài đặt Bluezone.</p>
<p>Huyện Tam Đường: 96 tin, bài; 640 phút; 288 lượt phát sóng.</p>
<p><a href="https://stttt.laichau.gov.vn/bantin/14">Đọc toàn văn</a> |
<a href="https://stttt.laichau.gov.vn/unsubscribe?u=sangnq">Hủy đăng ký</a></p>
</body></html>"""
    body = L.multipart("alternative", c.bnd(), [
        c.text(L.html_to_text(h)), c.html(h)])
    c.mail(("Bản tin Sở TT&TT Lai Châu", "bantin@stttt.laichau.gov.vn"),
           "Bản tin Thông tin cơ sở số 14/2022", D(2022, 7, 5, 7, 30), body,
           extra=[("List-Id", "Ban tin TTCS <bantin.stttt.laichau.gov.vn>"),
                  ("List-Unsubscribe", "<https://stttt.laichau.gov.vn/unsubscribe?u=sangnq>"),
                  ("Precedence", "list")])
    c.nonreport("provincial newsletter (List-Id, Precedence: list) full of figures")


@case("nonreport", "google_group_from_commune")
def _(c):
    body = c.text("""Chào các anh chị,

Em gửi các anh chị bộ tài liệu tuyên truyền phòng chống dịch do Sở cung cấp, gồm
12 bài viết và 5 clip ngắn, để phát trên loa truyền thanh của bản:
https://drive.google.com/drive/folders/1aBcTuyenTruyen2022

Nguyễn Thị Hoa - xã Bản Giang

--
Bạn nhận được thư này vì bạn đã đăng ký vào nhóm "vhxh-tamduong" của Google Groups.
Để hủy đăng ký, gửi email tới vhxh-tamduong+unsubscribe@googlegroups.com.
""")
    c.mail("=?UTF-8?B?J05ndXnhu4VuIFRo4buLIEhvYScgdmlh?= vhxh-tamduong <vhxh-tamduong@googlegroups.com>",
           "[vhxh-tamduong] Tài liệu tuyên truyền phòng chống dịch", D(2022, 7, 14, 9, 20), body,
           to="vhxh-tamduong@googlegroups.com", reply_to=addr("ban_giang"),
           extra=[("List-Id", "<vhxh-tamduong.googlegroups.com>"),
                  ("Mailing-list", "list vhxh-tamduong@googlegroups.com; contact vhxh-tamduong+owners@googlegroups.com"),
                  ("Precedence", "list"),
                  ("List-Unsubscribe", "<mailto:vhxh-tamduong+unsubscribe@googlegroups.com>")])
    c.add("'Nguyễn Thị Hoa' via vhxh-tamduong")
    c.nonreport("mailing-list message written by a commune official, with counts of documents")


@case("nonreport", "spam_sim_so_dep")
def _(c):
    h = """<html><body style="font-family:Arial">
<h1 style="color:red">SIM SỐ ĐẸP - GIẢM 50%</h1>
<p>Chỉ từ <b>99.000đ</b>, tặng 30 GB data/tháng. Hơn 5.000 khách hàng đã đăng ký!</p>
<p>Gọi ngay 0868 999 888. Ưu đãi đến hết 31/08/2022.</p>
</body></html>"""
    body = c.html(h, cte="base64")
    c.mail(("Sim So Dep VIP", "khuyenmai@simvip-24h.xyz"), "SIM SỐ ĐẸP GIÁ CHỈ 99.000Đ - Ưu đãi 50%",
           D(2022, 8, 2, 23, 14, tz="+0800"), body,
           to="undisclosed-recipients:;", extra=[("Precedence", "bulk"),
                                                ("X-Spam-Flag", "YES"), ("X-Spam-Score", "8.7")])
    c.nonreport("Vietnamese advertising spam (Precedence: bulk)")


@case("nonreport", "spam_phishing_quota_en")
def _(c):
    body = c.text("""Dear sangnq.tamduong@laichau.gov.vn,

Your mailbox has exceeded 98% of its quota (1.96 GB of 2 GB). 25 incoming messages
are on hold. Verify your account within 24 hours to avoid suspension:

https://laichau-gov-vn.support/verify?id=5531

Webmail Administrator
""")
    c.mail(("Webmail Admin", "admin@laichau-gov-vn.support"), "Mailbox quota exceeded - action required",
           D(2022, 8, 9, 3, 51, tz="+0000"), body, to=L.OFFICE)
    c.nonreport("English phishing mail with numbers")


@case("nonreport", "office_summary_back")
def _(c):
    rows = [["TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN TỪ 21/01 ĐẾN 27/01/2022"], [],
            ["STT", "Đơn vị", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
            [1, "Thị trấn Tam Đường", 11, 65, 33, 6500],
            [2, "Xã Bản Bo", 6, 48, 18, 2400],
            [3, "Xã Nà Tăm", 5, 35, 15, 1800],
            [4, "Xã Hồ Thầu", 7, 42, 21, 2600],
            [5, "Đài TT-TH huyện", 26, 210, 78, 35000],
            [None, "Tổng cộng", 55, 400, 165, 48300]]
    data, texts = L.xlsx_bytes([("TongHop", rows, {"merge": ["A1:F1"]})], L.dt.datetime(2022, 1, 27, 9, 0))
    body = L.multipart("mixed", c.bnd(), [
        c.text("""Kính gửi: Lãnh đạo UBND huyện,

Phòng Văn hóa và Thông tin tổng hợp kết quả tuyên truyền tuần từ 21/01 đến 27/01/2022
của các đơn vị (chi tiết trong file đính kèm). Còn 8 xã chưa gửi báo cáo.

Phòng VHTT huyện Tam Đường"""),
        c.att(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "Tong hop tuan 27-01-2022.xlsx", texts)])
    c.mail(OFFICE_FROM, "Tổng hợp kết quả tuyên truyền tuần từ 21/01 đến 27/01/2022",
           D(2022, 1, 27, 16, 30), body, to="vanhoa.tamduong@laichau.gov.vn",
           cc=", ".join(addr(u) for u in ("tt_tam_duong", "ban_bo", "na_tam", "ho_thau", "dai_th_th")))
    c.nonreport("the office's own weekly summary (xlsx of several units) seen in its mailbox")


@case("nonreport", "office_reminder_back")
def _(c):
    body = c.text("""Kính gửi: UBND các xã, thị trấn; Đài Truyền thanh - Truyền hình huyện.

Đến 15h00 ngày 02/3/2022, Phòng mới nhận được báo cáo của 4/14 đơn vị. Đề nghị các
đơn vị còn lại gửi báo cáo kết quả tuyên truyền tuần (số tin, bài; độ dài; số lượt
phát sóng; ước số người nghe) trước 16h00 thứ Năm ngày 03/3/2022.

Trân trọng./.""")
    c.mail(OFFICE_FROM, "Nhắc: gửi báo cáo kết quả tuyên truyền tuần (hạn 16h00 thứ Năm 03/3/2022)",
           D(2022, 3, 2, 15, 5), body, to=L.OFFICE,
           extra=[("Bcc", ", ".join(addr(u) for u in ("ta_leng", "giang_ma", "ban_hon")))])
    c.nonreport("the office's reminder, sent to itself with the units in Bcc, naming every field")


@case("nonreport", "question_template")
def _(c):
    body = c.text("""Anh Sáng ơi,

Cho em hỏi mẫu báo cáo tuần này ạ? Tuần trước em gửi theo mẫu cũ có 4 chỉ tiêu,
tuần này có phải thêm phần mạng xã hội với Bluezone không anh?

Em cảm ơn anh nhiều ạ.
Lường Thị Hoa - xã Nà Tăm""")
    c.mail(("Lường Thị Hoa", addr("na_tam")), "Hỏi mẫu báo cáo tuần", D(2022, 3, 22, 8, 47), body)
    c.nonreport("question about the form, no figures (mentions '4 chỉ tiêu')")


@case("nonreport", "question_tet_holiday")
def _(c):
    body = c.text("""Dạ anh ơi, tuần này nghỉ Tết Nhâm Dần từ 29/01 đến hết 06/02 thì xã em có phải
gửi báo cáo tuần không ạ? Hay là gộp vào tuần sau ạ?

Em Lò Thị Văn, xã Bản Hon""")
    c.mail(("Xa Ban Hon", addr("ban_hon")), "hoi ve bao cao tuan nghi Tet", D(2022, 1, 26, 10, 3), body)
    c.nonreport("question about the holiday week")


LETTER = """UBND HUYỆN TAM ĐƯỜNG
PHÒNG VĂN HÓA VÀ THÔNG TIN

Số: 12/VHTT
V/v báo cáo nhanh kết quả tuyên truyền hằng tuần năm 2022

Tam Đường, ngày 04 tháng 01 năm 2022

Kính gửi:
- Đài Truyền thanh - Truyền hình huyện;
- UBND các xã, thị trấn.

Phòng Văn hóa và Thông tin huyện đề nghị Đài Truyền thanh - Truyền hình huyện, UBND
các xã, thị trấn báo cáo nhanh, tóm tắt kết quả tuyên truyền (trong đó nêu rõ số lượng
tin, bài; độ dài tin, bài; số lượng phát sóng; ước số lượng người nghe) về Phòng Văn hóa
và Thông tin huyện qua địa chỉ email: sangnq.tamduong@laichau.gov.vn trước 16h 00' ngày
thứ Năm hằng tuần để Phòng tổng hợp báo cáo Sở Thông tin và Truyền thông, UBND huyện.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG
Đỗ Trọng Thi"""


@case("nonreport", "request_letter_forwarded")
def _(c):
    body = c.text("""Chuyển tiếp công văn của Phòng VHTT huyện để các đồng chí trong Ban biên tập nắm
và thực hiện.

---------- Forwarded message ---------
From: Phòng VHTT Tam Đường <sangnq.tamduong@laichau.gov.vn>
Date: Tue, Jan 4, 2022 at 3:15 PM
Subject: V/v báo cáo nhanh kết quả tuyên truyền hằng tuần năm 2022
To: <sonbinh.tamduong@laichau.gov.vn>

""" + LETTER)
    c.mail(("UBND xã Sơn Bình", addr("son_binh")),
           "Fwd: V/v báo cáo nhanh kết quả tuyên truyền hằng tuần năm 2022",
           D(2022, 1, 5, 8, 10), body, to="bbt.sonbinh@gmail.com", cc=L.OFFICE)
    c.nonreport("the district's request letter forwarded by a commune to its editors (office in Cc)")


@case("nonreport", "request_letter_docx")
def _(c):
    b = L.DocxBuilder(author="Van phong UBND huyen")
    for line in LETTER.split("\n"):
        b.para(line, bold=line.isupper())
    data = b.save(L.dt.datetime(2022, 1, 4, 7, 0, tzinfo=L.dt.timezone.utc))
    body = L.multipart("mixed", c.bnd(), [
        c.text("Văn phòng HĐND-UBND huyện gửi các cơ quan, đơn vị công văn số 12/VHTT (đính kèm)."),
        c.att(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "12-VHTT bao cao nhanh ket qua tuyen truyen.docx", b.texts)])
    c.mail(("Văn phòng HĐND-UBND huyện Tam Đường", "vanhoa.tamduong@laichau.gov.vn"),
           "Công văn 12/VHTT V/v báo cáo nhanh kết quả tuyên truyền", D(2022, 1, 4, 16, 20), body,
           to="undisclosed-recipients:;")
    c.nonreport("the request letter as a docx: names every field of the form, no figure")


@case("nonreport", "thanks_note")
def _(c):
    body = c.text("Dạ em cảm ơn anh đã hướng dẫn ạ. Tuần sau em sẽ gửi đúng hạn trước 16h ạ.\n\nEm Hà - Sơn Bình")
    c.mail(("Nguyễn Thị Thu Hà", addr("son_binh")), "Re: Hướng dẫn báo cáo tuần", D(2022, 4, 8, 7, 55), body)
    c.nonreport("a thank-you note")


@case("nonreport", "thanks_quoting_ack")
def _(c):
    body = c.text("""Dạ vâng ạ, em cảm ơn anh.

Vào Th 5, 24 thg 3, 2022 vào lúc 16:32 Phòng VHTT Tam Đường <sangnq.tamduong@laichau.gov.vn> đã viết:
> Phòng Văn hóa và Thông tin đã nhận báo cáo của Xã Khun Há, tuần 24/03/2022:
> - Số tin, bài: 7
> - Độ dài, thời lượng (phút): 45
> - Số lần phát sóng: 21
> - Ước số người nghe: 2.200
> Nếu có sai sót, đề nghị trả lời thư này kèm số liệu đúng.
""")
    c.mail(("Vàng A Sử", addr("khun_ha")), "Re: Phòng VHTT đã nhận báo cáo tuần - Xã Khun Há",
           D(2022, 3, 25, 7, 40), body, in_reply_to="<ack-khunha-0324@laichau.gov.vn>")
    c.nonreport("thanks in reply to the office's acknowledgment; the figures are only in the quote")


@case("nonreport", "read_receipt_mdn")
def _(c):
    human = c.text("Thư của bạn gửi tới taleng.tamduong@laichau.gov.vn đã được đọc lúc 09:14 ngày 03/3/2022.")
    mdn = L.raw_part(["Content-Type: message/disposition-notification"], b"""Reporting-UA: mail.laichau.gov.vn; Zimbra
Final-Recipient: rfc822; taleng.tamduong@laichau.gov.vn
Original-Message-ID: <nhac-bc-0302@laichau.gov.vn>
Disposition: manual-action/MDN-sent-manually; displayed
""")
    body = L.multipart("report", c.bnd("zimbra"), [human, mdn],
                       params="; report-type=disposition-notification")
    c.mail(("Xã Tả Lèng", addr("ta_leng")), "Đã đọc: Nhắc: gửi báo cáo kết quả tuyên truyền tuần",
           D(2022, 3, 3, 9, 14), body)
    c.nonreport("read receipt (disposition notification) from a commune")


@case("nonreport", "meeting_invitation_ics")
def _(c):
    ics = """BEGIN:VCALENDAR
PRODID:-//Zimbra//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:giao-ban-ttcs-20220915@laichau.gov.vn
SUMMARY:Giao ban công tác thông tin cơ sở quý III/2022
DTSTART;TZID=Asia/Ho_Chi_Minh:20220915T080000
DTEND;TZID=Asia/Ho_Chi_Minh:20220915T113000
LOCATION:Hội trường UBND huyện
DTSTAMP:20220909T020000Z
END:VEVENT
END:VCALENDAR
"""
    body = L.multipart("alternative", c.bnd("zimbra"), [
        c.text("""GIẤY MỜI
Phòng Văn hóa và Thông tin trân trọng kính mời đại diện lãnh đạo UBND 13 xã, thị trấn
và Đài TT-TH huyện dự giao ban công tác thông tin cơ sở quý III/2022.
Thời gian: 08h00 thứ Năm ngày 15/9/2022. Địa điểm: Hội trường UBND huyện."""),
        L.text_part(ics, subtype="calendar", extra=("Content-Class: urn:content-classes:calendarmessage",)),
    ])
    c.add(ics)
    c.mail(("Văn phòng HĐND-UBND huyện Tam Đường", "vanhoa.tamduong@laichau.gov.vn"),
           "Giấy mời: Giao ban công tác thông tin cơ sở quý III/2022", D(2022, 9, 9, 9, 0), body,
           to=L.OFFICE)
    c.nonreport("meeting invitation with a calendar part")
