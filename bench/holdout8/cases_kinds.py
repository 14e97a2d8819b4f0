"""Ordinary cases of the named kinds: sections, negatives, periods, last week, plans,
letterheads, Zalo pastes, merged communes."""
from h8lib import Case, R, W, S, D, Att, make_docx, make_xlsx, make_pdf, quote
from h8people import PEOPLE as PP
from h8docs import nd30_docx, nd30_pdf, simple_xlsx


def mk(fam, name, note, p, subject, date, text=None, reports=(), **kw):
    kw.setdefault("mailer", p.mailer)
    return Case(fam, name, note, kw.pop("frm", p.frm), subject, date, text=text, reports=reports, **kw)


KG = "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu"

# =========================================================================== sections
F = "sections"
p = PP["huong"]
mk(F, "s01_muongkim_social_only", "social-media form alone; 'Số tin, bài đăng tải, chia sẻ trên mạng xã hội' is posts", p,
   "Báo cáo tuyên truyền trên mạng xã hội tuần 47", "2025-11-20 10:00",
   KG + "\n\nPhòng Văn hóa - Xã hội xã Mường Kim báo cáo kết quả tuần 47 như sau:\n\n"
   "TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI\n- Số nhóm Zalo của các bản: 28 nhóm\n- Tổng số thành viên: 4.960\n"
   "- Số tin, bài đăng tải, chia sẻ trên mạng xã hội: 34\n- Số lượt cài đặt Bluezone: 0\n"
   "- Tin giả, tin sai sự thật: 0\n\nTrân trọng!\n" + p.sig,
   [R("muong_kim", S, D("2025-11-20"), {"groups": "28", "group_members": "4.960", "posts": "34",
                                         "bluezone_installs": "0", "fake_news": "0"}, pw="tuần 47")])

p = PP["lam"]
mk(F, "s02_khonglao_both_sections_body", "both forms in the body under I./II. headings; 'Số tin, bài' twice", p,
   "Khổng Lào báo cáo tuần 5/2026", "2026-01-29 09:15",
   "Kính gửi Sở VHTTDL\nXã Khổng Lào báo cáo kết quả tuyên truyền tuần 5/2026:\n\n"
   "I. Truyền thanh cơ sở\n- Số tin, bài: 9\n- Thời lượng: 70 phút\n- Số lượt phát: 21\n- Người nghe: 4.200\n\n"
   "II. Mạng xã hội\n- Số nhóm Zalo: 14\n- Thành viên: 2.350\n- Số tin, bài đăng tải, chia sẻ: 41\n"
   "- Bluezone: 0\n- Tin giả: không\n\n" + p.sig,
   [R("khong_lao", W, D("2026-01-29"), {"items": "9", "minutes": "70", "broadcasts": "21",
                                         "listeners": "4.200"}, pw="tuần 5/2026"),
    R("khong_lao", S, D("2026-01-29"), {"groups": "14", "group_members": "2.350", "posts": "41",
                                         "bluezone_installs": "0", "fake_news": ("không", 0)},
      pw="tuần 5/2026")])

p = PP["dung"]
x, chk = nd30_docx(
    "UBND XÃ TẢ LÈNG", "PHÒNG VĂN HÓA - XÃ HỘI", "22/BC-VHXH", "Tả Lèng, ngày 26 tháng 3 năm 2026",
    "Kết quả công tác thông tin, tuyên truyền tuần 13 năm 2026",
    [("p", "I. Kết quả tuyên truyền trên hệ thống truyền thanh cơ sở", {"bold": True}),
     "- Số tin, bài: 12", "- Độ dài: 80 phút", "- Số lượt phát sóng: 24", "- Ước số người nghe: 3.900",
     ("p", "II. Kết quả tuyên truyền trên mạng xã hội, trang Zalo OA của xã", {"bold": True}),
     "- Số nhóm mạng xã hội đã thành lập: 19", "- Số thành viên: 2.870", "- Số tin, bài đăng tải: 52",
     "- Số lượt cài đặt Bluezone: 0", "- Số vụ tin giả: 0",
     ("p", "III. Nhận xét, đánh giá", {"bold": True}),
     "Công tác tuyên truyền được duy trì thường xuyên; một số bản vùng cao sóng điện thoại yếu."],
    ["*KT. TRƯỞNG PHÒNG", "*PHÓ TRƯỞNG PHÒNG", "", "", "*Giàng Thị Dung"],
    ["- Sở VHTTDL (b/c);", "- TT Đảng ủy xã (b/c);", "- Lưu: VT."], author="VHXH Ta Leng")
mk(F, "s03_taleng_docx_sections", "docx with section I (radio) and section II (social media)", p,
   "BC 22/BC-VHXH tuần 13", "2026-03-26 09:00",
   "Kính gửi Sở,\nPhòng VH-XH xã Tả Lèng gửi báo cáo tuần 13 năm 2026 (đính kèm).\n" + p.sig,
   [R("ta_leng", W, D("2026-03-26"), {"items": "12", "minutes": "80", "broadcasts": "24",
                                       "listeners": "3.900"}, pw="tuần 13 năm 2026"),
    R("ta_leng", S, D("2026-03-26"), {"groups": "19", "group_members": "2.870", "posts": "52",
                                       "bluezone_installs": "0", "fake_news": "0"}, pw="tuần 13 năm 2026")],
   atts=[Att("22.BC-VHXH.docx", x, chk)])

p = PP["nhung"]
x, chk = make_xlsx([
    {"name": "Truyen thanh", "rows": [["XÃ PA TẦN - KẾT QUẢ TUYÊN TRUYỀN TRÊN HỆ THỐNG TRUYỀN THANH TUẦN 26"], [],
                                      ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
                                      [8, 56, 16, 2050]], "bold_rows": [0, 2]},
    {"name": "MXH", "rows": [["XÃ PA TẦN - KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI TUẦN 26"], [],
                             ["Số nhóm", "Số thành viên", "Số tin, bài đăng tải", "Số lượt cài đặt Bluezone",
                              "Số vụ tin giả"], [11, 1730, 23, 0, 0]], "bold_rows": [0, 2]}],
    author="Lo Thi Nhung")
