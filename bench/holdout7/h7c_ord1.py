"""Ordinary cases, part 1: labelled lines, prose, replies and forwards, HTML bodies, misc."""
from h7lib import (RULE, D, OFFICE, PEOPLE, SM, UTC, WP, Person, case, forward_gmail, mail, mid_of,
                   quote_gmail, quote_outlook_en, quote_outlook_vi, quote_yahoo, quote_zimbra)

P = PEOPLE


def reminder_text(thu):
    return f"""Kính gửi: UBND các xã, thị trấn; Đài Truyền thanh - Truyền hình huyện.

Thực hiện Công văn số 125/VHTT ngày 02/02/2021 của Phòng Văn hóa và Thông tin huyện về việc tăng cường công tác tuyên truyền, Phòng Văn hóa và Thông tin đề nghị các đơn vị báo cáo nhanh kết quả tuyên truyền trong tuần (số lượng tin, bài; độ dài tin, bài; số lượng phát sóng; ước số lượng người nghe) về địa chỉ email sangnq.tamduong@laichau.gov.vn trước 16h00 thứ Năm ngày {thu:%d/%m/%Y}.

Trân trọng!
--
Nguyễn Quang Sáng
Phòng Văn hóa và Thông tin huyện Tam Đường
ĐT: 0915 226 418
"""


ALL_UNITS = Person("UBND các xã, thị trấn", "ubndxa.tamduong@laichau.gov.vn")


