"""intake.extract.ocr: scans and photos to lines of text with their page, box and cells.

The slow tests read scans made by tests/scans.py with the real Tesseract; the others check
the parts that need no Tesseract (text repair, TSV to lines, skew, limits) in milliseconds.
"""

from __future__ import annotations

import io
import random
import re
import struct
import sys
import zlib

import pytest
from PIL import Image, ImageDraw

from intake.extract import ocr, pixels
from intake.extract.ocr import Limits, ScanError, lines_from_tsv, plain, repair
from tests import scans

needs_tesseract = pytest.mark.skipif(
    not ocr.available(), reason="tesseract with the 'vie' language is not installed"
)

# The words of the form's labels, as `repair` wants them.  (With every alias of
# config/forms, "si" is one edit from "di", "so", "su" and "sai": `repair` leaves it.)
VOCABULARY = frozenset(
    word for label in scans.LABELS for word in re.findall(r"[a-z]+", plain(label).lower())
)


# --- plain and repair ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Số tin, bài: 12", "So tin, bai: 12"),
        ("ĐÀI TRUYỀN THANH", "DAI TRUYEN THANH"),
        ("\u00d0ộ dài: 45 phút", "Do dai: 45 phut"),  # the Latin ETH some converters write
        ("So\u0302\u0301 la\u0302\u0300n", "So lan"),  # decomposed (NFD) input
        ("Ước số: 3.500", "Uoc so: 3.500"),
        ("sø tin, bai | 12", "so tin, bai | 12"),  # letters of Tesseract's model, not marks
        ("SØ NGƯỜI | ðài | Œ", "SO NGUOI | dai | O"),
    ],
)
def test_plain_drops_diacritics_and_keeps_case(text, expected):
    assert plain(text) == expected


@pytest.mark.parametrize(
    ("ocr_text", "expected"),
    [
        ("Si tin, bai: 12", "So tin, bai: 12"),
        ("Sf lun phat song: 21", "So lan phat song: 21"),
        ("Sĩ tin, bài: 12", "So tin, bai: 12"),  # as Tesseract read it on this machine
        ("Sf lŨn phát sóng: 21", "So lan phat song: 21"),
        ("THOI LUONG: 45 PHUT", "THOI LUONG: 45 PHUT"),  # known words stay
        ("SI TIN,BAI:12", "SO TIN,BAI:12"),  # case, punctuation and spacing kept
    ],
)
def test_repair_puts_misread_label_words_back(ocr_text, expected):
    assert repair(ocr_text, VOCABULARY) == expected


def test_repair_leaves_a_word_near_two_vocabulary_words():
    assert repair("ban", frozenset({"bai", "lan"})) == "ban"


def test_repair_leaves_one_letter_words_and_digits():
    assert repair("a 1x2 o", frozenset({"so"})) == "a 1x2 o"


def test_repair_allows_two_edits_from_six_letters_only():
    vocabulary = frozenset({"truyen", "nguoi"})
    assert repair("tnuyea", vocabulary) == "truyen"  # 6 letters, 2 edits
    assert repair("ngxoa", vocabulary) == "ngxoa"  # 5 letters, 2 edits


# --- TSV to lines ----------------------------------------------------------------------------

TSV_HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


def tsv(*words: tuple) -> str:
    """Tesseract's TSV for words given as (block, line, left, top, width, height, conf, text)."""
    rows = [TSV_HEADER, "1\t1\t0\t0\t0\t0\t0\t0\t2000\t3000\t-1\t"]
    for n, (block, line, left, top, width, height, conf, text) in enumerate(words, start=1):
        rows.append(f"4\t1\t{block}\t1\t{line}\t0\t{left}\t{top}\t{width}\t{height}\t-1\t")
        rows.append(
            f"5\t1\t{block}\t1\t{line}\t{n}\t{left}\t{top}\t{width}\t{height}\t{conf}\t{text}"
        )
    return "\n".join(rows) + "\n"


def test_words_of_a_tesseract_line_make_one_line_with_their_box_and_confidence():
    [line] = lines_from_tsv(
        tsv((1, 1, 100, 200, 50, 40, 90, "Số"), (1, 1, 170, 205, 60, 40, 80, "tin"))
    )
    assert line.text == "Số tin"
    assert line.cells == ("Số tin",)
    assert line.box == (100, 200, 130, 45)
    assert line.confidence == 85.0
    assert line.page == 1


