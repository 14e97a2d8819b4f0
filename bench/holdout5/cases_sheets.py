"""Families xlsx, xls, csv, ods: the district's template filled in, as sent."""

from __future__ import annotations

import datetime as dt

from h5case import (SM, SM_VLABELS, U, WP, WP_VLABELS, Rep, Spec, case, greeting,
                    mail_std, period_phrase, signature, vals, drop, x_sign, x_title,
                    x_vertical)
from h5lib import (Att, C, F, Sheet, at, enc_cp1258, legacy, make_ods, make_xls, make_xlsx, nfc,
                   soffice_asset)


def th(m, d):
    x = dt.date(2021, m, d)
    assert x.weekday() == 3, x
    return x


def iso(thu):
    return thu.isocalendar()[1]


def legacy_sheet(sh: Sheet, enc: str) -> Sheet:
    """The same sheet typed with a TCVN3 (.VnTime/.VnTimeH) or VNI font."""
    font = {"tcvn3": ".VnTime", "vni": "VNI-Times"}[enc]
    new_rows = []
    for row in sh.rows:
        out = []
        for v in row:
            st = v if isinstance(v, C) else C(v)
            if isinstance(st.value, str) and any(ord(ch) > 127 for ch in st.value):
                up = enc == "tcvn3" and st.value.upper() == st.value
                out.append(C(legacy(st.value, enc, up), st.bold, st.italic, st.center, st.fmt,
                             ".VnTimeH" if up else font, st.size, st.wrap, st.border))
            elif isinstance(st.value, str):
                out.append(C(st.value, st.bold, st.italic, st.center, st.fmt, font, st.size, st.wrap,
                             st.border))
            else:
                out.append(v)
        new_rows.append(out)
    return Sheet(sh.title, new_rows, sh.merges, sh.widths, font, sh.size, sh.border_rows, sh.state)


def wp_vertical(uid, thu, cells, *, title="BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", pstyle="b",
                labels=WP_VLABELS, period=True, sheet="Báo cáo", sign_date=None, notes=None,
                head=("STT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"), sign=True):
    rows, merges = x_title(uid, thu if period else None, 5, title=title, pstyle=pstyle)
    start = len(rows) + 1
    rows += x_vertical(cells, labels, notes, head)
    end = len(rows)
    if sign:
        rows += x_sign(uid, sign_date or thu, 5)
    return Sheet(sheet, rows, merges, {"A": 6, "B": 34, "C": 12, "D": 12, "E": 16},
                 border_rows=(start, end, 5))


def wp_horizontal(uid, thu, cells, *, heads=("STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)",
                  "Số lần phát sóng", "Ước số người nghe", "Ghi chú"), unit_label=None, period=True,
                  pstyle="b", title="BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", sheet="Sheet1", sign=True,
                  sign_date=None):
    n = len(heads)
    rows, merges = x_title(uid, thu if period else None, n, title=title, pstyle=pstyle)
    start = len(rows) + 1
    rows.append([C(h, bold=True, center=True, wrap=True) for h in heads])
    rows.append([C(1, center=True), unit_label or U[uid].Full] +
                [C(v, center=True) for v in cells] + [None] * (n - 2 - len(cells)))
    end = len(rows)
    if sign:
        rows += x_sign(uid, sign_date or thu, n)
    return Sheet(sheet, rows, merges, {"A": 6, "B": 22, "C": 12, "D": 12, "E": 12, "F": 14, "G": 12},
                 border_rows=(start, end, n))


def body_file(uid, thu, pstyle="a", extra="", sig=0, period=True):
    u = U[uid]
    p = f" {period_phrase(thu, pstyle)}" if period else ""
    return (f"{greeting()}\n\n{u.ubnd} gửi báo cáo kết quả công tác tuyên truyền tuần{p}.\n"
            f"Số liệu chi tiết như file đính kèm.{extra}\n\nTrân trọng./.\n\n{signature(uid, sig)}\n")


def wp(src, items, minutes, broadcasts, listeners):
    return vals(src, items=items, minutes=minutes, broadcasts=broadcasts, listeners=listeners)


def sm(src, groups, members, posts, bz, fake):
    return vals(src, groups=groups, group_members=members, posts=posts, bluezone_installs=bz, fake_news=fake)


def W(fn, text):
    return ("written", fn, text)


DATE = ("date",)

# ======================================================================================
# xlsx

@case("xlsx", "x01_vertical_template", "ordinary",
      "district template, vertical table STT|Nội dung|ĐVT|Số lượng, title rows and period, signature block")
def _():
    uid, thu = "ban_bo", th(3, 11)
    fn = "Báo cáo tuyên truyền tuần 10 - Bản Bo.xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [11, 55, 21, 1850])], at(thu, 9, 30))
    return Spec(mail_std(uid, at(thu, 9, 42), "Báo cáo kết quả tuyên truyền tuần xã Bản Bo",
                         body_file(uid, thu), [Att(fn, data)]),
                [Rep(uid, WP, "2021-03-11", wp(fn, 11, 55, 21, 1850), "accepted",
                     W(fn, "Từ ngày 5/3/2021 đến ngày 11/3/2021"))])


@case("xlsx", "x02_horizontal_one_row", "ordinary",
      "horizontal table with one unit row, listeners typed as text '1.500'")
def _():
    uid, thu = "nung_nang", th(3, 18)
    fn = "Nung Nang - bao cao tuan.xlsx"
    data = make_xlsx([wp_horizontal(uid, thu, [9, 65, 21, "1.500"])], at(thu - dt.timedelta(days=1), 15, 0))
    return Spec(mail_std(uid, at(thu - dt.timedelta(days=1), 15, 20), "V/v báo cáo tuyên truyền tuần",
                         body_file(uid, thu, "c"), [Att(fn, data, style="ascii")], mailer="outlook"),
                [Rep(uid, WP, "2021-03-18", wp(fn, 9, 65, 21, (1500, "1.500")), "accepted",
                     W(fn, "Từ ngày 12/3/2021 đến ngày 18/3/2021"))])


@case("xlsx", "x03_all_units_template_one_row_filled", "ordinary",
      "district template listing every unit as a row; only the sender's row (thị trấn) is filled")