def labelled():
    F = "labelled"
    c = case(F, "banbo_dash_lines", "ordinary", "Dash-labelled lines with units after the figures; no period written, sent on a Wednesday")
    mail(c, sender=P["ban_bo"], subject="Báo cáo kết quả tuyên truyền tuần - xã Bản Bo", date=D(2021, 4, 7, 9, 12),
         body="""Dạ em gửi Phòng VH&TT báo cáo kết quả tuyên truyền tuần của xã Bản Bo ạ.

- Số tin, bài: 8 tin
- Độ dài: 56 phút
- Số lần phát sóng: 24 lần
- Ước số người nghe: 2.100 người

Em cảm ơn ạ!

--
Lò Thị Hương
Công chức VH-XH xã Bản Bo
ĐT: 0983 416 275
""")
    c.rep("ban_bo", WP, {"items": "8", "minutes": "56 phút", "broadcasts": "24", "listeners": ("2.100", 2100)}, period=RULE)

    c = case(F, "natam_gmail_no_diacritics", "ordinary", "Personal Gmail, no diacritics; the unit is named in subject and body")
    mail(c, sender=P["na_tam_g"], subject="bao cao tuyen truyen tuan xa Na Tam", date=D(2021, 4, 15, 15, 20),
         body="""Kinh gui phong VH-TT huyen
Xa Na Tam bao cao ket qua tuyen truyen tuan nhu sau:
so tin bai: 6 tin
do dai: 40 phut
so luot phat song: 14 luot
uoc so nguoi nghe: khoang 1.500 nguoi
Tran trong!
Tan Van Sai 0352908114
""")
    c.rep("na_tam", WP, {"items": "6", "minutes": "40 phut", "broadcasts": "14", "listeners": ("1.500", 1500)}, period=RULE)

    c = case(F, "ttd_numbered_range", "ordinary", "Numbered labels; the week written as a date range with the year on the end date only")
    mail(c, sender=P["tt_tam_duong"], subject="BC kết quả tuyên truyền tuần thị trấn Tam Đường", date=D(2021, 5, 6, 10, 5),
         body="""Kính gửi: Phòng Văn hóa và Thông tin huyện

UBND thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần (từ ngày 30/4 đến ngày 06/5/2021) như sau:
1. Số lượng tin, bài: 12
2. Thời lượng: 1 giờ 30 phút
3. Số lượt phát sóng: 42
4. Số người nghe: 4.500 người
Nội dung tập trung tuyên truyền bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026.

Trân trọng./.
Nguyễn Thị Mai
Công chức VH-XH thị trấn Tam Đường
""")
    c.rep("tt_tam_duong", WP, {"items": "12", "minutes": ("1 giờ 30 phút", 90), "broadcasts": "42", "listeners": ("4.500", 4500)},
          period=("range", "từ ngày 30/4 đến ngày 06/5/2021", "30/4", "06/5/2021"))

    c = case(F, "khunha_typos", "ordinary", "Labels with typos and stray spaces ('So tin bai :', 'Thơi lượng'), minutes written 45'")
    mail(c, sender=P["khun_ha"], subject="bc tuan", date=D(2021, 5, 19, 16, 40),
         body="""Gui phong VH&TT
Xã Khun Há báo cáo:
So tin bai : 7 tin
Thơi lượng: 45'
Phát sóng: 21 lần
Người nghe: 1.200 người

Tao Văn Phong - CB VHTT xã Khun Há
""")
    c.rep("khun_ha", WP, {"items": "7", "minutes": ("45'", 45), "broadcasts": "21", "listeners": "1.200"}, period=RULE)

    c = case(F, "hothau_caps", "ordinary", "Everything in capitals, leading zero on one figure")
    mail(c, sender=P["ho_thau"], subject="BAO CAO TUYEN TRUYEN TUAN XA HO THAU", date=D(2021, 6, 10, 8, 47),
         body="""KÍNH GỬI PHÒNG VĂN HÓA THÔNG TIN HUYỆN

BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN XÃ HỒ THẦU
1. SỐ TIN BÀI: 05 TIN
2. ĐỘ DÀI: 35 PHÚT
3. SỐ LẦN PHÁT: 15 LẦN
4. SỐ NGƯỜI NGHE: 900 NGƯỜI

CHẢO LÁO LỞ
CÔNG CHỨC VĂN HÓA XÃ HỒ THẦU
SĐT 0397 612 048
""")
    c.rep("ho_thau", WP, {"items": ("05", 5), "minutes": "35", "broadcasts": "15", "listeners": "900"}, period=RULE)

    c = case(F, "giangma_tab_table", "ordinary", "A table typed with tabs in a plain body (STT, content, unit, figure)")
    mail(c, sender=P["giang_ma"], subject="Báo cáo kết quả tuyên truyền tuần - UBND xã Giang Ma", date=D(2021, 7, 27, 14, 30),
         body="""Kính gửi Phòng Văn hóa và Thông tin huyện Tam Đường,
UBND xã Giang Ma báo cáo kết quả tuyên truyền trong tuần như sau:

STT\tNội dung\tĐVT\tSố lượng
1\tSố tin, bài\tTin\t9
2\tĐộ dài tin, bài\tPhút\t58
3\tSố lượt phát sóng\tLượt\t27
4\tƯớc số người nghe\tNgười\t2.350

Trân trọng!
Phàn Thị Dung - CC VH-XH xã Giang Ma
""")
    c.rep("giang_ma", WP, {"items": "9", "minutes": "58", "broadcasts": "27", "listeners": "2.350"}, period=RULE)

    c = case(F, "bangiang_plus_lines", "ordinary", "Plus-sign lines, leading zeros, duration in hours and minutes")
    mail(c, sender=P["ban_giang"], subject="Bản Giang báo cáo tuyên truyền tuần", date=D(2021, 8, 26, 11, 2),
         body="""Em chào anh Sáng,
Em gửi báo cáo tuần xã Bản Giang ạ:
+ Tin, bài: 09 tin
+ Thời lượng phát sóng: 01 giờ 05 phút
+ Số lượt phát: 28 lượt
+ Số người nghe: 3.100 người

Em cảm ơn anh ạ.
Hoàng Thị Lan
""")
    c.rep("ban_giang", WP, {"items": ("09", 9), "minutes": ("01 giờ 05 phút", 65), "broadcasts": "28", "listeners": "3.100"}, period=RULE)

    c = case(F, "binhlu_one_line", "ordinary", "All four figures on one line separated by semicolons")
    mail(c, sender=P["binh_lu"], subject="V/v báo cáo kết quả tuyên truyền tuần", date=D(2021, 9, 22, 10, 15),
         body="""Kính gửi Phòng VH&TT huyện.
Kết quả tuyên truyền tuần của xã Bình Lư: số tin bài 10; độ dài 62 phút; phát sóng 28 lượt; người nghe khoảng 3.000 người.
Trân trọng.
Giàng A Sử
""")
    c.rep("binh_lu", WP, {"items": "10", "minutes": "62 phút", "broadcasts": "28", "listeners": "3.000"}, period=RULE)

    c = case(F, "nungnang_half_diacritics", "ordinary", "Half-typed diacritics, labels in mixed forms")
    mail(c, sender=P["nung_nang"], subject="Bao cao tuan Nung Nang", date=D(2021, 10, 14, 15, 55),
         body="""Gui phong van hoa
So tin, bài: 6
Thoi luong: 50 phut
so lan phat: 18
so nguoi nghe: 1800

Sung A Pao - xa Nung Nang
""")
    c.rep("nung_nang", WP, {"items": "6", "minutes": "50 phut", "broadcasts": "18", "listeners": "1800"}, period=RULE)

    c = case(F, "banhon_stray_spaces", "ordinary", "Spaces before colons and commas, duration 1h20'")
    mail(c, sender=P["ban_hon"], subject="Báo cáo tuần xã Bản Hon", date=D(2021, 11, 3, 8, 30),
         body="""Kính gửi : Phòng Văn hoá và Thông tin

Xã Bản Hon báo cáo kết quả tuyên truyền tuần :
Số tin , bài :  7
Độ dài :1h20'
Số lượt phát sóng : 21
Ước số người nghe : 1.650

Trân trọng !
Tao Thị Ánh
CC VH-XH xã Bản Hon - 0374 509 882
""")
    c.rep("ban_hon", WP, {"items": "7", "minutes": ("1h20'", 80), "broadcasts": "21", "listeners": "1.650"}, period=RULE)

    c = case(F, "thensin_utc_date", "ordinary", "Date header in UTC (02:30 UTC is 09:30 on Thursday in Vietnam)")
    mail(c, sender=P["then_sin"], subject="Báo cáo tuyên truyền", date=D(2021, 12, 2, 2, 30, tz=UTC),
         body="""Gửi phòng VH&TT báo cáo tuần:
Số tin bài: 5
Thời lượng: 30 phút
Số lượt phát sóng: 14
Người nghe: 850 người

Lò Văn Hoàn - VHXH xã Thèn Sin
""")
    c.rep("then_sin", WP, {"items": "5", "minutes": "30 phút", "broadcasts": "14", "listeners": "850"}, period=RULE)

    c = case(F, "taleng_cp1258", "ordinary", "Body in windows-1258 (tone marks as combining bytes), the office's own wording of the labels")
    mail(c, sender=P["ta_leng"], client="outlook", subject="Báo cáo kết quả tuyên truyền tuần xã Tả Lèng",
         date=D(2021, 3, 3, 9, 40), charset="windows-1258",
         body="""Kính gửi Phòng Văn hóa và Thông tin huyện

Xã Tả Lèng báo cáo kết quả tuyên truyền tuần:
- Số lượng tin, bài: 11
- Độ dài tin, bài: 66 phút
- Số lượng phát sóng: 33 lượt
- Ước số lượng người nghe: 2.800 người

Trân trọng.
Hoàng Văn Chiến
""")
    c.rep("ta_leng", WP, {"items": "11", "minutes": "66 phút", "broadcasts": "33", "listeners": "2.800"}, period=RULE)

    c = case(F, "sonbinh_households", "ordinary", "Listeners given in households (hộ), not people: held, the other three recorded")
    mail(c, sender=P["son_binh"], subject="Báo cáo tuyên truyền tuần xã Sơn Bình", date=D(2021, 6, 16, 15, 10),
         body="""Dạ em gửi báo cáo tuần của xã Sơn Bình ạ
- Tin bài: 7
- Thời lượng: 42 phút
- Phát sóng: 21 lượt
- Người nghe: khoảng 850 hộ gia đình
Em cảm ơn.
Lê Thị Thu
""")
    c.rep("son_binh", WP, {"items": "7", "minutes": "42 phút", "broadcasts": "21"}, status="needs_review", period=RULE)

    c = case(F, "banbo_tin_and_bai", "ordinary", "Items given as '8 tin, 2 bài' (a sum the sender did not make): held without items")
    mail(c, sender=P["ban_bo"], subject="Báo cáo tuyên truyền tuần", date=D(2021, 9, 8, 9, 30),
         body="""Dạ em gửi báo cáo tuần này của xã Bản Bo ạ.
- Số tin, bài: 8 tin, 2 bài
- Độ dài: 60 phút
- Số lần phát sóng: 30 lần
- Ước số người nghe: 2.400 người
Em cảm ơn ạ!
--
Lò Thị Hương
Công chức VH-XH xã Bản Bo
ĐT: 0983 416 275
""")
    c.rep("ban_bo", WP, {"minutes": "60 phút", "broadcasts": "30", "listeners": "2.400"}, status="needs_review", period=RULE)

    c = case(F, "ttd_friday_late", "ordinary", "Sent Friday morning without a period: late, for the Thursday just past")
    mail(c, sender=P["tt_tam_duong"], subject="Báo cáo tuyên truyền tuần (gửi muộn)", date=D(2021, 7, 9, 10, 0),
         body="""Kính gửi Phòng Văn hóa và Thông tin,
Thị trấn xin lỗi vì gửi báo cáo muộn do hôm qua mất mạng.
- Số lượng tin, bài: 14
- Thời lượng: 1 giờ 10 phút
- Số lượt phát sóng: 35
- Số người nghe: 4.200
Trân trọng.
Nguyễn Thị Mai
""")
    c.rep("tt_tam_duong", WP, {"items": "14", "minutes": ("1 giờ 10 phút", 70), "broadcasts": "35", "listeners": "4.200"}, period=RULE)

    c = case(F, "khunha_listener_range", "ordinary", "Listeners as a range (1.500 - 2.000): held, the other three recorded")
    mail(c, sender=P["khun_ha"], subject="Báo cáo tuần xã Khun Há", date=D(2021, 9, 23, 14, 0),
         body="""Gửi phòng VH&TT
Xã Khun Há báo cáo tuần:
- Số tin bài: 6
- Độ dài: 40 phút
- Số lượt phát sóng: 18
- Ước số người nghe: 1.500 - 2.000 người
Tao Văn Phong
""")
    c.rep("khun_ha", WP, {"items": "6", "minutes": "40 phút", "broadcasts": "18"}, status="needs_review", period=RULE)


