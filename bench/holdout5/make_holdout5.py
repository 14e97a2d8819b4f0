#!/usr/bin/env python3
"""Write the holdout5 corpus: weekly reports of the Tam Đường communes and the district
radio-TV station, with the figures mostly in attachments.

    /work/main/.venv/bin/python bench/holdout5/make_holdout5.py           # (re)write the cases
    /work/main/.venv/bin/python bench/holdout5/make_holdout5.py --check   # rebuild in a temp dir,
                                                                          # compare byte for byte

Every case is checked while it is written: the expected figures appear, in the form written,
in the text of the attachment or message they come from; accepted reports carry every field
of their form within its bounds; every period that the message does not write follows from
the Date header by the configured rule (Thursday 16:00 Asia/Ho_Chi_Minh, 48 h grace).

Legacy .doc/.xls made by LibreOffice are kept in assets/ and reused (see README.md).
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the corpus folder

import datetime as dt  # noqa: E402
import email  # noqa: E402
import email.policy  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h5lib import FORMS, UNITS, VN, attachment_text, clerk_reading, html_text, nfc, period_from_date  # noqa: E402
from h5case import CASES  # noqa: E402
import cases_sheets  # noqa: E402,F401
import cases_docs  # noqa: E402,F401
import cases_mail  # noqa: E402,F401
from h5lib import build_message  # noqa: E402

FIRST, LAST = dt.date(2021, 3, 1), dt.date(2021, 12, 31)
_DATE_RE = re.compile(r"(?:ngày\s+)?(\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)(\d{1,2})"
                      r"(?:\s*(?:/|-|\.|\s+năm\s+)(\d{4}))?")


class CaseError(AssertionError):
    pass


def _texts(raw: bytes, atts_meta: dict) -> dict[str, str]:
    """The text a reader finds in each source of a message, parsed back from the .eml."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = {"subject": nfc(str(msg["Subject"] or "")), "body": "", "html": ""}
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            fn = nfc(fn)
            meta = atts_meta.get(fn)
            if meta is None:
                raise CaseError(f"attachment name {fn!r} did not round-trip")
            out[fn] = attachment_text(fn, part.get_payload(decode=True), meta.legacy, meta.text_encoding)
        elif part.get_content_type() == "text/plain":
            out["body"] += nfc(part.get_content())
        elif part.get_content_type() == "text/html":
            out["html"] += nfc(html_text(part.get_content()))
    return out


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _check_period(rep, date_hdr: dt.datetime, texts: dict, where: str):
    src = rep.period_src
    if rep.period is None:
        if rep.status != "needs_review":
            raise CaseError(f"{where}: null period on an accepted report")
        if src is not None:
            raise CaseError(f"{where}: null period with a source")
        return
    p = dt.date.fromisoformat(rep.period)
    if p.weekday() != 3:
        raise CaseError(f"{where}: period_end {p} is not a Thursday")
    if not (FIRST <= p <= LAST):
        raise CaseError(f"{where}: period_end {p} outside 2021-03..12")
    if src == ("date",):
        got = period_from_date(date_hdr)
        if got != p:
            raise CaseError(f"{where}: period {p} but the Date header gives {got}")
        return
    kind, source, text = src
    assert kind == "written"
    if _squash(text) not in _squash(texts[source]):
        raise CaseError(f"{where}: period text {text!r} not in {source}")
    dates = _DATE_RE.findall(text)
    if not dates:
        raise CaseError(f"{where}: no date in period text {text!r}")
    d, m, y = dates[-1]
    end = dt.date(int(y) if y else p.year, int(m), int(d))
    if end != p:
        raise CaseError(f"{where}: period text ends {end}, expected {p}")
    if len(dates) >= 2:
        d0, m0, y0 = dates[-2]
        start = dt.date(int(y0) if y0 else end.year, int(m0), int(d0))
        if start != end - dt.timedelta(days=6):
            raise CaseError(f"{where}: written week {start}..{end} is not Friday..Thursday")


