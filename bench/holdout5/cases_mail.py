"""Families html, interplay, nonreport: HTML bodies with tables, bodies that talk about their
attachments, and mail that is not a report."""

from __future__ import annotations

import datetime as dt
import html as H

from h5case import (PEOPLE, SM, SM_VLABELS, WP, WP_VLABELS, Rep, Spec, case, drop, greeting, mail_std,
                    period_phrase, signature, vals)
from h5lib import OFFICE, Att, C, Doc, Pdf, Sheet, at, make_xlsx, photo_jpeg
from cases_sheets import DATE, W, sm, th, wp, wp_vertical
from cases_docs import intro, nd30, save, vtable

OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
    '/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n'
    '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n'
    '\tfont-family:"Calibri",sans-serif;}}\nspan.EmailStyle17\n\t{{mso-style-type:personal-compose;}}\n'
    '.MsoChpDefault\n\t{{mso-style-type:export-only;}}\n@page WordSection1\n\t{{size:612.0pt 792.0pt;\n'
    '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}\ndiv.WordSection1\n\t{{page:WordSection1;}}\n--></style></head>'
    '<body lang="VI" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">\n')


def o_par(text: str, bold=False) -> str:
    t = H.escape(text)
    if bold:
        t = f"<b>{t}</b>"
    return f'<p class="MsoNormal">{t}<o:p></o:p></p>\n'


