"""Family `nonreport`: mail that lands in the department's mailbox and is not a report."""
import datetime as dt
import email
import email.policy
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart

from h10case import case
from h10common import (STAFF_NAME, STAFF_SIG, dmy, place_date, reminder_subject, reminder_text)
from h10docs import event_photo, grid, official_report_docx, official_report_pdf, scanify, simple_docx, xlsx_book
from h10lib import (OFFICE_BOX, OFFICE_STAFF, addr, bnd, build_message, finalize, text_part, unit_emails, vn)

E = lambda uid, i=0: unit_emails(uid)[i]  # noqa: E731


def _report_msg(C, *, seed_style, frm, to, subject, date, text, report_type, second, original_bytes=None,
                original_headers_only=False, headers=(), envelope=None):
    """A multipart/report (bounce or read receipt)."""
    m = MIMEMultipart("report", boundary=bnd(C.name + "rep", seed_style))
    m.set_param("report-type", report_type)
    m.attach(text_part(text, "plain", "utf-8", "quoted-printable"))
    m.attach(second)
    if original_bytes is not None:
        if original_headers_only:
            hdr = original_bytes.split(b"\n\n", 1)[0].decode("ascii")
            p = MIMEBase("text", "rfc822-headers")
            p.set_payload(hdr + "\n")
            m.attach(p)
        else:
            om = email.message_from_bytes(original_bytes)
            m.attach(MIMEMessage(om))
    C.set_raw(finalize(m, seed=C.family + "/" + C.name, frm=frm, to=to, subject=subject, date=date,
                       headers=list(headers), envelope=envelope), date)


def _status(blocks):
    p = MIMEBase("message", "delivery-status")
    msgs = []
    for blk in blocks:
        mm = Message()
        for k, v in blk:
            mm[k] = v
        msgs.append(mm)
    p.set_payload(msgs)
    return p


@case("nonreport", "ordinary", "Vietnamese auto-reply (out of office) from a commune officer to the reminder")
def n01_autoreply_vi(C):
    thu = dt.date(2025, 7, 24)
    C.mail(frm=E("muong_luan", 1), name="Phòng VHXH xã Mường Luân", to=OFFICE_STAFF, client="zimbra_plain",
           subject="Trả lời tự động: " + reminder_subject(thu), date=vn(2025, 7, 23, 15, 1, 2),
           extra_headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
           body="Tôi đang đi công tác từ ngày 21/7 đến ngày 25/7/2025, sẽ trả lời thư khi trở về. Việc gấp xin liên hệ "
                "0915 770 236.\nVàng Thị Dở")


@case("nonreport", "ordinary", "Outlook 'Automatic reply' in English and Vietnamese")
def n02_out_of_office_en(C):
    thu = dt.date(2025, 9, 11)
    C.mail(frm=E("muong_cha", 1), name="Phòng VHXH xã Mường Chà", to=OFFICE_STAFF, client="outlook",
           subject="Automatic reply: " + reminder_subject(thu), date=vn(2025, 9, 10, 15, 0, 30),
           extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
           body="I am out of the office until 15/9/2025 with limited access to e-mail.\n"
                "Tôi đang nghỉ phép đến hết ngày 15/9/2025, thư sẽ được xử lý khi tôi trở lại.\nLò Thị Xuân")


@case("nonreport", "ordinary", "bounce of the department's reminder (Postfix, user unknown), the reminder attached")
def n03_bounce_postfix(C):
    thu = dt.date(2025, 8, 14)
    orig = build_message(seed="orig-reminder-2025-08-13", frm=addr(STAFF_NAME, OFFICE_STAFF),
                         to="ubnd.muongchaa@dienbien.gov.vn", subject=reminder_subject(thu),
                         date=vn(2025, 8, 13, 15, 0, 44), body=reminder_text(thu), style="zimbra")
    text = ("This is the mail system at host mx.dienbien.gov.vn.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send "
            "mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from "
            "the attached returned message.\n\n                   The mail system\n\n<ubnd.muongchaa@dienbien.gov.vn>: "
            "host mail.dienbien.gov.vn[10.20.1.15] said: 550\n    5.1.1 <ubnd.muongchaa@dienbien.gov.vn>: Recipient "
            "address rejected: User\n    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    st = _status([[("Reporting-MTA", "dns; mx.dienbien.gov.vn"), ("X-Postfix-Queue-ID", "4bXk2T1Zq7z9sWd"),
                   ("Arrival-Date", "Wed, 13 Aug 2025 15:00:45 +0700 (+07)")],
                  [("Final-Recipient", "rfc822; ubnd.muongchaa@dienbien.gov.vn"), ("Action", "failed"),
                   ("Status", "5.1.1"), ("Remote-MTA", "dns; mail.dienbien.gov.vn"),
                   ("Diagnostic-Code", "smtp; 550 5.1.1 Recipient address rejected: User unknown")]])
    _report_msg(C, seed_style="other", frm="MAILER-DAEMON@mx.dienbien.gov.vn (Mail Delivery System)",
                to=OFFICE_STAFF, subject="Undelivered Mail Returned to Sender", date=vn(2025, 8, 13, 15, 0, 47),
                text=text, report_type="delivery-status", second=st, original_bytes=orig,
                headers=[("Auto-Submitted", "auto-replied")], envelope="<>")


