"""Family `reply`: replies to last week's thread or to the department's reminder, forwards, corrections."""
import datetime as dt

from cases_body import B01_BODY, B01_DATE, B01_SUBJECT
from h10case import case
from h10common import (STAFF_NAME, STAFF_SIG, quote_gmail_en, quote_gmail_vi, quote_iphone, quote_outlook_vi,
                       quote_yahoo, quote_zimbra, reminder_subject, reminder_text)
from h10lib import OFFICE_BOX, OFFICE_STAFF, msgid, unit_emails, vn

E = lambda uid, i=0: unit_emails(uid)[i]  # noqa: E731
GOV = "dienbien.gov.vn"


@case("reply", "ordinary", "reply to the commune's own thread of last week; last week's figures quoted below (Zimbra)")
def r01_muong_phang_thread(C):
    q = quote_zimbra(B01_DATE, "UBND xã Mường Phăng", E("muong_phang"), OFFICE_BOX, B01_SUBJECT, B01_BODY)
    mid = msgid("body/b01_muong_phang_labelled", GOV)
    C.mail(frm=E("muong_phang"), name="UBND xã Mường Phăng", subject="Re: " + B01_SUBJECT,
           date=vn(2025, 7, 17, 10, 30, 8), in_reply_to=mid,
           body="Kính gửi Sở VHTTDL,\nXã Mường Phăng báo cáo tuần từ 11/7 đến 17/7/2025:\n- Số tin, bài: 12\n"
                "- Thời lượng: 100 phút\n- Số lượt phát sóng: 20 lượt\n- Ước số người nghe: 4.000 người\nTrân trọng!\n"
                "Lò Văn Hùng\n\n" + q)
    C.weekly("muong_phang", "12", "100", "20", "4.000", ("w", "đến 17/7/2025", "2025-07-17"))


@case("reply", "ordinary", "short reply on top of the department's reminder (quoted, with its own dates and hours)")
def r02_thanh_nua_reply_reminder(C):
    thu = dt.date(2025, 7, 24)
    sent = vn(2025, 7, 23, 15, 0, 12)
    q = quote_zimbra(sent, STAFF_NAME, OFFICE_STAFF, "UBND các xã, phường", reminder_subject(thu), reminder_text(thu))
    C.mail(frm=E("thanh_nua", 1), name="VHXH xa Thanh Nua", subject="Re: " + reminder_subject(thu),
           date=vn(2025, 7, 24, 9, 10, 45), in_reply_to=msgid("reminder-2025-07-23", GOV),
           body="Dạ Thanh Nưa báo cáo ạ:\nTin bài: 10\nThời lượng: 80 phút\nLượt phát sóng: 20\nNgười nghe: 3.200\n"
                "Quàng Văn Tuấn\n\n" + q)
    C.weekly("thanh_nua", "10", "80", "20", "3.200", ("w", "tuần 30 năm 2025", "2025-07-24"))


@case("reply", "ordinary", "correction sent Monday for last week (dates written); the wrong figures are quoted below")
def r03_sin_chai_correction(C):
    prev = ("Kính gửi Sở VHTTDL,\nXã Sín Chải báo cáo tuần:\n- Số tin, bài: 9\n- Thời lượng: 70 phút\n"
            "- Số lượt phát sóng: 18\n- Ước số người nghe: 26.000 người\nTrân trọng!\nSùng Thị Mỷ - VHXH xã Sín Chải")
    q = quote_zimbra(vn(2025, 8, 7, 9, 30, 2), "UBND xã Sín Chải", E("sin_chai"), OFFICE_BOX, "Báo cáo tuần - xã Sín Chải", prev)
    C.mail(frm=E("sin_chai"), name="UBND xã Sín Chải", subject="Re: Báo cáo tuần - xã Sín Chải (gửi lại do nhầm số liệu)",
           date=vn(2025, 8, 11, 8, 0, 51), in_reply_to=msgid("prev-sinchai-2025-08-07", GOV),
           body="Kính gửi Sở VHTTDL,\nEm xin gửi lại báo cáo tuần trước (từ 01/8 đến 07/8/2025) do bản gửi hôm thứ Năm em "
                "gõ nhầm số người nghe. Số liệu đúng như sau:\n- Số tin, bài: 9\n- Thời lượng: 70 phút\n"
                "- Số lượt phát sóng: 18\n- Ước số người nghe: 2.600 người\nEm xin lỗi vì sự nhầm lẫn ạ.\n"
                "Sùng Thị Mỷ - VHXH xã Sín Chải\n\n" + q)
    C.weekly("sin_chai", "9", "70", "18", "2.600", ("w", "đến 07/8/2025", "2025-08-07"))


