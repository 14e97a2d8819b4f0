"""Screenshots of every page of the web desk, on the demo's week: docs/screenshots/*.png.

Run by hand (`make screenshots`), from the repository's root.  It sets up the same desk
the browser tests use (tests/web_desk.py: the demo mailbox read by the daemon, plus a
held report with an HTML body and attachments, served by `intake web`) in a tmp folder,
then signs in with Debian's chromium and saves each page at 1366 px wide, the common
screen of an office PC.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.helpers_e2e import query  # noqa: E402
from tests.web_desk import CHROMIUM, sign_in, start  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        desks = start(Path(folder))
        desk = next(desks)
        try:
            held = dict(
                query(
                    desk.database,
                    "SELECT unit, id FROM reports WHERE status = 'needs_review'"
                    " AND superseded_by IS NULL",
                )
            )
            pages = [
                ("1-tuan-nay", "/"),
                ("2-cho-kiem-tra", "/held"),
                ("3-bao-cao-cho-kiem-tra", f"/reports/{held['ban_giang']}"),
                ("4-thu-html-va-tep-dinh-kem", f"/reports/{held['nung_nang']}"),
                ("5-don-vi", "/units/then_sin"),
                ("6-bao-cao-gui-len", "/report?end=2021-02-04"),
                ("7-hop-thu", "/mailbox"),
                ("8-tai-khoan", "/accounts"),
            ]
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
                page = browser.new_page(viewport={"width": 1366, "height": 860}, locale="vi-VN")
                page.goto(desk.base + "/login")
                page.screenshot(path=OUT / "0-dang-nhap.png")
                sign_in(page, desk.base, "admin")
                for name, path in pages:
                    page.goto(desk.base + path)
                    page.wait_for_load_state("networkidle")
                    page.screenshot(path=OUT / f"{name}.png", full_page=True)
                    print(f"{name}.png  {path}")
                browser.close()
        finally:
            desks.close()


if __name__ == "__main__":
    main()