def test_lines_come_top_to_bottom_whatever_order_tesseract_gives():
    lines = lines_from_tsv(
        tsv((2, 1, 100, 400, 50, 40, 90, "second"), (1, 1, 100, 200, 50, 40, 90, "first"))
    )
    assert [line.text for line in lines] == ["first", "second"]


def test_a_wide_gap_splits_a_row_into_cells():
    lines = lines_from_tsv(
        tsv(
            (1, 1, 100, 200, 20, 40, 95, "1"),
            (1, 1, 300, 200, 40, 40, 95, "Xã"),  # gap 180: more than 1.2 heights
            (1, 1, 355, 200, 70, 40, 95, "Tân"),  # gap 15: a space
            (1, 1, 600, 200, 40, 40, 95, "12"),
        )
    )
    assert lines[0].cells == ("1", "Xã Tân", "12")
    assert lines[0].text == "1 | Xã Tân | 12"


def test_a_vertical_rule_read_as_a_glyph_splits_cells_and_is_dropped():
    [line] = lines_from_tsv(
        tsv(
            (1, 1, 90, 180, 4, 90, 96, "|"),
            (1, 1, 110, 200, 40, 40, 95, "12"),
            (1, 1, 160, 200, 40, 40, 95, "|45"),  # the rule glued to the figure
            (1, 1, 240, 180, 4, 90, 96, "|"),
        )
    )
    assert line.cells == ("12", "45")
    assert line.box == (110, 200, 90, 40)  # the rules are not part of the box


def test_columns_read_as_blocks_of_their_own_are_joined_into_rows():
    lines = lines_from_tsv(
        tsv(
            (1, 1, 100, 200, 60, 40, 95, "STT"),
            (1, 2, 100, 300, 20, 40, 95, "1"),
            (2, 1, 500, 202, 90, 40, 95, "Số"),
            (2, 2, 500, 298, 40, 40, 95, "12"),
        )
    )
    assert [line.cells for line in lines] == [("STT", "Số"), ("1", "12")]


def test_boxes_move_by_the_offset_of_the_crop_and_carry_the_page():
    [line] = lines_from_tsv(tsv((1, 1, 10, 20, 30, 40, 90, "x")), page=2, offset=(100, 200))
    assert line.box == (110, 220, 30, 40)
    assert line.page == 2


def test_a_line_of_rules_only_is_no_line():
    assert (
        lines_from_tsv(tsv((1, 1, 10, 20, 4, 90, 96, "|"), (1, 1, 200, 20, 4, 90, 96, "|"))) == ()
    )


# --- ruled tables: cells (pixels only) and the choice between two readings -------------------


@pytest.mark.parametrize("table", ["vertical", "numbered", "horizontal"])
def test_the_cells_of_a_ruled_table_are_found_between_its_rules(table):
    rows = scans.TABLES[table]
    page = scans.ruled_page(rows, size=32, pad=10, rule=2)
    found = pixels.ruled_rows(page.image, 40)
    assert [len(row.cells) for row in found] == [len(cells) for cells in rows]
    assert all(None not in row.cells for row in found)
    for row, centre in zip(found, page.centres, strict=True):
        assert row.box[1] < centre < row.box[3]


def test_a_blank_cell_has_no_ink_and_keeps_its_place():
    rows = (("Nội dung", "Kết quả"), ("Số tin, bài", ""), ("Thời lượng", "45"))
    found = pixels.ruled_rows(scans.ruled_page(rows, rule=3).image, 40)
    assert [row.cells[1] is None for row in found] == [False, True, False]


def test_underlines_and_a_framed_paragraph_are_no_table():
    page = Image.new("L", (1600, 900), 255)
    draw = ImageDraw.Draw(page)
    draw.text((100, 100), "Độc lập - Tự do - Hạnh phúc", font=scans.font(44), fill=0)
    draw.line([(100, 160), (700, 160)], fill=0, width=3)
    draw.rectangle((100, 300, 1500, 800), outline=0, width=3)
    draw.text((140, 500), "Số tin, bài: 12 | Thời lượng: 45 phút", font=scans.font(44), fill=0)
    assert pixels.ruled_rows(page, 50) == ()


