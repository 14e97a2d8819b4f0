"""Text in legacy Vietnamese encodings, and mojibake, back to Unicode.

Old Word and Excel files typed with the .VnTime (TCVN3/ABC) or VNI-Times fonts store
Vietnamese as 8-bit Latin letters: "B¸o c¸o" (TCVN3) and "Baùo caùo" (VNI) are both
"Báo cáo".  viparse detects and converts both (and leaves Unicode and accent-free text
alone); its tables were checked on real government documents, which is why we use it
rather than our own.  UTF-8 read as windows-1252 ("BÃ¡o cÃ¡o") is repaired with ftfy.
"""

from __future__ import annotations

import re
from functools import lru_cache

import viparse

from intake.text import nfc

_MOJIBAKE = re.compile(r"[ÃÄÆ][\x80-\xbf¡-¿]|á»|áº|Æ°|Ä‘")
# Latin-1 characters that Unicode Vietnamese never uses (it uses only à á â ã è é ê ì í
# ò ó ô õ ù ú ý of that block): TCVN3 puts letters there ("B¸o c¸o", "bµi"), VNI its
# marks ("Coäng hoøa").  A vowel followed by a VNI tone letter ("Baùo") is the other sign.
_LEGACY_SIGN = re.compile(
    r"[\xa1-\xbf\xc4-\xc7\xcb\xce-\xd1\xd6-\xd8\xdb\xdc\xde-\xdf\xe4-\xe7\xeb\xee-\xf1"
    r"\xf6-\xf8\xfb\xfc\xfe\xff]|[aeiouyAEIOUY][\xf9\xf8\xfb\xf5\xef\xe4\xf6\xeb]"
)
# Letters of Unicode Vietnamese that no legacy encoding produces.
_UNICODE_VIETNAMESE = re.compile(r"[\u1ea0-\u1ef9ơưăđƠƯĂĐ]")


def to_unicode(text: str, encoding_hint: str | None = None) -> str:
    """`text` in Unicode NFC, converting TCVN3, VNI or mojibake when it is detected.

    `encoding_hint` ("tcvn3" or "vni"), when known from a font name, forces the
    conversion; otherwise it is done only when detection is confident.
    """
    text = nfc(text)
    if text.isascii():
        return text
    if _MOJIBAKE.search(text):
        import ftfy  # imported when first needed: it is a tenth of a second of every start

        text = nfc(ftfy.fix_text(text))
    if "\n" in text:  # a page may mix Unicode and legacy lines: decide line by line,
        lines = text.split("\n")  # with what the page's legacy lines say all together
        hint = encoding_hint or detect(lines)
        return "\n".join(_line(line, hint) for line in lines)
    return _line(text, encoding_hint)


def _line(text: str, hint: str | None) -> str:
    if _UNICODE_VIETNAMESE.search(text) or not (hint or _LEGACY_SIGN.search(text)):
        return text
    return nfc(_convert(text, hint))


def detect(texts: list[str]) -> str | None:
    """The legacy encoding of a whole sheet or document, judged on all its text at once:
    a short cell ("X· Nïng Nµng") says too little on its own."""
    sample = "\n".join(t for t in texts if t and _LEGACY_SIGN.search(t))[:20000]
    if not sample or _UNICODE_VIETNAMESE.search(sample):
        return None
    found = viparse.detect_text_encoding(sample)
    return found if found in ("tcvn3", "vni") else None


@lru_cache(maxsize=8192)
def _convert(text: str, hint: str | None) -> str:
    detected = hint or viparse.detect_text_encoding(text)
    if detected not in ("tcvn3", "vni"):
        return text
    return viparse.fix(text, encoding=detected)


def font_encoding(font_name: str | None) -> str | None:
    """The legacy encoding a font name implies: ".VnTime" is TCVN3, "VNI-Times" is VNI."""
    if not font_name:
        return None
    name = font_name.strip().lower()
    if name.startswith(".vn") or name.startswith("vn3"):
        return "tcvn3"
    if name.startswith("vni"):
        return "vni"
    return None