def _():
    uid, thu = "tt_tam_duong", th(3, 25)
    fn = "Mau bao cao tuan - TT Tam Duong.xlsx"
    heads = ["STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe", "Ghi chú"]
    rows, merges = x_title(uid, thu, 7, left=["UBND HUYỆN TAM ĐƯỜNG", "PHÒNG VĂN HÓA VÀ THÔNG TIN"],
                           title="TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN")
    start = len(rows) + 1
    rows.append([C(h, bold=True, center=True, wrap=True) for h in heads])
    order = ["tt_tam_duong", "then_sin", "ta_leng", "giang_ma", "ho_thau", "binh_lu", "son_binh",
             "nung_nang", "ban_giang", "ban_hon", "ban_bo", "na_tam", "khun_ha", "dai_th_th"]
    for i, u in enumerate(order, 1):
        name = "Đài TT-TH huyện" if u == "dai_th_th" else U[u].Full
        filled = [14, 70, 28, 3200] if u == uid else [None] * 4
        rows.append([C(i, center=True), name] + [C(v, center=True) for v in filled] + [None])
    end = len(rows)
    rows += x_sign(uid, thu, 7)
    data = make_xlsx([Sheet("Tong hop", rows, merges, {"B": 24}, border_rows=(start, end, 7))], at(thu, 9, 50))
    return Spec(mail_std(uid, at(thu, 10, 5), "TT Tam Đường báo cáo tuần",
                         body_file(uid, thu, "b", sig=1), [Att(fn, data, style="2047")], mailer="outlook"),
                [Rep(uid, WP, "2021-03-25", wp(fn, 14, 70, 28, 3200), "accepted",
                     W(fn, "Từ ngày 19/3/2021 đến ngày 25/3/2021"))])


@case("xlsx", "x04_numbers_typed_as_text", "ordinary",
      "vertical table whose figures are typed as text with their units ('45 phút', '1.200 người')")
def _():
    uid, thu = "khun_ha", th(4, 1)
    fn = "Báo cáo tuần Khun Há.xlsx"
    cells = ["12 tin", "45 phút", "21 lần", "1.200 người"]
    data = make_xlsx([wp_vertical(uid, thu, cells, pstyle="b")], at(thu, 14, 0))
    return Spec(mail_std(uid, at(thu, 14, 30), "Bao cao tuyen truyen tuan - xa Khun Ha",
                         body_file(uid, thu, "a"), [Att(fn, data)], mailer="thunderbird"),
                [Rep(uid, WP, "2021-04-01", wp(fn, (12, "12 tin"), (45, "45 phút"), (21, "21 lần"),
                                                (1200, "1.200 người")), "accepted",
                     W(fn, "Từ ngày 26/3/2021 đến ngày 1/4/2021"))])


def by_village(uid, thu, villages, total: bool, label="Tổng cộng", formulas=True):
    heads = ["STT", "Tên bản", "Số tin, bài", "Thời lượng (phút)", "Số lần phát", "Số người nghe"]
    rows, merges = x_title(uid, thu, 6)
    start = len(rows) + 1
    rows.append([C(h, bold=True, center=True, wrap=True) for h in heads])
    first = len(rows) + 1
    for i, (name, *v) in enumerate(villages, 1):
        rows.append([C(i, center=True), f"Bản {name}"] + [C(x, center=True) for x in v])
    last = len(rows)
    if total:
        sums = [sum(v[k] for _, *v in villages) for k in range(4)]
        cols = "CDEF"
        if formulas:
            rows.append([None, C(label, bold=True, center=True)] +
                        [C(F(f"=SUM({c}{first}:{c}{last})", s), bold=True, center=True) for c, s in zip(cols, sums)])
        else:
            rows.append([None, C(label, bold=True, center=True)] + [C(s, bold=True, center=True) for s in sums])
    end = len(rows)
    rows += x_sign(uid, thu, 6)
    return Sheet("Bao cao", rows, merges, {"B": 22}, border_rows=(start, end, 6))


@case("xlsx", "x05_villages_total_formulas", "ordinary",
      "a row per village and a 'Tổng cộng' row of SUM formulas with cached values: the totals are the report")
def _():
    uid, thu = "giang_ma", th(4, 8)
    fn = "BC tuan - Giang Ma.xlsx"
    villages = [("Sin Câu", 4, 20, 7, 420), ("Giang Ma", 3, 15, 7, 380), ("Phìn Hồ", 5, 25, 7, 510)]
    data = make_xlsx([by_village(uid, thu, villages, True)], at(thu, 8, 0))
    return Spec(mail_std(uid, at(thu, 8, 25), "Báo cáo tuyên truyền tuần xã Giang Ma",
                         body_file(uid, thu, "b"), [Att(fn, data)]),
                [Rep(uid, WP, "2021-04-08", wp(fn, 12, 60, 21, 1310), "accepted",
                     W(fn, "Từ ngày 2/4/2021 đến ngày 8/4/2021"))])


@case("xlsx", "x06_villages_no_total", "ordinary",
      "a row per village and no total row: the sum is a computation the sender did not do")
def _():
    uid, thu = "ho_thau", th(4, 15)
    fn = "BC tuan Ho Thau.xlsx"
    villages = [("Hồ Thầu", 3, 15, 7, 350), ("Tả Chải", 2, 10, 7, 290), ("Sin Chải", 3, 15, 7, 310),
                ("Mò Phí", 2, 10, 7, 240)]
    data = make_xlsx([by_village(uid, thu, villages, False)], at(thu, 9, 0))
    return Spec(mail_std(uid, at(thu, 9, 10), "Báo cáo tuần xã Hồ Thầu", body_file(uid, thu, "b"),
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-04-15", {}, "needs_review",
                     W(fn, "Từ ngày 9/4/2021 đến ngày 15/4/2021"))])


@case("xlsx", "x07_signature_block_phone", "ordinary",
      "vertical table followed by a signature block with place-date, người lập biểu and a phone number")
def _():
    uid, thu = "son_binh", th(4, 22)
    fn = "Son Binh_BC tuyen truyen.xlsx"
    sh = wp_vertical(uid, thu, [10, 50, 14, 1600], sign_date=thu)
    data = make_xlsx([sh], at(thu, 8, 0))
    return Spec(mail_std(uid, at(thu, 8, 15), "Sơn Bình - báo cáo tuần", body_file(uid, thu, "a", sig=0),
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-04-22", wp(fn, 10, 50, 14, 1600), "accepted",
                     W(fn, "Từ ngày 16/4/2021 đến ngày 22/4/2021"))])


@case("xlsx", "x08_guide_sheet_and_empty_sheet", "ordinary",
      "three sheets: a guide with example figures, the filled report, an empty Sheet3")
def _():
    uid, thu = "ban_hon", th(4, 29)
    fn = "BC tuần Bản Hon.xlsx"
    guide = Sheet("Huong dan", [
        [C("HƯỚNG DẪN ĐIỀN BIỂU MẪU", bold=True)],
        ["1. Cột Số lượng ghi số liệu thực hiện trong tuần (từ thứ Sáu tuần trước đến thứ Năm tuần báo cáo)."],
        ["2. Độ dài, thời lượng tính bằng phút."],
        ["3. Ví dụ: 10 tin, bài; 30 phút; 14 lần phát sóng; 1.000 người nghe."],
        ["4. Gửi về Phòng Văn hóa và Thông tin trước 16 giờ 00 thứ Năm hằng tuần."],
    ], widths={"A": 100})
    rep = wp_vertical(uid, thu, [8, 40, 14, 950], sheet="Bao cao")
    empty = Sheet("Sheet3", [])
    data = make_xlsx([guide, rep, empty], at(thu, 16, 30))
    return Spec(mail_std(uid, at(thu, 16, 40), "Báo cáo tuyên truyền tuần - xã Bản Hon",
                         body_file(uid, thu, "a", extra=" Xin lỗi Phòng vì gửi muộn."), [Att(fn, data)]),
                [Rep(uid, WP, "2021-04-29", wp(fn, 8, 40, 14, 950), "accepted",
                     W(fn, "Từ ngày 23/4/2021 đến ngày 29/4/2021"))])


