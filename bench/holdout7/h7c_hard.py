"""Hard cases: scans and photos, legacy encodings and files, two-row headers, several weeks in one message."""
import io

from h7docs import (Docx, pdf_images, render_page, scanify, scribble, soffice, stamp, to_vni, xls_xlwt, xlsx)
from h7lib import RULE, D, PEOPLE, SM, WP, Att, case, mail, rng

P = PEOPLE
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
QH = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
MAX_ATT = 1_500_000


def _page(blocks, seed, stamp_label="ỦY BAN NHÂN DÂN", sign=True, **scan):
    img, text, anchors = render_page(blocks)
    if sign and "sign" in anchors:
        x, y = anchors["sign"]
        scribble(img, (x - 160, y + 130, x + 220, y + 200), seed)
        stamp(img, (x - 150, y + 130), seed, stamp_label)
    extra = scan.pop("extra", None)
    if extra:
        extra(img)
    data = scanify(img, seed, **scan)
    assert len(data) < MAX_ATT, (seed, len(data))
    return data, text


def _stain(img):
    from PIL import Image, ImageDraw
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    dr.ellipse([1650, 420, 2150, 860], outline=(150, 110, 60, 120), width=22)
    dr.ellipse([1700, 470, 2100, 810], fill=(170, 130, 80, 35))
    img.paste(layer, (0, 0), layer)


