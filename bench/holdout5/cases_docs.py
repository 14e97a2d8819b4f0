"""Families docx, pdf, scan, legacy: the official report (Nghị định 30/2020 layout) as
Word, PDF, paper scans and photos, and legacy-font documents."""

from __future__ import annotations

import datetime as dt

from h5case import (PEOPLE, SM, SM_VLABELS, U, WP, WP_VLABELS, Rep, Spec, case, doc_left, drop, greeting,
                    mail_std, noi_nhan, period_phrase, place_date, signature, topics, vals)
from h5lib import Att, Doc, Pdf, at, dmy, image_pdf, make_xlsx, page_image, soffice_asset, week_of
from cases_sheets import DATE, W, legacy_sheet, sm, th, wp, wp_vertical


def intro(uid: str, thu: dt.date) -> str:
    u = U[uid]
    if thu >= dt.date(2021, 8, 10):
        ref = ("Thực hiện Công văn số 562/VHTT ngày 09/8/2021 của Phòng Văn hóa và Thông tin huyện về việc "
               "tăng cường công tác vận động, tuyên truyền các thông tin chính thống về phòng chống dịch "
               "Covid-19 trên mạng xã hội")
    else:
        ref = ("Thực hiện chỉ đạo của Phòng Văn hóa và Thông tin huyện về việc báo cáo nhanh kết quả "
               "công tác tuyên truyền hằng tuần")
    return f"{ref}; {u.ubnd} báo cáo kết quả công tác tuyên truyền tuần như sau:"


def directing(uid: str, thu: dt.date) -> str:
    t = topics(thu)
    return ("UBND xã đã chỉ đạo " if U[uid].kind == "xã" else "Đã chỉ đạo ") + \
        f"{U[uid].station.replace('Trạm truyền thanh thị trấn', 'Trạm truyền thanh thị trấn')} và các bản, tổ dân phố " \
        f"tăng cường tuyên truyền các nội dung: {'; '.join(t)}."


def summary_line(thu: dt.date, pstyle: str | None = "a") -> str:
    if pstyle is None:
        return "Kết quả công tác tuyên truyền tuần"
    return f"Kết quả công tác tuyên truyền tuần (từ ngày {dmy(week_of(thu)[0], 'dd/mm')} đến ngày " \
           f"{dmy(thu, 'dd/mm/Y')})" if pstyle == "a" else f"Kết quả công tác tuyên truyền tuần {period_phrase(thu, pstyle)}"


def period_of_summary(thu: dt.date, pstyle: str = "a") -> str:
    if pstyle == "a":
        return f"từ ngày {dmy(week_of(thu)[0], 'dd/mm')} đến ngày {dmy(thu, 'dd/mm/Y')}"
    return period_phrase(thu, pstyle)


def closing(uid: str) -> str:
    return f"Trên đây là báo cáo kết quả công tác tuyên truyền tuần của {U[uid].ubnd}./."


def nd30(uid, thu, blocks, *, so="15", doc_date=None, summary=None, enc=None, pdf=False, kinh_gui=True,
         kind="BÁO CÁO"):
    """The official report. blocks: ('h', text) heading, ('p', text) paragraph, ('t', rows,
    header_rows, merges) table, ('c', text) centred, ('pb',) page break (pdf)."""
    doc_date = doc_date or thu
    so_line = f"Số: {so}/{U[uid].symbol}"
    d = Pdf() if pdf else Doc(enc=enc)
    d.header(doc_left(uid), so_line, place_date(uid, doc_date))
    d.para(kind, bold=True, center=True, **({} if pdf else {"upper": True}))
    d.para(summary if summary is not None else summary_line(thu), bold=True, center=True)
    if kinh_gui:
        d.para(greeting(), center=True)
    for b in blocks:
        if b[0] == "h":
            d.para(b[1], bold=True, **({"indent": True} if pdf else {}))
        elif b[0] == "p":
            d.para(b[1])
        elif b[0] == "c":
            d.para(b[1], center=True, italic=True)
        elif b[0] == "t":
            if pdf:
                spans = [((c1, r1), (c2, r2)) for (r1, c1), (r2, c2) in b[3]] if len(b) > 3 else ()
                d.table(b[1], b[2], spans)
            else:
                d.table(b[1], b[2], b[3] if len(b) > 3 else ())
        elif b[0] == "pb":
            if pdf:
                d.pagebreak()
        else:
            raise ValueError(b)
    _, _, _, sign, boss = PEOPLE[uid]
    d.signature(noi_nhan(uid), sign, boss)
    return d


def save(d, when, uid):
    if isinstance(d, Pdf):
        return d.save(title="Báo cáo kết quả tuyên truyền tuần", author=PEOPLE[uid][0])
    return d.save(when, author=PEOPLE[uid][0], title="Báo cáo")


def vtable(cells, labels=WP_VLABELS, head=("STT", "Nội dung", "Đơn vị tính", "Kết quả")):
    rows = [list(head)]
    for i, ((lab, unit), v) in enumerate(zip(labels, cells), 1):
        rows.append([str(i), lab, unit, str(v)] + [""] * (len(head) - 4))
    return rows


def list_lines(w, labels=("Số tin, bài", "Độ dài, thời lượng", "Số lần phát sóng", "Ước số người nghe")):
    return [("p", f"- {lab}: {v}.") for lab, v in zip(labels, w)]


