"""The office's pages over HTTP against the real `intake web`: a unit and its directory
entry, the report upward's preview and drafts, the mailbox's retry, the accounts, and
the bulk accept."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator

import pytest
from openpyxl import load_workbook

from intake import directory
from tests.helpers_e2e import query
from tests.web_desk import Client, Desk, start

pytestmark = pytest.mark.servers


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    yield from start(tmp_path_factory.mktemp("desk-office"))


def _signed_in(desk: Desk, login: str) -> tuple[Client, str]:
    client = Client(desk.base)
    assert client.login(login).status == 303
    return client, client.csrf()


def test_the_board_shows_every_state_and_who_to_call(desk: Desk) -> None:
    client, _ = _signed_in(desk, "lan")
    page = client.get("/").text
    # last week: on time, late, held (Bản Giang's figure, Nùng Nàng's address); this week
    # is not due; before the first report of a form, "—", never "missing"
    for label in ("Đúng hạn", "Muộn 20 phút", "Chờ kiểm tra", "Chưa đến hạn", "—"):
        assert label in page, label
    assert ">Chưa gửi<" not in page
    assert "14 đơn vị chưa có báo cáo kỳ này" in page  # the new week is not due yet
    assert "nungnang.tamduong@laichau.gov.vn" in page  # the contacts of who has not sent


def test_an_admin_edits_a_unit_and_the_directory_file_follows(desk: Desk) -> None:
    client, token = _signed_in(desk, "admin")
    units_file = desk.config.parent / "units.csv"
    fields = {
        "csrf": token,
        "name": "Xã Thèn Sin",
        "aliases": "Thèn Sin\nThen Sin\nUBND xã Thèn Sin",
        "emails": "thensin.tamduong@laichau.gov.vn\nvanhoa.thensin@gmail.com",
        "phone": "0213 3876 001",
        "address": "Trụ sở UBND xã Thèn Sin",
    }
    wrong = client.post("/units/then_sin", {**fields, "emails": "không-phải-địa-chỉ"})
    assert wrong.status == 400 and "không phải địa chỉ thư điện tử" in wrong.text
    assert "vanhoa.thensin@gmail.com" not in units_file.read_text(encoding="utf-8-sig")

    saved = client.post("/units/then_sin", fields)
    assert saved.status == 303
    unit = directory.load(units_file).get("then_sin")
    assert unit is not None and unit.phone == "0213 3876 001"
    assert "UBND xã Thèn Sin" in unit.aliases and "vanhoa.thensin@gmail.com" in unit.emails
    page = client.get("/units/then_sin").text
    assert "0213 3876 001" in page and "Sửa thông tin đơn vị" in page  # the audit line
    [(actor, detail)] = query(
        desk.database, "SELECT actor, detail FROM events WHERE kind = 'unit.edited'"
    )
    assert actor == "admin" and '"phone": ""' in detail and "0213 3876 001" in detail
    assert "<svg" in page  # the trend of its accepted figures

    clerk, clerk_token = _signed_in(desk, "lan")
    assert clerk.post("/units/then_sin", {**fields, "csrf": clerk_token}).status == 403


def test_the_report_upward_preview_and_its_draft(desk: Desk) -> None:
    client, _ = _signed_in(desk, "lan")
    page = client.get("/report?end=2021-02-04").text
    assert "Tổng cộng" in page and "66.700" in page  # the week's listeners, as in the demo
    draft = client.get("/report/2021-02-04/draft.xlsx")
    assert draft.status == 200
    assert draft.headers["content-disposition"].startswith("attachment;")
    book = load_workbook(io.BytesIO(draft.body), read_only=True)
    assert book.sheetnames
    sent_before = query(desk.database, "SELECT count(*) FROM publications")
    assert client.get("/report/2021-02-04/draft.exe").status == 404
    assert client.get("/report/not-a-day/draft.xlsx").status == 404
    assert query(desk.database, "SELECT count(*) FROM publications") == sent_before


def test_a_failed_send_is_retried_from_the_mailbox_page(desk: Desk) -> None:
    client, token = _signed_in(desk, "lan")
    with sqlite3.connect(desk.database) as conn:
        key, data = conn.execute(
            "SELECT key, data FROM outbox WHERE kind = 'ack' AND state = 'sent' LIMIT 1"
        ).fetchone()
        conn.execute(
            "INSERT INTO outbox (key, kind, recipients, subject, created_at, state, data,"
            " attempts, next_try_at) VALUES ('ack:again', 'ack', 'x@y.vn', 'Thử lại',"
            " '2021-02-04T09:00:00+00:00', 'stale', ?, 3, NULL)",
            (data,),
        )
    page = client.get("/mailbox").text
    assert "Chưa gửi được" in page and "ack:again" in page
    assert client.post("/mailbox/retry", {"csrf": token, "key": "ack:again"}).status == 303
    assert query(desk.database, "SELECT state FROM outbox WHERE key = 'ack:again'") == [("sent",)]
    assert query(desk.database, "SELECT actor FROM events WHERE kind = 'outbox.retry'") == [
        ("lan",)
    ]
    assert key != "ack:again"


def test_accounts_are_managed_by_an_admin_only(desk: Desk) -> None:
    admin, token = _signed_in(desk, "admin")
    added = admin.post(
        "/accounts",
        {
            "csrf": token,
            "action": "add",
            "login": "mai",
            "full_name": "Lê Thị Mai",
            "role": "clerk",
            "password": "mat-khau-cua-mai",
        },
    )
    assert added.status == 303
    assert Client(desk.base).login("mai", "mat-khau-cua-mai").status == 303
    short = admin.post(
        "/accounts",
        {"csrf": token, "action": "add", "login": "ngan", "role": "clerk", "password": "ngan"},
    )
    assert short.status == 400 and "ít nhất" in short.text
    admin.post("/accounts", {"csrf": token, "action": "disable", "login": "mai"})
    assert Client(desk.base).login("mai", "mat-khau-cua-mai").status == 401
    itself = admin.post("/accounts", {"csrf": token, "action": "disable", "login": "admin"})
    assert itself.status == 400
    kinds = query(
        desk.database,
        "SELECT kind, actor FROM events WHERE subject = 'account:mai' AND kind LIKE 'account.%'",
    )
    assert kinds == [("account.added", "admin"), ("account.disabled", "admin")]


def test_bulk_accept_takes_only_reports_held_for_that_reason_alone(desk: Desk) -> None:
    client, token = _signed_in(desk, "lan")
    page = client.get("/held").text
    assert "Chấp nhận hàng loạt" in page
    held = dict(
        query(
            desk.database,
            "SELECT unit, id FROM reports WHERE status = 'needs_review' AND superseded_by IS NULL",
        )
    )
    assert set(held) == {"ban_giang", "nung_nang"}
    [(reason,)] = query(
        desk.database,
        "SELECT DISTINCT json_extract(p.value, '$.code') FROM reports r,"
        " json_each(r.problems) p WHERE r.id = ?",
        (held["nung_nang"],),
    )
    done = client.post("/held/accept-all", {"csrf": token, "reason": reason})
    assert done.status == 200 and "Đã chấp nhận 1 báo cáo" in done.text
    states = dict(
        query(
            desk.database,
            "SELECT unit, status FROM reports WHERE is_current = 1 AND period_end = '2021-02-04'"
            " AND unit IN ('ban_giang', 'nung_nang')",
        )
    )
    assert states == {"ban_giang": "needs_review", "nung_nang": "accepted"}
