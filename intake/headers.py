"""The policy of outgoing mail: Vietnamese headers that arrive as they were written.

Python 3.11's folder can drop the space where it splits a non-ASCII header into two
encoded words ("mạng xã hội" arrives as "mạng xãhội"), in Subject and in display names
alike.  Outgoing headers with non-ASCII text are therefore encoded here: the text is cut
into RFC 2047 encoded words of at most 75 characters, each carrying its own spaces, so
nothing falls between two words for a reader to drop.  ASCII headers are folded by the
standard policy.
"""

from __future__ import annotations

import base64
from email.policy import EmailPolicy
from typing import Any

_MAX_BYTES = 45  # 60 characters of base64: "=?utf-8?b?" + 60 + "?=" is 72 <= 75


def encoded_words(text: str) -> list[str]:
    """`text` as base64 encoded words, cut between characters, never inside one."""
    words, chunk = [], b""
    for char in text:
        data = char.encode("utf-8")
        if len(chunk) + len(data) > _MAX_BYTES:
            words.append(chunk)
            chunk = b""
        chunk += data
    words.append(chunk)
    return [f"=?utf-8?b?{base64.b64encode(w).decode('ascii')}?=" for w in words if w]


class OutgoingPolicy(EmailPolicy):
    def fold(self, name: str, value: Any) -> str:
        if str(value).isascii():
            return super().fold(name, value)
        addresses = getattr(value, "addresses", None)
        if addresses is not None:
            body = ("," + self.linesep + " ").join(_address(a) for a in addresses)
        else:
            body = (self.linesep + " ").join(encoded_words(str(value)))
        return f"{name}: {body}{self.linesep}"

    def fold_binary(self, name: str, value: Any) -> bytes:
        return self.fold(name, value).encode("ascii", "surrogateescape")


def _address(address: Any) -> str:
    if address.display_name.isascii():
        return str(address)
    return f"{' '.join(encoded_words(address.display_name))} <{address.addr_spec}>"


OUTGOING = OutgoingPolicy()
