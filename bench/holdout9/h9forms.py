"""The documents units attach: official reports (docx/pdf) in the Nghị định 30 layout,
the office's xlsx templates, csv exports. Each writes figures through Rep.w()."""

from datetime import date, timedelta

import h9docs as DX
from h9base import z2
from h9lib import vn, week_no
from h9people import SHORT, fri, period_phrase, place_date

UPPER = {
    "tt_tam_duong": "THỊ TRẤN TAM ĐƯỜNG", "then_sin": "XÃ THÈN SIN", "ta_leng": "XÃ TẢ LÈNG",
    "giang_ma": "XÃ GIANG MA", "ho_thau": "XÃ HỒ THẦU", "binh_lu": "XÃ BÌNH LƯ",
    "son_binh": "XÃ SƠN BÌNH", "nung_nang": "XÃ NÙNG NÀNG", "ban_giang": "XÃ BẢN GIANG",
    "ban_hon": "XÃ BẢN HON", "ban_bo": "XÃ BẢN BO", "na_tam": "XÃ NÀ TĂM", "khun_ha": "XÃ KHUN HÁ",
}
LOWER = {k: v.title().replace("Xã", "xã").replace("Thị Trấn", "thị trấn") for k, v in UPPER.items()}
LOWER["tt_tam_duong"] = "thị trấn Tam Đường"
SIGNER = {
    "tt_tam_duong": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Thắng"),
    "then_sin": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Tẩn Văn Sài"),
    "ta_leng": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Chiến"),
    "giang_ma": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phàn A Vàng"),
    "ho_thau": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Chảo Văn Lở"),
    "binh_lu": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Phanh"),
    "son_binh": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Dương"),
    "nung_nang": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Giàng A Tủa"),
    "ban_giang": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Sân Văn Thành"),
    "ban_hon": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Tẩn Văn Chiêu"),
    "ban_bo": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Tươi"),
    "na_tam": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Ơn"),
    "khun_ha": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Sùng A Của"),
}


def topics(thu):
    m = thu.month
    if m == 1:
        return ["Tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
                "Phòng, chống đói, rét cho người, gia súc, gia cầm; phòng chống cháy rừng"]
    if m == 2:
        return ["Tuyên truyền vui Xuân, đón Tết Nguyên đán Tân Sửu 2021 an toàn, tiết kiệm",
                "Phòng, chống dịch bệnh Covid-19; hướng dẫn cài đặt ứng dụng Bluezone"]
    if m in (3, 4, 5) and thu <= date(2021, 5, 27):
        return ["Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026",
                "Phòng, chống dịch bệnh Covid-19, thực hiện Thông điệp 5K của Bộ Y tế"]
    if m in (5, 6, 7):
        return ["Phòng, chống dịch bệnh Covid-19, thực hiện Thông điệp 5K, khai báo y tế",
                "Phòng, chống thiên tai mùa mưa lũ; sản xuất vụ Mùa"]
    if m == 8 or thu <= date(2021, 9, 2):
        return ["Phòng, chống dịch bệnh Covid-19; tiêm vắc xin phòng Covid-19",
                "Kỷ niệm 76 năm Cách mạng tháng Tám và Quốc khánh 2/9"]
    if m == 9:
        return ["Phòng, chống dịch bệnh Covid-19; tiêm vắc xin phòng Covid-19",
                "Phòng, chống sạt lở đất, lũ ống, lũ quét; thu hoạch lúa vụ Mùa"]
    return ["Phòng, chống dịch bệnh Covid-19 trong tình hình mới",
            "Bảo đảm trật tự an toàn giao thông; phòng, chống cháy rừng mùa khô"]


def doc_number(unit, thu, base=10):
    return f"Số: {z2(base + week_no(thu))}/BC-UBND"


# ---------------------------------------------------------------------------------------
# commune docx (official layout)