@case("reply", "ordinary", "commune forwards the report its radio station mailed it (Zimbra forward of a Gmail message)")
def r04_tua_chua_forward(C):
    inner = ("Báo cáo kết quả hoạt động của Trạm truyền thanh xã tuần từ 08/8 đến 14/8/2025:\n- Số tin, bài: 13\n"
             "- Thời lượng: 105 phút\n- Số lượt phát sóng: 26\n- Ước số người nghe: 5.000\n\n"
             "Giàng A Khua - Trạm truyền thanh xã")
    t = vn(2025, 8, 14, 8, 55, 40)
    fwd = ("----- Forwarded Message -----\nFrom: \"Tram truyen thanh Tua Chua\" <tramtt.tuachua@gmail.com>\n"
           f"To: \"UBND xã Tủa Chùa\" <{E('tua_chua')}>\nSent: Thursday, August 14, 2025 8:55:40 AM\n"
           "Subject: BC tuan tram truyen thanh xa Tua Chua\n\n" + inner)
    C.mail(frm=E("tua_chua"), name="UBND xã Tủa Chùa", subject="Fwd: BC tuan tram truyen thanh xa Tua Chua",
           date=vn(2025, 8, 14, 14, 20, 3),
           body="Kính chuyển Sở VHTTDL báo cáo tuần của xã Tủa Chùa ạ.\n\n" + fwd)
    C.weekly("tua_chua", "13", "105", "26", "5.000", ("w", "đến 14/8/2025", "2025-08-14"))


@case("reply", "ordinary", "two values for broadcasts ('21 lượt (nếu tính cả loa di động thì 27 lượt)'): held")
def r05_muong_cha_two_values(C):
    thu = dt.date(2025, 8, 21)
    q = quote_outlook_vi(vn(2025, 8, 20, 15, 2, 0), STAFF_NAME, OFFICE_STAFF, "UBND các xã, phường",
                         reminder_subject(thu), reminder_text(thu))
    C.mail(frm=E("muong_cha", 1), name="Phòng VHXH xã Mường Chà", client="outlook", subject="RE: " + reminder_subject(thu),
           date=vn(2025, 8, 21, 10, 0, 27), in_reply_to=msgid("reminder-2025-08-20", GOV),
           body="Kính gửi Phòng QLBC,XB&TTCS,\nXã Mường Chà báo cáo tuần:\n- Số tin, bài: 10\n- Thời lượng: 90 phút\n"
                "- Số lượt phát sóng: 21 lượt (nếu tính cả loa di động thì 27 lượt)\n- Ước số người nghe: 3.500\n"
                "Trân trọng!\nLò Thị Xuân\n\n" + q)
    C.weekly("muong_cha", "10", "90", None, "3.500", ("w", "tuần 34 năm 2025", "2025-08-21"), status="needs_review")


@case("reply", "ordinary", "Outlook reply (Vietnamese header block, no '>' quoting) to the commune's previous week")
def r06_na_bung_outlook_thread(C):
    prev = ("Kính gửi Sở VHTTDL,\nXã Nà Bủng gửi báo cáo tuần:\nSố tin bài: 7 | Thời lượng: 56 phút | Lượt phát: 14 | "
            "Người nghe: 2.100\nTrân trọng.\nPhàng A Chá")
    q = quote_outlook_vi(vn(2025, 9, 4, 14, 12, 0), "UBND xã Nà Bủng", E("na_bung"), OFFICE_BOX,
                         "Báo cáo tuần xã Nà Bủng", prev)
    C.mail(frm=E("na_bung"), name="UBND xã Nà Bủng", client="outlook", subject="RE: Báo cáo tuần xã Nà Bủng",
           date=vn(2025, 9, 11, 9, 15, 37), in_reply_to=msgid("prev-nabung-2025-09-04", GOV),
           body="Kính gửi Sở VHTTDL,\nXã Nà Bủng gửi báo cáo tuần này:\nSố tin bài: 8 | Thời lượng: 64 phút | Lượt phát: 16 "
                "| Người nghe: 2.400\nTrân trọng.\nPhàng A Chá\n\n" + q)
    C.weekly("na_bung", "8", "64", "16", "2.400", period="rule")