def test_the_long_bars_of_big_letters_do_not_hide_the_header_row():
    """The tops of "TT" in 50 px letters are a run of ink as long as a short rule."""
    page = scans.ruled_page((scans.HEADER, scans.ROW), size=50, pad=14, rule=2, serif=1)
    assert [len(row.cells) for row in pixels.ruled_rows(page.image, 33)] == [6, 6]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (("12", 96.8), ("12", 97.0), ("12", 97.0)),
        (("17.", 56.9), ("17", 73.1), ("17", 73.1)),  # both say 17
        (("k)", 54.0), ("9", 96.9), ("9", 96.9)),  # garbled, then sure
        (("37", 92.7), ("27", 96.7), ("27", 96.7)),
        (("12", 97.0), ("2", 74.4), ("12", 97.0)),  # a second reading that is not sure
        (("T7", 62.8), ("17", 82.5), ("T7", 62.8)),
        (("STT", 72.2), ("ST", 40.0), ("STT", 72.2)),  # a label stays as read
    ],
)
def test_a_cell_read_twice_keeps_a_figure_both_give_or_a_sure_one(first, second, expected):
    assert ocr._agreed(first, second) == expected


def test_the_cells_read_on_their_own_are_bounded_in_number_and_pixels():
    row = pixels.Row(
        (0, 0, 2000, 60), tuple((10 + 200 * i, 10, 100 + 200 * i, 50) for i in range(10))
    )
    assert len(ocr._capped((row,) * 30)) == ocr.MAX_CELLS // 10
    tall = pixels.Row((0, 0, 2400, 420), ((10, 10, 1190, 410), (1210, 10, 2390, 410)))
    kept = ocr._capped((tall,) * 30)
    assert 0 < len(kept) < 30
    assert ocr._stacked_pixels([box for row in kept for box in row.cells]) <= ocr.MAX_STACK


def test_out_of_time_reading_the_cells_leaves_the_rows_as_the_page_read_them(monkeypatch):
    """GIVEN a ruled table WHEN Tesseract runs out of time on its cells THEN every word of
    the page's own reading comes out, those in the table's rows too, and no exception.
    (Tesseract is stubbed: the page "reads" as a word every 15 pixels down, full width.)"""
    monkeypatch.setattr(ocr, "available", lambda: True)
    page = scans.png(scans.ruled_page(scans.VERTICAL, size=32, pad=12, wide=True).image)
    made = []

    def read(cells_in_time: bool) -> ocr.Scan:
        def tesseract(image, options, page):
            if options[1] == "4":
                width, height = image.size
                words = [(y, 1, 0, y, width, 10, 90, "x") for y in range(0, height, 15)]
                made.append(len(words))
                return tsv(*words)
            if cells_in_time:
                return TSV_HEADER + "\n"  # the cells read as nothing
            raise ocr._Skip("Trang 1: nhận dạng chữ quá 60 giây, đã dừng.")

        monkeypatch.setattr(ocr, "_tesseract", tesseract)
        return ocr.read_image(page, "bang.png")

    out_of_time = read(False)
    assert [line.text for line in out_of_time.lines] == ["x"] * made[-1]
    assert len(read(True).lines) < made[-1]  # some of the words were in the table's rows


# --- skew ------------------------------------------------------------------------------------


def _text_page() -> Image.Image:
    """Two dozen lines of text on an A4 page at 200 dpi."""
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    for row in range(24):
        text = f"Số tin, bài: {row}; thời lượng: 45 phút; số lần phát sóng: 21"
        draw.text((160, 200 + 80 * row), text, font=scans.font(36), fill=0)
    return page


@pytest.mark.parametrize("applied", [2.0, -3.5, 0.6, 4.7])
def test_skew_angle_is_the_rotation_that_levels_the_page(applied):
    tilted = _text_page().rotate(applied, Image.BICUBIC, fillcolor=255)
    assert pixels.skew_angle(tilted) == pytest.approx(-applied, abs=0.15)


def test_a_level_page_and_a_blank_page_have_no_skew():
    assert pixels.skew_angle(_text_page()) == 0.0
    assert pixels.skew_angle(Image.new("L", (800, 1000), 255)) == 0.0


# --- limits that are checked before Tesseract ------------------------------------------------


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims `width` x `height`: what a decompression bomb looks like."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def test_input_over_max_bytes_is_refused():
    with pytest.raises(ScanError, match="quá lớn"):
        ocr.read_image(b"\xff" * 2000, "anh.jpg", Limits(max_bytes=1000))


@pytest.mark.parametrize("size", [(10_000, 10_000), (100_000, 100_000)])
def test_a_bomb_like_header_is_refused_before_decoding(size):
    """Pillow warns at 89 megapixels and refuses at twice that: both are a ScanError."""
    with pytest.raises(ScanError, match="quá lớn"):
        ocr.read_image(_png_header(*size), "bom.png")


