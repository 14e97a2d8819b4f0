"""Hard cases: legacy encodings (TCVN3, VNI, mis-declared charset), .doc/.xls files,
two-row merged headers, scans and photos, several weeks in one message."""

from datetime import date as D
from datetime import timedelta

import h9docs as DX
from h9base import NR, RR, SUBJECT, WR, add, add_raw, at, z2
from h9fam_files import COVER, cover, station_docx
from h9forms import (LOWER, SIGNER, UPPER, commune_docx, doc_number, social_xlsx_sheet, topics,
                     weekly_xlsx)
from h9lib import OFFICE, Part, Rep, qp_text, rng_for, tcvn3, vn, vni, week_no
from h9mail import build
from h9people import O, SHORT, fri, period_phrase, place_date, social, weekly

WP = "weekly_propaganda"
SM = "social_media"


def legacy():
    fam = "legacy"

    # 1. TCVN3 docx, Khun Há, weekly
    off = O["ngoc"]
    thu = D(2021, 5, 6)
    when = at(thu, 0, 9, 35)
    f = weekly("khun_ha", thu)
    per = period_phrase(thu, "tu_ngay_full")
    r = WR(WP, "khun_ha", thu, per)
    data, text = commune_docx("khun_ha", thu, when.date(), r, f, layout="table", enc="tcvn3",
                              author="VP UBND", when=when - timedelta(hours=3))
    add(fam, "hard", "docx typed in .VnTime/.VnTimeH (TCVN3), table", off, when, SUBJECT["ngoc"],
        cover("ngoc"), [r], atts=[(f"BC tuan {thu:%d.%m}.docx", data)], srcs=[text])

    # 2. TCVN3 docx, Hồ Thầu, social-media report
    off = O["quy"]
    thu = D(2021, 8, 19)
    when = at(thu, 0, 10, 5)
    s = social("ho_thau", thu)
    sr = WR(SM, "ho_thau", thu, period_phrase(thu, "tu_ngay_full"))
    data, text = commune_docx("ho_thau", thu, when.date(), None, None, social=s, social_r=sr,
                              weekly_present=False, enc="tcvn3", author="Windows User",
                              when=when - timedelta(hours=2))
    add(fam, "hard", "social-media report in a TCVN3 (.VnTime) docx", off, when,
        "Báo cáo mạng xã hội, Bluezone", cover("quy").replace("kết quả tuyên truyền tuần",
                                                             "kết quả tuyên truyền trên mạng xã hội, Bluezone tuần"),
        [sr], atts=[("BC MXH Bluezone.docx", data)], srcs=[text])

    # 3. TCVN3 .doc, Khun Há
    off = O["ngoc"]
    thu = D(2021, 10, 21)
    when = at(thu, 0, 14, 50)
    f = weekly("khun_ha", thu)
    per = period_phrase(thu, "tu_ngay_full")
    r = WR(WP, "khun_ha", thu, per)
    docx, text = commune_docx("khun_ha", thu, when.date(), r, f, layout="paras", enc="tcvn3",
                              author="VP UBND", when=when - timedelta(hours=3))
    data = DX.doc_from_docx(docx, "khunha_tcvn3_1021")
    add(fam, "hard", "Word 97-2003 .doc in TCVN3 fonts, figures in paragraphs", off, when,
        SUBJECT["ngoc"], cover("ngoc"), [r], atts=[(f"BC tuan {thu:%d.%m}.doc", data)], srcs=[text])

    # 4. VNI-Times docx, Nà Tăm
    off = O["tien"]
    thu = D(2021, 1, 21)
    when = at(thu, 0, 10, 10)
    f = weekly("na_tam", thu)
    per = period_phrase(thu, "tu_ngay_full")
    r = WR(WP, "na_tam", thu, per)
    data, text = commune_docx("na_tam", thu, when.date(), r, f, layout="paras", enc="vni",
                              author="NaTam", when=when - timedelta(hours=2))
    add(fam, "hard", "docx typed in VNI-Times, figures in paragraphs", off, when, SUBJECT["tien"],
        "Kính gửi Phòng Văn hóa và Thông tin huyện,\nUBND xã Nà Tăm gửi báo cáo kết quả tuyên truyền tuần "
        "(file kèm theo).\nTrân trọng.\n" + off.sig, [r], atts=[("BC tuan NaTam.docx", data)], srcs=[text])

    # 5. VNI text pasted into the body, Giang Ma
    off = O["lan"]
    thu = D(2021, 4, 22)
    when = at(thu, 0, 9, 15)
    f = weekly("giang_ma", thu)
    r = RR(WP, "giang_ma", when, thu)
    src = ("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường\n"
           "UBND xã Giang Ma báo cáo kết quả tuyên truyền tuần như sau:\n"
           f"- Số tin, bài: {r.w('items', f['items'], z2(f['items']))} tin, bài\n"
           f"- Độ dài tin, bài: {r.w('minutes', f['minutes'])} phút\n"
           f"- Số lần phát sóng: {r.w('broadcasts', f['broadcasts'])} lần\n"
           f"- Ước số người nghe: {r.w('listeners', f['listeners'])} người\n"
           "Trân trọng!")
    body = vni(src) + "\n\n" + off.sig
    add(fam, "hard", "body pasted from a VNI-Times Word file (VNI glyphs as text), Unicode signature",
        off, when, "Giang Ma bao cao tuan", body, [r], srcs=[src])

    # 6. TCVN3 .xls, Bình Lư
    off = O["hai"]
    thu = D(2021, 11, 18)
    when = at(thu, 0, 9, 5)
    f = weekly("binh_lu", thu)
    phrase = period_phrase(thu, "Tu_ngay_full")
    r = WR(WP, "binh_lu", thu, phrase)
    rows = [None, None, None, None,
            ["STT", "Nội dung", "Số tin, bài", "Độ dài tin, bài (phút)", "Số lượng phát sóng (lượt)",
             "Ước số người nghe (người)"],
            [1, "Tuyên truyền trên hệ thống truyền thanh xã", f["items"], f["minutes"], f["broadcasts"],
             f["listeners"]]]
    for k in ("items", "minutes", "broadcasts", "listeners"):
        r.w(k, f[k], str(f[k]))
    data, text = xls_tcvn3(rows, phrase)
    add(fam, "hard", "Excel 97-2003 .xls typed in .VnTime (TCVN3)", off, when, SUBJECT["hai"],
        "Kính gửi Phòng VH&TT,\nXã Bình Lư gửi báo cáo tuyên truyền tuần (file excel).\nTrân trọng!\n\n" + off.sig,
        [r], atts=[("BC tuan Binh Lu.xls", data)], srcs=[text])

    # 7. Unicode .xls, Sơn Bình, social media
    off = O["thang"]
    thu = D(2021, 8, 26)
    when = at(thu, 0, 10, 40)
    s = social("son_binh", thu)
    phrase = period_phrase(thu, "Tu_ngay_full")
    sr = WR(SM, "son_binh", thu, phrase)
    data, text = xls_social(s, sr, phrase)
    add(fam, "hard", "Excel 97-2003 .xls (Unicode), social-media form", off, when, "BC MXH tuần",
        "Gửi phòng báo cáo MXH, Bluezone tuần xã Sơn Bình.\n" + off.sig, [sr],
        atts=[("BC Bluezone Son Binh.xls", data)], srcs=[text])

    # 8. Unicode .doc, Bản Giang
    off = O["thanh"]
    thu = D(2021, 2, 18)
    when = at(thu, 0, 10, 20)
    f = weekly("ban_giang", thu)
    per = period_phrase(thu, "tu_ngay_full")
    r = WR(WP, "ban_giang", thu, per)
    docx, text = commune_docx("ban_giang", thu, when.date(), r, f, layout="table", author=off.name,
                              when=when - timedelta(hours=2))
    data = DX.doc_from_docx(docx, "bangiang_0218")
    add(fam, "hard", "Word 97-2003 .doc (Unicode), table", off, when, SUBJECT["thanh"], cover("thanh"),
        [r], atts=[(f"{20 + week_no(thu)}.BC-UBND Ban Giang.doc", data)], srcs=[text])

    # 9. UTF-8 body declared windows-1252 (mojibake on screen), Bản Hon
    off = O["huyen"]
    thu = D(2021, 12, 9)
    when = at(thu, 0, 9, 50)
    f = weekly("ban_hon", thu)
    r = RR(WP, "ban_hon", when, thu)
    src = ("Kính gửi Phòng VH&TT huyện Tam Đường,\nUBND xã Bản Hon báo cáo kết quả tuyên truyền tuần:\n"
           f"- Số tin, bài: {r.w('items', f['items'])}\n- Độ dài: {r.w('minutes', f['minutes'])} phút\n"
           f"- Số lần phát sóng: {r.w('broadcasts', f['broadcasts'])} lần\n"
           f"- Ước số người nghe: {r.w('listeners', f['listeners'])} người\nTrân trọng./.\n\n" + off.sig)
    eml = mis_declared(off, when, "Bao cao tuan xa Ban Hon", src, "hard-mojibake")
    add_raw(fam, "hard", "UTF-8 body declared iso-8859-1 by an old phone client (mojibake on screen)",
            when, eml, [r], srcs=[src], sender=off.email, name_hint="ban_hon")


