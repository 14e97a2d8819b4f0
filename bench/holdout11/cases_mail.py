"""Families body, reply, forward."""
import datetime as dt

from h11lib import OFFICE, UNITS, UTC, VN, at, fake_mid, sent, thursday, unit_email
from h11files import docx_file

WP = "weekly_propaganda"
SM = "social_media"
OFF = ("Phòng VHTT huyện Tam Đường", OFFICE)


def U(uid, name=None):
    return (name if name is not None else "UBND " + UNITS[uid]["name"], unit_email(uid))


def sig(person, title, unit_line, phone=None):
    s = "\n--\n%s\n%s\n%s" % (person, title, unit_line)
    if phone:
        s += "\nĐT: %s" % phone
    return s


def define(add, R, V):
    # ------------------------------------------------------------------ body
    t = thursday(2)  # 2023-01-12
    add("body", "lines_diacritics", dict(
        frm=U("tt_tam_duong", "Thị trấn Tam Đường"), subject="Báo cáo kết quả tuyên truyền tuần",
        date=sent(t, -1, 15, 20),
        text="Kính gửi Phòng Văn hóa và Thông tin huyện,\n\nThị trấn Tam Đường báo cáo kết quả tuyên truyền tuần như sau:\n"
             "- Số tin, bài: 14\n- Độ dài: 70 phút\n- Số lần phát sóng: 28\n- Ước số người nghe: 3.200 người\n\nTrân trọng!"
             + sig("Lò Văn Hải", "Công chức Văn hóa - Xã hội", "UBND thị trấn Tam Đường")),
        [R("tt_tam_duong", WP, t, V(14, 70, 28, 3200))], "labelled lines with diacritics, thousands dot")

    t = thursday(3)
    add("body", "sentence_style", dict(
        frm=U("binh_lu"), subject="BC tuyên truyền tuần xã Bình Lư",
        date=sent(t, 0, 8, 40),
        text="Kính gửi Phòng VHTT huyện.\n\nTrong tuần, Đài truyền thanh xã Bình Lư đã biên tập và phát 11 tin, bài với tổng thời lượng 55 phút, "
             "phát sóng 22 lượt trên hệ thống loa của 18 bản, ước khoảng 2.300 người nghe.\n\nXin báo cáo để Phòng tổng hợp."
             + sig("Tẩn Thị Mây", "CC VH-XH xã Bình Lư", "", "0915 203 447")),
        [R("binh_lu", WP, t, V(11, 55, 22, 2300))], "figures inside one sentence, 18 bản is not a figure")

    t = thursday(4)
    add("body", "no_diacritics", dict(
        frm=U("then_sin", "Xa Then Sin"), subject="bao cao tuan",
        date=sent(t, -1, 10, 5),
        text="Kinh gui phong VHTT\nXa Then Sin bao cao ket qua tuyen truyen tuan:\nSo tin bai: 9\nDo dai: 45 phut\nSo lan phat song: 18\nSo nguoi nghe: 1.500\n\nSung A Dinh\nVH xa Then Sin"),
        [R("then_sin", WP, t, V(9, 45, 18, 1500))], "accent-free labels and text")

    t = thursday(6)
    add("body", "tab_table", dict(
        frm=U("nung_nang"), subject="Báo cáo tuần xã Nùng Nàng",
        date=sent(t, 0, 9, 12),
        text="Kính gửi: Phòng Văn hóa và Thông tin\n\nXã Nùng Nàng báo cáo kết quả tuyên truyền trên hệ thống truyền thanh:\n\n"
             "STT\tSố tin, bài\tĐộ dài (phút)\tSố lần phát sóng\tƯớc số người nghe\n1\t12\t60\t24\t2.800\n\nNgười báo cáo: Lý Thị Hoa"),
        [R("nung_nang", WP, t, V(12, 60, 24, 2800))], "table typed with tabs, STT column 1 is not a figure")

    t = thursday(8)
    add("body", "telex_leftovers", dict(
        frm=U("ho_thau", "Xa Ho Thau"), subject="Bao cao tuan xa Hoof Thaauf",
        date=sent(t, -1, 16, 45),
        text="Kinhs guwir phongf VHTT huyeenj\n\nSoos tin, baif: 8\nDDooj daif: 40 phuts\nSoos laanf phats soongs: 16\nUowcs soos nguwowif nghe: 1.100\n\nGiangf A Paos"),
        [R("ho_thau", WP, t, V(8, 40, 16, 1100))], "Telex keystrokes left in the text (Unikey off)", "hard")

    t = thursday(10)
    add("body", "five_thousand_dot", dict(
        frm=U("ban_giang"), subject="Báo cáo kết quả tuyên truyền tuần (Bản Giang)",
        date=sent(t, -2, 14, 0),
        text="Xã Bản Giang báo cáo:\n1. Số tin, bài: 15 tin, bài\n2. Thời lượng: 75 phút\n3. Số lượt phát sóng: 30 lượt\n4. Số người nghe: 5.000 người\n\nTM. UBND xã"),
        [R("ban_giang", WP, t, V(15, 75, 30, 5000))], "5.000 is five thousand")

    t = thursday(11)
    add("body", "nghin_decimal", dict(
        frm=U("son_binh"), subject="Báo cáo tuyên truyền tuần - xã Sơn Bình",
        date=sent(t, 0, 10, 30),
        text="Kính gửi Phòng VH&TT,\nXã Sơn Bình gửi kết quả tuần:\nSố tin bài: 10\nĐộ dài: 50 phút\nSố lần phát: 20\nNgười nghe: khoảng 2,5 nghìn người\n\nVàng A Chính"),
        [R("son_binh", WP, t, V(10, 50, 20, 2500), written={"listeners": "2,5 nghìn"})], "2,5 nghìn = 2500 (estimate word kept)")

    t = thursday(13)
    add("body", "gio_phut", dict(
        frm=U("khun_ha"), subject="Khun Há báo cáo tuần",
        date=sent(t, -1, 9, 0),
        text="Xã Khun Há báo cáo kết quả tuyên truyền trong tuần:\n+ Số tin, bài: 13\n+ Độ dài: 1 giờ 15 phút\n+ Số lần phát sóng: 26\n+ Ước số người nghe: 1.900\n\nPhàn Thị Lở - VH xã"),
        [R("khun_ha", WP, t, V(13, 75, 26, 1900), written={"minutes": "1 giờ 15 phút"})], "1 giờ 15 phút = 75")

    t = thursday(14)
    add("body", "apostrophe_minutes", dict(
        frm=U("ban_hon"), subject="BC tuan Ban Hon",
        date=sent(t, 0, 7, 55),
        text="Ban Hon bao cao:\nTin bai: 7\nThoi luong: 45'\nLuot phat: 14\nNguoi nghe: 950\n"),
        [R("ban_hon", WP, t, V(7, 45, 14, 950), written={"minutes": "45'"})], "45' = 45 minutes, terse")

    t = thursday(15)
    add("body", "subject_only", dict(
        frm=U("ban_bo"), subject="Xã Bản Bo BC tuần: 8 tin bài, 40 phút, 16 lượt phát, 1.200 người nghe",
        date=sent(t, -1, 17, 10), text=""),
        [R("ban_bo", WP, t, V(8, 40, 16, 1200))], "everything in the subject, empty body")

    t = thursday(16)
    add("body", "tieng_ruoi", dict(
        frm=U("na_tam"), subject="Báo cáo tuần Nà Tăm",
        date=sent(t, -1, 11, 20),
        text="Nà Tăm báo cáo tuần này:\nSố tin, bài: 12 tin\nTổng thời lượng phát: 1 tiếng rưỡi\nSố lần phát sóng: 24\nSố người nghe: 2.100\n"),
        [R("na_tam", WP, t, V(12, 90, 24, 2100), written={"minutes": "1 tiếng rưỡi"})], "1 tiếng rưỡi = 90")

    t = thursday(17)
    add("body", "h_notation", dict(
        frm=U("giang_ma"), subject="Giang Ma - báo cáo tuyên truyền tuần",
        date=sent(t, -2, 15, 30),
        text="Kính gửi Phòng Văn hóa.\nSố tin bài: 10; độ dài: 1h30; số lần phát sóng: 21; số người nghe: 1.650.\nTrân trọng."),
        [R("giang_ma", WP, t, V(10, 90, 21, 1650), written={"minutes": "1h30"})], "1h30 = 90, semicolon-separated")

    t = thursday(18)
    add("body", "friday_late_grace", dict(
        frm=U("ta_leng"), subject="Báo cáo tuần (gửi muộn)",
        date=sent(t, 1, 10, 15),
        text="Xã Tả Lèng xin gửi muộn báo cáo tuyên truyền tuần:\nSố tin, bài: 9\nĐộ dài: 45 phút\nSố lần phát sóng: 18\nNgười nghe: 1.400\nXin lỗi Phòng vì gửi chậm."),
        [R("ta_leng", WP, t, V(9, 45, 18, 1400))], "sent Friday morning: late, for the week just closed")

    t = thursday(19)
    add("body", "utc_date_after_deadline", dict(
        frm=U("binh_lu"), subject="BC tuyen truyen tuan",
        date=sent(t, 0, 16, 35, tz=UTC),
        text="Xa Binh Lu bao cao:\nSo tin, bai: 10\nDo dai: 50 phut\nSo lan phat song: 20\nUoc so nguoi nghe: 2.000\n"),
        [R("binh_lu", WP, t, V(10, 50, 20, 2000))], "Date header in UTC (09:35 +0000 = 16:35 Vietnam): late, same week")

    t = thursday(20)
    add("body", "utc_saturday_next_week", dict(
        frm=U("son_binh"), subject="Báo cáo tuần",
        date=sent(t, 2, 17, 5, tz=UTC),
        text="Xã Sơn Bình báo cáo kết quả tuyên truyền:\nSố tin, bài: 6\nĐộ dài: 30 phút\nSố lần phát sóng: 12\nSố người nghe: 900\n"),
        [R("son_binh", WP, thursday(21), V(6, 30, 12, 900))], "Saturday 10:05 UTC = 17:05 Vietnam, past the 48 h grace: next week", "hard")

    t = thursday(22)
    add("body", "stated_period_monday", dict(
        frm=U("nung_nang"), subject="Báo cáo tuần từ 26/5 đến 01/6/2023",
        date=at(2023, 6, 5, 8, 30),
        text="Xã Nùng Nàng báo cáo bổ sung kết quả tuyên truyền tuần từ ngày 26/5 đến ngày 01/6/2023 (do mất mạng chưa gửi được):\n"
             "Số tin, bài: 11\nĐộ dài: 55 phút\nSố lần phát sóng: 22\nSố người nghe: 2.400\n"),
        [R("nung_nang", WP, t, V(11, 55, 22, 2400), stated="01/6/2023")], "period stated in the text wins over the Monday Date")

    t = thursday(23)
    add("body", "district_station", dict(
        frm=("Đài TT-TH Tam Đường", unit_email("dai_th_th")), subject="Đài TT-TH huyện báo cáo kết quả tuyên truyền tuần",
        date=sent(t, 0, 14, 10),
        text="Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền tuần:\n"
             "- Số tin, bài, phóng sự: 35\n- Tổng thời lượng phát sóng: 7 giờ\n- Số lần phát sóng: 70\n- Ước số người nghe, xem: khoảng 15.000 người\n"
             + sig("Hoàng Văn Tuấn", "Phó Giám đốc Đài", "Đài TT-TH huyện Tam Đường", "0213 3876 208")),
        [R("dai_th_th", WP, t, V(35, 420, 70, 15000), written={"minutes": "7 giờ"})], "district station: 7 giờ = 420 minutes")

    t = thursday(24)
    add("body", "listeners_range", dict(
        frm=U("ban_bo"), subject="Báo cáo tuyên truyền tuần",
        date=sent(t, -1, 9, 45),
        text="Xã Bản Bo báo cáo:\nSố tin, bài: 9\nĐộ dài: 45 phút\nSố lần phát sóng: 18\nSố người nghe: 1.500 - 2.000 người\n"),
        [R("ban_bo", WP, t, {"items": 9, "minutes": 45, "broadcasts": 18}, "needs_review")], "listeners given as a range: held")

    t = thursday(25)
    add("body", "sessions_not_multiplied", dict(
        frm=U("khun_ha"), subject="BC tuần xã Khun Há",
        date=sent(t, -1, 10, 0),
        text="Xã Khun Há báo cáo:\nSố tin, bài: 8\nPhát 3 buổi, mỗi buổi 15 phút\nSố lần phát sóng: 16\nSố người nghe: 1.300\n"),
        [R("khun_ha", WP, t, {"items": 8, "broadcasts": 16, "listeners": 1300}, "needs_review")], "duration needs a computation the sender did not do")

    t = thursday(26)
    add("body", "tin_and_bai_split", dict(
        frm=U("ho_thau"), subject="Hồ Thầu báo cáo tuần",
        date=sent(t, 0, 8, 20),
        text="Kính gửi Phòng VHTT. Xã Hồ Thầu báo cáo: trong tuần phát 8 tin, 2 bài; thời lượng 50 phút; số lần phát sóng 20; người nghe 1.200 người."),
        [R("ho_thau", WP, t, {"minutes": 50, "broadcasts": 20, "listeners": 1200}, "needs_review")], "8 tin, 2 bài: a sum the sender did not do")

    t = thursday(27)
    add("body", "missing_listeners", dict(
        frm=U("then_sin"), subject="Báo cáo tuần",
        date=sent(t, -1, 15, 0),
        text="Xã Thèn Sin báo cáo kết quả tuyên truyền:\nSố tin, bài: 7\nĐộ dài: 35 phút\nSố lần phát sóng: 14\n(Số người nghe xã sẽ bổ sung sau)\n"),
        [R("then_sin", WP, t, {"items": 7, "minutes": 35, "broadcasts": 14}, "needs_review")], "required listeners missing")

    t = thursday(28)
    add("body", "households_unit", dict(
        frm=U("ta_leng"), subject="BC tuyên truyền tuần Tả Lèng",
        date=sent(t, -1, 14, 40),
        text="Xã Tả Lèng báo cáo:\nSố tin, bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 20\nSố người nghe: 850 hộ\n"),
        [R("ta_leng", WP, t, {"items": 10, "minutes": 50, "broadcasts": 20}, "needs_review")], "listeners in households (hộ): wrong unit, held")

    t = thursday(29)
    add("body", "ambiguous_1_5", dict(
        frm=U("giang_ma"), subject="Báo cáo tuần Giang Ma",
        date=sent(t, 0, 9, 30),
        text="Xã Giang Ma báo cáo:\nSố tin, bài: 9\nĐộ dài: 1.5 giờ\nSố lần phát sóng: 18\nSố người nghe: 1.700\n"),
        [R("giang_ma", WP, t, {"items": 9, "broadcasts": 18, "listeners": 1700}, "needs_review")], "ambiguous 1.5 (dot) for a duration")

    t = thursday(31)
    add("body", "nfd_decomposed", dict(
        frm=U("ban_hon"), subject="Báo cáo tuần xã Bản Hon",
        date=sent(t, -1, 16, 5),
        text=__import__("unicodedata").normalize("NFD", "Xã Bản Hon báo cáo kết quả tuyên truyền tuần:\nSố tin, bài: 11\nĐộ dài: 55 phút\nSố lần phát sóng: 22\nƯớc số người nghe: 1.800\n")),
        [R("ban_hon", WP, t, V(11, 55, 22, 1800))], "decomposed Unicode (NFD) text from a Mac")

    t = thursday(32)
    add("body", "number_words", dict(
        frm=U("na_tam"), subject="Báo cáo tuyên truyền tuần Nà Tăm",
        date=sent(t, -1, 10, 10),
        text="Xã Nà Tăm báo cáo: số tin, bài: mười hai; độ dài: 60 phút; số lần phát sóng: 24 lần; số người nghe: 2.000 người."),
        [R("na_tam", WP, t, V(12, 60, 24, 2000), written={"items": "mười hai"})], "a count in words")

    t = thursday(33)
    add("body", "gan_minutes_bound", dict(
        frm=U("son_binh"), subject="BC tuần Sơn Bình",
        date=sent(t, 0, 11, 0),
        text="Xã Sơn Bình báo cáo:\nSố tin, bài: 6\nĐộ dài: gần 30 phút\nSố lần phát sóng: 12\nNgười nghe: hơn 1.000 người\n"),
        [R("son_binh", WP, t, {"items": 6, "broadcasts": 12, "listeners": 1000}, "needs_review")],
        "gần 30 phút is a bound for a duration (held); hơn 1.000 listeners is an estimate (kept)", "hard")

    t = thursday(35)
    add("body", "percent_listeners", dict(
        frm=U("ban_giang"), subject="Báo cáo tuần",
        date=sent(t, -1, 9, 50),
        text="Xã Bản Giang báo cáo:\nSố tin, bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 20\nTỷ lệ người dân được nghe: 85%\n"),
        [R("ban_giang", WP, t, {"items": 10, "minutes": 50, "broadcasts": 20}, "needs_review")], "a percentage where a count is asked")

    t = thursday(37)
    add("body", "zero_week", dict(
        frm=U("khun_ha"), subject="Báo cáo tuần Khun Há",
        date=sent(t, -1, 8, 30),
        text="Xã Khun Há báo cáo: tuần này hệ thống loa hỏng do mưa bão, không phát sóng.\nSố tin, bài: 0\nĐộ dài: 0 phút\nSố lần phát sóng: 0\nSố người nghe: 0\n"),
        [R("khun_ha", WP, t, V(0, 0, 0, 0))], "explicit zeros are figures")

    # ------------------------------------------------------------------ reply
    t = thursday(9)  # 2023-03-02
    rem_id = fake_mid("reminder-w9")
    reminder = ("Kính gửi UBND các xã, thị trấn,\nPhòng Văn hóa và Thông tin đề nghị các đơn vị gửi báo cáo kết quả tuyên truyền tuần "
                "(số tin, bài; độ dài; số lần phát sóng; ước số người nghe) trước 16h00 thứ Năm ngày 02/3/2023.\nTrân trọng.")
    add("reply", "gmail_top_reminder", dict(
        frm=U("ban_bo"), subject="Re: Đề nghị gửi báo cáo tuyên truyền tuần", reply_to_id=rem_id,
        date=sent(t, 0, 10, 5),
        text="Xã Bản Bo báo cáo:\nSố tin, bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 20\nSố người nghe: 1.600\n\n"
             "Vào Th 4, 1 thg 3, 2023 vào lúc 15:00 Phòng VHTT huyện Tam Đường <sangnq.tamduong@laichau.gov.vn> đã viết:\n"
             + "\n".join("> " + l for l in reminder.split("\n"))),
        [R("ban_bo", WP, t, V(10, 50, 20, 1600))], "Gmail top-post answering the reminder; quoted deadline date")

    t = thursday(12)
    old = "Số tin, bài: 9\nĐộ dài: 45 phút\nSố lần phát sóng: 18\nSố người nghe: 1.500"
    add("reply", "outlook_quotes_last_week", dict(
        frm=U("tt_tam_duong", "VHTT Thị trấn Tam Đường"), subject="RE: Báo cáo tuyên truyền tuần", reply_to_id=fake_mid("tt-w11"),
        date=sent(t, -1, 14, 25),
        text="Thị trấn báo cáo tuần này:\nSố tin, bài: 13\nĐộ dài: 65 phút\nSố lần phát sóng: 26\nSố người nghe: 3.000\n\n"
             "-----Original Message-----\nFrom: VHTT Thị trấn Tam Đường <vhtt.tttamduong@laichau.gov.vn>\nSent: Wednesday, March 15, 2023 2:10 PM\n"
             "To: sangnq.tamduong@laichau.gov.vn\nSubject: Báo cáo tuyên truyền tuần\n\nThị trấn báo cáo:\n" + old),
        [R("tt_tam_duong", WP, t, V(13, 65, 26, 3000))], "Outlook Original Message with last week's figures below")

    t = thursday(21)
    oldq = "Xã Bình Lư báo cáo:\nSố tin, bài: 8\nĐộ dài: 40 phút\nSố lần phát sóng: 16\nSố người nghe: 1.400"
    add("reply", "zimbra_bottom_post", dict(
        frm=U("binh_lu"), subject="Re: Báo cáo tuần", reply_to_id=fake_mid("bl-w20"),
        date=sent(t, -1, 9, 40),
        text="----- Tin nhắn gốc -----\nTừ: \"Xã Bình Lư\" <binhlu.tamduong@laichau.gov.vn>\nTới: sangnq.tamduong@laichau.gov.vn\n"
             "Đã gửi: Thứ Tư, 17 Tháng Năm 2023 9:12:40\nChủ đề: Báo cáo tuần\n\n" + "\n".join("> " + l for l in oldq.split("\n"))
             + "\n\nTuần này xã báo cáo:\nSố tin, bài: 12\nĐộ dài: 60 phút\nSố lần phát sóng: 24\nSố người nghe: 2.200\n"),
        [R("binh_lu", WP, t, V(12, 60, 24, 2200))], "Zimbra bottom-posting: new figures under the quoted old ones", "hard")

    t = thursday(30)
    add("reply", "yahoo_on_wrote", dict(
        frm=("Nà Tăm VH", "vanhoanatam@yahoo.com.vn"), subject="Re: Bao cao tuan xa Na Tam", reply_to_id=fake_mid("nt-w29"),
        date=sent(t, 0, 9, 5),
        text="Xa Na Tam bao cao tuan nay: so tin bai 11, do dai 55 phut, so lan phat song 22, so nguoi nghe 1.900.\n\n"
             "On Thursday, July 20, 2023 at 08:50:11 AM GMT+7, Nà Tăm VH <vanhoanatam@yahoo.com.vn> wrote:\n\n"
             " Xa Na Tam bao cao: so tin bai 10, do dai 50 phut, so lan phat song 20, so nguoi nghe 1.800.\n"),
        [R("na_tam", WP, t, V(11, 55, 22, 1900))], "Yahoo reply from a personal address naming the commune; quote not marked with >", "hard")

    t = thursday(34)
    add("reply", "iphone_reply", dict(
        frm=U("giang_ma", "Giang Ma"), subject="Re: Đôn đốc báo cáo tuần", reply_to_id=fake_mid("rem-w34"),
        date=sent(t, 0, 11, 48),
        text="Dạ xã Giang Ma gửi ạ:\nTin bài 9, thời lượng 45 phút, phát 18 lần, người nghe 1.300 người.\n\nGửi từ iPhone của tôi\n\n"
             "> Vào 24 thg 8, 2023, lúc 09:00, Phòng VHTT huyện Tam Đường <sangnq.tamduong@laichau.gov.vn> đã viết:\n>\n"
             "> Đến 9h00 ngày 24/8/2023 còn 4 xã chưa gửi báo cáo tuần: Giang Ma, Hồ Thầu, Khun Há, Bản Hon. Đề nghị gửi trước 16h00.\n"),
        [R("giang_ma", WP, t, V(9, 45, 18, 1300))], "iPhone reply to a reminder that lists other communes")

    t = thursday(36)
    add("reply", "gmail_quote_own_last_week_nodiacritics", dict(
        frm=U("ho_thau"), subject="Re: BC tuan", reply_to_id=fake_mid("ht-w35"),
        date=sent(t, -1, 16, 20),
        text="Tuan nay: so tin bai 7, do dai 35 phut, phat song 14 luot, nguoi nghe 1.000\n\n"
             "Vào Th 4, 6 thg 9, 2023 lúc 16:02 Xã Hồ Thầu <hothau.tamduong@laichau.gov.vn> đã viết:\n"
             "> Xã Hồ Thầu báo cáo tuần:\n> Số tin, bài: 8\n> Độ dài: 40 phút\n> Số lần phát sóng: 16\n> Số người nghe: 1.100\n"),
        [R("ho_thau", WP, t, V(7, 35, 14, 1000))], "reply to its own last report: only the top counts")

    t = thursday(38)
    add("reply", "reply_to_ack_new_week", dict(
        frm=U("ban_giang"), subject="Re: [intake] Đã nhận báo cáo tuần đến 14/09/2023", reply_to_id=fake_mid("ack-bg-w37"),
        date=sent(t, -1, 10, 30),
        text="Gửi Phòng báo cáo tuần này của xã Bản Giang:\nSố tin, bài: 12\nĐộ dài: 60 phút\nSố lần phát sóng: 24\nSố người nghe: 2.600\n\n"
             "Vào 14/09/2023 16:05, Phòng VHTT huyện Tam Đường đã viết:\n> Phòng đã nhận báo cáo tuần đến 14/09/2023 của Xã Bản Giang:\n"
             "> Số tin, bài: 11; Độ dài: 55 phút; Số lần phát sóng: 22; Ước số người nghe: 2.500.\n"),
        [R("ban_giang", WP, t, V(12, 60, 24, 2600))], "reply to the office's acknowledgment of the previous week; quoted week date is old", "hard")

    t = thursday(40)
    add("reply", "outlook_from_block_english", dict(
        frm=U("son_binh", "Son Binh"), subject="RE: Bao cao tuan", reply_to_id=fake_mid("sb-rem-w40"),
        date=sent(t, 0, 8, 15),
        text="Xa Son Binh gui bao cao:\nSo tin, bai: 8\nDo dai: 40 phut\nSo lan phat song: 16\nSo nguoi nghe: 1.250\n\n"
             "________________________________\nFrom: Phòng VHTT huyện Tam Đường <sangnq.tamduong@laichau.gov.vn>\n"
             "Sent: Wednesday, October 4, 2023 3:00 PM\nTo: sonbinh.tamduong@laichau.gov.vn\nSubject: Bao cao tuan\n\n"
             "De nghi xa gui bao cao truoc 16h00 ngay 05/10/2023. Tuan truoc xa bao cao 10 tin bai, 50 phut, 20 luot, 1.500 nguoi nghe.\n"),
        [R("son_binh", WP, t, V(8, 40, 16, 1250))], "Outlook underscore separator; the office's quoted text carries last week's figures")

    t = thursday(43)
    add("reply", "correction_reply_same_week", dict(
        frm=U("nung_nang"), subject="Re: Báo cáo tuần xã Nùng Nàng", reply_to_id=fake_mid("nn-w43"),
        date=sent(t, 0, 15, 10),
        text="Xã xin gửi lại báo cáo tuần này, sáng nay gõ nhầm số người nghe:\nSố tin, bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 20\nSố người nghe: 2.100\n\n"
             "Vào Th 5, 26 thg 10, 2023 lúc 08:31 Xã Nùng Nàng <nungnang.tamduong@laichau.gov.vn> đã viết:\n"
             "> Số tin, bài: 10\n> Độ dài: 50 phút\n> Số lần phát sóng: 20\n> Số người nghe: 21.000\n"),
        [R("nung_nang", WP, t, V(10, 50, 20, 2100))], "resent the same week with a corrected figure; the quoted wrong one is not it")

    t = thursday(48)
    add("reply", "outlook_vietnamese_headers", dict(
        frm=U("khun_ha", "Khun Há"), subject="TL: Báo cáo tuần", reply_to_id=fake_mid("kh-w47"),
        date=sent(t, -1, 15, 35),
        text="Xã Khun Há báo cáo tuần này: số tin, bài 8; độ dài 40 phút; số lần phát sóng 16; ước số người nghe 1.150.\n\n"
             "Từ: Xã Khun Há <khunha.tamduong@laichau.gov.vn>\nĐã gửi: Thứ Tư, 22 tháng 11, 2023 15:10\nTới: sangnq.tamduong@laichau.gov.vn\n"
             "Chủ đề: Báo cáo tuần\n\nXã Khun Há báo cáo tuần: số tin, bài 7; độ dài 35 phút; số lần phát sóng 14; ước số người nghe 1.050.\n"),
        [R("khun_ha", WP, t, V(8, 40, 16, 1150))], "Outlook in Vietnamese (TL:, Từ:/Đã gửi:) quoting last week's own report without >", "hard")

    # ------------------------------------------------------------------ forward
    t = thursday(5)
    add("forward", "gmail_forward_from_staff", dict(
        frm=U("ban_hon"), subject="Fwd: bao cao tuan", date=sent(t, 0, 9, 30),
        text="Chuyển Phòng báo cáo tuần của xã Bản Hon.\n\n---------- Forwarded message ---------\n"
             "From: Chảo Láo Lở <chaolaolo88@gmail.com>\nDate: Th 4, 1 thg 2, 2023 lúc 20:15\nSubject: bao cao tuan\n"
             "To: <banhon.tamduong@laichau.gov.vn>\n\nGui VP xa bao cao truyen thanh tuan nay:\nSo tin bai: 6\nDo dai: 30 phut\nSo lan phat: 12\nSo nguoi nghe: 800\n"),
        [R("ban_hon", WP, t, V(6, 30, 12, 800))], "commune office forwards its radio staff's Gmail report")

    t = thursday(7)
    add("forward", "personal_forwards_official", dict(
        frm=("Lò Thị Xuân", "lothixuan.tamduong@gmail.com"), subject="Fwd: Báo cáo tuyên truyền tuần xã Thèn Sin", date=sent(t, -1, 21, 5),
        text="Em gửi lại Phòng báo cáo của xã Thèn Sin vì hộp thư xã báo lỗi ạ.\n\n---------- Forwarded message ---------\n"
             "Từ: Xã Thèn Sin <thensin.tamduong@laichau.gov.vn>\nDate: Th 4, 15 thg 2, 2023 lúc 16:40\nSubject: Báo cáo tuyên truyền tuần xã Thèn Sin\n\n"
             "Xã Thèn Sin báo cáo:\nSố tin, bài: 8\nĐộ dài: 40 phút\nSố lần phát sóng: 16\nƯớc số người nghe: 1.200\n"),
        [R("then_sin", WP, t, V(8, 40, 16, 1200))], "personal Gmail forwards the commune's own report; unit from the content")

    t = thursday(19)
    att = docx_file("BC tuan Na Tam.docx", [
        ("p", "UBND XÃ NÀ TĂM", {"bold": True}),
        ("p", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", {"bold": True, "center": True}),
        ("table", [["Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"], ["9", "45", "18", "1.700"]]),
        ("p", "Người báo cáo: Đèo Văn Nhất", {})])
    add("forward", "clerk_forwards_misaddressed", dict(
        frm=("Văn hóa Tam Đường", "vanhoa.tamduong@laichau.gov.vn"), subject="FW: BC tuan Na Tam", date=sent(t, 0, 10, 20),
        text="Anh Sang ơi, xã Nà Tăm gửi nhầm vào hộp thư này, em chuyển anh tổng hợp.\n\n"
             "From: Xã Nà Tăm <natam.tamduong@laichau.gov.vn>\nSent: Thursday, May 11, 2023 8:05 AM\nTo: vanhoa.tamduong@laichau.gov.vn\nSubject: BC tuan Na Tam\n\n"
             "Xã Nà Tăm gửi báo cáo tuần (file đính kèm).\n", atts=[att]),
        [R("na_tam", WP, t, V(9, 45, 18, 1700))], "a district colleague forwards a commune's misaddressed report with its docx")

    t = thursday(23)
    inner = dict(frm=("Tao Văn Khẻ", "taovankhe@gmail.com"), subject="Báo cáo tuần xã Khun Há",
                 date=sent(t, -1, 19, 40),
                 text="Gửi chị Lở, em gửi số liệu truyền thanh xã tuần này:\nSố tin, bài: 7\nĐộ dài: 35 phút\nSố lần phát sóng: 14\nSố người nghe: 1.050\n")
    from h11lib import build_mail
    inner_msg = build_mail("forward/attached_message_inner", **inner)
    add("forward", "forward_as_attachment", dict(
        frm=U("khun_ha"), subject="Fw: Báo cáo tuần xã Khun Há", date=sent(t, 0, 8, 10),
        text="Xã Khun Há chuyển báo cáo tuần (thư đính kèm).\nPhàn Thị Lở\n", attached_msgs=[inner_msg]),
        [R("khun_ha", WP, t, V(7, 35, 14, 1050))], "report inside an attached message/rfc822")

    t = thursday(33)
    add("forward", "forward_with_phone_signature", dict(
        frm=U("ta_leng"), subject="Fwd: Số liệu truyền thanh tuần", date=sent(t, -1, 16, 30),
        text="Kính chuyển Phòng VHTT.\n\nTrân trọng,\nNguyễn Thị Thu Trang\nVăn phòng UBND xã Tả Lèng\nĐT: 0213 3876 555 - DĐ: 0984 120 336\n\n"
             "---------- Forwarded message ---------\nFrom: Đài truyền thanh xã Tả Lèng <dtttaleng@gmail.com>\nDate: Wed, Aug 16, 2023 at 3:02 PM\n"
             "Subject: Số liệu truyền thanh tuần\n\nSố tin, bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 20\nSố người nghe: 1.750\n"),
        [R("ta_leng", WP, t, V(10, 50, 20, 1750))], "forwarder's signature with phone numbers above the forwarded figures")

    t = thursday(45)
    add("forward", "two_level_forward", dict(
        frm=U("son_binh"), subject="Fwd: Fwd: BC tuan", date=sent(t, 0, 9, 0),
        text="Chuyển Phòng.\n\n---------- Forwarded message ---------\nFrom: Vàng A Chính <vangachinh@gmail.com>\nDate: Th 4, 8 thg 11, 2023 lúc 21:10\nSubject: Fwd: BC tuan\n\n"
             "Em chuyển lại báo cáo của bản gửi lên:\n\n---------- Forwarded message ---------\nFrom: Trưởng bản Nậm Đích <namdich.ban@gmail.com>\nDate: Th 4, 8 thg 11, 2023 lúc 18:00\n\n"
             "Xã Sơn Bình báo cáo tuần: Số tin, bài: 9; Độ dài: 45 phút; Số lần phát sóng: 18; Số người nghe: 1.350.\n"),
        [R("son_binh", WP, t, V(9, 45, 18, 1350))], "two nested forwards")
