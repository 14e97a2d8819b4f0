"""OCR of scanned and photographed reports: bytes in, lines of text with their page and box out.

Communes send their signed, stamped report as a scan (a PDF without a text layer) or a
phone photo (JPEG, PNG, HEIC).  Every page goes through the same steps:

    decode (size checked from the header first) -> greyscale -> straighten (skew up to ±5°)
    -> crop to the ink -> even out a shadow -> erase table rules -> tesseract (TSV)
    -> if the page read badly: ask Tesseract's OSD whether it is turned; turn it, read again
    -> read doubtful words again, each on its own -> lines, split into cells at wide gaps

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
import unicodedata
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from loguru import logger
from PIL import Image, ImageOps

from intake.errors import ParseError
from intake.extract import pixels

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
CELL_GAP = 1.2  # a gap between words wider than this many word heights starts a new cell
POOR = 75.0  # a page whose words read with less mean confidence may be turned: ask OSD
DOUBTFUL = 90.0  # a word read with less confidence is read again on its own ...
SURE = 85.0  # ... and the second reading kept when it is at least this sure
MAX_REREAD = 60  # doubtful words read again, per page
_RULES = "|¦‖[]"  # what Tesseract makes of a table's vertical rule
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
class Line:
    text: str  # the line's words; cells separated by " | " where a wide gap splits them
    cells: tuple[str, ...]  # the same line split at wide gaps (table columns)
    page: int  # 1-based
    box: tuple[int, int, int, int]  # left, top, width, height in the straightened page
    confidence: float  # mean word confidence 0-100


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
class _Word:
    key: tuple[int, int, int]  # Tesseract's block, paragraph and line
    left: int
    top: int
    width: int
    height: int
    confidence: float
    text: str


@dataclass(frozen=True)
class _Page:
    number: int
    dpi: int | None  # what Tesseract is told; None lets it estimate from the letters
    seconds: float
    deadline: float  # time.monotonic() by which every run of Tesseract on it must end


@dataclass(frozen=True)
class _Reading:
    """Tesseract's first reading of a page, and the image it read (None: a blank page)."""

    words: list[_Word]
    geometry: Geometry
    image: Image.Image | None
    offset: tuple[int, int]  # of that image in the straightened page


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


