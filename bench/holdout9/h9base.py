"""Case registry and the officers' writing habits (body texts) for make_holdout9.py."""

from collections import defaultdict
from datetime import date, datetime, timedelta

from h9lib import (FORM_FIELDS, OFFICE, VN, Case, Rep, rng_for, rule_period, vn, week_no)
from h9mail import Quoted, build
from h9people import (O, SHORT, UNIT_NAME, fri, period_phrase, social, weekly)

CASES = []
_count = defaultdict(int)


def at(thu, dd, hh, mm):
    """A send time relative to the Thursday of the week (dd days later, VN time)."""
    d = thu + timedelta(days=dd)
    s = rng_for("sec", thu, dd, hh, mm).randint(0, 59)
    return datetime(d.year, d.month, d.day, hh, mm, s, tzinfo=VN)


def WR(form, unit, thu, phrase, status="accepted"):
    """A report whose week is written in the message (phrase as written)."""
    return Rep(form, unit, thu, "written", phrase, status)


def RR(form, unit, when, thu, status="accepted"):
    """A report whose week is not written: the deadline rule applied to the Date header
    must give `thu` (checked)."""
    assert rule_period(when) == thu, (unit, when, thu, rule_period(when))
    return Rep(form, unit, thu, "rule", None, status)


def NR(form, unit, status="needs_review"):
    """A held report whose week a clerk could not tell."""
    return Rep(form, unit, None, None, None, status)


def Dummy(form="weekly_propaganda"):
    """Figures written in a quote: not part of the expectation."""
    return Rep(form, "x")


def add(family, difficulty, note, off, when, subject, body, reps, *, atts=(), srcs=(),
        quote=None, hold="", name_hint=None, **kw):
    _count[family] += 1
    unit = next((r.unit for r in reps if r.unit), None) or (off.unit if off and off.unit else "x")
    name = f"{_count[family]:02d}_{name_hint or unit}_{when.astimezone(VN):%m%d}"
    key = f"{family}/{name}"
    eml, mid = build(off, when, subject, body, case_key=key, quote=quote,
                     atts=[a[:3] if len(a) > 2 else a for a in atts], **kw)
    c = Case(family, name, difficulty, note, eml, reps, list(srcs),
             {a[0]: a[1] for a in atts}, off.email, when, hold)
    CASES.append(c)
    return c


def add_raw(family, difficulty, note, when, eml, reps=(), srcs=(), sender="", name_hint="x",
            files=None):
    _count[family] += 1
    name = f"{_count[family]:02d}_{name_hint}_{when.astimezone(VN):%m%d}"
    c = Case(family, name, difficulty, note, eml, list(reps), list(srcs), files or {}, sender, when)
    CASES.append(c)
    return c


# Figures some officers write in words or with a qualifier a clerk reads without guessing:
# (officer, thursday) -> (field, value, as the default body writes it, as written, evidence)
TWEAKS = {
    ("hoa", date(2021, 4, 1)): ("minutes", 70, "70 phút", "1 giờ 10 phút", "1 giờ 10 phút"),
    ("denh", date(2021, 4, 15)): ("listeners", 1500, "khoang 1500 nguoi", "khoang 1,5 nghin nguoi", "1,5 nghin"),
    ("thang", date(2021, 6, 17)): ("minutes", 75, "Thời lượng: 75 phút", "Thời lượng: 1h15", "1h15"),
    ("hung", date(2021, 11, 11)): ("listeners", 3000, "khoảng 3.000 người", "khoảng 3 nghìn người", "3 nghìn"),
    ("tien", date(2021, 10, 28)): ("listeners", 2000, "ước có khoảng 2.000", "ước có hơn 2.000", "2.000"),
    ("thanh2", date(2021, 12, 2)): ("minutes", 90, "Độ dài tin, bài: 90 phút", "Độ dài tin, bài: 1 tiếng rưỡi", "1 tiếng rưỡi"),
    ("son", date(2021, 10, 21)): ("listeners", 1500, "ước 1.500 người", "ước gần 1.500 người", "1.500"),
    ("phuong", date(2021, 12, 16)): ("minutes", 315, "địa phương: 315 phút", "địa phương: 5 giờ 15 phút", "5 giờ 15 phút"),
}


