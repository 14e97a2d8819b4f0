"""`intake web` (the web desk) and `intake user ...` (its accounts, from the shell).

Registered by intake/cli.py.  The first administrator is made here:

    intake user add admin --role admin --name "Nguyễn Văn A"
    intake web --config intake.toml
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.i18n import _
from intake.options import config_option, now_option

if TYPE_CHECKING:
    from intake.app import App

ROLE_CHOICE = click.Choice(["clerk", "leader", "admin"])


@contextmanager
def _opened(config_path: Path) -> Iterator[App]:
    from intake.app import App

    app = App.open(config_path)
    try:
        yield app
    finally:
        app.close()


def secret_path(app: App) -> Path:
    configured = app.config.web.secret_key_file
    database = app.config.storage.database
    beside = database.parent if isinstance(database, Path) else app.config.base
    return configured or beside / "web-secret.key"


@click.command()
@config_option()
@click.option("--bind", metavar="ADDRESS", help="listen on ADDRESS; default: [web] bind")
@click.option("--port", type=int, help="listen on PORT; default: [web] port")
@now_option()
def web(config_path: Path, bind: str | None, port: int | None, now_text: str | None) -> None:
    """Serve the web desk (the week, held reports, the report upward) to browsers."""
    import uvicorn

    from intake.clock import parse_now
    from intake.web import accounts, server, sessions

    with _opened(config_path) as app:
        settings = app.config.web
        if not accounts.every(app.store):
            click.echo(
                _("no account yet: create the first with  intake user add NAME --role admin"),
                err=True,
            )
        # --now (the demo's week): the desk's clock starts there and runs on from it
        tz = app.context.calendar.tz
        offset = parse_now(now_text, tz) - datetime.now(UTC) if now_text else timedelta(0)
        desk = server.create(
            app,
            sessions.secret_key(secret_path(app)),
            clock=lambda: datetime.now(UTC) + offset,
            session_hours=settings.session_hours,
            idle_minutes=settings.idle_minutes,
            secure_cookies=settings.secure_cookies,
        )
        host, listen_port = bind or settings.bind, port or settings.port
        click.echo(
            _("web desk: http://{host}:{port}/ (stop with Ctrl+C)").format(
                host=host, port=listen_port
            ),
            err=True,
        )
        uvicorn.run(
            desk,
            host=host,
            port=listen_port,
            log_level="warning",
            proxy_headers=True,
            forwarded_allow_ips="127.0.0.1",
            server_header=False,
        )


@click.group()
def user() -> None:
    """Accounts of the web desk: add, passwd, disable, enable, list."""


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return click.prompt(_("Password"), hide_input=True, confirmation_prompt=True)


def _who() -> str:
    import getpass

    try:
        return f"shell:{getpass.getuser()}"
    except (KeyError, OSError):
        return "shell"


@user.command("add")
@config_option()
@click.argument("login")
@click.option("--role", type=ROLE_CHOICE, required=True, help="clerk, leader or admin")
@click.option("--name", "full_name", default="", help="the person's full name")
@click.option("--password-stdin", is_flag=True, help="read the password from standard input")
def add_command(
    config_path: Path, login: str, role: str, full_name: str, password_stdin: bool
) -> None:
    """Add an account."""
    from intake.web import accounts

    with _opened(config_path) as app:
        password = _password(password_stdin)
        account = accounts.add(
            app.store, login, password, role, datetime.now(UTC), full_name=full_name, by=_who()
        )
        click.echo(
            _("account {login} added ({role})").format(login=account.login, role=account.role_name)
        )


@user.command("passwd")
@config_option()
@click.argument("login")
@click.option("--password-stdin", is_flag=True, help="read the password from standard input")
def passwd_command(config_path: Path, login: str, password_stdin: bool) -> None:
    """Set an account's password (its browsers are signed out)."""
    from intake.web import accounts

    with _opened(config_path) as app:
        accounts.set_password(
            app.store, login, _password(password_stdin), datetime.now(UTC), by=_who()
        )
        click.echo(_("password of {login} changed").format(login=login))


@user.command("disable")
@config_option()
@click.argument("login")
def disable_command(config_path: Path, login: str) -> None:
    """Disable an account (its browsers are signed out)."""
    _set_disabled(config_path, login, True)
    click.echo(_("account {login} disabled").format(login=login))


@user.command("enable")
@config_option()
@click.argument("login")
def enable_command(config_path: Path, login: str) -> None:
    """Enable a disabled account."""
    _set_disabled(config_path, login, False)
    click.echo(_("account {login} enabled").format(login=login))


def _set_disabled(config_path: Path, login: str, disabled: bool) -> None:
    from intake.web import accounts

    with _opened(config_path) as app:
        accounts.set_disabled(app.store, login, disabled, datetime.now(UTC), by=_who())


@user.command("list")
@config_option()
def list_command(config_path: Path) -> None:
    """List the accounts."""
    from intake.web import accounts

    with _opened(config_path) as app:
        found = accounts.every(app.store)
        if not found:
            click.echo(_("no account yet"))
        for account in found:
            state = _("disabled") if account.disabled else _("active")
            click.echo(f"{account.login:20} {account.role_name:12} {state:10} {account.full_name}")