def prose():
    F = "prose"
    c = case(F, "binhlu_paragraph", "ordinary", "One paragraph of prose; '12 bản' is not a figure of the form")
    mail(c, sender=P["binh_lu"], subject="Báo cáo kết quả tuyên truyền tuần", date=D(2021, 5, 12, 16, 20),
         body="""Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.

Thực hiện Công văn của Phòng về việc báo cáo kết quả tuyên truyền hàng tuần, UBND xã Bình Lư báo cáo như sau: trong tuần, Ban biên tập Trạm truyền thanh xã đã biên tập và phát 9 tin, bài với tổng thời lượng 54 phút, tập trung tuyên truyền công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026, phòng chống dịch Covid-19; phát sóng 27 lượt trên hệ thống loa tại 12 bản; ước khoảng 2.700 người nghe.

Trân trọng./.
Giàng A Sử - cán bộ Văn hóa xã Bình Lư - 0978 203 661
""")
    c.rep("binh_lu", WP, {"items": "9", "minutes": "54 phút", "broadcasts": "27", "listeners": "2.700"}, period=RULE)

    c = case(F, "dai_prose_collab", "ordinary", "The district station in prose, hours and minutes, listeners 'lượt người nghe, xem'; six items sent to the province are not the station's figure")
    mail(c, sender=P["dai_th_th"], subject="Đài TT-TH báo cáo kết quả tuyên truyền tuần", date=D(2021, 10, 28, 9, 20),
         body="""Kính gửi: Phòng Văn hóa và Thông tin huyện

Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền tuần như sau:
Trong tuần, Đài đã sản xuất, biên tập và phát sóng 38 tin, bài, phóng sự trên sóng truyền thanh, truyền hình của huyện; tổng thời lượng 4 giờ 20 phút; số lượt phát sóng 76 lượt (phát lại 2 lần/ngày); ước khoảng 35.000 lượt người nghe, xem.
Ngoài ra, Đài gửi 6 tin, bài cộng tác với Đài Phát thanh - Truyền hình tỉnh.

Trân trọng!
Đinh Thị Thu Hà
Phó Trưởng Đài TT-TH huyện Tam Đường
ĐT: 0915 332 870
""")
    c.rep("dai_th_th", WP, {"items": "38", "minutes": ("4 giờ 20 phút", 260), "broadcasts": "76", "listeners": "35.000"}, period=RULE)

    c = case(F, "bangiang_covid_prose", "ordinary", "Prose with a distractor (three mobile sessions) after the figures")
    mail(c, sender=P["ban_giang"], subject="BC tuyên truyền tuần xã Bản Giang", date=D(2021, 8, 4, 10, 45),
         body="""Dạ em chào anh ạ.
Tuần này xã Bản Giang tuyên truyền phòng chống dịch Covid-19 và tiêm vắc xin trên loa truyền thanh xã được 8 tin, bài, tổng thời lượng 48 phút, phát 21 lượt, ước có 2.600 người nghe. Ngoài ra xã còn tổ chức 3 buổi tuyên truyền lưu động bằng xe loa tại bản Nà Luồng, Nà Bỏ và Bản Giang.
Em gửi anh tổng hợp ạ.
Hoàng Thị Lan
""")
    c.rep("ban_giang", WP, {"items": "8", "minutes": "48 phút", "broadcasts": "21", "listeners": "2.600"}, period=RULE)

    c = case(F, "giangma_tieng_ruoi", "ordinary", "Duration written '1 tiếng rưỡi' (90 minutes)")
    mail(c, sender=P["giang_ma"], subject="Báo cáo tuyên truyền tuần", date=D(2021, 3, 25, 15, 30),
         body="""Kính gửi Phòng VH&TT,
Xã Giang Ma báo cáo kết quả công tác tuyên truyền trong tuần: Trạm truyền thanh xã phát 12 tin, bài về phòng chống cháy rừng, tuyên truyền bầu cử, tổng thời lượng 1 tiếng rưỡi, phát sóng 35 lượt, ước số người nghe khoảng 3.200 người.
Trân trọng!
Phàn Thị Dung
""")
    c.rep("giang_ma", WP, {"items": "12", "minutes": ("1 tiếng rưỡi", 90), "broadcasts": "35", "listeners": "3.200"}, period=RULE)

    c = case(F, "nungnang_ascii_prose", "ordinary", "Prose without any diacritics, sent in the evening")
    mail(c, sender=P["nung_nang"], subject="bao cao tuyen truyen", date=D(2021, 11, 17, 17, 5), cte="7bit",
         body="""Kinh gui phong van hoa thong tin.
Xa Nung Nang bao cao tuan nay da phat 7 tin bai tren loa truyen thanh, tong thoi luong 45 phut, phat 21 luot, uoc khoang 1.900 nguoi nghe. Noi dung chu yeu tuyen truyen tiem vac xin, cai dat PC-Covid.
Tran trong
Sung A Pao
""")
    c.rep("nung_nang", WP, {"items": "7", "minutes": "45 phut", "broadcasts": "21", "listeners": "1.900"}, period=RULE)

    c = case(F, "taleng_nghin", "ordinary", "Listeners written '3,5 nghìn' (3,500), minutes in brackets")
    mail(c, sender=P["ta_leng"], subject="Tả Lèng - báo cáo tuyên truyền tuần", date=D(2021, 5, 20, 10, 10),
         body="""Kính gửi Phòng Văn hóa và Thông tin huyện.

Trong tuần UBND xã Tả Lèng đã chỉ đạo Trạm truyền thanh xã phát 10 tin, bài (thời lượng 60 phút), với 30 lượt phát sóng; ước có khoảng 3,5 nghìn người nghe.

Trân trọng.
Hoàng Văn Chiến
Cán bộ VH-TT xã Tả Lèng
""")
    c.rep("ta_leng", WP, {"items": "10", "minutes": "60 phút", "broadcasts": "30", "listeners": ("3,5 nghìn", 3500)}, period=RULE)

    c = case(F, "sonbinh_tet", "ordinary", "Before Tết Tân Sửu: prose with the office's own labels")
    mail(c, sender=P["son_binh"], subject="Báo cáo tuyên truyền dịp Tết", date=D(2021, 2, 3, 14, 0),
         body="""Em gửi báo cáo tuyên truyền dịp Tết Nguyên đán Tân Sửu tuần này của xã Sơn Bình ạ.
Xã đã phát 6 tin, bài về phòng chống dịch Covid-19, cài đặt Bluezone và đón Tết an toàn; độ dài 36 phút; số lần phát sóng 18 lần; ước số người nghe 1.450 người.
Em cảm ơn anh.
Lê Thị Thu - VH-XH xã Sơn Bình
""")
    c.rep("son_binh", WP, {"items": "6", "minutes": "36 phút", "broadcasts": "18", "listeners": "1.450"}, period=RULE)

    c = case(F, "hothau_per_session", "ordinary", "Minutes only per session ('21 buổi, mỗi buổi 15 phút'): held without minutes")
    mail(c, sender=P["ho_thau"], subject="BAO CAO TUAN", date=D(2021, 7, 29, 10, 30),
         body="""XÃ HỒ THẦU BÁO CÁO: trong tuần phát 6 tin bài tuyên truyền phòng chống dịch, trạm phát thanh 21 buổi, mỗi buổi 15 phút, ước số người nghe 1.100 người.

CHẢO LÁO LỞ - SĐT 0397 612 048
""")
    c.rep("ho_thau", WP, {"items": "6", "broadcasts": "21", "listeners": "1.100"}, status="needs_review", period=RULE)

    c = case(F, "thensin_signature_numbers", "ordinary", "Short prose followed by a signature with two phone numbers")
    mail(c, sender=P["then_sin"], subject="Báo cáo tuyên truyền tuần xã Thèn Sin", date=D(2021, 6, 16, 8, 15),
         body="""UBND xã Thèn Sin báo cáo kết quả tuyên truyền tuần: Đã phát 5 tin, bài; độ dài 32 phút; số lượt phát sóng 15 lượt; ước 980 người nghe.

Lò Văn Hoàn
Công chức VH-XH xã Thèn Sin
ĐT: 0345 227 519 - Cơ quan: 0213 3876 215
Email: thensin.tamduong@laichau.gov.vn
""")
    c.rep("then_sin", WP, {"items": "5", "minutes": "32 phút", "broadcasts": "15", "listeners": "980"}, period=RULE)

    c = case(F, "natam_half_typed", "ordinary", "Half-typed prose from the official mailbox, abbreviation 'bc'")
    mail(c, sender=P["na_tam"], subject="xa Na Tam bc tuan", date=D(2021, 10, 12, 16, 30),
         body="""Dạ xã Nà Tăm bc tuần này: đã phat 8 tin bài, thoi luong 52 phút, phát sóng 24 lượt, khoang 2.050 nguoi nghe ạ.
Em cam on
Sài
""")
    c.rep("na_tam", WP, {"items": "8", "minutes": "52 phút", "broadcasts": "24", "listeners": "2.050"}, period=RULE)