@case("nonreport", "ordinary", "Gmail delivery failure for the department's weekly summary sent to a personal address")
def n04_bounce_gmail(C):
    orig = build_message(seed="orig-summary-2026-01-22", frm=addr("Phòng QLBC, XB & TTCS", OFFICE_BOX),
                         to="lythisinh.nh@gmail.com", subject="Tổng hợp kết quả công tác thông tin cơ sở tuần 4 năm 2026",
                         date=vn(2026, 1, 22, 16, 30, 5), body="Gửi các đồng chí bản tổng hợp tuần 4.", style="zimbra")
    text = ("** Address not found **\n\nYour message wasn't delivered to lythisinh.nh@gmail.com because the address "
            "couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser"
            "\n\nThe response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
            "double-checking the recipient's email address for typos or unnecessary spaces.\n")
    st = _status([[("Reporting-MTA", "dns; googlemail.com"), ("Arrival-Date", "Thu, 22 Jan 2026 01:30:06 -0800 (PST)")],
                  [("Final-Recipient", "rfc822; lythisinh.nh@gmail.com"), ("Action", "failed"), ("Status", "5.1.1"),
                   ("Diagnostic-Code", "smtp; 550-5.1.1 The email account that you tried to reach does not exist.")]])
    _report_msg(C, seed_style="gmail", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=OFFICE_BOX,
                subject="Delivery Status Notification (Failure)", date=vn(2026, 1, 22, 16, 30, 9),
                text=text, report_type="delivery-status", second=st, original_bytes=orig, original_headers_only=True,
                envelope="<>")


@case("nonreport", "ordinary", "newsletter of the national grassroots-information department, with national figures")
def n05_newsletter_cuc(C):
    html = ("<html><body style=\"font-family:Arial\"><table width=\"640\" align=\"center\"><tr><td>"
            "<h2 style=\"color:#b40000\">BẢN TIN THÔNG TIN CƠ SỞ - SỐ 9/2025</h2>"
            "<p><b>1. Hướng dẫn tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9</b><br>"
            "Cục Thông tin cơ sở và Thông tin đối ngoại cung cấp 12 bài phát thanh mẫu, 05 chuyên mục và 20 tin ngắn "
            "để các đài truyền thanh cấp xã sử dụng.</p>"
            "<p><b>2. Kết quả thực hiện Nghị định 49/2024/NĐ-CP</b><br>Sau 01 năm thực hiện, cả nước có 3.321 xã, phường, "
            "đặc khu duy trì hoạt động truyền thanh; 62% đài truyền thanh đã ứng dụng công nghệ thông tin - viễn thông.</p>"
            "<p><b>3. Tài liệu hỏi - đáp về chính quyền địa phương hai cấp</b><br>Tải tài liệu tại trang thông tin điện tử "
            "của Cục.</p><hr><p style=\"font-size:11px;color:#777\">Bạn nhận được thư này vì đã đăng ký nhận Bản tin "
            "Thông tin cơ sở. Hủy đăng ký: https://ttcs.bvhttdl.gov.vn/huy-dang-ky</p></td></tr></table></body></html>")
    plain = ("BẢN TIN THÔNG TIN CƠ SỞ - SỐ 9/2025\n\n1. Hướng dẫn tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc "
             "khánh 2/9\nCục Thông tin cơ sở và Thông tin đối ngoại cung cấp 12 bài phát thanh mẫu, 05 chuyên mục và 20 tin "
             "ngắn để các đài truyền thanh cấp xã sử dụng.\n\n2. Kết quả thực hiện Nghị định 49/2024/NĐ-CP\nSau 01 năm thực "
             "hiện, cả nước có 3.321 xã, phường, đặc khu duy trì hoạt động truyền thanh; 62% đài truyền thanh đã ứng dụng "
             "công nghệ thông tin - viễn thông.\n\n3. Tài liệu hỏi - đáp về chính quyền địa phương hai cấp\n\n"
             "Hủy đăng ký: https://ttcs.bvhttdl.gov.vn/huy-dang-ky")
    C.mail(frm="bantin@ttcs.bvhttdl.gov.vn", name="Bản tin Thông tin cơ sở", client="gmail",
           subject="Bản tin Thông tin cơ sở số 9/2025", date=vn(2025, 9, 30, 8, 0, 0), body=plain, html=html,
           extra_headers=[("List-Unsubscribe", "<https://ttcs.bvhttdl.gov.vn/huy-dang-ky>"), ("Precedence", "bulk")],
           mid_domain="ttcs.bvhttdl.gov.vn")