@case("xlsx", "x09_social_media_vertical", "ordinary",
      "social_media template, vertical, members typed '1.350', no fake news (0)")
def _():
    uid, thu = "na_tam", th(8, 12)
    fn = "BC MXH va Bluezone - Na Tam.xlsx"
    sh = wp_vertical(uid, thu, [12, "1.350", 25, 210, 0], labels=SM_VLABELS,
                     title="BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI, CÀI ĐẶT BLUEZONE")
    data = make_xlsx([sh], at(thu, 10, 0))
    text = (f"{greeting()}\n\nUBND xã Nà Tăm gửi báo cáo kết quả tuyên truyền trên mạng xã hội và "
            f"cài đặt ứng dụng Bluezone tuần {period_phrase(thu, 'a')} theo Công văn 606.\n"
            f"(File đính kèm)\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 10, 20), "Báo cáo MXH, Bluezone tuần - xã Nà Tăm", text, [Att(fn, data)]),
                [Rep(uid, SM, "2021-08-12", sm(fn, 12, (1350, "1.350"), 25, 210, 0), "accepted",
                     W(fn, "Từ ngày 6/8/2021 đến ngày 12/8/2021"))])


@case("xlsx", "x10_social_media_horizontal", "ordinary",
      "social_media, horizontal one-row table with the field names as column heads")
def _():
    uid, thu = "binh_lu", th(8, 19)
    fn = "Bình Lư - mạng xã hội tuần.xlsx"
    heads = ["STT", "Đơn vị", "Số nhóm Zalo", "Số thành viên", "Số tin, bài đăng tải",
             "Số người cài đặt Bluezone", "Số vụ tin giả"]
    sh = wp_horizontal(uid, thu, [9, 1120, 31, 145, 1], heads=heads,
                       title="KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI VÀ BLUEZONE")
    data = make_xlsx([sh], at(thu, 11, 0))
    text = (f"{greeting()}\n\nXã Bình Lư báo cáo kết quả thành lập nhóm Zalo các bản, tuyên truyền "
            f"trên mạng xã hội, cài đặt Bluezone trong tuần (chi tiết file kèm theo).\n\n{signature(uid, 1)}\n")
    return Spec(mail_std(uid, at(thu, 11, 5), "Báo cáo mạng xã hội - Bình Lư", text, [Att(fn, data)],
                         mailer="outlook"),
                [Rep(uid, SM, "2021-08-19", sm(fn, 9, 1120, 31, 145, 1), "accepted",
                     W(fn, "Từ ngày 13/8/2021 đến ngày 19/8/2021"))])


@case("xlsx", "x11_station_relays_communes", "ordinary",
      "radio station's sheet with its own row and rows for three communes it relayed: its own row is accepted, the relayed rows are held")
def _():
    uid, thu = "dai_th_th", th(5, 6)
    fn = "Dai TTTH - tong hop tuan.xlsx"
    heads = ["STT", "Đơn vị", "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng", "Ước số người nghe", "Ghi chú"]
    rows, merges = x_title(uid, thu, 7)
    start = len(rows) + 1
    rows.append([C(h, bold=True, center=True, wrap=True) for h in heads])
    data_rows = [("Đài TT-TH huyện", 38, 540, 64, "42.000", ""),
                 ("Trạm TT xã Hồ Thầu", 6, 30, 14, 700, "Đài tổng hợp giúp"),
                 ("Trạm TT xã Bản Hon", 7, 35, 14, 820, "Đài tổng hợp giúp"),
                 ("Trạm TT xã Nà Tăm", 5, 25, 10, 600, "Đài tổng hợp giúp")]
    for i, (n, *v) in enumerate(data_rows, 1):
        rows.append([C(i, center=True), n] + [C(x, center=True) for x in v])
    end = len(rows)
    rows += x_sign(uid, thu, 7)
    data = make_xlsx([Sheet("Tuan", rows, merges, {"B": 24}, border_rows=(start, end, 7))], at(thu, 10, 40))
    text = (f"{greeting()}\n\nĐài TT-TH huyện gửi báo cáo kết quả tuyên truyền tuần {period_phrase(thu, 'a')}.\n"
            "Do đường truyền internet tại các xã Hồ Thầu, Bản Hon, Nà Tăm bị gián đoạn, Đài tổng hợp giúp "
            "số liệu của 3 trạm truyền thanh xã (các xã báo qua điện thoại) trong file đính kèm.\n\n"
            f"{signature(uid)}\n")
    pw = W(fn, "Từ ngày 30/4/2021 đến ngày 6/5/2021")
    return Spec(mail_std(uid, at(thu, 11, 0), "Đài TT-TH báo cáo tuần", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-05-06", wp(fn, 38, 540, 64, (42000, "42.000")), "accepted", pw),
                 Rep("ho_thau", WP, "2021-05-06", wp(fn, 6, 30, 14, 700), "needs_review", pw),
                 Rep("ban_hon", WP, "2021-05-06", wp(fn, 7, 35, 14, 820), "needs_review", pw),
                 Rep("na_tam", WP, "2021-05-06", wp(fn, 5, 25, 10, 600), "needs_review", pw)])


@case("xlsx", "x12_merged_title_no_period", "ordinary",
      "merged title and Quốc hiệu cells, one header row, no period written: Thursday 15:58 gives that week")
def _():
    uid, thu = "then_sin", th(5, 13)
    fn = "Thèn Sin.xlsx"
    sh = wp_horizontal(uid, thu, [7, 35, 14, 900], period=False,
                       heads=("STT", "Đơn vị", "Số lượng tin, bài", "Thời lượng (phút)", "Số lượt phát sóng",
                              "Số người nghe", "Ghi chú"))
    data = make_xlsx([sh], at(thu, 15, 50))
    text = f"{greeting()}\n\nXã Thèn Sin gửi báo cáo tuyên truyền tuần này.\n\n{signature(uid, 2)}\n"
    when = at(thu, 15, 58)
    return Spec(mail_std(uid, when, "Thèn Sin báo cáo", text, [Att(fn, data)]),
                [Rep(uid, WP, "2021-05-13", wp(fn, 7, 35, 14, 900), "accepted", DATE)])


