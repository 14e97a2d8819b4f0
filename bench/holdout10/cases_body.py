"""Family `body`: reports written in the body of the mail (labelled lines, sentences, Zalo text)."""
from h10case import case
from h10lib import vn, unit_emails

E = lambda uid, i=0: unit_emails(uid)[i]  # noqa: E731

B01_BODY = """Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên

UBND xã Mường Phăng báo cáo kết quả công tác thông tin, tuyên truyền tuần từ ngày 04/7 đến ngày 10/7/2025 như sau:
- Số tin, bài: 14
- Thời lượng: 120 phút
- Số lượt phát sóng: 21 lượt
- Ước số người nghe: 4.200 người
Nội dung tuyên truyền chủ yếu: vận hành chính quyền địa phương 2 cấp, phòng chống mưa lũ, sạt lở đất.

Trân trọng!
--
Lò Văn Hùng
Công chức Văn hóa - Xã hội, UBND xã Mường Phăng
ĐT: 0914 226 735"""
B01_SUBJECT = "Báo cáo kết quả công tác thông tin cơ sở tuần - xã Mường Phăng"
B01_DATE = vn(2025, 7, 10, 10, 15, 22)


@case("body", "ordinary", "labelled lines, week written as dates in the body, Zimbra")
def b01_muong_phang_labelled(C):
    C.mail(frm=E("muong_phang"), name="UBND xã Mường Phăng", subject=B01_SUBJECT, date=B01_DATE, body=B01_BODY)
    C.weekly("muong_phang", "14", "120", "21", "4.200", ("w", "đến ngày 10/7/2025", "2025-07-10"))


@case("body", "ordinary", "no diacritics, figures in one sentence, sent Wednesday evening (period from the Date)")
def b02_thanh_nua_no_diacritics(C):
    C.mail(frm=E("thanh_nua", 1), name="VHXH xa Thanh Nua", client="zimbra_plain", subject="bao cao tuan xa Thanh Nua",
           date=vn(2025, 7, 16, 16, 40, 5),
           body="Kinh gui So VHTTDL\nXa Thanh Nua bao cao ket qua tuyen truyen tuan nay nhu sau: tram truyen thanh xa "
                "da phat so tin bai 9, thoi luong 75 phut, so luot phat 18 luot, uoc nguoi nghe khoang 3000 nguoi.\n"
                "Tran trong.\nQuang Van Tuan - VHXH xa Thanh Nua - 0987 114 502")
    C.weekly("thanh_nua", "9", "75", "18", "3000", period="rule")


@case("body", "ordinary", "Zalo messages pasted into the mail, '60p' for minutes, mentions the old thị trấn Mường Chà")
def b03_na_sang_zalo(C):
    C.mail(frm=E("na_sang", 1), name="Trạm truyền thanh xã Na Sang", client="zimbra_plain", subject="BC tuần xã Na Sang",
           date=vn(2025, 7, 24, 9, 20, 41),
           body="Dạ em gửi báo cáo tuần ạ (em copy từ nhóm zalo)\n\n"
                "[09:12, 24/7/2025] Quàng Thị Hoa: BC tuần xã Na Sang\nTin bài: 8\nTG phát: 60p\nLượt phát: 14\n"
                "Người nghe: 2500\nGhi chú: cụm loa khu vực thị trấn Mường Chà cũ bị hỏng 1 loa, đã báo sửa\n"
                "[09:13, 24/7/2025] Quàng Thị Hoa: Gửi Sở giúp chị nhé\n\nEm cảm ơn ạ")
    C.weekly("na_sang", "8", ("60p", 60), "14", "2500", period="rule")


@case("body", "ordinary", "sentences, '2 giờ 15 phút', week number in the subject, old communes named")
def b04_tuan_giao_sentences(C):
    C.mail(frm=E("tuan_giao", 1), name="Trung tâm TT&VH xã Tuần Giáo", client="outlook",
           subject="Báo cáo tuần 31 - xã Tuần Giáo", date=vn(2025, 7, 31, 14, 5, 12),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch,\n\nTrung tâm Truyền thông và Văn hóa xã Tuần Giáo báo cáo "
                "kết quả tuần 31: Trong tuần, Trung tâm đã biên tập, phát sóng 16 tin, bài với tổng thời lượng 2 giờ 15 "
                "phút; số lượt phát sóng 28 lượt trên hệ thống truyền thanh xã và các cụm loa tại khu vực Quài Nưa, "
                "Quài Cang (cũ); ước khoảng 8.500 lượt người nghe. Nội dung tập trung tuyên truyền ngày Thương binh - "
                "Liệt sĩ 27/7, phòng chống mưa lũ.\n\nTrân trọng./.\n\nLò Thị Thu Hà\nTrung tâm Truyền thông và Văn hóa "
                "xã Tuần Giáo\nĐT: 0215 3862 118")
    C.weekly("tuan_giao", "16", ("2 giờ 15 phút", 135), "28", "8.500", ("w", "tuần 31", "2025-07-31"))