def xls_tcvn3(rows, phrase):
    import io
    import xlwt
    wb = xlwt.Workbook(encoding="latin-1")
    ws = wb.add_sheet("BC tuan")
    def st(bold=False, heading=False, border=False):
        s = xlwt.XFStyle()
        fo = xlwt.Font()
        fo.name = ".VnTimeH" if heading else ".VnTime"
        fo.height = 12 * 20
        fo.bold = bold
        s.font = fo
        al = xlwt.Alignment()
        al.wrap = 1
        al.horz = xlwt.Alignment.HORZ_CENTER
        al.vert = xlwt.Alignment.VERT_CENTER
        s.alignment = al
        if border:
            b = xlwt.Borders()
            b.left = b.right = b.top = b.bottom = xlwt.Borders.THIN
            s.borders = b
        return s
    text = ["BC tuan"]
    ws.write_merge(0, 0, 0, 2, tcvn3("UBND XÃ BÌNH LƯ", heading=True), st(True, True))
    ws.write_merge(0, 0, 3, 5, tcvn3("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", heading=True), st(True, True))
    ws.write_merge(1, 1, 3, 5, tcvn3("Độc lập - Tự do - Hạnh phúc"), st(True))
    ws.write_merge(3, 3, 0, 5, tcvn3("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", heading=True), st(True, True))
    ws.write_merge(4, 4, 0, 5, tcvn3(f"({phrase})"), st())
    text += ["UBND XÃ BÌNH LƯ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", f"({phrase})"]
    for j, v in enumerate(rows[4]):
        ws.write(6, j, tcvn3(v), st(True, border=True))
    text.append(" | ".join(rows[4]))
    for j, v in enumerate(rows[5]):
        ws.write(7, j, tcvn3(v) if isinstance(v, str) else v, st(border=True))
    text.append(" | ".join(str(v) for v in rows[5]))
    ws.write_merge(9, 9, 3, 5, tcvn3("TM. ỦY BAN NHÂN DÂN", heading=True), st(True, True))
    ws.write_merge(13, 13, 3, 5, tcvn3("Lò Văn Phanh"), st(True))
    text += ["TM. ỦY BAN NHÂN DÂN", "Lò Văn Phanh"]
    for j, w in enumerate([6, 34, 12, 14, 16, 16]):
        ws.col(j).width = w * 256
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue(), "\n".join(text)