def o_table(rows, header_rows=1, spans=None) -> str:
    """Outlook (Word) HTML table; spans: {(r, c): (rowspan, colspan)}; cells covered by a
    span are None."""
    spans = spans or {}
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none">\n']
    for r, row in enumerate(rows):
        out.append('<tr>\n')
        for c, v in enumerate(row):
            if v is None:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            t = H.escape(str(v))
            if r < header_rows:
                t = f"<b>{t}</b>"
            out.append(f'<td width="96" valign="top"{attrs} style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                       f'<p class="MsoNormal" align="center" style="text-align:center">{t}<o:p></o:p></p></td>\n')
        out.append('</tr>\n')
    out.append('</table>\n')
    return "".join(out)


def outlook_html(parts: list[str], cs="utf-8") -> str:
    return OUTLOOK_HEAD.format(cs=cs) + "".join(parts) + "</div>\n</body>\n</html>\n"


def text_table(rows) -> str:
    return "\n".join("\t".join("" if v is None else str(v) for v in row) for row in rows) + "\n"


def gmail_html(pre: list[str], rows, post: list[str]) -> str:
    out = ['<div dir="ltr">']
    for p in pre:
        out.append(f"<div>{H.escape(p)}</div>" if p else "<div><br></div>")
    out.append('<table border="0" cellpadding="0" cellspacing="0" width="582" style="border-collapse:collapse;width:437pt">'
               '<colgroup><col width="64" style="width:48pt"><col width="198" style="width:149pt">'
               '<col width="80" span="4" style="width:60pt"></colgroup><tbody>')
    for r, row in enumerate(rows):
        out.append('<tr style="height:15.75pt">')
        for v in row:
            cls = "gmail-xl66" if r == 0 else "gmail-xl67"
            out.append(f'<td class="{cls}" style="height:15.75pt;border:0.5pt solid windowtext;font-size:12pt;'
                       f'font-family:&quot;Times New Roman&quot;,serif;text-align:center">{H.escape(str(v))}</td>')
        out.append("</tr>")
    out.append("</tbody></table>")
    for p in post:
        out.append(f"<div>{H.escape(p)}</div>" if p else "<div><br></div>")
    out.append("</div>\n")
    return "".join(out)


def gmail_text(pre, rows, post) -> str:
    lines = list(pre) + ["\t".join(str(v) for v in row) for row in rows] + list(post)
    return "\n".join(lines) + "\n"


# ======================================================================================
# html bodies

@case("html", "h01_outlook_vertical_table", "ordinary",
      "Outlook HTML body (MsoNormal, MsoTableGrid) with the vertical results table, text/plain alternative")
def _():
    uid, thu = "nung_nang", th(6, 3)
    rows = [["STT", "Nội dung", "Đơn vị tính", "Số lượng"]] + \
        [[str(i), lab, unit, v] for i, ((lab, unit), v) in enumerate(zip(WP_VLABELS, ["9", "45", "21", "1.350"]), 1)]
    intro_ = f"UBND xã Nùng Nàng báo cáo kết quả tuyên truyền tuần {period_phrase(thu, 'a')} như sau:"
    sig = PEOPLE[uid]
    html = outlook_html([o_par(greeting()), o_par(""), o_par(intro_), o_table(rows), o_par(""),
                         o_par("Trân trọng!"), o_par(sig[0], bold=True), o_par(f"{sig[1]} xã Nùng Nàng"),
                         o_par(f"ĐT: {sig[2]}")])
    text = (f"{greeting()}\n\n{intro_}\n\n{text_table(rows)}\nTrân trọng!\n{sig[0]}\n{sig[1]} xã Nùng Nàng\n"
            f"ĐT: {sig[2]}\n")
    msg = mail_std(uid, at(thu, 9, 0), "Báo cáo kết quả tuyên truyền tuần - Nùng Nàng", text, html=html,
                   mailer="outlook")
    return Spec(msg, [Rep(uid, WP, "2021-06-03", vals("html", items=9, minutes=45, broadcasts=21,
                                                       listeners=(1350, "1.350")), "accepted",
                          W("html", period_phrase(thu, "a")))])


@case("html", "h02_gmail_pasted_excel", "ordinary",
      "Gmail body with a table pasted from Excel (gmail-xl classes), one unit row; text/plain alternative with tabs")
def _():
    uid, thu = "ta_leng", th(7, 22)
    rows = [["STT", "Đơn vị", "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng", "Ước số người nghe"],
            ["1", "Xã Tả Lèng", "10", "50", "21", "1.380"]]
    pre = [greeting(), "", f"Xã Tả Lèng báo cáo kết quả tuyên truyền tuần {period_phrase(thu, 'b')}:", ""]
    post = ["", "Trân trọng.", "Lý Thị Dung - UBND xã Tả Lèng"]
    msg = mail_std(uid, at(thu, 8, 30), "Tả Lèng - báo cáo tuần", gmail_text(pre, rows, post),
                   html=gmail_html(pre, rows, post), mailer="gmail")
    return Spec(msg, [Rep(uid, WP, "2021-07-22", vals("html", items=10, minutes=50, broadcasts=21,
                                                       listeners=(1380, "1.380")), "accepted",
                          W("html", period_phrase(thu, "b")))])


@case("html", "h03_social_media_table", "ordinary", "HTML body with a social_media table (Outlook)")
def _():
    uid, thu = "ban_giang", th(10, 14)
    rows = [["STT", "Nội dung", "Số lượng"]] + \
        [[str(i), lab, v] for i, ((lab, _), v) in enumerate(zip(SM_VLABELS, ["8", "760", "21", "118", "0"]), 1)]
    intro_ = f"UBND xã Bản Giang báo cáo kết quả tuyên truyền trên mạng xã hội, cài đặt Bluezone tuần {period_phrase(thu, 'a')}:"
    html = outlook_html([o_par(greeting()), o_par(intro_), o_table(rows), o_par("Trân trọng."),
                         o_par(PEOPLE[uid][0])])
    text = f"{greeting()}\n{intro_}\n{text_table(rows)}Trân trọng.\n{PEOPLE[uid][0]}\n"
    msg = mail_std(uid, at(thu, 10, 0), "Bản Giang - BC mạng xã hội, Bluezone", text, html=html, mailer="outlook")
    return Spec(msg, [Rep(uid, SM, "2021-10-14", sm("html", 8, 760, 21, 118, 0), "accepted",
                          W("html", period_phrase(thu, "a")))])


@case("html", "h04_prose_and_table_agree", "ordinary",
      "HTML body with a prose summary and a table giving the same figures")
def _():
    uid, thu = "ho_thau", th(4, 8)
    rows = [["Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng", "Ước số người nghe"], ["7", "35", "14", "780"]]
    prose = ("Trong tuần, Trạm truyền thanh xã Hồ Thầu phát 7 tin, bài tuyên truyền bầu cử và phòng, chống dịch; "
             "tổng thời lượng 35 phút; 14 lần phát sóng; ước 780 người nghe. Cụ thể như bảng sau:")
    html = outlook_html([o_par(greeting()), o_par(f"Báo cáo tuần {period_phrase(thu, 'a')}."), o_par(prose),
                         o_table(rows), o_par(signature(uid, 2).replace("\n", " - "))])
    text = f"{greeting()}\nBáo cáo tuần {period_phrase(thu, 'a')}.\n{prose}\n{text_table(rows)}{signature(uid, 2)}\n"
    msg = mail_std(uid, at(thu, 14, 0), "Hồ Thầu báo cáo tuần", text, html=html, mailer="outlook")
    return Spec(msg, [Rep(uid, WP, "2021-04-08", vals("html", items=7, minutes=35, broadcasts=14, listeners=780),
                          "accepted", W("html", period_phrase(thu, "a")))])


@case("html", "h05_two_row_header_colspan", "hard",
      "HTML table with a two-row header (rowspan/colspan group cells)")
def _():
    uid, thu = "son_binh", th(5, 27)
    rows = [["STT", "Đơn vị", "Tin, bài", None, "Phát sóng", None],
            [None, None, "Số lượng", "Độ dài (phút)", "Số lần", "Ước số người nghe"],
            ["1", "Xã Sơn Bình", "11", "55", "21", "1.700"]]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2), (0, 4): (1, 2)}
    intro_ = f"Xã Sơn Bình báo cáo kết quả tuyên truyền tuần {period_phrase(thu, 'a')}:"
    html = outlook_html([o_par(greeting()), o_par(intro_), o_table(rows, 2, spans), o_par(PEOPLE[uid][0])])
    text = f"{greeting()}\n{intro_}\n{text_table(rows)}{PEOPLE[uid][0]}\n"
    msg = mail_std(uid, at(thu, 9, 0), "Sơn Bình - BC tuần", text, html=html, mailer="outlook")
    return Spec(msg, [Rep(uid, WP, "2021-05-27", vals("html", items=11, minutes=55, broadcasts=21,
                                                       listeners=(1700, "1.700")), "accepted",
                          W("html", period_phrase(thu, "a")))])