mk(F, "s04_patan_xlsx_two_sheets", "one workbook, a sheet per form", p,
   "Báo cáo tuần 26 - xã Pa Tần", "2026-06-25 10:00",
   "Em gửi báo cáo tuyên truyền tuần 26 (2 sheet truyền thanh và mạng xã hội) ạ.\n" + p.sig,
   [R("pa_tan", W, D("2026-06-25"), {"items": "8", "minutes": "56", "broadcasts": "16",
                                      "listeners": "2050"}, pw="TRUYỀN THANH TUẦN 26"),
    R("pa_tan", S, D("2026-06-25"), {"groups": "11", "group_members": "1730", "posts": "23",
                                      "bluezone_installs": "0", "fake_news": "0"}, pw="MẠNG XÃ HỘI TUẦN 26")],
   atts=[Att("BC tuan 26 Pa Tan.xlsx", x, chk)])

p = PP["ngoc"]
mk(F, "s05_muongkhoa_zalo_oa_section", "social-media report only; its 'Số tin, bài' sits under the Zalo OA/Fanpage heading", p,
   "Báo cáo tuyên truyền trên MXH tuần 42", "2026-10-15 14:30",
   "Kính gửi Sở VHTTDL\nXã Mường Khoa báo cáo kết quả tuyên truyền trên không gian mạng tuần 42:\n\n"
   "* Trang Zalo OA và Fanpage của xã:\n  - Số tin, bài: 18\n* Nhóm Zalo tại các bản:\n"
   "  - Số nhóm Zalo: 16\n  - Thành viên: 2.140\n* Lượt cài đặt Bluezone: 0\n"
   "* Tin giả, tin sai sự thật: chưa phát hiện\n\n" + p.sig,
   [R("muong_khoa", S, D("2026-10-15"), {"groups": "16", "group_members": "2.140", "posts": "18",
                                          "bluezone_installs": "0", "fake_news": ("chưa phát hiện", 0)},
      pw="tuần 42")])

# =========================================================================== negatives
F = "negatives"
p = PP["thao"]
mk(F, "n01_sinsuoiho_tin_gia_khong", "'Tin giả: không' is zero", p,
   "BC mạng xã hội tuần 51 - Sin Suối Hồ", "2025-12-18 09:30",
   "Dạ em gửi báo cáo tuyên truyền trên mạng xã hội tuần 51 của xã Sin Suối Hồ:\n"
   "- Số nhóm Zalo: 21\n- Số thành viên: 3.120\n- Số bài đăng: 30\n- Bluezone: 0\n- Tin giả: không\n"
   "Em cảm ơn ạ.\n" + p.sig,
   [R("sin_suoi_ho", S, D("2025-12-18"), {"groups": "21", "group_members": "3.120", "posts": "30",
                                           "bluezone_installs": "0", "fake_news": ("không", 0)},
      pw="tuần 51")])

p = PP["vinh"]
mk(F, "n02_namma_khong_phat_hien", "'Không phát hiện tin giả' in a sentence is zero", p,
   "Báo cáo tuần 9 - MXH xã Nậm Mạ", "2026-02-26 10:00",
   "Kính gửi Sở VHTTDL,\nXã Nậm Mạ báo cáo tuyên truyền trên mạng xã hội tuần 9:\n"
   "Số nhóm Zalo: 15; số thành viên: 2.280; số tin, bài đăng tải: 19; lượt cài đặt Bluezone: 0.\n"
   "Trong tuần không phát hiện tin giả, tin sai sự thật trên địa bàn.\n\n" + p.sig,
   [R("nam_ma", S, D("2026-02-26"), {"groups": "15", "group_members": "2.280", "posts": "19",
                                      "bluezone_installs": "0", "fake_news": ("không phát hiện", 0)},
      pw="tuần 9")])

p = PP["bao"]
mk(F, "n03_bumto_chua_phat_hien_both_forms", "'chưa phát hiện' is zero; both forms", p,
   "BC tuần 14 xã Bum Tở", "2026-04-02 09:00",
   KG + "\nXã Bum Tở báo cáo tuần 14:\n1. Truyền thanh: số tin, bài 10; độ dài 66 phút; số lượt phát sóng 20; "
   "ước số người nghe 3.400.\n2. Mạng xã hội: số nhóm 17; số thành viên 2.640; số bài đăng 25; "
   "Bluezone 0; tin giả, tin sai sự thật: chưa phát hiện.\n\n" + p.sig,
   [R("bum_to", W, D("2026-04-02"), {"items": "10", "minutes": "66", "broadcasts": "20",
                                      "listeners": "3.400"}, pw="tuần 14"),
    R("bum_to", S, D("2026-04-02"), {"groups": "17", "group_members": "2.640", "posts": "25",
                                      "bluezone_installs": "0", "fake_news": ("chưa phát hiện", 0)},
      pw="tuần 14")])

p = PP["hang"]
mk(F, "n04_tatong_chua_thong_ke", "'chưa thống kê' is no figure: held, fake_news missing", p,
   "Báo cáo MXH tuần 44 Tà Tổng", "2025-10-30 09:00",
   "Kính gửi Sở VHTTDL\nXã Tà Tổng báo cáo tuyên truyền trên mạng xã hội tuần 44:\n- Số nhóm Zalo: 9\n"
   "- Số thành viên: 1.180\n- Số tin bài đăng tải: 14\n- Lượt cài đặt Bluezone: 0\n"
   "- Số vụ tin giả: chưa thống kê\n\n" + p.sig,
   [R("ta_tong", S, D("2025-10-30"), {"groups": "9", "group_members": "1.180", "posts": "14",
                                       "bluezone_installs": "0"}, "needs_review", pw="tuần 44")])