@case("xlsx", "x13_topic_rows_cong", "ordinary",
      "a row per topic and a 'Cộng' row typed by hand; listeners only on the Cộng row")
def _():
    uid, thu = "ta_leng", th(5, 20)
    fn = "BC tuyên truyền tuần - Tả Lèng.xlsx"
    heads = ["STT", "Nội dung tuyên truyền", "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng",
             "Ước số người nghe"]
    rows, merges = x_title(uid, thu, 6)
    start = len(rows) + 1
    rows.append([C(h, bold=True, center=True, wrap=True) for h in heads])
    rows.append([C(1, center=True), "Bầu cử đại biểu Quốc hội và HĐND các cấp", C(6, center=True),
                 C(30, center=True), C(14, center=True), None])
    rows.append([C(2, center=True), "Phòng, chống dịch Covid-19", C(4, center=True), C(20, center=True),
                 C(7, center=True), None])
    rows.append([C(3, center=True), "Phòng, chống cháy rừng", C(2, center=True), C(10, center=True),
                 C(7, center=True), None])
    rows.append([None, C("Cộng", bold=True, center=True), C(12, bold=True, center=True),
                 C(60, bold=True, center=True), C(28, bold=True, center=True), C("2.300", bold=True, center=True)])
    end = len(rows)
    rows += x_sign(uid, thu, 6)
    data = make_xlsx([Sheet("BC", rows, merges, {"B": 36}, border_rows=(start, end, 6))], at(thu, 9, 0))
    return Spec(mail_std(uid, at(thu, 9, 12), "Báo cáo kết quả tuyên truyền tuần - Tả Lèng",
                         body_file(uid, thu, "b"), [Att(fn, data)]),
                [Rep(uid, WP, "2021-05-20", wp(fn, 12, 60, 28, (2300, "2.300")), "accepted",
                     W(fn, "Từ ngày 14/5/2021 đến ngày 20/5/2021"))])


@case("xlsx", "x14_gmail_unit_from_file", "ordinary",
      "unknown Gmail sender; the unit is named in the file name, the sheet title and the signature")
def _():
    uid, thu = "ban_giang", th(5, 27)
    fn = "BC tuyên truyền tuần - Bản Giang.xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [9, 45, 21, 1400])], at(thu, 7, 30))
    text = (f"{greeting()}\n\nEm gửi báo cáo tuyên truyền tuần {period_phrase(thu, 'a')} ạ.\n\n"
            "Lò Văn Dũng\nUBND xã Bản Giang\n")
    return Spec(mail_std(uid, at(thu, 7, 48), "Bao cao tuyen truyen tuan", text, [Att(fn, data, style="2047")],
                         sender="ubndxabangiang@gmail.com", sender_name="Dũng Lò", mailer="gmail"),
                [Rep(uid, WP, "2021-05-27", wp(fn, 9, 45, 21, 1400), "accepted",
                     W(fn, "Từ ngày 21/5/2021 đến ngày 27/5/2021"))])


@case("xlsx", "x15_excel_time_duration", "ordinary",
      "duration stored as an Excel time 1:15 (h:mm) under 'Thời lượng (giờ:phút)' = 75 minutes")
def _():
    uid, thu = "binh_lu", th(6, 3)
    fn = "Binh Lu tuan 22.xlsx"
    labels = [("Số tin, bài", "Tin, bài"), ("Thời lượng (giờ:phút)", "Giờ:phút"),
              ("Số lần phát sóng", "Lần"), ("Ước số người nghe", "Người")]
    sh = wp_vertical(uid, thu, [11, C(dt.time(1, 15), center=True, fmt="h:mm"), 21, 1700], labels=labels)
    data = make_xlsx([sh], at(thu, 10, 0))
    return Spec(mail_std(uid, at(thu, 10, 10), "Báo cáo tuần 22 xã Bình Lư", body_file(uid, thu, "a"),
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-06-03", wp(fn, 11, (75, "1:15"), 21, 1700), "accepted",
                     W(fn, "Từ ngày 28/5/2021 đến ngày 3/6/2021"))])


@case("xlsx", "x16_duration_hours_minutes_text", "ordinary",
      "duration typed '1 giờ 30 phút' in a text cell = 90; listeners '2.000'")
def _():
    uid, thu = "khun_ha", th(6, 10)
    fn = "KHUN HA - BAO CAO TUAN.xlsx"
    sh = wp_vertical(uid, thu, [15, "1 giờ 30 phút", 28, "2.000"])
    data = make_xlsx([sh], at(thu, 9, 0))
    return Spec(mail_std(uid, at(thu, 9, 5), "BÁO CÁO TUYÊN TRUYỀN TUẦN - KHUN HÁ", body_file(uid, thu, "b"),
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-06-10", wp(fn, 15, (90, "1 giờ 30 phút"), 28, (2000, "2.000")), "accepted",
                     W(fn, "Từ ngày 4/6/2021 đến ngày 10/6/2021"))])


def two_row_header_sheet(uid, thu, row1, row2, merges_hdr, values, unit_label=None, title=None,
                         widths=None, enc=None):
    n = len(row2)
    rows, merges = x_title(uid, thu, n, title=title or "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN")
    start = len(rows) + 1
    rows.append([C(h, bold=True, center=True, wrap=True) if h else None for h in row1])
    rows.append([C(h, bold=True, center=True, wrap=True) if h else None for h in row2])
    merges = merges + [m.format(a=start, b=start + 1) for m in merges_hdr]
    rows.append([C(1, center=True), unit_label or U[uid].Full] + [C(v, center=True) for v in values])
    end = len(rows)
    rows += x_sign(uid, thu, n)
    sh = Sheet("Bao cao", rows, merges, widths or {"B": 20}, border_rows=(start, end, n))
    return legacy_sheet(sh, enc) if enc else sh


@case("xlsx", "x17_two_row_header", "hard",
      "two-row header: group cells 'Tin, bài' and 'Phát sóng' merged over their sub-headers")
def _():
    uid, thu = "na_tam", th(6, 17)
    fn = "BC tuan 24 - Na Tam.xlsx"
    row1 = ["STT", "Đơn vị", "Tin, bài", None, "Phát sóng", None]
    row2 = [None, None, "Số lượng", "Độ dài (phút)", "Số lần", "Ước số người nghe"]
    mh = ["A{a}:A{b}", "B{a}:B{b}", "C{a}:D{a}", "E{a}:F{a}"]
    data = make_xlsx([two_row_header_sheet(uid, thu, row1, row2, mh, [8, 40, 21, 1100])], at(thu, 8, 40))
    return Spec(mail_std(uid, at(thu, 8, 55), "Báo cáo tuần 24 - xã Nà Tăm", body_file(uid, thu, "a"),
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-06-17", wp(fn, 8, 40, 21, 1100), "accepted",
                     W(fn, "Từ ngày 11/6/2021 đến ngày 17/6/2021"))])


