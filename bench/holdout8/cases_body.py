"""Ordinary cases with the figures in the body: labelled lines, prose, replies, HTML."""
from h8lib import Case, R, W, S, D, SO_ADDR, quote
from h8people import PEOPLE as PP, OUTLOOK, YAHOO


def mk(fam, name, note, p, subject, date, text=None, reports=(), **kw):
    kw.setdefault("mailer", p.mailer)
    return Case(fam, name, note, kw.pop("frm", p.frm), subject, date, text=text, reports=reports, **kw)


KG = "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu"

# =========================================================================== labelled
F = "labelled"
p = PP["hung"]
mk(F, "l01_banbo_dash_list", "formal dash list with week number and date range", p,
   "Báo cáo kết quả tuyên truyền tuần 45/2025 - xã Bản Bo", "2025-11-06 08:42",
   KG + ".\n\nTrung tâm Truyền thông và Văn hóa xã Bản Bo báo cáo kết quả công tác tuyên truyền "
   "tuần 45 (từ ngày 31/10/2025 đến ngày 06/11/2025) như sau:\n"
   "- Số tin, bài: 11\n- Độ dài tin, bài: 64 phút\n- Số lượt phát sóng: 22 lượt\n"
   "- Ước số người nghe: 3.100 người\n\nNội dung chủ yếu: tuyên truyền Ngày hội Đại đoàn kết toàn "
   "dân tộc 18/11; phòng cháy, chữa cháy rừng mùa khô; hướng dẫn người dân sử dụng dịch vụ công "
   "trực tuyến trên VNeID.\n\nTrân trọng!\n" + p.sig,
   [R("ban_bo", W, D("2025-11-06"), {"items": "11", "minutes": "64", "broadcasts": "22",
                                      "listeners": "3.100"},
      pw="tuần 45 (từ ngày 31/10/2025 đến ngày 06/11/2025)")])

p = PP["mai"]
mk(F, "l02_sinho_no_period", "colon labels, no period written: Thursday 14:35 belongs to that Thursday", p,
   "bc tuyen truyen xa Sin Ho", "2025-09-11 14:35",
   "Dạ em gửi Sở báo cáo tuyên truyền tuần này của xã Sìn Hồ ạ:\n\nSố tin bài: 8\n"
   "Thời lượng: 52 phút\nSố lần phát sóng: 16\nNgười nghe: khoảng 2.400 người\n\n"
   "Em cảm ơn ạ!\n\n" + p.sig,
   [R("sin_ho", W, D("2025-09-11"), {"items": "8", "minutes": "52", "broadcasts": "16",
                                      "listeners": "2.400"}, rule=True)])

p = PP["su"]
mk(F, "l03_pau_no_diacritics", "labels typed without diacritics", p,
   "BC tuan 42 xa Pa U", "2025-10-16 10:05",
   "Kinh gui So VHTTDL\nXa Pa U bao cao ket qua tuyen truyen tuan 42 nhu sau:\n"
   "so tin bai: 6\ndo dai: 42 phut\nso luot phat: 14\nnguoi nghe: khoang 1.500 nguoi\n"
   "(noi dung: phong chong lu quet, sat lo dat mua mua bao)\n\n" + p.sig,
   [R("pa_u", W, D("2025-10-16"), {"items": "6", "minutes": "42", "broadcasts": "14",
                                    "listeners": "1.500"}, pw="tuan 42")])

p = PP["phuong"]
mk(F, "l04_thanuyen_friday_late", "sent Friday morning without a period: late report for the week just closed", p,
   "Báo cáo tuyên truyền xã Than Uyên", "2025-12-12 08:40",
   "Em gửi báo cáo tuyên truyền của xã Than Uyên ạ, em gửi muộn chị thông cảm\n\n"
   "Tin bài: 10\nThời lượng: 70 phút\nLượt phát: 20\nNgười nghe: 4.500\n\n" + p.sig,
   [R("than_uyen", W, D("2025-12-11"), {"items": "10", "minutes": "70", "broadcasts": "20",
                                         "listeners": "4.500"}, rule=True)])

p = PP["huong"]
mk(F, "l05_muongkim_hours_minutes", "duration written as 1 giờ 30 phút", p,
   "V/v báo cáo kết quả tuyên truyền tuần 2 năm 2026", "2026-01-08 09:20",
   KG + "\n\nPhòng Văn hóa - Xã hội xã Mường Kim báo cáo kết quả tuyên truyền tuần 2 năm 2026:\n"
   "1. Số tin, bài: 12 tin, bài\n2. Thời lượng phát sóng: 1 giờ 30 phút\n"
   "3. Số lượt phát sóng: 24 lượt\n4. Ước số người nghe: 5.200 người\n\n"
   "Nội dung: tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; công tác chuẩn bị "
   "bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031.\n\n"
   "Trân trọng./.\n" + p.sig,
   [R("muong_kim", W, D("2026-01-08"), {"items": "12", "minutes": ("1 giờ 30 phút", 90),
                                         "broadcasts": "24", "listeners": "5.200"},
      pw="tuần 2 năm 2026")])

