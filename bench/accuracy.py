#!/usr/bin/env python3
"""How well `intake parse` reads a corpus of commune emails, field by field.

    .venv/bin/python bench/accuracy.py tests/corpus
    .venv/bin/python bench/accuracy.py tests/corpus/xlsx --failures
    .venv/bin/python bench/accuracy.py tests/corpus --json
    .venv/bin/python bench/accuracy.py FOLDER --parse-cmd ".venv/bin/intake parse --json"

Every `<case>.eml` under FOLDER is read by the `intake parse --json` command, exactly as
a user runs it (in batches, never by importing intake), and compared with the
`<case>.expected.json` beside it (see tests/corpus/README.md for that format).

Figures, over the fields of the expected reports of the report cases:
  auto_correct  share of the fields that came out in an *accepted* report with the right
                unit, form, period and value (only fields of reports the clerk would accept
                count here, so a perfect reader scores the "ceiling", not 100%);
  reviewed      share of the fields that came out held for review (needs_review);
  silent_wrong  number of accepted outputs that are wrong: an accepted report whose unit,
                form or period is wrong, or that should have been held, counts once; in an
                otherwise right accepted report each wrong (or unexpected) value counts once;
  nonreport_leaks  non-report cases ("reports": []) that produced any accepted report.
The last line is always
  score: auto_correct=X% silent_wrong=N reviewed=Y% nonreport_leaks=N
The exit code is 0 whatever the figures (the tests decide what is acceptable).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shlex
import shutil
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 40
TIMEOUT = 600
SENDER_UNLISTED = "sender_unlisted"  # intake.authenticity.UNLISTED


def default_command() -> list[str]:
    intake = ROOT / ".venv" / "bin" / "intake"
    program = str(intake) if intake.exists() else (shutil.which("intake") or "intake")
    # The shipped example configuration: the office's own addresses are known, as in
    # every real installation; parse stores nothing and opens no connection.
    return [program, "parse", "--json", "--config", str(ROOT / "config" / "example.toml")]


# -- running the command -------------------------------------------------------------------


@dataclass
class Output:
    reports: list[dict] = field(default_factory=list)
    error: str | None = None  # the command failed on this file, or said "error"


def run_parser(command: list[str], files: list[Path]) -> dict[Path, Output]:
    batches = [files[i : i + BATCH] for i in range(0, len(files), BATCH)]
    results: dict[Path, Output] = {}
    workers = max(1, min(2, os.cpu_count() or 1))
    with ThreadPoolExecutor(workers) as pool:
        for found in pool.map(lambda b: _run_batch(command, b), batches):
            results.update(found)
    return results


def _run_batch(command: list[str], files: list[Path]) -> dict[Path, Output]:
    outputs, problem = _invoke(command, files)
    if outputs is not None:
        return outputs
    if len(files) == 1:
        return {files[0]: Output(error=problem)}
    found: dict[Path, Output] = {}
    for path in files:  # find the file that breaks the batch
        found.update(_run_batch(command, [path]))
    return found


def _invoke(command: list[str], files: list[Path]) -> tuple[dict[Path, Output] | None, str]:
    try:
        done = subprocess.run(
            [*command, *map(str, files)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            cwd=ROOT,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, f"{type(e).__name__}: {e}"
    if done.returncode != 0:
        return None, f"exit {done.returncode}: {_tail(done.stderr)}"
    try:
        items = json.loads(done.stdout)
    except json.JSONDecodeError as e:
        return None, f"not JSON ({e}): {_tail(done.stdout)}"
    by_name = {str(p): p for p in files}
    outputs: dict[Path, Output] = {}
    for item in items if isinstance(items, list) else []:
        path = by_name.get(str(item.get("file")))
        if path is None:
            continue
        outputs[path] = Output(list(item.get("reports") or []), item.get("error"))
    for path in files:
        outputs.setdefault(path, Output(error="the command said nothing about this file"))
    return outputs, ""


def _tail(text: str, lines: int = 3) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


# -- comparing ---------------------------------------------------------------------------


def key(report: dict) -> tuple:
    return (report.get("unit"), report.get("form"), report.get("period_end"))


def same(a: object, b: object) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return a == b


def show(report: dict) -> str:
    values = ", ".join(f"{k}={_num(v)}" for k, v in (report.get("values") or {}).items())
    return (
        f"{report.get('status')} unit={report.get('unit')} form={report.get('form')}"
        f" period={report.get('period_end')} {{{values}}}"
    )


def _num(v: object) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


@dataclass
class Tally:
    cases: int = 0
    passed: int = 0
    report_cases: int = 0
    fields: int = 0  # all fields of expected reports (report cases)
    acceptable: int = 0  # fields of expected accepted reports: the ceiling of auto_correct
    auto_correct: int = 0
    reviewed: int = 0
    wrong: int = 0  # fields that came out accepted with a wrong value, unit, form or period
    missed: int = 0  # fields that came out nowhere (not read, or the report was dropped)
    silent_wrong: int = 0
    nonreport_cases: int = 0
    leaks: int = 0
    nonreport_held: int = 0  # non-report cases that produced a report held for review
    held_fields: int = 0  # fields of expected held reports that a clerk expects to see
    prefilled: int = 0  # ... that came out in a held report, with the right figure
    sender_held: int = 0  # acceptable fields held only for an address not in the directory
    errors: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def pct(self, part: int) -> float:
        return 100.0 * part / self.fields if self.fields else 0.0

    def figures(self) -> dict:
        return {
            "cases": self.cases,
            "passed": self.passed,
            "fields": self.fields,
            "auto_correct_pct": round(self.pct(self.auto_correct), 1),
            "ceiling_pct": round(self.pct(self.acceptable), 1),
            "reviewed_pct": round(self.pct(self.reviewed), 1),
            "wrong_fields": self.wrong,
            "missed_fields": self.missed,
            "silent_wrong": self.silent_wrong,
            "nonreport_cases": self.nonreport_cases,
            "nonreport_leaks": self.leaks,
            "nonreport_held": self.nonreport_held,
            "held_fields": self.held_fields,
            "prefilled": self.prefilled,
            "sender_held": self.sender_held,
            "errors": self.errors,
        }


@dataclass
class CaseResult:
    file: str
    family: str
    difficulty: str
    note: str
    tally: Tally
    silent: list[dict]
    leaks: list[dict]
    kinds: list[str]  # why the case did not pass
    problems: list[str] = field(default_factory=list)  # what intake said of held reports


def score_case(file: str, family: str, expected: dict, output: Output) -> CaseResult:
    wanted: list[dict] = expected.get("reports") or []
    got = output.reports
    accepted = [r for r in got if r.get("status") == "accepted"]
    held = [r for r in got if r.get("status") != "accepted"]
    t = Tally(cases=1)
    silent: list[dict] = []
    leaks: list[dict] = []
    kinds: list[str] = []
    if output.error:
        t.errors = 1
        kinds.append("error: " + output.error[:80])

    if not wanted:  # a non-report
        t.nonreport_cases = 1
        if accepted:
            t.leaks = 1
            leaks.extend({"file": file, "came_out": show(r)} for r in accepted)
            kinds.append("non-report leaked as accepted")
        elif held:
            t.nonreport_held = 1
            kinds.append("non-report held for review")
        t.passed = int(not kinds)
        return CaseResult(
            file,
            family,
            expected.get("difficulty", "ordinary"),
            expected.get("note", ""),
            t,
            silent,
            leaks,
            kinds,
            _problems(held),
        )

    t.report_cases = 1
    by_key = {key(w): w for w in wanted}

    # Every accepted output must be an expected accepted report, with its values.
    for r in accepted:
        w = by_key.get(key(r))
        if w is None:
            t.silent_wrong += 1
            closest = _closest(r, wanted)
            silent.append(
                {
                    "file": file,
                    "expected": show(closest) if closest else "nothing",
                    "came_out": show(r),
                    "what": _what_differs(r, closest),
                }
            )
        elif w.get("status") != "accepted":
            t.silent_wrong += 1
            silent.append(
                {
                    "file": file,
                    "expected": show(w),
                    "came_out": show(r),
                    "what": "accepted what should be held for review",
                }
            )
        else:
            for name, value in (r.get("values") or {}).items():
                if name not in w["values"] or not same(value, w["values"][name]):
                    t.silent_wrong += 1
                    silent.append(
                        {
                            "file": file,
                            "expected": f"{name}={_num(w['values'].get(name))}",
                            "came_out": f"{name}={_num(value)}",
                            "what": f"wrong value of {name} in {show(w).split(' {')[0]}",
                        }
                    )

    # Each expected field: accepted right, held for review, accepted wrong, or missed.
    for w in wanted:
        fields = w.get("values") or {}
        t.fields += len(fields)
        ok_status = w.get("status") == "accepted"
        if ok_status:
            t.acceptable += len(fields)
        same_key = [r for r in accepted if key(r) == key(w)]
        review = _review_for(w, held)
        form_accepted = [
            r for r in accepted if r.get("form") == w.get("form") and r not in same_key
        ]
        if not ok_status:
            t.held_fields += len(fields)
            shown = (review or {}).get("values") or {}
            t.prefilled += sum(1 for k, v in fields.items() if k in shown and same(shown[k], v))
        for name, value in fields.items():
            values = [r["values"][name] for r in same_key if name in (r.get("values") or {})]
            if ok_status and values and all(same(v, value) for v in values):
                t.auto_correct += 1
            elif values or (same_key and not ok_status):
                t.wrong += 1  # accepted, but wrong (or accepted at all, when it should be held)
            elif review is not None:
                t.reviewed += 1
                t.sender_held += ok_status and _held_for_sender_only(review, name, value)
            elif form_accepted:
                t.wrong += 1  # the figure went out under another unit, form or period
            else:
                t.missed += 1
        if ok_status:
            if not same_key:
                kinds.append(_lost_kind(w, review, form_accepted, got))
            elif any(
                name not in (r.get("values") or {}) or not same(r["values"][name], v)
                for r in same_key
                for name, v in fields.items()
            ):
                kinds.append("accepted with a wrong or missing value")
        elif same_key:
            kinds.append("accepted what should be held")
        elif review is None:
            kinds.append("expected review, " + ("nothing came out" if not got else "not held"))
    if any(key(r) not in by_key for r in accepted):
        kinds.append("accepted with a wrong unit/form/period")
    t.passed = int(not kinds and not t.silent_wrong)
    return CaseResult(
        file,
        family,
        expected.get("difficulty", "ordinary"),
        expected.get("note", ""),
        t,
        silent,
        leaks,
        list(dict.fromkeys(kinds)),
        _problems(held),
    )


def _problems(held: list[dict]) -> list[str]:
    return list(dict.fromkeys(str(p) for r in held for p in r.get("problems") or []))


def _held_for_sender_only(review: dict, name: str, value: object) -> bool:
    """Held only because its address is not in the unit directory (issue 9: such a report
    waits for a clerk to confirm the address), with the right figure pre-filled."""
    shown = review.get("values") or {}
    return review.get("problem_codes") == [SENDER_UNLISTED] and (
        name in shown and same(shown[name], value)
    )


def _review_for(w: dict, held: list[dict]) -> dict | None:
    """A held report that stands for `w`: same form (or none), and no other unit."""
    for r in held:
        if r.get("form") not in (None, w.get("form")):
            continue
        if r.get("unit") is not None and w.get("unit") is not None and r["unit"] != w["unit"]:
            continue
        return r
    return None


def _closest(r: dict, wanted: list[dict]) -> dict | None:
    def score(w: dict) -> int:
        return (
            4 * (w.get("form") == r.get("form"))
            + 2 * (w.get("unit") == r.get("unit"))
            + (w.get("period_end") == r.get("period_end"))
        )

    return max(wanted, key=score, default=None)


def _what_differs(r: dict, w: dict | None) -> str:
    if w is None:
        return "an accepted report where none was expected"
    parts = [
        name
        for name, a, b in (
            ("unit", r.get("unit"), w.get("unit")),
            ("form", r.get("form"), w.get("form")),
            ("period", r.get("period_end"), w.get("period_end")),
        )
        if a != b
    ]
    return "wrong " + "/".join(parts) if parts else "unexpected extra accepted report"


def _lost_kind(w: dict, review: dict | None, form_accepted: list[dict], got: list[dict]) -> str:
    if review is not None:
        return "held for review (expected accepted)"
    if form_accepted:
        return "accepted with a wrong unit/form/period"
    if not got:
        return "nothing came out"
    return "report of this form missing"


# -- the corpus ---------------------------------------------------------------------------


def find_cases(folder: Path) -> list[tuple[Path, Path, str]]:
    cases = []
    for eml in sorted(folder.rglob("*.eml")):
        expected = eml.with_name(eml.name[: -len(".eml")] + ".expected.json")
        if not expected.exists():
            print(f"warning: {eml} has no {expected.name}; skipped", file=sys.stderr)
            continue
        rel = eml.parent.relative_to(folder)
        family = rel.parts[0] if rel.parts else folder.name
        cases.append((eml, expected, family))
    return cases


def evaluate(folder: Path, command: list[str]) -> list[CaseResult]:
    cases = find_cases(folder)
    outputs = run_parser(command, [eml for eml, _, _ in cases])
    results = []
    for eml, expected_path, family in cases:
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        rel = str(eml.relative_to(folder)) if eml != folder else eml.name
        results.append(score_case(rel, family, expected, outputs[eml]))
    return results


def totals(results: list[CaseResult], by) -> dict[str, Tally]:
    out: dict[str, Tally] = {}
    for r in results:
        out.setdefault(by(r), Tally()).add(r.tally)
    return dict(sorted(out.items()))


def report(results: list[CaseResult], show_failures: bool) -> dict:
    overall = Tally()
    for r in results:
        overall.add(r.tally)
    kinds = Counter(k for r in results for k in r.kinds)
    return {
        "overall": overall,
        "by_family": totals(results, lambda r: r.family),
        "by_difficulty": totals(results, lambda r: r.difficulty),
        "silent_errors": [s for r in results for s in r.silent],
        "leaks": [x for r in results for x in r.leaks],
        "failure_kinds": kinds.most_common(),
        "failures": [
            {
                "file": r.file,
                "difficulty": r.difficulty,
                "why": r.kinds,
                "note": r.note,
                "intake_said": r.problems,
            }
            for r in results
            if r.kinds and show_failures
        ],
    }


def score_line(t: Tally) -> str:
    return (
        f"score: auto_correct={t.pct(t.auto_correct):.1f}% silent_wrong={t.silent_wrong}"
        f" reviewed={t.pct(t.reviewed):.1f}% nonreport_leaks={t.leaks}"
    )


def print_text(data: dict) -> None:
    head = (
        f"{'':<14}{'cases':>6}{'pass':>6}{'fields':>7}{'auto%':>7}{'ceil%':>7}{'rev%':>7}"
        f"{'wrong':>6}{'miss':>6}{'silent':>7}{'nonrep':>7}{'leaks':>6}{'err':>5}"
    )

    def row(name: str, t: Tally) -> str:
        return (
            f"{name:<14}{t.cases:>6}{t.passed:>6}{t.fields:>7}{t.pct(t.auto_correct):>7.1f}"
            f"{t.pct(t.acceptable):>7.1f}{t.pct(t.reviewed):>7.1f}{t.wrong:>6}{t.missed:>6}"
            f"{t.silent_wrong:>7}{t.nonreport_cases:>7}{t.leaks:>6}{t.errors:>5}"
        )

    print("By family (fields of expected reports; auto% = accepted and right, ceil% = the most")
    print("auto% can be when every report the clerk would accept is accepted, rev% = held):")
    print(head)
    for name, t in data["by_family"].items():
        print(row(name, t))
    print(row("ALL", data["overall"]))
    o = data["overall"]
    print(
        f"Held for review as expected: {o.prefilled} of the {o.held_fields} figures a clerk"
        " expects to see came out pre-filled, right."
    )
    if o.sender_held:
        print(
            f"Held only because the address is not in the unit directory: {o.sender_held}"
            f" figures, pre-filled right ({o.pct(o.sender_held):.1f}% of all; a clerk confirms"
            " the address once, and the unit's later reports are accepted)."
        )
    print()
    print("By difficulty:")
    print(head)
    for name, t in data["by_difficulty"].items():
        print(row(name, t))
    print()
    print(f"Silent errors ({len(data['silent_errors'])}):")
    for s in data["silent_errors"]:
        print(f"  {s['file']}: {s['what']}")
        print(f"      expected {s['expected']}\n      came out {s['came_out']}")
    if not data["silent_errors"]:
        print("  none")
    print(f"Non-report leaks ({len(data['leaks'])}):")
    for x in data["leaks"]:
        print(f"  {x['file']}: came out {x['came_out']}")
    if not data["leaks"]:
        print("  none")
    print("Why cases did not pass (cases per kind):")
    for kind, n in data["failure_kinds"]:
        print(f"  {n:>4}  {kind}")
    if data["failures"]:
        print("Cases that did not pass:")
        for x in data["failures"]:
            print(f"  {x['file']} [{x['difficulty']}]: {'; '.join(x['why'])}")
            print(f"      case: {x['note']}")
            if x["intake_said"]:
                print(f"      intake: {' / '.join(x['intake_said'])}")
    print(score_line(data["overall"]))


def as_json(data: dict) -> dict:
    return {
        "overall": data["overall"].figures(),
        "by_family": {k: v.figures() for k, v in data["by_family"].items()},
        "by_difficulty": {k: v.figures() for k, v in data["by_difficulty"].items()},
        "silent_errors": data["silent_errors"],
        "leaks": data["leaks"],
        "failure_kinds": dict(data["failure_kinds"]),
        "failures": data["failures"],
        "score_line": score_line(data["overall"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Field-level accuracy of `intake parse` on a corpus of .eml cases."
    )
    parser.add_argument("folder", type=Path, help="a corpus folder (e.g. tests/corpus)")
    parser.add_argument(
        "--parse-cmd",
        help="the command that reads .eml files and prints `intake parse --json` output"
        " (default: .venv/bin/intake parse --json --config config/example.toml)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    parser.add_argument("--json-out", type=Path, help="also write the figures as JSON here")
    parser.add_argument(
        "--failures", action="store_true", help="list every case that did not pass, and why"
    )
    args = parser.parse_args(argv)
    command = shlex.split(args.parse_cmd) if args.parse_cmd else default_command()
    folder = args.folder.resolve()
    if not folder.is_dir():
        print(f"error: {args.folder} is not a folder", file=sys.stderr)
        print(score_line(Tally()))
        return 0
    results = evaluate(folder, command)
    data = report(results, show_failures=True)
    machine = as_json(data)
    if args.json_out:
        args.json_out.write_text(json.dumps(machine, ensure_ascii=False, indent=2) + "\n")
    if args.json:
        print(json.dumps(machine, ensure_ascii=False, indent=2))
        return 0
    if not args.failures:
        data["failures"] = []
    print_text(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
