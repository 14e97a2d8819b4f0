"""OCR of scanned and photographed reports: bytes in, lines of text with their page and box out.

Communes send their signed, stamped report as a scan (a PDF without a text layer) or a
phone photo (JPEG, PNG, HEIC).  Every page goes through the same steps:

    decode (size checked from the header first) -> greyscale -> straighten (skew up to ±5°)
    -> crop to the ink -> even out a shadow -> find the cells of ruled tables
    -> erase table rules -> tesseract (TSV)
    -> if the page read badly: ask Tesseract's OSD whether it is turned; turn it, read again
    -> read every cell of a ruled table on its own, its figures twice -> a line per row
    -> read the other doubtful words again, each on its own -> lines, split into cells at
       wide gaps

Tesseract runs as a subprocess, one thread, with a time limit per page, so one bad page
costs at most `Limits.seconds_per_page`.  Only `ScanError` leaves `read_image` and
`read_pdf`, when the whole input cannot be read; a page that cannot be read is listed in
`Scan.skipped` with the reason, in Vietnamese for the clerk.

Tesseract reads the digits of a typed report well but not always its tones ("Số lần" may
come out as "Sf lŨn"): match OCR text on `plain` text, and put label words back with `repair`.
"""

from __future__ import annotations

import functools
import importlib
import io
import math
import os
import re
import shutil
import statistics
import subprocess
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from loguru import logger
from PIL import Image, ImageOps
from PIL.Image import Resampling

from intake.errors import ParseError
from intake.extract import ocrtext, pixels
from intake.extract.ocrtext import RULES, Line, Word, lines_from_tsv, plain, repair

__all__ = ["Limits", "Line", "Scan", "ScanError", "available", "lines_from_tsv", "plain"]
__all__ += ["read_image", "read_pdf", "repair"]

if TYPE_CHECKING:
    import pypdfium2 as pdfium

# Measured on the test scans: with eng added, "Số" came out as "S6" and a page took a third
# longer.
LANGUAGES = "vie"
# "A single column of text of variable sizes": a table row stays one line.  On 60 test
# scans psm 4 read every labelled figure and table row right, psm 6 ("one uniform block")
# all but one row, and psm 6 turned a ruled table into garbage when a rule was left in;
# psm 3 cuts a table into blocks, one per column.
PSM = 4
MIN_DPI = 72  # a PDF page that fits the pixel budget only below this is skipped
POOR = 75.0  # a page whose words read with less mean confidence may be turned: ask OSD
DOUBTFUL = 90.0  # a word read with less confidence is read again on its own ...
SURE = 85.0  # ... and the second reading kept when it is at least this sure
MAX_REREAD = 60  # doubtful words read again, per page
MAX_CELLS = 200  # cells of ruled tables read on their own, per page ...
MAX_STACK = 20_000_000  # ... and the pixels of the image they make, one under another
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_FORMATS = ("JPEG", "PNG", "TIFF", "BMP", "GIF", "WEBP", "HEIF")  # JPEG includes MPO
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1")


class ScanError(ParseError):
    """The whole scan or photo cannot be read; the message is for the clerk, in Vietnamese."""


@dataclass(frozen=True)
class Limits:
    max_pages: int = 4
    max_pixels: int = 40_000_000  # per page, after rendering
    max_bytes: int = 20_000_000  # of the input
    seconds_per_page: float = 60  # for all of Tesseract's runs on a page
    dpi: int = 300  # rendering of PDF pages


@dataclass(frozen=True)
class Geometry:
    """How a page was read, so that a `Line.box` can be found on the page as sent.

    The straightened page is the page as sent (after its EXIF orientation) turned by
    `turned` degrees, then rotated by `skew` degrees, both counter-clockwise like Pillow's
    `rotate(angle, expand=True)`; `size` is its width and height, the frame of the boxes.
    """

    page: int
    size: tuple[int, int]
    skew: float
    turned: int  # 0, 90, 180 or 270
    dpi: int | None  # a PDF page's rendering, or what an image declares (None: unknown)