def plan(uid):
    return [("h", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ TUẦN TỚI"),
            ("p", "- Tiếp tục tuyên truyền các chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước, "
                  "nhiệm vụ phát triển kinh tế - xã hội của địa phương."),
            ("p", "- Duy trì hoạt động của hệ thống loa truyền thanh, phát sóng đúng khung giờ quy định.")]


def mail_doc(uid, when, subject, fn, data, body=None, pstyle="a", thu=None, **kw):
    text = body if body is not None else (
        f"{greeting()}\n\n{U[uid].ubnd} gửi báo cáo kết quả công tác tuyên truyền tuần"
        f"{' ' + period_phrase(thu, pstyle) if thu and pstyle else ''} (file đính kèm).\n\nTrân trọng!\n\n"
        f"{signature(uid)}\n")
    style = kw.pop("style", "2231")
    legacy = kw.pop("legacy", None)
    return mail_std(uid, when, subject, text, [Att(fn, data, style=style, legacy=legacy)], **kw)


SW = ("Số: ",)


# ======================================================================================
# docx

@case("docx", "d01_nd30_table", "ordinary",
      "full Nghị định 30 layout (header table, Số, place-date, BÁO CÁO, trích yếu, Nơi nhận, TM./KT.) with a vertical results table")
def _():
    uid, thu = "ban_bo", th(9, 30)
    fn = "15. BC tuyen truyen tuan - Ban Bo.docx"
    blocks = [("p", intro(uid, thu)), ("h", "I. KẾT QUẢ THỰC HIỆN"), ("p", directing(uid, thu)),
              ("p", "Kết quả cụ thể như sau:"), ("t", vtable([12, 60, 21, "1.800"]), 1)] + plan(uid) + \
             [("p", closing(uid))]
    d = nd30(uid, thu, blocks, so="52")
    data = save(d, at(thu, 8, 0), uid)
    return Spec(mail_doc(uid, at(thu, 8, 30), "Báo cáo tuyên truyền tuần - Bản Bo", fn, data, thu=thu),
                [Rep(uid, WP, "2021-09-30", wp(fn, 12, 60, 21, (1800, "1.800")), "accepted",
                     W(fn, "từ ngày 24/09 đến ngày 30/09/2021"))])


@case("docx", "d02_prose_only", "ordinary", "figures only in one prose sentence of the report")
def _():
    uid, thu = "nung_nang", th(10, 14)
    fn = "Bao cao tuan Nung Nang.docx"
    blocks = [("p", intro(uid, thu)), ("p", directing(uid, thu)),
              ("p", "Trong tuần, Trạm truyền thanh xã đã biên tập và phát 10 tin, bài với tổng thời lượng 50 phút; "
                    "phát sóng 21 lượt trên hệ thống loa truyền thanh các bản; ước có khoảng 1.500 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="61"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 10), "Nùng Nàng - báo cáo tuần", fn, data, thu=thu),
                [Rep(uid, WP, "2021-10-14", vals(fn, items=(10, "10 tin, bài"), minutes=(50, "50 phút"),
                                                   broadcasts=(21, "21 lượt"), listeners=(1500, "khoảng 1.500 người")),
                     "accepted", W(fn, "từ ngày 08/10 đến ngày 14/10/2021"))])


@case("docx", "d03_next_week_plan_figures", "ordinary",
      "results in prose, then next week's plan with its own target figures, which are not the report")
def _():
    uid, thu = "then_sin", th(4, 8)
    fn = "Thèn Sin - BC tuần.docx"
    blocks = [("p", intro(uid, thu)), ("h", "I. KẾT QUẢ"),
              ("p", "Trạm truyền thanh xã đã phát 9 tin, bài, thời lượng 45 phút, với 14 lần phát sóng; "
                    "ước khoảng 1.100 người nghe."),
              ("h", "II. PHƯƠNG HƯỚNG TUẦN TỚI"),
              ("p", "Tiếp tục biên tập, phát ít nhất 12 tin, bài, thời lượng 60 phút, 21 lần phát sóng về công tác "
                    "bầu cử; phấn đấu trên 1.500 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="09"), at(thu, 8, 0), uid)
    return Spec(mail_doc(uid, at(thu, 8, 45), "BC tuyên truyền tuần Thèn Sin", fn, data, thu=thu),
                [Rep(uid, WP, "2021-04-08", vals(fn, items=(9, "9 tin, bài"), minutes=(45, "45 phút"),
                                                  broadcasts=(14, "14 lần"), listeners=(1100, "khoảng 1.100 người")),
                     "accepted", W(fn, "từ ngày 02/04 đến ngày 08/04/2021"))])


@case("docx", "d04_last_week_comparison", "ordinary",
      "this week's figures with last week's in brackets for comparison ('tăng 2 tin so với tuần trước là 9')")
def _():
    uid, thu = "ta_leng", th(6, 3)
    fn = "Ta Leng - bao cao tuan 22.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trong tuần, Trạm truyền thanh xã phát 11 tin, bài (tăng 2 tin so với tuần trước là 9 tin, bài), "
                    "tổng thời lượng 55 phút (tuần trước 45 phút); 21 lần phát sóng (bằng tuần trước); ước 1.400 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="31"), at(thu, 10, 0), uid)
    return Spec(mail_doc(uid, at(thu, 10, 30), "Tả Lèng báo cáo tuần 22", fn, data, thu=thu),
                [Rep(uid, WP, "2021-06-03", vals(fn, items=(11, "11 tin, bài"), minutes=(55, "55 phút"),
                                                  broadcasts=(21, "21 lần"), listeners=(1400, "1.400 người")),
                     "accepted", W(fn, "từ ngày 28/05 đến ngày 03/06/2021"))])


@case("docx", "d05_two_row_header_table", "hard",
      "Word table with a two-row header (group cells merged over sub-headers), topic rows and a total row")
def _():
    uid, thu = "khun_ha", th(7, 8)
    fn = "Khun Há - báo cáo tuần.docx"
    rows = [["STT", "Nội dung tuyên truyền", "Tin, bài", "", "Phát sóng", ""],
            ["", "", "Số lượng", "Thời lượng (phút)", "Số lần", "Ước số người nghe"],
            ["1", "Phòng, chống dịch Covid-19", "6", "30", "14", ""],
            ["2", "Phòng, chống cháy rừng", "3", "15", "7", ""],
            ["", "Tổng cộng", "9", "45", "21", "1.600"]]
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 4), (0, 5))]
    blocks = [("p", intro(uid, thu)), ("p", "Kết quả cụ thể:"), ("t", rows, 2, merges), ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="40"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 30), "Báo cáo tuyên truyền tuần - Khun Há", fn, data, thu=thu),
                [Rep(uid, WP, "2021-07-08", wp(fn, 9, 45, 21, (1600, "1.600")), "accepted",
                     W(fn, "từ ngày 02/07 đến ngày 08/07/2021"))])


@case("docx", "d06_social_media_prose", "ordinary",
      "social_media figures in prose; 'không phát hiện trường hợp tin giả' = 0")
def _():
    uid, thu = "ho_thau", th(8, 19)
    fn = "BC MXH Ho Thau.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Đến nay, 100% các bản đã thành lập nhóm Zalo, tổng số 14 nhóm với 1.620 thành viên tham gia; "
                    "trong tuần đã đăng tải 38 tin, bài về công tác phòng, chống dịch; vận động 95 người cài đặt "
                    "ứng dụng Bluezone; không phát hiện trường hợp tin giả, tin sai sự thật trên địa bàn."),
              ("p", "Trên đây là báo cáo kết quả tuyên truyền trên mạng xã hội của UBND xã Hồ Thầu./.")]
    d = nd30(uid, thu, blocks, so="58",
             summary=f"Kết quả tuyên truyền trên mạng xã hội, cài đặt Bluezone tuần {period_phrase(thu, 'a')}")
    data = save(d, at(thu, 10, 0), uid)
    return Spec(mail_doc(uid, at(thu, 10, 20), "Hồ Thầu - BC mạng xã hội tuần", fn, data,
                         body=f"{greeting()}\n\nXã Hồ Thầu gửi báo cáo tuyên truyền trên mạng xã hội, Bluezone.\n\n"
                              f"{signature(uid)}\n"),
                [Rep(uid, SM, "2021-08-19", vals(fn, groups=(14, "14 nhóm"), group_members=(1620, "1.620 thành viên"),
                                                  posts=(38, "38 tin, bài"), bluezone_installs=(95, "95 người"),
                                                  fake_news=(0, "không phát hiện")),
                     "accepted", W(fn, "từ ngày 13/08 đến ngày 19/08/2021"))])


@case("docx", "d07_thi_tran_vertical_table", "ordinary",
      "thị trấn report signed TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, table with a Ghi chú column")
