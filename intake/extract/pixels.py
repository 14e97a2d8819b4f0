"""The pixel work before OCR: find how much a page is skewed, crop it to its sheet and
ink, even out a shadow, erase a table's horizontal rules, find the cells of ruled tables.

Pillow only (no numpy): a row's mean comes from resizing the image to one pixel wide, so
a skew is measured as the angle whose rows of ink are the sharpest (the projection
profile), on a copy about 800 pixels wide.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter, ImageMath, ImageOps
from PIL.Image import Resampling

_INK_CELL = 24  # on that copy, ink is what is darker than the mean of cells this wide
_SMALL = 800  # the skew, the crop and the line height are measured on a copy this wide
MAX_SKEW = 5.0  # degrees either way
MAX_RULES = 400  # horizontal rules on a page; more, and it holds no ruled table

# --- straightening and cropping ------------------------------------------------------------


def skew_angle(image: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that levels the lines of a greyscale page."""
    return level(ink(image)[0])


def ink(image: Image.Image) -> tuple[Image.Image, int]:
    """A small black-and-white copy where ink is 255, and its reduction factor.

    Ink is what is darker than the paper around it, so the shade across a phone photo does
    not count; the threshold (Otsu's, at least 24 levels) keeps grain out.
    """
    factor = max(1, round(image.width / _SMALL))
    small = image.reduce(factor) if factor > 1 else image
    darker, _ = _darker(small, _INK_CELL)
    threshold = max(24, _otsu(darker.histogram()))
    return darker.point(lambda v: 255 if v > threshold else 0), factor