@case("nonreport", "ordinary", "daily press digest of the provincial newspaper, headlines with numbers and commune names")
def n06_press_digest(C):
    body = ("ĐIỂM TIN BÁO CHÍ NGÀY 14/11/2025\n\n"
            "- Tuần Giáo: hơn 1.200 hộ dân được hỗ trợ cây giống cà phê, mắc ca.\n"
            "- Phường Điện Biên Phủ tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 14 tổ dân phố.\n"
            "- Mường Nhé: 25 tin, bài tuyên truyền về phòng, chống mua bán người được phát trên loa truyền thanh.\n"
            "- Toàn tỉnh có 45/45 xã, phường duy trì hoạt động của đài truyền thanh cơ sở.\n\n"
            "Đọc chi tiết tại: https://baodienbienphu.info.vn\n\n--\nBan Điện tử - Báo Điện Biên Phủ\n"
            "Để ngừng nhận thư, trả lời thư này với tiêu đề \"Hủy\".")
    C.mail(frm="diemtin@baodienbienphu.info.vn", name="Báo Điện Biên Phủ", client="thunderbird",
           subject="Điểm tin báo chí ngày 14/11/2025", date=vn(2025, 11, 14, 6, 30, 0), body=body,
           extra_headers=[("Precedence", "list"), ("List-Id", "Diem tin <diemtin.baodienbienphu.info.vn>")])


@case("nonreport", "ordinary", "the department's own reminder coming back (sent to its own box, communes in Bcc)")
def n07_own_reminder(C):
    thu = dt.date(2025, 10, 23)
    C.mail(frm=OFFICE_STAFF, name=STAFF_NAME, to=OFFICE_BOX, subject=reminder_subject(thu),
           date=vn(2025, 10, 22, 15, 0, 3), body=reminder_text(thu))