def pre_tweak(key, thu, f):
    t = TWEAKS.get((key, thu))
    if t:
        f = dict(f)
        f[t[0]] = t[1]
    return f


def post_tweak(key, thu, body, r):
    t = TWEAKS.get((key, thu))
    if not t:
        return body
    field, value, old, new, ev = t
    assert old in body, (key, thu, old)
    assert r.values[field] == value
    r.evidence[field] = ev
    return body.replace(old, new, 1)


def z2(n):
    return f"{n:02d}"


def tw(per, word="tuần"):
    """'tuần' + the week as written: 'tuần từ 04/6 đến 10/6', 'tuần 23', or just 'tuần'."""
    if not per:
        return word
    if per.lower().startswith(("tuần", "tuan")):
        return per
    return f"{word} {per}"


# ---------------------------------------------------------------------------------------
# officers' habits: weekly report bodies. r.w() writes and records a figure.


def b_ha(r, f, per, v=0):
    I = r.w("items", f["items"], z2(f["items"]))
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"], z2(f["broadcasts"]))
    L = r.w("listeners", f["listeners"])
    head = "Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường." if v != 1 else \
        "Kính gửi: Phòng Văn hóa và Thông tin huyện."
    return (f"{head}\n\nUBND thị trấn Tam Đường báo cáo kết quả công tác tuyên truyền tuần "
            f"{per} như sau:\n- Số tin, bài: {I} tin, bài\n- Độ dài tin, bài: {M} phút\n"
            f"- Số lần phát sóng: {B} lần\n- Ước số người nghe: {L} người\n\nTrân trọng!\n\n"
            + O["ha"].sig)


def b_huong(r, f, per=None, v=0):
    I = r.w("items", f["items"])
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"])
    if v == 1:
        return (f"Dạ em gửi báo cáo {tw(per)} xã Tả Lèng ạ\n1. Số tin,bài : {I}\n"
                f"2. Độ dài tin bài: {M} phút\n3. Số lượt phát sóng :{B} lượt\n"
                f"4. Ước số người nghe : {L} người\n\nEm cảm ơn ạ!\n" + O["huong"].sig)
    return (f"Dạ em gửi báo cáo {tw(per)} xã Tả Lèng ạ\n1. Số tin,bài : {I}\n2. Độ dài : {M} phút\n"
            f"3. Số lượt phát sóng : {B} lượt\n4. Ước số người nghe : {L} người\n\n"
            "Em cảm ơn ạ!\n" + O["huong"].sig)


def b_nga(r, f, per=None, v=0):
    I = r.w("items", f["items"])
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"])
    return (f"Kinh gui: Phong Van hoa va Thong tin huyen\nXa Ho Thau bao cao ket qua tuyen truyen {tw(per, 'tuan')}:\n"
            f"- So tin bai: {I}\n- Do dai: {M} phut\n- So luot phat song: {B}\n"
            f"- Uoc so nguoi nghe: {L} nguoi\nTran trong!\n" + O["nga"].sig)


def dur(m, style):
    """How an officer writes a duration."""
    if style == "gio" and m >= 60:
        h, mm = divmod(m, 60)
        return f"{h} giờ {mm} phút" if mm else f"{h} giờ"
    return str(m)


def b_hoa(r, f, per=None, v=0):
    I = r.w("items", f["items"], z2(f["items"]))
    if f["minutes"] >= 60 and f["minutes"] % 60 and v == 1:
        M = r.w("minutes", f["minutes"], dur(f["minutes"], "gio"))
        Ms = M
    else:
        M = r.w("minutes", f["minutes"])
        Ms = f"{M} phút"
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"])
    return ("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường\n\n"
            f"UBND xã Bình Lư báo cáo kết quả công tác tuyên truyền {tw(per)} như sau:\n"
            f"+ Số lượng tin, bài: {I} tin, bài\n+ Độ dài tin, bài: {Ms}\n"
            f"+ Số lượng phát sóng: {B} lượt\n+ Ước số lượng người nghe: {L} người\n"
            "Trân trọng./.\n\n" + O["hoa"].sig)


