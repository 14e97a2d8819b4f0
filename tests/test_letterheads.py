"""The unit of a report sent from an address the directory does not know: named in its
document's letterhead or signature block, and held until a clerk confirms the address."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake import config
from intake.authenticity import UNLISTED
from intake.context import Context
from intake.pipeline import analyse
from tests.mail import SENT, message, with_docx

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def context() -> Context:
    return Context.from_config(config.load(ROOT / "config" / "demo.toml"))


@pytest.mark.parametrize(
    "letterhead",
    [
        ["UBND XÃ BẢN BO", "TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA"],
        ["ĐẢNG ỦY XÃ BẢN BO", "UBND XÃ BẢN BO"],
    ],
)
def test_the_unit_is_read_from_a_documents_letterhead_sent_from_an_unknown_address(
    context, letterhead
):
    document = [
        *letterhead,
        "BÁO CÁO",
        "Kết quả tuyên truyền tuần",
        "Số tin, bài: 6",
        "Thời lượng: 35 phút",
        "Số lượt phát sóng: 18",
        "Ước số người nghe: 1.300",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    ]
    m = with_docx(
        message("Gửi phòng báo cáo tuần ạ", sender="canbo123@gmail.com", sent=SENT), document
    )
    [r] = analyse(m.as_bytes(), context).reports
    assert r.unit == "ban_bo", r.problems
    assert [p.code for p in r.problems] == [UNLISTED]  # held until a clerk confirms it