@case("html", "h06_listeners_households", "ordinary",
      "HTML table whose listeners column counts households ('Số hộ được nghe'): held")
def _():
    uid, thu = "giang_ma", th(3, 25)
    rows = [["Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng", "Số hộ được nghe"], ["8", "40", "14", "410 hộ"]]
    html = outlook_html([o_par(greeting()), o_par(f"Xã Giang Ma báo cáo tuần {period_phrase(thu, 'a')}:"),
                         o_table(rows), o_par(PEOPLE[uid][0])])
    text = f"{greeting()}\nXã Giang Ma báo cáo tuần {period_phrase(thu, 'a')}:\n{text_table(rows)}{PEOPLE[uid][0]}\n"
    msg = mail_std(uid, at(thu, 10, 0), "Giang Ma báo cáo tuần", text, html=html, mailer="outlook")
    return Spec(msg, [Rep(uid, WP, "2021-03-25", vals("html", items=8, minutes=40, broadcasts=14), "needs_review",
                          W("html", period_phrase(thu, "a")))])


@case("html", "h07_windows1258_charset", "ordinary",
      "Outlook mail in windows-1258 (declared charset, combining tone bytes) for both parts and the subject")
def _():
    uid, thu = "ban_hon", th(9, 30)
    rows = [["STT", "Nội dung", "Số lượng"], ["1", "Số tin, bài", "8"], ["2", "Thời lượng (phút)", "40"],
            ["3", "Số lần phát sóng", "21"], ["4", "Ước số người nghe", "1.020"]]
    intro_ = f"UBND xã Bản Hon báo cáo kết quả tuyên truyền tuần {period_phrase(thu, 'a')}:"
    html = outlook_html([o_par(greeting()), o_par(intro_), o_table(rows), o_par(PEOPLE[uid][0])], cs="windows-1258")
    text = f"{greeting()}\n{intro_}\n{text_table(rows)}{PEOPLE[uid][0]}\n"
    msg = mail_std(uid, at(thu, 11, 0), "Bản Hon báo cáo tuyên truyền tuần", text, html=html, mailer="outlook",
                   charset="windows-1258")
    return Spec(msg, [Rep(uid, WP, "2021-09-30", vals("html", items=8, minutes=40, broadcasts=21,
                                                       listeners=(1020, "1.020")), "accepted",
                          W("html", period_phrase(thu, "a")))])


@case("html", "h08_two_weeks_rows", "hard",
      "HTML table with one row per week (last week sent late, and this week): two reports")
def _():
    uid = "na_tam"
    t1, t2 = th(11, 25), th(12, 2)
    rows = [["Tuần", "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng", "Ước số người nghe"],
            [f"Từ {period_phrase(t1, 'c')}", "6", "30", "14", "700"],
            [f"Từ {period_phrase(t2, 'c')}", "7", "35", "14", "760"]]
    intro_ = "Xã Nà Tăm gửi bổ sung báo cáo tuần trước (chưa gửi được do mất mạng) và báo cáo tuần này:"
    html = outlook_html([o_par(greeting()), o_par(intro_), o_table(rows), o_par(PEOPLE[uid][0])])
    text = f"{greeting()}\n{intro_}\n{text_table(rows)}{PEOPLE[uid][0]}\n"
    msg = mail_std(uid, at(t2, 9, 0), "Nà Tăm - báo cáo 2 tuần", text, html=html, mailer="outlook")
    return Spec(msg, [Rep(uid, WP, "2021-11-25", vals("html", items=6, minutes=30, broadcasts=14, listeners=700),
                          "accepted", W("html", period_phrase(t1, "c"))),
                      Rep(uid, WP, "2021-12-02", vals("html", items=7, minutes=35, broadcasts=14, listeners=760),
                          "accepted", W("html", period_phrase(t2, "c")))])


# ======================================================================================
# body and attachment together

@case("interplay", "i01_body_points_to_file", "ordinary",
      "body only says 'số liệu như file đính kèm'; the figures are in the xlsx")
def _():
    uid, thu = "then_sin", th(10, 28)
    fn = "BC tuan 43 - Then Sin.xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [7, 35, 14, 860])], at(thu, 9, 0))
    text = "Kính gửi Phòng VH&TT,\nXã Thèn Sin gửi báo cáo tuần, số liệu như file đính kèm.\n"
    return Spec(mail_std(uid, at(thu, 9, 5), "Thèn Sin BC tuần 43", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-10-28", wp(fn, 7, 35, 14, 860), "accepted",
                     W(fn, "Từ ngày 22/10/2021 đến ngày 28/10/2021"))])


