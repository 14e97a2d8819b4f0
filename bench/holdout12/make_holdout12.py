"""Generate the holdout12 corpus (Tuyên Quang, 2025-26). Run from /work/main:
    /work/main/.venv/bin/python bench/holdout12/make_holdout12.py
Deterministic: two runs give identical bytes (MANIFEST.sha256)."""
import datetime as dt, hashlib, json, os, sys, unicodedata
sys.dont_write_bytecode = True
from email.utils import format_datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import h12lib as L
import h12units as U
from h12cases import CASES

OFFICE = "ttcs.svhttdl@tuyenquang.gov.vn"
FORMS = {}


def load_forms():
    import tomllib
    for f in sorted(os.listdir(os.path.join(HERE, "config", "forms"))):
        if f.endswith(".toml"):
            with open(os.path.join(HERE, "config", "forms", f), "rb") as fh:
                d = tomllib.load(fh)
            FORMS[d["id"]] = d


def nfc(s):
    return unicodedata.normalize("NFC", s)


def check(case, text):
    errs = []
    text = nfc(text)
    sent = case.sent
    for r in case.reports:
        if r["unit"] is not None and r["unit"] not in U.BYID:
            errs.append(f"unknown unit {r['unit']}")
        if r["form"] not in FORMS:
            errs.append(f"unknown form {r['form']}"); continue
        form = FORMS[r["form"]]
        keys = {f["key"] for f in form["fields"]}
        for k, v in r["values"].items():
            if k not in keys:
                errs.append(f"{k} not a field of {r['form']}")
            w = case.written.get(k, str(v)) if isinstance(case.written, dict) else str(v)
            if isinstance(case.written, dict) and (r["form"], k) in case.written:
                w = case.written[(r["form"], k)]
            if nfc(w) not in text:
                errs.append(f"figure {k}={v} not written as {w!r}")
        if r["status"] not in ("accepted", "needs_review"):
            errs.append("bad status")
        if r["status"] == "accepted" and set(r["values"]) != {f["key"] for f in form["fields"] if f.get("required")}:
            errs.append("accepted report without every required figure")
        pe = r["period_end"]
        if pe is None:
            continue
        d = dt.date.fromisoformat(pe)
        monthly = form.get("period", {}).get("kind") == "monthly"
        if monthly:
            if d.day != form["period"]["end_day"]:
                errs.append("monthly period not ending on end_day")
            if not case.stated and d != L.month_period_for(sent):
                errs.append(f"monthly period {d} != rule {L.month_period_for(sent)}")
        else:
            if d.weekday() != 3:
                errs.append(f"period {pe} is not a Thursday")
            if not case.stated and d != L.period_for(sent):
                errs.append(f"period {d} != rule {L.period_for(sent)}")
        if d < dt.date(2025, 7, 1) or sent < dt.datetime(2025, 7, 1, tzinfo=L.VN):
            errs.append("before the reform")
    return errs


def main():
    load_forms()
    out = HERE
    files = {}
    with open(os.path.join(out, "config", "units.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(U.csv_text())
    names = set()
    bad = 0
    for c in CASES:
        assert c.name not in names, c.name
        names.add(c.name)
        c.msgid_domain = c.frm[1].split("@")[1] if isinstance(c.frm, tuple) else c.frm.split("@")[-1].strip(">")
        c.date_hdr = format_datetime(c.sent.astimezone(c.hdr_tz))
        eml, text = L.build(c)
        errs = check(c, text)
        exp = {"difficulty": c.difficulty, "note": c.note, "reports": c.reports}
        js = json.dumps(exp, ensure_ascii=False, indent=2) + "\n"
        json.loads(js)
        if errs:
            bad += 1
            print(f"{c.family}/{c.name}: " + "; ".join(errs))
        d = os.path.join(out, c.family)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, c.name + ".eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(d, c.name + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(js)
    if bad:
        sys.exit(f"{bad} cases failed their checks")
    lines = []
    for root, dirs, fs in os.walk(out):
        dirs[:] = sorted(x for x in dirs if x != "__pycache__")
        for fn in sorted(fs):
            p = os.path.join(root, fn)
            rel = os.path.relpath(p, out)
            if rel == "MANIFEST.sha256" or fn.endswith((".py", ".md", ".pyc")):
                continue
            with open(p, "rb") as fh:
                lines.append(f"{hashlib.sha256(fh.read()).hexdigest()}  {rel}")
    with open(os.path.join(out, "MANIFEST.sha256"), "w") as f:
        f.write("\n".join(sorted(lines, key=lambda l: l[66:])) + "\n")
    fam = {}
    for c in CASES:
        fam[c.family] = fam.get(c.family, 0) + 1
    print(len(CASES), "cases", fam)


if __name__ == "__main__":
    main()
