"""The Case object used by the case modules of make_holdout10.py."""
import datetime as dt
import email
import email.policy
import re
import unicodedata

from h10docs import image_pdf
from h10lib import (OFFICE_BOX, VN, addr, attachment, build_message, deadline_period, fold, html_to_text,
                    text_to_html, unit_emails, UNIT_BY_ID)

FORMS = {
    "weekly_propaganda": {"items": (0, 500), "minutes": (0, 10080), "broadcasts": (0, 2000),
                          "listeners": (0, 1000000)},
    "social_media": {"groups": (0, 1000), "group_members": (0, 1000000), "posts": (0, 5000),
                     "bluezone_installs": (0, 1000000), "fake_news": (0, 1000)},
}
ORDER = {"weekly_propaganda": ["items", "minutes", "broadcasts", "listeners"],
         "social_media": ["groups", "group_members", "posts", "bluezone_installs", "fake_news"]}

CASES = []


def case(family, difficulty, note):
    def deco(fn):
        CASES.append((family, fn.__name__, difficulty, note, fn))
        return fn
    return deco


def num(w):
    s = w.strip()
    if s.lower() in ("không", "0"):
        return 0
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return int(s.replace(".", ""))
    if re.fullmatch(r"\d+", s):
        return int(s)
    raise ValueError(f"give the value of {w!r} explicitly")


CLIENTS = {
    "zimbra": dict(style="zimbra", headers=[("X-Mailer", "Zimbra 8.8.15_GA_4545 (ZimbraWebClient - GC138 (Win)/8.8.15_GA_4545)"),
                                             ("Thread-Topic", None)], html=True),
    "zimbra_plain": dict(style="zimbra", headers=[("X-Mailer", "Zimbra 8.8.15_GA_4545 (ZimbraWebClient - FF128 (Win)/8.8.15_GA_4545)")],
                         html=False),
    "gmail": dict(style="gmail", headers=[], html=True),
    "gmail_plain": dict(style="gmail", headers=[], html=False),
    "outlook": dict(style="outlook", headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None),
                                              ("Content-Language", "vi")], html=True),
    "iphone": dict(style="apple", headers=[("X-Mailer", "iPhone Mail (21F90)")], html=False),
    "android": dict(style="gmail", headers=[], html=True),
    "yahoo": dict(style="other", headers=[("X-Mailer", "WebService/1.1.22645 YMailNorrin")], html=True),
    "applemail": dict(style="apple", headers=[("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")], html=False),
    "oe": dict(style="other", headers=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                                       ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")], html=False),
    "thunderbird": dict(style="other", headers=[("User-Agent", "Mozilla Thunderbird")], html=False),
}