@case("body", "ordinary", "Outlook mail in windows-1258, numbered labelled lines")
def b05_muong_thanh_cp1258(C):
    C.mail(frm=E("muong_thanh", 1), name="Phòng VH-XH phường Mường Thanh", client="outlook", charset="windows-1258",
           cte="quoted-printable", subject="Báo cáo tuyên truyền tuần - phường Mường Thanh",
           date=vn(2025, 8, 7, 15, 30, 48),
           body="Kính gửi: Phòng QLBC, XB và TTCS - Sở VHTTDL\n\nPhường Mường Thanh báo cáo kết quả công tác thông tin "
                "cơ sở tuần như sau:\n\n1. Số tin, bài: 11 tin, bài\n2. Thời lượng: 90 phút\n3. Số lượt phát sóng: 22 lượt\n"
                "4. Ước số người nghe: 6.000 người\n\nNội dung: tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc "
                "khánh 2/9, Đại hội Đảng bộ phường nhiệm kỳ 2025 - 2030.\n\nTrân trọng.\nĐiêu Thị Ngọc Ánh\nPhòng Văn hóa - "
                "Xã hội phường Mường Thanh\nSĐT: 0983 520 417")
    C.weekly("muong_thanh", "11", "90", "22", "6.000", period="rule")


@case("body", "ordinary", "one line from an iPhone, sent Friday morning (late, counts for the week just closed)")
def b06_sin_thau_iphone_late(C):
    C.mail(frm=E("sin_thau"), name="Xã Sín Thầu", client="iphone", subject="BC tuần Sín Thầu",
           date=vn(2025, 8, 15, 8, 10, 3),
           body="Sín Thầu bc tuần: 6 tin bài, 45 phút, 12 lượt phát, khoảng 1.800 người nghe. Em gửi muộn, mong Sở thông "
                "cảm ạ. Mạng ở xã hôm qua mất cả ngày.\n\nGửi từ iPhone của tôi")
    C.weekly("sin_thau", "6", "45", "12", "1.800", period="rule")


@case("body", "ordinary", "labelled lines; old communes Ẳng Nưa, Ẳng Cang named as areas of the commune")
def b07_muong_ang_old_communes(C):
    C.mail(frm=E("muong_ang", 1), name="VHXH Mường Ảng", subject="Báo cáo kết quả TTCS tuần từ 15/8 đến 21/8/2025",
           date=vn(2025, 8, 21, 11, 0, 30),
           body="Kính gửi Sở VHTTDL tỉnh Điện Biên.\nXã Mường Ảng báo cáo kết quả công tác thông tin cơ sở tuần từ 15/8 "
                "đến 21/8/2025:\n- Số tin, bài đã phát: 18\n- Tổng thời lượng: 150 phút\n- Số lượt phát sóng: 30\n"
                "- Ước số người nghe: 9.200 người\nTrong tuần trạm truyền thanh xã phát tiếp sóng tại 4 cụm loa ở khu vực "
                "xã Ẳng Nưa, Ẳng Cang cũ; nội dung chủ yếu tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh "
                "2/9.\nTrân trọng!\n\nCà Văn Dũng - Phòng VH-XH xã Mường Ảng\n0912 640 883")
    C.weekly("muong_ang", "18", "150", "30", "9.200", ("w", "đến 21/8/2025", "2025-08-21"))


@case("body", "ordinary", "listeners given as a range '1.500 - 2.000': held, the other three figures expected")
def b08_quai_to_range(C):
    C.mail(frm=E("quai_to"), name="UBND xã Quài Tở", subject="Bao cao tuyen truyen tuan - xa Quai To",
           date=vn(2025, 8, 28, 9, 30, 17),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch\nXã Quài Tở báo cáo kết quả tuyên truyền trong tuần:\n"
                "+ Số tin bài: 7\n+ Thời lượng phát sóng: 60 phút\n+ Số lượt phát: 14 lượt\n"
                "+ Ước số người nghe: 1.500 - 2.000 người\nTrân trọng./.\nQuàng Văn Chiến - CC VHXH xã Quài Tở, ĐT 0968 227 105")
    C.weekly("quai_to", "7", "60", "14", None, status="needs_review", period="rule")


@case("body", "ordinary", "commune officer writes from a personal Gmail; the commune is named in the body and signature")
def b09_chieng_sinh_gmail(C):
    C.mail(frm="lovanthang.cs@gmail.com", name="Lò Văn Thắng", client="gmail", subject="BC tuyen truyen tuan xa Chieng Sinh",
           date=vn(2025, 9, 3, 20, 15, 9),
           body="Em chào chị Lan Anh,\nEm gửi báo cáo tuần của xã Chiềng Sinh ạ. Mail công vụ của xã đang bị lỗi đăng "
                "nhập nên em gửi tạm bằng mail cá nhân.\n\nSố tin, bài: 10\nThời lượng: 80 phút\nSố lượt phát sóng: 20\n"
                "Ước số người nghe: 3.600\n\nEm cảm ơn ạ.\n--\nLò Văn Thắng\nCông chức VH-XH xã Chiềng Sinh\nĐT: 0978 315 662")
    C.weekly("chieng_sinh", "10", "80", "20", "3.600", period="rule")


