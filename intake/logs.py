"""Logging with loguru: to the console, and to a rotating file when configured.

Logs never carry what mail says: loguru's `diagnose` (the values of every variable in a
traceback, message text included) is on only with --verbose, and the log file is
readable by intake's user only (0600, in a folder made 0700).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from loguru import logger

FORMAT = "{time:YYYY-MM-DD HH:mm:ss} {level: <7} {message}"


def console(verbose: bool = False) -> None:
    logger.remove()
    logger.add(
        sys.stderr,
        level="DEBUG" if verbose else "INFO",
        format=FORMAT,
        colorize=False,
        backtrace=verbose,
        diagnose=verbose,
    )


def to_file(path: Path | None, level: str = "INFO", verbose: bool = False) -> None:
    if path is None:
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    logger.add(
        path,
        level=level,
        format=FORMAT,
        rotation="10 MB",
        retention=10,
        encoding="utf-8",
        enqueue=False,
        backtrace=verbose,
        diagnose=verbose,
        opener=_private,
    )


def _private(file: str, flags: int) -> int:
    """Open a log file (new or rotated) as readable by intake's user only."""
    return os.open(file, flags, 0o600)
