#!/usr/bin/env python3
"""Fuzz: mutated mail, read as the daemon reads it, must never crash, blow up or lie.

Issue 9.  Messages are made by mutating two kinds of seed: the demo mailbox
(demo/maildir: commune reports and their figures) and the real-mail corpus (spam,
malformed MIME, odd encodings: /work/shared/corpora/real-mail, or its copy in
tests/real_mail).  Each message gets one to four mutations drawn from --seed and its own
number only, so message N of a seed is the same whatever --workers says: flipped bytes,
truncation, duplicated or removed header lines, garbage in Content-Type, charset,
boundary, filename and RFC 2231 parameters, NUL bytes, thousands of encoded words,
message/rfc822 wrapped a few levels, multiparts nested hundreds, broken base64 and broken
zip members (sheet XML) inside it, spliced seeds, long lines, odd line endings, bad HTML,
swapped digits and letters.  No message is over 2 MB.

Each message is read by `intake.pipeline.analyse`, with the Context of
config/example.toml, in forked workers capped as intake/reader.py caps the daemon's
(RLIMIT_AS of [limits] worker_memory_mb; --seconds of CPU a message, SIGXCPU after it;
three times that of wall-clock time), a batch of messages per worker.  It counts:

    crashes           an exception out of analyse that is not an IntakeError (an
                      IntakeError is the designed way to quarantine a message)
    over_memory       a MemoryError, or a worker that died under the message: killed by
                      the kernel, by its CPU cap, or by the fuzzer for its wall clock
    accepted_corrupt  a figure made unreadable, accepted all the same (below)

In most demo messages a figure is made unreadable, last: "12" becomes "1�2", "1?2",
"1O2", "l2", "12?", "�12", "S.400" (a digit swapped for a letter that looks like one; a
"?", "�" or such a letter put inside it or next to it).  The worker reads the message
before and after that one change.  The figure is checked only if the reading before took
it, alone, as a field's value (from a line of the body or a cell of an attached sheet,
which the Value's source names) and that field had no other source.  The message is
accepted_corrupt when, after the change, a report is ACCEPTED with that field's value
among the numbers the corrupted text could be taken for (its digits joined, each run of
digits, letters read as the digits they look like).  The field left out, or the report
held, is the right answer.  Durations of two figures ("1 giờ 15 phút") are not checked:
their value is neither figure.

OCR (Tesseract) and LibreOffice are left out, for speed (seconds a message): in the
workers `intake.extract.ocr.available` answers False, as on a server without Tesseract,
so photos and scans are named unreadable without being decoded; no seed has a .doc and
no mutation names one.  --ocr puts Tesseract back.

Before its last line it prints each failure: its mutations, the exception, the innermost
frames (for a worker killed for time, from a traceback it dumps at --seconds of wall
clock); the message is saved as /tmp/fuzz-failures/<n>.eml (with <n>.before.eml, the
message before its figure was corrupted).  The last line of stdout, which
tests/test_hostile.py reads, is `fuzz: messages=N crashes=N over_memory=N
accepted_corrupt=N`; the exit code is 0 when all three are 0, 1 otherwise.

    .venv/bin/python bench/fuzz.py                      # 5,000 messages, seed 1
    .venv/bin/python bench/fuzz.py --messages 200 --seed 9 --verbose
"""

from __future__ import annotations

import argparse
import base64
import faulthandler
import io
import multiprocessing
import os
import random
import re
import resource
import sys
import tempfile
import time
import traceback
import unicodedata
import warnings
import zipfile
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from multiprocessing.connection import Connection, wait
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from intake import config as intake_config  # noqa: E402
from intake.context import Context  # noqa: E402
from intake.errors import IntakeError  # noqa: E402
from intake.extract import ocr  # noqa: E402
from intake.models import BODY, Analysis, Status  # noqa: E402

# Imported here, before the workers are forked, so that every worker of a run reads with
# the same code (a worker that imported it would take whatever is on disk at that time).
from intake.pipeline import analyse  # noqa: E402

CONFIG = REPO / "config" / "example.toml"
DEMO = REPO / "demo" / "maildir"
REAL = (Path("/work/shared/corpora/real-mail"), REPO / "tests" / "real_mail")
FAILURES = Path("/tmp/fuzz-failures")
ARRIVED = datetime(2021, 2, 4, 16, 31, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))  # the demo's --now
MAX_BYTES = 2_000_000
BATCH = 12  # messages given to a worker at a time
WALL_FACTOR = 3  # wall-clock seconds allowed over the CPU seconds, as in intake/reader.py
PROGRESS_EVERY = 250
DEMO_SHARE = 0.5  # of the messages, mutated from the demo mailbox
CORRUPT_SHARE = 0.7  # of those, with a figure made unreadable
COUNTED = ("crash", "over_memory", "accepted_corrupt")


# -- seeds and the shape of a message ----------------------------------------------------


@dataclass(frozen=True)
class Seed:
    name: str
    data: bytes


