"""Families nonreport and hard."""
import datetime as dt

from h11lib import OFFICE, UNITS, UTC, VN, at, build_mail, fake_mid, sent, thursday, unit_email
from h11files import xlsx_file

WP = "weekly_propaganda"
SM = "social_media"
GM = "grassroots_monthly"
OFF = ("Phòng VHTT huyện Tam Đường", OFFICE)


def U(uid, name=None):
    return (name if name is not None else "UBND " + UNITS[uid]["name"], unit_email(uid))


def define(add, R, V):
    # ------------------------------------------------------------------ nonreport
    t = thursday(10)
    add("nonreport", "auto_reply_out_of_office", dict(
        frm=U("son_binh", "Xã Sơn Bình"), subject="Trả lời tự động: Báo cáo tuần", date=sent(t, -1, 15, 1),
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        text="Tôi đang đi công tác từ ngày 06/3/2023 đến ngày 10/3/2023. Việc gấp xin liên hệ số 0912 345 678.\nTrân trọng."),
        [], "out-of-office auto-reply from a commune address, with dates and a phone number")

    t = thursday(11)
    reminder = build_mail("nonreport/bounce_inner", frm=OFF, to=[("", "hothau.tamduong@laichau.gov.v")],
                          subject="Đề nghị gửi báo cáo tuần", date=sent(t, -1, 15, 0),
                          text="Đề nghị xã gửi báo cáo tuần trước 16h00 ngày 16/3/2023. Tuần trước xã báo cáo: số tin, bài 9; độ dài 45 phút; số lần phát sóng 18; số người nghe 1.300.")
    add("nonreport", "bounce_of_reminder", dict(
        frm=("Mail Delivery System", "MAILER-DAEMON@mail.laichau.gov.vn"), subject="Undelivered Mail Returned to Sender",
        date=sent(t, -1, 15, 2), headers={"Auto-Submitted": "auto-replied"},
        text="This is the mail system at host mail.laichau.gov.vn.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients.\n\n<hothau.tamduong@laichau.gov.v>: Host or domain name not found.\n",
        attached_msgs=[reminder]),
        [], "bounce of the office's reminder that quotes a commune's figures")

    t = thursday(13)
    add("nonreport", "question_template", dict(
        frm=U("na_tam"), subject="Hỏi về mẫu báo cáo", date=sent(t, -2, 10, 12),
        text="Chào anh Sang, cho em hỏi tuần này báo cáo có cần ghi số người nghe không ạ? Tuần trước em ghi 1.800 người nghe không biết có đúng cách tính không.\nEm cảm ơn."),
        [], "a question mentioning last week's figure")

    t = thursday(16)
    add("nonreport", "plan_next_week", dict(
        frm=U("ban_bo"), subject="Kế hoạch tuyên truyền tuần tới", date=sent(t, 1, 9, 0),
        text="Xã Bản Bo gửi kế hoạch tuyên truyền tuần tới (từ 21/4 đến 27/4/2023):\n- Dự kiến số tin, bài: 12\n- Độ dài dự kiến: 60 phút\n- Số lần phát sóng dự kiến: 24\n- Ước số người nghe: 2.000\n"),
        [], "a plan for next week, not results")

    t = thursday(19)
    add("nonreport", "invitation_meeting", dict(
        frm=("Văn phòng HĐND-UBND huyện", "vanphong.tamduong@laichau.gov.vn"), subject="Giấy mời họp giao ban công tác tuyên truyền",
        date=sent(t, -2, 8, 0),
        text="GIẤY MỜI\nSố: 45/GM-UBND\nUBND huyện Tam Đường trân trọng kính mời đại diện lãnh đạo UBND 13 xã, thị trấn dự họp giao ban công tác tuyên truyền.\n"
             "Thời gian: 14 giờ 00 phút, ngày 12/5/2023 (thứ Sáu).\nĐịa điểm: Hội trường UBND huyện.\nĐề nghị các đơn vị chuẩn bị báo cáo số liệu 4 tháng đầu năm."),
        [], "an invitation with times, dates and document numbers")

    t = thursday(22)
    add("nonreport", "vendor_newsletter", dict(
        frm=("VNPT Lai Châu", "tintuc@vnpt-laichau.vn"), subject="Bản tin VNPT tháng 6: ưu đãi Internet cáp quang",
        date=sent(t, -3, 7, 30), headers={"List-Unsubscribe": "<mailto:unsubscribe@vnpt-laichau.vn>", "Precedence": "bulk"},
        html="<h2>Bản tin VNPT Lai Châu</h2><p>Gói cáp quang 150 Mbps chỉ 165.000 đồng/tháng. Hơn 12.000 hộ gia đình đã đăng ký.</p><p>Tổng đài 18001166.</p>"),
        [], "vendor newsletter with figures")

    t = thursday(24)
    add("nonreport", "spam_loan", dict(
        frm=("Ho tro tai chinh", "vaynhanh247@mail-kv.top"), subject="Vay nhanh 50 trieu trong 15 phut, khong the chap",
        date=sent(t, -1, 2, 13, tz=UTC),
        text="Chuong trinh ho tro 1.000 khach hang dau tien: vay 50 trieu, lai 0% trong 30 ngay. Lien he Zalo 0987.654.321."),
        [], "spam")

    t = thursday(26)
    add("nonreport", "office_reminder_copy", dict(
        frm=OFF, to=[("", "vanhoa.tamduong@laichau.gov.vn")], cc=[("", OFFICE)], subject="Nhắc gửi báo cáo tuyên truyền tuần",
        date=sent(t, -1, 15, 0),
        text="Kính gửi UBND các xã, thị trấn,\nĐến 15h00 ngày 28/6/2023, còn xã Hồ Thầu, Khun Há chưa gửi báo cáo. Mẫu báo cáo:\n"
             "Số tin, bài: ...\nĐộ dài: ... phút\nSố lần phát sóng: ...\nƯớc số người nghe: ...\nVí dụ: Số tin, bài: 10; Độ dài: 50 phút; Số lần phát sóng: 20; Số người nghe: 1.500."),
        [], "the office's own reminder (with an example) copied to its mailbox")

    t = thursday(30)
    summ = xlsx_file("Tong hop tuan 27-7-2023.xlsx", [("Tổng hợp", [
        ["TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN ĐẾN 27/7/2023"], ["Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"],
        ["Thị trấn Tam Đường", 14, 70, 28, 3100], ["Xã Bản Bo", 9, 45, 18, 1500], ["Xã Bình Lư", 11, 55, 22, 2000],
        ["Tổng cộng", 34, 170, 68, 6600]], {})])
    add("nonreport", "office_summary_sent", dict(
        frm=OFF, to=[("", "vanhoa.tamduong@laichau.gov.vn")], subject="Tổng hợp báo cáo tuyên truyền tuần đến 27/7/2023",
        date=sent(t, 0, 16, 30), text="Gửi lãnh đạo Phòng bản tổng hợp tuần.", atts=[summ]),
        [], "the office's own summary with several communes' figures")

    t = thursday(31)
    add("nonreport", "department_letter", dict(
        frm=("Sở VHTTDL Lai Châu", "vanthu.svhttdl@laichau.gov.vn"), subject="Công văn 1234/SVHTTDL-QLVH về tuyên truyền kỷ niệm 2/9",
        date=sent(t, -1, 10, 0),
        text="Số: 1234/SVHTTDL-QLVH\nLai Châu, ngày 02 tháng 8 năm 2023\nV/v tuyên truyền kỷ niệm 78 năm Cách mạng tháng Tám và Quốc khánh 2/9.\n"
             "Đề nghị các huyện chỉ đạo các xã xây dựng ít nhất 10 tin, bài, phát sóng tối thiểu 20 lần, thời lượng 50 phút mỗi tuần."),
        [], "a department letter with targets")

    t = thursday(37)
    add("nonreport", "read_receipt", dict(
        frm=U("binh_lu"), subject="Đã đọc: Đề nghị gửi báo cáo tuần", date=sent(t, -1, 8, 2),
        headers={"Auto-Submitted": "auto-replied"},
        text="Thư của bạn\n\nTới: Xã Bình Lư\nChủ đề: Đề nghị gửi báo cáo tuần\nĐã gửi: 12/09/2023 15:00\n\nđã được đọc vào 13/09/2023 08:02."),
        [], "read receipt")

    t = thursday(39)
    add("nonreport", "delay_notice", dict(
        frm=U("khun_ha"), subject="Xin gửi báo cáo chậm", date=sent(t, 0, 11, 0),
        text="Kính gửi Phòng VHTT, do đường vào xã bị sạt lở, mất điện từ ngày 26/9, xã Khun Há xin gửi báo cáo tuần chậm 1-2 ngày. Liên hệ: 0979 215 118."),
        [], "a commune announcing a late report")

    t = thursday(49)
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Zimbra//EN\r\nBEGIN:VEVENT\r\nUID:h11-ics-1\r\nDTSTAMP:20231204T020000Z\r\n"
           "DTSTART:20231208T070000Z\r\nDTEND:20231208T090000Z\r\nSUMMARY:Hội nghị tổng kết công tác thông tin cơ sở năm 2023\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    from h11lib import Att
    add("nonreport", "calendar_invite", dict(
        frm=("Phòng Nội vụ", "noivu.tamduong@laichau.gov.vn"), subject="Lời mời: Hội nghị tổng kết năm 2023 (08/12/2023 14:00)",
        date=sent(t, -3, 9, 0), text="Mời tham dự hội nghị tổng kết lúc 14:00 ngày 08/12/2023.", atts=[Att("invite.ics", ics.encode(), ics)]),
        [], "calendar invitation")

    # ------------------------------------------------------------------ hard
    t = thursday(6)
    add("hard", "two_forms_one_mail", dict(
        frm=U("tt_tam_duong", "Thị trấn Tam Đường"), subject="Báo cáo tuyên truyền tuần và mạng xã hội", date=sent(t, -1, 16, 0),
        text="Thị trấn Tam Đường báo cáo:\n\nI. Kết quả tuyên truyền trên hệ thống truyền thanh:\n- Số tin, bài: 12\n- Độ dài: 60 phút\n- Số lần phát sóng: 24\n- Ước số người nghe: 3.000\n\n"
             "II. Tuyên truyền trên mạng xã hội và Bluezone:\n- Số nhóm Zalo (lũy kế): 22\n- Số thành viên: 2.900\n- Số bài đăng: 40\n- Số lượt cài đặt Bluezone (lũy kế): 3.650\n- Số vụ tin giả: 1\n"),
        [R("tt_tam_duong", WP, t, V(12, 60, 24, 3000)),
         R("tt_tam_duong", SM, t, {"groups": 22, "group_members": 2900, "posts": 40, "bluezone_installs": 3650, "fake_news": 1})],
        "two forms in one mail, each under its section heading", "hard")

    t = thursday(5)  # 2023-02-02
    add("hard", "two_weeks_after_tet", dict(
        frm=U("ban_giang"), subject="Báo cáo bù 2 tuần (nghỉ Tết)", date=sent(t, -1, 9, 30),
        text="Xã Bản Giang báo cáo bù do nghỉ Tết Nguyên đán:\n\nTuần từ 20/01 đến 26/01/2023:\nSố tin, bài: 5\nĐộ dài: 25 phút\nSố lần phát sóng: 10\nSố người nghe: 900\n\n"
             "Tuần từ 27/01 đến 02/02/2023:\nSố tin, bài: 9\nĐộ dài: 45 phút\nSố lần phát sóng: 18\nSố người nghe: 1.600\n"),
        [R("ban_giang", WP, thursday(4), V(5, 25, 10, 900), stated="26/01/2023"),
         R("ban_giang", WP, t, V(9, 45, 18, 1600), stated="02/02/2023")],
        "two clearly separated weeks in one mail (catch-up after Tết)", "hard")

    t = thursday(10)  # 2023-03-09
    add("hard", "correction_earlier_week", dict(
        frm=U("binh_lu"), subject="Đính chính báo cáo tuần 09/3/2023", date=at(2023, 3, 13, 8, 15),
        text="Xã Bình Lư xin đính chính báo cáo tuần từ 03/3 đến 09/3/2023: số người nghe là 2.100 người (không phải 1.200 như đã gửi). Các số liệu khác giữ nguyên:\n"
             "Số tin, bài: 11\nĐộ dài: 55 phút\nSố lần phát sóng: 22\nSố người nghe: 2.100\n"),
        [R("binh_lu", WP, t, V(11, 55, 22, 2100), stated="09/3/2023")], "correction of an earlier week sent the next Monday; the wrong figure is quoted", "hard")

    add("hard", "month_total_weekly_form", dict(
        frm=U("nung_nang"), subject="Tổng hợp kết quả tuyên truyền tháng 4/2023", date=at(2023, 5, 2, 9, 0),
        text="Xã Nùng Nàng tổng hợp kết quả tuyên truyền tháng 4/2023:\nSố tin, bài: 45\nĐộ dài: 225 phút\nSố lần phát sóng: 90\nSố người nghe: 8.500\n"),
        [R("nung_nang", WP, None, V(45, 225, 90, 8500), "needs_review")], "a month total of the weekly form: not a reporting week", "hard")

    t = thursday(14)
    add("hard", "cumulative_in_lines", dict(
        frm=U("then_sin"), subject="Báo cáo tuần Thèn Sin", date=sent(t, 0, 10, 10),
        text="Xã Thèn Sin báo cáo:\n- Số tin, bài: 9 (lũy kế từ đầu năm: 118)\n- Độ dài: 45 phút (lũy kế 590 phút)\n- Số lần phát sóng: 18 (lũy kế 236)\n- Số người nghe: 1.400 (lũy kế 18.200)\n"),
        [R("then_sin", WP, t, V(9, 45, 18, 1400))], "year-to-date figures in brackets beside each week figure", "hard")

    t = thursday(18)
    add("hard", "sends_for_another_commune", dict(
        frm=U("giang_ma"), subject="Gửi hộ báo cáo tuần xã Hồ Thầu", date=sent(t, 0, 9, 10),
        text="Xã Hồ Thầu mất mạng nên nhờ xã Giang Ma gửi hộ báo cáo tuần của xã Hồ Thầu:\nSố tin, bài: 6\nĐộ dài: 30 phút\nSố lần phát sóng: 12\nSố người nghe: 850\n"),
        [R("ho_thau", WP, t, V(6, 30, 12, 850), "needs_review")], "a known commune sends another commune's report: held", "hard")

    t = thursday(21)
    add("hard", "neighbour_mentioned", dict(
        frm=U("son_binh"), subject="Báo cáo tuần xã Sơn Bình", date=sent(t, -1, 14, 30),
        text="Xã Sơn Bình báo cáo:\nSố tin, bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 20\nSố người nghe: 1.500\n"
             "Trong tuần xã phối hợp với xã Bình Lư tuyên truyền tại chợ phiên Bình Lư (xã Bình Lư phát 4 tin trên loa chợ).\n"),
        [R("son_binh", WP, t, V(10, 50, 20, 1500))], "a neighbour commune and its figure are mentioned", "hard")

    t = thursday(25)
    add("hard", "signature_numbers", dict(
        frm=U("ban_hon"), subject="BC tuần", date=sent(t, -1, 15, 55),
        text="Số tin, bài: 8\nĐộ dài: 40 phút\nSố lần phát sóng: 16\nSố người nghe: 1.100\n\n--\nChảo Láo Lở\nCông chức VH-XH, UBND xã Bản Hon\nĐT cơ quan: 0213 3876 412 | DĐ: 0976.555.218\n"
             "Bản Hon, 21/06/2023 - Quyết định số 12/QĐ-UBND ngày 05/01/2023\n\"Chung tay xây dựng nông thôn mới 2021-2025\"\n"),
        [R("ban_hon", WP, t, V(8, 40, 16, 1100))], "signature full of phone numbers, dates and document numbers", "hard")

    t = thursday(27)
    add("hard", "gmail_names_commune", dict(
        frm=("Hung Nguyen", "nguyenvanhung1985@gmail.com"), subject="bao cao tuan", date=sent(t, -1, 20, 40),
        text="Em là Hùng, cán bộ văn hóa xã Nùng Nàng, gửi báo cáo tuần (hộp thư xã đang lỗi):\nSố tin, bài: 9\nĐộ dài: 45 phút\nSố lần phát sóng: 18\nSố người nghe: 1.950\n"),
        [R("nung_nang", WP, t, V(9, 45, 18, 1950))], "personal Gmail naming its commune", "hard")

    t = thursday(29)
    add("hard", "gmail_two_communes", dict(
        frm=("Tan A Lenh", "tanalenh.vh@gmail.com"), subject="BC tuan", date=sent(t, -1, 19, 0),
        text="Em phụ trách văn hóa xã Khun Há và xã Bản Hon, gửi số liệu tuần:\nSố tin, bài: 14\nĐộ dài: 70 phút\nSố lần phát sóng: 28\nSố người nghe: 2.300\n"),
        [R(None, WP, t, V(14, 70, 28, 2300), "needs_review")], "unknown sender naming two communes for one set of figures", "hard")

    t = thursday(32)
    add("hard", "plan_beside_results", dict(
        frm=U("ta_leng"), subject="Báo cáo tuần Tả Lèng", date=sent(t, -1, 10, 50),
        text="I. Kết quả tuần:\nSố tin, bài: 8\nĐộ dài: 40 phút\nSố lần phát sóng: 16\nSố người nghe: 1.300\n\n"
             "II. Kế hoạch tuần tới:\nSố tin, bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 20\nSố người nghe: 1.500\n"),
        [R("ta_leng", WP, t, V(8, 40, 16, 1300))], "plan for next week under the results, same labels", "hard")

    t = thursday(35)
    add("hard", "bluezone_week_and_total", dict(
        frm=U("na_tam"), subject="Báo cáo tuyên truyền mạng xã hội, Bluezone", date=sent(t, 0, 9, 5),
        text="Xã Nà Tăm báo cáo:\n- Số nhóm Zalo: 9 nhóm (thành lập mới 1 nhóm trong tuần)\n- Số thành viên: 1.120\n- Số tin, bài đăng tải: 21\n"
             "- Bluezone: trong tuần cài mới 35 lượt, lũy kế 1.870 lượt\n- Tin giả: 0\n"),
        [R("na_tam", SM, t, {"groups": 9, "group_members": 1120, "posts": 21, "bluezone_installs": 1870, "fake_news": 0})],
        "running-total fields: the total is asked, the week's increase is not", "hard")

    add("hard", "grassroots_month_body_late", dict(
        frm=U("ban_bo"), subject="Báo cáo thông tin cơ sở tháng", date=at(2023, 6, 22, 10, 0),
        text="Xã Bản Bo báo cáo công tác thông tin cơ sở tháng:\nSố bản tin thông tin cơ sở: 2\nSố bảng tin công cộng: 9\nSố tờ rơi, tờ gấp đã cấp phát: 420 tờ\nSố ý kiến phản ánh: 5\n"),
        [R("ban_bo", GM, dt.date(2023, 6, 20), {"bulletins": 2, "notice_boards": 9, "leaflets": 420, "feedback": 5})],
        "monthly form sent two days after the 20th: late for the month just closed", "hard")

    t = thursday(40)
    add("hard", "two_values_one_field", dict(
        frm=U("ho_thau"), subject="Báo cáo tuần Hồ Thầu", date=sent(t, -1, 11, 40),
        text="Xã Hồ Thầu báo cáo:\nSố tin, bài: 7\nĐộ dài: 35 phút\nSố lần phát sóng: 14\nSố người nghe: 1.800\n\nGhi chú: trong tuần có khoảng 2.500 người nghe do có phiên chợ.\n"),
        [R("ho_thau", WP, t, {"items": 7, "minutes": 35, "broadcasts": 14}, "needs_review")], "two different listener figures", "hard")

    t = thursday(42)
    add("hard", "beyond_bounds", dict(
        frm=U("giang_ma"), subject="Báo cáo tuần", date=sent(t, -1, 14, 50),
        text="Xã Giang Ma báo cáo:\nSố tin, bài: 650\nĐộ dài: 50 phút\nSố lần phát sóng: 20\nSố người nghe: 1.600\n"),
        [R("giang_ma", WP, t, {"minutes": 50, "broadcasts": 20, "listeners": 1600}, "needs_review")], "items beyond the form's maximum (500)", "hard")

    t = thursday(45)
    add("hard", "monday_sunday_week", dict(
        frm=U("khun_ha"), subject="Báo cáo tuần từ 30/10 đến 05/11/2023", date=sent(t, -3, 9, 0),
        text="Xã Khun Há báo cáo kết quả tuyên truyền tuần từ ngày 30/10 đến ngày 05/11/2023:\nSố tin, bài: 8\nĐộ dài: 40 phút\nSố lần phát sóng: 16\nSố người nghe: 1.150\n"),
        [R("khun_ha", WP, None, V(8, 40, 16, 1150), "needs_review")], "a Monday-Sunday week that is not a reporting week", "hard")

    t = thursday(47)
    att = xlsx_file("BC tuan Then Sin.xlsx", [("BC", [["Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"], [10, 50, 20, 1500]], {})])
    add("hard", "reply_attachment_quoted_old", dict(
        frm=U("then_sin"), subject="Re: Báo cáo tuần", reply_to_id=fake_mid("ts-w46"), date=sent(t, -1, 9, 20),
        text="Xã gửi file báo cáo tuần này ạ.\n\nVào Th 4, 15 thg 11, 2023 lúc 10:05 Xã Thèn Sin <thensin.tamduong@laichau.gov.vn> đã viết:\n"
             "> Số tin, bài: 9\n> Độ dài: 45 phút\n> Số lần phát sóng: 18\n> Số người nghe: 1.400\n", atts=[att]),
        [R("then_sin", WP, t, V(10, 50, 20, 1500))], "new figures in the attachment, old ones in the quoted text", "hard")

    t = thursday(50)
    add("hard", "weekly_and_month_in_one", dict(
        frm=U("binh_lu"), subject="Báo cáo tuần và báo cáo tháng 12", date=at(2023, 12, 14, 10, 0),
        text="Xã Bình Lư báo cáo:\n\n1. Kết quả tuyên truyền tuần:\nSố tin, bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 20\nSố người nghe: 1.900\n\n"
             "2. Công tác thông tin cơ sở tháng 12/2023 (từ 21/11 đến 20/12/2023):\nSố bản tin: 3\nSố bảng tin công cộng: 11\nSố tài liệu tuyên truyền đã cấp phát: 300\nSố ý kiến phản ánh: 2\n"),
        [R("binh_lu", WP, t, V(10, 50, 20, 1900)),
         R("binh_lu", GM, dt.date(2023, 12, 20), {"bulletins": 3, "notice_boards": 11, "leaflets": 300, "feedback": 2}, stated="20/12/2023")],
        "a weekly and a monthly form in one mail, the month stated", "hard")
