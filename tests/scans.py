"""Test scans: a typed weekly report rendered with Pillow, then spoilt like a scan or a photo.

The page is drawn at 300 dpi on A4 (2480 x 3508 px) and the vertical centre of every line
is recorded, so a test can check that OCR puts a figure where it was drawn.  `spoil`
rotates, blurs, adds grain and JPEG-compresses, which is what a cheap scanner or a phone
does to a page; `pdf_of` wraps images in a PDF without a text layer.  `ruled_page` draws a
report whose figures are in a ruled table, in small letters with narrow padding.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

A4 = (2480, 3508)
DPI = 300
# Liberation Serif has the metrics of Times New Roman, the font Decree 30/2020 prescribes.
_FONTS = (
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
)

# An official document's head: the issuer on the left, the national motto on the right.
MASTHEAD = (
    ("UBND XÃ TÂN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("ĐÀI TRUYỀN THANH", "Độc lập - Tự do - Hạnh phúc"),
)
HEADING = (
    "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG ĐÀI TRUYỀN THANH",
    "Tuần từ ngày 01/02/2021 đến ngày 07/02/2021",
)
LABELS = (
    "Số tin, bài: 12",
    "Thời lượng: 45 phút",
    "Số lần phát sóng: 21",
    "Ước số người nghe: 3.500",
)
HEADER = ("STT", "Đơn vị", "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng", "Số người nghe")
ROW = ("1", "Xã Tân Phú", "12", "45", "21", "3.500")


@dataclass(frozen=True)
class Drawn:
    """A rendered page and, for every line of text on it, its vertical centre in pixels."""

    image: Image.Image
    centres: dict[str, int]


def font(size: int) -> ImageFont.FreeTypeFont:
    path = next(p for p in _FONTS if Path(p).exists())
    return ImageFont.truetype(path, size)


def report_page(size: tuple[int, int] = A4, table: bool = True) -> Drawn:
    """The weekly report typed in 13 pt (54 px at 300 dpi): heading, labels, a ruled table."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    text_font, left, y = font(54), 250, 300
    centres: dict[str, int] = {}
    for issuer, motto in MASTHEAD:
        draw.text((left, y), issuer, font=text_font, fill=0)
        draw.text((size[0] - left - text_font.getlength(motto), y), motto, font=text_font, fill=0)
        centres[f"{issuer} | {motto}"] = y + _middle(text_font, issuer + motto)
        y += 90
    y += 90
    for text in (*HEADING, "", *LABELS):
        if text:
            draw.text((left, y), text, font=text_font, fill=0)
            centres[text] = y + _middle(text_font, text)
        y += 90
    if table:
        centres.update(_table(draw, left, y + 60, size[0] - 2 * left))
        y += 60 + 200
    _signature(draw, size[0] - left - 700, y + 150, text_font)
    return Drawn(image, centres)


def _signature(draw: ImageDraw.ImageDraw, left: int, top: int, text_font) -> None:
    """The signer's title, a scribble, a round stamp over it (grey: red comes out grey), name."""
    draw.text((left + 150, top), "CHỦ TỊCH", font=text_font, fill=0)
    scribble = [(left + 120 + 40 * i, top + 160 + (35 if i % 2 else -35)) for i in range(12)]
    draw.line(scribble, fill=40, width=5)
    draw.ellipse((left + 20, top + 40, left + 420, top + 440), outline=110, width=12)
    draw.ellipse((left + 90, top + 110, left + 350, top + 370), outline=110, width=6)
    draw.text((left + 80, top + 480), "Nguyễn Văn An", font=text_font, fill=0)


def _middle(text_font: ImageFont.FreeTypeFont, text: str) -> int:
    top, bottom = text_font.getbbox(text)[1], text_font.getbbox(text)[3]
    return (top + bottom) // 2


def _table(draw: ImageDraw.ImageDraw, left: int, top: int, width: int) -> dict[str, int]:
    """A ruled table with HEADER and ROW, columns sized to their longest cell."""
    cell_font, pad, height = font(50), 30, 100
    widths = [
        max(cell_font.getlength(a), cell_font.getlength(b))
        for a, b in zip(HEADER, ROW, strict=True)
    ]
    spare = (width - sum(widths)) / len(widths)
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + int(w + spare))
    centres = {}
    for r, cells in enumerate((HEADER, ROW)):
        y = top + r * height
        for x, text in zip(xs, cells, strict=False):
            draw.text((x + pad, y + 25), text, font=cell_font, fill=0)
        centres[" | ".join(cells)] = y + 25 + _middle(cell_font, "Đg")
    for r in range(3):
        draw.line([(xs[0], top + r * height), (xs[-1], top + r * height)], fill=0, width=3)
    for x in xs:
        draw.line([(x, top), (x, top + 2 * height)], fill=0, width=3)
    return centres


