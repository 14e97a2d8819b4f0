"""Non-reports: auto-replies, bounces, newsletters, questions, the Sở's own mail, invitations..."""
import io

from PIL import Image, ImageDraw

from h8lib import (enc_header, enc_addr, Case, D, Att, SO_ADDR, SO_TO, make_xlsx, make_pdf, text_node, multipart,
                   node_bytes, quote)
from h8people import PEOPLE as PP, OUTLOOK


def mk(fam, name, note, p, subject, date, text=None, **kw):
    if p is not None:
        kw.setdefault("mailer", p.mailer)
        frm = kw.pop("frm", p.frm)
    else:
        frm = kw.pop("frm")
    return Case(fam, name, note, frm, subject, date, text=text, reports=[], **kw)


F = "nonreports"
REMIND = ("Kính gửi: UBND các xã, phường\n\nĐể tổng hợp báo cáo UBND tỉnh, Sở Văn hóa, Thể thao và Du lịch đề "
          "nghị các xã, phường báo cáo kết quả công tác tuyên truyền tuần {w} gồm: số tin, bài; độ dài "
          "(phút); số lượt phát sóng; ước số người nghe và kết quả tuyên truyền trên mạng xã hội (số nhóm, số "
          "thành viên, số tin bài đăng tải, số vụ tin giả) gửi về địa chỉ " + SO_ADDR + " trước 16h00 thứ Năm "
          "ngày {d}.\n\nTrân trọng!\nPhòng Quản lý báo chí và Thông tin cơ sở - Sở VHTTDL tỉnh Lai Châu\n"
          "ĐT: 0213.3791.xxx")

p = PP["bao"]
mk(F, "nr01_auto_reply_outlook_vi", "Outlook auto-reply (Trả lời tự động) to the Sở's reminder", p,
   "Trả lời tự động: Đôn đốc báo cáo kết quả tuyên truyền tuần 48", "2025-11-26 15:01",
   "Tôi đang đi công tác từ ngày 24/11 đến 28/11/2025, sẽ trả lời thư khi trở về. Việc gấp xin liên hệ "
   "số điện thoại 0912.071.386.\n\nNguyễn Văn Bảo\nPhòng Văn hóa - Xã hội xã Bum Tở",
   headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
            "In-Reply-To: <remind48.b2c1@laichau.gov.vn>"])