@case("xlsx", "x18_two_row_header_social_media", "hard",
      "social_media with a merged 'Nhóm mạng xã hội' group header over three sub-headers")
def _():
    uid, thu = "giang_ma", th(8, 26)
    fn = "Giang Ma - BC mang xa hoi.xlsx"
    row1 = ["STT", "Đơn vị", "Nhóm mạng xã hội (Zalo, Facebook)", None, None, "Bluezone", "Tin giả, tin sai sự thật"]
    row2 = [None, None, "Số nhóm", "Số thành viên", "Số tin, bài đăng tải", "Số lượt cài đặt", "Số vụ phát hiện"]
    mh = ["A{a}:A{b}", "B{a}:B{b}", "C{a}:E{a}"]
    sh = two_row_header_sheet(uid, thu, row1, row2, mh, [11, 980, 22, 160, 0],
                              title="BÁO CÁO TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI")
    data = make_xlsx([sh], at(thu, 14, 0))
    text = (f"{greeting()}\n\nUBND xã Giang Ma gửi báo cáo tuyên truyền trên mạng xã hội, cài đặt "
            f"Bluezone tuần {period_phrase(thu, 'a')}.\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 14, 20), "BC mạng xã hội tuần - Giang Ma", text, [Att(fn, data)]),
                [Rep(uid, SM, "2021-08-26", sm(fn, 11, 980, 22, 160, 0), "accepted",
                     W(fn, "Từ ngày 20/8/2021 đến ngày 26/8/2021"))])


@case("xlsx", "x19_two_weeks_two_sheets", "hard",
      "two weeks in one workbook (a sheet per week, each with its dates): two reports")
def _():
    uid = "ho_thau"
    t1, t2 = th(7, 22), th(7, 29)
    fn = "Ho Thau - bao cao 2 tuan.xlsx"
    s1 = wp_vertical(uid, t1, [6, 30, 14, 650], sheet="Tuan 29")
    s2 = wp_vertical(uid, t2, [7, 35, 14, 700], sheet="Tuan 30")
    data = make_xlsx([s1, s2], at(t2, 8, 30))
    text = (f"{greeting()}\n\nDo cán bộ phụ trách đi cách ly y tế, tuần trước xã chưa gửi được báo cáo. "
            "Nay UBND xã Hồ Thầu gửi bù báo cáo tuần trước và báo cáo tuần này (mỗi tuần một sheet).\n\n"
            f"{signature(uid)}\n")
    return Spec(mail_std(uid, at(t2, 9, 0), "Hồ Thầu gửi báo cáo 2 tuần", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-07-22", wp(fn, 6, 30, 14, 650), "accepted",
                     W(fn, "Từ ngày 16/7/2021 đến ngày 22/7/2021")),
                 Rep(uid, WP, "2021-07-29", wp(fn, 7, 35, 14, 700), "accepted",
                     W(fn, "Từ ngày 23/7/2021 đến ngày 29/7/2021"))])


@case("xlsx", "x20_listeners_missing", "ordinary",
      "the listeners row is left empty: a required figure is missing")
def _():
    uid, thu = "ban_bo", th(6, 24)
    fn = "BC tuan 25 - Ban Bo.xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [10, 50, 21, None])], at(thu, 9, 0))
    return Spec(mail_std(uid, at(thu, 9, 20), "Báo cáo tuyên truyền tuần xã Bản Bo", body_file(uid, thu, "a"),
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-06-24", drop(wp(fn, 10, 50, 21, 0), "listeners"), "needs_review",
                     W(fn, "Từ ngày 18/6/2021 đến ngày 24/6/2021"))])


@case("xlsx", "x21_listeners_in_households", "ordinary",
      "listeners given as households ('Số hộ nghe được', 850 hộ): a wrong unit holds the report")
def _():
    uid, thu = "tt_tam_duong", th(7, 1)
    fn = "TT Tam Đường - BC tuần.xlsx"
    labels = WP_VLABELS[:3] + [("Số hộ nghe được", "Hộ")]
    data = make_xlsx([wp_vertical(uid, thu, [16, 80, 28, 850], labels=labels)], at(thu, 10, 0))
    return Spec(mail_std(uid, at(thu, 10, 15), "Báo cáo tuyên truyền tuần - Thị trấn Tam Đường",
                         body_file(uid, thu, "b"), [Att(fn, data)]),
                [Rep(uid, WP, "2021-07-01", drop(wp(fn, 16, 80, 28, 0), "listeners"), "needs_review",
                     W(fn, "Từ ngày 25/6/2021 đến ngày 1/7/2021"))])


@case("xlsx", "x22_listeners_range", "ordinary",
      "listeners written as a range '1.500 - 2.000': not one figure")
def _():
    uid, thu = "son_binh", th(7, 8)
    fn = "Sơn Bình - tuần.xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [9, 45, 14, "1.500 - 2.000"])], at(thu, 11, 0))
    return Spec(mail_std(uid, at(thu, 11, 30), "Báo cáo tuần - Sơn Bình", body_file(uid, thu, "a"),
                         [Att(fn, data)]),
                [Rep(uid, WP, "2021-07-08", drop(wp(fn, 9, 45, 14, 0), "listeners"), "needs_review",
                     W(fn, "Từ ngày 2/7/2021 đến ngày 8/7/2021"))])


@case("xlsx", "x23_ambiguous_decimal_hours", "ordinary",
      "duration typed '1.5' under 'Thời lượng (giờ)': an ambiguous '1.5'")
def _():
    uid, thu = "ban_hon", th(7, 15)
    fn = "Ban Hon - BC tuan.xlsx"
    labels = [WP_VLABELS[0], ("Thời lượng", "Giờ"), WP_VLABELS[2], WP_VLABELS[3]]
    data = make_xlsx([wp_vertical(uid, thu, [7, "1.5", 14, 860], labels=labels)], at(thu, 9, 0))
    return Spec(mail_std(uid, at(thu, 9, 40), "BC tuyên truyền tuần Bản Hon", body_file(uid, thu, "a"),
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-07-15", drop(wp(fn, 7, 0, 14, 860), "minutes"), "needs_review",
                     W(fn, "Từ ngày 9/7/2021 đến ngày 15/7/2021"))])


@case("xlsx", "x24_written_week_sent_late", "ordinary",
      "sent the Monday after (beyond the 48 h grace) but the sheet writes its week: the written week wins")