def _read_pages(frames: list[Callable], name: str, limits: Limits, skipped: list[str]) -> Scan:
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

    Doubtful words are read again only once the page is the right way up.
    """
    reading = _read_upright(image, page, 0)
    if reading.image is not None and _reads_badly(reading.words):
        turn = _orientation(reading.image, page)
        if turn:
            turned = image.rotate(turn, expand=True)  # a multiple of 90°: exact, no resampling
            reading = _read_upright(turned, page, turn)
    if reading.image is None:
        return (), reading.geometry
    words = _reread(reading.image, reading.words, page)
    return _lines(words, page.number, reading.offset), reading.geometry


def _read_upright(image: Image.Image, page: _Page, turned: int) -> _Reading:
    """Straighten, crop and read a page."""
    ink, factor = pixels.ink(image)
    skew = pixels.level(ink)
    straight = image.rotate(skew, Image.BICUBIC, expand=True, fillcolor=255) if skew else image
    geometry = Geometry(page.number, straight.size, skew, turned, page.dpi)
    ink = ink.rotate(skew, expand=True) if skew else ink
    small = image.reduce(factor) if factor > 1 else image
    small = small.rotate(skew, expand=True) if skew else small  # corners brought in: black
    box = pixels.content_box(ink, pixels.sheet(small), factor, straight.size)
    if box is None:
        return _Reading([], geometry, None, (0, 0))
    cropped, paper = pixels.even_out(straight.crop(box))
    cropped = pixels.erase_rules(cropped, paper, pixels.line_height(ink) * factor)
    words = _words(_tesseract(cropped, ["--psm", str(PSM), "-l", LANGUAGES, "tsv"], page))
    return _Reading(words, geometry, cropped, box[:2])


def _reads_badly(words: list[_Word]) -> bool:
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
    pixels = io.BytesIO()
    image.save(pixels, "PPM")  # greyscale PGM: no compression to spend time on
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", *resolution, *options],
            input=pixels.getvalue(),
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


def _reread(image: Image.Image, words: list[_Word], page: _Page) -> list[_Word]:
    """Read each doubtful word again on its own; keep the new reading when it is sure.

    Beside a table's vertical rule the line reader misreads short figures ("21" as "sai" at
    confidence 0-30, "12" as "1ã" at 82) that it reads right alone (97): with this, the
    data row of 24 test scans came out right in all of them instead of 21.  All the
    doubtful words go in one image, one per line: one more run of Tesseract per page.
    """
    usual = _usual_height(words)
    doubtful = [
        i
        for i, w in enumerate(words)
        if w.confidence < DOUBTFUL and w.height <= 2 * usual and w.text.strip(_RULES)
    ][:MAX_REREAD]
    if not doubtful:
        return words
    strip, bands = _stack([image.crop(_around(words[i], image.size)) for i in doubtful])
    try:
        found = _words(_tesseract(strip, ["--psm", "6", "-l", LANGUAGES, "tsv"], page))
    except _Skip:
        return words  # out of time: the first reading stands
    better = list(words)
    for i, (top, bottom) in zip(doubtful, bands, strict=True):
        inside = sorted((w for w in found if top <= w.top + w.height // 2 < bottom), key=_left)
        confidence = statistics.fmean(w.confidence for w in inside) if inside else 0.0
        if confidence >= SURE and confidence > words[i].confidence:
            text = " ".join(w.text for w in inside)
            better[i] = replace(words[i], text=text, confidence=round(confidence, 1))
    return better


def _around(word: _Word, size: tuple[int, int]) -> tuple[int, int, int, int]:
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


# --- TSV to lines --------------------------------------------------------------------------


def lines_from_tsv(tsv: str, page: int = 1, offset: tuple[int, int] = (0, 0)) -> tuple[Line, ...]:
    """Tesseract's TSV to lines, top to bottom, each split into cells at wide gaps.

    Words are grouped by Tesseract's block, paragraph and line; groups on one row (each
    overlapping the other by half its height, side by side) are joined, as Tesseract may
    read a table's columns as blocks of their own.  `offset` moves the boxes from the
    cropped image Tesseract read to the straightened page.
    """
    return _lines(_words(tsv), page, offset)


def _lines(words: list[_Word], page: int, offset: tuple[int, int]) -> tuple[Line, ...]:
    lines = (_line(row, page, offset) for row in _rows(_groups(words)))
    return tuple(line for line in lines if line is not None)


def _words(tsv: str) -> list[_Word]:
    words = []
    for record in tsv.splitlines()[1:]:
        fields = record.split("\t")
        if len(fields) < 12 or fields[0] != "5" or not fields[11].strip():
            continue
        block, paragraph, line = (int(f) for f in fields[2:5])
        left, top, width, height = (int(f) for f in fields[6:10])
        confidence = max(0.0, float(fields[10]))
        words.append(
            _Word(
                (block, paragraph, line), left, top, width, height, confidence, fields[11].strip()
            )
        )
    return words


def _groups(words: list[_Word]) -> list[list[_Word]]:
    groups: dict[tuple[int, int, int], list[_Word]] = {}
    for word in words:
        groups.setdefault(word.key, []).append(word)
    return list(groups.values())


def _rows(groups: list[list[_Word]]) -> list[list[_Word]]:
    rows: list[list[_Word]] = []
    for group in sorted(groups, key=_centre):
        same = next((row for row in rows if _share_row(row, group)), None)
        if same is None:
            rows.append(list(group))
        else:
            same.extend(group)
    for row in rows:
        row.sort(key=_left)
    return sorted(rows, key=lambda row: _span(row)[0])


def _usual_height(words: list[_Word]) -> float:
    """The median height of the words, rules left out (a rule is as tall as its row)."""
    heights = [w.height for w in words if w.text.strip(_RULES)]
    return statistics.median(heights) if heights else 0.0


def _left(word: _Word) -> int:
    return word.left


def _span(words: list[_Word]) -> tuple[int, int]:
    return min(w.top for w in words), max(w.top + w.height for w in words)


def _centre(words: list[_Word]) -> float:
    return sum(_span(words)) / 2


def _share_row(row: list[_Word], group: list[_Word]) -> bool:
    """Whether two runs of words sit on one row: overlapping vertically, side by side."""
    (top_a, bottom_a), (top_b, bottom_b) = _span(row), _span(group)
    overlap = min(bottom_a, bottom_b) - max(top_a, top_b)
    shorter = min(bottom_a - top_a, bottom_b - top_b)
    apart = all(
        w.left >= v.left + v.width or v.left >= w.left + w.width for w in group for v in row
    )
    return overlap > shorter / 2 and apart


def _line(row: list[_Word], page: int, offset: tuple[int, int]) -> Line | None:
    """One line: its cells, and the box and confidence of its words (rules left out)."""
    cells = _cells(row)
    words = [w for w in row if w.text.strip(_RULES)]
    if not cells or not words:
        return None
    left, top = min(w.left for w in words), min(w.top for w in words)
    right = max(w.left + w.width for w in words)
    bottom = max(w.top + w.height for w in words)
    box = (left + offset[0], top + offset[1], right - left, bottom - top)
    confidence = round(statistics.fmean(w.confidence for w in words), 1)
    return Line(" | ".join(cells), tuple(cells), page, box, confidence)


def _cells(row: list[_Word]) -> list[str]:
    """The words of a row, left to right, joined into cells; a wide gap or a rule splits.

    A gap is wide when it is more than CELL_GAP times the row's median word height: a space
    between words is about half a height, a table's column gap several.
    """
    height = _usual_height(row)
    cells: list[list[str]] = [[]]
    right = None
    for word in row:
        text = word.text.strip(_RULES)
        ruled_before = word.text[0] in _RULES
        if ruled_before or (right is not None and word.left - right > CELL_GAP * height):
            cells.append([])
        if text:
            cells[-1].append(text)
        if word.text[-1] in _RULES:
            cells.append([])
        right = word.left + word.width
    return [" ".join(cell) for cell in cells if cell]


# --- text ----------------------------------------------------------------------------------

_LETTERS = re.compile(r"[^\W\d_]+")


def plain(text: str) -> str:
    """`text` without diacritics ("đ" -> "d"), case kept: Tesseract's tones are unreliable."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("Ð", "D")
    kept = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def repair(text: str, vocabulary: frozenset[str]) -> str:
    """`plain(text)` with misread words put back to the one vocabulary word they are near.

    A word of 2+ letters missing from `vocabulary` (lower-case plain words) becomes the
    vocabulary word within one edit of it (two for words of 6+ letters) when there is
    exactly one such word; its case is kept.  Digits, punctuation and spacing are untouched.

    >>> repair("Sf lun phat song: 21", frozenset({"so", "lan", "phat", "song"}))
    'So lan phat song: 21'
    """
    by_length: dict[int, list[str]] = {}
    for known in vocabulary:
        by_length.setdefault(len(known), []).append(known)

    @functools.cache
    def nearest(word: str) -> str | None:
        if len(word) < 2 or word in vocabulary:
            return None
        reach = 2 if len(word) >= 6 else 1
        lengths = range(len(word) - reach, len(word) + reach + 1)
        near = [k for n in lengths for k in by_length.get(n, ()) if _within(word, k, reach)]
        return near[0] if len(near) == 1 else None

    def fix(match: re.Match[str]) -> str:
        known = nearest(match.group().lower())
        return match.group() if known is None else _same_case(known, match.group())

    return _LETTERS.sub(fix, plain(text))


def _within(a: str, b: str, reach: int) -> bool:
    """Whether the Levenshtein distance of `a` and `b` is at most `reach` (stops early)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        if min(current) > reach:
            return False
        previous = current
    return previous[-1] <= reach


def _same_case(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word.capitalize() if model[0].isupper() else word
