"""The web desk as the tests run it: the demo's week, read by the real daemon, served by
the real `intake web` (uvicorn) on a free loopback port, driven by Debian's Chromium
through Playwright or by a plain HTTP client.

The demo mailbox gets one more message before the daemon runs: a report from an address
outside the unit directory (so it is held) whose HTML carries script and event-handler
payloads, and a PNG and a PDF attached, for the previews and the security tests.
"""

from __future__ import annotations

import http.cookiejar
import io
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.helpers_e2e import REPO, run_ok
from tests.servers import free_port

DEMO_NOW = "2021-02-04T16:31+07:00"
DESK_NOW = "2021-02-04T16:45+07:00"
CHROMIUM = "/usr/bin/chromium"
PASSWORDS = {
    "admin": "mat-khau-quan-tri",
    "lan": "mat-khau-chuyen-vien",
    "hung": "mat-khau-lanh-dao",
    "thu": "mat-khau-cua-thu",
}
ROLES = {"admin": "admin", "lan": "clerk", "hung": "leader", "thu": "clerk"}
PAYLOAD_TITLE = "pwned"
HOSTILE_HTML = f"""<html><body>
<p>Kính gửi Phòng Văn hóa, xã Nùng Nàng báo cáo:</p>
<script>parent.document.title = '{PAYLOAD_TITLE}'; window.top.pwned = 1;</script>
<img src="x" onerror="parent.document.title = '{PAYLOAD_TITLE}'">
<svg onload="parent.document.title = '{PAYLOAD_TITLE}'"></svg>
<a href="javascript:parent.document.title='{PAYLOAD_TITLE}'">bấm vào đây</a>
<table><tr><td>Số tin, bài</td><td>7</td></tr><tr><td>Thời lượng</td><td>40 phút</td></tr>
<tr><td>Số lượt phát sóng</td><td>20</td></tr>
<tr><td>Ước số người nghe</td><td>1.500</td></tr></table>
</body></html>"""


@dataclass
class Desk:
    base: str
    config: Path
    database: Path
    sent: Path
    process: subprocess.Popen


def hostile_message() -> bytes:
    message = EmailMessage()
    message["From"] = "Xã Nùng Nàng <nungnang.canbo@gmail.com>"
    message["To"] = "sangnq.tamduong@laichau.gov.vn"
    message["Subject"] = "Báo cáo tuần xã Nùng Nàng"
    message["Date"] = "Thu, 04 Feb 2021 10:00:00 +0700"
    message["Message-ID"] = "<hostile-html@nungnang.example>"
    message.set_content(
        "Kính gửi Phòng Văn hóa, xã Nùng Nàng báo cáo:\n"
        "Số tin, bài: 7\nThời lượng: 40 phút\nSố lượt phát sóng: 20\nƯớc số người nghe: 1.500\n"
    )
    message.add_alternative(HOSTILE_HTML, subtype="html")
    message.add_attachment(_png(), maintype="image", subtype="png", filename="anh-chup.png")
    message.add_attachment(_pdf(), maintype="application", subtype="pdf", filename="bao-cao.pdf")
    return message.as_bytes()


def _png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 80), "white")
    ImageDraw.Draw(image).text((10, 30), "So tin, bai: 7", fill="black")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _pdf() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(out, "PDF")
    return out.getvalue()


def start(base: Path) -> Iterator[Desk]:
    """The demo's week read by the daemon, and `intake web` serving it; stopped after."""
    shutil.copytree(REPO / "config", base / "config")
    shutil.copytree(REPO / "demo" / "maildir", base / "demo" / "maildir")
    (base / "demo" / "maildir" / "cur" / "1612407600.hostile.tamduong:2,S").write_bytes(
        hostile_message()
    )
    config = base / "config" / "demo.toml"
    run_ok(config, DEMO_NOW)
    database = base / "out" / "data" / "intake.sqlite"
    _accounts(config)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "intake.cli", "web", "--config", str(config)]
        + ["--port", str(port), "--now", DESK_NOW],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    desk = Desk(f"http://127.0.0.1:{port}", config, database, base / "out" / "sent", process)
    try:
        _wait_up(desk)
        yield desk
    finally:
        process.terminate()
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def _accounts(config: Path) -> None:
    from intake import config as config_module
    from intake.store import Store
    from intake.web import accounts

    cfg = config_module.load(config)
    store = Store.open(cfg.storage.database, cfg.storage.schema_name)
    try:
        for login, password in PASSWORDS.items():
            accounts.add(store, login, password, ROLES[login], datetime.now(UTC), by="tests")
    finally:
        store.close()


def _wait_up(desk: Desk, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if desk.process.poll() is not None:
            raise RuntimeError(f"intake web exited: {desk.process.stderr.read()}")  # type: ignore[union-attr]
        try:
            urllib.request.urlopen(desk.base + "/login", timeout=2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("intake web did not start")


# -- a client without a browser --------------------------------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class Client:
    """An HTTP client with its own cookies, that does not follow redirects."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect()
        )

    def cookie(self, name: str) -> str | None:
        return next((c.value for c in self.jar if c.name == name), None)

    def set_cookie(self, name: str, value: str) -> None:
        host = urllib.parse.urlsplit(self.base).hostname or ""
        self.jar.set_cookie(
            http.cookiejar.Cookie(
                0,
                name,
                value,
                None,
                False,
                host,
                False,
                False,
                "/",
                True,
                False,
                None,
                False,
                None,
                None,
                {},
            )  # fmt: skip
        )

    def get(self, path: str) -> Answer:
        return self._open(urllib.request.Request(self.base + path))

    def post(self, path: str, fields: dict[str, str]) -> Answer:
        data = urllib.parse.urlencode(fields).encode()
        return self._open(urllib.request.Request(self.base + path, data=data, method="POST"))

    def _open(self, request: urllib.request.Request) -> Answer:
        try:
            with self.opener.open(request, timeout=30) as response:
                return Answer(response.status, dict(response.headers), response.read())
        except urllib.error.HTTPError as e:
            return Answer(e.code, dict(e.headers), e.read())

    def login(self, login: str, password: str | None = None) -> Answer:
        page = self.get("/login")
        token = csrf_of(page.text)
        return self.post(
            "/login",
            {"csrf": token, "login": login, "password": password or PASSWORDS[login], "next": "/"},
        )

    def csrf(self) -> str:
        return csrf_of(self.get("/").text)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found[1]


# -- the browser -----------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


def sign_in(page, base: str, login: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/login")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", PASSWORDS[login])
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")