def xls_social(s, sr, phrase):
    import io
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("MXH")
    hdr = ["STT", "Đơn vị", "Số nhóm Zalo", "Số thành viên", "Số tin, bài đăng tải",
           "Số người cài Bluezone", "Tin giả, tin sai sự thật"]
    bold = xlwt.easyxf("font: name Times New Roman, bold on, height 240; align: wrap on, horiz center; "
                       "borders: left thin, right thin, top thin, bottom thin")
    norm = xlwt.easyxf("font: name Times New Roman, height 240; align: wrap on, horiz center; "
                       "borders: left thin, right thin, top thin, bottom thin")
    title = xlwt.easyxf("font: name Times New Roman, bold on, height 280; align: horiz center")
    ws.write_merge(0, 0, 0, 6, "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI, CÀI ĐẶT BLUEZONE", title)
    ws.write_merge(1, 1, 0, 6, f"({phrase})", xlwt.easyxf("font: name Times New Roman, italic on; align: horiz center"))
    for j, h in enumerate(hdr):
        ws.write(3, j, h, bold)
    vals = [1, "UBND xã Sơn Bình", int(sr.w("groups", s["groups"])), int(sr.w("group_members", s["group_members"], str(s["group_members"]))),
            int(sr.w("posts", s["posts"])), int(sr.w("bluezone_installs", s["bluezone_installs"], str(s["bluezone_installs"]))),
            int(sr.w("fake_news", s["fake_news"]))]
    for j, v in enumerate(vals):
        ws.write(4, j, v, norm)
    for j, w in enumerate([6, 22, 12, 14, 14, 16, 14]):
        ws.col(j).width = w * 256
    buf = io.BytesIO()
    wb.save(buf)
    text = ["MXH", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI, CÀI ĐẶT BLUEZONE", f"({phrase})",
            " | ".join(hdr), " | ".join(str(v) for v in vals)]
    return buf.getvalue(), "\n".join(text)


