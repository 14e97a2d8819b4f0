"""Ordinary report mails with attachments, the station's reports, the social-media form
and mails carrying both forms."""

from datetime import date as D
from datetime import timedelta

import h9docs as DX
from h9base import NR, RR, SUBJECT, WR, add, at, post_tweak, pre_tweak, tw, z2
from h9forms import (LOWER, UPPER, commune_docx, commune_pdf, doc_number, social_xlsx_sheet,
                     topics, weekly_xlsx)
from h9lib import Rep, vn, week_no
from h9people import O, fri, period_phrase, place_date, social, weekly

WP = "weekly_propaganda"
SM = "social_media"


def paren(p):
    return f"({p[0].upper() + p[1:]})"


COVER = {
    "mai": "Dạ em gửi phòng báo cáo tuần của xã Thèn Sin ạ.\nEm cảm ơn!\n\n",
    "lan": "Kính gửi phòng VH-TT, xã Giang Ma gửi báo cáo tuần (file đính kèm).\nTrân trọng!\n\n",
    "sua": "Em gửi báo cáo tuần ạ.\n\n",
    "luc": "Kính gửi Phòng VH&TT huyện,\nUBND xã Bản Bo gửi báo cáo kết quả tuyên truyền tuần theo mẫu.\nTrân trọng./.\n\n",
    "xuan": "Dạ em gửi báo cáo tuần xã Nà Tăm ạ. Em cảm ơn anh!\n\n",
    "quy": "Kính gửi: Phòng Văn hóa và Thông tin huyện\nUBND xã Hồ Thầu gửi báo cáo kết quả tuyên truyền tuần (có file kèm theo).\nTrân trọng!\n\n",
    "huyen": "Kính gửi Phòng VH&TT huyện Tam Đường,\nUBND xã Bản Hon trân trọng gửi Báo cáo kết quả công tác tuyên truyền tuần.\nTrân trọng./.\n\n",
    "ngoc": "Em gửi báo cáo tuyên truyền tuần của UBND xã Khun Há ạ.\n\n",
    "thao": "Chào anh, em gửi báo cáo tuần của xã Sơn Bình ạ.\n\n",
    "duc": "Kính gửi Phòng VH&TT,\nUBND thị trấn gửi báo cáo kết quả tuyên truyền tuần (file đính kèm).\nTrân trọng./.\n\n",
    "tung": "Kính gửi phòng VH&TT huyện,\nUBND xã Tả Lèng gửi báo cáo tuyên truyền tuần (bản PDF).\nTrân trọng!\n\n",
    "thanh": "Kính gửi: Phòng Văn hóa và Thông tin huyện.\nXã Bản Giang gửi báo cáo kết quả tuyên truyền tuần.\n\n",
    "hai": "Kính gửi Phòng VH&TT,\nXã Bình Lư gửi số liệu tuyên truyền tuần (file csv).\nTrân trọng!\n\n",
    "binh": "Kính gửi: Phòng Văn hóa và Thông tin huyện.\nĐài Truyền thanh - Truyền hình huyện gửi báo cáo kết quả công tác tuyên truyền tuần (có file kèm theo).\nTrân trọng./.\n\n",
}


def cover(key):
    return COVER[key] + O[key].sig


def xlsx_family():
    fam = "xlsx"
    specs = [
        ("mai", D(2021, 3, 11), 0, 9, 0, "filled", 0, "office template filled in, week on the period line"),
        ("lan", D(2021, 3, 4), 0, 10, 0, "k_month", 0, "template with topic rows and a total row, 'Tuần 1 tháng 3', numbers typed as text"),
        ("sua", D(2021, 4, 1), -1, 15, 0, None, 0, "template, period line left dotted: week from the Date"),
        ("luc", D(2021, 5, 13), 0, 8, 30, "filled", 0, "template filled in"),
        ("xuan", D(2021, 5, 20), 0, 14, 0, None, 0, "personal Gmail, template names the commune"),
        ("mai", D(2021, 6, 10), 0, 11, 0, None, 0, "template, period line left dotted"),
        ("lan", D(2021, 6, 10), 0, 9, 40, "k_month", 0, "'Tuần 2 tháng 6' in title and sheet name"),
        ("sua", D(2021, 7, 8), 0, 10, 10, "filled", 0, "template filled in"),
        ("luc", D(2021, 8, 12), 1, 8, 45, None, 0, "Friday (late), period line left dotted"),
        ("xuan", D(2021, 9, 23), 0, 15, 20, "filled", 0, "personal Gmail, template filled in"),
        ("mai", D(2021, 10, 21), 0, 9, 15, "filled", 0, "template filled in"),
        ("lan", D(2021, 11, 4), 0, 10, 30, "k_month", 0, "'Tuần 1 tháng 11'"),
        ("luc", D(2021, 12, 9), 0, 9, 5, None, "blank", "the blank template was attached: held, no figures"),
        ("sua", D(2021, 11, 25), 0, 14, 20, "filled", "conflict", "body and attachment disagree on the items: held"),
    ]
    for key, thu, dd, hh, mm, pst, special, note in specs:
        off = O[key]
        unit = off.unit
        when = at(thu, dd, hh, mm)
        f = weekly(unit, thu)
        sheet = "BC tuan"
        ptxt = None
        if pst == "filled":
            phrase = period_phrase(thu, "Tu_ngay_full")
            ptxt = f"({phrase})"
        elif pst == "k_month":
            phrase = period_phrase(thu, "tuan_k_thang")
            ptxt = f"({phrase[0].upper() + phrase[1:]} năm 2021)"
            sheet = phrase[0].upper() + phrase[1:]
        status = "needs_review" if special else "accepted"
        if pst:
            r = WR(WP, unit, thu, phrase, status)
        else:
            r = RR(WP, unit, when, thu, status)
        signer = (off.name, {"mai": "Tẩn Văn Sài", "lan": "Phàn A Vàng", "sua": "Giàng A Tủa",
                             "luc": "Lò Văn Tươi", "xuan": "Lò Văn Ơn"}[key])
        body = cover(key)
        hold = ""
        if special == "blank":
            sh = weekly_xlsx(unit, r, f, author="Admin", when=when - timedelta(days=30), blank=True)
            hold = "blank template, no figures"
            fname = "Mau bao cao tuan.xlsx"
            body = "Em gửi báo cáo tuần ạ\n\n" + off.sig
        else:
            sh = weekly_xlsx(unit, r, f, period_text=ptxt, author=off.name,
                             when=when - timedelta(hours=1), sheet=sheet,
                             text_numbers=(key == "lan"), topic_rows=(key == "lan" and thu.month == 3),
                             signer=signer)
            fname = {"mai": f"BC tuan Then Sin {thu.day}.{thu.month}.xlsx",
                     "lan": f"Giang Ma - {sheet}.xlsx",
                     "sua": "Báo cáo tuần Nùng Nàng.xlsx",
                     "luc": f"BC_tuan_BanBo_{thu:%d%m%Y}.xlsx",
                     "xuan": "Mẫu báo cáo tuần (Nà Tăm).xlsx"}[key]
        if special == "conflict":
            wrong = f["items"] - 1
            del r.values["items"], r.evidence["items"]
            body = (f"Em gửi báo cáo tuần ạ, tuần này xã phát {z2(wrong)} tin bài.\n\n" + off.sig)
            hold = "two values for items"
        data, text = sh.save(author=off.name if not special == "blank" else "Admin",
                             when=when - timedelta(hours=1))
        add(fam, "ordinary", note, off, when, SUBJECT[key], body, [r],
            atts=[(fname, data)], srcs=[text], hold=hold)


