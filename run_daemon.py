#!/usr/bin/env python3
"""Run the intake daemon: read the report mailbox, store the reports, send the summary.

python run_daemon.py --config config/office.toml           # run until stopped
python run_daemon.py --config config/demo.toml --once      # one pass, then exit
python run_daemon.py --config ... --once --now 2021-02-11T16:31+07:00
python run_daemon.py --config config/offices/             # every office of the folder
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from typing import NoReturn

from intake import i18n
from intake.errors import USAGE
from intake.i18n import _


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """A wrong command line exits 64, as intake's does: argparse's 2 is configuration's."""
        self.print_usage(sys.stderr)
        self.exit(USAGE, _("error: {message}").format(message=message) + "\n")


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    i18n.use(i18n.choose(i18n.configured_language(args_in)))
    config_env = os.environ.get("INTAKE_CONFIG") or None
    parser = _Parser(
        description=_(
            "Run the intake daemon: read the report mailbox, store the reports, send the summary."
        )
    )
    parser.add_argument(
        "--config",
        required=config_env is None,
        default=config_env,
        help=_(
            "configuration file (TOML), or a folder of them, one per office;"
            " default: $INTAKE_CONFIG"
        ),
    )
    parser.add_argument(
        "--once",
        action="store_true",
        help=_("process the mailbox once, publish any report that is due, exit"),
    )
    parser.add_argument("--now", help=_("with --once: act as if it were this time (ISO 8601)"))
    parser.add_argument("--verbose", "-v", action="store_true", help=_("debug output, tracebacks"))
    args = parser.parse_args(args_in)
    if args.now and not args.once:
        parser.error(_("--now goes with --once"))

    from pathlib import Path

    from intake import logs, offices
    from intake.app import App
    from intake.cli import fail
    from intake.clock import parse_now
    from intake.errors import IntakeError

    logs.console(args.verbose)
    try:
        if Path(args.config).is_dir():
            return offices.supervise(
                Path(args.config), once=args.once, now=args.now, verbose=args.verbose
            )
        app = App.open(args.config)
        logs.to_file(app.config.logging.file, app.config.logging.level, args.verbose)
        tz = app.context.calendar.tz
        try:
            if args.once:
                offices.once(app, parse_now(args.now, tz))
            else:
                offices.serve(app, lambda: datetime.now(tz))
        finally:
            app.close()
    except IntakeError as e:
        fail(e, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
