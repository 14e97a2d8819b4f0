"""The cases of holdout12. Each: family, name, sender, subject, time sent (Vietnam time),
content, expected reports, and how each expected figure is written in the message."""
import datetime as dt
import h12lib as L
from h12units import email, short, kind, BYID

VN = L.VN
UTC = dt.timezone.utc
OFFICE = "ttcs.svhttdl@tuyenquang.gov.vn"
CASES = []
WP = "weekly_propaganda"


def T(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=VN)


def R(unit, pe, values, status="accepted", form=WP):
    return {"unit": unit, "form": form, "period_end": pe, "values": values, "status": status}


def V(items, minutes, broadcasts, listeners):
    return {"items": items, "minutes": minutes, "broadcasts": broadcasts, "listeners": listeners}


def C(family, name, frm, subject, sent, reports, note, difficulty="ordinary", written=None,
      stated=False, hdr_tz=VN, **kw):
    if isinstance(frm, str) and frm in BYID:
        frm = (f"UBND {kind(frm)} {short(frm)}", email(frm))
    CASES.append(L.Case(family, name, frm=frm, subject=subject, sent=sent, reports=reports, note=note,
                        difficulty=difficulty, written=written or {}, stated=stated, hdr_tz=hdr_tz, **kw))


def sig(uid, who="Nguyễn Thị Hà", role="Công chức Văn hóa - Xã hội"):
    return f"\n\n{who}\n{role}\nUBND {kind(uid).lower()} {short(uid)}\n"


REMINDER = ("Kính gửi UBND các xã, phường,\n\nSở Văn hóa, Thể thao và Du lịch đề nghị các xã, phường gửi báo cáo "
            "kết quả tuyên truyền tuần trên hệ thống truyền thanh cơ sở trước 16 giờ thứ Năm hằng tuần.\n"
            "Nội dung gồm: số tin, bài; thời lượng (phút); số lượt phát sóng; ước số người nghe.\n\n"
            "Trân trọng.\nPhòng Thông tin cơ sở - Sở VHTTDL tỉnh Tuyên Quang")

# =========================== body ===========================
C("body", "lines_ward_dotted_thousands", "minh_xuan", "Báo cáo kết quả tuyên truyền tuần - Phường Minh Xuân",
  T("2025-10-09 09:12"), [R("minh_xuan", "2025-10-09", V(12, 95, 36, 4500))],
  "plain labelled lines; 4.500 is four thousand five hundred", written={"listeners": "4.500"},
  body="Kính gửi: Sở Văn hóa, Thể thao và Du lịch\n\nPhường Minh Xuân báo cáo kết quả tuyên truyền trên hệ thống truyền thanh tuần qua:\n"
       "- Số tin, bài: 12\n- Thời lượng: 95 phút\n- Số lượt phát sóng: 36\n- Ước số người nghe: 4.500 người" + sig("minh_xuan"))

C("body", "no_diacritics_gio_phut", "thuong_lam", "bao cao tuan xa Thuong Lam",
  T("2025-10-09 14:40"), [R("thuong_lam", "2025-10-09", V(7, 75, 21, 1200))],
  "no diacritics; '1 gio 15 phut' = 75; 'khoang 1.200' listeners is an estimate taken as written",
  written={"minutes": "1 gio 15 phut", "listeners": "1.200"},
  body="Kinh gui So VHTTDL\nXa Thuong Lam bao cao ket qua tuyen truyen tuan nhu sau:\n"
       "So tin bai: 7\nThoi luong: 1 gio 15 phut\nSo lan phat song: 21\nSo nguoi nghe: khoang 1.200 nguoi\n\nNguoi bao cao: Ma Van Tinh")

C("body", "sentence_nghin", "na_hang", "BC tuyên truyền tuần xã Nà Hang",
  T("2025-10-16 10:05"), [R("na_hang", "2025-10-16", V(9, 60, 27, 2500))],
  "figures inside one sentence; '2,5 nghìn' = 2500", written={"listeners": "2,5 nghìn"},
  body="Kính gửi Sở VHTTDL,\n\nTrong tuần, Đài truyền thanh xã Nà Hang đã biên tập và phát 9 tin, bài với tổng thời lượng 60 phút, "
       "phát sóng 27 lượt trên hệ thống loa của 12 thôn, bản; ước khoảng 2,5 nghìn người nghe.\n\nTrân trọng báo cáo." + sig("na_hang"))

C("body", "tieng_ruoi_5000", "ham_yen", "Báo cáo tuần xã Hàm Yên",
  T("2025-10-16 15:20"), [R("ham_yen", "2025-10-16", V(14, 90, 42, 5000))],
  "'1 tiếng rưỡi' = 90; '5.000' = five thousand", written={"minutes": "1 tiếng rưỡi", "listeners": "5.000"},
  body="Xã Hàm Yên báo cáo tuần:\n1. Số tin, bài: 14 tin, bài\n2. Thời lượng phát sóng: 1 tiếng rưỡi\n3. Số lần phát sóng: 42 lần\n4. Số người nghe: 5.000" + sig("ham_yen"))

C("body", "stated_week_sent_late", "yen_son", "Báo cáo kết quả tuyên truyền tuần từ 03/10 đến 09/10/2025",
  T("2025-10-13 08:30"), [R("yen_son", "2025-10-09", V(6, 45, 18, 1800))],
  "sent Monday after the grace; the week written in the subject wins", stated=True, written={"listeners": "1.800"},
  body="Xã Yên Sơn gửi Sở báo cáo (chậm do mất mạng cuối tuần):\nSố tin, bài: 6\nThời lượng: 45 phút\nSố lượt phát sóng: 18\nSố người nghe: 1.800" + sig("yen_son"))

C("body", "saturday_inside_grace", "tan_trao", "Báo cáo tuần xã Tân Trào",
  T("2025-10-11 15:30"), [R("tan_trao", "2025-10-09", V(8, 64, 24, 3100))],
  "no week written; Saturday 15:30 is within 48 h of the Thursday deadline: last week, late", written={"listeners": "3.100"},
  body="Số tin, bài: 8\nĐộ dài: 64 phút\nLượt phát sóng: 24\nNgười nghe: 3.100\n\nXã Tân Trào")

C("body", "saturday_after_grace_utc_header", "kim_binh", "Bao cao tuyen truyen tuan - xa Kim Binh",
  T("2025-10-11 16:30"), [R("kim_binh", "2025-10-16", V(5, 35, 15, 950))],
  "Date header in UTC (09:30 +0000 = 16:30 Vietnam): 30 minutes past the grace, so the next week",
  hdr_tz=UTC,
  body="Xã Kim Bình báo cáo:\n- Số tin bài: 5\n- Thời lượng: 35 phút\n- Số lượt phát: 15\n- Số người nghe: 950")

C("body", "missing_listeners", "dong_van", "Báo cáo tuần xã Đồng Văn",
  T("2025-10-16 11:00"), [R("dong_van", "2025-10-16", {"items": 10, "minutes": 70, "broadcasts": 30}, "needs_review")],
  "required figure (listeners) missing: held",
  body="Xã Đồng Văn báo cáo kết quả tuyên truyền tuần:\n- Số tin, bài: 10\n- Thời lượng: 70 phút\n- Số lượt phát sóng: 30\n"
       "Số người nghe chưa thống kê được, xã sẽ bổ sung sau." + sig("dong_van"))

C("body", "listeners_range", "meo_vac", "Báo cáo tuần xã Mèo Vạc",
  T("2025-10-16 09:45"), [R("meo_vac", "2025-10-16", {"items": 11, "minutes": 80, "broadcasts": 33}, "needs_review")],
  "listeners given as a range '1.500 - 2.000': held, never a figure picked from it",
  body="Số tin, bài: 11\nThời lượng: 80 phút\nSố lượt phát sóng: 33\nƯớc số người nghe: 1.500 - 2.000 người" + sig("meo_vac"))

C("body", "minutes_not_computed", "lung_cu", "Báo cáo tuần xã Lũng Cú",
  T("2025-10-16 16:10"), [R("lung_cu", "2025-10-16", {"items": 4, "broadcasts": 12, "listeners": 700}, "needs_review")],
  "'3 buổi, mỗi buổi 15 phút': a computation the sender did not do: held",
  body="Xã Lũng Cú báo cáo: tuần qua phát 4 tin, bài; phát 3 buổi, mỗi buổi 15 phút; tổng số lượt phát sóng 12 lượt; số người nghe khoảng 700 người." + sig("lung_cu"))

C("body", "tin_and_bai_split", "yen_minh", "BC tuần - xã Yên Minh",
  T("2025-10-23 10:20"), [R("yen_minh", "2025-10-23", {"minutes": 55, "broadcasts": 20, "listeners": 1600}, "needs_review")],
  "'8 tin, 2 bài' without a total: held", written={"listeners": "1.600"},
  body="Kết quả tuyên truyền tuần của xã Yên Minh:\n- Đã phát 8 tin, 2 bài\n- Thời lượng 55 phút\n- Số lượt phát sóng: 20\n- Người nghe: 1.600" + sig("yen_minh"))