p = PP["chung"]
mk(F, "l06_namhang_thousand_words", "listeners written 3,5 nghìn", p,
   "Trạm truyền thanh xã Nậm Hàng báo cáo tuần", "2025-08-21 15:10",
   "Kính gửi Sở VHTTDL tỉnh Lai Châu,\nTrạm Truyền thanh xã Nậm Hàng báo cáo kết quả tuần này:\n"
   "+ Số tin, bài: 7\n+ Độ dài: 45 phút\n+ Số lần phát: 14 lần\n+ Ước số người nghe: 3,5 nghìn người\n"
   "Nội dung trọng tâm: kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9.\n\n" + p.sig,
   [R("nam_hang", W, D("2025-08-21"), {"items": "7", "minutes": "45", "broadcasts": "14",
                                        "listeners": ("3,5 nghìn", 3500)}, rule=True)])

p = PP["pao"]
mk(F, "l07_khunha_households", "listeners given in hộ (households): held, that figure left out", p,
   "Báo cáo tuần 40 - Khun Há", "2025-10-02 11:00",
   "Kính gửi Sở Văn hóa, Thể thao và Du lịch\nXã Khun Há báo cáo kết quả tuyên truyền tuần 40:\n"
   "- Số tin, bài: 5\n- Độ dài: 35 phút\n- Số lượt phát sóng: 10\n- Ước số người nghe: khoảng 850 hộ\n"
   "Trân trọng!\n" + p.sig,
   [R("khun_ha", W, D("2025-10-02"), {"items": "5", "minutes": "35", "broadcasts": "10"},
      "needs_review", pw="tuần 40")])

p = PP["kien"]
mk(F, "l08_hongthu_bound", "duration given as 'gần 30 phút' (a bound): held", p,
   "Bao cao tuyen truyen tuan 15/2026 xa Hong Thu", "2026-04-09 09:30",
   "Kính gửi Sở VHTTDL,\n\nXã Hồng Thu báo cáo tuần 15/2026:\n- Số tin, bài: 4\n"
   "- Thời lượng: gần 30 phút\n- Số lượt phát sóng: 12\n- Số người nghe: 1.900\n\n"
   "Trân trọng.\n" + p.sig,
   [R("hong_thu", W, D("2026-04-09"), {"items": "4", "broadcasts": "12", "listeners": "1.900"},
      "needs_review", pw="tuần 15/2026")])

p = PP["linh"]
mk(F, "l09_bumnua_one_line", "all figures on one line separated by semicolons", p,
   "Bum Nưa - báo cáo tuyên truyền", "2025-09-04 10:10",
   "Kết quả tuần 36: số tin, bài 9; độ dài 58 phút; số lần phát 18; số người nghe 2.750.\n\n"
   + p.sig,
   [R("bum_nua", W, D("2025-09-04"), {"items": "9", "minutes": "58", "broadcasts": "18",
                                       "listeners": "2.750"}, pw="tuần 36")])

p = PP["hoa"]
mk(F, "l10_tuasinchai_wednesday", "sent Wednesday afternoon without a period: the coming Thursday", p,
   "Báo cáo kết quả tuyên truyền - Tủa Sín Chải", "2026-03-18 16:20",
   "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu.\n"
   "Em gửi báo cáo kết quả tuyên truyền tuần này của xã Tủa Sín Chải (tuần này em đi hội nghị "
   "ngày mai nên gửi sớm ạ):\n"
   "- Số tin, bài: 14\n- Độ dài: 96 phút\n- Số lượt phát sóng: 28\n- Ước số người nghe: 3.600\n"
   "Nội dung: tuyên truyền kết quả bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp.\n\n" + p.sig,
   [R("tua_sin_chai", W, D("2026-03-19"), {"items": "14", "minutes": "96", "broadcasts": "28",
                                            "listeners": "3.600"}, rule=True)])

p = PP["nga"]
mk(F, "l11_phongtho_two_hours", "duration written as 2 tiếng, period as a date range", p,
   "BC tuyên truyền xã Phong Thổ từ 15/5 đến 21/5/2026", "2026-05-21 08:15",
   "Kính gửi Sở VHTTDL.\nTrung tâm Truyền thông và Văn hóa xã Phong Thổ báo cáo kết quả tuyên truyền "
   "từ 15/5 đến 21/5/2026:\nSố tin, bài: 15\nĐộ dài: 2 tiếng\nSố lượt phát sóng: 30\n"
   "Ước số người nghe: 6.000 người\n\n" + p.sig,
   [R("phong_tho", W, D("2026-05-21"), {"items": "15", "minutes": ("2 tiếng", 120),
                                         "broadcasts": "30", "listeners": "6.000"},
      pw="từ 15/5 đến 21/5/2026")])

