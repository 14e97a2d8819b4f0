"""An administrator's first day: `intake init`, the shipped forms from any folder,
`intake --version`, INTAKE_CONFIG for the daemon too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from intake import __version__, config
from intake.context import Context

ROOT = Path(__file__).resolve().parents[1]
INTAKE = Path(sys.executable).parent / "intake"  # the console script `make install` links


def intake(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "INTAKE_CONFIG"}
    return subprocess.run(
        [str(INTAKE), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**environ, "LANG": "C.UTF-8", "LC_ALL": "", **env},
    )


def test_init_writes_a_configuration_to_start_from(tmp_path):
    """GIVEN an empty folder WHEN `intake init` runs from elsewhere THEN the folder has a
    commented configuration, the units and the forms, and the configuration loads."""
    folder = tmp_path / "office"
    done = intake("init", str(folder), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "intake check-config --config" in done.stdout
    written = folder / "intake.toml"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# intake configuration.") and 'forms = "forms"' in text
    cfg = config.load(written)
    assert cfg.storage.database == folder / "data" / "intake.sqlite"
    assert cfg.directory.forms == folder / "forms"
    shipped = sorted(p.name for p in (ROOT / "config" / "forms").glob("*.toml"))
    assert sorted(p.name for p in cfg.directory.forms.iterdir()) == shipped
    context = Context.from_config(cfg)
    assert len(context.directory.units) == 14 and set(context.forms)


def test_init_never_overwrites(tmp_path):
    folder = tmp_path / "office"
    folder.mkdir()
    (folder / "units.csv").write_text("mine", encoding="utf-8")
    done = intake("init", str(folder), cwd=tmp_path)
    assert done.returncode == 1
    assert "units.csv" in done.stderr and "lỗi: " in done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["units.csv"]
    assert (folder / "units.csv").read_text(encoding="utf-8") == "mine"


def test_a_configuration_copied_elsewhere_uses_the_shipped_forms(tmp_path):
    """GIVEN config/example.toml copied alone with a units file WHEN loaded THEN the forms
    are the shipped ones (it used to fail: "the forms folder does not exist")."""
    shutil.copy(ROOT / "config" / "example.toml", tmp_path / "office.toml")
    shutil.copy(ROOT / "config" / "units.csv", tmp_path / "units.csv")
    cfg = config.load(tmp_path / "office.toml")
    assert cfg.directory.forms == ROOT / "config" / "forms"
    assert "weekly_propaganda" in Context.from_config(cfg).forms


def test_version(tmp_path):
    done = intake("--version", cwd=tmp_path)
    assert done.stdout == f"intake, phiên bản {__version__}\n"
    english = intake("--version", cwd=tmp_path, LANG="en_US.UTF-8")
    assert english.stdout == f"intake, version {__version__}\n"


def test_the_daemon_takes_its_configuration_from_intake_config(tmp_path):
    shutil.copytree(ROOT / "config", tmp_path / "config")
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "demo" / "maildir" / sub).mkdir(parents=True)
    environ = {**os.environ, "INTAKE_CONFIG": str(tmp_path / "config" / "demo.toml")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "run_daemon.py"), "--once", "--now", "2021-02-01T09:00+07:00"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environ,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "data" / "intake.sqlite").exists()