def commune_docx(unit, thu, doc_day, r, figs, layout="table", enc="unicode", social=None,
                 social_r=None, period_style="tu_ngay_full", author="Admin", when=None,
                 title_period=True, number_base=10, listeners_fmt="vn", parent=True,
                 kinh_gui="Phòng Văn hóa và Thông tin huyện Tam Đường", extra_rows=None,
                 two_row_header=False, period_override=None, weekly_present=True):
    """Return (bytes, unicode text). r/social_r may be None (figures only in the other)."""
    d = DX.Doc(enc=enc)
    d.letterhead("UBND HUYỆN TAM ĐƯỜNG" if parent else "ỦY BAN NHÂN DÂN",
                 f"UBND {UPPER[unit]}" if parent else UPPER[unit],
                 doc_number(unit, thu, number_base), place_date(SHORT[unit], doc_day))
    per = period_override or period_phrase(thu, period_style)
    kind_line = "Kết quả công tác tuyên truyền tuần" if weekly_present else \
        "Kết quả tuyên truyền trên mạng xã hội và cài đặt ứng dụng Bluezone"
    summary = [kind_line]
    if title_period:
        summary.append(f"({per[0].upper() + per[1:]})")
    d.title("BÁO CÁO", summary)
    d.kinh_gui(kinh_gui)
    d.p(f"Thực hiện Công văn số 45/VHTT ngày 02/02/2021 của Phòng Văn hóa và Thông tin huyện "
        f"Tam Đường về việc tăng cường công tác tuyên truyền; UBND {LOWER[unit]} báo cáo kết quả "
        "công tác tuyên truyền tuần như sau:")
    L = (lambda v: vn(v)) if listeners_fmt == "vn" else (lambda v: str(v))
    if weekly_present and r is not None:
        d.p("1. Kết quả tuyên truyền trên hệ thống truyền thanh", bold=True)
        if layout == "table":
            if two_row_header:
                rows = [["STT", "Nội dung", "Kết quả tuyên truyền", None, None, None],
                        [None, None, "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng",
                         "Ước số người nghe, xem"]]
                merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 5))]
                hdr = 2
            else:
                rows = [["STT", "Nội dung", "Số tin, bài", "Độ dài (phút)",
                         "Số lượng phát sóng (lượt)", "Ước số người nghe (người)"]]
                merges = []
                hdr = 1
            rows.append(["1", "Tuyên truyền trên hệ thống truyền thanh " + ("cơ sở" if unit != "dai_th_th" else "huyện"),
                         r.w("items", figs["items"], z2(figs["items"])),
                         r.w("minutes", figs["minutes"]),
                         r.w("broadcasts", figs["broadcasts"]),
                         r.w("listeners", figs["listeners"], L(figs["listeners"]))])
            d.table(rows, header_rows=hdr, merges=merges, widths=[1.2, 5.5, 2.2, 2.2, 2.6, 2.6])
        else:
            d.p(f"- Số lượng tin, bài: {r.w('items', figs['items'], z2(figs['items']))} tin, bài.")
            d.p(f"- Độ dài tin, bài: {r.w('minutes', figs['minutes'])} phút.")
            d.p(f"- Số lượng phát sóng: {r.w('broadcasts', figs['broadcasts'])} lượt.")
            d.p(f"- Ước số lượng người nghe: {r.w('listeners', figs['listeners'], L(figs['listeners']))} người.")
    n = 2
    if social is not None:
        d.p(f"{n if weekly_present else 1}. Kết quả tuyên truyền trên mạng xã hội và cài đặt ứng dụng Bluezone", bold=True)
        s = social
        g = social_r.w("groups", s["groups"], z2(s["groups"]))
        d.p(f"- Số nhóm Zalo đã thành lập: {g} nhóm (mỗi bản tối thiểu 01 nhóm).")
        d.p(f"- Tổng số thành viên trong các nhóm: {social_r.w('group_members', s['group_members'])} người.")
        d.p(f"- Số tin, bài đăng tải trong tuần: {social_r.w('posts', s['posts'], z2(s['posts']))} tin, bài.")
        d.p(f"- Số người cài đặt ứng dụng Bluezone (lũy kế): {social_r.w('bluezone_installs', s['bluezone_installs'])} người.")
        if s["fake_news"]:
            d.p(f"- Tin giả, tin sai sự thật: {social_r.w('fake_news', s['fake_news'], z2(s['fake_news']))} trường hợp, "
                "đã phối hợp Công an xã nhắc nhở, yêu cầu gỡ bỏ.")
        else:
            d.p(f"- Tin giả, tin sai sự thật: {social_r.w('fake_news', 0, 'Không phát hiện')}.")
        n += 1
    d.p(f"{n if weekly_present else 2}. Nội dung tuyên truyền chủ yếu", bold=True)
    for t in topics(thu):
        d.p(f"- {t}.")
    d.p(f"{n + 1 if weekly_present else 3}. Đánh giá chung", bold=True)
    d.p("Hệ thống truyền thanh cơ sở hoạt động ổn định; nội dung tuyên truyền kịp thời, bám sát "
        "nhiệm vụ chính trị của địa phương. Một số cụm loa ở các bản xa trung tâm thường xuyên bị "
        "mất điện, ảnh hưởng đến thời lượng phát sóng.")
    d.p(f"Trên đây là báo cáo kết quả công tác tuyên truyền tuần của UBND {LOWER[unit]}./.")
    a, t, nm = SIGNER[unit]
    d.signature(["- Phòng VH&TT huyện (b/c);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VP."],
                ["TM. ỦY BAN NHÂN DÂN", a], t, nm)
    return d.save(author, when or doc_day)