def _():
    uid, thu = "tt_tam_duong", th(6, 17)
    fn = "BC tuan TT Tam Duong.docx"
    rows = vtable([16, 80, 35, "3.500"], head=("STT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"))
    rows[3][4] = "5 lần/ngày"
    blocks = [("p", intro(uid, thu)), ("p", directing(uid, thu)), ("t", rows, 1), ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="112"), at(thu, 14, 0), uid)
    return Spec(mail_doc(uid, at(thu, 14, 10), "Thị trấn Tam Đường báo cáo tuyên truyền tuần", fn, data, thu=thu),
                [Rep(uid, WP, "2021-06-17", wp(fn, 16, 80, 35, (3500, "3.500")), "accepted",
                     W(fn, "từ ngày 11/06 đến ngày 17/06/2021"))])


@case("docx", "d08_tieng_ruoi", "ordinary", "duration written '1 tiếng rưỡi' (= 90 minutes)")
def _():
    uid, thu = "binh_lu", th(3, 18)
    fn = "Bình Lư - BC tuần.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã đã phát 12 tin, bài, tổng thời lượng 1 tiếng rưỡi, phát sóng 21 lần; "
                    "ước 1.900 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="07"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 15), "BC tuyên truyền tuần xã Bình Lư", fn, data, thu=thu),
                [Rep(uid, WP, "2021-03-18", vals(fn, items=(12, "12 tin, bài"), minutes=(90, "1 tiếng rưỡi"),
                                                  broadcasts=(21, "21 lần"), listeners=(1900, "1.900 người")),
                     "accepted", W(fn, "từ ngày 12/03 đến ngày 18/03/2021"))])


@case("docx", "d09_nghin_decimal", "ordinary", "listeners written '3,5 nghìn người' (= 3500)")
def _():
    uid, thu = "son_binh", th(3, 25)
    fn = "Son Binh BC tuan.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trong tuần phát 14 tin, bài; thời lượng 70 phút; 28 lần phát sóng; ước có 3,5 nghìn người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="11"), at(thu, 8, 0), uid)
    return Spec(mail_doc(uid, at(thu, 8, 20), "Sơn Bình - báo cáo tuyên truyền", fn, data, thu=thu),
                [Rep(uid, WP, "2021-03-25", vals(fn, items=(14, "14 tin, bài"), minutes=(70, "70 phút"),
                                                  broadcasts=(28, "28 lần"), listeners=(3500, "3,5 nghìn người")),
                     "accepted", W(fn, "từ ngày 19/03 đến ngày 25/03/2021"))])


@case("docx", "d10_week_with_year_on_end_only", "ordinary",
      "week written 'từ ngày 26/3 đến ngày 01/4/2021' (year only on the end date), document dated the Friday after")
def _():
    uid, thu = "ban_giang", th(4, 1)
    fn = "Ban Giang - tuan 13.docx"
    summ = "Kết quả công tác tuyên truyền tuần từ ngày 26/3 đến ngày 01/4/2021"
    blocks = [("p", intro(uid, thu)),
              ("p", "Kết quả: phát 10 tin, bài; độ dài 50 phút; 21 lần phát sóng; ước 1.350 người nghe."),
              ("p", closing(uid))]
    d = nd30(uid, thu, blocks, so="14", summary=summ, doc_date=thu + dt.timedelta(days=1))
    data = save(d, at(thu + dt.timedelta(days=1), 7, 30), uid)
    return Spec(mail_doc(uid, at(thu + dt.timedelta(days=1), 8, 0), "Bản Giang BC tuần 13", fn, data, thu=None),
                [Rep(uid, WP, "2021-04-01", vals(fn, items=(10, "10 tin, bài"), minutes=(50, "50 phút"),
                                                  broadcasts=(21, "21 lần"), listeners=(1350, "1.350 người")),
                     "accepted", W(fn, "từ ngày 26/3 đến ngày 01/4/2021"))])


@case("docx", "d11_sessions_not_totalled", "ordinary",
      "duration only as '3 buổi/ngày, mỗi buổi 15 phút': a computation the sender did not do")
def _():
    uid, thu = "ban_hon", th(4, 22)
    fn = "BC tuan Ban Hon.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã phát 7 tin, bài; phát sóng 21 lần (3 buổi/ngày, mỗi buổi 15 phút); "
                    "ước 900 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="21"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 20), "Bản Hon báo cáo tuần", fn, data, thu=thu),
                [Rep(uid, WP, "2021-04-22", vals(fn, items=(7, "7 tin, bài"), broadcasts=(21, "21 lần"),
                                                  listeners=(900, "900 người")),
                     "needs_review", W(fn, "từ ngày 16/04 đến ngày 22/04/2021"))])


@case("docx", "d12_tin_and_bai_separately", "ordinary",
      "items written '8 tin, 2 bài': adding them is a computation the sender did not do")
def _():
    uid, thu = "giang_ma", th(5, 6)
    fn = "Giang Ma - BC tuần.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã đã biên tập, phát 8 tin, 2 bài; tổng thời lượng 50 phút; 21 lần phát sóng; "
                    "ước 1.200 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="26"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 5), "BC tuyên truyền - Giang Ma", fn, data, thu=thu),
                [Rep(uid, WP, "2021-05-06", vals(fn, minutes=(50, "50 phút"), broadcasts=(21, "21 lần"),
                                                  listeners=(1200, "1.200 người")),
                     "needs_review", W(fn, "từ ngày 30/04 đến ngày 06/05/2021"))])


@case("docx", "d13_listeners_over_estimate", "ordinary",
      "'trên 2.000 người nghe': listeners are an estimate by nature, taken as written")
def _():
    uid, thu = "na_tam", th(5, 13)
    fn = "Nà Tăm - báo cáo tuyên truyền.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trong tuần, Trạm truyền thanh xã phát 13 tin, bài về công tác bầu cử và phòng, chống dịch; "
                    "tổng thời lượng 65 phút; 28 lần phát sóng; thu hút trên 2.000 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="19"), at(thu, 10, 0), uid)
    return Spec(mail_doc(uid, at(thu, 10, 15), "Nà Tăm báo cáo tuần", fn, data, thu=thu),
                [Rep(uid, WP, "2021-05-13", vals(fn, items=(13, "13 tin, bài"), minutes=(65, "65 phút"),
                                                  broadcasts=(28, "28 lần"), listeners=(2000, "trên 2.000 người")),
                     "accepted", W(fn, "từ ngày 07/05 đến ngày 13/05/2021"))])


@case("docx", "d14_items_bound", "ordinary",
      "'trên 10 tin, bài' for items: a bound, not a figure")
def _():
    uid, thu = "tt_tam_duong", th(5, 20)
    fn = "TT Tam Duong - BC tuan.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh thị trấn đã phát trên 10 tin, bài tuyên truyền bầu cử; tổng thời lượng 120 phút; "
                    "35 lần phát sóng; ước 3.200 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="88"), at(thu, 10, 0), uid)
    return Spec(mail_doc(uid, at(thu, 10, 40), "TT Tam Đường - BC tuần", fn, data, thu=thu),
                [Rep(uid, WP, "2021-05-20", vals(fn, minutes=(120, "120 phút"), broadcasts=(35, "35 lần"),
                                                  listeners=(3200, "3.200 người")),
                     "needs_review", W(fn, "từ ngày 14/05 đến ngày 20/05/2021"))])