def b_thang(r, f, per=None, v=0):
    I = r.w("items", f["items"])
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"])
    return (f"BC {tw(per)} xã Sơn Bình:\nSố tin bài: {I}\nThời lượng: {M} phút\nSố lần phát: {B}\n"
            f"Người nghe: {L}\n" + O["thang"].sig)


def b_hung(r, f, per=None, v=0):
    I = r.w("items", f["items"], z2(f["items"]))
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"])
    return ("Kính gửi: Phòng VH&TT huyện Tam Đường\n\n"
            f"Xã Bản Giang báo cáo kết quả tuyên truyền {tw(per)} như sau:\n"
            f"- Tổng số tin, bài: {I} tin, bài\n- Tổng thơi lượng: {M} phút\n"
            f"- Số lần phát sóng: {B} lần\n- Số người nghe: khoảng {L} người\n\nTrân trọng!\n\n"
            + O["hung"].sig)


def b_phin(r, f, per=None, v=0):
    I = r.w("items", f["items"])
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"], str(f["listeners"]))
    return (f"Xa Ban Hon bao cao {tw(per, 'tuan')}:\nso tin bai: {I}\ndo dai: {M} phut\nso lan phat: {B} lan\n"
            f"so nguoi nghe: {L} nguoi\n" + O["phin"].sig)


def b_thanh2(r, f, per=None, v=0):
    I = r.w("items", f["items"])
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"])
    return (f"Em chào chị! Em gửi báo cáo {tw(per)} của xã Bản Bo ạ.\n"
            "* Kết quả tuyên truyền trên hệ thống truyền thanh:\n"
            f"- Số tin, bài: {I}\n- Độ dài tin, bài: {M} phút\n- Số lần phát sóng: {B} lần\n"
            f"- Ước số người nghe: {L} người\nEm cảm ơn chị ạ!\n" + O["thanh2"].sig)


def b_denh(r, f, per=None, v=0):
    I = r.w("items", f["items"])
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"], str(f["listeners"]))
    wk = tw(per, "tuan") if per else "tuan nay"
    return (f"Da em chao anh. Xa Then Sin bao cao {wk} phat {I} tin bai, do dai {M} phut, "
            f"phat song {B} luot, khoang {L} nguoi nghe a.\nEm cam on anh\n" + O["denh"].sig)


def b_son(r, f, per=None, v=0):
    I = r.w("items", f["items"])
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"])
    return (f"Gửi phòng VH-TT báo cáo {tw(per)} của xã Giang Ma: tuần này xa phát {I} tin bai, "
            f"độ dài {M} phut, phát sóng {B} lần, ước {L} người nghe.\n" + O["son"].sig)


def b_chung(r, f, per, v=0):
    I = r.w("items", f["items"], z2(f["items"]))
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"])
    return (f"Kính gửi phòng VHTT. Xã Nùng Nàng báo cáo kết quả tuyên truyền tuần {per}: "
            f"{I} tin, bài; {M} phút; {B} lượt phát; ước {L} người nghe.\n" + O["chung"].sig)


def b_tien(r, f, per=None, v=0):
    I = r.w("items", f["items"], z2(f["items"]))
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"])
    lead = tw(per).capitalize() if per else "Tuần qua"
    return ("Kính gửi Phòng Văn hóa và Thông tin huyện,\n"
            f"{lead} UBND xã Nà Tăm đã phát {I} tin, bài trên hệ thống truyền thanh xã với tổng "
            f"thời lượng {M} phút, phát sóng {B} lượt, ước có khoảng {L} người nghe.\n"
            "Trân trọng.\n" + O["tien"].sig)


def b_lu(r, f, per=None, v=0):
    I = r.w("items", f["items"])
    M = r.w("minutes", f["minutes"])
    B = r.w("broadcasts", f["broadcasts"])
    L = r.w("listeners", f["listeners"], str(f["listeners"]))
    return (f"Khun Ha bc tuan: {I} tin bai, {M} phut, {B} luot, {L} nguoi nghe\n" + O["lu"].sig)


BODY = {"ha": b_ha, "huong": b_huong, "nga": b_nga, "hoa": b_hoa, "thang": b_thang,
        "hung": b_hung, "phin": b_phin, "thanh2": b_thanh2, "denh": b_denh, "son": b_son,
        "chung": b_chung, "tien": b_tien, "lu": b_lu}

