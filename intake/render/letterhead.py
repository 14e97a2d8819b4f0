"""The letterhead of a sheet (Nghị định 30/2020/NĐ-CP): the [official] words it shows.

    UBND HUYỆN ...              | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    PHÒNG ...                   | Độc lập - Tự do - Hạnh phúc   (underlined: the rule)
    Số:      /BC-VHTT           | Tam Đường, ngày 04 tháng 02 năm 2021
                              BÁO CÁO
        Kết quả công tác tuyên truyền tuần từ ngày ... đến ngày ...
                  Biểu: <form title>  /  (Báo cáo này thay thế ...)
                         Kính gửi: ...
    [the table]
    Nơi nhận:                   |        KT. TRƯỞNG PHÒNG
    - Như trên;                 |        PHÓ TRƯỞNG PHÒNG
    - Lưu: VT.                  |
                                |          Nguyễn Văn A

Where each part stands and how it looks is the template's (templates/official_report.xlsx,
the rows under `{% if official %}`); the words are those of the Word report
(OfficialContext), so both files say the same.  Without [official] they are all empty.
"""

from __future__ import annotations

from typing import Any

from intake.render.official import BLANK_NUMBER, OfficialContext

TEXTS = (
    "parent_body issuing_body number symbol place_date kind subject recipients "
    "signing_authority signer_title signer_name"
).split()


def variables(context: OfficialContext | None) -> dict[str, Any]:
    """The letterhead's variables of a sheet (xlsx.SheetContext)."""
    if context is None:
        return {**dict.fromkeys(TEXTS, ""), "copies_to": ()}
    return {
        "parent_body": _one_line(context.parent_body),  # the sheet's columns are wider
        "issuing_body": _one_line(context.issuing_body),
        "number": context.number or BLANK_NUMBER,
        "symbol": context.symbol,
        "place_date": context.place_date,
        "kind": context.kind,
        "subject": context.title,
        "recipients": recipients_line(context.recipients),
        "copies_to": listed(context.copies_to),
        "signing_authority": context.signing_authority,
        "signer_title": context.signer_title,
        "signer_name": context.signer_name,
    }


def recipients_line(recipients: tuple[str, ...]) -> str:
    """What follows "Kính gửi: " on one line of a sheet: "A", or "A; B."."""
    if len(recipients) <= 1:
        return "".join(recipients)
    return f"{'; '.join(recipients)}."


def listed(lines: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """A list as the decree writes it: "- A;", "- B;", "- C."."""
    return tuple(f"- {line}{';' if n < len(lines) else '.'}" for n, line in enumerate(lines, 1))


def _one_line(text: str) -> str:
    return " ".join(text.split())