def scans():
    F = "scans"
    c = case(F, "banbo_phone_photo_jpeg", "hard", "Phone photo (JPEG, tilted, shaded) of the signed report; figures legible but not machine-certain")
    data, text = _page([
        ("head", ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ BẢN BO"], QH), ("gap", 30),
        ("c", "BÁO CÁO", True), ("c", "Kết quả tuyên truyền tuần", True), ("c", "(Từ ngày 10/9 đến ngày 16/9/2021)"), ("gap", 30),
        ("l", "Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường."),
        ("l", "UBND xã Bản Bo báo cáo kết quả tuyên truyền trong tuần như sau:"),
        ("l", "1. Số tin, bài: 9"), ("l", "2. Độ dài tin, bài: 54 phút"), ("l", "3. Số lần phát sóng: 27 lần"),
        ("l", "4. Ước số người nghe: 2.350 người"), ("gap", 40),
        ("sign", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lò Văn Pấng"]),
    ], "sc-banbo", angle=2.2, shade=True, grey_bg=(122, 96, 70), noise=18, blur=1.0, quality=55, scale=0.75)
    mail(c, sender=P["ban_bo"], subject="Báo cáo tuyên truyền tuần (ảnh chụp)", date=D(2021, 9, 16, 15, 0),
         body="Dạ em gửi ảnh chụp báo cáo đã ký ạ.\nHương\n", atts=[Att("IMG_20210916_144512.jpg", data, "image/jpeg", text)])
    c.rep("ban_bo", WP, {"items": "9", "minutes": "54 phút", "broadcasts": "27", "listeners": "2.350"}, status="needs_review",
          period=("range", "Từ ngày 10/9 đến ngày 16/9/2021", "10/9", "16/9/2021"))

    c = case(F, "natam_pdf_scan_table", "hard", "Image-only PDF (scanner) of a table; unit in the page letterhead and the subject")
    data, text = _page([
        ("head", ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ NÀ TĂM"], QH), ("gap", 30),
        ("c", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", True), ("gap", 30),
        ("table", [["STT", "Nội dung", "Kết quả"], ["1", "Số tin, bài", "6"], ["2", "Độ dài (phút)", "38"],
                   ["3", "Số lượt phát sóng", "18"], ["4", "Ước số người nghe", "1.450"]], [160, 1000, 500]), ("gap", 40),
        ("sign", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Tẩn Láo Lù"]),
    ], "sc-natam", angle=-0.8, noise=10, blur=0.7, quality=60, mode="L")
    pdf = pdf_images([data])
    assert len(pdf) < MAX_ATT
    mail(c, sender=P["na_tam_g"], subject="bao cao xa Na Tam", date=D(2021, 5, 20, 9, 0), body="gui phong ban scan\n",
         atts=[Att("scan0001.pdf", pdf, PDF, text)])
    c.rep("na_tam", WP, {"items": "6", "minutes": "38", "broadcasts": "18", "listeners": "1.450"}, status="needs_review", period=RULE)

    c = case(F, "khunha_png_black_white", "hard", "Black-and-white PNG scan (fax-like) of labelled lines")
    data, text = _page([
        ("head", ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ KHUN HÁ"], QH), ("gap", 30),
        ("c", "BÁO CÁO", True), ("c", "Kết quả tuyên truyền tuần", True), ("gap", 30),
        ("l", "- Số tin, bài: 7"), ("l", "- Độ dài: 42 phút"), ("l", "- Số lượt phát sóng: 21"), ("l", "- Ước số người nghe: 1.350 người"),
        ("gap", 40), ("sign", ["NGƯỜI BÁO CÁO", "", "", "", "Tao Văn Phong"]),
    ], "sc-khunha", sign=False, angle=0.6, noise=6, blur=0, mode="1", fmt="PNG")
    mail(c, sender=P["khun_ha"], subject="BC tuần xã Khun Há (bản scan)", date=D(2021, 6, 23, 10, 0), body="Gửi phòng bản scan báo cáo tuần.\n",
         atts=[Att("BC tuan Khun Ha.png", data, "image/png", text)])
    c.rep("khun_ha", WP, {"items": "7", "minutes": "42 phút", "broadcasts": "21", "listeners": "1.350"}, status="needs_review", period=RULE)

    c = case(F, "dai_pdf_scan_two_sections", "hard", "Image-only PDF of the station's report with a broadcast section and a social-media section")
    data, text = _page([
        ("head", ["UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH"], QH), ("gap", 30),
        ("c", "BÁO CÁO", True), ("c", "Kết quả tuyên truyền tuần", True), ("gap", 20),
        ("lb", "1. Trên sóng truyền thanh - truyền hình"),
        ("l", "- Số tin, bài, phóng sự: 39"), ("l", "- Tổng thời lượng: 275 phút"), ("l", "- Số lượt phát sóng: 78"),
        ("l", "- Ước số người nghe, xem: 35.500"),
        ("lb", "2. Trên mạng xã hội"),
        ("l", "- Số nhóm Zalo: 3"), ("l", "- Tổng số thành viên: 4.380"), ("l", "- Số tin, bài đăng tải: 41"),
        ("l", "- Số lượt cài đặt Bluezone: 16"), ("l", "- Tin giả, tin sai sự thật: 0"), ("gap", 30),
        ("sign", ["TRƯỞNG ĐÀI", "", "", "", "Lê Văn Khánh"]),
    ], "sc-dai", stamp_label="ĐÀI TT-TH TAM ĐƯỜNG", angle=1.1, noise=12, blur=0.8, quality=50, mode="L")
    pdf = pdf_images([data])
    mail(c, sender=P["dai_th_th"], subject="Báo cáo tuần (bản scan có dấu)", date=D(2021, 11, 11, 14, 0),
         body="Kính gửi Phòng VH&TT, Đài gửi bản scan báo cáo tuần có chữ ký, đóng dấu.\n",
         atts=[Att("BC tuan Dai 11-11.pdf", pdf, PDF, text)])
    c.rep("dai_th_th", WP, {"items": "39", "minutes": "275 phút", "broadcasts": "78", "listeners": "35.500"}, status="needs_review", period=RULE)
    c.rep("dai_th_th", SM, {"groups": "3", "group_members": "4.380", "posts": "41", "bluezone_installs": "16", "fake_news": "0"},
          status="needs_review", period=RULE)

    c = case(F, "giangma_photo_table_total", "hard", "Tilted phone photo on a grey desk of a topic table with a total row")
    data, text = _page([
        ("head", ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ GIANG MA"], QH), ("gap", 30),
        ("c", "KẾT QUẢ TUYÊN TRUYỀN TUẦN", True), ("gap", 20),
        ("table", [["Nội dung", "Tin, bài", "Phút", "Lượt phát"], ["Phòng chống dịch Covid-19", "4", "24", "12"],
                   ["Bầu cử", "3", "18", "9"], ["An toàn giao thông", "2", "12", "6"], ["Tổng cộng", "9", "54", "27"]],
         [900, 300, 300, 360]),
        ("l", "Ước số người nghe: 2.500 người"), ("gap", 40),
        ("sign", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lý Văn Thắng"]),
    ], "sc-giangma", angle=-2.8, shade=True, grey_bg=(150, 145, 135), noise=16, blur=1.2, quality=50, scale=0.7)
    mail(c, sender=P["giang_ma"], subject="Báo cáo tuần (ảnh)", date=D(2021, 4, 29, 16, 40), body="Em gửi ảnh báo cáo tuần ạ, máy tính xã đang hỏng.\nDung\n",
         atts=[Att("20210429_163022.jpg", data, "image/jpeg", text)])
    c.rep("giang_ma", WP, {"items": "9", "minutes": "54", "broadcasts": "27", "listeners": "2.500"}, status="needs_review", period=RULE)

    c = case(F, "ttd_scan_social_table", "hard", "JPEG scan of the social-media form as a table")
    data, text = _page([
        ("head", ["UBND HUYỆN TAM ĐƯỜNG", "UBND THỊ TRẤN TAM ĐƯỜNG"], QH), ("gap", 30),
        ("c", "BÁO CÁO", True), ("c", "Kết quả tuyên truyền trên mạng xã hội", True), ("gap", 20),
        ("table", [["STT", "Nội dung", "Số lượng"], ["1", "Số nhóm Zalo", "9"], ["2", "Số thành viên", "2.410"],
                   ["3", "Số tin, bài đăng tải", "29"], ["4", "Số người cài đặt Bluezone", "1.180"],
                   ["5", "Số vụ tin giả, tin sai sự thật", "0"]], [160, 1100, 400]), ("gap", 40),
        ("sign", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Đỗ Văn Hải"]),
    ], "sc-ttd", angle=0.9, noise=12, blur=0.8, quality=60)
    mail(c, sender=P["tt_tam_duong"], subject="Báo cáo tuyên truyền trên mạng xã hội (bản scan)", date=D(2021, 9, 23, 10, 0),
         body="Kính gửi Phòng VH&TT,\nThị trấn gửi bản scan báo cáo.\nMai\n", atts=[Att("Scan_20210923.jpg", data, "image/jpeg", text)])
    c.rep("tt_tam_duong", SM, {"groups": "9", "group_members": "2.410", "posts": "29", "bluezone_installs": "1.180", "fake_news": "0"},
          status="needs_review", period=RULE)

    c = case(F, "hothau_zalo_photo_no_body", "hard", "Zalo-compressed photo from a personal Yahoo, empty body; unit only on the page")
    data, text = _page([
        ("head", ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ HỒ THẦU"], QH), ("gap", 30),
        ("c", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", True), ("gap", 20),
        ("l", "Số tin, bài: 5"), ("l", "Độ dài: 30 phút"), ("l", "Số lượt phát sóng: 15"), ("l", "Ước số người nghe: 950 người"),
        ("gap", 40), ("sign", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Tẩn Láo Sử"]),
    ], "sc-hothau", angle=1.7, shade=True, grey_bg=(70, 72, 75), noise=14, blur=1.1, quality=42, scale=0.6)
    mail(c, sender=P["ho_thau_y"], subject="bao cao", date=D(2021, 3, 19, 8, 0), body="",
         atts=[Att("z2401887766521_8f3a0c1d2e.jpg", data, "image/jpeg", text)])
    c.rep("ho_thau", WP, {"items": "5", "minutes": "30 phút", "broadcasts": "15", "listeners": "950"}, status="needs_review", period=RULE)

    c = case(F, "sonbinh_pdf_scan_two_pages", "hard", "Two-page image-only PDF: figures on page 1, signature on page 2")
    p1, t1 = _page([
        ("head", ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ SƠN BÌNH"], QH), ("gap", 30),
        ("c", "BÁO CÁO", True), ("c", "Kết quả công tác tuyên truyền tuần", True), ("gap", 30),
        ("l", "Thực hiện chỉ đạo của Phòng Văn hóa và Thông tin huyện, UBND xã Sơn Bình báo cáo kết quả công tác tuyên truyền tuần như sau:"),
        ("l", "- Số tin, bài: 8"), ("l", "- Thời lượng: 48 phút"), ("l", "- Số lượt phát sóng: 24"), ("l", "- Ước số người nghe: 1.700 người"),
    ], "sc-sonbinh-1", sign=False, angle=-0.5, noise=10, blur=0.7, quality=58, mode="L")
    p2, t2 = _page([
        ("l", "Trên đây là báo cáo kết quả công tác tuyên truyền tuần của UBND xã Sơn Bình./."), ("gap", 40),
        ("sign", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Vàng A Dơ"]),
    ], "sc-sonbinh-2", angle=-0.4, noise=10, blur=0.7, quality=58, mode="L")
    pdf = pdf_images([p1, p2])
    assert len(pdf) < MAX_ATT
    mail(c, sender=P["son_binh"], subject="Báo cáo tuần (scan)", date=D(2021, 10, 14, 15, 0), body="Em gửi bản scan báo cáo tuần ạ\nThu\n",
         atts=[Att("BC tuan Son Binh scan.pdf", pdf, PDF, t1 + "\n" + t2)])
    c.rep("son_binh", WP, {"items": "8", "minutes": "48 phút", "broadcasts": "24", "listeners": "1.700"}, status="needs_review", period=RULE)

    c = case(F, "thensin_photo_coffee_stain", "hard", "Photo of a printed report with a stain near the header")
    data, text = _page([
        ("head", ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ THÈN SIN"], QH), ("gap", 30),
        ("c", "BÁO CÁO", True), ("c", "Kết quả tuyên truyền tuần", True), ("gap", 30),
        ("l", "1. Số tin, bài: 6"), ("l", "2. Độ dài tin, bài: 35 phút"), ("l", "3. Số lần phát sóng: 18"), ("l", "4. Ước số người nghe: 1.000 người"),
        ("gap", 40), ("sign", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lò Văn Thanh"]),
    ], "sc-thensin", extra=_stain, angle=-1.4, shade=True, grey_bg=(190, 188, 182), noise=15, blur=1.0, quality=52, scale=0.7)
    mail(c, sender=P["then_sin"], subject="Báo cáo tuần xã Thèn Sin (ảnh)", date=D(2021, 12, 1, 9, 0), body="Gửi phòng ảnh báo cáo tuần.\nHoàn\n",
         atts=[Att("IMG_3391.JPG", data, "image/jpeg", text)])
    c.rep("then_sin", WP, {"items": "6", "minutes": "35 phút", "broadcasts": "18", "listeners": "1.000"}, status="needs_review", period=RULE)


def _formal_docx(enc, head, so, place, title2, lines, signer, author="Admin"):
    d = Docx(enc=enc, author=author)
    d.letterhead(head, QH, so=so, place_date=place)
    d.p("BÁO CÁO", bold=True, center=True, caps=True)
    d.p(title2, bold=True, center=True)
    for ln in lines:
        d.p(ln, indent=True)
    d.signature(["Nơi nhận:", "- Phòng VH&TT huyện;", "- Lưu: VT."], signer)
    return d.save()


def legacy():
    F = "legacy"
    c = case(F, "banbo_docx_tcvn3", "hard", "docx typed in TCVN3 (.VnTime, headings in .VnTimeH)")
    data, text = _formal_docx("tcvn3", ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ BẢN BO"], "Số: 24/BC-UBND", "Bản Bo, ngày 04 tháng 3 năm 2021",
                              "Kết quả tuyên truyền tuần",
                              ["Thực hiện chỉ đạo của Phòng Văn hóa và Thông tin huyện, UBND xã Bản Bo báo cáo kết quả tuyên truyền trong tuần như sau:",
                               "- Số tin, bài: 8", "- Độ dài tin, bài: 48 phút", "- Số lần phát sóng: 24 lần", "- Ước số người nghe: 2.150 người"],
                              ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lò Văn Pấng"])
    mail(c, sender=P["ban_bo"], subject="Báo cáo tuyên truyền tuần", date=D(2021, 3, 4, 10, 0), body="Dạ em gửi báo cáo tuần ạ.\nHương\n",
         atts=[Att("24-BC tuyen truyen tuan.docx", data, DOCX, text)])
    c.rep("ban_bo", WP, {"items": "8", "minutes": "48 phút", "broadcasts": "24", "listeners": "2.150"}, period=RULE)

    c = case(F, "giangma_xls_vni", "hard", "Legacy .xls (BIFF8) whose cells are typed in VNI-Times")
    data, text = xls_xlwt([dict(name="BC tuan", rows=[
        ["UBND XÃ GIANG MA"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
        ["STT", "Nội dung", "Đơn vị tính", "Số lượng"], [1, "Số tin, bài", "Tin, bài", 10], [2, "Độ dài tin, bài", "Phút", 60],
        [3, "Số lượt phát sóng", "Lượt", 30], [4, "Ước số người nghe", "Người", 2800]], bold=[1, 2, 4], widths={1: 30, 2: 14})], enc="vni")
    mail(c, sender=P["giang_ma"], subject="Báo cáo tuyên truyền tuần xã Giang Ma", date=D(2021, 4, 1, 9, 0),
         body="Kính gửi Phòng VH&TT, xã gửi báo cáo tuần (file excel).\nDung\n",
         atts=[Att("BC tuan Giang Ma.xls", data, "application/vnd.ms-excel", text)])
    c.rep("giang_ma", WP, {"items": "10", "minutes": "60", "broadcasts": "30", "listeners": "2800"}, period=RULE)

    c = case(F, "hothau_body_vni_pasted", "hard", "Body pasted from a VNI document: the text shows VNI bytes ('Soá tin, baøi') in a UTF-8 mail")
    src = """Kính gửi Phòng Văn hóa và Thông tin huyện
Xã Hồ Thầu báo cáo kết quả tuyên truyền tuần:
- Số tin, bài: 6
- Độ dài: 36 phút
- Số lần phát sóng: 18 lần
- Ước số người nghe: 1.150 người
Chảo Láo Lở
"""
    mail(c, sender=P["ho_thau"], subject="BAO CAO TUYEN TRUYEN TUAN", date=D(2021, 5, 20, 10, 0), body=to_vni(src))
    c.texts.append(src)
    c.rep("ho_thau", WP, {"items": "6", "minutes": "36 phút", "broadcasts": "18", "listeners": "1.150"}, period=RULE)

    c = case(F, "ttd_doc_unicode", "hard", "Legacy Word .doc (made with LibreOffice) in Unicode")
    src, text = _formal_docx(None, ["UBND HUYỆN TAM ĐƯỜNG", "UBND THỊ TRẤN TAM ĐƯỜNG"], "Số: 66/BC-UBND", "Tam Đường, ngày 10 tháng 6 năm 2021",
                             "Kết quả tuyên truyền tuần",
                             ["- Số lượng tin, bài: 15", "- Độ dài tin, bài: 90 phút", "- Số lượng phát sóng: 45 lượt",
                              "- Ước số lượng người nghe: 4.700 người"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đỗ Văn Hải"])
    data = soffice(src, "docx", "doc", "ttd_doc_unicode")
    mail(c, sender=P["tt_tam_duong"], subject="Báo cáo tuyên truyền tuần - TT Tam Đường", date=D(2021, 6, 10, 9, 30),
         body="Kính gửi Phòng VH&TT, thị trấn gửi báo cáo số 66/BC-UBND.\nMai\n",
         atts=[Att("66-BC-UBND.doc", data, "application/msword", text)])
    c.rep("tt_tam_duong", WP, {"items": "15", "minutes": "90 phút", "broadcasts": "45", "listeners": "4.700"}, period=RULE)

    c = case(F, "dai_doc_tcvn3", "hard", "Legacy .doc whose text is TCVN3 (.VnTime), as the station's old templates are")
    src, text = _formal_docx("tcvn3", ["UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH"], "Số: 47/BC-ĐTTTH",
                             "Tam Đường, ngày 15 tháng 7 năm 2021", "Kết quả tuyên truyền tuần",
                             ["Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền trong tuần như sau:",
                              "- Số tin, bài, phóng sự: 34", "- Tổng thời lượng: 238 phút", "- Số lượt phát sóng: 68",
                              "- Ước số người nghe, xem: 31.500"], ["KT. TRƯỞNG ĐÀI", "PHÓ TRƯỞNG ĐÀI", "", "Đinh Thị Thu Hà"])
    data = soffice(src, "docx", "doc", "dai_doc_tcvn3")
    mail(c, sender=P["dai_th_th"], subject="Báo cáo kết quả tuyên truyền tuần", date=D(2021, 7, 15, 10, 0),
         body="Kính gửi Phòng VH&TT, Đài gửi báo cáo tuần.\n", atts=[Att("47-BC-DTTTH.doc", data, "application/msword", text)])
    c.rep("dai_th_th", WP, {"items": "34", "minutes": "238 phút", "broadcasts": "68", "listeners": "31.500"}, period=RULE)

    c = case(F, "binhlu_xls_title_total", "hard", "Legacy .xls (BIFF8) with merged title rows, topic rows and a total row")
    data, text = xls_xlwt([dict(name="BC tuan", rows=[
        ["UBND XÃ BÌNH LƯ"], ["TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
        ["STT", "Nội dung", "Số tin, bài", "Độ dài (phút)", "Số lượt phát sóng", "Ước số người nghe"],
        [1, "Phòng chống dịch Covid-19", 5, 30, 15, None], [2, "Tiêm chủng vắc xin", 3, 18, 9, None],
        [3, "Phòng chống thiên tai", 2, 12, 6, None], [None, "Cộng", 10, 60, 30, 3000]],
        bold=[1, 2, 4, 8], merges=[(0, 0, 0, 2), (1, 1, 0, 5)], widths={1: 30, 4: 18, 5: 18})])
    mail(c, sender=P["binh_lu"], subject="Báo cáo tuyên truyền tuần xã Bình Lư", date=D(2021, 8, 19, 10, 0),
         body="Kính gửi Phòng VH&TT, xã gửi báo cáo tuần.\nGiàng A Sử\n",
         atts=[Att("BinhLu_tuan.xls", data, "application/vnd.ms-excel", text)])
    c.rep("binh_lu", WP, {"items": "10", "minutes": "60", "broadcasts": "30", "listeners": "3000"}, period=RULE)

    c = case(F, "nungnang_xlsx_tcvn3_two_forms", "hard", "xlsx whose cells are TCVN3 (.VnTime), with a radio block and a social-media block")
    data, text = xlsx([dict(name="Sheet1", rows=[
        ["UBND XÃ NÙNG NÀNG"], ["KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
        ["I. Truyền thanh", None], ["Số tin, bài", 6], ["Độ dài (phút)", 36], ["Số lượt phát sóng", 18], ["Số người nghe", 1600], [],
        ["II. Mạng xã hội", None], ["Số nhóm Zalo", 12], ["Số thành viên", 1425], ["Số tin bài đăng tải", 19],
        ["Số người cài Bluezone", 88], ["Tin giả", 0]], bold=[1, 2, 4, 10], caps_rows=[1, 2], widths={"A": 32})], enc="tcvn3", author="Pao")
    mail(c, sender=P["nung_nang"], subject="Bao cao tuan xa Nung Nang", date=D(2021, 9, 23, 9, 0), body="Gui phong bao cao tuan a.\nPao\n",
         atts=[Att("NungNang_23-9.xlsx", data, XLSX, text)])
    c.rep("nung_nang", WP, {"items": "6", "minutes": "36", "broadcasts": "18", "listeners": "1600"}, period=RULE)
    c.rep("nung_nang", SM, {"groups": "12", "group_members": "1425", "posts": "19", "bluezone_installs": "88", "fake_news": "0"}, period=RULE)

    c = case(F, "sonbinh_docx_vni", "hard", "docx typed in VNI-Times")
    data, text = _formal_docx("vni", ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ SƠN BÌNH"], "Số: 131/BC-UBND", "Sơn Bình, ngày 25 tháng 11 năm 2021",
                              "Kết quả công tác tuyên truyền tuần",
                              ["- Số tin, bài: 7", "- Độ dài: 42 phút", "- Số lượt phát sóng: 21", "- Ước số người nghe: 1.650 người"],
                              ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Vàng A Dơ"])
    mail(c, sender=P["son_binh"], subject="Báo cáo tuần xã Sơn Bình", date=D(2021, 11, 25, 10, 0), body="Em gửi báo cáo tuần ạ.\nThu\n",
         atts=[Att("131-BC.docx", data, DOCX, text)])
    c.rep("son_binh", WP, {"items": "7", "minutes": "42 phút", "broadcasts": "21", "listeners": "1.650"}, period=RULE)


def tworow():
    F = "tworow"
    c = case(F, "giangma_merged_topic_header", "hard", "Two-row merged header ('Tin, bài' over count and minutes, 'Phát sóng' over broadcasts and listeners) with a total row")
    data, text = xlsx([dict(name="Tuan", rows=[
        ["UBND XÃ GIANG MA"], ["TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
        ["STT", "Nội dung tuyên truyền", "Tin, bài", None, "Phát sóng", None],
        [None, None, "Số lượng", "Thời lượng (phút)", "Số lượt", "Ước số người nghe"],
        [1, "Phòng chống dịch Covid-19", 4, 26, 12, None], [2, "Phòng chống mưa lũ, sạt lở", 3, 18, 9, None],
        [3, "Chuyển đổi số", 2, 12, 6, None], [None, "Tổng cộng", 9, 56, 27, 2650]],
        merges=["A4:A5", "B4:B5", "C4:D4", "E4:F4", "A2:F2"], bold=[1, 2, 4, 5, 9], center=[2, 4, 5], border_from=4,
        widths={"B": 32, "D": 16, "F": 18})], author="Dung")
    mail(c, sender=P["giang_ma"], subject="Báo cáo tuyên truyền tuần", date=D(2021, 6, 3, 10, 0), body="Kính gửi Phòng VH&TT, xã Giang Ma gửi biểu tổng hợp.\nDung\n",
         atts=[Att("Tong hop tuan GM.xlsx", data, XLSX, text)])
    c.rep("giang_ma", WP, {"items": "9", "minutes": "56", "broadcasts": "27", "listeners": "2650"}, period=RULE)

    c = case(F, "ttd_week_and_cumulative", "hard", "Each field a merged header over 'Tuần này' and 'Lũy kế': only this week's column is the report")
    data, text = xlsx([dict(name="BC", rows=[
        ["UBND THỊ TRẤN TAM ĐƯỜNG - KẾT QUẢ TUYÊN TRUYỀN"], [],
        ["Đơn vị", "Số tin, bài", None, "Độ dài (phút)", None, "Số lượt phát sóng", None, "Ước số người nghe", None],
        [None, "Tuần này", "Lũy kế", "Tuần này", "Lũy kế", "Tuần này", "Lũy kế", "Tuần này", "Lũy kế"],
        ["TT Tam Đường", 14, 560, 84, 3410, 42, 1690, 4600, 181000]],
        merges=["A3:A4", "B3:C3", "D3:E3", "F3:G3", "H3:I3"], bold=[1, 3, 4], center=[3, 4], border_from=3)], author="Mai")
    mail(c, sender=P["tt_tam_duong"], subject="Báo cáo tuyên truyền tuần và lũy kế", date=D(2021, 10, 14, 10, 0),
         body="Kính gửi Phòng VH&TT, thị trấn gửi báo cáo tuần kèm số lũy kế từ đầu năm.\nMai\n",
         atts=[Att("TT Tam Duong luy ke.xlsx", data, XLSX, text)])
    c.rep("tt_tam_duong", WP, {"items": "14", "minutes": "84", "broadcasts": "42", "listeners": "4600"}, period=RULE)

    c = case(F, "dai_docx_merged_channels", "hard", "Station's docx table: 'Kết quả thực hiện' merged over radio, television and total columns")
    d = Docx(author="Dai TTTH")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH"], QH, so="Số: 88/BC-ĐTTTH", place_date="Tam Đường, ngày 30 tháng 12 năm 2021")
    d.p("BÁO CÁO", bold=True, center=True)
    d.p("Kết quả tuyên truyền tuần", bold=True, center=True)
    d.table([["TT", "Nội dung", "Kết quả thực hiện", None, None],
             [None, None, "Truyền thanh", "Truyền hình", "Tổng cộng"],
             ["1", "Số tin, bài", "18", "20", "38"], ["2", "Thời lượng (phút)", "120", "150", "270"],
             ["3", "Số lượt phát sóng", "36", "40", "76"], ["4", "Ước số người nghe, xem", "15.000", "20.000", "35.000"]],
            bold_rows=(0, 1), merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 4))])
    d.signature(["Nơi nhận:", "- Phòng VH&TT;", "- Lưu: VT."], ["TRƯỞNG ĐÀI", "", "", "Lê Văn Khánh"])
    data, text = d.save()
    mail(c, sender=P["dai_th_th"], subject="Báo cáo tuần cuối năm 2021", date=D(2021, 12, 30, 9, 0), body="Kính gửi Phòng VH&TT.\n",
         atts=[Att("88-BC tuan.docx", data, DOCX, text)])
    c.rep("dai_th_th", WP, {"items": "38", "minutes": "270", "broadcasts": "76", "listeners": "35.000"}, period=RULE)

    c = case(F, "bangiang_merged_no_listener_total", "hard", "Two-row header; the total row leaves listeners empty (only per topic): held without listeners")
    data, text = xlsx([dict(name="Sheet1", rows=[
        ["UBND XÃ BẢN GIANG"], ["KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
        ["STT", "Nội dung", "Tin, bài", None, "Phát sóng", None],
        [None, None, "Số lượng", "Độ dài (phút)", "Số lượt", "Số người nghe"],
        [1, "Đón Tết an toàn", 3, 18, 9, 900], [2, "Phòng chống dịch Covid-19", 3, 18, 9, 850], [3, "Cài đặt Bluezone", 2, 12, 6, 800],
        [None, "Tổng", 8, 48, 24, None]],
        merges=["A4:A5", "B4:B5", "C4:D4", "E4:F4"], bold=[1, 2, 4, 5, 9], border_from=4)], author="Lan")
    mail(c, sender=P["ban_giang"], subject="Báo cáo tuyên truyền tuần xã Bản Giang", date=D(2021, 2, 4, 9, 0),
         body="Em gửi báo cáo tuần ạ.\nLan\n", atts=[Att("BanGiang_tuan.xlsx", data, XLSX, text)])
    c.rep("ban_giang", WP, {"items": "8", "minutes": "48", "broadcasts": "24"}, status="needs_review", period=RULE)


def multiweek():
    F = "multiweek"
    c = case(F, "natam_two_weeks_body", "hard", "A late catch-up mail with two clearly separated weeks: two reports")
    mail(c, sender=P["na_tam"], subject="Bao cao bu 2 tuan xa Na Tam", date=D(2021, 4, 2, 9, 0),
         body="""Dạ em gửi bù báo cáo 2 tuần ạ, tuần trước mạng bị hỏng.
* Tuần từ 19/3 - 25/3/2021:
- Số tin bài: 5
- Thời lượng: 30 phút
- Số lượt phát sóng: 15
- Số người nghe: 1.200
* Tuần từ 26/3 - 01/4/2021:
- Số tin bài: 6
- Thời lượng: 36 phút
- Số lượt phát sóng: 18
- Số người nghe: 1.350
Sài
""")
    c.rep("na_tam", WP, {"items": "5", "minutes": "30 phút", "broadcasts": "15", "listeners": "1.200"},
          period=("range", "19/3 - 25/3/2021", "19/3", "25/3/2021"))
    c.rep("na_tam", WP, {"items": "6", "minutes": "36 phút", "broadcasts": "18", "listeners": "1.350"},
          period=("range", "26/3 - 01/4/2021", "26/3", "01/4/2021"))

    c = case(F, "hothau_xlsx_three_weeks", "hard", "Workbook with one row per week for three weeks of August, sent on a Monday")
    data, text = xlsx([dict(name="T8", rows=[
        ["XÃ HỒ THẦU - KẾT QUẢ TUYÊN TRUYỀN CÁC TUẦN THÁNG 8"], [],
        ["Tuần", "Số tin, bài", "Độ dài (phút)", "Số lượt phát sóng", "Ước số người nghe"],
        ["Từ 30/7 đến 05/8", 5, 30, 15, 1000], ["Từ 06/8 đến 12/8", 6, 36, 18, 1100], ["Từ 13/8 đến 19/8", 6, 35, 18, 1050]],
        bold=[1, 3], border_from=3, widths={"A": 20})], author="Lo")
    mail(c, sender=P["ho_thau"], subject="BAO CAO CAC TUAN THANG 8", date=D(2021, 8, 23, 10, 0),
         body="EM GỬI BÁO CÁO 3 TUẦN THÁNG 8 CỦA XÃ HỒ THẦU Ạ\n", atts=[Att("HoThau_T8.xlsx", data, XLSX, text)])
    for (rt, a, b), v in zip([("Từ 30/7 đến 05/8", "30/7", "05/8"), ("Từ 06/8 đến 12/8", "06/8", "12/8"), ("Từ 13/8 đến 19/8", "13/8", "19/8")],
                             [(5, 30, 15, 1000), (6, 36, 18, 1100), (6, 35, 18, 1050)]):
        c.rep("ho_thau", WP, {"items": str(v[0]), "minutes": str(v[1]), "broadcasts": str(v[2]), "listeners": str(v[3])},
              period=("range", rt, a, b))

    c = case(F, "banhon_weeks_35_36", "hard", "Two weeks named by week number ('Tuần 35', 'Tuần 36') in one mail")
    mail(c, sender=P["ban_hon"], subject="Báo cáo tuần 35 và tuần 36 - xã Bản Hon", date=D(2021, 9, 10, 8, 0),
         body="""Kính gửi Phòng VH&TT,
Xã Bản Hon gửi báo cáo 2 tuần (tuần trước em quên gửi):
Tuần 35: số tin, bài 6; độ dài 38 phút; số lượt phát sóng 18; ước số người nghe 1.400.
Tuần 36: số tin, bài 7; độ dài 42 phút; số lượt phát sóng 21; ước số người nghe 1.450.
Tao Thị Ánh
""")
    c.rep("ban_hon", WP, {"items": "6", "minutes": "38 phút", "broadcasts": "18", "listeners": "1.400"}, period=("iso", "Tuần 35", 35))
    c.rep("ban_hon", WP, {"items": "7", "minutes": "42 phút", "broadcasts": "21", "listeners": "1.450"}, period=("iso", "Tuần 36", 36))

    c = case(F, "khunha_two_weeks_one_incomplete", "hard", "Two weeks in one mail; the second lacks listeners: one accepted, one held")
    mail(c, sender=P["khun_ha"], subject="Báo cáo 2 tuần xã Khun Há", date=D(2021, 11, 8, 10, 0),
         body="""Gửi phòng VH&TT báo cáo 2 tuần:
1) Tuần 22/10 - 28/10/2021: tin bài 7; thời lượng 42 phút; phát sóng 21 lượt; người nghe 1.500.
2) Tuần 29/10 - 04/11/2021: tin bài 8; thời lượng 48 phút; phát sóng 24 lượt; người nghe chưa tổng hợp.
Tao Văn Phong
""")
    c.rep("khun_ha", WP, {"items": "7", "minutes": "42 phút", "broadcasts": "21", "listeners": "1.500"},
          period=("range", "22/10 - 28/10/2021", "22/10", "28/10/2021"))
    c.rep("khun_ha", WP, {"items": "8", "minutes": "48 phút", "broadcasts": "24"}, status="needs_review",
          period=("range", "29/10 - 04/11/2021", "29/10", "04/11/2021"))


def register():
    scans()
    legacy()
    tworow()
    multiweek()