p = PP["son"]
mk(F, "l12_muca_range", "listeners given as a range: held, that figure left out", p,
   "bao cao tuan 47 xa Mu Ca", "2025-11-20 09:00",
   "Kinh gui So VHTTDL tinh Lai Chau\nXa Mu Ca bao cao tuyen truyen tuan 47:\n"
   "- so tin bai: 5\n- do dai: 40 phut\n- so luot phat song: 10\n- uoc so nguoi nghe: 2.000 - 2.500 nguoi\n\n"
   + p.sig,
   [R("mu_ca", W, D("2025-11-20"), {"items": "5", "minutes": "40", "broadcasts": "10"},
      "needs_review", pw="tuan 47")])

p = PP["linh"]
mk(F, "l13_bumnua_sends_for_muca", "a known unit sends another commune's figures on its behalf: held", p,
   "Gửi hộ báo cáo tuần 48 xã Mù Cả", "2025-11-27 15:40",
   "Dạ em là Linh ở xã Bum Nưa. Bên xã Mù Cả mất mạng từ hôm qua nên anh Sơn nhờ em gửi hộ báo cáo "
   "tuần 48 của xã Mù Cả ạ:\n- Số tin, bài: 6\n- Độ dài: 45 phút\n- Số lượt phát: 12\n"
   "- Người nghe: 2.100\nEm cảm ơn ạ.\n\n" + p.sig,
   [R("mu_ca", W, D("2025-11-27"), {"items": "6", "minutes": "45", "broadcasts": "12",
                                     "listeners": "2.100"}, "needs_review", pw="tuần 48")])

p = PP["minh"]
mk(F, "l14_khoenon_utc_header", "Date header in UTC; Thursday evening in Vietnam, no period written", p,
   "Bao cao tuyen truyen xa Khoen On", "2026-06-04 18:30",
   "Kính gửi Sở VHTTDL\nXã Khoen On báo cáo kết quả tuyên truyền tuần:\n"
   "Số tin bài: 6\nĐộ dài: 38 phút\nSố lượt phát sóng: 12\nNgười nghe: 1.450 người\n"
   "Em gửi hơi muộn do mất điện buổi chiều ạ.\n\n" + p.sig,
   [R("khoen_on", W, D("2026-06-04"), {"items": "6", "minutes": "38", "broadcasts": "12",
                                        "listeners": "1.450"}, rule=True)], tz=0)

# =========================================================================== prose
F = "prose"
p = PP["tuan"]
mk(F, "p01_tanuyen_formal", "formal prose sentence with all four figures", p,
   "Báo cáo kết quả công tác tuyên truyền tuần (12/12 - 18/12/2025)", "2025-12-18 10:30",
   "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu\n\n"
   "Trung tâm Truyền thông và Văn hóa xã Tân Uyên báo cáo như sau: trong tuần (từ ngày 12/12 đến "
   "ngày 18/12/2025), Trung tâm đã biên tập, phát 9 tin, bài với tổng thời lượng 75 phút; phát sóng "
   "18 lượt trên hệ thống loa truyền thanh tại 21 bản, khu dân cư, ước khoảng 3.200 người nghe. "
   "Nội dung tập trung tuyên truyền kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam, "
   "phòng chống rét cho người và gia súc.\n\nTrân trọng!\n\n" + p.sig,
   [R("tan_uyen", W, D("2025-12-18"), {"items": "9", "minutes": "75", "broadcasts": "18",
                                        "listeners": "3.200"},
      pw="từ ngày 12/12 đến ngày 18/12/2025")])

p = PP["thuy"]
mk(F, "p02_leloi_chatty", "informal prose, no period written", p,
   "Lê Lợi bc tuyên truyền", "2025-09-25 14:00",
   "Em chào chị ạ. Tuần này bên em phát được 7 tin bài, thời lượng tổng 50 phút, phát 14 lượt sáng "
   "và chiều, khoảng 1.800 người nghe ạ. Nội dung chủ yếu là hướng dẫn bà con phòng tránh mưa lũ, sạt "
   "lở đất và tuyên truyền khai giảng năm học mới.\nEm cảm ơn chị!\n\n" + p.sig,
   [R("le_loi", W, D("2025-09-25"), {"items": "7", "minutes": "50", "broadcasts": "14",
                                      "listeners": "1.800"}, rule=True)])

p = PP["thao"]
mk(F, "p03_sinsuoiho_tet", "prose citing the Sở's letter number, ISO week with year", p,
   "Báo cáo tuyên truyền tuần 6 năm 2026 xã Sin Suối Hồ", "2026-02-05 09:45",
   "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu.\n\n"
   "Thực hiện Công văn số 85/SVHTTDL-QLBC ngày 15/01/2026 của Sở Văn hóa, Thể thao và Du lịch về "
   "tuyên truyền dịp Tết Nguyên đán Bính Ngọ 2026, xã Sin Suối Hồ báo cáo kết quả tuần 6 năm 2026 "
   "như sau: Trạm truyền thanh xã đã xây dựng 12 tin, bài, thời lượng 84 phút, phát 24 lần trên hệ "
   "thống loa tại các bản, ước 4.100 người nghe. Nội dung: mừng Đảng, mừng Xuân; phòng chống "
   "cháy nổ, đốt pháo trái phép; an toàn giao thông dịp Tết.\n\nTrân trọng!\n" + p.sig,
   [R("sin_suoi_ho", W, D("2026-02-05"), {"items": "12", "minutes": "84", "broadcasts": "24",
                                           "listeners": "4.100"}, pw="tuần 6 năm 2026")])