SUBJECT = {
    "ha": "Báo cáo kết quả tuyên truyền tuần - TT Tam Đường",
    "duc": "V/v báo cáo kết quả công tác tuyên truyền tuần",
    "denh": "bao cao tuan Then Sin",
    "mai": "Báo cáo tuần xã Thèn Sin",
    "huong": "Báo cáo tuyên truyền tuần xã Tả Lèng",
    "tung": "BC tuyên truyền tuần - UBND xã Tả Lèng",
    "son": "Bao cao tuan xa Giang Ma",
    "lan": "Giang Ma gui bao cao tuan",
    "quy": "Báo cáo kết quả tuyên truyền tuần",
    "nga": "bao cao tuyen truyen tuan xa Ho Thau",
    "hoa": "Báo cáo kết quả tuyên truyền tuần xã Bình Lư",
    "hai": "BC tuan Binh Lu",
    "thang": "BC tuần",
    "thao": "Sơn Bình báo cáo tuần",
    "chung": "Bao cao tuyen truyen",
    "sua": "Báo cáo tuần",
    "thanh": "Bản Giang: Báo cáo kết quả tuyên truyền tuần",
    "hung": "Báo cáo tuần xã Bản Giang",
    "phin": "bc tuan Ban Hon",
    "huyen": "Báo cáo kết quả công tác tuyên truyền tuần",
    "thanh2": "Bản Bo gửi báo cáo tuần",
    "luc": "Báo cáo tuần",
    "tien": "Báo cáo kết quả tuyên truyền tuần",
    "xuan": "BC tuan Na Tam",
    "lu": "Khun Ha bc tuan",
    "ngoc": "Báo cáo tuyên truyền tuần UBND xã Khun Há",
    "binh": "Báo cáo kết quả tuyên truyền tuần của Đài TT-TH huyện",
    "phuong": "Đài TT-TH báo cáo tuần",
    "dung": "bao cao tuan",
}


def prev_quote(offkey, thu_prev, when_prev, subject=None, per=None, v=0, salt=""):
    """The officer's own mail of an earlier week, as it sits quoted under a reply."""
    off = O[offkey]
    f = weekly(off.unit, thu_prev, salt)
    text = BODY[offkey](Dummy(), f, per, v)
    return Quoted("reply", when_prev, off.display, off.email, subject or SUBJECT[offkey], text)


def office_ack_quote(offkey, thu_prev, when_prev, ack_when, subject=None, per=None):
    """The office's short acknowledgment with the unit's earlier mail quoted in it."""
    off = O[offkey]
    f = weekly(off.unit, thu_prev)
    own = BODY[offkey](Dummy(), f, per)
    inner = "\n".join("> " + ln if ln else ">" for ln in own.split("\n"))
    text = ("Phòng đã nhận được báo cáo. Cảm ơn xã.\n\nSáng - Phòng VH&TT\n\n"
            f"----- Thư gốc -----\nTừ: \"{off.display}\" <{off.email}>\nTới: \"sangnq\" <{OFFICE}>\n"
            f"Đã gửi: {when_prev.astimezone(VN):%d/%m/%Y %H:%M:%S}\nChủ đề: {subject or SUBJECT[offkey]}\n\n"
            f"{own}")
    return Quoted("reply", ack_when, "Nguyễn Quang Sáng", OFFICE,
                  "Re: " + (subject or SUBJECT[offkey]), text, to=off.email)


def reminder_text(thu, social_too=False):
    extra = ("; kết quả tuyên truyền trên mạng xã hội, số người cài đặt ứng dụng Bluezone"
             if social_too else "")
    return ("Kính gửi: UBND các xã, thị trấn; Đài Truyền thanh - Truyền hình huyện.\n\n"
            "Phòng Văn hóa và Thông tin huyện đề nghị các đơn vị báo cáo kết quả công tác tuyên "
            "truyền tuần (số lượng tin, bài; độ dài tin, bài; số lượng phát sóng; ước số lượng "
            f"người nghe{extra}) về Phòng qua địa chỉ email: sangnq.tamduong@laichau.gov.vn trước "
            f"16h00' ngày thứ Năm, {thu.day:02d}/{thu.month:02d}/{thu.year}.\n\n"
            "Trân trọng!\n\n" + O["office"].sig)
