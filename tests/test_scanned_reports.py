"""Scanned and photographed reports, through the whole reading of a message: read by OCR,
held with every figure pre-filled and the page region it came from, never accepted."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from intake import config
from intake.context import Context
from intake.extract import ocr
from intake.models import Status
from intake.pipeline import analyse
from tests.mail import message
from tests.scans import A4, font, pdf_of, spoil

ROOT = Path(__file__).resolve().parents[1]
LINES = (
    "UBND XÃ BẢN BO",
    "BÁO CÁO",
    "Kết quả tuyên truyền tuần",
    "1. Số tin, bài: 9",
    "2. Thời lượng: 54 phút",
    "3. Số lần phát sóng: 27",
    "4. Ước số người nghe: 2.350",
)
VALUES = {"items": 9, "minutes": 54, "broadcasts": 27, "listeners": 2350}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not ocr.available(), reason="Tesseract with 'vie' is not installed"),
]


@pytest.fixture(scope="module")
def context() -> Context:
    return Context.from_config(config.load(ROOT / "config" / "demo.toml"))


@pytest.fixture(scope="module")
def page() -> Image.Image:
    image = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(image)
    for i, text in enumerate(LINES):
        draw.text((250, 300 + 100 * i), text, font=font(54), fill=0)
    return image


def held_report(m, context):
    [r] = analyse(m.as_bytes(), context).reports
    assert r.status is Status.NEEDS_REVIEW
    return r


def test_a_photo_of_the_report_is_held_with_its_figures_prefilled(context, page):
    m = message("Em gửi ảnh chụp báo cáo tuần ạ.")
    m.add_attachment(
        spoil(page, angle=1.5), maintype="image", subtype="jpeg", filename="IMG_01.jpg"
    )
    r = held_report(m, context)
    assert r.values == VALUES
    assert any(p.code == "scan_read" and "đối chiếu" in p.message for p in r.problems)


def test_each_figure_names_the_page_and_the_box_it_was_read_from(context, page):
    m = message("Bản quét báo cáo.")
    m.add_attachment(
        pdf_of([Image.open(io.BytesIO(spoil(page)))]),
        maintype="application",
        subtype="pdf",
        filename="scan.pdf",
    )
    r = held_report(m, context)
    assert r.values == VALUES
    where = {v.field: v.source for v in r.sources}
    boxes = {k: re.search(r"trang (\d+), vùng x=(\d+) y=(\d+)", s) for k, s in where.items()}
    assert all(b and b[1] == "1" for b in boxes.values()), where
    ys = [int(boxes[k][3]) for k in ("items", "minutes", "broadcasts", "listeners")]
    assert ys == sorted(ys) and ys[-1] - ys[0] > 200  # one line below the other, as drawn


def test_the_unit_is_read_from_the_letterhead_of_a_scan_sent_from_an_unknown_address(context, page):
    m = message("Gửi phòng ảnh báo cáo", sender="canbo.vhxh@gmail.com")
    m.add_attachment(spoil(page), maintype="image", subtype="jpeg", filename="bc.jpg")
    assert held_report(m, context).unit == "ban_bo"


def test_a_picture_beyond_the_bounds_is_held_with_the_reason(context):
    huge = Image.new("L", (9000, 9000), 255)  # 81 Mpx: more than a page may be
    m = message("Em gửi ảnh chụp báo cáo ạ.")
    buffer = io.BytesIO()
    huge.save(buffer, "PNG")
    m.add_attachment(buffer.getvalue(), maintype="image", subtype="png", filename="to.png")
    r = held_report(m, context)
    assert r.values == {}
    assert any("to.png" in p.message for p in r.problems)


def test_review_show_names_the_page_and_box_and_accept_takes_the_prefilled_figures(tmp_path, page):
    """GIVEN a photographed report in the mailbox WHEN the daemon has read it THEN
    `intake review show` gives each figure with its page and box, and `intake review
    accept` with no correction stores the pre-filled figures."""
    from click.testing import CliRunner

    from intake.app import App
    from intake.cli import cli
    from intake.pipeline import run_once
    from tests.helpers_e2e import maildir_config
    from tests.mail import SENT

    toml = maildir_config(tmp_path)
    m = message("Em gửi ảnh chụp báo cáo tuần ạ.", sent=SENT)
    m.add_attachment(spoil(page), maintype="image", subtype="jpeg", filename="IMG_02.jpg")
    (tmp_path / "mail" / "001.eml").write_bytes(m.as_bytes())
    app = App.open(toml)
    try:
        run_once(app, SENT.replace(hour=16, minute=31), publish_due=False)
        [held] = app.store.reports()
    finally:
        app.close()
    runner = CliRunner()
    now = ["--now", "2021-02-04T16:31+07:00"]
    shown = runner.invoke(cli, ["review", "show", str(held.id), "--config", str(toml), *now])
    assert shown.exit_code == 0, shown.output
    assert re.search(r"IMG_02\.jpg, trang 1, vùng x=\d+ y=\d+", shown.output)
    done = runner.invoke(cli, ["review", "accept", str(held.id), "--config", str(toml), *now])
    assert done.exit_code == 0, done.output
    app = App.open(toml)
    try:
        [current] = app.store.reports()
    finally:
        app.close()
    assert current.status is Status.ACCEPTED
    assert current.values == VALUES


def test_a_photo_a_phone_puts_inline_is_read(context, page):
    m = message("Da em gui anh bao cao tuan a")
    m.add_attachment(spoil(page), maintype="image", subtype="jpeg", filename="received.jpeg")
    m.get_payload()[-1].replace_header("Content-Disposition", "inline; filename=received.jpeg")
    assert held_report(m, context).values == VALUES
