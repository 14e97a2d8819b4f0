#!/usr/bin/env python3
"""Generate the holdout11 corpus (a year of 2023 mail to the Tam Đường office).

Run from /work/main:  .venv/bin/python bench/holdout11/make_holdout11.py
Deterministic: two runs write identical bytes (see MANIFEST.sha256).
"""
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from h11lib import (FORMS, UNITS, VN, build_mail, figure_found, mail_text, monthly_period,  # noqa: E402
                    msg_bytes, weekly_period)
from h11files import docx_text, xlsx_text  # noqa: E402
from email import message_from_bytes, policy as email_policy  # noqa: E402

CASES = []
FAMILIES = ["body", "reply", "forward", "sheet", "doc", "pdf", "html", "legacy", "nonreport", "hard"]


def R(unit, form, period, values, status="accepted", stated=None, written=None):
    """An expected report. stated: the text in the message that states the period (when the
    period is not the one the Date header gives). written: {field: "as written"}."""
    return {"unit": unit, "form": form, "period_end": period, "values": values, "status": status,
            "_stated": stated, "_written": written or {}}


def V(items, minutes, broadcasts, listeners):
    return {"items": items, "minutes": minutes, "broadcasts": broadcasts, "listeners": listeners}


def add(family, name, msg_kwargs, reports, note, difficulty="ordinary"):
    assert family in FAMILIES, family
    CASES.append({"family": family, "name": name, "msg": msg_kwargs, "reports": reports,
                  "note": note, "difficulty": difficulty})


def _attachment_texts(data, atts):
    recorded = {a.filename: a.text for a in atts}
    m = message_from_bytes(data, policy=email_policy.default)
    out = []
    for part in m.walk():
        fn = part.get_filename()
        if not fn:
            continue
        fn = unicodedata.normalize("NFC", fn)
        payload = part.get_payload(decode=True)
        if fn.lower().endswith(".docx"):
            out.append(docx_text(payload))
        elif fn.lower().endswith(".xlsx"):
            out.append(xlsx_text(payload))
        else:
            rec = recorded.get(fn)
            if rec is None:
                for k, v in recorded.items():
                    if unicodedata.normalize("NFC", k) == fn:
                        rec = v
            if rec is None:
                raise SystemExit("no text for attachment %s" % fn)
            out.append(rec)
    return "\n".join(out)


def check_case(c, data):
    name = "%s/%s" % (c["family"], c["name"])
    hay = mail_text(data) + "\n" + _attachment_texts(data, c["msg"].get("atts", ()))
    hay = unicodedata.normalize("NFC", hay)
    date = c["msg"]["date"]
    for r in c["reports"]:
        if r["unit"] is not None and r["unit"] not in UNITS:
            raise SystemExit("%s: unknown unit %s" % (name, r["unit"]))
        if r["form"] not in FORMS:
            raise SystemExit("%s: unknown form %s" % (name, r["form"]))
        fields = {f["key"]: f for f in FORMS[r["form"]]["fields"]}
        for k, v in r["values"].items():
            if k not in fields:
                raise SystemExit("%s: field %s not in %s" % (name, k, r["form"]))
            if not figure_found(hay, v, r["_written"].get(k)):
                raise SystemExit("%s: figure %s=%r (%r) not found in the message" % (name, k, v, r["_written"].get(k)))
        if r["status"] == "accepted":
            for k, f in fields.items():
                if f.get("required") and k not in r["values"]:
                    raise SystemExit("%s: accepted but required %s missing" % (name, k))
                if k in r["values"] and not (f.get("min", 0) <= r["values"][k] <= f.get("max", 10**9)):
                    raise SystemExit("%s: accepted value out of bounds %s" % (name, k))
            if r["unit"] is None or r["period_end"] is None:
                raise SystemExit("%s: accepted without unit/period" % name)
        assert r["status"] in ("accepted", "needs_review"), r["status"]
        p = r["period_end"]
        if p is not None:
            kind = FORMS[r["form"]].get("period", {}).get("kind", "weekly")
            if kind == "weekly":
                if p.weekday() != 3:
                    raise SystemExit("%s: period %s is not a Thursday" % (name, p))
                rule = weekly_period(date)
            else:
                if p.day != 20:
                    raise SystemExit("%s: monthly period %s does not end on the 20th" % (name, p))
                rule = monthly_period(date)
            if r["_stated"]:
                if unicodedata.normalize("NFC", r["_stated"]) not in hay:
                    raise SystemExit("%s: stated period text %r not in the message" % (name, r["_stated"]))
            elif p != rule:
                raise SystemExit("%s: period %s but the deadline rule gives %s" % (name, p, rule))
    if c["family"] == "nonreport" and any(r["status"] == "accepted" for r in c["reports"]):
        raise SystemExit("%s: a non-report with an accepted report" % name)


def expected_json(c):
    reps = []
    for r in c["reports"]:
        reps.append({"unit": r["unit"], "form": r["form"],
                     "period_end": r["period_end"].isoformat() if r["period_end"] else None,
                     "values": r["values"], "status": r["status"]})
    obj = {"difficulty": c["difficulty"], "note": c["note"], "reports": reps}
    s = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    json.loads(s)
    return s


def main():
    import cases_mail
    import cases_files
    import cases_other
    cases_mail.define(add, R, V)
    cases_files.define(add, R, V)
    cases_other.define(add, R, V)
    names = set()
    for c in CASES:
        key = (c["family"], c["name"])
        if key in names:
            raise SystemExit("duplicate case %s" % (key,))
        names.add(key)
    outputs = {}
    for c in CASES:
        kw = dict(c["msg"])
        data = msg_bytes(build_mail(c["name"], **kw))
        check_case(c, data)
        outputs["%s/%s.eml" % (c["family"], c["name"])] = data
        outputs["%s/%s.expected.json" % (c["family"], c["name"])] = expected_json(c).encode("utf-8")
    for fam in FAMILIES:
        d = os.path.join(HERE, fam)
        if os.path.isdir(d):
            shutil.rmtree(d)
    for rel, data in sorted(outputs.items()):
        p = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
    lines = ["%s  %s\n" % (hashlib.sha256(data).hexdigest(), rel) for rel, data in sorted(outputs.items())]
    with open(os.path.join(HERE, "MANIFEST.sha256"), "w") as f:
        f.writelines(lines)
    counts = {}
    status = {"accepted": 0, "needs_review": 0, "nonreport": 0}
    for c in CASES:
        counts[c["family"]] = counts.get(c["family"], 0) + 1
        if not c["reports"]:
            status["nonreport"] += 1
        elif all(r["status"] == "accepted" for r in c["reports"]):
            status["accepted"] += 1
        else:
            status["needs_review"] += 1
    print("cases:", len(CASES), counts)
    print("case kinds (accepted = all reports accepted; needs_review = at least one held):", status)


if __name__ == "__main__":
    main()