@case("reply", "ordinary", "Friday answer to the department's request to complete last week's report; full figures restated")
def r07_cha_to_supplement(C):
    orig = ("Kính gửi Sở,\nXã Chà Tở báo cáo tuần: tin bài 7, thời lượng 55 phút, người nghe 2.200.\nLò Văn Pấng")
    ask = ("Đề nghị xã Chà Tở bổ sung số lượt phát sóng trong báo cáo tuần này để Sở tổng hợp.\n\n" + STAFF_SIG + "\n\n"
           + quote_zimbra(vn(2025, 9, 18, 11, 5, 9), "UBND xã Chà Tở", E("cha_to"), OFFICE_BOX,
                          "Báo cáo tuần - xã Chà Tở", orig))
    q = quote_zimbra(vn(2025, 9, 18, 17, 10, 44), STAFF_NAME, OFFICE_STAFF, E("cha_to"),
                     "Re: Báo cáo tuần - xã Chà Tở", ask)
    C.mail(frm=E("cha_to"), name="UBND xã Chà Tở", subject="Re: Báo cáo tuần - xã Chà Tở", date=vn(2025, 9, 19, 10, 0, 18),
           in_reply_to=msgid("ask-chato-2025-09-18", GOV),
           body="Dạ em bổ sung báo cáo tuần từ 12/9 đến 18/9/2025 của xã Chà Tở ạ:\n- Tin, bài: 7\n- Thời lượng: 55 phút\n"
                "- Số lượt phát sóng: 14\n- Người nghe: 2.200\nEm cảm ơn chị.\n\n" + q)
    C.weekly("cha_to", "7", "55", "14", "2.200", ("w", "đến 18/9/2025", "2025-09-18"))


@case("reply", "ordinary", "personal Gmail, English Gmail quote of the previous week; commune named in the body")
def r08_muong_nha_gmail_en(C):
    prev = ("Kính gửi Sở VHTTDL,\nXã Mường Nhà báo cáo tuần:\n- Số tin, bài: 9\n- Thời lượng: 75 phút\n"
            "- Số lượt phát sóng: 18\n- Ước số người nghe: 4.100\nQuàng Thị Lan - VHXH xã Mường Nhà")
    q = quote_gmail_en(vn(2025, 10, 2, 9, 15, 0), "Quang Thi Lan", "quangthilan.mn@gmail.com", prev)
    C.mail(frm="quangthilan.mn@gmail.com", name="Quang Thi Lan", client="gmail", subject="Re: Bao cao tuan xa Muong Nha",
           date=vn(2025, 10, 9, 9, 30, 12), in_reply_to=msgid("prev-muongnha-2025-10-02", "gmail.com"),
           body="Kính gửi Sở VHTTDL,\nXã Mường Nhà báo cáo tuần này:\n- Số tin, bài: 11\n- Thời lượng: 95 phút\n"
                "- Số lượt phát sóng: 22\n- Ước số người nghe: 4.700\nTrân trọng!\nQuàng Thị Lan - VHXH xã Mường Nhà\n\n" + q)
    C.weekly("muong_nha", "11", "95", "22", "4.700", period="rule")