@case("body", "ordinary", "minutes only as '10 lượt, mỗi lượt 20 phút' (a computation the sender did not do): held")
def b10_nam_ke_per_session(C):
    C.mail(frm=E("nam_ke"), name="UBND xã Nậm Kè", subject="Báo cáo tuần xã Nậm Kè", date=vn(2025, 9, 11, 15, 20, 50),
           body="Kính gửi: Sở VHTTDL\nUBND xã Nậm Kè báo cáo kết quả công tác tuyên truyền trên hệ thống truyền thanh "
                "trong tuần:\n- Số tin, bài: 10\n- Số lượt phát: 10 lượt (mỗi lượt phát 20 phút)\n- Người nghe: khoảng "
                "2.000 người\nNội dung: tuyên truyền khai giảng năm học mới, phòng chống dịch bệnh trên đàn gia súc, gia cầm.\n"
                "Trân trọng!\nGiàng A Sử - VHXH xã Nậm Kè")
    C.weekly("nam_ke", "10", None, "10", "2.000", status="needs_review", period="rule")


@case("body", "ordinary", "HTML-only Outlook mail, week number and dates in the subject and body")
def b11_muong_luan_html_only(C):
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"VI\">"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\">Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên</p>"
            "<p class=\"MsoNormal\">Phòng Văn hóa - Xã hội xã Mường Luân báo cáo kết quả công tác thông tin cơ sở "
            "<b>Tuần 38 (từ 12/9 - 18/9/2025)</b>:</p><ul><li>Số tin, bài: <b>13</b></li><li>Thời lượng: <b>110 phút</b></li>"
            "<li>Số lượt phát sóng: <b>26</b></li><li>Ước số người nghe: <b>5.400 người</b></li></ul>"
            "<p class=\"MsoNormal\">Trân trọng!</p><p class=\"MsoNormal\">Vàng Thị Dở<br>Phòng VH-XH xã Mường Luân<br>"
            "ĐT: 0915 770 236</p></div></body></html>")
    C.mail(frm=E("muong_luan", 1), name="Phòng VHXH xã Mường Luân", client="outlook", html=html, html_only=True,
           subject="Báo cáo tuần 38 (từ 12/9 - 18/9/2025) xã Mường Luân", date=vn(2025, 9, 18, 10, 0, 33))
    C.weekly("muong_luan", "13", "110", "26", "5.400", ("w", "Tuần 38 (từ 12/9 - 18/9/2025)", "2025-09-18"))


@case("body", "ordinary", "listeners given in households ('1.200 hộ'): held for the unit of the figure")
def b12_tua_thang_households(C):
    C.mail(frm=E("tua_thang"), name="UBND xã Tủa Thàng", client="zimbra_plain",
           subject="Báo cáo tuyên truyền tuần - UBND xã Tủa Thàng", date=vn(2025, 9, 25, 14, 10, 2),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch.\nUBND xã Tủa Thàng báo cáo: trong tuần trạm truyền thanh xã "
                "phát 9 tin, bài, thời lượng 70 phút, 18 lượt phát sóng, phục vụ khoảng 1.200 hộ nghe.\nTrân trọng.\n"
                "Sùng A Lềnh - VHXH xã Tủa Thàng")
    C.weekly("tua_thang", "9", "70", "18", None, status="needs_review", period="rule")


@case("body", "ordinary", "personal Yahoo address, terse lines, listeners '2 nghìn 5' (= 2500)")
def b13_sinh_phinh_yahoo(C):
    C.mail(frm="vhxh_sinhphinh@yahoo.com", name="Vàng A Chư", client="yahoo", subject="Bc tuan",
           date=vn(2025, 10, 2, 8, 45, 40),
           body="Dạ em gửi bc tuần xã Sính Phình ạ\nTin bài 7\nThời lượng 55 phút\nLượt phát 14\nNgười nghe khoảng 2 nghìn 5\n"
                "Vàng A Chư - UBND xã Sính Phình")
    C.weekly("sinh_phinh", "7", "55", "14", ("2 nghìn 5", 2500), period="rule")


@case("body", "ordinary", "sent Saturday 09:00 (Date header in +0000): late, within the 48 h grace")
def b14_pu_nhung_saturday_utc(C):
    C.mail(frm=E("pu_nhung"), name="UBND xã Pú Nhung", client="outlook", subject="Báo cáo tuần - xã Pú Nhung (gửi muộn)",
           date=vn(2025, 10, 11, 2, 0, 14, tz=0),
           body="Kính gửi Sở VHTTDL,\nEm gửi báo cáo tuần ạ, em xin lỗi vì gửi muộn do tuần qua xã tổ chức nhiều hội nghị.\n\n"
                "- Số tin, bài: 12\n- Thời lượng: 100 phút\n- Số lượt phát sóng: 24\n- Ước số người nghe: 4.000\n\n"
                "Trân trọng!\nThào Thị Mai\nUBND xã Pú Nhung - 0869 302 441")
    C.weekly("pu_nhung", "12", "100", "24", "4.000", period="rule")