@case("docx", "d15_week_not_friday_thursday", "ordinary",
      "document writes a Monday-Sunday week (14/6-20/6): not a reporting week, period left to the clerk")
def _():
    uid, thu = "son_binh", th(6, 24)
    fn = "Son Binh - tuan 14-20.6.docx"
    summ = "Kết quả công tác tuyên truyền tuần từ ngày 14/6/2021 đến ngày 20/6/2021"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã phát 9 tin, bài; thời lượng 45 phút; 14 lần phát sóng; ước 1.250 người nghe."),
              ("p", closing(uid))]
    monday = dt.date(2021, 6, 21)
    d = nd30(uid, thu, blocks, so="35", summary=summ, doc_date=monday)
    data = save(d, at(monday, 7, 40), uid)
    return Spec(mail_doc(uid, at(monday, 8, 0), "Sơn Bình báo cáo tuần", fn, data, thu=None),
                [Rep(uid, WP, None, vals(fn, items=(9, "9 tin, bài"), minutes=(45, "45 phút"),
                                         broadcasts=(14, "14 lần"), listeners=(1250, "1.250 người")),
                     "needs_review", None)])


@case("docx", "d16_station_prose", "ordinary",
      "radio-TV station report in prose, with a count of programmes besides the form's figures")
def _():
    uid, thu = "dai_th_th", th(7, 22)
    fn = "BC tuan - Dai TTTH huyen.docx"
    blocks = [("p", "Thực hiện nhiệm vụ chính trị được giao, Đài Truyền thanh - Truyền hình huyện báo cáo kết quả "
                    "công tác tuyên truyền tuần như sau:"),
              ("p", "Trong tuần, Đài đã sản xuất và phát sóng 14 chương trình thời sự địa phương với 42 tin, bài, "
                    "phóng sự; tổng thời lượng 630 phút; thực hiện 56 lượt phát sóng trên sóng phát thanh và truyền "
                    "hình; ước 45.000 lượt người nghe, xem."),
              ("p", "Trên đây là báo cáo kết quả tuyên truyền tuần của Đài Truyền thanh - Truyền hình huyện./.")]
    data = save(nd30(uid, thu, blocks, so="27"), at(thu, 8, 0), uid)
    return Spec(mail_doc(uid, at(thu, 8, 10), "Đài TT-TH báo cáo kết quả tuyên truyền tuần", fn, data, thu=thu),
                [Rep(uid, WP, "2021-07-22", vals(fn, items=(42, "42 tin, bài"), minutes=(630, "630 phút"),
                                                  broadcasts=(56, "56 lượt"),
                                                  listeners=(45000, "45.000 lượt người nghe, xem")),
                     "accepted", W(fn, "từ ngày 16/07 đến ngày 22/07/2021"))])


@case("docx", "d17_duration_1h30_apostrophe", "ordinary", "duration written \"1h30'\" in the list of results")
def _():
    uid, thu = "ban_bo", th(7, 29)
    fn = "Bản Bo - BC tuần 30.docx"
    blocks = [("p", intro(uid, thu)), ("h", "Kết quả:")] + \
        list_lines(["10 tin, bài", "1h30'", "21 lần", "1.700 người"]) + [("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="44"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 45), "Bản Bo - báo cáo tuần 30", fn, data, thu=thu),
                [Rep(uid, WP, "2021-07-29", vals(fn, items=(10, "10 tin, bài"), minutes=(90, "1h30'"),
                                                  broadcasts=(21, "21 lần"), listeners=(1700, "1.700 người")),
                     "accepted", W(fn, "từ ngày 23/07 đến ngày 29/07/2021"))])


@case("docx", "d18_gmail_unit_from_document", "ordinary",
      "unknown Gmail sender with no signature; the unit is in the document header and its closing line")
def _():
    uid, thu = "ban_hon", th(8, 5)
    fn = "bao cao.docx"
    blocks = [("p", intro(uid, thu)), ("t", vtable([8, 40, 14, 960]), 1), ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="37"), at(thu, 7, 0), uid)
    return Spec(mail_doc(uid, at(thu, 7, 20), "Báo cáo tuần", fn, data, body="Gửi phòng VH&TT báo cáo tuần.\n",
                         sender="giangpang1990@gmail.com", sender_name="Giàng Pằng", mailer="gmail", style="ascii"),
                [Rep(uid, WP, "2021-08-05", wp(fn, 8, 40, 14, 960), "accepted",
                     W(fn, "từ ngày 30/07 đến ngày 05/08/2021"))])


@case("docx", "d19_broadcasts_out_of_bounds", "ordinary",
      "broadcasts '2.400 lần' beyond the form's bound (2000): held")
def _():
    uid, thu = "nung_nang", th(8, 12)
    fn = "Nùng Nàng BC tuần.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã phát 11 tin, bài; tổng thời lượng 55 phút; 2.400 lần phát sóng; "
                    "ước 1.450 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="49"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 30), "Báo cáo tuần Nùng Nàng", fn, data, thu=thu),
                [Rep(uid, WP, "2021-08-12", vals(fn, items=(11, "11 tin, bài"), minutes=(55, "55 phút"),
                                                  listeners=(1450, "1.450 người")),
                     "needs_review", W(fn, "từ ngày 06/08 đến ngày 12/08/2021"))])


@case("docx", "d20_social_media_table", "ordinary", "social_media report with a vertical Word table")
def _():
    uid, thu = "tt_tam_duong", th(9, 9)
    fn = "TT Tam Đường - BC mạng xã hội.docx"
    blocks = [("p", intro(uid, thu)), ("t", vtable([21, "2.840", 46, 310, 1], labels=SM_VLABELS), 1),
              ("p", "Trường hợp tin giả: 01 tài khoản Facebook đăng tin sai sự thật về ca nhiễm Covid-19, đã phối hợp "
                    "Công an thị trấn xử lý."),
              ("p", "Trên đây là báo cáo của UBND thị trấn Tam Đường./.")]
    d = nd30(uid, thu, blocks, so="131",
             summary=f"Kết quả tuyên truyền trên mạng xã hội và cài đặt Bluezone tuần {period_phrase(thu, 'a')}")
    data = save(d, at(thu, 15, 0), uid)
    return Spec(mail_doc(uid, at(thu, 15, 10), "BC mạng xã hội, Bluezone tuần - TT Tam Đường", fn, data,
                         body=f"{greeting()}\n\nThị trấn gửi báo cáo theo Công văn 606.\n\n{signature(uid)}\n"),
                [Rep(uid, SM, "2021-09-09", sm(fn, 21, (2840, "2.840"), 46, 310, 1), "accepted",
                     W(fn, "từ ngày 03/09 đến ngày 09/09/2021"))])


@case("docx", "d21_listeners_percentage", "ordinary",
      "listeners only as a percentage of households ('85% số hộ'): a percentage where a count is asked")