@case("nonreport", "ordinary", "the department's weekly summary coming back, with every unit's figures in an xlsx")
def n08_own_summary(C):
    when = vn(2025, 12, 11, 16, 30, 12)
    rows = [["STT", "Đơn vị", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe", "Ghi chú"],
            [1, "Phường Điện Biên Phủ", 23, 200, 40, 17500, ""],
            [2, "Phường Mường Thanh", 15, 120, 30, 8800, ""],
            [3, "Phường Mường Lay", 13, 110, 26, 6100, ""],
            [4, "Xã Mường Phăng", 12, 100, 24, 4300, ""],
            [5, "Xã Thanh Yên", 12, 96, 24, 4500, ""],
            [6, "Xã Na Son", None, None, None, None, "Số liệu chưa rõ, đề nghị bổ sung"],
            [7, "Xã Mường Pồn", 9, 70, 18, 3000, ""],
            [8, "Xã Pu Nhi", None, None, None, None, "Chưa gửi"],
            [9, "Xã Phình Giàng", None, None, None, None, "Chưa gửi"],
            [10, "Các xã còn lại", 368, 3015, 720, 141200, "36 xã"],
            [None, "Tổng cộng", 452, 3711, 882, 185400, "41/45 đơn vị"]]
    cells = [("A1", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐIỆN BIÊN", {"bold": True}),
             ("A2", "TỔNG HỢP KẾT QUẢ CÔNG TÁC THÔNG TIN CƠ SỞ TUẦN 50 NĂM 2025", {"bold": True})]
    cells += grid(4, "A", rows)
    C.xlsx(xlsx_book([{"name": "Tong hop T50", "cells": cells, "widths": {"B": 26, "G": 30}}], when, author="Lan Anh"),
           "Tong hop TTCS tuan 50.xlsx")
    C.mail(frm=OFFICE_BOX, name="Phòng QLBC, XB & TTCS", to="svhttdl@dienbien.gov.vn", cc=OFFICE_BOX,
           subject="Tổng hợp kết quả công tác thông tin cơ sở tuần 50 năm 2025", date=when,
           body="Kính gửi Lãnh đạo Sở,\n\nPhòng QLBC, XB & TTCS gửi bản tổng hợp kết quả công tác thông tin cơ sở tuần 50 "
                "(từ 05/12 đến 11/12/2025): 41/45 xã, phường gửi báo cáo; tổng số 452 tin, bài; 3.711 phút; 882 lượt phát "
                "sóng; ước 185.400 lượt người nghe. Chi tiết tại file đính kèm.\n\nTrân trọng./.\n\n" + STAFF_SIG)


@case("nonreport", "ordinary", "the office's short '[Nhắc]' reminder before the 30/4 holiday coming back")
def n09_own_nhac_holiday(C):
    C.mail(frm=OFFICE_BOX, name="Phòng QLBC, XB & TTCS", to=OFFICE_BOX, subject="[Nhắc] Báo cáo TTCS tuần 18",
           date=vn(2026, 4, 29, 15, 0, 0),
           body="Kính gửi UBND các xã, phường\n\nĐề nghị các xã, phường gửi báo cáo kết quả công tác thông tin cơ sở tuần 18 "
                "(từ 24/4 đến 30/4/2026) trước 16h00 thứ Năm 30/4/2026. Do nghỉ lễ 30/4 - 01/5, các đơn vị có thể gửi "
                "sớm trong ngày 29/4.\n\nTrân trọng./.\nPhòng QLBC, XB & TTCS - Sở VHTTDL")


@case("nonreport", "ordinary", "question from a commune: does the template still ask for Bluezone?")
def n10_question_bluezone(C):
    C.mail(frm=E("pu_nhi"), name="UBND xã Pu Nhi", subject="Hỏi về mẫu báo cáo tuần", date=vn(2025, 8, 6, 9, 12, 40),
           body="Dạ em chào chị Lan Anh,\nCho em hỏi mẫu báo cáo tuần của Sở năm nay còn mục \"Số lượt cài đặt Bluezone\" "
                "không ạ? Xã em không còn theo dõi ứng dụng này nữa. Nếu vẫn còn thì xã em ghi 0 được không ạ?\n"
                "Em cảm ơn chị.\nHạng A Tùng - VHXH xã Pu Nhi - 0393 227 516")


@case("nonreport", "ordinary", "new officer asks how to send the weekly report and for the template")
def n11_question_new_officer(C):
    C.mail(frm=E("phinh_giang"), name="UBND xã Phình Giàng", subject="Đề nghị hướng dẫn gửi báo cáo tuần",
           date=vn(2026, 2, 3, 10, 5, 17),
           body="Kính gửi Phòng QLBC, XB & TTCS,\nXã Phình Giàng mới thay cán bộ phụ trách thông tin cơ sở, đề nghị Phòng "
                "hướng dẫn cách gửi báo cáo tuần và gửi lại biểu mẫu giúp xã ạ.\nCán bộ mới: Hờ Thị Dua, SĐT 0387 225 610.\n"
                "Trân trọng!")


@case("nonreport", "ordinary", "invitation to a training course (PDF letter with dates, hours and numbers of participants)")
def n12_invitation_training(C):
    when = vn(2025, 10, 6, 14, 0, 11)
    body = ["Thực hiện Kế hoạch số 215/KH-SVHTTDL ngày 12/8/2025 của Sở Văn hóa, Thể thao và Du lịch về bồi dưỡng nghiệp "
            "vụ thông tin cơ sở năm 2025, Trung tâm Văn hóa tỉnh trân trọng kính mời:",
            "Đại diện lãnh đạo và công chức phụ trách văn hóa - xã hội của UBND các xã, phường (mỗi đơn vị 02 người).",
            "Thời gian: 01 ngày, bắt đầu từ 08 giờ 00 phút ngày 16/10/2025.",
            "Địa điểm: Hội trường Trung tâm Văn hóa tỉnh, phường Điện Biên Phủ.",
            "Nội dung: kỹ năng biên tập tin, bài phát thanh; vận hành hệ thống truyền thanh ứng dụng CNTT - viễn thông; "
            "báo cáo số liệu thông tin cơ sở định kỳ."]
    C.pdf(official_report_pdf(left=[("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", False), ("TRUNG TÂM VĂN HÓA TỈNH", True)],
                              number="Số: 88/GM-TTVH", place_date=place_date("Điện Biên", when.date()),
                              summary=["Tập huấn nghiệp vụ thông tin cơ sở năm 2025"], kind="GIẤY MỜI", kinh_gui=None,
                              body=body, noi_nhan=["- Như trên;", "- Lưu: VT."], sign_lines=["GIÁM ĐỐC"],
                              sign_name="Lò Văn Mạnh", author="TTVH"), "GM 88 tap huan TTCS.pdf")
    C.mail(frm="ttvh.svhttdl@dienbien.gov.vn", name="Trung tâm Văn hóa tỉnh", to="UBND các xã, phường <" + OFFICE_BOX + ">",
           subject="Giấy mời tập huấn nghiệp vụ thông tin cơ sở năm 2025", date=when,
           body="Trung tâm Văn hóa tỉnh trân trọng gửi Giấy mời tập huấn (file đính kèm).\nTrân trọng!")


@case("nonreport", "ordinary", "a commune invites the department to its ethnic culture festival (docx)")
def n13_invitation_festival(C):
    when = vn(2026, 3, 2, 9, 30, 6)
    C.docx(official_report_docx(when=when, author="VHXH Tua Chua", left=[("ỦY BAN NHÂN DÂN", True), ("XÃ TỦA CHÙA", True)],
                                number="Số: 12/GM-UBND", place_date=place_date("Tủa Chùa", when.date()),
                                summary=["Dự Ngày hội Văn hóa dân tộc Mông xã Tủa Chùa lần thứ I, năm 2026"],
                                kind="GIẤY MỜI", kinh_gui="Kính gửi: Lãnh đạo Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên.",
                                body=["UBND xã Tủa Chùa trân trọng kính mời Lãnh đạo Sở tới dự Lễ khai mạc Ngày hội.",
                                      "Thời gian: 08 giờ 00 phút, ngày 14/3/2026.",
                                      "Địa điểm: Sân vận động xã Tủa Chùa.",
                                      "Ngày hội gồm 06 nội dung thi đấu, thu hút khoảng 500 vận động viên, diễn viên."],
                                noi_nhan=["- Như trên;", "- Lưu: VT."], sign_lines=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                                sign_name="Giàng A Dế"), "GM Ngay hoi van hoa Mong.docx")
    C.mail(frm=E("tua_chua"), name="UBND xã Tủa Chùa", subject="Giấy mời dự Ngày hội Văn hóa dân tộc Mông", date=when,
           body="Kính gửi Lãnh đạo Sở VHTTDL,\nUBND xã Tủa Chùa trân trọng gửi giấy mời (file đính kèm).\nTrân trọng!")


@case("nonreport", "ordinary", "a commune's propaganda plan with target figures (a plan, not a report)")
def n14_plan_a80(C):
    when = vn(2025, 8, 5, 10, 0, 33)
    C.docx(official_report_docx(when=when, author="UBND Muong Phang",
                                left=[("ỦY BAN NHÂN DÂN", True), ("XÃ MƯỜNG PHĂNG", True)],
                                number="Số: 58/KH-UBND", place_date=place_date("Mường Phăng", dt.date(2025, 8, 4)),
                                kind="KẾ HOẠCH",
                                summary=["Tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2025)",
                                         "và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945 - 02/9/2025)"],
                                kinh_gui=None,
                                body=[("h", "I. MỤC ĐÍCH, YÊU CẦU"),
                                      "Tuyên truyền sâu rộng ý nghĩa lịch sử của Cách mạng Tháng Tám và Quốc khánh 2/9.",
                                      ("h", "II. NỘI DUNG, HÌNH THỨC"),
                                      "1. Trên hệ thống truyền thanh: biên tập tối thiểu 20 tin, bài; phát tối thiểu 30 lượt "
                                      "từ ngày 10/8 đến ngày 05/9/2025, mỗi buổi 30 phút.",
                                      "2. Trên mạng xã hội: đăng tải trên 24 nhóm Zalo của các bản.",
                                      ("h", "III. TỔ CHỨC THỰC HIỆN"),
                                      "Giao Phòng Văn hóa - Xã hội chủ trì, báo cáo kết quả về UBND xã trước ngày 08/9/2025."],
                                noi_nhan=["- Sở VHTTDL (b/c);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."],
                                sign_lines=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], sign_name="Lò Văn Pọm"),
           "58-KH-UBND tuyen truyen A80.docx")
    C.mail(frm=E("muong_phang"), name="UBND xã Mường Phăng", subject="Kế hoạch số 58/KH-UBND ngày 04/8/2025", date=when,
           body="Kính gửi Sở VHTTDL,\nUBND xã Mường Phăng gửi Kế hoạch tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và "
                "Quốc khánh 2/9 để Sở biết, theo dõi.\nTrân trọng!\nLò Văn Hùng")


@case("nonreport", "ordinary", "a commune's plan for the 2026 election propaganda (text PDF)")
def n15_plan_election(C):
    when = vn(2026, 1, 20, 15, 0, 27)
    C.pdf(official_report_pdf(left=[("UBND XÃ TUẦN GIÁO", False), ("TRUNG TÂM TRUYỀN THÔNG", True), ("VÀ VĂN HÓA", True)],
                              number="Số: 03/KH-TTTTVH", place_date=place_date("Tuần Giáo", dt.date(2026, 1, 19)),
                              kind="KẾ HOẠCH", summary=["Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu "
                                                        "HĐND các cấp nhiệm kỳ 2026 - 2031"], kinh_gui=None,
                              body=["Thời gian thực hiện: từ ngày 20/01/2026 đến ngày 20/3/2026.",
                                    "Phát sóng 02 lần/ngày vào 06 giờ 00 và 17 giờ 00, mỗi lần 30 phút; dự kiến 60 tin, "
                                    "bài trong toàn đợt.",
                                    "Phối hợp với 18 tổ bầu cử tổ chức tuyên truyền lưu động tại các bản."],
                              noi_nhan=["- Sở VHTTDL (b/c);", "- UBND xã (b/c);", "- Lưu: VT."], sign_lines=["GIÁM ĐỐC"],
                              sign_name="Quàng Văn Thiện"), "KH tuyen truyen bau cu 2026.pdf")
    C.mail(frm=E("tuan_giao", 1), name="Trung tâm TT&VH xã Tuần Giáo", client="outlook",
           subject="Kế hoạch tuyên truyền bầu cử - TTTT&VH xã Tuần Giáo", date=when,
           body="Kính gửi Sở VHTTDL,\nTrung tâm TT&VH xã Tuần Giáo gửi Kế hoạch tuyên truyền bầu cử.\nTrân trọng./.")


@case("nonreport", "ordinary", "photos of a mobile propaganda session (two JPEGs), with a head count in the text")
def n16_photos_event(C):
    C.jpeg(event_photo(161, "TUYÊN TRUYỀN LƯU ĐỘNG - BẢN HUỔI LẾCH"), "IMG_20250827_091522.jpg")
    C.jpeg(event_photo(162, "XÃ MƯỜNG NHÉ"), "IMG_20250827_093010.jpg")
    C.mail(frm=E("muong_nhe", 1), name="Phòng VH-XH xã Mường Nhé", subject="Ảnh tuyên truyền lưu động bản Huổi Lếch",
           date=vn(2025, 8, 28, 16, 40, 9),
           body="Em gửi Sở một số hình ảnh buổi tuyên truyền lưu động tại bản Huổi Lếch ngày 27/8/2025 ạ, để Sở đăng tin. "
                "Khoảng 150 người dân tham dự.\nLý Văn Sáng")


@case("nonreport", "ordinary", "photo of the anniversary ceremony inline in an HTML mail")
def n17_photo_inline(C):
    C.jpeg(event_photo(171, "KỶ NIỆM 72 NĂM CHIẾN THẮNG ĐIỆN BIÊN PHỦ"), "image001.jpg", inline=True,
           cid="image001.jpg@01DCDE1A.5B8E2A40")
    html = ("<html><body><p>Kính gửi Sở VHTTDL,</p><p>Phường Mường Thanh gửi hình ảnh Lễ kỷ niệm 72 năm Chiến thắng Điện "
            "Biên Phủ tại phường.</p><p><img src=\"cid:image001.jpg@01DCDE1A.5B8E2A40\" width=\"640\"></p>"
            "<p>Điêu Thị Ngọc Ánh</p></body></html>")
    C.mail(frm=E("muong_thanh", 1), name="Phòng VH-XH phường Mường Thanh", client="outlook",
           subject="Hình ảnh Lễ kỷ niệm 72 năm Chiến thắng Điện Biên Phủ", date=vn(2026, 5, 8, 9, 15, 50),
           body="Kính gửi Sở VHTTDL,\nPhường Mường Thanh gửi hình ảnh Lễ kỷ niệm 72 năm Chiến thắng Điện Biên Phủ tại "
                "phường.\nĐiêu Thị Ngọc Ánh", html=html)


@case("nonreport", "ordinary", "phishing: 'your mailbox is 98% full'")
def n18_spam_phishing(C):
    C.mail(frm="admin@dienbien-gov-vn.mailbox-verify.com", name="Quản trị hệ thống thư điện tử", client="thunderbird",
           subject="[CẢNH BÁO] Hộp thư của bạn đã đạt 98% dung lượng", date=vn(2025, 11, 3, 2, 14, 55),
           body="Kính gửi người dùng,\n\nHộp thư ttcs.svhttdl@dienbien.gov.vn của bạn đã sử dụng 98% dung lượng (4,9 GB / "
                "5 GB). Các thư mới sẽ bị từ chối sau 24 giờ.\n\nVui lòng xác minh tài khoản để được nâng cấp miễn phí: "
                "http://dienbien-gov-vn.mailbox-verify.com/nang-cap\n\nBộ phận kỹ thuật")


@case("nonreport", "ordinary", "advertisement: price list for IP/4G loudspeaker systems")
def n19_spam_advert(C):
    C.mail(frm="kinhdoanh@truyenthanhviet.vn", name="Truyền Thanh Việt", client="gmail",
           subject="Báo giá hệ thống truyền thanh thông minh IP/4G cho xã, phường năm 2026", date=vn(2026, 6, 9, 8, 20, 3),
           body="Kính gửi Quý cơ quan,\n\nCông ty TNHH Thiết bị Truyền thanh Việt xin gửi báo giá:\n- Cụm loa IP 4G: "
                "8.500.000 đ/bộ\n- Bộ điều khiển trung tâm: 45.000.000 đ/bộ\n- Phần mềm quản lý: miễn phí 12 tháng\n\n"
                "Đã lắp đặt cho hơn 300 xã, phường trên toàn quốc. Liên hệ: 0904 118 226.\n\nTrân trọng!",
           mid_domain="truyenthanhviet.vn")


@case("nonreport", "ordinary", "read receipt ('Đã đọc') for the department's reminder")
def n20_read_receipt(C):
    text = ("Thư của bạn\n\n   Tới: UBND xã Quảng Lâm\n   Chủ đề: V/v báo cáo kết quả công tác thông tin cơ sở tuần 50 năm 2025\n"
            "   Đã gửi: Thứ Tư, 10 tháng 12, 2025 15:00:21 (UTC+07:00)\n\nđã được đọc vào Thứ Sáu, 12 tháng 12, 2025 "
            "07:50:02 (UTC+07:00).\n")
    p = MIMEBase("message", "disposition-notification")
    p.set_payload("Reporting-UA: ubnd.quanglam@dienbien.gov.vn; Microsoft Outlook 16.0\n"
                  "Final-Recipient: rfc822;ubnd.quanglam@dienbien.gov.vn\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\n")
    _report_msg(C, seed_style="outlook", frm=addr("UBND xã Quảng Lâm", E("quang_lam")), to=OFFICE_STAFF,
                subject="Đã đọc: V/v báo cáo kết quả công tác thông tin cơ sở tuần 50 năm 2025",
                date=vn(2025, 12, 12, 7, 50, 2), text=text, report_type="disposition-notification", second=p)


@case("nonreport", "ordinary", "a commune asks whether yesterday's report arrived (no figures)")
def n21_did_you_receive(C):
    C.mail(frm=E("na_son", 1), name="Phòng VHXH xã Na Son", client="android", subject="Xã Na Son đã gửi báo cáo",
           date=vn(2026, 3, 27, 8, 45, 31),
           body="Dạ chị ơi, xã Na Son đã gửi báo cáo tuần từ chiều hôm qua rồi ạ, chị kiểm tra lại giúp em với. Nếu chưa "
                "nhận được em gửi lại ạ.\nMùa A Sử")


@case("nonreport", "ordinary", "a commune announces its new official address (old commune Xá Nhè's address retired)")
def n22_change_address(C):
    C.mail(frm=E("sang_nhe"), name="UBND xã Sáng Nhè", subject="Thông báo địa chỉ thư điện tử công vụ của UBND xã Sáng Nhè",
           date=vn(2025, 7, 15, 10, 30, 40),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch,\nUBND xã Sáng Nhè thông báo: từ ngày 15/7/2025, đề nghị Sở gửi văn "
                "bản, thông báo về địa chỉ thư công vụ ubnd.sangnhe@dienbien.gov.vn; không sử dụng địa chỉ cũ "
                "xanhe.tuachua@dienbien.gov.vn (của xã Xá Nhè cũ).\nTrân trọng!\nVăn phòng HĐND và UBND xã Sáng Nhè")


@case("nonreport", "ordinary", "another report (Đề án 06, VNeID accounts) mailed to this box by mistake")
def n23_other_report_de_an_06(C):
    when = vn(2025, 10, 28, 14, 0, 5)
    C.docx(official_report_docx(when=when, author="UBND Muong Toong", left=[("ỦY BAN NHÂN DÂN", True), ("XÃ MƯỜNG TOONG", True)],
                                number="Số: 131/BC-UBND", place_date=place_date("Mường Toong", when.date()),
                                summary=["Kết quả thực hiện Đề án 06 tháng 10 năm 2025"],
                                kinh_gui="Kính gửi: Công an tỉnh Điện Biên.",
                                body=["- Tổng số tài khoản định danh điện tử đã kích hoạt: 6.842 tài khoản;",
                                      "- Kích hoạt mới trong tháng: 215 tài khoản;",
                                      "- Số hồ sơ dịch vụ công trực tuyến tiếp nhận: 128 hồ sơ;",
                                      "- Số buổi tuyên truyền, hướng dẫn tại các bản: 06 buổi."],
                                noi_nhan=["- Như trên;", "- Lưu: VT."], sign_lines=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                                sign_name="Giàng A Chính"), "BC De an 06 thang 10.docx")
    C.mail(frm=E("muong_toong"), name="UBND xã Mường Toong", subject="Báo cáo kết quả thực hiện Đề án 06 tháng 10/2025",
           date=when, body="Kính gửi: Công an tỉnh\nUBND xã Mường Toong gửi báo cáo Đề án 06 tháng 10/2025.\nTrân trọng!")


@case("nonreport", "ordinary", "online meeting invitation from another department (Zoom ID, passcode, times)")
def n24_meeting_link(C):
    C.mail(frm="vanphong.skhcn@dienbien.gov.vn", name="Văn phòng Sở KH&CN", client="outlook",
           to=f"{OFFICE_BOX}, vanphong.svhttdl@dienbien.gov.vn",
           subject="Mời họp trực tuyến giao ban chuyển đổi số quý III/2025", date=vn(2025, 9, 22, 16, 0, 40),
           body="Kính gửi các sở, ban, ngành\n\nSở Khoa học và Công nghệ trân trọng kính mời dự họp trực tuyến giao ban "
                "chuyển đổi số quý III/2025.\nThời gian: 14 giờ 00, thứ Năm ngày 25/9/2025.\nLink Zoom: "
                "https://zoom.us/j/84522106637\nMeeting ID: 845 2210 6637\nPasscode: 202509\n\nTrân trọng!")


@case("nonreport", "ordinary", "a commune sends a news item for the department's website (numbers of participants, tonnes)")
def n25_news_item(C):
    C.jpeg(event_photo(251, "XÃ QUẢNG LÂM RA QUÂN VỆ SINH MÔI TRƯỜNG"), "ve sinh moi truong.jpg")
    C.mail(frm=E("quang_lam"), name="UBND xã Quảng Lâm", subject="Tin bài: Xã Quảng Lâm ra quân tổng vệ sinh môi trường",
           date=vn(2026, 9, 10, 15, 30, 21),
           body="Kính gửi Sở VHTTDL,\nXã Quảng Lâm gửi tin để Sở xem xét đăng tải:\n\nXÃ QUẢNG LÂM RA QUÂN TỔNG VỆ SINH MÔI "
                "TRƯỜNG\nSáng ngày 09/9/2026, UBND xã Quảng Lâm tổ chức ra quân tổng vệ sinh môi trường tại trung tâm xã và "
                "12 bản. Hơn 200 người dân, cán bộ, đoàn viên thanh niên tham gia, thu gom khoảng 3 tấn rác thải...\n\n"
                "Tin, ảnh: Chang Thị Dung")