def test_an_image_over_max_pixels_is_refused():
    data = scans.png(Image.new("L", (2000, 1000), 255))
    with pytest.raises(ScanError, match="quá lớn"):
        ocr.read_image(data, "anh.png", Limits(max_pixels=1_000_000))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not an image at all",
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n",  # Pillow would call Ghostscript
        scans.jpeg(Image.new("L", (400, 300), 200))[:300],  # cut off
    ],
    ids=["empty", "text", "eps", "truncated-jpeg"],
)
def test_a_corrupt_image_is_a_scan_error(data):
    with pytest.raises(ScanError):
        ocr.read_image(data, "anh.jpg")


@pytest.mark.parametrize(
    "data", [b"", b"%PDF-1.4\n garbage", b"\x00" * 100], ids=["empty", "garbage", "zeros"]
)
def test_a_corrupt_pdf_is_a_scan_error(data):
    with pytest.raises(ScanError):
        ocr.read_pdf(data, "bao-cao.pdf")


def test_heic_without_pillow_heif_says_so_in_vietnamese(monkeypatch):
    monkeypatch.setitem(sys.modules, "pi_heif", None)  # import fails
    monkeypatch.setitem(sys.modules, "pillow_heif", None)
    heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 100
    with pytest.raises(ScanError, match="Ảnh HEIC chưa đọc được"):
        ocr.read_image(heic, "IMG_0001.HEIC")


def test_mangled_files_give_a_scan_or_a_scan_error_never_another_exception(monkeypatch):
    """GIVEN valid PNG, JPEG, TIFF and PDF files with bytes overwritten WHEN read THEN only
    Scan or ScanError comes out, never via the catch-all (Tesseract is stubbed: this is
    about decoding)."""
    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "_tesseract", lambda *args: TSV_HEADER + "\n")
    page = Image.new("L", (120, 80), 255)
    ImageDraw.Draw(page).text((10, 30), "Số 12", fill=0)
    originals = [
        (ocr.read_image, scans.png(page)),
        (ocr.read_image, scans.jpeg(page)),
        (ocr.read_image, _tiff([page, page])),
        (ocr.read_pdf, scans.pdf_of([page])),
    ]
    rng = random.Random(7)
    for read, data in originals:
        for _ in range(10):
            mangled = bytearray(data)
            for _ in range(rng.randint(1, 8)):
                mangled[rng.randrange(len(mangled))] = rng.randrange(256)
            try:
                result = read(bytes(mangled), "x", Limits(max_pixels=1_000_000))
            except ScanError as e:
                assert "lường trước" not in str(e), e.__cause__  # the catch-all
                continue
            assert isinstance(result, ocr.Scan)


def _tiff(pages: list[Image.Image]) -> bytes:
    out = io.BytesIO()
    pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:])
    return out.getvalue()


# --- page limits (Tesseract must be installed, but blank pages never reach it) --------------


@needs_tesseract
def test_a_pdf_with_too_many_pages_is_read_up_to_max_pages():
    blank = Image.new("L", (300, 400), 255)
    scan = ocr.read_pdf(scans.pdf_of([blank] * 5), "bao-cao.pdf", Limits(max_pages=2))
    assert scan.pages == 2
    assert scan.skipped == ("Trang 3-5 vượt quá giới hạn 2 trang, không đọc.",)


@needs_tesseract
def test_a_multipage_tiff_is_read_page_by_page_up_to_max_pages():
    blank = Image.new("L", (300, 400), 255)
    scan = ocr.read_image(_tiff([blank] * 3), "fax.tif", Limits(max_pages=2))
    assert scan.pages == 2
    assert scan.skipped == ("Trang 3 vượt quá giới hạn 2 trang, không đọc.",)


@needs_tesseract
def test_a_large_pdf_page_is_rendered_at_a_lower_dpi_within_max_pixels():
    big = scans.pdf_of([Image.new("L", (1000, 1000), 255)], dpi=100)  # 10 x 10 inches
    scan = ocr.read_pdf(big, "a0.pdf", Limits(max_pixels=2_000_000))
    [geometry] = scan.geometry
    assert geometry.dpi == 141
    assert geometry.size[0] * geometry.size[1] <= 2_000_000


@needs_tesseract
def test_a_pdf_page_too_big_even_at_72_dpi_is_skipped_with_a_reason():
    huge = scans.pdf_of([Image.new("L", (1000, 1000), 255)], dpi=5)  # 200 x 200 inches
    scan = ocr.read_pdf(huge, "poster.pdf")
    assert scan.pages == 0
    assert scan.skipped == ("Trang 1 quá khổ (200x200 inch), vượt quá giới hạn điểm ảnh.",)