def _():
    uid, thu = "then_sin", th(9, 23)
    fn = "Then Sin - BC tuan 38.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã phát 8 tin, bài; thời lượng 40 phút; 14 lần phát sóng; khoảng 85% số hộ "
                    "dân trên địa bàn được nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="57"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 25), "Thèn Sin báo cáo tuần 38", fn, data, thu=thu),
                [Rep(uid, WP, "2021-09-23", vals(fn, items=(8, "8 tin, bài"), minutes=(40, "40 phút"),
                                                  broadcasts=(14, "14 lần")),
                     "needs_review", W(fn, "từ ngày 17/09 đến ngày 23/09/2021"))])


@case("docx", "d22_prose_and_table_disagree", "ordinary",
      "the table says 24 broadcasts, the prose 28: two values for one field")
def _():
    uid, thu = "ta_leng", th(10, 21)
    fn = "Tả Lèng - BC tuần 42.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trong tuần, Trạm truyền thanh xã phát 10 tin, bài với 28 lần phát sóng, thời lượng 50 phút."),
              ("t", vtable([10, 50, 24, "1.300"]), 1), ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="63"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 30), "Tả Lèng - báo cáo tuần 42", fn, data, thu=thu),
                [Rep(uid, WP, "2021-10-21", drop(wp(fn, 10, 50, 0, (1300, "1.300")), "broadcasts"),
                     "needs_review", W(fn, "từ ngày 15/10 đến ngày 21/10/2021"))])


@case("docx", "d23_nghin_colloquial", "ordinary", "listeners written colloquially 'khoảng 2 nghìn 5 người' (= 2500)")
def _():
    uid, thu = "khun_ha", th(11, 11)
    fn = "Khun Ha - bao cao tuan.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã phát 12 tin, bài; tổng thời lượng 60 phút; 21 lần phát sóng; ước khoảng "
                    "2 nghìn 5 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="70"), at(thu, 10, 0), uid)
    return Spec(mail_doc(uid, at(thu, 10, 5), "Khun Há báo cáo tuần", fn, data, thu=thu),
                [Rep(uid, WP, "2021-11-11", vals(fn, items=(12, "12 tin, bài"), minutes=(60, "60 phút"),
                                                  broadcasts=(21, "21 lần"), listeners=(2500, "khoảng 2 nghìn 5 người")),
                     "accepted", W(fn, "từ ngày 05/11 đến ngày 11/11/2021"))])


@case("docx", "d24_leading_zeros", "ordinary", "figures with leading zeros as in official prose ('05 tin, bài', '07 lần')")
def _():
    uid, thu = "binh_lu", th(12, 9)
    fn = "Bình Lư - báo cáo tuần 49.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã phát 05 tin, bài; thời lượng 25 phút; 07 lần phát sóng; ước 650 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="96"), at(thu, 8, 0), uid)
    return Spec(mail_doc(uid, at(thu, 8, 30), "Bình Lư BC tuần 49", fn, data, thu=thu),
                [Rep(uid, WP, "2021-12-09", vals(fn, items=(5, "05 tin, bài"), minutes=(25, "25 phút"),
                                                  broadcasts=(7, "07 lần"), listeners=(650, "650 người")),
                     "accepted", W(fn, "từ ngày 03/12 đến ngày 09/12/2021"))])


# ======================================================================================
# pdf with a text layer

def pdf_case(uid, thu, blocks, so, **kw):
    return save(nd30(uid, thu, blocks, so=so, pdf=True, **kw), None, uid)


@case("pdf", "p01_nd30_table", "ordinary", "PDF of the official report with a ruled results table")
def _():
    uid, thu = "ban_hon", th(10, 28)
    fn = "BC tuan 43 - Ban Hon.pdf"
    blocks = [("p", intro(uid, thu)), ("p", directing(uid, thu)), ("t", vtable([9, 45, 21, "1.050"]), 1),
              ("p", closing(uid))]
    data = pdf_case(uid, thu, blocks, "66")
    return Spec(mail_doc(uid, at(thu, 9, 0), "Bản Hon - báo cáo tuần 43 (pdf)", fn, data, thu=thu, style="ascii"),
                [Rep(uid, WP, "2021-10-28", wp(fn, 9, 45, 21, (1050, "1.050")), "accepted",
                     W(fn, "từ ngày 22/10 đến ngày 28/10/2021"))])


@case("pdf", "p02_prose_only", "ordinary", "PDF report with the figures only in prose")
def _():
    uid, thu = "na_tam", th(11, 25)
    fn = "Na Tam - BC tuan.pdf"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trong tuần, Trạm truyền thanh xã phát 8 tin, bài; tổng thời lượng 40 phút; phát sóng 14 lượt; "
                    "ước khoảng 900 người nghe."),
              ("p", closing(uid))]
    data = pdf_case(uid, thu, blocks, "81")
    return Spec(mail_doc(uid, at(thu, 11, 0), "Nà Tăm báo cáo tuần", fn, data, thu=thu, style="ascii"),
                [Rep(uid, WP, "2021-11-25", vals(fn, items=(8, "8 tin, bài"), minutes=(40, "40 phút"),
                                                  broadcasts=(14, "14 lượt"), listeners=(900, "khoảng 900 người")),
                     "accepted", W(fn, "từ ngày 19/11 đến ngày 25/11/2021"))])


@case("pdf", "p03_social_media_table", "ordinary", "PDF social_media report with a ruled table")
def _():
    uid, thu = "son_binh", th(9, 16)
    fn = "Sơn Bình - BC mạng xã hội.pdf"
    blocks = [("p", intro(uid, thu)), ("t", vtable([10, "1.180", 24, 142, 0], labels=SM_VLABELS), 1),
              ("p", "Trên đây là báo cáo của UBND xã Sơn Bình./.")]
    data = pdf_case(uid, thu, blocks, "60",
                    summary=f"Kết quả tuyên truyền trên mạng xã hội, cài đặt Bluezone tuần {period_phrase(thu, 'a')}")
    return Spec(mail_doc(uid, at(thu, 10, 0), "Sơn Bình - BC MXH tuần", fn, data,
                         body=f"{greeting()}\n\nXã Sơn Bình gửi báo cáo mạng xã hội, Bluezone (bản pdf).\n\n{signature(uid)}\n"),
                [Rep(uid, SM, "2021-09-16", sm(fn, 10, (1180, "1.180"), 24, 142, 0), "accepted",
                     W(fn, "từ ngày 10/09 đến ngày 16/09/2021"))])


@case("pdf", "p04_station_table", "ordinary", "PDF of the station's report: prose and a table by programme with a total row")
def _():
    uid, thu = "dai_th_th", th(12, 2)
    fn = "Dai TT-TH BC tuan 48.pdf"
    rows = [["STT", "Chương trình", "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng"],
            ["1", "Thời sự phát thanh", "24", "210", "28"],
            ["2", "Thời sự truyền hình", "16", "280", "14"],
            ["3", "Chuyên mục tiếng dân tộc", "6", "120", "14"],
            ["", "Tổng cộng", "46", "610", "56"]]
    blocks = [("p", "Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền tuần như sau:"),
              ("t", rows, 1), ("p", "Ước số người nghe, xem trong tuần: khoảng 48.000 người."),
              ("p", "Trên đây là báo cáo của Đài Truyền thanh - Truyền hình huyện./.")]
    data = pdf_case(uid, thu, blocks, "45")
    return Spec(mail_doc(uid, at(thu, 8, 0), "Đài TT-TH báo cáo tuần 48", fn, data, thu=thu, style="ascii"),
                [Rep(uid, WP, "2021-12-02", vals(fn, items=46, minutes=610, broadcasts=56,
                                                  listeners=(48000, "khoảng 48.000 người")),
                     "accepted", W(fn, "từ ngày 26/11 đến ngày 02/12/2021"))])


