"""The case object: builds one message, records every text written into it (body,
subject, attachment cells and paragraphs, as written before any transfer or legacy
encoding) and the expected reports, and checks them."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

import h6lib as L

REGISTRY: list[tuple[str, str, str, object]] = []
DIFFICULTIES = {"ordinary", "hard"}


def case(family: str, name: str, difficulty: str = "ordinary"):
    def deco(fn):
        REGISTRY.append((family, name, difficulty, fn))
        return fn

    return deco


class V:
    """An expected figure and the way it is written in the message."""

    def __init__(self, n: int, written: str | None = None):
        self.n = n
        self.w = str(n) if written is None else written


class R:
    """A period nobody wrote: decided by the Date header. Asserted against the rule."""

    def __init__(self, iso: str):
        self.iso = iso


class W:
    """A period written in the message or attachment, in the form given."""

    def __init__(self, iso: str, written: str):
        self.iso = iso
        self.written = written


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(y, m, d, H, M, S=0, tz="+0700"):
    """An RFC 5322 date."""
    wd = WD[dt.date(y, m, d).weekday()]
    return f"{wd}, {d:02d} {MO[m - 1]} {y} {H:02d}:{M:02d}:{S:02d} {tz}"


class Case:
    def __init__(self, family, name, difficulty):
        assert difficulty in DIFFICULTIES, difficulty
        self.family, self.name, self.difficulty = family, name, difficulty
        self.note = ""
        self.texts: list[str] = []
        self.reports: list[dict] = []
        self._periods: list = []
        self.date: str | None = None
        self.eml: bytes | None = None
        self.nb = 0
        self.is_nonreport = False

    # ---- recording
    def add(self, *texts):
        for t in texts:
            if t:
                self.texts.append(t)

    def when(self) -> dt.datetime:
        """A fixed time for document properties: the message date, minus an hour."""
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(self.date).astimezone(dt.timezone.utc) - dt.timedelta(hours=1)

    def bnd(self, style="plain") -> str:
        self.nb += 1
        h = hashlib.sha1(f"holdout6/{self.family}/{self.name}/{self.nb}".encode()).hexdigest()
        if style == "gmail":
            return "000000000000" + h[:16]
        if style == "outlook":
            return f"_{self.nb:03d}_{h[:20].upper()}_"
        if style == "zimbra":
            return f"=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        if style == "thunderbird":
            return "------------" + h[:24].upper()
        return f"----=_Part_{self.nb}_{int(h[:8], 16)}.{int(h[8:16], 16)}"

    # ---- parts
    def text(self, s, **kw):
        self.add(s)
        return L.text_part(s, **kw)

    def html(self, s, **kw):
        self.add(L.html_to_text(s))
        return L.text_part(s, subtype="html", **kw)

    def att(self, data, ctype, filename, texts=(), **kw):
        self.add(filename, *texts)
        return L.attach_part(data, ctype, filename, **kw)

    def mail(self, frm, subject, date, body, to=None, cc=None, extra=(), subj_charset="utf-8",
             subj_enc="B", subj_nfd=False, subject_header=None, crlf=False, msgid=None,
             reply_to=None, in_reply_to=None):
        self.date = date
        if isinstance(frm, tuple):
            from_h = L.named(frm[0], frm[1])
            from_addr = frm[1]
        else:
            from_h, from_addr = frm, frm.split("<")[-1].strip(">")
        self.add(subject, from_h if isinstance(frm, str) else frm[0])
        if subject_header is None:
            if all(ord(c) < 128 for c in subject):
                subject_header = subject
            else:
                subject_header = L.ew(subject, subj_charset, subj_enc, subj_nfd)
        domain = from_addr.split("@")[-1]
        if msgid is None:
            h = hashlib.sha1(f"holdout6/{self.family}/{self.name}".encode()).hexdigest()
            msgid = f"<{h[:12]}.{self.name.replace('_', '-')}@{domain}>"
        headers = [("From", from_h)]
        headers.append(("To", to or L.named("Phòng VHTT Tam Đường", L.OFFICE)))
        if cc:
            headers.append(("Cc", cc))
        if reply_to:
            headers.append(("Reply-To", reply_to))
        headers += [("Subject", subject_header), ("Date", date), ("Message-ID", msgid)]
        if in_reply_to:
            headers += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
        headers += [(k, v if all(ord(ch) < 128 for ch in v) else L.ew(v)) for k, v in extra]
        self.eml = L.message(headers, body, crlf=crlf)

    # ---- expectations
    def nonreport(self, note):
        self.note = note
        self.is_nonreport = True

    def rep(self, unit, form, period, values, status="accepted"):
        vals = {}
        for k, v in values.items():
            if not isinstance(v, V):
                v = V(v)
            vals[k] = v
        self._periods.append(period)
        self.reports.append({"unit": unit, "form": form, "period": period, "values": vals,
                             "status": status})

    # ---- checks
    def check(self):
        where = f"{self.family}/{self.name}"
        assert self.eml is not None, where
        assert self.note, f"{where}: no note"
        corpus = L.norm_space("\n".join(self.texts))
        if self.is_nonreport:
            assert not self.reports, where
        else:
            assert self.reports, f"{where}: neither report nor non-report"
        for r in self.reports:
            unit, form, period, status = r["unit"], r["form"], r["period"], r["status"]
            assert status in ("accepted", "needs_review"), where
            assert unit is None or unit in L.UNITS, f"{where}: unit {unit}"
            assert form is None or form in L.FORMS, f"{where}: form {form}"
            if isinstance(period, R):
                got = L.rule_period(self.date)
                assert got == period.iso, f"{where}: rule gives {got}, expected {period.iso}"
            elif isinstance(period, W):
                assert L.norm_space(period.written) in corpus, f"{where}: period {period.written!r} not written"
            else:
                assert period is None, where
            if period is not None:
                assert L.is_thursday(period.iso), f"{where}: {period.iso} is not a Thursday"
                assert "2022-01-01" <= period.iso <= "2022-12-31" or period.iso == "2022-01-06", where
            fields = L.FORMS[form] if form else {}
            for k, v in r["values"].items():
                assert k in fields, f"{where}: {k} not in {form}"
                f = fields[k]
                assert isinstance(v.n, int), where
                assert f["min"] <= v.n <= f["max"], f"{where}: {k}={v.n} out of bounds"
                w = L.norm_space(v.w)
                assert w in corpus, f"{where}: {k} written {v.w!r} not in the text"
            if status == "accepted":
                assert unit and form and period is not None, f"{where}: accepted without unit/form/period"
                missing = set(fields) - set(r["values"])
                assert not missing, f"{where}: accepted without {missing}"
        if self.difficulty == "hard":
            assert self.note, where

    def expected(self) -> dict:
        reports = []
        for r in self.reports:
            p = r["period"]
            reports.append({
                "unit": r["unit"],
                "form": r["form"],
                "period_end": p.iso if p is not None else None,
                "values": {k: v.n for k, v in r["values"].items()},
                "status": r["status"],
            })
        return {"difficulty": self.difficulty, "note": self.note, "reports": reports}


def nfc(s):
    return unicodedata.normalize("NFC", s)