@dataclass(frozen=True)
class Scan:
    lines: tuple[Line, ...]
    pages: int  # pages read
    skipped: tuple[str, ...] = ()  # Vietnamese: pages not read and why
    geometry: tuple[Geometry, ...] = ()  # one per page read


@dataclass(frozen=True)
class _Page:
    number: int
    dpi: int | None  # what Tesseract is told; None lets it estimate from the letters
    seconds: float
    deadline: float  # time.monotonic() by which every run of Tesseract on it must end


@dataclass(frozen=True)
class _Reading:
    """Tesseract's first reading of a page, and the image it read (None: a blank page)."""

    words: list[Word]
    geometry: Geometry
    image: Image.Image | None
    offset: tuple[int, int]  # of that image in the straightened page
    rows: tuple[pixels.Row, ...] = ()  # of its ruled tables, in that image
    ruled: Image.Image | None = None  # that image before its rules were erased


class _Skip(Exception):
    """A page cannot be read; the message says why, in Vietnamese; `detail` is for the log."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


# --- entry points --------------------------------------------------------------------------


def available() -> bool:
    """Whether OCR can run here: `tesseract` is on PATH and has the Vietnamese language."""
    return "vie" in _languages()


@functools.cache
def _languages() -> tuple[str, ...]:
    if shutil.which("tesseract") is None:
        return ()
    try:
        done = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(line.strip() for line in done.stdout.splitlines()[1:])


def read_image(data: bytes, name: str, limits: Limits = Limits()) -> Scan:
    """OCR a scan or photo: JPEG, PNG, HEIC, TIFF (its first pages), BMP, GIF, WebP."""
    with _only_scan_errors(name):
        _check_size(data, name, limits)
        image, count = _open(data, name, limits)
        frames = [functools.partial(_frame, image, i, name, limits) for i in range(count)]
        return _read_pages(frames[: limits.max_pages], name, limits, _beyond(count, limits))


def read_pdf(data: bytes, name: str, limits: Limits = Limits()) -> Scan:
    """OCR a PDF page by page, each rendered at `limits.dpi`, or lower if the page is huge."""
    with _only_scan_errors(name):
        import pypdfium2 as pdfium

        _check_size(data, name, limits)
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as e:
            raise ScanError(f"Không mở được tệp PDF {name}: tệp hỏng hoặc có mật khẩu.") from e
        try:
            count = len(pdf)
            if count == 0:
                raise ScanError(f"Tệp PDF {name} không có trang nào.")
            frames = [functools.partial(_render, pdf, i, limits) for i in range(count)]
            return _read_pages(frames[: limits.max_pages], name, limits, _beyond(count, limits))
        finally:
            pdf.close()


@contextmanager
def _only_scan_errors(name: str) -> Iterator[None]:
    """Let nothing but ScanError out: one odd file must cost its report, never the run."""
    try:
        yield
    except ScanError:
        raise
    except Exception as e:
        logger.exception("OCR of {} failed unexpectedly", name)
        why = "lỗi không lường trước khi nhận dạng chữ"
        raise ScanError(f"Không đọc được tệp {name}: {why}.") from e


def _check_size(data: bytes, name: str, limits: Limits) -> None:
    if len(data) > limits.max_bytes:
        megabytes, limit = len(data) / 1e6, limits.max_bytes / 1e6
        raise ScanError(f"Tệp {name} quá lớn ({megabytes:.1f} MB, giới hạn {limit:.0f} MB).")


def _beyond(count: int, limits: Limits) -> list[str]:
    """The reason for the pages past the limit, if any."""
    first = limits.max_pages + 1
    if count < first:
        return []
    pages = f"{first}-{count}" if count > first else f"{first}"
    return [f"Trang {pages} vượt quá giới hạn {limits.max_pages} trang, không đọc."]


# --- decoding ------------------------------------------------------------------------------


def _open(data: bytes, name: str, limits: Limits) -> tuple[Image.Image, int]:
    """Open an image lazily and count its pages (a TIFF may have several).

    Only the header is read, so the size is checked before anything is decoded.

    Pillow's own bomb check (Image.MAX_IMAGE_PIXELS, left as the application set it) raises
    or warns in `open`: both are refused.  Our limit, usually lower, is checked next.  Only
    the formats a scanner or a phone writes are tried: Pillow would give an EPS "image" to
    Ghostscript.  Pillow's plugins fail on corrupt files with all sorts of exceptions
    (TypeError, struct.error, ...): any of them means a corrupt file.
    """
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        _register_heif(name)
    Image.init()
    formats = [f for f in _FORMATS if f in Image.OPEN]  # HEIF only once registered
    try:
        with _pillow_warnings():
            image = Image.open(io.BytesIO(data), formats=formats)
            count = getattr(image, "n_frames", 1) if image.format == "TIFF" else 1
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise ScanError(f"Ảnh {name} khai báo kích thước quá lớn, không mở.") from e
    except Exception as e:
        raise ScanError(f"Không đọc được ảnh {name}: tệp hỏng hoặc không phải ảnh.") from e
    too_big = _fit(image, limits)
    if too_big:
        raise ScanError(f"Ảnh {name} {too_big}.")
    return image, count


@contextmanager
def _pillow_warnings() -> Iterator[None]:
    """Pillow's warnings about bad EXIF and odd tags are not the clerk's business; its
    warning of a decompression bomb is an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


