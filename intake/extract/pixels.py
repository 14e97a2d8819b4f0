"""The pixel work before OCR: find how much a page is skewed, crop it to its sheet and
ink, even out a shadow, erase a table's horizontal rules.

Pillow only (no numpy): a row's mean comes from resizing the image to one pixel wide, so
a skew is measured as the angle whose rows of ink are the sharpest (the projection
profile), on a copy about 800 pixels wide.
"""

from __future__ import annotations

import statistics

from PIL import Image, ImageChops, ImageFilter, ImageMath

_INK_CELL = 24  # on that copy, ink is what is darker than the mean of cells this wide
_SMALL = 800  # the skew, the crop and the line height are measured on a copy this wide
MAX_SKEW = 5.0  # degrees either way
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
    around = image.resize(coarse, Image.BOX).resize(image.size, Image.BILINEAR)
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
    turned = ink.rotate(angle, Image.NEAREST) if angle else ink  # binary: nearest will do
    rows = _row_means(turned)
    return float(sum((b - a) ** 2 for a, b in zip(rows, rows[1:], strict=False)))


def _row_means(image: Image.Image) -> bytes:
    return image.resize((1, image.height), Image.BOX).tobytes()


def sheet(small: Image.Image) -> tuple[int, int, int, int]:
    """Where the sheet of paper is in a small copy of the page: the box of its light part.

    A scan is all paper; a phone photo also shows the desk, often darker than the sheet (and
    the edge of the sheet would count as ink).  Light is over half the paper's brightness
    (its 95th percentile): a shadow across the sheet stays in.  A 3x3 median drops specks.
    """
    histogram = small.histogram()
    total, seen, paper = sum(histogram), 0, 255
    for level, count in enumerate(histogram):
        seen += count
        if seen >= 0.95 * total:
            paper = level
            break
    threshold = paper // 2
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
    darker, _ = _darker(image, 72)
    threshold = 0.6 * max(24, _otsu(darker.histogram()))
    ink = darker.point(lambda v: 255 if v > threshold else 0)
    reach = max(image.width // 60, 3 * line_height // 2)  # half a rule's shortest length
    inside = ink.filter(ImageFilter.BoxBlur((reach, 0))).point(lambda v: 255 if v >= 230 else 0)
    if inside.getbbox() is None:
        return image
    rules = inside.filter(ImageFilter.BoxBlur((reach + 2, 2))).point(lambda v: 255 if v else 0)
    erased = image.copy()
    erased.paste(paper, mask=rules)
    return erased


def _paper(image: Image.Image) -> Image.Image:
    """The paper without its ink: the lightest pixel within 10 or so of each, smoothed.

    What the light is divided by, and what an erased rule is painted with; a local mean
    would paint a grey band, as it counts the rule itself.
    """
    small = image.reduce(4) if min(image.size) >= 64 else image
    light = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.BoxBlur(4))
    return light.resize(image.size, Image.BILINEAR)
