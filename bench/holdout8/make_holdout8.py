#!/usr/bin/env python3
"""Generate bench/holdout8: 2025-26 weekly propaganda / social-media report mail of the
communes and wards of tỉnh Lai Châu to the Sở Văn hóa, Thể thao và Du lịch.

Run:  /work/main/.venv/bin/python bench/holdout8/make_holdout8.py
Every file is rewritten byte for byte; MANIFEST.sha256 lists them all.
"""
import hashlib
import os
import sys
import tomllib

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h8lib  # noqa: E402
import cases_body  # noqa: E402,F401
import cases_files  # noqa: E402,F401
import cases_kinds  # noqa: E402,F401
import cases_nonrep  # noqa: E402,F401
import cases_hard  # noqa: E402,F401


def load_forms():
    forms = {}
    d = os.path.join(HERE, "config", "forms")
    for fn in sorted(os.listdir(d)):
        if fn.endswith(".toml"):
            with open(os.path.join(d, fn), "rb") as f:
                t = tomllib.load(f)
            forms[t["id"]] = {x["key"]: (x.get("min", 0), x.get("max", 10 ** 12)) for x in t["fields"]}
    return forms


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def main():
    forms = load_forms()
    write(os.path.join(HERE, "config", "units.csv"), h8lib.units_csv())
    names = set()
    errors = []
    for c in h8lib.CASES:
        key = (c.family, c.name)
        if key in names:
            errors.append("duplicate case %s/%s" % key)
        names.add(key)
        for e in c.validate(forms):
            errors.append("%s/%s: %s" % (c.family, c.name, e))
    if errors:
        print("\n".join(errors))
        sys.exit("%d problems: nothing written" % len(errors))
    # remove stale case files of earlier runs
    for fam in sorted({c.family for c in h8lib.CASES} | set(
            d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d))
            and d not in ("config", "assets", "__pycache__"))):
        p = os.path.join(HERE, fam)
        if os.path.isdir(p):
            for fn in os.listdir(p):
                if fn.endswith(".eml") or fn.endswith(".expected.json"):
                    os.remove(os.path.join(p, fn))
    for c in h8lib.CASES:
        base = os.path.join(HERE, c.family, c.name)
        write(base + ".eml", c.eml())
        write(base + ".expected.json", c.expected())
    # manifest
    lines = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for fn in sorted(files):
            p = os.path.join(root, fn)
            rel = os.path.relpath(p, HERE)
            if rel == "MANIFEST.sha256" or fn.endswith(".pyc"):
                continue
            with open(p, "rb") as f:
                lines.append("%s  %s" % (hashlib.sha256(f.read()).hexdigest(), rel))
    write(os.path.join(HERE, "MANIFEST.sha256"), "\n".join(lines) + "\n")
    # counts
    from collections import Counter
    cnt = Counter()
    for c in h8lib.CASES:
        if not c.reports:
            k = "non-report"
        else:
            held = any(r.status != "accepted" for r in c.reports)
            k = "%s %s" % (c.difficulty, "held" if held else "accepted")
        cnt[(c.family, k)] += 1
        cnt[("ALL", k)] += 1
    fams = sorted({f for f, _ in cnt})
    kinds = ["ordinary accepted", "ordinary held", "hard accepted", "hard held", "non-report"]
    print("%-14s %s  total" % ("family", "  ".join("%-17s" % k for k in kinds)))
    for f in fams:
        row = [cnt[(f, k)] for k in kinds]
        print("%-14s %s  %d" % (f, "  ".join("%-17d" % n for n in row), sum(row)))


if __name__ == "__main__":
    main()