p = PP["hoa"]
mk(F, "n05_tuasinchai_chua_co_so_lieu", "listeners 'chưa có số liệu': held, listeners missing", p,
   "Báo cáo tuyên truyền tuần 35 - Tủa Sín Chải", "2026-08-27 10:00",
   "Kính gửi Sở VHTTDL.\nXã Tủa Sín Chải báo cáo tuần 35:\n- Số tin, bài: 9\n- Độ dài: 60 phút\n"
   "- Số lượt phát sóng: 18\n- Ước số người nghe: chưa có số liệu (loa bản Tả Ngảo hỏng)\n\n" + p.sig,
   [R("tua_sin_chai", W, D("2026-08-27"), {"items": "9", "minutes": "60", "broadcasts": "18"},
      "needs_review", pw="tuần 35")])

p = PP["chu"]
mk(F, "n06_thulum_dang_tong_hop", "members 'dang tong hop' (being compiled): held; 'khong' tin gia is zero", p,
   "bc mxh tuan 38 Thu Lum", "2026-09-17 09:40",
   "Kinh gui So VHTTDL\nXa Thu Lum bao cao MXH tuan 38:\nSo nhom zalo: 8\nSo thanh vien: dang tong hop\n"
   "So bai dang: 11\nBluezone: 0\nTin gia: khong\n\n" + p.sig,
   [R("thu_lum", S, D("2026-09-17"), {"groups": "8", "posts": "11", "bluezone_installs": "0",
                                       "fake_news": ("khong", 0)}, "needs_review", pw="tuan 38")])

# =========================================================================== periods
F = "periods"
p = PP["pao"]
mk(F, "pe01_khunha_week_in_subject", "week number only in the subject", p,
   "Báo cáo tuyên truyền tuần 49 - Khun Há", "2025-12-04 10:00",
   "Kính gửi Sở VHTTDL\nSố tin, bài: 6\nĐộ dài: 40 phút\nSố lượt phát sóng: 12\nƯớc số người nghe: 1.650\n"
   + p.sig,
   [R("khun_ha", W, D("2025-12-04"), {"items": "6", "minutes": "40", "broadcasts": "12",
                                       "listeners": "1.650"}, pw="tuần 49")])

p = PP["khanh"]
mk(F, "pe02_binhlu_tuan_thu_nam", "'tuần thứ 12 năm 2026' (ISO week)", p,
   "Báo cáo kết quả tuyên truyền tuần thứ 12 năm 2026", "2026-03-19 08:30",
   KG + "\n\nPhòng VH-XH xã Bình Lư báo cáo kết quả tuyên truyền tuần thứ 12 năm 2026:\n"
   "- Số tin, bài: 11\n- Thời lượng: 72 phút\n- Số lượt phát sóng: 22\n- Ước số người nghe: 4.300\n\n"
   "Trân trọng!\n" + p.sig,
   [R("binh_lu", W, D("2026-03-19"), {"items": "11", "minutes": "72", "broadcasts": "22",
                                       "listeners": "4.300"}, pw="tuần thứ 12 năm 2026")])

p = PP["po"]
mk(F, "pe03_silolau_week_of_month", "'tuần 2 tháng 10/2025' = the second Thursday of October", p,
   "BC tuyên truyền tuần 2 tháng 10/2025 - Sì Lở Lầu", "2025-10-09 09:10",
   "Kính gửi Sở VHTTDL,\nXã Sì Lở Lầu báo cáo kết quả tuyên truyền tuần 2 tháng 10/2025:\n"
   "Số tin, bài: 5\nĐộ dài: 35 phút\nSố lần phát sóng: 10\nSố người nghe: 1.300\n\n" + p.sig,
   [R("si_lo_lau", W, D("2025-10-09"), {"items": "5", "minutes": "35", "broadcasts": "10",
                                         "listeners": "1.300"}, pw="tuần 2 tháng 10/2025")])

p = PP["tien"]
mk(F, "pe04_muongthan_range_year_on_end", "range 'từ 28/11 đến 04/12/2025', year only on the end date", p,
   "Báo cáo kết quả tuyên truyền (từ 28/11 đến 04/12/2025)", "2025-12-04 15:00",
   KG + "\nXã Mường Than báo cáo kết quả tuyên truyền từ 28/11 đến 04/12/2025:\n- Số tin, bài: 9\n"
   "- Độ dài: 60 phút\n- Số lượt phát sóng: 18\n- Ước số người nghe: 2.600\n" + p.sig,
   [R("muong_than", W, D("2025-12-04"), {"items": "9", "minutes": "60", "broadcasts": "18",
                                          "listeners": "2.600"}, pw="từ 28/11 đến 04/12/2025")])

p = PP["chung"]
mk(F, "pe05_namhang_week_01_after_new_year", "'tuần 01/2026' sent on 2 January: week 1 ends Thursday 1 January", p,
   "BC tuần 01/2026 - Trạm TT xã Nậm Hàng", "2026-01-02 08:30",
   "Kính gửi Sở VHTTDL\nTrạm Truyền thanh xã Nậm Hàng báo cáo tuần 01/2026 (nghỉ Tết Dương lịch nên "
   "gửi muộn):\n+ Số tin, bài: 6\n+ Độ dài: 45 phút\n+ Số lần phát: 12\n+ Người nghe: 2.900\n\n" + p.sig,
   [R("nam_hang", W, D("2026-01-01"), {"items": "6", "minutes": "45", "broadcasts": "12",
                                        "listeners": "2.900"}, pw="tuần 01/2026")])

p = PP["lan"]
mk(F, "pe06_pusamcap_two_weeks_combined", "'số liệu gộp 2 tuần': held", p,
   "Báo cáo tuyên truyền 2 tuần - Pu Sam Cáp", "2025-12-18 10:20",
   "Kính gửi Sở VHTTDL,\nTuần trước bên em mất mạng nên không gửi được, em gửi số liệu gộp 2 tuần "
   "(từ 05/12 đến 18/12/2025) ạ:\n- Số tin, bài: 15\n- Thời lượng: 110 phút\n- Số lượt phát: 32\n"
   "- Người nghe: 4.000\n\n" + p.sig,
   [R("pu_sam_cap", W, D("2025-12-18"), {"items": "15", "minutes": "110", "broadcasts": "32",
                                          "listeners": "4.000"}, "needs_review",
      pw="từ 05/12 đến 18/12/2025")])

