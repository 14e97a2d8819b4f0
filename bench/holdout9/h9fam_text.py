"""Ordinary report mails written in the body: lines, reply, sentence, forward, correction."""

from datetime import date as D
from datetime import timedelta

from h9base import (BODY, SUBJECT, Dummy, NR, RR, WR, add, at, office_ack_quote, post_tweak,
                    pre_tweak, prev_quote, reminder_text, z2)
from h9lib import OFFICE, VN, Rep, vn
from h9mail import Quoted
from h9people import O, period_phrase, weekly

WP = "weekly_propaganda"


def lines():
    fam = "lines"
    # (officer, thursday, day offset, hh, mm, period style or None, variant, note)
    specs = [
        ("ha", D(2021, 1, 7), 0, 9, 12, "tu_ngay_full", 0, "labelled lines, week written in full"),
        ("huong", D(2021, 1, 14), -1, 16, 40, None, 0, "labelled lines with stray spaces, Zimbra"),
        ("nga", D(2021, 1, 21), 0, 10, 5, None, 0, "no diacritics, Yahoo address (unit named in body), Date in UTC"),
        ("hoa", D(2021, 1, 28), 0, 8, 47, "tu_ngay_short", 0, "Outlook windows-1258 body, week written"),
        ("thang", D(2021, 2, 4), 0, 14, 10, None, 0, "terse labelled lines, Zimbra"),
        ("hung", D(2021, 2, 4), -1, 10, 22, None, 0, "labelled lines, Outlook, 'khoảng' listeners"),
        ("phin", D(2021, 2, 25), 0, 15, 31, None, 0, "first report after Tết, no diacritics, Samsung"),
        ("thanh2", D(2021, 3, 4), -1, 9, 40, None, 0, "section heading then lines, Zimbra"),
        ("ha", D(2021, 3, 11), 0, 8, 15, "tu_ngay_full", 1, "labelled lines, week written"),
        ("huong", D(2021, 3, 18), 0, 15, 58, None, 1, "two minutes before the deadline"),
        ("nga", D(2021, 3, 25), 1, 8, 20, None, 0, "Friday morning, late within grace, no week written"),
        ("hoa", D(2021, 4, 1), 0, 10, 30, None, 0, "duration written in hours and minutes (1 giờ 10 phút)"),
        ("hung", D(2021, 4, 8), 0, 11, 2, None, "miss_listeners", "listeners not yet counted: held"),
        ("thang", D(2021, 4, 15), -1, 15, 45, None, 0, "Wednesday afternoon"),
        ("phin", D(2021, 4, 22), 0, 16, 35, None, 0, "35 minutes after the deadline"),
        ("thanh2", D(2021, 4, 29), -1, 14, 0, None, 0, "before the 30/4 holiday"),
        ("ha", D(2021, 5, 13), 0, 9, 30, "tu_ngay_full", 0, "labelled lines, week written"),
        ("huong", D(2021, 5, 20), 0, 10, 10, "tuan_n", 0, "week named by number (tuần 20)"),
        ("hoa", D(2021, 6, 3), 0, 14, 22, None, 0, "Outlook windows-1258"),
        ("nga", D(2021, 6, 10), 0, 9, 0, "tu_den_ascii", 0, "week written without diacritics"),
        ("hung", D(2021, 6, 24), 2, 9, 30, None, 0, "Saturday morning, late within grace"),
        ("thang", D(2021, 7, 8), 0, 8, 55, None, 0, "terse labelled lines"),
        ("thanh2", D(2021, 7, 22), 0, 15, 10, None, 0, "labelled lines"),
        ("phin", D(2021, 8, 5), 0, 9, 45, None, "households", "listeners given in households (hộ): held"),
        ("huong", D(2021, 8, 19), 4, 8, 30, "tuan_n", 0, "Monday, late, names its week (tuần 33)"),
        ("hoa", D(2021, 9, 16), 0, 10, 40, None, "range", "listeners given as a range: held"),
        ("thang", D(2021, 10, 14), 0, 14, 5, None, 0, "terse labelled lines"),
        ("hung", D(2021, 11, 11), 0, 8, 30, None, 0, "labelled lines; listeners 'khoảng 3 nghìn'"),
        ("thanh2", D(2021, 12, 2), -1, 16, 20, None, 0, "Wednesday evening; duration '1 tiếng rưỡi'"),
        ("nga", D(2021, 12, 16), 0, 9, 20, None, 0, "no diacritics, Yahoo"),
    ]
    for key, thu, dd, hh, mm, pst, v, note in specs:
        off = O[key]
        when = at(thu, dd, hh, mm)
        f = weekly(off.unit, thu)
        per = period_phrase(thu, pst) if pst else None
        subj = SUBJECT[key]
        if v == "miss_listeners":
            r = RR(WP, off.unit, when, thu, "needs_review")
            body = (f"Kính gửi: Phòng VH&TT huyện Tam Đường\n\nXã Bản Giang báo cáo kết quả tuyên "
                    f"truyền tuần như sau:\n- Tổng số tin, bài: {r.w('items', f['items'], z2(f['items']))} tin, bài\n"
                    f"- Tổng thơi lượng: {r.w('minutes', f['minutes'])} phút\n"
                    f"- Số lần phát sóng: {r.w('broadcasts', f['broadcasts'])} lần\n"
                    "- Số người nghe: bản Nà Cơ, Phiêng Phát chưa báo lên, em tổng hợp xong sẽ gửi bổ sung sau ạ\n\n"
                    "Trân trọng!\n\n" + off.sig)
            add(fam, "ordinary", note, off, when, subj, body, [r], hold="required figure missing")
            continue
        if v == "households":
            r = RR(WP, off.unit, when, thu, "needs_review")
            body = (f"Xa Ban Hon bao cao tuan:\nso tin bai: {r.w('items', f['items'])}\n"
                    f"do dai: {r.w('minutes', f['minutes'])} phut\nso lan phat: {r.w('broadcasts', f['broadcasts'])} lan\n"
                    f"so nguoi nghe: 520 ho\n" + off.sig)
            add(fam, "ordinary", note, off, when, subj, body, [r], hold="listeners in households")
            continue
        if v == "range":
            r = RR(WP, off.unit, when, thu, "needs_review")
            body = ("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường\n\n"
                    "UBND xã Bình Lư báo cáo kết quả công tác tuyên truyền tuần như sau:\n"
                    f"+ Số lượng tin, bài: {r.w('items', f['items'], z2(f['items']))} tin, bài\n"
                    f"+ Độ dài tin, bài: {r.w('minutes', f['minutes'])} phút\n"
                    f"+ Số lượng phát sóng: {r.w('broadcasts', f['broadcasts'])} lượt\n"
                    "+ Ước số lượng người nghe: 3.000 - 3.500 người\nTrân trọng./.\n\n" + off.sig)
            add(fam, "ordinary", note, off, when, subj, body, [r], hold="range")
            continue
        r = WR(WP, off.unit, thu, per) if per else RR(WP, off.unit, when, thu)
        f = pre_tweak(key, thu, f)
        body = post_tweak(key, thu, BODY[key](r, f, per, v), r)
        add(fam, "ordinary", note, off, when, subj, body, [r])