def load_seeds() -> tuple[list[Seed], list[Seed]]:
    """The demo messages and the real-mail corpus (its licences and notices left out)."""
    demo = [Seed(f"demo/{p.name}", p.read_bytes()) for p in sorted(DEMO.rglob("*")) if p.is_file()]
    real_dir = next((d for d in REAL if d.is_dir()), REAL[-1])
    real = [
        Seed(f"real/{p.parent.name}/{p.name}", p.read_bytes())
        for p in sorted(real_dir.rglob("*"))
        if p.suffix in (".eml", ".txt") and not p.stem.isupper()
    ]
    return demo, real


def split_head(data: bytes) -> tuple[bytes, bytes]:
    """(headers with the empty line that ends them, body); all headers if no empty line."""
    ends = [(i, n) for i, n in ((data.find(b"\r\n\r\n"), 4), (data.find(b"\n\n"), 2)) if i >= 0]
    if not ends:
        return data, b""
    at, size = min(ends)
    return data[: at + size], data[at + size :]


def header_spans(data: bytes, names: tuple[bytes, ...] = ()) -> list[tuple[int, int]]:
    """(start, end) of header lines anywhere in `data` (parts too), with their folded
    continuations; only those called `names` (lower-case) when given."""
    found = re.finditer(rb"(?m)^([A-Za-z][A-Za-z0-9-]{0,60}):[^\n]*\n(?:[ \t][^\n]*\n)*", data)
    return [m.span() for m in found if not names or m[1].lower() in names]


def replace_span(data: bytes, span: tuple[int, int], new: bytes) -> bytes:
    return data[: span[0]] + new + data[span[1] :]


# -- garbage -------------------------------------------------------------------------------

CHARSETS = (
    *"utf-16 utf-32 utf-7 cp1258 tcvn vni x-unknown unicode_escape raw_unicode_escape".split(),
    *"punycode idna rot13 zlib base64 undefined iso-2022-jp gb18030 big5 koi8-r".split(),
    *"us-ascii latin1 hz utf-8-sig cp037 ../../etc =?utf-8?q?x?=".split(),
    *("", "utf-8\0", "a" * 300),
)
CONTENT_TYPES = (
    *"text/plain text/html text/ / multipart/mixed multipart/alternative".split(),
    *"message/rfc822 message/partial message/delivery-status application/pdf".split(),
    *"application/zip text/csv application/vnd.ms-excel image/png text/calendar".split(),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.spreadsheet",
    "multipart/report; report-type=delivery-status",
    *("application/pgp-signature", "x/y/z", ""),
)
SUFFIXES = (*".xlsx .xls .xlsm .ods .csv .pdf .docx .txt .zip .png .eml .ics .p7s".split(),
            *("", ".xlsx.exe", ".XLSX", ".pdf\0"))  # fmt: skip
ENCODINGS = (*"base64 quoted-printable x-uuencode uuencode 8bit 7bit binary bAsE64 gzip".split(),
             "base64 base64", "")  # fmt: skip


def junk(rng: random.Random, most: int = 200) -> str:
    """Any characters a careless or hostile sender could put in a header."""
    kind, size = rng.randrange(6), rng.randrange(most + 1)
    if kind == 0:
        return "".join(chr(rng.randrange(32, 127)) for _ in range(size))
    if kind == 1:
        return rng.randbytes(size).decode("latin-1")
    if kind == 2:
        return rng.choice(['"', '"a', "\\", ";;;==;", "'", "''", "%", "%FF%FE%00", "\t \t"])
    if kind == 3:
        return "=?utf-8?b?" + base64.b64encode(rng.randbytes(size)).decode()[: size - 1] + "?="
    if kind == 4:
        return "utf-8''" + "".join(f"%{rng.randrange(256):02X}" for _ in range(size))
    return rng.choice("aéđ\0\u202e") * rng.randrange(1, 20_000)


def param(rng: random.Random) -> str:
    """One parameter of Content-Type or Content-Disposition, in garbage."""
    kind = rng.randrange(5)
    if kind == 0:
        return f'charset="{rng.choice(CHARSETS)}"'
    if kind == 1:
        return f'filename="{junk(rng, 60)}{rng.choice(SUFFIXES)}"'
    if kind == 2:  # RFC 2231 continuations, some missing, some out of order
        count = rng.choice([2, 5, 300, 3000])
        numbers = (rng.randrange(2 * count) for _ in range(count))
        return "; ".join(f"filename*{n}*={junk(rng, 8)!r}" for n in numbers)
    if kind == 3:
        return f"filename*={rng.choice(['utf-8', 'x-bad', ''])}'vi'{junk(rng, 80)}"
    name = rng.choice(["charset", "boundary", "name", "filename", "filename*", "name*"])
    return f'{name}="{junk(rng)}"'


def encoded(text: str, rng: random.Random) -> bytes:
    return text.encode(rng.choice(["utf-8", "latin-1"]), "replace")


# -- mutations: each takes (rng, message, seeds) and returns the new message ---------------


