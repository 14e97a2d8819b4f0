#!/usr/bin/env python3
"""Run the intake daemon: read the report mailbox, store the reports, send the summary.

python run_daemon.py --config config/office.toml           # run until stopped
python run_daemon.py --config config/demo.toml --once      # one pass, then exit
python run_daemon.py --config ... --once --now 2021-02-11T16:31+07:00
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", required=True, help="configuration file (TOML)")
    parser.add_argument(
        "--once",
        action="store_true",
        help="process the mailbox once, publish any report that is due, exit",
    )
    parser.add_argument("--now", help="with --once: act as if it were this time (ISO 8601)")
    parser.add_argument("--verbose", "-v", action="store_true", help="debug output, tracebacks")
    args = parser.parse_args(argv)
    if args.now and not args.once:
        parser.error("--now goes with --once")

    from intake import daemon, logs
    from intake.app import App
    from intake.cli import fail
    from intake.clock import parse_now
    from intake.errors import IntakeError

    logs.console(args.verbose)
    try:
        app = App.open(args.config)
        logs.to_file(app.config.logging.file, app.config.logging.level, args.verbose)
        tz = app.context.calendar.tz
        try:
            if args.once:
                daemon.once(app, parse_now(args.now, tz))
            else:
                daemon.serve(app, lambda: datetime.now(tz))
        finally:
            app.close()
    except IntakeError as e:
        fail(e, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