p = PP["thuy"]
mk(F, "pe07_leloi_monday_to_friday", "period written Monday-Friday 01/12-05/12: not a reporting week, held", p,
   "Báo cáo tuyên truyền xã Lê Lợi", "2025-12-05 10:00",
   "Em gửi báo cáo tuyên truyền từ ngày 01/12 đến 05/12/2025 ạ:\nSố tin bài: 5\nThời lượng: 40 phút\n"
   "Số lượt phát: 10\nNgười nghe: 1.500\n" + p.sig,
   [R("le_loi", W, None, {"items": "5", "minutes": "40", "broadcasts": "10", "listeners": "1.500"},
      "needs_review", pw="từ ngày 01/12 đến 05/12/2025")])

p = PP["dat"]
mk(F, "pe08_namcuoi_monthly", "a month's totals (tháng 11/2025) sent as the report: held, no week", p,
   "Báo cáo kết quả tuyên truyền tháng 11/2025 - Nậm Cuổi", "2025-12-01 08:30",
   "Kính gửi Sở VHTTDL\nXã Nậm Cuổi báo cáo kết quả tuyên truyền tháng 11/2025:\n- Số tin, bài: 38\n"
   "- Độ dài: 260 phút\n- Số lượt phát sóng: 80\n- Ước số người nghe: 6.200\n\n" + p.sig,
   [R("nam_cuoi", W, None, {"items": "38", "minutes": "260", "broadcasts": "80", "listeners": "6.200"},
      "needs_review", pw="tháng 11/2025")])

p = PP["sinh"]
mk(F, "pe09_daosan_tuan_truoc_on_tuesday", "'báo cáo tuần trước' sent on a Tuesday: the week that ended the Thursday before", p,
   "Dào San gửi bù báo cáo tuần trước", "2026-06-16 09:00",
   "Em chào chị, em xin lỗi tuần trước em đi tập huấn nên quên chưa gửi báo cáo. Em gửi bù báo cáo "
   "tuần trước của xã Dào San ạ:\nSố tin bài: 7\nThời lượng: 48 phút\nLượt phát: 14\nNgười nghe: 1.900\n\n"
   + p.sig,
   [R("dao_san", W, D("2026-06-11"), {"items": "7", "minutes": "48", "broadcasts": "14",
                                       "listeners": "1.900"}, pw="tuần trước")])