def _darker(image: Image.Image, cell: int) -> tuple[Image.Image, Image.Image]:
    """How much darker each pixel is than its surroundings (means over cells, smoothed)."""
    coarse = (max(1, image.width // cell), max(1, image.height // cell))
    around = image.resize(coarse, Resampling.BOX).resize(image.size, Resampling.BILINEAR)
    return ImageChops.subtract(around, image), around


def _otsu(histogram: list[int]) -> int:
    """The level that best splits `histogram` in two classes (Otsu's method)."""
    total, sum_all = sum(histogram), sum(i * h for i, h in enumerate(histogram))
    best, threshold, weight, sum_below = 0.0, 0, 0, 0
    for level, count in enumerate(histogram):
        weight += count
        sum_below += level * count
        if 0 < weight < total:
            below, above = sum_below / weight, (sum_all - sum_below) / (total - weight)
            between = weight * (total - weight) * (below - above) ** 2
            if between > best:
                best, threshold = between, level
    return threshold


def level(ink: Image.Image) -> float:
    """The angle within ±MAX_SKEW (degrees, counter-clockwise) that levels the lines of `ink`.

    Levelled, the rows of a page alternate sharply between text and space, so the sum of
    squared differences between adjacent row means peaks (Postl's projection profile).
    Steps of 0.5°, then 0.1° and 0.025° around the best; 0 unless clearly better than none.
    """
    best = _best(ink, [x / 2 for x in range(int(-2 * MAX_SKEW), int(2 * MAX_SKEW) + 1)])
    best = _best(ink, [best + x / 10 for x in range(-4, 5)])
    best = round(_best(ink, [best + x / 40 for x in range(-3, 4)]), 2)
    if abs(best) < 0.1 or _profile(ink, best) <= 1.02 * _profile(ink, 0.0):
        return 0.0  # level already, or nothing to level (a blank page scores 0 at any angle)
    return best


def _best(ink: Image.Image, angles: list[float]) -> float:
    return max(angles, key=lambda angle: _profile(ink, angle))


def _profile(ink: Image.Image, angle: float) -> float:
    turned = ink.rotate(angle, Resampling.NEAREST) if angle else ink  # binary: nearest will do
    rows = _row_means(turned)
    return float(sum((b - a) ** 2 for a, b in zip(rows, rows[1:], strict=False)))


def _row_means(image: Image.Image) -> bytes:
    return image.resize((1, image.height), Resampling.BOX).tobytes()


def sheet(small: Image.Image) -> tuple[int, int, int, int]:
    """Where the sheet of paper is in a small copy of the page: the box of its light part.

    A scan is all paper; a phone photo also shows the desk, often darker than the sheet (and
    the edge of the sheet would count as ink).  Light is over half the paper's brightness
    (its 95th percentile): a shadow across the sheet stays in.  A 3x3 median drops specks.
    """
    threshold = _percentile(small.histogram(), 0.95) // 2
    light = small.point(lambda v: 255 if v > threshold else 0).filter(ImageFilter.MedianFilter(3))
    left, top, right, bottom = light.getbbox() or (0, 0, *small.size)
    inset = 3  # where the desk shows, the sheet's own edge is not content
    return (
        left + inset if left > 0 else 0,
        top + inset if top > 0 else 0,
        right - inset if right < small.width else right,
        bottom - inset if bottom < small.height else bottom,
    )


def content_box(
    ink: Image.Image, sheet: tuple[int, int, int, int], factor: int, size: tuple[int, int]
) -> tuple[int, int, int, int] | None:
    """Where the ink is on the sheet, in the full-size page, with a margin; None if blank.

    A 3x3 median first drops specks of grain, which would stretch the box to the edges.
    The sheet is trusted only if no ink lies around it.
    """
    ink = ink.filter(ImageFilter.MedianFilter(3))
    if _ink_around(ink, sheet):
        sheet = (0, 0, *ink.size)  # no desk, or a shadow on the sheet: keep all the ink
    found = ink.crop(sheet).getbbox()
    if found is None:
        return None
    margin = max(size) // 50
    found = (found[0] + sheet[0], found[1] + sheet[1], found[2] + sheet[0], found[3] + sheet[1])
    left, top, right, bottom = (v * factor for v in found)
    return (
        max(0, left - margin),
        max(0, top - margin),
        min(size[0], right + factor + margin),
        min(size[1], bottom + factor + margin),
    )


def _ink_around(ink: Image.Image, sheet: tuple[int, int, int, int]) -> bool:
    """Whether there is ink around the sheet, beyond its edge: the "desk" is page too.

    Next to the sheet the desk is darker than its surroundings (the sheet's light is in
    their mean: see `ink`), so a band of a cell's width along the edge does not count.
    """
    band = _INK_CELL
    grown = (sheet[0] - band, sheet[1] - band, sheet[2] + band, sheet[3] + band)
    around = ink.histogram()[255] - ink.crop(grown).histogram()[255]
    area = ink.width * ink.height - (grown[2] - grown[0]) * (grown[3] - grown[1])
    return around > 0.002 * max(area, 1)


def line_height(ink: Image.Image) -> int:
    """The usual height of a line of text in levelled `ink`, in its pixels; 0 if none.

    Rows holding ink come in runs, one per line of text; a rule makes a run of a row or
    two, so the median of the longer runs is the height of the text.
    """
    runs, length = [], 0
    for mean in (*_row_means(ink), 0):
        if mean > 4:  # ink on more than ~1.5% of the row
            length += 1
        elif length:
            runs.append(length)
            length = 0
    lines = [run for run in runs if run > 2]
    return int(statistics.median(lines)) if lines else 0


def even_out(image: Image.Image) -> tuple[Image.Image, Image.Image]:
    """The page with uneven light (a shadow, a photo's shade) evened out, and its paper.

    Tesseract binarises a page with one threshold: under a shadow over the lower two thirds
    of a test photo it read 2 of 4 labelled figures and no table row; evened out, all.
    Dividing by the paper's brightness does that; an evenly lit scan is left as it is.
    """
    paper = _paper(image)
    darkest, lightest = paper.getextrema()
    assert not isinstance(darkest, tuple) and not isinstance(lightest, tuple)  # one band: L
    if darkest >= 0.75 * lightest:
        return image, paper
    even = ImageMath.lambda_eval(
        lambda v: v["page"] * 255 / (v["paper"] + 1), page=image, paper=paper
    )
    return even.convert("L"), Image.new("L", image.size, 255)


def erase_rules(image: Image.Image, paper: Image.Image, line_height: int) -> Image.Image:
    """Paint the long horizontal strokes of a page (table rules, underlines) with paper.

    With the rules left in, Tesseract misread or lost the rows of a ruled table: the data
    row of 24 test scans came out right in 12 of them, in 21 with the rules erased (24 with
    `_reread` too).  A stroke is a rule when ink fills 90% of a run longer than three lines
    of text and a thirtieth of the page.  Vertical rules stay: without them Tesseract ran
    the words of a cell together ("Đơnvị", "XãTânPhú").
    """
    reach = _reach(image, line_height)
    inside = _along(_strokes(image), reach)
    if inside.getbbox() is None:
        return image
    rules = inside.filter(ImageFilter.BoxBlur((reach + 2, 2))).point(lambda v: 255 if v else 0)
    erased = image.copy()
    erased.paste(paper, mask=rules)
    return erased


def _strokes(image: Image.Image) -> Image.Image:
    """The ink of a full-size page (255), strokes of a rule's width included."""
    darker, _ = _darker(image, 72)
    threshold = 0.6 * max(24, _otsu(darker.histogram()))
    return darker.point(lambda v: 255 if v > threshold else 0)


def _reach(image: Image.Image, line_height: int) -> int:
    """Half the shortest horizontal rule: three lines of text, or a sixtieth of the page."""
    return max(image.width // 60, 3 * line_height // 2, 1)


def _along(ink: Image.Image, reach: int) -> Image.Image:
    """The ink at least 2 * `reach` + 1 pixels into a horizontal run of 90% ink."""
    return ink.filter(ImageFilter.BoxBlur((reach, 0))).point(lambda v: 255 if v >= 230 else 0)


def _paper(image: Image.Image) -> Image.Image:
    """The paper without its ink: the lightest pixel within 10 or so of each, smoothed.

    What the light is divided by, and what an erased rule is painted with; a local mean
    would paint a grey band, as it counts the rule itself.
    """
    small = image.reduce(4) if min(image.size) >= 64 else image
    light = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.BoxBlur(4))
    return light.resize(image.size, Resampling.BILINEAR)


# --- ruled tables --------------------------------------------------------------------------

Box = tuple[int, int, int, int]  # left, top, right, bottom


@dataclass(frozen=True)
class Row:
    """A row of a ruled table: its box, rules included, and the ink of each of its cells
    (None for a blank cell), left to right."""

    box: Box
    cells: tuple[Box | None, ...]


def ruled_rows(image: Image.Image, line_height: int) -> tuple[Row, ...]:
    """The rows of the ruled tables of a levelled page, top to bottom.

    A row lies between two horizontal rules, one above the other, and is cut into cells by
    the vertical rules that cross at least 80% of its height: letters never do, as a cell
    has padding above and below its text.  A band with fewer than two cells (between two
    underlines, under a page's frame) is no row.  Rows taller than a third of the page are
    no table's.
    """
    ink = _strokes(image)
    tallest = image.height // 3
    lowest = max(8, line_height // 2)  # lower: a double rule
    rules = _horizontal_rules(ink, _reach(image, line_height))
    if len(rules) > MAX_RULES:
        return ()  # hatching, a lined sheet or a pattern: no table a commune typed
    rows = []
    for upper, lower in _pairs(rules):
        band = (max(upper[0], lower[0]), upper[3], min(upper[2], lower[2]), lower[1])
        if lowest <= band[3] - band[1] <= tallest:
            row = _row(ink, band, lowest)
            if row is not None:
                rows.append(row)
    return tuple(rows)


def _horizontal_rules(ink: Image.Image, reach: int) -> list[Box]:
    """Runs of ink longer than 2 * `reach` + 1 pixels, as boxes (a gap shorter than `reach`
    mended), top to bottom."""
    runs = _along(ink, reach).filter(ImageFilter.BoxBlur((reach, 0)))
    runs = runs.point(lambda v: 255 if v else 0)
    rules = []
    for top, bottom in _spans(_row_means(runs), 1, 0):
        band = runs.crop((0, top, runs.width, bottom))
        columns = band.resize((band.width, 1), Resampling.BOX).tobytes()
        for left, right in _spans(columns, 1, reach):
            rules.append((left, top, right, bottom))
    return rules


def _pairs(rules: list[Box]) -> list[tuple[Box, Box]]:
    """Each rule with the nearest rule below it that runs under half of it at least.

    Not any rule below: the bars of "STT" in 50 px letters make a run as long as a short
    rule, and the top border would pair with it and lose the header row.
    """
    ordered = sorted(rules, key=lambda rule: rule[1])
    pairs = []
    for n, upper in enumerate(ordered):
        below = (r for r in ordered[n + 1 :] if r[1] >= upper[3] and _under_half(upper, r))
        lower = next(below, None)
        if lower is not None:
            pairs.append((upper, lower))
    return pairs


def _under_half(upper: Box, lower: Box) -> bool:
    overlap = min(upper[2], lower[2]) - max(upper[0], lower[0])
    return overlap >= 0.5 * (upper[2] - upper[0])


def _row(ink: Image.Image, band: Box, narrowest: int) -> Row | None:
    """The row in `band` (the space between two horizontal rules), or None if it has fewer
    than two cells.  A table without side borders ends where its horizontal rules do."""
    left, top, right, bottom = band
    inner = ink.crop((left, top + 2, right, bottom - 2))
    fill = inner.resize((inner.width, 1), Resampling.BOX).tobytes()
    rules = [(left + a, left + b) for a, b in _spans(fill, 204, 0)]  # 80% of the height
    edges = [(left, left), *rules, (right, right)]
    spaces = [(a[1], b[0]) for a, b in zip(edges, edges[1:], strict=False)]
    cells = [(a, top, b, bottom) for a, b in spaces if b - a >= narrowest]
    if len(cells) < 2:
        return None
    return Row((left, top - 1, right, bottom + 1), tuple(_ink_box(ink, cell) for cell in cells))


def _ink_box(ink: Image.Image, cell: Box) -> Box | None:
    """Where the ink of a cell is, 3 pixels off its rules (their blurred edges), with a
    pixel around; None if it is blank.  A 3x3 median drops the specks of grain first."""
    left, top, right, bottom = cell[0] + 3, cell[1] + 3, cell[2] - 3, cell[3] - 3
    if right - left < 3 or bottom - top < 3:
        return None
    found = ink.crop((left, top, right, bottom)).filter(ImageFilter.MedianFilter(3)).getbbox()
    if found is None:
        return None
    return (left + found[0], top + found[1], left + found[2], top + found[3])


def _spans(means: bytes, least: int, bridge: int) -> list[tuple[int, int]]:
    """The runs of `means` at least `least`, as (start, end); gaps up to `bridge` mended."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, mean in enumerate((*means, 0)):
        if mean >= least and start is None:
            start = i
        elif mean < least and start is not None:
            if spans and start - spans[-1][1] <= bridge:
                spans[-1] = (spans[-1][0], i)
            else:
                spans.append((start, i))
            start = None
    return spans


def on_white(cell: Image.Image) -> Image.Image:
    """A cell's crop on white paper with a margin, the way Tesseract reads a cell best.

    Pasted as it is among other crops, a cell of a grey photo is a grey box on white whose
    edges Tesseract took for strokes ("9" came out as "k)"); dividing by the paper's
    brightness (its 90th percentile) and a margin of a third of its height fixed that.
    """
    paper = max(1, _percentile(cell.histogram(), 0.9))
    padded = ImageOps.expand(cell, margin(cell.height), fill=paper)
    return padded.point(lambda v: min(255, v * 255 // paper))


def margin(height: int) -> int:
    """The margin `on_white` puts around a crop this high: a third of a line of text."""
    return min(max(4, height // 3), 32)


def _percentile(histogram: list[int], share: float) -> int:
    total, seen = sum(histogram), 0
    for level, count in enumerate(histogram):
        seen += count
        if seen >= share * total:
            return level
    return len(histogram) - 1