C("body", "nghin_5_spoken", "quan_ba", "Báo cáo tuần xã Quản Bạ",
  T("2025-10-23 08:05"), [R("quan_ba", "2025-10-23", V(9, 45, 27, 2500))],
  "'2 nghìn 5' = 2500", written={"listeners": "2 nghìn 5"},
  body="Dạ xã Quản Bạ báo cáo tuần này:\nsố tin bài 9, thời lượng 45 phút, số lượt phát sóng 27, số người nghe 2 nghìn 5.\nEm cảm ơn." )

C("body", "ambiguous_1_5_hours", "bac_me", "Báo cáo tuần xã Bắc Mê",
  T("2025-10-23 14:00"), [R("bac_me", "2025-10-23", {"items": 7, "broadcasts": 21, "listeners": 1300}, "needs_review")],
  "duration '1.5 giờ' is ambiguous (1,5 h or 1 h 5?): held", written={"listeners": "1.300"},
  body="Số tin, bài: 7\nThời lượng: 1.5 giờ\nSố lượt phát sóng: 21\nSố người nghe: 1.300" + sig("bac_me"))

C("body", "tab_aligned_ward", "an_tuong", "Phuong An Tuong - bao cao tuan",
  T("2025-10-23 09:30"), [R("an_tuong", "2025-10-23", V(15, 120, 45, 3200))],
  "tab-aligned label/value table in plain text", written={"listeners": "3.200"},
  body="PHƯỜNG AN TƯỜNG - KẾT QUẢ TUYÊN TRUYỀN TUẦN\n\nNội dung\t\t\tSố lượng\nSố tin, bài\t\t\t15\nThời lượng (phút)\t\t120\nSố lượt phát sóng\t\t45\nƯớc số người nghe\t\t3.200\n")

C("body", "percent_listeners", "vi_xuyen", "Báo cáo tuần xã Vị Xuyên",
  T("2025-10-23 15:45"), [R("vi_xuyen", "2025-10-23", {"items": 10, "minutes": 75, "broadcasts": 30}, "needs_review")],
  "listeners given as a percentage of households: no count, held",
  body="Số tin, bài: 10\nThời lượng: 75 phút\nSố lượt phát sóng: 30\nTỷ lệ người dân được nghe: 85%" + sig("vi_xuyen"))

C("body", "households_not_people", "viet_lam", "Báo cáo tuần xã Việt Lâm",
  T("2025-10-30 10:00"), [R("viet_lam", "2025-10-30", {"items": 6, "minutes": 40, "broadcasts": 18}, "needs_review")],
  "'850 hộ' is households, not listeners: held",
  body="Xã Việt Lâm báo cáo tuần:\n- Số tin, bài: 6\n- Thời lượng: 40 phút\n- Số lượt phát sóng: 18\n- Số người nghe: 850 hộ" + sig("viet_lam"))

C("body", "bound_tren_10", "bac_quang", "Báo cáo tuần xã Bắc Quang",
  T("2025-10-30 11:15"), [R("bac_quang", "2025-10-30", {"minutes": 90, "broadcasts": 35, "listeners": 4000}, "needs_review")],
  "'trên 10 tin, bài' is a bound, not a figure (items is not an estimate field): held", written={"listeners": "4.000"},
  body="Số tin, bài: trên 10 tin, bài\nThời lượng: 90 phút\nSố lượt phát sóng: 35\nSố người nghe: 4.000" + sig("bac_quang"))

C("body", "hon_gan_estimates", "quang_binh", "Báo cáo tuần xã Quang Bình",
  T("2025-10-30 08:50"), [R("quang_binh", "2025-10-30", V(8, 75, 24, 2000))],
  "'hơn 2.000' listeners is an estimate taken as written; '1h15' = 75", written={"minutes": "1h15", "listeners": "2.000"},
  body="Xã Quang Bình báo cáo: số tin bài 8; thời lượng 1h15; số lượt phát sóng 24; ước số người nghe hơn 2.000 người." + sig("quang_binh"))

C("body", "gmail_unknown_sender_named", ("Lò Văn Sáng", "losang.hsp@gmail.com"), "Báo cáo tuần xã Hoàng Su Phì",
  T("2025-10-30 13:10"), [R("hoang_su_phi", "2025-10-30", V(5, 30, 15, 800))],
  "unknown personal address; the single unit named in the subject and signature",
  body="Kính gửi Sở,\nEm gửi báo cáo tuần của xã ạ:\nSố tin, bài: 5\nThời lượng: 30 phút\nSố lượt phát sóng: 15\nSố người nghe: 800\n\nLò Văn Sáng\nCông chức VH-XH xã Hoàng Su Phì")

# =========================== reply ===========================
def quote(txt):
    return "\n".join("> " + l if l else ">" for l in txt.split("\n"))

C("reply", "gmail_reply_to_reminder", "minh_quang", "Re: Đề nghị gửi báo cáo tuyên truyền tuần",
  T("2025-10-09 08:40"), [R("minh_quang", "2025-10-09", V(6, 48, 18, 1400))],
  "Gmail reply on top of the office's reminder", written={"listeners": "1.400"},
  body="Dạ, xã Minh Quang báo cáo:\n- Số tin, bài: 6\n- Thời lượng: 48 phút\n- Số lượt phát sóng: 18\n- Số người nghe: 1.400\n\n"
       "Vào Th 4, 8 thg 10, 2025 vào lúc 15:00 Sở VHTTDL <" + OFFICE + "> đã viết:\n" + quote(REMINDER))

C("reply", "outlook_quotes_last_week", "chiem_hoa", "RE: Báo cáo tuyên truyền tuần xã Chiêm Hóa",
  T("2025-10-16 14:00"), [R("chiem_hoa", "2025-10-16", V(11, 85, 33, 2700))],
  "Outlook reply quoting the unit's own report of last week (with its week); the new figures are this week's",
  written={"listeners": "2.700"},
  body="Xã Chiêm Hóa báo cáo tuần này:\nSố tin, bài: 11\nThời lượng: 85 phút\nSố lượt phát sóng: 33\nSố người nghe: 2.700\n\n"
       "-----Original Message-----\nFrom: UBND xã Chiêm Hoá <" + email("chiem_hoa") + ">\nSent: Thursday, October 9, 2025 9:02 AM\nTo: " + OFFICE +
       "\nSubject: Báo cáo tuyên truyền tuần xã Chiêm Hóa\n\nBáo cáo tuần từ 03/10 đến 09/10/2025:\nSố tin, bài: 9\nThời lượng: 70 phút\nSố lượt phát sóng: 27\nSố người nghe: 2.400\n")

C("reply", "zimbra_reply", "hong_son", "Re: Báo cáo tuần",
  T("2025-10-16 10:30"), [R("hong_son", "2025-10-16", V(7, 50, 21, 1500))],
  "Zimbra reply: figures above '----- Tin nhắn gốc -----'", written={"listeners": "1.500"},
  body="Xã Hồng Sơn gửi báo cáo: Số tin, bài 7; thời lượng 50 phút; số lượt phát sóng 21; số người nghe 1.500.\n\n"
       "----- Tin nhắn gốc -----\nTừ: \"Sở VHTTDL\" <" + OFFICE + ">\nGửi: Thứ Tư, 15 Tháng Mười 2025 15:00:00\nChủ đề: Báo cáo tuần\n\n" + REMINDER)

C("reply", "yahoo_reply", "dong_tho", "Re: Nhắc báo cáo tuần",
  T("2025-10-16 09:00"), [R("dong_tho", "2025-10-16", V(4, 30, 12, 600))],
  "Yahoo reply ('Vào ... đã viết:')",
  body="Xã Đông Thọ: số tin bài 4, thời lượng 30 phút, phát 12 lượt, khoảng 600 người nghe.\n\n"
       "Vào Thứ Tư, 15 tháng 10, 2025 lúc 15:00, Sở VHTTDL <" + OFFICE + "> đã viết:\n\n" + quote(REMINDER))

C("reply", "iphone_short", "du_gia", "Re: Báo cáo tuần",
  T("2025-10-23 07:55"), [R("du_gia", "2025-10-23", V(6, 40, 18, 900))],
  "terse iPhone reply; '40p' = 40 minutes", written={"minutes": "40p"},
  body="Số tin bài 6, thời lượng 40p, 18 lượt, 900 người nghe\n\nGửi từ iPhone của tôi\n\n> Vào 22 thg 10, 2025, lúc 15:00, Sở VHTTDL <" + OFFICE + "> đã viết:\n>\n" + quote(REMINDER))

C("reply", "same_as_last_week", "khau_vai", "Re: Báo cáo tuyên truyền tuần",
  T("2025-10-23 15:10"), [R("khau_vai", "2025-10-23", V(5, 35, 15, 1000), "needs_review")],
  "'số liệu như tuần trước' with last week's report quoted: the clerk confirms before copying figures",
  written={"listeners": "1.000"},
  body="Dạ tuần này xã Khâu Vai số liệu như tuần trước ạ.\n\nVào 16 thg 10, 2025 lúc 10:12 UBND xã Khâu Vai <" + email("khau_vai") + "> đã viết:\n"
       + quote("Số tin, bài: 5\nThời lượng: 35 phút\nSố lượt phát sóng: 15\nSố người nghe: 1.000"))