def mis_declared(off, when, subject, text, key):
    from h9lib import rfc2822, enc_word
    from h9mail import message_id, received
    rng = rng_for("mail", key)
    hdr = received("samsung", rng, when, off.email) + [
        ("Date", rfc2822(when)), ("From", f"Ban Hon <{off.email}>"), ("To", OFFICE),
        ("Message-ID", f"<{rng.randint(10**11, 10**12)}.JavaMail.android@{off.email.split('@')[1]}>"),
        ("Subject", subject), ("MIME-Version", "1.0"), ("X-Mailer", "Android Mail 4.4.2")]
    part = Part([("Content-Type", 'text/plain; charset="iso-8859-1"'),
                 ("Content-Transfer-Encoding", "quoted-printable")], qp_text(text.encode("utf-8")))
    msg = Part(hdr + part.headers, part.body)
    return msg.render().replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def twoheader():
    fam = "twoheader"
    # 1. Thèn Sin weekly xlsx with a two-row merged header
    off = O["mai"]
    thu = D(2021, 9, 30)
    when = at(thu, 0, 9, 40)
    f = weekly("then_sin", thu)
    phrase = period_phrase(thu, "Tu_ngay_full")
    r = WR(WP, "then_sin", thu, phrase)
    sh = weekly_xlsx("then_sin", r, f, period_text=f"({phrase})", author=off.name, when=when,
                     two_row=True, signer=(off.name, "Tẩn Văn Sài"))
    data, text = sh.save(off.name, when - timedelta(hours=1))
    add(fam, "hard", "xlsx with a two-row merged header (group heading over the four figures)", off, when,
        SUBJECT["mai"], cover("mai"), [r], atts=[(f"BC tuan Then Sin {thu.day}.{thu.month}.xlsx", data)],
        srcs=[text])
    # 2. Bản Bo social-media xlsx with a two-row header
    off = O["luc"]
    thu = D(2021, 7, 1)
    when = at(thu, 0, 8, 35)
    s = social("ban_bo", thu)
    phrase = period_phrase(thu, "Tu_ngay_full")
    sr = WR(SM, "ban_bo", thu, phrase)
    sh = DX.Sheet("MXH-Bluezone")
    social_xlsx_sheet(sh, "ban_bo", sr, s, period_text=f"({phrase})", two_row=True)
    data, text = sh.save(off.name, when - timedelta(hours=1))
    add(fam, "hard", "social-media xlsx with a two-row merged header", off, when, "Báo cáo MXH, Bluezone tuần",
        "Kính gửi Phòng VH&TT huyện,\nUBND xã Bản Bo gửi báo cáo tuyên truyền trên mạng xã hội, cài đặt "
        "Bluezone tuần.\nTrân trọng./.\n\n" + off.sig, [sr],
        atts=[(f"BC_MXH_BanBo_{thu:%d%m%Y}.xlsx", data)], srcs=[text])
    # 3. the station's docx with a two-row merged table header
    off = O["binh"]
    thu = D(2021, 10, 7)
    when = at(thu, 0, 9, 10)
    f = weekly("dai_th_th", thu)
    r = WR(WP, "dai_th_th", thu, period_phrase(thu, "tu_ngay_full"))
    data, text = station_docx(thu, when.date(), r, f, when, two_row=True)
    add(fam, "hard", "station docx table with a two-row merged header", off, when, SUBJECT["binh"],
        cover("binh"), [r], atts=[(f"BC tuan {week_no(thu)} - Dai TTTH.docx", data)], srcs=[text])


