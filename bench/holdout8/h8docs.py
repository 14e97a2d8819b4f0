"""Document templates: the ND 30/2020 BÁO CÁO as docx and PDF, simple workbooks."""
from h8lib import make_docx, make_pdf, make_xlsx

QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TN = "Độc lập - Tự do - Hạnh phúc"
KG_SO = "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu."


def nd30_blocks(parent, body, so, place_date, summary, paras, signer_lines, noi_nhan,
                kind="BÁO CÁO", kg=KG_SO, table=None, after_table=()):
    b = [("head", [parent, "*" + body, "", "Số: " + so], ["*" + QH, "*" + TN, "", "_" + place_date]),
         ("p", kind, {"bold": True, "align": "center", "heading": True}),
         ("p", summary, {"bold": True, "align": "center"})]
    if kg:
        b.append(("p", kg, {"align": "center"}))
    for para in paras:
        if isinstance(para, tuple):
            b.append(para)
        else:
            b.append(("p", para))
    if table:
        b.append(("table", table, {"bold_rows": [0]}))
    for para in after_table:
        b.append(("p", para))
    b.append(("sign", ["*Nơi nhận:"] + noi_nhan, signer_lines))
    return b


def nd30_docx(*a, author="Admin", encode=None, heading_encode=None, font="Times New Roman", **kw):
    return make_docx(nd30_blocks(*a, **kw), author=author, encode=encode,
                     heading_encode=heading_encode, font=font)


def nd30_pdf(parent, body, so, place_date, summary, paras, signer_lines, noi_nhan,
             kind="BÁO CÁO", kg=KG_SO, table=None, widths=None, title="", author=""):
    L = [(parent, "L"), (body, "Lb"), ("Số: " + so, "L"), (QH, "rb"), (TN, "rb"),
         (place_date, "ri"), ("", ""), (kind, "cb"), (summary, "cb")]
    if kg:
        L.append((kg, "c"))
    for para in paras:
        L.append((para, ""))
    if table:
        for i, row in enumerate(table):
            L.append((row, "b" if i == 0 else "", widths))
    L.append(("", ""))
    for s in signer_lines:
        L.append((s, "r"))
    L.append(("Nơi nhận:", "bi"))
    for n in noi_nhan:
        L.append((n, ""))
    return make_pdf(L, title=title, author=author)


def simple_xlsx(name, rows, bold_rows=(0,), author="Admin", **kw):
    sh = {"name": name, "rows": rows, "bold_rows": list(bold_rows)}
    sh.update(kw)
    return make_xlsx([sh], author=author)
