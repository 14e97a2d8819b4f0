"""Scans and phone photos of typed reports, drawn with Pillow (deterministic)."""
import io
import random

from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops

FD = "/usr/share/fonts/truetype/"
SERIF = {
    "dejavu": (FD + "dejavu/DejaVuSerif.ttf", FD + "dejavu/DejaVuSerif-Bold.ttf", FD + "dejavu/DejaVuSerif-Italic.ttf"),
    "liberation": (FD + "liberation2/LiberationSerif-Regular.ttf", FD + "liberation2/LiberationSerif-Bold.ttf",
                   FD + "liberation2/LiberationSerif-Italic.ttf"),
}
PW, PH = 2480, 3508  # A4 at 300 dpi


def render_page(items, family="liberation", size=38, landscape=False):
    """items: ("head", left, right) | ("row2", left, right) | ("c", text[, "b"|"i"]) |
    ("p", text) | ("l", text) | ("table", rows, widths[, header_rows]) | ("sign", lines) |
    ("gap", px) | ("stamp", text).  Returns (image 'L', check text)."""
    w, h = (PH, PW) if landscape else (PW, PH)
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    reg, bold, ital = SERIF[family]
    F = {"": ImageFont.truetype(reg, size), "b": ImageFont.truetype(bold, size),
         "i": ImageFont.truetype(ital, size), "s": ImageFont.truetype(reg, size - 6),
         "sb": ImageFont.truetype(bold, size - 4)}
    left, right = 300, w - 180
    y = 200
    lead = int(size * 1.5)
    check = []
    stamp_at = None
    for it in items:
        k = it[0]
        if k == "head":
            y0 = y
            for line in it[1]:
                f = F["sb"] if line.startswith("*") else F["s"]
                t = line.lstrip("*")
                tw = d.textlength(t, font=f)
                d.text((left + 480 - tw / 2, y), t, font=f, fill=0)
                check.append(t)
                y += lead
            y1 = y
            y = y0
            for line in it[2]:
                f = F["sb"] if line.startswith("*") else F["s"]
                t = line.lstrip("*")
                tw = d.textlength(t, font=f)
                d.text((right - 620 - tw / 2, y), t, font=f, fill=0)
                check.append(t)
                y += lead
            y = max(y, y1) + lead // 2
        elif k == "row2":
            d.text((left + 120, y), it[1], font=F["s"], fill=0)
            tw = d.textlength(it[2], font=F["i"])
            d.text((right - 620 - tw / 2, y), it[2], font=F["i"], fill=0)
            check += [it[1], it[2]]
            y += lead * 2
        elif k == "c":
            st = it[2] if len(it) > 2 else ""
            f = F[st] if st else F[""]
            tw = d.textlength(it[1], font=f)
            d.text(((left + right) / 2 - tw / 2, y), it[1], font=f, fill=0)
            check.append(it[1])
            y += lead
        elif k in ("p", "l"):
            words = it[1].split(" ")
            line = ""
            x = left + (90 if k == "p" else 0)
            for wd in words:
                t = (line + " " + wd).strip()
                if d.textlength(t, font=F[""]) > right - x:
                    d.text((x, y), line, font=F[""], fill=0)
                    y += lead
                    x = left
                    line = wd
                else:
                    line = t
            d.text((x, y), line, font=F[""], fill=0)
            check.append(it[1])
            y += lead
        elif k == "table":
            rows, widths = it[1], it[2]
            hdr = it[3] if len(it) > 3 else 1
            rh = int(size * 1.9)
            x_end = left + sum(widths)
            top = y
            for i, row in enumerate(rows):
                # spans: in header rows, "" after a filled cell continues that cell
                cells = []
                for j, cell in enumerate(row):
                    if i < hdr and str(cell) == "" and cells:
                        cells[-1][1] += widths[j]
                    else:
                        cells.append([str(cell), widths[j]])
                f = F["sb"] if i < hdr else F["s"]
                two = any(d.textlength(t, font=f) > cw - 16 for t, cw in cells if t)
                hh = rh + (size if two else 0)
                x = left
                for t, cw in cells:
                    if t:
                        if d.textlength(t, font=f) > cw - 16 and " " in t:
                            a, b = "", ""
                            for w_ in t.split(" "):
                                if not b and d.textlength((a + " " + w_).strip(), font=f) <= cw - 16:
                                    a = (a + " " + w_).strip()
                                else:
                                    b = (b + " " + w_).strip()
                            d.text((x + 8, y + 6), a, font=f, fill=0)
                            d.text((x + 8, y + 6 + size), b, font=f, fill=0)
                        else:
                            tw = d.textlength(t, font=f)
                            tx = x + (cw - tw) / 2 if cw > widths[0] * 1.5 and i < hdr else x + 8
                            d.text((tx, y + (hh - size) // 2), t, font=f, fill=0)
                        check.append(t)
                    d.line((x, y, x, y + hh), fill=0, width=3)
                    x += cw
                d.line((x_end, y, x_end, y + hh), fill=0, width=3)
                d.line((left, y, x_end, y), fill=0, width=3)
                y += hh
            d.line((left, y, x_end, y), fill=0, width=3)
            y += lead // 2
        elif k == "sign":
            x = right - 620
            for line in it[1]:
                f = F["b"] if line.startswith("*") else F[""]
                t = line.lstrip("*")
                tw = d.textlength(t, font=f)
                d.text((x - tw / 2, y), t, font=f, fill=0)
                check.append(t)
                y += lead
                if stamp_at is None:
                    stamp_at = (x - 260, y - 40)
        elif k == "gap":
            y += it[1]
    return img, "\n".join(check), stamp_at


def _noise_tile(seed, n=256, amp=28):
    rnd = random.Random(seed)
    t = Image.new("L", (n, n))
    t.putdata([max(0, min(255, 128 + int(rnd.gauss(0, amp)))) for _ in range(n * n)])
    return t


def _tiled(tile, size):
    out = Image.new("L", size)
    for x in range(0, size[0], tile.size[0]):
        for y in range(0, size[1], tile.size[1]):
            out.paste(tile, (x, y))
    return out


def add_stamp(img, at, text="UBND", color=(200, 30, 40)):
    """A red circle stamp-like mark (the image must be RGB)."""
    d = ImageDraw.Draw(img)
    x, y = at
    r = 190
    for k in range(9):
        d.ellipse((x - r + k, y - r + k, x + r - k, y + r - k), outline=color)
    for k in range(4):
        d.ellipse((x - r + 45 + k, y - r + 45 + k, x + r - 45 - k, y + r - 45 - k), outline=color)
    f = ImageFont.truetype(SERIF["dejavu"][1], 34)
    tw = d.textlength(text, font=f)
    d.text((x - tw / 2, y - 20), text, font=f, fill=color)
    return img


def scanify(img, seed, angle=1.2, mode="scan", quality=55, stamp=None, stamp_text="UBND",
            scale=1.0, blur=0.7, grey=235):
    """Make a page look scanned ('scan') or photographed ('photo'). Returns JPEG bytes or,
    with mode 'png', PNG bytes (a scan saved as PNG)."""
    rnd = random.Random(seed)
    page = img.convert("RGB")
    if stamp is not None:
        page = add_stamp(page, stamp, stamp_text)
    if mode in ("scan", "png"):
        page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
        g = page.convert("L")
        # grey paper, noise, slight blur
        g = g.point(lambda v: int(v * grey / 255) + 8)
        nz = _tiled(_noise_tile(seed), g.size)
        g = ImageChops.add(g, nz, scale=1.0, offset=-128)
        g = g.filter(ImageFilter.GaussianBlur(blur))
        if scale != 1.0:
            g = g.resize((int(g.size[0] * scale), int(g.size[1] * scale)), Image.BILINEAR)
        if stamp is not None:
            # keep the red of the stamp: merge back a tinted version
            col = page.filter(ImageFilter.GaussianBlur(blur))
            if scale != 1.0:
                col = col.resize(g.size, Image.BILINEAR)
            mask = col.split()[0].point(lambda v: 0)
            r, gg, b = col.split()
            red = ImageChops.subtract(r, gg).point(lambda v: 255 if v > 60 else 0)
            base = Image.merge("RGB", (g, g, g))
            base.paste(col, (0, 0), red)
            out = base
        else:
            out = g
        buf = io.BytesIO()
        if mode == "png":
            out = out.convert("L") if stamp is None else out
            if out.mode == "L":
                # scanner background removal: paper goes white, ink keeps its greys
                out = out.point(lambda v: 255 if v > 175 else v).quantize(8).convert("L")
            out.save(buf, "PNG", optimize=False, compress_level=9)
        else:
            out.save(buf, "JPEG", quality=quality, optimize=False)
        return buf.getvalue()
    # photo: page on a table, rotated, uneven light, warm tint, smaller
    W0, H0 = page.size
    bg = Image.new("RGB", (int(W0 * 1.12), int(H0 * 1.08)), (92, 74, 58))
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(92, 74, 58))
    bg.paste(page, ((bg.size[0] - page.size[0]) // 2 + rnd.randint(-30, 30),
                    (bg.size[1] - page.size[1]) // 2 + rnd.randint(-30, 30)))
    # light gradient
    big = Image.radial_gradient("L").resize((int(bg.size[0] * 1.6), int(bg.size[1] * 1.6)), Image.BILINEAR)
    ox = rnd.randint(0, big.size[0] - bg.size[0])
    oy = rnd.randint(0, big.size[1] - bg.size[1])
    grad = big.crop((ox, oy, ox + bg.size[0], oy + bg.size[1]))
    grad = grad.point(lambda v: 255 - (v * 95) // 255)
    r, g, b = bg.split()
    r = ImageChops.multiply(r, grad.point(lambda v: min(255, v + 20)))
    g = ImageChops.multiply(g, grad)
    b = ImageChops.multiply(b, grad.point(lambda v: max(0, v - 25)))
    bg = Image.merge("RGB", (r, g, b))
    bg = bg.filter(ImageFilter.GaussianBlur(blur + 0.4))
    bg = bg.resize((int(bg.size[0] * scale), int(bg.size[1] * scale)), Image.BILINEAR)
    buf = io.BytesIO()
    bg.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()
