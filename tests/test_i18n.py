"""Every word the `intake` command prints is in Vietnamese and in English (intake/i18n.py)."""

from __future__ import annotations

import ast
import gettext
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from intake import i18n
from intake.cli import cli

ROOT = Path(__file__).resolve().parents[1]
# The modules whose messages go through the catalogue; the others are listed in README.
SOURCES = [
    "intake/alerts.py",
    "intake/app.py",
    "intake/check.py",
    "intake/cli.py",
    "intake/cli_review.py",
    "intake/cli_web.py",
    "intake/clock.py",
    "intake/completeness.py",
    "intake/config.py",
    "intake/cycles.py",
    "intake/directory.py",
    "intake/errors.py",
    "intake/fetch/imap.py",
    "intake/fetch/maildir.py",
    "intake/fetch/memory.py",
    "intake/first_day.py",
    "intake/forms.py",
    "intake/i18n.py",
    "intake/offices.py",
    "intake/options.py",
    "intake/publish.py",
    "intake/review.py",
    "intake/send.py",
    "intake/status.py",
    "intake/store.py",
    "run_daemon.py",
]


def marked(path: Path) -> set[str]:
    """The string literals passed to _(), N_() or Words() in a module."""
    return {
        node.args[0].value
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("_", "N_", "Words")
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


def message_ids() -> set[str]:
    ids = set().union(*(marked(ROOT / source) for source in SOURCES))
    return ids | set(i18n.help_ids(cli))


def catalogue(language: str) -> dict[str, str]:
    """The singular messages of a catalogue and their translations."""
    return {m: t for m, t in entries(language).items() if isinstance(m, str)}


def plurals(language: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """The plural messages (singular, plural) and their forms."""
    return {m: t for m, t in entries(language).items() if isinstance(m, tuple)}


def entries(language: str) -> dict:
    path = i18n.LOCALE_DIR / language / "LC_MESSAGES" / "intake.po"
    with path.open("rb") as f:
        return {m.id: m.string for m in read_po(f) if m.id}


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_message_has_both_languages(language):
    entries = catalogue(language)
    missing = sorted(m for m in message_ids() if not entries.get(m))
    assert missing == [], f"not translated in {language}/LC_MESSAGES/intake.po: {missing}"


def fields(text: str) -> list[str]:
    return sorted(set(re.findall(r"\{[^}]*\}|%\(?\w*\)?s", text)))


def test_a_translation_keeps_the_placeholders_of_its_message():
    for message, text in catalogue("vi").items():
        assert fields(text) == fields(message), message


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_click_s_plural_messages_have_every_form_of_the_language(language):
    """Vietnamese has one form (nplurals=1), English two; a form names only what click
    passes to either of the message's two forms."""
    found = plurals(language)
    for singular, plural in i18n.CLICK_PLURALS:
        forms = found.get((singular, plural))
        assert forms and all(forms), f"{singular!r} not in {language}/LC_MESSAGES/intake.po"
        assert len(forms) == (1 if language == "vi" else 2), singular
        allowed = set(fields(singular)) | set(fields(plural))
        assert all(set(fields(form)) <= allowed for form in forms), singular


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_compiled_catalogue_is_the_one_edited(language):
    """The committed .mo says what the .po says (after an edit: pybabel compile)."""
    folder = i18n.LOCALE_DIR / language / "LC_MESSAGES"
    with (folder / "intake.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for message, text in catalogue(language).items():
        assert compiled.gettext(message) == text, message
    for (singular, plural), forms in plurals(language).items():
        assert [compiled.ngettext(singular, plural, n) for n in (1, 2)] == [
            forms[0],
            forms[-1],
        ], singular


@pytest.mark.parametrize(
    ("configured", "environ", "expected"),
    [
        (None, {}, "vi"),
        (None, {"LANG": "C.UTF-8"}, "vi"),
        (None, {"LANG": "en_US.UTF-8"}, "en"),
        (None, {"LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"}, "vi"),
        (None, {"LC_MESSAGES": "en_GB", "LANG": "vi_VN"}, "en"),
        ("vi", {"LANG": "en_US.UTF-8"}, "vi"),
        ("en", {"LANG": "vi_VN.UTF-8"}, "en"),
    ],
)
def test_the_language_is_the_office_s_else_the_locale_s_else_vietnamese(
    configured, environ, expected
):
    assert i18n.choose(configured, environ) == expected


def intake(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    environ.pop("INTAKE_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "intake.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**environ, "LANG": "C.UTF-8", **env},
    )


def test_help_is_vietnamese_by_default_and_english_by_the_locale():
    vi = intake("review", "accept", "--help").stdout
    assert "Cách dùng:" in vi and "Tùy chọn:" in vi and "Chấp nhận một báo cáo" in vi
    assert "Usage:" not in vi and "Accept a held report" not in vi
    en = intake("review", "accept", "--help", LANG="en_US.UTF-8").stdout
    assert "Usage:" in en and "Accept a held report" in en


def test_the_office_s_language_wins_over_the_locale(tmp_path):
    config = tmp_path / "office.toml"
    config.write_text('[office]\nlanguage = "en"\n', encoding="utf-8")
    out = intake("status", "--help", "--config", str(config)).stdout
    assert "Show the mailbox" in out
    config.write_text('[office]\nlanguage = "vi"\n', encoding="utf-8")
    out = intake("status", "--help", LANG="en_US.UTF-8", INTAKE_CONFIG=str(config)).stdout
    assert "Cho xem hộp thư" in out


def test_click_s_own_errors_are_translated():
    done = intake("status", "--bogus")
    assert "Lỗi: Không có tùy chọn '--bogus'." in done.stderr
    assert "No such option '--bogus'." in intake("status", "--bogus", LANG="en").stderr


def test_click_s_plural_messages_are_translated():
    """GIVEN arguments a command does not take, or a mistyped command WHEN run THEN
    click's plural messages are Vietnamese by default, English by the locale."""
    done = intake("init", "a", "b", "c")
    assert "Lỗi: Thừa tham số (b c)" in done.stderr and done.returncode == 64
    assert "Got unexpected extra arguments (b c)" in intake("init", "a", "b", "c", LANG="en").stderr
    assert "(Có phải ý bạn là: 'history'?)" in intake("histor").stderr
    assert "Did you mean 'history'?" in intake("histor", LANG="en").stderr
    assert "không đúng dạng '%Y-%m-%d', '%d/%m/%Y'" in intake("report", "--period-end", "x").stderr
    assert "'zzz' không phải một trong: 'json', 'csv', 'xlsx'." in (
        intake("export", "--config", "x.toml", "--format", "zzz").stderr
    )


def test_click_names_a_missing_file_in_the_language():
    assert "Tệp 'khong-co.eml' không tồn tại." in intake("parse", "khong-co.eml").stderr
    en = intake("parse", "khong-co.eml", LANG="en").stderr
    assert "File 'khong-co.eml' does not exist." in en


def test_the_daemon_s_command_line_is_translated():
    done = subprocess.run(
        [sys.executable, "run_daemon.py", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": ""},
    )
    assert "cách dùng:" in done.stdout and "Chạy dịch vụ intake" in done.stdout
