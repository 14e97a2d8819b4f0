"""What intake leaves on disk and in its logs (issue 9): private files, no mail text in
the log of a quarantine, a word for a password file others can read."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest
from loguru import logger

from intake import config as config_module
from intake import logs
from tests.helpers_e2e import REPO, daemon_command, maildir_config

SECRET = "Bí mật của xã 7391"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def daemon_run(tmp_path: Path) -> Path:
    """One run over a Maildir with a report and a message that breaks its reading, with
    the log going to a file; the umask lets everyone read what is not made private."""
    config = maildir_config(tmp_path)
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text + f'\n[logging]\nfile = "{tmp_path / "logs" / "intake.log"}"\n', encoding="utf-8"
    )
    new = tmp_path / "mail" / "new"
    new.mkdir(parents=True)
    for sub in ("cur", "tmp"):
        (tmp_path / "mail" / sub).mkdir()
    header = (
        "From: banbo.tamduong@laichau.gov.vn\r\nSubject: =?utf-8?B?" + "QQ==?= =?utf-8?B?" * 3000
    )
    (new / "1.bad").write_bytes(f"{header}QQ==?=\r\n\r\n{SECRET}\r\n".encode())
    (new / "2.good").write_bytes(
        "From: banbo.tamduong@laichau.gov.vn\r\nSubject: Báo cáo tuần\r\n"
        "Date: Thu, 04 Feb 2021 10:00:00 +0700\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"\r\nSố tin, bài: 12\r\nSố lượt phát sóng: 36\r\n{SECRET}\r\n".encode()
    )
    done = subprocess.run(
        ["sh", "-c", 'umask 022 && exec "$@"', "sh", *daemon_command(config)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (tmp_path / "stderr.txt").write_text(done.stderr, encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_the_database_archive_and_log_are_private(daemon_run: Path) -> None:
    data = daemon_run / "data"
    assert mode(data / "intake.sqlite") == 0o600
    assert mode(daemon_run / "logs" / "intake.log") == 0o600
    assert mode(daemon_run / "logs") == 0o700
    archive = data / "archive"
    files = [p for p in archive.rglob("*.eml")]
    assert len(files) == 2
    assert all(mode(p) == 0o600 for p in files)
    assert all(mode(p) == 0o700 for p in archive.rglob("*") if p.is_dir())


@pytest.mark.slow
def test_no_mail_text_reaches_the_log_or_the_console(daemon_run: Path) -> None:
    log = (daemon_run / "logs" / "intake.log").read_text(encoding="utf-8")
    assert "quarantined" in log  # the bad message was quarantined, and said so
    assert SECRET not in log
    assert SECRET not in (daemon_run / "stderr.txt").read_text(encoding="utf-8")


def test_an_exception_logged_without_verbose_shows_no_variable_values(capsys) -> None:
    logs.console(verbose=False)
    try:
        body = SECRET
        raise ValueError("cannot read")
    except ValueError:
        logger.exception("failed on {}", "message 1")
    assert body and SECRET not in capsys.readouterr().err


def test_a_password_file_others_can_read_gets_a_warning(tmp_path: Path, capsys) -> None:
    logs.console(verbose=False)
    secret = tmp_path / "imap.password"
    secret.write_text("mật khẩu\n")
    login = config_module._Login(password_file=secret)

    secret.chmod(0o644)
    assert login.password("mailbox") == "mật khẩu"
    assert "chmod 600" in capsys.readouterr().err

    secret.chmod(0o600)
    login.password("mailbox")
    assert "chmod 600" not in capsys.readouterr().err