def _():
    uid, thu = "nung_nang", th(7, 29)
    fn = "BC tuan 30 Nung Nang.xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [8, 40, 21, 1250], pstyle="d")], at(thu + dt.timedelta(days=4), 8, 0))
    text = (f"{greeting()}\n\nXã Nùng Nàng gửi báo cáo tuyên truyền tuần trước, xin lỗi Phòng vì gửi chậm "
            f"do mất điện.\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu + dt.timedelta(days=4), 8, 30), "Gửi chậm báo cáo tuần - Nùng Nàng", text,
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-07-29", wp(fn, 8, 40, 21, 1250), "accepted",
                     W(fn, "Từ ngày 23 tháng 7 đến ngày 29 tháng 7 năm 2021"))])


@case("xlsx", "x25_no_week_friday_morning", "ordinary",
      "no week written; sent Friday 08:10 (within 48 h of the deadline): the week just closed")
def _():
    uid, thu = "then_sin", th(8, 5)
    fn = "Then Sin BC tuan.xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [6, 30, 14, 780], period=False)], at(thu, 17, 0))
    text = f"{greeting()}\n\nXã Thèn Sin gửi báo cáo tuyên truyền tuần (gửi muộn).\n\n{signature(uid, 2)}\n"
    return Spec(mail_std(uid, at(thu + dt.timedelta(days=1), 8, 10), "Thèn Sin - báo cáo tuyên truyền", text,
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-08-05", wp(fn, 6, 30, 14, 780), "accepted", DATE)])


@case("xlsx", "x26_two_forms_two_sheets", "ordinary",
      "one workbook, a weekly_propaganda sheet and a social_media sheet: two reports")
def _():
    uid, thu = "binh_lu", th(9, 9)
    fn = "Binh Lu - BC tuan 36.xlsx"
    s1 = wp_vertical(uid, thu, [10, 50, 21, 1500], sheet="Tuyen truyen")
    s2 = wp_vertical(uid, thu, [8, 870, 19, 120, 0], labels=SM_VLABELS, sheet="MXH - Bluezone",
                     title="BÁO CÁO TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI, CÀI ĐẶT BLUEZONE")
    data = make_xlsx([s1, s2], at(thu, 9, 0))
    text = (f"{greeting()}\n\nUBND xã Bình Lư gửi báo cáo tuyên truyền tuần và báo cáo mạng xã hội, "
            f"Bluezone tuần {period_phrase(thu, 'a')} (2 sheet trong file).\n\n{signature(uid)}\n")
    pw = W(fn, "Từ ngày 3/9/2021 đến ngày 9/9/2021")
    return Spec(mail_std(uid, at(thu, 9, 15), "Bình Lư - BC tuần 36", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-09-09", wp(fn, 10, 50, 21, 1500), "accepted", pw),
                 Rep(uid, SM, "2021-09-09", sm(fn, 8, 870, 19, 120, 0), "accepted", pw)])


@case("xlsx", "x27_station_own_report", "ordinary",
      "the radio-TV station's own vertical report with station-size figures ('45.000' listeners)")
def _():
    uid, thu = "dai_th_th", th(9, 16)
    fn = "Đài TT-TH báo cáo tuần.xlsx"
    labels = [("Tin, bài, phóng sự", "Tin, bài"), ("Tổng thời lượng phát sóng", "Phút"),
              ("Số lần phát sóng", "Lượt"), ("Ước số người nghe, xem", "Người")]
    data = make_xlsx([wp_vertical(uid, thu, [42, 630, 84, "45.000"], labels=labels)], at(thu, 8, 0))
    return Spec(mail_std(uid, at(thu, 8, 30), "Đài TT-TH huyện báo cáo tuần", body_file(uid, thu, "a"),
                         [Att(fn, data)]),
                [Rep(uid, WP, "2021-09-16", wp(fn, 42, 630, 84, (45000, "45.000")), "accepted",
                     W(fn, "Từ ngày 10/9/2021 đến ngày 16/9/2021"))])


@case("xlsx", "x28_nfd_filename", "ordinary",
      "attachment name in decomposed Unicode (NFD, as a Mac sends it), RFC 2231 continuations")
def _():
    import unicodedata

    uid, thu = "khun_ha", th(9, 23)
    fn = unicodedata.normalize("NFD", "Báo cáo kết quả tuyên truyền tuần 38 - xã Khun Há.xlsx")
    src = nfc(fn)
    data = make_xlsx([wp_vertical(uid, thu, [10, 50, 21, 1350])], at(thu, 9, 0))
    return Spec(mail_std(uid, at(thu, 9, 30), "Báo cáo tuần 38 - Khun Há", body_file(uid, thu, "a"),
                         [Att(fn, data, style="2231")], mailer="thunderbird"),
                [Rep(uid, WP, "2021-09-23", wp(src, 10, 50, 21, 1350), "accepted",
                     W(src, "Từ ngày 17/9/2021 đến ngày 23/9/2021"))])


# ======================================================================================
# xls (BIFF8)

@case("xls", "s01_vertical_template", "ordinary", "old Excel .xls (xlwt): the vertical template with period")
def _():
    uid, thu = "ta_leng", th(10, 7)
    fn = "BC tuan 40 - Ta Leng.xls"
    data = make_xls([wp_vertical(uid, thu, [9, 45, 14, 1250])])
    return Spec(mail_std(uid, at(thu, 10, 0), "Tả Lèng báo cáo tuyên truyền tuần 40", body_file(uid, thu, "a"),
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-10-07", wp(fn, 9, 45, 14, 1250), "accepted",
                     W(fn, "Từ ngày 1/10/2021 đến ngày 7/10/2021"))])


@case("xls", "s02_horizontal_text_numbers", "ordinary",
      ".xls horizontal one row, duration typed '40 phút' as text")
def _():
    uid, thu = "ho_thau", th(10, 14)
    fn = "Hồ Thầu - báo cáo tuần.xls"
    data = make_xls([wp_horizontal(uid, thu, ["8", "40 phút", "14", "900"])])
    return Spec(mail_std(uid, at(thu, 13, 0), "Báo cáo tuyên truyền tuần Hồ Thầu", body_file(uid, thu, "b"),
                         [Att(fn, data)]),
                [Rep(uid, WP, "2021-10-14", wp(fn, 8, (40, "40 phút"), 14, 900), "accepted",
                     W(fn, "Từ ngày 8/10/2021 đến ngày 14/10/2021"))])


@case("xls", "s03_social_media", "ordinary", ".xls social_media vertical table")
def _():
    uid, thu = "nung_nang", th(9, 30)
    fn = "Nung Nang - MXH Bluezone.xls"
    sh = wp_vertical(uid, thu, [10, 1040, 27, 185, 0], labels=SM_VLABELS,
                     title="BÁO CÁO TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI VÀ BLUEZONE")
    data = make_xls([sh])
    text = (f"{greeting()}\n\nXã Nùng Nàng gửi báo cáo tuyên truyền trên mạng xã hội và Bluezone tuần "
            f"{period_phrase(thu, 'a')}.\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 15, 0), "Nùng Nàng - BC MXH tuần", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, SM, "2021-09-30", sm(fn, 10, 1040, 27, 185, 0), "accepted",
                     W(fn, "Từ ngày 24/9/2021 đến ngày 30/9/2021"))])


