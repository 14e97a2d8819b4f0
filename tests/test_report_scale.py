"""A report of a national directory's size: 2,500 units, two forms, through the store.

The time and memory it takes are bench/report.py's business; this checks that it builds
and that what it says is right: the totals the workbook caches under its formulas are
the sums of the accepted figures stored, every unit has its row in the workbook, and
the official document and the summary e-mail, too long with a line for every unit, show
the totals and say who is missing, the document also where the rows are."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import docx
import openpyxl
import pytest

from intake import aggregate
from intake.config import PeriodRules
from intake.context import Context
from intake.directory import Directory
from intake.models import Field, Form, PeriodReport, Report, Status, Unit
from intake.render.mail import build_context
from intake.render.official import write_docx
from intake.render.words import UNIT_ROWS_MAX, vn_number
from intake.render.xlsx import write_xlsx
from intake.store import Store
from tests.province import OFFICIAL, TZ

pytestmark = pytest.mark.slow

UNITS = 2_500
ICT = timezone(timedelta(hours=7))
WEEK_END = date(2021, 2, 4)  # a Thursday
NOW = datetime(2021, 2, 5, 9, tzinfo=ICT)
NEWS = Form(
    "news",
    "Báo cáo kết quả tuyên truyền tuần",
    (Field("items", "Số tin, bài"), Field("minutes", "Độ dài (phút)", type="minutes")),
)
SOCIAL = Form("social", "Tuyên truyền trên mạng xã hội", (Field("posts", "Số bài đăng"),))


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> tuple[PeriodReport, dict[str, dict[str, float]]]:
    """The week's report, and the accepted figures stored, summed by form."""
    units = [Unit(f"u{n:05d}", f"Xã Thử Nghiệm Số {n:05d}") for n in range(1, UNITS + 1)]
    context = Context.build(Directory(tuple(units)), (NEWS, SOCIAL), PeriodRules())
    store = Store.open(tmp_path_factory.mktemp("scale") / "intake.sqlite")
    rng = random.Random(12)
    sums: dict[str, dict[str, float]] = {NEWS.id: {}, SOCIAL.id: {}}
    received = datetime(2021, 2, 3, 10, tzinfo=ICT)
    for n, unit in enumerate(units):
        for form in (NEWS, SOCIAL):
            if n % 50 == 7:
                continue  # missing
            held = n % 40 == 3
            values = {f.key: float(rng.randint(0, 300)) for f in form.fields}
            status = Status.NEEDS_REVIEW if held else Status.ACCEPTED
            report = Report(unit.id, form.id, WEEK_END, values, status, received_at=received)
            store.add_report(None, report, NOW)
            if not held:
                for key, value in values.items():
                    sums[form.id][key] = sums[form.id].get(key, 0.0) + value
    built = aggregate.build(store, context, WEEK_END, NOW, "Phòng Văn hóa", (NEWS, SOCIAL))
    store.close()
    return built, sums


def test_the_workbook_of_thousands_of_units_caches_the_right_totals(stored, tmp_path):
    """GIVEN 2,500 units' reports in the store, some held and some missing WHEN the
    workbook is written THEN each sheet has a row per unit and each total's cached value
    is the sum of the accepted figures stored."""
    report, sums = stored
    path = write_xlsx(report, tmp_path / "x.xlsx", TZ, OFFICIAL)
    values = openpyxl.load_workbook(path, data_only=True, read_only=True)
    formulas = openpyxl.load_workbook(path, read_only=True)
    for form, sheet, cached in zip(
        (NEWS, SOCIAL), formulas.worksheets, values.worksheets, strict=True
    ):
        rows = list(sheet.iter_rows(values_only=True))
        numbered = [r for r in rows if isinstance(r[0], int)]
        assert [r[0] for r in numbered] == list(range(1, UNITS + 1))
        total_at = next(n for n, r in enumerate(rows) if "Tổng cộng" in r)
        total = rows[total_at]
        found = [(n, v) for n, v in enumerate(total) if isinstance(v, str) and v.startswith("=")]
        assert [v.split("(")[0] for _, v in found] == ["=SUM"] * len(form.fields)
        cached_total = list(cached.iter_rows(values_only=True))[total_at]
        assert [cached_total[n] for n, _ in found] == pytest.approx(
            [sums[form.id][f.key] for f in form.fields]
        )


def test_the_official_document_of_thousands_of_units_shows_totals_not_rows(stored, tmp_path):
    """GIVEN the same report WHEN the official docx is written THEN each form's table
    has its header and its totals only, the totals right, and the document says that the
    units' rows are in the workbook."""
    report, sums = stored
    document = docx.Document(str(write_docx(report, OFFICIAL, tmp_path / "x.docx", TZ)))
    tables = [t for t in document.tables if t.rows[0].cells[0].text == "STT"]
    assert len(tables) == 2 and UNITS > UNIT_ROWS_MAX
    for form, table in zip((NEWS, SOCIAL), tables, strict=True):
        assert len(table.rows) == 2
        totals = [c.text for c in table.rows[-1].cells][2:-1]
        assert totals == [vn_number(sums[form.id][f.key]) for f in form.fields]
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"({vn_number(UNITS)} đơn vị) có trong bảng tính" in text


def test_the_summary_mail_of_thousands_of_units_gives_totals_and_lists_the_missing(stored):
    """GIVEN the same report WHEN its summary e-mail is made THEN each form gives its
    totals and names its missing units, without a line for each of 2,500 units."""
    report, sums = stored
    context = build_context(report, TZ)
    for form, summary in zip((NEWS, SOCIAL), context.forms, strict=True):
        assert summary.units == ()
        assert [t.value for t in summary.totals] == [
            vn_number(sums[form.id][f.key]) for f in form.fields
        ]
        assert len(summary.missing) == UNITS // 50
