"""Non-reports: auto-replies, receipts, bounces, newsletters, the office's own mail coming
back, spam, plans, questions, invitations, photos, a công văn, a six-month report."""

import math
from datetime import date as D
from datetime import timedelta

from PIL import Image, ImageDraw

import h9docs as DX
from h9base import SUBJECT, add, add_raw, at, reminder_text, z2
from h9forms import SIGNER, UPPER, LOWER, topics
from h9lib import (OFFICE, UTC, VN, Part, addr, attachment_part, b64_lines, enc_word, qp_text,
                   rfc2822, rng_for, text_part, vn, week_no)
from h9mail import Officer, Quoted, boundary, build, message_id, received
from h9people import O, UNIT_MAIL, period_phrase, place_date, weekly

FAM = "nonreport"


def render(headers, top):
    msg = Part(headers + top.headers, top.body, top.boundary)
    return msg.render().replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def _reminder_msg(thu, when, to="sangnq.tamduong@laichau.gov.vn", social_too=False, key="rem"):
    off = O["office"]
    eml, mid = build(off, when, "Đôn đốc báo cáo kết quả tuyên truyền tuần",
                     reminder_text(thu, social_too), case_key=key, to=to)
    return eml, mid


def photo(rng, w, h, banner, people=12, night=False):
    """A crude outdoor photo: sky, hills, a banner, a loudspeaker pole, people."""
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    for y in range(h // 2):
        t = y / (h / 2)
        d.line([(0, y), (w, y)], fill=(int(150 + 60 * t), int(180 + 40 * t), int(230 - 20 * t)))
    pts = [(0, h // 2)]
    for x in range(0, w + 80, 80):
        pts.append((x, int(h * 0.35 + rng.randint(-60, 60))))
    pts += [(w, h // 2)]
    d.polygon(pts + [(w, h), (0, h)], fill=(70, 110, 60))
    d.rectangle([0, int(h * 0.62), w, h], fill=(150, 130, 100))
    bx0, by0 = int(w * 0.12), int(h * 0.18)
    d.rectangle([bx0, by0, w - bx0, by0 + int(h * 0.12)], fill=(200, 20, 30))
    f = DX._font("sans-b", max(24, w // 40))
    tw = d.textlength(banner, font=f)
    d.text(((w - tw) / 2, by0 + int(h * 0.035)), banner, font=f, fill=(255, 230, 0))
    px = int(w * 0.82)
    d.rectangle([px, int(h * 0.2), px + 12, int(h * 0.75)], fill=(90, 90, 90))
    for k in range(2):
        cy = int(h * 0.24) + k * 60
        d.polygon([(px + 6, cy), (px + 80, cy - 30), (px + 80, cy + 30)], fill=(220, 220, 220))
    for i in range(people):
        x = rng.randint(40, w - 80)
        y = rng.randint(int(h * 0.6), int(h * 0.9))
        col = rng.choice([(30, 30, 120), (120, 30, 30), (20, 20, 20), (200, 180, 40), (40, 100, 40)])
        d.ellipse([x, y - 70, x + 40, y - 30], fill=(230, 190, 150))
        d.rectangle([x - 5, y - 30, x + 45, y + 60], fill=col)
    return im


def nonreports():
    # 1. Zimbra auto-reply from Khun Há
    ngoc = O["ngoc"]
    z = Officer("x", "", "", ngoc.email, "UBND xã Khun Há", "zimbra")
    when = at(D(2021, 5, 13), -1, 8, 6)
    add(FAM, "ordinary", "Zimbra out-of-office reply to the office's reminder", z, when,
        "Trả lời tự động: Đôn đốc báo cáo kết quả tuyên truyền tuần",
        "Tôi đang đi công tác từ ngày 10/5/2021 đến ngày 14/5/2021. Mọi việc cần gấp xin liên hệ số "
        "điện thoại 0977 861 304.\nTrân trọng!", [],
        extra_headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
        name_hint="autoreply")

    # 2. Outlook automatic reply from the station
    b = O["binh"]
    when = at(D(2021, 6, 24), 0, 16, 31)
    add(FAM, "ordinary", "Outlook automatic reply (out of office) in Vietnamese", b, when,
        "Automatic reply: Báo cáo tổng hợp kết quả tuyên truyền tuần 25",
        "Tôi đang nghỉ phép đến hết ngày 25/6/2021. Việc gấp xin liên hệ đồng chí Phương, số điện "
        "thoại 0966 725 810.\nXin cảm ơn!", [],
        extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        name_hint="autoreply")

    # 3. Gmail vacation responder
    x = O["xuan"]
    when = at(D(2021, 9, 23), -1, 8, 2)
    q = Quoted("reply", at(D(2021, 9, 23), -1, 8, 0), "Nguyễn Quang Sáng", OFFICE,
               "Đôn đốc báo cáo kết quả tuyên truyền tuần", reminder_text(D(2021, 9, 23), True))
    add(FAM, "ordinary", "Gmail vacation responder quoting the reminder (which lists the figures asked)",
        x, when, "Re: Đôn đốc báo cáo kết quả tuyên truyền tuần",
        "Em đang đi tập huấn tại tỉnh từ ngày 20/9 đến 24/9, em sẽ trả lời anh sau ạ.", [], quote=q,
        extra_headers=[("Auto-Submitted", "auto-replied")], name_hint="autoreply")

    # 4. Outlook read receipt (disposition notification)
    when = at(D(2021, 3, 4), 0, 8, 12)
    rng = rng_for("nr", "receipt")
    bnd = boundary("outlook", rng, when)
    hai = O["hai"]
    human = text_part("Thư của bạn\n\n  Đến: Xa Binh Lu\n  Chủ đề: Đôn đốc báo cáo kết quả tuyên truyền tuần\n"
                      "  Đã gửi: 03/03/2021 08:05\n\nđã được đọc vào 04/03/2021 08:12.", "plain", "utf-8",
                      "quoted-printable")
    mdn = Part([("Content-Type", "message/disposition-notification")],
               f"Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{hai.email}\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\n")
    top = Part([("Content-Type", f'multipart/report; report-type=disposition-notification;\n boundary="{bnd}"')],
               [human, mdn], boundary=bnd)
    hdr = received("outlook", rng, when, hai.email) + [
        ("Date", rfc2822(when)), ("From", addr("Xa Binh Lu", hai.email)), ("To", OFFICE),
        ("Message-ID", message_id("outlook", rng, when, hai.email)),
        ("Subject", enc_word("Đã đọc: Đôn đốc báo cáo kết quả tuyên truyền tuần", "utf-8", "Q")),
        ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")]
    add_raw(FAM, "ordinary", "Outlook read receipt of the reminder", when, render(hdr, top),
            sender=hai.email, name_hint="receipt")

    # 5-7. bounces of the office's own mail
    def bounce(when, key, rcpt, status, diag, orig_subject, orig_body, note, daemon_text):
        rng = rng_for("nr", key)
        bnd = f"{rng.randint(10**9, 10**10)}.{int(when.timestamp())}/mail.laichau.gov.vn"
        human = text_part(daemon_text, "plain", "us-ascii", "7bit")
        human.headers = [("Content-Description", "Notification"),
                         ("Content-Type", "text/plain; charset=us-ascii")]
        dsn = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                   f"Reporting-MTA: dns; mail.laichau.gov.vn\nX-Postfix-Queue-ID: {rng.randint(10**9, 10**10):X}\n"
                   f"Arrival-Date: {rfc2822(when - timedelta(minutes=1))}\n\nFinal-Recipient: rfc822; {rcpt}\n"
                   f"Original-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {status}\n"
                   f"Diagnostic-Code: {diag}\n")
        orig_when = when - timedelta(minutes=1)
        oe, _ = build(O["office"], orig_when, orig_subject, orig_body, case_key="orig" + key, to=rcpt)
        oe = oe.decode("ascii").replace("\r\n", "\n")
        orig = Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], oe)
        top = Part([("Content-Type", f'multipart/report; report-type=delivery-status;\n boundary="{bnd}"')],
                   [human, dsn, orig], boundary=bnd)
        hdr = [("Return-Path", "<>"), ("Date", rfc2822(when, suffix=" (ICT)")),
               ("From", "MAILER-DAEMON@mail.laichau.gov.vn (Mail Delivery System)"),
               ("Subject", "Undelivered Mail Returned to Sender"), ("To", OFFICE),
               ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
               ("Message-Id", message_id("daemon", rng, when, OFFICE))]
        add_raw(FAM, "ordinary", note, when, render(hdr, top), sender="MAILER-DAEMON@mail.laichau.gov.vn",
                name_hint="bounce")

    daemon = ("This is the mail system at host mail.laichau.gov.vn.\n\nI'm sorry to have to inform you "
              "that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\nIf you do so, please include "
              "this problem report. You can\ndelete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n")
    w = at(D(2021, 4, 15), -1, 8, 7)
    bounce(w, "b1", "natam.tamduong@laichau.gov.vm", "5.4.4",
           "X-Postfix; Host or domain name not found. Name service error for name=laichau.gov.vm type=A: Host not found",
           "Đôn đốc báo cáo kết quả tuyên truyền tuần", reminder_text(D(2021, 4, 15)),
           "Postfix bounce of the reminder (mistyped domain), original attached",
           daemon + "<natam.tamduong@laichau.gov.vm>: Host or domain name not found. Name service error\n"
           "    for name=laichau.gov.vm type=A: Host not found\n")
    w = at(D(2021, 8, 19), -1, 8, 9)
    bounce(w, "b2", "vangadenh88@gmail.com", "5.2.2",
           "smtp; 552-5.2.2 The email account that you tried to reach is over quota.",
           "Đôn đốc báo cáo kết quả tuyên truyền tuần", reminder_text(D(2021, 8, 19), True),
           "bounce: a commune officer's Gmail is over quota",
           daemon + "<vangadenh88@gmail.com>: host gmail-smtp-in.l.google.com[142.250.4.27] said:\n"
           "    552-5.2.2 The email account that you tried to reach is over quota. (in reply to\n"
           "    end of DATA command)\n")
    thu = D(2021, 6, 10)
    table = summary_table(thu)
    w = at(thu, 0, 16, 41)
    bounce(w, "b3", "vanhoa.tamduong@laichau.gov.vn", "5.1.1",
           "smtp; 550 5.1.1 <vanhoa.tamduong@laichau.gov.vn>: Recipient address rejected: User unknown",
           f"Báo cáo tổng hợp kết quả tuyên truyền tuần {week_no(thu)}", table,
           "bounce of the office's weekly summary: the returned original carries every unit's figures",
           daemon + "<vanhoa.tamduong@laichau.gov.vn>: host mail.laichau.gov.vn said: 550 5.1.1\n"
           "    <vanhoa.tamduong@laichau.gov.vn>: Recipient address rejected: User unknown\n")

    # 8-10. newsletters and notices
    nl = Officer("x", "", "", "bantin@thongtincoso.vn", "Bản tin Thông tin cơ sở", "gmail")
    when = at(D(2021, 7, 15), -1, 6, 30)
    add(FAM, "ordinary", "newsletter with national Bluezone and broadcast statistics", nl, when,
        "Bản tin Thông tin cơ sở số 27/2021",
        "BẢN TIN THÔNG TIN CƠ SỞ - Số 27/2021\n\n1. Cả nước đã có hơn 30 triệu lượt cài đặt ứng dụng "
        "Bluezone\nTính đến ngày 12/7/2021, cả nước có 30.512.000 lượt cài đặt Bluezone ...\n\n"
        "2. Đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông\nNăm 2021, các địa phương "
        "phát 1.250 chương trình, thời lượng trung bình 30 phút/chương trình ...\n\n"
        "3. Tập huấn kỹ năng tuyên truyền trên mạng xã hội cho cán bộ thông tin cơ sở\n\n"
        "---\nBạn nhận được thư này vì đã đăng ký nhận Bản tin Thông tin cơ sở.\n"
        "Hủy đăng ký: https://thongtincoso.vn/unsubscribe?u=8f3a1c", [],
        extra_headers=[("List-Unsubscribe", "<https://thongtincoso.vn/unsubscribe?u=8f3a1c>"),
                       ("Precedence", "bulk")], name_hint="newsletter")
    nl2 = Officer("x", "", "", "tintuc@baolaichau.vn", "Báo Lai Châu điện tử", "gmail")
    when = at(D(2021, 10, 21), -1, 6, 0)
    add(FAM, "ordinary", "regional newspaper digest", nl2, when, "Tin nổi bật ngày 20/10/2021",
        "TIN NỔI BẬT\n\n- Lai Châu: Tiêm vắc xin phòng Covid-19 cho hơn 120.000 người\n"
        "- Huyện Tam Đường tổ chức Hội nghị tổng kết công tác thông tin cơ sở\n"
        "- Hội Liên hiệp Phụ nữ tỉnh kỷ niệm 91 năm Ngày thành lập Hội LHPN Việt Nam\n\n"
        "Xem thêm tại https://baolaichau.vn\nĐể ngừng nhận thư, bấm vào đây.", [],
        extra_headers=[("List-Unsubscribe", "<mailto:unsubscribe@baolaichau.vn>"), ("Precedence", "list")],
        name_hint="newsletter")
    adm = Officer("x", "", "", "quantri.mail@laichau.gov.vn", "Quản trị hệ thống thư điện tử", "zimbra")
    when = at(D(2021, 11, 25), 1, 17, 0)
    add(FAM, "ordinary", "mail administrator's maintenance notice", adm, when,
        "Thông báo bảo trì hệ thống thư điện tử công vụ",
        "Kính gửi: Các cơ quan, đơn vị sử dụng hệ thống thư điện tử công vụ tỉnh Lai Châu.\n\n"
        "Trung tâm Công nghệ thông tin và Truyền thông thông báo: hệ thống thư điện tử sẽ tạm dừng để bảo "
        "trì từ 22h00 ngày 27/11/2021 đến 02h00 ngày 28/11/2021. Trong thời gian này các đơn vị không "
        "gửi, nhận được thư.\n\nTrân trọng thông báo!", [], name_hint="notice")

    # 11-13. the office's own mail coming back
    when = at(D(2021, 3, 25), -1, 8, 3)
    eml, _ = _reminder_msg(D(2021, 3, 25), when, key="rem1")
    add_raw(FAM, "ordinary", "the office's own reminder, copy in the inbox", when, eml, sender=OFFICE,
            name_hint="office")
    thu = D(2021, 8, 26)
    when = at(thu, -1, 8, 0)
    sh = DX.Sheet("MXH-Bluezone")
    from h9forms import _head, SOCIAL_HDR
    _head(sh, "UBND XÃ/THỊ TRẤN: ......................",
          "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI VÀ CÀI ĐẶT BLUEZONE",
          "(Từ ngày ..../..../2021 đến ngày ..../..../2021)", ncols="H")
    sh.row(7, SOCIAL_HDR, bold=True)
    sh.row(8, [1, None, None, None, None, None, None, None])
    data, text = sh.save("Nguyễn Quang Sáng", when - timedelta(days=20))
    add(FAM, "ordinary", "the office's reminder for the Bluezone form with the blank template", O["office"],
        when, "Đôn đốc báo cáo tuyên truyền trên mạng xã hội, Bluezone",
        reminder_text(thu, True), [], atts=[("Mau bao cao MXH - Bluezone.xlsx", data)], srcs=[text],
        to="Cac xa, thi tran:;", name_hint="office")
    thu = D(2021, 6, 17)
    when = at(thu, 0, 16, 35)
    add(FAM, "ordinary", "the office's weekly summary to the district, copied to itself: every unit's figures",
        O["office"], when, f"Báo cáo tổng hợp kết quả tuyên truyền tuần {week_no(thu)}",
        summary_table(thu), [], to="vanhoa.tamduong@laichau.gov.vn", cc=OFFICE, name_hint="office")

    # 14-17. spam
    sp = Officer("x", "", "", "admin@laichau-gov-vn.webmail-update.com", "Quản trị hệ thống", "gmail")
    when = at(D(2021, 2, 25), 2, 23, 14)
    add(FAM, "ordinary", "phishing: mailbox quota", sp, when, "Cảnh báo: Hộp thư của bạn đã vượt quá dung lượng",
        "Kính gửi người dùng,\n\nHộp thư sangnq.tamduong@laichau.gov.vn của bạn đã sử dụng 98% dung lượng "
        "(4.9 GB/5 GB). Vui lòng xác minh tài khoản trong vòng 24 giờ để tránh bị khóa:\n"
        "http://laichau-gov-vn.webmail-update.com/verify\n\nBộ phận quản trị", [], name_hint="spam")
    sp = Officer("x", "", "", "hotro.vaytien247@gmail.com", "Tài Chính 24h", "gmail")
    when = at(D(2021, 5, 20), 3, 21, 5)
    add(FAM, "ordinary", "spam: loans", sp, when, "Hỗ trợ vay tín chấp đến 100 triệu, giải ngân trong 24h",
        "Chào anh/chị,\nChúng tôi hỗ trợ vay tiêu dùng tín chấp từ 10 - 100 triệu đồng, lãi suất chỉ từ "
        "0,8%/tháng, không thẩm định, giải ngân trong 24h.\nLiên hệ Zalo: 0901 234 567\n", [], name_hint="spam")
    sp = Officer("x", "", "", "noreply@dhl-parcel-notify.info", "DHL Express", "gmail", ui="en")
    when = at(D(2021, 9, 9), 2, 3, 40)
    add(FAM, "ordinary", "spam in English: parcel on hold", sp, when, "Your parcel is on hold - action required",
        "Dear Customer,\n\nYour parcel (tracking no. 4821 5573 90) could not be delivered because of an "
        "unpaid customs fee of 1.99 USD.\nPlease confirm your details within 48 hours:\n"
        "http://dhl-parcel-notify.info/confirm\n\nDHL Express", [], name_hint="spam")
    sp = Officer("x", "", "", "khuyenmai@tri-an-khach-hang.top", "Chương trình tri ân", "gmail")
    when = at(D(2021, 12, 9), 3, 19, 45)
    add(FAM, "ordinary", "spam: prize", sp, when, "CHÚC MỪNG QUÝ KHÁCH ĐÃ TRÚNG THƯỞNG",
        "Chúc mừng thuê bao của quý khách đã trúng thưởng 01 xe máy Honda SH trong chương trình tri ân "
        "khách hàng. Vui lòng truy cập tri-an-khach-hang.top để nhận thưởng trước ngày 15/12/2021.", [],
        name_hint="spam")

    # 18-20. plans
    tien = O["tien"]
    thu = D(2021, 6, 3)
    when = at(thu, -3, 9, 0)
    d = DX.Doc()
    d.letterhead("UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ NÀ TĂM", "Số: 32/KH-UBND", place_date("Nà Tăm", when.date()))
    d.title("KẾ HOẠCH", ["Tuyên truyền trên hệ thống truyền thanh xã tháng 6/2021"])
    d.heading_line("I. MỤC ĐÍCH, YÊU CẦU")
    d.p("Tuyên truyền kịp thời các chủ trương của Đảng, chính sách, pháp luật của Nhà nước, các nhiệm vụ "
        "phát triển kinh tế - xã hội của địa phương; phòng, chống dịch bệnh Covid-19.")
    d.heading_line("II. NỘI DUNG, THỜI GIAN")
    d.p("1. Phát sóng 02 buổi/ngày: buổi sáng từ 6h00 đến 6h30, buổi chiều từ 17h00 đến 17h30.")
    d.p("2. Mỗi tuần biên tập tối thiểu 06 tin, bài về các nội dung trọng tâm; tiếp âm chương trình thời "
        "sự của Đài Tiếng nói Việt Nam.")
    d.heading_line("III. TỔ CHỨC THỰC HIỆN")
    d.p("Giao công chức Văn hóa - Xã hội xã chủ trì thực hiện; báo cáo kết quả về Phòng Văn hóa và Thông "
        "tin huyện trước 16h00 thứ Năm hằng tuần.")
    d.signature(["- Phòng VH&TT huyện;", "- Các bản;", "- Lưu: VP."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                "PHÓ CHỦ TỊCH", "Lò Văn Ơn")
    data, text = d.save(tien.name, when - timedelta(hours=2))
    add(FAM, "ordinary", "a commune's monthly broadcasting plan (docx KẾ HOẠCH) with planned counts",
        tien, when, "Kế hoạch tuyên truyền tháng 6/2021",
        "Kính gửi Phòng Văn hóa và Thông tin huyện,\nUBND xã Nà Tăm gửi Kế hoạch tuyên truyền tháng 6/2021.\n"
        "Trân trọng.\n" + tien.sig, [], atts=[("KH tuyen truyen thang 6.docx", data)], srcs=[text])
    b = O["binh"]
    when = at(D(2021, 1, 21), -2, 14, 20)
    d = DX.Doc()
    d.letterhead("UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH", "Số: 03/KH-ĐTTTH",
                 place_date("Tam Đường", when.date()))
    d.title("KẾ HOẠCH", ["Tuyên truyền kỷ niệm 91 năm Ngày thành lập Đảng Cộng sản Việt Nam",
                         "(03/02/1930 - 03/02/2021) và mừng Xuân Tân Sửu 2021"])
    d.p("1. Xây dựng chuyên mục \"Mừng Đảng, mừng Xuân\" phát sóng từ ngày 25/01 đến ngày 15/02/2021, "
        "thời lượng 15 phút/chương trình, phát 02 lần/ngày.")
    d.p("2. Sản xuất 04 phóng sự, 10 tin, bài phản ánh kết quả thực hiện nhiệm vụ chính trị năm 2020.")
    d.p("3. Tăng cường tiếp sóng chương trình thời sự của Đài Tiếng nói Việt Nam, Đài PT-TH tỉnh.")
    d.signature(["- Phòng VH&TT huyện;", "- Lưu: VT."], ["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC", "Nguyễn Văn Bình")
    data, text = d.save(b.name, when - timedelta(hours=3))
    add(FAM, "ordinary", "the station's plan for the Party anniversary: planned counts, not results", b, when,
        "Kế hoạch tuyên truyền kỷ niệm 91 năm Ngày thành lập Đảng",
        "Kính gửi: Phòng Văn hóa và Thông tin huyện.\nĐài TT-TH huyện gửi Kế hoạch tuyên truyền (có file "
        "kèm theo).\nTrân trọng./.\n\n" + b.sig, [], atts=[("03.KH-DTTTH.docx", data)], srcs=[text])
    h = O["hoa"]
    when = at(D(2021, 4, 8), -2, 10, 15)
    add(FAM, "ordinary", "an election-propaganda plan written in the body", h, when,
        "Kế hoạch tuyên truyền bầu cử xã Bình Lư",
        "Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường\n\nUBND xã Bình Lư xây dựng kế hoạch tuyên "
        "truyền cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 như sau:\n"
        "- Thời gian: từ ngày 05/4/2021 đến ngày 23/5/2021.\n- Phát trên hệ thống truyền thanh xã 02 buổi/ngày, "
        "mỗi buổi 20 phút.\n- Treo 15 băng rôn, khẩu hiệu tại trung tâm xã và các bản.\n- Tổ chức 03 buổi tuyên "
        "truyền lưu động bằng loa di động.\n\nTrân trọng./.\n\n" + h.sig, [], name_hint="plan")

    # 21-23. questions
    p = O["phin"]
    when = at(D(2021, 4, 29), -1, 15, 12)
    add(FAM, "ordinary", "a question about the holiday week", p, when, "hoi bao cao tuan",
        "Anh oi tuan nay nghi le 30/4 xa co phai gui bao cao tuan khong a. Em cam on anh\n" + p.sig, [])
    ln = O["lan"]
    when = at(D(2021, 7, 22), -2, 9, 40)
    add(FAM, "ordinary", "asks for the Bluezone template", ln, when, "xin mẫu báo cáo Bluezone",
        "Chị ơi mẫu báo cáo Bluezone tuần này chị gửi lại em với, em không tìm thấy file ạ. "
        "Em cảm ơn chị!\n" + ln.sig, [])
    t2 = O["thanh2"]
    when = at(D(2021, 3, 18), -1, 10, 30)
    add(FAM, "ordinary", "a question about how to count listeners, with village counts", t2, when,
        "Hỏi về cách tính số người nghe",
        "Em chào chị! Chị ơi cho em hỏi, số người nghe thì tính theo dân số cả xã hay chỉ các bản có loa ạ? "
        "Xã em có 13 bản, 9 bản có cụm loa, khoảng 3.600 nhân khẩu ạ.\nEm cảm ơn chị ạ!\n" + t2.sig, [])

    # 24-25. invitations
    vp = Officer("x", "", "", "vanphong.tamduong@laichau.gov.vn", "Văn phòng HĐND-UBND huyện", "zimbra")
    when = at(D(2021, 10, 14), -2, 15, 0)
    blocks = [("letterhead", ([("ỦY BAN NHÂN DÂN", True), ("HUYỆN TAM ĐƯỜNG", True)],
                              [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, 12.5),
                               ("Độc lập - Tự do - Hạnh phúc", True, 13.5)],
                              "Số: 215/GM-UBND", place_date("Tam Đường", when.date()))),
              ("center", "GIẤY MỜI", True, 14),
              ("center", "Hội nghị tập huấn nghiệp vụ thông tin cơ sở năm 2021", True, 13.5),
              ("indent", "Ủy ban nhân dân huyện tổ chức Hội nghị tập huấn nghiệp vụ thông tin cơ sở năm 2021."),
              ("indent", "1. Thành phần: Lãnh đạo Phòng Văn hóa và Thông tin; Đài Truyền thanh - Truyền hình "
                         "huyện; công chức Văn hóa - Xã hội 13 xã, thị trấn."),
              ("indent", "2. Thời gian: 01 ngày, bắt đầu từ 08h00 ngày 20/10/2021."),
              ("indent", "3. Địa điểm: Hội trường UBND huyện."),
              ("sign", ["- Như thành phần;", "- Lưu: VT."],
               [("TL. CHỦ TỊCH", True), ("CHÁNH VĂN PHÒNG", True), ("", False), ("Lê Thị Hằng", True)])]
    data, text = DX.pdf_document(blocks, "VP UBND", when, title="Giấy mời")
    add(FAM, "ordinary", "an invitation (Giấy mời) from the district office, PDF", vp, when,
        "Giấy mời Hội nghị tập huấn nghiệp vụ thông tin cơ sở",
        "Văn phòng HĐND-UBND huyện gửi Giấy mời (có file kèm theo).", [],
        atts=[("215-GM-UBND.pdf", data)], srcs=[text], name_hint="invitation")
    so = Officer("x", "", "", "stttt@laichau.gov.vn", "Sở Thông tin và Truyền thông", "zimbra")
    when = at(D(2021, 8, 5), -1, 16, 20)
    add(FAM, "ordinary", "an invitation to an online conference from the provincial department", so, when,
        "Giấy mời dự Hội nghị trực tuyến tập huấn kỹ năng tuyên truyền trên mạng xã hội",
        "Kính gửi: Phòng Văn hóa và Thông tin các huyện, thành phố.\n\nSở Thông tin và Truyền thông trân "
        "trọng kính mời đại diện lãnh đạo Phòng và 01 chuyên viên phụ trách thông tin cơ sở dự Hội nghị "
        "trực tuyến tập huấn kỹ năng tuyên truyền trên mạng xã hội.\nThời gian: 14h00 ngày 10/8/2021.\n"
        "Hình thức: trực tuyến qua Zoom (ID: 824 5531 0927).\n\nTrân trọng!", [], name_hint="invitation")

    # 26-28. photos of events
    hg = O["huong"]
    when = at(D(2021, 6, 17), -1, 17, 5)
    rng = rng_for("photo", 1)
    ims = [DX.to_jpeg(photo(rng, 1600, 1200, "TUYÊN TRUYỀN PHÒNG, CHỐNG DỊCH COVID-19"), 72),
           DX.to_jpeg(photo(rng, 1600, 1200, "THỰC HIỆN THÔNG ĐIỆP 5K", people=20), 72)]
    add(FAM, "ordinary", "photos of a mobile propaganda session (no figures)", hg, when,
        "Ảnh tuyên truyền lưu động",
        "Dạ em gửi ảnh tuyên truyền lưu động phòng chống dịch tại bản Lùng Thàng ạ\nEm cảm ơn ạ!\n" + hg.sig,
        [], atts=[("IMG_20210616_093512.jpg", ims[0]), ("IMG_20210616_094108.jpg", ims[1])],
        srcs=["TUYÊN TRUYỀN PHÒNG, CHỐNG DỊCH COVID-19", "THỰC HIỆN THÔNG ĐIỆP 5K"])
    lu = O["lu"]
    when = at(D(2021, 9, 30), -2, 11, 20)
    im = DX.to_jpeg(photo(rng_for("photo", 2), 1512, 2016, "CỤM LOA BẢN SIN CHẢI", people=3), 65)
    add(FAM, "ordinary", "an iPhone photo of a new loudspeaker", lu, when, "Anh xem",
        "Anh xem anh lap loa o ban Sin Chai\n" + lu.sig, [], atts=[("IMG_4127.JPG", im, "image/jpeg")],
        srcs=["CỤM LOA BẢN SIN CHẢI"])
    ph = O["phuong"]
    when = at(D(2021, 5, 20), -1, 10, 10)
    im = DX.to_jpeg(photo(rng_for("photo", 3), 1600, 1067, "NGÀY HỘI TOÀN DÂN ĐI BẦU CỬ 23/5/2021", people=25), 70)
    add(FAM, "ordinary", "the station sends a photo for the election coverage", ph, when,
        "Ảnh hoạt động tuyên truyền bầu cử",
        "Kính gửi Phòng VH&TT,\nĐài gửi ảnh hoạt động tuyên truyền bầu cử tại xã Bình Lư để phòng tổng hợp.\n"
        "Trân trọng./.\n\n" + ph.sig, [], atts=[("Anh bau cu Binh Lu.jpg", im)],
        srcs=["NGÀY HỘI TOÀN DÂN ĐI BẦU CỬ 23/5/2021"])

    # 29. a công văn from the provincial department
    when = at(D(2021, 2, 4), -2, 14, 40)
    add(FAM, "ordinary", "a provincial công văn on Bluezone (instructions, not a report)", so, when,
        "V/v thúc đẩy cài đặt và sử dụng ứng dụng Bluezone",
        "Kính gửi: Phòng Văn hóa và Thông tin các huyện, thành phố.\n\nThực hiện chỉ đạo của UBND tỉnh, Sở "
        "Thông tin và Truyền thông đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố đôn đốc UBND cấp xã "
        "tuyên truyền, hướng dẫn Nhân dân cài đặt ứng dụng Bluezone; phấn đấu đến ngày 28/02/2021 đạt tối "
        "thiểu 40% số người sử dụng điện thoại thông minh trên địa bàn cài đặt ứng dụng; báo cáo kết quả "
        "về Sở trước ngày 05 hằng tháng.\n\n(Công văn số 122/STTTT-BCVTCNTT ngày 29/01/2021 gửi kèm theo "
        "đường văn bản điện tử.)\n\nTrân trọng!", [], name_hint="congvan")

    # 30. a unit acknowledges the reminder
    sua = O["sua"]
    thu = D(2021, 10, 21)
    when = at(thu, -1, 8, 44)
    q = Quoted("reply", at(thu, -1, 8, 1), "Nguyễn Quang Sáng", OFFICE,
               "Đôn đốc báo cáo kết quả tuyên truyền tuần", reminder_text(thu))
    add(FAM, "ordinary", "'Dạ vâng, em nhận được ạ' in reply to the reminder", sua, when,
        "Re: Đôn đốc báo cáo kết quả tuyên truyền tuần", "Dạ vâng, em nhận được ạ. Chiều nay em gửi ạ.\n"
        + sua.sig, [], quote=q)

    # 31. a six-month report (not the weekly form)
    quy = O["quy"]
    when = at(D(2021, 6, 17), -2, 15, 30)
    d = DX.Doc()
    d.letterhead("UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ HỒ THẦU", "Số: 41/BC-UBND", place_date("Hồ Thầu", when.date()))
    d.title("BÁO CÁO", ["Sơ kết công tác thông tin cơ sở 6 tháng đầu năm 2021"])
    d.kinh_gui("Phòng Văn hóa và Thông tin huyện Tam Đường")
    d.heading_line("I. KẾT QUẢ THỰC HIỆN")
    d.p("Trong 6 tháng đầu năm 2021, hệ thống truyền thanh xã đã phát sóng 148 tin, bài với tổng thời lượng "
        "760 phút; tiếp âm chương trình thời sự Đài Tiếng nói Việt Nam 300 buổi; tổ chức 05 buổi tuyên truyền "
        "lưu động; treo 30 băng rôn, khẩu hiệu.")
    d.p("Thành lập 08 nhóm Zalo tại các bản với 920 thành viên; 612 người đã cài đặt ứng dụng Bluezone.")
    d.heading_line("II. TỒN TẠI, HẠN CHẾ")
    d.p("Cụm loa tại bản Sì Thâu Chải thường xuyên hỏng; kinh phí sửa chữa còn hạn chế.")
    d.heading_line("III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM")
    d.p("Tiếp tục duy trì phát sóng 02 buổi/ngày; đề nghị huyện hỗ trợ thay thế 02 cụm loa.")
    d.signature(["- Phòng VH&TT huyện;", "- Lưu: VP."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                "PHÓ CHỦ TỊCH", "Chảo Văn Lở")
    data, text = d.save("Windows User", when - timedelta(hours=2))
    add(FAM, "ordinary", "a six-month review report with half-year totals: not the weekly form", quy, when,
        "Báo cáo sơ kết công tác thông tin cơ sở 6 tháng đầu năm 2021",
        "Kính gửi: Phòng Văn hóa và Thông tin huyện\nUBND xã Hồ Thầu gửi Báo cáo sơ kết 6 tháng (có file "
        "kèm theo).\nTrân trọng!\n\n" + quy.sig, [], atts=[("BC so ket 6 thang.docx", data)], srcs=[text])


def summary_table(thu):
    """The office's weekly summary: every unit's figures for the week."""
    lines = [f"Kính gửi: Lãnh đạo UBND huyện\n\nPhòng Văn hóa và Thông tin báo cáo tổng hợp kết quả "
             f"tuyên truyền tuần {week_no(thu)} (từ ngày {thu - timedelta(days=6):%d/%m} đến ngày "
             f"{thu:%d/%m/%Y}) như sau:\n",
             "STT | Đơn vị | Số tin, bài | Độ dài (phút) | Số lần phát sóng | Ước số người nghe"]
    from h9people import UNIT_NAME
    tot = [0, 0, 0, 0]
    for i, u in enumerate(UNIT_NAME, 1):
        f = weekly(u, thu)
        lines.append(f"{i} | {UNIT_NAME[u]} | {f['items']} | {f['minutes']} | {f['broadcasts']} | {vn(f['listeners'])}")
        for k, key in enumerate(("items", "minutes", "broadcasts", "listeners")):
            tot[k] += f[key]
    lines.append(f"Tổng cộng | | {tot[0]} | {tot[1]} | {tot[2]} | {vn(tot[3])}")
    lines.append("\nTrân trọng!\n\n" + O["office"].sig)
    return "\n".join(lines)