def _register_heif(name: str) -> None:
    """Teach Pillow HEIC, the format of iPhone photos: pi-heif (decoder only) or pillow-heif."""
    for module in ("pi_heif", "pillow_heif"):
        try:
            importlib.import_module(module).register_heif_opener()
            return
        except ImportError:
            continue
    raise ScanError(
        f"Ảnh HEIC chưa đọc được ({name}): máy chủ thiếu gói pi-heif. "
        "Đề nghị gửi lại ảnh dạng JPEG hoặc PDF."
    )


def _fit(image: Image.Image, limits: Limits) -> str | None:
    """Why an image is over the pixel budget, or None.

    A JPEG over the budget may still be read: its decoder can scale by 1/2, 1/4 or 1/8 as
    it decodes (Pillow's draft), which a 48-megapixel phone photo needs.
    """
    width, height = image.size
    if width * height <= limits.max_pixels:
        return None
    if image.format in ("JPEG", "MPO"):
        shrink = 2 ** math.ceil(math.log2(math.sqrt(width * height / limits.max_pixels)))
        if shrink <= 8:
            image.draft("L", (-(-width // shrink), -(-height // shrink)))
        if image.size[0] * image.size[1] <= limits.max_pixels:
            return None
    megapixels, limit = width * height / 1e6, limits.max_pixels / 1e6
    return f"quá lớn ({megapixels:.0f} megapixel, giới hạn {limit:.0f} megapixel)"


def _frame(
    image: Image.Image, index: int, name: str, limits: Limits
) -> tuple[Image.Image, int | None]:
    """Decode one page of an image file; a bad first page is a bad file, a later one is skipped."""
    try:
        with _pillow_warnings():
            image.seek(index)
            too_big = _fit(image, limits)
            if too_big:
                raise _Skip(f"Trang {index + 1} {too_big}, không đọc.")
            return _grey(ImageOps.exif_transpose(image)), _declared(image)
    except _Skip:
        raise
    except Exception as e:  # whatever a plugin raises on a corrupt file, as in _open
        if index == 0:
            raise ScanError(f"Không đọc được ảnh {name}: tệp hỏng hoặc bị cắt cụt.") from e
        raise _Skip(f"Trang {index + 1} hỏng, không đọc được.") from e


def _grey(image: Image.Image) -> Image.Image:
    """Greyscale on white paper, 8 bits."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")  # a transparent background would turn black
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    if image.mode.startswith("I;16") or image.mode == "I":  # convert("L") would clip at 255
        return image.convert("I").point(lambda v: v / 256).convert("L")
    return image.convert("L")


def _declared(image: Image.Image) -> int | None:
    """The dpi an image declares, if a scanner could have written it (phones say 72)."""
    dpi = image.info.get("dpi", (0, 0))[0]
    return round(dpi) if 150 <= dpi <= 1200 else None


def _render(pdf: pdfium.PdfDocument, index: int, limits: Limits) -> tuple[Image.Image, int]:
    """Render one PDF page in grey, at a dpi that keeps it within the pixel budget."""
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
    except pdfium.PdfiumError as e:
        raise _Skip(f"Trang {index + 1} hỏng, không đọc được.") from e
    try:
        width, height = page.get_size()  # in points, 1/72 inch
        dpi = min(limits.dpi, int(72 * math.sqrt(limits.max_pixels / max(width * height, 1))))
        if dpi < MIN_DPI:
            size = f"{width / 72:.0f}x{height / 72:.0f} inch"
            raise _Skip(f"Trang {index + 1} quá khổ ({size}), vượt quá giới hạn điểm ảnh.")
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        return bitmap.to_pil().convert("L"), dpi
    except pdfium.PdfiumError as e:
        raise _Skip(f"Trang {index + 1} hỏng, không đọc được.") from e
    finally:
        page.close()


# --- pages ---------------------------------------------------------------------------------


def _read_pages(
    frames: Sequence[Callable[[], tuple[Image.Image, int | None]]],
    name: str,
    limits: Limits,
    skipped: list[str],
) -> Scan:
    if not available():
        raise ScanError(f"Chưa đọc được {name}: máy chủ chưa cài Tesseract với tiếng Việt.")
    lines: list[Line] = []
    geometry: list[Geometry] = []
    for number, frame in enumerate(frames, start=1):
        try:
            image, dpi = frame()
            start = time.monotonic()
            page = _Page(number, dpi, limits.seconds_per_page, start + limits.seconds_per_page)
            page_lines, page_geometry = _read_page(image, page)
        except _Skip as e:
            logger.warning("OCR of {}: {} {}", name, e, e.detail)
            skipped.append(str(e))
            continue
        lines.extend(page_lines)
        geometry.append(page_geometry)
    return Scan(tuple(lines), len(geometry), tuple(skipped), tuple(geometry))


def _read_page(image: Image.Image, page: _Page) -> tuple[tuple[Line, ...], Geometry]:
    """Read one greyscale page; if it reads badly, turn it as OSD says and read it again.

    The cells of its ruled tables are read, and its doubtful words read again, only once
    the page is the right way up.  A table row is a line of its own, in place of the words
    the page's reading found in it.
    """
    reading = _read_upright(image, page, 0)
    if reading.image is not None and _reads_badly(reading.words):
        turn = _orientation(reading.image, page)
        if turn:
            turned = image.rotate(turn, expand=True)  # a multiple of 90°: exact, no resampling
            reading = _read_upright(turned, page, turn)
    if reading.image is None or reading.ruled is None:
        return (), reading.geometry
    rows = _capped(reading.rows)
    table = _table_lines(reading.ruled, rows, page, reading.offset)
    if table is None:  # out of time: the page's reading of the rows stands
        rows, table = (), []
    words = [w for w in reading.words if not _in_rows(w, rows)]
    words = _reread(reading.image, words, page)
    lines = (*ocrtext.to_lines(words, page.number, reading.offset), *table)
    return tuple(sorted(lines, key=_top)), reading.geometry


def _read_upright(image: Image.Image, page: _Page, turned: int) -> _Reading:
    """Straighten, crop and read a page."""
    ink, factor = pixels.ink(image)
    skew = pixels.level(ink)
    straight = image.rotate(skew, Resampling.BICUBIC, expand=True, fillcolor=255) if skew else image
    geometry = Geometry(page.number, straight.size, skew, turned, page.dpi)
    ink = ink.rotate(skew, expand=True) if skew else ink
    small = image.reduce(factor) if factor > 1 else image
    small = small.rotate(skew, expand=True) if skew else small  # corners brought in: black
    box = pixels.content_box(ink, pixels.sheet(small), factor, straight.size)
    if box is None:
        return _Reading([], geometry, None, (0, 0))
    cropped, paper = pixels.even_out(straight.crop(box))
    left, top, right, bottom = (v // factor for v in box)  # the box on the small copy
    height = pixels.line_height(ink.crop((left, top, right, bottom))) * factor
    rows = pixels.ruled_rows(cropped, height)
    erased = pixels.erase_rules(cropped, paper, height)
    words = ocrtext.tsv_words(_tesseract(erased, ["--psm", str(PSM), "-l", LANGUAGES, "tsv"], page))
    return _Reading(words, geometry, erased, box[:2], rows, cropped)


def _reads_badly(words: list[Word]) -> bool:
    """Whether a page may be on its side or upside down: few letters read, or unsure ones.

    Upright, the words of the test scans read with a mean confidence of 91 to 95, upside
    down 46 to 57; on its side, a page gives a few stray marks.
    """
    letters = sum(len(word.text) for word in words)
    confidence = statistics.fmean(word.confidence for word in words) if words else 0.0
    return letters < 20 or confidence < POOR


# --- tesseract -----------------------------------------------------------------------------


def _tesseract(image: Image.Image, options: list[str], page: _Page) -> str:
    """Run tesseract on `image` (fed on stdin: no file on disk) and return what it prints.

    Without a declared dpi Tesseract estimates one from the size of the letters, which beats
    the 72 dpi a phone writes in its photos.
    """
    resolution = ["--dpi", str(page.dpi)] if page.dpi else []
    pgm = io.BytesIO()
    image.save(pgm, "PPM")  # greyscale PGM: no compression to spend time on
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", *resolution, *options],
            input=pgm.getvalue(),
            capture_output=True,
            timeout=max(0.01, page.deadline - time.monotonic()),
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except subprocess.TimeoutExpired as e:
        seconds = f"{page.seconds:g}"
        raise _Skip(f"Trang {page.number}: nhận dạng chữ quá {seconds} giây, đã dừng.") from e
    except OSError as e:
        raise _Skip(f"Trang {page.number}: không chạy được Tesseract.", str(e)) from e
    if done.returncode != 0:
        why = done.stderr.decode(errors="replace").strip()
        raise _Skip(f"Trang {page.number}: Tesseract báo lỗi, không đọc được trang.", why)
    return done.stdout.decode("utf-8", errors="replace")


def _orientation(image: Image.Image, page: _Page) -> int:
    """Degrees (counter-clockwise) that stand the page upright, by Tesseract's OSD; 0 if unsure.

    OSD costs about as much as reading the page, so it only runs when a page reads badly.
    """
    try:
        report = _tesseract(image, ["--psm", "0", "-l", "osd"], page)
    except _Skip:
        return 0  # too few letters to tell, or out of time: the page stays as it is
    found = re.search(r"Rotate: (\d+)", report)
    sure = re.search(r"Orientation confidence: ([\d.]+)", report)
    if not found or not sure or float(sure.group(1)) < 1.0:
        return 0
    return (360 - int(found.group(1))) % 360  # OSD says clockwise


# --- ruled tables --------------------------------------------------------------------------


def _table_lines(
    image: Image.Image, rows: tuple[pixels.Row, ...], page: _Page, offset: tuple[int, int]
) -> list[Line] | None:
    """The rows of the page's ruled tables, each cell read on its own; None if out of time.

    Read whole by the page's reading, a row came out with its figures lost or garbled
    beside the vertical rules ("64" as "ro", "9 | 1.260 | 17 | 0 | 0" as "b | lize | ø |
    b | b"): 608 of the 1102 figures in the tables of 220 test scans were right.  Each
    cell cut out inside its rules, all of them one under another in one run of Tesseract:
    1093; with doubtful figures read again (`_settle`): 1100.
    """
    cells = [(r, c, box) for r, row in enumerate(rows) for c, box in enumerate(row.cells) if box]
    if not cells:
        return []
    crops = [image.crop(box) for _, _, box in cells]
    try:
        read = _read_stacked([pixels.on_white(c) for c in crops], _cell_options(), page)
    except _Skip:
        return None
    read = _settle(crops, read, page)
    texts = {(r, c): reading for (r, c, _), reading in zip(cells, read, strict=True)}
    lines = []
    for r, row in enumerate(rows):
        found = [texts.get((r, c), ("", 0.0)) for c in range(len(row.cells))]
        line = _row_line(row, found, page.number, offset)
        if line is not None:
            lines.append(line)
    return lines


def _capped(rows: tuple[pixels.Row, ...]) -> tuple[pixels.Row, ...]:
    """The first rows of the tables, up to MAX_CELLS cells whose crops stacked (`_stack`)
    make at most MAX_STACK pixels; the rows after them are left to the page's reading."""
    kept: list[pixels.Row] = []
    boxes: list[pixels.Box] = []
    for row in rows:
        more = [*boxes, *(box for box in row.cells if box)]
        if len(more) > MAX_CELLS or _stacked_pixels(more) > MAX_STACK:
            break
        kept.append(row)
        boxes = more
    return tuple(kept)


def _stacked_pixels(boxes: list[pixels.Box]) -> int:
    """How many pixels `_stack` makes of crops of these boxes (on white, as on_white pads)."""
    if not boxes:
        return 0
    pads = [2 * pixels.margin(b[3] - b[1]) for b in boxes]
    heights = [b[3] - b[1] + pad for b, pad in zip(boxes, pads, strict=True)]
    widths = [b[2] - b[0] + pad for b, pad in zip(boxes, pads, strict=True)]
    gap = max(heights) // 2 + 10
    return (max(widths) + 2 * gap) * (sum(heights) + gap * (len(boxes) + 1))


def _cell_options() -> list[str]:
    """Crops of cells one under another: one uniform block of text, a cell a line."""
    return ["--psm", "6", "-l", LANGUAGES, "tsv"]


def _settle(
    crops: list[Image.Image], read: list[tuple[str, float]], page: _Page
) -> list[tuple[str, float]]:
    """The readings of cells, those that may be figures read again as cut out (no margin,
    their own paper), and `_agreed` between the two.

    Read on white (`pixels.on_white`), a few figures come out wrong ("15" as "5", "27" as
    "237") that read right as cut out, and the other way round: of the 1102 figures in the
    tables of 220 test scans, 1093 came out right from the first reading, 1100 with this.
    Digits only (Tesseract's tessedit_char_whitelist) changed nothing with the Vietnamese
    model, and the English one dropped the "1" of "12" and all of "21" in 50 px letters.
    """
    again = [i for i, (text, confidence) in enumerate(read) if _figure_like(text, confidence)]
    if not again:
        return read
    try:
        found = _read_stacked([crops[i] for i in again], _cell_options(), page)
    except _Skip:
        return read  # out of time: the first readings stand
    settled = list(read)
    for i, second in zip(again, found, strict=True):
        settled[i] = _agreed(read[i], second)
    return settled


def _figure_like(text: str, confidence: float) -> bool:
    """Whether a cell's reading may be a figure: it has a digit, or it is doubtful and
    short (a garbled figure: "k)", "ro")."""
    if any(c.isdigit() for c in text):
        return True
    return confidence < DOUBTFUL and sum(c.isalpha() for c in text) <= 4


def _agreed(first: tuple[str, float], second: tuple[str, float]) -> tuple[str, float]:
    """A cell's figure from two readings: the figure both give; else the second reading
    when it is a SURE figure, surer than the first; else the first reading stands (a
    doubtful label too: its second reading is no figure)."""
    one, two = _as_figure(first[0]), _as_figure(second[0])
    if one and one == two:
        return one, max(first[1], second[1])
    if two and second[1] >= SURE and second[1] > first[1]:
        return two, second[1]
    return first


def _as_figure(text: str) -> str:
    """`text` as a figure ("1.260", "27"), its stray spaces and end dots dropped; "" if
    it is no figure."""
    figure = text.replace(" ", "").strip(".,:'")
    return figure if _FIGURE.fullmatch(figure) else ""


def _row_line(
    row: pixels.Row, cells: list[tuple[str, float]], page: int, offset: tuple[int, int]
) -> Line | None:
    """A table row as a line: its cells (a blank one is ""), its box between its rules."""
    read = [confidence for text, confidence in cells if text]
    if not read:
        return None
    texts = tuple(text for text, _ in cells)
    left, top, right, bottom = row.box
    box = (left + offset[0], top + offset[1], right - left, bottom - top)
    return Line(" | ".join(texts), texts, page, box, round(statistics.fmean(read), 1))


def _in_rows(word: Word, rows: tuple[pixels.Row, ...]) -> bool:
    """Whether the middle of a word is inside one of the rows."""
    x, y = word.left + word.width // 2, word.top + word.height // 2
    return any(r.box[0] <= x < r.box[2] and r.box[1] <= y < r.box[3] for r in rows)


def _top(line: Line) -> int:
    return line.box[1]


def _read_stacked(
    crops: list[Image.Image], options: list[str], page: _Page
) -> list[tuple[str, float]]:
    """Read crops one under another in one run of Tesseract: the text and mean confidence
    of each ("", 0 where nothing was read)."""
    strip, bands = _stack(crops)
    found = ocrtext.tsv_words(_tesseract(strip, options, page))
    read = []
    for top, bottom in bands:
        inside = [w for w in found if top <= w.top + w.height // 2 < bottom]
        confidence = statistics.fmean(w.confidence for w in inside) if inside else 0.0
        read.append((" ".join(w.text for w in inside), round(confidence, 1)))
    return read


# --- doubtful words --------------------------------------------------------------------------


def _reread(image: Image.Image, words: list[Word], page: _Page) -> list[Word]:
    """Read each doubtful word again on its own; keep the new reading when it is sure.

    Beside a table's vertical rule the line reader misreads short figures ("21" as "sai" at
    confidence 0-30, "12" as "1ã" at 82) that it reads right alone (97): with this, the
    data row of 24 test scans came out right in all of them instead of 21.  All the
    doubtful words go in one image, one per line: one more run of Tesseract per page.
    """
    usual = ocrtext.usual_height(words)
    doubtful = [
        i
        for i, w in enumerate(words)
        if w.confidence < DOUBTFUL and w.height <= 2 * usual and w.text.strip(RULES)
    ][:MAX_REREAD]
    if not doubtful:
        return words
    strip, bands = _stack([image.crop(_around(words[i], image.size)) for i in doubtful])
    try:
        found = ocrtext.tsv_words(_tesseract(strip, ["--psm", "6", "-l", LANGUAGES, "tsv"], page))
    except _Skip:
        return words  # out of time: the first reading stands
    better = list(words)
    for i, (top, bottom) in zip(doubtful, bands, strict=True):
        inside = sorted(
            (w for w in found if top <= w.top + w.height // 2 < bottom), key=ocrtext.left
        )
        confidence = statistics.fmean(w.confidence for w in inside) if inside else 0.0
        if confidence >= SURE and confidence > words[i].confidence:
            text = " ".join(w.text for w in inside)
            better[i] = replace(words[i], text=text, confidence=round(confidence, 1))
    return better


def _around(word: Word, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """A word's box with a margin, narrow at the sides to keep a table's rules out."""
    across, down = max(3, word.height // 5), max(3, word.height // 3)
    return (
        max(0, word.left - across),
        max(0, word.top - down),
        min(size[0], word.left + word.width + across),
        min(size[1], word.top + word.height + down),
    )


def _stack(crops: list[Image.Image]) -> tuple[Image.Image, list[tuple[int, int]]]:
    """The crops one under another on white, and the band of rows each one owns."""
    gap = max(c.height for c in crops) // 2 + 10
    width = max(c.width for c in crops) + 2 * gap
    strip = Image.new("L", (width, sum(c.height + gap for c in crops) + gap), 255)
    bands, y = [], gap
    for crop in crops:
        strip.paste(crop, (gap, y))
        bands.append((y - gap // 2, y + crop.height + gap // 2))
        y += crop.height + gap
    return strip, bands