C("reply", "reminder_with_example_figures", "nhu_khe", "Re: Hướng dẫn báo cáo tuần (mẫu)",
  T("2025-10-30 09:20"), [R("nhu_khe", "2025-10-30", V(3, 25, 9, 650))],
  "the quoted office mail carries an example with figures; only the reply's figures count",
  body="Xã Nhữ Khê báo cáo:\nSố tin, bài: 3\nThời lượng: 25 phút\nSố lượt phát sóng: 9\nSố người nghe: 650\n\n"
       "On Wed, Oct 29, 2025 at 3:00 PM Sở VHTTDL <" + OFFICE + "> wrote:\n"
       + quote("Các xã, phường báo cáo theo mẫu, ví dụ:\nSố tin, bài: 10\nThời lượng: 60 phút\nSố lượt phát sóng: 30\nSố người nghe: 2.000"))

C("reply", "outlook_html_reply", "son_duong", "RE: Báo cáo tuần",
  T("2025-11-06 10:45"), [R("son_duong", "2025-11-06", V(13, 100, 39, 3600))],
  "Outlook HTML reply with the office's reminder below a divider", written={"listeners": "3.600"},
  body="Xã Sơn Dương báo cáo tuần:\nSố tin, bài: 13\nThời lượng: 100 phút\nSố lượt phát sóng: 39\nSố người nghe: 3.600\n\nFrom: Sở VHTTDL\nSent: Wednesday\n\n" + REMINDER,
  html="<html><body><div>Xã Sơn Dương báo cáo tuần:<br>Số tin, bài: 13<br>Thời lượng: 100 phút<br>Số lượt phát sóng: 39<br>Số người nghe: 3.600</div>"
       "<div style='border-top:solid #E1E1E1 1.0pt'><b>From:</b> Sở VHTTDL<br><b>Sent:</b> Wednesday, November 5, 2025 3:00 PM</div><p>"
       + REMINDER.replace("\n", "<br>") + "</p></body></html>")

# =========================== forward ===========================
C("forward", "gmail_fwd_ward_report", ("Trần Văn Long", "tranlong.tq@gmail.com"), "Fwd: Báo cáo tuyên truyền tuần phường Nông Tiến",
  T("2025-10-16 13:30"), [R("nong_tien", "2025-10-16", V(10, 80, 30, 2900))],
  "forwarded from a personal Gmail; the ward named in the forwarded report", written={"listeners": "2.900"},
  body="Em chuyển báo cáo của phường ạ.\n\n---------- Forwarded message ---------\nFrom: Phường Nông Tiến <" + email("nong_tien") + ">\n"
       "Date: Thu, 16 Oct 2025 at 11:02\nSubject: Báo cáo tuyên truyền tuần phường Nông Tiến\nTo: <tranlong.tq@gmail.com>\n\n"
       "Số tin, bài: 10\nThời lượng: 80 phút\nSố lượt phát sóng: 30\nSố người nghe: 2.900\n")

def inner_msg(frm, subj, body, date):
    from email.mime.text import MIMEText
    from email.header import Header
    m = MIMEText(body, "plain", "utf-8")
    m["From"] = frm; m["Subject"] = Header(subj, "utf-8").encode(); m["Date"] = date
    return m

_ib = "Số tin, bài: 8\nThời lượng: 60 phút\nSố lượt phát sóng: 24\nƯớc số người nghe: 2.200\n\nCông chức VH-XH xã Thái Sơn"
C("forward", "rfc822_attached", "thai_son", "Fw: Báo cáo tuần xã Thái Sơn",
  T("2025-10-23 09:10"), [R("thai_son", "2025-10-23", V(8, 60, 24, 2200))],
  "the report travels as an attached message (message/rfc822)", written={"listeners": "2.200"},
  body="Chuyển Sở báo cáo tuần của xã.",
  atts=[("bc.eml", (inner_msg("Cong chuc VHXH <cc.thaison@gmail.com>", "Báo cáo tuần xã Thái Sơn", _ib, "Thu, 23 Oct 2025 08:30:00 +0700"), _ib), "message/rfc822", None)])

C("forward", "known_sender_forwards_neighbour", "lam_binh", "Fwd: Báo cáo tuần xã Yên Hoa",
  T("2025-10-23 15:50"), [R("yen_hoa", "2025-10-23", V(6, 42, 18, 1100), "needs_review")],
  "a known unit (Lâm Bình) forwards another unit's report: held",
  written={"listeners": "1.100"},
  body="Xã Yên Hoa nhờ chuyển giúp do mạng xã bị lỗi.\n\n---------- Forwarded message ---------\nFrom: Xa Yen Hoa <yenhoa.vhxh@gmail.com>\nDate: Thu, 23 Oct 2025 at 15:20\n\n"
       "UBND xã Yên Hoa báo cáo tuần:\nSố tin, bài: 6\nThời lượng: 42 phút\nSố lượt phát sóng: 18\nSố người nghe: 1.100\n")

C("forward", "quoted_gt_forward", ("Hoàng Thị Mai", "maihoang82@gmail.com"), "Fwd: BC tuần xã Xín Mần",
  T("2025-10-30 16:40"), [R("xin_man", "2025-10-30", V(4, 28, 12, 500))],
  "forward with '>' quoting, after the deadline but in the grace",
  body="Gửi Sở báo cáo tuần của xã Xín Mần.\n\n-------- Original Message --------\nSubject: BC tuần xã Xín Mần\n\n> Số tin, bài: 4\n> Thời lượng: 28 phút\n> Số lượt phát sóng: 12\n> Số người nghe: 500\n")

C("forward", "zimbra_forward_ward", "ha_giang_1", "Fwd: Kết quả tuyên truyền tuần",
  T("2025-11-06 08:20"), [R("ha_giang_1", "2025-11-06", V(16, 130, 48, 6200))],
  "Zimbra forward inside the ward (leader forwards the officer's mail)", written={"listeners": "6.200"},
  body="Chuyển Sở.\n\n----- Tin nhắn chuyển tiếp -----\nTừ: \"Văn hóa phường\" <vanhoa.hg1@gmail.com>\nGửi: Thứ Tư, 05 Tháng Mười Một 2025 17:10:00\n"
       "Chủ đề: Kết quả tuyên truyền tuần\n\nPhường Hà Giang 1:\n- Số tin, bài: 16\n- Thời lượng: 130 phút\n- Số lượt phát sóng: 48\n- Số người nghe: 6.200\n")

# =========================== sheet ===========================
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLS = "application/vnd.ms-excel"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"

def att_xlsx(fname, rows, **kw):
    b, t = L.xlsx(rows, **kw)
    return (fname, b, XLSX, t)

