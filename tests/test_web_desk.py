"""The clerk's week on the web desk, end to end, in a real browser.

GIVEN the demo's week read by the daemon (two reports held: Bản Giang's listeners are
"đang tổng hợp", and a report naming Nùng Nàng came from an address outside the
directory) and `intake web` serving it,
WHEN a clerk signs in, reads the board, corrects and accepts one held report and
rejects the other, and a leader approves and sends,
THEN the replacement report with the corrected figure is in the outbox and was sent.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers_e2e import query, read_table, xlsx_attachments
from tests.web_desk import Desk, sign_in, start

pytestmark = pytest.mark.servers


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    yield from start(tmp_path_factory.mktemp("desk"))


def test_the_clerks_week(desk: Desk, browser, tmp_path: Path) -> None:
    clerk = browser.new_context(viewport={"width": 1366, "height": 900}, locale="vi-VN")
    page = clerk.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    # 1. sign in; 2. the board: every unit, the week's cells, who has not sent
    sign_in(page, desk.base, "lan")
    board = page.locator("section.board").first
    assert "Báo cáo kết quả tuyên truyền tuần" in board.locator("h2").inner_text()
    rows = board.locator("table.grid tbody tr")
    assert rows.count() == 14
    last_week = board.locator("table.grid tbody tr", has_text="Xã Thèn Sin").locator("td").nth(1)
    assert last_week.inner_text().strip() == "Đúng hạn"
    held_cell = board.locator("table.grid tbody tr", has_text="Xã Bản Giang").locator("td").nth(1)
    assert held_cell.inner_text().strip() == "Chờ kiểm tra"
    assert page.locator("header nav .badge").inner_text() == "2"

    # 3. open a held report from the queue: Bản Giang's, the figure in doubt shown
    page.click("header nav >> text=Chờ kiểm tra")
    page.click("table.queue tr:has-text('Xã Bản Giang') a")
    assert "Xã Bản Giang" in page.locator("h1").inner_text()
    assert "đang tổng hợp" in page.locator(".reasons").inner_text()
    listeners = page.locator("input[name='v.listeners']")
    assert listeners.input_value() == ""

    # 4. correct the figure and accept; a wrong entry is refused with the reason first
    listeners.fill("nhiều lắm")
    page.click("button:has-text('Chấp nhận')")
    assert "Ước số người nghe" in page.locator("p.error").inner_text()
    page.locator("input[name='v.listeners']").fill("1.300")
    page.click("button:has-text('Chấp nhận')")
    assert "Đã chấp nhận báo cáo." in page.locator("p.done").inner_text()

    # 5. the next held report opened by itself: Nùng Nàng's, from an unknown address; reject
    assert "Nùng Nàng" in page.locator("h1").inner_text()
    page.fill("input[name=reason]", "Thư không gửi từ địa chỉ của xã; đề nghị xã gửi lại")
    page.click("button:has-text('Từ chối')")
    assert "Đã từ chối báo cáo." in page.locator("p.done").inner_text()
    assert page.url.endswith("/held?done=rejected")
    assert "Không còn báo cáo nào chờ kiểm tra" in page.content()

    current = query(
        desk.database,
        "SELECT r.unit, r.status, v.value FROM reports r LEFT JOIN report_values v"
        " ON v.report = r.id AND v.field = 'listeners' WHERE r.is_current = 1"
        " AND r.unit = 'ban_giang' AND r.period_end = '2021-02-04'",
    )
    assert current == [("ban_giang", "accepted", 1300.0)]
    decided = query(desk.database, "SELECT actor, kind FROM events WHERE kind LIKE 'review.%'")
    assert sorted(decided) == [("lan", "review.accepted"), ("lan", "review.rejected")]

    # a clerk sees the report upward but no approval button
    page.goto(desk.base + "/report?end=2021-02-04")
    assert page.locator("button:has-text('Duyệt và gửi')").count() == 0
    clerk.close()

    # 6. a leader approves and sends: the week was sent at 16:31, so a numbered replacement
    leader = browser.new_context(viewport={"width": 1366, "height": 900}, locale="vi-VN")
    page = leader.new_page()
    sign_in(page, desk.base, "hung")
    page.goto(desk.base + "/report?end=2021-02-04")
    changes = page.locator("section.card:has-text('Duyệt và gửi') li").all_inner_texts()
    assert any("Xã Bản Giang" in c for c in changes), changes
    page.click("button:has-text('Duyệt và gửi báo cáo thay thế')")
    assert "Đã duyệt và gửi báo cáo." in page.locator("p.done").inner_text()
    versions = page.locator("section:has-text('Các bản đã lập') tbody tr")
    assert versions.count() == 2
    assert "hung" in versions.nth(1).inner_text() and "đã gửi" in versions.nth(1).inner_text()
    leader.close()
    assert dialogs == []

    # 7. the report and its figures are in the outbox, and went out
    reports = query(
        desk.database,
        "SELECT subject, state FROM outbox WHERE kind = 'report' ORDER BY id",
    )
    assert len(reports) == 2 and all(state == "sent" for _, state in reports)
    replacement = _sent_with(desk.sent, reports[1][0])
    [book] = xlsx_attachments(replacement)
    table = read_table(book, "weekly_propaganda")
    assert table.rows["Xã Bản Giang"]["listeners"] == 1300


def _sent_with(folder: Path, subject: str) -> email.message.EmailMessage:
    for path in sorted(folder.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if str(message["Subject"]) == subject:
            return message  # type: ignore[return-value]
    raise AssertionError(f"no message sent with the subject {subject!r}")
