"""The officers who write the mail: name, unit, address, signature, mail client."""
from h8lib import unit_emails

ZIMBRA = "X-Mailer: Zimbra 8.8.15_GA_4484 (ZimbraWebClient - GC139 (Win)/8.8.15_GA_4481)"
ZIMBRA_MOB = "X-Mailer: Zimbra 8.8.15_GA_4484 (MobileSync - Android)"
OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
IPHONE = "X-Mailer: iPhone Mail (21G93)"
YAHOO = "X-Mailer: WebService/1.1.22645 YMailNorrin"
THUNDER = "User-Agent: Mozilla Thunderbird"


class P:
    def __init__(self, name, unit, addr_idx=0, sig="", mailer=ZIMBRA, addr=None):
        self.name, self.unit = name, unit
        self.addr = addr or unit_emails(unit)[addr_idx]
        self.sig = sig
        self.mailer = mailer

    @property
    def frm(self):
        return "%s <%s>" % (self.name, self.addr)


PEOPLE = {
    "hung": P("Lò Văn Hùng", "ban_bo", 1,
              "--\nLò Văn Hùng\nViên chức Trung tâm Truyền thông và Văn hóa xã Bản Bo\nĐT: 0915.284.136"),
    "mai": P("Tẩn Thị Mai", "sin_ho", 0, "Tẩn Thị Mai\nPhòng VH-XH xã Sìn Hồ\nĐT 0868 351 207", ZIMBRA_MOB),
    "su": P("Vang A Su", "pa_u", 0, "Vang A Su - VHXH xa Pa U - 0977521490"),
    "ha": P("Nguyễn Thị Thu Hà", "phuong_tan_phong", 1,
            "Trân trọng!\n\nNguyễn Thị Thu Hà\nTrung tâm Truyền thông và Văn hóa phường Tân Phong\n"
            "Điện thoại: 0213.3876.455 - DĐ: 0912.604.318", OUTLOOK),
    "duc": P("Lê Văn Đức", "phuong_doan_ket", 0,
             "Lê Văn Đức | Phòng Văn hóa - Xã hội phường Đoàn Kết | 0983 217 540", OUTLOOK),
    "dung": P("Giàng Thị Dung", "ta_leng", 0, "Giàng Thị Dung\nCông chức VH-XH xã Tả Lèng\nSĐT: 0388.915.602"),
    "phuong": P("Lò Thị Phương", "than_uyen", 1, "Gửi từ iPhone của tôi", IPHONE),
    "lam": P("Phàn Văn Lâm", "khong_lao", 0, "Lâm - VHXH Khổng Lào 0356 118 724"),
    "huong": P("Đèo Thị Hương", "muong_kim", 0,
               "Đèo Thị Hương\nPhòng Văn hóa - Xã hội xã Mường Kim\n0947.662.031"),
    "tuan": P("Hoàng Văn Tuấn", "tan_uyen", 1,
              "Hoàng Văn Tuấn\nPhó Giám đốc Trung tâm Truyền thông và Văn hóa xã Tân Uyên\nĐT: 0962 300 418",
              OUTLOOK),
    "ngoc": P("Bùi Thị Ngọc", "muong_khoa", 0, "Ngọc VHXH Mường Khoa\n0823 446 190"),
    "chu": P("Pờ Xé Chừ", "thu_lum", 0, "Po Xe Chu\nVHXH xa Thu Lum\n0398 772 015"),
    "nga": P("Lý Thị Nga", "phong_tho", 1,
             "Lý Thị Nga - TT Truyền thông và Văn hóa xã Phong Thổ\nĐT: 0869.553.107"),
    "pao": P("Sùng A Páo", "khun_ha", 0, "Sùng A Páo - VHXH xã Khun Há - 0333 482 916"),
    "chung": P("Tao Văn Chung", "nam_hang", 1,
               "Tao Văn Chung\nTrạm Truyền thanh xã Nậm Hàng\nĐT: 0917 045 662"),
    "khanh": P("Vương Văn Khánh", "binh_lu", 0,
               "Vương Văn Khánh\nPhòng Văn hóa - Xã hội xã Bình Lư\n0986.120.734", OUTLOOK),
    "thao": P("Chang Thị Thảo", "sin_suoi_ho", 0, "Thảo - VHXH Sin Suối Hồ\n0365.207.884"),
    "tien": P("Lường Văn Tiến", "muong_than", 0,
              "Lường Văn Tiến\nCông chức Phòng VH-XH xã Mường Than\nĐT: 0915 773 028"),
    "yen": P("Hà Thị Yến", "nam_tam", 0, "Yến VHXH Nậm Tăm - 0375.640.912", ZIMBRA_MOB),
    "sinh": P("Chẻo A Sinh", "dao_san", 0, "Chẻo A Sinh - Phòng VHXH xã Dào San - 0327 190 455"),
    "po": P("Lù Văn Pó", "si_lo_lau", 0, "Lù Văn Pó\nVHXH xã Sì Lở Lầu\n0984 030 771"),
    "hoa": P("Giàng Thị Hoa", "tua_sin_chai", 0, "Giàng Thị Hoa - VHXH Tủa Sín Chải - 0352.115.603"),
    "vinh": P("Lò Văn Vinh", "nam_ma", 0, "Lò Văn Vinh\nVHXH xã Nậm Mạ\n0916 402 733"),
    "lan": P("Tẩn Thị Lan", "pu_sam_cap", 0, "Tẩn Thị Lan - Phòng VH-XH xã Pu Sam Cáp\n0387 261 554"),
    "kien": P("Vũ Trung Kiên", "hong_thu", 0, "Vũ Trung Kiên\nPhòng VH-XH xã Hồng Thu\nĐT: 0904.558.217",
              THUNDER),
    "thuy": P("Lò Thị Thủy", "le_loi", 0, "Lò Thị Thủy - VHXH xã Lê Lợi - 0373 905 116"),
    "quang": P("Lò Văn Quang", "muong_mo", 0, "Lò Văn Quang - VHXH Mường Mô - 0912 660 345"),
    "linh": P("Hoàng Thị Linh", "bum_nua", 0, "Hoàng Thị Linh\nPhòng VH-XH xã Bum Nưa\n0978 214 309"),
    "son": P("Lỳ Xá Sơn", "mu_ca", 0, "Ly Xa Son - VHXH Mu Ca - 0325 780 144"),
    "hang": P("Chu Thị Hằng", "ta_tong", 0, "Chu Thị Hằng\nVH-XH xã Tà Tổng\n0389 004 715"),
    "bao": P("Nguyễn Văn Bảo", "bum_to", 0,
             "Nguyễn Văn Bảo\nPhòng Văn hóa - Xã hội xã Bum Tở\nĐT: 0912.071.386", OUTLOOK),
    "nhung": P("Lò Thị Nhung", "pa_tan", 0, "Lò Thị Nhung - VHXH xã Pa Tần\n0366 920 418"),
    "dat": P("Vàng Văn Đạt", "nam_cuoi", 0, "Vàng Văn Đạt - Phòng VHXH xã Nậm Cuổi - 0395 310 662"),
    "minh": P("Lò Văn Minh", "khoen_on", 0, "Lò Văn Minh\nVHXH xã Khoen On\n0918 552 730"),
    "hien": P("Đỗ Thị Hiền", "pac_ta", 0, "Đỗ Thị Hiền\nPhòng Văn hóa - Xã hội xã Pắc Ta\nĐT: 0966 015 283"),
    "luyen": P("Tạ Thị Luyến", "nam_so", 0, "Tạ Thị Luyến - VHXH Nậm Sỏ - 0349 277 801"),
    "thanh": P("Trần Văn Thành", "muong_te", 1,
               "Trần Văn Thành\nGiám đốc Trung tâm Truyền thông và Văn hóa xã Mường Tè\nĐT: 0913 285 466",
               OUTLOOK),
    "giang": P("Lò Thị Giang", "hua_bum", 0, "Lò Thị Giang - VHXH xã Hua Bum - 0328 641 907"),
    "quyen": P("Phạm Thị Quyên", "khun_ha", 0, "", addr="quyenpt.khunha@laichau.gov.vn"),
}
