"""The web desk's defences, against the real `intake web` over HTTP and in Chromium."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers_e2e import query
from tests.web_desk import PAYLOAD_TITLE, Client, Desk, sign_in, start

pytestmark = pytest.mark.servers


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    yield from start(tmp_path_factory.mktemp("desk-security"))


def _held(desk: Desk, unit: str) -> int:
    [(report_id,)] = query(
        desk.database,
        "SELECT id FROM reports WHERE status = 'needs_review' AND superseded_by IS NULL"
        " AND unit = ?",
        (unit,),
    )
    return report_id


def _message_of(desk: Desk, report_id: int) -> int:
    [(message,)] = query(desk.database, "SELECT message FROM reports WHERE id = ?", (report_id,))
    return message


def test_pages_need_a_session(desk: Desk) -> None:
    client = Client(desk.base)
    for path in ("/", "/held", "/report", "/mailbox", "/accounts", "/units/then_sin"):
        answer = client.get(path)
        assert answer.status == 303 and answer.headers["location"].startswith("/login"), path
    assert client.post("/reports/1/reject", {"reason": "x"}).status == 403


def test_a_post_without_the_csrf_token_is_refused(desk: Desk) -> None:
    client = Client(desk.base)
    assert client.login("lan").status == 303
    report = _held(desk, "ban_giang")
    refused = client.post(f"/reports/{report}/reject", {"reason": "không có mã"})
    assert refused.status == 403 and "CSRF" in refused.text
    wrong = client.post(f"/reports/{report}/reject", {"reason": "sai mã", "csrf": "x" * 43})
    assert wrong.status == 403
    assert _held(desk, "ban_giang") == report  # still held: nothing was decided
    # the sign-in form is protected too
    assert Client(desk.base).post("/login", {"login": "lan", "password": "x"}).status == 403


def test_a_clerk_cannot_approve_or_manage(desk: Desk) -> None:
    client = Client(desk.base)
    client.login("lan")
    token = client.csrf()
    sent_before = query(desk.database, "SELECT count(*) FROM publications")
    answer = client.post("/report/2021-02-04/send", {"csrf": token})
    assert answer.status == 403 and "không có quyền" in answer.text
    assert query(desk.database, "SELECT count(*) FROM publications") == sent_before
    assert client.get("/accounts").status == 403
    add = {"csrf": token, "action": "add", "login": "moi", "role": "admin", "password": "x" * 12}
    assert client.post("/accounts", add).status == 403
    assert query(desk.database, "SELECT count(*) FROM accounts WHERE login = 'moi'") == [(0,)]
    edit = {
        "csrf": token,
        "name": "Xã Khác",
        "aliases": "",
        "emails": "",
        "phone": "",
        "address": "",
    }
    assert client.post("/units/then_sin", edit).status == 403


def test_the_session_changes_at_sign_in(desk: Desk) -> None:
    client = Client(desk.base)
    client.get("/login")
    client.set_cookie("intake_session", "planted-by-an-attacker")
    assert client.login("lan").status == 303
    first = client.cookie("intake_session")
    assert first and first != "planted-by-an-attacker"
    assert client.get("/").status == 200
    client.login("lan")
    second = client.cookie("intake_session")
    assert second and second != first
    # the old token no longer opens anything, and the planted one never did
    stale = Client(desk.base)
    stale.set_cookie("intake_session", first)
    assert stale.get("/").status == 303
    # the cookie is HttpOnly and SameSite=Lax
    fresh = Client(desk.base)
    page = fresh.get("/login")
    from tests.web_desk import csrf_of

    answer = fresh.post(
        "/login",
        {"csrf": csrf_of(page.text), "login": "lan", "password": "mat-khau-chuyen-vien"},
    )
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_sign_in_is_throttled(desk: Desk) -> None:
    client = Client(desk.base)
    for _ in range(5):
        assert client.login("thu", "sai-mat-khau-roi").status == 401
    answer = client.login("thu")  # the right password, too late
    assert answer.status == 429 and "quá nhiều lần" in answer.text
    assert client.cookie("intake_session") is None
    # another account from the same address is not locked out by these five
    assert Client(desk.base).login("lan").status == 303


def test_attachments_take_no_path_from_the_request(desk: Desk) -> None:
    client = Client(desk.base)
    client.login("lan")
    message = _message_of(desk, _held(desk, "nung_nang"))
    for path in (
        f"/messages/{message}/files/..%2F..%2Fdata%2Fintake.sqlite",
        f"/messages/{message}/files/../../../etc/passwd",
        f"/messages/{message}/files/-1",
        f"/messages/{message}/files/99",
        "/static/..%2F..%2Fconfig.py",
    ):
        answer = client.get(path)
        assert answer.status == 404, path
        assert b"SQLite format" not in answer.body and b"root:" not in answer.body
    download = client.get(f"/messages/{message}/files/0")
    assert download.status == 200
    assert download.headers["content-disposition"].startswith("attachment;")
    assert download.headers["x-content-type-options"] == "nosniff"
    assert download.headers["content-type"] == "application/octet-stream"
    preview = client.get(f"/messages/{message}/files/1/preview/0")  # the PDF's first page
    assert preview.status == 200 and preview.body.startswith(b"\x89PNG")


def test_mail_html_never_runs(desk: Desk, browser) -> None:
    client = Client(desk.base)
    client.login("lan")
    report = _held(desk, "nung_nang")
    body = client.get(f"/messages/{_message_of(desk, report)}/body")
    assert "sandbox" in body.headers["content-security-policy"]
    assert "script-src" not in body.headers["content-security-policy"]  # default-src 'none'
    lowered = body.text.lower()
    assert "<script" not in lowered and "onerror" not in lowered and "javascript:" not in lowered
    assert "Số tin, bài" in body.text  # the content itself is kept

    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    sign_in(page, desk.base, "lan")
    page.goto(f"{desk.base}/reports/{report}")
    frame = page.frame_locator("iframe.mail")
    frame.locator("table").wait_for()
    assert frame.locator("script").count() == 0
    assert page.title() != PAYLOAD_TITLE
    assert page.evaluate("window.pwned") is None
    assert page.locator("iframe.mail").get_attribute("sandbox") == ""
    assert dialogs == []
    context.close()


def test_security_headers_on_every_page(desk: Desk) -> None:
    client = Client(desk.base)
    client.login("lan")
    for path in ("/login", "/", "/held", "/static/desk.css"):
        headers = client.get(path).headers
        assert headers["x-content-type-options"] == "nosniff", path
        assert "default-src 'none'" in headers["content-security-policy"], path
        assert "frame-ancestors 'self'" in headers["content-security-policy"], path
