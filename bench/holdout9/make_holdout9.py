#!/usr/bin/env python3
"""Generate the holdout9 corpus: a year (2021) of mail to the Phòng Văn hóa và Thông tin of
huyện Tam Đường, as .eml files with the expectation a careful clerk would record.

    /work/main/.venv/bin/python bench/holdout9/make_holdout9.py

Every run rewrites every file byte for byte (fixed Message-IDs, boundaries, dates, zip
times, document properties, seeded noise); LibreOffice .doc outputs are kept in assets/
and reused. Before writing, every case is checked (see check_case)."""

import csv
import email
import email.policy
import hashlib
import io
import json
import os
import re
import shutil
import sys
import tomllib
import unicodedata
import zipfile
from collections import Counter, defaultdict
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from h9lib import (FORM_FIELDS, VN, evidence_value, fold_ws, nfc, rule_period,  # noqa: E402
                   strip_accents)
import h9base  # noqa: E402
import h9fam_files  # noqa: E402
import h9fam_hard  # noqa: E402
import h9fam_other  # noqa: E402
import h9fam_text  # noqa: E402

CONFIG = os.path.normpath(os.path.join(HERE, "..", "..", "config"))
FAMILY_ORDER = ["lines", "reply", "sentence", "xlsx", "docx", "pdf", "csv", "station", "social",
                "combined", "forward", "correction", "nonreport", "legacy", "twoheader", "scan",
                "multiweek"]