@case("interplay", "i02_body_repeats_file", "ordinary", "body repeats the file's figures and they agree")
def _():
    uid, thu = "khun_ha", th(4, 22)
    fn = "Khun Ha - BC tuan 16.xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [10, 50, 21, "1.400"])], at(thu, 8, 0))
    text = (f"{greeting()}\n\nTuần qua xã phát 10 tin, bài, thời lượng 50 phút, 21 lần phát sóng, ước 1.400 người "
            f"nghe (chi tiết như file đính kèm).\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 8, 15), "Khun Há báo cáo tuần 16", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-04-22", wp(fn, 10, 50, 21, (1400, "1.400")), "accepted",
                     W(fn, "Từ ngày 16/4/2021 đến ngày 22/4/2021"))])


@case("interplay", "i03_body_contradicts_file", "ordinary",
      "body gives 2.000 listeners, the file 2.500, with no word on which is right: held")
def _():
    uid, thu = "binh_lu", th(5, 13)
    fn = "Binh Lu tuan 19.xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [12, 60, 21, "2.500"])], at(thu, 8, 0))
    text = (f"{greeting()}\n\nXã Bình Lư gửi báo cáo tuần: 12 tin, bài; 60 phút; 21 lần phát sóng; khoảng 2.000 người "
            f"nghe. File chi tiết đính kèm.\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 8, 40), "Bình Lư BC tuần 19", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-05-13", drop(wp(fn, 12, 60, 21, 0), "listeners"), "needs_review",
                     W(fn, "Từ ngày 7/5/2021 đến ngày 13/5/2021"))])


@case("interplay", "i04_body_corrects_file", "ordinary",
      "body: 'file ghi nhầm số lần phát sóng là 42, đúng là 24 lần' — the sender's own correction is taken")
def _():
    uid, thu = "ban_bo", th(6, 10)
    fn = "BC tuan 23 - Ban Bo.xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [11, 55, 42, "1.750"])], at(thu, 9, 0))
    text = (f"{greeting()}\n\nXã Bản Bo gửi báo cáo tuyên truyền tuần. Lưu ý: file đính kèm ghi nhầm số lần phát "
            f"sóng là 42, đúng là 24 lần. Các số liệu khác giữ nguyên.\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 9, 30), "Bản Bo BC tuần 23 (đính chính)", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-06-10", wp(fn, 11, 55, 0, (1750, "1.750")) | vals("body", broadcasts=(24, "24 lần")),
                     "accepted", W(fn, "Từ ngày 4/6/2021 đến ngày 10/6/2021"))])


@case("interplay", "i05_last_weeks_file_attached", "ordinary",
      "body announces this week (30/7-05/8) but the attached file is last week's (23/7-29/7): two weeks, held")
