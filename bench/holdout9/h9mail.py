"""Mail clients (how each one writes headers, bodies, quotes and forwards) and the
assembly of one .eml for make_holdout9.py."""

import hashlib
import re
from dataclasses import dataclass, field
from datetime import timedelta

from h9lib import (EN_DAYS, EN_MONS, OFFICE, THU_VI, TH_SHORT, UTC, VN, Part, addr,
                   attachment_part, enc_word, html_escape, rfc2822, rng_for, text_part)


@dataclass
class Officer:
    key: str
    unit: str            # unit id, or "" for non-unit senders
    name: str
    email: str
    display: str         # From display name
    client: str          # zimbra, outlook, outlook1258, iphone, samsung, gmail, gmail_android, yahoo
    ui: str = "vi"       # language of the client's quote/forward lines
    sig: str = ""        # the officer's own signature block (without client tag)


# ---------------------------------------------------------------------------------------
# quote / forward attribution lines per client


def attribution(client, ui, when, name, email):
    w = when.astimezone(VN)
    if client in ("gmail", "gmail_android"):
        if ui == "en":
            h = w.hour % 12 or 12
            ap = "AM" if w.hour < 12 else "PM"
            return (f"On {EN_DAYS[w.weekday()][:3]}, {EN_MONS[w.month-1][:3]} {w.day}, {w.year} "
                    f"at {h}:{w.minute:02d} {ap} {name} <{email}> wrote:")
        return (f"Vào {TH_SHORT[w.weekday()]}, {w.day} thg {w.month}, {w.year} vào lúc "
                f"{w:%H:%M} {name} <{email}> đã viết:")
    if client == "iphone":
        if ui == "en":
            return f"On {EN_MONS[w.month-1][:3]} {w.day}, {w.year}, at {w:%H:%M}, {name} <{email}> wrote:"
        return f"Vào {w:%H:%M}, ngày {w.day} thg {w.month}, {w.year}, {name} <{email}> đã viết:"
    if client == "yahoo":
        return (f"Vào {THU_VI[w.weekday()]}, {w.day} tháng {w.month}, {w.year}, {w:%H:%M:%S} "
                f"GMT+7, {name} <{email}> đã viết:")
    raise ValueError(client)