@case("body", "ordinary", "ward's formal paragraph, 'tuần 42 năm 2025', large figures")
def b15_dien_bien_phu_paragraph(C):
    C.mail(frm=E("dien_bien_phu"), name="UBND phường Điện Biên Phủ",
           subject="Báo cáo kết quả công tác thông tin cơ sở tuần 42 năm 2025", date=vn(2025, 10, 16, 9, 10, 55),
           body="Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên\n\nUBND phường Điện Biên Phủ báo cáo kết quả "
                "công tác thông tin cơ sở tuần 42 năm 2025 như sau:\n\nTrên hệ thống truyền thanh phường và 14 cụm loa tổ "
                "dân phố đã phát 20 tin, bài với tổng thời lượng 180 phút; số lượt phát sóng: 35 lượt; ước số người nghe: "
                "15.000 người. Nội dung trọng tâm: tuyên truyền Đại hội đại biểu Đảng bộ tỉnh Điện Biên lần thứ XV, nhiệm kỳ "
                "2025 - 2030; phòng, chống lừa đảo trên không gian mạng.\n\nTrân trọng./.\n\nNguyễn Thị Huyền\nPhòng Văn hóa - "
                "Xã hội phường Điện Biên Phủ\nĐT: 0215 3830 226")
    C.weekly("dien_bien_phu", "20", "180", "35", "15.000", ("w", "tuần 42 năm 2025", "2025-10-16"))


@case("body", "ordinary", "labelled lines plus a 'difficulties' paragraph with other numbers (broken loudspeakers)")
def b16_muong_nhe_difficulties(C):
    C.mail(frm=E("muong_nhe", 1), name="Phòng VH-XH xã Mường Nhé", subject="V/v báo cáo kết quả công tác TTCS tuần",
           date=vn(2025, 10, 23, 15, 55, 8),
           body="Kính gửi: Sở Văn hóa, Thể thao và Du lịch\n\nPhòng Văn hóa - Xã hội xã Mường Nhé báo cáo kết quả công tác "
                "thông tin cơ sở tuần như sau:\n1. Kết quả:\n- Số tin, bài: 10\n- Độ dài: 90 phút\n- Số lượt phát sóng: 20\n"
                "- Ước số người nghe: 3.200 người\n2. Khó khăn: 03 cụm loa tại bản Nậm Vì (xã Nậm Vì cũ) bị hư hỏng do mưa "
                "bão từ tháng 9, chưa có kinh phí sửa chữa, đề nghị Sở quan tâm hỗ trợ.\n\nTrân trọng!\n\nLý Văn Sáng\n"
                "Phó trưởng phòng VH-XH xã Mường Nhé\nĐT: 0392 115 806")
    C.weekly("muong_nhe", "10", "90", "20", "3.200", period="rule")


@case("body", "ordinary", "unknown Gmail address and no commune named anywhere: unit unknown, held")
def b17_unknown_gmail_no_unit(C):
    C.mail(frm="thutrang.1996@gmail.com", name="Trang Nguyen", client="android", subject="Báo cáo tuần",
           date=vn(2025, 10, 30, 10, 20, 37),
           body="Em gửi báo cáo tuần ạ:\ntin bài 8, thời lượng 60 phút, 16 lượt phát, 2.400 người nghe\nEm Trang")
    C.weekly(None, "8", "60", "16", "2.400", status="needs_review", period="rule")


@case("body", "ordinary", "typos and half-typed diacritics in the labels")
def b18_na_hy_typos(C):
    C.mail(frm=E("na_hy"), name="UBND xã Nà Hỳ", client="zimbra_plain", subject="Báo cáo tuần - xã Nà Hỳ",
           date=vn(2025, 11, 6, 14, 0, 26),
           body="Kinh gửi Sở VHTTDL\nXã Nà Hỳ báo cáo kết quả tuyên truyền tuần:\nSô tin bai: 11\nThơi lượng: 85 phut\n"
                "Số lươt phát sóng: 22\nUoc số người nghe: 3.900\nTran trọng\nPờ Thị Sinh - VHXH Nà Hỳ")
    C.weekly("na_hy", "11", "85", "22", "3.900", period="rule")