class Case:
    def __init__(self, family, name, difficulty, note):
        self.family, self.name, self.difficulty, self.note = family, name, difficulty, note
        self.texts = []          # text of attachments (unicode source / drawn text)
        self.atts = []
        self.reports = []
        self.eml = None
        self.date = None

    # ---- attachments -------------------------------------------------------------
    def attach(self, data, filename, mime, texts=(), style="2231", inline=False, cid=None):
        self.texts.extend(texts)
        self.texts.append(filename)
        self.atts.append(attachment(data, filename, mime, style=style, inline=inline, cid=cid))

    def docx(self, built, filename, style="2231"):
        data, texts = built
        self.attach(data, filename, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    texts, style)

    def xlsx(self, built, filename, style="2231"):
        data, texts = built
        self.attach(data, filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    texts, style)

    def pdf(self, built, filename, style="2231"):
        data, texts = built
        self.attach(data, filename, "application/pdf", texts, style)

    def doc(self, data, texts, filename, style="2231"):
        self.attach(data, filename, "application/msword", texts, style)

    def xls(self, built, filename, style="2231"):
        data, texts = built
        self.attach(data, filename, "application/vnd.ms-excel", texts, style)

    def jpeg(self, data, filename, texts=(), style="2231", inline=False, cid=None):
        self.attach(data, filename, "image/jpeg", texts, style, inline, cid)

    def png(self, data, filename, texts=()):
        self.attach(data, filename, "image/png", texts)

    def scan_pdf(self, jpeg_and_size, filename, texts, creator="CamScanner"):
        data = image_pdf(jpeg_and_size[0], jpeg_and_size[1], creator=creator)
        self.attach(data, filename, "application/pdf", texts)

    # ---- the message ---------------------------------------------------------------
    def mail(self, *, frm, subject, date, body="", name=None, to=None, client="zimbra", cc=None,
             in_reply_to=None, references=None, html=None, charset="utf-8", cte=None, raw_body=None,
             extra_headers=(), subject_q=None, html_only=False, mid_domain=None, source_text=None,
             body_subtype="plain"):
        cl = CLIENTS[client]
        to = to if to is not None else OFFICE_BOX
        frm_h = addr(name, frm, q=(client in ("outlook", "zimbra", "zimbra_plain"))) if name else frm
        headers = []
        for k, v in cl["headers"]:
            if v is None:
                if k == "Thread-Topic":
                    continue
                if k == "Thread-Index":
                    import base64
                    import hashlib
                    v = base64.b64encode(hashlib.md5(self.name.encode()).digest()[:16] + b"\x01\x02").decode()
            headers.append((k, v))
        headers += list(extra_headers)
        want_html = cl["html"] if html is None else bool(html)
        if cte is None:
            cte = "base64" if client in ("outlook",) and charset == "utf-8" else "quoted-printable"
        hb = None
        if html_only:
            hb = html if isinstance(html, str) else text_to_html(body)
            body_txt = None
        elif want_html:
            hb = html if isinstance(html, str) else text_to_html(
                body, font="Calibri, sans-serif" if client == "outlook" else "arial, sans-serif")
            body_txt = body
        else:
            body_txt = body
        if hb is not None and charset.lower() != "utf-8":
            hb = hb.replace("charset=utf-8", "charset=" + charset)
        self.date = date
        self.eml = build_message(seed=self.family + "/" + self.name, frm=frm_h, to=to, subject=subject,
                                 date=date, body=body_txt, html_body=hb, atts=self.atts, cc=cc,
                                 style=cl["style"], charset=charset, cte=cte, headers=headers,
                                 in_reply_to=in_reply_to, references=references,
                                 subject_q=(client in ("outlook", "zimbra") if subject_q is None else subject_q),
                                 mid_domain=mid_domain or ("gmail.com" if frm.endswith("@gmail.com") else None),
                                 raw_body=raw_body, body_subtype=body_subtype, envelope=frm)
        if source_text:
            self.texts.append(source_text)
        return self.eml

    def set_raw(self, eml_bytes, date):
        self.eml = eml_bytes
        self.date = date

    # ---- expectations --------------------------------------------------------------
    def report(self, unit, form, values, period, status="accepted"):
        vals = {}
        for k, v in values.items():
            if isinstance(v, tuple):
                vals[k] = v
            else:
                vals[k] = (v, num(v))
        self.reports.append({"unit": unit, "form": form, "period": period, "values": vals, "status": status})

    def weekly(self, unit, items, minutes, broadcasts, listeners, period, status="accepted"):
        v = {}
        for k, x in (("items", items), ("minutes", minutes), ("broadcasts", broadcasts), ("listeners", listeners)):
            if x is not None:
                v[k] = x
        self.report(unit, "weekly_propaganda", v, period, status)

    def social(self, unit, groups, members, posts, bluezone, fake, period, status="accepted"):
        v = {}
        for k, x in (("groups", groups), ("group_members", members), ("posts", posts),
                     ("bluezone_installs", bluezone), ("fake_news", fake)):
            if x is not None:
                v[k] = x
        self.report(unit, "social_media", v, period, status)

    # ---- output and checks ---------------------------------------------------------
    def all_text(self):
        msg = email.message_from_bytes(self.eml, policy=email.policy.default)
        parts = [str(msg.get("Subject", ""))]
        for p in msg.walk():
            if p.get_content_maintype() == "text" and not p.get_filename():
                t = p.get_content()
                if p.get_content_subtype() == "html":
                    t = html_to_text(t)
                parts.append(t)
        parts += self.texts
        return fold("\n".join(parts))

    def expected(self):
        reps = []
        for r in self.reports:
            if r["period"] is None:
                pe = None
            elif r["period"] == "rule":
                pe = deadline_period(self.date).isoformat()
            else:
                pe = r["period"][2]
            order = ORDER[r["form"]] if r["form"] else list(r["values"])
            vals = {k: r["values"][k][1] for k in order if k in r["values"]}
            reps.append({"unit": r["unit"], "form": r["form"], "period_end": pe, "values": vals,
                         "status": r["status"]})
        return {"difficulty": self.difficulty, "note": self.note, "reports": reps}

    def check(self):
        errs = []
        assert self.eml, "no message"
        assert self.difficulty in ("ordinary", "hard")
        d = self.date
        assert d.tzinfo is not None
        lo, hi = dt.datetime(2025, 7, 1, tzinfo=VN), dt.datetime(2026, 11, 30, 23, 59, tzinfo=VN)
        if not (lo <= d <= hi):
            errs.append(f"date {d} outside July 2025 - November 2026")
        text = self.all_text()
        for r in self.reports:
            if r["unit"] is not None and r["unit"] not in UNIT_BY_ID:
                errs.append(f"unknown unit {r['unit']}")
            if r["form"] is not None and r["form"] not in FORMS:
                errs.append(f"unknown form {r['form']}")
            for k, (w, v) in r["values"].items():
                if r["form"] and k not in FORMS[r["form"]]:
                    errs.append(f"{k} not a field of {r['form']}")
                if fold(w) not in text:
                    errs.append(f"value {k}={w!r} not written in the message")
            p = r["period"]
            if isinstance(p, tuple):
                kind, written, iso = p
                pd = dt.date.fromisoformat(iso)
                if pd.weekday() != 3:
                    errs.append(f"period {iso} is not a Thursday")
                if fold(written) not in text:
                    errs.append(f"period {written!r} not written in the message")
                m = re.search(r"(?i)tuần\s*(?:thứ\s*)?(\d{1,2})\b(?![/.])", written)
                if m and int(m.group(1)) != pd.isocalendar()[1]:
                    errs.append(f"week number {m.group(1)} is not ISO week of {iso}")
                if abs((pd - d.astimezone(VN).date()).days) > 40:
                    errs.append(f"period {iso} far from the Date header")
            if r["status"] == "accepted":
                if r["unit"] is None or r["form"] is None or p is None:
                    errs.append("accepted report without unit, form or period")
                else:
                    for k, (lo_, hi_) in FORMS[r["form"]].items():
                        if k not in r["values"]:
                            errs.append(f"accepted report lacks {k}")
                        elif not (lo_ <= r["values"][k][1] <= hi_):
                            errs.append(f"{k} out of bounds")
            elif r["status"] != "needs_review":
                errs.append(f"bad status {r['status']}")
        if len(self.eml) > 3_000_000:
            errs.append("message too large")
        return errs