def _():
    uid, thu = "son_binh", th(8, 5)
    last = th(7, 29)
    fn = "Son Binh - BC tuan.xlsx"
    data = make_xlsx([wp_vertical(uid, last, [9, 45, 14, 1230])], at(last, 9, 0))
    text = (f"{greeting()}\n\nXã Sơn Bình gửi báo cáo tuyên truyền tuần từ 30/7 đến 05/8/2021.\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 10, 0), "Sơn Bình báo cáo tuần", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, None, wp(fn, 9, 45, 14, 1230), "needs_review", None)])


@case("interplay", "i06_other_communes_file", "ordinary",
      "Bản Bo's address sends a file that is Nà Tăm's report: a known sender naming another unit, held without a unit")
def _():
    sender, other, thu = "ban_bo", "na_tam", th(9, 23)
    fn = "BC tuan 38 - Na Tam.xlsx"
    data = make_xlsx([wp_vertical(other, thu, [7, 35, 14, 880])], at(thu, 8, 0))
    text = f"{greeting()}\n\nXã Bản Bo gửi báo cáo tuần.\n\n{signature(sender)}\n"
    return Spec(mail_std(sender, at(thu, 9, 0), "Báo cáo tuần", text, [Att(fn, data, style="ascii")]),
                [Rep(None, WP, "2021-09-23", wp(fn, 7, 35, 14, 880), "needs_review",
                     W(fn, "Từ ngày 17/9/2021 đến ngày 23/9/2021"))])


@case("interplay", "i07_blank_template_attached", "ordinary",
      "body says the report is attached but the xlsx is the blank template: held, no figures")
def _():
    uid, thu = "tt_tam_duong", th(10, 21)
    fn = "Mau bao cao tuan.xlsx"
    from h5case import x_title, x_vertical

    rows, merges = x_title(uid, None, 5)
    rows.append([C("(Từ ngày ..../..../2021 đến ngày ..../..../2021)", italic=True, center=True)] + [None] * 4)
    merges.append("A6:E6")
    start = len(rows) + 1
    rows += x_vertical([None] * 4)
    data = make_xlsx([Sheet("Mau", rows, merges, {"B": 34}, border_rows=(start, len(rows), 5))], at(thu, 9, 0))
    text = f"{greeting()}\n\nThị trấn Tam Đường gửi báo cáo tuyên truyền tuần.\n\n{signature(uid, 1)}\n"
    return Spec(mail_std(uid, at(thu, 10, 30), "TT Tam Đường - BC tuần", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-10-21", {}, "needs_review", DATE)])


@case("interplay", "i08_two_files_two_forms", "ordinary",
      "two attachments: the weekly_propaganda xlsx and the social_media docx: two reports")
def _():
    uid, thu = "giang_ma", th(9, 30)
    f1, f2 = "BC tuyen truyen tuan 39 - Giang Ma.xlsx", "BC MXH Bluezone tuan 39 - Giang Ma.docx"
    x = make_xlsx([wp_vertical(uid, thu, [9, 45, 14, 1150])], at(thu, 8, 0))
    blocks = [("p", intro(uid, thu)), ("t", vtable([10, 1090, 23, 150, 0], labels=SM_VLABELS), 1),
              ("p", "Trên đây là báo cáo của UBND xã Giang Ma./.")]
    d = nd30(uid, thu, blocks, so="59",
             summary=f"Kết quả tuyên truyền trên mạng xã hội, cài đặt Bluezone tuần {period_phrase(thu, 'a')}")
    docx = save(d, at(thu, 8, 0), uid)
    text = (f"{greeting()}\n\nXã Giang Ma gửi 02 báo cáo: báo cáo tuyên truyền tuần và báo cáo tuyên truyền trên "
            f"mạng xã hội, Bluezone.\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 8, 20), "Giang Ma gửi 02 báo cáo tuần 39", text,
                         [Att(f1, x, style="ascii"), Att(f2, docx, style="ascii")]),
                [Rep(uid, WP, "2021-09-30", wp(f1, 9, 45, 14, 1150), "accepted",
                     W(f1, "Từ ngày 24/9/2021 đến ngày 30/9/2021")),
                 Rep(uid, SM, "2021-09-30", sm(f2, 10, 1090, 23, 150, 0), "accepted",
                     W(f2, "từ ngày 24/09 đến ngày 30/09/2021"))])


@case("interplay", "i09_body_completes_file", "ordinary",
      "the file has no listeners figure; the body gives it ('file chưa có ... ước khoảng 1.600 người'): combined")
def _():
    uid, thu = "ta_leng", th(11, 25)
    fn = "Ta Leng BC tuan 47.xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [10, 50, 21, None])], at(thu, 9, 0))
    text = (f"{greeting()}\n\nXã Tả Lèng gửi báo cáo tuần. File đính kèm chưa ghi số người nghe: ước khoảng 1.600 "
            f"người nghe.\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 9, 30), "Tả Lèng BC tuần 47", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-11-25",
                     drop(wp(fn, 10, 50, 21, 0), "listeners") | vals("body", listeners=(1600, "khoảng 1.600 người")),
                     "accepted", W(fn, "Từ ngày 19/11/2021 đến ngày 25/11/2021"))])


@case("interplay", "i10_resent_corrected_file", "ordinary",
      "'gửi lại' with a corrected file replacing an earlier mail: as a message on its own it is a plain report")
def _():
    uid, thu = "ban_hon", th(12, 16)
    fn = "BC tuan 50 - Ban Hon (ban sua).xlsx"
    data = make_xlsx([wp_vertical(uid, thu, [8, 40, 14, 990])], at(thu, 14, 0))
    text = (f"{greeting()}\n\nXã Bản Hon gửi lại báo cáo tuần (bản gửi lúc 9 giờ sáng nay ghi nhầm số liệu), "
            f"đề nghị Phòng sử dụng bản này.\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(thu, 14, 20), "Gửi lại: Bản Hon BC tuần 50", text, [Att(fn, data, style="ascii")]),
                [Rep(uid, WP, "2021-12-16", wp(fn, 8, 40, 14, 990), "accepted",
                     W(fn, "Từ ngày 10/12/2021 đến ngày 16/12/2021"))])


@case("interplay", "i11_figures_in_body_photos_attached", "ordinary",
      "figures in the body; the attachments are photos of the activity, not a report")
def _():
    uid, thu = "nung_nang", th(11, 4)
    text = (f"{greeting()}\n\nXã Nùng Nàng báo cáo kết quả tuyên truyền tuần {period_phrase(thu, 'a')}:\n"
            "- Số tin, bài: 9\n- Thời lượng: 45 phút\n- Số lần phát sóng: 21\n- Ước số người nghe: 1.280 người\n"
            "Gửi kèm một số hình ảnh tuyên truyền lưu động tại các bản.\n\n"
            f"{signature(uid)}\n")
    atts = [Att(f"anh tuyen truyen {i}.jpg", photo_jpeg(400 + i, "TUYEN TRUYEN"), style="ascii") for i in (1, 2)]
    return Spec(mail_std(uid, at(thu, 15, 0), "Nùng Nàng - báo cáo tuần", text, atts),
                [Rep(uid, WP, "2021-11-04", vals("body", items=(9, "9"), minutes=(45, "45 phút"), broadcasts=(21, "21"),
                                                  listeners=(1280, "1.280 người")),
                     "accepted", W("body", period_phrase(thu, "a")))])


