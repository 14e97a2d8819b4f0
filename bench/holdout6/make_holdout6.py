#!/usr/bin/env python3
"""Generate the holdout6 corpus: bench/holdout6/<family>/<case>.eml + .expected.json.

Run with the project venv:  /work/main/.venv/bin/python bench/holdout6/make_holdout6.py
Deterministic: two runs give byte-identical files (fixed Message-IDs, boundaries, dates,
zip times and document properties; the LibreOffice conversions are kept in assets/).
Every case is checked before it is written: written periods and figures must appear in
the text of the message or its attachments, unwritten periods must follow the Thursday
16:00 + 48 h rule, accepted reports must carry every field of their form within bounds.
"""

from __future__ import annotations

import collections
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import h6lib as L  # noqa: E402
from h6case import REGISTRY, Case  # noqa: E402

import h6_nonreport  # noqa: E402,F401
import h6_mail  # noqa: E402,F401
import h6_files  # noqa: E402,F401
import h6_more  # noqa: E402,F401


def main():
    seen = set()
    cases = []
    for family, name, difficulty, fn in REGISTRY:
        key = (family, name)
        assert key not in seen, key
        seen.add(key)
        c = Case(family, name, difficulty)
        fn(c)
        c.check()
        cases.append(c)
    # write
    for old in sorted(HERE.glob("*/*.eml")) + sorted(HERE.glob("*/*.expected.json")):
        if old.parent.name != "assets":
            old.unlink()
    manifest = []
    for c in cases:
        d = HERE / c.family
        d.mkdir(exist_ok=True)
        (d / f"{c.name}.eml").write_bytes(c.eml)
        exp = L.dump_json(c.expected()).encode("utf-8")
        (d / f"{c.name}.expected.json").write_bytes(exp)
        for suffix, data in ((".eml", c.eml), (".expected.json", exp)):
            manifest.append(f"{hashlib.sha256(data).hexdigest()}  {c.family}/{c.name}{suffix}")
    (HERE / "MANIFEST.sha256").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    # counts
    by = collections.Counter()
    kinds = collections.Counter()
    for c in cases:
        if not c.reports:
            kind = "nonreport"
        elif all(r["status"] == "accepted" for r in c.reports):
            kind = "accepted"
        elif all(r["status"] == "needs_review" for r in c.reports):
            kind = "held"
        else:
            kind = "mixed"
        by[(c.family, c.difficulty, kind)] += 1
        kinds[(c.difficulty, kind)] += 1
    print(f"{len(cases)} cases, {sum(len(c.reports) for c in cases)} expected reports")
    for k in sorted(by):
        print(f"  {k[0]:<10} {k[1]:<9} {k[2]:<10} {by[k]}")
    print("totals:")
    for k in sorted(kinds):
        print(f"  {k[0]:<9} {k[1]:<10} {kinds[k]}")


if __name__ == "__main__":
    main()