def docx_family():
    fam = "docx"
    specs = [
        ("quy", D(2021, 1, 14), 0, 8, 50, "table", True, 0, "official report, table, week in the title"),
        ("huyen", D(2021, 2, 4), -1, 14, 30, "paras", True, 0, "official report in paragraphs"),
        ("ngoc", D(2021, 3, 4), 0, 10, 25, "paras", False, 0, "official report, no week in the title: week from the Date"),
        ("thao", D(2021, 4, 1), 0, 9, 10, "paras", True, 0, "personal Gmail, official report names the commune"),
        ("quy", D(2021, 5, 20), 0, 9, 30, "table", True, 0, "official report, table"),
        ("duc", D(2021, 7, 1), 0, 10, 45, "table", True, 0, "thị trấn, official report with table"),
        ("huyen", D(2021, 7, 15), 0, 8, 20, "paras", True, 0, "official report in paragraphs"),
        ("ngoc", D(2021, 8, 26), 0, 14, 15, "paras", False, 0, "no week in title"),
        ("thao", D(2021, 9, 30), 1, 9, 0, "paras", True, 0, "Friday (late), week in the title"),
        ("duc", D(2021, 10, 28), 0, 15, 40, "table", True, 0, "official report, table"),
        ("quy", D(2021, 12, 23), 0, 9, 0, "table", True, 0, "official report, table"),
        ("huyen", D(2021, 6, 10), 0, 9, 30, "paras", True, "thu_wed", "week written Thursday to Wednesday (03/6-09/6): held, no week"),
    ]
    for key, thu, dd, hh, mm, layout, tp, special, note in specs:
        off = O[key]
        unit = off.unit
        when = at(thu, dd, hh, mm)
        f = weekly(unit, thu)
        doc_day = when.date() if dd <= 0 else thu
        style = "tu_ngay_full" if key != "huyen" else "tu_ngay_short"
        per = period_phrase(thu, style)
        hold = ""
        override = None
        if special == "thu_wed":
            override = f"từ ngày 03/6 đến ngày 09/6/2021"
            r = NR(WP, unit)
            hold = "period is not a reporting week"
        elif tp:
            r = WR(WP, unit, thu, per)
        else:
            r = RR(WP, unit, when, thu)
        data, text = commune_docx(unit, thu, doc_day, r, f, layout=layout, period_style=style,
                                  author=off.name if key != "quy" else "Windows User",
                                  when=when - timedelta(hours=2), title_period=tp,
                                  listeners_fmt="vn" if key != "ngoc" else "plain",
                                  parent=key not in ("huyen",), period_override=override)
        fname = {"quy": f"BC tuyen truyen tuan {week_no(thu)}.docx",
                 "huyen": "Báo cáo tuyên truyền tuần.docx",
                 "ngoc": f"BC tuan {thu.day:02d}.{thu.month:02d}.docx",
                 "thao": "bao cao tuan son binh.docx",
                 "duc": f"{z2(10 + week_no(thu))}-BC-UBND.docx"}[key]
        add(fam, "ordinary", note, off, when, SUBJECT[key], cover(key), [r],
            atts=[(fname, data)], srcs=[text], hold=hold)