def reply():
    fam = "reply"
    # (officer, thursday, dd, hh, mm, quote kind, special, note)
    specs = [
        ("huong", D(2021, 1, 28), 0, 9, 20, "own", None, "reply to own thread, Zimbra quote with last week's figures"),
        ("thang", D(2021, 1, 21), 0, 15, 5, "own", None, "reply, Zimbra quote"),
        ("denh", D(2021, 1, 14), 0, 20, 10, "own", None, "Thursday evening (late), Gmail app quote"),
        ("son", D(2021, 1, 21), 0, 11, 40, "own", None, "iPhone reply with quote"),
        ("lu", D(2021, 2, 4), 0, 7, 55, "own", None, "iPhone, one line, quote below"),
        ("thanh2", D(2021, 3, 25), 0, 9, 15, "ack", None, "reply to the office's acknowledgment of last week"),
        ("phin", D(2021, 3, 11), 0, 14, 50, "own", None, "Samsung reply, original-message block"),
        ("tien", D(2021, 3, 18), -1, 15, 30, "own", None, "Zimbra reply"),
        ("hoa", D(2021, 3, 18), 0, 9, 5, "own", None, "Outlook windows-1258 reply with header block"),
        ("nga", D(2021, 4, 8), 0, 10, 15, "own", None, "Yahoo reply, indented quote"),
        ("denh", D(2021, 4, 15), 0, 13, 33, "reminder", None, "reply to the office's reminder; listeners 'khoang 1,5 nghin'"),
        ("ha", D(2021, 4, 22), 0, 9, 2, "own", None, "reply, week written"),
        ("hung", D(2021, 5, 6), 1, 14, 10, "own", None, "after the holiday, Friday (late), Outlook English quote"),
        ("son", D(2021, 5, 13), -1, 21, 30, "own", None, "Wednesday night from the phone"),
        ("huong", D(2021, 6, 3), 0, 8, 40, "own", "old_subject", "subject of last week's thread (tuần 21), body names tuần 22"),
        ("lu", D(2021, 6, 17), 0, 10, 30, "own", None, "iPhone one-liner"),
        ("thang", D(2021, 6, 17), -1, 16, 5, "reminder", None, "reply to the reminder; duration '1h15'"),
        ("thanh2", D(2021, 7, 1), 0, 11, 20, "ack", None, "reply to the office's acknowledgment"),
        ("tien", D(2021, 7, 15), 0, 14, 45, "own", None, "Zimbra reply"),
        ("phin", D(2021, 7, 29), 1, 7, 40, "own", None, "Friday early (late)"),
        ("hoa", D(2021, 8, 12), 0, 9, 35, "own", None, "Outlook windows-1258 reply"),
        ("denh", D(2021, 8, 26), 0, 16, 50, "own", None, "fifty minutes late"),
        ("nga", D(2021, 9, 9), 0, 8, 20, "own", None, "Yahoo reply"),
        ("huong", D(2021, 10, 7), 0, 15, 0, "reminder", None, "reply to the reminder"),
        ("son", D(2021, 10, 21), 0, 9, 50, "own", None, "iPhone reply; listeners 'gần 1.500' (an estimate)"),
        ("hung", D(2021, 11, 25), 0, 10, 0, "own", None, "Outlook reply"),
        ("lu", D(2021, 12, 9), 0, 14, 0, "own", None, "iPhone one-liner"),
        ("thang", D(2021, 9, 23), 0, 10, 25, "own", "per_session", "duration given per session, not totalled: held"),
        ("dung", D(2021, 10, 28), 0, 9, 40, "reminder", "unknown", "personal address, signs only a first name, no unit: held"),
        ("lu", D(2021, 11, 18), 0, 8, 10, "own", "bound", "'trên 10' tin bài is a bound: held"),
    ]
    for key, thu, dd, hh, mm, qk, special, note in specs:
        off = O[key]
        when = at(thu, dd, hh, mm)
        prev = thu - timedelta(days=7)
        pwhen = at(prev, 0, 9 + (hh % 5), (mm + 17) % 60)
        per = None
        if key == "ha":
            per = period_phrase(thu, "tu_ngay_full")
        subj = "Re: " + SUBJECT[key]
        if qk == "own":
            qper = period_phrase(prev, "tu_ngay_full") if key == "ha" else None
            if special == "old_subject":
                subj = f"Re: Báo cáo tuyên truyền tuần 21 xã Tả Lèng"
                quote = prev_quote(key, prev, pwhen, "Báo cáo tuyên truyền tuần 21 xã Tả Lèng",
                                   per=period_phrase(prev, "tuan_n"))
                per = period_phrase(thu, "tuan_n")
            else:
                quote = prev_quote(key, prev, pwhen, per=qper)
        elif qk == "ack":
            quote = office_ack_quote(key, prev, pwhen, pwhen + timedelta(hours=2))
            subj = "Re: Re: " + SUBJECT[key]
        else:  # reminder
            rw = at(thu, -1, 8, 5)
            quote = Quoted("reply", rw, "Nguyễn Quang Sáng", OFFICE,
                           "Đôn đốc báo cáo kết quả tuyên truyền tuần", reminder_text(thu))
            subj = "Re: Đôn đốc báo cáo kết quả tuyên truyền tuần"
        f = weekly(off.unit, thu) if off.unit else {"items": 6, "minutes": 30, "broadcasts": 14, "listeners": 1500}
        if special == "per_session":
            r = RR(WP, off.unit, when, thu, "needs_review")
            body = (f"BC tuần xã Sơn Bình:\nSố tin bài: {r.w('items', f['items'])}\n"
                    "Thời lượng: 15 phút/buổi\n"
                    f"Số lần phát: {r.w('broadcasts', f['broadcasts'])}\nNgười nghe: {r.w('listeners', f['listeners'])}\n"
                    + off.sig)
            add(fam, "ordinary", note, off, when, subj, body, [r], quote=quote,
                hold="duration per session, total not computed")
            continue
        if special == "unknown":
            r = RR(WP, None, when, thu, "needs_review")
            body = (f"Em gui bao cao tuan a\nSo tin bai: {r.w('items', 6)}\nDo dai: {r.w('minutes', 30)} phut\n"
                    f"Luot phat: {r.w('broadcasts', 14)}\nNguoi nghe: {r.w('listeners', 1500, '1.500')}\n" + off.sig)
            add(fam, "ordinary", note, off, when, subj, body, [r], quote=quote,
                hold="unit cannot be told", name_hint="unknown")
            continue
        if special == "bound":
            r = RR(WP, off.unit, when, thu, "needs_review")
            body = (f"Khun Ha bc tuan: tren 10 tin bai, {r.w('minutes', f['minutes'])} phut, "
                    f"{r.w('broadcasts', f['broadcasts'])} luot, {r.w('listeners', f['listeners'], str(f['listeners']))} nguoi nghe\n"
                    + off.sig)
            add(fam, "ordinary", note, off, when, subj, body, [r], quote=quote, hold="bound, not a figure")
            continue
        r = WR(WP, off.unit, thu, per) if per else RR(WP, off.unit, when, thu)
        f = pre_tweak(key, thu, f)
        body = post_tweak(key, thu, BODY[key](r, f, per), r)
        add(fam, "ordinary", note, off, when, subj, body, [r], quote=quote)