# ---------------------------------------------------------------------------------------
# scans and photos


def draw_report(unit, thu, r, f, layout, rng, size=38, w=2480, h=3508, doc_day=None):
    k = w / 2480.0
    p = DX.Page(w, h, size=size)
    p.left, p.right, p.y = int(330 * k), w - int(200 * k), int(200 * k)
    doc_day = doc_day or thu
    lx, rx = int(660 * k), int(1610 * k)
    p.two_cols([("UBND HUYỆN TAM ĐƯỜNG", False), (f"UBND {UPPER[unit]}", True)],
               [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)],
               lx, rx)
    p.dr.line([lx - int(150 * k), p.y - 8, lx + int(150 * k), p.y - 8], fill=30, width=3)
    p.dr.line([rx - int(300 * k), p.y - 8, rx + int(300 * k), p.y - 8], fill=30, width=3)
    p.y += int(25 * k)
    y0 = p.y
    p.text(doc_number(unit, thu), align="center", center_x=lx)
    p.y = y0
    p.text(place_date(SHORT[unit], doc_day), italic=True, align="center", center_x=rx)
    p.y += int(60 * k)
    per = period_phrase(thu, "tu_ngay_full")
    p.text("BÁO CÁO", bold=True, align="center", size=size + 4)
    p.text("Kết quả công tác tuyên truyền tuần", bold=True, align="center")
    p.text(f"({per[0].upper() + per[1:]})", bold=True, align="center")
    p.y += int(40 * k)
    p.text("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường", align="center")
    p.y += int(40 * k)
    p.para(f"Thực hiện chỉ đạo của Phòng Văn hóa và Thông tin huyện, UBND {LOWER[unit]} báo cáo kết quả "
           "công tác tuyên truyền tuần như sau:", indent=int(90 * k))
    p.para("1. Kết quả tuyên truyền trên hệ thống truyền thanh", indent=int(90 * k))
    if layout == "table":
        rows = [["STT", "Số tin, bài", "Độ dài (phút)", "Số lượng phát sóng", "Ước số người nghe"],
                ["1", r.w("items", f["items"], z2(f["items"])), r.w("minutes", f["minutes"]),
                 r.w("broadcasts", f["broadcasts"]), r.w("listeners", f["listeners"])]]
        p.table(rows, [int(x * k) for x in (150, 380, 400, 420, 420)])
    else:
        p.para(f"- Số lượng tin, bài: {r.w('items', f['items'], z2(f['items']))} tin, bài.", indent=int(90 * k))
        p.para(f"- Độ dài tin, bài: {r.w('minutes', f['minutes'])} phút.", indent=int(90 * k))
        p.para(f"- Số lượng phát sóng: {r.w('broadcasts', f['broadcasts'])} lượt.", indent=int(90 * k))
        p.para(f"- Ước số lượng người nghe: {r.w('listeners', f['listeners'])} người.", indent=int(90 * k))
    p.para("2. Nội dung tuyên truyền chủ yếu", indent=int(90 * k))
    for t in topics(thu):
        p.para(f"- {t}.", indent=int(90 * k))
    p.para(f"Trên đây là báo cáo kết quả công tác tuyên truyền tuần của UBND {LOWER[unit]}./.",
           indent=int(90 * k))
    p.y += int(50 * k)
    ys = p.y
    p.text("Nơi nhận:", bold=True, italic=True, size=size - 4)
    p.text("- Phòng VH&TT huyện;", size=size - 8)
    p.text("- Lưu: VP.", size=size - 8)
    p.y = ys
    a, t, nm = SIGNER[unit]
    for s in ("TM. ỦY BAN NHÂN DÂN", a, t):
        p.text(s, bold=True, align="center", center_x=rx)
    sig_y = p.y + int(40 * k)
    p.signature(rx - int(200 * k), sig_y + int(60 * k), rng)
    p.y += int(260 * k)
    p.text(nm, bold=True, align="center", center_x=rx)
    return p, (rx - int(260 * k), sig_y + int(40 * k))