@case("reply", "ordinary", "same-day correction replacing a morning mail with a typo (1.100 minutes quoted below)")
def r09_muong_thanh_same_day_fix(C):
    prev = ("Kính gửi Sở VHTTDL,\nPhường Mường Thanh báo cáo tuần:\n- Số tin, bài: 14\n- Thời lượng: 1.100 phút\n"
            "- Số lượt phát sóng: 28\n- Ước số người nghe: 8.000\nTrân trọng!\nĐiêu Thị Ngọc Ánh")
    q = quote_outlook_vi(vn(2025, 10, 23, 10, 0, 0), "Phòng VH-XH phường Mường Thanh", E("muong_thanh", 1), OFFICE_BOX,
                         "Báo cáo tuyên truyền tuần - phường Mường Thanh", prev)
    C.mail(frm=E("muong_thanh", 1), name="Phòng VH-XH phường Mường Thanh", client="outlook",
           subject="RE: Báo cáo tuyên truyền tuần - phường Mường Thanh", date=vn(2025, 10, 23, 15, 40, 5),
           in_reply_to=msgid("prev-muongthanh-2025-10-23", GOV),
           body="Kính gửi Sở VHTTDL,\nPhòng VH-XH phường Mường Thanh xin gửi lại báo cáo tuần này, bản gửi lúc 10h sáng nay "
                "em gõ nhầm thời lượng. Số liệu đúng:\n- Số tin, bài: 14\n- Thời lượng: 110 phút\n- Số lượt phát sóng: 28\n"
                "- Ước số người nghe: 8.000\nĐề nghị Sở sử dụng số liệu này ạ.\nTrân trọng!\nĐiêu Thị Ngọc Ánh\n\n" + q)
    C.weekly("muong_thanh", "14", "110", "28", "8.000", period="rule")


@case("reply", "ordinary", "reply to the department's list of late communes (week 44 quoted), reporting week 45")
def r10_pu_nhi_reply_late_list(C):
    ask = ("Kính gửi UBND các xã, phường\n\nTính đến 16 giờ 30 ngày 30/10/2025, các xã sau chưa gửi báo cáo tuần 44: "
           "Pu Nhi, Phình Giàng, Xa Dung. Đề nghị các xã gửi báo cáo đúng thời hạn.\n\nTrân trọng./.\n\n" + STAFF_SIG)
    q = quote_zimbra(vn(2025, 10, 30, 16, 45, 2), STAFF_NAME, OFFICE_STAFF, "UBND các xã, phường",
                     "Danh sách các xã chưa gửi báo cáo tuần 44", ask)
    C.mail(frm=E("pu_nhi"), name="UBND xã Pu Nhi", subject="Re: Danh sách các xã chưa gửi báo cáo tuần 44",
           date=vn(2025, 11, 6, 10, 5, 39), in_reply_to=msgid("latelist-2025-10-30", GOV),
           body="Dạ xã Pu Nhi gửi báo cáo tuần 45 ạ. Tuần trước xã bị mất điện lưới nhiều ngày nên không phát được, em xin "
                "rút kinh nghiệm.\nSố tin bài: 6\nThời lượng: 48 phút\nSố lượt phát sóng: 12\nƯớc số người nghe: 1.900\n"
                "Hạng A Tùng - VHXH Pu Nhi\n\n" + q)
    C.weekly("pu_nhi", "6", "48", "12", "1.900", ("w", "tuần 45", "2025-11-06"))


@case("reply", "ordinary", "commune forwards its officer's Gmail message (Zimbra forward in Vietnamese); old communes named")
def r11_na_tau_forward_vi(C):
    inner = ("Báo cáo kết quả tuyên truyền tuần từ 14/11 đến 20/11/2025 (bao gồm các bản thuộc xã Mường Đăng, Ngối Cáy cũ):\n"
             "- Số tin, bài: 9\n- Thời lượng: 80 phút\n- Số lượt phát sóng: 18\n- Ước số người nghe: 3.400 người\nPhương")
    fwd = ("----- Thư chuyển tiếp -----\nTừ: \"Lò Thị Phương\" <phuonglt.natau@gmail.com>\n"
           f"Gửi tới: \"UBND xã Nà Tấu\" <{E('na_tau')}>\nĐã gửi: Thứ Năm, 20 Tháng 11 2025 11:02:37\n"
           "Chủ đề: Báo cáo tuần xã Nà Tấu\n\n" + inner)
    C.mail(frm=E("na_tau"), name="UBND xã Nà Tấu", subject="Fwd: Báo cáo tuần xã Nà Tấu", date=vn(2025, 11, 20, 14, 30, 16),
           body="Chuyển Sở VHTTDL báo cáo tuần của xã ạ.\n\n" + fwd)
    C.weekly("na_tau", "9", "80", "18", "3.400", ("w", "đến 20/11/2025", "2025-11-20"))


