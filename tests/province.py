"""Reports of a province's size for the official document and the workbook: 14 units, the
38 of Lai Châu (config/examples/lai-chau-2025/units.csv) and 120 made up, two forms, about
two units in three missing (the issue's 25 of 38)."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from intake.config import Official
from intake.models import Field, Form, FormTable, PeriodReport, Row, Timeliness, Unit

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
LAI_CHAU = Path(__file__).resolve().parents[1] / "config" / "examples" / "lai-chau-2025"

NEWS = Form(
    "tuyen_truyen",
    "Báo cáo kết quả tuyên truyền tuần",
    (
        Field("so_tin_bai", "Số tin, bài"),
        Field("thoi_luong", "Độ dài, thời lượng (phút)", type="minutes"),
        Field("so_lan", "Số lần phát sóng"),
        Field("nguoi_nghe", "Ước số người nghe"),
    ),
)
RADIO = Form(
    "truyen_thanh",
    "Hoạt động truyền thanh cơ sở",
    (
        Field("so_buoi", "Số buổi phát"),
        Field("ty_le", "Tỷ lệ cụm loa hoạt động (%)", type="number", aggregate="mean"),
    ),
)
OFFICIAL = Official(
    parent_body="Ủy ban nhân dân tỉnh Lai Châu",
    issuing_body="Sở Văn hóa, Thể thao và Du lịch",
    symbol="BC-SVHTTDL",
    place="Lai Châu",
    summary="Kết quả công tác tuyên truyền tuần",
    recipients=("Ủy ban nhân dân tỉnh Lai Châu",),
    copies_to=("Như trên", "Lãnh đạo Sở", "Lưu: VT, QLVH"),
    signing_authority="KT. Giám đốc",
    signer_title="Phó Giám đốc",
    signer_name="Nguyễn Văn A",
)


def units(count: int) -> list[Unit]:
    """14 or 38 real units of Lai Châu; any other count made up ("Xã Thử Nghiệm 001")."""
    with (LAI_CHAU / "units.csv").open(encoding="utf-8-sig") as f:
        real = [Unit(r["id"], r["name"], r["code"]) for r in csv.DictReader(f)]
    if count <= len(real):
        return real[:count]
    return [Unit(f"xa_{n:03d}", f"Xã Thử Nghiệm Số {n:03d}") for n in range(1, count + 1)]


def report(count: int) -> PeriodReport:
    """Every third unit reports both forms (one late), the others miss one or both."""
    at = datetime(2021, 2, 3, 9, 0, tzinfo=TZ)
    news, radio = [], []
    for n, unit in enumerate(units(count)):
        sent_news, sent_radio = n % 3 == 0, n % 3 == 0 or n % 5 == 1
        late = Timeliness.LATE if n % 7 == 3 else Timeliness.ON_TIME
        values = {
            "so_tin_bai": n % 9 + 1,
            "thoi_luong": 30 + n,
            "so_lan": 2 * n,
            "nguoi_nghe": 100 * n,
        }
        news.append(
            Row(unit, late, values, at) if sent_news else Row(unit, Timeliness.MISSING, {}, None)
        )
        radio.append(
            Row(unit, Timeliness.ON_TIME, {"so_buoi": 7, "ty_le": 50 + n % 50}, at)
            if sent_radio
            else Row(unit, Timeliness.MISSING, {}, None)
        )
    tables = tuple(
        FormTable(form, tuple(rows), _totals(form, rows))
        for form, rows in ((NEWS, news), (RADIO, radio))
    )
    return PeriodReport(
        period_start=date(2021, 1, 29),
        period_end=date(2021, 2, 4),
        deadline=datetime(2021, 2, 4, 16, 0, tzinfo=TZ),
        generated_at=datetime(2021, 2, 4, 16, 30, tzinfo=TZ),
        office="Sở Văn hóa, Thể thao và Du lịch",
        tables=tables,
        number="05/BC-SVHTTDL",
    )


def _totals(form: Form, rows: list[Row]) -> dict[str, float]:
    counted = [r for r in rows if r.timeliness in (Timeliness.ON_TIME, Timeliness.LATE)]
    out = {}
    for field in form.fields:
        values = [r.values[field.key] for r in counted]
        out[field.key] = sum(values) / len(values) if field.aggregate == "mean" else sum(values)
    return out