@case("pdf", "p05_two_row_header", "hard", "PDF table with a two-row header (spanned group cells)")
def _():
    uid, thu = "then_sin", th(10, 21)
    fn = "Thèn Sin - báo cáo tuần 42.pdf"
    rows = [["STT", "Đơn vị", "Tin, bài", "", "Phát sóng", "", "Người nghe"],
            ["", "", "Số lượng", "Thời lượng (phút)", "Số lần", "Số giờ", "(ước)"],
            ["1", "Xã Thèn Sin", "7", "35", "14", "", "820"]]
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 4), (0, 5))]
    blocks = [("p", intro(uid, thu)), ("t", rows, 2, merges), ("p", closing(uid))]
    data = pdf_case(uid, thu, blocks, "62")
    return Spec(mail_doc(uid, at(thu, 9, 0), "Thèn Sin BC tuần 42", fn, data, thu=thu),
                [Rep(uid, WP, "2021-10-21", wp(fn, 7, 35, 14, 820), "accepted",
                     W(fn, "từ ngày 15/10 đến ngày 21/10/2021"))])


@case("pdf", "p06_vertical_dvt", "ordinary", "PDF vertical table STT | Nội dung | ĐVT | Số lượng | Ghi chú")
def _():
    uid, thu = "giang_ma", th(12, 16)
    fn = "Giang Ma tuan 50.pdf"
    rows = vtable([11, 55, 21, "1.150"], head=("STT", "Nội dung", "ĐVT", "Số lượng", "Ghi chú"))
    blocks = [("p", intro(uid, thu)), ("t", rows, 1), ("p", closing(uid))]
    data = pdf_case(uid, thu, blocks, "90")
    return Spec(mail_doc(uid, at(thu, 10, 0), "Giang Ma - báo cáo tuần 50", fn, data, thu=thu, style="ascii"),
                [Rep(uid, WP, "2021-12-16", wp(fn, 11, 55, 21, (1150, "1.150")), "accepted",
                     W(fn, "từ ngày 10/12 đến ngày 16/12/2021"))])


@case("pdf", "p07_written_week_sent_tuesday", "ordinary",
      "PDF writes its week; sent the Tuesday after (beyond the grace): the written week wins")
def _():
    uid, thu = "ho_thau", th(11, 4)
    fn = "Ho Thau - BC tuan 44.pdf"
    blocks = [("p", intro(uid, thu)), ("t", vtable([6, 30, 14, 720]), 1), ("p", closing(uid))]
    data = pdf_case(uid, thu, blocks, "73")
    tue = thu + dt.timedelta(days=5)
    body = (f"{greeting()}\n\nXã Hồ Thầu gửi bổ sung báo cáo tuần trước (tuần 44) do mất mạng.\n\n{signature(uid)}\n")
    return Spec(mail_doc(uid, at(tue, 14, 0), "Bổ sung báo cáo tuần 44 - Hồ Thầu", fn, data, body=body, style="ascii"),
                [Rep(uid, WP, "2021-11-04", wp(fn, 6, 30, 14, 720), "accepted",
                     W(fn, "từ ngày 29/10 đến ngày 04/11/2021"))])


@case("pdf", "p08_listeners_not_counted", "ordinary",
      "PDF where listeners are 'chưa thống kê' (not counted): a required figure missing")
def _():
    uid, thu = "khun_ha", th(4, 15)
    fn = "Khun Ha BC tuan.pdf"
    blocks = [("p", intro(uid, thu)), ("t", vtable([9, 45, 14, "Chưa thống kê"]), 1), ("p", closing(uid))]
    data = pdf_case(uid, thu, blocks, "17")
    return Spec(mail_doc(uid, at(thu, 15, 30), "Khun Há báo cáo tuần", fn, data, thu=thu, style="ascii"),
                [Rep(uid, WP, "2021-04-15", drop(wp(fn, 9, 45, 14, 0), "listeners"), "needs_review",
                     W(fn, "từ ngày 09/04 đến ngày 15/04/2021"))])


@case("pdf", "p09_week_in_body_only", "ordinary",
      "PDF with a trích yếu without dates; the e-mail body writes the week")
def _():
    uid, thu = "ta_leng", th(4, 29)
    fn = "Ta Leng.pdf"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã phát 10 tin, bài; thời lượng 50 phút; 21 lần phát sóng; ước 1.250 người nghe."),
              ("p", closing(uid))]
    data = pdf_case(uid, thu, blocks, "24", summary=summary_line(thu, None), doc_date=thu - dt.timedelta(days=1))
    body = (f"{greeting()}\n\nXã Tả Lèng gửi báo cáo tuyên truyền tuần từ 23/4 đến 29/4/2021.\n\n{signature(uid)}\n")
    return Spec(mail_doc(uid, at(thu - dt.timedelta(days=1), 16, 10), "Tả Lèng BC tuần", fn, data, body=body,
                         style="ascii"),
                [Rep(uid, WP, "2021-04-29", vals(fn, items=(10, "10 tin, bài"), minutes=(50, "50 phút"),
                                                  broadcasts=(21, "21 lần"), listeners=(1250, "1.250 người")),
                     "accepted", W("body", "từ 23/4 đến 29/4/2021"))])


@case("pdf", "p10_two_pages_appendix", "ordinary",
      "two-page PDF: prose on page 1, the figures in an appendix table on page 2")
def _():
    uid, thu = "ban_giang", th(6, 10)
    fn = "Bản Giang - BC tuần + phụ lục.pdf"
    blocks = [("p", intro(uid, thu)), ("p", directing(uid, thu)),
              ("p", "Kết quả cụ thể có Phụ lục kèm theo."), ("p", closing(uid)), ("pb",),
              ("c", "Phụ lục: BIỂU TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN"),
              ("t", vtable([8, 40, 21, "1.120"]), 1)]
    data = pdf_case(uid, thu, blocks, "33")
    return Spec(mail_doc(uid, at(thu, 9, 0), "Bản Giang báo cáo tuần", fn, data, thu=thu),
                [Rep(uid, WP, "2021-06-10", wp(fn, 8, 40, 21, (1120, "1.120")), "accepted",
                     W(fn, "từ ngày 04/06 đến ngày 10/06/2021"))])


# ======================================================================================
# scans and photos: a clerk must type them