C("sheet", "xlsx_vertical_table", "my_lam", "Báo cáo tuần phường Mỹ Lâm",
  T("2025-10-09 10:00"), [R("my_lam", "2025-10-09", V(12, 90, 36, 4200))],
  "xlsx: STT / Nội dung / Số lượng table",
  body="Phường Mỹ Lâm gửi báo cáo tuần (file đính kèm).",
  atts=[att_xlsx("BC_tuan_MyLam.xlsx", [["PHƯỜNG MỸ LÂM"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
        ["STT", "Nội dung", "Đơn vị tính", "Số lượng"], [1, "Số tin, bài", "tin, bài", 12], [2, "Thời lượng", "phút", 90],
        [3, "Số lượt phát sóng", "lượt", 36], [4, "Ước số người nghe", "người", 4200]])])

C("sheet", "xlsx_horizontal_excel_time", "binh_thuan", "Bao cao tuan phuong Binh Thuan",
  T("2025-10-16 09:30"), [R("binh_thuan", "2025-10-16", V(10, 75, 30, 3500))],
  "xlsx: labels in a header row, duration as an Excel time 1:15 = 75 minutes", written={"minutes": "1:15"},
  body="Gửi Sở file báo cáo.",
  atts=[att_xlsx("baocao.xlsx", [["Đơn vị", "Số tin, bài", "Thời lượng", "Số lượt phát sóng", "Số người nghe"],
        ["Phường Bình Thuận", 10, None, 30, 3500]], times={(2, 3): (1, 15)})])

_b, _t = L.xls([["UBND XÃ VĨNH TUY"], ["BÁO CÁO TUYÊN TRUYỀN TUẦN"], ["Từ ngày 10/10/2025 đến ngày 16/10/2025"], [],
                ["Nội dung", "Kết quả"], ["Số tin, bài", 9], ["Thời lượng (phút)", 66], ["Số lần phát sóng", 27], ["Số người nghe", 2100]])
C("sheet", "xls_stated_week_late", "vinh_tuy", "Gui bao cao tuan",
  T("2025-10-20 09:15"), [R("vinh_tuy", "2025-10-16", V(9, 66, 27, 2100))],
  "xls (BIFF) with the week in the sheet; sent Monday after the grace, the written week wins", stated=True,
  body="Xã Vĩnh Tuy gửi bù báo cáo tuần.", atts=[("BC tuan Vinh Tuy.xls", _b, XLS, _t)])

_b, _t = L.csvb([["Chỉ tiêu", "Số liệu"], ["Số tin bài", 7], ["Thời lượng (phút)", 52], ["Số lượt phát sóng", 21], ["Số người nghe", 1700]])
C("sheet", "csv_utf8_bom", "ho_thau", "Báo cáo tuần xã Hồ Thầu",
  T("2025-10-23 10:40"), [R("ho_thau", "2025-10-23", V(7, 52, 21, 1700))],
  "CSV, UTF-8 with BOM", body="Xã Hồ Thầu gửi báo cáo.", atts=[("ho_thau_tuan.csv", _b, "text/csv", _t)])

C("sheet", "xlsx_week_and_luy_ke", "po_ly_ngai", "Báo cáo tuần xã Pờ Ly Ngài",
  T("2025-10-23 14:30"), [R("po_ly_ngai", "2025-10-23", V(5, 40, 15, 900))],
  "xlsx with 'Tuần này' and 'Lũy kế từ đầu năm' columns: the week's column is the report",
  body="Xã Pờ Ly Ngài gửi báo cáo tuần.",
  atts=[att_xlsx("PoLyNgai.xlsx", [["Nội dung", "Tuần này", "Lũy kế từ đầu năm"], ["Số tin, bài", 5, 198], ["Thời lượng (phút)", 40, 1560],
        ["Số lượt phát sóng", 15, 602], ["Số người nghe", 900, 35400]])])

C("sheet", "xlsx_blank_template", "yen_hoa", "Báo cáo tuần xã Yên Hoa",
  T("2025-10-30 15:55"), [R("yen_hoa", "2025-10-30", {}, "needs_review")],
  "the office's template sent back unfilled: held, no figures",
  body="Xã Yên Hoa gửi báo cáo tuần.",
  atts=[att_xlsx("Mau_bao_cao_tuan.xlsx", [["Đơn vị:"], ["STT", "Nội dung", "Đơn vị tính", "Số lượng"], [1, "Số tin, bài", "tin, bài", None],
        [2, "Thời lượng", "phút", None], [3, "Số lượt phát sóng", "lượt", None], [4, "Ước số người nghe", "người", None]])])

C("sheet", "xlsx_numbers_as_text", "ha_giang_2", "BC tuần phường Hà Giang 2",
  T("2025-10-30 11:00"), [R("ha_giang_2", "2025-10-30", V(14, 110, 42, 5250))],
  "figures typed as text cells with Vietnamese thousands dot ('5.250')", written={"listeners": "5.250"},
  body="Phường Hà Giang 2 gửi báo cáo tuần.",
  atts=[att_xlsx("HG2.xlsx", [["Nội dung", "Số lượng"], ["Số tin, bài", "14"], ["Thời lượng (phút)", "110"], ["Số lượt phát sóng", "42"], ["Ước số người nghe", "5.250"]])])

C("sheet", "xlsx_two_sheets_old_week", "minh_thanh", "Báo cáo tuần 06/11/2025 xã Minh Thanh",
  T("2025-11-06 09:00"), [R("minh_thanh", "2025-11-06", V(8, 60, 24, 2000))],
  "workbook whose first sheet is this week and a second sheet keeps an older week; the subject names this week", stated=True,
  written={"listeners": "2000"},
  body="Xã Minh Thanh gửi báo cáo tuần kết thúc 06/11/2025.",
  atts=[att_xlsx("MinhThanh_T11.xlsx", [["Tuần 31/10 - 06/11/2025"], ["Số tin, bài", 8], ["Thời lượng (phút)", 60], ["Số lượt phát sóng", 24], ["Số người nghe", 2000]],
        sheet="Tuần 06-11", extra_sheets=[("Tuần 30-10", [["Tuần 24/10 - 30/10/2025"], ["Số tin, bài", 7], ["Thời lượng (phút)", 50], ["Số lượt phát sóng", 21], ["Số người nghe", 1800]])])])

# =========================== doc ===========================
def att_docx(fname, uid, sent, summary, paras, table=None, **kw):
    b, t = L.docx(f"UBND {kind(uid).upper()} {short(uid).upper()}", short(uid), sent, "BÁO CÁO", summary, paras, table, **kw)
    return (fname, b, DOCX, t)

_tbl = [["STT", "Nội dung", "Đơn vị tính", "Số lượng"], ["1", "Số tin, bài", "tin, bài", "10"], ["2", "Thời lượng", "phút", "72"],
        ["3", "Số lượt phát sóng", "lượt", "30"], ["4", "Ước số người nghe", "người", "2.600"]]
C("doc", "docx_nd30_table", "tan_trao", "Báo cáo số 41/BC-UBND kết quả tuyên truyền tuần",
  T("2025-10-16 15:00"), [R("tan_trao", "2025-10-16", V(10, 72, 30, 2600))],
  "docx in the Nghị định 30 layout with a table; week in the trích yếu", stated=True, written={"listeners": "2.600"},
  body="UBND xã Tân Trào gửi báo cáo (file đính kèm).",
  atts=[att_docx("41-BC-UBND.docx", "tan_trao", T("2025-10-16 15:00"), "Kết quả tuyên truyền trên hệ thống truyền thanh cơ sở tuần từ ngày 10/10/2025 đến ngày 16/10/2025",
        ["Thực hiện chỉ đạo của Sở Văn hóa, Thể thao và Du lịch, UBND xã báo cáo kết quả như sau:", "@TABLE", "Trên đây là báo cáo của UBND xã."], _tbl, number="41/BC-UBND")])

C("doc", "docx_paragraphs", "kim_binh", "Báo cáo tuyên truyền tuần",
  T("2025-10-23 10:10"), [R("kim_binh", "2025-10-23", V(6, 45, 18, 1250))],
  "docx with the figures in body paragraphs", written={"listeners": "1.250"},
  body="Gửi Sở báo cáo.",
  atts=[att_docx("BaoCao_KimBinh.docx", "kim_binh", T("2025-10-23 10:10"), "Kết quả công tác tuyên truyền tuần",
        ["1. Trên hệ thống truyền thanh: trong tuần xã đã phát 6 tin, bài; tổng thời lượng 45 phút; số lượt phát sóng 18 lượt.",
         "2. Ước số người nghe: 1.250 người.", "3. Phương hướng tuần tới: tiếp tục tuyên truyền Đại hội Đảng các cấp."])])

C("doc", "docx_from_gmail_unit_in_doc", ("Bàn Văn Quý", "banquy1990@gmail.com"), "bao cao",
  T("2025-10-30 08:30"), [R("lung_cu", "2025-10-30", V(5, 38, 15, 850))],
  "unknown Gmail, bare subject; the unit only in the document's header",
  body="Em gửi báo cáo ạ.",
  atts=[att_docx("bc.docx", "lung_cu", T("2025-10-30 08:30"), "Kết quả tuyên truyền tuần",
        ["UBND xã báo cáo kết quả tuyên truyền trên hệ thống truyền thanh như sau:", "@TABLE"],
        [["Nội dung", "Kết quả"], ["Số tin, bài", "5"], ["Thời lượng (phút)", "38"], ["Số lượt phát sóng", "15"], ["Số người nghe", "850"]])])

C("doc", "docx_monthly_grassroots", "nhu_khe", "Báo cáo công tác thông tin cơ sở tháng 10/2025",
  T("2025-10-20 09:00"), [R("nhu_khe", "2025-10-20", {"bulletins": 2, "notice_boards": 14, "leaflets": 1200, "feedback": 3}, form="grassroots_monthly")],
  "monthly grassroots-information form in a docx", stated=True, written={"leaflets": "1.200"},
  body="UBND xã Nhữ Khê gửi báo cáo tháng.",
  atts=[att_docx("TTCS_T10.docx", "nhu_khe", T("2025-10-20 09:00"), "Công tác thông tin cơ sở tháng 10/2025",
        ["@TABLE"], [["Nội dung", "Số lượng"], ["Số bản tin thông tin cơ sở", "2"], ["Số bảng tin công cộng", "14"],
                     ["Số tài liệu tuyên truyền đã cấp phát", "1.200"], ["Số ý kiến phản ánh", "3"]])])

_old = L.docx("UBND THỊ TRẤN SƠN DƯƠNG", "Sơn Dương", T("2025-10-30 15:30"), "BÁO CÁO", "Kết quả tuyên truyền tuần",
    ["Số tin, bài: 12", "Thời lượng: 95 phút", "Số lượt phát sóng: 36", "Số người nghe: 3.300"], parent="UBND HUYỆN SƠN DƯƠNG")
C("doc", "docx_old_letterhead_known_sender", "son_duong", "Báo cáo tuần",
  T("2025-10-30 15:30"), [R("son_duong", "2025-10-30", V(12, 95, 36, 3300))],
  "the commune still uses its pre-2025 letterhead (Thị trấn Sơn Dương, huyện Sơn Dương); the sender's address decides",
  written={"listeners": "3.300"},
  body="Gửi Sở.",
  atts=[("BC.docx", _old[0], DOCX, _old[1])])

# =========================== pdf ===========================
def att_pdf(fname, lines):
    b, t = L.pdf(lines)
    return (fname, b, PDF, t)

C("pdf", "text_pdf_lines", "dong_tho", "Báo cáo tuần xã Đông Thọ",
  T("2025-10-30 09:40"), [R("dong_tho", "2025-10-30", V(5, 36, 15, 720))],
  "text PDF", body="Gửi Sở báo cáo.",
  atts=[att_pdf("BC_DongTho.pdf", ["UBND XÃ ĐÔNG THỌ", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", "Số tin, bài: 5", "Thời lượng: 36 phút",
        "Số lượt phát sóng: 15", "Số người nghe: 720", "CHỦ TỊCH", "Nguyễn Văn Bình"])])

C("pdf", "text_pdf_table_cols", "meo_vac", "BC tuan Meo Vac (pdf)",
  T("2025-11-06 10:00"), [R("meo_vac", "2025-11-06", V(9, 65, 27, 1900))],
  "text PDF with a two-column table drawn as lines", written={"listeners": "1.900"},
  body="Xã Mèo Vạc gửi báo cáo.",
  atts=[att_pdf("MeoVac.pdf", ["UBND XÃ MÈO VẠC", "Kết quả tuyên truyền tuần từ 31/10 đến 06/11/2025", "Nội dung                      Số lượng",
        "Số tin, bài                     9", "Thời lượng (phút)               65", "Số lượt phát sóng               27", "Ước số người nghe               1.900"])])

def att_img(fname, lines, fmt="PNG", rotate=0):
    b, t = L.image(lines, fmt, rotate, seed=fname)
    return (fname, b, "image/png" if fmt == "PNG" else "image/jpeg", t)

C("pdf", "scan_png_only", "yen_minh", "Báo cáo tuần (bản scan)",
  T("2025-11-06 14:20"), [R("yen_minh", "2025-11-06", V(7, 50, 21, 1450), "needs_review")],
  "only a scanned image of the signed report: a clerk must read and confirm", written={"listeners": "1.450"},
  body="Xã Yên Minh gửi bản scan báo cáo tuần có chữ ký.",
  atts=[att_img("scan_bc_tuan.png", ["UBND XÃ YÊN MINH", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", "Số tin, bài: 7", "Thời lượng: 50 phút",
        "Số lượt phát sóng: 21", "Số người nghe: 1.450", "CHỦ TỊCH (đã ký)"])])

C("pdf", "phone_photo_rotated", ("Vàng Seo Chứ", "vangseochu@gmail.com"), "Báo cáo tuần xã Quản Bạ",
  T("2025-11-13 16:50"), [R("quan_ba", "2025-11-13", V(6, 42, 18, 1150), "needs_review")],
  "a phone photo (JPEG, rotated) from a personal address: held for a clerk", written={"listeners": "1.150"},
  body="Em gửi ảnh báo cáo của xã Quản Bạ ạ.",
  atts=[att_img("IMG_20251113_164512.jpg", ["XÃ QUẢN BẠ - BÁO CÁO TUẦN", "Số tin, bài: 6", "Thời lượng: 42 phút", "Số lượt phát sóng: 18",
        "Số người nghe: 1.150"], "JPEG", rotate=90)])

C("pdf", "text_pdf_sentences", "hoang_su_phi", "Bao cao ket qua tuyen truyen tuan",
  T("2025-11-13 10:30"), [R("hoang_su_phi", "2025-11-13", V(8, 55, 24, 1350))],
  "text PDF, figures in sentences", written={"listeners": "1.350"},
  body="",
  atts=[att_pdf("HSP_tuan.pdf", ["UBND XÃ HOÀNG SU PHÌ", "BÁO CÁO", "Kết quả tuyên truyền trên hệ thống truyền thanh tuần",
        "Trong tuần, Đài truyền thanh xã phát 8 tin, bài, tổng thời lượng 55 phút,", "với 24 lượt phát sóng; ước số người nghe 1.350 người."])])

# =========================== html ===========================
C("html", "html_table_only", "lam_binh", "Báo cáo tuần xã Lâm Bình",
  T("2025-10-16 09:25"), [R("lam_binh", "2025-10-16", V(7, 56, 21, 1600))],
  "HTML-only mail with a table", written={"listeners": "1.600"},
  html="<html><body><p>Xã Lâm Bình báo cáo:</p><table border='1'><tr><th>Nội dung</th><th>Số lượng</th></tr>"
       "<tr><td>Số tin, bài</td><td>7</td></tr><tr><td>Thời lượng (phút)</td><td>56</td></tr><tr><td>Số lượt phát sóng</td><td>21</td></tr>"
       "<tr><td>Số người nghe</td><td>1.600</td></tr></table></body></html>")

C("html", "html_br_entities", "thai_son", "Báo cáo tuần xã Thái Sơn",
  T("2025-10-30 10:15"), [R("thai_son", "2025-10-30", V(9, 62, 27, 2300))],
  "HTML with <br>, &nbsp; and entity-escaped diacritics", written={"listeners": "2.300"},
  body="Số tin, bài: 9\nThời lượng: 62 phút\nSố lượt phát sóng: 27\nSố người nghe: 2.300",
  html="<div>S&#7889; tin, b&agrave;i:&nbsp;<b>9</b><br>Th&#7901;i l&#432;&#7907;ng:&nbsp;<b>62</b> ph&uacute;t<br>"
       "S&#7889; l&#432;&#7907;t ph&aacute;t s&oacute;ng:&nbsp;<b>27</b><br>S&#7889; ng&#432;&#7901;i nghe:&nbsp;<b>2.300</b></div>")

C("html", "html_label_value_spans", "chiem_hoa", "BC tuần",
  T("2025-10-23 08:45"), [R("chiem_hoa", "2025-10-23", V(10, 78, 30, 2650))],
  "HTML from a webmail editor, labels and values in separate spans and divs", written={"listeners": "2.650"},
  html="<html><body><div style='font-family:Arial'><div><span>Số tin, bài</span><span>: </span><span style='color:blue'>10</span></div>"
       "<div><span>Thời lượng</span>: <span>78 phút</span></div><div><span>Số lượt phát sóng</span>: <span>30</span></div>"
       "<div><span>Số người nghe</span>: <span>2.650</span></div><div>--<br>UBND xã Chiêm Hoá</div></div></body></html>")

C("html", "html_two_columns_luy_ke", "vi_xuyen", "Báo cáo tuần xã Vị Xuyên",
  T("2025-11-13 09:05"), [R("vi_xuyen", "2025-11-13", V(11, 88, 33, 2800))],
  "HTML table with 'Trong tuần' and 'Lũy kế' columns", written={"listeners": "2.800"},
  html="<table><tr><td>Nội dung</td><td>Trong tuần</td><td>Lũy kế</td></tr><tr><td>Số tin, bài</td><td>11</td><td>402</td></tr>"
       "<tr><td>Thời lượng (phút)</td><td>88</td><td>3.250</td></tr><tr><td>Số lượt phát sóng</td><td>33</td><td>1.210</td></tr>"
       "<tr><td>Số người nghe</td><td>2.800</td><td>96.500</td></tr></table>")

# =========================== legacy ===========================
_lb = "UBND xã Bắc Mê báo cáo kết quả tuyên truyền tuần:\nSố tin, bài: 8\nThời lượng: 58 phút\nSố lượt phát sóng: 24\nSố người nghe: 1.750\n"
C("legacy", "windows1258_body", "bac_me", "Bao cao tuan xa Bac Me",
  T("2025-11-13 09:40"), [R("bac_me", "2025-11-13", V(8, 58, 24, 1750))],
  "plain body in windows-1258 (tone marks as combining characters)", written={"listeners": "1.750"},
  body=_lb, raw_body=L.cp1258(_lb), charset="windows-1258")

_b = L.cp1258("Nội dung,Số liệu\r\nSố tin bài,6\r\nThời lượng (phút),44\r\nSố lượt phát sóng,18\r\nSố người nghe,980\r\n")
C("legacy", "csv_windows1258", "ho_thau", "Bao cao tuan xa Ho Thau",
  T("2025-11-13 11:20"), [R("ho_thau", "2025-11-13", V(6, 44, 18, 980))],
  "CSV attachment in windows-1258 without a charset",
  body="Xa Ho Thau gui bao cao tuan.",
  atts=[("hothau.csv", _b, "text/csv", "Số tin bài,6\nThời lượng (phút),44\nSố lượt phát sóng,18\nSố người nghe,980")])

_lb2 = "Xã Xín Mần báo cáo tuần:\n- Số tin, bài: 3\n- Thời lượng: 20 phút\n- Số lượt phát sóng: 9\n- Số người nghe: 400\nNgười báo cáo: Hoàng Văn Sình"
C("legacy", "windows1258_subject_plain", "xin_man", "BC tuan",
  T("2025-11-20 08:10"), [R("xin_man", "2025-11-20", V(3, 20, 9, 400))],
  "windows-1258 body with a bare ASCII subject", body=_lb2, raw_body=L.cp1258(_lb2), charset="windows-1258")

# =========================== nonreport ===========================
C("nonreport", "auto_reply_out_of_office", "yen_son", "Trả lời tự động: Đề nghị gửi báo cáo tuyên truyền tuần",
  T("2025-11-19 15:01"), [], "auto-reply to the office's reminder",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  body="Tôi đang đi công tác từ ngày 17/11 đến ngày 21/11/2025. Việc gấp xin liên hệ số 0912 345 678.\n\n" + REMINDER)

C("nonreport", "bounce_of_reminder", ("Mail Delivery System", "MAILER-DAEMON@tuyenquang.gov.vn"), "Undelivered Mail Returned to Sender",
  T("2025-11-19 15:02"), [], "bounce of the reminder, which quotes an example report with figures",
  headers=[("Auto-Submitted", "auto-replied")],
  body="This is the mail system at host mail.tuyenquang.gov.vn.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n"
       "<vhxh.cu@tuyenquang.gov.vn>: host mx said: 550 5.1.1 User unknown\n\n--- Original message ---\n" + REMINDER +
       "\nVí dụ:\nSố tin, bài: 10\nThời lượng: 60 phút\nSố lượt phát sóng: 30\nSố người nghe: 2.000\n")

C("nonreport", "question_about_form", "binh_thuan", "Hỏi về mẫu báo cáo tuần",
  T("2025-11-18 09:30"), [], "a question about the form, with a number in it",
  body="Kính gửi Sở,\nCho em hỏi mẫu báo cáo tuần có cần ghi thêm số cụm loa không ạ? Phường hiện có 24 cụm loa.\nEm cảm ơn." + sig("binh_thuan"))

C("nonreport", "plan_next_month", "minh_quang", "Kế hoạch tuyên truyền tháng 12/2025",
  T("2025-11-25 10:00"), [], "a plan with planned figures ('dự kiến'), not a report",
  body="UBND xã Minh Quang gửi Kế hoạch tuyên truyền tháng 12/2025:\n- Dự kiến phát 30 tin, bài\n- Thời lượng dự kiến 240 phút\n- Số lượt phát sóng dự kiến: 90\n- Phấn đấu 5.000 người nghe" + sig("minh_quang"))

C("nonreport", "invitation_training", ("Trung tâm Văn hóa tỉnh", "ttvh@tuyenquang.gov.vn"), "Giấy mời tập huấn nghiệp vụ truyền thanh cơ sở",
  T("2025-11-20 14:00"), [], "an invitation with dates, times and a count of attendees",
  body="Trân trọng kính mời 02 cán bộ phụ trách truyền thanh của mỗi xã, phường dự tập huấn vào 08 giờ 00 ngày 27/11/2025, thời gian 1 ngày, tại Hội trường Trung tâm Văn hóa tỉnh.")

C("nonreport", "newsletter", ("Báo Tuyên Quang điện tử", "bantin@baotuyenquang.com.vn"), "Bản tin sáng 21/11/2025",
  T("2025-11-21 06:00"), [], "a newsletter full of figures",
  headers=[("List-Unsubscribe", "<mailto:unsub@baotuyenquang.com.vn>"), ("Precedence", "bulk")],
  html="<h2>Bản tin sáng</h2><p>Tuyên Quang: 120 tin, bài tuyên truyền về Đại hội; hơn 15.000 người nghe qua hệ thống loa; thời lượng 900 phút.</p>")

C("nonreport", "office_summary_back", ("Sở VHTTDL", OFFICE), "Tổng hợp kết quả tuyên truyền tuần 13/11/2025",
  T("2025-11-13 16:30"), [], "the office's own summary coming back, with totals",
  body="Tổng hợp: 38/40 đơn vị báo cáo.\nTổng số tin, bài: 312\nTổng thời lượng: 2.450 phút\nTổng số lượt phát sóng: 936\nTổng số người nghe: 98.000")

C("nonreport", "extension_request", "hong_son", "Xin lùi thời gian gửi báo cáo tuần",
  T("2025-11-20 11:00"), [], "asks for more time; names the week but gives no figures",
  body="Kính gửi Sở,\nDo hệ thống loa của 3 thôn bị hỏng sau mưa lớn, xã Hồng Sơn xin gửi báo cáo tuần 14/11 - 20/11/2025 vào sáng thứ Hai 24/11.\nTrân trọng." + sig("hong_son"))

C("nonreport", "read_receipt", "ham_yen", "Đã đọc: Đề nghị gửi báo cáo tuyên truyền tuần",
  T("2025-11-19 15:30"), [], "a read receipt",
  body="Thư của bạn\n\n Tới: UBND xã Hàm Yên\n Chủ đề: Đề nghị gửi báo cáo tuyên truyền tuần\n Đã gửi: 19/11/2025 15:00\n\nđã được đọc vào 19/11/2025 15:30.")

C("nonreport", "phishing", ("Quan tri he thong", "admin@mail-tuyenquang-gov.com"), "Hộp thư của bạn sắp đầy 98%",
  T("2025-11-21 22:10"), [], "phishing with a percentage and numbers",
  html="<p>Hộp thư đã dùng 4.900 MB / 5.000 MB. <a href='http://x.example/'>Nâng cấp ngay</a> trong 24 giờ.</p>")

C("nonreport", "other_topic_report", "an_tuong", "Báo cáo kết quả ra quân Tháng hành động vì môi trường",
  T("2025-11-20 10:00"), [], "a report on another subject (environment campaign) with counts of people and sessions",
  body="Phường An Tường báo cáo: tổ chức 4 buổi ra quân, 350 người tham gia, thu gom 2,5 tấn rác thải." + sig("an_tuong"))

C("nonreport", "thanks_after_ack", "thuong_lam", "Re: Đã nhận báo cáo tuần",
  T("2025-11-14 08:10"), [], "a thank-you reply quoting the office's acknowledgment, which lists figures",
  body="Dạ em cảm ơn Sở ạ.\n\nVào 13 thg 11, 2025 lúc 10:02 Sở VHTTDL <" + OFFICE + "> đã viết:\n"
       + quote("Sở đã nhận báo cáo tuần của xã Thượng Lâm:\nSố tin, bài: 7\nThời lượng: 50 phút\nSố lượt phát sóng: 21\nSố người nghe: 1.300"))

# =========================== hard ===========================
C("hard", "two_forms_one_mail", "nong_tien", "Báo cáo tuần: truyền thanh và mạng xã hội - phường Nông Tiến",
  T("2025-11-20 09:30"), [R("nong_tien", "2025-11-20", V(12, 96, 36, 3800)),
                          R("nong_tien", "2025-11-20", {"groups": 18, "group_members": 4250, "posts": 64, "bluezone_installs": 0, "fake_news": 0}, form="social_media")],
  "two forms in one mail, each under its heading", difficulty="hard",
  written={(WP, "listeners"): "3.800", ("social_media", "group_members"): "4.250", ("social_media", "bluezone_installs"): "Bluezone: 0", ("social_media", "fake_news"): "tin sai sự thật: 0"},
  body="Phường Nông Tiến báo cáo tuần:\n\n1. Trên hệ thống truyền thanh:\n- Số tin, bài: 12\n- Thời lượng: 96 phút\n- Số lượt phát sóng: 36\n- Số người nghe: 3.800\n\n"
       "2. Trên mạng xã hội:\n- Số nhóm Zalo: 18 nhóm\n- Số thành viên: 4.250\n- Số bài đăng: 64\n- Số lượt cài đặt Bluezone: 0\n- Số vụ tin giả, tin sai sự thật: 0\n" + sig("nong_tien"))

C("hard", "two_weeks_catch_up", "lam_binh", "Báo cáo bù hai tuần (31/10 - 13/11/2025)",
  T("2025-11-14 10:00"), [R("lam_binh", "2025-11-06", V(5, 38, 15, 900)), R("lam_binh", "2025-11-13", V(6, 45, 18, 1050))],
  "two weeks in one mail, each with its dates and full figures", difficulty="hard", stated=True, written={"listeners": "1.050"},
  body="Xã Lâm Bình gửi bù báo cáo hai tuần:\n\nTuần từ 31/10 đến 06/11/2025:\nSố tin, bài: 5\nThời lượng: 38 phút\nSố lượt phát sóng: 15\nSố người nghe: 900\n\n"
       "Tuần từ 07/11 đến 13/11/2025:\nSố tin, bài: 6\nThời lượng: 45 phút\nSố lượt phát sóng: 18\nSố người nghe: 1.050\n" + sig("lam_binh"))

C("hard", "correction_of_sent_week", "an_tuong", "Đính chính báo cáo tuần 13/11/2025",
  T("2025-11-17 08:45"), [R("an_tuong", "2025-11-13", V(15, 118, 45, 2300))],
  "a correction restating every figure of an earlier week; the old wrong figure is also written", difficulty="hard", stated=True,
  written={"listeners": "2.300"},
  body="Phường An Tường xin đính chính báo cáo tuần từ 07/11 đến 13/11/2025 đã gửi ngày 13/11: số người nghe là 2.300 người (không phải 3.200 như đã báo cáo).\n"
       "Số liệu đúng cả tuần:\nSố tin, bài: 15\nThời lượng: 118 phút\nSố lượt phát sóng: 45\nSố người nghe: 2.300" + sig("an_tuong"))

C("hard", "week_plus_month_cumulative", "tan_trao", "Báo cáo tuần xã Tân Trào",
  T("2025-11-20 14:10"), [R("tan_trao", "2025-11-20", V(9, 70, 27, 2400))],
  "the week's figures followed by the month's cumulative figures ('lũy kế tháng 11')", difficulty="hard", written={"listeners": "2.400"},
  body="I. Kết quả trong tuần:\n- Số tin, bài: 9\n- Thời lượng: 70 phút\n- Số lượt phát sóng: 27\n- Số người nghe: 2.400\n\n"
       "II. Lũy kế tháng 11/2025:\n- Số tin, bài: 31\n- Thời lượng: 245 phút\n- Số lượt phát sóng: 93\n- Số người nghe: 8.700" + sig("tan_trao"))

C("hard", "luy_ke_in_parentheses", "nhu_khe", "Báo cáo tuần xã Nhữ Khê",
  T("2025-11-20 10:30"), [R("nhu_khe", "2025-11-20", V(8, 60, 24, 1500))],
  "each line gives the week and, in parentheses, the year's cumulative figure", difficulty="hard", written={"listeners": "1.500"},
  body="Số tin, bài: 8 (lũy kế từ đầu năm: 312)\nThời lượng: 60 phút (lũy kế: 2.410 phút)\nSố lượt phát sóng: 24 (lũy kế: 936)\nSố người nghe: 1.500 (lũy kế: 61.000)" + sig("nhu_khe"))

C("hard", "mentions_neighbour", "minh_thanh", "Báo cáo tuần xã Minh Thanh",
  T("2025-11-20 15:40"), [R("minh_thanh", "2025-11-20", V(10, 80, 30, 2200))],
  "the commune mentions a joint broadcast with a neighbour (with that neighbour's count); its own figures only", difficulty="hard",
  written={"listeners": "2.200"},
  body="Xã Minh Thanh báo cáo tuần:\nSố tin, bài: 10\nThời lượng: 80 phút\nSố lượt phát sóng: 30\nSố người nghe: 2.200\n\n"
       "Ghi chú: trong tuần xã phối hợp với xã Tân Trào tổ chức tiếp sóng chương trình của Đài tỉnh; xã Tân Trào đã tự báo cáo 9 tin, bài của mình." + sig("minh_thanh"))

C("hard", "figures_in_subject_only", "kim_binh", "BC tuần 20/11 - xã Kim Bình: 7 tin bài, 50 phút, 21 lượt phát sóng, 1.100 người nghe",
  T("2025-11-20 08:00"), [R("kim_binh", "2025-11-20", V(7, 50, 21, 1100))],
  "every figure in the subject, empty body", difficulty="hard", stated=True, written={"listeners": "1.100"}, body="")

C("hard", "calendar_week_not_reporting_week", "ha_giang_2", "Báo cáo tuần từ 10/11 đến 16/11/2025",
  T("2025-11-17 09:00"), [R("ha_giang_2", None, V(13, 104, 39, 4100), "needs_review")],
  "a Monday-to-Sunday week that is not a reporting week: held, period unknown", difficulty="hard", written={"listeners": "4.100"},
  body="Phường Hà Giang 2 báo cáo kết quả tuyên truyền tuần từ 10/11 đến 16/11/2025:\nSố tin, bài: 13\nThời lượng: 104 phút\nSố lượt phát sóng: 39\nSố người nghe: 4.100" + sig("ha_giang_2"))

C("hard", "commune_officer_gmail_for_ward", ("Phạm Thị Thu", "phamthu.vhxh@gmail.com"), "Báo cáo tuần phường Bình Thuận",
  T("2025-11-20 16:20"), [R("binh_thuan", "2025-11-20", V(11, 90, 33, 3000), "needs_review")],
  "a commune officer (Thái Sơn) sends a ward's report from a personal Gmail: two units named, held for the clerk",
  difficulty="hard", written={"listeners": "3.000"},
  body="Em là công chức VH-XH xã Thái Sơn, được phân công hỗ trợ phường Bình Thuận tuần này. Em gửi báo cáo của phường Bình Thuận ạ:\n"
       "Số tin, bài: 11\nThời lượng: 90 phút\nSố lượt phát sóng: 33\nSố người nghe: 3.000\n\nPhạm Thị Thu - xã Thái Sơn")

C("hard", "grassroots_notice_boards_running_total", "vinh_tuy", "Báo cáo thông tin cơ sở tháng 11/2025 xã Vĩnh Tuy",
  T("2025-11-20 09:00"), [R("vinh_tuy", "2025-11-20", {"bulletins": 1, "notice_boards": 48, "leaflets": 600, "feedback": 5}, form="grassroots_monthly")],
  "monthly form: notice boards are a running total, so 'lũy kế 48' is the figure, not 'tăng 2'", difficulty="hard", stated=True,
  body="UBND xã Vĩnh Tuy báo cáo công tác thông tin cơ sở tháng 11/2025:\n- Số bản tin thông tin cơ sở: 1\n- Bảng tin công cộng: tăng 2 bảng, lũy kế 48 bảng\n"
       "- Số tài liệu tuyên truyền đã cấp phát: 600 tờ\n- Số ý kiến phản ánh: 5" + sig("vinh_tuy"))

C("hard", "social_groups_running_total", "hoang_su_phi", "Báo cáo tuyên truyền trên mạng xã hội tuần",
  T("2025-11-20 10:50"), [R("hoang_su_phi", "2025-11-20", {"groups": 14, "group_members": 2900, "posts": 35, "bluezone_installs": 0, "fake_news": 1}, form="social_media")],
  "social-media form: groups are a running total (14), not the week's new group (1)", difficulty="hard",
  written={"group_members": "2.900", "bluezone_installs": "Bluezone: 0", "fake_news": "tin giả: 1"},
  body="Xã Hoàng Su Phì báo cáo tuyên truyền trên mạng xã hội tuần:\n- Số nhóm Zalo: 14 nhóm (thành lập mới trong tuần: 1 nhóm)\n- Số thành viên: 2.900\n"
       "- Số bài đăng: 35\n- Lượt cài đặt Bluezone: 0\n- Số vụ tin giả: 1" + sig("hoang_su_phi"))

C("hard", "two_units_one_set", "quang_binh", "Báo cáo tuần xã Quang Bình và xã Bắc Quang",
  T("2025-11-27 09:10"), [R(None, "2025-11-27", V(17, 130, 51, 5200), "needs_review")],
  "one set of figures for two communes together: neither unit can be credited", difficulty="hard", written={"listeners": "5.200"},
  body="Do dùng chung Đài truyền thanh, xã Quang Bình và xã Bắc Quang báo cáo chung:\nSố tin, bài: 17\nThời lượng: 130 phút\nSố lượt phát sóng: 51\nSố người nghe: 5.200" + sig("quang_binh"))

C("hard", "two_values_one_field", "du_gia", "Báo cáo tuần xã Du Già",
  T("2025-11-27 10:30"), [R("du_gia", "2025-11-27", {"items": 6, "broadcasts": 18, "listeners": 950}, "needs_review")],
  "two different durations for the same week (table says 45, the sentence says 54): held",
  difficulty="hard",
  body="Số tin, bài: 6\nThời lượng: 45 phút\nSố lượt phát sóng: 18\nSố người nghe: 950\n\nTổng thời lượng phát trong tuần là 54 phút." + sig("du_gia"))

C("hard", "late_friday_utc_header", "khau_vai", "Báo cáo tuần xã Khâu Vai",
  T("2025-11-28 07:05"), [R("khau_vai", "2025-11-27", V(5, 40, 15, 1000))],
  "Friday 07:05 Vietnam written as 00:05 +0000 in the header: the week that closed on Thursday 27/11, late; 'khoảng 1 nghìn' listeners is an estimate",
  difficulty="hard", hdr_tz=UTC, written={"listeners": "1 nghìn"},
  body="Xã Khâu Vai báo cáo: số tin, bài 5; thời lượng 40 phút; số lượt phát sóng 15; số người nghe khoảng 1 nghìn." + sig("khau_vai"))

C("hard", "negative_figure", "dong_van", "Báo cáo tuần xã Đồng Văn",
  T("2025-11-27 11:30"), [R("dong_van", "2025-11-27", {"items": 9, "minutes": 65, "listeners": 1800}, "needs_review")],
  "a negative figure (a change against last week written where the count belongs): held",
  difficulty="hard", written={"listeners": "1.800"},
  body="Số tin, bài: 9\nThời lượng: 65 phút\nSố lượt phát sóng: -3 (giảm so với tuần trước do mất điện)\nSố người nghe: 1.800" + sig("dong_van"))

# =========================== more doc / pdf / html / body ===========================
C("doc", "docx_with_next_week_plan", "yen_son", "Báo cáo kết quả tuyên truyền tuần",
  T("2025-11-27 14:45"), [R("yen_son", "2025-11-27", V(7, 52, 21, 1650))],
  "docx: the week's results, then next week's targets with other figures", written={"listeners": "1.650"},
  body="Xã Yên Sơn gửi báo cáo tuần.",
  atts=[att_docx("BC_tuan_YenSon.docx", "yen_son", T("2025-11-27 14:45"), "Kết quả công tác tuyên truyền tuần",
        ["I. KẾT QUẢ THỰC HIỆN", "Số tin, bài: 7; thời lượng: 52 phút; số lượt phát sóng: 21; ước số người nghe: 1.650 người.",
         "II. PHƯƠNG HƯỚNG TUẦN TỚI", "Phấn đấu phát 10 tin, bài, thời lượng 80 phút, 30 lượt phát sóng."])])

C("doc", "docx_ward_gio_phut", "minh_xuan", "Báo cáo tuần phường Minh Xuân",
  T("2025-11-27 09:20"), [R("minh_xuan", "2025-11-27", V(16, 130, 48, 6500))],
  "docx table; duration '2 giờ 10 phút' = 130", written={"minutes": "2 giờ 10 phút", "listeners": "6.500"},
  body="Phường Minh Xuân gửi báo cáo.",
  atts=[att_docx("MinhXuan_BC.docx", "minh_xuan", T("2025-11-27 09:20"), "Kết quả tuyên truyền tuần",
        ["@TABLE"], [["Nội dung", "Kết quả"], ["Số tin, bài", "16"], ["Thời lượng", "2 giờ 10 phút"], ["Số lượt phát sóng", "48"], ["Ước số người nghe", "6.500"]])])

def att_scanned_pdf(fname, lines):
    import io
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    png, t = L.image(lines, "PNG", 0, seed=fname)
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, invariant=1)
    cv.drawImage(ImageReader(io.BytesIO(png)), 40, 400, width=520, height=300)
    cv.save()
    return (fname, buf.getvalue(), PDF, t)