# ---------------------------------------------------------------------------------------
# PDF exported from Word (commune report)


def commune_pdf(unit, thu, doc_day, r, figs, author, when, layout="paras",
                period_style="tu_ngay_full"):
    per = period_phrase(thu, period_style)
    a, t, nm = SIGNER[unit]
    blocks = [("letterhead", ([("UBND HUYỆN TAM ĐƯỜNG", False), (f"UBND {UPPER[unit]}", True)],
                              [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, 12.5),
                               ("Độc lập - Tự do - Hạnh phúc", True, 13.5)],
                              doc_number(unit, thu, 20), place_date(SHORT[unit], doc_day))),
              ("center", "BÁO CÁO", True, 14),
              ("center", "Kết quả công tác tuyên truyền tuần", True, 14),
              ("center", f"({per[0].upper() + per[1:]})", True, 13),
              ("space", 4),
              ("center", "Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường", False, 13.5),
              ("space", 3),
              ("indent", f"Thực hiện chỉ đạo của Phòng Văn hóa và Thông tin huyện, UBND {LOWER[unit]} "
                         "báo cáo kết quả công tác tuyên truyền trong tuần như sau:"),
              ("indent", "1. Kết quả tuyên truyền trên hệ thống truyền thanh xã")]
    if layout == "table":
        rows = [["STT", "Số tin, bài", "Độ dài tin, bài (phút)", "Số lượng phát sóng (lượt)",
                 "Ước số người nghe (người)"],
                ["1", r.w("items", figs["items"], z2(figs["items"])), r.w("minutes", figs["minutes"]),
                 r.w("broadcasts", figs["broadcasts"]), r.w("listeners", figs["listeners"])]]
        blocks.append(("table", rows, [15, 35, 40, 40, 35], 1))
    else:
        blocks += [("indent", f"- Số lượng tin, bài: {r.w('items', figs['items'], z2(figs['items']))} tin, bài;"),
                   ("indent", f"- Độ dài tin, bài: {r.w('minutes', figs['minutes'])} phút;"),
                   ("indent", f"- Số lượng phát sóng: {r.w('broadcasts', figs['broadcasts'])} lượt;"),
                   ("indent", f"- Ước số lượng người nghe: {r.w('listeners', figs['listeners'])} người.")]
    blocks.append(("indent", "2. Nội dung tuyên truyền"))
    for tp in topics(thu):
        blocks.append(("indent", f"- {tp}."))
    blocks += [("indent", f"Trên đây là báo cáo kết quả công tác tuyên truyền tuần của UBND {LOWER[unit]}./."),
               ("space", 4),
               ("sign", ["- Phòng VH&TT huyện;", "- Lưu: VP."],
                [("TM. ỦY BAN NHÂN DÂN", True), (a, True), (t, True), ("", False), (nm, True)])]
    return DX.pdf_document(blocks, author, when, title="Báo cáo tuần")