@case("reply", "ordinary", "reply two minutes before the deadline to the office's '[Nhắc]' reminder for week 50")
def r12_thanh_yen_reply_nhac(C):
    ask = ("Đề nghị các xã, phường chưa gửi báo cáo tuần 50 (từ 05/12 đến 11/12/2025) khẩn trương gửi trước 16h00 hôm nay "
           "để Phòng tổng hợp báo cáo Lãnh đạo Sở.\n\nPhòng QLBC, XB&TTCS")
    q = quote_zimbra(vn(2025, 12, 11, 8, 30, 0), "Phòng QLBC, XB & TTCS", OFFICE_BOX, "UBND các xã, phường",
                     "[Nhắc] Báo cáo TTCS tuần 50", ask)
    C.mail(frm=E("thanh_yen"), name="UBND xã Thanh Yên", subject="Re: [Nhắc] Báo cáo TTCS tuần 50",
           date=vn(2025, 12, 11, 15, 58, 30), in_reply_to=msgid("nhac-2025-12-11", GOV),
           body="Thanh Yên báo cáo tuần 50:\n+ Tin, bài: 12\n+ Thời lượng: 96 phút\n+ Lượt phát sóng: 24\n+ Người nghe: 4.500\n"
                "Trân trọng!\nLường Thị Lả\n\n" + q)
    C.weekly("thanh_yen", "12", "96", "24", "4.500", ("w", "tuần 50", "2025-12-11"))


@case("reply", "ordinary", "correction sent on a Tuesday for the previous week (dates written), wrong figure quoted")
def r13_quai_to_dinh_chinh(C):
    prev = ("Kính gửi Sở Văn hóa, Thể thao và Du lịch\nXã Quài Tở báo cáo kết quả tuyên truyền trong tuần:\n"
            "+ Số tin bài: 8\n+ Thời lượng phát sóng: 64 phút\n+ Số lượt phát sóng: 61 lượt\n+ Ước số người nghe: 3.000 người\n"
            "Trân trọng./.\nQuàng Văn Chiến")
    q = quote_zimbra(vn(2026, 1, 8, 9, 40, 0), "UBND xã Quài Tở", E("quai_to"), OFFICE_BOX,
                     "Báo cáo tuyên truyền tuần - xã Quài Tở", prev)
    C.mail(frm=E("quai_to"), name="UBND xã Quài Tở", subject="Re: Báo cáo tuyên truyền tuần - xã Quài Tở (đính chính)",
           date=vn(2026, 1, 13, 8, 20, 4), in_reply_to=msgid("prev-quaito-2026-01-08", GOV),
           body="Kính gửi Sở VHTTDL,\nUBND xã Quài Tở xin đính chính số liệu tuần từ 02/01 đến 08/01/2026 như sau (bản gửi "
                "ngày 08/01 ghi nhầm số lượt phát sóng):\n- Số tin, bài: 8\n- Thời lượng: 64 phút\n- Số lượt phát sóng: 16\n"
                "- Ước số người nghe: 3.000\nTrân trọng!\nQuàng Văn Chiến\n\n" + q)
    C.weekly("quai_to", "8", "64", "16", "3.000", ("w", "đến 08/01/2026", "2026-01-08"))