C("pdf", "scanned_pdf_image_only", "lung_cu", "Báo cáo tuần xã Lũng Cú (scan)",
  T("2025-11-27 10:40"), [R("lung_cu", "2025-11-27", V(4, 32, 12, 680), "needs_review")],
  "a PDF that is only a scanned image: the figures must be read by a clerk",
  body="Xã Lũng Cú gửi bản scan.",
  atts=[att_scanned_pdf("scan0001.pdf", ["UBND XÃ LŨNG CÚ", "BÁO CÁO TUYÊN TRUYỀN TUẦN", "Số tin, bài: 4", "Thời lượng: 32 phút", "Số lượt phát sóng: 12", "Số người nghe: 680"])])

C("html", "html_gio_phut_thousands", "ha_giang_1", "Báo cáo tuần phường Hà Giang 1",
  T("2025-11-27 08:30"), [R("ha_giang_1", "2025-11-27", V(14, 80, 42, 3500))],
  "HTML list; '01 giờ 20 phút' = 80; '3.500' = 3500", written={"minutes": "01 giờ 20 phút", "listeners": "3.500"},
  html="<ul><li>Số tin, bài: <b>14</b></li><li>Thời lượng: <b>01 giờ 20 phút</b></li><li>Số lượt phát sóng: <b>42</b></li><li>Ước số người nghe: <b>3.500</b></li></ul><p>Phường Hà Giang 1</p>")

