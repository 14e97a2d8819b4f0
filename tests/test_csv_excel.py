"""Files that go through Excel: CSV exports carry a UTF-8 BOM; a units.csv may be
separated by "," or ";", and a wrong header says which separator it was read with."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest

from intake import directory, export
from intake.context import Context
from intake.errors import ConfigError
from intake.models import Status
from intake.store import StoredReport
from tests.mail import ICT, workbook

ROOT = Path(__file__).resolve().parents[1]
BOM = b"\xef\xbb\xbf"
SEMICOLONS = (
    "id;code;name;aliases;emails\n"
    'ban_bo;03424;Xã Bản Bo;"Bản Bo;Ban Bo;UBND xã Bản Bo";"a@laichau.example;b@laichau.example"\n'
    "na_tam;3427;Xã Nà Tăm;Na Tam;natam@laichau.example\n"
)


def _write(tmp_path: Path, text: str, bom: bool = False) -> Path:
    path = tmp_path / "units.csv"
    path.write_bytes((BOM if bom else b"") + text.replace("\n", "\r\n").encode("utf-8"))
    return path


def _hint(path: Path) -> str:
    with pytest.raises(ConfigError, match="header row lacks") as e:
        directory.load(path)
    return e.value.hint or ""


# -- the unit directory ----------------------------------------------------------


@pytest.mark.parametrize("bom", [False, True], ids=["plain", "bom"])
def test_a_units_csv_separated_by_semicolons_is_read(tmp_path, bom):
    """GIVEN a units.csv Excel saved with ";" between columns (and quotes round the cells
    that hold ";"), WHEN it is loaded, THEN it reads as the same file with ","."""
    units = directory.load(_write(tmp_path, SEMICOLONS, bom))
    ban_bo, na_tam = units
    assert (ban_bo.id, ban_bo.code, ban_bo.name) == ("ban_bo", "03424", "Xã Bản Bo")
    assert ban_bo.aliases == ("Xã Bản Bo", "Bản Bo", "Ban Bo", "UBND xã Bản Bo")
    assert ban_bo.emails == ("a@laichau.example", "b@laichau.example")
    assert (na_tam.code, na_tam.emails) == ("03427", ("natam@laichau.example",))


def test_excels_sep_line_names_the_separator(tmp_path):
    units = directory.load(_write(tmp_path, "sep=;\n" + SEMICOLONS, bom=True))
    assert [u.id for u in units] == ["ban_bo", "na_tam"]


def test_commas_with_semicolons_inside_cells_stay_commas():
    """The shipped file: "," between columns, ";" between aliases."""
    units = directory.load(ROOT / "config" / "units.csv")
    assert units.get("tt_tam_duong").emails == (
        "vhtt.tttamduong@laichau.gov.vn",
        "tttamduong.tamduong@laichau.gov.vn",
    )


def test_a_wrong_header_read_with_semicolons_names_them(tmp_path):
    hint = _hint(_write(tmp_path, "ma;ten;bi danh;thu\nban_bo;Xã Bản Bo;;a@b.vn\n"))
    assert "';' (semicolon)" in hint
    assert "ma | ten | bi danh | thu" in hint
    assert "id,code,name,aliases,emails" in hint


def test_a_wrong_header_read_with_commas_names_them(tmp_path):
    hint = _hint(_write(tmp_path, "id,name,email\nban_bo,Xã Bản Bo,a@b.vn\n"))
    assert "',' (comma)" in hint and "id | name | email" in hint
    assert "id,code,name,aliases,emails" in hint


def test_a_wrong_header_in_a_sheet_names_no_separator(tmp_path):
    path = tmp_path / "units.xlsx"
    path.write_bytes(workbook([["id", "name"], ["ban_bo", "Xã Bản Bo"]]))
    hint = _hint(path)
    assert "id,code,name,aliases,emails" in hint and "separator" not in hint


# -- exports ---------------------------------------------------------------------


def _report() -> StoredReport:
    return StoredReport(
        id=1,
        message=1,
        unit="ban_bo",
        form="weekly_propaganda",
        period_end=date(2021, 2, 4),
        status=Status.ACCEPTED,
        values={"items": 12.0, "listeners": 5000.0},
        received_at=datetime(2021, 2, 4, 10, 0, tzinfo=ICT),
        late=False,
        is_current=True,
        problems=(),
        sources=(),
        origin="mail",
        message_id="<a@b>",
        sender="banbo.tamduong@laichau.gov.vn",
        subject="Báo cáo tuần",
    )


def test_a_csv_export_starts_with_a_bom_for_excel(tmp_path):
    """GIVEN a record of Xã Bản Bo, WHEN the CSV export is written to a file, THEN it is
    UTF-8 with a BOM, so Excel shows "Xã Bản Bo" and not "XÃ£ Báº£n Bo"."""
    path = export.write_csv([_report()], Context.defaults(), tmp_path / "out" / "export.csv")
    data = path.read_bytes()
    assert data.startswith(BOM) and not data.startswith(BOM * 2)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["unit"] == "ban_bo" and rows[0]["unit_name"] == "Xã Bản Bo"
    assert (rows[0]["items"], rows[0]["listeners"], rows[0]["minutes"]) == ("12", "5000", "")