def replies():
    F = "replies"
    rem = D(2021, 6, 2, 15, 0)
    c = case(F, "banbo_reply_reminder", "ordinary", "Reply above the office's reminder (Zimbra 'Thư gốc'), the reminder names the labels without figures")
    mail(c, sender=P["ban_bo"], subject="Trả lời: Đôn đốc báo cáo kết quả tuyên truyền tuần", date=D(2021, 6, 3, 9, 40),
         in_reply_to=mid_of("reminder-0602"),
         body="""Dạ em gửi số liệu tuần này của xã Bản Bo ạ:
- Số tin, bài: 9
- Độ dài: 1 giờ
- Số lần phát sóng: 27
- Số người nghe: 2.250
Em cảm ơn anh.

""" + quote_zimbra(rem, OFFICE, ALL_UNITS, "Đôn đốc báo cáo kết quả tuyên truyền tuần", reminder_text(D(2021, 6, 3))))
    c.rep("ban_bo", WP, {"items": "9", "minutes": ("1 giờ", 60), "broadcasts": "27", "listeners": "2.250"}, period=RULE)

    last = """Kính gửi Phòng Văn hóa và Thông tin,
Thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần:
- Số lượng tin, bài: 11
- Thời lượng: 70 phút
- Số lượt phát sóng: 33
- Số người nghe: 4.100
Trân trọng.
Nguyễn Thị Mai"""
    c = case(F, "ttd_reply_own_last_week", "ordinary", "Outlook reply on top of the unit's own report of last week (English 'Original Message' header)")
    mail(c, sender=P["tt_tam_duong"], subject="RE: Báo cáo kết quả tuyên truyền tuần - TT Tam Đường", date=D(2021, 11, 18, 14, 20),
         in_reply_to=mid_of("ttd-1111"),
         body="""Kính gửi Phòng Văn hóa và Thông tin,
Thị trấn Tam Đường gửi báo cáo tuần này:
- Số lượng tin, bài: 13
- Thời lượng: 78 phút
- Số lượt phát sóng: 39
- Số người nghe: 4.600
Trân trọng.
Nguyễn Thị Mai

""" + quote_outlook_en(D(2021, 11, 11, 9, 5), P["tt_tam_duong"], OFFICE, "Báo cáo kết quả tuyên truyền tuần - TT Tam Đường", last))
    c.rep("tt_tam_duong", WP, {"items": "13", "minutes": "78 phút", "broadcasts": "39", "listeners": "4.600"}, period=RULE)

    ack = """Phòng VH&TT đã nhận báo cáo tuần (09/4 - 15/4/2021) của xã Bản Giang: 6 tin bài, 40 phút, 18 lượt phát sóng, 1.700 người nghe.
Đề nghị xã gửi báo cáo tuần này trước 16h00 thứ Năm.
Sáng - Phòng VH&TT"""
    c = case(F, "bangiang_gmail_quote", "ordinary", "Gmail reply over the office's acknowledgment of last week, which carries last week's figures and range")
    mail(c, sender=P["ban_giang"], subject="Re: Báo cáo tuyên truyền tuần xã Bản Giang", date=D(2021, 4, 22, 15, 5),
         in_reply_to=mid_of("ack-bg-0415"),
         body="""Dạ em gửi tuần này ạ:
- Số tin bài: 7
- Thời lượng: 44 phút
- Số lượt phát sóng: 21
- Số người nghe: 1.850

""" + quote_gmail(D(2021, 4, 16, 8, 30), OFFICE, ack))
    c.rep("ban_giang", WP, {"items": "7", "minutes": "44 phút", "broadcasts": "21", "listeners": "1.850"}, period=RULE)

    inner = """Báo cáo kết quả tuyên truyền tuần xã Nùng Nàng
- Số tin, bài: 6
- Độ dài: 38 phút
- Số lượt phát sóng: 18
- Ước số người nghe: 1.600 người
Sùng A Páo"""
    c = case(F, "nungnang_forward_personal", "ordinary", "The commune mailbox forwards on Friday the report first written from the officer's Gmail")
    mail(c, sender=P["nung_nang"], subject="Fwd: Báo cáo tuần xã Nùng Nàng", date=D(2021, 3, 5, 8, 30),
         body="""Em chuyển báo cáo tuần của xã ạ, tối qua em gửi nhầm địa chỉ.

""" + forward_gmail(D(2021, 3, 4, 20, 10), P["nung_nang_g"], P["nung_nang"], "Báo cáo tuần xã Nùng Nàng", inner))
    c.rep("nung_nang", WP, {"items": "6", "minutes": "38 phút", "broadcasts": "18", "listeners": "1.600"}, period=RULE)

    first = """Kính gửi Phòng VH&TT.
Xã Bình Lư báo cáo tuần: số tin, bài: 8; độ dài: 50 phút; số lượt phát sóng: 24; số người nghe: 6.200.
Giàng A Sử"""
    c = case(F, "binhlu_correction", "ordinary", "A correction resent with the full set; the wrong figure survives only in the quoted first mail and in the explanation")
    mail(c, sender=P["binh_lu"], subject="Gửi lại: Báo cáo tuyên truyền tuần (sửa số người nghe)", date=D(2021, 9, 9, 16, 45),
         body="""Em xin gửi lại báo cáo, số người nghe tuần này là 2.600 người chứ không phải 6.200 ạ, em đánh nhầm.
Số liệu đúng:
- Số tin, bài: 8
- Độ dài: 50 phút
- Số lượt phát sóng: 24
- Số người nghe: 2.600
Em xin lỗi anh.

""" + quote_zimbra(D(2021, 9, 9, 10, 20), P["binh_lu"], OFFICE, "Báo cáo tuyên truyền tuần", first, prefixed=True))
    c.rep("binh_lu", WP, {"items": "8", "minutes": "50 phút", "broadcasts": "24", "listeners": "2.600"}, period=RULE)

    ack2 = """Phòng VH&TT đã nhận báo cáo tuần (01/10 - 07/10/2021) của xã Sơn Bình:
Số tin, bài: 6; Độ dài: 38 phút; Số lần phát sóng: 18; Ước số người nghe: 1.400.
Cảm ơn đồng chí."""
    c = case(F, "sonbinh_reply_ack_range", "ordinary", "Reply over last week's acknowledgment; only the quoted text carries a period, this week's comes from the Date")
    mail(c, sender=P["son_binh"], subject="Trả lời: Xác nhận báo cáo tuần", date=D(2021, 10, 13, 10, 0),
         in_reply_to=mid_of("ack-sb-1007"),
         body="""Dạ em gửi tuần này ạ: tin bài 7, thời lượng 42 phút, phát 21 lượt, người nghe 1.500 người.
Em Thu - xã Sơn Bình

""" + quote_zimbra(D(2021, 10, 8, 8, 0), OFFICE, P["son_binh"], "Xác nhận báo cáo tuần", ack2, prefixed=True))
    c.rep("son_binh", WP, {"items": "7", "minutes": "42 phút", "broadcasts": "21", "listeners": "1.500"}, period=RULE)

    c = case(F, "khunha_yahoo_reply", "ordinary", "Personal Yahoo on Android, reply above the reminder, unit named in the body")
    mail(c, sender=P["khun_ha_y"], subject="Re: Đôn đốc báo cáo kết quả tuyên truyền tuần", date=D(2021, 5, 13, 15, 35),
         in_reply_to=mid_of("reminder-0513"),
         body="""Gui phong so lieu tuan nay xa Khun Ha:
So tin bai: 8
Thoi luong: 48 phut
So luot phat song: 24
Nguoi nghe: 1.350 nguoi

Sent from Yahoo Mail on Android

""" + quote_yahoo(D(2021, 5, 13, 9, 0), OFFICE, reminder_text(D(2021, 5, 13))))
    c.rep("khun_ha", WP, {"items": "8", "minutes": "48 phut", "broadcasts": "24", "listeners": "1.350"}, period=RULE)

    chair = Person("Lý Văn Thắng", "lyvanthang.gm@gmail.com")
    c = case(F, "giangma_forward_chairman", "ordinary", "Zimbra forward of the chairman's approved figures; the commune mailbox sends it")
    mail(c, sender=P["giang_ma"], subject="Fwd: BC tuyên truyền tuần", date=D(2021, 8, 19, 11, 15),
         body="""Em chuyển báo cáo tuần của xã ạ (đồng chí Chủ tịch đã duyệt).

----- Thư được chuyển tiếp -----
Từ: "Lý Văn Thắng" <lyvanthang.gm@gmail.com>
Đến: "UBND xã Giang Ma" <giangma.tamduong@laichau.gov.vn>
Đã gửi: Thứ Năm, 19 Tháng 8 2021 08:02:11
Chủ đề: BC tuyên truyền tuần

UBND xã Giang Ma báo cáo kết quả tuyên truyền tuần: số tin, bài: 10; độ dài: 1 giờ 5 phút; số lượt phát sóng: 30; ước số người nghe: 2.900 người.
""")
    c.rep("giang_ma", WP, {"items": "10", "minutes": ("1 giờ 5 phút", 65), "broadcasts": "30", "listeners": "2.900"}, period=RULE)

    office_q = """Đề nghị Đài bổ sung số lượt phát sóng trong báo cáo tuần này (báo cáo của Đài có 35 tin, bài; 245 phút; 32.000 người nghe, xem nhưng chưa có số lượt phát sóng).
Sáng - Phòng VH&TT"""
    c = case(F, "dai_outlook_supplement", "ordinary", "Friday reply completing the station's report; the office's question above it quotes three of the figures")
    mail(c, sender=P["dai_th_th"], subject="RE: Bổ sung báo cáo tuần", date=D(2021, 12, 17, 8, 45),
         in_reply_to=mid_of("office-dai-1216"),
         body="""Kính gửi Phòng VH&TT,
Đài TT-TH huyện gửi lại báo cáo tuần đã bổ sung:
- Số tin, bài: 35
- Thời lượng: 245 phút
- Số lượt phát sóng: 70
- Số người nghe, xem: 32.000
Trân trọng!
Đinh Thị Thu Hà - Phó Trưởng Đài

""" + quote_outlook_en(D(2021, 12, 16, 17, 10), OFFICE, P["dai_th_th"], "Bổ sung báo cáo tuần", office_q))
    c.rep("dai_th_th", WP, {"items": "35", "minutes": "245 phút", "broadcasts": "70", "listeners": "32.000"}, period=RULE)

    lastw = """Xã Tả Lèng báo cáo tuần:
- Số tin, bài: 9
- Độ dài: 55 phút
- Số lượt phát sóng: 27
- Số người nghe: 2.500
Hoàng Văn Chiến"""
    c = case(F, "taleng_same_as_last_week", "ordinary", "'Same as last week' over the quoted report of last week: held, no figure of this week is written")
    mail(c, sender=P["ta_leng"], subject="Re: Báo cáo tuần xã Tả Lèng", date=D(2021, 11, 10, 15, 0),
         body="""Dạ tuần này số liệu của xã Tả Lèng giữ nguyên như tuần trước ạ.
Chiến

""" + quote_outlook_vi(D(2021, 11, 4, 9, 30), P["ta_leng"], OFFICE, "Báo cáo tuần xã Tả Lèng", lastw))
    c.rep("ta_leng", WP, {}, status="needs_review", period=RULE)


