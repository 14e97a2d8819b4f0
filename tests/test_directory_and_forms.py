"""The unit directory (CSV or xlsx) and the form files an administrator maintains."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake import directory, forms
from intake.errors import ConfigError
from tests.mail import workbook

ROOT = Path(__file__).resolve().parents[1]


def test_the_shipped_directory_is_tam_duong_in_2021():
    units = directory.load(ROOT / "config" / "units.csv")
    assert len(units) == 14
    assert units.get("tt_tam_duong").code == "03390"
    assert units.get("khun_ha").code == "03430"
    assert units.by_email("BanBo.TamDuong@laichau.gov.vn").id == "ban_bo"
    for unit in units:
        assert unit.name in unit.aliases
        assert any(a.isascii() for a in unit.aliases), f"{unit.id} has no alias without diacritics"


def test_codes_keep_their_leading_zero_from_excel(tmp_path):
    path = tmp_path / "units.xlsx"
    path.write_bytes(
        workbook(
            [
                ["id", "code", "name", "aliases", "emails"],
                ["ban_bo", 3424, "Xã Bản Bo", "Ban Bo", "a@b.vn; c@d.vn"],
            ]
        )
    )
    [unit] = directory.load(path)
    assert (unit.code, unit.emails) == ("03424", ("a@b.vn", "c@d.vn"))


def test_every_bad_row_is_reported(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text(
        "id,name,aliases,emails\nBan Bo,,x,not-an-address\nna_tam,Nà Tăm,,a@b.vn\n"
        "na_tam,Nà Tăm 2,,a@b.vn\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as e:
        directory.load(path)
    text = str(e.value)
    for expected in (
        "row 2: id 'Ban Bo'",
        "row 2: name is empty",
        "not-an-address",
        "id 'na_tam' is used twice",
    ):
        assert expected in text


def test_a_missing_column_is_named(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("id,name\nx,y\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lacks the column.*aliases, emails"):
        directory.load(path)


def test_a_csv_saved_by_excel_with_a_bom_is_read(tmp_path):
    path = tmp_path / "units.csv"
    path.write_bytes("id,name,aliases,emails\nban_bo,Xã Bản Bo,,\n".encode("utf-8-sig"))
    assert [u.id for u in directory.load(path)] == ["ban_bo"]


def test_the_shipped_forms_have_the_ids_and_keys_of_the_issue():
    loaded = {f.id: [x.key for x in f.fields] for f in forms.load_all(ROOT / "config" / "forms")}
    assert loaded == {
        "weekly_propaganda": ["items", "minutes", "broadcasts", "listeners"],
        "social_media": ["groups", "group_members", "posts", "bluezone_installs", "fake_news"],
        "grassroots_monthly": ["bulletins", "notice_boards", "leaflets", "feedback"],
    }


def test_a_copied_form_with_a_mistake_names_the_file_and_key(tmp_path):
    (tmp_path / "mine.toml").write_text(
        'id = "mine"\ntitle = "Mẫu"\n[[fields]]\nkey = "a"\nlabel = "A"\ntype = "text"\n'
        '[[fields]]\nkey = "a"\nlabel = "B"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as e:
        forms.load_all(tmp_path)
    assert "mine.toml" in str(e.value)
    assert "fields.0.type" in str(e.value)


def test_a_form_may_name_its_sheet_in_the_report_workbook(tmp_path):
    (tmp_path / "mine.toml").write_text(
        'id = "mine"\ntitle = "Báo cáo kết quả tuyên truyền trên loa truyền thanh tuần"\n'
        'sheet_name = "Loa truyền thanh"\n[[fields]]\nkey = "a"\nlabel = "A"\n',
        encoding="utf-8",
    )
    [form] = forms.load_all(tmp_path)
    assert form.sheet_name == "Loa truyền thanh"

    (tmp_path / "mine.toml").write_text(
        f'id = "mine"\ntitle = "T"\nsheet_name = "{"x" * 32}"\n[[fields]]\nkey = "a"\n'
        'label = "A"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as e:
        forms.load_all(tmp_path)
    assert "sheet_name" in str(e.value)