def load_config():
    units = {}
    addr_unit = {}
    with open(os.path.join(CONFIG, "units.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = [row["name"]] + [a for a in row["aliases"].split(";") if a]
            units[row["id"]] = names
            for e in row["emails"].split(";"):
                if e:
                    addr_unit[e.strip().lower()] = row["id"]
    forms = {}
    for fn in sorted(os.listdir(os.path.join(CONFIG, "forms"))):
        if fn.endswith(".toml"):
            with open(os.path.join(CONFIG, "forms", fn), "rb") as fh:
                t = tomllib.load(fh)
            forms[t["id"]] = {f["key"]: f for f in t["fields"]}
    with open(os.path.join(CONFIG, "example.toml"), "rb") as fh:
        ex = tomllib.load(fh)
    assert ex["period"]["deadline"] == "thursday 16:00"
    assert ex["period"]["timezone"] == "Asia/Ho_Chi_Minh"
    assert ex["period"]["late_grace_hours"] == 48
    office = [e.lower() for e in ex["office"]["emails"]]
    return units, addr_unit, forms, office


# ---------------------------------------------------------------------------------------
# text of a message as a reader sees it (for the checks only)


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.append(c.text)
                    cells(c.tables)
    cells(d.tables)
    return "\n".join(out)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def html_text(s):
    s = re.sub(r"<(br|/div|/p|/tr|/td)[^>]*>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    import html
    return html.unescape(s)


def message_text(case):
    msg = email.message_from_bytes(case.eml, policy=email.policy.default)
    texts = [str(msg.get("subject", ""))]
    atts = {}
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            data = part.get_payload(decode=True)
            atts[nfc(fn)] = data
            ext = fn.rsplit(".", 1)[-1].lower()
            if ext == "docx":
                texts.append(docx_text(data))
            elif ext == "xlsx":
                texts.append(xlsx_text(data))
            elif ext == "csv":
                texts.append(data.decode("utf-8-sig"))
            continue
        if ct == "text/plain":
            texts.append(part.get_content())
        elif ct == "text/html":
            texts.append(html_text(part.get_content()))
    texts += case.sources
    return fold_ws("\n".join(nfc(t) for t in texts)), atts, msg


# ---------------------------------------------------------------------------------------
# checks


def check_case(case, units, addr_unit, forms, office):
    errs = []
    text, atts, msg = message_text(case)
    low = text.casefold()
    d = email.utils.parsedate_to_datetime(msg["date"])
    if not (datetime(2021, 1, 1, tzinfo=VN) <= d < datetime(2022, 1, 1, tzinfo=VN)):
        errs.append(f"Date outside 2021: {d}")
    if abs((d - case.date).total_seconds()) > 1:
        errs.append("Date header differs from the case date")
    for name, data in atts.items():
        if len(data) > 1_500_000:
            errs.append(f"attachment {name} is {len(data)} bytes")
        if name.lower().endswith((".jpg", ".jpeg", ".png")):
            from PIL import Image
            im = Image.open(io.BytesIO(data))
            if im.size[0] > 2500 or im.size[1] > 3500:
                errs.append(f"image {name} too large: {im.size}")
    sender = email.utils.parseaddr(str(msg["from"]))[1].lower()
    known = addr_unit.get(sender)
    for r in case.reports:
        if r.form not in forms:
            errs.append(f"unknown form {r.form}")
            continue
        if r.unit is not None and r.unit not in units:
            errs.append(f"unknown unit {r.unit}")
        fdef = forms[r.form]
        for k, v in r.values.items():
            if k not in fdef:
                errs.append(f"{k} not a field of {r.form}")
                continue
            ev = r.evidence[k]
            try:
                ev_v = evidence_value(ev)
            except ValueError as e:
                errs.append(str(e))
                continue
            if ev_v != v:
                errs.append(f"{k}: evidence {ev!r} reads {ev_v}, expected {v}")
            if fold_ws(ev) not in text:
                errs.append(f"{k}: {ev!r} not found in the message")
        if r.status not in ("accepted", "needs_review"):
            errs.append(f"status {r.status}")
        if r.period_how == "written":
            if r.period_end.weekday() != 3:
                errs.append(f"written period ends on {r.period_end:%A}")
            if fold_ws(r.period_text).casefold() not in low:
                errs.append(f"period {r.period_text!r} not found as written")
        elif r.period_how == "rule":
            if rule_period(case.date) != r.period_end:
                errs.append(f"rule gives {rule_period(case.date)}, expected {r.period_end}")
        else:
            if r.period_end is not None or r.status != "needs_review":
                errs.append("a report without a period must be held with period null")
        if r.status == "accepted":
            if r.unit is None or r.period_end is None:
                errs.append("accepted without unit or period")
            for k, fd in fdef.items():
                if k not in r.values:
                    errs.append(f"accepted report lacks {k}")
                elif not (fd["min"] <= r.values[k] <= fd["max"]):
                    errs.append(f"{k}={r.values[k]} outside [{fd['min']}, {fd['max']}]")
            if sender in office:
                errs.append("accepted report from the office's own address")
            if known and r.unit != known:
                errs.append(f"accepted report under {r.unit} from {known}'s address")
            if not known:
                names = [strip_accents(n).casefold() for n in units[r.unit]]
                ftext = strip_accents(text).casefold()
                if not any(n in ftext for n in names):
                    errs.append(f"unknown sender and {r.unit} not named")
        else:
            if not case.hold_reason:
                errs.append("held report without a recorded reason")
    if not case.reports and case.hold_reason:
        errs.append("non-report with a hold reason")
    return errs


def expected_json(case):
    return {"difficulty": case.difficulty, "note": case.note,
            "reports": [r.expected() for r in case.reports]}


# ---------------------------------------------------------------------------------------


def build_all():
    h9fam_text.lines()
    h9fam_text.reply()
    h9fam_text.sentence()
    h9fam_files.xlsx_family()
    h9fam_files.docx_family()
    h9fam_files.pdf_family()
    h9fam_files.csv_family()
    h9fam_files.station_family()
    h9fam_files.social_family()
    h9fam_files.combined_family()
    h9fam_text.forward()
    h9fam_text.correction()
    extra_correction()
    h9fam_other.nonreports()
    h9fam_hard.legacy()
    h9fam_hard.twoheader()
    h9fam_hard.scans()
    h9fam_hard.multiweek()
    return h9base.CASES


def extra_correction():
    """Thèn Sin resends last week's xlsx, corrected, on Monday; the sheet names the week."""
    from datetime import date as D, timedelta
    from h9base import WR, add, at
    from h9forms import weekly_xlsx
    from h9people import O, period_phrase, weekly
    off = O["mai"]
    thu = D(2021, 10, 14)
    when = at(thu, 4, 9, 20)
    f = weekly("then_sin", thu, "fix")
    phrase = period_phrase(thu, "Tu_ngay_full")
    r = WR("weekly_propaganda", "then_sin", thu, phrase)
    sh = weekly_xlsx("then_sin", r, f, period_text=f"({phrase})", author=off.name, when=when,
                     signer=(off.name, "Tẩn Văn Sài"))
    data, text = sh.save(off.name, when - timedelta(minutes=30))
    add("correction", "ordinary", "Monday: last week's xlsx resent corrected, the sheet names the week",
        off, when, "Gửi lại báo cáo tuần (đã sửa)",
        "Dạ em gửi lại báo cáo tuần trước của xã Thèn Sin, file trước em nhập nhầm số lần phát sóng ạ.\n"
        "Em cảm ơn!\n\n" + off.sig, [r], atts=[(f"BC tuan Then Sin {thu.day}.{thu.month} (sua).xlsx", data)],
        srcs=[text])


def main():
    units, addr_unit, forms, office = load_config()
    cases = build_all()
    bad = 0
    names = set()
    for c in cases:
        key = f"{c.family}/{c.name}"
        if key in names:
            print("duplicate case name", key)
            bad += 1
        names.add(key)
        errs = check_case(c, units, addr_unit, forms, office)
        for e in errs:
            print(f"{key}: {e}")
        bad += len(errs)
    # one report per unit, form and week (a correction may repeat one)
    seen = defaultdict(list)
    for c in cases:
        for r in c.reports:
            if r.unit and r.period_end:
                seen[(r.unit, r.form, r.period_end)].append(f"{c.family}/{c.name}")
    for k, v in seen.items():
        if len(v) > 1 and not all(x.startswith("correction") for x in v[1:]) and \
                not any(x.startswith("correction") for x in v):
            print("same unit, form and week in", v)
            bad += 1
    if bad:
        print(f"{bad} problem(s); nothing written")
        sys.exit(1)

    # write
    for fam in FAMILY_ORDER:
        p = os.path.join(HERE, fam)
        if os.path.isdir(p):
            shutil.rmtree(p)
    written = []
    for c in cases:
        d = os.path.join(HERE, c.family)
        os.makedirs(d, exist_ok=True)
        pe = os.path.join(d, c.name + ".eml")
        pj = os.path.join(d, c.name + ".expected.json")
        with open(pe, "wb") as fh:
            fh.write(c.eml)
        with open(pj, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(expected_json(c), ensure_ascii=False, indent=2) + "\n")
        written += [pe, pj]
    import h9docs
    for f in sorted(os.listdir(os.path.join(HERE, "assets"))):
        if f not in h9docs.USED_ASSETS:
            os.remove(os.path.join(HERE, "assets", f))   # a .doc from an older source
    assets = [os.path.join(HERE, "assets", f) for f in sorted(os.listdir(os.path.join(HERE, "assets")))]
    lines = []
    for p in sorted(written) + assets:
        with open(p, "rb") as fh:
            lines.append(f"{hashlib.sha256(fh.read()).hexdigest()}  {os.path.relpath(p, HERE)}")
    with open(os.path.join(HERE, "MANIFEST.sha256"), "w") as fh:
        fh.write("\n".join(lines) + "\n")

    # counts
    tab = defaultdict(Counter)
    for c in cases:
        if not c.reports:
            tab[c.family]["non-report"] += 1
        elif all(r.status == "accepted" for r in c.reports):
            tab[c.family][f"{c.difficulty} accepted"] += 1
        else:
            tab[c.family][f"{c.difficulty} held"] += 1
    cols = ["ordinary accepted", "ordinary held", "hard accepted", "hard held", "non-report"]
    print("family       " + " | ".join(cols) + " | total")
    tot = Counter()
    for fam in FAMILY_ORDER:
        row = tab[fam]
        tot.update(row)
        print(f"{fam:12} " + " | ".join(f"{row[k]:>{len(k)}}" for k in cols) + f" | {sum(row.values()):5}")
    print(f"{'total':12} " + " | ".join(f"{tot[k]:>{len(k)}}" for k in cols) + f" | {sum(tot.values()):5}")
    nrep = sum(len(c.reports) for c in cases)
    print(f"{len(cases)} cases, {nrep} expected reports")


if __name__ == "__main__":
    main()
