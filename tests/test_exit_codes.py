"""README's table of exit codes holds: each documented code is reached by a real
invocation of `intake` or `run_daemon.py`, and every code reached is documented."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def documented() -> dict[int, str]:
    section = README.split("### Exit codes", 1)[1].split("\n#", 1)[0]
    return {
        int(code): meaning for code, meaning in re.findall(r"^\| (\d+) \| (.+) \|$", section, re.M)
    }


def run(*args: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "INTAKE_CONFIG"}
    command = list(args) if args[0] == "run_daemon.py" else ["-m", "intake.cli", *args]
    return subprocess.run(
        [sys.executable, *command], capture_output=True, text=True, cwd=ROOT, env=environ
    )


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Path:
    """The demo's configuration in a folder of its own, with an empty mailbox."""
    base = tmp_path_factory.mktemp("office")
    shutil.copytree(ROOT / "config", base / "config")
    for sub in ("cur", "new", "tmp"):
        (base / "demo" / "maildir" / sub).mkdir(parents=True)
    return base / "config" / "demo.toml"


def variant(office: Path, name: str, old: str, new: str) -> Path:
    text = office.read_text(encoding="utf-8")
    assert old in text
    path = office.with_name(name)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


DEAD_IMAP = 'kind = "imap"\nhost = "127.0.0.1"\nport = 1\nsecurity = "none"\nusername = "u"'
DEAD_SMTP = 'kind = "smtp"\nhost = "127.0.0.1"\nport = 1\nsecurity = "none"'


def invocations(office: Path, tmp: Path) -> dict[int, subprocess.CompletedProcess[str]]:
    (tmp / "started").mkdir()
    run("init", str(tmp / "started"))
    garbage = tmp / "garbage"
    (garbage / "data").mkdir(parents=True)
    (garbage / "data" / "intake.sqlite").write_text("not a database", encoding="utf-8")
    broken_db = variant(
        office,
        "db.toml",
        'database = "../out/data/intake.sqlite"',
        f'database = "{garbage}/data/intake.sqlite"',
    )
    return {
        0: run("--version"),
        1: run("init", str(tmp / "started")),  # refuses to overwrite
        2: run("status", "--config", str(tmp / "missing.toml")),
        3: run(
            "check-config",
            "--config",
            str(
                variant(
                    office, "imap.toml", 'kind = "maildir"\npath = "../demo/maildir"', DEAD_IMAP
                )
            ),
        ),
        4: run(
            "check-config",
            "--config",
            str(variant(office, "smtp.toml", 'kind = "file"\ndir = "../out/sent"', DEAD_SMTP)),
        ),
        5: run("status", "--config", str(broken_db)),
        64: run("status", "--no-such-option"),
    }


def test_each_documented_exit_code_is_reached(office, tmp_path):
    table = documented()
    assert {0, 1, 2, 3, 4, 5, 64} <= set(table)
    reached = invocations(office, tmp_path)
    for code, done in reached.items():
        assert done.returncode == code, f"{code} ({table[code]}): {done.stdout}{done.stderr}"
    untested = set(table) - set(reached) - {130}  # Ctrl-C: not worth a signal in a test
    assert untested == set()


def test_the_daemon_uses_the_same_codes(office, tmp_path):
    assert (
        run("run_daemon.py", "--config", str(tmp_path / "missing.toml"), "--once").returncode == 2
    )
    assert (
        run("run_daemon.py", "--now", "2021-02-04T16:31+07:00", "--config", str(office)).returncode
        == 64
    )
    assert run("run_daemon.py", "--bogus").returncode == 64
