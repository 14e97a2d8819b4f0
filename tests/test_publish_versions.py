"""One right report upward: a period's report is sent once; sending it again is a numbered
replacement with the figures that changed; a draft never touches what was sent."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime
from pathlib import Path

import pytest

from intake.app import App
from intake.errors import IntakeError
from intake.publish import approve, draft, publish, send
from tests.mail import ICT
from tests.test_publish import FIRST, correct_ban_bo, demo, run  # noqa: F401 (the fixture)

END = datetime(2021, 2, 4).date()
LATER = datetime(2021, 2, 5, 10, 0, tzinfo=ICT)


def out(config: Path) -> Path:
    return config.parent.parent / "out"


def sent_mail(config: Path) -> list[email.message.EmailMessage]:
    """The reports sent upward (not the answers to the units), in the order sent."""
    files = sorted((out(config) / "sent").rglob("*.eml"), key=lambda f: f.stat().st_mtime_ns)
    read = [email.message_from_bytes(f.read_bytes(), policy=email.policy.default) for f in files]
    return [m for m in read if "[Tổng hợp báo cáo]" in m["Subject"]]


@pytest.fixture
def sent_once(demo):  # noqa: F811
    assert run(demo, FIRST).returncode == 0
    assert len(sent_mail(demo)) == 1
    return demo


def test_sending_again_with_nothing_changed_is_refused(sent_once):
    """GIVEN a week's report sent WHEN it is sent again, no figure changed THEN nothing
    goes and the clerk is told why."""
    app = App.open(sent_once)
    try:
        with pytest.raises(IntakeError, match="không số liệu nào thay đổi"):
            send(app, END, LATER)
        with pytest.raises(IntakeError, match="không số liệu nào thay đổi"):
            publish(app, END, LATER)  # what cli.py calls today, with its defaults
    finally:
        app.close()
    assert len(sent_mail(sent_once)) == 1


def test_a_draft_has_its_own_name_and_never_touches_what_was_sent(sent_once):
    """GIVEN a week's report sent WHEN `intake report` runs without --send THEN a draft
    is written under its own name, the sent files are unchanged, nothing is recorded."""
    sent_files = {p: p.read_bytes() for p in out(sent_once).glob("tong-hop-2021-02-04.*")}
    app = App.open(sent_once)
    try:
        files = draft(app, END, LATER)
        again = publish(app, END, LATER, send_mail=False)  # cli.py today
        publications = app.store.publications(END)
    finally:
        app.close()
    assert [f.name for f in files][0] == "tong-hop-2021-02-04-du-thao.xlsx"
    assert again == files
    assert {p: p.read_bytes() for p in sent_files} == sent_files
    assert [(p.version, p.state) for p in publications] == [(1, "sent")]


def test_sending_again_after_a_correction_is_a_numbered_replacement(sent_once):
    """GIVEN a week's report sent WHEN a unit corrects its figures and the report is sent
    again THEN version 2 goes, named in its subject and document, with the unit's change."""
    correct_ban_bo(sent_once)
    app = App.open(sent_once)
    try:
        files = send(app, END, LATER)
        publications = app.store.publications(END)
    finally:
        app.close()
    assert files[0].name == "tong-hop-2021-02-04-v2.xlsx"
    assert [(p.version, p.state) for p in publications] == [(1, "sent"), (2, "sent")]
    first, second = sent_mail(sent_once)
    assert "phiên bản" not in first["Subject"]
    assert second["Subject"].startswith("[Báo cáo thay thế - phiên bản 2] [Tổng hợp báo cáo]")
    assert first["Message-ID"] != second["Message-ID"]
    body = second.get_body(("plain",)).get_content()
    assert "thay thế báo cáo đã gửi ngày 04/02/2021) - phiên bản 2" in body
    assert "Bản Bo" in body.split("thay thế báo cáo")[1]
    names = [part.get_filename() for part in second.iter_attachments()]
    assert names[0] == "tong-hop-tuan-2021-02-04-v2.xlsx"


def test_with_approval_a_replacement_goes_as_a_draft_then_as_itself(demo):  # noqa: F811
    """GIVEN approval required and a week's report approved and sent WHEN a unit corrects
    its figures and the report is sent again THEN a draft of version 2 goes to the
    approvers, and once approved version 2 goes, saying what it replaces."""
    demo.write_text(
        demo.read_text().replace(
            'cc = ["stttt@laichau.gov.vn"]',
            'cc = ["stttt@laichau.gov.vn"]\napproval = "required"\n'
            'draft_to = ["truongphong.tamduong@laichau.gov.vn"]',
        )
    )
    assert run(demo, FIRST).returncode == 0
    app = App.open(demo)
    try:
        approve(app, END, "truongphong", LATER)
    finally:
        app.close()
    correct_ban_bo(demo)
    app = App.open(demo)
    try:
        send(app, END, LATER)
        approve(app, END, "truongphong", LATER)
        publications = app.store.publications(END)
    finally:
        app.close()
    assert [(p.version, p.state) for p in publications] == [(1, "sent"), (2, "sent")]
    subjects = [m["Subject"] for m in sent_mail(demo)]
    assert subjects[2].startswith("[Dự thảo - chờ duyệt] [Báo cáo thay thế - phiên bản 2]")
    assert subjects[3].startswith("[Báo cáo thay thế - phiên bản 2] [Tổng hợp báo cáo]")
    body = sent_mail(demo)[3].get_body(("plain",)).get_content()
    assert "thay thế báo cáo đã gửi ngày" in body and "Bản Bo" in body