def html_bodies():
    F = "html"
    c = case(F, "ttd_outlook_table", "ordinary", "Outlook HTML table with a plain-text alternative")
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!--
p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style></head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Kính gửi Phòng Văn hóa và Thông tin,<o:p></o:p></p>
<p class="MsoNormal">Thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần như sau:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="300" style="border:solid windowtext 1.0pt"><p class="MsoNormal"><b>Nội dung</b></p></td><td width="120" style="border:solid windowtext 1.0pt"><p class="MsoNormal"><b>Kết quả</b></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt"><p class="MsoNormal">Số lượng tin, bài</p></td><td style="border:solid windowtext 1.0pt"><p class="MsoNormal">15</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt"><p class="MsoNormal">Độ dài (phút)</p></td><td style="border:solid windowtext 1.0pt"><p class="MsoNormal">85</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt"><p class="MsoNormal">Số lượt phát sóng</p></td><td style="border:solid windowtext 1.0pt"><p class="MsoNormal">45</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt"><p class="MsoNormal">Ước số người nghe</p></td><td style="border:solid windowtext 1.0pt"><p class="MsoNormal">4.800</p></td></tr>
</table>
<p class="MsoNormal">Trân trọng.<o:p></o:p></p>
<p class="MsoNormal">Nguyễn Thị Mai<o:p></o:p></p>
</div></body></html>"""
    plain = """Kính gửi Phòng Văn hóa và Thông tin,
Thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần như sau:
Nội dung
Kết quả
Số lượng tin, bài
15
Độ dài (phút)
85
Số lượt phát sóng
45
Ước số người nghe
4.800
Trân trọng.
Nguyễn Thị Mai
"""
    mail(c, sender=P["tt_tam_duong"], subject="Báo cáo kết quả tuyên truyền tuần", date=D(2021, 7, 1, 9, 0), body=plain, html=html)
    c.rep("tt_tam_duong", WP, {"items": "15", "minutes": "85", "broadcasts": "45", "listeners": "4.800"}, period=RULE)

    c = case(F, "bangiang_iphone_html_only", "ordinary", "HTML-only body from an iPhone on a personal address; the unit named in the text")
    html = """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Em gửi báo cáo tuần của xã Bản Giang ạ</div><div dir="ltr"><br></div><div dir="ltr">- Số tin bài: 7</div><div dir="ltr">- Thời lượng: 42 phút</div><div dir="ltr">- Số lần phát: 21</div><div dir="ltr">- Số người nghe: 2.050</div><div dir="ltr"><br></div><div dir="ltr">Lan - VHXH Bản Giang</div><div dir="ltr"><br><div dir="ltr">Gửi từ iPhone của tôi</div></div></body></html>"""
    mail(c, sender=P["ban_giang_g"], subject="Báo cáo tuần", date=D(2021, 3, 9, 20, 10), html=html)
    c.rep("ban_giang", WP, {"items": "7", "minutes": "42 phút", "broadcasts": "21", "listeners": "2.050"}, period=RULE)

    c = case(F, "dai_html_paragraphs", "ordinary", "HTML paragraphs with bold labels from the station; hours and minutes")
    html = """<div style="font-family: Times New Roman; font-size: 14pt;"><p>Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường</p>