C("body", "ascii_alias_personal", ("vhxh my lam", "vhxhmylam@yahoo.com.vn"), "BAO CAO TUAN P. MY LAM",
  T("2025-11-27 15:05"), [R("my_lam", "2025-11-27", V(11, 84, 33, 3900))],
  "unknown Yahoo address; the ward named only without diacritics", written={"listeners": "3.900"},
  body="SO TIN BAI: 11\nTHOI LUONG: 84 PHUT\nSO LUOT PHAT SONG: 33\nSO NGUOI NGHE: 3.900\n\nPHUONG MY LAM")

C("body", "ward_listeners_10000_plus_households_note", "nong_tien", "Báo cáo tuần phường Nông Tiến",
  T("2025-11-27 10:00"), [R("nong_tien", "2025-11-27", V(12, 92, 36, 10500))],
  "listeners in people, with the number of households covered given separately as context",
  written={"listeners": "10.500"},
  body="Phường Nông Tiến báo cáo tuần:\n- Số tin, bài: 12\n- Thời lượng: 92 phút\n- Số lượt phát sóng: 36\n- Số người nghe: 10.500 người (phủ sóng 2.800 hộ)" + sig("nong_tien"))

C("sheet", "xlsx_village_rows_with_total", "binh_thuan", "Báo cáo tuần phường Bình Thuận",
  T("2025-12-04 09:00"), [R("binh_thuan", "2025-12-04", V(13, 104, 39, 3950))],
  "xlsx by residential group (tổ dân phố) with a 'Tổng cộng' row: the total row is the report", difficulty="hard",
  body="Phường Bình Thuận gửi báo cáo tuần.",
  atts=[att_xlsx("BinhThuan_tuan.xlsx", [["Tổ dân phố", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Số người nghe"],
        ["Tổ 1", 5, 40, 15, 1500], ["Tổ 2", 4, 32, 12, 1250], ["Tổ 3", 4, 32, 12, 1200], ["Tổng cộng", 13, 104, 39, 3950]])])

C("sheet", "xlsx_village_rows_no_total", "chiem_hoa", "Báo cáo tuần xã Chiêm Hoá",
  T("2025-12-04 10:30"), [R("chiem_hoa", "2025-12-04", {}, "needs_review")],
  "xlsx by village with no total: the sum is a computation the sender did not do, held", difficulty="hard",
  body="Xã Chiêm Hoá gửi số liệu các thôn.",
  atts=[att_xlsx("ChiemHoa_thon.xlsx", [["Thôn", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Số người nghe"],
        ["Thôn Bản Chỏn", 3, 20, 9, 400], ["Thôn Nà Cọn", 2, 15, 6, 350], ["Thôn Pắc Hoa", 3, 25, 9, 520]])])

C("html", "html_horizontal_table", "hong_son", "Báo cáo tuần xã Hồng Sơn",
  T("2025-12-04 08:40"), [R("hong_son", "2025-12-04", V(8, 62, 24, 1550))],
  "HTML table with labels in the first row and values in the second", written={"listeners": "1.550"},
  html="<table border='1'><tr><td>Số tin, bài</td><td>Thời lượng (phút)</td><td>Số lượt phát sóng</td><td>Số người nghe</td></tr>"
       "<tr><td>8</td><td>62</td><td>24</td><td>1.550</td></tr></table><p>UBND xã Hồng Sơn</p>")

C("body", "apostrophe_minutes_nghin_comma", "thai_son", "Báo cáo tuần xã Thái Sơn",
  T("2025-12-04 15:10"), [R("thai_son", "2025-12-04", V(9, 90, 27, 1200))],
  "\"90'\" is 90 minutes; '1,2 nghìn' = 1200", written={"minutes": "90'", "listeners": "1,2 nghìn"},
  body="Xã Thái Sơn báo cáo tuần:\n- Số tin, bài: 9\n- Thời lượng: 90'\n- Số lượt phát sóng: 27\n- Số người nghe: 1,2 nghìn" + sig("thai_son"))

C("reply", "outlook_fwd_inline_ack_correction", "viet_lam", "RE: Sở đã nhận báo cáo tuần",
  T("2025-12-04 16:45"), [R("viet_lam", "2025-12-04", V(7, 55, 21, 1400))],
  "reply to the office's acknowledgment restating every figure after correcting one; the acknowledgment quoted below has the wrong figure",
  written={"listeners": "1.400"},
  body="Dạ Sở cho xã sửa lại số người nghe tuần này ạ, số liệu đúng:\nSố tin, bài: 7\nThời lượng: 55 phút\nSố lượt phát sóng: 21\nSố người nghe: 1.400\n\n"
       "________________________________\nFrom: Sở VHTTDL <" + OFFICE + ">\nSent: Thursday, December 4, 2025 4:10 PM\nSubject: Sở đã nhận báo cáo tuần\n\n"
       "Sở đã nhận báo cáo tuần kết thúc 04/12/2025 của xã Việt Lâm:\nSố tin, bài: 7\nThời lượng: 55 phút\nSố lượt phát sóng: 21\nSố người nghe: 140\n")