def flip_bytes(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    return data[: rng.randrange(1, max(2, len(data)))]


def duplicate_header(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    spans = header_spans(split_head(data)[0])
    if not spans:
        return data
    span = rng.choice(spans)
    times = min(rng.choice([2, 3, 50, 500]), MAX_BYTES // (span[1] - span[0]) + 1)
    return replace_span(data, span, data[span[0] : span[1]] * times)


def drop_header(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    spans = header_spans(data)
    return replace_span(data, rng.choice(spans), b"") if spans else data


def garbage_params(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    """A Content-Type or Content-Disposition anywhere: a garbage parameter added, or its
    type and parameters replaced."""
    spans = header_spans(data, (b"content-type", b"content-disposition"))
    if not spans:
        return b"Content-Type: text/plain; " + encoded(param(rng), rng) + b"\n" + data
    span = rng.choice(spans)
    line = data[span[0] : span[1]].rstrip(b"\r\n")
    if rng.random() < 0.3:
        value = rng.choice(CONTENT_TYPES) + "; " + param(rng)
        return replace_span(data, span, line.split(b":")[0] + b": " + encoded(value, rng) + b"\n")
    return replace_span(data, span, line + b";\n " + encoded(param(rng), rng) + b"\n")


def nul_bytes(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(out) + 1)
        out[at:at] = b"\0" * rng.choice([1, 1, 3, 1000])
    return bytes(out)


ENCODED_WORDS = (
    "=?utf-8?b?w6M=?= =?utf-8?q?x=C3=A3?= =?x-bogus?b?!!?= =?utf-8?b?====?= =?utf-16?b?2D3e?="
    " =?utf-8*vi?q?=FF=FE?= =?unicode_escape?q?=5Cx?= =?=?b?=?="
).split()


def encoded_words(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    """A Subject, From, To or attachment name of many RFC 2047 words, some broken, around
    [limits] encoded_words (2,000); at most about 150 KB."""
    word, count = rng.choice(ENCODED_WORDS), rng.choice([10, 300, 1999, 2001, 6000])
    value = rng.choice([" ", "", "\n "]).join([word] * count).encode()
    name = rng.choice([b"Subject", b"From", b"To", b"Content-Type"])
    if name == b"From":
        value += b" <a@b.c>"
    elif name == b"Content-Type":
        value = b'application/octet-stream; name="' + value + b'"'
    spans = header_spans(split_head(data)[0], (name.lower(),))
    line = name + b": " + value + b"\n"
    return replace_span(data, spans[0], line) if spans else line + data


def nest_rfc822(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    """The message forwarded as an attachment by its own sender, one to six times over."""
    for level in range(rng.randint(1, 6)):
        head = split_head(data)[0]
        envelope = b"".join(head[a:b] for a, b in header_spans(head, (b"from", b"subject")))
        b = b"fuzz-wrap-%d" % level
        data = (
            envelope + b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=%s\n\n" % b
            + b"--%s\nContent-Type: text/plain; charset=utf-8\n\nChuyen tiep.\n\n" % b
            + b"--%s\nContent-Type: message/rfc822\n\n%s\n--%s--\n" % (b, data, b)
        )  # fmt: skip
    return data


def nest_multipart(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    """The body moved down into multiparts nested a few levels, or hundreds."""
    head, body = split_head(data)
    own = header_spans(head, (b"content-type", b"content-transfer-encoding"))
    entity = b"".join(head[a:b] for a, b in own) + b"\n" + body
    rest = b"".join(head[a:b] for a, b in header_spans(head) if (a, b) not in own)
    levels = range(rng.choice([2, 5, 40, 120, 400]))
    opening = [b"Content-Type: multipart/mixed; boundary=n%d\n\n--n%d\n" % (n, n) for n in levels]
    closing = [b"\n--n%d--\n" % n for n in levels]
    return rest + b"".join(reversed(opening)) + entity + b"".join(closing)


BASE64_BLOCK = re.compile(rb"(?m)^(?:[A-Za-z0-9+/]{16,}={0,2}\r?\n)+")


def corrupt_attachment(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    """A base64 part broken as text (bad characters, cut short), or decoded, broken
    inside (a zip's member: the sheet's XML, a document's parts) and encoded again."""
    blocks = [m for m in BASE64_BLOCK.finditer(data) if len(m[0]) > 200]
    if not blocks:
        return data
    m = rng.choice(blocks)
    try:
        raw = base64.b64decode(m[0]) if rng.random() < 0.7 else None
    except ValueError:  # broken already
        raw = None
    if raw is not None:
        raw = mutate_zip(rng, raw) if raw.startswith(b"PK") else flip_bytes(rng, raw, seeds)
        return data[: m.start()] + b64_lines(raw) + data[m.end() :]
    text = bytearray(m[0])
    for _ in range(rng.randint(1, 10)):
        text[rng.randrange(len(text))] = rng.choice(b"!*-_.=%\0 \n")
    return data[: m.start()] + bytes(text[: rng.randrange(len(text) + 1)]) + data[m.end() :]


def b64_lines(raw: bytes) -> bytes:
    text = base64.b64encode(raw)
    return b"".join(text[i : i + 76] + b"\n" for i in range(0, len(text), 76))


def unzipped(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            z.writestr(name, content)
    return out.getvalue()


def mutate_zip(rng: random.Random, raw: bytes) -> bytes:
    try:
        members = unzipped(raw)
    except Exception:  # a broken zip fails in many ways (zlib, struct, encryption ...)
        return truncate(rng, raw, [])
    name = rng.choice(sorted(members))
    if rng.random() < 0.1:
        del members[name]
    else:
        members[name] = mutate_xml(rng, members[name])
    return zipped(members)


LAUGHS = (  # entities that expand ten million times over, from 300 bytes
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(b'<!ENTITY %c "%s">' % (c, b"&%c;" % (c - 1) * 10) for c in b"bcdefgh")
    + b"]>"
)


def mutate_xml(rng: random.Random, xml: bytes) -> bytes:
    kind = rng.randrange(6)
    if kind == 0:
        return flip_bytes(rng, xml, [])
    if kind == 1:
        return xml[: rng.randrange(len(xml) + 1)]
    if kind == 2:
        return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml)
    if kind == 3:  # a value no sheet should hold
        value = rng.choice([b"1e308", b"NaN", b"-1", b"9" * 5000, b"", b"0x10", b"1,5", b"inf"])
        return re.sub(rb"<v>[^<]*</v>", b"<v>" + value + b"</v>", xml, count=rng.randint(1, 5))
    if kind == 4:
        head, decl, rest = xml.partition(b"?>")
        body = re.sub(rb"<t>[^<]*</t>", b"<t>&h;</t>", rest, count=1)
        return head + decl + LAUGHS + body if decl else LAUGHS + xml
    return re.sub(rb'r="[A-Z]+\d+"', b'r="XFD1048576"', xml, count=1)  # the far corner


def swap_characters(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    """Two neighbouring digits, or letters, swapped somewhere in the body."""
    head, body = split_head(data)
    pairs = [m.start() for m in re.finditer(rb"(?=[0-9]{2}|[A-Za-z]{2})", body)]
    if not pairs:
        return data
    at = rng.choice(pairs)
    return head + body[:at] + body[at + 1 : at + 2] + body[at : at + 1] + body[at + 2 :]


def break_boundaries(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    """A closing delimiter dropped, a delimiter dropped, the boundary parameter changed,
    or a stray delimiter added."""
    found = re.findall(rb'(?i)boundary="?([^";\r\n]+)"?', data)
    if not found:
        return data
    b, kind = rng.choice(found), rng.randrange(4)
    if kind == 0:
        return data.replace(b"--" + b + b"--", b"", 1)
    if kind == 1:
        cut = rng.choice([m.start() for m in re.finditer(re.escape(b"--" + b), data)] or [0])
        return data[:cut] + data[cut + len(b) + 2 :]
    if kind == 2:
        return data.replace(b, encoded(junk(rng, 90), rng), 1)
    at = rng.randrange(len(data) + 1)
    return data[:at] + b"\n--" + b + b"\n" + data[at:]


def change_encoding(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    """A Content-Transfer-Encoding or a charset that is not how the part is written."""
    spans = header_spans(data, (b"content-transfer-encoding",))
    if spans and rng.random() < 0.5:
        line = b"Content-Transfer-Encoding: " + rng.choice(ENCODINGS).encode() + b"\n"
        return replace_span(data, rng.choice(spans), line)
    charsets = list(re.finditer(rb'(?i)charset="?([^";\s]*)"?', data))
    if not charsets:
        return data
    new = b'charset="%s"' % rng.choice(CHARSETS).encode()
    return replace_span(data, rng.choice(charsets).span(), new)


def line_endings(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    kind = rng.randrange(3)
    if kind == 0:
        return re.sub(rb"(?<!\r)\n", b"\r\n", data)
    if kind == 1:
        return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")
    return re.sub(rb"\n", lambda _: rng.choice([b"\n", b"\r\n", b"\r", b"\n\r"]), data)


LONG_UNITS = (b"a", b"1", b"1.000.", b" ", b"9,", b"=?utf-8?b?w6M=?=", b"<td>", b"So tin: 12 ")


def long_line(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    """A line of a thousand to 400,000 characters, in the body or as a header."""
    unit = rng.choice(LONG_UNITS)
    line = unit * (rng.choice([1_000, 50_000, 400_000]) // len(unit))
    if rng.random() < 0.3:
        return b"X-Long: " + line + b"\n" + data
    head, body = split_head(data)
    at = rng.choice([0, *(m.end() for m in re.finditer(rb"\n", body))])
    return head + body[:at] + line + b"\n" + body[at:]


def splice(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    """A piece of another seed, dropped in anywhere."""
    other = rng.choice(seeds).data
    start = rng.randrange(len(other))
    at = rng.randrange(len(data) + 1)
    return data[:at] + other[start : start + rng.choice([100, 2_000, 64_000])] + data[at:]


HTML_BITS = (
    *b"<table> <tr><td> </td><td>12 <!-- <script> &#99999999; &#x110000; &#0; &#xD800;".split(),
    *b"<td colspan=999999999> <td rowspan=65535> <![CDATA[ <?xml <svg/onload=x> & <".split(),
    b"<table><tr>" * 300,
    b"<br>" * 2000,
)


def html_junk(rng: random.Random, data: bytes, seeds: list[Seed]) -> bytes:
    """The body declared HTML (or left as it was), with broken or outsized markup in it."""
    if rng.random() < 0.5:
        data = data.replace(b"text/plain", b"text/html", 1)
    head, body = split_head(data)
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(body) + 1)
        body = body[:at] + rng.choice(HTML_BITS) + body[at:]
    return head + body


MUTATIONS: dict[str, Callable[[random.Random, bytes, list[Seed]], bytes]] = {
    f.__name__: f
    for f in (flip_bytes, truncate, duplicate_header, drop_header, garbage_params, nul_bytes,
              encoded_words, nest_rfc822, nest_multipart, corrupt_attachment, swap_characters,
              break_boundaries, change_encoding, line_endings, long_line, splice, html_junk)
}  # fmt: skip


# -- a figure made unreadable --------------------------------------------------------------

FIGURE = re.compile(rb"(?<![\d./,:-])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/]|[.,]\d)")
LOOKALIKE = {"0": "Oo", "1": "lI", "2": "Z", "5": "S", "8": "B"}
DIGIT_OF = str.maketrans("OolIZSB", "0011258")
NOT_PROSE = re.compile(rb"^(?:[A-Za-z][A-Za-z0-9-]*:|--|>)")  # a header, boundary or quote


@dataclass(frozen=True)
class Corruption:
    figure: str  # as written: "12"
    corrupted: str  # as it became: "1�2"
    line: str = ""  # the body line that holds it, as it was
    cell: str = ""  # or the cell of an attached sheet: "bao cao.xlsx!C6"


def corrupt_text(rng: random.Random, figure: str) -> str:
    """The figure made unreadable: a digit swapped for a letter that looks like it, or a
    "?", "�" or such a letter inserted in it or next to it; a digit of it is always left.
    Not what a reader would still read: "O5" (05), "2.100�" (no digit can follow a group
    of thousands: only "2.100?"), "O" for "0"."""
    inside = [i for i in range(1, len(figure)) if figure[i - 1].isdigit() and figure[i].isdigit()]
    alike = [i for i, c in enumerate(figure) if c in LOOKALIKE and len(figure) > 1]
    kind = rng.choice(["before", "after"] + ["inside"] * bool(inside) + ["letter"] * bool(alike))
    if kind == "inside":
        at = rng.choice(inside)
        return figure[:at] + rng.choice("\ufffd?OolIS") + figure[at:]
    if kind == "letter":
        at = rng.choice(alike)
        return figure[:at] + rng.choice(LOOKALIKE[figure[at]]) + figure[at + 1 :]
    if kind == "before":
        return rng.choice(["\ufffd", "?", "l", "I"]) + figure
    return figure + ("?" if "." in figure else rng.choice(["\ufffd", "?", "O", "o"]))


def readings(text: str) -> set[float]:
    """Every number `text` could be taken for: its digits joined, each run of digits, each
    group with separators (as thousands and as a decimal), letters read as digits."""
    out: set[float] = set()
    for variant in {text, text.translate(DIGIT_OF)}:
        out |= {float(run) for run in re.findall(r"\d+", variant)}
        if joined := re.sub(r"\D", "", variant):
            out.add(float(joined))
        for group in re.findall(r"\d+(?:[.,]\d+)+", variant):
            out.add(float(re.sub(r"[.,]", "", group)))
            if len(re.findall(r"[.,]", group)) == 1:
                out.add(float(group.replace(",", ".")))
    return out


def prose(line: bytes) -> bool:
    """A line someone wrote: words and spaces; not a header, boundary, quote or base64."""
    text = line.decode("utf-8", "replace")
    return bool(re.search(r"[^\W\d_]", text)) and " " in text and not NOT_PROSE.match(line)


def corrupt_body_figure(rng: random.Random, data: bytes) -> tuple[bytes, Corruption] | None:
    head, body = split_head(data)
    found = [
        (line.span(), m.span())
        for line in re.finditer(rb"(?m)^[^\r\n]*", body)
        if prose(line[0])
        for m in FIGURE.finditer(line[0])
    ]
    if not found:
        return None
    (first, last), (start, end) = rng.choice(found)
    figure = body[first + start : first + end].decode()
    corrupted = corrupt_text(rng, figure)
    new = head + body[: first + start] + corrupted.encode() + body[first + end :]
    line = body[first:last].decode("utf-8", "replace")
    return new, Corruption(figure, corrupted, line=line)


SHEET_PART = re.compile(rb'(?i)filename="?([^"\r\n;]+\.xlsx)"?[^\0]*?\r?\n\r?\n')
NUMBER_CELL = re.compile(rb'<c r="([A-Z]+\d+)"(?: [st]="\w+")*><v>(\d+)</v></c>')


def corrupt_sheet_figure(rng: random.Random, data: bytes) -> tuple[bytes, Corruption] | None:
    """A number in a cell of an attached xlsx, written instead as unreadable text."""
    for part in SHEET_PART.finditer(data):
        block = BASE64_BLOCK.match(data, part.end())
        try:
            members = unzipped(base64.b64decode(block[0])) if block else {}
        except Exception:  # broken by an earlier mutation, in one of many ways
            continue
        cells = [(n, m) for n in sorted(members) if n.startswith("xl/worksheets/")
                 for m in NUMBER_CELL.finditer(members[n])]  # fmt: skip
        if not cells or block is None:
            continue
        name, cell = rng.choice(cells)
        corrupted = corrupt_text(rng, cell[2].decode())
        text = corrupted.replace("&", "&amp;").replace("<", "&lt;").encode()
        written = b'<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (cell[1], text)
        members[name] = replace_span(members[name], cell.span(), written)
        new = replace_span(data, block.span(), b64_lines(zipped(members)))
        where = f"{part[1].decode('utf-8', 'replace')}!{cell[1].decode()}"
        return new, Corruption(cell[2].decode(), corrupted, cell=where)
    return None


# -- a message to read ---------------------------------------------------------------------


@dataclass(frozen=True)
class Mutant:
    index: int
    seed: str
    mutations: tuple[str, ...]
    data: bytes
    before: bytes | None = None  # the same message with the figure still readable
    corruption: Corruption | None = None


def generate(seed: int, index: int, demo: list[Seed], real: list[Seed]) -> Mutant:
    """Message `index` of `seed`: a seed mutated one to four times, then perhaps a figure
    made unreadable (last, so that the message just before that change is known)."""
    rng = random.Random(f"{seed}:{index}")
    is_demo = rng.random() < DEMO_SHARE
    origin = rng.choice(demo if is_demo else real)
    data, names = origin.data, []
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
        names.append(rng.choice(sorted(MUTATIONS)))
        data = MUTATIONS[names[-1]](rng, data, [*demo, *real])[:MAX_BYTES]
    if not (is_demo and rng.random() < CORRUPT_SHARE):
        return Mutant(index, origin.name, tuple(names), data)
    ways = [corrupt_body_figure, corrupt_sheet_figure]
    rng.shuffle(ways)
    done = ways[0](rng, data) or ways[1](rng, data)
    if done is None:
        return Mutant(index, origin.name, tuple(names), data)
    new, corruption = done
    names.append(f"corrupt_figure {corruption.figure!r}->{corruption.corrupted!r}")
    return Mutant(index, origin.name, tuple(names), new, data, corruption)


# -- in a worker: reading and judging ------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    index: int
    kind: str  # ok, quarantined, crash, over_memory, accepted_corrupt, fuzz_error
    detail: str = ""
    frames: tuple[str, ...] = ()
    probe: str = ""  # what became of a corrupted figure: checked or not, held, accepted ...


@dataclass(frozen=True)
class Options:
    messages: int
    seed: int
    workers: int
    verbose: bool
    ocr: bool
    seconds: int  # of CPU, a message
    memory_mb: int
    traces: str  # a folder: each worker's last traceback dump, by pid


_trace: io.TextIOWrapper | None = None  # in a worker: where its traceback is dumped


def serve(conn: Connection, fuzzers_end: Connection, context: Context, options: Options) -> None:
    """A worker: read batches of messages until the pipe closes.  After a MemoryError its
    state is not to be trusted: it ends, and the fuzzer starts another."""
    global _trace
    fuzzers_end.close()
    _trace = open(Path(options.traces) / str(os.getpid()), "w+")  # noqa: SIM115 - for its life
    _quiet(options.verbose)
    if not options.ocr:
        ocr.available = lambda: False  # as on a server without Tesseract
    _cap_memory(options.memory_mb)
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        for mutant in batch:
            outcome = read(mutant, context, options.seconds)
            conn.send(outcome)
            if outcome.kind == "over_memory":
                return


def _quiet(verbose: bool) -> None:
    import logging

    from loguru import logger

    logger.remove()
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    if not verbose:  # pdfminer, pdfium and the like write to fd 2 about broken files
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)


def _cap_memory(mib: int) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = mib * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard < 0 else min(cap, hard), hard))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _cap_time(seconds: int) -> None:
    """As intake/reader.py: CPU time counts over the worker's life, `seconds` more each time."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(used.ru_utime + used.ru_stime) + 1 + seconds
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (soft if hard < 0 else min(soft, hard), hard))


def _analyse(data: bytes, context: Context, seconds: int) -> Analysis:
    """analyse under the CPU cap.  A message still being read after `seconds` of wall
    clock has the worker's traceback dumped (from C: even inside a regular expression),
    so that the fuzzer can say where a worker killed for its time was."""
    assert _trace is not None
    _trace.seek(0)
    _trace.truncate()
    _cap_time(seconds)
    faulthandler.dump_traceback_later(seconds, file=_trace)
    try:
        return analyse(data, context, ARRIVED)
    finally:
        faulthandler.cancel_dump_traceback_later()


def read(mutant: Mutant, context: Context, seconds: int) -> Outcome:
    index, target = mutant.index, None
    try:
        target = _target(mutant, context, seconds)
        after = _analyse(mutant.data, context, seconds)
    except MemoryError as e:
        return Outcome(index, "over_memory", "MemoryError", frames(e))
    except IntakeError as e:
        probe = ("quarantined" if target else "unchecked") if mutant.corruption else ""
        return Outcome(index, "quarantined", f"{type(e).__name__}: {e}", probe=probe)
    except Exception as e:
        return Outcome(index, "crash", f"{type(e).__name__}: {str(e)[:300]}", frames(e))
    try:
        return judge(index, after, mutant.corruption, target)
    except Exception as e:  # a fault of this fuzzer's, not of intake's
        return Outcome(index, "fuzz_error", f"{type(e).__name__}: {e}", frames(e))


def _target(mutant: Mutant, context: Context, seconds: int) -> tuple[str, str] | None:
    """The (form, field) read from the figure before it was corrupted.  None when there
    is no figure, or the message before cannot be read (its faults show in the message
    after, read next), or the figure was not alone the source of one field."""
    if mutant.corruption is None or mutant.before is None:
        return None
    try:
        before = _analyse(mutant.before, context, seconds)
    except MemoryError:
        raise
    except Exception:
        return None
    return attributed(before, mutant.corruption)


def attributed(analysis: Analysis, corruption: Corruption) -> tuple[str, str] | None:
    placed = _place(analysis, corruption)
    value = float(corruption.figure.replace(".", ""))
    hits = {
        (r.form or "", v.field)
        for r in analysis.reports
        for v in r.sources
        if placed(v.source) and v.value == value and corruption.figure in v.raw
    }
    if len(hits) != 1:
        return None
    form, key = hits.pop()
    same = [v for r in analysis.reports if (r.form or "") == form for v in r.sources]
    return (form, key) if [v.field for v in same].count(key) == 1 else None


def _place(analysis: Analysis, corruption: Corruption) -> Callable[[str], bool]:
    """Whether a Value's source is the corrupted figure's line or cell."""
    if corruption.cell:
        name, cell = corruption.cell.rsplit("!", 1)
        return lambda source: source.startswith(name) and source.endswith(f"!{cell}")
    lines = analysis.body.text.split("\n") if analysis.body else []
    at = {f"{BODY}, dòng {n}" for n, line in enumerate(lines, 1) if _same(line, corruption.line)}
    return lambda source: source in at


def _same(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split())

    return norm(a) == norm(b)


def judge(
    index: int, after: Analysis, corruption: Corruption | None, target: tuple[str, str] | None
) -> Outcome:
    if corruption is None:
        return Outcome(index, "ok")
    if target is None:
        return Outcome(index, "ok", probe="unchecked")
    form, key = target
    could_be = readings(corruption.corrupted)
    mine = [r for r in after.reports if (r.form or "") == form]
    for report in mine:
        value = report.values.get(key)
        if report.status is Status.ACCEPTED and value is not None and value in could_be:
            detail = (
                f"{form}.{key} = {value:g} ACCEPTED from {corruption.corrupted!r} (was "
                f"{corruption.figure!r}) in {corruption.cell or repr(corruption.line)}"
            )
            return Outcome(index, "accepted_corrupt", detail, probe="accepted")
    if any(r.status is Status.ACCEPTED for r in mine):
        return Outcome(index, "ok", probe="left out")
    return Outcome(index, "ok", probe="held" if mine else "no report")


def frames(e: BaseException, last: int = 6) -> tuple[str, ...]:
    """The innermost frames, as file:line in function, innermost last."""
    found = traceback.extract_tb(e.__traceback__)[-last:]
    return tuple(f"{_short(f.filename)}:{f.lineno} in {f.name}" for f in found)


def _short(path: str) -> str:
    if path.startswith(str(REPO)):
        return path[len(str(REPO)) + 1 :]
    return path.split("site-packages/", 1)[-1]


# -- in the fuzzer: workers and the tally --------------------------------------------------


class Worker:
    """A forked reader, and the messages it was given but has not answered yet."""

    def __init__(self, context: Context, options: Options) -> None:
        fork = multiprocessing.get_context("fork")
        self.conn, child = fork.Pipe()
        self.process = fork.Process(
            target=serve, args=(child, self.conn, context, options), daemon=True
        )
        self.process.start()
        child.close()
        self.waiting: deque[Mutant] = deque()
        self.since = time.monotonic()
        self.seconds = options.seconds

    def give(self, batch: list[Mutant]) -> None:
        self.waiting.extend(batch)
        self.since = time.monotonic()
        self.conn.send(batch)

    def late(self) -> bool:
        allowed = self.seconds * WALL_FACTOR * (2 if self.waiting[0].before else 1)
        return time.monotonic() - self.since > allowed

    def stop(self) -> int | None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(10)
        self.conn.close()
        return self.process.exitcode

    def dumped(self, traces: str) -> tuple[str, ...]:
        """The frames of the worker's last traceback dump, innermost last."""
        path = Path(traces) / str(self.process.pid)
        text = path.read_text(errors="replace") if path.exists() else ""
        found = re.findall(r'File "([^"]+)", line (\d+) in (\S+)', text.split("\n\n")[0])
        return tuple(f"{_short(f)}:{n} in {name}" for f, n, name in reversed(found))[-6:]


def death(code: int | None, late: bool, seconds: int) -> str:
    if late:
        return f"over {seconds * WALL_FACTOR} s of wall-clock time: the worker was killed"
    if code == -24:
        return f"over {seconds} s of CPU time (SIGXCPU)"
    if code == -9:
        return "killed by SIGKILL (the kernel's out-of-memory killer, most likely)"
    return f"the worker died (exit code {code})"


@dataclass
class Tally:
    options: Options
    kinds: Counter[str] = field(default_factory=Counter)
    probes: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[Mutant, Outcome]] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def add(self, mutant: Mutant, outcome: Outcome) -> None:
        self.kinds[outcome.kind] += 1
        self.probes[outcome.probe] += bool(outcome.probe)
        if outcome.kind in (*COUNTED, "fuzz_error"):
            self.failures.append((mutant, outcome))
            save(mutant)
        if self.options.verbose and outcome.probe not in ("", "unchecked"):
            print(f"#{mutant.index} {mutant.seed} {mutant.mutations[-1]}: {outcome.probe}")
        done = sum(self.kinds.values())
        if done % PROGRESS_EVERY == 0 or done == self.options.messages:
            seconds = time.monotonic() - self.started
            print(f"fuzz: {done}/{self.options.messages} read, {self.counts()}, {seconds:.0f} s",
                  file=sys.stderr, flush=True)  # fmt: skip

    def counts(self) -> str:
        crash, memory, corrupt = (self.kinds[k] for k in COUNTED)
        return f"crashes={crash} over_memory={memory} accepted_corrupt={corrupt}"


def save(mutant: Mutant) -> None:
    FAILURES.mkdir(parents=True, exist_ok=True)
    (FAILURES / f"{mutant.index}.eml").write_bytes(mutant.data)
    if mutant.before is not None:
        (FAILURES / f"{mutant.index}.before.eml").write_bytes(mutant.before)


def run(options: Options, context: Context, mutants: Iterator[Mutant]) -> Tally:
    """Read every message in the workers.  A worker that dies takes only the message it
    was reading with it: the rest of its batch goes to the next one."""
    tally = Tally(options)
    again: deque[Mutant] = deque()
    workers = [Worker(context, options) for _ in range(options.workers)]
    while True:
        for w in workers:
            if not w.waiting and (batch := _next_batch(again, mutants)):
                w.give(batch)
        busy = [w for w in workers if w.waiting]
        if not busy:
            break
        ready = wait([w.conn for w in busy], timeout=0.5)
        for i, w in enumerate(workers):
            if w.waiting and (w.conn in ready or w.late()):
                workers[i] = _collect(w, tally, again, context, options)
    for w in workers:
        w.conn.close()
        w.process.join(10)
    return tally


def _next_batch(again: deque[Mutant], mutants: Iterator[Mutant]) -> list[Mutant]:
    batch = [again.popleft() for _ in range(min(BATCH, len(again)))]
    return batch + [m for _, m in zip(range(BATCH - len(batch)), mutants, strict=False)]


def _collect(w: Worker, tally: Tally, again: deque, context: Context, options: Options) -> Worker:
    """The worker's next answer; the same worker back, or a new one if it died."""
    late = not w.conn.poll()
    try:
        if late:
            raise EOFError
        outcome = w.conn.recv()
    except (EOFError, OSError):
        code = w.stop()
        mutant = w.waiting.popleft()
        why = death(code, late, options.seconds)
        tally.add(mutant, Outcome(mutant.index, "over_memory", why, w.dumped(options.traces)))
        again.extendleft(reversed(w.waiting))
        return Worker(context, options)
    tally.add(w.waiting.popleft(), outcome)
    w.since = time.monotonic()
    if outcome.kind != "over_memory":
        return w
    w.stop()  # it ends itself after a MemoryError
    again.extendleft(reversed(w.waiting))
    return Worker(context, options)


# -- the command ---------------------------------------------------------------------------


def describe(mutant: Mutant, outcome: Outcome) -> str:
    lines = [
        f"{outcome.kind} #{mutant.index} ({mutant.seed}): {outcome.detail}",
        f"  mutations: {', '.join(mutant.mutations)}",
        f"  saved: {FAILURES / f'{mutant.index}.eml'}",
    ]
    if ours := [f for f in outcome.frames if f.startswith("intake/")]:
        lines.append(f"  in intake: {ours[-1]}")
    return "\n".join(lines + [f"    {f}" for f in outcome.frames])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000, help="how many (default 5000)")
    parser.add_argument("--seed", type=int, default=1, help="of the mutations (default 1)")
    parser.add_argument("--workers", type=int, default=2, help="reading processes (default 2)")
    parser.add_argument("--verbose", action="store_true", help="say what became of each figure")
    parser.add_argument("--ocr", action="store_true", help="read photos and scans (slow)")
    parser.add_argument("--seconds", type=int, default=10, help="CPU a message (default 10)")
    args = parser.parse_args(argv)
    config = intake_config.load(CONFIG)
    context = Context.from_config(config)
    demo, real = load_seeds()
    for old in FAILURES.glob("*.eml"):  # the failures of this run only
        old.unlink()
    mutants = (generate(args.seed, i, demo, real) for i in range(args.messages))
    with tempfile.TemporaryDirectory(prefix="fuzz-traces-") as traces:
        memory = config.limits.worker_memory_mb
        options = Options(
            args.messages, args.seed, max(1, args.workers), args.verbose, args.ocr,
            args.seconds, memory, traces,
        )  # fmt: skip
        tally = run(options, context, mutants)
    for mutant, outcome in sorted(tally.failures, key=lambda f: f[0].index):
        print(describe(mutant, outcome))
    probes = ", ".join(f"{k} {n}" for k, n in sorted(tally.probes.items()) if n) or "none"
    seconds = time.monotonic() - tally.started
    print(
        f"read: {dict(sorted(tally.kinds.items()))}; corrupted figures: {probes}; {seconds:.0f} s"
    )
    print(f"fuzz: messages={sum(tally.kinds.values())} {tally.counts()}")
    if tally.kinds["fuzz_error"]:
        return 2
    return 1 if any(tally.kinds[k] for k in COUNTED) else 0


if __name__ == "__main__":
    sys.exit(main())