<p>Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền trong tuần:</p>
<p><strong>- Số tin, bài, phóng sự:</strong> 40</p>
<p><strong>- Tổng thời lượng:</strong> 5 giờ 10 phút</p>
<p><strong>- Số lượt phát sóng:</strong> 80</p>
<p><strong>- Ước số người nghe, xem:</strong> 38.000</p>
<p>Trân trọng!</p><p>Đài TT-TH Tam Đường</p></div>"""
    plain = """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường
Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền trong tuần:
- Số tin, bài, phóng sự: 40
- Tổng thời lượng: 5 giờ 10 phút
- Số lượt phát sóng: 80
- Ước số người nghe, xem: 38.000
Trân trọng!
Đài TT-TH Tam Đường
"""
    mail(c, sender=P["dai_th_th"], subject="Báo cáo tuần - Đài TT-TH", date=D(2021, 11, 4, 10, 30), body=plain, html=html)
    c.rep("dai_th_th", WP, {"items": "40", "minutes": ("5 giờ 10 phút", 310), "broadcasts": "80", "listeners": "38.000"}, period=RULE)

    c = case(F, "binhlu_html_entities", "ordinary", "Zimbra HTML with numeric character references and &nbsp; around the figures")
    html = """<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>K&iacute;nh g&#7917;i Ph&ograve;ng VH&amp;TT,</div><div>X&atilde; B&igrave;nh L&#432; b&aacute;o c&aacute;o tu&#7847;n:</div><div>-&nbsp;S&#7889; tin, b&agrave;i:&nbsp;8</div><div>-&nbsp;&#272;&#7897; d&agrave;i:&nbsp;50&nbsp;ph&uacute;t</div><div>-&nbsp;S&#7889; l&#432;&#7907;t ph&aacute;t s&oacute;ng:&nbsp;24</div><div>-&nbsp;&#431;&#7899;c s&#7889; ng&#432;&#7901;i nghe:&nbsp;2.450</div><div><br></div><div>Gi&agrave;ng A S&#7917;</div></div></body></html>"""
    mail(c, sender=P["binh_lu"], subject="Báo cáo tuần xã Bình Lư", date=D(2021, 6, 24, 14, 50), html=html)
    c.rep("binh_lu", WP, {"items": "8", "minutes": "50 phút", "broadcasts": "24", "listeners": "2.450"}, period=RULE)

    c = case(F, "khunha_html_coloured", "ordinary", "HTML with each line in a div and the figures in red bold spans")
    html = """<html><body><div style="font-family: times new roman, new york, times, serif; font-size: 14pt; color: #000000"><div>Gửi phòng VH&amp;TT báo cáo tuần xã Khun Há</div><div>Số tin bài: <span style="color: #ff0000;"><strong>7</strong></span></div><div>Độ dài: <span style="color: #ff0000;"><strong>42</strong></span> phút</div><div>Số lượt phát sóng: <span style="color: #ff0000;"><strong>21</strong></span></div><div>Ước số người nghe: <span style="color: #ff0000;"><strong>1.400</strong></span> người</div><div><br></div><div>Tao Văn Phong</div></div></body></html>"""
    mail(c, sender=P["khun_ha"], subject="BC tuần xã Khun Há", date=D(2021, 9, 1, 9, 5), html=html)
    c.rep("khun_ha", WP, {"items": "7", "minutes": "42", "broadcasts": "21", "listeners": "1.400"}, period=RULE)

    c = case(F, "giangma_html_villages", "ordinary", "HTML table of broadcasts and listeners per village with a total row; items and minutes in the text above")
    rows = [("Giang Ma", 6, 520), ("Sin Câu", 6, 410), ("Hoa Vân", 6, 480), ("Lùng Thàng", 6, 390), ("Phìn Ngan Chải", 6, 450), ("Ma Ký", 6, 490)]
    tb = sum(r[1] for r in rows)
    tl = sum(r[2] for r in rows)
    assert (tb, tl) == (36, 2740)
    trs = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{b}</td><td>{l}</td></tr>" for i, (n, b, l) in enumerate(rows, 1))
    html = f"""<div dir="ltr"><div>Kính gửi Phòng VH&amp;TT huyện,</div><div>Xã Giang Ma báo cáo tuần: Trạm truyền thanh xã biên tập 9 tin, bài, độ dài 54 phút, tiếp sóng về loa các bản như sau:</div><br>
<table border="1" cellpadding="3" style="border-collapse:collapse"><tr><th>STT</th><th>Bản</th><th>Số lượt phát sóng</th><th>Số người nghe</th></tr>{trs}<tr><td></td><td><b>Tổng cộng</b></td><td><b>36</b></td><td><b>2.740</b></td></tr></table>
<div><br></div><div>Trân trọng!</div><div>Phàn Thị Dung</div></div>"""
    mail(c, sender=P["giang_ma"], client="gmail", subject="Báo cáo tuyên truyền tuần xã Giang Ma", date=D(2021, 11, 11, 15, 40), html=html,
         body="Kính gửi Phòng VH&TT huyện,\nXã Giang Ma báo cáo tuần: Trạm truyền thanh xã biên tập 9 tin, bài, độ dài 54 phút, tiếp sóng về loa các bản như sau:\n\n"
         + "\n".join(f"{i}\t{n}\t{b}\t{l}" for i, (n, b, l) in enumerate(rows, 1)) + "\n\tTổng cộng\t36\t2.740\n\nTrân trọng!\nPhàn Thị Dung\n")
    c.rep("giang_ma", WP, {"items": "9", "minutes": "54 phút", "broadcasts": "36", "listeners": "2.740"}, period=RULE)

    c = case(F, "sonbinh_html_social", "ordinary", "HTML list of the social-media form alone; fake news 'Không phát hiện'")
    html = """<div>Kính gửi Phòng VH&amp;TT,</div><div>Xã Sơn Bình báo cáo kết quả tuyên truyền trên mạng xã hội tuần này:</div><ul>
<li>Số nhóm Zalo đã thành lập: 11 nhóm (mỗi bản 1 nhóm)</li><li>Tổng số thành viên: 1.326</li>
<li>Số tin, bài đăng tải, chia sẻ trên nhóm: 24</li><li>Số người cài đặt Bluezone: 512</li>
<li>Tin giả, tin sai sự thật: Không phát hiện</li></ul><div>Lê Thị Thu</div>"""
    mail(c, sender=P["son_binh"], subject="Báo cáo tuyên truyền trên mạng xã hội", date=D(2021, 10, 7, 9, 30), html=html)
    c.rep("son_binh", SM, {"groups": "11", "group_members": "1.326", "posts": "24", "bluezone_installs": "512",
                           "fake_news": ("Không phát hiện", 0)}, period=RULE)

    c = case(F, "thensin_html_msonormal", "ordinary", "Word-made HTML (MsoNormal spans) with a plain alternative")
    html = """<html><head><style>p.MsoNormal{margin:0;font-family:"Times New Roman"}</style></head><body><div class="WordSection1">
<p class="MsoNormal"><span style="font-size:14.0pt">UBND xã Thèn Sin báo cáo kết quả tuyên truyền tuần:</span></p>
<p class="MsoNormal"><span style="font-size:14.0pt">- Số tin, bài:<span style="mso-spacerun:yes">&nbsp; </span>6</span></p>
<p class="MsoNormal"><span style="font-size:14.0pt">- Độ dài tin, bài:<span style="mso-spacerun:yes">&nbsp; </span>36 phút</span></p>
<p class="MsoNormal"><span style="font-size:14.0pt">- Số lần phát sóng:<span style="mso-spacerun:yes">&nbsp; </span>18 lần</span></p>
<p class="MsoNormal"><span style="font-size:14.0pt">- Ước số người nghe:<span style="mso-spacerun:yes">&nbsp; </span>1.020 người</span></p>
<p class="MsoNormal"><span style="font-size:14.0pt">Lò Văn Hoàn</span></p></div></body></html>"""
    plain = "UBND xã Thèn Sin báo cáo kết quả tuyên truyền tuần:\n- Số tin, bài:  6\n- Độ dài tin, bài:  36 phút\n- Số lần phát sóng:  18 lần\n- Ước số người nghe:  1.020 người\nLò Văn Hoàn\n"
    mail(c, sender=P["then_sin"], subject="Báo cáo tuyên truyền tuần", date=D(2021, 8, 12, 8, 20), html=html, body=plain)
    c.rep("then_sin", WP, {"items": "6", "minutes": "36 phút", "broadcasts": "18", "listeners": "1.020"}, period=RULE)


