"""Readings that look like a figure but are not one to accept as written.

Shared by the line and table readers: a dot or comma that only one reading fits; a bound
("trên 10") where an exact figure is asked; a minus sign; a percentage for a count.
"""

from __future__ import annotations

import re
from dataclasses import replace

from intake.models import Field
from intake.quantity import Quantity
from intake.text import fold, nfc

_SEPARATOR_DOUBT = "Không rõ dấu chấm/phẩy"


def settle_separators(field: Field, quantity: Quantity) -> Quantity:
    """A dot or comma that can only mean one thing for this field: "3,200 người" counts
    people, so 3 200 (English thousands).  "1.5 giờ" stays in doubt: a dot not followed by
    three digits is not how Vietnamese writes a decimal (domain notes §5.1)."""
    if not (quantity.ambiguous or "").startswith(_SEPARATOR_DOUBT):
        return quantity
    raw = quantity.raw.split()[0] if quantity.raw.split() else quantity.raw
    if field.type == "count" and re.fullmatch(r"\d{1,3}(,\d{3})+", raw):
        return replace(quantity, value=float(raw.replace(",", "")), ambiguous=None)
    return quantity


_BOUND_WORDS = "trên|hơn|dưới|gần|ngoài|ít nhất|tối thiểu|tối đa|không quá"
_BOUND = re.compile(rf"(?<!\w)({_BOUND_WORDS})\W*$")
_BOUND_PLAIN = re.compile(rf"(?<!\w)({fold(_BOUND_WORDS)})\W*$")


def bound_doubt(field: Field, before: str, raw: str) -> str | None:
    """ "trên 10" is more than ten, not ten: a bound where an exact figure is asked.  The
    words are matched with their diacritics when the text has any ("Bản Hon 6" is not
    "hơn 6")."""
    if field.estimate:
        return None
    before = nfc(before[-16:]).lower()
    match = _BOUND_PLAIN.search(before) if before.isascii() else _BOUND.search(before)
    if match is None:
        return None
    return f'{field.label} ghi "{match[1]} {raw}" (chưa phải số chính xác), cần kiểm tra'


def sign_doubt(field: Field, quantity: Quantity, text: str) -> str | None:
    before = text[: quantity.start]
    sign = before.endswith(("-", "−")) and not before[:-1].rstrip()[-1:].isdigit()
    if sign and before[:-1].strip():  # a minus, not a range or a bullet starting the line
        return f'{field.label} là số âm ("-{quantity.raw}"), cần kiểm tra'
    wrong = {fold(u): u for u in field.wrong_units}
    if quantity.unit in wrong:
        unit = wrong[quantity.unit]
        return f'{field.label} ghi theo "{unit}" ({quantity.raw} {unit}), không đúng đơn vị của mẫu'
    if field.type != "minutes" and quantity.unit == "%":
        return f'{field.label} ghi theo tỷ lệ ("{quantity.raw}%"), không phải số lượng'
    return None


def wrong_unit_words(field: Field, label: str) -> str | None:
    """A label or unit cell that counts in a unit the form does not ask: "Số hộ nghe
    được | Hộ | 850" counts households, not people."""
    words = set(fold(label).replace("|", " ").split())
    for unit in field.wrong_units:
        if fold(unit) in words:
            shown = label.strip(" |:")
            return f'{field.label} ghi theo "{unit}" ("{shown}"), không đúng đơn vị của mẫu'
    return None


_RUNNING_TOTAL = re.compile(r"\b(?:luy ke|cong don|tu dau nam|tu dau thang|tu truoc den nay)\b")


def running_total(field: Field, label: str) -> str | None:
    """A label that says its figure is a total so far ("Bluezone (lũy kế)"): the figure
    the form asks for only when the field counts what exists so far (installs, groups),
    not what was done in the week (items, broadcasts)."""
    if field.running_total or not _RUNNING_TOTAL.search(fold(label)):
        return None
    return f'{field.label} ghi là số lũy kế ("{label.strip(" :|")}"), không phải số của tuần'