def sentence():
    fam = "sentence"
    specs = [
        ("chung", D(2021, 1, 7), 0, 10, 20, "den_ngay", None, "one sentence, figures with unit words, 'đến ngày 7/1'"),
        ("tien", D(2021, 2, 4), 0, 9, 40, None, None, "one sentence, Zimbra"),
        ("denh", D(2021, 3, 4), 0, 15, 20, None, None, "one sentence without diacritics, Gmail app"),
        ("son", D(2021, 3, 25), 0, 9, 30, None, None, "iPhone, half diacritics"),
        ("lu", D(2021, 4, 1), 0, 8, 5, None, None, "one line, no labels"),
        ("chung", D(2021, 4, 15), 0, 14, 40, "den_ngay", None, "one sentence, week named by its last day"),
        ("tien", D(2021, 5, 27), -1, 15, 10, None, None, "one sentence"),
        ("denh", D(2021, 6, 24), 0, 9, 55, None, None, "one sentence without diacritics"),
        ("chung", D(2021, 7, 22), 1, 10, 30, "den_ngay", None, "Friday, late, week named by its last day"),
        ("lu", D(2021, 9, 2), -1, 9, 0, None, None, "sent Wednesday before the 2/9 holiday"),
        ("tien", D(2021, 10, 28), 0, 10, 15, "tuan_n", None, "one sentence, 'Tuần 43', listeners 'hơn 2.000' (an estimate)"),
        ("chung", D(2021, 5, 13), 0, 9, 10, "den_ngay", "tin_bai_split", "'07 tin, 03 bài' not totalled: held"),
        ("son", D(2021, 8, 12), 0, 10, 5, None, "no_listeners", "no listener figure: held"),
        ("tien", D(2021, 5, 6), 0, 9, 25, None, "monthly", "a monthly report (tháng 4) sent to the weekly address: held, no week"),
    ]
    for key, thu, dd, hh, mm, pst, special, note in specs:
        off = O[key]
        when = at(thu, dd, hh, mm)
        f = weekly(off.unit, thu)
        per = period_phrase(thu, pst) if pst else None
        subj = SUBJECT[key]
        if special == "tin_bai_split":
            r = WR(WP, off.unit, thu, per, "needs_review")
            body = (f"Kính gửi phòng VHTT. Xã Nùng Nàng báo cáo kết quả tuyên truyền tuần {per}: "
                    f"07 tin, 03 bài; {r.w('minutes', f['minutes'])} phút; {r.w('broadcasts', f['broadcasts'])} lượt phát; "
                    f"ước {r.w('listeners', f['listeners'])} người nghe.\n" + off.sig)
            add(fam, "ordinary", note, off, when, subj, body, [r], hold="items not totalled")
            continue
        if special == "no_listeners":
            r = RR(WP, off.unit, when, thu, "needs_review")
            body = (f"Gửi phòng VH-TT báo cáo tuần của xã Giang Ma: tuần này xa phát {r.w('items', f['items'])} tin bai, "
                    f"độ dài {r.w('minutes', f['minutes'])} phut, phát sóng {r.w('broadcasts', f['broadcasts'])} lần, "
                    "phục vụ đông đảo bà con các bản.\n" + off.sig)
            add(fam, "ordinary", note, off, when, subj, body, [r], hold="required figure missing")
            continue
        if special == "monthly":
            r = NR(WP, off.unit)
            body = ("Kính gửi Phòng Văn hóa và Thông tin huyện,\n"
                    f"Trong tháng 4/2021 UBND xã Nà Tăm đã phát {r.w('items', 34)} tin, bài trên hệ thống "
                    f"truyền thanh xã với tổng thời lượng {r.w('minutes', 170)} phút, phát sóng {r.w('broadcasts', 56)} lượt, "
                    f"ước có khoảng {r.w('listeners', 2000, '2.000')} người nghe.\nTrân trọng.\n" + off.sig)
            add(fam, "ordinary", note, off, when, "Báo cáo kết quả tuyên truyền tháng 4", body, [r],
                hold="a month, not a reporting week")
            continue
        r = WR(WP, off.unit, thu, per) if per else RR(WP, off.unit, when, thu)
        f = pre_tweak(key, thu, f)
        body = post_tweak(key, thu, BODY[key](r, f, per), r)
        add(fam, "ordinary", note, off, when, subj, body, [r])