p = PP["yen"]
mk(F, "p04_namtam_per_broadcast", "duration only per broadcast ('mỗi lượt khoảng 10 phút'): held", p,
   "Báo cáo tuần 43 - Nậm Tăm", "2025-10-23 15:30",
   "Dạ em báo cáo tuần 43 xã Nậm Tăm: trong tuần biên tập 6 tin bài, phát sóng 12 lượt, mỗi lượt "
   "khoảng 10 phút, ước 1.600 người nghe ạ.\n\n" + p.sig,
   [R("nam_tam", W, D("2025-10-23"), {"items": "6", "broadcasts": "12", "listeners": "1.600"},
      "needs_review", pw="tuần 43")])

p = PP["tien"]
mk(F, "p05_muongthan_formal", "formal prose paragraph, ISO week", p,
   "Mường Than: báo cáo kết quả tuyên truyền tuần 28", "2026-07-09 08:50",
   "Kính gửi Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu\n\n"
   "Phòng Văn hóa - Xã hội xã Mường Than báo cáo kết quả công tác thông tin cơ sở tuần 28: hệ thống "
   "truyền thanh xã phát 10 tin, bài, độ dài 65 phút, với 20 lượt phát sóng; ước số người nghe "
   "khoảng 2.900 người. Các nội dung tuyên truyền: phòng chống thiên tai mùa mưa bão, tiêm chủng mở "
   "rộng, chuyển đổi số.\n\nTrân trọng!\n" + p.sig,
   [R("muong_than", W, D("2026-07-09"), {"items": "10", "minutes": "65", "broadcasts": "20",
                                          "listeners": "2.900"}, pw="tuần 28")])

p = PP["lan"]
mk(F, "p06_pusamcap_tin_and_bai", "'8 tin, 2 bài' without a total: held, items left out", p,
   "Báo cáo tuyên truyền xã Pu Sam Cáp", "2025-12-04 16:45",
   "Kính gửi Sở VHTTDL,\nTrong tuần xã Pu Sam Cáp biên tập 8 tin, 2 bài với tổng thời lượng 55 phút, "
   "phát 16 lượt, khoảng 2.000 người nghe. Em gửi hơi muộn ạ.\n\n" + p.sig,
   [R("pu_sam_cap", W, D("2025-12-04"), {"minutes": "55", "broadcasts": "16", "listeners": "2.000"},
      "needs_review", rule=True)])

p = PP["duc"]
mk(F, "p07_doanket_number_in_words", "figures with the number in words in brackets, 1 giờ 15 phút", p,
   "Phường Đoàn Kết báo cáo kết quả tuyên truyền tuần 37/2026", "2026-09-10 09:00",
   "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu\n\n"
   "Phòng Văn hóa - Xã hội phường Đoàn Kết báo cáo: trong tuần 37/2026, hệ thống truyền thanh "
   "phường đã phát 12 (mười hai) tin, bài, tổng thời lượng 1 giờ 15 phút, 24 lượt phát sóng, ước "
   "7.800 người nghe, tập trung tuyên truyền Lễ khai giảng năm học 2026-2027 và phòng chống dịch "
   "sốt xuất huyết.\n\nTrân trọng./.\n\n" + p.sig,
   [R("phuong_doan_ket", W, D("2026-09-10"), {"items": "12", "minutes": ("1 giờ 15 phút", 75),
                                               "broadcasts": "24", "listeners": "7.800"},
      pw="tuần 37/2026")])

p = PP["sinh"]
mk(F, "p08_daosan_tieng_ruoi", "duration written as 1 tiếng rưỡi", p,
   "Dào San báo cáo tuần", "2026-10-22 10:40",
   "Em chào chị Trang, em gửi kết quả tuyên truyền tuần này của xã Dào San: được 9 tin bài, phát "
   "tổng cộng 1 tiếng rưỡi, 18 lượt phát, người nghe ước khoảng 2.300 người ạ. Em cảm ơn!\n\n" + p.sig,
   [R("dao_san", W, D("2026-10-22"), {"items": "9", "minutes": ("1 tiếng rưỡi", 90),
                                       "broadcasts": "18", "listeners": "2.300"}, rule=True)])

# =========================================================================== replies
F = "replies"
REMIND_46 = ("Kính gửi: UBND các xã, phường\n\nSở Văn hóa, Thể thao và Du lịch đề nghị các xã, phường "
             "báo cáo kết quả công tác tuyên truyền tuần 46 (số tin, bài; độ dài; số lượt phát sóng; ước "
             "số người nghe) về Sở qua địa chỉ thư điện tử " + SO_ADDR + " trước 16h00 thứ Năm ngày "
             "13/11/2025.\n\nTrân trọng!\nPhòng QLBC&TTCS - Sở VHTTDL")