def pdf_family():
    fam = "pdf"
    specs = [("tung", D(2021, 4, 29), 0, 8, 40), ("thanh", D(2021, 5, 27), 0, 10, 0),
             ("tung", D(2021, 6, 24), 0, 9, 50), ("thanh", D(2021, 7, 8), 0, 15, 10),
             ("tung", D(2021, 8, 5), 0, 10, 30), ("thanh", D(2021, 9, 9), 0, 9, 20),
             ("tung", D(2021, 11, 18), 0, 14, 45), ("thanh", D(2021, 12, 30), 0, 9, 0)]
    for key, thu, dd, hh, mm in specs:
        off = O[key]
        unit = off.unit
        when = at(thu, dd, hh, mm)
        f = weekly(unit, thu)
        per = period_phrase(thu, "tu_ngay_full")
        r = WR(WP, unit, thu, per)
        layout = "paras" if key == "tung" else "table"
        data, text = commune_pdf(unit, thu, when.date(), r, f, off.name, when, layout=layout)
        fname = (f"BC tuan Ta Leng {thu:%d.%m.%Y}.pdf" if key == "tung"
                 else f"{20 + week_no(thu)}.BC-UBND Ban Giang.pdf")
        note = ("PDF exported from Word, figures in paragraphs" if layout == "paras"
                else "PDF exported from Word, figures in a table")
        add(fam, "ordinary", note, off, when, SUBJECT[key], cover(key), [r],
            atts=[(fname, data)], srcs=[text])


def csv_family():
    fam = "csv"
    # Bình Lư: csv saved from Excel (UTF-8 with BOM), the week written in a column
    for thu, hh, mm in ((D(2021, 2, 25), 10, 0), (D(2021, 7, 1), 9, 15)):
        off = O["hai"]
        when = at(thu, 0, hh, mm)
        f = weekly("binh_lu", thu)
        fr = fri(thu)
        phrase = f"{fr:%d/%m/%Y} - {thu:%d/%m/%Y}"
        r = WR(WP, "binh_lu", thu, phrase)
        text = ("STT,Đơn vị,Tuần,Số tin bài,Độ dài (phút),Số lần phát sóng,Ước số người nghe\r\n"
                f"1,Xã Bình Lư,{phrase},{r.w('items', f['items'])},{r.w('minutes', f['minutes'])},"
                f"{r.w('broadcasts', f['broadcasts'])},{r.w('listeners', f['listeners'], str(f['listeners']))}\r\n")
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
        add(fam, "ordinary", "csv saved from Excel with the week in a column", off, when,
            SUBJECT["hai"], cover("hai"), [r], atts=[(f"BC_tuan_BinhLu_{thu:%d%m}.csv", data)],
            srcs=[text])
    # Nà Tăm: Google Sheets export
    off = O["xuan"]
    for thu, hh, mm, held in ((D(2021, 8, 19), 11, 30, False), (D(2021, 10, 7), 10, 20, True)):
        when = at(thu, 0, hh, mm)
        f = weekly("na_tam", thu)
        phrase = f"Tuần {week_no(thu)}"
        if held:
            r = WR(WP, "na_tam", thu, phrase, "needs_review")
            text = ("Thời gian,Đơn vị,Số tin bài,Thời lượng (giờ),Số lượt phát,Số người nghe\n"
                    f"{phrase},UBND xã Nà Tăm,{r.w('items', f['items'])},1.5,"
                    f"{r.w('broadcasts', f['broadcasts'])},{r.w('listeners', f['listeners'], str(f['listeners']))}\n")
            note = "Google Sheets csv, duration '1.5' in hours: ambiguous, held"
            hold = "ambiguous 1.5"
        else:
            r = WR(WP, "na_tam", thu, phrase)
            text = ("Thời gian,Đơn vị,Số tin bài,Thời lượng (phút),Số lượt phát,Số người nghe\n"
                    f"{phrase},UBND xã Nà Tăm,{r.w('items', f['items'])},{r.w('minutes', f['minutes'])},"
                    f"{r.w('broadcasts', f['broadcasts'])},{r.w('listeners', f['listeners'], str(f['listeners']))}\n")
            note = "Google Sheets csv export, 'Tuần 33'"
            hold = ""
        body = "Em gửi số liệu tuần ạ (em xuất từ Google Trang tính).\n\n" + off.sig
        add(fam, "ordinary", note, off, when, SUBJECT["xuan"], body, [r],
            atts=[("Báo cáo tuần - Trang tính1.csv", text.encode("utf-8"))], srcs=[text], hold=hold)


# ---------------------------------------------------------------------------------------
# the station