# ---------------------------------------------------------------------------------------
# the office's xlsx templates


WEEKLY_HDR = ["STT", "Nội dung", "Số tin, bài", "Độ dài tin, bài (phút)",
              "Số lượng phát sóng (lượt)", "Ước số người nghe (người)", "Ghi chú"]
SOCIAL_HDR = ["STT", "Đơn vị", "Số nhóm Zalo, Facebook đã thành lập", "Tổng số thành viên",
              "Số tin, bài đăng tải trong tuần", "Số người cài đặt Bluezone (lũy kế)",
              "Số vụ tin giả, tin sai sự thật", "Ghi chú"]


def _head(sh, unit_line, title, period_line, ncols="G"):
    sh.put("A1", unit_line, bold=True, merge_to="C1")
    sh.put("E1" if ncols == "G" else "F1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True,
           merge_to=f"{ncols}1")
    sh.put("E2" if ncols == "G" else "F2", "Độc lập - Tự do - Hạnh phúc", bold=True,
           merge_to=f"{ncols}2")
    sh.put("A4", title, bold=True, size=14, merge_to=f"{ncols}4")
    sh.put("A5", period_line, italic=True, merge_to=f"{ncols}5")


def weekly_xlsx(unit, r, figs, *, period_text=None, author="Admin", when=None, sheet="BC tuan",
                text_numbers=False, topic_rows=False, two_row=False, unit_line=None, blank=False,
                signer=None, extra_weeks=None):
    """The office's weekly template filled in by a unit. period_text None leaves the
    template's dotted line. extra_weeks: list of (label, r, figs) rows for several weeks."""
    sh = DX.Sheet(sheet)
    _head(sh, unit_line or ("UBND XÃ/THỊ TRẤN: ......................" if blank else f"UBND {UPPER[unit]}"),
          "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN",
          period_text or "(Từ ngày ..../..../2021 đến ngày ..../..../2021)")
    num = (lambda v: vn(v)) if text_numbers else (lambda v: v)

    def C(rep, key, v):
        e = rep.w(key, v, vn(v) if text_numbers else str(v))
        return e if text_numbers else v
    row0 = 7
    if two_row:
        sh.put("A7", "STT", bold=True, border=True, merge_to="A8")
        sh.put("B7", "Đơn vị", bold=True, border=True, merge_to="B8")
        sh.put("C7", "Kết quả tuyên truyền trên hệ thống truyền thanh", bold=True, border=True,
               merge_to="F7")
        sh.put("G7", "Ghi chú", bold=True, border=True, merge_to="G8")
        sh.row(8, [None, None, "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"],
               bold=True)
        row0 = 8
    else:
        sh.row(7, WEEKLY_HDR, bold=True)
    rr = row0 + 1
    if blank:
        sh.row(rr, [1, "Tuyên truyền trên hệ thống truyền thanh cơ sở", None, None, None, None, None],
               aligns=["center", "left"] + ["center"] * 5)
        rr += 1
    elif extra_weeks:
        for i, (label, rx, fx) in enumerate(extra_weeks, 1):
            sh.row(rr, [i, label, C(rx, "items", fx["items"]), C(rx, "minutes", fx["minutes"]),
                        C(rx, "broadcasts", fx["broadcasts"]), C(rx, "listeners", fx["listeners"]), None],
                   aligns=["center", "left"] + ["center"] * 5)
            rr += 1
    elif topic_rows:
        # one row per topic, a total row the clerk reads (listeners only on the total)
        it, mi, br = figs["items"], figs["minutes"], figs["broadcasts"]
        a_it, a_mi, a_br = it // 2, mi // 2, br // 2
        parts = [("Phòng, chống dịch Covid-19", a_it, a_mi, a_br),
                 ("Các nội dung khác", it - a_it, mi - a_mi, br - a_br)]
        for i, (lbl, x, y, z) in enumerate(parts, 1):
            sh.row(rr, [i, lbl, num(x), num(y), num(z), None, None],
                   aligns=["center", "left"] + ["center"] * 5)
            rr += 1
        sh.row(rr, [None, "Tổng cộng", C(r, "items", it), C(r, "minutes", mi), C(r, "broadcasts", br),
                    C(r, "listeners", figs["listeners"]), None], bold=True, aligns=["center", "left"] + ["center"] * 5)
        rr += 1
    else:
        label = f"{'UBND ' + LOWER[unit] if two_row else 'Tuyên truyền trên hệ thống truyền thanh cơ sở'}"
        sh.row(rr, [1, label, C(r, "items", figs["items"]), C(r, "minutes", figs["minutes"]),
                    C(r, "broadcasts", figs["broadcasts"]), C(r, "listeners", figs["listeners"]), None],
               aligns=["center", "left"] + ["center"] * 5)
        rr += 1
    rr += 1
    sh.put(f"A{rr}", "NGƯỜI LẬP BIỂU", bold=True, merge_to=f"C{rr}")
    sh.put(f"E{rr}", "TM. ỦY BAN NHÂN DÂN", bold=True, merge_to=f"G{rr}")
    if signer and not blank:
        sh.put(f"A{rr + 4}", signer[0], bold=True, merge_to=f"C{rr + 4}")
        sh.put(f"E{rr + 4}", signer[1], bold=True, merge_to=f"G{rr + 4}")
    sh.widths({"A": 6, "B": 34, "C": 12, "D": 14, "E": 16, "F": 16, "G": 12})
    return sh