def header_block(client, ui, when, name, email, to, subject, kind="reply"):
    """Outlook / Zimbra / Samsung style: a block of From/Sent/To/Subject lines."""
    w = when.astimezone(VN)
    if client in ("outlook", "outlook1258"):
        if ui == "en":
            h = w.hour % 12 or 12
            ap = "AM" if w.hour < 12 else "PM"
            return ("-----Original Message-----\n" if kind == "reply" and False else "") + \
                (f"From: {name} [mailto:{email}] \nSent: {EN_DAYS[w.weekday()]}, "
                 f"{EN_MONS[w.month-1]} {w.day}, {w.year} {h}:{w.minute:02d} {ap}\n"
                 f"To: {to}\nSubject: {subject}")
        ap = "SA" if w.hour < 12 else "CH"
        h = w.hour % 12 or 12
        return (f"Từ: {name} [mailto:{email}] \nĐã gửi: {THU_VI[w.weekday()]}, "
                f"{w.day:02d} Tháng {w.month} {w.year} {h}:{w.minute:02d} {ap}\n"
                f"Đến: {to}\nChủ đề: {subject}")
    if client == "zimbra":
        head = "----- Thư gốc -----" if kind == "reply" else "----- Thư chuyển tiếp -----"
        if ui == "en":
            head = "----- Original Message -----" if kind == "reply" else "----- Forwarded Message -----"
            return (f"{head}\nFrom: \"{name}\" <{email}>\nTo: \"{to}\"\nSent: "
                    f"{EN_DAYS[w.weekday()]}, {EN_MONS[w.month-1]} {w.day}, {w.year} "
                    f"{w:%I:%M:%S %p}\nSubject: {subject}")
        return (f"{head}\nTừ: \"{name}\" <{email}>\nTới: \"{to}\"\nĐã gửi: "
                f"{THU_VI[w.weekday()]}, {w.day:02d} Tháng {w.month} {w.year} {w:%H:%M:%S}\n"
                f"Chủ đề: {subject}")
    if client == "samsung":
        head = "-------- Tin nhắn gốc --------" if kind == "reply" else "-------- Tin nhắn gốc --------"
        return (f"{head}\nTừ: {name} <{email}>\nNgày: {w:%d/%m/%Y} {w:%H:%M} (GMT+07:00)\n"
                f"Đến: {to}\nChủ đề: {subject}")
    if client in ("gmail", "gmail_android"):
        if ui == "en":
            h = w.hour % 12 or 12
            ap = "AM" if w.hour < 12 else "PM"
            return (f"---------- Forwarded message ---------\nFrom: {name} <{email}>\n"
                    f"Date: {EN_DAYS[w.weekday()][:3]}, {EN_MONS[w.month-1][:3]} {w.day}, {w.year} "
                    f"at {h}:{w.minute:02d} {ap}\nSubject: {subject}\nTo: <{to}>")
        return (f"---------- Forwarded message ---------\nTừ: {name} <{email}>\n"
                f"Date: {TH_SHORT[w.weekday()]}, {w.day} thg {w.month}, {w.year} vào lúc "
                f"{w:%H:%M}\nSubject: {subject}\nTo: <{to}>")
    if client == "iphone":
        return (f"Bắt đầu tin nhắn được chuyển tiếp:\n\nTừ: {name} <{email}>\n"
                f"Ngày: {w.day} tháng {w.month}, {w.year} lúc {w:%H:%M:%S} GMT+7\n"
                f"Đến: {to}\nChủ đề: {subject}")
    if client == "yahoo":
        return (f"----- Tin nhắn được chuyển tiếp -----\nTừ: {name} <{email}>\nĐến: {to}\n"
                f"Đã gửi: {THU_VI[w.weekday()]}, {w.day} tháng {w.month}, {w.year}, "
                f"{w:%H:%M:%S} GMT+7\nChủ đề: {subject}")
    raise ValueError(client)


@dataclass
class Quoted:
    kind: str            # "reply" or "forward"
    when: object
    name: str
    email: str
    subject: str
    text: str
    to: str = OFFICE
    atts_note: str = ""  # e.g. forwarded attachments listed by some clients


def render_quote(off, q):
    c, ui = off.client, off.ui
    if q.kind == "reply":
        if c in ("gmail", "gmail_android", "iphone", "yahoo"):
            head = attribution(c, ui, q.when, q.name, q.email)
            if c == "yahoo":
                body = "\n".join(" " + ln if ln else "" for ln in q.text.split("\n"))
                return f"\n\n\n    {head}  \n \n{body}\n"
            body = "\n".join("> " + ln if ln else ">" for ln in q.text.split("\n"))
            if c == "iphone":
                return f"\n\n> {head}\n> \n{body}\n"
            return f"\n\n{head}\n\n{body}\n"
        blk = header_block(c, ui, q.when, q.name, q.email, q.to, q.subject, "reply")
        if c in ("outlook", "outlook1258"):
            return f"\n\n{blk}\n\n{q.text}\n"
        return f"\n\n{blk}\n\n{q.text}\n"
    blk = header_block(c if c != "gmail_android" else "gmail", ui, q.when, q.name, q.email,
                       q.to, q.subject, "forward")
    return f"\n\n{blk}\n\n{q.text}\n"


CLIENT_TAG = {
    "iphone": {"vi": "Được gửi từ iPhone của tôi", "en": "Sent from my iPhone"},
    "samsung": {"vi": "Đã gửi từ điện thoại thông minh Samsung Galaxy của tôi.",
                "en": "Sent from my Samsung Galaxy smartphone."},
    "yahoo": {"vi": "Gửi từ Yahoo Mail trên Android", "en": "Sent from Yahoo Mail on Android"},
}


