"""Mail written by others (tests/real_mail): spam, phishing, malformed MIME, odd encodings.

Copied from shared/corpora/real-mail with their licences.  None of them is a commune
report.  Every message goes through the `intake parse --json` command, as a user runs it:
no exception may escape (a message intake cannot read is reported with a reason), and
no message may yield an accepted report.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REAL_MAIL = ROOT / "tests" / "real_mail"
NOT_MAIL = ("LICENSE", "NOTICE", "README")
COMMAND = [
    str(ROOT / ".venv" / "bin" / "intake"),
    "parse",
    "--json",
    "--config",
    str(ROOT / "config" / "example.toml"),
]


def messages() -> list[Path]:
    return sorted(
        p for p in REAL_MAIL.rglob("*") if p.is_file() and not p.name.startswith(NOT_MAIL)
    )


def parse(files: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *map(str, files)], capture_output=True, text=True, timeout=600, cwd=ROOT
    )


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    files = messages()
    done = parse(files)
    if done.returncode != 0:  # name the messages that break the command
        broken = []
        for path in files:
            one = parse([path])
            if one.returncode != 0:
                broken.append(f"{path.relative_to(ROOT)}: {one.stderr.strip()[-300:]}")
        pytest.fail("intake parse failed on:\n" + "\n".join(broken))
    assert "Traceback" not in done.stderr, done.stderr
    return {item["file"]: item for item in json.loads(done.stdout)}


def test_the_corpus_is_there() -> None:
    assert len(messages()) >= 60
    assert (REAL_MAIL / "mail-parser" / "LICENSE.txt").exists()
    assert (REAL_MAIL / "cpython-test-email" / "LICENSE.txt").exists()


def test_every_message_is_answered(results: dict[str, dict]) -> None:
    missing = [p for p in messages() if str(p) not in results]
    assert not missing, missing


def test_no_accepted_report(results: dict[str, dict]) -> None:
    accepted = [
        f"{Path(name).relative_to(ROOT)}: {r['unit']} {r['form']} {r['values']}"
        for name, item in results.items()
        for r in item.get("reports", [])
        if r.get("status") == "accepted"
    ]
    assert not accepted, "\n".join(accepted)
