"""Logging with loguru: to the console, and to a rotating file when configured."""

from __future__ import annotations

import sys
from pathlib import Path

from loguru import logger

FORMAT = "{time:YYYY-MM-DD HH:mm:ss} {level: <7} {message}"


def console(verbose: bool = False) -> None:
    logger.remove()
    logger.add(sys.stderr, level="DEBUG" if verbose else "INFO", format=FORMAT, colorize=False)


def to_file(path: Path | None, level: str = "INFO") -> None:
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    logger.add(
        path,
        level=level,
        format=FORMAT,
        rotation="10 MB",
        retention=10,
        encoding="utf-8",
        enqueue=False,
    )