def scans():
    fam = "scan"
    specs = [
        ("sua", D(2021, 3, 25), 0, 14, 5, "pdf", "table", 1.2, "signed report scanned to an image-only PDF (table)"),
        ("huyen", D(2021, 10, 14), 0, 10, 15, "pdf", "lines", -0.8, "signed report scanned to an image-only PDF (lines)"),
        ("nga", D(2021, 6, 17), 0, 9, 30, "jpg", "table", 2.4, "phone photo (JPEG) of the printed, signed report"),
        ("denh", D(2021, 11, 4), 0, 8, 50, "jpg", "lines", -2.0, "phone photo (JPEG), uneven light"),
        ("son", D(2021, 7, 29), 0, 10, 40, "png", "table", 0.6, "scanner-app PNG of the signed report"),
    ]
    for key, thu, dd, hh, mm, kind, layout, angle, note in specs:
        off = O[key]
        unit = off.unit
        when = at(thu, dd, hh, mm)
        f = weekly(unit, thu)
        per = period_phrase(thu, "tu_ngay_full")
        r = WR(WP, unit, thu, per, "needs_review")
        rng = rng_for("scan", key, thu)
        if kind == "png":
            page, seal = draw_report(unit, thu, r, f, layout, rng, size=28, w=1654, h=2339)
        else:
            page, seal = draw_report(unit, thu, r, f, layout, rng)
        if kind == "pdf":
            im = DX.add_seal(page.im, seal[0], seal[1], 170, "UBND " + UPPER[unit], SHORT[unit].upper())
            im = im.convert("L")
            im = DX.degrade(im, rng, angle, blur=0.9, noise=14)
            jpg = DX.to_jpeg(im, 45)
            data = DX.image_pdf([jpg], [im.size])
            fname = f"scan_{thu:%d%m%Y}.pdf"
            atts = [(fname, data)]
            body = {"sua": "Em gửi bản scan báo cáo tuần có chữ ký, đóng dấu ạ.\n\n" + off.sig,
                    "huyen": "Kính gửi Phòng VH&TT huyện,\nUBND xã Bản Hon gửi bản scan Báo cáo kết quả tuyên truyền tuần.\n"
                             "Trân trọng./.\n\n" + off.sig}[key]
        elif kind == "jpg":
            im = DX.add_seal(page.im, seal[0], seal[1], 170, "UBND " + UPPER[unit], SHORT[unit].upper())
            im = DX.degrade(im, rng, angle, blur=1.3, noise=18, color=True, shadow=True,
                            crop_to=(40, 60, 2440, 3380))
            im = im.resize((1800, 2490))
            data = DX.to_jpeg(im, 62)
            fname = {"nga": "IMG_20210617_092211.jpg", "denh": "received_4410928375619.jpeg"}[key]
            atts = [(fname, data)]
            body = {"nga": "Kinh gui phong, em gui anh chup bao cao tuan xa Ho Thau a (may tinh hong).\n" + off.sig,
                    "denh": "Da em gui anh bao cao tuan xa Then Sin a\n" + off.sig}[key]
        else:
            im = DX.add_seal(page.im, seal[0], seal[1], 115, "UBND " + UPPER[unit], SHORT[unit].upper())
            im = DX.degrade(im.convert("L"), rng, angle, blur=0.6, noise=10)
            # scanner-app "document" mode: paper whitened, few grey levels
            im = im.point(lambda v: 255 if v > 185 else v)
            data = DX.to_png(im.convert("RGB").quantize(8, dither=Image_NONE()))
            fname = "Scan_BaoCao_GiangMa.png"
            atts = [(fname, data)]
            body = "Gửi phòng VH-TT bản scan báo cáo tuần xã Giang Ma.\n" + off.sig
        add(fam, "hard", note, off, when, SUBJECT[key], body, [r], atts=atts, srcs=["\n".join(page.lines)],
            hold="scan or photo")


