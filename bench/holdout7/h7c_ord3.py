"""Ordinary cases, part 3: plans, letterhead-only units, chat pastes, non-reports."""
import base64
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

from h7c_ord1 import ALL_UNITS, reminder_text
from h7docs import Docx, pdf_text, xlsx
from h7lib import (RULE, D, OFFICE, PEOPLE, SM, WP, Att, Person, _addr, _hdr, case, mail, mid_of, quote_gmail,
                   quote_zimbra)

P = PEOPLE
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
QH = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def plans():
    F = "plans"
    c = case(F, "banbo_ke_hoach_tuan_toi", "ordinary", "Next week's plan alone ('dự kiến' figures): not a report")
    mail(c, sender=P["ban_bo"], subject="Kế hoạch tuyên truyền tuần tới - xã Bản Bo", date=D(2021, 10, 22, 9, 0),
         body="""Dạ em gửi KẾ HOẠCH tuyên truyền tuần tới của xã Bản Bo ạ:
- Nội dung: tuyên truyền tiêm vắc xin phòng Covid-19 mũi 2, phòng chống cháy rừng mùa khô, an toàn giao thông.
- Dự kiến phát 8 tin, bài; thời lượng khoảng 50 phút; 24 lượt phát sóng trên hệ thống loa các bản.
Báo cáo kết quả em sẽ gửi vào thứ Năm ạ.
Hương
""")

    c = case(F, "ttd_docx_ke_hoach_thang", "ordinary", "A monthly propaganda plan (docx) with targets (chỉ tiêu): not a report")
    d = Docx(author="Mai")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "UBND THỊ TRẤN TAM ĐƯỜNG"], QH, so="Số: 87/KH-UBND", place_date="Tam Đường, ngày 04 tháng 10 năm 2021")
    d.p("KẾ HOẠCH", bold=True, center=True)
    d.p("Tuyên truyền tháng 10/2021", bold=True, center=True)
    d.p("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    d.p("Tuyên truyền kịp thời các chủ trương của Đảng, chính sách pháp luật của Nhà nước, công tác phòng chống dịch Covid-19 đến Nhân dân các tổ dân phố.", indent=True)
    d.p("II. CHỈ TIÊU", bold=True)
    d.table([["Nội dung", "Chỉ tiêu tháng"], ["Số tin, bài", "60"], ["Thời lượng (phút)", "360"], ["Số lượt phát sóng", "180"]])
    d.p("III. TỔ CHỨC THỰC HIỆN", bold=True)
    d.p("Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với các tổ dân phố triển khai thực hiện; báo cáo kết quả hằng tuần về Phòng Văn hóa và Thông tin huyện.", indent=True)
    d.signature(["Nơi nhận:", "- Phòng VH&TT huyện;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đỗ Văn Hải"])
    data, text = d.save()
    mail(c, sender=P["tt_tam_duong"], subject="Kế hoạch tuyên truyền tháng 10/2021", date=D(2021, 10, 4, 10, 0),
         body="Kính gửi Phòng VH&TT,\nThị trấn Tam Đường gửi Kế hoạch tuyên truyền tháng 10/2021.\nTrân trọng.\nMai\n",
         atts=[Att("87-KH tuyen truyen thang 10.docx", data, DOCX, text)])

    c = case(F, "dai_chuong_trinh_tuan_toi", "ordinary", "The station's programme schedule for next week (xlsx): not a report")
    rows = [["ĐÀI TRUYỀN THANH - TRUYỀN HÌNH HUYỆN TAM ĐƯỜNG"], ["CHƯƠNG TRÌNH PHÁT SÓNG TUẦN TỚI (từ 13/11 đến 19/11/2021)"], [],
            ["Ngày", "Giờ phát", "Nội dung", "Thời lượng (phút)"]]
    days = ["Thứ Bảy 13/11", "Chủ nhật 14/11", "Thứ Hai 15/11", "Thứ Ba 16/11", "Thứ Tư 17/11", "Thứ Năm 18/11", "Thứ Sáu 19/11"]
    for i, dd in enumerate(days):
        rows.append([dd, "17h30", ["Thời sự huyện", "Chuyên mục Nông thôn mới", "Thời sự huyện", "Chuyên mục Pháp luật và đời sống",
                                   "Thời sự huyện", "Chuyên mục Dân tộc - Miền núi", "Thời sự huyện"][i], 30])
    rows.append([None, None, "Tổng thời lượng dự kiến", 210])
    data, text = xlsx([dict(name="Lich phat song", rows=rows, bold=[1, 2, 4], border_from=4)], author="Dai TTTH")
    mail(c, sender=P["dai_th_th"], subject="Chương trình phát sóng tuần tới", date=D(2021, 11, 12, 14, 0),
         body="Kính gửi Phòng VH&TT, Đài gửi chương trình phát sóng tuần tới để Phòng nắm.\nTrân trọng!\n",
         atts=[Att("Chuong trinh phat song tuan toi.xlsx", data, XLSX, text)])

    c = case(F, "binhlu_phan_dau_bluezone", "ordinary", "Plan with 'phấn đấu' and 'chỉ tiêu' for Bluezone installs, in lowercase: not a report")
    mail(c, sender=P["binh_lu"], subject="kế hoạch tuyên truyền cài đặt Bluezone", date=D(2021, 3, 9, 9, 0),
         body="""Kính gửi phòng VH&TT.
Xã Bình Lư gửi kế hoạch tuyên truyền cài đặt ứng dụng Bluezone:
- chỉ tiêu: 100% cán bộ, công chức xã cài đặt; phấn đấu đến 30/4/2021 có 1.500 người dân cài đặt.
- giao các bản thành lập nhóm Zalo, dự kiến 12 nhóm, mỗi tuần đăng ít nhất 2 tin bài hướng dẫn.
- trạm truyền thanh xã phát thông báo hướng dẫn 2 lần/ngày.
Giàng A Sử
""")

    c = case(F, "giangma_results_then_plan", "ordinary", "Results followed by 'Kế hoạch tuần tới: dự kiến ...': only the results count")
    mail(c, sender=P["giang_ma"], subject="Báo cáo tuyên truyền tuần và kế hoạch tuần tới", date=D(2021, 5, 27, 10, 0),
         body="""Kính gửi Phòng VH&TT,
1. Kết quả tuyên truyền tuần:
- Số tin, bài: 8
- Độ dài: 48 phút
- Số lượt phát sóng: 24
- Ước số người nghe: 2.450
2. Kế hoạch tuần tới: dự kiến 10 tin bài, thời lượng 60 phút, 30 lượt phát sóng; tập trung tuyên truyền kết quả bầu cử.
Phàn Thị Dung
""")
    c.rep("giang_ma", WP, {"items": "8", "minutes": "48 phút", "broadcasts": "24", "listeners": "2.450"}, period=RULE)

    c = case(F, "khunha_results_then_caps_plan", "ordinary", "Results, then 'PHƯƠNG HƯỚNG, NHIỆM VỤ TUẦN TỚI' in capitals with a target: only the results count")
    mail(c, sender=P["khun_ha"], subject="Báo cáo tuần xã Khun Há", date=D(2021, 6, 10, 15, 40),
         body="""Gửi phòng VH&TT.
I. KẾT QUẢ
Số tin bài: 6
Độ dài: 36 phút
Số lượt phát sóng: 18
Số người nghe: 1.250
II. PHƯƠNG HƯỚNG, NHIỆM VỤ TUẦN TỚI
TIẾP TỤC TUYÊN TRUYỀN PHÒNG CHỐNG DỊCH, MƯA LŨ; CHỈ TIÊU 25 LƯỢT PHÁT SÓNG, 8 TIN BÀI.
Tao Văn Phong
""")
    c.rep("khun_ha", WP, {"items": "6", "minutes": "36 phút", "broadcasts": "18", "listeners": "1.250"}, period=RULE)

    c = case(F, "sonbinh_docx_ket_qua_nhiem_vu", "ordinary", "docx with 'I. KẾT QUẢ' and 'II. NHIỆM VỤ TRỌNG TÂM TUẦN TỚI' (dự kiến figures)")
    d = Docx(author="Thu")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ SƠN BÌNH"], QH, place_date="Sơn Bình, ngày 15 tháng 7 năm 2021")
    d.p("BÁO CÁO", bold=True, center=True)
    d.p("Kết quả tuyên truyền tuần", bold=True, center=True)
    d.p("I. KẾT QUẢ", bold=True)
    d.p("- Số tin, bài: 7", indent=True)
    d.p("- Thời lượng: 42 phút", indent=True)
    d.p("- Số lượt phát sóng: 21", indent=True)
    d.p("- Ước số người nghe: 1.600", indent=True)
    d.p("II. NHIỆM VỤ TRỌNG TÂM TUẦN TỚI", bold=True)
    d.p("- Dự kiến phát 9 tin, bài, thời lượng 54 phút, 27 lượt phát sóng về phòng chống dịch Covid-19 và mưa lũ.", indent=True)
    d.signature(["Nơi nhận:", "- Phòng VH&TT;", "- Lưu."], ["NGƯỜI BÁO CÁO", "", "Lê Thị Thu"])
    data, text = d.save()
    mail(c, sender=P["son_binh"], subject="Báo cáo tuần xã Sơn Bình", date=D(2021, 7, 15, 9, 0), body="Em gửi báo cáo tuần ạ.\nThu\n",
         atts=[Att("BC tuan Son Binh.docx", data, DOCX, text)])
    c.rep("son_binh", WP, {"items": "7", "minutes": "42 phút", "broadcasts": "21", "listeners": "1.600"}, period=RULE)

    c = case(F, "nungnang_body_results_plan_xlsx", "ordinary", "Results in the body, next week's plan as an xlsx attachment; late but within grace")
    data, text = xlsx([dict(name="KH", rows=[["KẾ HOẠCH TUYÊN TRUYỀN TUẦN TỚI - XÃ NÙNG NÀNG"], [],
                                            ["Nội dung", "Dự kiến"], ["Số tin, bài", 8], ["Thời lượng (phút)", 48],
                                            ["Số lượt phát sóng", 24]], bold=[1, 3], border_from=3)], author="Pao")
    mail(c, sender=P["nung_nang"], subject="Bao cao tuan + ke hoach tuan toi", date=D(2021, 8, 5, 16, 20),
         body="""Gui phong VH&TT.
Ket qua tuyen truyen tuan xa Nung Nang:
- so tin bai: 6
- thoi luong: 36 phut
- so luot phat song: 18
- so nguoi nghe: 1.500
Ke hoach tuan toi em gui file kem theo.
Pao
""", atts=[Att("KH tuan toi.xlsx", data, XLSX, text)])
    c.rep("nung_nang", WP, {"items": "6", "minutes": "36 phut", "broadcasts": "18", "listeners": "1.500"}, period=RULE)


def letterhead():
    F = "letterhead"
    c = case(F, "banbo_gmail_docx_letterhead", "ordinary", "Personal Gmail; only the docx letterhead 'UBND XÃ BẢN BO' (under 'UBND HUYỆN TAM ĐƯỜNG') names the unit")
    d = Docx(author="Huong")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ BẢN BO"], QH, so="Số:    /BC-UBND", place_date="ngày 22 tháng 7 năm 2021")
    d.p("BÁO CÁO", bold=True, center=True)
    d.p("Kết quả tuyên truyền tuần", bold=True, center=True)
    d.p("Số tin, bài: 8; độ dài: 50 phút; số lần phát sóng: 24; ước số người nghe: 2.200 người.", indent=True)
    d.signature(["Nơi nhận:", "- Phòng VH&TT;", "- Lưu: VP."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lò Văn Pấng"])
    data, text = d.save()
    mail(c, sender=P["ban_bo_g"], subject="bao cao tuan", date=D(2021, 7, 22, 10, 5), body="Em gửi báo cáo ạ\n",
         atts=[Att("BC tuan.docx", data, DOCX, text)])
    c.rep("ban_bo", WP, {"items": "8", "minutes": "50 phút", "broadcasts": "24", "listeners": "2.200"}, period=RULE)

    c = case(F, "hothau_yahoo_pdf_signature_block", "ordinary", "Personal Yahoo; the PDF has no letterhead, only the signature block 'TM. UBND XÃ HỒ THẦU'")
    data, text = pdf_text([
        ("c", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", True), ("gap", 4),
        ("l", "- Số tin, bài: 6"), ("l", "- Độ dài: 38 phút"), ("l", "- Số lần phát sóng: 18"), ("l", "- Ước số người nghe: 1.050 người"),
        ("gap", 8), ("two", ["", "", "", "", ""], ["TM. UBND XÃ HỒ THẦU", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Tẩn Láo Sử"]),
    ], title="bao cao")
    mail(c, sender=P["ho_thau_y"], subject="bao cao", date=D(2021, 9, 16, 9, 40), body="Gui phong bao cao tuan\n",
         atts=[Att("baocao tuan.pdf", data, PDF, text)])
    c.rep("ho_thau", WP, {"items": "6", "minutes": "38 phút", "broadcasts": "18", "listeners": "1.050"}, period=RULE)

    c = case(F, "giangma_gmail_two_line_letterhead", "ordinary", "Personal Gmail; letterhead 'ỦY BAN NHÂN DÂN / XÃ GIANG MA' on two lines")
    d = Docx(author="Dung")
    d.letterhead(["ỦY BAN NHÂN DÂN", "XÃ GIANG MA"], QH, so="Số: 156/BC-UBND", place_date="Giang Ma, ngày 01 tháng 12 năm 2021")
    d.p("BÁO CÁO", bold=True, center=True)
    d.p("Kết quả công tác tuyên truyền tuần", bold=True, center=True)
    d.table([["STT", "Nội dung", "Kết quả"], ["1", "Số tin, bài", "10"], ["2", "Độ dài tin, bài (phút)", "60"],
             ["3", "Số lượt phát sóng", "30"], ["4", "Ước số người nghe", "2.950"]])
    d.signature(["Nơi nhận:", "- Phòng VH&TT huyện;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lý Văn Thắng"])
    data, text = d.save()
    mail(c, sender=P["giang_ma_g"], subject="Báo cáo tuần", date=D(2021, 12, 1, 17, 30), body="Dạ em gửi anh báo cáo tuần ạ.\n",
         atts=[Att("156-BC.docx", data, DOCX, text)])
    c.rep("giang_ma", WP, {"items": "10", "minutes": "60", "broadcasts": "30", "listeners": "2.950"}, period=RULE)

    c = case(F, "nungnang_gmail_xlsx_title", "ordinary", "Personal Gmail; the workbook's first cell 'UBND XÃ NÙNG NÀNG' names the unit")
    data, text = xlsx([dict(name="Sheet1", rows=[["UBND XÃ NÙNG NÀNG"], ["BÁO CÁO TUYÊN TRUYỀN TUẦN"], [],
                                                ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Số người nghe"],
                                                [5, 32, 15, 1350]], bold=[1, 2, 4], border_from=4)], author="Pao")
    mail(c, sender=P["nung_nang_g"], subject="bc tuan", date=D(2021, 3, 11, 8, 10), body="Em gui bc a\n",
         atts=[Att("bc.xlsx", data, XLSX, text)])
    c.rep("nung_nang", WP, {"items": "5", "minutes": "32", "broadcasts": "15", "listeners": "1350"}, period=RULE)

    c = case(F, "taleng_gmail_docx_letterhead", "ordinary", "Personal Gmail signed only with a first name; the docx letterhead names Tả Lèng under the district")
    d = Docx(author="Chien")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ TẢ LÈNG"], QH, so="Số: 71/BC-UBND", place_date="Tả Lèng, ngày 03 tháng 6 năm 2021")
    d.p("BÁO CÁO", bold=True, center=True)
    d.p("Kết quả tuyên truyền tuần", bold=True, center=True)
    d.p("Thực hiện chỉ đạo của Phòng Văn hóa và Thông tin huyện, UBND xã báo cáo kết quả tuyên truyền trong tuần như sau:", indent=True)
    d.p("- Số lượng tin, bài: 9", indent=True)
    d.p("- Độ dài tin, bài: 55 phút", indent=True)
    d.p("- Số lượng phát sóng: 27 lượt", indent=True)
    d.p("- Ước số lượng người nghe: 2.500 người", indent=True)
    d.signature(["Nơi nhận:", "- Phòng VH&TT huyện;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Giàng A Chơ"])
    data, text = d.save()
    mail(c, sender=P["ta_leng_g"], subject="BC tuần", date=D(2021, 6, 3, 15, 55), body="Gửi anh Sáng file báo cáo.\nChiến\n",
         atts=[Att("71-BC.docx", data, DOCX, text)])
    c.rep("ta_leng", WP, {"items": "9", "minutes": "55 phút", "broadcasts": "27", "listeners": "2.500"}, period=RULE)

    c = case(F, "gmail_letterhead_vs_signature", "ordinary", "Neutral Gmail; letterhead says Bản Hon but the signature block says Bản Giang (copied template): held, unit unknown")
    d = Docx(author="Anh")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ BẢN HON"], QH, so="Số:    /BC-UBND", place_date="ngày 19 tháng 8 năm 2021")
    d.p("BÁO CÁO", bold=True, center=True)
    d.p("Kết quả tuyên truyền tuần", bold=True, center=True)
    d.p("- Số tin, bài: 7", indent=True)
    d.p("- Độ dài: 42 phút", indent=True)
    d.p("- Số lượt phát sóng: 21", indent=True)
    d.p("- Ước số người nghe: 1.600", indent=True)
    d.signature(["Nơi nhận:", "- Phòng VH&TT;", "- Lưu: VP."], ["TM. UBND XÃ BẢN GIANG", "CHỦ TỊCH", "", ""])
    data, text = d.save()
    mail(c, sender=Person("Ánh", "anhtt1992@gmail.com", "gmail"), subject="bao cao tuan", date=D(2021, 8, 19, 14, 0),
         body="Em gửi báo cáo tuần ạ\n", atts=[Att("bao cao tuan.docx", data, DOCX, text)])
    c.rep(None, WP, {"items": "7", "minutes": "42 phút", "broadcasts": "21", "listeners": "1.600"}, status="needs_review", period=RULE)


def chat():
    F = "chat"
    c = case(F, "sonbinh_zalo_timestamps", "ordinary", "Zalo lines pasted with timestamps and names, one figure a line, short labels ('tg', 'ps', 'ng nghe')")
    mail(c, sender=P["son_binh_g"], subject="bc tuần Sơn Bình", date=D(2021, 8, 12, 9, 20),
         body="""Em copy từ zalo nhóm sang ạ

[09:02, 12/8/2021] Thu Lê VHXH Sơn Bình: Dạ em báo cáo tuần này ạ
[09:02, 12/8/2021] Thu Lê VHXH Sơn Bình: tin bài 6
[09:03, 12/8/2021] Thu Lê VHXH Sơn Bình: tg 42 phút
[09:03, 12/8/2021] Thu Lê VHXH Sơn Bình: ps 21 lượt
[09:04, 12/8/2021] Thu Lê VHXH Sơn Bình: ng nghe 1.700 👍
""")
    c.rep("son_binh", WP, {"items": "6", "minutes": "42 phút", "broadcasts": "21", "listeners": "1.700"}, period=RULE)

    c = case(F, "natam_abbrev_lines", "ordinary", "Phone mail with abbreviations 'tb', 'tl', 'ps', 'ng nghe', one a line")
    mail(c, sender=P["na_tam_g"], subject="Na Tam bc tuan", date=D(2021, 11, 24, 19, 40),
         body="""Na Tam bc tuan
tb: 5
tl: 35 phut
ps: 14 lan
ng nghe: 1.100
ok a
""")
    c.rep("na_tam", WP, {"items": "5", "minutes": "35 phut", "broadcasts": "14", "listeners": "1.100"}, period=RULE)

    c = case(F, "khunha_emoji", "ordinary", "Emoji bullets, 'Ng nghe khoảng ...'")
    mail(c, sender=P["khun_ha"], subject="📢 Báo cáo tuần Khun Há", date=D(2021, 7, 22, 10, 15),
         body="""📢 Báo cáo tuần Khun Há
✅ Tin bài: 7
✅ Thời lượng: 44 phút
✅ Phát sóng: 21 lượt
👂 Ng nghe khoảng 1.600 người
🙏 Em cảm ơn ạ
""")
    c.rep("khun_ha", WP, {"items": "7", "minutes": "44 phút", "broadcasts": "21", "listeners": "1.600"}, period=RULE)

    c = case(F, "banhon_zalo_pc_both_forms", "ordinary", "Zalo PC paste with a radio line and a social-media line ('tb đăng nhóm', 'tin giả ko có')")
    mail(c, sender=P["ban_hon"], subject="BC tuần xã Bản Hon", date=D(2021, 9, 30, 15, 10),
         body="""Em gửi anh tin nhắn zalo báo cáo của xã ạ:

[14:55] Ánh Tao: truyền thanh: 6 tin bài / 40 phút / 18 lượt phát / 1.300 ng nghe
[14:57] Ánh Tao: MXH: 10 nhóm zalo, 1.230 thành viên, tb đăng nhóm 14, bluezone 85 người cài, tin giả ko có
""")
    c.rep("ban_hon", WP, {"items": "6", "minutes": "40 phút", "broadcasts": "18", "listeners": "1.300"}, period=RULE)
    c.rep("ban_hon", SM, {"groups": "10", "group_members": "1.230", "posts": "14", "bluezone_installs": "85",
                          "fake_news": ("ko có", 0)}, period=RULE)

    c = case(F, "ttd_zalo_correction", "ordinary", "Chat lines where the sender corrects one figure a few minutes later ('à em nhầm'): the correction is recorded")
    mail(c, sender=P["tt_tam_duong"], subject="Báo cáo tuần TT Tam Đường (zalo)", date=D(2021, 12, 16, 10, 0),
         body="""Em gửi lại tin nhắn zalo báo cáo tuần của thị trấn ạ:
[09:41] Mai TT: tin bài 11
[09:41] Mai TT: thời lượng 66p
[09:42] Mai TT: ps 33 lượt
[09:42] Mai TT: người nghe 4.000
[09:45] Mai TT: à em nhầm, ps 36 lượt ạ
""")
    c.rep("tt_tam_duong", WP, {"items": "11", "minutes": ("66p", 66), "broadcasts": "36", "listeners": "4.000"}, period=RULE)

    c = case(F, "binhlu_tb_tg_ps", "ordinary", "Abbreviations 'tb', 'tg 1h10', 'ps', 'ng nghe'")
    mail(c, sender=P["binh_lu"], subject="bc tuan Binh Lu", date=D(2021, 12, 15, 16, 5),
         body="""Xã Bình Lư bc tuần:
tb 8
tg 1h10
ps 24 lượt
ng nghe 2.500
Sử
""")
    c.rep("binh_lu", WP, {"items": "8", "minutes": ("1h10", 70), "broadcasts": "24", "listeners": "2.500"}, period=RULE)

    c = case(F, "bangiang_one_line_units", "ordinary", "All four figures on one dashed line, each with its unit word")
    mail(c, sender=P["ban_giang"], subject="Bản Giang bc tuần", date=D(2021, 2, 18, 9, 30),
         body="Dạ Bản Giang báo cáo tuần: 8 tin - 50 phút - 21 lượt - 2.000 người nghe ạ 🙏\nLan\n")
    c.rep("ban_giang", WP, {"items": "8", "minutes": "50 phút", "broadcasts": "21", "listeners": "2.000"}, period=RULE)

    c = case(F, "hothau_zalo_social", "ordinary", "Zalo paste of the social-media form with timestamps")
    mail(c, sender=P["ho_thau"], subject="BC MXH TUAN", date=D(2021, 12, 23, 9, 0),
         body="""[08:40, 23/12/2021] Chảo Lở: xã Hồ Thầu báo cáo MXH
[08:40, 23/12/2021] Chảo Lở: nhóm zalo 7 nhóm
[08:41, 23/12/2021] Chảo Lở: thành viên 860
[08:41, 23/12/2021] Chảo Lở: đăng 9 tin bài
[08:42, 23/12/2021] Chảo Lở: cài Bluezone 120 người
[08:42, 23/12/2021] Chảo Lở: tin giả 0
""")
    c.rep("ho_thau", SM, {"groups": "7", "group_members": "860", "posts": "9", "bluezone_installs": "120", "fake_news": "0"}, period=RULE)


def _bounce(c, date, orig_to: Person, orig_subject, orig_text):
    """A Postfix-style delivery status notification for the office's own reminder."""
    from h7lib import encode_cp1258  # noqa: F401  (keep imports explicit)
    orig = MIMEText(orig_text, "plain", "utf-8")
    orig["Date"] = format_datetime(D(date.year, date.month, date.day, 15, 0))
    orig["From"] = _addr(OFFICE)
    orig["To"] = _addr(orig_to)
    orig["Message-ID"] = mid_of("orig-" + c.name)
    orig["Subject"] = _hdr(orig_subject)
    rep = MIMEMultipart("report", boundary=f"{c.name}.1631/mail.laichau.gov.vn")
    rep.set_param("report-type", "delivery-status")
    note = (f"This is the mail system at host mail.laichau.gov.vn.\n\nI'm sorry to have to inform you that your message could not\n"
            f"be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            f"                   The mail system\n\n<{orig_to.addr}>: mailbox for user is full; try again later\n")
    t = MIMEText(note, "plain", "us-ascii")
    t.set_param("charset", "us-ascii")
    del t["MIME-Version"]
    t["Content-Description"] = "Notification"
    rep.attach(t)
    ds = MIMEBase("message", "delivery-status")
    del ds["MIME-Version"]
    m1, m2 = Message(), Message()
    m1["Reporting-MTA"] = "dns; mail.laichau.gov.vn"
    m1["Arrival-Date"] = format_datetime(D(date.year, date.month, date.day, 15, 0))
    m2["Final-Recipient"] = f"rfc822; {orig_to.addr}"
    m2["Action"] = "failed"
    m2["Status"] = "5.2.2"
    m2["Diagnostic-Code"] = "x-unix; mailbox for user is full"
    ds.set_payload([m1, m2])
    ds["Content-Description"] = "Delivery report"
    rep.attach(ds)
    om = MIMEMessage(orig)
    del om["MIME-Version"]
    om["Content-Description"] = "Undelivered Message"
    rep.attach(om)
    rep["Date"] = format_datetime(date)
    rep["From"] = "MAILER-DAEMON@laichau.gov.vn (Mail Delivery System)"
    rep["To"] = OFFICE.addr
    rep["Message-ID"] = mid_of("bounce-" + c.name, "mail.laichau.gov.vn")
    rep["Subject"] = "Undelivered Mail Returned to Sender"
    rep["Auto-Submitted"] = "auto-replied"
    del rep["MIME-Version"]
    rep["MIME-Version"] = "1.0"
    for k in ("Content-Type",):
        v = rep[k]
        del rep[k]
        rep[k] = v
    c.raw = rep.as_bytes()
    c.date = date
    c.texts += [note, orig_text, orig_subject]


def nonreports():
    F = "nonreports"
    c = case(F, "banbo_zimbra_out_of_office", "ordinary", "Zimbra out-of-office auto-reply to the reminder")
    mail(c, sender=P["ban_bo"], subject="Trả lời tự động: Đôn đốc báo cáo kết quả tuyên truyền tuần", date=D(2021, 4, 29, 9, 1),
         headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
         in_reply_to=mid_of("reminder-0428"),
         body="Tôi đang nghỉ phép từ ngày 29/4 đến hết ngày 03/5/2021. Các công việc cần giải quyết gấp xin liên hệ đồng chí Lò Văn Pấng, Phó Chủ tịch UBND xã, số điện thoại 0912 330 517.\nTrân trọng!\n")

    c = case(F, "bounce_mailbox_full", "ordinary", "Delivery failure of the office's reminder (multipart/report with the original attached)")
    _bounce(c, D(2021, 7, 14, 15, 2), P["then_sin"], "Đôn đốc báo cáo kết quả tuyên truyền tuần", reminder_text(D(2021, 7, 15)))

    c = case(F, "so_tttt_newsletter", "ordinary", "Provincial bulletin with province-wide figures (bulk mail)")
    html = """<html><body><h2>BẢN TIN THÔNG TIN CƠ SỞ SỐ 15/2021</h2>
<p>Sở Thông tin và Truyền thông tỉnh Lai Châu</p>
<p>Trong tháng 02/2021, hệ thống truyền thanh cơ sở toàn tỉnh đã phát 1.250 tin, bài với tổng thời lượng 7.800 phút, 3.600 lượt phát sóng, phục vụ khoảng 320.000 người nghe.</p>
<p>Tỷ lệ cài đặt ứng dụng Bluezone toàn tỉnh đạt 18,6% dân số.</p>
<p>Để hủy nhận bản tin, vui lòng trả lời thư này với tiêu đề "Hủy đăng ký".</p></body></html>"""
    mail(c, sender=Person("Sở Thông tin và Truyền thông Lai Châu", "bantin.stttt@laichau.gov.vn", "zimbra"),
         subject="Bản tin Thông tin cơ sở số 15/2021", date=D(2021, 3, 15, 8, 0), html=html,
         headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:bantin.stttt@laichau.gov.vn?subject=unsubscribe>")])

    c = case(F, "ttd_question_form", "ordinary", "A question about whether the social-media form is weekly")
    mail(c, sender=P["tt_tam_duong"], subject="Hỏi về biểu mẫu báo cáo mạng xã hội", date=D(2021, 8, 10, 14, 20),
         body="Em chào anh Sáng,\nAnh cho em hỏi biểu báo cáo tuyên truyền trên mạng xã hội (số nhóm Zalo, thành viên, tin bài đăng tải, Bluezone, tin giả) thì có phải gửi hằng tuần cùng báo cáo truyền thanh không ạ, hay chỉ gửi khi Phòng yêu cầu?\nEm cảm ơn anh.\nMai\n")

    c = case(F, "office_reminder", "ordinary", "The office's own reminder to all units (from the office's address)")
    mail(c, sender=OFFICE, to=[ALL_UNITS], subject="Đôn đốc báo cáo kết quả tuyên truyền tuần", date=D(2021, 10, 20, 15, 0),
         body=reminder_text(D(2021, 10, 21)))

    c = case(F, "request_letter_forwarded", "ordinary", "The district office forwards a request letter that lists the labels of the form")
    letter = """UBND HUYỆN TAM ĐƯỜNG
PHÒNG VĂN HÓA VÀ THÔNG TIN
Số: 18/VHTT
V/v tăng cường công tác tuyên truyền phòng chống dịch Covid-19 và cài đặt Bluezone

Kính gửi:
- Đài Truyền thanh - Truyền hình huyện;
- UBND các xã, thị trấn.

Phòng Văn hóa và Thông tin huyện đề nghị các đơn vị xây dựng tin, bài phát trên hệ thống truyền thanh cơ sở; hướng dẫn Nhân dân cài đặt ứng dụng Bluezone; báo cáo nhanh kết quả tuyên truyền (trong đó nêu rõ số lượng tin, bài; độ dài tin, bài; số lượng phát sóng; ước số lượng người nghe) về Phòng qua địa chỉ email sangnq.tamduong@laichau.gov.vn trước 16h00 thứ Năm hằng tuần.

TRƯỞNG PHÒNG
Đỗ Trọng Thi"""
    mail(c, sender=Person("Văn phòng HĐND và UBND huyện", "vanphong.tamduong@laichau.gov.vn", "zimbra"),
         subject="Fwd: V/v tăng cường công tác tuyên truyền phòng chống dịch Covid-19 và cài đặt Bluezone",
         date=D(2021, 2, 1, 10, 0),
         body="Văn phòng chuyển Phòng VH&TT văn bản để theo dõi, đôn đốc thực hiện.\n\n----- Thư được chuyển tiếp -----\nTừ: \"Phòng Văn hóa và Thông tin\" <vanhoa.tamduong@laichau.gov.vn>\nĐã gửi: Thứ Hai, 01 Tháng 2 2021 08:15:02\nChủ đề: V/v tăng cường công tác tuyên truyền phòng chống dịch Covid-19 và cài đặt Bluezone\n\n" + letter + "\n")

    c = case(F, "invitation_meeting", "ordinary", "Invitation to the district's propaganda meeting")
    mail(c, sender=Person("Văn phòng HĐND và UBND huyện", "vanphong.tamduong@laichau.gov.vn", "zimbra"),
         subject="Giấy mời họp giao ban công tác tuyên truyền quý II/2021", date=D(2021, 6, 11, 8, 30),
         body="""Kính gửi: Phòng Văn hóa và Thông tin; Đài TT-TH huyện; UBND các xã, thị trấn.

UBND huyện tổ chức họp giao ban công tác tuyên truyền quý II/2021.
Thời gian: 14h00 ngày 15/6/2021 (thứ Ba).
Địa điểm: Hội trường UBND huyện.
Thành phần: lãnh đạo Phòng VH&TT, Đài TT-TH huyện; công chức Văn hóa - Xã hội 13 xã, thị trấn.
Đề nghị các đơn vị chuẩn bị báo cáo kết quả tuyên truyền 6 tháng đầu năm.

Văn phòng HĐND và UBND huyện
""")

    c = case(F, "ttd_outlook_automatic_reply", "ordinary", "Outlook 'Automatic reply' in English")
    mail(c, sender=P["tt_tam_duong"], subject="Automatic reply: Đôn đốc báo cáo kết quả tuyên truyền tuần", date=D(2021, 7, 22, 9, 0),
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
         body="I am out of the office until 26/07/2021 with limited access to email.\nTôi đang đi công tác đến hết ngày 26/7/2021.\n\nNguyễn Thị Mai\n")

    c = case(F, "banhon_read_receipt", "ordinary", "Outlook read receipt ('Read:') of a report request")
    mail(c, sender=P["ban_hon"], subject="Read: Đề nghị báo cáo kết quả tuyên truyền tuần", date=D(2021, 8, 5, 7, 42),
         headers=[("Auto-Submitted", "auto-replied")],
         body="Your message\n\n  To: UBND các xã, thị trấn\n  Subject: Đề nghị báo cáo kết quả tuyên truyền tuần\n  Sent: Wednesday, August 4, 2021 3:00:00 PM (UTC+07:00) Bangkok, Hanoi, Jakarta\n\nwas read on Thursday, August 5, 2021 7:42:10 AM (UTC+07:00) Bangkok, Hanoi, Jakarta.\n")

    c = case(F, "khunha_promise_later", "ordinary", "'Chiều em gửi' promise without figures")
    mail(c, sender=P["khun_ha"], subject="Báo cáo tuần", date=D(2021, 11, 25, 11, 0),
         body="Dạ anh ơi xã Khun Há đang tổng hợp số liệu, chiều nay trước 16h em gửi báo cáo tuần ạ.\nPhong\n")

    ack = """Phòng VH&TT đã nhận báo cáo tuần của xã Bình Lư:
Số tin, bài: 9; Độ dài: 54 phút; Số lần phát sóng: 27; Số người nghe: 2.700.
Cảm ơn đồng chí."""
    c = case(F, "binhlu_thanks_over_ack", "ordinary", "A thank-you reply over the office's acknowledgment that lists the figures")
    mail(c, sender=P["binh_lu"], subject="Trả lời: Xác nhận báo cáo tuần", date=D(2021, 5, 28, 8, 0),
         in_reply_to=mid_of("ack-bl-0527"),
         body="Dạ vâng em cảm ơn anh ạ.\nSử\n\n" + quote_zimbra(D(2021, 5, 27, 17, 0), OFFICE, P["binh_lu"], "Xác nhận báo cáo tuần", ack, prefixed=True))

    c = case(F, "vendor_quotation", "ordinary", "A vendor's quotation for an IP loudspeaker system (numbers, no report)")
    mail(c, sender=Person("Công ty TNHH Thiết bị Truyền thanh Việt", "kinhdoanh@truyenthanhviet.vn", "gmail"),
         subject="Báo giá hệ thống truyền thanh thông minh ứng dụng CNTT-VT", date=D(2021, 7, 6, 10, 25),
         body="""Kính gửi: Quý Phòng Văn hóa và Thông tin huyện Tam Đường

Công ty xin gửi báo giá hệ thống truyền thanh thông minh:
- Cụm thu phát IP 4G: 15 bộ x 9.800.000 đ
- Loa nén 30W: 30 chiếc x 850.000 đ
- Phần mềm quản lý phát sóng: 1 bộ
Thời gian phát sóng lập lịch tự động 24/7, quản lý 13 xã trên một bản đồ.
Trân trọng cảm ơn!
Phòng Kinh doanh - 0243 566 7788
""")

    c = case(F, "baolaichau_newsletter", "ordinary", "A newspaper's daily news digest")
    html = """<html><body><h3>Báo Lai Châu điện tử - Bản tin sáng 17/11/2021</h3><ul>
<li>Tam Đường: 98% người dân trong độ tuổi được tiêm mũi 1 vắc xin phòng Covid-19</li>
<li>Toàn tỉnh có 1.082 nhóm Zalo bản tuyên truyền phòng chống dịch</li>
<li>Hội nghị trực tuyến tổng kết công tác thông tin cơ sở năm 2021</li></ul>
<p><a href="https://baolaichau.vn">Đọc thêm</a> | <a href="https://baolaichau.vn/unsubscribe">Hủy đăng ký</a></p></body></html>"""
    mail(c, sender=Person("Báo Lai Châu", "bantin@baolaichau.vn", "gmail"), subject="Bản tin sáng 17/11/2021",
         date=D(2021, 11, 17, 6, 0), html=html, headers=[("Precedence", "bulk"), ("List-Id", "<bantin.baolaichau.vn>")])

    c = case(F, "so_tttt_training_invitation", "ordinary", "Invitation to a training course with a docx invitation attached")
    d = Docx(author="STTTT")
    d.letterhead(["UBND TỈNH LAI CHÂU", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], QH, so="Số: 95/GM-STTTT", place_date="Lai Châu, ngày 06 tháng 9 năm 2021")
    d.p("GIẤY MỜI", bold=True, center=True)
    d.p("Tập huấn nghiệp vụ thông tin cơ sở năm 2021", bold=True, center=True)
    d.p("Sở Thông tin và Truyền thông trân trọng kính mời: Lãnh đạo Phòng Văn hóa và Thông tin huyện Tam Đường và 01 công chức phụ trách thông tin cơ sở tham dự lớp tập huấn.", indent=True)
    d.p("Thời gian: 02 ngày, từ 8h00 ngày 20/9/2021 đến 21/9/2021. Địa điểm: Hội trường Sở, tầng 3.", indent=True)
    data, text = d.save()
    mail(c, sender=Person("Sở TT&TT Lai Châu", "stttt@laichau.gov.vn", "zimbra"), subject="Giấy mời tập huấn nghiệp vụ thông tin cơ sở",
         date=D(2021, 9, 6, 14, 0), body="Kính gửi Phòng VH&TT huyện Tam Đường, Sở gửi Giấy mời (kèm theo).\n",
         atts=[Att("95-GM-STTTT.docx", data, DOCX, text)])

    c = case(F, "taleng_question_bluezone_count", "ordinary", "A question about how to count Bluezone installs, with example figures")
    mail(c, sender=P["ta_leng"], subject="Hỏi cách tính số người cài Bluezone", date=D(2021, 10, 12, 9, 30),
         body="Anh Sáng ơi cho em hỏi số người cài Bluezone trong báo cáo tính lũy kế hay chỉ tính trong tuần ạ? Xã em lũy kế đến nay là 1.230 người, trong tuần cài mới 45 người.\nEm cảm ơn anh.\nChiến\n")

    c = case(F, "bangiang_inspection_minutes", "ordinary", "Minutes of an inspection of village loudspeakers (docx), not a weekly report")
    d = Docx(author="Lan")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ BẢN GIANG"], QH, place_date="Bản Giang, ngày 22 tháng 6 năm 2021")
    d.p("BIÊN BẢN", bold=True, center=True)
    d.p("Kiểm tra hệ thống loa truyền thanh các bản", bold=True, center=True)
    d.table([["Bản", "Số cụm loa", "Hoạt động tốt", "Hỏng"], ["Nà Luồng", "2", "2", "0"], ["Nà Bỏ", "2", "1", "1"],
             ["Bản Giang", "3", "3", "0"], ["Cốc Phát", "2", "2", "0"], ["Tổng", "9", "8", "1"]])
    d.p("Đề nghị sửa chữa 01 cụm loa bản Nà Bỏ trước ngày 30/6/2021.", indent=True)
    data, text = d.save()
    mail(c, sender=P["ban_giang"], subject="Biên bản kiểm tra hệ thống loa các bản", date=D(2021, 6, 22, 16, 0),
         body="Em gửi anh biên bản kiểm tra hệ thống loa truyền thanh các bản của xã ạ.\nLan\n",
         atts=[Att("Bien ban kiem tra loa.docx", data, DOCX, text)])

    c = case(F, "office_weekly_summary", "ordinary", "The office's own consolidated report of the week, sent from the office's address")
    rows = [["TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN (từ 12/3 đến 18/3/2021)"], [],
            ["STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lượt phát sóng", "Ước số người nghe"],
            [1, "Thị trấn Tam Đường", 14, 84, 42, 4500], [2, "Xã Bản Bo", 8, 48, 24, 2100], [3, "Xã Bình Lư", 9, 54, 27, 2700],
            [4, "Xã Thèn Sin", 5, 30, 15, 900], [5, "Đài TT-TH huyện", 34, 240, 68, 33000], [None, "Tổng cộng", 70, 456, 176, 43200]]
    data, text = xlsx([dict(name="Tong hop", rows=rows, bold=[1, 3, 9], border_from=3)], author="VHTT")
    mail(c, sender=OFFICE, to=[Person("Phòng Văn hóa và Thông tin", "vanhoa.tamduong@laichau.gov.vn")],
         subject="Tổng hợp kết quả tuyên truyền tuần (12/3 - 18/3/2021)", date=D(2021, 3, 18, 16, 35),
         body="Gửi lãnh đạo Phòng bảng tổng hợp kết quả tuyên truyền tuần để duyệt.\nSáng\n",
         atts=[Att("Tong hop tuan 18-3.xlsx", data, XLSX, text)])

    c = case(F, "gmail_delay_notification", "ordinary", "English 'Delivery Status Notification (Delay)'")
    mail(c, sender=Person("Mail Delivery Subsystem", "mailer-daemon@googlemail.com", "gmail"),
         subject="Delivery Status Notification (Delay)", date=D(2021, 9, 9, 19, 12), cte="7bit",
         headers=[("Auto-Submitted", "auto-replied")],
         body="""** Delivery incomplete **

There was a temporary problem delivering your message to sangnq.tamduong@laichau.gov.vn. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response was:
The recipient server did not accept our requests to connect. [mail.laichau.gov.vn. 113.160.x.x: timed out]
""")

    c = case(F, "sonbinh_new_year_greeting", "ordinary", "Tết greeting card from a commune officer")
    mail(c, sender=P["son_binh"], subject="Chúc mừng năm mới Tân Sửu 2021", date=D(2021, 2, 11, 20, 0),
         body="Nhân dịp Tết Nguyên đán Tân Sửu 2021, em kính chúc anh chị Phòng Văn hóa và Thông tin cùng gia đình một năm mới an khang, thịnh vượng, vạn sự như ý! 🌸🧧\nLê Thị Thu - xã Sơn Bình\n")


def register():
    plans()
    letterhead()
    chat()
    nonreports()