@case("interplay", "i12_two_files_two_weeks", "hard",
      "two files, one per week (the week missed and this week), each with its dates: two reports")
def _():
    uid = "ban_giang"
    t1, t2 = th(9, 9), th(9, 16)
    f1, f2 = "BC tuan 36 - Ban Giang.xlsx", "BC tuan 37 - Ban Giang.xlsx"
    x1 = make_xlsx([wp_vertical(uid, t1, [8, 40, 14, 1010])], at(t1, 9, 0))
    x2 = make_xlsx([wp_vertical(uid, t2, [9, 45, 14, 1090])], at(t2, 9, 0))
    text = (f"{greeting()}\n\nXã Bản Giang gửi báo cáo tuần 36 (gửi bù) và tuần 37.\n\n{signature(uid)}\n")
    return Spec(mail_std(uid, at(t2, 10, 0), "Bản Giang - BC tuần 36, 37", text,
                         [Att(f1, x1, style="ascii"), Att(f2, x2, style="ascii")]),
                [Rep(uid, WP, "2021-09-09", wp(f1, 8, 40, 14, 1010), "accepted", W(f1, "Từ ngày 3/9/2021 đến ngày 9/9/2021")),
                 Rep(uid, WP, "2021-09-16", wp(f2, 9, 45, 14, 1090), "accepted",
                     W(f2, "Từ ngày 10/9/2021 đến ngày 16/9/2021"))])


# ======================================================================================
# not reports

@case("nonreport", "n01_request_letter_forwarded_tcvn3", "hard",
      "a commune forwards the district's request letter (a TCVN3 Word file) with a question: not a report")
def _():
    uid = "ho_thau"
    when = at(dt.date(2021, 8, 10), 8, 30)
    d = Doc(enc="tcvn3")
    d.header(["UBND HUYỆN TAM ĐƯỜNG", "PHÒNG VĂN HÓA VÀ THÔNG TIN"], "Số: 562/VHTT",
             "Tam Đường, ngày 09 tháng 8 năm 2021",
             vv="V/v tăng cường công tác vận động, tuyên truyền các thông tin chính thống về phòng chống dịch Covid-19 trên mạng xã hội")
    d.para("Kính gửi: UBND các xã, thị trấn.", center=True)
    for p in ["Căn cứ Thông báo số 897/TB-UBND ngày 05/8/2021 của UBND huyện Tam Đường về Kết luận tại cuộc họp "
              "giao ban Ban Chỉ đạo huyện ngày 04/8/2021.",
              "1. Đẩy mạnh tuyên truyền đến từng cán bộ, công chức, viên chức và Nhân dân biết và truy cập trang "
              "Fanpage UBND tỉnh Lai Châu.",
              "2. UBND các xã, thị trấn thành lập ở mỗi bản ít nhất 01 nhóm Zalo; báo cáo số nhóm, số thành viên, số "
              "tin, bài đăng tải, số lượt cài đặt Bluezone và số vụ tin giả về Phòng trước 16 giờ 00 thứ Năm hằng tuần.",
              "Phòng Văn hóa và Thông tin đề nghị UBND các xã, thị trấn triển khai thực hiện./."]:
        d.para(p)
    d.signature(["- Như trên;", "- Lưu: VT."], ["TRƯỞNG PHÒNG"], "Đỗ Trọng Thi")
    data = d.save(when, author="VHTT", title="Cong van")
    text = ("Kính gửi Phòng VH&TT,\nXã Hồ Thầu đã nhận Công văn 562/VHTT (chuyển tiếp kèm theo). Xin hỏi Phòng: số "
            "lượt cài đặt Bluezone báo cáo là số trong tuần hay số lũy kế ạ?\n\n" + signature(uid) + "\n\n"
            "-------- Forwarded Message --------\nSubject: Cong van 562/VHTT\nFrom: sangnq.tamduong@laichau.gov.vn\n")
    return Spec(mail_std(uid, when, "Fwd: Công văn 562/VHTT - hỏi về báo cáo Bluezone", text,
                         [Att("CV 562 VHTT.docx", data, style="ascii", legacy="tcvn3")], mailer="thunderbird"), [])


@case("nonreport", "n02_office_sends_blank_template", "ordinary",
      "the office's own address sends the blank template to the units: not a report")
def _():
    when = at(dt.date(2021, 3, 1), 14, 0)
    from h5case import x_title, x_vertical

    rows, merges = x_title("ban_bo", None, 5, left=["UBND XÃ (THỊ TRẤN) ..........", "........"])
    rows.append([C("(Từ ngày ..../..../2021 đến ngày ..../..../2021)", italic=True, center=True)] + [None] * 4)
    merges.append("A6:E6")
    start = len(rows) + 1
    rows += x_vertical([None] * 4)
    data = make_xlsx([Sheet("Mau BC tuan", rows, merges, {"B": 34}, border_rows=(start, len(rows), 5))], when)
    text = ("Kính gửi: UBND các xã, thị trấn; Đài TT-TH huyện.\n\nPhòng Văn hóa và Thông tin gửi mẫu báo cáo kết quả "
            "tuyên truyền tuần (file đính kèm). Đề nghị các đơn vị báo cáo trước 16 giờ 00 thứ Năm hằng tuần.\n\n"
            "Nguyễn Quang Sáng\nPhòng Văn hóa và Thông tin huyện Tam Đường\n")
    return Spec(dict(sender=OFFICE, sender_name="Phòng VH&TT Tam Đường", date=when,
                     subject="Mẫu báo cáo kết quả tuyên truyền tuần", text=text,
                     to="undisclosed-recipients:;", cc=OFFICE,
                     atts=[Att("Mau bao cao tuyen truyen tuan.xlsx", data, style="ascii")], mailer="zimbra"), [])


