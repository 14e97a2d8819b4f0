"""Options shared by the commands of `intake` (cli.py and cli_review.py)."""

from __future__ import annotations

from pathlib import Path

import click

DATE = click.DateTime(["%Y-%m-%d", "%d/%m/%Y"])  # 2021-02-04, or 04/02/2021 as clerks write


def config_option(required: bool = True):
    return click.option(
        "--config",
        "config_path",
        envvar="INTAKE_CONFIG",
        required=required,
        type=click.Path(dir_okay=False, path_type=Path),
        help="configuration file (TOML); default: $INTAKE_CONFIG",
    )


def now_option():
    return click.option(
        "--now",
        "now_text",
        metavar="TIME",
        help="act as if it were TIME (ISO 8601, e.g. 2021-02-11T16:31+07:00)",
    )