@case("xls", "s04_soffice_formula_totals", "ordinary",
      ".xls saved by LibreOffice from a workbook with per-village rows and a SUM 'Tổng cộng' row (cached values)")
def _():
    uid, thu = "ban_giang", th(10, 21)
    fn = "Ban Giang - tuan 42.xls"
    villages = [("Nà Luồng", 3, 15, 7, 410), ("Nà Ban", 4, 20, 7, 520), ("Nậm Đích", 2, 10, 7, 330)]
    xlsx = make_xlsx([by_village(uid, thu, villages, True)], at(thu, 8, 0))
    data = soffice_asset("s04_ban_giang.xls", xlsx, "xlsx", "xls")
    return Spec(mail_std(uid, at(thu, 8, 20), "Bản Giang - báo cáo tuyên truyền tuần 42", body_file(uid, thu, "a"),
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-10-21", wp(fn, 9, 45, 21, 1260), "accepted",
                     W(fn, "Từ ngày 15/10/2021 đến ngày 21/10/2021"))])


@case("xls", "s05_tcvn3_cells", "hard",
      ".xls typed in TCVN3: labels and title in .VnTime/.VnTimeH cells (Latin-1 look), figures as numbers")
def _():
    uid, thu = "son_binh", th(10, 28)
    fn = "BC tuan Son Binh.xls"
    sh = legacy_sheet(wp_vertical(uid, thu, [8, 40, 21, 1300]), "tcvn3")
    data = make_xls([sh])
    return Spec(mail_std(uid, at(thu, 9, 0), "Bao cao tuan - Son Binh", body_file(uid, thu, "a"),
                         [Att(fn, data, style="ascii", legacy="tcvn3")]),
                [Rep(uid, WP, "2021-10-28", wp(fn, 8, 40, 21, 1300), "accepted",
                     W(fn, "Từ ngày 22/10/2021 đến ngày 28/10/2021"))])


@case("xls", "s06_two_row_header", "hard", ".xls with a two-row header (merged group cells)")
def _():
    uid, thu = "ban_hon", th(11, 4)
    fn = "Ban Hon tuan 44.xls"
    row1 = ["STT", "Đơn vị", "Tin, bài tuyên truyền", None, "Phát thanh", None]
    row2 = [None, None, "Số tin, bài", "Thời lượng (phút)", "Số lần phát", "Số người nghe (ước)"]
    mh = ["A{a}:A{b}", "B{a}:B{b}", "C{a}:D{a}", "E{a}:F{a}"]
    data = make_xls([two_row_header_sheet(uid, thu, row1, row2, mh, [7, 35, 14, 880])])
    return Spec(mail_std(uid, at(thu, 10, 0), "Báo cáo tuần 44 - Bản Hon", body_file(uid, thu, "a"),
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-11-04", wp(fn, 7, 35, 14, 880), "accepted",
                     W(fn, "Từ ngày 29/10/2021 đến ngày 4/11/2021"))])


@case("xls", "s07_gmail_unit_in_file", "ordinary",
      "unknown Gmail sender, short body; the unit is in the file name and the sheet title")
def _():
    uid, thu = "na_tam", th(11, 18)
    fn = "Na Tam - tuan 46.xls"
    data = make_xls([wp_vertical(uid, thu, [6, 30, 14, 760])])
    return Spec(mail_std(uid, at(thu, 14, 0), "bao cao tuan", "Gửi phòng báo cáo tuần ạ.\n", [Att(fn, data, style="ascii")],
                         sender="tuyentruyen.natam@gmail.com", sender_name="Xiêng Tao", mailer="gmail"),
                [Rep(uid, WP, "2021-11-18", wp(fn, 6, 30, 14, 760), "accepted",
                     W(fn, "Từ ngày 12/11/2021 đến ngày 18/11/2021"))])


@case("xls", "s08_week_in_body_sent_monday", "ordinary",
      "the .xls has no dates; the body writes the week; sent the Monday after: the written week wins")
def _():
    uid, thu = "giang_ma", th(11, 25)
    fn = "Giang Ma.xls"
    data = make_xls([wp_vertical(uid, thu, [9, 45, 14, 1100], period=False)])
    text = (f"{greeting()}\n\nUBND xã Giang Ma gửi báo cáo kết quả tuyên truyền tuần từ ngày 19/11 đến ngày "
            f"25/11/2021 (gửi chậm do mất mạng).\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu + dt.timedelta(days=4), 8, 0), "Báo cáo tuần - Giang Ma", text,
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-11-25", wp(fn, 9, 45, 14, 1100), "accepted",
                     W("body", "từ ngày 19/11 đến ngày 25/11/2021"))])


# ======================================================================================
# csv

@case("csv", "c01_utf8_bom_comma", "ordinary", "CSV exported with UTF-8 BOM, comma separated, title lines kept")
def _():
    uid, thu = "binh_lu", th(11, 11)
    fn = "bao cao tuan Binh Lu.csv"
    lines = ["UBND XÃ BÌNH LƯ,,,,,",
             "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN (TỪ NGÀY 05/11/2021 ĐẾN NGÀY 11/11/2021),,,,,",
             ",,,,,",
             "STT,Đơn vị,Số tin bài,Thời lượng (phút),Số lần phát sóng,Ước số người nghe",
             '1,Xã Bình Lư,11,55,21,"1.600"']
    data = ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    return Spec(mail_std(uid, at(thu, 10, 0), "Bình Lư - báo cáo tuần (csv)", body_file(uid, thu, "a"),
                         [Att(fn, data, style="ascii", text_encoding="utf-8-sig")]),
                [Rep(uid, WP, "2021-11-11", wp(fn, 11, 55, 21, (1600, "1.600")), "accepted",
                     W(fn, "TỪ NGÀY 05/11/2021 ĐẾN NGÀY 11/11/2021"))])


@case("csv", "c02_windows1258_semicolon", "hard",
      "CSV in windows-1258 (combining tone bytes), ';' separated, no charset declared on the attachment")
def _():
    uid, thu = "tt_tam_duong", th(12, 2)
    fn = "TT_Tam_Duong_tuan48.csv"
    lines = ["UBND THỊ TRẤN TAM ĐƯỜNG;;;",
             "Báo cáo kết quả tuyên truyền tuần từ ngày 26/11/2021 đến ngày 02/12/2021;;;",
             "STT;Nội dung;Đơn vị tính;Số lượng",
             "1;Số tin, bài;Tin, bài;13",
             "2;Độ dài, thời lượng;Phút;65",
             "3;Số lần phát sóng;Lần;28",
             "4;Ước số người nghe;Người;3.100"]
    data = enc_cp1258("\r\n".join(lines) + "\r\n")
    return Spec(mail_std(uid, at(thu, 9, 0), "Báo cáo tuần 48 - TT Tam Đường", body_file(uid, thu, "a"),
                         [Att(fn, data, ctype="application/vnd.ms-excel", style="ascii",
                              text_encoding="cp1258")], mailer="outlook"),
                [Rep(uid, WP, "2021-12-02", wp(fn, 13, 65, 28, (3100, "3.100")), "accepted",
                     W(fn, "từ ngày 26/11/2021 đến ngày 02/12/2021"))])