p = PP["thanh"]
mk(F, "r01_muongte_reply_to_reminder", "Outlook reply above the Sở's reminder (labels without figures)", p,
   "RE: Đôn đốc báo cáo kết quả tuyên truyền tuần 46", "2025-11-13 11:20",
   "Kính gửi Sở,\nTrung tâm Truyền thông và Văn hóa xã Mường Tè báo cáo tuần 46:\n"
   "Số tin, bài: 13\nĐộ dài: 88 phút\nSố lượt phát sóng: 26\nƯớc số người nghe: 4.700\n\n" + p.sig +
   "\n\nTừ: Thông tin cơ sở - Sở VHTTDL <" + SO_ADDR + ">\nĐã gửi: Thứ Tư, 12 tháng 11, 2025 3:02 CH\n"
   "Đến: vhxh.muongte@laichau.gov.vn; ttvh.muongte@laichau.gov.vn\n"
   "Chủ đề: Đôn đốc báo cáo kết quả tuyên truyền tuần 46\n\n" + REMIND_46,
   [R("muong_te", W, D("2025-11-13"), {"items": "13", "minutes": "88", "broadcasts": "26",
                                        "listeners": "4.700"}, pw="tuần 46")],
   headers=["In-Reply-To: <remind46.7f3a@laichau.gov.vn>", "References: <remind46.7f3a@laichau.gov.vn>",
            "Thread-Index: AdxU3kq9Yt0bXy1mQ4eV7s2c8RkT1A=="])

p = PP["vinh"]
ORIG = ("Kính gửi Sở VHTTDL\nXã Nậm Mạ báo cáo kết quả tuyên truyền tuần 4 năm 2026:\n"
        "- Số tin, bài: 8\n- Độ dài: 50 phút\n- Số lượt phát: 16\n- Ước số người nghe: 1.950\n"
        "Trân trọng!\n" + p.sig)
mk(F, "r02_namma_forward_wrong_address", "forward of the unit's own report first sent to the old Sở TTTT address", p,
   "Fwd: Báo cáo tuyên truyền tuần 4 xã Nậm Mạ", "2026-01-22 14:05",
   "Em gửi lại báo cáo ạ, lúc sáng em gửi nhầm sang địa chỉ cũ của Sở Thông tin và Truyền thông.\n\n"
   "----- Tin nhắn được chuyển tiếp -----\nTừ: \"Lò Văn Vinh\" <vhxh.namma@laichau.gov.vn>\n"
   "Đến: stttt@laichau.gov.vn\nĐã gửi: Thứ Năm, 22 Tháng Một 2026 8:12:40\n"
   "Chủ đề: Báo cáo tuyên truyền tuần 4 xã Nậm Mạ\n\n" + ORIG,
   [R("nam_ma", W, D("2026-01-22"), {"items": "8", "minutes": "50", "broadcasts": "16",
                                      "listeners": "1.950"}, pw="tuần 4 năm 2026")])

p = PP["hien"]
ACK44 = ("Sở VHTTDL đã nhận báo cáo tuần 44 (kết thúc 30/10/2025) của Xã Pắc Ta:\n"
         "- Số tin, bài: 7\n- Độ dài, thời lượng (phút): 40\n- Số lần phát sóng: 14\n- Ước số người nghe: 1.700\n"
         "Nếu có sai sót, đề nghị trả lời thư này.")
mk(F, "r03_pacta_reply_to_ack", "reply on last week's acknowledgement thread: subject says tuần 44, body gives tuần 45", p,
   "Re: Đã nhận báo cáo tuần 44 - Xã Pắc Ta", "2025-11-06 09:10",
   "Dạ em gửi báo cáo tuần 45 ạ:\nSố tin, bài: 9\nĐộ dài: 55 phút\nSố lần phát sóng: 18\n"
   "Ước số người nghe: 2.100\n\n" + p.sig + "\n\n----- Tin nhắn gốc -----\n"
   "Từ: \"Thông tin cơ sở - Sở VHTTDL\" <" + SO_ADDR + ">\nĐến: \"Đỗ Thị Hiền\" <vhxh.pacta@laichau.gov.vn>\n"
   "Đã gửi: Thứ Sáu, 31 Tháng Mười 2025 7:30:02\nChủ đề: Đã nhận báo cáo tuần 44 - Xã Pắc Ta\n\n" + ACK44,
   [R("pac_ta", W, D("2025-11-06"), {"items": "9", "minutes": "55", "broadcasts": "18",
                                      "listeners": "2.100"}, pw="tuần 45")],
   headers=["In-Reply-To: <ack44.pacta@laichau.gov.vn>"])

p = PP["giang"]
LAST = ("Kính gửi Sở VHTTDL\nXã Hua Bum báo cáo tuần 49:\nSố tin bài: 5\nThời lượng: 38 phút\n"
        "Số lượt phát: 10\nNgười nghe: 1.400\n" + p.sig)
