"""`intake check-config`: say what is wrong and what to do, one line per check.

Checks run in order and go on after a failure where they can: configuration, unit
directory, forms, database, folders, templates, mailbox login, SMTP login.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from intake import config as config_module
from intake import directory, forms
from intake.errors import IntakeError

Echo = Callable[[str], None]


def run_checks(config_path: Path, echo: Echo) -> bool:
    try:
        cfg = config_module.load(config_path)
    except IntakeError as e:
        _fail(echo, "configuration", e)
        return False
    echo(f"ok    configuration {cfg.path}")
    checks: list[tuple[str, Callable[[], str]]] = [
        ("unit directory", lambda: f"{len(directory.load(cfg.directory.units))} units"),
        ("forms", lambda: ", ".join(f.id for f in forms.load_all(cfg.directory.forms))),
        ("database", lambda: _database(cfg.storage.database)),
        ("archive folder", lambda: _writable(cfg.storage.archive)),
        ("report folder", lambda: _writable(cfg.report.output_dir)),
        ("templates", lambda: _templates(cfg.report.templates)),
        ("mailbox", lambda: _mailbox(cfg)),
        ("outgoing mail", lambda: _transport(cfg)),
    ]
    ok = True
    for name, check in checks:
        try:
            echo(f"ok    {name}: {check()}")
        except IntakeError as e:
            ok = _fail(echo, name, e)
        except OSError as e:
            ok = _fail(echo, name, IntakeError(f"{e.strerror}: {e.filename}"))
    return ok


def _fail(echo: Echo, name: str, error: IntakeError) -> bool:
    echo(f"FAIL  {name}: {error}")
    if error.hint:
        echo(f"      hint: {error.hint}")
    return False


def _database(path: Path) -> str:
    from intake.store import Store

    store = Store.open(path)
    version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    store.close()
    return f"{path} (schema version {version})"


def _writable(folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=folder):
        pass
    return f"{folder} is writable"


def _templates(override: Path | None) -> str:
    from intake import acknowledge, remind
    from intake.render import check_templates

    checked = [
        check_templates(override),
        acknowledge.check_template(override),
        remind.check_template(override),
    ]
    return "; ".join(c.removeprefix("templates: ") for c in checked)


def _mailbox(cfg: config_module.Config) -> str:
    from intake.fetch import make_source

    source = make_source(cfg.mailbox)
    try:
        return source.check()
    finally:
        source.close()


def _transport(cfg: config_module.Config) -> str:
    from intake.send import make_transport

    return make_transport(cfg.smtp).check()
