"""`intake check-config`: say what is wrong and what to do, one line per check.

Checks run in order and go on after a failure where they can: configuration, unit
directory, forms, database, folders, templates, the official report's letterhead,
mailbox login, SMTP login.  Checking changes nothing: a database or folder that does not
exist yet is only checked to be creatable (the daemon creates it).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from intake import config as config_module
from intake import directory, forms
from intake.database import redacted
from intake.errors import IntakeError, StoreError
from intake.i18n import N_, Joined, Words, _

Echo = Callable[[str], None]


class Answer(str):
    """What a mailbox's or a transport's `check()` found, in a line: English as a str
    (logs, tests, the library's callers), in the language in use by `said()`, which
    `intake check-config` prints."""

    words: Words

    def __new__(cls, words: Words) -> Answer:
        answer = super().__new__(cls, str(words))
        answer.words = words
        return answer

    def said(self) -> str:
        return self.words.said()


def run_checks(config_path: Path, echo: Echo, failures: list[IntakeError] | None = None) -> bool:
    """Run every check, saying each; False when one failed (appended to `failures`, whose
    first gives `intake check-config` its exit code)."""
    failures = [] if failures is None else failures
    try:
        cfg = config_module.load(config_path)
    except IntakeError as e:
        failures.append(e)
        _fail(echo, N_("configuration"), e)
        return False
    echo(f"{_OK}{_('configuration')} {cfg.path}")
    checks: list[tuple[str, Callable[[], str]]] = [
        (N_("unit directory"), lambda: _units(cfg.directory.units)),
        (N_("forms"), lambda: ", ".join(f.id for f in forms.load_all(cfg.directory.forms))),
        (N_("database"), lambda: _database(cfg.storage.database, cfg.storage.schema_name)),
        (N_("archive folder"), lambda: _writable(cfg.storage.archive)),
        (N_("report folder"), lambda: _writable(cfg.report.output_dir)),
        (N_("templates"), lambda: _templates(cfg.report.templates)),
        (N_("official report"), lambda: _official(cfg)),
        (N_("mailbox"), lambda: _mailbox(cfg)),
        (N_("outgoing mail"), lambda: _transport(cfg)),
    ]
    ok = True
    for name, check in checks:
        try:
            echo(f"{_OK}{_(name)}: {_said(check())}")
        except IntakeError as e:
            failures.append(e)
            ok = _fail(echo, name, e)
        except OSError as e:
            failures.append(IntakeError(f"{e.filename}: {e.strerror}"))
            ok = _fail(echo, name, failures[-1])
    return ok


_OK, _FAIL, _INDENT = "ok    ", "FAIL  ", "      "  # the result, then the check's name


def _said(answer: str) -> str:
    return answer.said() if isinstance(answer, Answer) else answer


def _units(path: Path) -> str:
    return _("{count} units").format(count=len(directory.load(path)))


def _fail(echo: Echo, name: str, error: IntakeError) -> bool:
    echo(f"{_FAIL}{_(name)}: {error.said()}")
    if error.hint:
        echo(f"{_INDENT}{_('hint')}: {error.said_hint()}")
    return False


def _database(database: Path | str, schema: str) -> str:
    if isinstance(database, str):
        return _postgres(database, schema)
    path = database
    if not path.exists():
        return _("{path} will be created ({why})").format(path=path, why=_creatable(path.parent))
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.close()
    except sqlite3.Error as e:
        raise StoreError(
            Words("{path}: not a database intake can read ({error})", path=path, error=e)
        ) from None
    return _("{path} (schema version {version})").format(path=path, version=version)


def _postgres(url: str, schema: str) -> str:
    """The server answers, and how far the office's schema is migrated (not at all yet:
    the daemon creates it)."""
    import psycopg

    where = f"{redacted(url)} ({schema})"
    try:
        with psycopg.connect(url, connect_timeout=10) as conn:
            found = conn.execute(
                "SELECT 1 FROM information_schema.tables"
                " WHERE table_schema = %s AND table_name = 'schema_migrations'",
                (schema,),
            ).fetchone()
            if found is None:
                return _("{path} will be created ({why})").format(
                    path=where, why=_("the server answers")
                )
            version = conn.execute(f'SELECT count(*) FROM "{schema}".schema_migrations').fetchone()
    except psycopg.Error as e:
        raise StoreError(
            Words("{path}: not a database intake can read ({error})", path=where, error=e)
        ) from None
    return _("{path} (schema version {version})").format(
        path=where, version=version[0] if version else 0
    )


def _writable(folder: Path) -> str:
    if not folder.exists():
        return _("{path} will be created ({why})").format(path=folder, why=_creatable(folder))
    with tempfile.NamedTemporaryFile(dir=folder):
        pass
    return _("{folder} is writable").format(folder=folder)


def _creatable(path: Path) -> str:
    """Whether the nearest existing folder above `path` lets intake create it."""
    parent = next(p for p in [path, *path.parents] if p.exists())
    if not os.access(parent, os.W_OK | os.X_OK):
        raise IntakeError(
            Words(
                "{path} does not exist and cannot be created: {parent} is not writable",
                path=path,
                parent=parent,
            ),
            hint=Words(
                "create {path} and give the user that runs intake write access to it", path=path
            ),
        )
    return _("{folder} is writable").format(folder=parent)


_LETTERHEAD = {
    "issuing_body": N_("the issuing body, cơ quan ban hành"),
    "place": N_("the place of the date line, địa danh"),
    "recipients": N_("the addressees, the line Kính gửi"),
    "signer_title": N_("the signer's title"),
    "signer_name": N_("the signer's name"),
}


def _official(cfg: config_module.Config) -> str:
    """The letterhead keys still empty, which the report to the province would lack."""
    empty = [key for key in _LETTERHEAD if not getattr(cfg.official, key)]
    if not empty:
        return f"{cfg.official.issuing_body}, {cfg.official.place}"
    shown = Joined(
        "; ", [Words("{key} ({what})", key=key, what=Words(_LETTERHEAD[key])) for key in empty]
    )
    raise IntakeError(
        Words("[official] not set: {keys}", keys=shown),
        hint=Words("set them in the [official] section (config/example.toml shows each one)"),
    )


def _templates(override: Path | None) -> str:
    from intake import acknowledge, remind
    from intake.render import check_templates, xlsx

    checked = [
        check_templates(override),
        xlsx.check_template(override),
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