@case("reply", "ordinary", "personal Yahoo address, Yahoo quote of the previous week; commune named in body and signature")
def r14_muong_ang_yahoo(C):
    prev = ("Kính gửi Sở,\nXã Mường Ảng báo cáo kết quả tuần này:\nSố tin, bài: 13\nThời lượng: 110 phút\n"
            "Số lượt phát sóng: 26\nƯớc số người nghe: 7.600\nCà Văn Dũng - VHXH xã Mường Ảng")
    q = quote_yahoo(vn(2026, 1, 29, 10, 12, 55), "Ca Van Dung", "cavandung_ma@yahoo.com.vn", prev)
    C.mail(frm="cavandung_ma@yahoo.com.vn", name="Ca Van Dung", client="yahoo", subject="Re: Bao cao tuan xa Muong Ang",
           date=vn(2026, 2, 5, 9, 45, 2), in_reply_to=msgid("prev-muongang-2026-01-29", "yahoo.com.vn"),
           body="Kính gửi Sở,\nXã Mường Ảng báo cáo kết quả tuần này:\nSố tin, bài: 15\nThời lượng: 130 phút\n"
                "Số lượt phát sóng: 30\nƯớc số người nghe: 8.200\nCà Văn Dũng - VHXH xã Mường Ảng\n\n" + q)
    C.weekly("muong_ang", "15", "130", "30", "8.200", period="rule")


@case("reply", "ordinary", "one-line reply from an iPhone above last week's one-line report")
def r15_sin_thau_iphone_reply(C):
    q = quote_iphone(vn(2026, 4, 2, 15, 2, 0), "Xã Sín Thầu", E("sin_thau"),
                     "Sín Thầu bc tuần: 6 tin bài, 48 phút, 12 lượt phát, khoảng 1.700 người nghe.\n\nGửi từ iPhone của tôi")
    C.mail(frm=E("sin_thau"), name="Xã Sín Thầu", client="iphone", subject="Re: BC tuần Sín Thầu",
           date=vn(2026, 4, 9, 8, 20, 10), in_reply_to=msgid("prev-sinthau-2026-04-02", GOV),
           body="Tuần này xã em: 7 tin bài, 50 phút, 14 lượt, 1.900 người nghe ạ.\n\nGửi từ iPhone của tôi\n\n" + q)
    C.weekly("sin_thau", "7", "50", "14", "1.900", period="rule")


@case("reply", "ordinary", "ward replies to all with Cc; week of the 72nd Điện Biên Phủ anniversary, last week quoted")
def r16_dien_bien_phu_reply_all(C):
    prev = ("Kính gửi Sở Văn hóa, Thể thao và Du lịch,\nPhường Điện Biên Phủ báo cáo kết quả tuần từ 24/4 đến 30/4/2026:\n"
            "- Số tin, bài: 18\n- Thời lượng: 160 phút\n- Số lượt phát sóng: 34\n- Ước số người nghe: 14.000 người\n"
            "Trân trọng!\nNguyễn Thị Huyền")
    q = quote_zimbra(vn(2026, 4, 30, 9, 20, 0), "Phòng VHXH phường Điện Biên Phủ", E("dien_bien_phu", 1), OFFICE_BOX,
                     "Báo cáo kết quả công tác thông tin cơ sở - phường Điện Biên Phủ", prev)
    C.mail(frm=E("dien_bien_phu", 1), name="Phòng VHXH phường Điện Biên Phủ",
           subject="Re: Báo cáo kết quả công tác thông tin cơ sở - phường Điện Biên Phủ", date=vn(2026, 5, 7, 14, 0, 21),
           cc=f"{E('dien_bien_phu')}, {OFFICE_STAFF}", in_reply_to=msgid("prev-dbp-2026-04-30", GOV),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch,\nPhường Điện Biên Phủ báo cáo kết quả tuần từ 01/5 đến 07/5/2026:\n"
                "- Số tin, bài: 22\n- Thời lượng: 190 phút\n- Số lượt phát sóng: 38\n- Ước số người nghe: 16.000 người\n"
                "Trong tuần phường tập trung tuyên truyền các hoạt động kỷ niệm 72 năm Chiến thắng Điện Biên Phủ, phát trực "
                "tiếp chương trình Lễ kỷ niệm tại Sân vận động tỉnh.\nTrân trọng!\nNguyễn Thị Huyền\n\n" + q)
    C.weekly("dien_bien_phu", "22", "190", "38", "16.000", ("w", "đến 07/5/2026", "2026-05-07"))