def paper_lines(uid, thu, form=WP):
    u = U[uid]
    fri = week_of(thu)[0]
    title = "BÁO CÁO" if form == WP else "BÁO CÁO"
    summ = (f"Kết quả tuyên truyền tuần từ {dmy(fri, 'dd/mm')} đến {dmy(thu, 'dd/mm/Y')}" if form == WP else
            f"Tuyên truyền trên mạng xã hội tuần từ {dmy(fri, 'dd/mm')} đến {dmy(thu, 'dd/mm/Y')}")
    return [("ỦY BAN NHÂN DÂN", 24, False, "lc"), (u.upper, 24, True, "lc"),
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 22, True, "rc"), ("Độc lập - Tự do - Hạnh phúc", 22, True, "rc"),
            (place_date(uid, thu), 21, False, "rc"), ("", 20, False, "l"), (title, 30, True, "c"), (summ, 24, True, "c"),
            ("", 20, False, "l"), ("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.", 23, False, "c"),
            ("", 20, False, "l"), "TABLE", ("TM. ỦY BAN NHÂN DÂN", 23, True, "rc"), ("", 20, False, "l"),
            ("", 20, False, "l"), ("", 20, False, "l"), (PEOPLE[uid][4], 23, True, "rc")]


@case("scan", "sc01_phone_photo_jpg", "hard",
      "a phone photo (jpg) of the signed paper report, no text layer: a clerk types it")
def _():
    uid, thu = "binh_lu", th(7, 1)
    table = ([["STT", "Nội dung", "ĐVT", "Số lượng"], ["1", "Số tin, bài", "Tin", "10"],
              ["2", "Thời lượng", "Phút", "50"], ["3", "Số lần phát sóng", "Lần", "21"],
              ["4", "Ước số người nghe", "Người", "1.550"]], [90, 420, 170, 250])
    jpg, _, _ = page_image(paper_lines(uid, thu), seed=101, photo=True, table=table)
    fn = "IMG_20210701_093512.jpg"
    body = f"{greeting()}\n\nXã Bình Lư gửi ảnh chụp báo cáo tuyên truyền tuần (máy tính hỏng).\n\n{signature(uid)}\n"
    return Spec(mail_std(uid, at(thu, 9, 40), "Báo cáo tuyên truyền tuần - Bình Lư", body,
                         [Att(fn, jpg, style="ascii")], mailer="gmail", sender="xabinhlu.tamduong@gmail.com"),
                [Rep(uid, WP, "2021-07-01", {}, "needs_review", DATE)])


@case("scan", "sc02_scanned_pdf", "hard", "an image-only scanned PDF of the signed report")
def _():
    uid, thu = "nung_nang", th(10, 28)
    table = ([["STT", "Nội dung", "ĐVT", "Số lượng"], ["1", "Số tin, bài", "Tin", "9"],
              ["2", "Thời lượng", "Phút", "45"], ["3", "Số lần phát sóng", "Lần", "21"],
              ["4", "Ước số người nghe", "Người", "1.300"]], [90, 420, 170, 250])
    jpg, w, h = page_image(paper_lines(uid, thu), seed=202, photo=False, table=table)
    pdf = image_pdf(jpg, w, h, title="Scan")
    fn = "Scan_20211028_1015.pdf"
    body = f"{greeting()}\n\nUBND xã Nùng Nàng gửi bản scan báo cáo tuyên truyền tuần có chữ ký, đóng dấu.\n\n{signature(uid)}\n"
    return Spec(mail_std(uid, at(thu, 10, 20), "Nùng Nàng - báo cáo tuần (bản scan)", body, [Att(fn, pdf, style="ascii")]),
                [Rep(uid, WP, "2021-10-28", {}, "needs_review", DATE)])


@case("scan", "sc03_two_photos_social_media", "hard",
      "two phone photos of a social_media report (page 1 and 2), subject names the form")
def _():
    uid, thu = "khun_ha", th(8, 26)
    table = ([["STT", "Nội dung", "ĐVT", "Số lượng"], ["1", "Số nhóm Zalo", "Nhóm", "12"],
              ["2", "Số thành viên", "Người", "1.430"], ["3", "Số tin, bài đăng tải", "Tin", "28"],
              ["4", "Cài đặt Bluezone", "Lượt", "175"], ["5", "Tin giả", "Vụ", "0"]], [90, 420, 170, 250])
    jpg1, _, _ = page_image(paper_lines(uid, thu, SM)[:12] + [("", 20, False, "l")], seed=303, photo=True, table=table)
    jpg2, _, _ = page_image([("Trên đây là báo cáo kết quả tuyên truyền trên mạng xã hội của UBND xã Khun Há./.", 21,
                              False, "l")] + paper_lines(uid, thu, SM)[12:], seed=304, photo=True)
    body = (f"{greeting()}\n\nXã Khun Há gửi ảnh báo cáo tuyên truyền trên mạng xã hội, Bluezone tuần này (2 trang)."
            f"\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 15, 0), "Báo cáo mạng xã hội, Bluezone - Khun Há", body,
                         [Att("trang 1.jpg", jpg1, style="ascii"), Att("trang 2.jpg", jpg2, style="ascii")]),
                [Rep(uid, SM, "2021-08-26", {}, "needs_review", DATE)])


# ======================================================================================
# legacy fonts and formats

@case("legacy", "l01_tcvn3_docx_prose", "hard",
      "Word report typed in TCVN3: .VnTime body runs, .VnTimeH headings (typed lower case), figures in prose")
def _():
    uid, thu = "ban_bo", th(3, 18)
    fn = "BC tuan Ban Bo.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã đã phát 9 tin, bài; tổng thời lượng 45 phút; 21 lần phát sóng; ước 1.600 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="08", enc="tcvn3"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 30), "Bản Bo báo cáo tuần", fn, data, thu=thu, legacy="tcvn3", style="ascii"),
                [Rep(uid, WP, "2021-03-18", vals(fn, items=(9, "9 tin, bài"), minutes=(45, "45 phút"),
                                                  broadcasts=(21, "21 lần"), listeners=(1600, "1.600 người")),
                     "accepted", W(fn, "từ ngày 12/03 đến ngày 18/03/2021"))])


@case("legacy", "l02_tcvn3_docx_table", "hard", "TCVN3 Word report with the figures in a table")
def _():
    uid, thu = "ho_thau", th(6, 3)
    fn = "Ho Thau - BC tuan 22.docx"
    blocks = [("p", intro(uid, thu)), ("t", vtable([7, 35, 14, 830]), 1), ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="29", enc="tcvn3"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 10), "Hồ Thầu - báo cáo tuần 22", fn, data, thu=thu, legacy="tcvn3", style="ascii"),
                [Rep(uid, WP, "2021-06-03", wp(fn, 7, 35, 14, 830), "accepted",
                     W(fn, "từ ngày 28/05 đến ngày 03/06/2021"))])


@case("legacy", "l03_tcvn3_xlsx", "hard", "xlsx template typed in TCVN3 (.VnTime/.VnTimeH cells)")
def _():
    uid, thu = "nung_nang", th(4, 22)
    fn = "Nung Nang tuan 16.xlsx"
    sh = legacy_sheet(wp_vertical(uid, thu, [8, 40, 14, "1.150"]), "tcvn3")
    data = make_xlsx([sh], at(thu, 9, 0))
    return Spec(mail_doc(uid, at(thu, 9, 10), "Nùng Nàng BC tuần 16", fn, data, thu=thu, legacy="tcvn3", style="ascii"),
                [Rep(uid, WP, "2021-04-22", wp(fn, 8, 40, 14, (1150, "1.150")), "accepted",
                     W(fn, "Từ ngày 16/4/2021 đến ngày 22/4/2021"))])


