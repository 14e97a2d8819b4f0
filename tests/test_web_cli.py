"""`intake user ...`: the web desk's accounts from the shell, for the first admin."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_e2e import intake_cli, maildir_config, query


def test_accounts_from_the_shell(tmp_path: Path) -> None:
    config = maildir_config(tmp_path)
    database = tmp_path / "data" / "intake.sqlite"

    def user(*args: str, password: str | None = None):
        import subprocess
        import sys

        from tests.helpers_e2e import REPO

        return subprocess.run(
            [sys.executable, "-m", "intake.cli", "user", *args, "--config", str(config)],
            cwd=REPO,
            input=password,
            capture_output=True,
            text=True,
            timeout=60,
        )

    added = user("add", "quantri", "--role", "admin", "--name", "Nguyễn Văn A",
                 "--password-stdin", password="mat-khau-quan-tri\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "đã thêm tài khoản quantri (Quản trị)" in added.stdout
    [(role, stored)] = query(database, "SELECT role, password_hash FROM accounts")
    assert role == "admin" and stored.startswith("$argon2id$")

    short = user("add", "lan", "--role", "clerk", "--password-stdin", password="ngan\n")
    assert short.returncode == 1 and "ít nhất 10 ký tự" in short.stderr
    wrong_role = user("add", "lan", "--role", "boss", "--password-stdin", password="x" * 12)
    assert wrong_role.returncode == 64  # a usage error, as README's table says

    assert (
        user("passwd", "quantri", "--password-stdin", password="mat-khau-moi-hon\n").returncode == 0
    )
    assert user("disable", "quantri").returncode == 0
    listed = user("list")
    assert listed.returncode == 0 and "quantri" in listed.stdout and "đã khoá" in listed.stdout
    assert user("enable", "quantri").returncode == 0
    assert "đang dùng" in user("list").stdout
    missing = user("disable", "khong-co")
    assert missing.returncode == 1 and "Không có tài khoản 'khong-co'" in missing.stderr
    kinds = [
        k for (k,) in query(database, "SELECT kind FROM events WHERE subject = 'account:quantri'")
    ]
    assert kinds == ["account.added", "account.password", "account.disabled", "account.disabled"]
    assert intake_cli("user", "--help").returncode == 0