def spoil(
    image: Image.Image, angle: float = 1.5, quality: int = 50, blur: float = 1.0, seed: int = 0
) -> bytes:
    """Rotate by `angle` degrees (counter-clockwise), blur, add grain, save as JPEG."""
    turned = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    blurred = turned.filter(ImageFilter.GaussianBlur(blur))
    noisy = Image.blend(blurred, grain(image.size, seed), 0.12)
    return jpeg(noisy.point(lambda v: min(255, int(v * 1.07))), quality)


def grain(size: tuple[int, int], seed: int) -> Image.Image:
    """Uniform noise around mid-grey, the same for the same seed (Pillow's effect_noise is not)."""
    rng = random.Random(seed)
    tiles = [Image.frombytes("L", (256, 256), rng.randbytes(256 * 256)) for _ in range(4)]
    noise = Image.new("L", size)
    for x in range(0, size[0], 256):
        for y in range(0, size[1], 256):
            noise.paste(tiles[rng.randrange(4)], (x, y))
    return noise


def jpeg(
    image: Image.Image, quality: int = 50, exif: Image.Exif | None = None, dpi: int = DPI
) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, dpi=(dpi, dpi), exif=exif or Image.Exif())
    return out.getvalue()


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def pdf_of(images: list[Image.Image], dpi: int = DPI) -> bytes:
    """A PDF of `images`, one per page, with no text layer: what a scanner's PDF is."""
    out = io.BytesIO()
    first, *rest = [i.convert("RGB") for i in images]
    first.save(out, "PDF", resolution=dpi, save_all=True, append_images=rest)
    return out.getvalue()