@case("nonreport", "n03_newsletter_pdf", "ordinary",
      "a district newsletter PDF from the party propaganda board, full of figures: not a report")
def _():
    when = at(dt.date(2021, 7, 12), 9, 0)
    p = Pdf()
    p.para("BẢN TIN TAM ĐƯỜNG", center=True, bold=True, size=18)
    p.para("Số 07 - Tháng 7/2021", center=True, italic=True)
    for t in ["Trong 6 tháng đầu năm, toàn huyện đã tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại "
              "biểu HĐND các cấp với tỷ lệ cử tri đi bầu đạt 99,8%.",
              "Hệ thống truyền thanh cơ sở của 13 xã, thị trấn đã phát trên 2.400 tin, bài; Đài Truyền thanh - Truyền "
              "hình huyện sản xuất 156 chương trình thời sự.",
              "Toàn huyện có 12.540 người đã cài đặt ứng dụng Bluezone; 142 nhóm Zalo của các bản đã được thành lập.",
              "Chuyên mục: Gương người tốt, việc tốt - Anh Lò Văn Thanh, bản Nà Luồng, xã Bản Giang."]:
        p.para(t)
    data = p.save(title="Ban tin Tam Duong so 07", author="BTG Huyen uy")
    text = ("Ban Tuyên giáo Huyện ủy gửi Bản tin Tam Đường số 07/2021 để các cơ quan, đơn vị tham khảo, tuyên truyền.\n")
    return Spec(dict(sender="btg.tamduong@gmail.com", sender_name="Ban Tuyên giáo Huyện ủy Tam Đường", date=when,
                     subject="Bản tin Tam Đường số 07/2021", text=text,
                     atts=[Att("Ban tin Tam Duong so 07-2021.pdf", data, style="ascii")], mailer="gmail"), [])