mk(F, "r04_huabum_same_as_last_week", "'số liệu như tuần trước' above last week's quoted report: held", p,
   "Re: Báo cáo tuần 49 xã Hua Bum", "2025-12-11 10:00",
   "Dạ tuần này số liệu như tuần trước ạ.\n\nVào Th 5, 4 thg 12, 2025 lúc 09:31 Lò Thị Giang "
   "<vhxh.huabum@laichau.gov.vn> đã viết:\n" + quote(LAST),
   [R("hua_bum", W, D("2025-12-11"), {"items": "5", "minutes": "38", "broadcasts": "10",
                                       "listeners": "1.400"}, "needs_review", rule=True)])

ph = PP["ha"]
HA50 = ("Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu\n\nTrung tâm Truyền thông và Văn hóa "
        "phường Tân Phong báo cáo kết quả tuyên truyền tuần 50:\n- Số tin, bài: 16\n- Thời lượng: 2 giờ\n"
        "- Số lượt phát sóng: 35\n- Ước số người nghe: 9.500\n\n" + ph.sig)
mk(F, "r05_tanphong_colleague_forward", "colleague forwards the centre's report from the ward's other address", ph,
   "Fwd: BC tuần 50 - TT TT&VH phường Tân Phong", "2025-12-11 15:20",
   "Em chuyển Sở báo cáo của Trung tâm ạ (chị Hà nghỉ phép nên nhờ em gửi).\n\n"
   "---------- Forwarded message ---------\nFrom: Nguyễn Thị Thu Hà <ttvh.tanphong@laichau.gov.vn>\n"
   "Date: Thu, Dec 11, 2025 at 2:58 PM\nSubject: BC tuần 50 - TT TT&VH phường Tân Phong\n"
   "To: <vhxh.tanphong@laichau.gov.vn>\n\n" + HA50,
   [R("phuong_tan_phong", W, D("2025-12-11"), {"items": "16", "minutes": ("2 giờ", 120),
                                                "broadcasts": "35", "listeners": "9.500"}, pw="tuần 50")],
   frm="Vi Thị Hồng <vhxh.tanphong@laichau.gov.vn>", mailer=None)

p = PP["minh"]
mk(F, "r06_khoenon_yahoo_resend", "Yahoo reply from a personal address resending a completed report; unit in the signature", p,
   "Re: Báo cáo tuần 16 - bổ sung người nghe", "2026-04-17 10:30",
   "Dạ em gửi lại đầy đủ báo cáo tuần 16 của xã Khoen On ạ:\n- Số tin, bài: 6\n- Độ dài: 40 phút\n"
   "- Số lượt phát sóng: 12\n- Ước số người nghe: 1.350 người\n\nLò Văn Minh - VHXH xã Khoen On\n\n"
   "Vào Thứ Sáu, 17 tháng 4, 2026 lúc 08:05:11 GMT+7, Thông tin cơ sở - Sở VHTTDL <" + SO_ADDR +
   "> đã viết:\n\n\n> Báo cáo tuần 16 của xã Khoen On chưa có ước số người nghe, đề nghị bổ sung.\n",
   [R("khoen_on", W, D("2026-04-16"), {"items": "6", "minutes": "40", "broadcasts": "12",
                                        "listeners": "1.350"}, pw="tuần 16")],
   frm="Lo Van Minh <lovanminh_ko@yahoo.com>", mailer=YAHOO, tz=0)

p = PP["hang"]
ORIG19 = ("Kính gửi Sở VHTTDL\nXã Tà Tổng báo cáo tuần 19:\nSố tin, bài: 7\nĐộ dài: 48 phút\n"
          "Số lượt phát sóng: 12\nƯớc số người nghe: 1.600\n" + p.sig)
mk(F, "r07_tatong_correction", "sender corrects one figure of her own report quoted below", p,
   "Re: Báo cáo tuần 19 xã Tà Tổng", "2026-05-07 15:05",
   "Em xin sửa lại: số lượt phát sóng tuần 19 là 21 lượt chứ không phải 12 ạ, em gõ nhầm. "
   "Các số khác giữ nguyên ạ.\n\n" + p.sig + "\n\n----- Tin nhắn gốc -----\n"
   "Từ: \"Chu Thị Hằng\" <vhxh.tatong@laichau.gov.vn>\nĐến: " + SO_ADDR + "\n"
   "Đã gửi: Thứ Năm, 07 Tháng Năm 2026 10:41:19\nChủ đề: Báo cáo tuần 19 xã Tà Tổng\n\n" + ORIG19,
   [R("ta_tong", W, D("2026-05-07"), {"items": "7", "minutes": "48", "broadcasts": "21",
                                       "listeners": "1.600"}, pw="tuần 19")])