p = PP["thanh"]
mk(F, "nr02_out_of_office_english", "English Out of Office auto-reply", p,
   "Automatic reply: Đôn đốc báo cáo kết quả tuyên truyền tuần 10", "2026-03-04 15:00",
   "I am out of the office until 09/03/2026 with limited access to email.\n"
   "Tôi đang nghỉ phép đến ngày 09/03/2026.\n\nTran Van Thanh",
   headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: " + PP["thanh"].addr])

ACK = ("Sở VHTTDL đã nhận báo cáo tuần 46 (kết thúc 13/11/2025) của Xã Mường Tè:\n- Số tin, bài: 13\n"
       "- Độ dài, thời lượng (phút): 88\n- Số lần phát sóng: 26\n- Ước số người nghe: 4.700\n"
       "Nếu có sai sót, đề nghị trả lời thư này.\n")


def bounce_struct(c, b):
    n1 = text_node("Đây là thông báo tự động của hệ thống thư điện tử mail.laichau.gov.vn.\n\n"
                   "Thư của bạn không gửi được tới một hoặc nhiều người nhận:\n\n"
                   "<ttvh.muongte2@laichau.gov.vn>: host mail.laichau.gov.vn said: 550 5.1.1 "
                   "<ttvh.muongte2@laichau.gov.vn>: Recipient address rejected: User unknown\n")
    n2 = (["Content-Type: message/delivery-status"],
          b"Reporting-MTA: dns; mx.laichau.gov.vn\nArrival-Date: Fri, 14 Nov 2025 07:31:02 +0700\n\n"
          b"Final-Recipient: rfc822; ttvh.muongte2@laichau.gov.vn\nAction: failed\nStatus: 5.1.1\n"
          b"Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n")
    inner_h, inner_b = text_node(ACK)
    inner = ("Message-ID: <ack46.muongte@laichau.gov.vn>\nDate: Fri, 14 Nov 2025 07:31:00 +0700\n"
             "From: " + enc_addr(SO_TO) + "\nTo: ttvh.muongte2@laichau.gov.vn\n"
             "Subject: " + enc_header("Đã nhận báo cáo tuần 46 - Xã Mường Tè") + "\nAuto-Submitted: auto-generated\n"
             "MIME-Version: 1.0\n").encode() + node_bytes((inner_h, inner_b))
    n3 = (["Content-Type: message/rfc822", "Content-Description: Undelivered Message"], inner)
    return multipart("report", b, [n1, n2, n3], "; report-type=delivery-status")


mk(F, "nr03_bounce_of_acknowledgement_with_figures", "bounce carrying the Sở's acknowledgement with a unit's figures", None,
   "Undelivered Mail Returned to Sender", "2025-11-14 07:31", "",
   frm="Mail Delivery System <MAILER-DAEMON@laichau.gov.vn>", to=SO_ADDR, structure=bounce_struct,
   headers=["Auto-Submitted: auto-replied"], check_extra=ACK)

mk(F, "nr04_gmail_bounce_of_reminder", "Gmail 'Address not found' bounce quoting the reminder", None,
   "Delivery Status Notification (Failure)", "2026-02-04 15:02",
   "** Address not found **\n\nYour message wasn't delivered to lovanhung.bb@gmail.com because the address "
   "couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
   "550 5.1.1 The email account that you tried to reach does not exist.\n\n"
   "----- Original message -----\n\nSubject: Đôn đốc báo cáo kết quả tuyên truyền tuần 6 năm 2026\n\n"
   + REMIND.format(w="6 năm 2026", d="05/02/2026"),
   frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=SO_ADDR,
   headers=["Auto-Submitted: auto-replied"])

mk(F, "nr05_newsletter_province_figures", "ministry newsletter with province-wide statistics", None,
   "Bản tin Thông tin cơ sở số 12/2025", "2025-12-15 07:00",
   "BẢN TIN THÔNG TIN CƠ SỞ - SỐ 12/2025\n\n1. Toàn quốc: hệ thống truyền thanh cấp xã sau sắp xếp đơn vị "
   "hành chính tiếp tục được duy trì tại 3.321 xã, phường, đặc khu.\n2. Tỉnh Lai Châu: 38/38 xã, phường "
   "duy trì phát sóng; tuần qua phát 1.245 tin, bài, tổng thời lượng 7.860 phút, ước 320.000 người nghe.\n"
   "3. Hướng dẫn: sử dụng nền tảng số trong thông tin cơ sở.\n\nĐể hủy nhận bản tin, bấm vào liên kết ở "
   "cuối thư.\nhttps://ttcs.bvhttdl.gov.vn/huy-nhan-tin",
   frm="Bản tin TTCS <bantin.ttcs@bvhttdl.gov.vn>", to=SO_ADDR,
   headers=["List-Id: <bantin-ttcs.bvhttdl.gov.vn>", "List-Unsubscribe: <https://ttcs.bvhttdl.gov.vn/huy-nhan-tin>",
            "Precedence: bulk"])

p = PP["mai"]
mk(F, "nr06_question_about_form", "a question about the form (Bluezone line), no figures", p,
   "Hỏi về mẫu báo cáo tuần", "2025-10-21 08:15",
   "Chị ơi cho em hỏi tuần này có phải báo cáo thêm phần mạng xã hội không ạ? Mẫu báo cáo mới có mục "
   "cài đặt Bluezone em không biết ghi thế nào vì ứng dụng dừng rồi ạ. Em cảm ơn chị!\n\n" + p.sig)

mk(F, "nr07_so_reminder_coming_back", "the Sở's own reminder, sent from its own address (Bcc to itself)", None,
   "Đôn đốc báo cáo kết quả tuyên truyền tuần 2 năm 2026", "2026-01-07 15:00",
   REMIND.format(w="2 năm 2026", d="08/01/2026"),
   frm=SO_TO, to=SO_ADDR)

p = PP["tuan"]
CV = ("Thực hiện Công văn số 271/TTCSTTĐN-TTCS ngày 19/5/2025 của Cục Thông tin cơ sở và Thông tin đối ngoại, "
      "Sở Văn hóa, Thể thao và Du lịch đề nghị UBND các xã, phường:\n1. Duy trì hoạt động của hệ thống "
      "truyền thanh cấp xã sau khi sắp xếp.\n2. Báo cáo định kỳ hằng tuần kết quả tuyên truyền: số tin, bài; "
      "độ dài (phút); số lượt phát sóng; ước số người nghe; số nhóm mạng xã hội, số thành viên, số tin bài "
      "đăng tải, số vụ tin giả; gửi về địa chỉ " + SO_ADDR + " trước 16 giờ 00 thứ Năm hằng tuần, bắt đầu "
      "từ tuần 36 (ngày 04/9/2025).\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, QLBC.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
mk(F, "nr08_request_letter_forwarded", "the Sở's request letter (CV 1120) forwarded by a commune to its staff, Sở in Cc", p,
   "Fwd: V/v báo cáo định kỳ công tác thông tin cơ sở", "2025-08-29 08:30",
   "Chuyển các đồng chí trong Trung tâm nghiên cứu, triển khai thực hiện. Từ tuần sau đ/c Hà tổng hợp "
   "gửi Sở trước 16h thứ Năm.\n\n" + p.sig + "\n\n-------- Original Message --------\n"
   "Subject: V/v báo cáo định kỳ công tác thông tin cơ sở\nDate: 28/08/2025 16:40\n"
   "From: Sở Văn hóa, Thể thao và Du lịch <svhttdl@laichau.gov.vn>\n\n"
   "Số: 1120/SVHTTDL-QLBC\nV/v báo cáo định kỳ công tác thông tin cơ sở\n\n" + CV,
   to="Lê Thị Hà <le.thiha.tu@laichau.gov.vn>,, Đinh Văn Dũng <dinhvandung.tu@laichau.gov.vn>", cc=SO_TO)

x, chk = make_pdf([("HỘI NHÀ BÁO TỈNH LAI CHÂU", "Lb"), ("Số: 15/GM-HNB", "L"), ("GIẤY MỜI", "cb"),
                   ("Dự Hội nghị tập huấn nghiệp vụ thông tin cơ sở năm 2026", "cb"),
                   ("Thời gian: 08 giờ 00 phút, thứ Năm ngày 21/5/2026.", ""),
                   ("Địa điểm: Hội trường Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu.", ""),
                   ("Thành phần: lãnh đạo Sở, cán bộ phụ trách thông tin cơ sở của 38 xã, phường.", ""),
                   ("TM. BAN THƯỜNG TRỰC", "r"), ("PHÓ CHỦ TỊCH", "r")], title="Giay moi 15")
mk(F, "nr09_invitation_pdf", "an invitation (Giấy mời) to a training, PDF", None,
   "Giấy mời dự Hội nghị tập huấn nghiệp vụ thông tin cơ sở", "2026-05-11 16:00",
   "Kính gửi Sở VHTTDL,\nHội Nhà báo tỉnh trân trọng gửi Giấy mời (đính kèm).\nTrân trọng!",
   frm="Hội Nhà báo tỉnh Lai Châu <hoinhabao.laichau@gmail.com>", atts=[Att("Giay moi 15-GM-HNB.pdf", x, chk)])

mk(F, "nr10_mailbox_quota_notice", "Zimbra mailbox quota warning", None,
   "Cảnh báo: Hộp thư sắp đầy (95%)", "2026-07-20 06:00",
   "Hộp thư " + SO_ADDR + " đã sử dụng 95% dung lượng (9,5 GB / 10 GB). Vui lòng xóa bớt thư cũ để tiếp tục "
   "nhận thư.\n\nQuản trị hệ thống thư điện tử công vụ tỉnh Lai Châu",
   frm="Quản trị hệ thống <admin@laichau.gov.vn>", to=SO_ADDR, headers=["Auto-Submitted: auto-generated"])

p = PP["nga"]
mk(F, "nr11_other_domain_report", "a commune's monthly digital-transformation report (VNeID, online services): not these forms", p,
   "Báo cáo kết quả chuyển đổi số tháng 10/2025 - xã Phong Thổ", "2025-11-03 10:00",
   "Kính gửi Sở Khoa học và Công nghệ; Sở VHTTDL\nXã Phong Thổ báo cáo kết quả thực hiện chuyển đổi số tháng "
   "10/2025:\n- Số tài khoản định danh điện tử mức 2 được kích hoạt: 1.245\n- Số hồ sơ dịch vụ công trực "
   "tuyến toàn trình: 312\n- Số hộ kinh doanh thanh toán không dùng tiền mặt: 86\n\nTrân trọng!\n" + p.sig)

mk(F, "nr12_dang_uy_political_study", "a report of the commune Party committee (Đảng ủy xã), not a unit's report", None,
   "Báo cáo kết quả học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã", "2025-10-14 14:00",
   "ĐẢNG BỘ TỈNH LAI CHÂU\nĐẢNG ỦY XÃ NẬM HÀNG\nSố 45-BC/ĐU\n\nBÁO CÁO\nkết quả học tập, quán triệt Nghị quyết "
   "Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030\n\nĐảng ủy xã đã tổ chức 03 hội nghị, có 312 "
   "đảng viên tham gia (đạt 96%). Các chi bộ đã xây dựng chương trình hành động.\n\nT/M ĐẢNG ỦY\nBÍ THƯ",
   frm="Van phong Dang uy xa Nam Hang <vpdu.namhang@gmail.com>")

p = PP["hien"]
ACK45 = ("Sở VHTTDL đã nhận báo cáo tuần 45 (kết thúc 06/11/2025) của Xã Pắc Ta:\n- Số tin, bài: 9\n"
         "- Độ dài, thời lượng (phút): 55\n- Số lần phát sóng: 18\n- Ước số người nghe: 2.100\n"
         "Nếu có sai sót, đề nghị trả lời thư này.")
mk(F, "nr13_thanks_for_acknowledgement", "thanks for the acknowledgement, its figures quoted: not a new report", p,
   "Re: Đã nhận báo cáo tuần 45 - Xã Pắc Ta", "2025-11-07 08:00",
   "Dạ em cảm ơn chị, số liệu đúng rồi ạ.\n\n" + p.sig + "\n\n----- Tin nhắn gốc -----\n"
   "Từ: \"Thông tin cơ sở - Sở VHTTDL\" <" + SO_ADDR + ">\nĐã gửi: Thứ Sáu, 07 Tháng Mười Một 2025 7:30:05\n"
   "Chủ đề: Đã nhận báo cáo tuần 45 - Xã Pắc Ta\n\n" + ACK45)

p = PP["linh"]
mk(F, "nr14_will_send_late", "asks leave to send the week's report late, no figures", p,
   "Xin gửi chậm báo cáo tuần", "2026-02-12 15:30",
   "Em chào chị, xã Bum Nưa mất điện từ sáng nên em xin phép gửi chậm báo cáo tuần này, chiều mai em gửi "
   "ạ. Em cảm ơn chị!\n\n" + p.sig)

p = PP["nga"]
rows = [["TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN 50 NĂM 2025"], [],
        ["STT", "Đơn vị", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
        [1, "Phường Tân Phong", 16, 120, 35, 9500], [2, "Phường Đoàn Kết", 12, 90, 24, 7600],
        [3, "Xã Bản Bo", 9, 58, 18, 2700], [4, "Xã Phong Thổ", 14, 105, 28, 5900],
        [5, "Xã Than Uyên", 10, 70, 20, 4400], [6, "Xã Mường Tè", 12, 84, 24, 4600],
        ["", "Toàn tỉnh (38/38 đơn vị)", 356, 2480, 712, 152300]]
x, chk = make_xlsx([{"name": "TH T50", "rows": rows, "bold_rows": [0, 2, 10]}], author="So VHTTDL")
mk(F, "nr15_so_summary_forwarded_back", "the Sở's consolidated weekly summary forwarded back by a commune", p,
   "Fwd: Tổng hợp kết quả tuyên truyền tuần 50", "2025-12-12 08:30",
   "Dạ em nhận được rồi ạ, số liệu xã Phong Thổ đúng rồi ạ. Em cảm ơn.\n\n" + p.sig +
   "\n\n---------- Forwarded message ---------\nFrom: Thông tin cơ sở - Sở VHTTDL <" + SO_ADDR + ">\n"
   "Date: Thu, Dec 11, 2025 at 4:30 PM\nSubject: Tổng hợp kết quả tuyên truyền tuần 50\n\n"
   "Sở gửi các xã, phường bảng tổng hợp kết quả tuyên truyền tuần 50 để theo dõi.",
   atts=[Att("Tong hop T50.xlsx", x, chk)])

mk(F, "nr16_phishing_password", "phishing asking to update the e-mail password", None,
   "Cập nhật mật khẩu email công vụ", "2026-10-05 22:14",
   "Hộp thư của bạn sẽ bị khóa trong 24 giờ. Vui lòng cập nhật mật khẩu tại liên kết dưới đây để tiếp tục "
   "sử dụng:\nhttp://laichau-gov-vn.mail-update.top/login\n\nBan quản trị",
   frm="Quản trị hệ thống <admin@laichau-gov.vn.com>", to=SO_ADDR)


def _photo(seed, sky, ground):
    im = Image.new("RGB", (1024, 768), sky)
    d = ImageDraw.Draw(im)
    d.rectangle((0, 480, 1024, 768), fill=ground)
    d.polygon([(0, 480), (260, 250), (520, 480)], fill=(70, 110, 80))
    d.polygon([(380, 480), (700, 200), (1024, 480)], fill=(60, 100, 75))
    d.rectangle((430 + seed * 20, 520, 600 + seed * 20, 700), fill=(200, 60, 50))
    for k in range(6):
        d.ellipse((150 + k * 120, 560, 190 + k * 120, 600), fill=(40, 40, 60))
        d.rectangle((155 + k * 120, 600, 185 + k * 120, 690), fill=(30, 60, 120))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=70)
    return b.getvalue()


p = PP["thao"]
mk(F, "nr17_activity_photos", "photos of a mobile propaganda session, no figures", p,
   "Ảnh hoạt động tuyên truyền lưu động bản Thèn Sin", "2026-05-14 11:00",
   "Em gửi Sở ảnh hoạt động tuyên truyền lưu động tại bản Thèn Sin (xã Thèn Sin cũ) ạ.\n" + p.sig,
   atts=[Att("IMG_20260513_093512.jpg", _photo(0, (150, 190, 230), (120, 100, 70))),
         Att("IMG_20260513_094020.jpg", _photo(3, (170, 200, 235), (110, 95, 65)))])

p = PP["tien"]
mk(F, "nr18_flood_damage_report", "quick report of flood damage: figures, but not these forms", p,
   "Báo cáo nhanh thiệt hại do mưa lũ ngày 23/7/2026", "2026-07-24 07:45",
   "Kính gửi: Sở VHTTDL; Ban Chỉ huy Phòng thủ dân sự tỉnh\n\nUBND xã Mường Than báo cáo nhanh thiệt hại do mưa "
   "lũ đêm 23/7/2026: 02 nhà bị tốc mái; 1,5 ha lúa bị vùi lấp; 120 m đường giao thông nông thôn bị sạt "
   "lở; 01 cụm loa truyền thanh bản Mường Mít bị hư hỏng, tạm dừng phát sóng.\n\n" + p.sig)