def social_rows(sh, start_row, unit, sr, s, text_numbers=False, label=None):
    def C(key):
        v = s[key]
        e = sr.w(key, v, vn(v) if text_numbers else str(v))
        return e if text_numbers else v
    sh.row(start_row, [1, label or f"UBND {LOWER[unit]}", C("groups"), C("group_members"), C("posts"),
                       C("bluezone_installs"), C("fake_news"), None],
           aligns=["center", "left"] + ["center"] * 6)


def social_xlsx_sheet(sh, unit, sr, s, period_text=None, two_row=False, text_numbers=False,
                      new_sheet=None):
    if new_sheet:
        sh.new_sheet(new_sheet)
    _head(sh, f"UBND {UPPER[unit]}", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI VÀ CÀI ĐẶT BLUEZONE",
          period_text or "(Từ ngày ..../..../2021 đến ngày ..../..../2021)", ncols="H")
    if two_row:
        sh.put("A7", "STT", bold=True, border=True, merge_to="A8")
        sh.put("B7", "Đơn vị", bold=True, border=True, merge_to="B8")
        sh.put("C7", "Tuyên truyền trên mạng xã hội", bold=True, border=True, merge_to="E7")
        sh.put("F7", "Số người cài đặt Bluezone", bold=True, border=True, merge_to="F8")
        sh.put("G7", "Tin giả, tin sai sự thật (vụ)", bold=True, border=True, merge_to="G8")
        sh.put("H7", "Ghi chú", bold=True, border=True, merge_to="H8")
        sh.row(8, [None, None, "Số nhóm", "Số thành viên", "Số tin, bài đăng tải"], bold=True)
        social_rows(sh, 9, unit, sr, s, text_numbers)
    else:
        sh.row(7, SOCIAL_HDR, bold=True)
        social_rows(sh, 8, unit, sr, s, text_numbers)
    sh.widths({"A": 6, "B": 26, "C": 14, "D": 14, "E": 14, "F": 16, "G": 14, "H": 10})
    return sh