# =========================================================================== html
F = "html"
p = PP["ha"]
H01 = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:13.0pt; font-family:"Times New Roman",serif;} --></style>
</head><body lang="VI" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Trung tâm Truyền thông và Văn hóa phường Tân Phong báo cáo kết quả tuyên truyền
<b>Tuần 38 (từ 12/9/2025 đến 18/9/2025)</b> như sau:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="60"><p class="MsoNormal"><b>TT</b></p></td><td width="300"><p class="MsoNormal"><b>Nội dung</b></p></td>
<td width="120"><p class="MsoNormal"><b>Kết quả</b></p></td></tr>
<tr><td><p class="MsoNormal">1</p></td><td><p class="MsoNormal">Số tin, bài</p></td><td><p class="MsoNormal">14</p></td></tr>
<tr><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">Thời lượng (phút)</p></td><td><p class="MsoNormal">105</p></td></tr>
<tr><td><p class="MsoNormal">3</p></td><td><p class="MsoNormal">Số lượt phát sóng</p></td><td><p class="MsoNormal">28</p></td></tr>
<tr><td><p class="MsoNormal">4</p></td><td><p class="MsoNormal">Ước số người nghe</p></td><td><p class="MsoNormal">8.200</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Trân trọng!<o:p></o:p></p>
<p class="MsoNormal"><b>Nguyễn Thị Thu Hà</b><br>Trung tâm Truyền thông và Văn hóa phường Tân Phong<br>
Điện thoại: 0213.3876.455 - DĐ: 0912.604.318<o:p></o:p></p>
</div></body></html>"""
H01T = ("Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu\n\nTrung tâm Truyền thông và Văn hóa "
        "phường Tân Phong báo cáo kết quả tuyên truyền Tuần 38 (từ 12/9/2025 đến 18/9/2025) như sau:\n\n"
        "TT\tNội dung\tKết quả\n1\tSố tin, bài\t14\n2\tThời lượng (phút)\t105\n3\tSố lượt phát sóng\t28\n"
        "4\tƯớc số người nghe\t8.200\n\nTrân trọng!\n\nNguyễn Thị Thu Hà\n"
        "Trung tâm Truyền thông và Văn hóa phường Tân Phong\nĐiện thoại: 0213.3876.455 - DĐ: 0912.604.318\n")
mk(F, "h01_tanphong_outlook_table", "Outlook multipart/alternative with a two-column HTML table", p,
   "Báo cáo kết quả tuyên truyền tuần 38", "2025-09-18 09:30", H01T,
   [R("phuong_tan_phong", W, D("2025-09-18"), {"items": "14", "minutes": "105", "broadcasts": "28",
                                                "listeners": "8.200"},
      pw="Tuần 38 (từ 12/9/2025 đến 18/9/2025)")], html=H01,
   headers=["Thread-Index: AdwoTq1Lk2m0q9sVRqCjF3W8b1uZpg==", "Content-Language: vi-VN"])

p = PP["luyen"]
H02 = ("<div dir=\"ltr\"><div>Kính gửi Sở VHTTDL tỉnh Lai Châu,</div><div><br></div>"
       "<div>Xã Nậm Sỏ báo cáo kết quả tuyên truyền tuần này ạ:</div>"
       "<div>- Số tin, bài: <b>7</b></div><div>- Độ dài: <b>46</b> phút</div>"
       "<div>- Số lượt phát sóng: <b>14</b></div><div>- Ước số người nghe: <b>1.750</b></div>"
       "<div><br></div><div>Em cảm ơn ạ!</div><div><br></div>"
       "<div style=\"color:#888\">Tạ Thị Luyến - VHXH Nậm Sỏ - 0349 277 801</div></div>")
H02T = ("Kính gửi Sở VHTTDL tỉnh Lai Châu,\n\nXã Nậm Sỏ báo cáo kết quả tuyên truyền tuần này ạ:\n"
        "- Số tin, bài: *7*\n- Độ dài: *46* phút\n- Số lượt phát sóng: *14*\n- Ước số người nghe: *1.750*\n\n"
        "Em cảm ơn ạ!\n\nTạ Thị Luyến - VHXH Nậm Sỏ - 0349 277 801\n")
mk(F, "h02_namso_bold_figures", "text and HTML parts, figures in bold (asterisks in the text part)", p,
   "Nậm Sỏ - báo cáo tuyên truyền", "2026-08-13 10:00", H02T,
   [R("nam_so", W, D("2026-08-13"), {"items": "7", "minutes": "46", "broadcasts": "14",
                                      "listeners": "1.750"}, rule=True)], html=H02)

p = PP["ngoc"]
H03 = ("<html><body><div style=\"font-family: times new roman, new york, times, serif; font-size: 12pt; "
       "color: #000000\"><div>Dạ em gửi Sở báo cáo <strong>tuần 33</strong> của xã Mường Khoa ạ</div>"
       "<div><br data-mce-bogus=\"1\"></div><div><strong>Số tin bài:</strong> 8</div>"
       "<div><strong>Thời lượng:</strong> 1 giờ</div><div><strong>Số lượt phát sóng:</strong> 16</div>"
       "<div><strong>Số người nghe:</strong> 2.200</div><div><br data-mce-bogus=\"1\"></div>"
       "<div>Ngọc VHXH Mường Khoa<br>0823 446 190</div></div></body></html>")
mk(F, "h03_muongkhoa_zimbra_html_only", "Zimbra HTML-only body, duration '1 giờ'", p,
   "Báo cáo tuần 33 Mường Khoa", "2026-08-13 14:10", None,
   [R("muong_khoa", W, D("2026-08-13"), {"items": "8", "minutes": ("1 giờ", 60), "broadcasts": "16",
                                          "listeners": "2.200"}, pw="tuần 33")], html=H03)

p = PP["duc"]
H04 = """<html><body><p>Kính gửi Sở Văn hóa, Thể thao và Du lịch,</p>
<p>Phường Đoàn Kết báo cáo kết quả tuyên truyền tuần 41/2026:</p>
<p><b>1. Tuyên truyền trên hệ thống truyền thanh</b></p>
<table border="1" cellpadding="4"><tr><th>Số tin, bài</th><th>Thời lượng (phút)</th><th>Số lượt phát sóng</th><th>Ước số người nghe</th></tr>
<tr><td>10</td><td>80</td><td>20</td><td>6.500</td></tr></table>
<p><b>2. Tuyên truyền trên mạng xã hội</b></p>
<table border="1" cellpadding="4"><tr><th>Số nhóm Zalo</th><th>Tổng số thành viên</th><th>Số tin, bài đăng tải</th><th>Cài đặt Bluezone</th><th>Tin giả</th></tr>
<tr><td>12</td><td>3.450</td><td>27</td><td>0</td><td>Không</td></tr></table>
<p>Trân trọng!</p><p>Lê Văn Đức | Phòng Văn hóa - Xã hội phường Đoàn Kết | 0983 217 540</p></body></html>"""
mk(F, "h04_doanket_two_tables", "HTML body with one table per form", p,
   "Báo cáo tuần 41/2026 - phường Đoàn Kết", "2026-10-08 09:45", None,
   [R("phuong_doan_ket", W, D("2026-10-08"), {"items": "10", "minutes": "80", "broadcasts": "20",
                                               "listeners": "6.500"}, pw="tuần 41/2026"),
    R("phuong_doan_ket", S, D("2026-10-08"), {"groups": "12", "group_members": "3.450", "posts": "27",
                                               "bluezone_installs": "0", "fake_news": ("Không", 0)},
      pw="tuần 41/2026")], html=H04)

p = PP["tuan"]
H05 = ("<html><head><meta name=\"Generator\" content=\"Microsoft Exchange Server\"></head><body>"
       "<div dir=\"ltr\" style=\"font-size:12pt\">Kính gửi Sở,<br>Trung tâm Truyền thông và Văn hóa xã Tân "
       "Uyên báo cáo tuần&nbsp;10:<br>Số&nbsp;tin,&nbsp;bài:&nbsp;11<br>Thời&nbsp;lượng:&nbsp;1&nbsp;giờ&nbsp;15&nbsp;phút"
       "<br>Số&nbsp;lượt&nbsp;phát&nbsp;sóng:&nbsp;22<br>Ước&nbsp;số&nbsp;người&nbsp;nghe:&nbsp;3.800<br><br>"
       "Tải <a href=\"https://aka.ms/o0ukef\">Outlook cho iOS</a></div></body></html>")
mk(F, "h05_tanuyen_outlook_mobile_nbsp", "Outlook for iOS HTML with non-breaking spaces everywhere", p,
   "BC tuan 10", "2026-03-05 08:30", None,
   [R("tan_uyen", W, D("2026-03-05"), {"items": "11", "minutes": ("1 giờ 15 phút", 75),
                                        "broadcasts": "22", "listeners": "3.800"}, pw="tuần 10")],
   html=H05, mailer="X-Mailer: Outlook for iOS and Android")

p = PP["chu"]
H06 = ("<html><body><font face=\"Times New Roman\" size=\"3\"><p>Kinh gui So Van hoa, The thao va Du lich</p>"
       "<p>Xa Thu Lum bao cao tuyen truyen tuan 34 (21/8/2025):</p><p>So tin bai: 4<br>Do dai: 30 phut<br>"
       "So luot phat: 8<br>Nguoi nghe: 950 nguoi</p><p>Po Xe Chu<br>VHXH xa Thu Lum<br>0398 772 015</p>"
       "</font></body></html>")
mk(F, "h06_thulum_font_tag_no_accents", "old-style HTML with <font>, no diacritics, small figures", p,
   "bao cao tuan 34 Thu Lum", "2025-08-21 10:20", None,
   [R("thu_lum", W, D("2025-08-21"), {"items": "4", "minutes": "30", "broadcasts": "8",
                                       "listeners": "950"}, pw="tuan 34 (21/8/2025)")], html=H06)

# unit named only in the subject, from an unknown personal address
mk("labelled", "l15_patan_unit_only_in_subject", "personal Gmail; the unit appears only in the subject", PP["nhung"],
   "BC tuần 33 - xã Pa Tần", "2026-08-13 09:05",
   "Dạ em gửi báo cáo ạ:\nSố tin, bài: 6\nĐộ dài: 45 phút\nSố lượt phát sóng: 12\nƯớc số người nghe: 1.650\n\n"
   "Nhung\n0366 920 418\n",
   [R("pa_tan", W, D("2026-08-13"), {"items": "6", "minutes": "45", "broadcasts": "12",
                                      "listeners": "1.650"}, pw="tuần 33")],
   frm="Nhung Lo <lothinhung.pt@gmail.com>", mailer=None)