def misc():
    F = "misc"
    c = case(F, "banbo_sends_for_natam", "ordinary", "Bản Bo's mailbox sends Nà Tăm's figures on its behalf: held, the unit is Nà Tăm")
    mail(c, sender=P["ban_bo"], subject="Gửi hộ báo cáo tuần xã Nà Tăm", date=D(2021, 4, 1, 15, 30),
         body="""Dạ em gửi hộ xã Nà Tăm báo cáo tuần này vì mạng bên xã Nà Tăm bị mất từ hôm qua ạ.
Số liệu của xã Nà Tăm:
- Số tin, bài: 6
- Độ dài: 38 phút
- Số lần phát sóng: 18
- Ước số người nghe: 1.400
Em Hương - xã Bản Bo
""")
    c.rep("na_tam", WP, {"items": "6", "minutes": "38 phút", "broadcasts": "18", "listeners": "1.400"}, status="needs_review", period=RULE)

    c = case(F, "natam_mentions_banbo", "ordinary", "Nà Tăm mentions a joint activity with Bản Bo; the report is Nà Tăm's")
    mail(c, sender=P["na_tam"], subject="Bao cao tuyen truyen tuan xa Na Tam", date=D(2021, 9, 16, 9, 0),
         body="""Kính gửi phòng VH-TT.
Trong tuần xã Nà Tăm phối hợp với xã Bản Bo tổ chức tuyên truyền lưu động phòng chống dịch tại khu vực giáp ranh.
Kết quả trên hệ thống truyền thanh xã:
- Số tin bài: 7
- Thời lượng: 46 phút
- Số lượt phát sóng: 21
- Số người nghe: 1.650
Tẩn Văn Sài
""")
    c.rep("na_tam", WP, {"items": "7", "minutes": "46 phút", "broadcasts": "21", "listeners": "1.650"}, period=RULE)

    c = case(F, "dai_hours_minutes", "ordinary", "Station report after Tết with '3 giờ 45 phút' and listeners in 'lượt người nghe, xem'")
    mail(c, sender=P["dai_th_th"], subject="Báo cáo nhanh kết quả tuyên truyền tuần", date=D(2021, 2, 18, 10, 30),
         body="""Kính gửi: Phòng Văn hóa và Thông tin huyện.
Đài TT-TH huyện báo cáo nhanh kết quả tuyên truyền tuần:
- Số lượng tin, bài: 30
- Độ dài tin, bài: 3 giờ 45 phút
- Số lượng phát sóng: 60 lượt
- Ước số lượng người nghe: 30.000 lượt người nghe, xem
Trân trọng./.
""")
    c.rep("dai_th_th", WP, {"items": "30", "minutes": ("3 giờ 45 phút", 225), "broadcasts": "60", "listeners": "30.000"}, period=RULE)

    c = case(F, "taleng_resend_with_file", "ordinary", "Second mail 'forgot the attachment': the csv carries the figures")
    from h7docs import csv_bytes
    from h7lib import Att
    data, text = csv_bytes([["Nội dung", "Số lượng"], ["Số tin, bài", 9], ["Độ dài (phút)", 57],
                            ["Số lượt phát sóng", 27], ["Ước số người nghe", 2650]])
    mail(c, sender=P["ta_leng"], subject="Gửi lại báo cáo tuần (có file đính kèm)", date=D(2021, 9, 23, 15, 10),
         body="Em gửi lại vì lúc nãy quên đính kèm file ạ.\nXã Tả Lèng\n",
         atts=[Att("bao cao tuan Ta Leng.csv", data, "text/csv", text)])
    c.rep("ta_leng", WP, {"items": "9", "minutes": "57", "broadcasts": "27", "listeners": "2650"}, period=RULE)

    c = case(F, "thensin_subject_only_unit", "ordinary", "Personal Gmail; the unit is named only in the subject")
    mail(c, sender=P["then_sin_g"], subject="Xã Thèn Sin - BC tuyên truyền tuần", date=D(2021, 5, 6, 8, 40),
         body="""Gửi anh báo cáo tuần:
Số tin bài: 4
Thời lượng: 28 phút
Số lượt phát: 12
Số người nghe: 760
Hoàn
""")
    c.rep("then_sin", WP, {"items": "4", "minutes": "28 phút", "broadcasts": "12", "listeners": "760"}, period=RULE)

    c = case(F, "bangiang_friday_utc", "ordinary", "Friday morning in Vietnam, Date header in UTC: late, for the Thursday before")
    mail(c, sender=P["ban_giang"], subject="Báo cáo tuần (muộn) - xã Bản Giang", date=D(2021, 5, 21, 2, 10, tz=UTC),
         body="""Em xin lỗi anh em gửi muộn ạ.
- Số tin bài: 6
- Thời lượng: 36 phút
- Số lượt phát sóng: 18
- Số người nghe: 1.900
Lan - Bản Giang
""")
    c.rep("ban_giang", WP, {"items": "6", "minutes": "36 phút", "broadcasts": "18", "listeners": "1.900"}, period=RULE)

    c = case(F, "binhlu_reference_date", "ordinary", "Cites the office's letter with its date (a Monday), which is not the period")
    mail(c, sender=P["binh_lu"], subject="Báo cáo kết quả tuyên truyền tuần", date=D(2021, 7, 8, 10, 0),
         body="""Kính gửi Phòng Văn hóa và Thông tin huyện.
Thực hiện Công văn số 245/VHTT ngày 05/7/2021 của Phòng Văn hóa và Thông tin về tăng cường tuyên truyền phòng chống dịch Covid-19, UBND xã Bình Lư báo cáo kết quả tuần:
- Số tin, bài: 11
- Độ dài: 66 phút
- Số lượt phát sóng: 33
- Ước số người nghe: 3.300 người
Trân trọng.
Giàng A Sử - ĐT 0978 203 661
""")
    c.rep("binh_lu", WP, {"items": "11", "minutes": "66 phút", "broadcasts": "33", "listeners": "3.300"}, period=RULE)

    c = case(F, "nungnang_saturday_grace", "ordinary", "Sent Saturday 09:00 from a phone: still within the 48 h grace of Thursday")
    mail(c, sender=P["nung_nang_g"], subject="bao cao tuan xa Nung Nang", date=D(2021, 8, 7, 9, 0),
         body="""Em gửi muộn ạ, báo cáo tuần xã Nùng Nàng
- số tin bài: 5
- thời lượng: 32 phút
- lượt phát sóng: 15
- người nghe: 1.250
Páo
""")
    c.rep("nung_nang", WP, {"items": "5", "minutes": "32 phút", "broadcasts": "15", "listeners": "1.250"}, period=RULE)

    c = case(F, "hothau_more_than", "ordinary", "Listeners 'hơn 2.000' (an estimate by nature, taken as written)")
    mail(c, sender=P["ho_thau"], subject="BC TUYEN TRUYEN TUAN", date=D(2021, 8, 12, 14, 30),
         body="""XÃ HỒ THẦU BÁO CÁO TUẦN:
- SỐ TIN BÀI: 8
- ĐỘ DÀI: 48 PHÚT
- SỐ LƯỢT PHÁT SÓNG: 24
- NGƯỜI NGHE: hơn 2.000 người
CHẢO LÁO LỞ
""")
    c.rep("ho_thau", WP, {"items": "8", "minutes": "48", "broadcasts": "24", "listeners": ("hơn 2.000", 2000)}, period=RULE)

    c = case(F, "sonbinh_2_nghin_5", "ordinary", "Listeners written '2 nghìn 5' (2,500)")
    mail(c, sender=P["son_binh"], subject="Báo cáo tuần Sơn Bình", date=D(2021, 9, 29, 20, 0),
         body="""Em gửi báo cáo tuần ạ:
- Tin, bài: 8
- Thời lượng: 48 phút
- Số lượt phát: 24
- Số người nghe: khoảng 2 nghìn 5
Thu - Sơn Bình
""")
    c.rep("son_binh", WP, {"items": "8", "minutes": "48 phút", "broadcasts": "24", "listeners": ("2 nghìn 5", 2500)}, period=RULE)

    c = case(F, "khunha_decimal_hours", "ordinary", "Duration '1,5 giờ' (90 minutes)")
    mail(c, sender=P["khun_ha"], subject="Báo cáo tuyên truyền tuần", date=D(2021, 3, 4, 11, 20),
         body="""Xã Khun Há báo cáo tuần:
- Số tin, bài: 10
- Thời lượng: 1,5 giờ
- Số lượt phát sóng: 30
- Ước số người nghe: 1.800
Tao Văn Phong
""")
    c.rep("khun_ha", WP, {"items": "10", "minutes": ("1,5 giờ", 90), "broadcasts": "30", "listeners": "1.800"}, period=RULE)


def register():
    labelled()
    prose()
    replies()
    html_bodies()
    misc()
