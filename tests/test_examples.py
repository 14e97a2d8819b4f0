"""The sample configurations: config/example.toml (huyện Tam Đường, 2021) and every
config/examples/*/intake.toml (Lai Châu after the 2025 reform) load from any working
folder, and a unit's report mail is read with them."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from intake import config
from intake.context import Context
from intake.models import Status
from intake.pipeline import analyse
from tests.mail import ICT, message

ROOT = Path(__file__).resolve().parents[1]
LAI_CHAU = ROOT / "config" / "examples" / "lai-chau-2025" / "intake.toml"
SAMPLES = [
    ROOT / "config" / "example.toml",
    *sorted((ROOT / "config" / "examples").glob("*/*.toml")),
]
REPORT = "Số tin, bài: 12\nĐộ dài: 1 giờ 15 phút\nSố lượt phát sóng: 36\nƯớc số người nghe: 5.000\n"
# What each sample's directory holds, and a unit that sends a report in its time.
EXPECTED = {
    "example.toml": (14, "ban_bo", datetime(2021, 2, 4, 10, 0, tzinfo=ICT)),
    "lai-chau-2025": (38, "binh_lu", datetime(2025, 12, 4, 10, 0, tzinfo=ICT)),
}


def _name(path: Path) -> str:
    return path.name if path.parent.name == "config" else path.parent.name


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """Work from an unrelated folder: a sample's paths are relative to the sample."""
    monkeypatch.chdir(tmp_path)


def test_every_sample_is_known():
    assert {_name(p) for p in SAMPLES} == set(EXPECTED)


@pytest.mark.parametrize("path", SAMPLES, ids=_name)
def test_a_sample_loads_from_any_folder_and_reads_a_units_report(path, elsewhere):
    """GIVEN a sample configuration, loaded from another working folder
    WHEN a unit of its directory sends the weekly report from its address
    THEN the report is accepted for that unit and that week."""
    count, unit_id, sent = EXPECTED[_name(path)]
    context = Context.from_config(config.load(path))
    assert len(context.directory) == count
    unit = context.directory.get(unit_id)
    assert unit is not None and unit.emails

    [report] = analyse(
        message(REPORT, sender=unit.emails[0], sent=sent).as_bytes(), context
    ).reports

    assert (report.unit, report.status) == (unit_id, Status.ACCEPTED), report.problems
    assert report.period_end == sent.date()
    assert report.values == {"items": 12, "minutes": 75, "broadcasts": 36, "listeners": 5000}


def test_lai_chau_has_its_38_units_of_nq_1670():
    """36 xã and 2 phường, each once, with unique 5-digit codes of the 2025 list."""
    units = list(Context.from_config(config.load(LAI_CHAU)).directory)
    kinds = [u.name.split()[0] for u in units]
    assert (kinds.count("Xã"), kinds.count("Phường"), len(units)) == (36, 2, 38)
    assert len({u.name for u in units}) == 38
    codes = [u.code or "" for u in units]
    assert all(re.fullmatch(r"\d{5}", c) for c in codes) and len(set(codes)) == 38
    for unit in units:
        assert unit.name in unit.aliases
        assert any(a.isascii() for a in unit.aliases), f"{unit.id} has no alias without diacritics"
        assert all(e.endswith("@laichau.example") for e in unit.emails), "example addresses only"


def test_lai_chau_codes_are_the_2025_edition():
    """Tam Đường's successors (domain note §4): 03390 is now Xã Bình Lư, no more a thị trấn."""
    directory = Context.from_config(config.load(LAI_CHAU)).directory
    codes = {u.code: u.name for u in directory}
    assert codes["03390"] == "Xã Bình Lư"
    assert codes["03405"] == "Xã Tả Lèng"
    assert codes["03408"] == "Phường Tân Phong"
    assert codes["03394"] == "Xã Sin Suối Hồ"
    assert {codes["03424"], codes["03430"]} == {"Xã Bản Bo", "Xã Khun Há"}
    assert not any("Thị trấn" in name for name in codes.values())


def test_lai_chau_reports_to_a_provincial_department():
    cfg = config.load(LAI_CHAU)
    assert cfg.official.parent_body == "UBND TỈNH LAI CHÂU"
    assert "VĂN HÓA, THỂ THAO VÀ DU LỊCH" in cfg.official.issuing_body
    assert not any("Thông tin và Truyền thông" in r for r in cfg.official.recipients)
    assert cfg.directory.forms == ROOT / "config" / "forms"


def test_lai_chau_cites_its_sources():
    for text in (LAI_CHAU.read_text(encoding="utf-8"), (LAI_CHAU.parent / "README.md").read_text()):
        assert "1670/NQ-UBTVQH15" in text
        assert "vietnam-provinces 2026.9.0" in text and "2026-09-20" in text
        assert "vietnamadminunits 1.0.4" in text


def test_a_wards_report_counts_for_the_week_it_was_sent_in(elsewhere):
    """A phường's report sent on Monday 01/12/2025 is for the week ending Thursday 04/12."""
    context = Context.from_config(config.load(LAI_CHAU))
    sent = datetime(2025, 12, 1, 9, 0, tzinfo=ICT)
    mail = message(REPORT, sender="vhxh.doanket@laichau.example", sent=sent)
    [report] = analyse(mail.as_bytes(), context).reports
    assert (report.unit, report.period_end) == ("doan_ket", date(2025, 12, 4))
