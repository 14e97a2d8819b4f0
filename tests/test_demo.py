"""The demo, run as `make demo` runs it, in a copy of the repository's demo files.

config/demo.toml names its paths relative to itself (../demo/maildir, ../out, units.csv,
forms), so the test copies config/ and demo/ into a tmp folder with the same layout and
runs `run_daemon.py --config <tmp>/config/demo.toml --once --now <the Makefile's>`.
Nothing is written into the repository.
"""

from __future__ import annotations

import email
import email.policy
import json
import shutil
from pathlib import Path

import pytest

from tests.helpers_e2e import (
    DEMO_EXPECTED,
    REPO,
    expected_statuses,
    makefile_demo_now,
    query,
    read_table,
    run_ok,
    table_counts,
    xlsx_attachments,
)

EXPECTED = json.loads(DEMO_EXPECTED.read_text(encoding="utf-8"))
DEMO_TO = ["vanhoa.tamduong@laichau.gov.vn"]
DEMO_CC = ["stttt@laichau.gov.vn"]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A copy of config/ and demo/ under tmp_path; returns the copy's config/demo.toml."""
    shutil.copytree(REPO / "config", tmp_path / "config")
    shutil.copytree(REPO / "demo", tmp_path / "demo", ignore=shutil.ignore_patterns("data"))
    return tmp_path / "config" / "demo.toml"


def sent_files(out: Path, subject: str = "") -> list[Path]:
    """The messages the file transport wrote, those whose subject holds `subject`."""
    return [p for p in sorted((out / "sent").glob("*.eml")) if subject in _subject(p)]


def _subject(path: Path) -> str:
    return str(email.message_from_bytes(path.read_bytes(), policy=email.policy.default)["Subject"])


def test_demo_run_gives_expected_workbook_and_summary(demo: Path) -> None:
    """GIVEN a copy of the demo WHEN the daemon runs once as `make demo` runs it
    THEN the workbook's totals and statuses match demo/expected.json and the summary is
    written by the file transport, addressed as configured, with the workbook."""
    run_ok(demo, makefile_demo_now())

    out = demo.parent.parent / "out"
    xlsx = out / f"tong-hop-{EXPECTED['period_end']}.xlsx"
    table = read_table(xlsx, "weekly_propaganda")
    assert table.totals == EXPECTED["weekly_propaganda"]["totals"]
    assert table.statuses == expected_statuses(EXPECTED["weekly_propaganda"])
    assert read_table(xlsx, "social_media").totals == EXPECTED["social_media"]["totals"]

    [sent] = sent_files(out, "[Tổng hợp báo cáo]")
    acks = [p for p in sent_files(out) if p != sent]
    assert len(acks) == EXPECTED["report_messages"]  # each report answered, nothing else
    message = email.message_from_bytes(sent.read_bytes(), policy=email.policy.default)
    assert [a.addr_spec for a in message["To"].addresses] == DEMO_TO
    assert [a.addr_spec for a in message["Cc"].addresses] == DEMO_CC
    [attachment] = xlsx_attachments(message)  # type: ignore[arg-type]
    assert read_table(attachment, "weekly_propaganda").totals == table.totals
    assert (out / f"tong-hop-{EXPECTED['period_end']}.eml").exists()

    kinds = dict(
        query(out / "data" / "intake.sqlite", "SELECT kind, count(*) FROM messages GROUP BY 1")
    )
    assert kinds.pop("report") == EXPECTED["report_messages"]
    assert sum(kinds.values()) == EXPECTED["non_reports"]


def test_demo_second_run_sends_nothing_new(demo: Path) -> None:
    """GIVEN the demo run once WHEN it runs again at the same time
    THEN no summary is sent again and nothing is added to the database."""
    now = makefile_demo_now()
    out = demo.parent.parent / "out"
    run_ok(demo, now)
    sent, before = sent_files(out), table_counts(out / "data" / "intake.sqlite")

    run_ok(demo, now)

    assert sent_files(out) == sent
    assert table_counts(out / "data" / "intake.sqlite") == before


def test_makefile_demo_time_is_the_expected_time() -> None:
    """GIVEN the Makefile's demo target and demo/expected.json
    WHEN their --now and "now" are read THEN they are the same (they cannot drift)."""
    assert makefile_demo_now() == EXPECTED["now"]
