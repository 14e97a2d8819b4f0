"""One definition of "reported" (aggregate.standing), shared by status, completeness and
the report: a period not yet due is never missing, and status counts as the report does."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from intake.aggregate import standing
from intake.models import Standing, Status
from intake.store import StoredReport
from tests.helpers_e2e import demo_copy

ROOT = Path(__file__).resolve().parents[1]
NOW = "2021-02-04T16:31+07:00"
ICT = timezone(timedelta(hours=7))
DEADLINE = datetime(2021, 2, 4, 16, tzinfo=ICT)


def stored(status: Status, late: bool = False) -> StoredReport:
    return StoredReport(
        1, None, "ban_bo", "weekly_propaganda", DEADLINE.date(), status, {}, DEADLINE,
        late, True, (), (), "", None, None, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("report", "now", "expected"),
    [
        (None, DEADLINE - timedelta(minutes=1), Standing.NOT_DUE),
        (None, DEADLINE, Standing.MISSING),
        (stored(Status.ACCEPTED), DEADLINE, Standing.ON_TIME),
        (stored(Status.ACCEPTED, late=True), DEADLINE, Standing.LATE),
        (stored(Status.NEEDS_REVIEW), DEADLINE, Standing.HELD),
        (stored(Status.REJECTED), DEADLINE, Standing.REJECTED),
        (stored(Status.ACCEPTED), DEADLINE - timedelta(days=1), Standing.ON_TIME),
    ],
)
def test_standing_of_a_unit_for_a_form_and_a_period(report, now, expected):
    """GIVEN a unit's current report (or none) WHEN asked at `now` THEN one standing."""
    assert standing(report, DEADLINE, now) is expected


def test_only_on_time_and_late_count_as_reported():
    assert {s for s in Standing if s.reported} == {Standing.ON_TIME, Standing.LATE}


def intake(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "intake.cli", *args], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo configuration run once over the demo mailbox, at its week's end."""
    return demo_copy(tmp_path_factory.mktemp("demo"), NOW)


def test_weeks_not_yet_due_are_never_missing(demo):
    """GIVEN now = 4 Feb 2021 16:31 WHEN completeness runs over January to March
    THEN the weeks after 4 Feb are "chưa đến hạn", and a unit's on-time count is over
    the five weeks due."""
    rows = json.loads(
        intake(
            "completeness",
            "--config",
            str(demo),
            "--from",
            "2021-01-01",
            "--to",
            "2021-03-31",
            "--format",
            "json",
            "--now",
            NOW,
        )  # fmt: skip
    )
    later = {r["status"] for r in rows if r["period_end"] > "2021-02-04"}
    assert later == {"not_due"}
    earlier = {r["status"] for r in rows if r["period_end"] < "2021-02-04"}
    assert earlier == {"missing"}
    text = intake(
        "completeness", "--config", str(demo), "--from", "2021-01-01", "--to", "2021-03-31",
        "--now", NOW,
    )  # fmt: skip
    ban_bo = next(line for line in text.splitlines() if line.startswith("Xã Bản Bo"))
    assert ban_bo.split()[-1] == "1/5"
    assert "· chưa đến hạn" in text


def test_status_and_report_agree_on_who_reported(demo):
    """GIVEN the demo week (12 reported, 1 held, 1 missing) WHEN status and completeness
    are asked THEN both say 12/14, as the report does."""
    status = intake("status", "--config", str(demo), "--now", NOW)
    assert "Báo cáo kết quả tuyên truyền tuần: 12/14 đơn vị đã báo cáo" in status
    grid = intake(
        "completeness", "--config", str(demo), "--from", "2021-02-04", "--to", "2021-02-04",
        "--now", NOW,
    )  # fmt: skip
    assert "12/14" in grid


def test_before_the_deadline_status_says_not_yet_due(demo):
    status = intake("status", "--config", str(demo), "--now", "2021-02-04T15:00+07:00")
    assert "chưa gửi (chưa đến hạn): xã Nùng Nàng" in status
    assert "chưa báo cáo:" not in status