@case("body", "ordinary", "sentence with '1 tiếng rưỡi' (= 90 minutes)")
def b19_si_pa_phin_tieng_ruoi(C):
    C.mail(frm=E("si_pa_phin"), name="UBND xã Si Pa Phìn", subject="BC tuyên truyền tuần - Si Pa Phìn",
           date=vn(2025, 11, 13, 11, 30, 44),
           body="Dạ em chào chị.\nXã Si Pa Phìn báo cáo tuần này: trạm truyền thanh phát 8 tin, bài, tổng thời gian phát "
                "1 tiếng rưỡi, 16 lượt phát sóng; ước 2.800 người nghe. Nội dung: Ngày Pháp luật Việt Nam 9/11, Ngày hội "
                "Đại đoàn kết.\nEm cảm ơn chị ạ!\nLầu A Dình - 0356 228 190")
    C.weekly("si_pa_phin", "8", ("1 tiếng rưỡi", 90), "16", "2.800", period="rule")


@case("body", "ordinary", "week written Monday to Sunday (17/11-23/11): not a reporting week, period unknown, held")
def b20_phinh_giang_monday_week(C):
    C.mail(frm=E("phinh_giang"), name="UBND xã Phình Giàng",
           subject="Báo cáo kết quả tuyên truyền tuần từ ngày 17/11 đến 23/11/2025", date=vn(2025, 11, 24, 8, 30, 11),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch,\nUBND xã Phình Giàng báo cáo kết quả tuyên truyền tuần từ ngày "
                "17/11 đến 23/11/2025:\n- Số tin, bài: 9\n- Thời lượng: 70 phút\n- Số lượt phát sóng: 18\n"
                "- Ước số người nghe: 2.100 người\nTrân trọng!\nHờ A Chứ - CC VHXH xã Phình Giàng")
    C.weekly("phinh_giang", "9", "70", "18", "2.100", period=None, status="needs_review")


@case("body", "ordinary", "starred lines, duration '2h10' (= 130 minutes)")
def b21_thanh_yen_2h10(C):
    C.mail(frm=E("thanh_yen"), name="UBND xã Thanh Yên", subject="Thanh Yên báo cáo tuần", date=vn(2025, 11, 27, 15, 0, 9),
           body="Kính gửi Sở VHTTDL tỉnh\nXã Thanh Yên báo cáo kết quả công tác thông tin cơ sở trong tuần:\n* Tin, bài: 15\n"
                "* Thời lượng: 2h10\n* Lượt phát sóng: 30\n* Người nghe (ước): 7.500\nNội dung: Ngày hội Đại đoàn kết toàn "
                "dân tộc tại các thôn, bản; mô hình dân vận khéo.\nTrân trọng!\nLường Thị Lả - 0917 663 221")
    C.weekly("thanh_yen", "15", ("2h10", 130), "30", "7.500", period="rule")


@case("body", "ordinary", "labelled lines with asides in brackets (own-produced items, number of loudspeaker clusters)")
def b22_muong_pon_asides(C):
    C.mail(frm=E("muong_pon", 1), name="Phòng VH-XH xã Mường Pồn", subject="Báo cáo tuần từ 28/11 đến 04/12/2025",
           date=vn(2025, 12, 4, 9, 5, 31),
           body="Kính gửi: Sở Văn hóa, Thể thao và Du lịch\nXã Mường Pồn báo cáo kết quả công tác thông tin cơ sở tuần từ "
                "28/11 đến 04/12/2025:\n- Số tin, bài: 9 (trong đó 3 tin tự sản xuất)\n- Thời lượng phát sóng: 72 phút\n"
                "- Số lượt phát sóng: 18 lượt, phát trên 05 cụm loa tại các bản\n- Ước số người nghe: 3.100 người\n"
                "Trân trọng./.\nTòng Văn Bun\nPhòng VH-XH xã Mường Pồn\n0975 402 318")
    C.weekly("muong_pon", "9", "72", "18", "3.100", ("w", "đến 04/12/2025", "2025-12-04"))


@case("body", "ordinary", "items written '8 tin, 2 bài' (a sum the sender did not do): held, three figures expected")
def b23_na_son_tin_bai_split(C):
    C.mail(frm=E("na_son"), name="UBND xã Na Son", subject="BC KQ tuyên truyền tuần - Na Son",
           date=vn(2025, 12, 11, 10, 40, 19),
           body="Kính gửi Sở VHTTDL\nUBND xã Na Son báo cáo kết quả tuyên truyền trên hệ thống truyền thanh trong tuần:\n"
                "- Số tin, bài: 8 tin, 2 bài\n- Thời lượng: 65 phút\n- Số lượt phát sóng: 20\n- Ước số người nghe: 3.300\n"
                "Trân trọng!\nMùa A Sử - VHXH xã Na Son")
    C.weekly("na_son", None, "65", "20", "3.300", status="needs_review", period="rule")


@case("body", "ordinary", "Samsung phone, one line, sent 16:30 Thursday (late the same day)")
def b24_tia_dinh_samsung(C):
    C.mail(frm=E("tia_dinh"), name="Xa Tia Dinh", client="gmail_plain", subject="Tìa Dình bc tuần",
           date=vn(2025, 12, 18, 16, 30, 52),
           body="Gửi Sở VHTTDL. Tìa Dình báo cáo tuần: 5 tin bài, 40 phút, 10 lượt phát, 1.500 người nghe.\n\n\n"
                "Đã gửi từ điện thoại thông minh Samsung Galaxy của tôi.")
    C.weekly("tia_dinh", "5", "40", "10", "1.500", period="rule")