@needs_tesseract
def test_a_jpeg_over_max_pixels_is_decoded_smaller_instead():
    photo = scans.jpeg(Image.new("L", (2000, 1000), 255))
    scan = ocr.read_image(photo, "anh.jpg", Limits(max_pixels=1_000_000))
    assert scan.geometry[0].size == (1000, 500)


# --- reading scans with Tesseract ------------------------------------------------------------


@pytest.fixture(scope="module")
def report() -> scans.Drawn:
    return scans.report_page()


@pytest.fixture(scope="module")
def scanned(report) -> ocr.Scan:
    """The A4 report scanned at 300 dpi, tilted 1.8°, blurred, grainy, JPEG quality 50."""
    return ocr.read_image(scans.spoil(report.image, 1.8, quality=50), "scan.jpg")


def _repaired(scan: ocr.Scan) -> list[str]:
    return [repair(line.text, VOCABULARY) for line in scan.lines]


def _cells(scan: ocr.Scan) -> list[tuple[str, ...]]:
    return [tuple(plain(cell) for cell in line.cells) for line in scan.lines]


@pytest.mark.parametrize("label", scans.LABELS)
@pytest.mark.slow
@needs_tesseract
def test_every_labelled_figure_comes_out_on_its_line(scanned, label):
    assert plain(label) in _repaired(scanned)


@pytest.mark.slow
@needs_tesseract
def test_the_table_rows_come_out_with_their_cells(scanned):
    rows = _cells(scanned)
    assert tuple(plain(c) for c in scans.ROW) in rows
    [header] = [row for row in rows if "Don vi" in row]
    repaired = tuple(repair(cell, VOCABULARY) for cell in header[1:])
    assert repaired == tuple(plain(c) for c in scans.HEADER[1:])  # "STT" is often misread


@pytest.mark.slow
@needs_tesseract
def test_the_skew_is_removed(scanned):
    [geometry] = scanned.geometry
    assert geometry.skew == pytest.approx(-1.8, abs=0.15)
    assert geometry.turned == 0 and geometry.dpi == scans.DPI


@pytest.mark.slow
@needs_tesseract
def test_a_figure_s_box_is_where_it_was_drawn(scanned, report):
    """Boxes are in the straightened page, which is larger than the page as drawn by the
    corners the rotation brought in: half of that on each side."""
    label = "Ước số người nghe: 3.500"
    [line] = [line for line in scanned.lines if "3.500" in line.text and "|" not in line.text]
    width, height = scanned.geometry[0].size
    expected = report.centres[label] + (height - report.image.height) / 2
    left, top, _, box_height = line.box
    assert abs(top + box_height / 2 - expected) < 0.01 * height
    assert abs(left - (250 + (width - report.image.width) / 2)) < 0.01 * width


@pytest.mark.slow
@needs_tesseract
def test_a_pdf_without_text_layer_is_rendered_and_read(report):
    form = report.image.crop((0, 0, report.image.width, 1600))  # down to the table
    tilted = Image.open(io.BytesIO(scans.spoil(form, -1.2, quality=60, seed=3)))
    scan = ocr.read_pdf(scans.pdf_of([tilted]), "bao-cao.pdf")
    assert scan.pages == 1 and scan.skipped == ()
    assert scan.geometry[0].skew == pytest.approx(1.2, abs=0.15)
    assert scan.geometry[0].dpi == 300
    repaired = _repaired(scan)
    assert all(plain(label) in repaired for label in scans.LABELS)
    assert tuple(plain(c) for c in scans.ROW) in _cells(scan)


@pytest.fixture(scope="module")
def heading(report) -> Image.Image:
    """The top of the report, down to the labels: a small page that reads fast."""
    return report.image.crop((0, 0, report.image.width, 1250))


@pytest.fixture(scope="module")
def labels(report) -> Image.Image:
    """The labelled lines alone: a strip that reads in a fraction of a second."""
    return report.image.crop((0, 780, report.image.width, 1250))


@pytest.mark.slow
@needs_tesseract
def test_a_phone_photo_stored_sideways_is_turned_by_its_exif_and_read(heading):
    scan = ocr.read_image(scans.photograph(heading), "IMG_0001.jpg")
    [geometry] = scan.geometry
    assert geometry.turned == 0  # EXIF did it; OSD was not needed
    assert geometry.skew == pytest.approx(-2.0, abs=0.15)
    assert geometry.dpi is None  # a phone's 72 dpi is not believed
    repaired = _repaired(scan)
    assert all(plain(label) in repaired for label in scans.LABELS)