# =========================================================================== last week
F = "lastweek"
p = PP["luyen"]
x, chk = make_xlsx([
    {"name": "T48", "rows": [["Nậm Sỏ - kết quả tuyên truyền tuần 48"], [],
                             ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát", "Người nghe"], [7, 46, 14, 1750]],
     "bold_rows": [0, 2]},
    {"name": "T49", "rows": [["Nậm Sỏ - kết quả tuyên truyền tuần 49"], [],
                             ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát", "Người nghe"], [8, 52, 16, 1900]],
     "bold_rows": [0, 2]}], active=1, author="Ta Thi Luyen")
mk(F, "lw01_namso_workbook_keeps_last_sheet", "workbook keeps last week's sheet T48; the report is sheet T49", p,
   "BC tuần 49 Nậm Sỏ", "2025-12-04 09:30",
   "Em gửi báo cáo tuần 49 ạ (sheet T49).\n" + p.sig,
   [R("nam_so", W, D("2025-12-04"), {"items": "8", "minutes": "52", "broadcasts": "16",
                                      "listeners": "1900"}, pw="tuần 49")],
   atts=[Att("BC tuyen truyen Nam So.xlsx", x, chk)])

p = PP["kien"]
mk(F, "lw02_hongthu_truoc_va_nay", "body gives 'Tuần trước' and 'Tuần này' figures side by side", p,
   "Báo cáo tuần 20 - Hồng Thu", "2026-05-14 10:00",
   "Kính gửi Sở,\nXã Hồng Thu báo cáo tuần 20:\nTuần trước: 5 tin bài, 35 phút, 10 lượt phát, 1.700 người nghe.\n"
   "Tuần này: 7 tin bài, 50 phút, 14 lượt phát, 2.000 người nghe.\nSố tin bài tăng do tuyên truyền "
   "phòng chống cháy rừng.\n\n" + p.sig,
   [R("hong_thu", W, D("2026-05-14"), {"items": "7", "minutes": "50", "broadcasts": "14",
                                        "listeners": "2.000"}, pw="tuần 20")])

p = PP["khanh"]
PREV = ("Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu\nXã Bình Lư báo cáo tuần 42:\n"
        "- Số tin, bài: 9\n- Thời lượng: 60 phút\n- Số lượt phát sóng: 18\n- Ước số người nghe: 3.900\n" + p.sig)
mk(F, "lw03_binhlu_reply_over_last_report", "Outlook reply above the unit's own report of last week", p,
   "RE: Báo cáo tuần 42 xã Bình Lư", "2026-10-22 09:00",
   "Xã Bình Lư báo cáo tuần 43:\n- Số tin, bài: 10\n- Thời lượng: 68 phút\n- Số lượt phát sóng: 20\n"
   "- Ước số người nghe: 4.100\n\nTrân trọng!\n" + p.sig + "\n\n-----Original Message-----\n"
   "From: Vương Văn Khánh <vhxh.binhlu@laichau.gov.vn>\nSent: Thursday, October 15, 2026 9:12 AM\n"
   "To: thongtincoso.svhttdl@laichau.gov.vn\nSubject: Báo cáo tuần 42 xã Bình Lư\n\n" + PREV,
   [R("binh_lu", W, D("2026-10-22"), {"items": "10", "minutes": "68", "broadcasts": "20",
                                       "listeners": "4.100"}, pw="tuần 43")])

p = PP["su"]
mk(F, "lw04_pau_columns_last_this_change", "plain-text table with Tuan truoc / Tuan nay / Tang-giam columns", p,
   "BC tuan 5 xa Pa U", "2026-01-29 10:20",
   "Kinh gui So VHTTDL\nXa Pa U bao cao tuan 5:\n\nChi tieu          | Tuan truoc | Tuan nay | Tang/giam\n"
   "So tin bai        | 5          | 6        | +1\nThoi luong (phut) | 38         | 44       | +6\n"
   "So luot phat      | 12         | 14       | +2\nNguoi nghe        | 1.400      | 1.550    | +150\n\n" + p.sig,
   [R("pa_u", W, D("2026-01-29"), {"items": "6", "minutes": "44", "broadcasts": "14",
                                    "listeners": "1.550"}, pw="tuan 5")])

p = PP["huong"]
x, chk = nd30_docx(
    "UBND XÃ MƯỜNG KIM", "PHÒNG VĂN HÓA - XÃ HỘI", "118/BC-VHXH", "Mường Kim, ngày 12 tháng 11 năm 2026",
    "Kết quả công tác tuyên truyền tuần 46",
    ["Phòng Văn hóa - Xã hội xã Mường Kim báo cáo kết quả công tác tuyên truyền tuần 46 như sau:",
     "- Số tin, bài: 14 (so với tuần trước tăng 3 tin, bài).",
     "- Độ dài: 95 phút (tăng 20 phút so với tuần trước).",
     "- Số lượt phát sóng: 28 lượt.", "- Ước số người nghe: 5.500 người (tuần trước 4.900 người)."],
    ["*TRƯỞNG PHÒNG", "", "", "", "*Lường Thị Xuân"], ["- Sở VHTTDL;", "- Lưu: VT."], author="VHXH")
mk(F, "lw05_muongkim_compared_to_last_week", "docx figures with 'so với tuần trước tăng ...' remarks", p,
   "BC số 118/BC-VHXH tuần 46", "2026-11-12 09:00",
   "Kính gửi Sở VHTTDL, Phòng VH-XH xã Mường Kim gửi báo cáo tuần 46 ạ.\n" + p.sig,
   [R("muong_kim", W, D("2026-11-12"), {"items": "14", "minutes": "95", "broadcasts": "28",
                                         "listeners": "5.500"}, pw="tuần 46")],
   atts=[Att("118.BC-VHXH.docx", x, chk)])

# =========================================================================== plans
F = "plans"
p = PP["hung"]
mk(F, "pl01_banbo_plan_next_week_body", "KẾ HOẠCH tuyên truyền tuần tới in the body, 'dự kiến' figures: not a report", p,
   "Kế hoạch tuyên truyền tuần 50 - xã Bản Bo", "2025-12-05 14:00",
   KG + "\n\nTrung tâm Truyền thông và Văn hóa xã Bản Bo gửi KẾ HOẠCH tuyên truyền tuần tới (tuần 50) như sau:\n"
   "1. Nội dung: tuyên truyền kỷ niệm 81 năm Ngày thành lập QĐND Việt Nam; phòng chống rét; bầu cử "
   "đại biểu Quốc hội khóa XVI.\n2. Dự kiến xây dựng 10 tin, bài, thời lượng khoảng 60 phút.\n"
   "3. Dự kiến phát 20 lượt trên hệ thống loa của 14 bản.\n\nTrân trọng!\n" + p.sig, [])

p = PP["khanh"]
x, chk = nd30_docx(
    "UBND XÃ BÌNH LƯ", "", "08/KH-UBND", "Bình Lư, ngày 20 tháng 01 năm 2026",
    "Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031",
    [("p", "I. MỤC ĐÍCH, YÊU CẦU", {"bold": True}),
     "Tuyên truyền sâu rộng đến Nhân dân về ý nghĩa, tầm quan trọng của cuộc bầu cử.",
     ("p", "II. CHỈ TIÊU", {"bold": True}),
     "- 100% bản, khu dân cư được tuyên truyền trên hệ thống loa truyền thanh.",
     "- Phấn đấu mỗi tuần xây dựng 12 tin, bài, phát sóng 24 lượt, thời lượng 80 phút.",
     "- Ước trên 5.000 người nghe mỗi tuần.",
     ("p", "III. TỔ CHỨC THỰC HIỆN", {"bold": True}),
     "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với các bản triển khai thực hiện."],
    ["*TM. ỦY BAN NHÂN DÂN", "*CHỦ TỊCH", "", "", "*Tẩn Văn Phìn"],
    ["- Sở VHTTDL (b/c);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."], kind="KẾ HOẠCH", kg=None,
    author="UBND Binh Lu")
mk(F, "pl02_binhlu_election_plan_docx", "KẾ HOẠCH docx with chỉ tiêu and phấn đấu figures: not a report", p,
   "Gửi Kế hoạch số 08/KH-UBND", "2026-01-20 15:00",
   "Kính gửi Sở VHTTDL,\nUBND xã Bình Lư gửi Kế hoạch tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và "
   "đại biểu HĐND các cấp (file đính kèm) để Sở nắm.\n" + p.sig, [],
   atts=[Att("08.KH-UBND Ke hoach tuyen truyen bau cu.docx", x, chk)])

p = PP["mai"]
mk(F, "pl03_sinho_report_with_next_week_programme", "this week's report followed by next week's programme: only this week", p,
   "Báo cáo tuần 9 và chương trình tuần 10 - Sìn Hồ", "2026-02-26 09:30",
   "Dạ em gửi báo cáo tuần 9 ạ:\n- Số tin, bài: 8\n- Thời lượng: 55 phút\n- Số lượt phát sóng: 16\n"
   "- Người nghe: 2.500\n\nChương trình tuần tới (tuần 10): dự kiến 10 tin bài, phát 20 lượt, tập trung "
   "tuyên truyền bầu cử.\n\nEm cảm ơn ạ.\n" + p.sig,
   [R("sin_ho", W, D("2026-02-26"), {"items": "8", "minutes": "55", "broadcasts": "16",
                                      "listeners": "2.500"}, pw="tuần 9")])

p = PP["tuan"]
mk(F, "pl04_tanuyen_targets_letter", "letter of targets: 'phấn đấu', 'chỉ tiêu 45 tin bài/tháng': not a report", p,
   "Đăng ký chỉ tiêu tuyên truyền trên MXH năm 2026", "2026-04-06 10:00",
   "Kính gửi Sở VHTTDL\nTrung tâm Truyền thông và Văn hóa xã Tân Uyên đăng ký chỉ tiêu tuyên truyền trên "
   "mạng xã hội năm 2026:\n- Phấn đấu 100% bản có nhóm Zalo (hiện có 21 nhóm).\n"
   "- Chỉ tiêu 45 tin bài/tháng trên trang Zalo OA của xã.\n- Phấn đấu 80% hộ gia đình có ít nhất 1 "
   "thành viên tham gia nhóm.\n\nTrân trọng!\n" + p.sig, [])

p = PP["pao"]
x, chk = make_xlsx([
    {"name": "KET QUA T49", "rows": [["KẾT QUẢ TUYÊN TRUYỀN TUẦN 49 - XÃ KHUN HÁ"], [],
                                     ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
                                     [7, 48, 14, 1800]], "bold_rows": [0, 2]},
    {"name": "KE HOACH T50", "rows": [["KẾ HOẠCH TUYÊN TRUYỀN TUẦN 50"], [],
                                      ["Số tin, bài (dự kiến)", "Thời lượng dự kiến", "Số lượt phát dự kiến",
                                       "Người nghe dự kiến"], [8, 50, 16, 2000]], "bold_rows": [0, 2]}],
    author="Sung A Pao")
mk(F, "pl05_khunha_result_and_plan_sheets", "sheet of results for week 49 and a sheet of the plan for week 50", p,
   "Kết quả tuần 49 + kế hoạch tuần 50 - Khun Há", "2025-12-04 14:00",
   "Kính gửi Sở VHTTDL, xã Khun Há gửi kết quả tuyên truyền tuần 49 và kế hoạch tuần 50 ạ.\n" + p.sig,
   [R("khun_ha", W, D("2025-12-04"), {"items": "7", "minutes": "48", "broadcasts": "14",
                                       "listeners": "1800"}, pw="TUẦN 49")],
   atts=[Att("Khun Ha T49-T50.xlsx", x, chk)])

p = PP["ha"]
x, chk = make_docx([
    ("p", "UBND PHƯỜNG TÂN PHONG", {"align": "left"}),
    ("p", "TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA", {"bold": True, "align": "left"}),
    ("p", "LỊCH PHÁT SÓNG TUẦN 50 (TỪ 05/12 ĐẾN 11/12/2025)", {"bold": True, "align": "center"}),
    ("table", [["Thời gian", "Nội dung", "Thời lượng", "Số lần phát"],
               ["6h00 - 6h30 hằng ngày", "Tiếp sóng Đài Tiếng nói Việt Nam", "30 phút", "7"],
               ["17h00 - 17h20 thứ Hai, Tư, Sáu", "Chương trình phát thanh phường", "20 phút", "3"],
               ["17h00 - 17h15 thứ Ba, Năm", "Tuyên truyền bầu cử", "15 phút", "2"]], {"bold_rows": [0]}),
], author="TTTTVH Tan Phong")
mk(F, "pl06_tanphong_broadcast_schedule", "next week's broadcast schedule (times, minutes, counts): not a report", p,
   "Lịch phát sóng tuần 50", "2025-12-08 08:00",
   "Kính gửi Sở,\nTrung tâm gửi lịch phát sóng tuần 50 của hệ thống truyền thanh phường Tân Phong để Sở "
   "theo dõi ạ.\n\n" + p.sig, [],
   atts=[Att("Lich phat song T50.docx", x, chk)])

# =========================================================================== letterhead
F = "letterhead"
x, chk = nd30_pdf(
    "UBND PHƯỜNG TÂN PHONG", "TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA", "31/BC-TTTTVH",
    "Tân Phong, ngày 12 tháng 3 năm 2026", "Kết quả công tác tuyên truyền tuần 11 năm 2026",
    ["Trung tâm Truyền thông và Văn hóa phường báo cáo kết quả tuyên truyền tuần 11 năm 2026:",
     "1. Số tin, bài: 13", "2. Độ dài: 100 phút", "3. Số lượt phát sóng: 26", "4. Ước số người nghe: 8.800"],
    ["GIÁM ĐỐC", "", "", "Nguyễn Văn Quý"], ["- Sở VHTTDL;", "- Lưu: VT."], title="31/BC-TTTTVH")
mk(F, "lh01_tanphong_pdf_from_gmail", "text PDF from an unknown Gmail; unit only in the letterhead", PP["ha"],
   "bc tuan", "2026-03-12 09:00", "Gửi Sở báo cáo ạ.\n\n--\nSent from Gmail Mobile",
   [R("phuong_tan_phong", W, D("2026-03-12"), {"items": "13", "minutes": "100", "broadcasts": "26",
                                                "listeners": "8.800"}, pw="tuần 11 năm 2026")],
   frm="TT Truyen thong Van hoa <ttvhtanphong.lc@gmail.com>", mailer=None,
   atts=[Att("31-BC-TTTTVH.pdf", x, chk)])

x, chk = nd30_docx(
    "ỦY BAN NHÂN DÂN XÃ MƯỜNG KHOA", "PHÒNG VĂN HÓA - XÃ HỘI", "54/BC-VHXH",
    "Mường Khoa, ngày 30 tháng 7 năm 2026", "Kết quả tuyên truyền tuần 31",
    ["- Số tin, bài: 6", "- Độ dài: 44 phút", "- Số lượt phát sóng: 12", "- Ước số người nghe: 1.900"],
    ["*KT. TRƯỞNG PHÒNG", "*PHÓ TRƯỞNG PHÒNG", "", "", "*Hà Thị Lanh"], ["- Sở VHTTDL;", "- Lưu: VT."],
    author="Ha Thi Lanh")
mk(F, "lh02_muongkhoa_new_officer_docx", "new officer's address not in the directory; unit from the docx letterhead", PP["ngoc"],
   "Báo cáo tuần 31", "2026-07-30 10:00",
   "Dạ em là cán bộ mới nhận nhiệm vụ thay chị Ngọc, em gửi báo cáo tuần 31 ạ.\nHà Thị Lanh\n",
   [R("muong_khoa", W, D("2026-07-30"), {"items": "6", "minutes": "44", "broadcasts": "12",
                                          "listeners": "1.900"}, pw="tuần 31")],
   frm="Hà Thị Lanh <lanhht.muongkhoa@laichau.gov.vn>",
   atts=[Att("BC tuan 31.docx", x, chk)])

mk(F, "lh03_namma_signature_block_gmail", "Gmail from a vice-chairman; unit only in the TM. UBND signature block", PP["vinh"],
   "Bao cao tuyen truyen tuan 34", "2026-08-20 16:10",
   "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu\n\nThực hiện chế độ báo cáo định kỳ, Ủy ban nhân "
   "dân xã báo cáo kết quả tuyên truyền tuần 34 như sau:\n- Số tin, bài: 7\n- Độ dài: 50 phút\n"
   "- Số lượt phát sóng: 14\n- Ước số người nghe: 2.100\n\nTM. ỦY BAN NHÂN DÂN XÃ NẬM MẠ\nKT. CHỦ TỊCH\n"
   "PHÓ CHỦ TỊCH\nLò Văn Thắng\n",
   [R("nam_ma", W, D("2026-08-20"), {"items": "7", "minutes": "50", "broadcasts": "14",
                                      "listeners": "2.100"}, pw="tuần 34")],
   frm="Lo Van Thang <thang.lv1985@gmail.com>", mailer=None)

x, chk = nd30_docx(
    "UBND XÃ .............", "PHÒNG VĂN HÓA - XÃ HỘI", "......./BC-VHXH", "............, ngày 04 tháng 6 năm 2026",
    "Kết quả tuyên truyền tuần 23",
    ["- Số tin, bài: 5", "- Độ dài: 40 phút", "- Số lượt phát sóng: 10", "- Ước số người nghe: 1.300"],
    ["*TRƯỞNG PHÒNG", "", "", ""], ["- Sở VHTTDL;", "- Lưu: VT."], author="Admin")
mk(F, "lh04_unfilled_template_unknown_sender", "template letterhead left unfilled, unknown address, signed 'Lan': unit unknown, held", PP["lan"],
   "bao cao tuan 23", "2026-06-04 10:00", "Em gửi báo cáo tuần 23 ạ.\nLan\n",
   [R(None, W, D("2026-06-04"), {"items": "5", "minutes": "40", "broadcasts": "10", "listeners": "1.300"},
      "needs_review", pw="tuần 23")],
   frm="lan.vhxh <lanvhxh2019@gmail.com>", mailer=None,
   atts=[Att("BC tuan 23.docx", x, chk)])

x, chk = nd30_docx(
    "UBND XÃ HUA BUM", "TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA", "09/BC-TTTTVH", "Hua Bum, ngày 18 tháng 9 năm 2025",
    "Kết quả công tác tuyên truyền tuần 38",
    ["Thực hiện Kế hoạch số 12-KH/ĐU ngày 05/8/2025 của Đảng ủy xã Hua Bum về công tác tuyên truyền năm "
     "2025, Trung tâm Truyền thông và Văn hóa xã báo cáo kết quả tuần 38 như sau:",
     "- Số tin, bài: 6", "- Độ dài: 42 phút", "- Số lượt phát sóng: 12", "- Ước số người nghe: 1.350"],
    ["*GIÁM ĐỐC", "", "", "", "*Lò Văn Piêng"],
    ["- Sở VHTTDL (b/c);", "- Thường trực Đảng ủy xã (b/c);", "- UBND xã;", "- Lưu: VT."], author="TTTTVH")
mk(F, "lh05_huabum_dang_uy_mentioned", "unknown Gmail; docx names 'Đảng ủy xã Hua Bum' (party body) and the centre of Xã Hua Bum", PP["giang"],
   "BC tuan 38", "2025-09-18 09:00", "Gửi Sở VHTTDL báo cáo tuần 38.\n",
   [R("hua_bum", W, D("2025-09-18"), {"items": "6", "minutes": "42", "broadcasts": "12",
                                       "listeners": "1.350"}, pw="tuần 38")],
   frm="Trung tam TT-VH <tttvh.huabum@gmail.com>", mailer=None,
   atts=[Att("09.BC-TTTTVH.docx", x, chk)])

# =========================================================================== zalo
F = "zalo"
p = PP["su"]
mk(F, "z01_pau_chat_lines", "Zalo chat pasted with timestamps, short labels, 'tg 55p', emoji", p,
   "Fwd tu zalo BC tuan 49", "2025-12-04 09:20",
   "[09:12, 04/12/2025] Vàng A Sử: BC tuần 49 xã Pa Ủ\n[09:12, 04/12/2025] Vàng A Sử: tin bài 7\n"
   "[09:13, 04/12/2025] Vàng A Sử: tg 55p\n[09:13, 04/12/2025] Vàng A Sử: lượt phát 14\n"
   "[09:13, 04/12/2025] Vàng A Sử: ng nghe 1.800 👍\n",
   [R("pa_u", W, D("2025-12-04"), {"items": "7", "minutes": ("55p", 55), "broadcasts": "14",
                                    "listeners": "1.800"}, pw="tuần 49")])

p = PP["lam"]
mk(F, "z02_khonglao_chat_correction", "chat paste where the sender corrects broadcasts 15 -> 16", p,
   "zalo bc tuần 10", "2026-03-05 10:30",
   "Em chép từ nhóm Zalo sang ạ\n\nLâm VHXH Khổng Lào 10:02\nBáo cáo tuần 10 xã Khổng Lào\n"
   "Số tin bài: 8\nThời lượng: 60p\nLượt phát: 15\nNgười nghe: 2.700\n\nLâm VHXH Khổng Lào 10:05\n"
   "à em nhầm, lượt phát 16 ạ 🙏\n\nThông tin cơ sở Sở VHTTDL 10:07\nOk em\n",
   [R("khong_lao", W, D("2026-03-05"), {"items": "8", "minutes": ("60p", 60), "broadcasts": "16",
                                         "listeners": "2.700"}, pw="tuần 10")])

p = PP["quang"]
mk(F, "z03_muongmo_social_abbrev", "social-media figures in one chat line with abbreviations (tv, BZ)", p,
   "MXH tuần 21 Mường Mô", "2026-05-21 09:00",
   "[08:41] Quang Mường Mô: tuần 21 MXH xã Mường Mô ✅\n"
   "[08:41] Quang Mường Mô: 12 nhóm, 1.560 tv, 25 bài đăng, BZ 0, tin giả 0\n",
   [R("muong_mo", S, D("2026-05-21"), {"groups": "12", "group_members": "1.560", "posts": "25",
                                        "bluezone_installs": "0", "fake_news": "0"}, pw="tuần 21")])

p = PP["yen"]
mk(F, "z04_namtam_both_forms_emoji", "both forms pasted from Zalo with emoji bullets", p,
   "BC tuần 36 Nậm Tăm (zalo)", "2026-09-03 08:45",
   "📢 BC tuần 36 xã Nậm Tăm\n📻 Truyền thanh:\n▪️ tin bài: 6\n▪️ tg: 40 phút\n▪️ lượt phát: 12\n"
   "▪️ ng nghe: 1.450\n📱 MXH:\n▪️ nhóm zalo: 10\n▪️ thành viên: 1.320\n▪️ bài đăng: 15\n"
   "▪️ bluezone: 0\n▪️ tin giả: 0\n\n" + p.sig,
   [R("nam_tam", W, D("2026-09-03"), {"items": "6", "minutes": "40", "broadcasts": "12",
                                       "listeners": "1.450"}, pw="tuần 36"),
    R("nam_tam", S, D("2026-09-03"), {"groups": "10", "group_members": "1.320", "posts": "15",
                                       "bluezone_installs": "0", "fake_news": "0"}, pw="tuần 36")])

p = PP["dung"]
mk(F, "z05_taleng_range_minutes", "chat paste with 'tg phát: 30-40p' (a range): held", p,
   "bc tuần 46", "2025-11-13 09:30",
   "Dung Tả Lèng, 09:21\nBC tuần 46 xã Tả Lèng\n- tin bài: 5\n- tg phát: 30-40p\n- lượt: 10\n"
   "- người nghe: 1.200\n",
   [R("ta_leng", W, D("2025-11-13"), {"items": "5", "broadcasts": "10", "listeners": "1.200"},
      "needs_review", pw="tuần 46")])

# =========================================================================== merged communes
F = "merged"
p = PP["dung"]
mk(F, "m01_taleng_old_communes_named", "officer covers the former Tả Lèng, Giang Ma, Hồ Thầu; one total", p,
   "Báo cáo tuyên truyền tuần 3/2026 - Tả Lèng", "2026-01-15 09:00",
   KG + "\n\nPhòng VH-XH xã Tả Lèng báo cáo tuần 3/2026: Trong tuần duy trì phát sóng tại 3 cụm loa khu vực "
   "Tả Lèng, Giang Ma, Hồ Thầu (cũ). Tổng cộng toàn xã:\n- Số tin, bài: 15\n- Độ dài: 98 phút\n"
   "- Số lượt phát sóng: 30\n- Ước số người nghe: 5.100\n\n" + p.sig,
   [R("ta_leng", W, D("2026-01-15"), {"items": "15", "minutes": "98", "broadcasts": "30",
                                       "listeners": "5.100"}, pw="tuần 3/2026")])

p = PP["phuong"]
mk(F, "m02_thanuyen_old_muongthan", "Than Uyên mentions the former xã Mường Than (now part of Than Uyên), not the current Xã Mường Than", p,
   "BC tuyên truyền tuần 17 xã Than Uyên", "2026-04-23 14:00",
   "Em gửi báo cáo tuần 17 của xã Than Uyên ạ. Tuần này loa khu vực xã Mường Than cũ (nay thuộc xã Than "
   "Uyên) đã sửa xong nên số lượt phát tăng.\nTin bài: 11\nThời lượng: 75 phút\nLượt phát: 22\n"
   "Người nghe: 4.800\n\n" + p.sig,
   [R("than_uyen", W, D("2026-04-23"), {"items": "11", "minutes": "75", "broadcasts": "22",
                                         "listeners": "4.800"}, pw="tuần 17")])

p = PP["khanh"]
mk(F, "m03_binhlu_per_old_unit_no_total", "items and minutes only per former unit, no total: held", p,
   "Báo cáo tuần 39 - xã Bình Lư", "2025-09-25 10:30",
   KG + "\nXã Bình Lư báo cáo kết quả tuyên truyền tuần 39:\n"
   "- Khu vực thị trấn Tam Đường cũ: 5 tin, bài, 35 phút\n- Khu vực xã Sơn Bình cũ: 3 tin, bài, 20 phút\n"
   "- Khu vực Bình Lư: 4 tin, bài, 28 phút\nTổng số lượt phát sóng: 27 lượt; ước số người nghe: 5.300 người.\n\n"
   + p.sig,
   [R("binh_lu", W, D("2025-09-25"), {"broadcasts": "27", "listeners": "5.300"}, "needs_review",
      pw="tuần 39")])

p = PP["hung"]
mk(F, "m04_banbo_old_na_tam", "Bản Bo names its former Nà Tăm area (not the current Xã Nậm Tăm)", p,
   "Báo cáo tuyên truyền tuần 25 - Bản Bo", "2026-06-18 09:00",
   KG + ".\n\nTrung tâm Truyền thông và Văn hóa xã Bản Bo báo cáo tuần 25. Trong tuần Trung tâm phối hợp "
   "các bản khu vực Nà Tăm cũ tuyên truyền phòng chống lũ quét.\n- Số tin, bài: 9\n- Độ dài: 62 phút\n"
   "- Số lượt phát sóng: 18\n- Ước số người nghe: 2.800 người\n\nTrân trọng!\n" + p.sig,
   [R("ban_bo", W, D("2026-06-18"), {"items": "9", "minutes": "62", "broadcasts": "18",
                                      "listeners": "2.800"}, pw="tuần 25")])