@case("body", "ordinary", "'tuần thứ 52 năm 2025' sent the day before the deadline")
def b25_muong_lay_week52(C):
    C.mail(frm=E("muong_lay", 1), name="Phòng VHXH phường Mường Lay", subject="Báo cáo tuần thứ 52 năm 2025 - phường Mường Lay",
           date=vn(2025, 12, 24, 17, 0, 3),
           body="Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên.\nPhòng Văn hóa - Xã hội phường Mường Lay báo cáo "
                "kết quả công tác thông tin cơ sở tuần thứ 52 năm 2025 (ngày mai cán bộ phụ trách đi tập huấn nên em gửi "
                "sớm):\n- Số tin, bài: 12\n- Độ dài: 100 phút\n- Số lượt phát sóng: 24\n- Ước số người nghe: 5.000 người\n"
                "Trân trọng!\nLò Văn Quyết - 0912 008 635")
    C.weekly("muong_lay", "12", "100", "24", "5.000", ("w", "tuần thứ 52 năm 2025", "2025-12-25"))


@case("body", "ordinary", "week spanning the new year (26/12/2025 - 01/01/2026), sent Friday after the holiday")
def b26_thanh_an_new_year(C):
    C.mail(frm=E("thanh_an"), name="UBND xã Thanh An", subject="Báo cáo tuần từ 26/12/2025 đến 01/01/2026",
           date=vn(2026, 1, 2, 9, 0, 47),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch\nUBND xã Thanh An báo cáo kết quả tuyên truyền tuần từ 26/12/2025 "
                "đến 01/01/2026 (do nghỉ Tết Dương lịch nên gửi chậm):\n- Số tin, bài: 10\n- Thời lượng: 85 phút\n"
                "- Số lượt phát sóng: 20\n- Ước số người nghe: 4.100\nNội dung: tuyên truyền Đại hội đại biểu toàn quốc lần "
                "thứ XIV của Đảng, Tết Dương lịch 2026.\nTrân trọng!\nLò Thị Hương - VHXH xã Thanh An")
    C.weekly("thanh_an", "10", "85", "20", "4.100", ("w", "đến 01/01/2026", "2026-01-01"))


@case("body", "ordinary", "Outlook mail in windows-1258 with plain labelled lines")
def b27_nua_ngam_cp1258(C):
    C.mail(frm=E("nua_ngam"), name="UBND xã Núa Ngam", client="outlook", charset="windows-1258",
           subject="Báo cáo tuyên truyền tuần - Núa Ngam", date=vn(2026, 1, 8, 14, 45, 20),
           body="Kính gửi: Sở VHTTDL tỉnh Điện Biên\n\nUBND xã Núa Ngam báo cáo kết quả công tác thông tin cơ sở tuần:\n\n"
                "Số tin, bài: 14\nThời lượng: 120 phút\nSố lượt phát sóng: 28\nƯớc số người nghe: 6.300 người\n\n"
                "Nội dung chủ yếu tuyên truyền Đại hội XIV của Đảng và công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI "
                "và HĐND các cấp.\n\nTrân trọng.\nBạc Cầm Thanh\nVăn phòng HĐND và UBND xã Núa Ngam\nĐT: 0215 3925 117")
    C.weekly("nua_ngam", "14", "120", "28", "6.300", period="rule")


@case("body", "ordinary", "all on one line with ' ; ' separators, minutes written 95'")
def b28_sam_mun_one_line(C):
    C.mail(frm=E("sam_mun"), name="UBND xa Sam Mun", client="zimbra_plain", subject="bc tuan xa Sam Mun",
           date=vn(2026, 1, 15, 10, 0, 2),
           body="Kính gửi Sở VHTTDL,\nXã Sam Mứn báo cáo tuần:\nsố tin bài : 11 ; độ dài : 95' ; lượt phát sóng : 22 ; "
                "người nghe ước : 4.800\nTrân trọng\nQuàng Văn Ơn - 0384 661 209")
    C.weekly("sam_mun", "11", ("95'", 95), "22", "4.800", period="rule")


@case("body", "ordinary", "'khoảng 3,5 nghìn người' for listeners; government-mail disclaimer under the signature")
def b29_quang_lam_nghin(C):
    C.mail(frm=E("quang_lam"), name="UBND xã Quảng Lâm", subject="Báo cáo tuần - UBND xã Quảng Lâm",
           date=vn(2026, 1, 22, 9, 40, 15),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên,\nXã Quảng Lâm báo cáo kết quả tuyên truyền tuần "
                "qua:\n- Số tin, bài: 9\n- Thời lượng: 75 phút\n- Số lượt phát sóng: 18\n- Ước số người nghe: khoảng 3,5 "
                "nghìn người\nTrân trọng!\n\nChang Thị Dung\nCông chức Văn hóa - Xã hội xã Quảng Lâm\nĐT: 0389 447 120\n\n"
                "---\nThư này được gửi từ hệ thống thư điện tử công vụ tỉnh Điện Biên. Nếu không phải người nhận, xin vui "
                "lòng xóa thư.")
    C.weekly("quang_lam", "9", "75", "18", ("3,5 nghìn", 3500), period="rule")