@pytest.mark.slow
@needs_tesseract
def test_a_photo_with_a_shadow_over_the_figures_is_evened_out_and_read(labels):
    """Tesseract binarises with one threshold: without evening out, 1 label of 4 is read."""
    scan = ocr.read_image(scans.photograph(scans.shadow(labels, 150)), "IMG_0003.jpg")
    repaired = _repaired(scan)
    assert all(plain(label) in repaired for label in scans.LABELS)


@pytest.mark.slow
@needs_tesseract
def test_an_upside_down_page_is_turned_by_osd_and_read(labels):
    upside_down = Image.open(io.BytesIO(scans.spoil(labels, 1.2, seed=5))).rotate(180)
    scan = ocr.read_image(scans.jpeg(upside_down), "nguoc.jpg")
    assert scan.geometry[0].turned == 180
    repaired = _repaired(scan)
    assert all(plain(label) in repaired for label in scans.LABELS)


@pytest.mark.slow
@needs_tesseract
def test_a_heic_photo_is_read_when_a_heif_package_is_installed(labels):
    pillow_heif = pytest.importorskip("pillow_heif", reason="the encoder makes the test photo")
    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    labels.convert("RGB").save(out, "HEIF")
    scan = ocr.read_image(out.getvalue(), "IMG_0002.HEIC")
    assert plain("Số lần phát sóng: 21") in _repaired(scan)


@pytest.mark.slow
@needs_tesseract
def test_a_page_over_its_time_is_skipped_with_a_reason(heading):
    scan = ocr.read_image(scans.jpeg(heading), "cham.jpg", Limits(seconds_per_page=0.01))
    assert scan.pages == 0 and scan.lines == ()
    assert scan.skipped == ("Trang 1: nhận dạng chữ quá 0.01 giây, đã dừng.",)


@pytest.mark.slow
@needs_tesseract
def test_a_tesseract_failure_skips_the_page_with_a_reason(heading, monkeypatch):
    monkeypatch.setattr(ocr, "LANGUAGES", "no-such-language")
    scan = ocr.read_image(scans.jpeg(heading), "anh.jpg")
    assert scan.pages == 0
    assert scan.skipped == ("Trang 1: Tesseract báo lỗi, không đọc được trang.",)


# --- ruled tables read by Tesseract ---------------------------------------------------------

# Ruled tables whose figures all came out wrong before their cells were read one by one
# (e.g. "9 | 64 | 18 | 3.100" as "h | » | 18 | .oo"): the table, how it is drawn, its tilt
# in degrees, the JPEG quality, and whether it is a phone photo (shaded) or a scan.
RULED = [
    pytest.param(
        "vertical", dict(size=30, pad=12, serif=1, wide=True), -1.2, 61, False, id="vertical"
    ),
    pytest.param(
        "numbered", dict(size=38, pad=12, rule=3, serif=1, wide=True), -0.9, 50, False, id="stt"
    ),
    pytest.param("horizontal", dict(size=38, pad=10, rule=3), -1.3, 59, False, id="horizontal"),
    pytest.param("horizontal", dict(size=30, pad=10, rule=3, serif=1), 1.35, 49, True, id="photo"),
]


@pytest.mark.parametrize(("table", "drawn", "angle", "quality", "photo"), RULED)
@pytest.mark.slow
@needs_tesseract
def test_every_figure_of_a_ruled_table_comes_out_in_its_cell(table, drawn, angle, quality, photo):
    """GIVEN a ruled table scanned or photographed WHEN read THEN each of its rows is one line
    with a cell per column, and every figure is in its cell."""
    rows = scans.TABLES[table]
    page = scans.ruled_page(rows, **drawn)
    if photo:
        data = scans.photograph(page.image, angle, quality)
    else:
        data = scans.spoil(page.image, angle, quality, seed=3)
    scan = ocr.read_image(data, "bang.jpg")
    read = [line.cells for line in scan.lines if len(line.cells) == len(rows[0])]
    assert len(read) == len(rows)
    for drawn_row, read_row in zip(rows, read, strict=True):
        figures = [(c, text) for c, text in enumerate(drawn_row) if scans.is_figure(text)]
        assert [(c, read_row[c]) for c, _ in figures] == figures
