"""The identity of a message (issue 9): its bytes and its content, never its Message-ID
alone.  Through the real Dovecot and SMTP receiver, with the daemon as a subprocess."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.fixtures_imap import ImapAccount
from tests.fixtures_smtp import Receiver
from tests.helpers_e2e import query, run_ok, units
from tests.mail import SENT, message
from tests.test_e2e import make_office

pytestmark = pytest.mark.servers

FULL = "Số tin, bài: {n}\nĐộ dài: 45 phút\nSố lượt phát sóng: 36\nƯớc số người nghe: 5.000\n"
NOW = "2021-02-04T14:00+07:00"


def reports_of(database: Path) -> list[tuple]:
    return query(
        database,
        "SELECT m.id, r.unit, r.status, r.problems FROM reports r JOIN messages m"
        " ON m.id = r.message ORDER BY m.id",
    )


def test_ten_units_under_one_message_id_are_ten_reports(
    imap_account: ImapAccount, smtp_receiver: Receiver, tmp_path: Path
) -> None:
    """GIVEN ten reports from ten units, all under one Message-ID
    WHEN the daemon runs
    THEN all ten are archived and read; the first is accepted, the nine after it are
    held, each with the reason, and none of the ten units is reminded."""
    communes = [u for u in units() if u.emails][:10]
    for n, unit in enumerate(communes):
        m = message(FULL.format(n=n + 10), sender=unit.emails[0], sent=SENT + timedelta(minutes=n))
        m.replace_header("Message-ID", "<bao-cao-tuan@xa.example.vn>")
        imap_account.append(m.as_bytes())
    office = make_office(tmp_path, imap_account, smtp_receiver)

    run_ok(office.config, NOW)

    found = reports_of(office.database)
    assert len(query(office.database, "SELECT id FROM messages")) == 10
    assert sorted(unit for _, unit, _, _ in found) == sorted(u.id for u in communes)
    assert [status for *_, status, _ in found] == ["accepted"] + ["needs_review"] * 9
    assert all("Message-ID" in problems for *_, problems in found[1:])
    reminded = {a for r in smtp_receiver.of("reminder") for a in r.rcpt_tos}
    assert not reminded & {u.emails[0] for u in communes}


def test_the_same_letter_with_a_header_added_is_read_and_answered_once(
    imap_account: ImapAccount, smtp_receiver: Receiver, tmp_path: Path
) -> None:
    """GIVEN twenty reports without a Message-ID, each delivered twice: once as sent, once
    with a header a server added on the way
    WHEN the daemon runs, and runs again
    THEN all forty are archived, twenty are read, and twenty acknowledgments go out."""
    communes = [u for u in units() if u.emails]
    letters = []
    for n in range(20):
        unit = communes[n % len(communes)]
        m = message(FULL.format(n=n), sender=unit.emails[0], sent=SENT + timedelta(minutes=n))
        del m["Message-ID"]
        letters.append(m.as_bytes())
    imap_account.append_many(letters)
    imap_account.append_many([b"X-Spam-Score: 0.1\r\n" + data for data in letters])
    office = make_office(tmp_path, imap_account, smtp_receiver)

    run_ok(office.config, NOW)
    run_ok(office.config, NOW)

    states = query(office.database, "SELECT state, kind FROM messages ORDER BY id")
    assert len(states) == 40
    assert states[20:] == [("processed", "duplicate")] * 20
    assert len(query(office.database, "SELECT id FROM reports")) == 20
    assert len(smtp_receiver.wait_for(20, kind="ack")) == 20
    assert len(smtp_receiver.of("ack")) == 20