def check_case(family, name, difficulty, note, spec, raw: bytes):
    where = f"{family}/{name}"
    if difficulty not in ("ordinary", "hard"):
        raise CaseError(where + ": difficulty")
    if not note or "\n" in note:
        raise CaseError(where + ": note must be one line")
    atts_meta = {nfc(a.filename): a for a in spec.msg.get("atts", [])}
    texts = _texts(raw, atts_meta)
    if set(atts_meta) - set(texts):
        raise CaseError(f"{where}: attachments lost: {set(atts_meta) - set(texts)}")
    date_hdr = spec.msg["date"]
    if not (FIRST <= date_hdr.astimezone(VN).date() <= LAST):
        raise CaseError(where + ": Date outside March-December 2021")
    for i, rep in enumerate(spec.reports):
        w = f"{where}#{i}"
        if rep.unit is not None and rep.unit not in UNITS:
            raise CaseError(f"{w}: unknown unit {rep.unit}")
        if rep.form is not None and rep.form not in FORMS:
            raise CaseError(f"{w}: unknown form {rep.form}")
        if rep.status not in ("accepted", "needs_review"):
            raise CaseError(f"{w}: status {rep.status}")
        fields = FORMS.get(rep.form, {})
        for k, v in rep.values.items():
            value, written, source = v[:3]
            if k not in fields:
                raise CaseError(f"{w}: field {k} not in form {rep.form}")
            if not isinstance(value, int):
                raise CaseError(f"{w}: {k} is not an integer")
            if source not in texts:
                raise CaseError(f"{w}: {k}: no source {source!r}")
            if _squash(nfc(written)) not in _squash(texts[source]):
                raise CaseError(f"{w}: {k}: {written!r} not found in {source}")
            reading = clerk_reading(written, "minutes" if k == "minutes" else "count")
            if reading is None and len(v) < 4:
                raise CaseError(f"{w}: {k}: cannot read {written!r}; give the reading explicitly")
            if reading is not None and reading != value:
                raise CaseError(f"{w}: {k}: {written!r} reads {reading}, expected {value}")
            lo, hi, _ = fields[k]
            if rep.status == "accepted" and not (lo <= value <= hi):
                raise CaseError(f"{w}: {k}={value} outside [{lo}, {hi}] in an accepted report")
        if rep.status == "accepted":
            if rep.unit is None or rep.form is None or rep.period is None:
                raise CaseError(f"{w}: accepted report without unit, form or period")
            missing = [k for k, (_, _, req) in fields.items() if req and k not in rep.values]
            if missing:
                raise CaseError(f"{w}: accepted report lacks {missing}")
        _check_period(rep, date_hdr, texts, w)
    keys = [(r.unit, r.form, r.period) for r in spec.reports]
    if len(keys) != len(set(keys)):
        raise CaseError(f"{where}: two expected reports with the same unit, form and period")


def expected_json(difficulty, note, spec) -> str:
    reps = []
    for r in spec.reports:
        reps.append({"unit": r.unit, "form": r.form, "period_end": r.period,
                     "values": {k: v[0] for k, v in r.values.items()}, "status": r.status})
    return json.dumps({"difficulty": difficulty, "note": note, "reports": reps},
                      ensure_ascii=False, indent=2) + "\n"


def build(out: Path) -> list[tuple]:
    rows = []
    names = set()
    for family, name, difficulty, note, fn in CASES:
        if (family, name) in names:
            raise CaseError(f"duplicate case {family}/{name}")
        names.add((family, name))
        spec = fn()
        raw = build_message(f"{family}-{name}", **spec.msg)
        check_case(family, name, difficulty, note, spec, raw)
        d = out / family
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{name}.eml").write_bytes(raw)
        (d / f"{name}.expected.json").write_text(expected_json(difficulty, note, spec), encoding="utf-8")
        rows.append((family, name, difficulty, spec))
    return rows


def families() -> list[str]:
    return sorted({c[0] for c in CASES})


def manifest(root: Path) -> str:
    lines = []
    for fam in families():
        for p in sorted((root / fam).iterdir()):
            lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {fam}/{p.name}")
    return "\n".join(lines) + "\n"


def summary(rows) -> str:
    per = Counter()
    status = Counter()
    nonrep = 0
    for fam, name, diff, spec in rows:
        per[(fam, diff)] += 1
        if not spec.reports:
            nonrep += 1
        for r in spec.reports:
            status[r.status] += 1
    out = []
    for fam in families():
        o, h = per[(fam, "ordinary")], per[(fam, "hard")]
        out.append(f"  {fam:16s} {o + h:3d} cases  (ordinary {o}, hard {h})")
    tot_o = sum(v for (f, d), v in per.items() if d == "ordinary")
    tot_h = sum(v for (f, d), v in per.items() if d == "hard")
    out.append(f"  {'total':16s} {len(rows):3d} cases  (ordinary {tot_o}, hard {tot_h})")
    out.append(f"  expected reports: accepted {status['accepted']}, needs_review {status['needs_review']};"
               f" non-report cases {nonrep}")
    return "\n".join(out)


def main(argv):
    if "--check" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            rows = build(Path(tmp))
            fresh = manifest(Path(tmp))
        current = (HERE / "MANIFEST.sha256").read_text(encoding="utf-8")
        if fresh != current:
            import difflib

            sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), fresh.splitlines(True),
                                                       "MANIFEST.sha256", "rebuilt"))
            print("holdout5: NOT byte-identical")
            return 1
        print(summary(rows))
        print("holdout5: rebuilt byte-identical")
        return 0
    for fam in families():
        shutil.rmtree(HERE / fam, ignore_errors=True)
    rows = build(HERE)
    (HERE / "MANIFEST.sha256").write_text(manifest(HERE), encoding="utf-8")
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