def station_split(items, rng_key):
    ps = 2 if items > 24 else 1
    bai = max(2, items // 5)
    return items - bai - ps, bai, ps


def station_docx(thu, doc_day, r, f, when, two_row=False, sr=None, s=None):
    d = DX.Doc()
    d.letterhead("UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH",
                 f"Số: {z2(week_no(thu))}/BC-ĐTTTH", place_date("Tam Đường", doc_day))
    per = period_phrase(thu, "tu_ngay_full")
    d.title("BÁO CÁO", ["Kết quả công tác tuyên truyền tuần", paren(per)])
    d.kinh_gui("Phòng Văn hóa và Thông tin huyện Tam Đường")
    d.heading_line("I. KẾT QUẢ THỰC HIỆN")
    d.p("1. Công tác biên tập, phát sóng chương trình phát thanh địa phương", bold=True)
    tin, bai, ps = station_split(f["items"], thu)
    if two_row:
        d.p("Kết quả cụ thể như sau:")
        rows = [["STT", "Nội dung", "Kết quả tuyên truyền", None, None, None],
                [None, None, "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng", "Ước số người nghe, xem"],
                ["1", "Chương trình phát thanh địa phương", r.w("items", f["items"]),
                 r.w("minutes", f["minutes"]), r.w("broadcasts", f["broadcasts"]),
                 r.w("listeners", f["listeners"])]]
        d.table(rows, header_rows=2, merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 5))],
                widths=[1.2, 5.2, 2.3, 2.3, 2.5, 2.8])
    else:
        d.p(f"- Biên tập, phát sóng tổng số {r.w('items', f['items'])} tin, bài (trong đó: {tin} tin, "
            f"{bai} bài, {z2(ps)} phóng sự) trên sóng phát thanh của huyện.")
        d.p(f"- Tổng thời lượng phát sóng chương trình địa phương: {r.w('minutes', f['minutes'])} phút.")
        d.p(f"- Số lần phát sóng: {r.w('broadcasts', f['broadcasts'])} lần.")
        d.p("- Tiếp sóng chương trình thời sự của Đài Tiếng nói Việt Nam, Đài Phát thanh - Truyền hình tỉnh: 14 buổi.")
        d.p(f"- Ước số người nghe, xem: khoảng {r.w('listeners', f['listeners'])} người.")
    d.p("2. Công tác truyền hình, Trang thông tin điện tử", bold=True)
    d.p("- Sản xuất, gửi Đài Phát thanh - Truyền hình tỉnh 03 tin, 01 phóng sự về hoạt động của huyện.")
    d.p("- Phối hợp cập nhật tin, bài lên Trang thông tin điện tử huyện.")
    if sr is not None:
        d.p("3. Tuyên truyền trên mạng xã hội, Bluezone", bold=True)
        d.p(f"- Số nhóm, trang mạng xã hội do Đài quản lý: {sr.w('groups', s['groups'], z2(s['groups']))} nhóm.")
        d.p(f"- Tổng số thành viên, người theo dõi: {sr.w('group_members', s['group_members'])} người.")
        d.p(f"- Số tin, bài đăng tải: {sr.w('posts', s['posts'])} tin, bài, video clip.")
        d.p(f"- Số người cài đặt Bluezone: {sr.w('bluezone_installs', s['bluezone_installs'])} người.")
        d.p(f"- Tin giả, tin sai sự thật: {sr.w('fake_news', 0, 'Không phát hiện')}.")
    d.p("Nội dung tuyên truyền trọng tâm:", bold=True)
    for t in topics(thu):
        d.p(f"- {t}.")
    d.heading_line("II. PHƯƠNG HƯỚNG NHIỆM VỤ TUẦN TỚI")
    d.p("Tiếp tục duy trì thời lượng phát sóng chương trình phát thanh địa phương; bám sát các sự kiện "
        "chính trị của huyện để xây dựng tin, bài kịp thời; bảo đảm an toàn kỹ thuật hệ thống.")
    d.p("Trên đây là báo cáo kết quả công tác tuyên truyền tuần của Đài Truyền thanh - Truyền hình huyện./.")
    d.signature(["- Phòng VH&TT huyện;", "- Lãnh đạo Đài;", "- Lưu: VT."],
                ["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC", "Nguyễn Văn Bình")
    return d.save("Nguyễn Văn Bình", when - timedelta(hours=3))


def station_body(r, f, per, held=False, social_part=None):
    tin, bai, ps = station_split(f["items"], None)
    if held:
        first = (f"- Biên tập, phát sóng {tin} tin, {bai} bài, {z2(ps)} phóng sự trên sóng phát thanh "
                 "của huyện.")
    else:
        first = (f"- Biên tập, phát sóng tổng số {r.w('items', f['items'])} tin, bài (trong đó {tin} tin, "
                 f"{bai} bài, {z2(ps)} phóng sự).")
    txt = ("Kính gửi: Phòng Văn hóa và Thông tin huyện\n\n"
           f"Đài Truyền thanh - Truyền hình huyện báo cáo kết quả công tác tuyên truyền {tw(per)} như sau:\n\n"
           "1. Công tác biên tập, phát sóng\n" + first + "\n"
           f"- Tổng thời lượng phát sóng chương trình địa phương: {r.w('minutes', f['minutes'])} phút.\n"
           f"- Số lần phát sóng: {r.w('broadcasts', f['broadcasts'])} lần.\n"
           "- Tiếp sóng chương trình thời sự của Đài Tiếng nói Việt Nam và Đài PT-TH tỉnh: 14 buổi.\n"
           f"- Ước số người nghe, xem: khoảng {r.w('listeners', f['listeners'])} người.\n\n"
           "2. Công tác truyền hình\n- Sản xuất 03 tin, 01 phóng sự gửi Đài PT-TH tỉnh.\n\n")
    if social_part:
        txt += social_part + "\n"
    txt += ("3. Nội dung tuyên truyền trọng tâm\n" + "".join(f"- {t}.\n" for t in topics(r.period_end or per_date(per)))
            + "\n4. Công tác kỹ thuật\n- Duy trì hoạt động ổn định hệ thống máy phát FM, bảo dưỡng cụm thu "
            "phát thanh không dây tại các xã.\n\nTrân trọng./.\n\n" + O["phuong"].sig)
    return txt


def per_date(per):
    return D(2021, 6, 1)


def station_family():
    fam = "station"
    for thu, dd, hh, mm, two in ((D(2021, 1, 21), 0, 9, 30, False), (D(2021, 3, 25), 0, 8, 45, False),
                                 (D(2021, 5, 27), -1, 16, 10, False), (D(2021, 8, 12), 0, 10, 0, False),
                                 (D(2021, 11, 4), 0, 9, 20, False)):
        off = O["binh"]
        when = at(thu, dd, hh, mm)
        f = weekly("dai_th_th", thu)
        r = WR(WP, "dai_th_th", thu, period_phrase(thu, "tu_ngay_full"))
        data, text = station_docx(thu, when.date(), r, f, when)
        add(fam, "ordinary", "the station's official report (docx): total with breakdown, relays and TV in other lines",
            off, when, SUBJECT["binh"], cover("binh"), [r],
            atts=[(f"BC tuan {week_no(thu)} - Dai TTTH.docx", data)], srcs=[text])
    for thu, dd, hh, mm, held in ((D(2021, 2, 25), 0, 10, 50, False), (D(2021, 4, 22), 0, 14, 10, False),
                                  (D(2021, 6, 17), 0, 15, 0, False), (D(2021, 12, 16), 0, 9, 40, False),
                                  (D(2021, 9, 23), 0, 10, 5, True)):
        off = O["phuong"]
        when = at(thu, dd, hh, mm)
        f = weekly("dai_th_th", thu)
        per = period_phrase(thu, "tu_ngay_full")
        r = WR(WP, "dai_th_th", thu, per, "needs_review" if held else "accepted")
        f = pre_tweak("phuong", thu, f)
        body = post_tweak("phuong", thu, station_body(r, f, per, held=held), r)
        note = ("the station's long report in the body, items split into tin/bài/phóng sự without a total: held"
                if held else "the station's long report in the body"
                + ("; duration '5 giờ 15 phút'" if thu == D(2021, 12, 16) else ""))
        add(fam, "ordinary", note, off, when, SUBJECT["phuong"], body, [r],
            hold="items not totalled" if held else "")


# ---------------------------------------------------------------------------------------
# social media / Bluezone


def soc_thanh2(sr, s, per=None, pct=False):
    bz = "- Số người cài đặt Bluezone: đạt 38,5% dân số\n" if pct else \
        f"- Số người cài đặt Bluezone: {sr.w('bluezone_installs', s['bluezone_installs'])} người\n"
    return (f"- Số nhóm Zalo: {sr.w('groups', s['groups'])} nhóm\n"
            f"- Số thành viên: {sr.w('group_members', s['group_members'])} người\n"
            f"- Số tin, bài đăng tải: {sr.w('posts', s['posts'])}\n" + bz +
            f"- Tin giả, tin sai sự thật: {sr.w('fake_news', s['fake_news'])}\n")


def soc_hoa(sr, s, no_fake=False):
    t = (f"+ Số nhóm Zalo đã thành lập: {sr.w('groups', s['groups'])} nhóm\n"
         f"+ Tổng số thành viên: {sr.w('group_members', s['group_members'])} người\n"
         f"+ Số tin, bài đăng tải: {sr.w('posts', s['posts'])} tin, bài\n"
         f"+ Số người cài đặt Bluezone: {sr.w('bluezone_installs', s['bluezone_installs'])} người\n")
    if not no_fake:
        t += f"+ Tin giả, tin sai sự thật: {sr.w('fake_news', s['fake_news'])} vụ\n"
    return t


def soc_hung(sr, s):
    fk = sr.w("fake_news", 0, "không") if s["fake_news"] == 0 else sr.w("fake_news", s["fake_news"]) + " vụ"
    return (f"- Số nhóm Zalo các bản: {sr.w('groups', s['groups'])} nhóm\n"
            f"- Tổng số thành viên: {sr.w('group_members', s['group_members'])} người\n"
            f"- Số tin bài đăng tải: {sr.w('posts', s['posts'])}\n"
            f"- Cài đặt Bluezone: {sr.w('bluezone_installs', s['bluezone_installs'])} người\n"
            f"- Tin giả: {fk}\n")


def soc_huong(sr, s):
    return (f"5. Số nhóm zalo : {sr.w('groups', s['groups'])}\n"
            f"6. Số thành viên : {sr.w('group_members', s['group_members'])}\n"
            f"7. Số bài đăng : {sr.w('posts', s['posts'])}\n"
            f"8. Số người cài Bluezone : {sr.w('bluezone_installs', s['bluezone_installs'])}\n"
            f"9. Tin giả : {sr.w('fake_news', s['fake_news'])}\n")


def soc_tien(sr, s):
    fk = ("không phát hiện tin giả, tin sai sự thật" if s["fake_news"] == 0 else
          f"phát hiện {sr.w('fake_news', s['fake_news'], z2(s['fake_news']))} trường hợp tin sai sự thật, đã nhắc nhở gỡ bỏ")
    if s["fake_news"] == 0:
        sr.w("fake_news", 0, "không phát hiện")
    return (f"duy trì {sr.w('groups', s['groups'])} nhóm Zalo của các bản với tổng số "
            f"{sr.w('group_members', s['group_members'])} thành viên; đăng tải {sr.w('posts', s['posts'])} tin, bài "
            f"tuyên truyền phòng, chống dịch Covid-19; số người cài đặt Bluezone trên địa bàn xã đến nay là "
            f"{sr.w('bluezone_installs', s['bluezone_installs'])} người; {fk}.")


def station_social():
    return {"groups": 4, "group_members": 5200, "posts": 36, "bluezone_installs": 18, "fake_news": 0}


def social_family():
    fam = "social"

    # 1. Bản Bo, labelled lines
    off = O["thanh2"]
    thu = D(2021, 5, 27)
    when = at(thu, 0, 10, 20)
    s = social("ban_bo", thu)
    sr = RR(SM, "ban_bo", when, thu)
    body = ("Em chào chị! Em gửi báo cáo tuyên truyền trên mạng xã hội và Bluezone tuần này của xã Bản Bo ạ.\n"
            + soc_thanh2(sr, s) + "Em cảm ơn chị ạ!\n" + off.sig)
    add(fam, "ordinary", "social-media form alone, labelled lines", off, when,
        "Bản Bo báo cáo mạng xã hội, Bluezone", body, [sr])

    # 2. Nà Tăm, one sentence
    off = O["tien"]
    thu = D(2021, 6, 3)
    when = at(thu, 0, 9, 0)
    s = social("na_tam", thu)
    sr = RR(SM, "na_tam", when, thu)
    body = ("Kính gửi Phòng Văn hóa và Thông tin huyện,\nTuần qua UBND xã Nà Tăm " + soc_tien(sr, s)
            + "\nTrân trọng.\n" + off.sig)
    add(fam, "ordinary", "social-media form in one sentence, 'không phát hiện' tin giả", off, when,
        "Báo cáo tuyên truyền trên mạng xã hội, Bluezone", body, [sr])

    # 3, 4. xlsx social templates
    for key, thu, hh, mm, two, tn in (("sua", D(2021, 6, 17), 10, 0, False, False),
                                      ("lan", D(2021, 6, 24), 9, 25, False, True)):
        off = O[key]
        when = at(thu, 0, hh, mm)
        s = social(off.unit, thu)
        phrase = period_phrase(thu, "Tu_ngay_full")
        sr = WR(SM, off.unit, thu, phrase)
        sh = DX.Sheet("MXH-Bluezone")
        social_xlsx_sheet(sh, off.unit, sr, s, period_text=f"({phrase})", text_numbers=tn)
        data, text = sh.save(off.name, when - timedelta(hours=1))
        add(fam, "ordinary", "social-media xlsx template filled in", off, when,
            "Báo cáo mạng xã hội, Bluezone tuần", cover(key).replace("báo cáo tuần", "báo cáo mạng xã hội, Bluezone tuần"),
            [sr], atts=[(f"BC Bluezone {thu:%d.%m}.xlsx", data)], srcs=[text])

    # 5. Bình Lư, windows-1258
    off = O["hoa"]
    thu = D(2021, 7, 8)
    when = at(thu, 0, 9, 40)
    s = social("binh_lu", thu)
    sr = RR(SM, "binh_lu", when, thu)
    body = ("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường\n\nUBND xã Bình Lư báo cáo kết quả "
            "tuyên truyền trên mạng xã hội và cài đặt Bluezone tuần như sau:\n" + soc_hoa(sr, s)
            + "Trân trọng./.\n\n" + off.sig)
    add(fam, "ordinary", "social-media form, Outlook windows-1258", off, when,
        "Báo cáo mạng xã hội, Bluezone xã Bình Lư", body, [sr])

    # 6. Thị trấn, docx with only the social section
    off = O["duc"]
    thu = D(2021, 7, 22)
    when = at(thu, 0, 10, 5)
    s = social("tt_tam_duong", thu)
    sr = WR(SM, "tt_tam_duong", thu, period_phrase(thu, "tu_ngay_full"))
    data, text = commune_docx("tt_tam_duong", thu, when.date(), None, None, social=s, social_r=sr,
                              weekly_present=False, author=off.name, when=when - timedelta(hours=2))
    add(fam, "ordinary", "official docx with only the social-media/Bluezone section", off, when,
        "V/v báo cáo kết quả tuyên truyền trên mạng xã hội, Bluezone",
        "Kính gửi Phòng VH&TT,\nUBND thị trấn gửi báo cáo kết quả tuyên truyền trên mạng xã hội và cài "
        "đặt Bluezone tuần (file đính kèm).\nTrân trọng./.\n\n" + off.sig, [sr],
        atts=[(f"{z2(10 + week_no(thu))}-BC-UBND MXH.docx", data)], srcs=[text])

    # 7. the station
    off = O["phuong"]
    thu = D(2021, 8, 5)
    when = at(thu, 0, 9, 15)
    s = station_social()
    sr = RR(SM, "dai_th_th", when, thu)
    body = ("Kính gửi Phòng Văn hóa và Thông tin,\nĐài TT-TH huyện báo cáo kết quả tuyên truyền trên mạng "
            "xã hội tuần như sau:\n"
            f"- Số nhóm Zalo, Fanpage do Đài quản lý: {sr.w('groups', s['groups'])} nhóm\n"
            f"- Tổng số thành viên, người theo dõi: {sr.w('group_members', s['group_members'])}\n"
            f"- Số tin, bài đăng tải: {sr.w('posts', s['posts'])} tin, bài, video clip\n"
            f"- Số lượt cài đặt Bluezone của cán bộ, viên chức Đài: {sr.w('bluezone_installs', 18)} người (100% CBVC)\n"
            f"- Tin giả, tin sai sự thật phát hiện: {sr.w('fake_news', 0, 'Không')}\n"
            "Trân trọng./.\n\n" + off.sig)
    add(fam, "ordinary", "the station's social-media figures, a percentage beside the count", off,
        when, "Đài TT-TH báo cáo MXH tuần", body, [sr])

    # 8. Bản Giang
    off = O["hung"]
    thu = D(2021, 8, 19)
    when = at(thu, 0, 8, 50)
    s = social("ban_giang", thu)
    sr = RR(SM, "ban_giang", when, thu)
    body = ("Kính gửi: Phòng VH&TT huyện Tam Đường\n\nXã Bản Giang báo cáo kết quả tuyên truyền trên "
            "mạng xã hội, Bluezone tuần như sau:\n" + soc_hung(sr, s) + "\nTrân trọng!\n\n" + off.sig)
    add(fam, "ordinary", "social-media form, 'Tin giả: không'", off, when,
        "Báo cáo MXH, Bluezone xã Bản Giang", body, [sr])

    # 9. Nùng Nàng before the 2/9 holiday
    off = O["chung"]
    thu = D(2021, 9, 2)
    when = at(thu, -1, 10, 0)
    s = social("nung_nang", thu)
    per = period_phrase(thu, "den_ngay")
    sr = WR(SM, "nung_nang", thu, per)
    body = (f"Kính gửi phòng VHTT. Xã Nùng Nàng báo cáo mạng xã hội, Bluezone tuần {per}: "
            f"{sr.w('groups', s['groups'])} nhóm Zalo; {sr.w('group_members', s['group_members'])} thành viên; "
            f"{sr.w('posts', s['posts'])} tin, bài đăng tải; {sr.w('bluezone_installs', s['bluezone_installs'])} người cài Bluezone; "
            f"{sr.w('fake_news', s['fake_news'])} vụ tin giả.\n" + off.sig)
    add(fam, "ordinary", "social-media form in one sentence, sent before the holiday", off, when,
        "Bao cao MXH Bluezone", body, [sr])

    # 10. held: Bluezone as a percentage
    off = O["thanh2"]
    thu = D(2021, 8, 12)
    when = at(thu, 0, 9, 50)
    s = social("ban_bo", thu)
    sr = RR(SM, "ban_bo", when, thu, "needs_review")
    body = ("Em chào chị! Em gửi báo cáo tuyên truyền trên mạng xã hội và Bluezone tuần này của xã Bản Bo ạ.\n"
            + soc_thanh2(sr, s, pct=True) + "Em cảm ơn chị ạ!\n" + off.sig)
    add(fam, "ordinary", "Bluezone given as a percentage of the population: held", off, when,
        "Bản Bo báo cáo mạng xã hội, Bluezone", body, [sr], hold="percentage where a count is asked")

    # 11. held: no member count
    off = O["thang"]
    thu = D(2021, 7, 29)
    when = at(thu, 0, 14, 35)
    s = social("son_binh", thu)
    sr = RR(SM, "son_binh", when, thu, "needs_review")
    body = (f"BC MXH tuần xã Sơn Bình:\nSố nhóm zalo: {sr.w('groups', s['groups'])}\n"
            f"Số bài đăng: {sr.w('posts', s['posts'])}\nBluezone: {sr.w('bluezone_installs', s['bluezone_installs'])} người\n"
            f"Tin giả: {sr.w('fake_news', s['fake_news'])}\n" + off.sig)
    add(fam, "ordinary", "member count missing: held", off, when, "BC MXH tuần", body, [sr],
        hold="required figure missing")

    # 12. held: no fake-news line
    off = O["hoa"]
    thu = D(2021, 9, 9)
    when = at(thu, 0, 10, 15)
    s = social("binh_lu", thu)
    sr = RR(SM, "binh_lu", when, thu, "needs_review")
    body = ("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường\n\nUBND xã Bình Lư báo cáo kết quả "
            "tuyên truyền trên mạng xã hội và cài đặt Bluezone tuần như sau:\n" + soc_hoa(sr, s, no_fake=True)
            + "Trân trọng./.\n\n" + off.sig)
    add(fam, "ordinary", "fake-news figure not given: held", off, when,
        "Báo cáo mạng xã hội, Bluezone xã Bình Lư", body, [sr], hold="required figure missing")


def combined_family():
    fam = "combined"

    # 1. Bản Bo
    off = O["thanh2"]
    thu = D(2021, 6, 10)
    when = at(thu, 0, 10, 0)
    f, s = weekly("ban_bo", thu), social("ban_bo", thu)
    r, sr = RR(WP, "ban_bo", when, thu), RR(SM, "ban_bo", when, thu)
    body = ("Em chào chị! Em gửi báo cáo tuần của xã Bản Bo ạ.\n"
            "* Kết quả tuyên truyền trên hệ thống truyền thanh:\n"
            f"- Số tin, bài: {r.w('items', f['items'])}\n- Độ dài tin, bài: {r.w('minutes', f['minutes'])} phút\n"
            f"- Số lần phát sóng: {r.w('broadcasts', f['broadcasts'])} lần\n"
            f"- Ước số người nghe: {r.w('listeners', f['listeners'])} người\n"
            "* Tuyên truyền trên mạng xã hội, Bluezone:\n" + soc_thanh2(sr, s)
            + "Em cảm ơn chị ạ!\n" + off.sig)
    add(fam, "ordinary", "both forms in one body under two headings", off, when, SUBJECT["thanh2"], body, [r, sr])

    # 2. Tả Lèng
    off = O["huong"]
    thu = D(2021, 7, 8)
    when = at(thu, 0, 9, 10)
    f, s = weekly("ta_leng", thu), social("ta_leng", thu)
    r, sr = RR(WP, "ta_leng", when, thu), RR(SM, "ta_leng", when, thu)
    body = ("Dạ em gửi báo cáo tuần xã Tả Lèng ạ\n"
            f"1. Số tin,bài : {r.w('items', f['items'])}\n2. Độ dài : {r.w('minutes', f['minutes'])} phút\n"
            f"3. Số lượt phát sóng : {r.w('broadcasts', f['broadcasts'])} lượt\n"
            f"4. Ước số người nghe : {r.w('listeners', f['listeners'])} người\n"
            "* Mạng xã hội, Bluezone:\n" + soc_huong(sr, s) + "\nEm cảm ơn ạ!\n" + off.sig)
    add(fam, "ordinary", "both forms as one numbered list, social part under its own line", off, when,
        SUBJECT["huong"], body, [r, sr])

    # 3. Bình Lư, windows-1258
    off = O["hoa"]
    thu = D(2021, 6, 24)
    when = at(thu, 0, 8, 55)
    f, s = weekly("binh_lu", thu), social("binh_lu", thu)
    per = period_phrase(thu, "tu_ngay_short")
    r, sr = WR(WP, "binh_lu", thu, per), WR(SM, "binh_lu", thu, per)
    body = ("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường\n\n"
            f"UBND xã Bình Lư báo cáo kết quả công tác tuyên truyền tuần {per} như sau:\n"
            "1. Trên hệ thống truyền thanh:\n"
            f"+ Số lượng tin, bài: {r.w('items', f['items'], z2(f['items']))} tin, bài\n"
            f"+ Độ dài tin, bài: {r.w('minutes', f['minutes'])} phút\n"
            f"+ Số lượng phát sóng: {r.w('broadcasts', f['broadcasts'])} lượt\n"
            f"+ Ước số lượng người nghe: {r.w('listeners', f['listeners'])} người\n"
            "2. Trên mạng xã hội, Bluezone:\n" + soc_hoa(sr, s) + "Trân trọng./.\n\n" + off.sig)
    add(fam, "ordinary", "both forms, numbered sections, windows-1258, week written", off, when,
        SUBJECT["hoa"], body, [r, sr])

    # 4. Nà Tăm, sentences
    off = O["tien"]
    thu = D(2021, 8, 26)
    when = at(thu, 0, 10, 35)
    f, s = weekly("na_tam", thu), social("na_tam", thu)
    r, sr = RR(WP, "na_tam", when, thu), RR(SM, "na_tam", when, thu)
    body = ("Kính gửi Phòng Văn hóa và Thông tin huyện,\n"
            f"Tuần qua UBND xã Nà Tăm đã phát {r.w('items', f['items'], z2(f['items']))} tin, bài trên hệ thống truyền "
            f"thanh xã với tổng thời lượng {r.w('minutes', f['minutes'])} phút, phát sóng {r.w('broadcasts', f['broadcasts'])} "
            f"lượt, ước có khoảng {r.w('listeners', f['listeners'])} người nghe.\n"
            "Trên mạng xã hội, xã " + soc_tien(sr, s) + "\nTrân trọng.\n" + off.sig)
    add(fam, "ordinary", "both forms in two sentences", off, when, SUBJECT["tien"], body, [r, sr])

    # 5. Bản Bo, xlsx with two sheets
    off = O["luc"]
    thu = D(2021, 9, 16)
    when = at(thu, 0, 8, 40)
    f, s = weekly("ban_bo", thu), social("ban_bo", thu)
    phrase = period_phrase(thu, "Tu_ngay_full")
    r, sr = WR(WP, "ban_bo", thu, phrase), WR(SM, "ban_bo", thu, phrase)
    sh = weekly_xlsx("ban_bo", r, f, period_text=f"({phrase})", author=off.name, when=when,
                     signer=(off.name, "Lò Văn Tươi"))
    social_xlsx_sheet(sh, "ban_bo", sr, s, period_text=f"({phrase})", new_sheet="MXH-Bluezone")
    data, text = sh.save(off.name, when - timedelta(hours=1))
    add(fam, "ordinary", "one workbook, weekly sheet and social-media sheet", off, when,
        "Báo cáo tuần + Bluezone", cover("luc"), [r, sr],
        atts=[(f"BC_tuan_BanBo_{thu:%d%m%Y}.xlsx", data)], srcs=[text])

    # 6. the station, body with both
    off = O["phuong"]
    thu = D(2021, 7, 15)
    when = at(thu, 0, 9, 55)
    f, s = weekly("dai_th_th", thu), station_social()
    per = period_phrase(thu, "tu_ngay_full")
    r, sr = WR(WP, "dai_th_th", thu, per), WR(SM, "dai_th_th", thu, per)
    sp = ("* Tuyên truyền trên mạng xã hội:\n"
          f"- Số nhóm Zalo, Fanpage do Đài quản lý: {sr.w('groups', s['groups'])} nhóm\n"
          f"- Tổng số thành viên, người theo dõi: {sr.w('group_members', 5350, '5.350')}\n"
          f"- Số tin, bài đăng tải: {sr.w('posts', 41)} tin, bài, video clip\n"
          f"- Số lượt cài đặt Bluezone của CBVC Đài: {sr.w('bluezone_installs', 18)} người\n"
          f"- Tin giả, tin sai sự thật: {sr.w('fake_news', 0)}\n")
    body = station_body(r, f, per, social_part=sp)
    add(fam, "ordinary", "the station's long report with a social-media section", off, when,
        SUBJECT["phuong"], body, [r, sr])

    # 7. Hồ Thầu, docx with both sections
    off = O["quy"]
    thu = D(2021, 8, 5)
    when = at(thu, 0, 9, 45)
    f, s = weekly("ho_thau", thu), social("ho_thau", thu)
    per = period_phrase(thu, "tu_ngay_full")
    r, sr = WR(WP, "ho_thau", thu, per), WR(SM, "ho_thau", thu, per)
    data, text = commune_docx("ho_thau", thu, when.date(), r, f, layout="paras", social=s, social_r=sr,
                              author="Windows User", when=when - timedelta(hours=2))
    add(fam, "ordinary", "official docx with both sections", off, when, SUBJECT["quy"], cover("quy"),
        [r, sr], atts=[(f"BC tuyen truyen tuan {week_no(thu)}.docx", data)], srcs=[text])

    # 8. Bản Giang, February: weekly + one Bluezone line -> social form held
    off = O["hung"]
    thu = D(2021, 2, 25)
    when = at(thu, 0, 9, 20)
    f = weekly("ban_giang", thu)
    r = RR(WP, "ban_giang", when, thu)
    sr = RR(SM, "ban_giang", when, thu, "needs_review")
    body = ("Kính gửi: Phòng VH&TT huyện Tam Đường\n\nXã Bản Giang báo cáo kết quả tuyên truyền tuần như sau:\n"
            f"- Tổng số tin, bài: {r.w('items', f['items'], z2(f['items']))} tin, bài\n"
            f"- Tổng thơi lượng: {r.w('minutes', f['minutes'])} phút\n"
            f"- Số lần phát sóng: {r.w('broadcasts', f['broadcasts'])} lần\n"
            f"- Số người nghe: khoảng {r.w('listeners', f['listeners'])} người\n"
            f"- Số người cài đặt Bluezone đến nay: {sr.w('bluezone_installs', 312)} người\n\nTrân trọng!\n\n" + off.sig)
    add(fam, "ordinary", "weekly form plus a lone Bluezone figure: weekly accepted, social form held",
        off, when, SUBJECT["hung"], body, [r, sr], hold="social form: required figures missing")