@case("csv", "c03_utf8_semicolon_vertical", "ordinary", "UTF-8 CSV without BOM, ';' separated, vertical")
def _():
    uid, thu = "ban_bo", th(12, 9)
    fn = "Ban Bo tuan 49.csv"
    lines = ["Báo cáo tuyên truyền tuần từ 03/12/2021 đến 09/12/2021 - Xã Bản Bo",
             "STT;Nội dung;Đơn vị tính;Số lượng;Ghi chú",
             "1;Số lượng tin, bài;Tin;10;",
             "2;Thời lượng;Phút;50;",
             "3;Số lượt phát sóng;Lượt;21;3 lượt/ngày",
             "4;Số người nghe;Người;1.900;ước tính"]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    return Spec(mail_std(uid, at(thu, 11, 0), "BC tuan 49 Ban Bo", body_file(uid, thu, "a"),
                         [Att(fn, data, ctype="text/csv; charset=utf-8", style="ascii", text_encoding="utf-8")],
                         mailer="thunderbird"),
                [Rep(uid, WP, "2021-12-09", wp(fn, 10, 50, 21, (1900, "1.900")), "accepted",
                     W(fn, "từ 03/12/2021 đến 09/12/2021"))])


@case("csv", "c04_social_media_bom", "ordinary", "UTF-8 BOM CSV, social_media horizontal")
def _():
    uid, thu = "khun_ha", th(10, 7)
    fn = "Khun Ha MXH.csv"
    lines = ["Đơn vị,Từ ngày,Đến ngày,Số nhóm Zalo,Số thành viên,Số tin bài đăng tải,Số lượt cài đặt Bluezone,Số vụ tin giả",
             "Xã Khun Há,01/10/2021,07/10/2021,13,1520,34,230,2"]
    data = ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    text = (f"{greeting()}\n\nXã Khun Há gửi số liệu tuyên truyền trên mạng xã hội, Bluezone tuần này "
            f"(file csv).\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 10, 0), "Khun Há - mạng xã hội, Bluezone", text,
                         [Att(fn, data, style="ascii", text_encoding="utf-8-sig")]),
                [Rep(uid, SM, "2021-10-07", sm(fn, 13, 1520, 34, 230, 2), "accepted",
                     W(fn, "01/10/2021,07/10/2021"))])


@case("csv", "c05_duration_1h30", "ordinary",
      "CSV with duration '1h30' (= 90) and listeners '2.500'; no week written, Thursday 11:20")
def _():
    uid, thu = "son_binh", th(12, 16)
    fn = "sonbinh_baocao.csv"
    lines = ["Nội dung,Số liệu", "Số tin bài,12", "Thời lượng,1h30", "Số lần phát sóng,21", 'Số người nghe,"2.500"']
    data = ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    text = f"{greeting()}\n\nXã Sơn Bình gửi báo cáo tuyên truyền tuần này.\n\n{signature(uid)}\n"
    return Spec(mail_std(uid, at(thu, 11, 20), "Sơn Bình báo cáo tuần", text,
                         [Att(fn, data, style="ascii", text_encoding="utf-8-sig")]),
                [Rep(uid, WP, "2021-12-16", wp(fn, 12, (90, "1h30"), 21, (2500, "2.500")), "accepted", DATE)])


# ======================================================================================
# ods

@case("ods", "o01_vertical_template", "ordinary", "LibreOffice .ods, the vertical template with period")
def _():
    uid, thu = "then_sin", th(12, 23)
    fn = "Thèn Sin - báo cáo tuần.ods"
    data = make_ods([wp_vertical(uid, thu, [8, 40, 14, 1050])], at(thu, 9, 0))
    return Spec(mail_std(uid, at(thu, 9, 30), "Báo cáo tuyên truyền tuần - Thèn Sin", body_file(uid, thu, "a"),
                         [Att(fn, data)], mailer="thunderbird"),
                [Rep(uid, WP, "2021-12-23", wp(fn, 8, 40, 14, 1050), "accepted",
                     W(fn, "Từ ngày 17/12/2021 đến ngày 23/12/2021"))])


@case("ods", "o02_social_media_horizontal", "ordinary", ".ods social_media, horizontal one row")
def _():
    uid, thu = "ta_leng", th(9, 2)
    fn = "Ta Leng - MXH.ods"
    heads = ["STT", "Đơn vị", "Số nhóm mạng xã hội", "Số thành viên", "Số bài đăng", "Cài đặt Bluezone",
             "Tin giả, tin sai sự thật"]
    sh = wp_horizontal(uid, thu, [7, 690, 15, 98, 0], heads=heads,
                       title="KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI")
    data = make_ods([sh], at(thu, 9, 0))
    text = (f"{greeting()}\n\nXã Tả Lèng gửi báo cáo mạng xã hội, Bluezone tuần {period_phrase(thu, 'a')}."
            f"\n\n{signature(uid)}\n")
    when = at(thu - dt.timedelta(days=1), 16, 30)
    return Spec(mail_std(uid, when, "Tả Lèng - báo cáo mạng xã hội", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, SM, "2021-09-02", sm(fn, 7, 690, 15, 98, 0), "accepted",
                     W(fn, "Từ ngày 27/8/2021 đến ngày 2/9/2021"))])


@case("ods", "o03_formula_totals", "ordinary", ".ods with per-village rows and a SUM total row (cached values)")
def _():
    uid, thu = "ban_giang", th(12, 30)
    fn = "Ban Giang tuan 52.ods"
    villages = [("Nà Luồng", 2, 10, 7, 380), ("Nà Ban", 3, 15, 7, 490), ("Nậm Đích", 2, 10, 7, 300)]
    sh = by_village(uid, thu, villages, True)
    for row in sh.rows:
        for c in row:
            if isinstance(c, C) and isinstance(c.value, F):
                c.value = F("of:" + c.value.formula.replace("SUM(", "SUM([.").replace(":", ":.").replace(")", "])"),
                            c.value.cached)
    data = make_ods([sh], at(thu, 8, 0))
    return Spec(mail_std(uid, at(thu, 8, 30), "Bản Giang - báo cáo tuần 52", body_file(uid, thu, "a"),
                         [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-12-30", wp(fn, 7, 35, 21, 1170), "accepted",
                     W(fn, "Từ ngày 24/12/2021 đến ngày 30/12/2021"))])
