"""The `intake` command: a thin layer over the library.

Every command takes --config (or INTAKE_CONFIG); errors of the IntakeError family are
turned into one line, a hint and an exit code in `main`, and a traceback is shown only
with --verbose.  Everything printed goes through intake.i18n: Vietnamese by default,
English by the locale or `[office] language`; `main` chooses the language first.
Exit codes are those of intake.errors (README's table); a usage error exits 64.
"""

from __future__ import annotations

import csv
import errno
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from intake import __version__, i18n, logs
from intake.clock import parse_now
from intake.errors import USAGE, IntakeError
from intake.i18n import N_, Words, _
from intake.models import Analysis, Report
from intake.options import DATE, config_option, now_option


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_("intake, version {version}").format(version=__version__))
        ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    "-V",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_version,
    help="Show the version and exit.",
)
@click.option("--verbose", "-v", is_flag=True, help="show debug messages and tracebacks")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Read the weekly reports that units email, and produce the consolidated report."""
    ctx.obj = {"verbose": verbose}
    logs.console(verbose)


@cli.command()
@config_option(required=False)
@click.option(
    "--units",
    "units_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="unit directory (CSV or xlsx) instead of the configured one",
)
@click.option("--json", "as_json", is_flag=True, help="print JSON (the only format for now)")
@now_option()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
def parse(
    config_path: Path | None,
    units_file: Path | None,
    as_json: bool,
    now_text: str | None,
    files: tuple[Path, ...],
) -> None:
    """Show what intake reads in .eml FILES; stores nothing.  With --now, a message that
    has no Date header counts as received at that time (as the daemon takes its arrival)."""
    from intake import config
    from intake.context import Context
    from intake.pipeline import analyse

    if config_path:
        context = Context.from_config(config.load(config_path), units_file)
    else:
        context = Context.defaults(units_file)
    arrived = parse_now(now_text, context.calendar.tz) if now_text else None
    out = []
    for path in files:
        try:
            analysis = analyse(path.read_bytes(), context, arrived)
            out.append({"file": str(path), **analysis_json(analysis)})
        except IntakeError as e:
            out.append({"file": str(path), "error": str(e), "reports": []})
        except Exception as e:  # as the daemon quarantines it: one file never stops the rest
            out.append({"file": str(path), "error": f"{type(e).__name__}: {e}", "reports": []})
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    return {
        "kind": analysis.classification.kind.value,
        "reason": analysis.classification.reason,
        "reports": [report_json(r) for r in analysis.reports],
    }


def report_json(report: Report) -> dict[str, Any]:
    return {
        "unit": report.unit,
        "form": report.form,
        "period_end": report.period_end.isoformat() if report.period_end else None,
        "values": {k: _number(v) for k, v in report.values.items()},
        "status": report.status.value,
        "problems": [p.message for p in report.problems],
        "problem_codes": [p.code for p in report.problems],
        "late": report.late,
        "sources": [
            {"field": v.field, "raw": v.raw, "source": v.source, "how": v.how}
            for v in report.sources
        ],
    }


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


@cli.command()
@config_option()
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "xlsx"]), default="json")
@click.option("--period-end", type=DATE, help="only this period")
@click.option("--from", "start", type=DATE, help="periods ending on or after this day")
@click.option("--to", "end", type=DATE, help="periods ending on or before this day")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="write to this file (required for xlsx)",
)
def export(
    config_path: Path,
    fmt: str,
    period_end: datetime | None,
    start: datetime | None,
    end: datetime | None,
    output: Path | None,
) -> None:
    """Export the current records: unit, form, period, values, status, timeliness."""
    from intake import export as exports
    from intake.app import App

    app = App.open(config_path)
    if period_end:
        start = end = period_end
    reports = exports.within(app.store.reports(), start and start.date(), end and end.date())
    if fmt == "xlsx":
        if output is None:
            raise click.UsageError(_("--format xlsx needs --output FILE.xlsx"))
        click.echo(_("written: {path}").format(path=exports.to_xlsx(reports, app.context, output)))
        return
    if fmt == "csv" and output:  # a file for Excel: with a BOM, or Excel reads it garbled
        click.echo(
            _("written: {path}").format(path=exports.write_csv(reports, app.context, output))
        )
        return
    text = (
        exports.to_json(reports, app.context)
        if fmt == "json"
        else exports.to_csv(reports, app.context)
    )
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(_("written: {path}").format(path=output))
    else:
        click.echo(text, nl=fmt == "json")


@cli.command()
@config_option()
@click.option("--from", "start", type=DATE, required=True, help="first day")
@click.option("--to", "end", type=DATE, required=True, help="last day")
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text")
@now_option()
def completeness(
    config_path: Path, start: datetime, end: datetime, fmt: str, now_text: str | None
) -> None:
    """Who reported, on time or late, period by period (a unit x period table per form)."""
    from intake import completeness as comp
    from intake.app import App

    if start > end:
        raise click.UsageError(
            _("--from {start} is after --to {end}").format(
                start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"
            )
        )
    app = App.open(config_path)
    now = parse_now(now_text, app.context.calendar.tz)
    grids = list(comp.grids(app.store, app.context, start.date(), end.date(), now))
    if fmt == "text":
        click.echo("\n\n".join(comp.render_text(g) for g in grids))
        return
    rows = [row for g in grids for row in comp.rows(g)]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["form"])
    writer.writeheader()
    writer.writerows(rows)


@cli.group(invoke_without_command=True)
@config_option(required=False)
@click.option("--period-end", type=DATE, help="the last day of the week (a Thursday by default)")
@click.option("--send", is_flag=True, help="also send it (or its draft, when approval is on)")
@now_option()
@click.pass_context
def report(
    ctx: click.Context,
    config_path: Path | None,
    period_end: datetime | None,
    send: bool,
    now_text: str | None,
) -> None:
    """Build (and with --send, send) the consolidated report of one week."""
    if ctx.invoked_subcommand is not None:
        return
    if config_path is None or period_end is None:
        raise click.UsageError(_("intake report needs --config and --period-end"))
    from intake import publish
    from intake.app import App

    app = App.open(config_path)
    end = period_end.date()
    _check_period_end(app, end)
    now = parse_now(now_text, app.context.calendar.tz)
    files = publish.send(app, end, now) if send else publish.draft(app, end, now)
    written = ", ".join(str(f) for f in files)
    if send:
        click.echo(_("report written to {files}").format(files=written))
    else:  # a draft under its own name: what was sent is never touched
        click.echo(_("draft written to {files}").format(files=written))
    if send:
        to = [*app.config.report.to, *app.config.report.cc]
        if app.config.report.approval == "required":
            to = list(app.config.report.draft_to)
        nobody = _("nobody (no recipients configured)")
        click.echo(_("sent to: {to}").format(to=", ".join(to) or nobody))


@report.command()
@config_option()
@click.option("--period-end", type=DATE, required=True, help="the week whose draft is approved")
@click.option("--by", "approver", default=None, help="who approves (default: your user name)")
@now_option()
def approve(
    config_path: Path, period_end: datetime, approver: str | None, now_text: str | None
) -> None:
    """Approve the draft of a week and send the report to its recipients."""
    import getpass

    from intake.app import App
    from intake.publish import approve as approve_draft

    app = App.open(config_path)
    now = parse_now(now_text, app.context.calendar.tz)
    approve_draft(app, period_end.date(), approver or getpass.getuser(), now)
    to = ", ".join([*app.config.report.to, *app.config.report.cc]) or _("nobody")
    click.echo(
        _("Approved: the report of the period ending {end} was sent to: {to}").format(
            end=f"{period_end:%d/%m/%Y}", to=to
        )
    )


def _check_period_end(app, end: date) -> None:
    """`end` must end a period of some form (a week, or a monthly form's month...)."""
    context = app.context
    calendars = [context.calendar_for(f) for f in context.forms]
    if any(c.end_on_or_after(end) == end for c in calendars):
        return
    calendar = context.calendar
    if calendar.end_on_or_after(end) != end:
        raise IntakeError(
            _("{end} is not the last day of a reporting period").format(end=f"{end:%d/%m/%Y}"),
            hint=_("try --period-end {end}").format(end=calendar.end_on_or_after(end)),
        )


@cli.command()
@config_option()
@now_option()
def status(config_path: Path, now_text: str | None) -> None:
    """Show the mailbox, the last fetch, counts and this week's completeness."""
    from intake.app import App
    from intake.status import describe

    app = App.open(config_path)
    click.echo(describe(app, parse_now(now_text, app.context.calendar.tz)))


@cli.command("check-config")
@config_option()
def check_config(config_path: Path) -> None:
    """Validate the configuration, then try the mailbox and SMTP logins."""
    from intake.check import run_checks

    failures: list[IntakeError] = []
    if not run_checks(config_path, click.echo, failures):
        raise SystemExit(failures[0].exit_code if failures else 1)


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def init(folder: Path) -> None:
    """Write into FOLDER a configuration to start from: intake.toml (every key explained),
    units.csv and the forms; never overwrites a file."""
    from intake.first_day import write_start

    for path in write_start(folder):
        click.echo(_("written: {path}").format(path=path))
    click.echo(
        _("next: edit {config}, then run: intake check-config --config {config}").format(
            config=folder / "intake.toml"
        )
    )


def _register() -> None:
    from intake.cli_review import history, review
    from intake.cli_web import user, web

    cli.add_command(review)
    cli.add_command(history)
    cli.add_command(web)
    cli.add_command(user)


_register()


def main() -> None:
    verbose = "-v" in sys.argv or "--verbose" in sys.argv
    i18n.use(i18n.choose(i18n.configured_language(sys.argv[1:])))
    i18n.localize(cli)
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo(_("aborted"), err=True)
        raise SystemExit(130) from None
    except click.UsageError as e:  # click's own code, 2, is the configuration's here
        e.show()
        raise SystemExit(USAGE) from None
    except click.ClickException as e:
        e.show()
        raise SystemExit(e.exit_code) from None
    except IntakeError as e:
        fail(e, verbose)
    except OSError as e:  # a file or folder the command was given, or writes into
        fail(file_error(e), verbose)
    except KeyboardInterrupt:
        raise SystemExit(130) from None


_ERRNO = {
    errno.ENOENT: N_("no such file or folder"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.EISDIR: N_("is a folder, not a file"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EEXIST: N_("already exists"),
}


def file_error(error: OSError) -> IntakeError:
    """An OSError as one line in the language in use: the file, then what is wrong."""
    why = Words(_ERRNO[error.errno]) if error.errno in _ERRNO else error.strerror or str(error)
    where = error.filename if error.filename is not None else "?"
    return IntakeError(
        Words("{path}: {why}", path=where, why=why),
        hint=Words("check the path, and that the user running intake may read and write it"),
    )


def fail(error: IntakeError, verbose: bool) -> None:
    """Print one error as a line and a hint, and exit with its family's code."""
    if verbose:
        import traceback

        traceback.print_exception(error)
    click.echo(_("error: {message}").format(message=error.said()), err=True)
    if error.hint:
        click.echo(_("hint: {hint}").format(hint=error.said_hint()), err=True)
    raise SystemExit(error.exit_code)


if __name__ == "__main__":
    main()