@case("nonreport", "n04_invitation_docx", "ordinary", "a meeting invitation (Giấy mời) as a Word file: not a report")
def _():
    when = at(dt.date(2021, 9, 14), 15, 0)
    d = Doc()
    d.header(["UBND HUYỆN TAM ĐƯỜNG", "VĂN PHÒNG HĐND VÀ UBND"], "Số: 214/GM-VP", "Tam Đường, ngày 14 tháng 9 năm 2021")
    d.para("GIẤY MỜI", bold=True, center=True, upper=True)
    d.para("Họp giao ban công tác văn hóa, thông tin quý III năm 2021", bold=True, center=True)
    for t in ["Văn phòng HĐND và UBND huyện trân trọng kính mời: Lãnh đạo UBND các xã, thị trấn; Trưởng Đài Truyền "
              "thanh - Truyền hình huyện.",
              "Thời gian: 08 giờ 00 phút, thứ Năm ngày 23/9/2021.",
              "Địa điểm: Hội trường tầng 3, UBND huyện.",
              "Đề nghị các đơn vị chuẩn bị báo cáo kết quả công tác tuyên truyền 9 tháng năm 2021 gửi kèm."]:
        d.para(t)
    d.signature(["- Như trên;", "- Lưu: VT."], ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Nguyễn Văn Hùng")
    data = d.save(when, author="VP", title="Giay moi")
    text = "Văn phòng HĐND và UBND huyện gửi Giấy mời họp giao ban (file đính kèm).\n"
    return Spec(dict(sender="vanphong.tamduong@laichau.gov.vn", sender_name="Văn phòng HĐND-UBND huyện", date=when,
                     subject="Giấy mời họp giao ban công tác văn hóa, thông tin quý III", text=text,
                     atts=[Att("Giay moi 214.docx", data, style="ascii")]), [])


@case("nonreport", "n05_event_photos", "ordinary",
      "a commune sends photos of a propaganda event, no figures: not a report")
def _():
    uid = "son_binh"
    when = at(dt.date(2021, 5, 24), 16, 0)
    text = (f"{greeting()}\n\nXã Sơn Bình gửi một số hình ảnh tuyên truyền lưu động về bầu cử tại các bản ngày "
            f"22/5/2021 để Phòng đưa tin.\n\n{signature(uid)}\n")
    atts = [Att(f"IMG_2021052{i}_0{i}3{i}.jpg", photo_jpeg(500 + i, "BAU CU 2021"), style="ascii") for i in (1, 2, 3)]
    return Spec(mail_std(uid, when, "Ảnh tuyên truyền bầu cử - Sơn Bình", text, atts), [])


@case("nonreport", "n06_provincial_statistics_xlsx", "ordinary",
      "a provincial statistics workbook (population by district): numbers, not a report")
def _():
    when = at(dt.date(2021, 4, 6), 10, 0)
    rows = [[C("CỤC THỐNG KÊ TỈNH LAI CHÂU", bold=True)], [C("Dân số trung bình phân theo huyện, thành phố năm 2020", bold=True)],
            [None], [C("Đơn vị", bold=True), C("Dân số (người)", bold=True), C("Số hộ", bold=True), C("Mật độ (người/km2)", bold=True)],
            ["Thành phố Lai Châu", 42817, 10912, 606], ["Huyện Tam Đường", 55342, 11408, 81], ["Huyện Phong Thổ", 81546, 15214, 80],
            ["Huyện Sìn Hồ", 88901, 16320, 58], ["Huyện Mường Tè", 47236, 9821, 18], ["Huyện Than Uyên", 68520, 14577, 86],
            ["Huyện Tân Uyên", 61003, 13065, 68], ["Huyện Nậm Nhùn", 28455, 5912, 20],
            [C("Toàn tỉnh", bold=True), C(473820), C(97229), C(52)]]
    data = make_xlsx([Sheet("DS2020", rows, widths={"A": 28, "B": 16, "C": 12, "D": 20})], when, creator="CTK")
    text = "Cục Thống kê tỉnh gửi số liệu dân số trung bình năm 2020 để các huyện sử dụng.\n"
    return Spec(dict(sender="ctk.laichau@gso.gov.vn", sender_name="Cục Thống kê Lai Châu", date=when,
                     subject="Số liệu dân số trung bình năm 2020", text=text,
                     atts=[Att("Dan so trung binh 2020.xlsx", data, style="ascii")], mailer="outlook"), [])


@case("nonreport", "n07_monthly_plan_docx", "ordinary",
      "a commune's propaganda PLAN (Kế hoạch) for next month with target figures: not a report")
def _():
    uid = "ban_giang"
    when = at(dt.date(2021, 9, 28), 9, 0)
    d = Doc()
    d.header(["ỦY BAN NHÂN DÂN", "XÃ BẢN GIANG"], "Số: 88/KH-UBND", "Bản Giang, ngày 28 tháng 9 năm 2021")
    d.para("KẾ HOẠCH", bold=True, center=True, upper=True)
    d.para("Tuyên truyền tháng 10 năm 2021", bold=True, center=True)
    for t in ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của Nhân dân về phòng, chống dịch Covid-19, tiêm vắc xin.",
              "II. CHỈ TIÊU", "- Phát 40 tin, bài trên hệ thống truyền thanh xã; thời lượng 200 phút; 84 lần phát sóng.",
              "- Phấn đấu 6.000 lượt người nghe.",
              "III. TỔ CHỨC THỰC HIỆN", "Giao công chức Văn hóa - Xã hội chủ trì, báo cáo kết quả hằng tuần về Phòng VH&TT."]:
        d.para(t)
    d.signature(["- Phòng VH&TT huyện;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Tòng Văn Hưởng")
    data = d.save(when, author=PEOPLE[uid][0], title="Ke hoach")
    text = f"{greeting()}\n\nXã Bản Giang gửi Kế hoạch tuyên truyền tháng 10/2021.\n\n{signature(uid)}\n"
    return Spec(mail_std(uid, when, "Kế hoạch tuyên truyền tháng 10 - Bản Giang", text,
                         [Att("KH tuyen truyen thang 10.docx", data, style="ascii")]), [])


@case("nonreport", "n08_bluezone_guide_pdf", "ordinary",
      "the station forwards a Bluezone installation guide PDF: not a report")
def _():
    uid = "dai_th_th"
    when = at(dt.date(2021, 8, 17), 14, 0)
    p = Pdf()
    p.para("HƯỚNG DẪN CÀI ĐẶT VÀ SỬ DỤNG ỨNG DỤNG BLUEZONE", center=True, bold=True, size=15)
    for t in ["Bước 1: Truy cập CH Play (Android) hoặc App Store (iOS), tìm từ khóa \"Bluezone\".",
              "Bước 2: Chọn Cài đặt, mở ứng dụng, cho phép Bluetooth và thông báo.",
              "Bước 3: Nhập số điện thoại, xác thực mã OTP gồm 6 chữ số.",
              "Ứng dụng chiếm khoảng 30 MB bộ nhớ, hoạt động trên Android 5.0 và iOS 11 trở lên."]:
        p.para(t)
    data = p.save(title="Huong dan Bluezone", author="Bo TTTT")
    text = (f"{greeting()}\n\nĐài chuyển tiếp tài liệu hướng dẫn cài đặt Bluezone để Phòng gửi các xã.\n\n"
            f"{signature(uid)}\n")
    return Spec(mail_std(uid, when, "Fwd: Tài liệu hướng dẫn cài đặt Bluezone", text,
                         [Att("Huong dan cai dat Bluezone.pdf", data, style="ascii")]), [])
