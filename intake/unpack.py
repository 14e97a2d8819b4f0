"""What a packed file will cost, measured before any reader unpacks it.

A file of a few megabytes can unpack to gigabytes (a "bomb"): calamine, python-docx and
pdfminer would hold it all, or spend minutes on it.  Before a reader opens an xlsx, a
docx or an ods (zip archives) or a PDF (deflated streams), its packed parts are
measured here against [limits]:

- `unpacked_bytes`: what one file may unpack to, all its parts together;
- `unpack_ratio`: how much a part may grow.  A sheet or a page grows ten or twenty
  times; a bomb, hundreds or thousands.  Parts that unpack to less than RATIO_FLOOR are
  not judged by it: a little repeated XML may grow more, and costs nothing.

A zip declares each member's sizes, which are checked first (the cheap refusal of an
honest bomb); then every member is inflated once as a stream, never held, so that a
member unpacking to more than it declares (a lying header, which calamine would
believe) is refused too.  A PDF declares nothing: each of its zlib streams is inflated
the same way, and a page image is judged by its size only (a blank scanned page grows a
thousand times, honestly).

Every refusal is a TooBig whose message names the file, in Vietnamese, for the clerk.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

from intake.config import Limits
from intake.errors import ParseError, TooBig

RATIO_FLOOR = 1_000_000  # bytes unpacked before a part's growth is judged
MAX_MEMBERS = 10_000  # parts of one zip: an xlsx or docx has tens, with pictures hundreds
CHUNK = 64 * 1024  # packed bytes fed to the inflater at a time
OUT = 1024 * 1024  # unpacked bytes it may give back at a time (then thrown away)
_LOCAL_HEADER = struct.Struct("<4s5H3I2H")  # a zip member's local header, 30 bytes


def size_text(count: int) -> str:
    """A size as a clerk reads it: "1.074 MB", "2,5 MB", "26 KB"."""
    if count < 1_000_000:
        return f"{max(round(count / 1000), 1)} KB"
    megabytes = count / 1_000_000
    if megabytes >= 10:
        return f"{megabytes:,.0f} MB".replace(",", ".")
    return f"{megabytes:.1f} MB".replace(".", ",")


def number_text(count: int) -> str:
    """A count with the Vietnamese thousands mark: "200.000"."""
    return f"{count:,}".replace(",", ".")


# -- zip archives: xlsx, xlsm, docx, ods ---------------------------------------------------


def zip_sizes(data: bytes, name: str, limits: Limits) -> dict[str, int]:
    """The unpacked size of every member of the zip `data`, each found by inflating it,
    once everything is within [limits]; raises TooBig otherwise.  A file that is no zip
    gives {}: its reader says what is wrong with it, in its own words."""
    if data.count(b"PK\x01\x02") > MAX_MEMBERS:  # counted before zipfile lists them all
        raise TooBig(
            f"Tệp {name} có quá nhiều thành phần (hơn {number_text(MAX_MEMBERS)}), chưa đọc"
        )
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        return {}
    _declared(members, name, limits)
    sizes: dict[str, int] = {}
    left = limits.unpacked_bytes
    for member in members:
        sizes[member.filename] = _unpacked(data, member, name, limits, left)
        left -= sizes[member.filename]
    return sizes


def _declared(members: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    """Refuse what the archive itself says is too big."""
    total = sum(m.file_size for m in members)
    if total > limits.unpacked_bytes:
        raise TooBig(_too_big(name, total, limits))
    for member in members:
        if member.file_size > RATIO_FLOOR and member.file_size > limits.unpack_ratio * max(
            member.compress_size, 1
        ):
            raise TooBig(_too_packed(name, member.file_size, member.compress_size, limits))


def _unpacked(data: bytes, member: zipfile.ZipInfo, name: str, limits: Limits, left: int) -> int:
    """The size of one member, inflated as a stream: never more than it declares."""
    if member.flag_bits & 0x1:
        raise ParseError(f"Tệp {name} có mật khẩu, không đọc được")
    start = _data_start(data, member, name)
    packed = memoryview(data)[start : start + member.compress_size]
    if member.compress_type == zipfile.ZIP_STORED:
        size = len(packed)
    elif member.compress_type == zipfile.ZIP_DEFLATED:
        cap = min(member.file_size, left)
        size, _, whole = inflated(zlib.decompressobj(-15), packed, cap, name, limits)
        if not whole:
            raise ParseError(f"Tệp {name} bị hỏng, không giải nén được")
    else:  # bzip2, lzma: no Office program writes them, and their bombs are worse
        raise ParseError(f"Tệp {name} dùng kiểu nén không hỗ trợ, chưa đọc")
    if size > left:
        raise TooBig(_too_big(name, limits.unpacked_bytes - left + size, limits))
    if size != member.file_size:
        raise TooBig(f"Tệp {name} khai báo sai kích thước các thành phần (tệp hỏng), chưa đọc")
    return size


def _data_start(data: bytes, member: zipfile.ZipInfo, name: str) -> int:
    offset = member.header_offset
    try:
        fields = _LOCAL_HEADER.unpack_from(data, offset)
    except struct.error:
        raise ParseError(f"Tệp {name} bị hỏng, không giải nén được") from None
    if fields[0] != b"PK\x03\x04":
        raise ParseError(f"Tệp {name} bị hỏng, không giải nén được")
    name_length, extra_length = fields[-2], fields[-1]
    return offset + _LOCAL_HEADER.size + name_length + extra_length


# -- a deflate stream, measured ------------------------------------------------------------


def inflated(
    inflater: zlib._Decompress,
    packed: memoryview,
    cap: int,
    name: str,
    limits: Limits,
    judge_ratio: bool = True,
) -> tuple[int, int, bool]:
    """(unpacked, packed) sizes of the stream at the start of `packed`, inflated in
    pieces and thrown away, and whether it inflated without error (a reader may still
    use what came before one: pdfminer does).  Counting stops past `cap` unpacked bytes;
    a stream that grows more than unpack_ratio (past RATIO_FLOOR) is refused as soon as
    it shows."""
    out = fed = 0
    pending: bytes | memoryview = b""
    try:
        while out <= cap and not inflater.eof:
            if not pending:
                if fed >= len(packed):
                    break
                pending = packed[fed : fed + CHUNK]
                fed += len(pending)
            out += len(inflater.decompress(pending, OUT))
            pending = inflater.unconsumed_tail
            used = fed - len(pending)
            if judge_ratio and out > RATIO_FLOOR and out > limits.unpack_ratio * used:
                raise TooBig(_too_packed(name, out, used, limits))
    except zlib.error:
        return out, fed - len(pending), False
    return out, fed - len(pending) - len(inflater.unused_data), True


# -- PDF streams ---------------------------------------------------------------------------

_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_OBJECT = re.compile(rb"\bobj\b")
DICT_SPAN = 4096  # bytes before "stream" searched for its object's dictionary


def check_pdf(data: bytes, name: str, limits: Limits) -> None:
    """Raise TooBig if a zlib stream of the PDF `data` unpacks beyond [limits], or all of
    them together do.  Found by their bytes (a zlib header after "stream"), not by
    their dictionaries, which a broken or hostile file may get wrong."""
    left = limits.unpacked_bytes
    view = memoryview(data)
    for match in _STREAM.finditer(data):
        start = match.end()
        if not _zlib_header(data[start : start + 2]):
            continue
        image = _is_image(data, match.start())
        size, _, _ = inflated(  # a broken stream counts for what inflated of it
            zlib.decompressobj(), view[start:], left, name, limits, judge_ratio=not image
        )
        if size > left:
            raise TooBig(_too_big(name, limits.unpacked_bytes - left + size, limits))
        left -= size


def _zlib_header(two: bytes) -> bool:
    return len(two) == 2 and two[0] & 0x0F == 8 and (two[0] << 8 | two[1]) % 31 == 0


def _is_image(data: bytes, stream_at: int) -> bool:
    """Whether the dictionary of the stream at `stream_at` says it is an image."""
    before = data[max(0, stream_at - DICT_SPAN) : stream_at]
    objects = list(_OBJECT.finditer(before))
    head = before[objects[-1].end() :] if objects else before
    return bool(_IMAGE.search(head))


# -- the reasons -----------------------------------------------------------------------------


def _too_big(name: str, size: int, limits: Limits) -> str:
    return (
        f"Tệp {name} khi giải nén quá lớn (hơn {size_text(size)}, "
        f"tối đa {size_text(limits.unpacked_bytes)}), chưa đọc"
    )


def _too_packed(name: str, size: int, packed: int, limits: Limits) -> str:
    ratio = size / max(packed, 1)
    return (
        f"Tệp {name} bị nén bất thường (giải nén to gấp {number_text(round(ratio))} lần, "
        f"tối đa {number_text(limits.unpack_ratio)} lần), chưa đọc"
    )