# ---------------------------------------------------------------------------------------
# html rendering of a plain body


def _html_lines(text):
    out = []
    for ln in text.split("\n"):
        out.append(f"<div>{html_escape(ln)}</div>" if ln.strip() else "<div><br></div>")
    return "".join(out)


def to_html(off, body, quote_txt, quote_obj, table_html=None):
    c = off.client
    main = _html_lines(body)
    if table_html:
        main = main.replace("<div>[[TABLE]]</div>", table_html)
    q = ""
    if quote_obj is not None:
        inner = _html_lines(quote_obj.text)
        if c in ("gmail", "gmail_android"):
            if quote_obj.kind == "reply":
                head = attribution(c, off.ui, quote_obj.when, quote_obj.name, quote_obj.email)
                q = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                     f'{html_escape(head)}<br></div><blockquote class="gmail_quote" '
                     f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                     f'padding-left:1ex">{inner}</blockquote></div>')
            else:
                blk = header_block("gmail", off.ui, quote_obj.when, quote_obj.name,
                                   quote_obj.email, quote_obj.to, quote_obj.subject, "forward")
                q = f'<br><div class="gmail_quote">{_html_lines(blk)}<br>{inner}</div>'
        elif c == "yahoo":
            head = attribution(c, off.ui, quote_obj.when, quote_obj.name, quote_obj.email) \
                if quote_obj.kind == "reply" else header_block(
                    c, off.ui, quote_obj.when, quote_obj.name, quote_obj.email, quote_obj.to,
                    quote_obj.subject, "forward")
            q = (f'<div id="yahoo_quoted_1" class="yahoo_quoted"><div style="font-family:'
                 f'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                 f'<div>{_html_lines(head)}</div><div><br></div><div><br></div>'
                 f'<blockquote>{inner}</blockquote></div></div>')
        else:
            q = f'<div><br></div><hr id="zwchr">{_html_lines(quote_txt.strip())}'
    if c == "zimbra":
        return ('<html><body><div style="font-family: times new roman, new york, times, '
                f'serif; font-size: 12pt; color: #000000">{main}{q}</div></body></html>')
    if c in ("outlook", "outlook1258"):
        cs = "windows-1258" if c == "outlook1258" else "utf-8"
        paras = "".join(f'<p class="MsoNormal">{html_escape(ln) if ln.strip() else "&nbsp;"}'
                        f'<o:p></o:p></p>' for ln in (body + (quote_txt or "")).split("\n"))
        if table_html:
            paras = paras.replace('<p class="MsoNormal">[[TABLE]]<o:p></o:p></p>', table_html)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-'
                'com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="'
                'http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/'
                f'REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset={cs}">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;font-family:'
                '"Calibri",sans-serif;}--></style></head><body lang=EN-US link="#0563C1" vlink='
                f'"#954F72"><div class=WordSection1>{paras}</div></body></html>')
    if c == "yahoo":
        return ('<html><head></head><body><div class="ydp3f1c2e8ayahoo-style-wrap" style='
                '"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                f'{main}</div>{q}</body></html>')
    if c == "samsung":
        return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">{main}{q}</body></html>'
    return f'<div dir="ltr">{main}</div>{q}'


# ---------------------------------------------------------------------------------------
# the message


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def message_id(client, rng, when, email):
    ms = int(when.timestamp() * 1000)
    dom = email.split("@")[1]
    if client in ("gmail", "gmail_android"):
        return f"<CA{_alnum(rng, 2)}{_alnum(rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-=')}@mail.gmail.com>"
    if client == "zimbra":
        return f"<{rng.randint(100000000, 2147483647)}.{rng.randint(100000, 9999999)}.{ms}.JavaMail.zimbra@{dom}>"
    if client in ("outlook", "outlook1258"):
        return f"<000{_hex(rng, 1)}01d7{_hex(rng, 4)}${_hex(rng, 8)}${_hex(rng, 8)}@{dom}>"
    if client == "iphone":
        u = _hex(rng, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    if client == "samsung":
        return f"<{_alnum(rng, 8)}.{ms}@email.android.com>"
    if client == "yahoo":
        return f"<{rng.randint(100000000, 2147483647)}.{rng.randint(1000000, 9999999)}.{ms}@mail.yahoo.com>"
    if client == "daemon":
        return f"<{ms}.{_hex(rng, 6).upper()}@mail.laichau.gov.vn>"
    return f"<{_hex(rng, 16)}.{ms}@{dom}>"


def boundary(client, rng, when):
    if client in ("gmail", "gmail_android"):
        return "0000000000" + _hex(rng, 18)
    if client == "zimbra":
        return f"=_{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"
    if client in ("outlook", "outlook1258"):
        return f"----=_NextPart_000_{_hex(rng, 4).upper()}_01D7{_hex(rng, 4).upper()}.{_hex(rng, 8).upper()}"
    if client == "iphone":
        return f"Apple-Mail-{_hex(rng, 8).upper()}-{_hex(rng, 4).upper()}-{_hex(rng, 4).upper()}-{_hex(rng, 4).upper()}-{_hex(rng, 12).upper()}"
    if client == "samsung":
        return f"--_com.samsung.android.email_{rng.randint(10**14, 10**15)}"
    if client == "yahoo":
        return f"----=_Part_{rng.randint(1000000, 9999999)}_{rng.randint(100000000, 999999999)}.{int(when.timestamp()*1000)}"
    return f"----=_Part_{_hex(rng, 16)}"


def received(client, rng, when, sender):
    dom = sender.split("@")[1]
    t = when + timedelta(seconds=rng.randint(1, 9))
    qid = _hex(rng, 10).upper()
    if dom == "laichau.gov.vn":
        return [("Received", f"from mail.laichau.gov.vn (LHLO mail.laichau.gov.vn) (10.68.1.15)\n"
                 f" by mail.laichau.gov.vn with LMTP; {rfc2822(t, suffix=' (ICT)')}")]
    if dom == "gmail.com":
        host = f"mail-{_alnum(rng, 4, 'abcdefghijklmnopqrstuvwxyz')}{rng.randint(1, 99)}.google.com"
        ip = f"209.85.{rng.randint(128, 223)}.{rng.randint(1, 254)}"
    elif "yahoo" in dom:
        host = f"sonic{rng.randint(300, 330)}-{rng.randint(10, 40)}.consmr.mail.sg3.yahoo.com"
        ip = f"106.10.{rng.randint(240, 250)}.{rng.randint(1, 254)}"
    else:
        host = f"mx.{dom}"
        ip = f"103.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}"
    return [("Received", f"from {host} ({host} [{ip}])\n by mail.laichau.gov.vn (Postfix) "
             f"with ESMTPS id {qid}\n for <{OFFICE}>; {rfc2822(t, suffix=' (ICT)')}")]


def build(off, when, subject, body, *, case_key, quote=None, atts=(), to=None, cc=None,
          in_reply_to=None, table_html=None, plain_table=None, extra_headers=None,
          client_tag=True, subject_charset=None, html_only=False, date_tz=None,
          body_override=None):
    """Returns the .eml bytes. `body` is the typed text (greeting .. signature); the client
    adds its own tag and the quote/forward block."""
    rng = rng_for("mail", case_key)
    c = off.client
    tag = ""
    if client_tag and c in CLIENT_TAG:
        tag = "\n\n" + CLIENT_TAG[c][off.ui]
    qtxt = render_quote(off, quote) if quote is not None else ""
    if c == "iphone" and quote is not None and quote.kind == "reply":
        plain = body.rstrip("\n") + tag + qtxt
    else:
        plain = body.rstrip("\n") + tag + qtxt
    if plain_table:
        plain = plain.replace("[[TABLE]]", plain_table)
    if body_override is not None:
        plain = body_override
    to = to or OFFICE
    headers = []
    headers += received(c, rng, when, off.email)
    if c == "yahoo":
        date_s = rfc2822(when, tz=UTC, suffix=" (UTC)")
    elif c == "zimbra":
        date_s = rfc2822(when, suffix=" (ICT)")
    else:
        date_s = rfc2822(when, tz=date_tz or VN)
    mid = message_id(c, rng, when, off.email)
    cs = "windows-1258" if c == "outlook1258" else "utf-8"
    subj = enc_word(subject, subject_charset or ("windows-1258" if c == "outlook1258" else "utf-8"),
                    "Q" if c in ("outlook", "outlook1258", "zimbra") else "B")
    from_h = addr(off.display, off.email, cs, "Q" if c in ("outlook", "outlook1258", "zimbra") else "B")
    if c in ("gmail", "gmail_android"):
        headers += [("MIME-Version", "1.0")]
        if in_reply_to:
            headers += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
        headers += [("From", from_h), ("Date", date_s), ("Message-ID", mid), ("Subject", subj),
                    ("To", to)]
    else:
        headers += [("Date", date_s), ("From", from_h), ("To", to)]
        if cc:
            headers += [("Cc", cc)]
        headers += [("Message-ID", mid)]
        if in_reply_to:
            headers += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
        headers += [("Subject", subj), ("MIME-Version", "1.0")]
        if c == "zimbra":
            headers += [("X-Mailer", "Zimbra 8.8.15_GA_4007 (ZimbraWebClient - GC91 (Win)/8.8.15_GA_3928)"),
                        ("Thread-Topic", subj), ("Thread-Index", _alnum(rng, 28) + "==")]
        elif c in ("outlook", "outlook1258"):
            headers += [("X-Mailer", "Microsoft Outlook 16.0"),
                        ("Thread-Index", "AQ" + _alnum(rng, 26) + "=="),
                        ("Content-Language", "vi")]
        elif c == "iphone":
            headers += [("X-Mailer", "iPhone Mail (18E212)")]
        elif c == "yahoo":
            headers += [("X-Mailer", "WebService/1.1.18291 YMailAndroid Mozilla/5.0 (Linux; Android 10)")]
    if c in ("gmail", "gmail_android") and cc:
        headers += [("Cc", cc)]
    if extra_headers:
        headers += extra_headers

    # body parts
    if c == "iphone":
        bodypart = text_part(plain, "plain", "utf-8", "quoted-printable")
    elif html_only:
        bodypart = text_part(to_html(off, body + tag, qtxt, quote, table_html), "html", cs,
                             "quoted-printable")
    else:
        plain_cte = "base64" if c == "samsung" else "quoted-printable"
        p1 = text_part(plain, "plain", cs, plain_cte)
        h = to_html(off, body + tag, qtxt, quote, table_html)
        p2 = text_part(h, "html", cs, plain_cte)
        bodypart = Part([("Content-Type", f'multipart/alternative; boundary="{boundary(c, rng, when)}"')],
                        [p1, p2], boundary="")
        bodypart.boundary = bodypart.headers[0][1].split('boundary="')[1][:-1]
    if atts:
        parts = [bodypart]
        for a in atts:
            extra = None
            if c in ("gmail", "gmail_android"):
                xid = "f_k" + _alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789")
                extra = [("X-Attachment-Id", xid), ("Content-ID", f"<{xid}>")]
            style = "rfc2231" if c in ("zimbra", "samsung", "iphone") else "rfc2047"
            parts.append(attachment_part(a[0], a[1], style=style, extra=extra,
                                         ctype=a[2] if len(a) > 2 else None))
        b = boundary(c, rng, when)
        top = Part([("Content-Type", f'multipart/mixed; boundary="{b}"')], parts, boundary=b)
    else:
        top = bodypart
    msg = Part(headers + top.headers, top.body, top.boundary)
    text = msg.render()
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii"), mid