def photograph(image: Image.Image, angle: float = 2.0, quality: int = 60) -> bytes:
    """A phone photo of the page on a desk: shaded, tilted, stored sideways, 72 dpi.

    An A4 page gives a 12-megapixel photo (3024 x 4032) where the page fills 91% of the
    width.  The pixels are stored in landscape with EXIF orientation 6 ("turn 90°
    clockwise to show"), as phones do; a reader that ignores EXIF sees the page on its side.
    """
    scale = 3024 / A4[0]
    canvas = Image.new("L", (3024, round(image.height * scale)), 90)
    page = image.resize((2760, round(image.height * 2760 / image.width)), Image.BICUBIC)
    canvas.paste(page, (132, (canvas.height - page.height) // 2))
    shade = Image.linear_gradient("L").resize(canvas.size).point(lambda v: 255 - v // 4)
    shaded = ImageChops.multiply(canvas, shade)
    tilted = shaded.rotate(angle, resample=Image.BICUBIC, fillcolor=90)
    blurred = tilted.filter(ImageFilter.GaussianBlur(1.2))
    noisy = Image.blend(blurred, grain(canvas.size, 7), 0.08)
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation
    return jpeg(noisy.convert("RGB").transpose(Image.ROTATE_90), quality, exif, dpi=72)


def shadow(image: Image.Image, top: int, light: int = 120) -> Image.Image:
    """The page with a shadow (a hand, the phone) over everything below `top`."""
    mask = Image.new("L", image.size, 255)
    ImageDraw.Draw(mask).rectangle((0, top, image.width, image.height), fill=light)
    return ImageChops.multiply(image, mask)


# --- ruled tables ------------------------------------------------------------------------------

# Vertical tables (a label and its figure on each row, maybe numbered) and horizontal ones
# (a header over one row of figures), as communes type them: a full grid, narrow padding.
# A "\n" in a cell wraps it onto a second line.
VERTICAL = (
    ("Nội dung", "Kết quả"),
    ("Số tin, bài", "12"),
    ("Thời lượng (phút)", "64"),
    ("Số lượt phát sóng", "9"),
    ("Ước số người nghe", "3.100"),
)
VERTICAL_OTHER = (
    ("Nội dung", "Kết quả"),
    ("Số tin, bài", "0"),
    ("Thời lượng (phút)", "1.260"),
    ("Số lượt phát sóng", "27"),
    ("Ước số người nghe", "850"),
)
NUMBERED = (
    ("STT", "Nội dung", "Kết quả"),
    ("1", "Số tin, bài", "15"),
    ("2", "Thời lượng (phút)", "90"),
    ("3", "Số lượt phát sóng", "6"),
    ("4", "Ước số người nghe", "2.400"),
)
HORIZONTAL = (
    (
        "Số nhóm\nZalo",
        "Số thành\nviên",
        "Tin, bài\nđăng tải",
        "Cài đặt\nBluezone",
        "Tin giả\nxử lý",
    ),
    ("9", "1.260", "17", "0", "0"),
)
HORIZONTAL_SHORT = (
    ("Số tin, bài", "Thời lượng (phút)", "Số lượt phát", "Người nghe"),
    ("9", "64", "18", "3.100"),
)
TABLES = {
    "vertical": VERTICAL,
    "vertical-other": VERTICAL_OTHER,
    "numbered": NUMBERED,
    "horizontal": HORIZONTAL,
    "horizontal-short": HORIZONTAL_SHORT,
}


@dataclass(frozen=True)
class Ruled:
    """A page with a ruled table: the page, and the vertical centre of each table row."""

    image: Image.Image
    rows: tuple[tuple[str, ...], ...]
    centres: tuple[int, ...]  # of each row, in pixels of the page as drawn
    height: int  # of the shortest row


def ruled_page(
    rows: tuple[tuple[str, ...], ...],
    size: int = 34,
    pad: int = 14,
    rule: int = 2,
    serif: int = 0,
    full: bool = False,
    wide: bool = False,
) -> Ruled:
    """A heading, then `rows` in a ruled table (outer border, every row and column ruled).

    `size` is the cell font's size in pixels (34 px is 8 pt at 300 dpi), `pad` the space
    between a cell's text and its rules, `rule` their width, `serif` which of _FONTS; a
    `wide` table spans the width of the text, its spare width shared among its columns.
    The page is A4 when `full`, else cut just below the table, which reads faster.
    """
    image = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(image)
    cell_font = ImageFont.truetype(_existing()[serif % len(_existing())], size)
    left, y = 250, 300
    for text in HEADING:
        draw.text((left, y), text, font=font(44), fill=0)
        y += 80
    top = y + 60
    columns, heights = _grid(rows, cell_font, pad)
    if wide:
        spare = (A4[0] - 2 * left - sum(columns)) // len(columns)
        columns = [width + max(0, spare) for width in columns]
    xs = [left]
    for width in columns:
        xs.append(xs[-1] + width)
    ys = [top]
    for height in heights:
        ys.append(ys[-1] + height)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            _cell(draw, text, (xs[c], ys[r], xs[c + 1], ys[r + 1]), cell_font, pad)
    for y_rule in ys:
        draw.line([(xs[0], y_rule), (xs[-1], y_rule)], fill=0, width=rule)
    for x_rule in xs:
        draw.line([(x_rule, ys[0]), (x_rule, ys[-1])], fill=0, width=rule)
    draw.text((left, ys[-1] + 60), "Người báo cáo: Trần Thị Bình", font=font(44), fill=0)
    if not full:
        image = image.crop((0, 0, A4[0], ys[-1] + 250))
    centres = tuple((a + b) // 2 for a, b in zip(ys, ys[1:], strict=False))
    return Ruled(image, rows, centres, min(heights))


def _existing() -> list[str]:
    return [p for p in _FONTS if Path(p).exists()]


def _grid(
    rows: tuple[tuple[str, ...], ...], cell_font: ImageFont.FreeTypeFont, pad: int
) -> tuple[list[int], list[int]]:
    """Column widths and row heights that fit every cell's text with `pad` around it."""
    boxes = [[_text_size(text, cell_font) for text in cells] for cells in rows]
    widths = [max(box[c][0] for box in boxes) + 2 * pad for c in range(len(rows[0]))]
    heights = [max(h for _, h in box) + 2 * pad for box in boxes]
    return widths, heights


def _text_size(text: str, cell_font: ImageFont.FreeTypeFont) -> tuple[int, int]:
    lines = text.split("\n")
    ascent, descent = cell_font.getmetrics()
    width = max(cell_font.getlength(line) for line in lines)
    return int(width) + 1, len(lines) * (ascent + descent)


def is_figure(text: str) -> bool:
    return bool(text) and text.replace(".", "").isdigit()


def _cell(draw, text: str, box: tuple[int, ...], cell_font, pad: int) -> None:
    """A cell's text: a figure centred, words from the left; the lines centred vertically."""
    left, top, right, bottom = box
    ascent, descent = cell_font.getmetrics()
    lines = text.split("\n")
    y = (top + bottom - len(lines) * (ascent + descent)) // 2
    for line in lines:
        width = cell_font.getlength(line)
        x = (left + right - width) / 2 if is_figure(line) else left + pad
        draw.text((x, y), line, font=cell_font, fill=0)
        y += ascent + descent
