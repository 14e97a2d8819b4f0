"""The accuracy corpora, read by the real `intake parse` command.

bench/accuracy.py runs the command over every case and compares with what a careful clerk
records (see tests/corpus/README.md).  These tests fail on any silent error (an accepted
value, unit or period that is wrong, or an accepted report that should have been held),
on any non-report that yields an accepted report, and when the share of fields of
ordinary cases accepted correctly falls below the corpus's floor.

Thirteen corpora: tests/corpus, the one the parser was built against; bench/holdout to
bench/holdout12, written independently afterwards, each by someone who had read neither
the parser nor the corpora before it.  All thirteen are tuned: fixes were drawn from each
(by kind, never case by case), so they guard against sliding back, not measure unseen
mail; each set's first run, in its README, does that.  bench/holdout8, holdout10 and
holdout12 are read with their own configurations (the communes and wards of a province
after 1 July 2025).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
HOLDOUT = ROOT / "bench" / "holdout"
HOLDOUT2 = ROOT / "bench" / "holdout2"
HOLDOUT3 = ROOT / "bench" / "holdout3"
HOLDOUT4 = ROOT / "bench" / "holdout4"
HOLDOUT5 = ROOT / "bench" / "holdout5"
HOLDOUT6 = ROOT / "bench" / "holdout6"
HOLDOUT7 = ROOT / "bench" / "holdout7"
HOLDOUT8 = ROOT / "bench" / "holdout8"
HOLDOUT9 = ROOT / "bench" / "holdout9"
HOLDOUT10 = ROOT / "bench" / "holdout10"
HOLDOUT11 = ROOT / "bench" / "holdout11"
HOLDOUT12 = ROOT / "bench" / "holdout12"
HARNESS = ROOT / "bench" / "accuracy.py"

# auto_correct (%) on ordinary cases: what the parser reached when the floor was last set
# (90.6% of a possible 90.6%, 85.3% of 86.0%, 82.8% of 87.2%, 83.7% of 86.4%, 90.9% of
# 90.9%, 77.7% of 82.4%, 86.4% of 91.0%; December 2026: holdout7 87.5% of 92.4%,
# holdout8 83.0% of 84.3%, holdout9 90.6% of 90.6%, holdout10 90.0% of 90.0%; holdout11
# 82.6% of 87.3%, holdout12 82.5% of 82.5%), minus a margin.  Raise it as the parser
# improves; never lower it to let a change pass (tests/corpus: its ceiling fell from 92.0%
# in December 2026, when the rows a station sends for communes became held).
FLOORS = {
    CORPUS: 90.0,
    HOLDOUT: 83.0,
    HOLDOUT2: 80.0,
    HOLDOUT3: 81.0,
    HOLDOUT4: 88.0,
    HOLDOUT5: 75.0,
    HOLDOUT6: 84.0,
    HOLDOUT7: 85.0,
    HOLDOUT8: 80.0,
    HOLDOUT9: 88.0,
    HOLDOUT10: 87.0,
    HOLDOUT11: 80.0,
    HOLDOUT12: 80.0,
}
MIN_CASES = 170
SCORE_LINE = re.compile(
    r"^score: auto_correct=\d+(\.\d+)?% silent_wrong=\d+ reviewed=\d+(\.\d+)?%"
    r" nonreport_leaks=\d+$"
)


pytestmark = pytest.mark.slow


def own_config(corpus: Path) -> list[str]:
    """A corpus with its own configuration (config/intake.toml) is read with it."""
    toml = corpus / "config" / "intake.toml"
    if not toml.exists():
        return []
    intake = Path(sys.executable).with_name("intake")
    return ["--parse-cmd", f"{intake} parse --json --config {toml}"]


@pytest.fixture(scope="module", params=list(FLOORS), ids=lambda p: p.name)
def run(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict, Path]:
    figures = tmp_path_factory.mktemp("accuracy") / "figures.json"
    corpus = request.param
    done = subprocess.run(
        [
            sys.executable,
            str(HARNESS),
            str(corpus),
            "--json-out",
            str(figures),
            *own_config(corpus),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    print(done.stdout)
    return done.stdout, json.loads(figures.read_text(encoding="utf-8")), request.param


def test_the_corpus_is_complete() -> None:
    emls = sorted(CORPUS.rglob("*.eml"))
    assert len(emls) >= MIN_CASES
    for eml in emls:
        expected = json.loads(eml.with_name(eml.stem + ".expected.json").read_text("utf-8"))
        assert set(expected) == {"difficulty", "note", "reports"}, eml
        assert expected["difficulty"] in ("ordinary", "hard"), eml
        assert expected["note"].strip(), eml
        for report in expected["reports"]:
            assert set(report) == {"unit", "form", "period_end", "values", "status"}, eml
            assert report["status"] in ("accepted", "needs_review"), eml


def test_the_last_line_is_the_score(run: tuple[str, dict, Path]) -> None:
    text, figures, _ = run
    last = text.strip().splitlines()[-1]
    assert SCORE_LINE.match(last), last
    assert last == figures["score_line"]


def test_no_silent_error(run: tuple[str, dict, Path]) -> None:
    _, figures, _ = run
    errors = figures["silent_errors"]
    listed = "\n".join(
        f"{e['file']}: {e['what']}; expected {e['expected']}; came out {e['came_out']}"
        for e in errors
    )
    assert not errors, f"{len(errors)} silent errors:\n{listed}"


def test_no_nonreport_leak(run: tuple[str, dict, Path]) -> None:
    _, figures, _ = run
    leaks = figures["leaks"]
    listed = "\n".join(f"{x['file']}: {x['came_out']}" for x in leaks)
    assert not leaks, f"{len(leaks)} accepted reports from non-reports:\n{listed}"


def test_ordinary_cases_are_mostly_accepted_right(run: tuple[str, dict, Path]) -> None:
    """The floors measure the reading: a figure read right and held only because its
    address is not in the unit directory (issue 9's rule, tested in test_authenticity.py)
    counts as read right here; the score line itself counts it as reviewed."""
    _, figures, corpus = run
    ordinary = figures["by_difficulty"]["ordinary"]
    hard = figures["by_difficulty"].get("hard", {})
    for_address = round(100 * ordinary["sender_held"] / max(ordinary["fields"], 1), 1)
    print(
        f"auto_correct: ordinary {ordinary['auto_correct_pct']}%"
        f" + {for_address}% held only for the address"
        f" (ceiling {ordinary['ceiling_pct']}%, floor {FLOORS[corpus]}%),"
        f" hard {hard.get('auto_correct_pct')}% (ceiling {hard.get('ceiling_pct')}%)"
    )
    assert ordinary["errors"] == 0, "intake parse failed on some cases"
    assert ordinary["auto_correct_pct"] + for_address >= FLOORS[corpus]