@case("body", "ordinary", "the week before Tết Bính Ngọ, dates written, mentions the holiday dates")
def b30_muong_toong_tet(C):
    C.mail(frm=E("muong_toong"), name="UBND xã Mường Toong", subject="Báo cáo kết quả tuyên truyền tuần (trước Tết Bính Ngọ)",
           date=vn(2026, 2, 12, 11, 0, 38),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch\n\nUBND xã Mường Toong báo cáo kết quả công tác thông tin cơ sở "
                "tuần từ ngày 06/02 đến ngày 12/02/2026:\n- Số tin, bài: 22\n- Thời lượng: 200 phút\n- Số lượt phát sóng: 40\n"
                "- Ước số người nghe: 6.500\nTrong tuần tăng thời lượng phát sóng phục vụ Tết Nguyên đán Bính Ngọ 2026 và "
                "tuyên truyền cuộc bầu cử ngày 15/3/2026. Trong những ngày nghỉ Tết (từ 14/02 đến 22/02/2026) trạm vẫn duy "
                "trì phát sóng, xã sẽ báo cáo sau Tết.\n\nTrân trọng!\nGiàng Thị Pa - VHXH xã Mường Toong")
    C.weekly("muong_toong", "22", "200", "40", "6.500", ("w", "đến ngày 12/02/2026", "2026-02-12"))


@case("body", "ordinary", "'báo cáo tuần này' sent on a Tuesday after Tết: the week whose deadline comes next")
def b31_pa_ham_tuesday(C):
    C.mail(frm=E("pa_ham"), name="UBND xã Pa Ham", client="zimbra_plain", subject="Báo cáo tuần này - xã Pa Ham",
           date=vn(2026, 2, 24, 14, 20, 6),
           body="Kính gửi Sở VHTTDL\nXã Pa Ham báo cáo kết quả tuyên truyền tuần này (sau nghỉ Tết):\n- Tin, bài: 7\n"
                "- Thời lượng: 50 phút\n- Lượt phát sóng: 14\n- Người nghe: 2.000\nTrân trọng!\nVừ A Dế - 0349 115 228")
    C.weekly("pa_ham", "7", "50", "14", "2.000", period="rule")


@case("body", "ordinary", "social-media report without any Bluezone figure: held for the missing field")
def b32_muong_tung_social_no_bluezone(C):
    C.mail(frm=E("muong_tung"), name="UBND xã Mường Tùng", subject="Báo cáo tuyên truyền trên mạng xã hội tuần - xã Mường Tùng",
           date=vn(2026, 3, 5, 10, 20, 44),
           body="Kính gửi: Sở Văn hóa, Thể thao và Du lịch\nUBND xã Mường Tùng báo cáo kết quả tuyên truyền trên mạng xã hội "
                "trong tuần:\n- Số nhóm Zalo: 18 nhóm (mỗi bản 01 nhóm và 01 nhóm chung của xã)\n- Số thành viên: 2.950\n"
                "- Số tin, bài đăng tải: 34\n- Tin giả, tin sai sự thật: không có\nNội dung đăng tải chủ yếu về cuộc bầu cử "
                "ngày 15/3/2026.\nTrân trọng!\nLò Văn Tiến - VHXH xã Mường Tùng")
    C.social("muong_tung", "18", "2.950", "34", None, ("không có", 0), status="needs_review", period="rule")


@case("body", "ordinary", "social-media report, all five numbered fields, Bluezone 0")
def b33_sang_nhe_social(C):
    C.mail(frm=E("sang_nhe"), name="UBND xã Sáng Nhè", subject="BC tuyên truyền trên MXH tuần - Sáng Nhè",
           date=vn(2026, 3, 12, 14, 0, 29),
           body="Kính gửi Sở VHTTDL tỉnh Điện Biên\nXã Sáng Nhè báo cáo kết quả tuyên truyền trên mạng xã hội tuần:\n"
                "1. Số nhóm mạng xã hội: 26\n2. Số thành viên trong nhóm: 3.870\n3. Số tin, bài đăng tải: 58\n"
                "4. Số lượt cài đặt Bluezone: 0\n5. Số vụ tin giả, tin sai sự thật: 0\nTrong tuần tập trung đăng tải thông "
                "tin về danh sách cử tri, danh sách người ứng cử đại biểu HĐND xã.\nTrân trọng!\nSình Thị Chua - 0392 553 807")
    C.social("sang_nhe", "26", "3.870", "58", "0", "0", period="rule")