@case("legacy", "l04_tcvn3_xlsx_social_media", "hard", "social_media xlsx typed in TCVN3")
def _():
    uid, thu = "son_binh", th(9, 2)
    fn = "Son Binh - MXH tuan 35.xlsx"
    sh = legacy_sheet(wp_vertical(uid, thu, [9, 1010, 20, 133, 0], labels=SM_VLABELS,
                                  title="BÁO CÁO TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI VÀ BLUEZONE"), "tcvn3")
    data = make_xlsx([sh], at(thu, 9, 0))
    when = at(thu - dt.timedelta(days=1), 10, 0)
    body = f"{greeting()}\n\nXã Sơn Bình gửi báo cáo mạng xã hội, Bluezone tuần 35.\n\n{signature(uid)}\n"
    return Spec(mail_doc(uid, when, "Sơn Bình - BC MXH tuần 35", fn, data, body=body, legacy="tcvn3", style="ascii"),
                [Rep(uid, SM, "2021-09-02", sm(fn, 9, 1010, 20, 133, 0), "accepted",
                     W(fn, "Từ ngày 27/8/2021 đến ngày 2/9/2021"))])


@case("legacy", "l05_vni_docx_prose", "hard", "Word report typed in VNI-Times (base letter + modifier bytes)")
def _():
    uid, thu = "giang_ma", th(5, 27)
    fn = "Giang Ma BC tuan.docx"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã phát 10 tin, bài; thời lượng 50 phút; 21 lần phát sóng; ước 1.200 người nghe."),
              ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="30", enc="vni"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 15), "Giang Ma báo cáo tuần", fn, data, thu=thu, legacy="vni", style="ascii"),
                [Rep(uid, WP, "2021-05-27", vals(fn, items=(10, "10 tin, bài"), minutes=(50, "50 phút"),
                                                  broadcasts=(21, "21 lần"), listeners=(1200, "1.200 người")),
                     "accepted", W(fn, "từ ngày 21/05 đến ngày 27/05/2021"))])


@case("legacy", "l06_vni_docx_table", "hard", "VNI-Times Word report with a table")
def _():
    uid, thu = "tt_tam_duong", th(8, 26)
    fn = "TT Tam Duong BC tuan 34.docx"
    blocks = [("p", intro(uid, thu)), ("t", vtable([15, 75, 35, "3.300"]), 1), ("p", closing(uid))]
    data = save(nd30(uid, thu, blocks, so="126", enc="vni"), at(thu, 9, 0), uid)
    return Spec(mail_doc(uid, at(thu, 9, 0), "TT Tam Đường - BC tuần 34", fn, data, thu=thu, legacy="vni", style="ascii"),
                [Rep(uid, WP, "2021-08-26", wp(fn, 15, 75, 35, (3300, "3.300")), "accepted",
                     W(fn, "từ ngày 20/08 đến ngày 26/08/2021"))])


@case("legacy", "l07_doc_word97", "hard", "legacy Word 97-2003 .doc (saved by LibreOffice) of the official report")
def _():
    uid, thu = "ta_leng", th(7, 15)
    fn = "BC tuyen truyen tuan - Ta Leng.doc"
    blocks = [("p", intro(uid, thu)), ("t", vtable([9, 45, 21, "1.180"]), 1), ("p", closing(uid))]
    docx = save(nd30(uid, thu, blocks, so="41"), at(thu, 9, 0), uid)
    data = soffice_asset("l07_ta_leng.doc", docx, "docx", "doc")
    return Spec(mail_doc(uid, at(thu, 9, 20), "Tả Lèng báo cáo tuần", fn, data, thu=thu, style="ascii"),
                [Rep(uid, WP, "2021-07-15", wp(fn, 9, 45, 21, (1180, "1.180")), "accepted",
                     W(fn, "từ ngày 09/07 đến ngày 15/07/2021"))])


@case("legacy", "l08_doc_tcvn3", "hard", "legacy .doc whose text is TCVN3 (.VnTime), figures in prose")
def _():
    uid, thu = "khun_ha", th(11, 18)
    fn = "Khun Ha - BC tuan 46.doc"
    blocks = [("p", intro(uid, thu)),
              ("p", "Trạm truyền thanh xã phát 11 tin, bài; tổng thời lượng 55 phút; 21 lần phát sóng; ước 1.500 người nghe."),
              ("p", closing(uid))]
    docx = save(nd30(uid, thu, blocks, so="75", enc="tcvn3"), at(thu, 9, 0), uid)
    data = soffice_asset("l08_khun_ha_tcvn3.doc", docx, "docx", "doc")
    return Spec(mail_doc(uid, at(thu, 9, 40), "Khun Há BC tuần 46", fn, data, thu=thu, legacy="tcvn3", style="ascii"),
                [Rep(uid, WP, "2021-11-18", vals(fn, items=(11, "11 tin, bài"), minutes=(55, "55 phút"),
                                                  broadcasts=(21, "21 lần"), listeners=(1500, "1.500 người")),
                     "accepted", W(fn, "từ ngày 12/11 đến ngày 18/11/2021"))])


@case("legacy", "l09_mojibake_body", "hard",
      "UTF-8 body declared as iso-8859-1 (reads 'BÃ¡o cÃ¡o'), the figures in the body, no attachment")
def _():
    uid, thu = "then_sin", th(6, 24)
    text = (f"{greeting()}\n\nXã Thèn Sin báo cáo kết quả tuyên truyền tuần {period_phrase(thu, 'a')}:\n"
            "- Số tin, bài: 9\n- Thời lượng (phút): 45\n- Số lần phát sóng: 14\n- Ước số người nghe: 1080\n\n"
            f"{signature(uid)}\n")
    msg = mail_std(uid, at(thu, 10, 0), "Thèn Sin báo cáo tuần", text, [], cte="8bit", declared="iso-8859-1")
    return Spec(msg, [Rep(uid, WP, "2021-06-24", vals("body", items=(9, "9"), minutes=(45, "45"),
                                                        broadcasts=(14, "14"), listeners=(1080, "1080")),
                          "accepted", W("body", "18/06")[:2] + ("24/06/2021",))])


@case("legacy", "l10_vni_xlsx", "hard", "xlsx template typed in VNI-Times cells")
def _():
    uid, thu = "binh_lu", th(10, 14)
    fn = "Binh Lu - BC tuan 41.xlsx"
    sh = legacy_sheet(wp_vertical(uid, thu, [10, 50, 21, "1.450"]), "vni")
    data = make_xlsx([sh], at(thu, 9, 0))
    return Spec(mail_doc(uid, at(thu, 9, 30), "Bình Lư BC tuần 41", fn, data, thu=thu, legacy="vni", style="ascii"),
                [Rep(uid, WP, "2021-10-14", wp(fn, 10, 50, 21, (1450, "1.450")), "accepted",
                     W(fn, "Từ ngày 8/10/2021 đến ngày 14/10/2021"))])