def forward():
    fam = "forward"
    # 1. Thị trấn officer forwards a colleague's report from her personal Gmail
    thu = D(2021, 4, 8)
    off = O["ha"]
    when = at(thu, 0, 10, 25)
    inner_when = at(thu, 0, 7, 48)
    f = weekly("tt_tam_duong", thu)
    r = RR(WP, "tt_tam_duong", when, thu)
    inner = ("Chị Hà ơi em gửi số liệu tuần này, chị gửi phòng giúp em nhé:\n"
             f"Số tin, bài: {r.w('items', f['items'])}\nĐộ dài: {r.w('minutes', f['minutes'])} phút\n"
             f"Số lần phát sóng: {r.w('broadcasts', f['broadcasts'])} lần\n"
             f"Ước số người nghe: {r.w('listeners', f['listeners'])} người\n\nTrang")
    q = Quoted("forward", inner_when, "Lê Thu Trang", "trangle.tt94@gmail.com", "so lieu tuan",
               inner, to=off.email)
    body = ("Kính gửi: Phòng Văn hóa và Thông tin huyện.\n\nEm chuyển báo cáo tuần của thị trấn "
            "Tam Đường do bạn Trang (cán bộ đài truyền thanh thị trấn) tổng hợp ạ.\n\nTrân trọng!\n\n" + off.sig)
    add(fam, "ordinary", "Zimbra forward of a colleague's figures, same unit", off, when,
        "Fwd: so lieu tuan", body, [r], quote=q)

    # 2. Bản Giang: forwarded by Outlook, the Chủ tịch's figures
    thu = D(2021, 9, 30)
    off = O["hung"]
    when = at(thu, 0, 14, 30)
    f = weekly("ban_giang", thu)
    r = RR(WP, "ban_giang", when, thu)
    inner = ("Hùng tổng hợp gửi phòng VH luôn nhé.\n"
             f"- Số tin, bài: {r.w('items', f['items'])}\n- Độ dài: {r.w('minutes', f['minutes'])} phút\n"
             f"- Số lần phát sóng: {r.w('broadcasts', f['broadcasts'])}\n"
             f"- Ước số người nghe: {r.w('listeners', f['listeners'])} người")
    q = Quoted("forward", at(thu, 0, 8, 2), "Sân Văn Thành", "thanhsv.bangiang@gmail.com",
               "số liệu tuyên truyền tuần", inner, to=off.email)
    body = "Kính gửi phòng VH&TT,\nXã Bản Giang gửi báo cáo tuần như dưới ạ.\nTrân trọng!\n\n" + off.sig
    add(fam, "ordinary", "Outlook FW of the vice-chairman's figures", off, when,
        "FW: số liệu tuyên truyền tuần", body, [r], quote=q)

    # 3. the station forwards a reporter's figures
    thu = D(2021, 10, 14)
    off = O["phuong"]
    when = at(thu, 0, 9, 5)
    f = weekly("dai_th_th", thu)
    r = RR(WP, "dai_th_th", when, thu)
    inner = ("Chị Phương ơi số liệu tuần này của Đài:\n"
             f"Tổng số tin, bài: {r.w('items', f['items'])}\n"
             f"Tổng thời lượng phát sóng: {r.w('minutes', f['minutes'])} phút\n"
             f"Số lần phát sóng: {r.w('broadcasts', f['broadcasts'])} lần\n"
             f"Ước số người nghe, xem: {r.w('listeners', f['listeners'])} người\nEm Quân")
    q = Quoted("forward", at(thu, -1, 17, 20), "Lò Minh Quân", "quanlm.tttth@gmail.com",
               "so lieu tuan", inner, to=off.email)
    body = ("Kính gửi Phòng Văn hóa và Thông tin,\nĐài TT-TH huyện gửi số liệu tuyên truyền tuần "
            "(kỹ thuật viên tổng hợp) ạ.\nTrân trọng./.\n\n" + off.sig)
    add(fam, "ordinary", "station forwards a technician's figures (Zimbra forward block)", off,
        when, "Fwd: so lieu tuan", body, [r], quote=q)

    # 4. Bản Giang forwards Nùng Nàng's report: a known sender naming another unit -> held
    thu = D(2021, 3, 18)
    off = O["thanh"]
    when = at(thu, 0, 15, 20)
    f = weekly("nung_nang", thu)
    r = RR(WP, "nung_nang", when, thu, "needs_review")
    inner = ("Kính gửi phòng VHTT. Xã Nùng Nàng báo cáo kết quả tuyên truyền tuần: "
             f"{r.w('items', f['items'], z2(f['items']))} tin, bài; {r.w('minutes', f['minutes'])} phút; "
             f"{r.w('broadcasts', f['broadcasts'])} lượt phát; ước {r.w('listeners', f['listeners'])} người nghe.\nTao Văn Chung")
    q = Quoted("forward", at(thu, 0, 14, 55), "Tao Văn Chung", "chungtv.nn@gmail.com",
               "Bao cao tuyen truyen", inner, to=off.email)
    body = ("Kính gửi phòng VH&TT,\nHòm thư của xã Nùng Nàng đang bị lỗi không gửi được, "
            "đồng chí Chung nhờ Bản Giang chuyển giúp báo cáo tuần của xã Nùng Nàng ạ.\n\n" + off.sig)
    add(fam, "ordinary", "Bản Giang's mailbox forwards Nùng Nàng's report: sender and reporter differ, held",
        off, when, "FW: Bao cao tuyen truyen", body, [r], quote=q,
        hold="known sender names another unit as reporter")

    # 5. a personal Gmail forwards the official Nà Tăm report, on Monday; week written
    thu = D(2021, 11, 11)
    off = O["xuan"]
    when = at(thu, 4, 8, 15)
    f = weekly("na_tam", thu)
    per = period_phrase(thu, "tu_ngay_full")
    r = WR(WP, "na_tam", thu, per)
    inner = ("Kính gửi Phòng Văn hóa và Thông tin huyện,\n"
             f"Tuần {per} UBND xã Nà Tăm đã phát {r.w('items', f['items'], z2(f['items']))} tin, bài trên hệ thống "
             f"truyền thanh xã với tổng thời lượng {r.w('minutes', f['minutes'])} phút, phát sóng "
             f"{r.w('broadcasts', f['broadcasts'])} lượt, ước có khoảng {r.w('listeners', f['listeners'])} người nghe.\n"
             "Trân trọng.\n" + O["tien"].sig)
    q = Quoted("forward", at(thu, 0, 10, 40), "UBND xã Nà Tăm", "natam.tamduong@laichau.gov.vn",
               "Báo cáo kết quả tuyên truyền tuần", inner, to="sangnq.tamduong@laichau.gov.vm")
    body = ("Dạ anh ơi, tuần trước anh Tiến gửi nhầm địa chỉ (.vm) nên bị trả về, em chuyển lại báo "
            "cáo của xã Nà Tăm ạ. Em cảm ơn anh.\n\n" + off.sig)
    add(fam, "ordinary", "Monday forward of last week's report that bounced; week written in it",
        off, when, "Fwd: Báo cáo kết quả tuyên truyền tuần", body, [r], quote=q)