def Image_NONE():
    from PIL import Image
    return Image.Dither.NONE


# ---------------------------------------------------------------------------------------
# several weeks in one message


def multiweek():
    fam = "multiweek"
    # 1. Sơn Bình catches up a missed week in the body
    off = O["thang"]
    t1, t2 = D(2021, 2, 25), D(2021, 3, 4)
    when = at(t2, 0, 10, 0)
    p1, p2 = period_phrase(t1, "tu_den"), period_phrase(t2, "tu_den")
    r1, r2 = WR(WP, "son_binh", t1, p1), WR(WP, "son_binh", t2, p2)
    f1, f2 = weekly("son_binh", t1), weekly("son_binh", t2)
    body = (f"BC tuần xã Sơn Bình (em gửi bù cả tuần trước ạ):\n* Tuần {p1}:\nSố tin bài: {r1.w('items', f1['items'])}\n"
            f"Thời lượng: {r1.w('minutes', f1['minutes'])} phút\nSố lần phát: {r1.w('broadcasts', f1['broadcasts'])}\n"
            f"Người nghe: {r1.w('listeners', f1['listeners'])}\n* Tuần {p2}:\nSố tin bài: {r2.w('items', f2['items'])}\n"
            f"Thời lượng: {r2.w('minutes', f2['minutes'])} phút\nSố lần phát: {r2.w('broadcasts', f2['broadcasts'])}\n"
            f"Người nghe: {r2.w('listeners', f2['listeners'])}\n" + off.sig)
    add(fam, "hard", "two weeks in one body, each under its dates", off, when, "BC tuần (gửi bù)", body, [r1, r2])

    # 2. Bản Bo: one xlsx with a row per week after Tết
    off = O["luc"]
    t1, t2 = D(2021, 2, 11), D(2021, 2, 18)
    when = at(t2, 1, 9, 0)
    l1 = "Tuần " + period_phrase(t1, "tu_ngay_full")
    l2 = "Tuần " + period_phrase(t2, "tu_ngay_full")
    r1, r2 = WR(WP, "ban_bo", t1, l1), WR(WP, "ban_bo", t2, l2)
    f1, f2 = weekly("ban_bo", t1), weekly("ban_bo", t2)
    sh = weekly_xlsx("ban_bo", None, None, period_text="(Tuần trước Tết và tuần Tết Nguyên đán Tân Sửu)",
                     author=off.name, when=when, extra_weeks=[(l1, r1, f1), (l2, r2, f2)],
                     signer=(off.name, "Lò Văn Tươi"))
    data, text = sh.save(off.name, when - timedelta(hours=1))
    add(fam, "hard", "one xlsx, one row per week (the week before Tết and the Tết week), sent after the holiday", off, when,
        "Báo cáo tuần (2 tuần dịp Tết)",
        "Kính gửi Phòng VH&TT huyện,\nUBND xã Bản Bo gửi báo cáo kết quả tuyên truyền 02 tuần dịp Tết.\n"
        "Trân trọng./.\n\n" + off.sig, [r1, r2], atts=[("BC_tuan_BanBo_Tet.xlsx", data)], srcs=[text])

    # 3. Nà Tăm: two docx, one per week
    off = O["tien"]
    t1, t2 = D(2021, 9, 9), D(2021, 9, 16)
    when = at(t2, 0, 11, 0)
    atts, srcs, reps = [], [], []
    for t in (t1, t2):
        f = weekly("na_tam", t)
        r = WR(WP, "na_tam", t, period_phrase(t, "tu_ngay_full"))
        data, text = commune_docx("na_tam", t, t, r, f, layout="paras", author=off.name,
                                  when=at(t, 0, 8, 0))
        atts.append((f"BC tuan {t:%d.%m}.docx", data))
        srcs.append(text)
        reps.append(r)
    add(fam, "hard", "two docx attached, one per week (last week's was not sent)", off, when,
        SUBJECT["tien"], "Kính gửi Phòng Văn hóa và Thông tin huyện,\nUBND xã Nà Tăm gửi bù báo cáo tuần trước "
        "và báo cáo tuần này (02 file kèm theo).\nTrân trọng.\n" + off.sig, reps, atts=atts, srcs=srcs)