@case("body", "ordinary", "social-media report: Bluezone 'không (ứng dụng đã ngừng)', one fake-news case '01 trường hợp'")
def b34_bung_lao_social_fake(C):
    C.mail(frm=E("bung_lao"), name="UBND xã Búng Lao", subject="Báo cáo mạng xã hội tuần - xã Búng Lao",
           date=vn(2026, 3, 19, 9, 0, 12),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch\nUBND xã Búng Lao báo cáo kết quả tuyên truyền trên mạng xã hội:\n"
                "- Số nhóm: 24\n- Số thành viên: 4.100\n- Số bài đăng: 52\n- Cài đặt Bluezone: không (ứng dụng đã ngừng hoạt "
                "động)\n- Tin giả: 01 trường hợp chia sẻ thông tin sai sự thật về kết quả bầu cử trên Facebook, xã đã phối "
                "hợp Công an xã mời lên làm việc, yêu cầu gỡ bỏ.\nTrân trọng!\nQuàng Thị Thủy - VHXH Búng Lao")
    C.social("bung_lao", "24", "4.100", "52", ("Cài đặt Bluezone: không", 0), ("01", 1), period="rule")


@case("body", "ordinary", "'tuần 12/2026' (week number with the year after a slash)")
def b35_muong_lan_week12(C):
    C.mail(frm=E("muong_lan"), name="UBND xã Mường Lạn", subject="Báo cáo tuần 12/2026 - xã Mường Lạn",
           date=vn(2026, 3, 19, 15, 10, 58),
           body="Kính gửi: Sở Văn hóa, Thể thao và Du lịch\nUBND xã Mường Lạn báo cáo kết quả công tác thông tin cơ sở tuần "
                "12/2026:\n- Số tin, bài: 16\n- Thời lượng: 140 phút\n- Số lượt phát sóng: 32\n- Ước số người nghe: 7.000\n"
                "Nội dung: tuyên truyền kết quả bầu cử; Ngày thành lập Đoàn TNCS Hồ Chí Minh 26/3.\nTrân trọng./.\n"
                "Lường Văn Hải - VHXH xã Mường Lạn - 0912 447 306")
    C.weekly("muong_lan", "16", "140", "32", "7.000", ("w", "tuần 12/2026", "2026-03-19"))


@case("body", "ordinary", "one sentence, figures in an unusual order, anniversary dates 07/5/1954 - 07/5/2026 in the text")
def b36_muong_mun_dbp_anniversary(C):
    C.mail(frm=E("muong_mun"), name="UBND xã Mường Mùn", subject="Báo cáo kết quả tuyên truyền tuần - xã Mường Mùn",
           date=vn(2026, 5, 7, 8, 50, 21),
           body="Kính gửi Sở VHTTDL tỉnh Điện Biên.\nTrong tuần, xã Mường Mùn tập trung tuyên truyền kỷ niệm 72 năm Chiến "
                "thắng Điện Biên Phủ (07/5/1954 - 07/5/2026) và 136 năm Ngày sinh Chủ tịch Hồ Chí Minh. Trạm truyền thanh "
                "xã đã phát 25 lượt, tổng thời lượng 210 phút, gồm 12 tin bài; ước 5.500 người nghe.\nTrân trọng!\n"
                "Cầm Văn Thoại - CC VHXH xã Mường Mùn - 0375 220 914")
    C.weekly("muong_mun", "12", "210", "25", "5.500", period="rule")


@case("body", "ordinary", "plain Outlook mail, standard labelled lines")
def b37_xa_dung_outlook(C):
    C.mail(frm=E("xa_dung"), name="UBND xã Xa Dung", client="outlook", subject="Báo cáo tuần - UBND xã Xa Dung",
           date=vn(2026, 6, 18, 10, 0, 40),
           body="Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên\n\nUBND xã Xa Dung báo cáo kết quả công tác tuyên "
                "truyền tuần như sau:\n- Số tin, bài: 8\n- Thời lượng: 60 phút\n- Số lượt phát sóng: 16\n"
                "- Ước số người nghe: 2.700 người\n\nTrân trọng./.\n\nVừ Thị Mỷ\nVăn phòng HĐND - UBND xã Xa Dung\n"
                "ĐT: 0215 3890 552")
    C.weekly("xa_dung", "8", "60", "16", "2.700", period="rule")


@case("body", "ordinary", "mostly without diacritics, '2 nghìn người' half-typed")
def b38_nam_nen_half_typed(C):
    C.mail(frm=E("nam_nen"), name="Xa Nam Nen", client="android", subject="bao cao tuan Nam Nen",
           date=vn(2026, 11, 12, 15, 45, 33),
           body="Kinh gui So VHTTDL\nXa Nam Nen bao cao tuan: 6 tin bai, thoi luong 45 phut, phat 12 luot, khoang 2 nghìn "
                "người nghe.\nEm cam on a")
    C.weekly("nam_nen", "6", "45", "12", ("2 nghìn", 2000), period="rule")