def correction():
    fam = "correction"
    # 1. Tả Lèng corrects last week with all figures restated, week written
    thu = D(2021, 5, 27)
    off = O["huong"]
    when = at(thu, 1, 10, 5)
    f = weekly("ta_leng", thu, "fix")
    per = period_phrase(thu, "tu_den")
    r = WR(WP, "ta_leng", thu, per)
    body = (f"Dạ em xin sửa lại số liệu tuần {per} của xã Tả Lèng ạ, hôm qua em gửi nhầm số của tuần trước:\n"
            f"1. Số tin,bài : {r.w('items', f['items'])}\n2. Độ dài : {r.w('minutes', f['minutes'])} phút\n"
            f"3. Số lượt phát sóng : {r.w('broadcasts', f['broadcasts'])} lượt\n"
            f"4. Ước số người nghe : {r.w('listeners', f['listeners'])} người\n\nEm xin lỗi và cảm ơn ạ!\n" + off.sig)
    add(fam, "ordinary", "correction with every figure restated and the week written", off, when,
        "Sửa lại báo cáo tuần xã Tả Lèng", body, [r])

    # 2. Bản Bo corrects only the listeners of tuần 29, replying to its own mail (quoted)
    thu = D(2021, 7, 22)
    off = O["thanh2"]
    when = at(thu, 5, 8, 40)
    pwhen = at(thu, 0, 15, 10)   # the mail of lines/ (same week), quoted
    f = weekly("ban_bo", thu)
    r = WR(WP, "ban_bo", thu, "tuần 29")
    own = Dummy()
    qtext = b_own = BODY["thanh2"](own, f, None)
    for k in ("items", "minutes", "broadcasts"):
        r.w(k, f[k], own.evidence[k])
    newL = f["listeners"] - 1000
    r.w("listeners", newL)
    body = (f"Em chào chị, em xin sửa lại số người nghe tuần 29 của xã Bản Bo là {vn(newL)} người ạ "
            f"(em gõ nhầm thành {vn(f['listeners'])}), các số khác giữ nguyên như thư dưới ạ.\n"
            "Em cảm ơn chị!\n" + off.sig)
    q = Quoted("reply", pwhen, off.display, off.email, SUBJECT["thanh2"], qtext)
    add(fam, "ordinary", "correction of one figure; the other figures are in the quoted mail",
        off, when, "Re: " + SUBJECT["thanh2"], body, [r], quote=q)

    # 3 (files family builds the xlsx correction); 4. Hồ Thầu corrects one figure, nothing else
    thu = D(2021, 10, 7)
    off = O["nga"]
    when = at(thu, 4, 9, 0)
    r = WR(WP, "ho_thau", thu, "tuan 40", "needs_review")
    body = (f"Kinh gui phong VH-TT\nEm xin sua lai so nguoi nghe tuan truoc (tuan 40) cua xa Ho Thau la "
            f"{r.w('listeners', 1650, '1.650')} nguoi a, em danh nham.\nTran trong!\n" + off.sig)
    add(fam, "ordinary", "a single corrected figure without the rest: held", off, when,
        "sua so lieu tuan 40", body, [r], hold="other required figures missing")

    # 5. Thị trấn resends the same week, corrected
    thu = D(2021, 2, 4)
    off = O["ha"]
    when = at(thu, 0, 15, 30)
    f = weekly("tt_tam_duong", thu, "resend")
    per = period_phrase(thu, "tu_ngay_full")
    r = WR(WP, "tt_tam_duong", thu, per)
    body = ("Em gửi lại báo cáo tuần này, bản gửi lúc sáng em gõ nhầm độ dài ạ.\n\n" + b_ha_text(r, f, per))
    add(fam, "ordinary", "same-week resend with corrected figures", off, when,
        "Gửi lại: " + SUBJECT["ha"], body, [r])


def b_ha_text(r, f, per):
    return BODY["ha"](r, f, per)
