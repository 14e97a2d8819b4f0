#!/usr/bin/env python3
"""Generate the holdout7 corpus: every .eml, .expected.json and MANIFEST.sha256 in this folder.

    /work/main/.venv/bin/python bench/holdout7/make_holdout7.py          # write everything
    /work/main/.venv/bin/python bench/holdout7/make_holdout7.py --check  # also verify a second run is identical

The generator checks every case before writing (see h7lib.finalize). LibreOffice outputs
(.doc/.xls) are kept in assets/ and reused; delete assets/ to rebuild them.
"""
import collections
import glob
import hashlib
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

sys.dont_write_bytecode = True
import h7lib  # noqa: E402

FAMILIES = ["labelled", "prose", "replies", "html", "attachments", "sections", "negatives", "periods",
            "lastweek", "plans", "letterhead", "chat", "nonreports", "misc",
            "scans", "legacy", "tworow", "multiweek"]


def build():
    h7lib.load_config()
    import h7c_ord1
    h7c_ord1.register()
    for mod in ("h7c_ord2", "h7c_ord3", "h7c_hard"):
        try:
            m = __import__(mod)
        except ModuleNotFoundError as e:
            if e.name != mod:
                raise
            continue
        m.register()


def clean():
    for fam in FAMILIES:
        d = os.path.join(HERE, fam)
        if os.path.isdir(d):
            shutil.rmtree(d)


def manifest():
    files = []
    for fam in FAMILIES:
        files += glob.glob(os.path.join(HERE, fam, "*"))
    files += [f for f in glob.glob(os.path.join(HERE, "assets", "*")) if not f.endswith(".src.sha256")]
    lines = []
    for f in sorted(files):
        with open(f, "rb") as fh:
            lines.append(f"{hashlib.sha256(fh.read()).hexdigest()}  {os.path.relpath(f, HERE)}")
    text = "\n".join(lines) + "\n"
    with open(os.path.join(HERE, "MANIFEST.sha256"), "w") as f:
        f.write(text)
    return text


def stats():
    tab = collections.OrderedDict()
    for c in h7lib.CASES:
        if not c.reports:
            k = "non-report"
        elif all(r.status == "accepted" for r in c.reports):
            k = f"{c.difficulty} accepted"
        else:
            k = f"{c.difficulty} held"
        tab.setdefault(c.family, collections.Counter())[k] += 1
    cols = ["ordinary accepted", "ordinary held", "hard accepted", "hard held", "non-report"]
    out = ["| family | " + " | ".join(cols) + " | total |", "|---" * (len(cols) + 2) + "|"]
    tot = collections.Counter()
    for fam in FAMILIES:
        if fam not in tab:
            continue
        row = tab[fam]
        tot.update(row)
        out.append(f"| {fam} | " + " | ".join(str(row[k]) for k in cols) + f" | {sum(row.values())} |")
    out.append("| **all** | " + " | ".join(str(tot[k]) for k in cols) + f" | {sum(tot.values())} |")
    return "\n".join(out)


def main():
    clean()
    build()
    h7lib.write_all(HERE)
    text = manifest()
    print(stats())
    print(f"{len(h7lib.CASES)} cases written")
    if "--check" in sys.argv:
        r = subprocess.run([sys.executable, os.path.abspath(__file__)], capture_output=True, text=True)
        if r.returncode:
            print(r.stderr)
            sys.exit(1)
        again = open(os.path.join(HERE, "MANIFEST.sha256")).read()
        print("second run identical:", again == text)
        if again != text:
            sys.exit(1)


if __name__ == "__main__":
    main()
