#!/usr/bin/env python3
"""Generate bench/holdout10: 2025-26 weekly report mail of the communes and wards of Điện Biên
to the Sở Văn hóa, Thể thao và Du lịch.

    /work/main/.venv/bin/python bench/holdout10/make_holdout10.py

Writes config/, <family>/<case>.eml, <family>/<case>.expected.json and MANIFEST.sha256, after
checking every case (see Case.check in h10case.py). Running it again rewrites every file byte
for byte. LibreOffice (.doc) outputs are kept in assets/ and reused.
"""
import collections
import glob
import hashlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from h10case import CASES, Case  # noqa: E402
from h10lib import units_csv  # noqa: E402
import cases_body  # noqa: E402,F401
import cases_reply  # noqa: E402,F401
import cases_attach  # noqa: E402,F401
import cases_twoforms  # noqa: E402,F401
import cases_nonreport  # noqa: E402,F401
import cases_hard  # noqa: E402,F401

PROJECT_FORMS = os.path.join(HERE, "..", "..", "config", "forms")
FAMILIES = ["body", "reply", "xlsx", "docx", "pdf", "twoforms", "nonreport", "legacy", "twoheader", "scan",
            "multiweek"]


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def main():
    only = sys.argv[1:]
    # configuration
    write(os.path.join(HERE, "config", "units.csv"), units_csv())
    write(os.path.join(HERE, "config", "intake.toml"), open(os.path.join(HERE, "intake_toml_template.txt"), "rb").read())
    for f in sorted(glob.glob(os.path.join(PROJECT_FORMS, "*.toml"))):
        write(os.path.join(HERE, "config", "forms", os.path.basename(f)), open(f, "rb").read())

    # cases
    seen = set()
    errors = []
    built = []
    for family, name, difficulty, note, fn in CASES:
        assert family in FAMILIES, family
        assert name not in seen, name
        seen.add(name)
        if only and name not in only and family not in only:
            continue
        c = Case(family, name, difficulty, note)
        fn(c)
        errs = c.check()
        if errs:
            errors.append((family, name, errs))
        built.append(c)
    if errors:
        for fam, name, errs in errors:
            for e in errs:
                print(f"ERROR {fam}/{name}: {e}")
        sys.exit(1)
    if not only:
        for fam in FAMILIES:
            d = os.path.join(HERE, fam)
            if os.path.isdir(d):
                shutil.rmtree(d)
    for c in built:
        write(os.path.join(HERE, c.family, c.name + ".eml"), c.eml)
        write(os.path.join(HERE, c.family, c.name + ".expected.json"),
              json.dumps(c.expected(), ensure_ascii=False, indent=2) + "\n")

    # counts
    counts = collections.OrderedDict()
    for c in built:
        reps = c.reports
        if not reps:
            k = "non-report"
        elif all(r["status"] == "accepted" for r in reps):
            k = f"{c.difficulty} accepted"
        else:
            k = f"{c.difficulty} held"
        counts.setdefault(c.family, collections.Counter())[k] += 1
    total = collections.Counter()
    for fam, cnt in counts.items():
        total.update(cnt)
        print(f"{fam:10s} " + ", ".join(f"{k}: {v}" for k, v in sorted(cnt.items())) + f"  (total {sum(cnt.values())})")
    print("ALL        " + ", ".join(f"{k}: {v}" for k, v in sorted(total.items())) + f"  (total {sum(total.values())})")

    # manifest
    if not only:
        files = []
        for top in ["config", "assets"] + FAMILIES:
            for root, dirs, names in os.walk(os.path.join(HERE, top)):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__")
                for n in sorted(names):
                    files.append(os.path.relpath(os.path.join(root, n), HERE))
        lines = []
        for rel in sorted(files):
            h = hashlib.sha256(open(os.path.join(HERE, rel), "rb").read()).hexdigest()
            lines.append(f"{h}  {rel}")
        write(os.path.join(HERE, "MANIFEST.sha256"), "\n".join(lines) + "\n")
        print(f"{len(built)} cases, {len(lines)} files in MANIFEST.sha256")


if __name__ == "__main__":
    main()
